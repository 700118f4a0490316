"""Survey files: from a user's CSV, XLSX or Parquet file to one tidy frame.

Owns the French value parsers, reading grids of cells, header classification,
entity resolution against the reference, located problems, and the survey template.
May import pandas, openpyxl, ``datasets`` and ``domain``; never ``analysis``,
``render`` (except atomic file writing) or ``cli``.
"""
