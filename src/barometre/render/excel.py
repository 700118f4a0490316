"""Excel reports: a workbook a communication director can open, read and forward.

Written with openpyxl in write-only (streaming) mode, so that a report over
every commune stays fast and frugal. Sheets: Synthèse (key figures, native
chart), Adoption (Excel Table, percent formats, data bars), Évolution (when
several years), Classement and Données (with survey data), Benchmark (with an
entity), Sources et méthode (sources with hyperlinks, metric definitions).

Text that comes from a user's file is always stored as text, never as a
formula, whatever it starts with. The file is written to a temporary file and
renamed: a failure never leaves a half-written workbook.

Examples
--------
>>> import barometre as bm
>>> fig = bm.compare("region", year=2015, source="ideose")
>>> bm.write_report("reports/ideose-2015.xlsx", fig)  # doctest: +SKIP
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.formatting.rule import DataBarRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from .. import __version__
from .files import check_output, save_workbook
from .formats import fmt_date, fmt_share, platform_label, type_label
from ..domain.registry import PLATFORMS

__all__ = ["write_report", "build_workbook", "safe_text", "MAX_ROWS"]

MAX_ROWS = 1_048_576  # Excel's rows per sheet
_RISKY = ("=", "+", "-", "@", "\t", "\r", "\n")
_HEAD_FONT = Font(bold=True, color="FFFFFF")
_HEAD_FILL = PatternFill("solid", fgColor="1F4E79")
_TITLE_FONT = Font(bold=True, size=16, color="1F4E79")
_BOLD = Font(bold=True)
_WRAP = Alignment(wrap_text=True, vertical="top")

_T = {  # labels: fr, en
    "Synthèse": "Summary", "Adoption": "Adoption", "Évolution": "Trend",
    "Classement": "Ranking", "Données": "Data", "Benchmark": "Benchmark",
    "Sources et méthode": "Sources and method",
    "type": ("Type", "Type"), "platform": ("Réseau", "Platform"), "year": ("Année", "Year"),
    "share": ("Part", "Share"), "n_present": ("Présents", "Present"),
    "n_base": ("Base (n)", "Base (n)"), "ci_low": ("IC 95 % bas", "95% CI low"),
    "ci_high": ("IC 95 % haut", "95% CI high"), "base": ("Base", "Base"),
    "measure": ("Mesure", "Measure"), "source": ("Source", "Source"),
    "wording": ("Déduit d'une formulation", "From wording"),
    "code": ("Code", "Code"), "name": ("Nom", "Name"), "population": ("Population", "Population"),
    "followers": ("Abonnés", "Followers"), "per_1000": ("Abonnés pour 1 000 hab.", "Followers per 1,000 inh."),
    "rank": ("Rang", "Rank"), "rank_per_1000": ("Rang pour 1 000 hab.", "Rank per 1,000 inh."),
    "index": ("Indice (médiane = 100)", "Index (median = 100)"),
    "present": ("Présent", "Present"), "account": ("Compte", "Account"), "date": ("Date du relevé", "Date"),
    "source_row": ("Ligne du fichier", "File row"),
}
_MEASURES = {"of_all": ("part de toutes les entités de la base", "share of all entities in the base"),
             "of_present": ("part des collectivités présentes sur les réseaux",
                            "share of authorities present on social media"),
             "of_respondents": ("part des répondants", "share of respondents")}


def _t(key: str, lang: str) -> str:
    v = _T.get(key, key)
    if isinstance(v, tuple):
        return v[1] if lang == "en" else v[0]
    return v


def _sheet(key: str, lang: str) -> str:
    return _T[key] if lang == "en" else key


def safe_text(ws, value: Any, **style) -> WriteOnlyCell:
    """A cell for text from a user's file: always text, never a formula."""
    # Control characters cannot be stored in a workbook: they are dropped, the rest is kept.
    text = None if value is None else ILLEGAL_CHARACTERS_RE.sub("", str(value))
    cell = WriteOnlyCell(ws, value=text)
    if cell.value is not None:
        cell.data_type = "s"  # openpyxl would otherwise store "=..." as a formula
        if cell.value.startswith(_RISKY):
            cell.quotePrefix = True  # Excel shows it as typed and keeps it text when edited
    for k, v in style.items():
        setattr(cell, k, v)
    return cell


def _cell(ws, value: Any, fmt: str | None = None, **style) -> WriteOnlyCell | Any:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, str):
        return safe_text(ws, value, **style)
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    c = WriteOnlyCell(ws, value=value)
    if fmt:
        c.number_format = fmt
    for k, v in style.items():
        setattr(c, k, v)
    return c


def _plain_values(series: pd.Series) -> list:
    """Python values of a column, missing values as None."""
    if pd.api.types.is_datetime64_any_dtype(series):
        return [None if pd.isna(v) else v.to_pydatetime() for v in series]
    out = series.astype(object).where(series.notna(), None).tolist()
    return [v.item() if hasattr(v, "item") else v for v in out]


def _fast_cell(ws, value: Any, fmt: str | None):
    if value is None:
        return None
    if isinstance(value, str):
        if value.startswith(_RISKY) or ILLEGAL_CHARACTERS_RE.search(value):
            return safe_text(ws, value)
        return value
    if fmt and fmt not in ("@", "0") and not isinstance(value, bool):
        c = WriteOnlyCell(ws, value=value)
        c.number_format = fmt
        return c
    return value


def _pct_format(lang: str) -> str:
    return "0%" if lang == "en" else "0 %"  # French: a space before the sign


def _head_row(ws, headers: list[str]) -> list:
    out = []
    for h in headers:
        c = WriteOnlyCell(ws, value=h)
        c.font, c.fill = _HEAD_FONT, _HEAD_FILL
        c.alignment = Alignment(wrap_text=True, vertical="center")
        out.append(c)
    return out


def _setup(ws, widths: list[float], freeze: str | None = "A2", landscape: bool = True,
           title_rows: str | None = "1:1") -> None:
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    if freeze:
        ws.freeze_panes = freeze
    if landscape:
        ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if title_rows:
        ws.print_title_rows = title_rows


def _table(ws, name: str, headers: list[str], n_rows: int, first_row: int = 1) -> None:
    ref = f"A{first_row}:{get_column_letter(len(headers))}{first_row + max(n_rows, 1)}"
    t = Table(displayName=name, ref=ref)
    t.tableColumns = [TableColumn(id=i, name=h) for i, h in enumerate(headers, start=1)]
    t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    with warnings.catch_warnings():  # openpyxl always warns in write-only mode; columns are set
        warnings.simplefilter("ignore", UserWarning)
        ws.add_table(t)


def _source_label(sid: str, sources: pd.DataFrame) -> str:
    if sid in sources.index:
        s = sources.loc[sid]
        return f"{s['publisher']} — {s['title']}"
    return str(sid)


def _adoption_sheet(wb: Workbook, df: pd.DataFrame, sources: pd.DataFrame, lang: str) -> int:
    ws = wb.create_sheet(_sheet("Adoption", lang))
    keys = ["type", "platform", "year", "share", "n_present", "n_base", "ci_low", "ci_high",
            "base", "measure", "source", "wording"]
    headers = [_t(k, lang) for k in keys]
    _setup(ws, [22, 20, 8, 9, 10, 10, 12, 12, 40, 32, 50, 14])
    ws.append(_head_row(ws, headers))
    pct = _pct_format(lang)
    for r in df.to_dict("records"):
        measure = _MEASURES.get(r.get("measure") or "of_all", ("", ""))[1 if lang == "en" else 0]
        ws.append([
            _cell(ws, type_label(r["collectivity_type"], lang)),
            _cell(ws, platform_label(r["platform"], lang)),
            _cell(ws, None if pd.isna(r["year"]) else int(r["year"]), "0"),
            _cell(ws, float(r["share"]), pct),
            _cell(ws, r.get("n_present"), "#,##0"),
            _cell(ws, r.get("n_base"), "#,##0"),
            _cell(ws, r.get("ci_low"), pct),
            _cell(ws, r.get("ci_high"), pct),
            _cell(ws, r.get("base")),
            _cell(ws, measure),
            _cell(ws, _source_label(r["source"], sources)),
            _cell(ws, ("yes" if lang == "en" else "oui") if r.get("derived_from_wording") is True else
                  ("no" if lang == "en" else "non")),
        ])
    n = len(df)
    _table(ws, "Adoption", headers, n)
    ws.conditional_formatting.add(f"D2:D{n + 1}", DataBarRule(start_type="num", start_value=0,
                                                            end_type="num", end_value=1,
                                                            color="5B9BD5"))
    return n


def _latest_pivot(df: pd.DataFrame) -> pd.DataFrame:
    """Type × platform shares of the latest year (first source of each pair)."""
    d = df[df["year"].notna()] if df["year"].notna().any() else df
    if d["year"].notna().any():
        d = d[d["year"] == d["year"].max()]
    d = d.drop_duplicates(["collectivity_type", "platform"])
    types = [t for t in dict.fromkeys(d["collectivity_type"])]
    plats = [p for p in PLATFORMS if p in set(d["platform"])]
    piv = d.pivot(index="collectivity_type", columns="platform", values="share")
    return piv.reindex(index=types, columns=plats)


def _summary_sheet(wb: Workbook, df: pd.DataFrame, sources: pd.DataFrame, lang: str,
                   title: str, scope: str, extra: list[str]) -> None:
    ws = wb.create_sheet(_sheet("Synthèse", lang), 0)
    _setup(ws, [34, 16, 16, 16, 16, 16, 16, 16], freeze=None, title_rows=None)
    t = WriteOnlyCell(ws, value=title)
    t.font = _TITLE_FONT
    ws.append([t])
    ws.append([_cell(ws, scope)])
    years = sorted({int(y) for y in df["year"].dropna()})
    period = ("Data period: " if lang == "en" else "Période des données : ") + (
        (str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}") if years else "–")
    ws.append([_cell(ws, period)])
    ws.append([_cell(ws, f"barometre {__version__}")])
    ws.append([])
    h = WriteOnlyCell(ws, value="Key figures" if lang == "en" else "Chiffres clés")
    h.font = _BOLD
    ws.append([h])
    latest = df[df["year"] == df["year"].max()] if df["year"].notna().any() else df
    for r in latest.head(12).to_dict("records"):
        src = r["source"]
        who = sources.loc[src, "publisher"].split(" (")[0] if src in sources.index else src
        month = r.get("month") if "month" in r else None
        when = fmt_date(r["year"], None if month is None or pd.isna(month) else month, lang)
        n = "" if pd.isna(r.get("n_base")) else (
            f" (n = {int(r['n_base'])})")
        if lang == "en":
            line = (f"{fmt_share(r['share'], 'en')} of {type_label(r['collectivity_type'], 'en', True)} "
                    f"on {platform_label(r['platform'], 'en')}{n} — {who}, {when}")
        else:
            whom = ("de l'ensemble des collectivités" if r["collectivity_type"] == "all" else
                    f"des {type_label(r['collectivity_type'], plural=True)}")
            line = f"{fmt_share(r['share'])} {whom} sur {platform_label(r['platform'])}{n} — {who}, {when}"
        ws.append([_cell(ws, line)])
    for line in extra:
        ws.append([_cell(ws, line)])
    ws.append([])
    piv = _latest_pivot(df)
    start = 8 + min(len(latest), 12) + len(extra) + 1
    head = WriteOnlyCell(ws, value=("Type" if lang == "en" else "Type"))
    head.font = _BOLD
    row = [head]
    for p in piv.columns:
        c = WriteOnlyCell(ws, value=platform_label(p, lang))
        c.font = _BOLD
        row.append(c)
    ws.append(row)
    pct = _pct_format(lang)
    for t_id, vals in piv.iterrows():
        ws.append([_cell(ws, type_label(t_id, lang, True))]
                  + [_cell(ws, None if pd.isna(v) else float(v), pct) for v in vals])
    if len(piv) and len(piv.columns):
        chart = BarChart()
        chart.type = "col"
        chart.title = "Adoption" if lang == "en" else "Présence par type et réseau"
        chart.y_axis.title = "Share" if lang == "en" else "Part"
        chart.y_axis.numFmt = "0%"
        chart.y_axis.scaling.min = 0
        chart.y_axis.scaling.max = 1
        data = Reference(ws, min_col=2, max_col=1 + len(piv.columns), min_row=start,
                         max_row=start + len(piv))
        cats = Reference(ws, min_col=1, min_row=start + 1, max_row=start + len(piv))
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(cats)
        for s, p in zip(chart.series, piv.columns):
            s.graphicalProperties.solidFill = PLATFORMS[p].color.lstrip("#") if p in PLATFORMS else None
        chart.height, chart.width = 8, 18
        ws.add_chart(chart, f"A{start + len(piv) + 2}")


def _trend_sheet(wb: Workbook, df: pd.DataFrame, lang: str) -> None:
    d = df[df["year"].notna()].copy()
    if d["year"].nunique() < 2:
        return
    ws = wb.create_sheet(_sheet("Évolution", lang))
    d["series"] = [f"{type_label(t, lang, True)} — {platform_label(p, lang)}"
                   for t, p in zip(d["collectivity_type"], d["platform"])]
    # one value per series and year: the first source in the table's order
    piv = d.drop_duplicates(["series", "year"]).pivot(index="year", columns="series", values="share")
    piv = piv.sort_index()
    series = list(dict.fromkeys(d["series"]))[:12]
    piv = piv[series]
    _setup(ws, [8] + [18] * len(series))
    ws.append(_head_row(ws, [_t("year", lang)] + series))
    pct = _pct_format(lang)
    for year, vals in piv.iterrows():
        ws.append([_cell(ws, int(year), "0")] + [_cell(ws, None if pd.isna(v) else float(v), pct)
                                                 for v in vals])
    chart = LineChart()
    chart.title = "Trend" if lang == "en" else "Évolution de la part des collectivités présentes"
    chart.y_axis.numFmt = "0%"
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 1
    data = Reference(ws, min_col=2, max_col=1 + len(series), min_row=1, max_row=1 + len(piv))
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=1 + len(piv)))
    chart.height, chart.width = 9, 20
    ws.add_chart(chart, f"A{len(piv) + 4}")
    ws.append([])
    ws.append([_cell(ws, "One value per series and year (first source listed in Adoption)." if lang == "en"
                    else "Une valeur par série et par année (la première source de la feuille Adoption).")])


def _chunks(n: int, size: int) -> list[tuple[int, int]]:
    return [(i, min(i + size, n)) for i in range(0, max(n, 1), size)]


def _frame_sheets(wb: Workbook, key: str, frame: pd.DataFrame, columns: list[tuple[str, str, str | None]],
                  lang: str, widths: list[float]) -> None:
    """Write a frame over one sheet, or several when it exceeds Excel's row limit."""
    per_sheet = MAX_ROWS - 1
    parts = _chunks(len(frame), per_sheet)
    for k, (a, b) in enumerate(parts, start=1):
        name = _sheet(key, lang) + (f" ({k})" if len(parts) > 1 else "")
        ws = wb.create_sheet(name)
        _setup(ws, widths)
        headers = [_t(label, lang) for _, label, _ in columns]
        ws.append(_head_row(ws, headers))
        sub = frame.iloc[a:b]
        cols = [_plain_values(sub[c]) for c, _, _ in columns]
        fmts = [f for _, _, f in columns]
        # Plain values need no cell object: only text that could be read as a formula or
        # holds control characters, and numbers with a format, get one (10k+ rows/s).
        for values in zip(*cols):
            ws.append([_fast_cell(ws, v, f) for v, f in zip(values, fmts)])
        _table(ws, f"{key.replace('é', 'e').replace(' ', '')}{k}", headers, len(sub))


def _benchmark_sheet(wb: Workbook, bench: pd.DataFrame, lang: str) -> None:
    from .views import benchmark_text

    ws = wb.create_sheet(_sheet("Benchmark", lang))
    _setup(ws, [20, 10, 12, 14, 8, 8, 12, 12, 14, 14, 14, 16, 12, 14])
    cols = ["platform", "present", "followers", "followers_per_1000", "rank", "n_peers",
            "percentile", "index", "peer_median", "peer_q1", "peer_q3", "competitor_mean",
            "rank_per_1000", "index_per_1000"]
    ws.append(_head_row(ws, cols))
    for r in bench.to_dict("records"):
        row = []
        for c in cols:
            v = r[c]
            if c == "platform":
                v = platform_label(v, lang)
            fmt = "#,##0" if c in ("followers", "peer_median", "peer_q1", "peer_q3", "competitor_mean") \
                else "0.0" if c in ("followers_per_1000", "percentile", "index", "index_per_1000") else None
            row.append(_cell(ws, None if v is None or (not isinstance(v, str) and pd.isna(v)) else
                             (bool(v) if c == "present" else v), fmt))
        ws.append(row)
    ws.append([])
    for line in benchmark_text(bench, lang).splitlines():
        ws.append([_cell(ws, line)])


def _sources_sheet(wb: Workbook, df: pd.DataFrame, sources: pd.DataFrame, lang: str,
                   survey: pd.DataFrame | None) -> None:
    ws = wb.create_sheet(_sheet("Sources et méthode", lang))
    _setup(ws, [22, 30, 50, 14, 60, 40, 60])
    headers = (["Id", "Publisher", "Title", "Date", "URL", "Base", "How it counted"] if lang == "en"
               else ["Id", "Éditeur", "Titre", "Date", "Adresse", "Base", "Méthode"])
    ws.append(_head_row(ws, headers))
    for sid in dict.fromkeys(df["source"]):
        bases = "; ".join(dict.fromkeys(df.loc[df["source"] == sid, "base"].dropna().astype(str)))
        if sid in sources.index:
            s = sources.loc[sid]
            month = None if pd.isna(s["month"]) else s["month"]
            year = s["year_published"]
            url = WriteOnlyCell(ws, value=s["url"])
            url.hyperlink = s["url"]
            url.font = Font(color="0563C1", underline="single")
            ws.append([_cell(ws, sid), _cell(ws, s["publisher"]), _cell(ws, s["title"], alignment=_WRAP),
                       _cell(ws, fmt_date(year, month, lang) if not pd.isna(year) else ""),
                       url, _cell(ws, bases, alignment=_WRAP), _cell(ws, s["method"], alignment=_WRAP)])
        else:
            ws.append([_cell(ws, sid), _cell(ws, "enquête" if lang != "en" else "survey"),
                       _cell(ws, sid), None, None, _cell(ws, bases),
                       _cell(ws, "Relevé par entité importé avec barometre (read_survey)" if lang != "en"
                             else "Entity-level survey read with barometre (read_survey)")])
    ws.append([])
    h = WriteOnlyCell(ws, value="Definitions" if lang == "en" else "Définitions")
    h.font = _BOLD
    ws.append([h])
    defs = [
        ("Part (adoption)", "entités présentes ÷ entités de la base (la base est précisée pour chaque "
         "chiffre ; pour une enquête : entités du fichier ayant une réponse pour ce réseau)"),
        ("IC 95 %", "intervalle de confiance de Wilson à 95 %, donné quand le dénominateur est connu"),
        ("Mesure", "part de toutes les entités de la base, ou des seules collectivités présentes sur "
         "les réseaux sociaux, ou des répondants à une enquête"),
        ("Abonnés", "abonnés (fans, followers) à la date du relevé"),
        ("Abonnés pour 1 000 hab.", "abonnés ÷ population municipale INSEE × 1 000"),
        ("Rang", "1 = le plus d'abonnés ; les ex aequo partagent le meilleur rang ; parmi les pairs "
         "qui ont une valeur"),
        ("Indice", "valeur de l'entité ÷ médiane des pairs × 100 (médiane = 100)"),
        ("Percentile", "part des pairs dont la valeur est inférieure ou égale à celle de l'entité"),
        ("Moyenne des concurrents", "moyenne des pairs sans l'entité"),
        ("Déduit d'une formulation", "chiffre tiré d'une phrase (« toutes les régions » = 100 %)"),
    ]
    if lang == "en":
        defs = [
            ("Share (adoption)", "entities present ÷ entities of the base (stated for each figure; for a "
             "survey: entities of the file with an answer for that platform)"),
            ("95% CI", "Wilson score interval, given when the denominator is known"),
            ("Measure", "share of all entities of the base, of those present on social media, or of "
             "a survey's respondents"),
            ("Followers", "followers (fans, subscribers) at the date of the reading"),
            ("Followers per 1,000 inh.", "followers ÷ INSEE municipal population × 1,000"),
            ("Rank", "1 = most followers; ties share the best rank; among peers with a value"),
            ("Index", "entity's value ÷ peer median × 100 (median = 100)"),
            ("Percentile", "share of peers whose value is at or below the entity's"),
            ("Competitor mean", "mean of the peers without the entity"),
            ("From wording", "figure taken from a sentence ('all regions' = 100%)"),
        ]
    for term, definition in defs:
        ws.append([_cell(ws, term, font=_BOLD), _cell(ws, definition)])
    if survey is not None:
        ws.append([])
        ws.append([_cell(ws, ("Reference: " if lang == "en" else "Référentiel : ")
                         + "INSEE, Code officiel géographique (@etalab/decoupage-administratif 6.0.0), "
                           "Licence Ouverte 2.0")])


def build_workbook(adoption: pd.DataFrame, survey: pd.DataFrame | None = None,
                   entity: str | None = None, peers: str = "type", lang: str = "fr",
                   title: str | None = None, scope: str | None = None) -> Workbook:
    """Build the report workbook (not saved). See :func:`write_report`."""
    wb = Workbook(write_only=True)
    try:
        return _fill(wb, adoption, survey, entity, peers, lang, title, scope)
    except BaseException:
        for ws in wb.worksheets:  # close the streaming writers of a half-built workbook
            try:
                ws.close()
            except Exception:
                pass
        raise


def _fill(wb: Workbook, adoption: pd.DataFrame, survey: pd.DataFrame | None, entity: str | None,
          peers: str, lang: str, title: str | None, scope: str | None) -> Workbook:
    from ..datasets.published import sources as load_sources

    sources = load_sources().set_index("source_id")
    fictitious = survey is not None and "fictive" in str(survey.attrs.get("file", ""))
    title = title or ("barometre — social media report" if lang == "en" else
                      "barometre — rapport sur la présence des collectivités sur les réseaux sociaux")
    if fictitious:
        title += " (fictitious data)" if lang == "en" else " (données fictives)"
    types = ", ".join(type_label(t, lang, True) for t in dict.fromkeys(adoption["collectivity_type"]))
    scope = scope or (("Scope: " if lang == "en" else "Périmètre : ") + types)
    extra: list[str] = []
    if survey is not None and "n_reference" in adoption and adoption["n_reference"].notna().any():
        r = adoption.iloc[0]
        extra.append(f"Coverage: {int(r['n_surveyed'])} of {int(r['n_reference'])}" if lang == "en" else
                     f"Couverture de l'enquête : {int(r['n_surveyed'])} sur {int(r['n_reference'])} "
                     f"{type_label(r['collectivity_type'], plural=True)}")
    bench = None
    if entity is not None and survey is not None:
        from ..analysis.survey import benchmark

        bench = benchmark(survey, entity, peers=peers)
        extra.append(f"Benchmark: {bench.attrs['name']} ({bench.attrs['code']})" if lang == "en" else
                     f"Benchmark : {bench.attrs['name']} ({bench.attrs['code']}), voir la feuille Benchmark")
    _summary_sheet(wb, adoption, sources, lang, title, scope, extra)
    _adoption_sheet(wb, adoption, sources, lang)
    _trend_sheet(wb, adoption, lang)
    if survey is not None:
        from ..analysis.survey import league_table

        rk = league_table(survey)
        rk["platform_label"] = rk["platform"].map(lambda p: platform_label(p, lang))
        _frame_sheets(wb, "Classement", rk,
                      [("platform_label", "platform", None), ("code", "code", "@"), ("name", "name", None),
                       ("population", "population", "#,##0"), ("followers", "followers", "#,##0"),
                       ("per_1000", "per_1000", "0.0"), ("rank", "rank", "0"),
                       ("rank_per_1000", "rank_per_1000", "0"), ("index", "index", "0")],
                      lang, [16, 12, 32, 12, 12, 14, 8, 12, 12])
        data = survey.copy()
        data["platform_label"] = data["platform"].map(lambda p: platform_label(p, lang))
        data["type_label"] = data["collectivity_type"].map(lambda t: type_label(t, lang))
        data["present"] = data["present"].map(lambda v: None if pd.isna(v) else bool(v))
        _frame_sheets(wb, "Données", data,
                      [("code", "code", "@"), ("name", "name", None), ("type_label", "type", None),
                       ("platform_label", "platform", None), ("present", "present", None),
                       ("followers", "followers", None), ("account", "account", None),
                       ("date", "date", "DD/MM/YYYY"), ("population", "population", None),
                       ("source_row", "source_row", "0")],
                      lang, [12, 32, 16, 16, 10, 12, 36, 14, 12, 10])
    if bench is not None:
        _benchmark_sheet(wb, bench, lang)
    _sources_sheet(wb, adoption, sources, lang, survey)
    wb.properties.title = title
    wb.properties.subject = scope
    wb.properties.creator = "barometre"
    wb.properties.keywords = "barometre, réseaux sociaux, collectivités"
    return wb


def write_report(output: str | Path, adoption: pd.DataFrame, survey: pd.DataFrame | None = None,
                 entity: str | None = None, peers: str = "type", lang: str = "fr",
                 title: str | None = None, inputs: tuple = ()) -> Path:
    """Write the Excel report, atomically.

    Parameters
    ----------
    output : str or Path
        ``.xlsx`` file; parent folders are created; never one of ``inputs``.
    adoption : DataFrame
        Adoption records (:func:`barometre.compare`, :func:`barometre.analysis.select`
        or :func:`barometre.adoption`).
    survey : DataFrame, optional
        Tidy survey frame: adds the Classement and Données sheets.
    entity : str, optional
        With ``survey``: adds a Benchmark sheet for that entity.
    lang : {"fr", "en"}
    inputs : tuple of paths
        Files the report was made from: the report refuses to overwrite them.

    Returns
    -------
    Path
    """
    out = check_output(output, (".xlsx",), inputs=inputs)
    wb = build_workbook(adoption, survey=survey, entity=entity, peers=peers, lang=lang, title=title)
    return save_workbook(wb, out)
