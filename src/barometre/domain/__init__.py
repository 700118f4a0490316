"""The vocabulary of barometre: collectivity types, platforms, errors, text folding.

Owns the registries (ids, labels, aliases, colours), the error classes and the one
text-folding function. Imports the standard library only: ``barometre --help`` loads it.
"""
