"""Pure analysis: DataFrame in, DataFrame out (at commune scale: a ``CodedSurvey`` of numpy
arrays in, rows out, :class:`~barometre.analysis.records.Records`, no pandas).

Statistics (Wilson interval), published-figure selection (compare, trend), survey
adoption, peer benchmark and rankings. May import pandas, numpy, ``datasets`` and
``domain``; never ``render`` or ``cli``, never prints.
"""
