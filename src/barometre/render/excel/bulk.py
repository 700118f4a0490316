"""Bulk sheets (Classement, Données) written column by column, without a Python object per cell.

openpyxl writes the sheet's frame (header row, widths, Excel table with its filter,
print settings) as an ordinary sheet with the header only; when the workbook is
zipped, the data rows are streamed into that sheet's ``<sheetData>``. Each column is
turned into cell XML in one pass over its values (numbers as written by Python,
text as inline strings), then rows are joined and compressed chunk by chunk.

Safety rules are those of the small sheets: text is always an inline string
(``t="inlineStr"``, never a formula); text that a spreadsheet could read as a formula
gets the quote-prefix style; characters a workbook cannot hold are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import pandas as pd
from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill

from ...messages import text
from .cells import RISKY, align, font, gap_before, index_format, number_format, per1000_format, text_width
from .sheets import Column, Sheet, _lines

__all__ = ["BulkSheet", "bulk_sheet", "CHUNK"]

CHUNK = 20_000  # rows per compressed chunk
HIGHLIGHT = "FFF2CC"  # the fill of the rows highlighted (the report's entity)
_NEEDS = re.compile(r"[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_EXCEL_EPOCH = np.datetime64("1899-12-30T00:00:00", "ns")
_TEXT_KINDS = ("text", "code", "wrap", "yesno", "url")


@dataclass
class BulkSheet:
    """A sheet whose rows are streamed at save time."""

    sheet: Sheet
    columns: list[Column]
    frame: pd.DataFrame  # the rows, one column per key
    keys: list[str]
    labels: tuple[str, str]  # "Oui", "Non"
    styles: list[int]
    risky_styles: list[int]
    #: per column whose format depends on the value (per 1,000: "0,02", "< 0,01"; an index
    #: near 100: "0.000"): the style of each format it may take, registered at layout time
    #: (the styles are written first)
    varying: dict[int, dict[str, int]] | None = None
    #: the header's row: 1, or below the notes written above the table
    header_row: int = 1
    #: per rank column whose frame has a ``<key>_tied`` flag: the style of a rank shared
    #: ("3 (ex aequo)": the number kept, the words in its format, as the chart says it)
    tied: dict[int, int] | None = None

    @property
    def n(self) -> int:
        return len(self.frame)

    def rows(self) -> Iterator[str]:
        """``<row>`` elements, CHUNK rows at a time."""
        letters = [get_column_letter(j + 1) for j in range(len(self.columns))]
        for a in range(0, self.n, CHUNK):
            b = min(a + CHUNK, self.n)
            h = self.header_row
            nums = [str(i) for i in range(a + h + 1, b + h + 1)]
            cols = []
            part = self.frame.iloc[a:b]
            for j, col in enumerate(self.columns):
                # values prepared chunk by chunk: memory stays bounded whatever the row count
                vals = _prepare(part[self.keys[j]], col.kind, *self.labels)
                if col.kind in _TEXT_KINDS:
                    cols.append(_text_cells(letters[j], nums, vals, self.styles[j], self.risky_styles[j]))
                elif self.varying and j in self.varying and col.kind == "index":
                    cols.append(_index_cells(letters[j], nums, vals, self.styles[j], self.varying[j],
                                             self.sheet.lang))
                elif self.varying and j in self.varying:
                    cols.append(_per1000_cells(letters[j], nums, vals, self.styles[j], self.varying[j],
                                               self.sheet.lang))
                elif self.tied and j in self.tied:
                    flags = part[self.keys[j] + "_tied"].fillna(False).astype(bool).tolist()
                    cols.append(_tied_cells(letters[j], nums, vals, flags, self.styles[j],
                                            self.tied[j]))
                else:
                    cols.append(_number_cells(letters[j], nums, vals, self.styles[j]))
            yield "".join([f'<row r="{r}">{"".join(cells)}</row>' for r, cells in zip(nums, zip(*cols))])


def _text_cells(letter: str, nums: list[str], vals: list, sid: int, risky: int) -> list[str]:
    # The part of a cell after its reference depends on the value only: built once per
    # distinct value (names, labels and codes repeat across platforms).
    tails: dict[str, str] = {}
    out = []
    for r, v in zip(nums, vals):
        if v is None:
            out.append("")
            continue
        tail = tails.get(v)
        if tail is None:
            tail = tails[v] = _text_tail(v, sid, risky)
        out.append(f'<c r="{letter}{r}"{tail}')
    return out


def _text_tail(v: str, sid: int, risky: int) -> str:
    if _NEEDS.search(v):
        v = _ILLEGAL.sub("", v).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") \
            .replace("\r", "&#13;")
    s = risky if v.startswith(RISKY) else sid
    space = ' xml:space="preserve"' if v[:1].isspace() or v[-1:].isspace() else ""
    return f' s="{s}" t="inlineStr"><is><t{space}>{v}</t></is></c>'


def _number_cells(letter: str, nums: list[str], vals: list, sid: int) -> list[str]:
    return ["" if v is None else f'<c r="{letter}{r}" s="{sid}"><v>{v}</v></c>' for r, v in zip(nums, vals)]


def _tied_cells(letter: str, nums: list[str], vals: list, flags: list[bool], sid: int,
                tied: int) -> list[str]:
    """Ranks: the column's style, or where the rank is shared the style that says so."""
    return ["" if v is None else f'<c r="{letter}{r}" s="{tied if f else sid}"><v>{v}</v></c>'
            for r, v, f in zip(nums, vals, flags)]


def tied_format(lang: str) -> str:
    """The number format of a shared rank: « 3 (ex aequo) », "3 (tied)" (the chart's words,
    ``label-tied``), the cell still the number 3."""
    return number_format("rank", lang) + '"' + text("label-tied", lang).replace('"', "") + '"'


def _per1000_cells(letter: str, nums: list[str], vals: list, sid: int, styles: dict[str, int],
                   lang: str) -> list[str]:
    """Numbers per 1,000 inhabitants: the column's style, or near 0 and below it the style of
    :func:`.cells.per1000_format` ("0,02", "< 0,01", "−0,6"), as the small sheets show them."""
    return _styled_cells(letter, nums, vals, lambda x: (
        sid if x >= 0.05 or x == 0 else styles[per1000_format(x, lang)]))


def _near_100(x: float) -> bool:
    """Whether the index ``x`` may show « 100 » as a whole number without being 100 (then
    :func:`.cells.index_format` gives its decimals); a margin past 99.5 and 100.5."""
    return 99.4 < x < 100.6 and x != 100


def _index_cells(letter: str, nums: list[str], vals: list, sid: int, styles: dict[str, int],
                 lang: str) -> list[str]:
    """Indexes: the column's style (« 113 »), or for one that is not 100 but would show
    « 100 » the style of :func:`.cells.index_format` (« 99,996 »), as the Benchmark sheet
    and :func:`~barometre.render.formats.fmt_index` show it."""
    return _styled_cells(letter, nums, vals, lambda x: (
        styles.get(index_format(x, lang), sid) if _near_100(x) else sid))


def _styled_cells(letter: str, nums: list[str], vals: list, style_of) -> list[str]:
    """Number cells of one column, each with the style ``style_of(value)`` gives it; a
    missing value an empty string (no cell)."""
    return ["" if v is None else f'<c r="{letter}{r}" s="{style_of(float(v))}"><v>{v}</v></c>'
            for r, v in zip(nums, vals)]


def _prepare(series: pd.Series, kind: str, yes: str, no: str) -> list:
    """Column values ready for XML: str, or None when missing."""
    s = series
    if kind == "yesno":
        b = s.astype("boolean")
        labels = np.where(b.fillna(False).to_numpy(bool), yes, no).tolist()
        return [None if m else v for v, m in zip(labels, b.isna().to_numpy())]
    if kind in _TEXT_KINDS:
        missing = s.isna().to_numpy()
        return [None if m else (v if isinstance(v, str) else str(v))
                for v, m in zip(s.astype(object).tolist(), missing)]
    if kind == "date":
        d = pd.to_datetime(s, errors="coerce")
        serial = (d.to_numpy("datetime64[ns]") - _EXCEL_EPOCH) / np.timedelta64(1, "D")
        return [None if x != x else (repr(int(x)) if x == int(x) else repr(float(x))) for x in serial.tolist()]
    num = pd.to_numeric(s, errors="coerce")
    if pd.api.types.is_integer_dtype(num.dtype) or kind in ("count", "rank", "year"):
        f = num.astype("Float64").round()
        return [None if v is pd.NA else str(v) for v in f.astype("Int64").tolist()]
    f = num.astype("Float64")
    return [None if v is pd.NA or v != v else repr(float(v)) for v in f.tolist()]


def _style_id(sh: Sheet, kind: str, quote: bool = False, fmt: str | None = None,
              indent: int = 0) -> int:
    c = Cell(sh.ws)  # never attached to the sheet: only registers the style in the workbook
    c.font = font()
    c.alignment = align(kind, indent=indent)
    c.number_format = fmt or number_format(kind, sh.lang)
    if quote:
        c.quotePrefix = True
    return c.style_id


def bulk_sheet(sh: Sheet, table_name: str, columns: list[Column], frame: pd.DataFrame,
               keys: list[str], yes: str, no: str, notes: tuple[str, ...] = (),
               highlight: tuple[str, str | tuple[str, ...]] | None = None) -> BulkSheet:
    """Lay out a bulk sheet: header, Excel table over every row, widths from a sample.

    ``notes``: lines of text above the table (each merged across its columns, wrapped), a
    blank row, then the header. ``highlight``: ``(key, value)``, the rows whose ``key``
    column holds ``value`` (or one of a tuple of values) filled and bold (a conditional format: the rows stay streamed).
    """
    n = len(frame)
    h = len(notes) + 2 if notes else 1
    sh.header(columns, h)
    sh.add_table(table_name, columns, h, n + h)
    head = frame.iloc[:2000]
    # the rank columns with a flag of shared ranks (``<key>_tied``), when one is shared
    tied_cols = [j for j, (c, k) in enumerate(zip(columns, keys)) if c.kind == "rank"
                 and f"{k}_tied" in frame.columns and frame[f"{k}_tied"].fillna(False).any()]
    for j, (c, k) in enumerate(zip(columns, keys)):
        sample = [v for v in _prepare(head[k], c.kind, yes, no) if v is not None]
        if sample:
            widest = max(text_width(_as_number(v, c.kind), c.kind) for v in sample)
            if j in tied_cols:  # "12 (ex aequo)": the words' width too
                widest = max(widest, text_width(max(sample, key=len)
                                                + text("label-tied", sh.lang), "text"))
            sh._width(j + 1, widest, c.kind)
    last = get_column_letter(len(columns))
    across = sum(sh.widths.get(j + 1, 8) for j in range(len(columns)))
    for i, note in enumerate(notes, start=1):  # within the table's width, on as many lines
        sh.cell(i, 1, note, font=font(color="595959"),
                alignment=Alignment(wrap_text=True, vertical="top"))
        sh.ws.merge_cells(f"A{i}:{last}{i}")
        sh.ws.row_dimensions[i].height = 14.5 * _lines(note, across - 4) + 1
    if highlight is not None and n:
        key, value = highlight
        col = get_column_letter(keys.index(key) + 1)
        # one value, or several (the entity's row and its council's, ranked once: 2B, 20R)
        values = (value,) if isinstance(value, str) else tuple(value)
        tests = [f'${col}{h + 1}="{str(v).replace(chr(34), chr(34) * 2)}"' for v in values]
        sh.ws.conditional_formatting.add(
            f"A{h + 1}:{last}{h + n}",
            FormulaRule(formula=[tests[0] if len(tests) == 1 else f"OR({','.join(tests)})"],
                        stopIfTrue=False,
                        fill=PatternFill(start_color=HIGHLIGHT, end_color=HIGHLIGHT, fill_type="solid"),
                        font=Font(name=font().name, bold=True)))
    sh.ws.freeze_panes = f"A{h + 1}"
    # every format a number per 1,000 may take (per1000_format: two decimals at most)
    formats = {per1000_format(v, sh.lang) for v in (0.1, -0.1, 0.02, -0.02, 0.001, -0.001)}
    varying = {j: {f: _style_id(sh, c.kind, fmt=f) for f in sorted(formats)}
               for j, c in enumerate(columns) if c.kind == "per1000"}
    for j, (c, k) in enumerate(zip(columns, keys)):
        if c.kind == "index":  # the formats of its indexes near 100 (index_format: « 99,996 »)
            x = pd.to_numeric(frame[k], errors="coerce").astype("float64")
            near = x[(x > 99.4) & (x < 100.6) & (x != 100)].unique()
            varying[j] = {f: _style_id(sh, c.kind, fmt=f)
                          for f in sorted({index_format(float(v), sh.lang) for v in near})}
    tied = {j: _style_id(sh, "rank", fmt=tied_format(sh.lang)) for j in tied_cols}
    # a text column after a number column starts one indent in, as the small tables' cells
    # (« 176 473 territoire » read as one cell otherwise: sheets.Sheet.table)
    gaps = gap_before([c.kind for c in columns])
    return BulkSheet(sh, columns, frame, keys, (yes, no),
                     [_style_id(sh, c.kind, indent=g) for c, g in zip(columns, gaps)],
                     [_style_id(sh, c.kind, quote=True, indent=g) for c, g in zip(columns, gaps)],
                     varying, h, tied)



def _as_number(v: str, kind: str):
    if kind in _TEXT_KINDS or kind == "date":
        return v
    try:
        return float(v)
    except ValueError:
        return v
