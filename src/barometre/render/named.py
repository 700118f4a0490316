"""The terminal view of the published figures about named collectivités
(:func:`barometre.analysis.named.figures`): one line per figure, then each source cited
with its publisher and address."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..messages import text
from .formats import fmt_float, fmt_int, is_missing, platform_label, type_label
from .tables import text_table

if TYPE_CHECKING:
    import pandas as pd


def value_text(value: object, unit: str, lang: str = "fr") -> str:
    """A figure as its unit reads: « 16 636 » abonnés, rang « 1 », « 8,4 % », « oui ».

    >>> value_text(16636.0, "count"), value_text(8.4, "percent"), value_text(0.0, "boolean")
    ('16\u202f636', '8,4\u00a0%', 'non')
    """
    if is_missing(value):
        return ""
    if unit == "boolean":
        return text("named-yes" if value else "named-no", lang)
    if unit == "percent":
        digits = 0 if float(value).is_integer() else 1
        return fmt_float(value, digits, lang) + ("\u00a0%" if lang == "fr" else "%")
    if float(value).is_integer():
        return fmt_int(value, lang)
    return fmt_float(value, 1, lang)


def when_text(year: object, month: object, lang: str = "fr", period: object = None) -> str:
    """« 2021 », « 10/2014 », « fin 2015 » (``period`` late: a date the source words so,
    "late 2015"), or « s. d. » for a source that states no year."""
    if is_missing(year):
        return text("named-undated", lang)
    if not is_missing(month):
        return f"{int(month):02d}/{int(year)}"
    if not is_missing(period):
        from .formats import fmt_date

        return fmt_date(year, None, lang, period)
    return str(int(year))


def figures_table(df: pd.DataFrame, lang: str = "fr") -> str:
    """The figures as an aligned table, the note on names and codes, and the sources."""
    rows = [[when_text(r.year, r.month, lang, r.period), type_label(r.collectivity_type, lang),
             r.entity, "" if is_missing(r.code) else r.code, platform_label(r.platform, lang),
             text("metric-" + r.metric.replace("_", "-"), lang), value_text(r.value, r.unit, lang), r.source]
            for r in df.itertuples()]
    heads = ["col-year", "col-type", "col-entity-named", "col-code", "col-platform",
             "col-metric", "col-value", "col-source"]
    table = text_table([text(h, lang) for h in heads], rows, "llllllrl")
    cited = df.drop_duplicates("source")
    sources = [f"  {r.source} : {r.publisher}, {r.url}" if lang == "fr"
               else f"  {r.source}: {r.publisher}, {r.url}" for r in cited.itertuples()]
    return "\n".join([table, "", text("named-note", lang), text("named-sources", lang),
                      *sources])
