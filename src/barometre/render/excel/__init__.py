"""Excel reports: a workbook a communication director can open, read, print and forward.

The figures are decided once by :func:`barometre.analysis.report.report_data`; this
package only lays them out:

- ``cells``: one font family (Calibri), a number format and an alignment per kind of
  value, the safe-text rule (text never becomes a formula);
- ``sheets``: a sheet written by a row cursor, Excel tables with filter buttons, print
  settings (A4, header with the sheet's name and the title, footer with the source, the
  date and "page X / Y": a sheet printed alone says where its figures come from);
- ``charts``: native bar and line charts whose references come from the tables;
- ``content``: Synthèse, Adoption, Évolution, Benchmark, Sources et méthode;
- ``bulk``: Classement and Données streamed column by column;
- ``workbook``: the sheets in order, saved as one zip with fixed timestamps, atomically.

Examples
--------
>>> import tempfile
>>> from pathlib import Path
>>> import barometre as bm
>>> figures = bm.compare("region", year=2015, source="ideose")
>>> with tempfile.TemporaryDirectory() as folder:
...     bm.write_report(Path(folder) / "ideose-2015.xlsx", figures).name
'ideose-2015.xlsx'
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ...analysis.report import ReportData, report_data, survey_files
from ...domain.keywords import lang_checked, numbered
from ..files import check_output
from . import workbook as _workbook
from .workbook import MAX_ROWS, build_workbook, report_stamp, save

__all__ = ["write_report", "build_workbook", "save", "report_stamp", "MAX_ROWS", "ReportData"]


@numbered
@lang_checked
def write_report(output: str | Path, adoption: pd.DataFrame | ReportData, survey: pd.DataFrame | None = None,
                 entity: str | None = None, peers: str | None = None, lang: str = "fr",
                 title: str | None = None, inputs: tuple = (), force: bool = False) -> Path:
    """Write the Excel report, atomically and with reproducible bytes.

    Parameters
    ----------
    output : str or Path
        ``.xlsx`` file; parent folders are created; never one of ``inputs``.
    adoption : DataFrame or ReportData
        Adoption records (:func:`barometre.compare`, :func:`barometre.select`
        or :func:`barometre.adoption`), or a ReportData already computed (then
        ``survey``, ``entity``, ``peers`` and ``title`` are ignored).
    survey : DataFrame, optional
        Tidy survey frame: adds the Classement and Données sheets, and the Mouvements sheet
        when it holds several waves (:func:`barometre.read_waves`, or one long file of
        several reading dates months apart). The file of ``adoption``'s survey figures
        (:func:`barometre.adoption` of another file is refused: a
        :class:`~barometre.domain.errors.UsageError` ``report-other-survey``, never a
        workbook of one file's key figures and the other's coverage, ranks and stamp).
        A frame of several types (an Annuaire export read without a type) gives its
        entities of the one type ``adoption`` counts (``bm.adoption(s, type=…)``); figures
        of none or several of them: ``UsageError`` ``report-types-mixed``.
    entity : str, optional
        With ``survey``: adds a Benchmark sheet for that entity.
    peers : {"type", "region", "strate", "category"}, optional
        The Benchmark sheet's peer group, as for :func:`barometre.benchmark` (by default
        the entity's type, its category for an intercommunalité among several).
    lang : {"fr", "en"}
    title : str, optional
        The report's title (default: "barometre — présence des collectivités sur les
        réseaux sociaux"; "(données fictives)" is added for demo data).
    inputs : tuple of paths
        Files the report was made from: the report refuses to overwrite them, and the
        survey's own files (``survey.attrs["file"]``, every wave's with
        :func:`barometre.read_waves`; those of the ReportData's survey) and the file the
        figures were counted from (``adoption.attrs["survey_file"]``, with no ``survey``
        too) count as inputs without being named.
    force : bool, default False
        Replace ``output`` even when barometre did not write it, it holds survey answers
        or it is read-only
        (:func:`barometre.render.files.check_output`); never an input.

    Returns
    -------
    Path
        The file written.

    Examples
    --------
    The report of the demo survey (fictitious data, said on every sheet) with a Benchmark
    sheet for Loire-Atlantique, written in a temporary folder:

    >>> import tempfile
    >>> from pathlib import Path
    >>> from openpyxl import load_workbook
    >>> import barometre as bm
    >>> s = bm.read_survey(bm.demo_file("enquete"))
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     out = bm.write_report(Path(folder) / "rapport.xlsx", bm.adoption(s), survey=s,
    ...                           entity="44")
    ...     load_workbook(out, read_only=True).sheetnames
    ['Synthèse', 'Adoption', 'Classement', 'Données', 'Benchmark', 'Sources et méthode']
    """
    if isinstance(adoption, ReportData):
        inputs = (*inputs, *adoption.extra.get("input_files", ()))
    elif survey is not None:
        inputs = (*inputs, *survey_files(survey))
    # the file the figures were counted from (adoption's attrs["survey_file"]) is an input
    # too, survey or not: force=True never overwrites it (it did, with the figures alone)
    figures = adoption.adoption if isinstance(adoption, ReportData) else adoption
    own = (getattr(figures, "attrs", {}) or {}).get("survey_file")
    if own:
        inputs = (*inputs, str(own))
    out = check_output(output, (".xlsx",), inputs=inputs, force=force, kind="report")
    r = adoption if isinstance(adoption, ReportData) else report_data(
        adoption, survey=survey, entity=entity, peers=peers, title=title)
    wb, bulk = build_workbook(r, lang=lang, max_rows=_workbook.MAX_ROWS)
    return save(wb, bulk, out, dated=_workbook.dated(r))
