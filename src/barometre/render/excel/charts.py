"""Native Excel charts built from a :class:`~.sheets.Block` (a table the sheet already holds).

Every reference comes from the block's own coordinates: series names are header cells,
categories the label column, values the number columns. Nothing is counted by hand.
"""

from __future__ import annotations

from datetime import date

from openpyxl.chart import BarChart, LineChart, Reference, ScatterChart, Series
from openpyxl.chart.axis import DateAxis
from openpyxl.chart.data_source import AxDataSource, NumFmt, StrRef
from openpyxl.chart.label import DataLabel, DataLabelList
from openpyxl.chart.legend import LegendEntry
from openpyxl.chart.series import SeriesLabel
from openpyxl.chart.shapes import GraphicalProperties
from openpyxl.chart.text import RichText
from openpyxl.drawing.line import LineProperties
from openpyxl.drawing.text import CharacterProperties, Font as DrawingFont, Paragraph, ParagraphProperties

from .cells import FONT

__all__ = ["bar_chart", "line_chart", "runs_chart"]


def _text_props(size: int = 900, bold: bool = False) -> RichText:
    cp = CharacterProperties(latin=DrawingFont(typeface=FONT), sz=size, b=bold)
    return RichText(p=[Paragraph(pPr=ParagraphProperties(defRPr=cp), endParaRPr=cp, r=[])])  # no empty run


def _title(chart, text: str) -> None:
    """The title, bold; a second line (its base: « n = 12 sur 22 ; … ») smaller, plain."""
    chart.title = text
    for i, p in enumerate(chart.title.tx.rich.p):
        p.pPr = ParagraphProperties(defRPr=CharacterProperties(
            latin=DrawingFont(typeface=FONT), sz=1200 if i == 0 else 900, b=i == 0))


def _style_axes(chart) -> None:
    for ax in (chart.x_axis, chart.y_axis):
        ax.delete = False  # openpyxl leaves axes unset: some Excel versions then hide them
        ax.txPr = _text_props()
    chart.legend.position = "b"
    chart.legend.txPr = _text_props()


def _value_labels(num_format: str, points: list[DataLabel] | None = None) -> DataLabelList:
    """Labels showing the value alone, in ``num_format`` except the ``points`` given."""
    labels = DataLabelList(dLbl=points or [], showVal=True, numFmt=num_format, txPr=_text_props(800))
    labels.showSerName = labels.showCatName = labels.showLegendKey = labels.showPercent = False
    return labels


def _own_format_points(ws, block, col: int, num_format: str) -> list[DataLabel]:
    """A label for each point whose cell has a format of its own: a share near 0 or 1
    ("99,7 %", "> 99,9 %", see :func:`.cells.share_format`), which the chart's "0 %"
    would label "100 %"."""
    points = []
    for i, row in enumerate(range(block.first_row, block.last_row + 1)):
        c = ws.cell(row=row, column=col)
        if isinstance(c.value, (int, float)) and c.number_format != num_format:
            label = DataLabel(idx=i, numFmt=c.number_format, showVal=True, txPr=_text_props(800))
            label.showSerName = label.showCatName = label.showLegendKey = label.showPercent = False
            points.append(label)
    return points


def bar_chart(ws, block, value_cols: list[int], colors: list[str | None], title: str,
              axis_title: str, pct_format: str) -> BarChart:
    """Clustered columns: categories = the block's label column, one series per value column.

    Data labels show each share ("96 %"); the value axis runs from 0 to 100 %.
    """
    chart = BarChart()
    chart.type = "col"
    chart.grouping = "clustered"
    for col, color in zip(value_cols, colors):
        values = Reference(ws, min_col=col, min_row=block.header_row, max_row=block.last_row)
        chart.add_data(values, titles_from_data=True)  # name = header cell, values below it
        if color:
            s = chart.series[-1]
            s.graphicalProperties = GraphicalProperties(solidFill=color)
            s.graphicalProperties.line.solidFill = color
    labels = Reference(ws, min_col=block.label_col, min_row=block.first_row, max_row=block.last_row)
    for s in chart.series:  # text labels: a string reference (set_categories would write numRef)
        s.cat = AxDataSource(strRef=StrRef(f=str(labels)))
    chart.dataLabels = _value_labels(pct_format)
    for s, col in zip(chart.series, value_cols):
        points = _own_format_points(ws, block, col, pct_format)
        if points:  # a series's own labels replace the chart's: restate them, with the points
            s.dLbls = _value_labels(pct_format, points)
    _title(chart, title)
    chart.y_axis.title = axis_title
    chart.y_axis.numFmt = pct_format
    chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 1
    chart.y_axis.majorUnit = 0.25
    chart.gapWidth = 60
    _style_axes(chart)
    if len(value_cols) == 1:
        chart.legend = None
    return chart


def line_chart(ws, block, value_cols: list[int], colors: list[str | None], title: str,
               axis_title: str, pct_format: str, date_format: str,
               first: date | None = None, last: date | None = None) -> LineChart:
    """Lines with markers, no smoothing, over a date axis whose unit is the year, as the
    survey trend chart's (:func:`barometre.charts.trend`: a wave at its year): each point
    sits on its own year's tick, labelled « yyyy », years without a wave left as gaps
    (years spaced as in time). An axis of days put the ticks on 1 January, so that an
    October 2024 wave sat closer to « 2025 » than to « 2024 ». Two dates of one year
    (``first`` to ``last`` do not tell it: the block's label column does) take an axis of
    months instead, labelled « mm/yyyy »."""
    chart = LineChart()
    for col, color in zip(value_cols, colors):
        values = Reference(ws, min_col=col, min_row=block.header_row, max_row=block.last_row)
        chart.add_data(values, titles_from_data=True)
        s = chart.series[-1]
        s.smooth = False
        s.marker.symbol = "circle"
        s.marker.size = 6
        if color:
            s.graphicalProperties = GraphicalProperties(ln=LineProperties(solidFill=color, w=22000))
            s.marker.graphicalProperties = GraphicalProperties(solidFill=color)
            s.marker.graphicalProperties.line.solidFill = color
    chart.set_categories(Reference(ws, min_col=block.label_col, min_row=block.first_row,
                                   max_row=block.last_row))
    days = [ws.cell(row=r, column=block.label_col).value
            for r in range(block.first_row, block.last_row + 1)]
    years = [d.year for d in days if isinstance(d, date)]
    by_year = len(set(years)) == len(years)  # one wave a year: the year is the unit
    chart.x_axis = DateAxis(crossAx=100)
    chart.x_axis.numFmt = NumFmt(formatCode=date_format if by_year else "mm/yyyy",
                                 sourceLinked=False)  # not the cells' dd/mm/yyyy
    chart.x_axis.baseTimeUnit = "years" if by_year else "months"
    chart.x_axis.majorTimeUnit = "years" if by_year else "months"
    chart.x_axis.majorUnit = 1
    if first is not None and last is not None:  # the first wave's year to the last's
        chart.x_axis.scaling.min = _serial(date(first.year, 1 if by_year else first.month, 1))
        chart.x_axis.scaling.max = _serial(date(last.year, 1 if by_year else last.month, 1))
    chart.y_axis.crossAx = 500
    chart.display_blanks = "span"  # a series without a figure at a date joins its neighbours
    _title(chart, title)
    chart.y_axis.title = axis_title
    chart.y_axis.numFmt = pct_format
    chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 1
    chart.y_axis.majorUnit = 0.25
    _style_axes(chart)
    return chart



def runs_chart(ws, block, runs: list[tuple[int, int, int, str]], title: str, axis_title: str,
               pct_format: str, date_format: str, first: date, last: date) -> ScatterChart:
    """Lines on a date axis, each drawn only within a run: ``runs`` holds, per run,
    ``(col, first_row, last_row, color)``, the rows of one value column where one series
    keeps its source and base. A series cut into runs keeps one colour and one legend
    entry (its header cell); between two runs no line (a break), blanks inside a run are
    spanned. A point whose cell is starred (a share derived from wording, ``"*"`` in its
    number format) is labelled as the cell shows it. The x axis runs from ``first`` to ``last`` (dates) with one tick a year."""
    chart = ScatterChart()
    chart.scatterStyle = "lineMarker"
    seen: set[int] = set()
    hidden = []
    for i, (col, r0, r1, color) in enumerate(runs):
        xs = Reference(ws, min_col=block.label_col, min_row=r0, max_row=r1)
        ys = Reference(ws, min_col=col, min_row=r0, max_row=r1)
        s = Series(ys, xs)
        s.tx = SeriesLabel(strRef=StrRef(f=str(Reference(ws, min_col=col, min_row=block.header_row))))
        s.smooth = False
        s.marker.symbol = "circle"
        s.marker.size = 6
        s.graphicalProperties = GraphicalProperties(ln=LineProperties(solidFill=color, w=22000))
        s.marker.graphicalProperties = GraphicalProperties(solidFill=color)
        s.marker.graphicalProperties.line.solidFill = color
        starred = [DataLabel(idx=r - r0, numFmt=ws.cell(row=r, column=col).number_format, showVal=True,
                             txPr=_text_props(800))
                   for r in range(r0, r1 + 1) if '"*"' in ws.cell(row=r, column=col).number_format]
        for label in starred:  # a share derived from wording is labelled "100 %*", as in the sheet
            label.showSerName = label.showCatName = label.showLegendKey = label.showPercent = False
        if starred:
            s.dLbls = DataLabelList(dLbl=starred, showVal=False, txPr=_text_props(800))
            s.dLbls.showSerName = s.dLbls.showCatName = s.dLbls.showLegendKey = s.dLbls.showPercent = False
        chart.series.append(s)
        if col in seen:
            hidden.append(i)
        seen.add(col)
    chart.display_blanks = "span"  # inside a run, the other series' dates are blank here
    _title(chart, title)
    chart.x_axis.numFmt = NumFmt(formatCode=date_format, sourceLinked=False)
    # a tick a year: 365.25 days from 2 January (from the 1st, a tick 3 years on falls on
    # 31 December, read "2012" twice)
    chart.x_axis.scaling.min = _serial(date(first.year, 1, 2))
    chart.x_axis.scaling.max = _serial(date(last.year + 1, 1, 2))
    chart.x_axis.majorUnit = 365.25
    chart.x_axis.majorGridlines = None
    chart.y_axis.title = axis_title
    chart.y_axis.numFmt = NumFmt(formatCode=pct_format, sourceLinked=False)
    chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 1
    chart.y_axis.majorUnit = 0.25
    _style_axes(chart)
    chart.legend.legendEntry = [LegendEntry(idx=i, delete=True) for i in hidden]
    return chart


def _serial(d: date) -> float:
    """A date as Excel's day number (1900 system), for an axis bound."""
    return float((d - date(1899, 12, 30)).days)
