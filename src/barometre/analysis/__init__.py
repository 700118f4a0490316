"""Pure analysis: DataFrame in, DataFrame out.

Statistics (Wilson interval), published-figure selection (compare, trend), survey
adoption, peer benchmark and rankings. May import pandas, numpy, ``datasets`` and
``domain``; never ``render`` or ``cli``, never prints.
"""
