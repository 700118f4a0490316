"""Entity-level analysis of survey data: adoption, follower statistics, peer benchmark, ranking.

Pure functions over the tidy frame of :func:`barometre.read_survey`
(``code, name, collectivity_type, platform, present, followers, account, date,
year, population, source_row``).

Conventions (see ``docs/benchmarking.md``):

- adoption rate = entities present ÷ entities of the base with an answer for
  that platform, with a Wilson 95 % interval with the finite-population correction,
  kept to the shares the entities of the type can have
  (:func:`~barometre.analysis.stats.wilson_interval`);
- followers per 1,000 inhabitants = followers ÷ population × 1,000, the population
  of the reference tables: INSEE population municipale (legal populations of 2023, in
  force on 1 January 2026) for communes and the sums of their communes (départements,
  régions, councils); the DGCL's population of each EPCI (epcicom2026: the sum of its
  communes' legal populations of 2022, one vintage older) for EPCI and métropoles (:func:`barometre.render.formats.population_source`);
- rank: 1 = most followers, ties share the best rank; among the peers that
  have a value (the entity included);
- percentile: share of those peers whose value is at or below the entity's;
- index: the entity's value ÷ the median of those values × 100;
- competitor mean: mean of the peers' values without the entity;
- a follower count is an account's count only when the reading says the account exists
  (``present`` true): a count beside "Non", or beside a blank presence that the reader
  did not read as present (a blank with a count of 0), is no account's count and is not
  ranked nor counted in the follower figures (:func:`account_counts`).

When a file holds several readings of an entity on a platform, the latest one
(by year, then date) is used for benchmark and ranking, and the latest of each year for
the shares: within a year, the latest *answered* one (« Oui » or « Non », a blank read as
absent included), a later non-answer (« NR », a blank read as not answered) never hiding an
answer of its year (the reader says it: ``unanswered-after-answer``); the latest reading
when none of the year answers. Two readings of one entity on one
platform on one date (two surveys put end to end with ``pd.concat``) have no latest: every
function that picks one refuses them (:func:`refuse_repeats`), never picking by row order.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from .._memory import for_bulk
from ..datasets import reference
from ..domain.coded import CodedSurvey
from ..domain.keywords import numbered
from ..domain.errors import NoDataError, UsageError
from ..domain.registry import (PLATFORMS, find_platform, find_type, platforms_words,
                               types_words)
from ..domain.schemas import ANNUAIRE_BASE_FAMILY, SURVEY_BASE_FAMILY
from ..messages import Count, Day, Msg, Words, plural_s, words_and
from . import grouping
from .records import Records
from .stats import _nan, is_sure_range, wilson_interval

if TYPE_CHECKING:
    import pandas as pd

# pandas is imported by the functions that read or build a frame: counting a CodedSurvey
# into records (``compare --data``) never imports it (issue #19)
__all__ = ["adoption", "any_left_out", "reads_fewer", "compare_survey", "compare_survey_records",
           "follower_stats", "latest", "latest_per_year", "account_counts", "narrower_type",
           "restrict", "readings_of_year", "survey_design", "band_design", "kind_design",
           "sample_design", "SurveyDesign", "no_random_sample", "require_columns", "refuse_repeats",
           "require_figures", "require_waves", "asked_platforms", "types_of",
           "refuse_mixed_types"]
from ..domain.registry import COMMUNE_TYPES as _COMMUNE_LIKE  # noqa: E402


def _source_name(survey: pd.DataFrame) -> str:
    f = survey.attrs.get("file")
    # several waves (read_waves) name their newest file as they name every file
    from ..survey.grid import display_name  # (a stream named as given: /dev/stdin)

    name = survey.attrs.get("file_name") or (display_name(f) if f else "enquête")
    meta = survey.attrs.get("annuaire")
    if meta:  # a census from the Annuaire de l'administration: name it; its date is said in
        # the reader's language where the measure is named (annuaire-measure: « état au
        # 09/08/2025 »), and in ISO in the data_date column of CSV/JSON
        return f"{meta['attribution']}, {meta['source_label']} ({name})"
    return name


def _readings_source(readings: pd.DataFrame, survey: pd.DataFrame) -> str:
    """The ``source`` of figures computed from ``readings``, rows of ``survey``: for a
    survey of several files (:func:`barometre.read_waves`), the files those rows come from,
    in the order given (a ranking of 2025's readings names the 2025 file, not every wave's);
    else the survey's name (:func:`_source_name`)."""
    given = list(survey.attrs.get("files") or [])
    if "file" in readings.columns and len(given) > 1:
        met = set(readings["file"].dropna().astype(str))
        names = [f for f in given if f in met] + sorted(met - set(given))
        if names:
            return ", ".join(names)
    return _source_name(survey)


def _no_readings(survey: pd.DataFrame | CodedSurvey) -> NoDataError:
    """The error for a survey without any reading: every row left out for errors
    (``read_survey(..., errors="skip")``, said with their number), or an empty table."""
    from ..survey.problems import severity_counts  # exact past the reader's cap

    errors = severity_counts(survey.attrs.get("problems", []))["error"]
    if errors:
        return NoDataError.of("survey-no-readings", file=survey.attrs.get("file", "enquête"),
                              n=Count(errors), s="" if errors == 1 else "s")
    return NoDataError.of("survey-empty")


def restrict(survey: pd.DataFrame, type: str | None) -> pd.DataFrame:
    """Keep the entities of ``type`` in a survey frame.

    A ville préfecture counts as a commune; from a commune survey, ``ville_prefecture``,
    ``grande_ville``, ``ville_moyenne`` and ``petite_ville`` select their communes; from an
    Annuaire export read without a type, ``metropole`` selects the EPCI that are métropoles
    and the Métropole de Lyon (of the type ``metropole``).
    """
    if not len(survey):  # no reading: not "no entity of this type" (every row had an error?)
        raise _no_readings(survey)
    if not type:  # the survey's type: one, or which to count is the caller's to say
        refuse_mixed_types(survey)
        return survey
    t = find_type(type).id
    ctype = survey["collectivity_type"]
    have = set(ctype.dropna().unique())
    if t == "metropole" and {"epci", "metropole"} <= have:
        # an Annuaire export read without a type: the métropoles are EPCI rows and the
        # Métropole de Lyon's (no EPCI: of the type métropole), never Lyon's alone
        out = survey[ctype.isin(["epci", "metropole"])]
        out = out[out["code"].isin(set(reference.entities(t)["code"]))]
    elif t in have:
        out = survey if have == {t} and ctype.notna().all() else survey[ctype == t]
    elif t in _COMMUNE_LIKE and have & _COMMUNE_LIKE:
        out = survey[ctype.isin(_COMMUNE_LIKE)]
        if t != "commune":
            codes = set(reference.entities(t)["code"])
            out = out[out["code"].isin(codes)]
    else:
        raise NoDataError.of("survey-type-absent", type=types_words(t),
                             have=types_words(sorted(have)))
    whole = out is survey  # every row is already of type t: no new column of millions of rows
    out = out.copy(deep=False)  # copy-on-write: the caller's frame is not touched
    if not whole:
        out["collectivity_type"] = t
    return out


def types_of(survey: pd.DataFrame) -> list[str]:
    """The collectivity types of a survey frame's readings, in the registry's order: one
    for a survey file, several for an Annuaire export read without a type (régions,
    départements, communes, intercommunalités). One comparison per row when there is one
    type (no set of millions of strings).

    >>> import barometre as bm
    >>> types_of(bm.read_survey(bm.demo_file("enquete")))
    ['departement']
    """
    from ..domain.registry import TYPES

    col = survey["collectivity_type"]
    if not len(col):
        return []
    first = col.iat[0]
    if isinstance(first, str) and bool((col == first).all()):
        return [first]
    order = {t: i for i, t in enumerate(TYPES)}
    return sorted(map(str, col.dropna().unique()), key=lambda t: (order.get(t, len(order)), t))


def refuse_mixed_types(survey: pd.DataFrame, code: str = "survey-types-mixed") -> None:
    """Refuse a frame of several types counted as one (``type`` not given): a share over
    régions and communes together is no figure, and every région code is a département
    code (région 44 would be taken for département 44). :class:`UsageError` ``code``
    (``survey-types-mixed``: pass ``type=``; ``waves-types-mixed``: read the waves of one
    type) naming the types with their ids. A frame without a ``collectivity_type``
    column, or of one type, passes."""
    if "collectivity_type" not in getattr(survey, "columns", ()):
        return
    types = types_of(survey)
    if len(types) > 1:
        raise UsageError.of(code, types=_types_with_ids(types), first=types[0])


def refuse_tied_type(survey: Any) -> None:
    """Refuse to count a frame whose type the reader guessed between two types that read
    its codes alike (its ``type-guessed`` warning: 27 région codes without names are
    département codes too), ``type`` not given: :class:`UsageError`
    ``survey-type-tie``, both readings and the ``type=`` of each, as ``compare --data`` and
    ``trend --data`` refuse it without ``--type`` (the figures of the other type, with an
    interval, said nowhere but in ``attrs["problems"]``, which Jupyter does not show)."""
    from ..messages import of_words

    tie = next((p for p in getattr(survey, "attrs", {}).get("problems") or []
                if p.get("code") == "type-guessed"), None)
    if tie is None or not len(survey):  # no reading: that error says it (survey-empty)
        return
    msg = getattr(tie, "msg", None)
    if msg is None:  # read back without its parameters: its sentence
        raise UsageError.of("survey-type-tie-said", said=str(tie.get("message", "")))
    p = {k: v for k, v in msg.params.items() if k != "names"}
    raise UsageError.of("survey-type-tie", of_chosen=of_words(p["chosen"]), **p)


def _types_with_ids(types: Sequence[str]) -> Words:
    """Types said with the id ``type=`` takes: « région (region), commune (commune) »."""
    from ..domain.registry import TYPES

    def said(lang: str) -> str:
        return ", ".join(f"{TYPES[t].label(lang)} ({t})" if t in TYPES else t for t in types)

    return Words(said("fr"), said("en"))


def readings_of_year(survey: pd.DataFrame, year: int | None) -> pd.DataFrame:
    """The readings of ``year`` in a survey frame (all of them when ``year`` is None): what
    a benchmark, ranking or scatter of that year compares, the newer readings left out as
    the older ones.

    Raises
    ------
    NoDataError
        ``survey-no-year``: no reading of that year, the file's years said.

    Examples
    --------
    >>> import barometre as bm
    >>> s = bm.read_survey(bm.demo_file("enquete"))
    >>> len(readings_of_year(s, 2025)) == len(s)
    True
    >>> readings_of_year(s, 2024)
    Traceback (most recent call last):
    ...
    barometre.domain.errors.NoDataError: aucun relevé de 2024 dans le fichier ; années des relevés : 2025
    """
    from .published import _year

    year = _year(year)  # "2025" (a form, a CSV) is 2025; "2025a" refused, not "no reading"
    if year is None:
        return survey
    years = survey["year"].astype("Float64")
    keep = (years == year).fillna(False).to_numpy(dtype=bool)
    if not keep.any():
        have = sorted({int(y) for y in years.dropna()})
        if not have:
            raise NoDataError.of("survey-no-year-undated", year=year)
        raise NoDataError.of("survey-no-year", year=year, years=", ".join(map(str, have)))
    if keep.all():
        return survey
    out = survey[keep]
    out.attrs = dict(survey.attrs)
    return out


#: an answer as :func:`refuse_repeats` says it (present: 1, 0, -1)
_ANSWER_WORDS = {1: Words("Oui", "yes"), 0: Words("Non", "no"),
                 -1: Words("non renseigné", "not answered")}


def refuse_repeats(survey: pd.DataFrame, positions: np.ndarray, group: np.ndarray) -> None:
    """Refuse a survey frame whose readings repeat an entity × platform × year × date: two
    surveys put end to end (``pd.concat``), which the counting would resolve by row order,
    one answer kept without a word. :func:`barometre.read_survey` never gives such readings
    (a ``duplicate-rows`` error), nor :func:`barometre.read_waves` (``wave-overlap``).

    ``positions`` are the repeating readings (rows of ``survey``), grouped; ``group``
    numbers their groups from 0 (:data:`barometre.analysis.grouping.Repeats`): what
    :func:`barometre.analysis.grouping.latest_of` finds on its sorted keys, so that a frame
    without repeats pays nothing more. The error names a group (the first with different
    answers, if any), its readings' answers and how many other groups there are.

    Raises
    ------
    UsageError
        ``survey-frame-conflict``: readings with different answers (presence, followers);
        ``survey-frame-repeat``: the same reading twice or more, and no different answers
        anywhere (the same frame concatenated twice): counting it once would hide that the
        frame is not what the user thinks.

    Examples
    --------
    >>> import barometre as bm, pandas as pd
    >>> s = bm.read_survey(bm.demo_file("enquete"))
    >>> other = s[(s["code"] == "44") & (s["platform"] == "facebook")].assign(followers=99999)
    >>> bm.rank(pd.concat([s, other]), "facebook")
    Traceback (most recent call last):
    ...
    barometre.domain.errors.UsageError: le tableau d'enquête a 2 relevés de Loire-Atlantique (44) sur Facebook le 15 octobre 2025 aux réponses différentes (Oui à 90 583 abonnés, Oui à 99 999 abonnés) : deux enquêtes mises bout à bout (pd.concat) ? Un seul serait compté, choisi par l'ordre des lignes ; des vagues de dates différentes se lisent avec barometre.read_waves, sinon gardez un relevé par entité, réseau et date
    >>> bm.adoption(pd.concat([s, s]))
    Traceback (most recent call last):
    ...
    barometre.domain.errors.UsageError: le tableau d'enquête a 2 fois le même relevé de Ain (01) sur Facebook le 15 octobre 2025 (non renseigné) ; et 605 autres entités × réseaux × dates relevées plusieurs fois : le même tableau mis deux fois bout à bout (pd.concat) ? Gardez un relevé par entité, réseau et date (drop_duplicates)
    """
    import pandas as pd

    n_groups = int(group[-1]) + 1
    answer_columns = [c for c in ("present", "followers") if c in survey.columns]
    rows = survey.iloc[positions]
    answers = rows[answer_columns].reset_index(drop=True).assign(_group=group)
    # the distinct answers of each group: more than one is a conflict
    distinct = answers.drop_duplicates()["_group"].to_numpy()
    conflicting = np.bincount(distinct, minlength=n_groups) > 1
    named = int(np.argmax(conflicting)) if conflicting.any() else 0
    at = np.flatnonzero(group == named)
    first = rows.iloc[at[0]]
    code = first["code"]
    name = first["name"] if "name" in survey.columns else None
    platform = PLATFORMS.get(first["platform"])
    date = first["date"]
    present = _presence_codes(rows["present"].iloc[at]).tolist()
    followers = (rows["followers"].iloc[at].astype("Float64").to_numpy(
        dtype=float, na_value=np.nan).tolist() if "followers" in survey.columns
        else [None] * len(at))
    said = [Msg("survey-frame-answer", answer=_ANSWER_WORDS[p]) if n is None or n != n
            else Msg("survey-frame-answer-count", answer=_ANSWER_WORDS[p], n=Count(int(n)))
            for p, n in zip(present, followers)]
    raise UsageError.of(
        "survey-frame-conflict" if conflicting.any() else "survey-frame-repeat",
        n=Count(len(at)),
        name=f"{name} ({code})" if isinstance(name, str) and name else str(code),
        platform=platform.words() if platform else str(first["platform"]),
        date=(Msg("survey-frame-on", date=Day.of(date)) if pd.notna(date)
              and hasattr(date, "year") else Msg("survey-frame-undated")),
        answers=said if conflicting.any() else said[:1],  # the same answer: said once
        more=Msg("survey-frame-repeat-more", n=Count(n_groups - 1)) if n_groups > 1 else "")


def latest(survey: pd.DataFrame) -> pd.DataFrame:
    """The latest reading of each entity on each platform (by year, then date, then row):
    of its latest year, the latest answered one if any (a later « NR » hides no answer of
    its year, :func:`~barometre.analysis.grouping.latest_of`)."""
    return survey.take(grouping.latest_positions(survey, per_year=False)[0])


#: The columns of :func:`barometre.read_survey`'s frame that counting presence reads
#: (:func:`adoption`, :func:`compare_survey`)
COUNT_COLUMNS = ("code", "collectivity_type", "platform", "present", "date", "year",
                 "source_row")
#: ... that the follower figures read (:func:`follower_stats`)
FOLLOWER_COLUMNS = ("code", "collectivity_type", "platform", "present", "followers", "year",
                    "population")
#: ... that rankings and benchmarks read (:mod:`barometre.analysis.peers`)
PEER_COLUMNS = ("code", "name", "collectivity_type", "platform", "present", "followers",
                "date", "year", "population", "source_row")


def require_columns(survey: Any, columns: Iterable[str] = COUNT_COLUMNS) -> Any:
    """Refuse, in one clear error, a survey frame without the columns a function reads
    (a frame renamed, or made by hand: ``present`` called ``presence`` gave a bare
    KeyError), or whose values the reader would have refused in a file (a blank or unknown
    code, an unknown type or platform, a negative or infinite count:
    :func:`~barometre.analysis.frame_check.check_values`). The public entry points that
    take a survey frame call it and go on with the frame it returns: ``survey`` itself, or
    a shallow copy normalised as the reader normalises a file (a code's spaces and case,
    a platform's name, index levels named like columns). A coded survey
    (:class:`~barometre.domain.coded.CodedSurvey`) passes as it is.

    Raises
    ------
    UsageError
        ``survey-frame-columns``: the missing columns, and those expected.

    Examples
    --------
    >>> import pandas as pd
    >>> require_columns(pd.DataFrame({"code": ["01"], "platform": ["facebook"],
    ...                               "presence": [True]}))
    Traceback (most recent call last):
    ...
    barometre.domain.errors.UsageError: le tableau d'enquête n'a pas les colonnes collectivity_type, present, date, year, source_row : attendu un tableau de barometre.read_survey (code, collectivity_type, platform, present, date, year, source_row)
    """
    if isinstance(survey, CodedSurvey):
        return survey
    have = getattr(survey, "columns", None)
    if have is None:
        raise UsageError.of("survey-frame-not-frame", kind=type(survey).__name__)
    columns = list(columns)
    missing = [c for c in columns if c not in have]
    if missing:
        one = len(missing) == 1
        raise UsageError.of("survey-frame-columns", missing=", ".join(missing),
                            columns=Words("la colonne", "column") if one
                            else Words("les colonnes", "columns"),
                            expected=", ".join(columns))
    for col in _TEXT_COLUMNS.intersection(columns):
        if not _is_text(survey[col]):
            raise UsageError.of("survey-frame-text", column=col, dtype=str(survey[col].dtype))
    if "date" in columns:  # a CSV round trip gives text (« 2024-10-15 »): a raw KeyError
        # or « Error parsing datetime string » deep in rank, benchmark or write_report
        date = survey["date"]
        known = date.notna().to_numpy()
        if date.dtype.kind != "M" and known.any() and not isinstance(
                date.iloc[int(known.argmax())], dt.date):  # (Timestamps in an object column)
            raise UsageError.of("survey-frame-date", dtype=str(date.dtype))
    from .frame_check import check_values

    return check_values(survey, tuple(columns))


#: the code types whose INSEE codes have a fixed width, and that width: a code of one
#: digit less (« 1 » for « 01 », « 1053 » for « 01053 ») lost its leading zero
_CODE_WIDTH = {"departement": 2, "region": 2, "commune": 5}


def _refuse_unpadded_codes(survey: pd.DataFrame) -> None:
    """Refuse a frame whose codes lost their leading zero (« 1 » for « 01 »: a code column
    that went through ``astype(int).astype(str)``, or a spreadsheet's numbers). The reader
    restores them (:func:`barometre.datasets.reference.restore_code`); on a frame, a figure
    counted them while every function that looks an entity up (benchmark, rank's entity,
    within, the peers) found « Ain (01) » absent: one answer for all, here."""
    code = survey["code"]
    if not len(code):
        return
    lengths = code.str.len().to_numpy(dtype=float, na_value=np.nan)
    short = (lengths == 1) | (lengths == 4)
    if not short.any():
        return
    rows = survey.loc[short]
    if "collectivity_type" in survey.columns:
        types = rows["collectivity_type"].astype(object).to_numpy()
    else:
        types = np.full(len(rows), (survey.attrs or {}).get("collectivity_type"), dtype=object)
    lost: dict[str, str] = {}
    for c, t in zip(rows["code"].astype(object).to_numpy(), types):
        width = _CODE_WIDTH.get(t)
        if width is not None and len(c) == width - 1 and c.isdigit():
            lost.setdefault(c, c.zfill(width))
    if not lost:
        return
    shown = sorted(lost.items(), key=lambda kv: kv[1])
    said = [Msg("survey-frame-code-lost", code=a, padded=b) for a, b in shown[:3]]
    more = len(shown) - len(said)
    if more:  # the first three named, the others counted: « … et 6 autres »
        said.append(Msg("survey-frame-code-more", n=Count(more), s=plural_s(more)))
    raise UsageError.of("survey-frame-code-zeros",
                        codes=words_and(Words(m.render("fr"), m.render("en")) for m in said),
                        width=len(shown[0][1]))


#: The columns of a survey frame that hold text: codes above all ("01", "2A"), which a
#: CSV round trip (``to_csv`` then ``read_csv``) turns into numbers (1, …) that match no
#: entity of the reference: no coverage, no design, an interval for a census
_TEXT_COLUMNS = frozenset({"code", "name", "collectivity_type", "platform"})


def _is_text(col: Any) -> bool:
    """Whether a column holds text (or nothing): its dtype, or, for an object column, its
    first value (cheap at any size; an object column of numbers is what read_excel gives)."""
    from ..domain.schemas import _is_kind

    if not _is_kind(col, "str"):
        return False
    if col.dtype.kind != "O" or not len(col):
        return True
    known = col.notna().to_numpy()
    return not known.any() or isinstance(col.iloc[int(known.argmax())], str)


def require_figures(figures: Any) -> None:
    """Refuse, in one clear error, figures that are not adoption records
    (:func:`barometre.adoption`, :func:`barometre.compare`): a frame of readings passed in
    their place (``write_report(path, survey)``) gave a bare KeyError 'share'."""
    from ..domain.schemas import ADOPTION

    have = getattr(figures, "columns", None)
    if have is None:
        raise UsageError.of("figures-not-frame", kind=type(figures).__name__)
    missing = [c for c in ("collectivity_type", "platform", "year", "share") if c not in have]
    if missing:
        readings = "present" in have
        raise UsageError.of("figures-readings" if readings else "figures-columns",
                            missing=", ".join(missing), expected=", ".join(ADOPTION.names))


def require_waves(waves: Any) -> Any:
    """Refuse, in one clear error, a frame that is not one of waves (:func:`barometre.read_waves`,
    :func:`barometre.analysis.waves.survey_waves`): a frame of :func:`barometre.read_survey`
    has no ``wave_label`` (it gave a bare KeyError); then as :func:`require_columns`, whose
    frame it returns."""
    waves = require_columns(waves, COUNT_COLUMNS)
    if "wave_label" not in waves.columns:
        raise UsageError.of("survey-frame-not-waves")
    return waves


def asked_platforms(platforms: str | Iterable[str] | None) -> list[str] | None:
    """The platforms asked for as a list (a name, a list, a tuple, a pandas Series…),
    None for every platform (None or empty)."""
    if platforms is None or isinstance(platforms, str):
        return [platforms] if platforms else None
    return list(platforms) or None


def fictitious_of(survey: Any) -> bool:
    """Whether a survey (frame or coded) is fictitious data: the reader's flag
    (``attrs["fictitious"]``, set from the marker inside the file). Every frame derived
    from it carries the flag on, so that every table, chart and report says so."""
    attrs = getattr(survey, "attrs", None)
    return bool(attrs.get("fictitious", False)) if isinstance(attrs, dict) else False


def _plain(survey: pd.DataFrame) -> pd.DataFrame:
    """A shallow copy without attrs: pandas deep-copies attrs at every step. Numbered
    afresh when its row labels repeat (``pd.concat([a, b])`` without ``ignore_index``:
    every look-up by label failed, « cannot reindex on an axis with duplicate labels »)."""
    out = survey.copy(deep=False) if survey.index.is_unique else survey.reset_index(drop=True)
    out.attrs = {}
    return out


@numbered
def adoption(survey: pd.DataFrame | CodedSurvey, type: str | None = None,
             by: str | None = None, platforms: str | Iterable[str] | None = None,
             *, design: bool = True,
             within: str | Iterable[str] | None = None,
             panel: bool = False) -> pd.DataFrame:
    """Adoption rates from survey data, with the same records as :func:`barometre.compare`.

    Parameters
    ----------
    survey : DataFrame or CodedSurvey
        Tidy frame from :func:`barometre.read_survey`, or the coded readings of
        :func:`barometre.survey.reader.read_coded` (same figures, no frame; ``type``
        must then be the file's).
    type : str, optional
        Collectivity type to count (default: the survey's). A ville préfecture
        counts for ``ville_prefecture`` and ``commune``. A frame of several types (an
        Annuaire export read without a type) needs it: without, a
        :class:`~barometre.domain.errors.UsageError` (``survey-types-mixed``) names them.
    by : {"strate", "category"}, optional
        ``"strate"``: split by INSEE population band (communes), the bands in order of
        population (« < 500 » first, « ≥ 100 000 » last), each band its own population,
        ``n_strate`` its entities in France (under ``within``: in those départements;
        under ``panel``: in the panel), the N of its interval; each entity's
        ``population`` sorts it (a frame without that column:
        :class:`~barometre.domain.errors.UsageError` ``survey-frame-columns``, naming it).
        ``"category"``: split the
        intercommunalités (type ``epci`` only, else :class:`~barometre.domain.errors.UsageError`)
        by category, ``CC``, ``CA``, ``CU``, ``METRO`` (the reference's ``kind``, in that
        order): each category is its own population, ``n_category`` its entities in France
        (under ``within``: in those départements; under ``panel``: in the panel), a
        category whose entities all answered is its census (no interval), else a sample of
        it (finite-population correction on that N). A file of some categories alone is
        then no design to weigh; a file inside some size bands too (the CA of 100,000
        inhabitants or more) keeps its design, each row's ``n_subset`` its category's
        entities in that part.
    platforms : list of str, optional
        Platforms to keep.
    design : bool, default True
        Count a file that holds a part of the type whole
        (:func:`barometre.analysis.survey.survey_design`: every metropolitan entity and no
        overseas one, every ville préfecture…), or whose entities all fall in some size
        bands (:func:`barometre.analysis.survey.band_design`), as such: the
        columns ``design, design_subset, n_subset, subset_census, estimate, estimate_low,
        estimate_high, n_estimate`` and ``flags``, present only then. A file that is the
        part alone is a census of the part (``subset_census``), or a sample of it when
        answers are blank: its interval is the part's (N = ``n_subset``), never the whole
        type's. A file that holds the part beside a few others is a stratified sample: its
        share over-weights the part, so it gets no interval (flag ``non_random_sample``)
        and ``estimate`` weighs each part by its size in France (the others read as a random
        sample of the rest), with an interval (``estimate_low``, ``estimate_high``) when
        the part answered whole; ``n_estimate`` is the N it is for (nothing is extrapolated
        to size bands the file misses). Split ``by="strate"``, such a file's bands get no
        estimate; a band with no entity of the part, or all of the part, has its interval
        (N = the band's size), a band mixing both none. A file that holds no part whole
        but is far from its type's categories of intercommunalités' proportions
        (``design_subset`` ``kinds_mix``) or size bands' (``bands_mix``,
        :func:`barometre.analysis.survey.mix_design`) gets no interval nor estimate,
        flag ``non_random_sample``; split by category (by size band for ``bands_mix``),
        each keeps its own interval.
        False: read as a sample of the type, the design only in ``attrs["design"]``.
    within : str or list of str, optional
        Département codes (``"01,44"`` or ``["01", "44"]``): the base is the entities of
        the type in those départements (an intercommunalité: in the département of most of
        its inhabitants), not the type's in France: ``n_reference`` is their count
        (``n_reference_of`` ``"epci:01,44"``), a file that holds them all is their census
        (exact shares), a part of them is a sample of them (interval with the
        finite-population correction on that N); no design is looked for.
        ``attrs["within"]``: type -> ``{"departements", "n"}`` (and ``"kinds"``); a file of some
        categories of intercommunalités only (its CA) has the base of those categories in
        those départements (``kinds``, ``n_reference_of`` ``"epci:01,44:CA"``). A file of entities outside
        them is refused (:class:`~barometre.domain.errors.UsageError` naming them and
        their rows). Without it (nor ``panel``), a template of some départements
        (``barometre template --within``, filled: the reader's
        ``attrs["template_within"]``, :func:`template_within`) takes its départements, as
        given here, and ``attrs["within"]`` says so (``"template": True``); a file chosen
        by place (most of it in a few départements,
        :func:`barometre.analysis.survey.place_of`) is no draw from France: no interval
        (``design=False``: the type's), flagged ``chosen_by_place`` (``attrs["place"]``).
    panel : bool, default False
        The file is a panel chosen by hand (peers, a network): the base is the file's
        entities of the type, never the type's in France. ``n_reference`` is their count
        (``n_reference_of`` ``"epci:panel"``, ``"epci:panel:CA"`` when its
        intercommunalités are of some categories only), a file whose entities all answered
        is the panel's census (exact shares, no interval), blanks make it a sample of the
        panel (finite-population correction on that N); ``base`` says it ("14
        communautés d'agglomération du panel"); no design nor place is looked for.
        ``attrs["panel"]``: type -> ``{"n", "kinds"}``. Not with ``within``. Required for
        régions read before 1 January 2016 (``region-map-before-2016``: the 18 régions of
        today are not the base of a reading on the map of 27). Without
        it, a file's interval assumes its entities drawn at random among the type's
        (:func:`barometre.render.views.random_draw_notes` says so when it holds a small
        part of them).

    Returns
    -------
    DataFrame
        ``collectivity_type, platform, year, share, n_present, n_base, ci_low,
        ci_high, source`` plus ``base, measure, census, n_reference, n_surveyed,
        coverage, n_unknown`` (and ``strate`` and ``n_strate`` with ``by="strate"``, after
        ``n_reference``: the band's N, that of its interval unless the file holds a part of
        the type whole, whose design columns then give the part's; ``category`` and
        ``n_category`` with ``by="category"``, ``base`` then « 42 communautés
        d'agglomération de l'enquête »; ``n_reference``, ``n_surveyed`` and ``coverage``
        stay the type's; an Annuaire de l'administration export's ``base`` is « 3 entités
        de l'Annuaire », its ``base_family`` « entités de l'Annuaire »). ``census`` is
        true when every entity of the type in France answered: no sampling error, so no
        interval (``ci_low`` and ``ci_high`` NaN, as for a census of a part of the type,
        ``subset_census``); otherwise the Wilson interval has the finite-population correction
        (N = the entities of the type in France), its bounds moved outward to shares
        the N can have, never past the possible range [k / N, (k + u) / N], u = N − n
        (:func:`barometre.analysis.stats.wilson_interval`).
        ``source`` is the file's name; for waves of several files
        (:func:`barometre.read_waves`), the files of each figure's readings
        (:func:`figure_files`: a 2024 figure names the 2024 file, never the newest).
        ``n_base`` counts the entities of the file that have an answer for the
        platform; ``n_unknown`` those left out of the base because their answer is
        blank in a column that records "Non" answers (see :func:`barometre.validate`);
        ``n_skipped``, only for a survey read with ``errors="skip"``, those left out
        because their reading of the platform that year had an error (none of theirs
        kept: a bad count, a duplicate; ``<NA>`` for "any" and by size band), so that
        ``n_base + n_unknown + n_skipped`` are the entities the file read for it (of the
        type: the villes préfectures of a file of communes count theirs); a reading whose
        date was the error counts in the file's year when its other readings are of one
        year; those that no figure counts (such a reading in a file of several years, a
        platform none of whose readings was kept that year) are said apart,
        ``attrs["skipped_unshown"]`` (``platform``, ``year``, ``n``), and under the table;
        ``n_surveyed`` the entities of the file with at least one answer that year; ``n_reference`` the entities of
        that type in France (``n_reference_of`` says which: the type id, or
        ``conseils_departementaux`` for a survey whose entities are all councils, the
        Département du Rhône or the CeA among them: 95, not the 101 territories);
        ``coverage`` = n_surveyed ÷ n_reference. The "au
        moins un réseau" platform is ``any``: per entity and year, present when a platform
        read that year says yes; absent only when every platform the survey read that year
        (a platform with at least one answer that year) says no for it; otherwise not answered (out
        of the base, in ``n_unknown``; ``n_unknown_partial``, a column only when some are, says
        how many of them answered "no" on some platform and left another blank). A year that read no platform (every answer blank)
        has no "any" row: "a no on every platform read" is no figure when none was read;
        nor does a year that read one platform only: its "any" would be that platform's
        figure under another name.
        ``attrs["any_platforms"]``: year -> the platforms read that year, those its "any"
        is over (:func:`any_left_out`). ``attrs["design"]``, when the file holds a part of
        the type whole: type -> :meth:`SurveyDesign.as_dict` (of the latest such year).
        ``attrs["fictitious"]``: the survey's (demo data), so that a chart or report of
        these figures says « Données fictives » without the survey.
        ``attrs["platforms_not_surveyed"]``: the platforms asked (``platforms``) that no
        answer of the file reads, when some are (none of them read:
        :class:`~barometre.domain.errors.NoDataError` naming the file's platforms).

    Examples
    --------
    On the demo workbook (fictitious data): Facebook's 7 blank cells are out of its base
    (94 of the 101 départements answered), so it is not a census and has an interval; X,
    answered by all 101, is a census: no interval (NaN).

    >>> import barometre as bm
    >>> s = bm.read_survey(bm.demo_file("enquete"))
    >>> a = bm.adoption(s)
    >>> print(a[["platform", "n_present", "n_base", "share", "ci_low", "ci_high", "census"]]
    ...       .round(3).to_string(index=False))
     platform  n_present  n_base  share  ci_low  ci_high  census
     facebook         90      94  0.957   0.941    0.960   False
            x         81     101  0.802     NaN      NaN    True
    instagram         84     100  0.840   0.832    0.842   False
     linkedin         76      98  0.776   0.752    0.782   False
      youtube         64      98  0.653   0.634    0.663   False
       tiktok         17      99  0.172   0.168    0.188   False
          any        101     101  1.000     NaN      NaN    True
    """
    if not type and not isinstance(survey, CodedSurvey):  # codes two types read alike
        refuse_tied_type(survey)
    out = _frame(_adoption_records(survey, type, by, platforms, design, within, panel))
    plats = [find_platform(p).id for p in asked_platforms(platforms) or []]
    # a platform asked that no answer reads: said (attrs), never dropped silently; none of
    # them read: the error names the file's, as compare_survey and rank do
    shown = set(out["platform"])
    not_read = [p for p in dict.fromkeys(plats) if p != "any" and p not in shown]
    # the file's platforms, looked at only when no figure came out (a million-row column)
    have = (set(survey["platform"].dropna())
            if not_read and not len(out) and "platform" in getattr(survey, "columns", ())
            else None)
    if have is not None and not have.intersection(plats):
        # (a platform of the file with no answer keeps its empty frame, as before)
        raise NoDataError.of("survey-platforms-not-surveyed-all",
                             platforms=platforms_words(not_read),
                             have=platforms_words([p for p in PLATFORMS if p in have],
                                                  none=("aucun", "none")))
    if not_read:
        out.attrs["platforms_not_surveyed"] = not_read
    return out


#: Columns of the frames built from survey records that are not what pandas infers from
#: their values: nullable integers (counts; ``month``, never known for a survey: all
#: missing), floats (``coverage``: NaN when the reference size is unknown), and the
#: columns of :func:`barometre.compare`'s design typed as its frame types them (``notes``
#: all missing: text, not object)
_NULLABLE_INT = frozenset({"year", "month", "n_present", "n_base", "n_unknown",
                           "n_unknown_partial", "n_skipped",
                           "n_reference", "n_category", "n_strate",
                           "n_surveyed", "n_subset", "n_estimate"})
_FLOAT = frozenset({"share", "ci_low", "ci_high", "coverage", "estimate", "estimate_low",
                    "estimate_high"})
_TYPED = {"notes": "str", "comparable": bool, "differs": "str", "ci_kind": "str"}
#: The dtypes of an empty adoption frame (no platform with an answer), as the rows would
#: give them; text columns not listed here are ``str``
_EMPTY = {"census": bool, "derived_from_wording": bool, **_TYPED}


def _answered_groups(counts: dict[str, np.ndarray], by: str | None) -> dict[str, list]:
    """The groups of :func:`_adoption_counts` with an answer, as lists of Python values,
    ordered by (size band or category,) year, then platform as :data:`PLATFORMS` lists
    them; the size bands by population (:data:`~barometre.datasets.reference.INSEE_BANDS`),
    the categories as :data:`EPCI_KINDS` says them (CC, CA, CU, métropoles)."""
    based = counts["n_base"] > 0
    counts = {k: v[based].tolist() for k, v in counts.items()}
    p_rank = {p: i for i, p in enumerate(PLATFORMS)}
    # the categories as EPCI_KINDS lists them, the size bands by population (never as
    # text: « 500–1 999 » after « 50 000–99 999 »), as compare_survey orders them
    rank = ({k: i for i, k in enumerate(EPCI_KINDS)} if by == "category" else
            {label: i for i, (_, label) in enumerate(reference.INSEE_BANDS)})
    split = lambda v: (rank.get(v, len(rank)), v)  # noqa: E731
    order = sorted(range(len(counts["platform"])), key=lambda i: (
        ((split(counts[by][i]),) if by else ())
        + (counts["year_key"][i], p_rank.get(counts["platform"][i], len(p_rank)))))
    return {k: [v[i] for i in order] for k, v in counts.items()}


def _frame(res: Records) -> pd.DataFrame:
    """The DataFrame of survey records (:func:`adoption`, :func:`compare_survey`)."""
    import pandas as pd

    data: dict[str, Any] = {}
    for name in res.columns:
        values = res.column(name)
        if name in _NULLABLE_INT:
            data[name] = pd.array(values, dtype="Int64")
        elif name in _FLOAT:  # None (unknown) as NaN
            data[name] = pd.array(values, dtype="float64")
        elif not values:
            data[name] = pd.Series([], dtype=_EMPTY.get(name, "str"))
        elif name in _TYPED:
            data[name] = pd.Series(values, dtype=_TYPED[name])
        else:
            data[name] = values
    df = pd.DataFrame(data, columns=res.columns)
    df.attrs = res.attrs
    return df


@for_bulk  # millions of readings: small pages, no automatic collection (see _memory)
def _adoption_records(survey: pd.DataFrame | CodedSurvey, type: str | None,
                      by: str | None, platforms: str | Iterable[str] | None,
                      design: bool = True, within: str | Iterable[str] | None = None,
                      panel: bool = False, cut: bool = True,
                      coverage_on: Sequence[str] | None = None) -> Records:
    """:func:`adoption`'s rows, in its order, as Python values (no frame on the coded path).
    ``cut``: under ``panel``, whether the readings are cut to the panel here (False: the
    caller cut them, :func:`_panel_readings`, to count more over the panel).
    ``coverage_on``: the platforms (ids) whose answers ``n_surveyed`` and ``coverage``
    count (``compare --data -p``: those asked), every platform's when None; an Annuaire
    export's coverage stays its listed entities'."""
    # split by size band: each entity's population sorts it (a frame without the column
    # named as rank, benchmark and follower_stats name it, never a bare KeyError)
    survey = require_columns(survey, COUNT_COLUMNS + (("population",) if by == "strate" else ()))
    platforms = asked_platforms(platforms)  # a Series too, read once
    if by not in (None, "strate", "category"):
        raise UsageError.of("survey-by-unknown", value=by)
    if panel and within is not None:
        raise UsageError.of("panel-within")
    within = template_within(survey, within, panel, type)  # a filled template's départements
    if not len(survey):
        raise _no_readings(survey)
    if panel and cut and not isinstance(survey, CodedSurvey):
        # several waves (read_waves, or one long file whose waves changes --data would
        # compare): the panel is the entities of every wave, the others out of every figure
        # (attrs["panel_out"] says them)
        survey = balanced_panel(survey, type)
    files: dict = {}  # one file: its name on every row
    df = None  # the frame counted, when given one
    if isinstance(survey, CodedSurvey):  # from the reader, without a frame (compare --data)
        t = find_type(type).id if type else survey.collectivity_type
        if t != survey.collectivity_type:
            if t in _COMMUNE_LIKE and survey.collectivity_type in _COMMUNE_LIKE:
                raise UsageError.of("survey-communes-need-frame", type=types_words(t))
            raise NoDataError.of("survey-type-absent", type=types_words(t),
                                 have=types_words(survey.collectivity_type))
        if panel and cut:  # a long file's panel: the entities of every wave, as from its frame
            survey = _coded_panel(survey)
        c = survey  # not empty: said above
    else:
        df = restrict(_plain(survey), type)
        if df.empty:
            raise NoDataError.of("survey-type-none")
        c = coded(df)
    t = c.collectivity_type
    if t == "region" and not panel:
        _refuse_old_region_map(c)
    if by == "category" and t != "epci":  # the métropoles' METRO and MET69: no category
        raise UsageError.of("survey-by-category-not-epci", type=types_words(t))
    # coverage counts the entities that answered something, not the rows of a template
    # per year: a table of 2025 is covered by the entities answered in 2025, not in any year
    n_surveyed = _answered_per_year(
        c, None if survey.attrs.get("annuaire") else coverage_on)
    base, base_said = None, {}
    if within is not None or panel:  # the base the user says (within, panel)
        base, n_ref, reference_of, base_said = _said_base(c, t, within, panel)
    else:
        n_ref, reference_of = _reference_size(c.codes, t)
    counts = _adoption_counts(c, by, platforms)
    if df is not None:
        # several files (read_waves): each figure names the files of its own readings,
        # the latest ones the counts just found
        files = _figure_files(df, c.derived.get("latest_per_year"), by)  # by band: its own
    covered = counts.pop("covered")
    col = _answered_groups(counts, by)
    n_base = col["n_base"]
    share = [k / n for k, n in zip(col["n_present"], n_base)]
    # every entity of the type answered: a census (no sampling error); otherwise a sample
    # of a finite population of n_ref entities (finite-population correction). Split by
    # size band, each band is its own population: its size comes from the reference.
    if by == "strate":
        sizes = _band_sizes(t) if base is None else _band_sizes_of(t, base)
        pops = [sizes.get(b) for b in col["strate"]]
    elif by == "category":  # each category's entities in France (within, panel: the base's)
        sizes = {k: len(v if base is None else v & base) for k, v in _kinds_of_type(t).items()}
        pops = [sizes.get(k) for k in col["category"]]
    else:
        pops = [n_ref] * len(n_base)
    census = [bool(N) and n == N for n, N in zip(n_base, pops)]
    # a census has no interval (wilson_interval's (None, None), not share–share: bounds
    # equal to the share would read, in a frame, a JSON or a CSV, as a sample's interval
    # of zero width)
    cis = [wilson_interval(s, n, population=N) for s, n, N in zip(share, n_base, pops)]
    ci_pops = list(pops)  # each interval's N: whether it reaches the sure range (ci_kind)
    surveyed = [n_surveyed.get(float(y), 0) for y in col["year_key"]]
    n = len(n_base)
    # an Annuaire export's entities are listed in the Annuaire, not surveyed: its words
    annuaire = bool(survey.attrs.get("annuaire"))
    family = ANNUAIRE_BASE_FAMILY if annuaire else SURVEY_BASE_FAMILY
    of_file = "de l'Annuaire" if annuaire else "de l'enquête"
    # a year whose file is no random sample of the type: its part said, counted apart
    designs = _designs_per_year(c, t) if reference_of == t and n_ref else {}
    if within is not None and base is not None:  # the base's categories' proportions
        designs = _within_designs_per_year(c, t, base)
    if by == "category":  # a file of some categories alone: split by category, each one is
        # its own population already (N = its entities in France); only a part inside some
        # size bands too (the CA of 100,000 inhabitants or more) narrows a category's N
        # and categories held whole beside others: each category is counted apart, the
        # whole ones their census (« exhaustif »), the others a sample of their category
        designs = {y: d for y, d in designs.items()
                   if not (d.kinds and not d.bands) and (d.kind not in ("category", "mix")
                                                          or d.region)}
    if by == "strate":  # a file far from its type's bands' proportions, no part held
        # whole: each band is its own population, its sample a random one of the band;
        # not far from its categories' (a band's 10 métropoles of 21 and 10 CA of 91)
        designs = {y: d for y, d in designs.items()
                   if d.kind != "mix" or d.others_kinds or d.region}
    said: dict[str, list] = {}
    counted = designs if design else {}  # else said in attrs only
    if counted:
        said = {k: [None] * n for k in _DESIGN_COLUMNS}
        said["flags"] = [""] * n
        said["ci_low"], said["ci_high"] = [ci[0] for ci in cis], [ci[1] for ci in cis]
        said["ci_n"] = ci_pops  # a part's figures: the part's N (_design_figures)
    for y, part in counted.items():
        at = [i for i, k in enumerate(col["year_key"]) if k == y]
        figures = _design_figures(c, part, by, platforms,
                                  {k: [v[i] for i in at] for k, v in col.items()}, covered)
        # a sample of some bands far from their proportions: k/n over-weights some
        # bands, as a stratified file's does (unsplit; split by band, each its own)
        stratified = part.stratified or (not part.estimable and not by)
        figures.update(design=["stratified" if stratified else "subset"] * len(at),
                       design_subset=[part.id] * len(at))
        # split by category, a part's row is of its category's entities in the part
        figures.setdefault("n_subset", [part.n_subset] * len(at))
        for k, v in figures.items():
            for i, x in zip(at, v):
                said[k][i] = x
    if counted:
        cis = list(zip(said.pop("ci_low"), said.pop("ci_high")))
        ci_pops = said.pop("ci_n")
    columns = {
        "collectivity_type": [t] * n,
        "platform": col["platform"],
        "year": [int(y) if y >= 0 else None for y in col["year_key"]],
        "share": share, "n_present": col["n_present"], "n_base": n_base,
        "ci_low": [ci[0] for ci in cis], "ci_high": [ci[1] for ci in cis],
        # an interval that reached k/N–(k + u)/N is a sure range, not a 95 % one
        "ci_kind": ci_kinds(cis, share, n_base, ci_pops),
        # the files of each figure's readings (a 2024 figure of three waves: the 2024
        # file, never the newest), else the file's name
        "source": _sources_of(col, files, _source_name(survey), by),
        # French thousands (narrow no-break space), as every figure of the tables: "34 875"
        "base": ([panel_base(b, n_ref, reference_of) for b in n_base] if panel and by != "category" else
                 [panel_base(b, N, f"{t}:panel:{k}") for b, N, k in
                  zip(n_base, pops, col["category"])] if panel and by == "category" else
                 [f"{b:,} {_kind_said(k, b)} {of_file}".replace(",", "\u202f")
                  for b, k in zip(n_base, col["category"])] if by == "category" else
                 [f"{b:,} entité{'s' if b > 1 else ''} {of_file}".replace(",", "\u202f")
                  for b in n_base]),
        # one base family for the whole file: the bases differ only by who answered each
        # platform
        "base_family": [family] * n, "measure": ["of_all"] * n,
        "census": census, "derived_from_wording": [False] * n,
        "n_unknown": col["n_unknown"], "n_reference": [n_ref] * n,
        # split by category or size band: the N of each row's category or band (its
        # interval's population)
        **({"n_category": pops} if by == "category" else {}),
        **({"n_strate": pops} if by == "strate" else {}),
        "n_reference_of": [reference_of] * n, "n_surveyed": surveyed,
        "coverage": [x / n_ref if n_ref else None for x in surveyed],
        "month": [None] * n}
    partial = col["n_unknown_partial"]
    if any(partial):  # "any" left by entities that answered "no" on some platform only:
        # said apart from the silent ones (compare's Base column), only then a column
        columns = _after_unknown(columns, "n_unknown_partial", [
            x if p == "any" else None for x, p in zip(partial, col["platform"])])
    skipped = _skipped_of(survey, t)
    unshown: list[dict] = []
    if skipped is not None:  # read with errors="skip": what the errors took from each figure
        columns = _after_unknown(columns, "n_skipped", [
            None if by or p == "any" else skipped.get((p, y), 0)
            for p, y in zip(columns["platform"], columns["year"])])
        if not by:  # those no figure counts: said apart (attrs["skipped_unshown"])
            unshown = _unshown(skipped, zip(columns["platform"], columns["year"]))
    if counted:  # only then: a file read as a sample keeps its columns
        columns.update(said)
    # a year whose file was chosen by place (most of it in a few départements) is no draw
    # from France: no interval of the type's N, as a file mostly in one région has none
    # (region_design); the flag and the notes say so, --within makes them the base
    places = (_places_per_year(c, t, skip=designs) if reference_of == t and n_ref
              else {})
    if places:
        flags = list(columns.get("flags") or [""] * n)
        # marked « † » as a file mostly in one région (non_random_sample); design=False
        # reads it as a sample of the type, said in attrs only (as designs)
        placed = "non_random_sample;chosen_by_place" if design else "chosen_by_place"
        columns["flags"] = [";".join(x for x in (f, placed) if x)
                            if y in places else f for f, y in zip(flags, col["year_key"])]
        if design:
            off = [y in places for y in col["year_key"]]
            for k in ("ci_low", "ci_high", "ci_kind"):
                columns[k] = [None if o else x for o, x in zip(off, columns[k])]
    if by:
        columns = {"collectivity_type": columns.pop("collectivity_type"),
                   by: col[by], **columns}
    p_rank = {p: i for i, p in enumerate(PLATFORMS)}
    any_platforms = {int(y) if y >= 0 else None:
                     tuple(sorted(v, key=lambda p: (p_rank.get(p, len(p_rank)), p)))
                     for y, v in sorted(covered.items())}
    attrs = {"any_platforms": any_platforms, "fictitious": fictitious_of(survey)}
    if survey.attrs.get("file"):  # the file read: a report of these figures checks its
        # survey frame is of it (analysis.report.same_survey)
        attrs["survey_file"] = str(survey.attrs["file"])
    if unshown:  # only then: the entities left out for an error that no row counts
        attrs["skipped_unshown"] = unshown
    if designs:  # what the notes under the figures say (render.views): the latest year's,
        # and each year's (compare shows one year: its own)
        attrs["design"] = {t: designs[max(designs)].as_dict()}
        attrs["design_by_year"] = {int(y) if y >= 0 else None: d.as_dict()
                                   for y, d in designs.items()}
    attrs.update(base_said)  # the base said by within or panel: attrs["within"], attrs["panel"]
    panel_out = survey.attrs.get("panel_out") if panel else None
    if panel_out:  # over waves: the entities not in every wave, left out of the panel
        attrs["panel_out"] = panel_out
    if places:  # what the notes say (render.views.place_notes): the latest year's, and
        # each year's (compare shows one year: its own)
        attrs["place"] = {t: places[max(places)]}
        attrs["place_by_year"] = {int(y) if y >= 0 else None: d for y, d in places.items()}
    if by == "category" and t == "epci" and "METRO" in col["category"]:
        attrs["not_an_epci"] = not_an_epci()  # the métropoles counted: not Lyon's (said)
    return Records.of_columns(columns, attrs)


def not_an_epci() -> dict[str, str]:
    """The Métropole de Lyon, as the reference names it (``name``, ``code``: its SIREN): the
    métropole that is no EPCI (a collectivité à statut particulier, ``MET69``), so out of
    the EPCI category « métropole » (``attrs["not_an_epci"]`` of figures split by category,
    said under them: ``pub-lyon-not-epci-note``) and counted in the type ``metropole``.

    >>> not_an_epci()
    {'name': 'Métropole de Lyon', 'code': '200046977'}
    """
    cols = reference._entity_columns("metropole")
    i = next(i for i, k in enumerate(cols["kind"]) if k == "MET69")
    return {"name": str(cols["name"][i]), "code": str(cols["code"][i])}


def ci_kinds(cis: Sequence[tuple], share: Sequence[float], n_base: Sequence[int],
             pops: Sequence[int | None]) -> list[str | None]:
    """What each interval ``cis`` is (the ``ci_kind`` column): ``"sure"`` when its bounds
    are the whole possible range k/N–(k + u)/N of its N (``pops``: a census but for u
    unknowns, 12 of the 13 of a panel answered; :func:`~barometre.analysis.stats.is_sure_range`),
    a certainty said as a sure range, never « IC 95 % »; ``"ci95"`` for a 95 % interval;
    None without one."""
    return [None if lo is None or _nan(lo) else
            "sure" if is_sure_range(lo, hi, s, n, N) else "ci95"
            for (lo, hi), s, n, N in zip(cis, share, n_base, pops)]


def _sources_of(col: dict[str, list], files: dict, name: str, by: str | None = None
                ) -> list[str]:
    """Each figure's ``source``: the files behind it (:func:`figure_files`, joined « a.csv,
    b.csv » when a year was read in several; by ``by``, those of its band's readings),
    ``name`` when none is known (one file)."""
    groups = [()] * len(col["platform"]) if not by else [(g,) for g in col[by]]
    return [", ".join(files.get((*g, p, int(y) if y >= 0 else None), ())) or name
            for g, p, y in zip(groups, col["platform"], col["year_key"])]


def _kind_said(kind: str, n: int) -> str:
    """A category of intercommunalités in French after a count: « 1 métropole », « 198
    communautés d'agglomération »."""
    return str(kind_words(kind, plural=n > 1).fr)


def _refuse_old_region_map(c: CodedSurvey) -> None:
    """Régions read before 1 January 2016 (their year): the map had 27 régions then, today's
    18 are not their base (no « N = 18 », no census nor interval against them); they are
    measured as a panel only (the file's own régions the base, ``panel=True``), else
    ``UsageError`` ``region-map-before-2016``."""
    years = _years(c)[1]
    old = years[years < 2016]
    if len(old):
        raise UsageError.of("region-map-before-2016", year=int(old.min()))


def _said_base(c: CodedSurvey, t: str, within: str | Iterable[str] | None,
               panel: bool) -> tuple[frozenset, int, str, dict]:
    """The base the user says for a survey's entities (``c``, of type ``t``): ``within``'s
    (the type's entities in those départements, narrowed to the categories of
    intercommunalités the file holds when it holds some only; an entity outside them is
    refused, naming its row) or ``panel``'s (the file's own entities). Returns that base,
    its size, its ``n_reference_of`` ("epci:01,44", "epci:01,44:CA", "epci:panel:CA") and
    the ``attrs`` that say it (``{"within": …}`` or ``{"panel": …}``, as :func:`adoption`
    gives them). The one place both bases are made: :func:`adoption` and, over waves,
    :func:`barometre.analysis.waves.transitions` read them here."""
    if panel and within is not None:
        raise UsageError.of("panel-within")
    if within is not None:  # the type's entities in those départements
        deps, base = within_codes(within, t)
        _outside(c, base, t, deps)
        # a file of some categories of intercommunalités only (the CA of those départements):
        # the base is those categories there, as without within the file's design says it
        # (its 28 CA were read as 28 of the 129 intercommunalités, a sample of them); a
        # category's template, its category whatever the file holds (its one CA)
        kinds = getattr(within, "kinds", ())
        within_kinds, base = (_within_kinds(c.codes, base, t) if not kinds else
                              _template_kinds(kinds, base, t))
        n_ref = len(base)
        return base, n_ref, f"{t}:{','.join(deps)}" + (
            ":" + "+".join(within_kinds) if within_kinds else ""), {
            "within": {t: {"departements": list(deps), "n": n_ref,
                           **({"kinds": within_kinds} if within_kinds else {}),
                           **({"template": True} if isinstance(within, TemplateScope)
                              else {})}}}
    # the file's own entities, a panel chosen by hand
    base = frozenset(x for x in c.codes if x is not None)
    kinds = _panel_kinds(base, t)
    return base, len(base), f"{t}:panel" + (":" + "+".join(kinds) if kinds else ""), {
        "panel": {t: {"n": len(base), "kinds": kinds}}}


def balanced_panel(waves: pd.DataFrame, type: str | None = None) -> pd.DataFrame:
    """The balanced panel of several waves: the entities (of ``type``, default the
    waves') present in EVERY wave, what ``panel`` counts over waves. A panel is the same
    entities followed in time: a wave of 60 then one of those 60 and 150 more is a panel of
    60, not of 60 then 210 (the 150 would make a fall of 98 % → 81 % out of nothing).

    ``waves``: a frame holding several waves (its ``wave_label`` column,
    :func:`barometre.read_waves`). An entity is in a wave when it has an answer, a count or
    an account there (:func:`answered_codes`): a template's unfilled row is no reading of
    its entity, as a CSV wave without its row. The others are left out of the frame
    returned, and said in its ``attrs["panel_out"]``: ``{"type", "n"`` (how many left out,
    in some wave but not in every one), ``"n_panel"``, ``"absent"`` (each wave -> how many
    of those are not in it), ``"held"`` (each wave -> its entities), ``"unanswered"``
    (entities with rows but nothing answered at any wave: a template's unfilled rows, out
    of the panel too)``}``. A frame of one wave, or whose waves hold the same entities,
    every one answered somewhere, is returned as it is. A frame of :func:`barometre.read_survey` (no ``wave_label``) is one file: the
    panel of its waves when it holds several (a long file, cut as ``changes --data`` cuts
    it), its readings of those entities kept; else returned as it is. No entity in every
    wave: refused (``panel-waves-empty``).

    >>> import barometre as bm
    >>> w = bm.read_waves(bm.demo_file("releves"))
    >>> len(balanced_panel(w)) == len(w)  # the demo's 101 départements in both waves
    True
    """
    if "wave_label" not in waves.columns:
        return _file_panel(waves, type)
    if waves["wave_label"].nunique() < 2:
        return waves
    t = find_type(type).id if type else waves.attrs.get("collectivity_type")
    if not t:  # Annuaire exports of several types: a panel is of one, asked (région 44
        refuse_mixed_types(waves)  # is no département 44)
    own = restrict(_plain(waves), t) if t else _plain(waves)
    labels = list(dict.fromkeys(own["wave_label"]))
    # in a wave: answered there (a template's unfilled rows are not), as transitions says it
    said = own[said_rows(own)]
    sets = {w: frozenset(g.dropna()) for w, g in said.groupby("wave_label", sort=False)["code"]}
    sets = {w: sets.get(w, frozenset()) for w in labels}
    every = frozenset().union(*sets.values())
    kept = frozenset.intersection(*sets.values()) if sets else frozenset()
    unanswered = frozenset(own["code"].dropna()) - every
    if kept == every and not unanswered:
        return waves
    if not kept:
        raise NoDataError.of("panel-waves-empty", waves=Words(
            ", ".join(f"{len(c)} ({_wave_said(w, 'fr')})" for w, c in sets.items()),
            ", ".join(f"{len(c)} ({_wave_said(w, 'en')})" for w, c in sets.items())))
    out = every - kept
    attrs = dict(waves.attrs)
    res = waves[~waves["code"].isin(out | unanswered).to_numpy()].reset_index(drop=True)
    res.attrs = {**attrs, "panel_out": {
        "type": t or (str(own["collectivity_type"].iloc[0]) if "collectivity_type" in own
                      and len(own) else None),
        "n": len(out), "n_panel": len(kept),
        "absent": {w: len(out - c) for w, c in sets.items()},
        "held": {w: len(c) for w, c in sets.items()},
        "unanswered": len(unanswered)}}
    return res


def said_rows(readings: pd.DataFrame) -> np.ndarray:
    """The readings holding an answer (« Oui », « Non »), a count or an account: what puts
    their entity in their wave (:func:`answered_codes`). Coded readings cut through a frame
    (:func:`_coded_panel`) hold no counts nor accounts but ``noted``: a count or an
    account held beside no answer (:attr:`~barometre.domain.coded.CodedSurvey.noted`)."""
    said = _presence_codes(readings["present"]) >= 0
    for c in ("followers", "account"):
        if c in readings.columns:
            said |= readings[c].notna().to_numpy()
    if "noted" in readings.columns:
        said |= readings["noted"].to_numpy(dtype=bool)
    return said


def answered_codes(wave: pd.DataFrame) -> set:
    """The entities of one wave's readings with at least one answer, count or account on
    any platform: those the wave surveyed. The others' rows (a template's unfilled rows:
    1,194 of its 1,254 EPCI) say nothing of the entity, which is out of that wave as an
    entity without a row: the one rule of :func:`balanced_panel` (``--panel`` over waves),
    :func:`~barometre.analysis.waves.transitions`, :func:`~barometre.analysis.waves.wave_trend`
    and the report's Classement and Données."""
    return set(wave.loc[said_rows(wave), "code"].dropna())


def answered_rows(readings: pd.DataFrame) -> np.ndarray:
    """The readings of an entity :func:`answered_codes` counts in their wave (their
    ``wave_label``; in a frame of one file, their year): every row of an entity that
    answered anything at that wave, a genuine blank beside answers too."""
    if not len(readings):
        return np.ones(0, dtype=bool)
    said = said_rows(readings)
    if said.all():
        return said
    key = "wave_label" if "wave_label" in readings.columns else (
        "year" if "year" in readings.columns else None)
    return answered_at(readings, said, key) | said


def answered_at(readings: pd.DataFrame, said: np.ndarray, key: str | None,
                codes: Any = None, waves: Any = None) -> np.ndarray:
    """Whether each (entity, wave) has an answer, a count or an account among
    ``readings`` at that wave (``said``: :func:`said_rows` of them; ``key``: the column
    naming their wave, ``wave_label`` or ``year``, None for one wave): of the readings' own
    rows, or of the pairs ``codes`` × ``waves`` given (another table of the same entities:
    the report's Classement, by year). The one membership test of :func:`answered_rows`
    and the Classement: one integer per (wave, entity), on codes factorized once (millions
    of readings); a missing code or wave is one value of its own."""
    import pandas as pd

    n = len(readings)
    own = codes is None

    def spread(mine: Any, given: Any) -> np.ndarray:
        mine = pd.Series(mine).reset_index(drop=True)
        if own:
            return pd.factorize(mine)[0]
        both = pd.concat([mine.astype(object), pd.Series(given).reset_index(drop=True)
                          .astype(object)], ignore_index=True)
        return pd.factorize(both)[0]

    c = spread(readings["code"], codes)
    if key is None:
        w = np.zeros(len(c), dtype=np.int64)
    elif own:
        w = spread(readings[key], None)
    else:  # a year as a number, whatever its dtype (2024 of Int64 is 2024 of int64)
        year = key == "year"
        w = spread(readings[key].astype("Int64") if year else readings[key],
                   pd.Series(waves).astype("Int64") if year else waves)
    pair = w.astype(np.int64) * (int(c.max(initial=-1)) + 2) + c.astype(np.int64)
    answered = np.unique(pair[:n][said])
    return np.isin(pair if own else pair[n:], answered)



def _file_panel(survey: pd.DataFrame, type: str | None) -> pd.DataFrame:
    """:func:`balanced_panel` of one file of several waves (:func:`barometre.read_survey`'s
    frame, a long file whose reading dates are months apart): its readings of the entities
    of every wave, as :func:`~barometre.analysis.waves.survey_waves` cuts them (what
    ``changes --data`` compares, and the same file's waves in separate files would give),
    the others said in ``attrs["panel_out"]``. A file of one wave, or whose waves cannot
    be told apart (undated rows among several waves), is its own panel: returned as it is."""
    from ..domain.errors import InputFileError
    from .waves import holds_waves, survey_waves

    if not {"date", "year", "code"} <= set(survey.columns) or not holds_waves(survey):
        return survey
    try:
        waves = survey_waves(survey)
    except InputFileError:  # said where the waves are read (trend, changes, the report)
        return survey
    kept = balanced_panel(waves, type)
    out_of = kept.attrs.get("panel_out")
    if out_of is None:  # every wave the same entities
        return survey
    res = survey[survey["code"].isin(set(kept["code"].dropna())).to_numpy()].reset_index(
        drop=True)
    res.attrs = {**survey.attrs, "panel_out": out_of}
    return res


def _panel_readings(survey: pd.DataFrame | CodedSurvey, type: str | None
                    ) -> pd.DataFrame | CodedSurvey:
    """The readings ``panel`` counts (of a frame or of coded readings): over several waves
    (:func:`barometre.read_waves`, or a long file), those of the entities of every wave,
    the others said in ``attrs["panel_out"]`` (:func:`balanced_panel`, :func:`_coded_panel`);
    else ``survey`` itself."""
    if isinstance(survey, CodedSurvey):
        return _coded_panel(survey)
    return balanced_panel(survey, type)


def _coded_panel(c: CodedSurvey) -> CodedSurvey:
    """:func:`balanced_panel` of the coded readings of one file (:func:`barometre.survey.
    reader.read_coded`): the readings of the entities of every wave, the others said in
    ``attrs["panel_out"]``, as :func:`_file_panel` keeps them from the file's frame (the
    same panel, whichever way the file was read). A file of one campaign (one run of dates
    and one year, no second reading of its pairs: every file of millions of readings) is
    told apart on its arrays and returned as it is, with no frame; only a file of several
    waves is cut through a frame of the few columns the cut reads."""
    if not _coded_holds_waves(c):
        return c
    import pandas as pd

    frame = pd.DataFrame({
        "code": c.codes.astype(object)[c.entity] if len(c.codes) else
        np.full(len(c), None, dtype=object),
        "collectivity_type": c.collectivity_type,
        "platform": np.asarray(c.platform_ids, dtype=object)[c.platform],
        "present": pd.arrays.BooleanArray(c.present > 0, c.present < 0),
        "date": np.asarray(c.date, dtype=np.int64).view("datetime64[s]"),
        "year": pd.array(c.year, dtype="Float64").astype("Int64"),
        "source_row": np.asarray(c.source_row, dtype=np.int64),
        # a count or an account beside no answer: in its wave too (said_rows)
        "noted": np.zeros(len(c), dtype=bool) if c.noted is None else c.noted})
    frame.loc[np.asarray(c.entity) < 0, "code"] = None
    frame.attrs = dict(c.attrs)
    kept = _file_panel(frame, c.collectivity_type)
    out_of = kept.attrs.get("panel_out")
    if out_of is None:  # every wave the same entities, or waves that cannot be cut
        return c
    part = _coded_part(c, frozenset(kept["code"].dropna()), renumber=True)
    part.attrs = {**c.attrs, "panel_out": out_of}
    return part


def _coded_holds_waves(c: CodedSurvey) -> bool:
    """:func:`~barometre.analysis.waves.holds_waves` on coded readings, on their arrays:
    dates more than :data:`~barometre.survey.rules.WAVE_GAP_DAYS` apart, several years, or
    a run of dates that reads most of its entity × platform pairs again
    (:func:`~barometre.survey.rules.rereading_cuts`)."""
    from ..survey.rules import date_runs, rereading_cuts

    if not len(c):
        return False
    date = np.asarray(c.date, dtype=np.int64)
    known = date != np.iinfo(np.int64).min  # NaT: an unknown date
    days = np.unique(date[known])
    runs = date_runs(days.view("datetime64[s]"))
    if len(runs) > 1:
        return True
    year = np.asarray(c.year, dtype=float)
    if len(np.unique(year[~np.isnan(year)])) > 1:
        return True
    if len(days) < 2:
        return False
    pair = (np.asarray(c.entity, dtype=np.int64)[known] * len(c.platform_ids)
            + np.asarray(c.platform, dtype=np.int64)[known])
    return len(rereading_cuts(np.searchsorted(days, date[known]), pair - pair.min(),
                              len(days))) > 1


def _wave_said(label: str, lang: str) -> str:
    """A wave label in an error: « 15 octobre 2024 », "15 October 2024" (:class:`Day`, a
    date in a sentence), or the year."""
    if len(str(label)) == 10:
        return Day.fromisoformat(str(label)).render(lang)
    return str(label)


def said_base(survey: pd.DataFrame, type: str | None = None,
              within: str | Iterable[str] | None = None,
              panel: bool = False) -> dict | None:
    """The base ``within`` or ``panel`` makes of a survey frame's entities of ``type`` (as
    :func:`adoption` makes it, with its errors): ``{"n": its size, "of": its
    n_reference_of, "codes": its entities, "attrs": {"within": …} or {"panel": …}}``;
    None with neither.

    >>> import barometre as bm
    >>> s = bm.read_survey(bm.demo_file("enquete"))
    >>> b = said_base(s, panel=True)  # the demo's 101 départements, a panel of themselves
    >>> b["n"], b["of"]
    (101, 'departement:panel')
    """
    within = template_within(survey, within, panel, type)
    if within is None and not panel:
        return None
    df = restrict(_plain(survey), type)
    if df.empty:
        raise NoDataError.of("survey-type-none")
    c = coded(df)
    base, n, of, attrs = _said_base(c, c.collectivity_type, within, panel)
    return {"n": n, "of": of, "codes": base, "attrs": attrs}


class TemplateScope(tuple):
    """The départements a filled template was made for, as a ``within`` that says where
    it comes from (``attrs["within"][t]["template"]``) and holds the template's categories
    of intercommunalités (``kinds``: its CA alone, the base whatever the file holds)."""

    kinds: tuple[str, ...]

    def __new__(cls, deps: Iterable[str], kinds: Iterable[str] = ()) -> TemplateScope:
        scope = super().__new__(cls, deps)
        scope.kinds = tuple(kinds)
        return scope


def template_within(survey: Any, within: str | Iterable[str] | None = None,
                    panel: bool = False, type: str | None = None
                    ) -> str | Iterable[str] | None:
    """The départements a survey's figures are counted in: ``within`` when given; else,
    without ``panel``, those of the template the survey was filled in (``barometre
    template --within``: the reader's ``attrs["template_within"]`` and, for a category's
    template, ``attrs["template_kinds"]``, set when every entity of the file lies in them
    and said by its ``template-scope`` warning), a :class:`TemplateScope`, for the
    template's type (``type`` None or the survey's); else None (the type's entities in
    France). One rule for :func:`adoption`, :func:`said_base` and the waves' figures
    (:func:`barometre.wave_trend`, :func:`barometre.transitions`).

    >>> import pandas as pd
    >>> s = pd.DataFrame()
    >>> s.attrs.update(template_within=["22", "29"], collectivity_type="epci")
    >>> template_within(s), template_within(s, "35"), template_within(s, panel=True)
    (('22', '29'), '35', None)
    >>> template_within(s, type="commune") is None  # another type: France's
    True
    """
    if within is not None or panel:
        return within
    attrs = getattr(survey, "attrs", None) or {}
    scope = attrs.get("template_within")
    if not scope or (type is not None
                     and find_type(type).id != attrs.get("collectivity_type")):
        return None
    return TemplateScope(scope, attrs.get("template_kinds") or ())


def _template_kinds(kinds: Iterable[str], base: frozenset, t: str
                    ) -> tuple[list[str], frozenset]:
    """A category's template's categories (``kinds``) and ``base``, the type's entities
    in its départements, narrowed to them (:func:`_within_kinds` decides them from a file
    it did not write: its one CA could be chance)."""
    of = _kinds_of_type(t)
    mine = [k for k in of if k in set(kinds)]
    if not mine or len(mine) == len(of):
        return [], base
    return mine, frozenset(base & frozenset().union(*(of[k] for k in mine)))


def _within_kinds(codes, base: frozenset, t: str) -> tuple[list[str], frozenset]:
    """The categories of intercommunalités a file under ``within`` holds, when they are not
    all those of its départements (``base``): those categories, and ``base`` narrowed to
    them; else ``[]`` and ``base``."""
    kinds = _kinds_of_type(t)
    if not kinds:
        return [], base
    held = frozenset(x for x in codes if x is not None) & base
    there = [k for k, members in kinds.items() if not members.isdisjoint(base)]
    mine = [k for k in there if not kinds[k].isdisjoint(held)]
    if not mine or len(mine) == len(there):
        return [], base
    part = frozenset(base & frozenset().union(*(kinds[k] for k in mine)))
    # as kind_design decides it in France: only when a random draw of the file's n among
    # the départements' entities would practically never fall in those categories alone
    # (half of the 30 of two départements missing their one métropole is chance)
    if _log_all_inside(len(part), len(base), len(held)) >= math.log(BAND_DESIGN_P):
        return [], base
    return mine, part


def _panel_kinds(codes: frozenset, t: str) -> list[str]:
    """The categories of intercommunalités (CA, CC…) a panel's entities are, in
    :data:`EPCI_KINDS` order, when they are not all of the type's: empty for a type without
    categories, or a panel of every category."""
    kinds = _kinds_of_type(t)
    held = [k for k, members in kinds.items() if not members.isdisjoint(codes)]
    return held if len(held) < len(kinds) else []


def panel_base(n: int, n_panel: int, of: str) -> str:
    """A figure's ``base`` under ``panel`` (in French, as every survey base): "14
    communautés d'agglomération du panel", "12 des 14 communautés d'agglomération du
    panel" when some did not answer (``of``: its ``n_reference_of``)."""
    from ..render.formats import base_text

    return base_text({"n_base": n, "n_reference": n_panel, "n_reference_of": of,
                      "base_family": SURVEY_BASE_FAMILY}, "fr")


def _skipped_of(survey: pd.DataFrame | CodedSurvey, t: str | None = None) -> dict | None:
    """What a survey read with ``errors="skip"`` left out for an error
    (``attrs["skipped"]``, :func:`~barometre.survey.reader.skipped_records`): per
    (platform, year) the entities of type ``t`` whose reading was left out, none of them
    kept; None for a survey read otherwise (nothing was left out). A type narrower than
    the file's (the villes préfectures of a file of communes, as :func:`restrict` keeps
    them) counts the codes of its entities only: an entity named unreadably is of no known
    type but the file's."""
    records = survey.attrs.get("skipped")
    if records is None:
        return None
    keep = None  # every code
    if (t is not None and t in _COMMUNE_LIKE and t != "commune"
            and t != survey.attrs.get("collectivity_type")):
        keep = set(reference.entities(t)["code"])
    out = {}
    for r in records:
        codes = r.get("codes")
        n = int(r["n"]) if keep is None or codes is None else sum(c in keep for c in codes)
        if n:
            out[(r["platform"], None if r["year"] is None else int(r["year"]))] = n
    return out


def _unshown(skipped: dict, shown: Iterable[tuple]) -> list[dict]:
    """The entities left out for an error that no figure counts (``skipped``:
    :func:`_skipped_of`; ``shown``: the (platform, year) of the figures): a year unknown
    (a rejected date in a file of several years), or a platform with no figure that year
    (every reading of it left out), as plain records ``{"platform", "year", "n"}``."""
    shown = set(shown)
    return [{"platform": p, "year": y, "n": n} for (p, y), n in skipped.items()
            if (p, y) not in shown]


#: The columns of the figures of a file that is no random sample of its type
#: (:func:`_design_figures`), present only then
_DESIGN_COLUMNS = ("design", "design_subset", "n_subset", "subset_census", "estimate",
                   "estimate_low", "estimate_high", "n_estimate")


def _designs_per_year(c: CodedSurvey, t: str) -> dict[float, SurveyDesign]:
    """:func:`survey_design` of the entities with a reading each year (answered or
    blank: a blank is a non-response of an entity the file holds), per year key."""
    entity, year, _ = _pairs(c)
    of_code, keys = _year_keys(c)
    key = of_code[year]
    # a year of (nearly) every entity is no part taken whole: counted on the pairs (one per
    # entity and year), no set of codes built (a commune census: 10 years × 34,875 codes)
    try:
        total = len(reference.type_codes(find_type(t).id))
    except UsageError:
        return {}
    seen = np.bincount(key, minlength=len(keys)) if len(key) else np.zeros(len(keys), int)
    one_to_one = (np.diff(of_code) > 0).all() if len(of_code) > 1 else True
    years = [k for k in np.unique(key).tolist() if not (one_to_one and seen[k] >= total)]
    if not years:  # a census every year: nothing to weigh
        return {}
    limit = _design_limit(t)
    out = {}
    for k in years:
        codes = c.codes[np.unique(entity[key == k])]
        # a part whole: not in a year of more entities than the limit
        design = (None if limit is None or (one_to_one and seen[k] >= limit)
                  else survey_design(codes, t))
        # most of the file in one région, no part whole: chosen by place, not drawn from
        # France, whatever its bands' or categories' mix (the test of those assumes a draw)
        region = region_design(codes, t) if design is None else None
        if region is not None:
            design = region
        elif design is None:  # a sample inside some size bands (200 communes of 10,000–49,999)
            design = sample_design(codes, t)  # or categories (the 40 largest CA)
            if design is None:  # a sample of the type far from its bands' proportions
                design = mix_design(codes, t)
            elif design.kind == "bands" and not design.kinds:  # inside the bands held: in
                design = _with_band_mix(design, codes, t)  # their proportions?
        elif design.stratified and design.kind != "category":  # the others beside the
            # part: inside some bands? (beside categories: their mix is said instead)
            design = band_design(codes, t, part=design) or design
            design = _with_band_mix(design, codes, t)  # in the rest's bands' proportions?
        if design is not None:
            out[float(keys[k])] = design
    return out


def _within_designs_per_year(c: CodedSurvey, t: str, base: frozenset
                             ) -> dict[float, SurveyDesign]:
    """Under ``within`` (``base``: the type's entities of those départements, narrowed to
    some categories when the file is of those alone), each year's file far from the base's
    categories of intercommunalités' proportions (:func:`within_kind_design`), per year key:
    the 16 CA, 2 métropoles and 2 of the 42 CC of Bretagne are no random draw of its 60."""
    if not _kinds_of_type(t):
        return {}
    entity, year, _ = _pairs(c)
    of_code, keys = _year_keys(c)
    key = of_code[year]
    out = {}
    for k in np.unique(key).tolist():
        design = within_kind_design(c.codes[np.unique(entity[key == k])], t, base)
        if design is not None:
            out[float(keys[k])] = design
    return out


def _after_unknown(columns: dict, name: str, values: list) -> dict:
    """``columns`` with the column ``name`` right after ``n_unknown`` (the counts an
    answer's absence explains: ``n_skipped``, ``n_unknown_partial``)."""
    items = list(columns.items())
    at = list(columns).index("n_unknown") + 1
    return dict(items[:at] + [(name, values)] + items[at:])


def _coded_part(c: CodedSurvey, codes: frozenset, renumber: bool = False) -> CodedSurvey:
    """The readings of ``c`` whose entity's code is in ``codes`` (same entity numbers);
    with ``renumber``, the entities numbered afresh and its ``codes`` those alone (a base
    made of the survey's codes, as ``panel``'s, counts them only)."""
    in_part = np.fromiter((x in codes for x in c.codes), dtype=bool, count=len(c.codes))
    keep = np.flatnonzero((c.entity >= 0) & np.append(in_part, False)[c.entity])
    entity, kept_codes = c.entity[keep], c.codes
    if renumber:
        entity = (np.cumsum(in_part) - 1)[entity].astype(c.entity.dtype)
        kept_codes = np.asarray(c.codes, dtype=object)[in_part]
    part = CodedSurvey(entity=entity, codes=kept_codes,
                       population=lambda: c.population()[keep], platform=c.platform[keep],
                       platform_ids=c.platform_ids, present=c.present[keep], year=None,
                       date=None, source_row=None, collectivity_type=c.collectivity_type,
                       attrs=c.attrs, noted=None if c.noted is None else c.noted[keep])
    part.later(year=lambda: c.year[keep], date=lambda: c.date[keep],
               source_row=lambda: c.source_row[keep])
    return part


def _design_figures(c: CodedSurvey, design: SurveyDesign, by: str | None,
                    platforms: str | Iterable[str] | None, col: dict[str, list],
                    covered: dict) -> dict[str, list]:
    """The interval, flags and estimate of each row of :func:`_adoption_records` (``col``)
    when the file is a part of the type taken whole (:func:`survey_design`).

    A file that is the part alone (every metropolitan département and no overseas one) is
    a census of the part, or a sample of it when some answers are blank: its interval is
    for the part (N = the part's size; per band, the part's entities of the band), and
    ``subset_census`` says a census of it. A file that holds the part beside a few others
    is a stratified sample: the file's share (k/n) over-weights the part, so it gets no
    interval (flag ``non_random_sample``) and ``estimate`` weighs each stratum by its size
    in France, (N_part × k_part/n_part + N_rest × k_others/n_others) / N, the others read
    as a random sample of the rest; its interval, when the part answered whole, is the
    part's count plus the rest's Wilson interval (finite-population correction, N_rest):
    (k_part + N_rest × [lo, hi]) / N. When the others all fall in some size bands
    (:func:`band_design`), N_rest is the rest's entities in those bands and N the part's and
    theirs (``n_estimate``): nothing is extrapolated to the bands the file misses. Beside
    some categories of intercommunalités held whole, others far from the rest's categories'
    proportions (:attr:`SurveyDesign.estimable`) get no estimate. A file
    that is a sample inside some bands (kind ``"bands"``) is the part's sample: its interval
    has N = those bands' entities. Split by size band, a stratified file's bands get no
    estimate; a band with no entity of the part (its others alone, a sample of the band)
    or all of the part has its interval (N = the band's size), a band mixing both none. A
    file (its others) too far from
    the size bands' proportions (``bands_mix``, :func:`mix_design`) gets no interval nor
    estimate unsplit: its k/n over-weights the bands it over-samples; split by size band,
    each band of a sample inside some bands keeps its own interval (N = the band's size).
    """
    n = len(col["n_base"])
    if not design.estimable and (not by or design.region):  # far from the categories' or
        # the bands' proportions: no random sample of the type (of the rest, of its bands),
        # no interval and nothing estimated (--by category, --by strate count each apart);
        # most of it in one région: no category nor band of it is a draw from France either
        return {"ci_low": [None] * n, "ci_high": [None] * n,
                "flags": ["non_random_sample"] * n, "estimate": [None] * n,
                "estimate_low": [None] * n, "estimate_high": [None] * n,
                "n_estimate": [None] * n}
    n_base, n_present = col["n_base"], col["n_present"]
    share = [k / n for k, n in zip(n_present, n_base)]
    n = len(n_base)
    kinds = _kinds_of_type(c.collectivity_type) if by == "category" else {}
    if not design.stratified:
        if by == "category":  # each category's entities in the part (a sample of the CA
            # of 100,000 inhabitants or more: those 91, not the 230 CA)
            sizes = [len(kinds.get(k, frozenset()) & design.codes) for k in col["category"]]
        elif by == "strate":
            pops = reference._entity_columns(design.subset if design.kind == "type"
                                             else c.collectivity_type)
            bands: dict[str, int] = {}
            for code, p in zip(pops["code"], pops["population"]):
                if code in design.codes:
                    b = reference.band_of(float(p))
                    bands[b] = bands.get(b, 0) + 1
            sizes = [bands.get(b) for b in col["strate"]]
        else:
            sizes = [design.n_subset] * n
        cis, whole = _part_cis(share, n_base, sizes)
        return {"ci_low": [ci[0] for ci in cis], "ci_high": [ci[1] for ci in cis],
                "ci_n": list(sizes),
                "flags": [""] * n, "subset_census": whole,
                **({"n_subset": sizes} if by == "category" else {})}
    band_sizes = _band_sizes(c.collectivity_type) if by == "strate" else {}
    if by == "category":
        band_sizes = {k: len(v) for k, v in kinds.items()}
    if by == "strate" and design.kind != "mix":  # each band is its own population: a
        # band the part leaves out holds the file's others alone, read as a sample of the
        # band (N = its size), the draw --by strate assumes of every band (8 communes of
        # each); a band all of the part is its census (a sample of it, with blanks); a
        # band mixing the part's entities and others over-weights the part: no interval
        in_band = _part_per_band(design, c.collectivity_type)
        cis, drawn = [], []  # drawn: the band's figure is of a random sample or a census
        for s, k, b in zip(share, n_base, col["strate"]):
            N, held = band_sizes.get(b), in_band.get(b, 0)
            drawn.append(bool(N) and (held == 0 or held == N))
            # a band's census: no interval (wilson_interval's), not a non-random sample
            cis.append(wilson_interval(s, k, population=N) if drawn[-1] else (None, None))
        return {"ci_low": [lo for lo, _ in cis], "ci_high": [hi for _, hi in cis],
                "ci_n": [band_sizes.get(b) for b in col["strate"]],
                "flags": ["" if d else "non_random_sample" for d in drawn],
                "subset_census": [band_sizes.get(b) == k for b, k in zip(col["strate"], n_base)],
                "estimate": [None] * n, "estimate_low": [None] * n, "estimate_high": [None] * n}
    if by:  # a category read whole is a census of it, the others no random sample: neither
        # has an interval
        whole = [band_sizes.get(b) == k for b, k in zip(col[by], n_base)]
        return {"ci_low": [None] * n, "ci_high": [None] * n,
                "flags": ["" if w else "non_random_sample" for w in whole],
                "estimate": [None] * n, "estimate_low": [None] * n, "estimate_high": [None] * n}
    part = _adoption_counts(_coded_part(c, design.codes), None, platforms)
    in_part = {(p, y): (k, m) for p, y, k, m in zip(part["platform"].tolist(),
                                                     part["year_key"].tolist(),
                                                     part["n_present"].tolist(),
                                                     part["n_base"].tolist())}
    # the others all in some size bands: the estimate is for the part and the rest's
    # entities in those bands, never for the bands no entity of the file is in
    N, N_part = design.n_estimated, design.n_subset
    N_rest = design.n_rest if design.n_covered is None else design.n_covered
    est, low, high = [], [], []
    for p, y, k, m in zip(col["platform"], col["year_key"], n_present, n_base):
        k_part, n_part = in_part.get((p, y), (0, 0))
        k_rest, n_rest = k - k_part, m - n_part
        # "any" counted on the part alone is over the platforms the part read: only when
        # they are the file's platforms of that year
        same = p != "any" or part["covered"].get(y) == covered.get(y)
        if not same or not n_part or not n_rest:
            est.append(None), low.append(None), high.append(None)
            continue
        est.append((N_part * k_part / n_part + N_rest * k_rest / n_rest) / N)
        if n_part == N_part and n_rest < N_rest:  # the part is counted, the rest estimated
            lo, hi = wilson_interval(k_rest / n_rest, n_rest, population=N_rest)
            low.append((k_part + N_rest * lo) / N), high.append((k_part + N_rest * hi) / N)
        else:  # the part drawn, or the rest counted too (a census: no interval)
            low.append(None), high.append(None)
    return {"ci_low": [None] * n, "ci_high": [None] * n, "flags": ["non_random_sample"] * n,
            "estimate": est, "estimate_low": low, "estimate_high": high,
            "n_estimate": [N if e is not None else None for e in est]}


def _part_cis(share: Sequence[float], n_base: Sequence[int],
              sizes: Sequence[int | None]) -> tuple[list[tuple], list[bool]]:
    """The interval and census of each figure of a part of the type held alone (the 96
    metropolitan départements, a sample inside some size bands), ``sizes`` the part's
    entities each figure is of: the part's census when all of it answered (``True``, no
    interval: nothing was drawn), else the Wilson interval on N = the part's size, not the
    type's (a draw of the 101 départements it is not); no N (None), a plain Wilson one.
    :func:`_design_figures` and :func:`barometre.analysis.waves.wave_trend` (each wave of
    such a file) both give a part's figures so, as compare does.

    Returns
    -------
    (cis, whole)
        ``(low, high)`` per figure, ``(None, None)`` for none; whether it is the part's
        census.
    """
    whole = [bool(N) and not _nan(k) and k == N for k, N in zip(n_base, sizes)]
    # a census is wilson_interval's (None, None): no bounds equal to the share
    return [wilson_interval(s, k, population=N) for s, k, N in zip(share, n_base, sizes)], whole


def _part_per_band(design: SurveyDesign, t: str) -> dict[str, int]:
    """How many of the part's entities (``design.codes``) lie in each size band of type
    ``t`` (band label -> count; a band without any is absent)."""
    try:
        of_code, _, _ = _bands_of_type(t)
    except (UsageError, KeyError):
        return {}
    labels = [label for _, label in reference.INSEE_BANDS]
    out: dict[str, int] = {}
    for code in design.codes:
        b = of_code.get(code)
        if b is not None:
            out[labels[b]] = out.get(labels[b], 0) + 1
    return out


def any_left_out(any_platforms: dict) -> dict:
    """The readings (years or waves) whose "au moins un réseau" is not shown: those that
    did not read every platform the others read (the union of the platforms of
    ``any_platforms``, reading -> platforms read), and those that read one platform only.
    The first's "any" is a share over fewer networks (a March wave of Facebook alone: "au
    moins un réseau" is Facebook), so that a line of "any" across them would mix measures;
    the second's is that platform's figure again under another name (:func:`adoption`
    gives it no row). The commands leave it out and say so.

    >>> any_left_out({2024: ("facebook", "x"), 2025: ("facebook",)})
    {2025: ('facebook',)}
    >>> any_left_out({2024: ("facebook", "x"), 2025: ("facebook", "x")})
    {}
    >>> any_left_out({2024: ("facebook",), 2025: ("facebook",)})  # one platform: no "any"
    {2024: ('facebook',), 2025: ('facebook',)}
    >>> any_left_out({2025: ("facebook", "x")}), any_left_out({})
    ({}, {})

    A reading that read no platform (every answer blank) has no "any" to leave out: it
    has no figure at all.

    >>> any_left_out({2024: ("facebook", "x"), 2025: ()})
    {}
    """
    every = set().union(*any_platforms.values()) if any_platforms else set()
    return {k: v for k, v in any_platforms.items() if v and (len(v) == 1 or set(v) != every)}


def reads_fewer(any_platforms: dict, key) -> bool:
    """Whether the reading ``key`` of ``any_platforms`` (reading -> platforms read) read
    fewer platforms than another: some other reading read every one of its platforms and
    more. A reading :func:`any_left_out` leaves out that did not is one of readings of
    *other* platforms (2024: Facebook, X, Instagram; 2025: Facebook, Instagram, Bluesky:
    three each, neither fewer), said so.

    >>> read = {2024: ("facebook", "x", "instagram"), 2025: ("facebook", "instagram", "bluesky")}
    >>> reads_fewer(read, 2024), reads_fewer(read, 2025)
    (False, False)
    >>> reads_fewer({2024: ("facebook", "x"), 2025: ("facebook",)}, 2025)
    True
    """
    mine = set(any_platforms.get(key) or ())
    return any(mine < set(ps) for k, ps in any_platforms.items() if k != key)


def coded(df: pd.DataFrame) -> CodedSurvey:
    """The columns :func:`adoption` counts on, as integer codes ordered like their values
    (missing first), with ``df.attrs``."""
    import pandas as pd

    entity, codes = pd.factorize(df["code"], sort=True)
    platform, ids = pd.factorize(df["platform"], sort=True)
    entity, platform = grouping.as_int32(entity), grouping.as_int32(platform)  # int32: half the size
    present = _presence_codes(df["present"])
    year = df["year"].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    ctype = df["collectivity_type"]
    return CodedSurvey(
        entity=entity, codes=np.asarray(codes, dtype=object),
        population=lambda: df["population"].astype("Float64").to_numpy(dtype=float,
                                                                        na_value=np.nan),
        platform=platform, platform_ids=np.asarray(ids, dtype=object),
        present=present.astype(np.int8), year=year, date=grouping.order_key(df["date"]),
        source_row=grouping.order_key(df["source_row"]),
        collectivity_type=ctype.iloc[0] if len(ctype) else None, attrs=df.attrs,
        repeats=lambda pos, group: refuse_repeats(df, pos, group))


def _derived(c: CodedSurvey, name: str, make):
    """What the counting derives from ``c``'s arrays, computed once per survey."""
    if name not in c.derived:
        c.derived[name] = make()
    return c.derived[name]


def _years(c: CodedSurvey) -> tuple[np.ndarray, np.ndarray]:
    """Year codes of the readings (0: unknown) and the year of each code (NaN for 0)."""
    return _derived(c, "years", lambda: grouping.year_codes(c.year))


def _year_keys(c: CodedSurvey) -> tuple[np.ndarray, np.ndarray]:
    """Each year code's key among the year keys (-1: unknown), and those keys in order.

    Codes whose years have one key share it: an unknown year and a year -1 (the float key
    has always merged them). Otherwise the key of code ``i`` is ``i``.
    """
    keys = np.nan_to_num(_years(c)[1], nan=-1.0)
    if (keys[1:] > keys[:-1]).all():
        return np.arange(len(keys)), keys
    keys, of_code = np.unique(keys, return_inverse=True)
    return of_code, keys


def _entity_year_key(entity: np.ndarray, year: np.ndarray, n_years: int, pres: np.ndarray
                     ) -> tuple[np.ndarray, int, np.ndarray, np.ndarray, np.ndarray]:
    """The (entity, year code) pairs of the readings of a known entity, with their answers.

    Each reading's key is its pair and its answer (``pair × 3 + present + 1``): one
    ``np.bincount`` counts the unanswered, "no" and "yes" readings of every pair, with no
    per-reading weights. Returns that key, the number of pairs (the key's range ÷ 3), the
    pairs of a known entity in key order, the first reading of each, and its counts (one
    row per pair: not answered, no, yes).
    """
    n_entities = int(entity.max(initial=-1)) + 1
    key, size = grouping.compact(*grouping.combine([entity, year], [n_entities, n_years]))
    first = grouping.first_positions(key, size)
    pairs = np.flatnonzero(first != grouping.ABSENT)
    if size == (n_entities + 1) * (n_years + 1):  # combined by arithmetic, not numbered:
        pairs = pairs[pairs > n_years]  # entity -1 gives the keys 0 to n_years
    else:
        pairs = pairs[entity[first[pairs]] >= 0]
    key = key.astype(np.int64, copy=False)  # a fresh array: changed in place
    for block in grouping.blocks(len(key)):  # pair × 3 + answer + 1, block by block
        part = key[block]
        part *= 3
        part += pres[block]
        part += 1
    counts = np.bincount(key, minlength=3 * size).reshape(size, 3)
    return key, size, pairs, first[pairs], np.take(counts, pairs, axis=0)


def _entity_years(entity: np.ndarray, year: np.ndarray, n_years: int,
                  pres: np.ndarray | None = None,
                  keyed: tuple[np.ndarray, int, np.ndarray, np.ndarray, np.ndarray] | None = None
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The distinct (entity, year code) pairs of the readings of a known entity.

    Returns the entity, the year code and whether a reading is answered (``pres`` >= 0;
    None: every one) of each pair: counted on integer keys, no frame. ``keyed`` is
    :func:`_entity_year_key` of the readings when already computed.
    """
    if keyed is None:
        keyed = _entity_year_key(entity, year, n_years,
                                 np.zeros(len(entity), dtype=np.int8) if pres is None else pres)
    _, _, _, first, counts = keyed
    return entity[first], year[first], (counts[:, 1] + counts[:, 2]) > 0


def _keyed(c: CodedSurvey) -> tuple[np.ndarray, int, np.ndarray, np.ndarray, np.ndarray]:
    """:func:`_entity_year_key` of a coded survey's readings, once: the pairs below and,
    when each reading is its entity's latest, the "any" readings."""
    return _derived(c, "entity_year_key", lambda: _entity_year_key(
        c.entity, _years(c)[0], len(_years(c)[1]), c.present))


def _pairs(c: CodedSurvey) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`_entity_years` of a coded survey, once: coverage and the years left aside."""
    return _derived(c, "entity_years", lambda: _entity_years(
        c.entity, _years(c)[0], len(_years(c)[1]), keyed=_keyed(c)))


def _answered_per_year(c: CodedSurvey, platforms: Iterable[str] | None = None
                       ) -> dict[float, int]:
    """Entities with at least one answer, per year key (-1: year unknown); with
    ``platforms`` (ids), an answer on one of them (an answer on X is no Facebook's)."""
    if platforms:
        ids = list(c.platform_ids)
        keep = np.isin(c.platform, [i for i, p in enumerate(ids) if p in set(platforms)])
        entity, year, answered = _entity_years(
            np.asarray(c.entity)[keep], _years(c)[0][keep], len(_years(c)[1]),
            np.asarray(c.present)[keep])
    else:
        entity, year, answered = _pairs(c)
    of_code, keys = _year_keys(c)
    entity, key = entity[answered], of_code[year[answered]]
    if len(keys) < len(of_code):  # years sharing a key: an entity once per key
        key = key[np.unique(entity.astype(np.int64) * len(keys) + key, return_index=True)[1]]
    n = np.bincount(key, minlength=len(keys))
    return {float(keys[i]): int(n[i]) for i in np.flatnonzero(n)}


_PRESENCE = {True: 1, False: 0, "True": 1, "False": 0, "true": 1, "false": 0}


def _presence_codes(p: pd.Series) -> np.ndarray:
    """1, 0 or -1 (unknown) per reading. A frame reloaded from CSV holds "True"/"False"
    as text: read as such, never as non-empty (hence true) strings; anything else is refused."""
    import pandas as pd

    if pd.api.types.is_bool_dtype(p.dtype):
        return np.where(p.notna().to_numpy(), p.fillna(False).astype(bool).to_numpy(), -1)
    codes, values = pd.factorize(p, use_na_sentinel=True)
    out = []
    for v in values:
        key = v.strip() if isinstance(v, str) else (bool(v) if v in (0, 1) else v)
        if key not in _PRESENCE:
            raise UsageError.of("survey-present-not-answer", value=v)
        out.append(_PRESENCE[key])
    return np.append(np.asarray(out, dtype=np.int8), np.int8(-1))[codes]


def _adoption_counts(c: CodedSurvey, by: str | None,
                     platforms: str | Iterable[str] | None) -> dict[str, np.ndarray]:
    """Entities present, answered and unknown per (strate or category,) platform and year,
    "any" included.

    Returns the columns ``strate`` (``by="strate"``: the size band's label) or ``category``
    (``by="category"``: the intercommunalité's, ``CC``, ``CA``, ``CU``, ``METRO``),
    ``platform``, ``year_key`` (-1: year unknown), ``n_present``, ``n_base`` and
    ``n_unknown``, one item per group; and ``covered``: year key -> the real platforms read
    that year (whatever ``platforms``).

    On integer codes: the latest (answered) reading of each entity, platform and year (as
    :func:`latest_per_year`), then the "au moins un réseau" readings per entity and year
    (:func:`_any_readings`), then one count per group (``np.bincount`` on a key combining
    the group's codes), the groups in order of first appearance (``groupby(sort=False)``),
    the "any" readings after the others. Counting readings counts entities; entities not
    answered (present unknown) are out of the base, and counted apart.
    """
    of_code, keys = _year_keys(c)
    codes = _years(c)[0]
    year_all = codes if len(keys) == len(of_code) else of_code[codes]
    pos, unique = grouping.latest_of(c.entity, c.platform, year_all, lambda: c.date,
                                     lambda: c.source_row, per_year=True, repeats=c.repeats,
                                     answered=lambda: c.present >= 0)
    if year_all is codes:  # no two years share a key: latest_per_year's very readings
        c.derived["latest_per_year"] = pos, unique

    def at(a: np.ndarray) -> np.ndarray:  # one reading per group: the arrays as they are
        return a if unique else a[pos]

    ent, plat, pres, year = at(c.entity), at(c.platform), at(c.present), at(year_all)
    ids = list(c.platform_ids)
    if "any" not in ids:
        ids.append("any")
    any_code = ids.index("any")
    pop = at(c.population()) if by == "strate" else None
    sizes = [len(ids), len(keys)]
    real_tally = covered = None
    if by is None and _by_blocks(sizes):
        # the platforms' own counts first (they do not depend on "any"): the platforms
        # each year read come out of them, not out of another pass over the readings
        real_tally = _tally_blocks([plat, year], sizes, pres)
        covered = _covered_of_tally(real_tally[0], sizes, any_code)
    a_year, a_pres, a_first, a_at, a_partial = _any_readings(
        ent, plat, pres, year, len(keys), any_code, pop,
        _keyed(c) if unique and year is codes else None, covered)  # the readings' keys: shared
    parts = [plat, year]
    a_parts = [np.full(len(a_year), any_code), a_year]
    if pop is not None:
        band, a_band, band_names = _bands(pop, a_at)
        parts.insert(0, band)
        a_parts.insert(0, a_band)
        sizes.insert(0, len(band_names))
    elif by == "category":  # an entity's category is its own, whatever the reading
        band, band_names = _entity_kinds(c, ent)
        parts.insert(0, band)
        a_parts.insert(0, band[a_first])  # an "any" reading: its entity's first reading's
        sizes.insert(0, len(band_names))
    groups, rep, n_rows, n_yes, n_unknown = _tally(parts, a_parts, sizes, a_first, pres, a_pres,
                                                   real_tally)
    parts = [_read_at(rep, p, ap) for p, ap in zip(parts, a_parts)]  # each group's codes
    real = ((parts[-2] >= 0) & (parts[-2] != any_code) & (parts[-1] >= 0)
            & (n_rows > n_unknown))  # read: at least one answer (as _covered_per_year)
    covered = {float(keys[y]): set() for y in np.unique(parts[-1][real])}
    n_read = np.zeros(len(keys) + 1, dtype=np.int64)  # per year code; last: no year code
    for pl, y in set(zip(parts[-2][real].tolist(), parts[-1][real].tolist())):
        covered[float(keys[y])].add(ids[pl])
        n_read[y] += 1
    keep = parts[-2] >= 0
    # "au moins un réseau" of a year that read one platform (or none) is that platform's
    # figure again under another name (a file of Facebook alone: "au moins un réseau 50 %"
    # beside "Facebook 50 %"): no "any" row for it (attrs["any_platforms"] says why)
    year_code = np.where(parts[-1] >= 0, parts[-1], len(keys))
    keep &= (parts[-2] != any_code) | (n_read[year_code] > 1)
    if by:  # no size band (population unknown), no category (code unknown): in no group
        keep &= parts[0] >= 0
    platforms = asked_platforms(platforms)
    if platforms:
        kept = {find_platform(p).id for p in platforms}
        keep &= np.isin(parts[-2], [i for i, p in enumerate(ids) if p in kept])
    parts = [p[keep] for p in parts]
    out = {by: band_names[parts[0]]} if by else {}
    out["platform"] = np.asarray(ids, dtype=object)[parts[-2]]
    out["year_key"] = np.asarray(keys, dtype=float)[parts[-1]]
    out["n_present"] = n_yes[keep]
    out["n_base"] = n_rows[keep] - n_unknown[keep]
    out["n_unknown"] = n_unknown[keep]
    out["n_unknown_partial"] = _partial_counts(parts, a_parts, a_partial, any_code)
    out["covered"] = covered  # not a column: the platforms read each year (any platform filter)
    return out


def _partial_counts(parts: list[np.ndarray], a_parts: list[np.ndarray],
                    a_partial: np.ndarray, any_code: int) -> np.ndarray:
    """Per group (its codes ``parts``), the entities of its "any" figure not answered though
    they answered "no" on some platform (``a_partial`` of the "any" readings ``a_parts``);
    0 for the real platforms' groups."""
    out = np.zeros(len(parts[-2]), dtype=np.int64)
    at = np.flatnonzero(a_partial)
    if not len(at):
        return out
    codes, counts = np.unique(np.stack([p[at] for p in a_parts], axis=1), axis=0,
                              return_counts=True)
    of = {tuple(k): int(n) for k, n in zip(codes.tolist(), counts.tolist())}
    for i in np.flatnonzero(parts[-2] == any_code).tolist():
        out[i] = of.get(tuple(int(p[i]) for p in parts), 0)
    return out


def _entity_kinds(c: CodedSurvey, ent: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The category code of each reading of entities ``ent`` (-1: an entity whose code the
    reference does not know, or none), and the categories (:data:`EPCI_KINDS` order)."""
    kinds = _kinds_of_type(c.collectivity_type)
    names = np.asarray(list(kinds), dtype=object)
    of_code = {code: i for i, members in enumerate(kinds.values()) for code in members}
    get = of_code.get
    # one per entity of the file (the last item: an unknown entity, -1), then per reading
    per_entity = np.fromiter((get(x, -1) for x in c.codes.tolist()), dtype=np.int8,
                             count=len(c.codes))
    return np.append(per_entity, np.int8(-1))[ent], names


def _read_at(rep: np.ndarray, values: np.ndarray, a_values: np.ndarray) -> np.ndarray:
    """``values`` at positions ``rep``, ``a_values`` at ``rep - len(values)`` past them."""
    n = len(values)
    out = np.empty(len(rep), dtype=np.int64)
    out[rep < n] = values[rep[rep < n]]
    out[rep >= n] = a_values[rep[rep >= n] - n]
    return out


def _any_readings(ent: np.ndarray, plat: np.ndarray, pres: np.ndarray, year: np.ndarray,
                  n_years: int, any_code: int, pop: np.ndarray | None,
                  keyed: tuple[np.ndarray, int, np.ndarray, np.ndarray, np.ndarray] | None = None,
                  covered: tuple[np.ndarray, np.ndarray] | None = None
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray | None]:
    """The "au moins un réseau" reading of each entity and year, from its readings on the
    real platforms: present when one of them that year says yes; absent only when it has a
    "no" that year on every platform the survey covers that year (a platform with at least
    one answered reading that year, of any entity), one at least (a year that read none has
    no "no"); else unknown (out of the base, counted in ``n_unknown``). An entity without a
    reading on a platform the survey covers that year is not "on no network": its answer
    there is not known (a campaign across New Year whose Facebook readings of some entities
    are dated the year before, #any10).

    Returns, per reading, its year code, its presence, the position of its entity's first
    reading that year (its place in ``groupby(sort=False)``) and, with ``pop``, the
    position of the first of them with a known population (-1: none), whose size band
    it takes. ``keyed`` is :func:`_entity_year_key` of
    these readings when already computed.
    """
    on_any = plat == any_code
    rows = np.flatnonzero(~on_any) if on_any.any() else None  # no copy when all are real
    if rows is not None:
        ent, pres, year = ent[rows], pres[rows], year[rows]
        pop = None if pop is None else pop[rows]
    key, size, pairs, first, counts = (keyed if keyed is not None and rows is None
                                       else _entity_year_key(ent, year, n_years, pres))
    a_year, a_at = year[first], None
    # "no" only with a "no" on every platform covered that year: one reading per entity,
    # platform and year, so as many "no" on a real platform as that year covers platforms
    if covered is None:  # else given by the caller (:func:`_covered_of_tally`)
        covered = _covered_per_year(plat if rows is None else plat[rows], year, pres, n_years)
    covered, idle = covered
    if (plat < 0).any():  # readings without a platform: their "no" answers no platform
        real_no = (pres == 0) & ((plat if rows is None else plat[rows]) >= 0)
        n_no = np.bincount(key[real_no] // 3, minlength=size)[pairs]
    else:
        n_no = counts[:, 1]
    unanswered = counts[:, 0]
    if idle.any():  # a platform not read that year (every reading blank): its blanks do
        p = plat if rows is None else plat[rows]  # not stand in the way of a "no"
        real = p >= 0
        in_idle = np.zeros(len(p), dtype=bool)
        in_idle[real] = idle[p[real], year[real]]
        unanswered = np.bincount(key[(pres < 0) & ~in_idle] // 3, minlength=size)[pairs]
    # a year that read no platform (every reading blank) has no "no": "every platform read
    # says no" is true of no platform at all, and a file of blanks read "0 %, exhaustif"
    no = (unanswered == 0) & (n_no == covered[a_year]) & (covered[a_year] > 0)
    a_pres = np.where(counts[:, 2] > 0, 1, np.where(no, 0, -1)).astype(np.int8)
    # not answered, yet answered "no" on some platform (a blank on another): out of the
    # base as the silent ones, but said apart (« 9 sans réponse sur une partie des réseaux »)
    a_partial = (a_pres < 0) & (n_no > 0)
    if pop is not None and not np.isnan(pop).any():
        a_at = first
    elif pop is not None:
        with_pop = np.flatnonzero(~np.isnan(pop))
        a_at = grouping.first_positions(key[with_pop] // 3, size, with_pop)[pairs]
        a_at[a_at == grouping.ABSENT] = -1
    if rows is not None:  # positions among the readings given
        first = rows[first]
        if a_at is not None:
            a_at = np.where(a_at >= 0, rows[a_at], -1)
    return a_year, a_pres, first, a_at, a_partial


def _covered_per_year(plat: np.ndarray, year: np.ndarray, pres: np.ndarray, n_years: int
                      ) -> tuple[np.ndarray, np.ndarray]:
    """How many real platforms (code >= 0) the survey read each year: with at least one
    answered reading (``pres`` >= 0), per year code (``year``: codes 0 to ``n_years`` - 1);
    and the (platform, year) pairs with readings but not read. A platform whose every
    reading that year is blank was not read (as the reader leaves aside a column without
    an answer): its blanks do not make an entity's "au moins un réseau" unknown."""
    n_plat = int(plat.max(initial=-1)) + 1
    seen = np.zeros(n_years * n_plat, dtype=bool)
    held = np.zeros(n_years * n_plat, dtype=bool)
    for block in grouping.blocks(len(plat)):  # a few (year, platform) pairs: no key of millions
        p, y = plat[block], year[block]
        real = p >= 0
        key = y[real].astype(np.int64) * n_plat + p[real]
        held[key] = True
        seen[key[pres[block][real] >= 0]] = True
    seen, held = seen.reshape(n_years, n_plat), held.reshape(n_years, n_plat)
    return seen.sum(axis=1), (held & ~seen).T


def _bands(pop: np.ndarray, a_at: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Size band codes of the readings and of the "any" readings (-1: none), and the bands'
    names in order of first appearance: one :func:`reference.band_of` per distinct
    population. An "any" reading takes the band of the reading at ``a_at`` (-1: none).

    Counted on the runs of equal populations (a file lists an entity's readings together:
    a few runs per entity), not on millions of readings; any order gives the same codes.
    """
    if not len(pop):
        return (np.zeros(0, dtype=np.intp), np.full(len(a_at), -1, dtype=np.intp),
                np.zeros(0, dtype=object))
    starts = np.flatnonzero(np.r_[True, pop[1:] != pop[:-1]])  # NaN: runs of one
    codes, values = grouping.factorize(pop[starts], sort=True)  # NaN: -1
    labels = [reference.band_of(float(x)) for x in values]
    names = list(dict.fromkeys(b for b in labels if b is not None))
    # each distinct population's band; the last item (-1: population unknown) none
    of_value = np.array([-1 if b is None else names.index(b) for b in labels] + [-1],
                        dtype=np.intp)
    run_band = of_value[codes]
    # bands numbered by first appearance among the readings (as pd.factorize did)
    first = grouping.factorize(run_band)[1]
    first = first[first >= 0]
    # rank[-1]: no band; a few bands: one byte per reading
    rank = np.full(len(names) + 1, -1, dtype=grouping.small_int(len(names)))
    rank[first] = np.arange(len(first))
    band = np.repeat(rank[run_band], np.diff(np.r_[starts, len(pop)]))
    a_band = np.where(a_at >= 0, band[a_at], -1)
    return band, a_band, np.asarray([names[i] for i in first], dtype=object)


def _by_blocks(sizes: list[int]) -> bool:
    """Whether :func:`_tally` counts groups of these ranges block by block."""
    size = math.prod(s + 1 for s in sizes)
    return 3 * size <= _TALLY_BLOCKS and size < grouping._WIDE


def _covered_of_tally(counted: np.ndarray, sizes: list[int], any_code: int
                      ) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_covered_per_year` read off the (platform, year) counts of
    :func:`_tally_blocks`: per year code, the real platforms with an answered reading.
    The key is combined by arithmetic there (each code + 1, then × 3 + answer + 1)."""
    counts = counted.reshape(sizes[0] + 1, sizes[1] + 1, 3)[1:, 1:]  # platform, year >= 0
    answered = (counts[:, :, 1] + counts[:, :, 2]) > 0
    answered[any_code] = False  # "any" rows given in the file are not a platform read
    idle = (counts[:, :, 0] > 0) & ~answered
    idle[any_code] = False
    return answered.sum(axis=0), idle


def _tally(parts: list[np.ndarray], a_parts: list[np.ndarray], sizes: list[int],
           a_first: np.ndarray, pres: np.ndarray, a_pres: np.ndarray,
           real_tally: tuple[np.ndarray, np.ndarray, int] | None = None
           ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Readings, present and unknown answers per group of the readings' codes ``parts``
    and the "any" readings' ``a_parts`` (placed after the others in the order of
    ``a_first``), the groups being the tuples of codes (:func:`grouping.combine_sets`).

    Returns the groups in order of first appearance, for each one of its readings
    (position in the readings, or their number + position among the "any" readings) and
    the three counts. Each reading is keyed by its group and answer (group × 3 + present
    + 1): one count per set gives the readings, "yes" and unanswered of every group,
    without per-reading weights.
    """
    n = len(pres)
    size = math.prod(s + 1 for s in sizes)
    if _by_blocks(sizes):  # a few groups: block by block
        counted, first, size = real_tally or _tally_blocks(parts, sizes, pres)
        a_key = grouping.combine(a_parts, sizes)[0]
    else:
        (key, a_key), size = grouping.combine_sets([parts, a_parts], sizes)
        if not grouping.countable(size, n + len(a_key)):  # a wide range: numbered first
            codes, size = grouping.compact(np.concatenate([key, a_key]), size)
            key, a_key = codes[:n], codes[n:]
        key = key.astype(np.int64, copy=False)  # fresh: changed in place
        key *= 3
        key += pres
        key += 1
        counted = np.bincount(key, minlength=3 * size)
        first = grouping.first_positions(key, 3 * size, occurring=counted > 0)
    a_key3 = a_key * 3 + a_pres + 1
    counts = (counted + np.bincount(a_key3, minlength=3 * size)).reshape(size, 3)
    n_rows = counts.sum(axis=1)
    groups = np.flatnonzero(n_rows)

    def first_of(f: np.ndarray) -> np.ndarray:
        """Each group's first position: the first of its three answers'."""
        return np.minimum(np.minimum(f[0::3], f[1::3]), f[2::3])

    rep = first_of(first)[groups]
    only_any = rep == grouping.ABSENT  # groups of "any" readings only: after the others
    if only_any.any():
        place = rep.copy()
        a_at = grouping.first_positions(a_key3, 3 * size, a_first)
        place[only_any] = n + first_of(a_at)[groups[only_any]]
        one = np.zeros(size, dtype=np.int64)
        one[a_key] = np.arange(len(a_key))  # one "any" reading of each group (any will do)
        rep[only_any] = n + one[groups[only_any]]
        order = np.argsort(place, kind="stable")
        groups, rep = groups[order], rep[order]
    else:
        groups, rep = groups[np.argsort(rep, kind="stable")], np.sort(rep)
    return groups, rep, n_rows[groups], counts[groups, 2], counts[groups, 0]


#: The widest range of group × answer keys :func:`_tally` counts block by block
_TALLY_BLOCKS = 1 << 15


def _tally_blocks(parts: list[np.ndarray], sizes: list[int], pres: np.ndarray
                  ) -> tuple[np.ndarray, np.ndarray, int]:
    """:func:`_tally`'s count of the readings on a small range of keys, block by block (no
    key of millions of readings): the readings of each group × answer key, its first
    reading (:data:`grouping.ABSENT`: none), and the range of the groups."""
    size = math.prod(s + 1 for s in sizes)
    counted = np.zeros(3 * size, dtype=np.int64)
    first = np.full(3 * size, grouping.ABSENT, dtype=np.int64)
    unseen = 3 * size
    for block in grouping.blocks(len(pres)):
        # the answer as the last digit: group × 3 + present + 1
        key = grouping.combine([*(p[block] for p in parts), pres[block]], [*sizes, 2])[0]
        here = np.bincount(key, minlength=3 * size)
        counted += here
        if unseen and (here[first == grouping.ABSENT] > 0).any():  # a key read for the first time
            new = np.flatnonzero(first[key] == grouping.ABSENT)
            values, at = np.unique(key[new], return_index=True)
            first[values] = block.start + new[at]
            unseen -= len(values)
    return counted, first, size


def _band_sizes(t: str) -> dict[str, int]:
    """How many entities of type ``t`` fall in each size band (none: no reference list)."""
    try:
        return reference.band_sizes(t)
    except UsageError:
        return {}


def _band_sizes_of(t: str, codes: frozenset) -> dict[str, int]:
    """How many of ``codes`` (entities of type ``t``) fall in each size band."""
    of_code, _, _ = _bands_of_type(t)
    labels = [label for _, label in reference.INSEE_BANDS]
    out: dict[str, int] = {}
    for c in codes:
        b = of_code.get(c)
        if b is not None:
            out[labels[b]] = out.get(labels[b], 0) + 1
    return out


def _reference_size(codes, t: str) -> tuple[int | None, str]:
    """How many entities of type ``t`` there are in France, and of what.

    A survey of départements that names councils which are not territories (the
    Collectivité européenne d'Alsace, the Département du Rhône) surveys the 95
    conseils départementaux: its base is 95, not the 101 territories (two councils
    cover none of 2A, 2B, 972, 973, 75; one covers 67 and 68), when every entity of the
    file is a council. A file of territories that names one council ("CD69", the
    Département du Rhône, beside 2A, 67, 75…) keeps the 101 territories: a base of 95
    read "101 sur 95" and an interval where the file is a census. Otherwise the
    territories of the reference.
    """
    if t == "departement":
        councils = reference.conseils_codes()
        not_territories = set(councils) - set(reference.type_codes("departement"))
        codes = set(codes) - {None}
        if not not_territories.isdisjoint(codes) and codes <= set(councils):
            return len(councils), "conseils_departementaux"
    try:
        return len(reference.type_codes(t)), t
    except UsageError:
        return None, t


@numbered
def compare_survey(survey: pd.DataFrame | CodedSurvey, type: str | None = None,
                   vs: str | Iterable[str] | None = None,
                   platforms: str | Iterable[str] | None = None, year: int | None = None,
                   by: str | None = None,
                   within: str | Iterable[str] | None = None,
                   panel: bool = False) -> pd.DataFrame:
    """:func:`barometre.compare` on survey data: the type and the ``vs`` types, counted in the file.

    What ``barometre compare --data FILE`` prints. ``survey`` is the frame of
    :func:`barometre.read_survey`, or the coded readings of
    :func:`barometre.survey.reader.read_coded` (the same figures without building the
    frame: ``compare --data`` on millions of readings; without ``vs``).

    Parameters
    ----------
    survey : DataFrame or CodedSurvey
        The survey's readings.
    type : str, optional
        Collectivity type id or alias; default: the survey's own
        (``survey.attrs["collectivity_type"]``). A frame of several types (an Annuaire
        export read without a type) needs it (``survey-types-mixed``, as :func:`adoption`).
    vs : str or list of str, optional
        Other types of the file to compare with (the frame of
        :func:`barometre.read_survey` only).
    platforms : str or list of str, optional
        Platforms to keep (ids or aliases); default: every platform of the file.
    year : int, optional
        The year of the readings compared; default: the latest year with a figure.
    by : {"strate", "category"}, optional
        ``"strate"``: the communes split by population band (a ``strate`` column);
        ``"category"``: the intercommunalités split by category (``category``: ``CC``,
        ``CA``, ``CU``, ``METRO``, with ``n_category``, each category's N: :func:`adoption`);
        not with ``vs``.
    within : str or list of str, optional
        Département codes: the base is the type's entities in them (:func:`adoption`);
        not with ``vs``.
    panel : bool, default False
        The file is a panel chosen by hand: the base is its own entities
        (:func:`adoption`); not with ``vs`` nor ``within``.

    Returns
    -------
    DataFrame
        The records of :func:`barometre.compare` (``publisher`` is the file's name, as
        ``source``: for several files, the files of each figure's readings; no
        ``url``, ``value_published`` nor ``unit_published``), then the survey's
        coverage as :func:`barometre.adoption` gives it: ``n_reference, n_surveyed,
        coverage, n_unknown, n_reference_of`` (``n_skipped`` for a survey read with
        ``errors="skip"``; ``strate, n_strate`` with ``by="strate"``, the bands in order of
        population; ``category, n_category`` with ``by="category"``).

    Raises
    ------
    NoDataError
        No figure for the type, the platforms asked or the year (the years of the
        platforms asked named).
    UsageError
        ``vs`` with coded readings; an unknown type or platform; ``by="category"`` for
        a type other than the intercommunalités, or with ``vs``.

    Examples
    --------
    A survey of communes compares its villes préfectures with all its communes
    (``bm.compare_survey(s, "ville_prefecture", vs="commune")``); the demo survey
    (fictitious data) holds one type:

    >>> import barometre as bm
    >>> s = bm.read_survey(bm.demo_file("enquete"))
    >>> c = bm.compare_survey(s)
    >>> print(c[["collectivity_type", "platform", "n_present", "n_base", "coverage"]].head(3)
    ...       .to_string(index=False))
    collectivity_type  platform  n_present  n_base  coverage
          departement  facebook         90      94       1.0
          departement         x         81     101       1.0
          departement instagram         84     100       1.0
    """
    from .published import compare

    if not type and not isinstance(survey, CodedSurvey):  # several types: which, asked
        refuse_mixed_types(survey)
        refuse_tied_type(survey)  # codes of two types alike: which, asked
    t = type or survey.attrs.get("collectivity_type")
    others = [vs] if isinstance(vs, str) else list(vs or [])
    t_id = find_type(t).id if t else t
    others = list(dict.fromkeys(x for x in others if find_type(x).id != t_id))  # once each
    if isinstance(survey, CodedSurvey) and others:
        raise UsageError.of("survey-vs-needs-frame")
    if within is not None and others:
        raise UsageError.of("within-vs")
    if panel and others:
        raise UsageError.of("panel-vs")
    if by == "category" and others:  # the categories of one type: the other has none
        raise UsageError.of("survey-by-category-vs")
    if not others:  # one type: its figures' rows, then the frame
        return _frame(compare_survey_records(survey, t, platforms=platforms, year=year, by=by,
                                             within=within, panel=panel))
    import pandas as pd

    plats = [find_platform(p).id for p in ([platforms] if isinstance(platforms, str)
                                           else list(platforms or []))]
    on = _coverage_platforms(plats)  # -p facebook: each type's coverage of Facebook's
    per_type = [_frame(_adoption_records(survey, x, by, None, coverage_on=on))
                for x in [t, *others]]
    by_year = {k: a.attrs.get("design_by_year") or {} for a in per_type
               for k in (a.attrs.get("design") or {})}
    figures = pd.concat(per_type, ignore_index=True)
    result = compare(t, vs=others, platforms=platforms, year=year, figures=figures,
                     all_sources=True)
    shown = {int(y) for y in result["year"].dropna()}
    # the year shown read one platform only (every type): no "any", said as compare --data
    years = {None if pd.isna(y) else int(y) for y in result["year"]}
    read = {y: tuple(dict.fromkeys(p for a in per_type
                                   for p in a.attrs.get("any_platforms", {}).get(y, ())))
            for y in years}
    one = {y: ps for y, ps in read.items() if len(ps) == 1}
    if one:
        result.attrs["any_left_out"] = one
        result.attrs["any_platforms"] = read
    result.attrs["coverage_platforms"] = list(on or ())
    result.attrs["years_left_aside"] = _years_left_aside(survey, shown, plats)
    no_year = _no_year(survey, shown)
    if no_year:  # only then: answers of no year, in no figure of the year shown
        result.attrs["no_year"] = no_year
    unshown = [dict(r, collectivity_type=a["collectivity_type"].iloc[0]) for a in per_type
               if len(a) for r in _unshown_of_year(a.attrs.get("skipped_unshown"),
                                                  max(shown, default=None), plats)]
    if unshown:  # only then: left out for an error, in no figure of the year shown
        result.attrs["skipped_unshown"] = unshown
    same = _same_campaign(survey, result.attrs["years_left_aside"], shown)
    if same:  # only then, as any_left_out
        result.attrs["years_same_campaign"] = same
    # the year shown's design of each type whose file is no random sample of it
    designs = {k: v[y] for k, v in by_year.items() for y in sorted(shown, reverse=True)[:1]
               if y in v}
    if designs:  # only then
        result.attrs["design"] = designs
    by_year = {k: a.attrs.get("place_by_year") or {} for a in per_type
               for k in (a.attrs.get("place") or {})}
    places = {k: v[y] for k, v in by_year.items() for y in sorted(shown, reverse=True)[:1]
              if y in v}
    if places:  # only then: the year shown's file chosen by place, per type (place_of)
        result.attrs["place"] = places
    result.attrs["fictitious"] = fictitious_of(survey)
    return result


#: The types that are some of the communes, from the fewest: a file of communes that are all
#: of one of them is likely that type's survey, not a sample of the 34,875 communes
_NARROWER = ("grande_ville", "ville_prefecture", "ville_moyenne")


def narrower_type(codes: Iterable[str], type: str) -> tuple[str, int, int] | None:
    """The narrowest type of communes (grandes villes, villes préfectures, villes moyennes)
    that holds every entity of a survey of communes, with how many of its entities the
    survey holds and its total; None when there is none, or for another type.

    A file of the 101 villes préfectures read as communes gets an interval as if it were a
    random sample of the 34,875 communes; read as villes préfectures it is a census. The
    caller says so, it does not decide (a sample that happens to hold only préfectures is
    possible). Without pandas, and nothing read for a file of more entities than the
    largest of these types.

    Examples
    --------
    >>> from barometre.analysis.survey import narrower_type
    >>> narrower_type(["35238", "44109", "69123"], "commune")
    ('grande_ville', 3, 42)
    >>> narrower_type(["35238", "01001"], "commune") is None
    True
    """
    if find_type(type).id != "commune" or (hasattr(codes, "__len__") and len(codes) > 443):
        return None  # (443: the villes moyennes and one missing code)
    codes = set(codes) - {None}
    if not codes or len(codes) > 442:  # more than the villes moyennes: no such type
        return None
    for t in _NARROWER:
        of_type = set(reference.type_codes(t))
        if codes <= of_type:
            return t, len(codes), len(of_type)
    return None


#: The régions of the overseas (Guadeloupe, Martinique, Guyane, La Réunion, Mayotte): an
#: entity whose région is one of them is overseas, the others are metropolitan
_OVERSEAS_REGIONS = frozenset({"01", "02", "03", "04", "06"})


@dataclass(frozen=True)
class SurveyDesign:
    """How a survey file was drawn, when its entities say it: every entity of a part of the
    type (``subset``) is in the file, and few or none of the others.

    ``kind`` is ``"metropole"`` (every metropolitan entity), ``"type"`` (every entity of a
    narrower type of communes: ``subset`` is its id), ``"band"`` (every commune of
    ``subset`` inhabitants or more) or ``"category"`` (every intercommunalité of some
    categories, beside others: ``subset`` ``kind=METRO``); ``n_subset`` is that part's size, ``n_others`` the
    file's entities of the type outside it, ``n_rest`` the type's entities outside it and
    ``total`` the type's. ``codes`` are the part's INSEE codes.
    """

    kind: str
    subset: str | int
    n_subset: int
    n_others: int
    n_rest: int
    total: int
    codes: frozenset = field(repr=False, compare=False)
    #: the size bands the file's entities (kind ``"bands"``) or its others beside the part
    #: (stratified) all fall in, when a random draw would practically never (:func:`band_design`)
    bands: tuple = ()
    #: then the bands of the type (of the rest, beside a part) with no entity in the file
    missing: tuple = ()
    #: beside a part: the rest's entities in ``bands`` (those the others represent)
    n_covered: int | None = None
    #: kind ``"bands"``: the file's entities of the type (all in ``bands``)
    n_sample: int | None = None
    #: the chance that a random draw of as many entities falls inside ``bands`` alone
    p_random: float | None = None
    #: kind ``"bands"`` of an intercommunalité file (:func:`kind_design`): the categories
    #: (``CA``, ``CC``, ``CU``, ``METRO``) its entities all are, when a random draw would
    #: practically never be of those alone; then the others as (category, entities in France)
    kinds: tuple = ()
    kinds_missing: tuple = ()
    #: then the entities of the type of those categories (the subset before any size band)
    n_kinds: int | None = None
    #: kind ``"category"`` (every intercommunalité of some categories, beside others): the
    #: others per category as (category, in the file, in France), and the chance that a
    #: random draw of as many of the rest is that far from its categories' proportions
    #: (:func:`_mix_chance`); under :data:`MIX_DESIGN_P` nothing is estimated for the type.
    #: Kind ``"mix"`` (id ``kinds_mix``): the file's entities per category, no part held
    #: whole, that far from the type's categories' proportions (:func:`mix_design`)
    others_kinds: tuple = ()
    p_mix: float | None = None
    #: the file's entities (its others beside the part) per size band as (band, in the
    #: file, in France: of the rest beside a part; of the bands held, kind ``"bands"``),
    #: and ``p_mix`` the chance a random draw of as many is that far from the bands'
    #: proportions (:func:`_band_mix`); under :data:`MIX_DESIGN_P` nothing is estimated.
    #: Kind ``"mix"``: a file that holds no part whole nor falls inside some bands, but
    #: is that far from the type's bands' proportions (8 communes in each band)
    bands_mix: tuple = ()
    #: Kind ``"mix"`` (id ``region:53``): the file's entities concentrated in one région,
    #: as (région code, in the file, in France), when a random draw would practically never
    #: put that many there (:func:`region_design`; ``p_mix`` its chance); overseas France
    #: (the five DROM) counts as one région, :data:`OVERSEAS` (a file of the 5 DROM)
    region: tuple = ()
    #: then, when the file's entities lie in a few régions, at least :data:`PLACE_WHOLE` of
    #: each held (all the départements of Bretagne and of the Pays de la Loire), each one as
    #: (région code, in the file, in France), the most held first; else empty
    regions: tuple = ()
    #: then the départements whose entities ``--within`` makes a base holding every entity
    #: of the file (those of its région or régions, and of at most :data:`REGION_STRAYS`
    #: others holding the rest), in code order; empty when the rest is spread wider
    within: tuple = ()
    #: whether the file is said no random draw for lying inside ``regions`` alone (none
    #: holding more than :data:`REGION_SHARE` of it: the 14 départements of Bretagne, the
    #: Pays de la Loire and Normandie), not for the most in one région
    regions_inside: bool = False

    @property
    def id(self) -> str:
        """The part as JSON and CSV say it: ``metropole``, ``ville_prefecture``,
        ``population>=20000``, ``population:10000-49999`` (kind ``"bands"``: the ranges of
        the bands the sample falls in, joined by ``+``; an open one ``100000+``),
        ``kind=METRO`` (kind ``"category"``: the categories held whole, joined by ``+``),
        ``bands_mix`` (kind ``"mix"``: no part, the bands' proportions not kept),
        ``kinds_mix`` (kind ``"mix"``: no part, the categories' proportions not kept)."""
        if self.kind == "band":
            return f"population>={self.subset}"
        return str(self.subset)

    @property
    def estimable(self) -> bool:
        """Whether the file (its others beside the part) can be read as a random sample
        of the type (of the rest, of the bands it falls in): always, but when far from the
        categories' or the size bands' proportions (``p_mix``)."""
        return self.p_mix is None or self.p_mix >= MIX_DESIGN_P

    @property
    def n_estimated(self) -> int:
        """The entities a stratified file's weighted estimate is for: the type's, or the
        part's and the rest's in ``bands`` when the others fall in those bands alone."""
        return self.total if self.n_covered is None else self.n_subset + self.n_covered

    def as_dict(self) -> dict:
        """The design as plain values (``attrs["design"]`` of the figures), without codes;
        ``bands, missing, n_covered, n_sample, n_estimated, p_random`` only when the file (or
        its others beside the part) falls inside some size bands (:func:`band_design`) or
        categories of intercommunalités (:func:`kind_design`: then also ``kinds``,
        ``kinds_missing`` as [category, entities] pairs, and ``n_kinds``); beside some
        categories held whole (kind ``"category"``) or far from the categories'
        proportions (kind ``"mix"``, id ``kinds_mix``), ``others_kinds`` as [category, in
        the file, in France], ``p_mix`` and ``estimable``; for communes (any type of several
        size bands), ``bands_mix`` as [band, in the file, in France], ``p_mix`` and
        ``estimable`` (:func:`_band_mix`)."""
        out = {"kind": self.kind, "subset": self.subset, "id": self.id,
               "n_subset": self.n_subset, "n_others": self.n_others, "n_rest": self.n_rest,
               "total": self.total}
        if self.bands or self.kinds:
            out.update(bands=list(self.bands), missing=list(self.missing),
                       n_covered=self.n_covered, n_sample=self.n_sample,
                       n_estimated=self.n_estimated, p_random=self.p_random)
        if self.kinds:
            out.update(kinds=list(self.kinds), kinds_missing=[list(k) for k in self.kinds_missing],
                       n_kinds=self.n_kinds)
        if self.others_kinds:
            out.update(others_kinds=[list(k) for k in self.others_kinds], p_mix=self.p_mix,
                       estimable=self.estimable)
        if self.bands_mix:
            out.update(bands_mix=[list(k) for k in self.bands_mix], p_mix=self.p_mix,
                       estimable=self.estimable)
        if self.region:
            out.update(region=list(self.region), p_mix=self.p_mix, estimable=self.estimable,
                       regions=[list(r) for r in self.regions], within=list(self.within),
                       regions_inside=self.regions_inside)
        return out

    @property
    def stratified(self) -> bool:
        """Whether the file holds other entities of the type beside the part."""
        return self.n_others > 0


def no_random_sample(design: dict) -> bool:
    """Whether a file of this design (:meth:`SurveyDesign.as_dict`) gets compare's flag
    ``non_random_sample`` unsplit, no interval: beside a part held whole it holds others
    (stratified: its k/n over-weights the part), or it is far from its type's categories'
    or size bands' proportions (not ``estimable``). A part alone keeps an interval (the
    part's). As :func:`_design_figures` decides it, for the figures that keep the design
    in ``attrs`` only (:func:`barometre.wave_trend`: its « † » waves).

    >>> no_random_sample({"n_others": 40, "estimable": False}), no_random_sample({"n_others": 0})
    (True, False)
    """
    return bool(design.get("n_others")) or not design.get("estimable", True)


@functools.cache
def _parts_of(t: str) -> tuple[tuple[str, str | int, frozenset], ...]:
    """The parts of type ``t`` a survey may have taken whole (:func:`survey_design`):
    (kind, subset, codes), once per type."""
    cols = reference._entity_columns(t)
    codes = list(cols["code"])
    parts = []
    metro = frozenset(c for c, r in zip(codes, cols["region"]) if r not in _OVERSEAS_REGIONS)
    if 0 < len(metro) < len(codes):
        parts.append(("metropole", "metropole", metro))
    if t == "commune":
        for narrower in _NARROWER:
            parts.append(("type", narrower, frozenset(reference.type_codes(narrower))))
        pops = np.asarray(cols["population"], dtype=float)
        for low, _ in reference.INSEE_BANDS[1:]:  # every commune of low inhabitants or more
            parts.append(("band", low, frozenset(c for c, p in zip(codes, pops) if p >= low)))
    return tuple(parts)


@functools.cache
def _design_limit(t: str) -> float | None:
    """The number of entities from which a file of type ``t`` holds no part whole (see
    :func:`survey_design`: fewer than half of the others beside a part, so fewer than
    (total + part) / 2 entities, for its largest part); None when the type has no part."""
    t = find_type(t).id
    try:
        total = len(reference.type_codes(t))
    except UsageError:
        return None
    # the parts' sizes as _parts_of counts them, without their sets of codes (35,000 for
    # the communes' bands: 50 ms that a census never needs)
    cols = reference._entity_columns(t)
    sizes = [sum(r not in _OVERSEAS_REGIONS for r in cols["region"])]
    if t == "commune":
        sizes += [len(reference.type_codes(n)) for n in _NARROWER]
        pops = np.asarray(cols["population"], dtype=float)
        sizes += [int((pops >= low).sum()) for low, _ in reference.INSEE_BANDS[1:]]
    kinds = [len(v) for v in _kinds_of_type(t).values()]
    if kinds:  # every category but the smallest, held whole (survey_design)
        sizes.append(total - min(kinds))
    sizes = [n for n in sizes if 0 < n < total]
    return (total + max(sizes)) / 2 if sizes else None


def survey_design(codes: Iterable[str], type: str) -> SurveyDesign | None:
    """The part of the type that a survey file holds whole, when the file is plainly not a
    random sample of the type; None otherwise.

    The parts looked at: the metropolitan entities (a type with overseas ones); for
    communes, the narrower types (grandes villes, villes préfectures, villes moyennes) and
    the communes of at least 500, 2,000 … 100,000 inhabitants; for intercommunalités, the
    categories (CC, CA, CU, métropoles) the file holds whole beside others of other
    categories, when a random draw of as many would practically never hold them whole (the
    21 métropoles beside 39 others: a stratified sample, estimated for the type only when
    the others are near the rest's categories' proportions, ``estimable``; a file of those
    categories alone is :func:`kind_design`'s). A part counts when the file
    holds every one of its entities, it is not the whole type, and the file holds fewer than
    half of the type's other entities (a file of every département but Mayotte is a near
    census, not a design); the largest such part is the one said. A random sample holds
    every one of 13 régions or 42 grandes villes with a vanishing probability unless it
    holds most of the type, and even then counting the part apart is right: given that it
    holds the part, a random sample's other entities are a random sample of the rest. A
    file inside some size bands, no part whole, is :func:`band_design`'s.

    Returns
    -------
    SurveyDesign or None
        ``n_others == 0``: the file is that part, a census of it (or a sample of it with
        blanks); else the part beside a few others: a stratified sample.

    Examples
    --------
    >>> from barometre import reference
    >>> from barometre.analysis.survey import survey_design
    >>> metro = [c for c in reference.type_codes("departement") if not c.startswith("97")]
    >>> d = survey_design(metro, "departement")
    >>> d.id, d.n_subset, d.n_others, d.n_rest, d.total
    ('metropole', 96, 0, 5, 101)
    >>> survey_design(reference.type_codes("departement")[:50], "departement") is None
    True
    """
    t = find_type(type).id
    try:
        every = reference.type_codes(t)
    except UsageError:
        return None
    every_set = frozenset(every)
    present = frozenset(codes) & every_set
    best = None
    for kind, subset, part in _parts_of(t):
        if not part or len(part) >= len(every_set) or not part <= present:
            continue
        others, rest = len(present) - len(part), len(every_set) - len(part)
        if 2 * others >= rest:  # most of the rest too: a near census, no design to say
            continue
        if best is None or len(part) > best.n_subset:
            best = SurveyDesign(kind, subset, len(part), others, rest, len(every_set), part)
    by_category = _category_part(present, t, len(every_set))
    if by_category is not None and (best is None or by_category.n_subset > best.n_subset):
        best = by_category
    return best


#: Beside some categories of intercommunalités held whole, the others are read as a random
#: sample of the rest unless a random draw of as many would be this far from the rest's
#: categories' proportions with a smaller chance (one in a thousand): 20 CA, 15 CC and 4
#: CU picked beside the 21 métropoles, where a draw of 39 of the other 1,233 gives about 31
#: CC, 7 CA and no CU. A file already plainly chosen (it holds a whole category): refusing
#: its estimate for a chance mix costs a number, never gives a false one.
MIX_DESIGN_P = 1e-3


def _category_part(present: frozenset, t: str, total: int) -> SurveyDesign | None:
    """The categories of intercommunalités a file (``present``: its entities of type
    ``t``) holds whole beside others, when a random draw of its n entities would hold each
    of them whole with a chance under :data:`BAND_DESIGN_P` (the 14 CU in a draw of 200:
    about 1e-12; in a draw of 600, 3e-5: not said), the categories are not all of the
    type's and the file holds fewer than half of the other entities; None otherwise. A
    file of those categories alone is :func:`kind_design`'s (their census, no others).

    The others are then a sample of the rest only if they are near its categories'
    proportions: ``others_kinds`` and ``p_mix`` (:func:`_mix_chance`) say it."""
    kinds = _kinds_of_type(t)
    if not kinds:
        return None
    n = len(present)
    limit = math.log(BAND_DESIGN_P)
    whole = [k for k, v in kinds.items()
             if v <= present and _log_all_inside(n, total, len(v)) < limit]
    if not whole or len(whole) == len(kinds):
        return None
    part = frozenset().union(*(kinds[k] for k in whole))
    others, rest = n - len(part), total - len(part)
    if not others or 2 * others >= rest:
        return None
    mix = tuple((k, len(present & v), len(v)) for k, v in kinds.items() if k not in whole)
    return SurveyDesign("category", "kind=" + "+".join(whole), len(part), others, rest,
                        total, part, others_kinds=mix, p_mix=_mix_chance(mix))


def _hypergeometric_tails(x: int, n: int, K: int, N: int) -> tuple[float, float]:
    """P(X <= x) and P(X >= x) for X the entities of a group of ``K`` among ``n`` drawn at
    random of ``N``."""
    lo, hi = max(0, n - (N - K)), min(n, K)
    ks = np.arange(lo, hi + 1)
    lg = np.vectorize(math.lgamma)
    logp = (lg(K + 1) - lg(ks + 1) - lg(K - ks + 1) + lg(N - K + 1) - lg(n - ks + 1)
            - lg(N - K - n + ks + 1) - lg(N + 1) + lg(n + 1) + lg(N - n + 1))
    p = np.exp(logp)
    return float(p[ks <= x].sum()), float(p[ks >= x].sum())


def _mix_chance(mix: tuple) -> float:
    """The chance that a random draw of the others (``mix``: (category or size band,
    drawn, in the rest) per group) is as far from the rest's proportions in some group:
    each group's two-sided hypergeometric tail, the smallest times the number of groups
    (Bonferroni), at most 1."""
    n, N = sum(x for _, x, _ in mix), sum(K for _, _, K in mix)
    if len(mix) < 2 or not n:
        return 1.0
    tails = [2 * min(_hypergeometric_tails(x, n, K, N)) for _, x, K in mix]
    return min(1.0, len(mix) * min(tails))


def _held_per_band(codes: Iterable[str], of_code: dict[str, int], sizes: np.ndarray,
                   part: SurveyDesign | None) -> tuple[np.ndarray, np.ndarray]:
    """Each size band's entities in France and in the file (:func:`_bands_of_type`'s
    ``of_code`` and ``sizes``, copied); beside ``part``: the rest of the type's and the
    file's others (the part's entities counted in neither)."""
    skip = part.codes if part is not None else frozenset()
    sizes = sizes.copy()
    for c in skip:
        b = of_code.get(c)
        if b is not None:
            sizes[b] -= 1
    held = np.zeros(len(sizes), dtype=np.int64)
    for c in set(codes) - {None}:
        b = of_code.get(c)
        if b is not None and c not in skip:
            held[b] += 1
    return sizes, held


def _band_mix(codes: Iterable[str], t: str, part: SurveyDesign | None = None,
              inside: bool = False) -> tuple:
    """The file's entities of type ``t`` (beside ``part``: its others, among the rest of
    the type) per size band of :data:`reference.INSEE_BANDS`, as (band, in the file, in
    France); ``inside``: the bands the file holds only (a sample of those bands,
    :func:`band_design`), else every band of the type (of the rest). Empty for a type of
    fewer than two bands or without populations. :func:`_mix_chance` of it says whether a
    random draw could be that far from the bands' proportions: 8 communes in each of the 8
    bands are not (a draw of 64 holds ~33 of < 500 inhabitants and none of 100,000 or
    more).

    >>> from barometre import reference
    >>> pop = reference.entities("commune").set_index("code")["population"]
    >>> small = sorted(pop[pop < 500].index)[:8] + sorted(pop[pop >= 100_000].index)[:8]
    >>> mix = _band_mix(small, "commune")
    >>> mix[0], mix[-1], _mix_chance(mix) < MIX_DESIGN_P
    (('< 500', 8, 18256), ('≥ 100 000', 8, 42), True)
    """
    try:
        of_code, sizes, _ = _bands_of_type(t)
    except (UsageError, KeyError):  # no reference list, or no population in it
        return ()
    sizes, held = _held_per_band(codes, of_code, sizes, part)
    keep = np.flatnonzero((held > 0) if inside else (sizes > 0)).tolist()
    if len(keep) < 2:
        return ()
    labels = [label for _, label in reference.INSEE_BANDS]
    return tuple((labels[b], int(held[b]), int(sizes[b])) for b in keep)


def _with_band_mix(design: SurveyDesign, codes: Iterable[str], t: str) -> SurveyDesign:
    """``design`` with the size bands' mix of the file (kind ``"bands"``: inside the bands
    it falls in) or of its others beside the part (stratified: among the rest, inside the
    bands they fall in when :func:`band_design` said so): ``bands_mix`` and ``p_mix``."""
    import dataclasses

    part = design if design.stratified else None
    mix = _band_mix(codes, t, part, inside=design.kind == "bands" or bool(design.bands))
    if not mix:
        return design
    return dataclasses.replace(design, bands_mix=mix, p_mix=_mix_chance(mix))


def _kind_mix(codes: Iterable[str], t: str) -> tuple:
    """The file's entities of type ``t`` per category of intercommunalités
    (:func:`_kinds_of_type`), as (category, in the file, in France); empty for a type
    without categories. :func:`_mix_chance` of it says whether a random draw could be that
    far from the categories' proportions: 10 of each category are not (a draw of 40 of the
    1,254 holds ~32 CC, ~7 CA and less than one CU or métropole).

    >>> from barometre import reference
    >>> e = reference.entities("epci")
    >>> ten = [c for k in EPCI_KINDS for c in sorted(e.loc[e["kind"] == k, "code"])[:10]]
    >>> mix = _kind_mix(ten, "epci")
    >>> mix[0], mix[-1], _mix_chance(mix) < MIX_DESIGN_P
    (('CC', 10, 989), ('METRO', 10, 21), True)
    """
    try:
        kinds = _kinds_of_type(t)
    except (UsageError, KeyError):  # no reference list
        return ()
    codes = set(codes) - {None}
    return tuple((k, len(codes & v), len(v)) for k, v in kinds.items())


def mix_design(codes: Iterable[str], type: str) -> SurveyDesign | None:
    """A survey file that holds no part whole (:func:`survey_design`) and falls in no
    bands alone (:func:`sample_design`) whose entities are too far from the type's
    categories of intercommunalités' proportions (:func:`_kind_mix`; id ``kinds_mix``,
    the mix in ``others_kinds``) or, else, its size bands' (:func:`_band_mix`; id
    ``bands_mix``, the mix in ``bands_mix``) for a random draw (a chance under
    :data:`MIX_DESIGN_P`, ``p_mix``): kind ``"mix"``, every entity an "other"
    (``n_others``), ``estimable`` False; None otherwise, or for a file chosen by place
    (:func:`_chosen_by_place`, :func:`place_of`: its place, not a draw, makes its mix, and
    the place's note says so). Its share (k/n)
    over-weights the bands it over-samples: 8 communes in each band give 81 % on
    Facebook where the bands weighed by their sizes give 51 %; nothing is said for the
    type, ``--by strate`` counts each band apart. Likewise 10 intercommunalités of each
    category (the métropoles all present, a fifth of the CC): 60 % where the categories
    weighed by their sizes give 27 %; ``--by category`` counts each category apart.

    >>> from barometre import reference
    >>> pop = reference.entities("commune").set_index("code")["population"]
    >>> def spread(low, high):  # 8 communes of the band, across France
    ...     band = sorted(pop[(pop >= low) & (pop < high)].index)
    ...     return band[::len(band) // 8][:8]
    >>> lows = [0, 500, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 10**8]
    >>> d = mix_design([c for lo, hi in zip(lows, lows[1:]) for c in spread(lo, hi)], "commune")
    >>> d.id, d.n_others, d.total, d.estimable, d.bands_mix[-1]
    ('bands_mix', 64, 34875, False, ('≥ 100 000', 8, 42))
    >>> mix_design(sorted(pop.index)[::175], "commune") is None  # in the bands' proportions
    True
    """
    t = find_type(type).id
    codes = set(codes) - {None}
    # the categories first: an intercommunalité's category is its legal size class, which
    # --by category counts apart; the size bands then (a mix of categories held in their
    # proportions can still over-sample the large CC)
    kinds = _kind_mix(codes, t)
    p_kinds = _mix_chance(kinds) if kinds else 1.0
    mix = () if p_kinds < MIX_DESIGN_P else _band_mix(codes, t)
    p = p_kinds if p_kinds < MIX_DESIGN_P else _mix_chance(mix) if mix else 1.0
    if p >= MIX_DESIGN_P or _chosen_by_place(codes, t, None):  # (the place last: its
        return None  # map of the type's codes costs more than the test)
    if place_of(codes, t) is not None:  # whole départements (the intercommunalités of two
        return None  # régions): chosen by place, said so (its note), not by a draw
    every = reference.type_codes(t)
    if not mix:  # far from the categories' proportions
        n = sum(x for _, x, _ in kinds)
        return SurveyDesign("mix", "kinds_mix", 0, n, len(every), len(every),
                            frozenset(every), others_kinds=kinds, p_mix=p)
    n = sum(x for _, x, _ in mix)
    return SurveyDesign("mix", "bands_mix", 0, n, len(every), len(every), frozenset(every),
                        bands_mix=mix, p_mix=p)


def within_kind_design(codes: Iterable[str], type: str, base: frozenset
                       ) -> SurveyDesign | None:
    """Under ``within`` (``base``: the type's entities of those départements), a file of
    intercommunalités too far from the base's categories' proportions for a random draw of
    them (:func:`_mix_chance` under :data:`MIX_DESIGN_P`, as :func:`mix_design` tests the
    type's in France): kind ``"mix"``, id ``kinds_mix``, the mix in ``others_kinds`` as
    (category, in the file, in the base), ``total`` the base's size; None otherwise.

    >>> from barometre import reference
    >>> e = reference.entities("epci")
    >>> bzh = e[e["region"] == "53"]
    >>> pick = list(bzh.loc[bzh["kind"] != "CC", "code"]) + list(bzh.loc[bzh["kind"] == "CC", "code"])[:2]
    >>> d = within_kind_design(pick, "epci", frozenset(bzh["code"]))
    >>> d.id, d.total, d.others_kinds, d.estimable
    ('kinds_mix', 60, (('CC', 2, 42), ('CA', 16, 16), ('METRO', 2, 2)), False)
    """
    t = find_type(type).id
    kinds = _kinds_of_type(t)
    held = frozenset(codes) & base
    mix = tuple((k, len(held & v), len(base & v)) for k, v in kinds.items() if base & v)
    p = _mix_chance(mix) if len(mix) > 1 else 1.0
    if p >= MIX_DESIGN_P:
        return None
    return SurveyDesign("mix", "kinds_mix", 0, len(held), len(base), len(base), base,
                        others_kinds=mix, p_mix=p)


#: A file mostly in one région whose entities lie in at most this many régions, at least
#: :data:`PLACE_WHOLE` of each, is said to hold those régions (:func:`region_design`)
REGION_FEW = 3


#: A file is chosen by région (:func:`region_design`) when more than this share of its
#: entities lie in one région and a random draw of as many would put that many there with
#: a chance under :data:`MIX_DESIGN_P` (times the régions): the largest région holds 15 %
#: of the communes (Grand Est) and 13 % of the intercommunalités (Auvergne-Rhône-Alpes), so
#: a random draw is never mostly of one région but for a handful of entities, which the
#: chance rules out (in the largest région 6 of 6 intercommunalités are, 5 of 6 not: 3e-3)
REGION_SHARE = 0.5

#: The région :func:`region_design` gives every overseas entity (:data:`_OVERSEAS_REGIONS`):
#: overseas France is one place, as a région is; each DROM being its own région, the 5
#: overseas départements were read as a random draw of the 101 (review session 31)
OVERSEAS = "DROM"

#: The départements outside a file's région (or régions) that ``--within`` may add to them
#: to hold its few entities elsewhere (:func:`region_design`); more, and no base is advised
REGION_STRAYS = 2


@functools.cache
def _region_of(t: str) -> dict[str, str]:
    """Each entity of type ``t``'s région, once per type, an overseas one's
    :data:`OVERSEAS`; empty for a type without one, and for régions. Départements have
    one: a file of 9 départements, 5 of them the 5 of the Pays de la Loire, is no random
    draw of the 101 (review pub30: it printed an interval for France while ``compare
    --help`` said such a file gets none)."""
    if t == "region":
        return {}
    cols = reference._entity_columns(t)
    if "region" not in cols:
        return {}
    return {c: OVERSEAS if r in _OVERSEAS_REGIONS else r
            for c, r in zip(cols["code"], cols["region"]) if r}


def _region_within(codes: set, t: str, main: Iterable[str]) -> tuple[str, ...]:
    """The départements ``--within`` takes to hold every entity of a file (``codes``, of
    type ``t``) mostly in the régions ``main``: those régions' départements and
    those of its entities elsewhere, when these lie in at most :data:`REGION_STRAYS`
    départements; empty otherwise (a base of them would be no place)."""
    main = set(main)
    deps = {d for d, r in _region_of("departement").items() if r in main}
    # each entity's département as within_codes reads it (an intercommunalité: that of most
    # of its inhabitants, whatever its région), so that the base refuses none of them
    dep = {c: c for c in codes} if t == "departement" else _departement_of(t)
    held = {dep.get(c) for c in codes}
    out = held - deps
    if None in out or len(out) > REGION_STRAYS:
        return ()
    return tuple(sorted(deps | out))


def region_design(codes: Iterable[str], type: str) -> SurveyDesign | None:
    """A survey file whose entities lie mostly in one région (more than
    :data:`REGION_SHARE`, at least :data:`PLACE_MIN`), when a random draw of as many of
    the type would put that many there with a chance under :data:`MIX_DESIGN_P` (the
    hypergeometric upper tail, times the régions: Bonferroni): kind ``"mix"``, id
    ``region:53``, ``region`` (région, in the file, in France), ``estimable`` False: its
    share and those of its categories or size bands are no draw from France (13 of 15 CA
    in Bretagne are not 15 CA of France's 230), no interval. Overseas France is one
    région here (:data:`OVERSEAS`, id ``region:DROM``): the 5 DROM are a place. A file of
    a few régions, at least half of each held, has them in ``regions``; ``within`` the
    départements whose entities ``--within`` makes a base holding the file's (empty when
    it is spread beyond them). None otherwise, for a file of régions, or one more than
    :data:`PLACE_SHARE` in one département: that one has the place's note, no interval
    either (:func:`place_of`).

    >>> from barometre import reference
    >>> e = reference.entities("epci")
    >>> bzh = e[e["region"] == "53"].groupby("departement").head(5)  # 5 per département
    >>> d = region_design(bzh["code"], "epci")
    >>> d.id, d.region, d.estimable, d.within
    ('region:53', ('53', 20, 60), False, ('22', '29', '35', '56'))
    >>> d = region_design(["971", "972", "973", "974", "976"], "departement")
    >>> d.id, d.region, d.regions
    ('region:DROM', ('DROM', 5, 5), (('DROM', 5, 5),))
    >>> region_design(sorted(e["code"])[::30], "epci") is None
    True
    """
    from collections import Counter

    t = find_type(type).id
    region_of = _region_of(t)
    if not region_of:
        return None
    codes = set(codes) - {None}
    own = Counter(region_of[c] for c in codes if c in region_of)
    n = sum(own.values())
    if not own:
        return None
    r, k = own.most_common(1)[0]
    sizes = Counter(region_of.values())
    p = (1.0 if k < PLACE_MIN or k <= REGION_SHARE * n else
         min(1.0, len(sizes) * _hypergeometric_tails(k, n, sizes[r], len(region_of))[1]))
    # a few régions, at least half of each held (all the départements of the west): said
    regions = tuple(sorted(((g, j, sizes[g]) for g, j in own.items()),
                           key=lambda x: (-x[1], x[0])))
    if len(regions) > REGION_FEW or any(j < PLACE_WHOLE * m for _, j, m in regions):
        regions = ()
    inside = False
    if p >= MIX_DESIGN_P and regions and n >= max(PLACE_MIN, 2 * len(regions)):
        # none more than half of the file, but the file inside those régions alone: the
        # chance a random draw falls there (times the sets of as many régions)
        m = sum(x for _, _, x in regions)
        inside = 2 * m <= len(region_of)  # those régions not most of the type
        p = (min(1.0, math.comb(len(sizes), len(regions))
                 * math.exp(_log_all_inside(m, len(region_of), n))) if inside else 1.0)
    if p >= MIX_DESIGN_P or _chosen_by_place(codes, t, None):
        return None
    if place_of(codes, t) is not None:  # whole départements: said by the place's note
        return None
    every = reference.type_codes(t)
    within = _region_within(codes, t, [g for g, _, _ in regions] or [r])
    return SurveyDesign("mix", f"region:{r}", 0, n, len(every), len(every), frozenset(every),
                        region=(r, k, sizes[r]), p_mix=p, regions=regions, within=within,
                        regions_inside=inside)


#: A file whose entities all fall in some size bands of the type is read as a sample of
#: those bands (:func:`band_design`) when a random draw of as many entities of the whole
#: type would fall there alone with a smaller chance than this (one in a million)
BAND_DESIGN_P = 1e-6


@functools.cache
def _bands_of_type(t: str) -> tuple[dict[str, int], np.ndarray, dict[int, frozenset]]:
    """Per entity of type ``t`` with a known population, its size band (index in
    :data:`reference.INSEE_BANDS`, :func:`reference.band_index`); each band's size and
    codes. Cached: the sizes are copied before they are changed (:func:`band_design`)."""
    band, known = reference.band_index(t)
    codes_of = reference._entity_columns(t)["code"]
    of_code = {c: int(b) for c, b, k in zip(codes_of, band.tolist(), known.tolist()) if k}
    sizes = np.bincount(band[known], minlength=len(reference.INSEE_BANDS))
    codes: dict[int, set] = {}
    for c, b in of_code.items():
        codes.setdefault(b, set()).add(c)
    return of_code, sizes, {b: frozenset(v) for b, v in codes.items()}


def _bands_id(bands: Iterable[int]) -> str:
    """``population:10000-49999`` for the bands 10 000–19 999 and 20 000–49 999: the ranges
    of consecutive bands, joined by ``+``, an open one ``100000+``."""
    bands = sorted(bands)
    runs: list[list[int]] = []
    for b in bands:
        if runs and runs[-1][-1] == b - 1:
            runs[-1].append(b)
        else:
            runs.append([b])
    lows = [low for low, _ in reference.INSEE_BANDS]
    out = []
    for run in runs:
        low, last = lows[run[0]], run[-1]
        out.append(f"{low}+" if last == len(lows) - 1 else f"{low}-{lows[last + 1] - 1}")
    return "population:" + "+".join(out)


def _log_all_inside(m: int, total: int, n: int) -> float:
    """log of the chance that a random draw of ``n`` of ``total`` entities takes all of them
    among ``m`` given ones: C(m, n) / C(total, n) (hypergeometric; -inf when m < n)."""
    if n > m:
        return -math.inf
    return (math.lgamma(m + 1) - math.lgamma(m - n + 1) - math.lgamma(total + 1)
            + math.lgamma(total - n + 1))


def band_design(codes: Iterable[str], type: str, part: SurveyDesign | None = None
                ) -> SurveyDesign | None:
    """The size bands a survey file's entities all fall in, when a random draw of the type
    would practically never fall there alone; None otherwise.

    The bands are those of :data:`reference.INSEE_BANDS` that hold at least one entity of
    the file (by the reference's population); m entities of the type are in them, of N. A
    random draw of n entities of the N falls inside them alone with the chance
    C(m, n) / C(N, n); under :data:`BAND_DESIGN_P` (one in a million; over the 255 sets of
    bands a random sample could fall in, a random sample is misread as a band's so less
    than once in 3,900) the file is read as a sample of those m entities, not of the N: its
    shares and intervals are theirs (N = m), and nothing is said of the bands it misses.
    200 random communes of 10,000–49,999 inhabitants (914 of the 34,875): (914/34,875)^200,
    far below; 200 communes of the 34,875 drawn at random miss the 42 of 100,000 or more
    four times in five, and fall in bands of 52 % of the type or more: never read so.

    A file chosen by place (more than :data:`PLACE_SHARE` of its entities in one
    département: the communes of the Hauts-de-Seine all have 500 inhabitants or more) is
    none: it misses the small communes because its place has none, not by a draw.

    ``part``: a file that holds a part whole beside others (:func:`survey_design`,
    stratified): the test is on the others among the rest of the type; the result is
    ``part`` with ``bands``, ``missing`` and ``n_covered`` (the rest's entities in the
    bands: the weighted estimate is for the part and them, not for the whole type).

    Examples
    --------
    >>> from barometre import reference
    >>> from barometre.analysis.survey import band_design
    >>> pop = reference.entities("commune").set_index("code")["population"]
    >>> mid = sorted(pop[(pop >= 10_000) & (pop < 50_000)].index)[::5]
    >>> d = band_design(mid, "commune")
    >>> d.id, d.n_sample, d.n_subset, d.total, d.missing[:2]
    ('population:10000-49999', 183, 914, 34875, ('< 500', '500–1 999'))
    >>> band_design(sorted(pop.index)[::175], "commune") is None  # every band held
    True
    """
    t = find_type(type).id
    try:
        of_code, sizes, band_codes = _bands_of_type(t)
    except (UsageError, KeyError):  # no reference list, or no population in it
        return None
    if (sizes > 0).sum() < 2:  # one band (régions): nothing to miss
        return None
    sizes, held = _held_per_band(codes, of_code, sizes, part)
    n = int(held.sum())
    inside = held > 0
    m, total = int(sizes[inside].sum()), int(sizes.sum())
    if not n or m >= total:
        return None
    if _chosen_by_place(codes, t, part):
        return None
    log_p = _log_all_inside(m, total, n)
    if log_p >= math.log(BAND_DESIGN_P):
        return None
    labels = [label for _, label in reference.INSEE_BANDS]
    bands = tuple(labels[b] for b in np.flatnonzero(inside))
    missing = tuple(labels[b] for b in np.flatnonzero(~inside & (sizes > 0)))
    p = math.exp(log_p)  # 0.0 when below the floats
    if part is not None:
        import dataclasses

        return dataclasses.replace(part, bands=bands, missing=missing, n_covered=m,
                                   p_random=p)
    every = len(reference.type_codes(t))
    codes_in = frozenset().union(*(band_codes.get(b, frozenset())
                                   for b in np.flatnonzero(inside).tolist()))
    return SurveyDesign("bands", _bands_id(np.flatnonzero(inside).tolist()), m, 0, every - m,
                        every, codes_in, bands=bands, missing=missing, n_sample=n,
                        p_random=p)


#: The categories of intercommunalités (the reference's ``kind``), in the order they are said
EPCI_KINDS = ("CC", "CA", "CU", "METRO")


@functools.cache
def _kinds_of_type(t: str) -> dict[str, frozenset]:
    """The codes of each category (``kind``) of type ``t``'s entities, in
    :data:`EPCI_KINDS` order; empty for a type without categories or of one."""
    cols = reference._entity_columns(t)
    if "kind" not in cols:
        return {}
    out: dict[str, set] = {}
    for c, k in zip(cols["code"], cols["kind"]):
        out.setdefault(k, set()).add(c)
    order = {k: i for i, k in enumerate(EPCI_KINDS)}
    kinds = {k: frozenset(out[k]) for k in sorted(out, key=lambda k: (order.get(k, 99), k))}
    return kinds if len(kinds) > 1 else {}


def one_kind(codes: Iterable[str], type: str) -> str | None:
    """The category of intercommunalités (``CA``, ``CC``, ``CU``, ``METRO``) every entity
    of ``codes`` is of, for a type of several categories (epci); None when they are of
    several, for another type or no code. A file (or peer group) of CA alone is then named
    « communautés d'agglomération », not « intercommunalités »; the same categories
    :func:`kind_design` reads.

    >>> from barometre import reference
    >>> e = reference.entities("epci")
    >>> one_kind(e.loc[e["kind"] == "CA", "code"][:5], "epci")
    'CA'
    >>> one_kind(e["code"][:50], "epci") is None, one_kind(["44"], "departement")
    (True, None)
    """
    try:  # the métropoles' METRO and MET69 are one type's legal nuance: never named
        t = find_type(type).id
        kinds = _kinds_of_type(t) if t == "epci" else {}
    except UsageError:
        return None
    codes = set(codes) - {None}
    if not kinds or not codes:
        return None
    held = [k for k, v in kinds.items() if codes & v]
    return held[0] if len(held) == 1 and codes <= kinds[held[0]] else None


def kind_words(kind: str, plural: bool = True) -> Words:
    """A category of intercommunalités in words, French and English: « communautés
    d'agglomération » (``plural``), « communauté d'agglomération »."""
    from ..messages import text

    code = ("epci-kind-" if plural else "epci-kind-one-") + kind.lower()
    return Words(text(code, "fr"), text(code, "en"))


def kind_design(codes: Iterable[str], type: str) -> SurveyDesign | None:
    """The categories of intercommunalités (CC, CA, CU, métropoles: the reference's
    ``kind``) a survey file's entities all are, when a random draw of the type would
    practically never be of those alone; None otherwise, or for a type without categories.

    As :func:`band_design` for size bands: m entities of the type are of the categories the
    file holds, of N; a random draw of the file's n entities is of those alone with the
    chance C(m, n) / C(N, n), read as no random sample under :data:`BAND_DESIGN_P`. The 40
    largest communautés d'agglomération: (230/1,254)^40, far below; the file is a sample of
    the 230 CA (N = 230), not of the 1,254 intercommunalités. A file chosen by place
    (:func:`_chosen_by_place`) is none. :func:`sample_design` joins it to the size bands.

    Examples
    --------
    >>> from barometre import reference
    >>> e = reference.entities("epci")
    >>> ca = e[e["kind"] == "CA"].sort_values("code")["code"].tolist()[::6]
    >>> d = kind_design(ca, "epci")
    >>> d.id, d.n_sample, d.n_subset, d.total, d.kinds_missing
    ('kind:CA', 39, 230, 1254, (('CC', 989), ('CU', 14), ('METRO', 21)))
    >>> kind_design(sorted(e["code"])[::30], "epci") is None  # every category held
    True
    """
    t = find_type(type).id
    try:
        kinds = _kinds_of_type(t)
    except UsageError:
        return None
    if not kinds:
        return None
    codes = set(codes) - {None}
    held = {k: len(codes & v) for k, v in kinds.items()}
    n = sum(held.values())
    inside = tuple(k for k, x in held.items() if x)
    m, total = sum(len(kinds[k]) for k in inside), sum(len(v) for v in kinds.values())
    if not n or m >= total or _chosen_by_place(codes, t, None):
        return None
    log_p = _log_all_inside(m, total, n)
    if log_p >= math.log(BAND_DESIGN_P):
        return None
    part = frozenset().union(*(kinds[k] for k in inside))
    return SurveyDesign("bands", "kind:" + "+".join(inside), m, 0, total - m, total, part,
                        n_sample=n, p_random=math.exp(log_p), kinds=inside,
                        kinds_missing=tuple((k, len(v)) for k, v in kinds.items()
                                            if k not in inside),
                        n_kinds=m)


def sample_design(codes: Iterable[str], type: str) -> SurveyDesign | None:
    """What a survey file that holds no part whole is a sample of, when not of its type:
    some size bands (:func:`band_design`), some categories of intercommunalités
    (:func:`kind_design`), or both; None when neither.

    Both found: the file is read as a sample of the entities of those categories in those
    bands when each restriction holds given the other (the chance that a random draw of
    the categories' entities falls in the bands alone, and of the bands' entities is of
    the categories alone, both under :data:`BAND_DESIGN_P`); else the one that does (a
    random draw of the intercommunalités of 100,000 inhabitants or more that misses the
    one CC of that size is the bands' sample, not "CA, CU and métropoles"); neither: the
    smaller one. The 40 largest communautés d'agglomération: all of 100,000 inhabitants or
    more, which 91 of the 230 CA are: a sample of those 91 (id
    ``kind:CA;population:100000+``).

    Examples
    --------
    >>> from barometre import reference
    >>> e = reference.entities("epci")
    >>> ca = e[e["kind"] == "CA"].sort_values("population", ascending=False)
    >>> d = sample_design(ca["code"].head(40), "epci")
    >>> d.id, d.n_sample, d.n_subset, d.n_kinds, d.total, d.missing[:1]
    ('kind:CA;population:100000+', 40, 91, 230, 1254, ('20 000–49 999',))
    """
    codes = set(codes) - {None}
    kinds = kind_design(codes, type)
    bands = band_design(codes, type)
    if kinds is None or bands is None:
        return kinds or bands
    both = kinds.codes & bands.codes
    n = kinds.n_sample
    limit = math.log(BAND_DESIGN_P)
    keep_bands = _log_all_inside(len(both), kinds.n_subset, n) < limit
    keep_kinds = _log_all_inside(len(both), bands.n_subset, n) < limit
    if not (keep_bands and keep_kinds):
        if keep_bands == keep_kinds:  # neither given the other: the smaller
            return kinds if kinds.n_subset <= bands.n_subset else bands
        return bands if keep_bands else kinds
    import dataclasses

    t = find_type(type).id
    of_code, _, _ = _bands_of_type(t)
    labels = [label for _, label in reference.INSEE_BANDS]
    in_kinds = {of_code[c] for c in kinds.codes if c in of_code}
    missing = tuple(label for i, label in enumerate(labels)
                    if i in in_kinds and label not in bands.bands)
    return dataclasses.replace(
        kinds, subset=f"{kinds.subset};{bands.subset}", n_subset=len(both),
        n_rest=kinds.total - len(both), codes=both, bands=bands.bands, missing=missing,
        p_random=math.exp(_log_all_inside(len(both), kinds.total, n)))


#: Above this share of a file's entities in one département, the file was chosen by place
#: (a département's communes, a métropole's), not drawn: a draw of 200 of the 914 communes
#: of 10,000–49,999 inhabitants puts at most ~7 % in one département.
PLACE_SHARE = 0.25


def _chosen_by_place(codes: Iterable[str], t: str, part: SurveyDesign | None) -> bool:
    """Whether more than :data:`PLACE_SHARE` of the file's entities (the others beside
    ``part``) lie in one département: a file chosen by place falls inside some size bands
    because its place has no small communes (the 36 of the Hauts-de-Seine), not because it
    was drawn from those bands; :func:`band_design` does not read it as their sample."""
    cols = reference._entity_columns(t)
    if "departement" not in cols:
        return False
    dep = dict(zip(cols["code"], cols["departement"]))
    own = [dep.get(c) for c in set(codes) - {None}
           if part is None or c not in part.codes]
    own = [d for d in own if d]
    if len(own) < 2:
        return False
    from collections import Counter

    return Counter(own).most_common(1)[0][1] > PLACE_SHARE * len(own)


#: A file is also chosen by place when it holds at least this share of the entities of every
#: département it touches (the intercommunalités of two régions, whole): a random draw
#: holds a few per cent of each (and at least :data:`PLACE_MIN` entities in all, 2 per
#: département on average, in départements holding at most half of the type's)
PLACE_WHOLE = 0.5


@functools.cache
def _departement_sizes(t: str) -> dict[str, int]:
    """How many entities of type ``t`` each département holds (:func:`_departement_of`)."""
    from collections import Counter

    return dict(Counter(_departement_of(t).values()))


def _whole_departements(counts: dict[str, int], t: str) -> bool:
    """Whether a file's entities per département (``counts``) hold at least
    :data:`PLACE_WHOLE` of each département they touch, those départements not being the
    whole type's."""
    sizes = _departement_sizes(t)
    n = sum(counts.values())
    # at least 2 entities per département on average (one ville préfecture per département
    # holds each whole by chance), in départements holding at most half of the type's
    if n < max(PLACE_MIN, 2 * len(counts)) or (
            2 * sum(sizes.get(d, 0) for d in counts) > sum(sizes.values())):
        return False
    return all(k >= PLACE_WHOLE * sizes.get(d, 0) for d, k in counts.items())


#: A file is said to be chosen by place (:func:`place_of`) only when its most frequent
#: département holds at least this many of its entities: a random draw of 5 entities puts 2
#: in one département one time in ten, which the share alone (:data:`PLACE_SHARE`) would read
#: as a choice
PLACE_MIN = 3


@functools.cache
def _departement_of(t: str) -> dict[str, str]:
    """Each entity of type ``t``'s département (an intercommunalité's: that of most of its
    inhabitants), once per type; empty for a type without one, or whose entities are
    départements (each its own place: no place to say)."""
    if t == "departement":
        return {}
    cols = reference._entity_columns(t)
    if "departement" not in cols:
        return {}
    return {c: d for c, d in zip(cols["code"], cols["departement"]) if d}


@functools.cache
def _departement_numbers(t: str) -> tuple[dict[str, int], int, np.ndarray]:
    """:func:`_departement_of` with each département as a number (0, 1, …), how many, and
    each one's entities (:func:`_departement_sizes` by number): the per-year test of
    :func:`_places_per_year` counts on arrays."""
    dep = _departement_of(t)
    numbers = {d: i for i, d in enumerate(sorted(set(dep.values())))}
    n_dep = max(len(numbers), 1)
    size = np.zeros(n_dep, dtype=np.int64)
    for d, k in _departement_sizes(t).items():
        size[numbers[d]] = k
    return {c: numbers[d] for c, d in dep.items()}, n_dep, size


def place_of(codes: Iterable[str], type: str) -> dict | None:
    """The départements of a survey file chosen by place (:func:`_chosen_by_place`: more
    than :data:`PLACE_SHARE` of its entities in one département, and at least
    :data:`PLACE_MIN` there; or at least :data:`PLACE_WHOLE` of the entities of every
    département it touches, the intercommunalités of two régions), with how many of its
    entities each holds; None otherwise, or for a type whose entities have no département
    or are départements.

    Such a file is no random draw among the type's entities in France: its shares have no
    interval (:func:`adoption`; with ``design=False`` the type's, said in ``attrs`` only),
    the commands say why (flag ``chosen_by_place``, a note naming the départements; over
    waves :func:`place_design`), and ``within`` (:func:`adoption`) makes those
    départements' entities the base.

    Returns
    -------
    dict or None
        ``{"departements": [[code, n], ...], "n": the file's entities with a département,
        "total": the type's entities in France, "n_within": the type's entities in those
        départements}``, the départements by code.

    Examples
    --------
    >>> from barometre import reference
    >>> e = reference.entities("epci")
    >>> place_of(e[e["departement"].isin(["01", "44"])]["code"], "epci")
    {'departements': [['01', 14], ['44', 16]], 'n': 30, 'total': 1254, 'n_within': 30}
    >>> place_of(sorted(e["code"])[::40], "epci") is None  # spread over France
    True
    """
    t = find_type(type).id
    try:
        dep = _departement_of(t)
    except UsageError:
        return None
    if not dep:
        return None
    from collections import Counter

    counts = Counter(d for c in set(codes) - {None} if (d := dep.get(c)))
    n = sum(counts.values())
    if n < 2 or not counts:
        return None
    top = counts.most_common(1)[0][1]
    if (top < PLACE_MIN or top <= PLACE_SHARE * n) and not _whole_departements(counts, t):
        return None
    held = set(counts)
    return {"departements": [[d, k] for d, k in sorted(counts.items())], "n": n,
            "total": len(reference.type_codes(t)),
            "n_within": sum(d in held for d in dep.values())}


def place_design(place: dict) -> dict:
    """A file chosen by place (``place``: :func:`place_of`) as the design the waves' notes
    read (:meth:`SurveyDesign.as_dict`'s keys, ``place`` beside them): no random sample of
    its type (:func:`no_random_sample`), as a file mostly in one région
    (:func:`region_design`), so no interval nor test; trend marks its wave « † »,
    changes gives no p.

    >>> d = place_design({"departements": [["01", 14], ["44", 16]], "n": 30, "total": 1254,
    ...                   "n_within": 30})
    >>> d["kind"], d["estimable"], no_random_sample(d)
    ('mix', False, True)
    """
    return {"kind": "mix", "id": "place", "n_subset": 0, "n_others": int(place["n"]),
            "total": int(place["total"]), "estimable": False, "place": place}


def within_codes(within: str | Iterable[str], type: str) -> tuple[tuple[str, ...], frozenset]:
    """The départements ``within`` names (INSEE codes: ``"01,44"`` or ``["01", "44"]``;
    ``"1"`` reads ``"01"``), in code order, and the entities of type ``type`` that lie in
    them (an intercommunalité: in the département of most of its inhabitants; a
    département: itself): the base of :func:`adoption` ``within``.

    Raises
    ------
    UsageError
        No code, an unknown département, or a type whose entities have no département (the
        régions).

    Examples
    --------
    >>> deps, codes = within_codes("1,44", "epci")
    >>> deps, len(codes)
    (('01', '44'), 30)
    """
    items = within.split(",") if isinstance(within, str) else [str(x) for x in within]
    items = [x.strip().upper() for x in items if x and x.strip()]
    if not items:
        raise UsageError.of("within-empty")
    known = set(reference.type_codes("departement"))
    deps = []
    for x in items:
        code = x.zfill(2) if x.isdigit() and len(x) == 1 else x
        if code not in known:
            raise UsageError.of("within-unknown", value=x)
        deps.append(code)
    deps = tuple(sorted(set(deps)))
    t = find_type(type).id
    if t == "departement":
        return deps, frozenset(deps)
    dep = _departement_of(t)
    if not dep:
        raise UsageError.of("within-no-departement", type=types_words(t))
    wanted = set(deps)
    return deps, frozenset(c for c, d in dep.items() if d in wanted)


def _outside(c: CodedSurvey, base: frozenset, t: str, deps: tuple[str, ...]) -> None:
    """Refuse a file with entities outside the départements ``deps`` (``base``: the
    type's entities in them): which entities, with their département and first row."""
    out = [i for i, code in enumerate(c.codes) if code not in base]
    if not out:
        return
    cols = reference._entity_columns(t)
    name = dict(zip(cols["code"], cols["name"]))
    dep = _departement_of(t)
    rows: dict[int, int] = {}
    try:  # each entity's first row, on the arrays (a file of millions of readings)
        entity = np.asarray(c.entity, dtype=np.int64)
        source_row = np.asarray(c.source_row, dtype=np.int64)
        known = entity >= 0
        first = np.full(len(c.codes), np.iinfo(np.int64).max, dtype=np.int64)
        np.minimum.at(first, entity[known], source_row[known])
        rows = {i: int(first[i]) for i in out[:5] if first[i] != np.iinfo(np.int64).max}
    except (TypeError, ValueError, AttributeError):  # no rows known: the entities alone
        rows = {}
    items = []
    for i in out[:5]:
        code = str(c.codes[i])
        where = dep.get(code) or code
        items.append(Msg("within-outside-item", name=name.get(code, code), code=code, dep=where,
                         row=Msg("within-outside-row", row=rows[i]) if rows.get(i, 0) > 0
                         else Msg("no-hint")))
    raise UsageError.of("within-outside" if len(out) > 1 else "within-outside-one",
                        n=Count(len(out)), deps=",".join(deps), items=items,
                        more=Msg("within-outside-more", n=Count(len(out) - 5))
                        if len(out) > 5 else Msg("no-hint"))


def _places_per_year(c: CodedSurvey, t: str, skip: Iterable[float] = ()) -> dict[float, dict]:
    """:func:`place_of` of the entities with a reading each year (per year key), but the
    years ``skip`` (those read by their design, :func:`_designs_per_year`)."""
    try:
        dep = _departement_of(find_type(t).id)
    except UsageError:
        return {}
    if not dep:
        return {}
    entity, year, _ = _pairs(c)  # distinct (entity, year code) pairs
    of_code, keys = _year_keys(c)
    entity, key = entity.astype(np.int64), of_code[year]
    if len(keys) < len(of_code):  # years sharing a key: an entity once per key
        first = np.unique(entity * len(keys) + key, return_index=True)[1]
        entity, key = entity[first], key[first]
    skip = set(skip)
    # each entity's département as a number, once (-1: none), then per year key and
    # département one count over the arrays: place_of walks the file's codes in Python
    # (0.2 s for ten yearly readings of the 34,875 communes, #19); it is asked only of a
    # year that passes its own test here, to name the départements
    number, n_dep, size = _departement_numbers(find_type(t).id)
    get = number.get
    ent_dep = np.fromiter((get(code, -1) for code in c.codes.tolist()), dtype=np.int64,
                          count=len(c.codes))
    d = ent_dep[entity]
    has = d >= 0
    table = np.bincount(key[has] * n_dep + d[has],
                        minlength=len(keys) * n_dep).reshape(len(keys), n_dep)
    n, top = table.sum(axis=1), table.max(axis=1)
    # or whole départements (PLACE_WHOLE of each one touched, not every one of the type's)
    touched = table > 0
    whole = ((n >= np.maximum(PLACE_MIN, 2 * touched.sum(axis=1)))
             & ((touched & (table < PLACE_WHOLE * size)).sum(axis=1) == 0)
             & (2 * (touched * size).sum(axis=1) <= size.sum()))
    out = {}
    for k in np.flatnonzero((n >= 2) & (((top >= PLACE_MIN) & (top > PLACE_SHARE * n))
                                        | whole)).tolist():
        if float(keys[k]) in skip:
            continue
        ents = np.unique(entity[key == k])
        place = place_of(c.codes[ents], t)
        if place is not None:
            out[float(keys[k])] = place
    return out


def compare_survey_records(survey: pd.DataFrame | CodedSurvey, type: str | None = None,
                           platforms: str | Iterable[str] | None = None,
                           year: int | None = None, by: str | None = None,
                           within: str | Iterable[str] | None = None,
                           panel: bool = False) -> Records:
    """:func:`compare_survey` of one type, as rows of Python values (no frame on the coded
    path: ``compare --data`` prints them).

    :func:`barometre.compare`'s rules on the figures of one type from one file (one
    source, measure, base family, no disputed figure): the anchor is the latest year with
    a figure (or ``year``), every figure of that year is comparable, no other type is
    shown or left out; the rows come by size band (or category: CC, CA, CU, métropoles),
    then platform. The "au moins un réseau"
    of a year that read fewer platforms than the file's other years, or one platform only,
    is not shown (:func:`any_left_out`; ``attrs["any_left_out"]``, when so: that year, None
    when unknown, -> the platforms it read). ``attrs`` as
    :func:`compare_survey`'s. ``tests/test_survey_records.py`` checks this against
    :func:`barometre.compare`.

    Returns
    -------
    Records
        The columns of :func:`compare_survey` (``strate, n_strate`` with ``by="strate"``;
        ``category, n_category`` with ``by="category"``).
    """
    from ..datasets.published import source_texts
    from .published import (DESIGN_COLUMNS, RECORD_COLUMNS, _EXTRA_COLUMNS, _as_list, _year,
                            no_figure_in_year)

    year = _year(year)  # "2025" as compare takes it, never "no figure in 2025; years: 2025"
    if not type and not isinstance(survey, CodedSurvey):  # several types: which, asked
        refuse_mixed_types(survey)
        refuse_tied_type(survey)  # codes of two types alike: which, asked
    t = type or survey.attrs.get("collectivity_type")
    cut = panel and within is None and len(survey) > 0  # (the others refused as adoption's)
    if cut:  # the panel's readings: its figures, and the years they leave aside, of them
        survey = _panel_readings(survey, t)
    plats = [find_platform(p).id for p in _as_list(platforms)]
    on = _coverage_platforms(plats)  # -p facebook: the coverage of Facebook's answers
    figures = _adoption_records(survey, t, by, None, within=within, panel=panel, cut=not cut,
                                coverage_on=on)
    t = find_type(t).id
    rows = [r for r in figures.rows if r["platform"] in plats] if plats else figures.rows
    single = {p for ps in figures.attrs["any_platforms"].values() for p in ps}
    if not rows and plats == ["any"] and len(single) == 1:
        # "au moins un réseau" asked of a survey of one platform: that platform's figure
        pid = next(iter(single))
        raise NoDataError.of("survey-any-one-platform", id=pid,
                             platform=PLATFORMS[pid].words() if pid in PLATFORMS else pid)
    in_file = {r["platform"] for r in figures.rows}
    # the platforms asked that the file never read: said under the table, never dropped
    # silently; when none of them is read, the error names the file's (as rank does)
    not_surveyed = [p for p in dict.fromkeys(plats) if p not in in_file and p != "any"]
    if not rows and not_surveyed:
        have = [p for p in PLATFORMS if p in in_file and p != "any"]
        raise NoDataError.of(
            "survey-platforms-not-surveyed-all",
            platforms=platforms_words(not_surveyed),
            have=platforms_words(have, none=("aucun", "none")))
    if not rows:
        raise NoDataError.of("pub-no-figure-for-type", type=types_words(t), in_source=Msg("no-hint"),
                             for_platforms=Msg("pub-for-these-platforms") if plats
                             else Msg("no-hint"))
    if year is not None:
        years = [r["year"] for r in rows if r["year"] is not None]
        rows = [r for r in rows if r["year"] == year]
        if not rows:  # the years of the platforms asked, said so (as compare says them)
            raise no_figure_in_year(t, year, years, plats, that_year=[
                r["platform"] for r in figures.rows if r["year"] == year])

    def year_key(r: dict) -> int:
        return -1 if r["year"] is None else r["year"]

    # compare's anchor: the group (source, year, measure, base family) with the best score,
    # the year first; one file has one group per year, so the latest year's
    latest = max(year_key(r) for r in rows)
    rows = [r for r in rows if year_key(r) == latest]
    # "au moins un réseau" of a year that read fewer platforms than the file's other years
    # (a March wave of Facebook alone: "100 % on at least one network" over one network):
    # not shown, and said (attrs["any_left_out"]), unless it is all there is to show
    read = {y: ps for y, ps in figures.attrs["any_platforms"].items() if y is not None}
    any_left = {y: ps for y, ps in any_left_out(read).items()
                if y == latest}
    # a year unknown that read one platform only: no "any" (adoption gives none)
    unknown = figures.attrs["any_platforms"].get(None, ())
    if latest == -1 and len(unknown) == 1:
        any_left = {None: unknown}
    if any_left and any(r["platform"] != "any" for r in rows):
        rows = [r for r in rows if r["platform"] != "any"]
    else:
        any_left = {}
    band = ({k: i for i, k in enumerate(EPCI_KINDS)} if by == "category" else
            {label: i for i, (_, label) in enumerate(reference.INSEE_BANDS)})
    p_rank = {p: i for i, p in enumerate(PLATFORMS)}
    rows.sort(key=lambda r: (band.get(r[by], len(band)) if by else 0,
                             p_rank.get(r["platform"], len(p_rank))))
    source = source_texts().get(rows[0]["source"])
    design = {"flags": "", "publisher": source["publisher"] if source else rows[0]["source"],
              "notes": None, "comparable": True, "differs": ""}
    if len({r["source"] for r in rows}) > 1:  # waves of several files, the year's platforms
        # read in different ones (LinkedIn in one file alone): each row its own files
        rows = [{**r, "publisher": r["source"]} for r in rows]
    have = set(figures.columns) | set(design)
    # n_skipped (read with errors="skip") beside n_unknown, as adoption's
    columns = [c for c in (*RECORD_COLUMNS, *DESIGN_COLUMNS, *_EXTRA_COLUMNS) if c in have]
    fam = {r["platform"] for r in rows}
    shown = {r["year"] for r in rows if r["year"] is not None}
    attrs = {"missing_types": [], "left_out": {},
             "anchor": {"source": rows[0]["source"], "measure": rows[0]["measure"],
                        "platforms": [p for p in PLATFORMS if p in fam]},
             # of the platforms asked (-p facebook: no 2024 of LinkedIn alone)
             "years_left_aside": _years_left_aside(survey, shown, plats),
             # the platforms whose answers n_surveyed and coverage count (none: every one)
             "coverage_platforms": list(on or ()),
             # the platforms each year read ("any" is over them), as adoption's attrs
             "any_platforms": figures.attrs["any_platforms"],
             "fictitious": fictitious_of(survey)}
    if figures.attrs.get("survey_file"):  # as adoption's: a report checks its survey frame
        attrs["survey_file"] = figures.attrs["survey_file"]
    if any_left:  # only then: the frame of barometre.compare's rules has no such key
        attrs["any_left_out"] = any_left
    no_year = _no_year(survey, shown)
    if no_year:  # only then: answers of no year, in no figure of the year shown
        attrs["no_year"] = no_year
    if not_surveyed:  # only then: asked with -p, never read in the file
        attrs["platforms_not_surveyed"] = not_surveyed
    unshown = [dict(r, collectivity_type=t) for r in _unshown_of_year(
        figures.attrs.get("skipped_unshown"), latest, plats)]
    if unshown:  # only then: left out for an error, in no figure of the year shown
        attrs["skipped_unshown"] = unshown
    shown_design = (figures.attrs.get("design_by_year") or {}).get(
        None if latest < 0 else latest)
    if shown_design:  # only then: that year's file is no random sample of its type
        attrs["design"] = {t: shown_design}
    shown_place = (figures.attrs.get("place_by_year") or {}).get(None if latest < 0 else latest)
    if shown_place:  # only then: that year's file was chosen by place (place_of)
        attrs["place"] = {t: shown_place}
    # only then: the base said by within or panel; over waves, those out of the panel
    for said in ("within", "panel", "panel_out"):
        if figures.attrs.get(said):
            attrs[said] = figures.attrs[said]
    same = _same_campaign(survey, attrs["years_left_aside"], shown)
    if same:  # only then, as any_left_out
        attrs["years_same_campaign"] = same
    lyon = figures.attrs.get("not_an_epci")
    if lyon and any(r.get("category") == "METRO" for r in rows):  # said under the table,
        # and in the notes column of each such figure (CSV/JSON)
        from ..messages.published import LYON_NOT_EPCI_NOTE

        attrs["not_an_epci"] = lyon
        rows = [{**r, "notes": LYON_NOT_EPCI_NOTE} if r.get("category") == "METRO" else r
                for r in rows]
    # a file that is no random sample of its type has its flags (non_random_sample)
    return Records(columns, [{c: r[c] if c in r else design[c] for c in columns}
                             for r in rows], attrs)


def _unshown_of_year(unshown: list[dict] | None, year: int | None, plats: list[str]
                     ) -> list[dict]:
    """``attrs["skipped_unshown"]`` of figures (:func:`adoption`) that a comparison of
    ``year`` (None or -1: unknown) on ``plats`` (empty: all) says: those of that year and
    those of no known year."""
    year = None if year is None or year < 0 else year
    return [r for r in unshown or () if r["year"] in (year, None)
            and (not plats or r["platform"] in plats)]


def _coverage_platforms(plats: list[str]) -> list[str] | None:
    """The platforms asked (ids, ``-p``) whose answers the coverage counts, in the
    registry's order; None (every platform's answers) when none is asked or « au moins un
    réseau » is among them (it is over every platform)."""
    if not plats or "any" in plats:
        return None
    return [p for p in PLATFORMS if p in set(plats)]


def _years_left_aside(survey: pd.DataFrame | CodedSurvey, shown: set[int],
                      platforms: Iterable[str] | None = None) -> dict[int, int]:
    """Years of the file that a comparison does not show (``shown``: the years it shows):
    year -> entities read that year. Of ``platforms`` (ids, as asked with ``-p``; none, or
    ``"any"`` among them: every platform), the entities with an answer on them that year:
    a blank Facebook cell of a file's 2024 rows leaves no Facebook figure aside."""
    asked = set(platforms or ())
    if "any" in asked:  # "au moins un réseau" is over every platform
        asked = set()
    if isinstance(survey, CodedSurvey):
        values = _years(survey)[1]
        if asked:
            ids = list(survey.platform_ids)
            keep = np.isin(survey.platform, [i for i, p in enumerate(ids) if p in asked])
            _, year, answered = _entity_years(
                np.asarray(survey.entity)[keep], _years(survey)[0][keep], len(values),
                np.asarray(survey.present)[keep])
            year = year[answered]
        else:
            _, year, _ = _pairs(survey)
    else:
        import pandas as pd

        if asked:  # those platforms' answers
            survey = survey[(survey["platform"].isin(asked)
                             & survey["present"].notna()).to_numpy(dtype=bool)]
        codes, values = grouping.year_codes(
            survey["year"].astype("Float64").to_numpy(dtype=float, na_value=np.nan))
        year = _entity_years(pd.factorize(survey["code"])[0], codes, len(values))[1]
    n = np.bincount(year, minlength=len(values))
    n[0] = 0  # year unknown
    aside = (n > 0) & ~np.isin(values, list(shown))
    return {int(values[i]): int(n[i]) for i in np.flatnonzero(aside)}


def _no_year(survey: pd.DataFrame | CodedSurvey, shown: set[int]) -> int:
    """The answers (readings answered) of no year in a comparison that shows a year
    (``shown``): counted in no figure, neither as an answer nor as a non-answer, a row of
    a file of several years whose year cell (and date) is blank. 0 when the comparison
    shows no year (a file without any date: its figures are those readings')."""
    if not shown:
        return 0
    if isinstance(survey, CodedSurvey):
        unknown = _years(survey)[0] == 0
        present = np.asarray(survey.present)
        return int(np.count_nonzero(unknown & (present >= 0))) if unknown.any() else 0
    if "year" not in survey.columns:
        return 0
    unknown = survey["year"].isna().to_numpy()
    return int(np.count_nonzero(unknown & survey["present"].notna().to_numpy()))


def _same_campaign(survey: pd.DataFrame | CodedSurvey, left: dict[int, int],
                   shown: set[int]) -> dict[int, int]:
    """The years left aside (``left``, :func:`_years_left_aside`) whose readings are of one
    campaign with a year shown, its run of dates across 31 December (the reader's warning
    ``campaign-crosses-year``): year left aside -> year shown (either side: ``--year``
    may show the earlier)."""
    from ..survey.rules import campaign_years

    out = {}
    for a, b in campaign_years(survey.attrs.get("problems")).items():
        for y, z in ((a, b), (b, a)):
            if y in left and z in shown:
                out[y] = z
    return dict(sorted(out.items()))


def latest_per_year(survey: pd.DataFrame) -> pd.DataFrame:
    """The latest reading of each entity on each platform within each year: the latest
    answered one (« Oui », « Non »), the latest reading only when none of the year answers
    (a « NR » in October never hides a « Oui » of March).

    One stable sort on integer keys (code, platform, year, date, row); the frame
    is returned as is when it holds one reading per entity, platform and year.

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.DataFrame({"code": "30", "platform": "facebook",
    ...                   "present": pd.array([True, None], dtype="boolean"),
    ...                   "year": 2025, "date": pd.to_datetime(["2025-03-15", "2025-10-15"]),
    ...                   "source_row": [2, 3]})
    >>> latest_per_year(s)[["present", "source_row"]].to_dict("records")
    [{'present': True, 'source_row': 2}]
    """
    pos, unique = grouping.latest_positions(survey, per_year=True)
    return survey if unique else survey.take(pos)


def figure_files(survey: pd.DataFrame, by: str | None = None
                 ) -> dict[tuple, tuple[str, ...]]:
    """The files behind each (platform, year) figure of a survey of several files.

    A figure counts each entity's latest answered reading of the year on the platform
    (:func:`latest_per_year`, the rule of every figure): its files are those readings'
    (``file``, :func:`barometre.read_waves`), so that a figure of 2024 names the file of
    2024, never the newest one. ``"any"`` gets those of its year's readings on every
    platform; a year unknown is keyed None.

    Parameters
    ----------
    survey : DataFrame
        Tidy survey frame with a ``file`` column (:func:`barometre.read_waves`).
    by : {"strate", "category"}, optional
        Key each figure by its group too, as :func:`adoption` splits them: the size band of
        each reading's population (:func:`reference.band_of`) or its entity's category
        (CC, CA…): a band's figure names the files of its own readings, not those of the
        whole platform and year.

    Returns
    -------
    dict
        (platform, year) -> file names (with ``by``, (band or category, platform, year)),
        in the order the files were given (``attrs["files"]``, else as met); empty for a
        survey of one file (its name says it).

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.DataFrame({"code": "01", "platform": ["facebook", "facebook", "linkedin"],
    ...                   "present": pd.array([True, False, True], dtype="boolean"),
    ...                   "year": [2023, 2024, 2024], "file": ["a.csv", "b.csv", "b.csv"],
    ...                   "date": pd.to_datetime(["2023-10-15", "2024-10-15", "2024-10-15"]),
    ...                   "source_row": [2, 2, 2]})
    >>> figure_files(s)[("linkedin", 2024)], figure_files(s)[("any", 2023)]
    (('b.csv',), ('a.csv',))
    """
    return _figure_files(survey, None, by)


def _figure_files(survey: pd.DataFrame, latest: tuple[np.ndarray | slice, bool] | None,
                  by: str | None = None) -> dict[tuple, tuple[str, ...]]:
    """:func:`figure_files`, the latest readings' positions given (``latest``, as
    :func:`grouping.latest_positions` gives them: the counts found them on the same
    readings) or found (None)."""
    import pandas as pd

    if "file" not in survey or not len(survey):
        return {}
    given = list(survey.attrs.get("files") or [])
    met = pd.unique(survey["file"].dropna().astype(str))
    if len(given) < 2 and len(met) < 2:
        return {}
    rank = {f: i for i, f in enumerate([*given, *(f for f in met if f not in given)])}
    if latest is None:
        latest = grouping.latest_positions(survey, per_year=True)
    pos, unique = latest
    latest = survey if unique else survey.take(pos)
    read = latest[latest["present"].notna().to_numpy()
                  & (latest["platform"] != "any").to_numpy()]
    # one (group, platform, year, file) per distinct combined integer key before any Python
    # loop: a few, from millions (strings made of millions of readings took seconds, #19)
    group, groups = (_reading_groups(read, by) if by else
                     (np.zeros(len(read), dtype=np.int64), np.asarray([None], dtype=object)))
    plat, plats = pd.factorize(read["platform"], use_na_sentinel=False)
    # a year unknown (NaN) keyed -1, as the figures key it
    year, years = pd.factorize(read["year"].astype("Float64").fillna(-1).astype("int64"))
    file, files = pd.factorize(read["file"], use_na_sentinel=False)  # as str(nan) before
    key = np.unique(((group.astype(np.int64) * len(plats) + plat) * len(years) + year)
                    * len(files) + file)
    per: dict[tuple, set[str]] = {}
    for k in key.tolist():
        k, f = divmod(k, len(files))
        k, y = divmod(k, len(years))
        g, p = divmod(k, len(plats))
        p, y, f = str(plats[p]), int(years[y]), str(files[f])
        y = None if y == -1 else y
        band = () if not by else (groups[g],)
        if by and band[0] is None:  # no band (population unknown), no category: no figure
            continue
        per.setdefault((*band, p, y), set()).add(f)
        per.setdefault((*band, "any", y), set()).add(f)
    return {k: tuple(sorted(v, key=lambda f: rank.get(f, len(rank)))) for k, v in per.items()}


def _reading_groups(read: pd.DataFrame, by: str) -> tuple[np.ndarray, np.ndarray]:
    """The group of each reading of ``read`` under ``by`` (:func:`figure_files`): codes
    into the names returned (None: population unknown, or an entity of no category), the
    size band of the reading's population or its entity's category, as :func:`adoption`
    groups them."""
    import pandas as pd

    if by == "strate":
        pop, pops = pd.factorize(read["population"].astype("Float64"), use_na_sentinel=False)
        names = np.asarray([None if pd.isna(x) else reference.band_of(float(x))
                            for x in pops], dtype=object)
        return pop.astype(np.int64), names
    types = read["collectivity_type"].dropna().unique() if "collectivity_type" in read else []
    of_code = {c: k for t in types for k, members in _kinds_of_type(str(t)).items()
               for c in members}
    code, codes = pd.factorize(read["code"].astype(str), use_na_sentinel=False)
    return code.astype(np.int64), np.asarray([of_code.get(c) for c in codes], dtype=object)


def _per_1000(df: pd.DataFrame) -> pd.Series:
    pop = df["population"].astype("Float64")
    return (df["followers"].astype("Float64") / pop * 1000).where(pop > 0)


def account_counts(df: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray]:
    """The follower counts of the accounts that exist: ``followers`` kept where ``present``
    is true, missing elsewhere; and which readings had a count dropped so.

    A count is an account's count only when the reading says the account exists. The reader
    makes a blank presence with a count above 0 (or an account) present; a blank beside a
    count of 0 is left to the blank rule (absent or not answered, never present), and a
    "Non" stays absent whatever the count beside it (with the ``followers-but-no`` warning
    when it is above 0). So "Non;0", a blank with 0 and "Non;500" are not accounts with 0
    or 500 followers: rankings, benchmarks and follower statistics leave them out and count
    them (``attrs["no_account"]``).

    Parameters
    ----------
    df : DataFrame
        Readings with ``present`` and ``followers``.

    Returns
    -------
    tuple
        The frame (the same object when no count is dropped) and a boolean array, per row:
        a count given beside no account, dropped.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"present": pd.array([True, False, None, False], dtype="boolean"),
    ...                    "followers": pd.array([800, 0, 0, None], dtype="Int64")})
    >>> kept, dropped = account_counts(df)
    >>> kept["followers"].tolist(), dropped.tolist()
    ([800, <NA>, <NA>, <NA>], [False, True, True, False])
    """
    import pandas as pd

    account = pd.array(df["present"], dtype="boolean").fillna(False).to_numpy(dtype=bool)
    dropped = df["followers"].notna().to_numpy(dtype=bool) & ~account
    if dropped.any():
        df = df.assign(followers=df["followers"].where(account))
    return df, dropped


def said_no_account(df: pd.DataFrame, dropped: np.ndarray, attrs: Mapping | None
                    ) -> np.ndarray:
    """Among the counts :func:`account_counts` dropped, those the note of counts beside no
    account says (``attrs["no_account"]``): beside an absence (« Non », a blank read
    absent) or a doubtful answer (« Oui ? », quoted: :func:`no_account_doubtful`). A count
    beside an answer that says it is not given (« NC », « NR », a blank read not
    answered) is left out of it: its entity is counted « sans réponse » already, and the
    reader's warning (``followers-but-unanswered``) quotes its cell.

    >>> import pandas as pd
    >>> df = pd.DataFrame({"platform": ["linkedin"] * 3, "source_row": [2, 3, 4],
    ...                    "present": pd.array([False, None, None], dtype="boolean")})
    >>> said_no_account(df, np.array([True, True, True]), {"doubtful_answers": [
    ...     {"platform": "linkedin", "source_row": 4, "text": "Oui ?"}]}).tolist()
    [True, False, True]
    """
    import pandas as pd

    if not dropped.any():
        return dropped
    absent = ~pd.array(df["present"], dtype="boolean").fillna(True).to_numpy(dtype=bool)
    cells = (attrs or {}).get("doubtful_answers") or []
    if cells and "source_row" in df.columns:
        said = {(str(c["platform"]), int(c["source_row"])) for c in cells}
        doubtful = np.fromiter(((str(p), int(r)) in said if pd.notna(r) else False
                                for p, r in zip(df["platform"], df["source_row"])),
                               dtype=bool, count=len(df))
        absent |= doubtful
        # a platform of more doubtful cells than the reader kept (its first ones, by row):
        # a count below its last kept row may be one of them, said as one (as
        # :func:`no_account_doubtful`'s « et peut-être d'autres »)
        for p, n in ((attrs or {}).get("doubtful_answers_count") or {}).items():
            last = max((int(c["source_row"]) for c in cells if c["platform"] == p), default=0)
            absent |= ((df["platform"] == p) & (df["source_row"] > last)).to_numpy(dtype=bool)
    return dropped & absent


def no_account_by_platform(df: pd.DataFrame, dropped: np.ndarray) -> dict[str, int]:
    """``{platform: n}`` of the counts :func:`account_counts` dropped, in the platforms'
    order (only the platforms with some)."""
    if not dropped.any():
        return {}
    n = df.loc[dropped, "platform"].value_counts()
    order = {p: i for i, p in enumerate(PLATFORMS)}
    return {str(p): int(n[p]) for p in sorted(n.index, key=lambda p: order.get(p, 99))}


def no_account_doubtful(df: pd.DataFrame, dropped: np.ndarray, attrs: Mapping
                        ) -> dict[str, list[list[str]]]:
    """``{platform: [[name, cell], ...]}`` of the counts :func:`account_counts` dropped
    beside a doubtful answer (« Oui ? » beside « 33 000 »), each entity with its presence
    cell as typed, from the reader's ``attrs["doubtful_answers"]`` (rows in the file's
    order; only the platforms with some): what the note of the counts left out quotes, so
    that « présence … douteuse » names its cell. Empty when the file has none (the usual:
    no pass over the rows). A platform whose doubtful cells the reader did not all keep
    (``attrs["doubtful_answers_count"]``) ends with ``["", None]`` when a dropped count may
    be one of those not kept: the note then says « et peut-être d'autres », no number.

    >>> import pandas as pd
    >>> df = pd.DataFrame({"platform": ["facebook", "facebook"], "name": ["Cher", "Indre"],
    ...                    "source_row": [4, 5]})
    >>> no_account_doubtful(df, np.array([False, True]), {"doubtful_answers": [
    ...     {"platform": "facebook", "source_row": 5, "text": "Oui ?"}]})
    {'facebook': [['Indre', 'Oui ?']]}
    """
    cells = attrs.get("doubtful_answers") if attrs else None
    if not cells or not dropped.any() or "source_row" not in df.columns:
        return {}
    said = {(c["platform"], int(c["source_row"])): c["text"] for c in cells}
    rows = df.loc[dropped]
    # a platform of more doubtful cells than the reader kept (its first ones, by row):
    # a dropped count below the last kept row may be one more, its cell unknown here
    more = attrs.get("doubtful_answers_count") or {}
    last = {p: max(r for q, r in said if q == p) for p in more}
    unsure: dict[str, bool] = {}
    for p, r in zip(rows["platform"], rows["source_row"]):
        if p in last and int(r) > last[p] and (p, int(r)) not in said:
            unsure[str(p)] = True
    rows = rows[rows["source_row"].isin({r for _, r in said}).to_numpy(dtype=bool)]
    out: dict[str, list[list[str]]] = {}
    for p, r, name in sorted(zip(rows["platform"], rows["source_row"], rows["name"]),
                             key=lambda x: int(x[1])):
        if (cell := said.get((p, int(r)))) is not None:
            out.setdefault(str(p), []).append([str(name), cell])
    for p in unsure:  # « … et peut-être d'autres »: not known here, never a wrong count
        out.setdefault(p, []).append(["", None])
    order = {p: i for i, p in enumerate(PLATFORMS)}
    return {p: out[p] for p in sorted(out, key=lambda p: order.get(p, 99))}


@numbered
def follower_stats(survey: pd.DataFrame, type: str | None = None) -> pd.DataFrame:
    """Distribution of followers per platform (and year): n, median, quartiles, per 1,000.

    Parameters
    ----------
    survey : DataFrame
        Tidy frame from :func:`barometre.read_survey`.
    type : str, optional
        Keep the entities of this type (default: every entity of the file). A ville
        préfecture counts as a commune; from a commune survey, ``ville_prefecture``,
        ``grande_ville``, ``ville_moyenne`` and ``petite_ville`` select their communes.

    Returns
    -------
    DataFrame
        ``collectivity_type, platform, year, n, median, q1, q3, mean,
        median_per_1000, q1_per_1000, q3_per_1000``: ``n`` counts the entities with an
        account (``present`` true) and a follower count, on each platform and year their
        latest reading. A count beside no account ("Non;0", a blank with 0, "Non;500") is
        left out (:func:`account_counts`): ``attrs["no_account"]`` counts those readings,
        ``{platform: n}`` (only the platforms with some); ``attrs["fictitious"]``: the
        survey's (demo data).

    Examples
    --------
    On the demo workbook (fictitious data): ``n`` counts the départements with a follower
    count on the platform.

    >>> import barometre as bm
    >>> s = bm.read_survey(bm.demo_file("enquete"))
    >>> print(bm.follower_stats(s)[["platform", "year", "n", "median", "median_per_1000"]]
    ...       .round(1).to_string(index=False))
     platform  year  n  median  median_per_1000
     facebook  2025 84 19068.0             36.9
            x  2025 77  5863.0             11.0
    instagram  2025 79  8099.0             17.5
     linkedin  2025 73  3115.0              5.6
      youtube  2025 63   776.0              1.5
       tiktok  2025 16  2116.0              4.9
    """
    import pandas as pd

    survey = require_columns(survey, FOLLOWER_COLUMNS)
    df = restrict(_plain(survey), type)
    plat = grouping.order_key(df["platform"])  # once: for the latest readings and the groups
    pos, unique = grouping.latest_positions(df, per_year=True, platform=plat)
    if not unique:  # as latest_per_year
        df, plat = df.take(pos), plat[pos]
    df, dropped = account_counts(df)  # a count beside no account is no account's count
    followers = df["followers"].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    pop = df["population"].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    with np.errstate(divide="ignore", invalid="ignore"):
        per = np.where(pop > 0, followers / pop * 1000, np.nan)
    year_key = grouping.year_key(df["year"]).to_numpy(dtype=float)
    # groups sorted by platform then year (groupby sort=True); rows keep their order inside
    rows_ = np.flatnonzero(~np.isnan(followers) & (plat >= 0))
    if not len(rows_):
        raise NoDataError.of("survey-no-followers")
    year = grouping.year_codes(year_key[rows_])[0]
    rows_ = rows_[grouping.stable_order([plat[rows_], year],
                                        [int(plat.max()) + 1, int(year.max()) + 1])]
    gp, gy = plat[rows_], year_key[rows_]
    starts = np.flatnonzero(np.r_[True, (gp[1:] != gp[:-1]) | (gy[1:] != gy[:-1])])
    ends = np.r_[starts[1:], len(rows_)]
    ctype, platforms = df["collectivity_type"], df["platform"]  # read at one row per group
    out_rows = []
    for a, b in zip(starts, ends):
        idx = rows_[a:b]
        f = pd.Series(followers[idx])
        p = pd.Series(per[idx]).dropna()
        yk = year_key[idx[0]]
        out_rows.append({"collectivity_type": ctype.iloc[idx[0]],
                         "platform": platforms.iloc[idx[0]],
                         "year": None if yk < 0 else int(yk), "n": len(f),
                         "median": f.median(), "q1": f.quantile(0.25), "q3": f.quantile(0.75),
                         "mean": f.mean(),
                         "median_per_1000": p.median() if len(p) else None,
                         "q1_per_1000": p.quantile(0.25) if len(p) else None,
                         "q3_per_1000": p.quantile(0.75) if len(p) else None})
    out = pd.DataFrame(out_rows)
    out["year"] = out["year"].astype("Int64")
    p_rank = {p: i for i, p in enumerate(PLATFORMS)}
    out = out.sort_values(["year", "platform"], key=lambda s: s.map(p_rank) if s.name == "platform"
                          else s, kind="stable").reset_index(drop=True)
    out.attrs["no_account"] = no_account_by_platform(df, dropped & (plat >= 0))
    if doubtful := no_account_doubtful(df, dropped & (plat >= 0), survey.attrs):
        out.attrs["no_account_doubtful"] = doubtful  # their cells, « Oui ? »
    out.attrs["fictitious"] = fictitious_of(survey)
    return out
