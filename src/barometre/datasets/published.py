"""Published figures shipped with barometre: sources, adoption rates and more.

The tables are built by ``scripts/build_published.py`` from the team's research
table and shipped inside the package (``barometre/data/published/``). Each row
keeps ``research_row``, its line in that research table, and a ``source``
id that points into :func:`sources`.

Examples
--------
>>> from barometre import published
>>> a = published.adoption()
>>> row = a[(a.source == "ideose-2015") & (a.collectivity_type == "region")
...         & (a.platform == "facebook")]
>>> float(row.share.iloc[0])
0.96
"""

from __future__ import annotations

import csv
import functools
import io
from typing import TYPE_CHECKING

from .._data import data_bytes
from ..analysis.stats import is_k_of_n, wilson_interval

__all__ = ["sources", "adoption", "citations", "entity_figures", "baselines", "entity_counts",
           "other_figures", "family_ends", "family_end", "find_sources", "ci_for"]

if TYPE_CHECKING:
    import pandas as pd

_INT_COLS = ("research_row", "year", "month", "n_present", "n_base", "year_published",
             "fact_row", "population_n")
_BOOL_COLS = ("derived_from_wording", "census")


def _cells(name: str) -> tuple[list[str], list[list[str]]]:
    """The header and rows of one shipped table, as the text of its cells."""
    raw = data_bytes("published", f"{name}.csv")
    header, *rows = [r for r in csv.reader(io.StringIO(raw.decode("utf-8"), newline="")) if r]
    return header, rows


def _read(name: str) -> pd.DataFrame:
    """One shipped table, typed: years and counts ``Int64``, shares ``Float64``, true/false
    ``bool``, text ``str`` with a missing value for an empty cell (``flags`` keeps "").

    Parsed with the csv module, not pandas' reader: the tables hold a few hundred rows and
    this is on the path of every ``barometre compare`` (benchmarks/README.md);
    tests/test_published.py checks that every table equals what ``pandas.read_csv`` gives.
    """
    import pandas as pd

    header, rows = _cells(name)
    columns = {}
    for j, col in enumerate(header):
        cells = [r[j] for r in rows]
        if col in _INT_COLS:
            columns[col] = pd.array([int(v) if v else None for v in cells], dtype="Int64")
        elif col in ("share", "denominator_n"):
            columns[col] = pd.array([float(v) if v else None for v in cells], dtype="Float64")
        elif col in _BOOL_COLS:
            columns[col] = pd.array([v == "true" for v in cells], dtype=bool)
        elif col == "flags":  # "" = no flag; several are joined with ";"
            columns[col] = pd.array(cells, dtype="str")
        else:
            columns[col] = pd.array([v if v else None for v in cells], dtype="str")
    df = pd.DataFrame(columns)
    if "source_id" in df.columns and name != "sources":
        df = df.rename(columns={"source_id": "source"})
    return df


@functools.cache
def source_texts() -> dict[str, dict[str, str | None]]:
    """Each source id's text fields (``publisher``, ``title``, ``url``...; None when
    empty), read without pandas: what the survey path of ``compare --data`` prints
    (a few hundred cells; :func:`sources` is the typed frame)."""
    header, rows = _cells("sources")
    return {r[0]: {c: (v or None) for c, v in zip(header[1:], r[1:])} for r in rows}


@functools.cache
def _cached(name: str) -> pd.DataFrame:
    return _read(name)


def sources() -> pd.DataFrame:
    """Sources of the published figures.

    Returns
    -------
    DataFrame
        ``source_id, replaces, publisher, title, year_published, month, period, url,
        method``; ``period`` is ``"late"`` (no month) for a source dated only "fin 2015".

    Examples
    --------
    >>> import barometre as bm
    >>> s = bm.published.sources()
    >>> cols = ["source_id", "publisher", "year_published", "month"]
    >>> print(s.loc[s.source_id == "ideose-2015", cols].to_string(index=False))
      source_id publisher  year_published  month
    ideose-2015    Ideose            2015     10
    """
    return _cached("sources").copy()


def adoption() -> pd.DataFrame:
    """Published adoption rates, one row per fact (source × type × platform × date).

    A figure that other pages restate is one row here; the other pages are in
    :func:`citations`.

    Returns
    -------
    DataFrame
        ``research_row, source, publisher, url, year_published, year, month, period,
        collectivity_type, base, base_family, platform, measure, census, n_present, n_base,
        share, ci_low, ci_high, value_published, unit_published, derived_from_wording, flags,
        notes``. ``publisher``, ``url`` and ``year_published`` (missing when the source
        states none) are those of the source (:func:`sources`), so that a figure is cited
        from its row, without a join: "Swello, 2023" for a figure whose ``year`` is 2022.
        ``share`` is a fraction (0.96). ``measure`` says whether it is a share of all
        the entities of the base (``of_all``), of those present on social media
        (``of_present``) or of a survey's respondents (``of_respondents``).
        ``census`` is true when the base is the whole population it names (every
        région, the 101 villes préfectures): there is no sampling error, so no interval
        (``ci_low`` and ``ci_high`` missing). A sample with a known base gets a Wilson 95 %
        interval. No interval is given for a share derived from wording, nor for a
        share that is not k/n for its stated n (flag ``not_k_of_n``). A census claim with
        no stated n whose share no count of its base can give (76 % of the régions: not
        k/13 nor k/18) is no census: its base is not stated (flag ``base_unstated``, no
        n, no interval; ``scripts/build_published.py``, ``MAP_COUNTS``). A sample whose
        source says nothing of a random draw (52 towns chosen by a website) describes its
        own entities: no interval (flag ``non_random_sample``). A participatory count
        (OST's 3 918 present of about 38 000 territories) is neither: ``census`` false, no
        interval, its share a minimum (flag ``participatory``). A share whose source
        neither counts its base nor says how it found those present (OST/Swello's 2022
        13,7 %) is no census either: no interval, « base non précisée » (flag
        ``base_unspecified``). ``flags`` joins with ";" any of ``derived_from_wording``,
        ``disputed``, ``restated``, ``base_unstated``, ``non_random_sample``,
        ``participatory``, ``base_unspecified``, ``not_k_of_n``.

    Examples
    --------
    A census (every région: no sampling error, no interval) and a sample of 52 towns
    chosen by a website (no interval, flagged):

    >>> import barometre as bm
    >>> a = bm.published.adoption()
    >>> census = ((a.source == "ideose-2015") & (a.collectivity_type == "region")
    ...           & (a.platform == "facebook"))
    >>> rows = a[census | (a.source == "choisirsonweb-2014")]
    >>> cols = ["source", "flags", "n_present", "n_base", "share", "census", "ci_low", "ci_high"]
    >>> print(rows[cols].round(3).to_string(index=False))
                source             flags  n_present  n_base  share  census  ci_low  ci_high
           ideose-2015                         <NA>    <NA>   0.96    True    <NA>     <NA>
    choisirsonweb-2014 non_random_sample         47      52  0.904   False    <NA>     <NA>
    """
    return _adoption_ci().copy()


def citations() -> pd.DataFrame:
    """Other pages that give a shipped adoption figure again.

    Returns
    -------
    DataFrame
        ``research_row, source, year, month, period, fact_row, relation, value_published,
        unit_published, notes``: ``fact_row`` is the ``research_row`` of the figure in
        :func:`adoption`; ``relation`` is ``same_fact`` (another page), ``restated``
        (a later study repeating it), ``count`` or ``share`` (the same fact in another
        form).
    """
    return _cached("citations").copy()


@functools.cache
def _adoption_ci() -> pd.DataFrame:
    return _with_cited(_with_ci(_cached("adoption")))


def _with_cited(df: pd.DataFrame) -> pd.DataFrame:
    """``publisher``, ``url`` and ``year_published`` of each figure's source, after ``source``: a figure is cited
    from its own row (as :func:`barometre.figures` gives them), without a join on
    :func:`sources`, whose ``month`` is the source's, not the figure's."""
    import pandas as pd

    texts = source_texts()
    cited = {c: pd.array([texts[s][c] for s in df["source"]], dtype="str")
             for c in ("publisher", "url")}
    # the source's own year ("Swello, 2023" for figures of 2022), what a citation needs
    # beside the figures' ``year``; missing when the source states none
    src = _cached("sources")
    years = dict(zip(src["source_id"], src["year_published"]))
    cited["year_published"] = pd.array([years.get(s) for s in df["source"]], dtype="Int64")
    i = list(df.columns).index("source") + 1
    out = df.copy()
    for j, (c, values) in enumerate(cited.items()):
        out.insert(i + j, c, values)
    return out


def _tolerance(value: object, unit: object) -> float:
    """Half a unit of the last printed digit of a published share, as a fraction."""
    text = "" if value is None else str(value)
    if unit == "percent" and text:
        decimals = len(text.split(".", 1)[1]) if "." in text else 0
        return 0.5 * 10 ** -decimals / 100
    if unit == "count":  # share = k/n, stored with 6 decimals
        return 1e-6
    return 0.005


def ci_for(share: object, n: object, census: bool, wording: bool = False,
           population: object = None, tolerance: float = 0.005) -> tuple[object, object, bool]:
    """The 95 % interval that matches the design of one figure, and whether share is k/n.

    A census has no sampling error, so no interval (``None, None``: bounds equal to the
    share would read as a sample's interval of zero width); a sample with a
    known base gets a Wilson interval, with the finite-population correction when the
    size of the population is known (bounds then on the shares that population can have,
    :func:`~barometre.analysis.stats.wilson_interval`); a share derived from wording, or one that cannot
    be k/n for its stated n, gets none.

    Returns
    -------
    (ci_low, ci_high, k_of_n)
    """
    import pandas as pd

    if share is None or pd.isna(share):
        return None, None, True
    known_n = n is not None and not pd.isna(n) and float(n) > 0
    k_of_n = not known_n or is_k_of_n(float(share), float(n), tolerance)
    if wording or not k_of_n:
        return None, None, k_of_n
    if census or not known_n:  # a census has no sampling error; an unknown n, no interval
        return None, None, True
    pop = None if population is None or pd.isna(population) else float(population)
    lo, hi = wilson_interval(float(share), float(n), population=pop)
    return lo, hi, True


def _with_ci(df: pd.DataFrame) -> pd.DataFrame:
    import pandas as pd

    df = df.copy()
    pops = df["population_n"] if "population_n" in df else [None] * len(df)
    lows, highs, flags = [], [], []
    for share, n, census, wording, pop, value, unit, flag in zip(
            df["share"], df["n_base"], df["census"], df["derived_from_wording"], pops,
            df["value_published"], df["unit_published"], df["flags"]):
        names = [f for f in str(flag or "").split(";") if f]
        lo, hi, ok = ci_for(share, n, bool(census), bool(wording), pop, _tolerance(value, unit))
        if "non_random_sample" in names:  # a sampling interval needs a random sample
            lo = hi = None
        lows.append(lo)
        highs.append(hi)
        flags.append(";".join(names + ([] if ok else ["not_k_of_n"])))
    df["ci_low"] = pd.array(lows, dtype="Float64")
    df["ci_high"] = pd.array(highs, dtype="Float64")
    df["flags"] = flags
    cols = list(df.columns)
    i = cols.index("share") + 1
    cols = cols[:i] + ["ci_low", "ci_high"] + [c for c in cols[i:] if c not in ("ci_low", "ci_high")]
    return df[cols]


def entity_figures() -> pd.DataFrame:
    """Figures about named entities: followers, ranks, awards (with source)."""
    return _cached("entity_figures").copy()


def baselines() -> pd.DataFrame:
    """National audience baselines (users of each platform in France), with source."""
    return _cached("baselines").copy()


def entity_counts() -> pd.DataFrame:
    """Official counts of collectivités by type and year (denominators), with source."""
    return _cached("entity_counts").copy()


def other_figures() -> pd.DataFrame:
    """Every other published aggregate: growth, websites, community managers..."""
    return _cached("other_figures").copy()


def family_ends() -> pd.DataFrame:
    """Base families of the published figures that end on a date the law fixes, with
    that law as source: the one definition that the trend chart (its dotted line at that
    date), ``barometre trend`` and the report's Évolution sheet read.

    Returns
    -------
    DataFrame
        ``base_family, ends`` (ISO date: its figures are all before it), ``change`` (what
        changed, the message ``pub-family-change-<change>``), ``citation`` (the law, short),
        ``publisher, title, year_published, month, url, notes``.

    Examples
    --------
    >>> import barometre as bm
    >>> e = bm.published.family_ends()
    >>> print(e[["base_family", "ends", "citation"]].to_string(index=False))
                     base_family       ends                          citation
    régions (carte d'avant 2016) 2016-01-01 loi n° 2015-29 du 16 janvier 2015
    >>> e["url"].iloc[0]
    'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000030109622'
    """
    return _cached("family_ends").copy()


@functools.cache
def _family_ends() -> dict[str, dict[str, str | None]]:
    header, rows = _cells("family_ends")
    return {r[0]: {c: (v or None) for c, v in zip(header[1:], r[1:])} for r in rows}


def family_end(family: object) -> dict[str, str | None] | None:
    """The end of one base family (a row of :func:`family_ends` as text fields, read
    without pandas), or None when its end is not a known date.

    Examples
    --------
    >>> from barometre.datasets.published import family_end
    >>> end = family_end("régions (carte d'avant 2016)")
    >>> end["ends"], end["change"], end["citation"]
    ('2016-01-01', 'region-map', 'loi n° 2015-29 du 16 janvier 2015')
    >>> family_end("régions (carte de 2016)") is None
    True
    """
    end = _family_ends().get(str(family)) if isinstance(family, str) else None
    return dict(end) if end is not None else None


def find_sources(text: str) -> list[str]:
    """Source ids matched by ``text``: an exact id, or a part of an id, publisher or title.

    Case and accents are ignored: ``find_sources("ideose")`` gives the Ideose sources.
    """
    from ..domain.registry import normalize

    s = _cached("sources")
    if text in set(s["source_id"]):
        return [text]
    renamed = s.loc[s["replaces"] == text, "source_id"].tolist() if "replaces" in s else []
    if renamed:  # an id shipped before a correction (marsouin-2013 -> marsouin-2021)
        return renamed
    key = normalize(text)
    if not key:
        return []
    hit = [sid for sid, pub, title in zip(s["source_id"], s["publisher"], s["title"])
           if key in normalize(sid) or key in normalize(pub) or key in normalize(title)]
    return hit


from .._public import public_dir as _public_dir  # noqa: E402

__dir__ = _public_dir(globals())
