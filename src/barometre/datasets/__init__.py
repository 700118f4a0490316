"""The data barometre ships: published figures with their sources, and the reference
universe of collectivités (territories and institutions).

Frames returned here are read-only copies of packaged tables. May import pandas and
``barometre.domain``; never ``analysis``, ``render`` or ``cli``.
"""
