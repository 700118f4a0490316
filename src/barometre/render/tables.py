"""Render records for the terminal: aligned text tables, CSV and JSON.

Standard library only; a DataFrame is turned into plain records by
:func:`frame_records` (which needs no pandas import of its own).
"""

from __future__ import annotations

import csv
import io
import json
import math
import unicodedata
from collections.abc import Sequence
from typing import Any

__all__ = ["frame_records", "to_json", "to_csv", "text_table", "FORMATS"]

FORMATS = ("table", "csv", "json")


def _plain(value: Any) -> Any:
    """A JSON-safe Python value: NA -> None, numpy scalars -> int/float/bool."""
    if value is None:
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        try:
            value = value.item()
        except (ValueError, AttributeError):
            pass
    if isinstance(value, float):
        if math.isnan(value):
            return None
        return value
    if isinstance(value, (bool, int, str)):
        return value
    if hasattr(value, "isoformat"):
        try:
            return value.isoformat()[:10] if getattr(value, "hour", 0) == 0 else value.isoformat()
        except ValueError:  # NaT
            return None
    text = str(value)
    return None if text in ("<NA>", "NaT", "nan") else text


def frame_records(df: Any, columns: Sequence[str] | None = None,
                  round_to: dict[str, int] | None = None) -> list[dict]:
    """Turn a DataFrame into a list of plain dicts (JSON-safe values)."""
    cols = list(columns) if columns is not None else list(df.columns)
    out = []
    for row in df[cols].itertuples(index=False, name=None):
        rec = {c: _plain(v) for c, v in zip(cols, row)}
        for c, digits in (round_to or {}).items():
            if isinstance(rec.get(c), float):
                rec[c] = round(rec[c], digits)
        out.append(rec)
    return out


def to_json(records: list[dict]) -> str:
    return json.dumps(records, ensure_ascii=False, indent=2)


def to_csv(records: list[dict], columns: Sequence[str] | None = None) -> str:
    cols = list(columns) if columns is not None else (list(records[0]) if records else [])
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=cols, lineterminator="\n", extrasaction="ignore")
    w.writeheader()
    for r in records:
        w.writerow({k: ("" if v is None else v) for k, v in r.items()})
    return buf.getvalue()


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(c) else 1 for c in text)


def text_table(headers: Sequence[str], rows: Sequence[Sequence[str]],
               align: str | None = None) -> str:
    """An aligned plain-text table. ``align`` is one letter per column: l or r."""
    align = align or "l" * len(headers)
    cells = [list(map(str, headers))] + [[str(c) for c in r] for r in rows]
    widths = [max(_width(r[i]) for r in cells) for i in range(len(headers))]

    def line(r: list[str]) -> str:
        parts = []
        for i, c in enumerate(r):
            pad = " " * (widths[i] - _width(c))
            parts.append(pad + c if align[i] == "r" else c + pad)
        return "  ".join(parts).rstrip()

    out = [line(cells[0]), "  ".join("─" * w for w in widths)]
    out += [line(r) for r in cells[1:]]
    return "\n".join(out)
