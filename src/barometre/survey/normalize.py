"""From raw cells to the tidy frame: one named step per rule (blanks, dates, duplicates, counts)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from .. import messages
from ..domain.errors import InputFileError
from ..domain.registry import PLATFORMS, find_type, match_platform
from .cells import (
    _blank_mask,
    _map_distinct,
    _map_values,
    check_long_duplicates,
    followers_with_problems,
    implausible_followers,
    too_old_dates,
    value_problem,
)
from .entities import _check_code_name, _entity_problems, _resolve_entities
from .headers import Column
from .layout import _followers_headers, _Layout, _layout, _long_columns, _wide_blocks
from .problems import MAX_PROBLEMS, Problem, _Problems
from .rules import (
    apply_blank_rule,
    blank_problem,
    fill_wave_date,
    future_mask,
    most_frequent_date,
    wave_date_problem,
    years_problem,
)
from .values import (
    _is_blank,
    _parse_year,
    _text,
    looks_like_account,
    parse_date,
    parse_presence,
)


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
    u_bad, u_code, u_name, u_pop = ents.arrays()
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
        # the key is the resolved entity: "01001", "1001" and its name are one commune (#19.1)
        ent_key = pd.factorize(u_code)[0]  # unresolved texts (-1) stay apart from each other
        ent_key = np.where(ent_key >= 0, ent_key, -1 - np.arange(len(ent_key)))
        df = _drop_long_duplicates(df, ent_key[eidx], plat, dates, year, layout, problems)
    multi = years_problem(df["year"])
    if multi is not None:
        problems.add(multi)
    return df, problems.close(), type_id


def _drop_long_duplicates(df: pd.DataFrame, eidx: np.ndarray, plat: np.ndarray,
                          dates: np.ndarray, year: np.ndarray, layout: _Layout,
                          problems: _Problems) -> pd.DataFrame:
    """Long files: readings that repeat an entity × platform × date are errors, dropped.

    ``eidx`` numbers the resolved entities (not the texts that name them).
    """
    # integer keys, one stable sort: hashing millions of strings and timestamps costs a gigabyte
    combined = np.zeros(len(eidx), dtype=np.int64)
    for key in (eidx, plat, dates.astype("datetime64[s]").view("int64"),
                np.nan_to_num(year.astype(float), nan=-1)):  # one key alive at a time
        k = pd.factorize(key)[0]
        if combined.max(initial=0) > 2 ** 31:  # renumbered when large: never overflows
            combined = pd.factorize(combined)[0]
        combined *= int(k.max(initial=0)) + 1
        combined += k
        del k
    order = np.argsort(combined, kind="stable")
    combined = combined[order]
    same = combined[1:] == combined[:-1]
    del combined
    dup = np.zeros(len(order), dtype=bool)
    dup[order[1:][same]] = True
    dup[order[:-1][same]] = True
    del order, same
    bad_rows = check_long_duplicates(df, dup, layout, problems)
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
            out.append(_map_dates(raw[c.index], _safe_date)[0])
    return out


def _safe_date(v):
    try:
        return _as_datetime64(parse_date(v))
    except ValueError:
        return None


def _map_dates(series: pd.Series, func) -> tuple[np.ndarray, np.ndarray]:
    """``_map_values`` for dates: a datetime64[s] array (NaT for None), typed per distinct
    value rather than per row (millions of rows, a few dates)."""
    codes, results, failed = _map_distinct(series, func)
    return _datetime_array(results)[codes], failed[codes]


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
    # Long on purpose: one flow over the same row masks (presence, followers, account, date);
    # each step narrows the rows the next one reads.
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
        row_dates = _map_dates(raw[cols["row_date"].index], _safe_date)[0]
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
    dates, bad = _map_dates(raw[c.index], lambda v: _as_datetime64(parse_date(v)))
    for i in np.flatnonzero(bad & ~skip):
        value_problem(problems, rownums[i], c, raw[c.index].iloc[i], "date")
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
