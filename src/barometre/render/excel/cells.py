"""Cells of the report: one font family, named formats per kind of value, the safe-text rule.

Every value of the workbook has a *kind* (text, count, share, index…) that fixes its
number format and alignment, so that a header is aligned like its values and a count
always shows its thousands separator.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

__all__ = ["FONT", "clean_text", "is_risky", "KINDS", "number_format", "font", "HEAD_FILL",
           "plain_value", "text_width", "RISKY"]

FONT = "Calibri"  # one explicit family for the whole workbook (LibreOffice maps it to Carlito)
RISKY = ("=", "+", "-", "@", "\t", "\r", "\n")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
HEAD_FILL = PatternFill("solid", fgColor="1F4E79")
THIN = Border(bottom=Side(style="thin", color="1F4E79"))

#: kind -> (French format, English format, horizontal alignment)
KINDS: dict[str, tuple[str, str, str]] = {
    "text": ("@", "@", "left"),
    "wrap": ("@", "@", "left"),
    "code": ("@", "@", "left"),
    "count": ("#,##0", "#,##0", "right"),
    "share": ("0 %", "0%", "right"),
    "index": ("0", "0", "right"),
    "per1000": ("0.0", "0.0", "right"),
    "year": ("0", "0", "right"),
    "rank": ("0", "0", "right"),
    "date": ("DD/MM/YYYY", "YYYY-MM-DD", "right"),
    "yesno": ("@", "@", "center"),
    "url": ("@", "@", "left"),
}


def number_format(kind: str, lang: str) -> str:
    fr, en, _ = KINDS[kind]
    return en if lang == "en" else fr


def align(kind: str, header: bool = False) -> Alignment:
    h = KINDS[kind][2]
    if header:
        return Alignment(horizontal=h, vertical="center", wrap_text=True)
    return Alignment(horizontal=h, vertical="top", wrap_text=kind == "wrap")


def font(size: float = 11, bold: bool = False, color: str | None = None,
         underline: str | None = None) -> Font:
    """The workbook's font (always named: no fallback to a serif face)."""
    return Font(name=FONT, size=size, bold=bold, color=color, underline=underline)


def clean_text(value: Any) -> str:
    """Text as it may be stored: characters a workbook cannot hold are dropped."""
    return _ILLEGAL.sub("", str(value))


def is_risky(text: str) -> bool:
    """Text a spreadsheet could take for a formula (OWASP CSV/formula injection)."""
    return text.startswith(RISKY)


def plain_value(v: Any) -> Any:
    """A Python value for a cell: None for every kind of missing value."""
    if v is None:
        return None
    try:
        import pandas as pd

        if v is pd.NA or v is pd.NaT:
            return None
        if isinstance(v, pd.Timestamp):
            return v.to_pydatetime()
    except ImportError:  # pragma: no cover
        pass
    if hasattr(v, "item") and not isinstance(v, (str, bytes)):
        v = v.item()
    if isinstance(v, float) and math.isnan(v):
        return None
    return v


def text_width(v: Any, kind: str) -> int:
    """Characters a value takes once formatted (for column widths)."""
    if v is None:
        return 1
    if kind == "share":
        return 5
    if kind == "date":
        return 10
    if kind in ("count", "index", "rank", "year"):
        n = len(str(int(v))) if isinstance(v, (int, float)) and not isinstance(v, bool) else len(str(v))
        return n + n // 3
    if kind == "per1000":
        return len(f"{v:,.1f}") if isinstance(v, (int, float)) else len(str(v))
    if isinstance(v, (dt.date, dt.datetime)):
        return 10
    return max((len(p) for p in str(v).splitlines()), default=1)
