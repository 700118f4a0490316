"""A sheet with its own row cursor: lines, Excel tables, print settings.

:class:`Sheet` writes downwards and returns a :class:`Block` for every table, whose
coordinates charts then use: no cell reference is ever counted by hand.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from .cells import (HEAD_FILL, HEAD_RULE, KINDS, align, ci_format, clean_text, font, gap_before, growth_format,
                    index_format, is_risky, marked_format, number_format, p_format, per1000_format,
                    percent_width, plain_value, points_format, share_format,
                    text_width, typeset)

__all__ = ["Column", "Block", "Sheet", "TABLE_STYLE"]

TABLE_STYLE = "TableStyleMedium2"  # named style of every table
MAX_WIDTH = {"wrap": 28, "url": 30, "text": 40}
FIT_LIMIT = 210  # characters across: beyond this, fitting one page wide prints too small
MIN_WRAP = 16  # the narrowest a column of wrapped text is made to fit FIT_LIMIT


@dataclass(frozen=True)
class Column:
    """A table column: its header (words, in the report's language) and the kind of its values."""

    header: str
    kind: str = "text"
    width: float | None = None  # fixed width (characters), else fitted to the content


@dataclass(frozen=True)
class Block:
    """Where a table sits: header row, data rows, first column, label column."""

    sheet: str
    header_row: int
    first_row: int
    last_row: int
    first_col: int
    n_cols: int
    label_col: int

    @property
    def quoted_sheet(self) -> str:
        return quote_sheetname(self.sheet)

    def col(self, i: int) -> int:
        """Sheet column of the block's ``i``-th column (0-based)."""
        return self.first_col + i


#: the Excel tables' names (the Name Box) of an English report: valid names (a letter
#: first, no space nor accent, never a cell's address such as "DA1"), unique in a workbook
#: as the French ones are; the names not listed are the same in both languages
_TABLE_NAMES_EN = {"Synthese": "Summary", "Classement": "Ranking", "Donnees": "Data",
                   "Evolution": "Trend", "Enquete": "Survey", "Mouvements": "Changes",
                   "Entrees_sorties": "Joined_left", "Croissance": "Growth", "Pairs": "Peers"}


def table_name(name: str, lang: str) -> str:
    """An Excel table's name in ``lang``: "Classement1" is "Ranking1" in English (a bulk
    sheet's number kept), "Synthese" "Summary"."""
    if lang != "en":
        return name
    stem = name.rstrip("0123456789")
    return _TABLE_NAMES_EN.get(stem, stem) + name[len(stem):]


@dataclass
class Sheet:
    """A worksheet written top to bottom by a cursor."""

    ws: Any
    lang: str
    row: int = 1
    widths: dict[int, float] = field(default_factory=dict)
    header_rows: list[int] = field(default_factory=list)
    header_texts: dict[tuple[int, int], str] = field(default_factory=dict)
    wrapped: dict[tuple[int, int], str] = field(default_factory=dict)
    fixed: dict[int, float] = field(default_factory=dict)
    #: the width a column's head needs beside another head aligned right (:meth:`header`),
    #: given where the page's width has room for it (:meth:`_head_room`)
    head_room: dict[int, float] = field(default_factory=dict)
    tables: list[str] = field(default_factory=list)
    #: the header row every printed page repeats when the sheet has several tables (the
    #: one of its last and longest list: Excel and LibreOffice repeat it only on the pages
    #: after it, never over the tables above)
    repeat_row: int | None = None
    #: the user's own words the sheet's texts may cite (the survey's file names): written
    #: byte for byte, never typeset (:func:`~.cells.typeset`'s ``keep``)
    keep: tuple[str, ...] = ()

    def _width(self, col: int, chars: float, kind: str = "text") -> None:
        w = min(chars + 2, MAX_WIDTH.get(kind, 40))
        self.widths[col] = max(self.widths.get(col, 8), w)

    def mark_share(self, c: Cell, marks: str, fmt: str | None = None) -> None:
        """Show the share cell ``c`` in ``fmt`` (its own number format by default) with
        compare's marks after it (:func:`marked_format`: "76 %≈", "60 %†"), its column
        widened to hold them; the cell keeps its value."""
        fmt = c.number_format if fmt is None else fmt
        self._width(c.column, percent_width(fmt) + len(marks), "share")
        c.number_format = marked_format(fmt, marks)

    def cell(self, row: int, col: int, value: Any, kind: str = "text", **style) -> Cell:
        """Write one value; text always stays text (never a formula), whatever it starts with."""
        v = plain_value(value)
        c = self.ws.cell(row=row, column=col)
        if isinstance(v, str):
            v = typeset(clean_text(v), self.lang, self.keep)
            c.value = v
            c.data_type = "s"  # openpyxl would store "=…" as a formula
            if is_risky(v):
                c.quotePrefix = True  # shown as typed; stays text when edited
        elif isinstance(v, bool):
            c.value = v
        else:
            c.value = v
            if v is not None:
                c.number_format = (share_format(v, self.lang) if kind == "share"
                                   else ci_format(v, self.lang) if kind == "ci"
                                   else growth_format(v, self.lang) if kind == "growth"
                                   else points_format(v, self.lang) if kind == "points"
                                   else per1000_format(v, self.lang) if kind == "per1000"
                                   else index_format(v, self.lang) if kind == "index"
                                   else p_format(v, self.lang) if kind == "p"
                                   else number_format(kind, self.lang))
        c.font = style.pop("font", font())
        c.alignment = style.pop("alignment", align(kind))
        for k, val in style.items():
            setattr(c, k, val)
        return c

    def line(self, text: str, size: float = 11, bold: bool = False, color: str | None = None,
             col: int = 1) -> int:
        """A line of text; returns its row."""
        r = self.row
        self.cell(r, col, text, font=font(size, bold, color))
        self.row += 1
        return r

    def blank(self, n: int = 1) -> None:
        self.row += n

    def header(self, columns: list[Column], row: int, first_col: int = 1) -> None:
        gaps = gap_before([col.kind for col in columns])
        for j, col in enumerate(columns):
            c = self.cell(row, first_col + j, col.header, font=font(bold=True, color="FFFFFF"),
                          alignment=align(col.kind, header=True, indent=gaps[j]))
            c.fill = HEAD_FILL
            self.header_texts[(row, first_col + j)] = col.header
            if col.width:
                self.fixed[first_col + j] = max(self.fixed.get(first_col + j, 0), col.width)
            longest = max((len(w) for w in _words(col.header)), default=4)
            # its longest word on one line beside the filter button, in bold (HEADER_ROOM):
            # "Compte" in an 8-wide column printed « Compt / e »
            self._width(first_col + j, max(longest + HEADER_ROOM - 2, min(len(col.header), 10)),
                        col.kind)
            if j:  # a thin white rule between two heads: never read as one
                c.border = HEAD_RULE
            if j and _right(columns[j - 1].kind) and _right(col.kind):
                # two heads aligned right side by side: this one's lines kept off the left
                # edge, where they ran into the other's (« Restés présents Non comparables »
                # read as one head on the Mouvements), where the page has room (finish)
                need = _head_lines_width(col.header) + HEADER_ROOM
                self.head_room[first_col + j] = max(self.head_room.get(first_col + j, 0), need)
        self.header_rows.append(row)

    def table(self, name: str, columns: list[Column], rows: list[list[Any]], first_col: int = 1,
              label_col: int = 0) -> Block:
        """An Excel table (filter buttons, banded rows) at the cursor; the cursor moves below it."""
        h = self.row
        self.header(columns, h, first_col)
        gaps = gap_before([col.kind for col in columns])
        padded = {j: align(col.kind, indent=1) for j, col in enumerate(columns) if gaps[j]}
        for i, values in enumerate(rows, start=1):
            for j, (v, col) in enumerate(zip(values, columns)):
                if j in padded:
                    self.cell(h + i, first_col + j, v, col.kind, alignment=padded[j])
                else:
                    self.cell(h + i, first_col + j, v, col.kind)
                self._width(first_col + j, text_width(plain_value(v), col.kind) + 2 * gaps[j],
                            col.kind)
                if col.kind == "wrap" and isinstance(v, str):
                    self.wrapped[(h + i, first_col + j)] = v
        last = h + max(len(rows), 1)
        self.add_table(name, columns, h, last, first_col)
        self.row = last + 2
        return Block(self.ws.title, h, h + 1, last, first_col, len(columns), first_col + label_col)

    def add_table(self, name: str, columns: list[Column], header_row: int, last_row: int,
                  first_col: int = 1) -> None:
        """An Excel table over the rows given; ``name`` (French, the Name Box's) in the
        sheet's language (:func:`table_name`)."""
        name = table_name(name, self.lang)
        ref = (f"{get_column_letter(first_col)}{header_row}:"
               f"{get_column_letter(first_col + len(columns) - 1)}{last_row}")
        t = Table(displayName=name, ref=ref, autoFilter=AutoFilter(ref=ref))
        # the names of the header cells, as written (:meth:`cell`: « IC 95 % bas » typeset)
        t.tableColumns = [TableColumn(id=i, name=typeset(clean_text(c.header), self.lang, self.keep))
                          for i, c in enumerate(columns, start=1)]
        t.tableStyleInfo = TableStyleInfo(name=TABLE_STYLE, showRowStripes=True)
        self.ws.add_table(t)
        self.tables.append(name)

    def _narrow_wrapped(self, print_cols: int | None = None) -> None:
        """A sheet a little wider than :data:`FIT_LIMIT` (the French Adoption's longer
        words, 213 characters where the English is 205) brought within it by narrowing its
        columns of wrapped text (their text takes more lines, :meth:`finish` sizes the rows),
        none below :data:`MIN_WRAP`: fitted one page wide in every language, never printed
        on several pages across."""
        cols = {c: w for c, w in self.widths.items() if print_cols is None or c <= print_cols}
        excess = sum(cols.values()) - FIT_LIMIT
        room = {c: cols[c] - MIN_WRAP for c in sorted({c for _, c in self.wrapped})
                if c in cols and c not in self.fixed and cols[c] > MIN_WRAP}
        if excess <= 0 or not room:
            return
        share = min(1.0, excess / sum(room.values()))
        for c, r in room.items():
            self.widths[c] = math.floor(cols[c] - r * share)

    def _head_room(self, print_cols: int | None = None) -> None:
        """The heads aligned right beside another (:attr:`head_room`) widened to their
        lines and the filter button's room (« Part, ancienne / vague » on two lines, not
        three; « Non comparables » off its left edge), column by column while the sheet
        stays within :data:`FIT_LIMIT`: a page printed one wide is never made smaller for
        them (the white rule between heads keeps them apart otherwise)."""
        total = sum(w for c, w in self.widths.items() if print_cols is None or c <= print_cols)
        for c, need in sorted(self.head_room.items()):
            more = need - self.widths.get(c, 8)
            if c in self.fixed or more <= 0 or (print_cols is not None and c > print_cols):
                continue
            if total + more > FIT_LIMIT:
                continue
            self.widths[c] += more
            total += more

    def finish(self, title: str, fictitious_label: str | None, footer_date: str,
               freeze: str | None = None, landscape: bool | None = None,
               print_cols: int | None = None, one_page: bool = False,
               source: str | None = None, note: str | None = None, fit: bool = False) -> None:
        """Column widths and print settings: A4, landscape when wide, page header and footer.

        Every printed page names its sheet (header, left), the report's title (header,
        centre), ``fictitious_label`` if any (header, right, bold), ``source`` and ``note``
        (footer, left), the page and the print date (footer, right): a sheet printed alone
        still says what it is and where its figures come from."""
        self.widths.update(self.fixed)
        self._narrow_wrapped(print_cols)
        self._head_room(print_cols)
        for col, w in self.widths.items():
            self.ws.column_dimensions[get_column_letter(col)].width = round(w, 1)
        # Row heights for text on several lines: spreadsheet programs do not refit them on opening.
        lines: dict[int, int] = {}
        for cells, room in ((self.header_texts, HEADER_ROOM), (self.wrapped, 0)):
            for (row, col), t in cells.items():
                lines[row] = max(lines.get(row, 1), _lines(t, self.widths.get(col, 8) - room))
        for row, n in lines.items():
            if n > 1:
                self.ws.row_dimensions[row].height = 14.5 * n + 1
        total = sum(self.widths.values()) if print_cols is None else \
            sum(w for c, w in self.widths.items() if c <= print_cols)
        ps = self.ws.page_setup
        ps.paperSize = self.ws.PAPERSIZE_A4
        ps.orientation = "landscape" if (landscape if landscape is not None else total > 100) else "portrait"
        if total <= FIT_LIMIT or fit:  # legible once fitted to one page wide
            ps.fitToWidth, ps.fitToHeight = 1, (1 if one_page else 0)
            self.ws.sheet_properties.pageSetUpPr.fitToPage = True
        if self.repeat_row is not None and not one_page:
            self.ws.print_title_rows = f"{self.repeat_row}:{self.repeat_row}"
        elif self.header_rows and not one_page and len(self.header_rows) == 1:
            r = self.header_rows[0]
            self.ws.print_title_rows = f"{r}:{r}"  # every printed page repeats the header row
        if freeze:
            self.ws.freeze_panes = freeze
        self.ws.print_options.horizontalCentered = False
        self.ws.page_margins.top = self.ws.page_margins.bottom = 0.8
        hf = f'&"{font().name},Regular"&9 '
        # the "données fictives" stamp at the header's right, across from the sheet's short
        # name: in the footer's centre a long source line (left) ran into it
        stamp = f'&"{font().name},Bold"&9 ' + _header_text(fictitious_label) if fictitious_label else None
        self.ws.oddHeader.left.text = hf + "&A"  # the sheet's name: the Données has no title row
        self.ws.oddHeader.center.text = hf + _header_text(
            title, HEADER_MAX - 2 * len(hf) - 2 - (len(stamp) + 1 if stamp else 0))
        self.ws.oddHeader.right.text = stamp
        # two lines at most per part: LibreOffice clips a third (its footer's height is fixed)
        # the footer's parts in the default font (Calibri, the workbook's) without naming it:
        # Excel takes 255 characters for the whole footer, its codes included
        small = "&9 "
        right = small + "Page &P / &N\n" + footer_date
        room = HEADER_MAX - len(small) - len(right) - 1
        lines = []
        for i, t in enumerate(typeset(t, self.lang, self.keep) for t in (source, note) if t):  # the source first
            lines.append(_header_text(t, max(room - (min(len(note), 90) + 1 if i == 0 and note else 0), 20)))
            room -= len(lines[-1]) + 1
        self.ws.oddFooter.left.text = small + "\n".join(lines) if lines else None
        self.ws.oddFooter.right.text = right


#: characters of a header cell that its text cannot use: the table's filter button and the
#: bold face ("Croissance et gain : nombre abrégé dans le fichier" took a fourth line in a
#: 19-wide column, its row sized for three, and was clipped)
HEADER_ROOM = 3


#: where a spreadsheet may break a line: any white space but the no-break ones (U+00A0,
#: U+202F the thousands separator of "1 000", U+2007), which str.split() would break at
_BREAK = re.compile(r"[^\S\u00a0\u202f\u2007]+")


def _words(text: str) -> list[str]:
    """The words a spreadsheet wraps ``text`` by: "Rang pour 1 000 hab." (a narrow no-break
    space in "1 000") is "Rang", "pour", "1 000", "hab."."""
    return [w for w in _BREAK.split(text) if w]


#: a column head up to this long stays on one line when it heads a column aligned right
#: beside another (:func:`_head_lines_width`)
ONE_LINE_HEAD = 16


def _right(kind: str) -> bool:
    """Whether the cells of ``kind`` are aligned right (numbers)."""
    return KINDS[kind][2] == "right"


def _head_lines_width(head: str) -> int:
    """The width a column head takes on one line (up to :data:`ONE_LINE_HEAD` characters)
    or on two lines cut at the word that balances them (« Part, ancienne / vague »: 14).

    >>> _head_lines_width("Non comparables"), _head_lines_width("Part, ancienne vague")
    (15, 14)
    """
    words = _words(head)
    if len(head) <= ONE_LINE_HEAD or len(words) < 2:
        return len(head)
    return min(max(len(" ".join(words[:k])), len(" ".join(words[k:])))
               for k in range(1, len(words)))


def _lines(text: str, width: float) -> int:
    """Lines a wrapped text takes in a column ``width`` characters wide (word by word; a word
    longer than the column, a URL, is broken at its edge, as spreadsheet programs do)."""
    n, used = 1, 0
    for word in _words(text):
        w = len(word)
        while w > width:  # a whole line of the long word, the rest carried on
            n, used = (n + 1 if used else n), 0
            n, w = n + 1, w - int(width)
        if used and used + 1 + w > width:
            n, used = n + 1, w
        else:
            used += (1 if used else 0) + w
    return n


#: characters of a page header or footer, its codes included (Excel's limit)
HEADER_MAX = 255


def _header_text(text: str, limit: int = 200) -> str:
    """Text for a page header: "&" doubled (it starts a field code), at most ``limit``
    characters so written."""
    t = clean_text(text).replace("\n", " ")
    if len(t) + t.count("&") > limit:  # cut to ``limit`` once each "&" is doubled
        room, kept = limit - 1, []
        for ch in t:
            room -= 2 if ch == "&" else 1
            if room < 0:
                break
            kept.append(ch)
        t = "".join(kept) + "…"
    return t.replace("&", "&&")
