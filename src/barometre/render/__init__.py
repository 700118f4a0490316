"""Everything a person sees: number and label formats, terminal tables, charts and
Excel reports, written atomically.

Lays out results computed by ``analysis``; computes no statistics itself. Never
imports ``cli``.
"""
