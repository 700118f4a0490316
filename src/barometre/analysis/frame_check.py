"""The check of a survey frame's values at the analysis functions' door (session 35).

A survey file is checked by its reader; a frame built by hand in pandas (a notebook's
``pd.DataFrame(rows)``) was not, and its slips went through silently: a blank ``code``
counted, « 99999 » ranked first, `` 05061`` counted but not found by :func:`benchmark`, a
negative count ranked, « Facebook » beside « facebook » as two platforms, communes typed
« departement » dying on a raw ``ValueError``. :func:`check_values` is that check, run by
:func:`barometre.analysis.survey.require_columns` (every public function taking a survey
frame): each problem one :class:`~barometre.domain.errors.UsageError` naming the column,
the first rows (index labels) and what is expected.

What the reader normalises in a file is normalised here alike, and only that: a code's
surrounding spaces and its letters' case (`` 05061`` → ``05061``, ``2a004`` → ``2A004``,
:func:`barometre.datasets.reference.restore_code`), a platform's name (« Facebook »,
« Twitter » → ``facebook``, ``x``: :func:`barometre.domain.registry.match_platform`), and
index levels named like columns (``set_index(["code", "platform"], drop=False)``, which
pandas calls ambiguous). A frame so normalised is a shallow copy; the caller's frame is
not changed.

Cheap on the usual path: the checks of the text columns (distinct values, looked up in the
reference) are made once per column's Arrow array, which is immutable (an edit makes a new
one): the reader's frames are registered as checked (:func:`mark_checked`), and a frame
checked once is not checked again. The numeric checks (negative or infinite counts) run
every time (a few milliseconds on 3.5 M readings).
"""

from __future__ import annotations

import functools
import weakref
from typing import TYPE_CHECKING, Any

import numpy as np

from ..domain.errors import UsageError
from ..domain.registry import COMMUNE_TYPES, PLATFORMS, TYPES, match_platform, types_words
from ..messages import Count, Msg, Words, plural_s, words_and

if TYPE_CHECKING:
    import pandas as pd

#: the row labels named by an error, the others counted
ROWS_SAID = 5
#: the values named by an error, the others counted
VALUES_SAID = 3
#: the collectivity types a row may have (``all`` is a choice of the published figures)
ROW_TYPES = tuple(t for t in TYPES if t != "all")
#: the platform ids said as expected (« au moins un réseau » is computed: rows of ``any``
#: in a frame are taken, and counted apart, as before)
ROW_PLATFORMS = tuple(p for p in PLATFORMS if p != "any")

#: the Arrow arrays already checked: the key of their ids -> weak references to them
_CHECKED: dict[tuple[int, ...], tuple] = {}
#: beyond this many, the oldest marks are forgotten (checked again if seen again)
_CHECKED_MAX = 64


def _arrow(col: pd.Series) -> Any:
    """The immutable Arrow array behind a text column, or None (object or Python strings:
    checked every time)."""
    arr = getattr(col.array, "_pa_array", None)
    try:
        weakref.ref(arr)
    except TypeError:
        return None
    return arr


def _key(survey: pd.DataFrame, what: str, columns: tuple[str, ...]) -> tuple | None:
    arrays = [_arrow(survey[c]) for c in columns]
    if any(a is None for a in arrays):
        return None
    return (what, *map(id, arrays)), arrays


def _is_checked(survey: pd.DataFrame, what: str, columns: tuple[str, ...]) -> bool:
    found = _key(survey, what, columns)
    if found is None:
        return False
    key, arrays = found
    refs = _CHECKED.get(key)
    return refs is not None and all(r() is a for r, a in zip(refs, arrays))


def _mark(survey: pd.DataFrame, what: str, columns: tuple[str, ...]) -> None:
    found = _key(survey, what, columns)
    if found is None:
        return
    key, arrays = found
    while len(_CHECKED) >= _CHECKED_MAX:
        _CHECKED.pop(next(iter(_CHECKED)))
    _CHECKED[key] = tuple(weakref.ref(a, lambda _, k=key: _CHECKED.pop(k, None))
                          for a in arrays)


def mark_checked(survey: pd.DataFrame) -> None:
    """Register the text columns of a frame the reader built as checked
    (:func:`barometre.read_survey`: its codes, types and platforms are the reference's)."""
    if {"code", "collectivity_type"} <= set(survey.columns):
        _mark(survey, "code", ("code", "collectivity_type"))
        _mark(survey, "type", ("collectivity_type",))
    if "platform" in survey.columns:
        _mark(survey, "platform", ("platform",))


def _rows(survey: pd.DataFrame, bad: np.ndarray) -> Words:
    """The rows of ``bad`` (a boolean mask) said by their index labels: « lignes 0, 17, 42,
    51, 60 et 3 autres », "rows 0, 17, 42, 51, 60 and 3 more"."""
    at = np.flatnonzero(bad)
    labels = [str(x) for x in survey.index[at[:ROWS_SAID]]]
    more = len(at) - len(labels)
    if more:
        fr = ", ".join(labels) + f" et {more:,} autre{'s' if more > 1 else ''}".replace(
            ",", "\u202f")
        en = ", ".join(labels) + f" and {more:,} more"
    elif len(labels) > 1:
        fr = ", ".join(labels[:-1]) + " et " + labels[-1]
        en = ", ".join(labels[:-1]) + " and " + labels[-1]
    else:
        fr = en = labels[0]
    one = len(at) == 1
    return Words(("ligne " if one else "lignes ") + fr, ("row " if one else "rows ") + en)


def _values(values: list) -> Words:
    """Distinct values said quoted, the first few, the others counted."""
    shown = [v if isinstance(v, Words) else Words(f"« {v} »", f"“{v}”")
             for v in values[:VALUES_SAID]]
    more = len(values) - len(shown)
    if more:
        shown.append(Msg("survey-frame-code-more", n=Count(more), s=plural_s(more)))
    return words_and(Words(x.render("fr"), x.render("en")) for x in shown)


def _distinct(col: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values of a column and each row's among them (-1: missing), once per
    Arrow array during a check (the types are read by two checks)."""
    import pandas as pd

    arr = _arrow(col)
    if arr is not None and id(arr) in _FACTORIZED:
        ref, found = _FACTORIZED[id(arr)]
        if ref() is arr:
            return found
    codes, uniques = pd.factorize(col)
    found = np.asarray(codes), np.asarray(uniques, dtype=object)
    if arr is not None:
        _FACTORIZED[id(arr)] = (weakref.ref(arr), found)
    return found


#: the columns :func:`_distinct` factorized during the check under way, by their Arrow
#: array's id (a weak reference to it, and its result); emptied after each check
_FACTORIZED: dict[int, tuple] = {}


def check_values(survey: pd.DataFrame, columns: tuple[str, ...]) -> pd.DataFrame:
    """The survey frame, its values checked (``columns``: those the caller reads) and
    normalised as the reader does (see the module); ``survey`` itself when nothing
    changes.

    Raises
    ------
    UsageError
        ``survey-frame-type-unknown``, ``survey-frame-code-blank``,
        ``survey-frame-code-unknown``, ``survey-frame-platform-unknown``,
        ``survey-frame-followers-negative``, ``survey-frame-followers-infinite``: the
        column, its values and rows said, and what is expected.
    """
    try:
        return _checked(survey, columns)
    finally:
        _FACTORIZED.clear()  # not millions of row codes kept alive


def _checked(survey: pd.DataFrame, columns: tuple[str, ...]) -> pd.DataFrame:
    out = survey
    names = [n for n in out.index.names if n is not None and n in out.columns]
    if names:  # ``set_index([...], drop=False)``: pandas' « both an index level and a
        # column label »; the columns hold the same values
        out = out.copy(deep=False)
        out.index = out.index.set_names([None] * out.index.nlevels)
    cols = set(columns) & set(out.columns)
    if "collectivity_type" in cols and not _is_checked(out, "type", ("collectivity_type",)):
        _check_types(out)
        _mark(out, "type", ("collectivity_type",))
    if "code" in cols:
        typed = "collectivity_type" in out.columns
        if not (typed and _is_checked(out, "code", ("code", "collectivity_type"))):
            out = _check_codes(out, survey)
            if typed:
                _mark(out, "code", ("code", "collectivity_type"))
    if "platform" in cols and not _is_checked(out, "platform", ("platform",)):
        out = _check_platforms(out, survey)
        _mark(out, "platform", ("platform",))
    if "followers" in cols:
        _check_followers(out)
    return out


def _check_types(survey: pd.DataFrame) -> None:
    codes, uniques = _distinct(survey["collectivity_type"])
    _refuse_unknown(survey, codes, uniques, [i for i, v in enumerate(uniques)
                                             if v not in ROW_TYPES],
                    "survey-frame-type-unknown", ROW_TYPES)


def _refuse_unknown(survey: pd.DataFrame, codes: np.ndarray, uniques: np.ndarray,
                    bad_values: list[int], key: str, expected: tuple[str, ...]) -> None:
    """Refuse the rows whose value (``codes`` into ``uniques``) is one of ``bad_values`` or
    missing (-1): ``key``'s error, the values and rows said, and what is ``expected``."""
    bad = np.isin(codes, bad_values) | (codes < 0)
    if bad.any():
        shown = [uniques[i] for i in bad_values] + ([Words("vide", "blank")]
                                                   if (codes < 0).any() else [])
        raise UsageError.of(key, values=_values(shown), rows=_rows(survey, bad),
                            expected=", ".join(expected))


def _replaced(survey: pd.DataFrame, original: pd.DataFrame, column: str, codes: np.ndarray,
              uniques: list) -> pd.DataFrame:
    """``survey`` with ``column`` rebuilt from its distinct values normalised (``codes``:
    each row's among them, none missing); a shallow copy of ``original`` the first time."""
    import pandas as pd

    dtype = original[column].dtype
    if isinstance(dtype, pd.CategoricalDtype):  # its categories are the values replaced
        dtype = "str"
    values = pd.Series(np.asarray(uniques, dtype=object)[codes], index=survey.index,
                       dtype=dtype)
    out = survey.copy(deep=False) if survey is original else survey
    out[column] = values
    return out


def _check_codes(survey: pd.DataFrame, original: pd.DataFrame) -> pd.DataFrame:
    from .survey import _refuse_unpadded_codes

    col = survey["code"]
    codes, uniques = _distinct(col)
    if (codes < 0).any():
        raise UsageError.of("survey-frame-code-blank", rows=_rows(survey, codes < 0))
    text = [v if isinstance(v, str) else str(v) for v in uniques]
    clean = [v.strip().upper() for v in text]
    if clean != list(uniques):  # the reader's rule (restore_code): spaces, case
        survey = _replaced(survey, original, "code", codes, clean)
        codes, uniques = _distinct(survey["code"])
    _refuse_unpadded_codes(survey)  # « 1053 » for « 01053 »: said as such, not unknown
    if "collectivity_type" not in survey.columns:
        return survey
    types = survey["collectivity_type"]
    t_codes, t_uniques = _distinct(types)
    for i, t in enumerate(t_uniques):
        if t not in ROW_TYPES:  # said by _check_types when the caller reads the types
            continue
        rows = t_codes == i
        known = _known_codes(t)
        seen = np.bincount(codes if len(t_uniques) == 1 else codes[rows],
                           minlength=len(uniques))  # no sort of millions of readings
        bad_ids = [j for j in np.flatnonzero(seen) if uniques[j] not in known]
        if not bad_ids:
            continue
        bad = rows & np.isin(codes, bad_ids)
        values = sorted(str(uniques[j]) for j in bad_ids)
        raise UsageError.of("survey-frame-code-unknown", values=_values(values),
                            rows=_rows(survey, bad), type=types_words(t), type_id=t,
                            hint=_other_type(values, t))
    return survey


@functools.cache
def _known_codes(t: str) -> frozenset[str]:
    """The codes a reading of type ``t`` may have, as the reader reads them: the
    reference's (any commune's for a commune type) and its councils' (« 20R », the
    Collectivité de Corse, a région's and a département's; « 75C », « 6AE »…)."""
    from ..datasets.reference import _institution_columns, type_codes

    base = "commune" if t in COMMUNE_TYPES else t
    inst = _institution_columns()
    return frozenset(type_codes(base)).union(
        c for c, types in zip(inst["code"], inst["types"]) if base in types)


def _other_type(values: list[str], t: str) -> Msg | str:
    """« ; ce sont des codes de commune : … » when the codes are all another type's."""
    for other in ("commune", "departement", "region", "epci"):
        if other == t or (other == "commune" and t in COMMUNE_TYPES):
            continue
        if set(values) <= _known_codes(other):
            return Msg("survey-frame-code-other-type", other=types_words(other))
    return ""


def _check_platforms(survey: pd.DataFrame, original: pd.DataFrame) -> pd.DataFrame:
    codes, uniques = _distinct(survey["platform"])
    ids = [match_platform(v) for v in uniques]
    _refuse_unknown(survey, codes, uniques, [i for i, p in enumerate(ids) if p is None],
                    "survey-frame-platform-unknown", ROW_PLATFORMS)
    if ids != list(uniques):  # « Facebook », « twitter »: the reader reads them so
        survey = _replaced(survey, original, "platform", codes, ids)
    return survey


def _check_followers(survey: pd.DataFrame) -> None:
    """Refuse negative or infinite counts (every call: a numeric column is mutable; the
    masks are built only when the extremes say there is one, a few ms on 3.5 M)."""
    col = survey["followers"]
    arr = col.array
    masked = hasattr(arr, "_mask")  # Int64, Float64: the values under the mask are no counts
    if col.dtype.kind not in "iuf" and not masked:
        return  # not numbers: the counting's own refusals
    values = arr._data if masked else col.to_numpy()
    if not values.size:
        return
    lo = np.fmin.reduce(values)  # NaN ignored
    hi = np.fmax.reduce(values) if values.dtype.kind == "f" else 0
    if not (lo < 0 or np.isinf(hi)):
        return

    def known(bad: np.ndarray) -> np.ndarray:
        return bad & ~arr._mask if masked else bad

    if values.dtype.kind == "f":
        infinite = known(np.isinf(values))
        if infinite.any():
            raise UsageError.of("survey-frame-followers-infinite",
                                rows=_rows(survey, infinite))
    negative = known(values < 0)
    if negative.any():
        shown = sorted({int(v) if float(v).is_integer() else float(v)
                        for v in values[negative][:100]})
        raise UsageError.of("survey-frame-followers-negative",
                            values=_values([Words(f"« {str(v).replace('.', ',')} »", f"“{v}”")
                                            for v in shown]),  # « -2,5 » in French
                            rows=_rows(survey, negative))
