"""Survey files: read the spreadsheets people actually have, and say what is wrong.

Two shapes are understood:

- *wide*: one row per entity, an entity column (code or name) and, per
  platform, a presence column headed by the platform's name ("Facebook",
  "X (ex-Twitter)"), optionally followers ("Abonnés Facebook"), account
  ("compte Facebook") and date columns;
- *long*: one row per entity × platform (× date), with columns such as
  "plateforme", "présent", "abonnés", "date du relevé".

Files: ``.xlsx``/``.xlsm`` (openpyxl), ``.csv``/``.txt``/``.tsv`` (``;``, ``,``,
tab or ``|``; UTF-8 with or without BOM, cp1252), ``.parquet`` (with pyarrow).
Values as typed by hand: Oui/Non, O/N, x/blank, 1/0, vrai/faux, yes/no, a URL
or @handle; "12 345", "12.345", "1,2 k"; 15/10/2025; codes that Excel stripped
of their leading zero.

The result is one tidy frame, one row per entity × platform (× date):
``code, name, collectivity_type, platform, present, followers, account, date,
year, population, source_row``. Inputs are never modified.

How blank presence cells and missing dates are counted (the wave's date, blank
= absent or not answered, ``blank=`` and ``date=``) is one rule for every path,
described and implemented in :mod:`barometre.survey.rules`; each interpretation
is reported by :func:`validate` as a coded warning.

Examples
--------
>>> import barometre as bm
>>> df = bm.read_survey("enquete.xlsx", type="departement")  # doctest: +SKIP
>>> problems = bm.validate("enquete.csv")                      # doctest: +SKIP
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..datasets import reference
from ..domain.schemas import SURVEY
from ..domain.errors import InputFileError, ResolveError
from .. import messages
from ..domain.registry import PLATFORMS, find_type, match_platform
from .grid import (
    MAX_HEADER_SCAN,
    TEXT_SUFFIXES,
    Grid,
    _find_header,
    _parquet_frame,
    _sniff_delimiter,
    detect_encoding,
    display_name,
    read_grid,
)
from .cells import (
    check_long_duplicates,
    followers_with_problems,
    implausible_followers,
    infer_type,
    too_old_dates,
    short_lines,
    value_problem,
    with_notes,
)
from .headers import Column, classify_header, column_problems, refine_columns
from .problems import MAX_PROBLEMS, Problem, _Problems, problems_frame
from .rules import (
    apply_blank_rule,
    as_date,
    blank_policy,
    blank_problem,
    code_name_problem,
    code_name_verdict,
    fill_wave_date,
    future_mask,
    most_frequent_date,
    plural,
    rows_text,
    wave_date_problem,
    years_problem,
)
from .values import (
    _is_blank,
    _parse_year,
    _text,
    looks_like_account,
    parse_count,
    parse_date,
    parse_presence,
)

__all__ = ["read_survey", "validate", "Problem", "problems_frame", "SURVEY_COLUMNS",
           "parse_presence", "parse_count", "parse_date"]

SURVEY_COLUMNS = SURVEY.names


# --------------------------------------------------------------------------- parsing

_FINENESS = ["region", "departement", "metropole", "epci", "grande_ville", "ville_moyenne",
             "petite_ville", "ville_prefecture", "commune"]


@dataclass
class _Layout:
    shape: str  # "wide" or "long"
    entity: Column
    columns: list[Column]
    hints: list[Column] = field(default_factory=list)


_COMMUNE_TYPES = {"commune", "ville_prefecture", "grande_ville", "ville_moyenne", "petite_ville"}


def _pick_entity(cands: list[Column], type_id: str | None) -> Column | None:
    """The entity column: the one named for the type, else the finest one."""
    if not cands:
        return None
    if type_id:
        exact = [c for c in cands if c.type_hint == type_id]
        if exact:
            return exact[0]
        ok = [c for c in cands if c.type_hint is None or (
            type_id in _COMMUNE_TYPES and c.type_hint in _COMMUNE_TYPES)]
        return ok[0] if ok else None
    return max(cands, key=lambda c: _FINENESS.index(c.type_hint)
               if c.type_hint in _FINENESS else len(_FINENESS))


def _layout(header: list[Any], type_id: str | None) -> tuple[_Layout, list[Problem]]:
    cols = [classify_header(v, i) for i, v in enumerate(header)]
    refine_columns(cols)
    codes = [c for c in cols if c.role == "entity_code"]
    names = [c for c in cols if c.role == "entity_name"]
    if not codes and not names:
        raise InputFileError("pas de colonne d'entité : attendu une colonne « code », « code INSEE », "
                             "« nom », « collectivité », « département »…")

    entity = _pick_entity(codes, type_id) or _pick_entity(names, type_id)
    if entity is None:
        raise InputFileError(f"pas de colonne d'entité pour le type « {type_id} » : attendu une "
                             "colonne « code » ou « nom »")
    hints = [c for c in codes + names if c is not entity]
    shape = "long" if any(c.role == "platform" for c in cols) else "wide"
    if shape == "wide" and not any(c.platform for c in cols):
        raise InputFileError("aucune colonne de réseau reconnue : attendu des en-têtes comme "
                             "« Facebook », « X (ex-Twitter) », « Abonnés Instagram », ou une "
                             "colonne « plateforme » (format long)")
    problems = column_problems(cols)
    return _Layout(shape, entity, cols, hints), problems


def _map_values(series: pd.Series, func) -> tuple[np.ndarray, np.ndarray]:
    """Apply ``func`` once per distinct value of ``series``.

    Returns the results (object array, None where blank) and a boolean mask of
    the cells where ``func`` raised ValueError.
    """
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    results = np.empty(len(uniques) + 1, dtype=object)
    failed = np.zeros(len(uniques) + 1, dtype=bool)
    for i, u in enumerate(uniques):
        try:
            results[i] = func(u)
        except ValueError:
            results[i] = None
            failed[i] = True
    results[-1] = func(None)
    codes = np.where(codes < 0, len(uniques), codes)
    return results[codes], failed[codes]


def _blank_mask(series: pd.Series) -> np.ndarray:
    if pd.api.types.is_numeric_dtype(series) and not isinstance(series.dtype, pd.CategoricalDtype):
        return series.isna().to_numpy()
    if len(series) > 100_000 and series.dtype == object:
        # large text column of mostly distinct values (counts): NA or only spaces is blank
        try:
            return (series.isna() | (series.str.strip() == "")).to_numpy(dtype=bool)
        except AttributeError:  # no text at all in the column (numbers from a workbook)
            return series.isna().to_numpy()
    values, _ = _map_values(series, _is_blank)
    return values.astype(bool)


def _parse(path: str | Path, type: str | None, sheet: str | None,
           opts: _Options | None = None) -> tuple[pd.DataFrame, list[Problem], str]:
    name = display_name(path)
    try:
        fast = _read_csv_fast(Path(path))
        if fast is None and Path(path).suffix.lower() == ".parquet" and Path(path).is_file():
            fast = _parquet_frame(Path(path))
        notes: list[Problem] = []
        if fast is not None:
            raw, rownums, header = fast
            notes = raw.attrs.pop("notes", [])  # what the fast reader noticed
        else:
            grid = read_grid(path, sheet)
            raw, rownums, header = _grid_frame(grid)
            notes = grid.notes
        df, problems, type_id = _normalize(raw, rownums, header, type, opts)
        return df, with_notes(notes, problems), type_id
    except InputFileError as exc:
        if not exc.message.startswith(f"{name} :") and not exc.message.startswith(str(path)):
            exc.message = display_name(f"{name} : {exc.message}", full=True)
            exc.args = (exc.message,)
        raise


FAST_CSV_BYTES = 4 * 1024 * 1024  # above this, a well-formed CSV is read by pandas' C parser


def _read_csv_fast(path: Path) -> tuple[pd.DataFrame, np.ndarray, list[Any]] | None:
    """Large, well-formed CSV files: pandas' C parser instead of Python rows.

    Returns None to fall back on the general reader (small or irregular files).
    """
    if path.suffix.lower() not in TEXT_SUFFIXES or not path.is_file():
        return None
    if path.stat().st_size < FAST_CSV_BYTES:
        return None
    with open(path, "rb") as fh:
        head = fh.read(256 * 1024)
    if b"\x00" in head or head.startswith((b"PK\x03\x04", b"\xff\xfe", b"\xfe\xff")):
        return None
    data = path.read_bytes()
    try:
        data.decode("utf-8")
        encoding = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    except UnicodeDecodeError:
        encoding = "cp1252"
        try:
            data.decode("cp1252")
        except UnicodeDecodeError:
            return None
    if b'"' in data:
        return None  # quoted fields (anywhere) may hold separators or span lines: csv module
    if encoding == "cp1252" and detect_encoding(head)[1] != "cp1252":
        return None  # Mac Roman, DOS, mixed: the general reader decides and says so
    del data
    text = head.decode(encoding, errors="ignore")
    lines = text.splitlines()[:-1]  # the last line may be cut
    if lines and lines[0].lstrip('"').startswith("sep="):
        return None
    delim = _sniff_delimiter("\n".join(lines))
    rows = list(csv.reader(io.StringIO("\n".join(lines[:MAX_HEADER_SCAN])), delimiter=delim))
    grid = Grid(rows, list(range(1, len(rows) + 1)), "csv")
    try:
        h = _find_header(grid)
    except InputFileError:
        return None
    header = rows[h]
    # Read only the columns that mean something; low-cardinality ones as categories
    # (codes, platforms, Oui/Non, dates): a fraction of the memory of Python strings.
    roles = [classify_header(v, i).role for i, v in enumerate(header)]
    usecols = [i for i, r in enumerate(roles) if r not in ("ignore", "unknown")]
    # Every cell is read as the text the normal reader sees: numbers inferred by the C
    # parser would read "12.345" (French thousands) as 12.345 and "01" as 1. Follower
    # counts stay (Arrow) text, parsed below; low-cardinality columns are categories.
    dtypes = {i: ("category" if roles[i] not in ("account", "followers") else
                  str if roles[i] == "followers" else object) for i in usecols}
    blank_is_na = {i: [""] for i in usecols if roles[i] == "followers"}
    kw = dict(sep=delim, header=None, skiprows=h + 1, names=range(len(header)),
              encoding=encoding, skip_blank_lines=False, keep_default_na=False,
              na_values=blank_is_na, engine="c", quoting=csv.QUOTE_NONE)
    try:
        raw = pd.read_csv(path, usecols=usecols, dtype=dtypes, **kw)
        # categories whose text looked numeric were turned into numbers: read them again
        # as text (rare: a code column without "2A"/"2B")
        again = [i for i in usecols if dtypes[i] == "category"
                 and not pd.api.types.is_string_dtype(raw[i].cat.categories)]
        if again:
            text_cols = pd.read_csv(path, usecols=again, dtype={i: str for i in again}, **kw)
            for i in again:
                raw[i] = text_cols[i].astype("category")
    except (pd.errors.ParserError, ValueError, UnicodeDecodeError):
        return None
    rownums = np.arange(len(raw), dtype=np.int64) + h + 2
    raw.attrs["notes"] = short_lines(path, delim, h + 1, len(header))
    return raw, rownums, header




def _grid_frame(grid: Grid) -> tuple[pd.DataFrame, np.ndarray, list[Any]]:
    if not any(any(not _is_blank(v) for v in r) for r in grid.rows):
        raise InputFileError("fichier vide (aucune cellule remplie)")
    h = _find_header(grid)
    header = list(grid.rows[h])
    width = max(len(header), max((len(r) for r in grid.rows[h + 1:]), default=0))
    body = [list(r) + [None] * (width - len(r)) for r in grid.rows[h + 1:]]
    raw = pd.DataFrame(body, columns=range(width), dtype=object) if body else pd.DataFrame(
        columns=range(width), dtype=object)
    header = header + [None] * (width - len(header))
    return raw, np.asarray(grid.row_numbers[h + 1:], dtype=np.int64), header


def _name_column(layout: _Layout) -> Column | None:
    """The column that names the entity whose code is the entity column, if any."""
    e = layout.entity
    if e.role != "entity_code":
        return None
    for c in layout.hints:
        if c.role == "entity_name" and (c.type_hint in (None, e.type_hint) or (
                c.type_hint in _COMMUNE_TYPES and e.type_hint in _COMMUNE_TYPES)):
            return c
    return None


def _resolve_entities(raw: pd.DataFrame, layout: _Layout, type_id: str | None
                      ) -> tuple[np.ndarray, list, str, np.ndarray]:
    """Resolve the entity column once per distinct (value, département hint).

    A row with a blank code and a filled name is read through its name.
    Returns the per-row index into the list of results, that list (Entity or
    ResolveError), the collectivity type and the mask of rows read by name.
    """
    ent = raw[layout.entity.index]
    name_col = _name_column(layout)
    by_name = np.zeros(len(raw), dtype=bool)
    if name_col is not None:
        by_name = _blank_mask(ent) & ~_blank_mask(raw[name_col.index])
        if by_name.any():
            ent = ent.astype(object).where(~by_name, raw[name_col.index].astype(object))
    dep_col = next((c for c in layout.hints if c.type_hint == "departement"
                    and c is not name_col), None)
    if dep_col is None:
        codes, uniques = pd.factorize(ent, use_na_sentinel=False)
        pairs = [(_text(u), "") for u in uniques]
    else:
        codes, mi = pd.MultiIndex.from_arrays([ent, raw[dep_col.index]]).factorize()
        pairs = [(_text(a), _text(b)) for a, b in mi]
    if type_id is None:
        finer = [c.type_hint for c in layout.hints if c.type_hint in reference.SIZE_CLASSES
                 or c.type_hint == "ville_prefecture"]
        type_id = finer[0] if finer and layout.entity.type_hint == "commune" else \
            infer_type(raw, layout)
    cache: dict[tuple[str, str], Any] = {}
    fast = _code_lookup(type_id)
    results = []
    for value, hint in pairs:
        hit = fast(value)
        if hit is not None:
            results.append(hit)
            continue
        key = (value, hint)
        if key not in cache:
            cache[key] = _resolve_one(value, hint, type_id)
        results.append(cache[key])
    return np.asarray(codes), results, type_id, by_name


def _check_code_name(raw: pd.DataFrame, layout: _Layout, ent_idx: np.ndarray, ents: list,
                     type_id: str, rownums: np.ndarray, problems: _Problems,
                     by_name: np.ndarray) -> np.ndarray:
    """Code and name on the same row must designate the same entity.

    Checked once per distinct (entity, name) pair. Returns the rows in error
    (the name designates another entity); a name that designates nothing known
    is a warning, once per pair, and the row is read from its code.
    """
    bad = np.zeros(len(raw), dtype=bool)
    name_col = _name_column(layout)
    if name_col is None:
        return bad
    names, _ = _map_values(raw[name_col.index], _text)
    names = np.where(by_name, "", names).astype(object)
    pair_idx, pairs = pd.MultiIndex.from_arrays([ent_idx, names]).factorize()
    verdicts: dict[int, tuple[str, str]] = {}
    for k, (i, name) in enumerate(pairs):
        if name and not isinstance(ents[i], ResolveError):
            verdict = code_name_verdict(ents[i], name, type_id)
            if verdict is not None:
                verdicts[k] = verdict
    if not verdicts:
        return bad
    bad = np.isin(pair_idx, [k for k, v in verdicts.items() if v[0] == "error"])
    said: set[int] = set()
    for j in np.flatnonzero(np.isin(pair_idx, list(verdicts))):
        k = int(pair_idx[j])
        if verdicts[k][0] == "error" or k not in said:  # a warning once per pair
            said.add(k)
            i, name = pairs[k]
            problems.add(code_name_problem(int(rownums[j]), name_col.header, name, ents[i],
                                           verdicts[k]))
    return bad


def _code_lookup(type_id: str):
    """A fast path for plain codes (most large files): a dict look-up, no name matching."""
    base = "commune" if type_id in reference.SIZE_CLASSES or type_id == "ville_prefecture" \
        else type_id
    if base not in ("commune", "departement", "region", "epci", "metropole") or \
            type_id != base:  # sub-types of communes need their own checks: general path
        return lambda value: None
    index = reference._code_index(base)

    def look(value: str):
        code = reference.restore_code(value, type_id) if value else None
        i = index.get(code) if code else None
        return None if i is None else reference._entity(base, i)

    return look


def _resolve_one(value: str, hint: str, type_id: str):
    if not value:
        return ResolveError("entité manquante : attendu un code ou un nom")
    try:
        return reference.resolve(value, type=type_id, departement=hint or None)
    except ResolveError as exc:
        if hint:
            try:
                return reference.resolve(value, type=type_id)
            except ResolveError:
                pass
        return exc


@dataclass
class _Options:
    """How to count what the file leaves blank (see :mod:`barometre.survey.rules`)."""

    blank: str | None = None  # "absent", "unknown" or None (the column decides)
    date: dt.date | None = None  # the wave's date for readings without one
    today: dt.date = field(default_factory=dt.date.today)


@dataclass
class _Rows:
    """The rows of the file once entities are resolved: what every block needs."""

    raw: pd.DataFrame
    rownums: np.ndarray
    error: np.ndarray  # rows rejected as a whole (entity, duplicate, year)
    years: np.ndarray | None  # from a year column, NaN where blank


def _normalize(raw: pd.DataFrame, rownums: np.ndarray, header: list[Any],
               type: str | None, opts: _Options | None = None
               ) -> tuple[pd.DataFrame, list[Problem], str]:
    """Turn raw cells into the tidy frame, collecting every problem.

    Vectorised: each distinct value of a column is parsed once, then spread
    over the rows, so that millions of rows read in seconds. Steps: layout,
    entities (code and name checked together), duplicates, years, one block
    per platform (wide) or one block (long), then the blank and date rules.
    """
    opts = opts or _Options()
    type_id = find_type(type).id if type else None
    if type_id == "all":
        type_id = None
    layout, warnings_ = _layout(header, type_id)
    problems = _Problems()
    for w in warnings_:
        problems.add(w)
    raw, rownums = _drop_blank_rows(raw, rownums)
    ent_idx, ents, type_id, by_name = _resolve_entities(raw, layout, type_id)
    u_bad = np.array([isinstance(e, ResolveError) for e in ents], dtype=bool)
    u_code = np.array([None if b else e.code for e, b in zip(ents, u_bad)], dtype=object)
    u_name = np.array([None if b else e.name for e, b in zip(ents, u_bad)], dtype=object)
    u_pop = np.array([np.nan if b or e.population is None else e.population
                      for e, b in zip(ents, u_bad)], dtype=float)
    bad_entity = u_bad[ent_idx]
    ent_col = raw[layout.entity.index]
    _entity_problems(bad_entity, by_name, ent_idx, ents, ent_col, rownums, layout, problems)
    row_error = bad_entity | _check_code_name(raw, layout, ent_idx, ents, type_id, rownums,
                                              problems, by_name)
    if layout.shape == "wide":
        row_error |= _wide_duplicates(u_code[ent_idx], row_error, ents, ent_idx, ent_col,
                                      rownums, layout, problems)
        blocks = _wide_blocks(layout)
    else:
        blocks = [(None, _long_columns(layout))]
    years = _read_years(raw, layout, rownums, row_error, opts, problems)
    rows = _Rows(raw, rownums, row_error, years)
    wave = (np.datetime64(opts.date, "s") if opts.date else
            most_frequent_date(_all_dates(raw, layout)))
    pieces = [_read_block(rows, platform, cols, layout, wave, opts, problems)
              for platform, cols in blocks]
    idx, plat, present, followers, account, dates, year, no, filled = (
        np.concatenate([p[k] for p in pieces]) for k in range(9))
    del pieces
    present = _blank_rule(present, plat, no, blocks, layout, rownums[idx], opts, problems)
    filled &= ~pd.isna(present)  # said for answers only: a blank "not answered" has no date
    if filled.any():
        problems.add(wave_date_problem(rownums[idx][filled].tolist(), int(filled.sum()), wave))
    eidx = ent_idx[idx]
    implausible_followers(followers, u_pop[eidx], u_name[eidx], rownums[idx],
                          _followers_headers(plat, blocks), problems)
    df = _frame(u_code[eidx], u_name[eidx], u_pop[eidx], type_id, plat, present, followers,
                account, dates, year, rownums[idx])
    if layout.shape == "wide" and len(blocks) > 1:
        df = df.sort_values(["source_row"], kind="stable").reset_index(drop=True)
    if layout.shape == "long" and not df.empty:
        df = _drop_long_duplicates(df, eidx, plat, dates, year, layout, problems)
    multi = years_problem(df["year"])
    if multi is not None:
        problems.add(multi)
    return df, problems.close(), type_id


def _followers_headers(plat: np.ndarray, blocks: list) -> np.ndarray:
    """The follower column's header of each reading (one per platform in a wide file)."""
    by_platform = {p: cols["followers"].header for p, cols in blocks if "followers" in cols}
    if None in by_platform:  # long file: one column for every platform
        return np.full(len(plat), by_platform[None], dtype=object)
    return np.array([by_platform.get(p) for p in plat], dtype=object)


def _entity_problems(bad_entity: np.ndarray, by_name: np.ndarray, ent_idx: np.ndarray,
                     ents: list, ent_col: pd.Series, rownums: np.ndarray, layout: _Layout,
                     problems: _Problems) -> None:
    """Entities not found (errors), and rows read through their name (one warning)."""
    for i in np.flatnonzero(bad_entity)[:MAX_PROBLEMS]:
        problems.add(Problem(int(rownums[i]), layout.entity.header, _text(ent_col.iloc[i]),
                             "error", ents[ent_idx[i]].message))
    problems.drop("error", int(bad_entity.sum()) - MAX_PROBLEMS)
    rows = rownums[by_name & ~bad_entity]
    if len(rows):
        problems.add(Problem(None, layout.entity.header, None, "warning", messages.text(
            "name-for-blank-code", "fr", n=len(rows), s=plural(len(rows)),
            rows=rows_text(rows)), code="name-for-blank-code"))


def _drop_long_duplicates(df: pd.DataFrame, eidx: np.ndarray, plat: np.ndarray,
                          dates: np.ndarray, year: np.ndarray, layout: _Layout,
                          problems: _Problems) -> pd.DataFrame:
    """Long files: readings that repeat an entity × platform × date are errors, dropped."""
    # integer keys: hashing millions of strings and timestamps costs a gigabyte
    keys = pd.DataFrame({"e": eidx, "p": pd.factorize(plat)[0],
                         "d": dates.astype("datetime64[s]").view("int64"),
                         "y": np.nan_to_num(year.astype(float), nan=-1).astype(np.int64)})
    bad_rows = check_long_duplicates(df, keys.duplicated(keep=False).to_numpy(), layout,
                                      problems)
    if bad_rows:
        df = df[~df["source_row"].isin(bad_rows)].reset_index(drop=True)
    return df


def _drop_blank_rows(raw: pd.DataFrame, rownums: np.ndarray) -> tuple[pd.DataFrame, np.ndarray]:
    if len(raw):
        blank = np.column_stack([_blank_mask(raw[c]) for c in raw.columns]).all(axis=1)
        if blank.any():
            raw, rownums = raw[~blank], rownums[~blank]
    if raw.empty:
        raise InputFileError("en-tête sans aucune ligne de données")
    return raw.reset_index(drop=True), rownums


def _wide_duplicates(codes: np.ndarray, bad: np.ndarray, ents: list, ent_idx: np.ndarray,
                     ent_col: pd.Series, rownums: np.ndarray, layout: _Layout,
                     problems: _Problems) -> np.ndarray:
    """An entity listed twice in a wide file: every later row is an error."""
    code_rows = pd.Series(codes).where(~bad)
    dup = code_rows.duplicated(keep="first").to_numpy() & ~bad
    if dup.any():
        first_row: dict[str, int] = {}
        for i in np.flatnonzero(~bad):
            first_row.setdefault(code_rows.iloc[i], int(rownums[i]))
        for i in np.flatnonzero(dup):
            e = ents[ent_idx[i]]
            problems.add(Problem(int(rownums[i]), layout.entity.header, _text(ent_col.iloc[i]),
                                 "error", f"entité en double : {e.name} ({e.code}) figure "
                                 f"déjà ligne {first_row[e.code]}"))
    return dup


def _read_years(raw: pd.DataFrame, layout: _Layout, rownums: np.ndarray, row_error: np.ndarray,
                opts: _Options, problems: _Problems) -> np.ndarray | None:
    """The year column, if any; unreadable or future years are row errors (in place)."""
    year_col = next((c for c in layout.columns if c.role == "year"), None)
    if year_col is None:
        return None
    col = raw[year_col.index]
    years, bad_year = _map_values(col, _parse_year)
    years = np.array([np.nan if v is None else v for v in years], dtype=float)
    for i in np.flatnonzero(bad_year):
        value_problem(problems, rownums[i], year_col, col.iloc[i], "year")
    future = years > opts.today.year
    for i in np.flatnonzero(future):
        problems.add(Problem(int(rownums[i]), year_col.header, _text(col.iloc[i]), "error",
                             messages.text("future-year", "fr", year=int(years[i])),
                             code="future-year"))
    row_error |= bad_year | future
    return years


def _all_dates(raw: pd.DataFrame, layout: _Layout) -> list[np.ndarray]:
    """Every readable date of the file (for the wave's date)."""
    out = []
    for c in layout.columns:
        if c.role == "date":
            d, _ = _map_values(raw[c.index], _safe_date)
            out.append(_datetime_array(d))
    return out


def _safe_date(v):
    try:
        return _as_datetime64(parse_date(v))
    except ValueError:
        return None


def _datetime_array(d: np.ndarray) -> np.ndarray:
    if d.dtype != object:
        return d.astype("datetime64[s]")
    return np.array([np.datetime64("NaT") if x is None else x for x in d], dtype="datetime64[s]")


def _read_block(rows: _Rows, platform: str | None, cols: dict[str, Column], layout: _Layout,
                wave, opts: _Options, problems: _Problems) -> tuple:
    """One platform of a wide file (or the whole long file): its readings without error.

    Returns ``(rows, platform, present, followers, account, date, year,
    explicit_no, dated_by_wave)`` arrays, one item per kept reading. Long:
    every cell parsed once per distinct value; ~60 lines of one flow.
    """
    raw, rownums, row_error = rows.raw, rows.rownums, rows.error
    n = len(raw)
    cell_error = np.zeros(n, dtype=bool)
    if platform is None:
        pcol = next(c for c in layout.columns if c.role == "platform")
        plat, _ = _map_values(raw[pcol.index],
                              lambda v: None if _is_blank(v) else match_platform(_text(v)))
        unknown = pd.isna(plat)
        for i in np.flatnonzero(unknown & ~row_error):
            raw_p = _text(raw[pcol.index].iloc[i])
            problems.add(Problem(int(rownums[i]), pcol.header, raw_p, "error",
                                 "réseau inconnu : attendu Facebook, X, Instagram, LinkedIn…"
                                 if raw_p else "réseau manquant : attendu Facebook, X, Instagram…"))
        cell_error |= unknown
    else:
        plat = np.full(n, platform, dtype=object)
    present = np.full(n, None, dtype=object)
    account = np.full(n, None, dtype=object)
    if "present" in cols:
        c = cols["present"]
        present, bad = _map_values(raw[c.index], parse_presence)
        for i in np.flatnonzero(bad & ~row_error):
            value_problem(problems, rownums[i], c, raw[c.index].iloc[i], "present")
        cell_error |= bad
        account, _ = _map_values(raw[c.index], lambda v: v.strip() if isinstance(v, str)
                                 and looks_like_account(v) else None)
    followers = np.full(n, np.nan)
    if "followers" in cols:
        c = cols["followers"]
        followers, bad = followers_with_problems(raw[c.index], rownums, c, row_error, problems)
        cell_error |= bad
    if "account" in cols:
        c = cols["account"]
        acc2, _ = _map_values(raw[c.index], lambda v: None if _is_blank(v) else _text(v))
        account = np.where(pd.isna(acc2), account, acc2)
    dates = np.full(n, np.datetime64("NaT"), dtype="datetime64[s]")
    if "date" in cols:
        dates, bad = _read_dates(raw, cols["date"], rownums, row_error | cell_error, opts,
                                 problems)
        cell_error |= bad
    if "row_date" in cols:
        row_dates = _datetime_array(_map_values(raw[cols["row_date"].index], _safe_date)[0])
        use = np.isnat(dates) & ~future_mask(row_dates, opts.today)
        dates = np.where(use, row_dates, dates)
    year = dates.astype("datetime64[Y]").astype(float) + 1970
    year[np.isnat(dates)] = np.nan
    if rows.years is not None:
        year = np.where(np.isnan(rows.years), year, rows.years)
    keep_mask = ~cell_error & ~row_error
    filled = fill_wave_date(dates, year, wave) & keep_mask
    has_f = ~np.isnan(followers)
    explicit_no = present == False  # noqa: E712  (object array: None stays unknown)
    # a URL, an @account or a follower count says "present" when presence is blank
    present = np.where(pd.isna(present) & (~pd.isna(account) | has_f), True, present)
    if "followers" in cols:
        contradicts = explicit_no & has_f & (followers > 0) & keep_mask
        for i in np.flatnonzero(contradicts)[:MAX_PROBLEMS]:
            problems.add(Problem(int(rownums[i]), cols["followers"].header,
                                 _text(int(followers[i])), "warning",
                                 "abonnés indiqués alors que la présence dit Non"))
    keep = np.flatnonzero(keep_mask)
    return (keep, plat[keep], present[keep], followers[keep], account[keep], dates[keep],
            year[keep], explicit_no[keep], filled[keep])


def _read_dates(raw: pd.DataFrame, c: Column, rownums: np.ndarray, skip: np.ndarray,
                opts: _Options, problems: _Problems) -> tuple[np.ndarray, np.ndarray]:
    """A date column: unreadable dates and dates in the future are errors of their cell."""
    d, bad = _map_values(raw[c.index], lambda v: _as_datetime64(parse_date(v)))
    for i in np.flatnonzero(bad & ~skip):
        value_problem(problems, rownums[i], c, raw[c.index].iloc[i], "date")
    dates = _datetime_array(d)
    future = future_mask(dates, opts.today)
    for i in np.flatnonzero(future & ~bad & ~skip):
        problems.add(Problem(int(rownums[i]), c.header, _text(raw[c.index].iloc[i]), "error",
                             messages.text("future-date", "fr"), code="future-date"))
    too_old = too_old_dates(dates, raw[c.index], rownums, c, bad | skip, problems)
    return dates, bad | future | too_old


def _blank_rule(present: np.ndarray, plat: np.ndarray, explicit_no: np.ndarray,
                blocks: list, layout: _Layout, rownums: np.ndarray, opts: _Options,
                problems: _Problems) -> np.ndarray:
    """Apply the blank-cell rule to the kept readings and say what it decided."""
    present, decisions = apply_blank_rule(present, plat, np.ones(len(plat), dtype=bool),
                                          explicit_no, opts.blank)
    headers = {}
    for platform, cols in blocks:
        c = cols.get("present") or cols.get("account") or cols.get("followers")
        if c is not None:
            headers[platform] = c.header
    for p, meaning, mask in decisions:
        column = headers.get(p, headers.get(None))
        problems.add(blank_problem(PLATFORMS[p].label("fr"), column, meaning, opts.blank is not None,
                                   rownums[mask]))
    return present


def _frame(code, name, pop, type_id, plat, present, followers, account, dates, year,
           source_row) -> pd.DataFrame:
    """The tidy frame, with its nullable dtypes."""
    known = ~pd.isna(present)
    pres = pd.array(np.where(known, present, False).astype(bool), dtype="boolean")
    pres[~known] = pd.NA

    def obj(values) -> pd.Series:
        # explicit object dtype: no conversion of millions of shared strings
        return pd.Series(values, dtype=object, copy=False)

    return pd.DataFrame({
        "code": obj(code), "name": obj(name),
        "collectivity_type": obj(np.full(len(code), type_id, dtype=object)),
        "platform": obj(plat.astype(object, copy=False)), "present": pres,
        "followers": pd.array(followers, dtype="Float64").astype("Int64"),
        "account": obj(np.where(pd.isna(account), None, account).astype(object, copy=False)),
        "date": pd.to_datetime(dates.astype("datetime64[s]")),
        "year": pd.array(year, dtype="Float64").astype("Int64"),
        "population": pd.array(pop, dtype="Float64").astype("Int64"),
        "source_row": source_row.astype("int64")}, copy=False)


def _as_datetime64(d: dt.date | None):
    return None if d is None else np.datetime64(d, "s")


def _wide_blocks(layout: _Layout) -> list[tuple[str, dict[str, Column]]]:
    common_date = next((c for c in layout.columns if c.role == "date" and not c.platform), None)
    by_platform: dict[str, dict[str, Column]] = {}
    for c in layout.columns:
        if c.platform:
            by_platform.setdefault(c.platform, {}).setdefault(c.role, c)
    blocks = []
    for p, cols in by_platform.items():
        if "date" not in cols and common_date:
            cols = {**cols, "date": common_date}
        elif common_date:  # a blank platform date falls back on the row's date
            cols = {**cols, "row_date": common_date}
        blocks.append((p, cols))
    return blocks


def _long_columns(layout: _Layout) -> dict[str, Column]:
    cols: dict[str, Column] = {}
    for c in layout.columns:
        if c.role in ("present", "followers", "account", "date") and c.role not in cols:
            cols[c.role] = c
    return cols


# --------------------------------------------------------------------------- public API

def validate(path: str | Path, type: str | None = None, sheet: str | None = None,
             blank: str | None = None, date: str | dt.date | None = None) -> list[Problem]:
    """Every problem of a survey file: errors and warnings, each located.

    Parameters
    ----------
    path : str or Path
        ``.xlsx``, ``.csv``, ``.txt``, ``.tsv`` or ``.parquet`` file. Never modified.
    type : str, optional
        Collectivity type of the entities. Default: guessed from the headers
        and the entities.
    sheet : str, optional
        Sheet of a workbook. Default: the first that looks like a survey.
    blank : {"absent", "unknown"}, optional
        How to count blank presence cells (French ``inconnu`` = ``unknown``).
        Default: as absent in a column without any explicit negative answer,
        as not answered (out of the base) in a column that has some.
    date : str or date, optional
        The wave's reading date, given to readings without a date. Default:
        the most frequent date of the file.

    Returns
    -------
    list of Problem
        Each with ``row`` (as the user sees it: spreadsheet row, or CSV line
        with the header as line 1), ``column`` (header), ``value``,
        ``severity`` ("error" or "warning"), ``message`` and a stable
        ``code`` (``blank-unknown``, ``future-date``…). Every interpretation
        (blank cells, readings dated by the wave, several years) is a warning.
        A file that cannot be read at all gives one problem without row.

    Examples
    --------
    >>> import barometre as bm
    >>> bm.problems_frame(bm.validate("enquete.csv"))  # doctest: +SKIP
    """
    from .annuaire_read import is_annuaire
    if is_annuaire(path):  # an Annuaire de l'administration export: a census, not a survey
        from .annuaire import validate_annuaire
        return validate_annuaire(path, type)
    opts = _Options(blank_policy(blank), as_date(date))
    try:
        _, problems, _ = _parse(path, type, sheet, opts)
    except InputFileError as exc:
        name = display_name(path)
        msg = exc.message[len(name) + 3:] if exc.message.startswith(f"{name} : ") else exc.message
        return [Problem(None, None, None, "error", msg, code=exc.code)]
    return problems


def read_survey(path: str | Path, type: str | None = None, sheet: str | None = None,
                errors: str = "raise", blank: str | None = None,
                date: str | dt.date | None = None) -> pd.DataFrame:
    """Read a survey file into one tidy frame.

    Parameters
    ----------
    path : str or Path
        ``.xlsx``, ``.csv``, ``.txt``, ``.tsv`` or ``.parquet`` file. Never modified.
    type : str, optional
        Collectivity type (id or alias). Default: guessed from the headers and
        the entities.
    sheet : str, optional
        Sheet of a workbook.
    errors : {"raise", "skip"}, default "raise"
        "raise": any error stops the reading with :class:`InputFileError`
        listing every problem; "skip": rows with errors are left out (warnings
        and errors stay in ``df.attrs["problems"]``).
    blank : {"absent", "unknown"}, optional
        How to count blank presence cells; see :func:`validate`.
    date : str or date, optional
        The wave's reading date for readings without one; see :func:`validate`.

    Returns
    -------
    DataFrame
        ``code, name, collectivity_type, platform, present, followers,
        account, date, year, population, source_row``; ``attrs`` holds the
        ``problems`` (warnings), the ``file`` and the ``collectivity_type``.

    Examples
    --------
    >>> import barometre as bm
    >>> df = bm.read_survey("enquete-departements.xlsx")  # doctest: +SKIP
    >>> df.groupby("platform")["present"].mean()          # doctest: +SKIP
    """
    p = Path(path)
    from .annuaire_read import is_annuaire
    if is_annuaire(p):  # an Annuaire de l'administration export: a census, not a survey
        from .annuaire import read_survey_annuaire
        return read_survey_annuaire(p, type)
    df, problems, type_id = _parse(p, type, sheet, _Options(blank_policy(blank), as_date(date)))
    errs = [x for x in problems if x.severity == "error"]
    if errs and errors == "raise":
        if len(errs) == 1:
            raise InputFileError(errs[0].describe(display_name(p)))
        raise InputFileError(f"{display_name(p)} : {len(errs)} erreurs (voir « barometre "
                             f"validate {display_name(p)} »)", details=[e.describe() for e in errs[:20]]
                             + ([f"… et {len(errs) - 20} autres"] if len(errs) > 20 else []))
    df.attrs["problems"] = problems
    df.attrs["file"] = display_name(p, full=True)
    df.attrs["collectivity_type"] = type_id
    return SURVEY.check(df)
