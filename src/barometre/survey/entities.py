"""Resolve each row's entity (code, name, département hint) against the reference, once per distinct value."""

from __future__ import annotations

import functools
import re
from itertools import repeat
from typing import Any

import numpy as np

from ..datasets import reference
from ..datasets.resolution import read_by_code_and_name, suggested_within
from ..domain.errors import ResolveError
from ..domain.registry import TYPES
from ..messages import Count, Msg, Words, plural_s, of_words, words_and
from .cells import (
    _blank_mask,
    _distinct,
    _factorize,
    _map_distinct,
    guess_name_column,
    guess_type,
)
from .headers import Column
from .layout import _COMMUNE_TYPES, _Layout, code_type
from .problems import Problem, _Problems, codes_by_key
from .raw import CodedColumn, RawColumns, factorize_objects, first_appearance
from .rules import (
    code_name_problem,
    code_name_verdict,
    plural,
    rows_problem,
    rows_text,
)
from .values import (
    _fold,
    _header_cell,
    _text,
    cell_error_code,
    excel_error,
    unsaved_formula,
)


def _name_column(layout: _Layout, type_id: str | None = None,
                 raw: RawColumns | None = None) -> Column | None:
    """The column that names the entity whose code is the entity column, if any.

    A bare "Code" column says no type: then a name column of the file's type is it
    ("Code;Commune" in a commune survey, "Code;Département" in a département survey).
    EPCI and métropoles name each other's ("SIREN;Métropole" with ``--type epci``: a
    métropole is an EPCI; "SIREN;EPCI" in a survey of métropoles) when no column names the
    type itself, unless its cells (``raw``) are answers ("Métropole": Oui/Non, whether the
    EPCI is one): without ``raw``, not such a column.
    """
    e = layout.entity
    if e.role != "entity_code":
        return None
    # the code column's type, else the file's (« Code INSEE » of a département file: the file's)
    want = (type_id if e.hint_weak and type_id else code_type(e.type_hint, type_id)) or type_id
    from .headers import _bare_type_word

    # an explicit name (« Libellé commune ») before a column headed by the type's word alone
    # (« Commune »), which may hold anything: the name checked is the one that says it is one
    named = sorted((c for c in layout.hints if c.role == "entity_name"),
                   key=lambda c: _bare_type_word(c.header))
    for c in named:
        if c.type_hint in (None, want) or (
                c.type_hint in _COMMUNE_TYPES and want in _COMMUNE_TYPES):
            return c
    if raw is not None and want in _GROUPINGS:
        for c in named:
            if c.type_hint in _GROUPINGS and not _answers(raw[c.index]):
                return c
    return None


#: The types whose entities are groupings of communes: a métropole is an EPCI (but the
#: Métropole de Lyon), each names the other's
_GROUPINGS = ("epci", "metropole")


def _answers(col) -> bool:
    """Whether most of the filled cells of ``col`` are presence answers (Oui/Non, x)."""
    from .values import parse_presence

    texts = [t for t in _distinct(col)[1] if isinstance(t, str) and t.strip()]
    read = 0
    for t in texts:
        try:
            read += parse_presence(t) is not None
        except ValueError:
            pass
    return 2 * read > len(texts)


def _resolve_entities(raw: RawColumns, layout: _Layout, type_id: str | None,
                      problems: _Problems | None = None, scope: tuple[str, ...] = ()
                      ) -> tuple[np.ndarray, list, str, np.ndarray]:
    """Resolve the entity column once per distinct (value, département hint).

    A row with a blank code and a filled name is read through its name. A name found
    nowhere in a template made for the départements ``scope`` is suggested their close
    names only, when there are (« Concarnau » in the 29: Concarneau, not Connaux, 30).
    Returns the per-row index into the list of results, that list (Entity or
    ResolveError), the collectivity type and the mask of rows read by name.
    A type guessed from values that another type reads as well (région codes without
    names: département codes too) is said in ``problems`` (``type-guessed``).
    """
    if type_id is None:
        finer = [c.type_hint for c in layout.hints if c.type_hint in reference.SIZE_CLASSES
                 or c.type_hint == "ville_prefecture"]
        if finer and layout.entity.type_hint == "commune":
            type_id = finer[0]
        else:
            type_id, other, n = guess_type(raw, layout)
            if other is not None and problems is not None:
                named = guess_name_column(layout)
                problems.add(_type_guessed(type_id, other, n, layout.entity.header,
                                           None if named is None else named.header))
    ent = raw[layout.entity.index]
    name_col = _name_column(layout, type_id, raw)
    by_name = np.zeros(len(raw), dtype=bool)
    if name_col is not None:
        by_name = _blank_mask(ent) & ~_blank_mask(raw[name_col.index])
        if by_name.any():
            ent = _with_names(ent, raw[name_col.index], by_name)
    dep_col = _departement_column(layout, name_col)
    codes, uniques = _factorize(ent)
    if dep_col is None:  # one result per distinct value
        of_value = hint_of = dep_values = None
        n = len(uniques)
    else:  # per distinct (value, hint) pair, in order of first appearance
        dep_codes, dep_values = _factorize(raw[dep_col.index])
        codes, pair_keys = first_appearance(codes.astype(np.int64) * len(dep_values)
                                            + dep_codes)
        of_value, hint_of = np.divmod(pair_keys, len(dep_values))
        n = len(pair_keys)
    results = _Resolved(n, _code_table(type_id))
    table = results.table
    todo = range(n)
    if table is not None:  # plain codes (most large files): a look-up per distinct value
        rows = _code_rows(table, uniques)
        results.row[:] = rows if of_value is None else rows[of_value]
        todo = np.flatnonzero(results.row < 0).tolist()
    cache: dict[tuple[str, str], Any] = {}
    for k in todo:  # the texts of the others only (a few, or a survey by names)
        value = _text(uniques[k if of_value is None else of_value[k]])
        hint = "" if hint_of is None else _text(dep_values[hint_of[k]])
        if table is not None and value:  # "1001" for "01001": its code restored
            code = reference.restore_code(value, type_id)
            r = table.codes.get(code) if code else None
            if r is not None:
                results.row[k] = r
                continue
        key = (value, hint)
        if key not in cache:
            cache[key] = _resolve_one(value, hint, type_id)
            if scope and isinstance(cache[key], ResolveError):
                cache[key] = suggested_within(cache[key], scope, type_id)
        results.other[k] = cache[key]
        if not isinstance(cache[key], ResolveError) and read_by_code_and_name(
                value, type_id, cache[key].code):
            results.combined[k] = value  # « 44109 - Nantes »: said (_codes_with_names)
        elif not isinstance(cache[key], ResolveError) and not _code_like(value):
            results.named[k] = value
        elif (type_id == "ville_prefecture" and not isinstance(cache[key], ResolveError)
              and _DEPARTEMENT_CODE.fullmatch(value.upper())):
            results.departements[k] = value  # « 44 »: its préfecture, said
    if dep_col is not None:  # « Rennes;22 », « 35238;22 »: the département contradicts it
        _outside_hints(results, uniques, of_value, hint_of, dep_values)
    return np.asarray(codes), results, type_id, by_name


def _departement_column(layout: _Layout, name_col: Column | None) -> Column | None:
    """The column that gives each row's département (« Département », « Code dép. »),
    its entity's name column aside; None without one."""
    return next((c for c in layout.hints if c.type_hint == "departement"
                 and c is not name_col), None)


def _departement_cells(raw: RawColumns, layout: _Layout, type_id: str, rownums: np.ndarray,
                       problems: _Problems) -> np.ndarray | None:
    """The cells of a département column that name no département, said: a code and a
    name that name two (« 29 - Morbihan »), an error per row (``departement-cell-mismatch``,
    the row left out: which one the row meant is not known), and the cells that name none
    (« Bretagne », « x »), one warning for the column with their count and rows
    (``departement-cell-unread``: their entity not checked against them); « 20 », Corse's
    code before 1976, names Corse (2A and 2B) and is checked so. Communes and
    groupings only, the types whose entity :func:`_outside_hints` checks against the
    column. Returns the rows in error, or None."""
    from ..datasets.name_index import departement_name, read_departement_cell

    if type_id not in reference.COMMUNE_LIKE and type_id not in _GROUPINGS:
        return None
    col = _departement_column(layout, _name_column(layout, type_id, raw))
    if col is None:
        return None
    codes, values = _distinct(raw[col.index])
    unread, wrong = [], {}
    for i, v in enumerate(values):
        text = _text(v)
        if not text:
            continue
        code, mismatch = read_departement_cell(text)
        if mismatch is not None:
            wrong[i] = (text, mismatch)
        elif code is None and not _corse(text) and _departement_list(text) is None:
            unread.append(i)  # « 20 » (Corse's) and « 35, 44, 56 » are checked (_outside_hints)
    bad = None
    if wrong:
        bad = np.isin(codes, list(wrong))
        for j in np.flatnonzero(bad).tolist():
            text, (code, name, named) = wrong[int(codes[j])]
            msg = Msg("departement-cell-mismatch", code=code, code_name=departement_name(code),
                      name=name, other=f"{departement_name(named)} ({named})")
            problems.add(Problem.said(msg, int(rownums[j]), col.header, text, "error",
                                      code="departement-cell-mismatch"))
    if unread:
        rows = np.flatnonzero(np.isin(codes, unread))
        problems.add(rows_problem("departement-cell-unread" + ("-one" if len(rows) == 1
                                                               else ""),
                                  rownums[rows], len(rows), column=col.header,
                                  value=_text(values[int(codes[rows[0]])]),
                                  problem_code="departement-cell-unread"))
    return bad


def _outside_hints(results: _Resolved, uniques: np.ndarray, of_value: np.ndarray,
                   hint_of: np.ndarray, dep_values: np.ndarray) -> None:
    """The entities found whose row's département column names another département: each
    (value, département) pair made an ``entity-not-in-departement`` error, as a name of
    homonyms none of which is in it (« Saint-Denis;44 »), whether the entity was found
    by its code, its SIREN or a name that only one entity bears (« Rennes;22 » was read
    as Rennes, 35, unsaid). Communes and groupings only (a grouping is in each
    département of its communes); « 20 » (Corse before 1976) is 2A and 2B; a département
    cell that names none (blank, « Bretagne », « 29 - Morbihan ») checks nothing (:func:`_departement_cells`
    says it); one that gives a code and its name (« 29 - Finistère ») is read as it.

    ``results`` is changed in place, before its :attr:`_Resolved.arrays` are made."""
    from ..datasets.name_index import _hint_departement
    from ..datasets.resolution import _describe, _Joined

    hints = np.empty(len(dep_values), dtype=object)  # a code, or a set of codes
    hints[:] = [(_hint_departement(t) or (_CORSE if _corse(t) else None)
                 or _departement_list(t)) if (t := _text(v)) else None for v in dep_values]
    if not any(h is not None for h in hints):
        return
    per_pair = hints[hint_of]
    todo = per_pair != None  # noqa: E711 - elementwise
    table = results.table
    if table is not None:  # found by code (most large files): compared as arrays
        found = results.row >= 0
        deps = np.asarray(table.entities._cols["departement"], dtype=object)
        todo[found] &= deps[results.row[found]] != per_pair[found]
    for k in np.flatnonzero(todo).tolist():
        ent = results[k]
        if isinstance(ent, ResolveError):
            continue
        hint = per_pair[k]
        if ent.collectivity_type in ("epci", "metropole"):
            inside = set(reference._epci_departements().get(ent.code) or {ent.departement})
        elif ent.collectivity_type in reference.COMMUNE_LIKE:
            inside = {ent.departement}
        else:  # a département's, a région's, a council's row: that column names another
            continue  # (two names, said as such: duplicate-column), no context
        inside.discard(None)
        if not inside or (inside & hint if isinstance(hint, frozenset) else hint in inside
                          or (hint == _CORSE and inside & {"2A", "2B"})):
            continue
        value = _text(uniques[k if of_value is None else of_value[k]])
        if ent.collectivity_type in reference.COMMUNE_LIKE and (value or "").strip().lower() \
                in reference._former_keys().get(ent.code, ()):
            continue  # a former commune, read as the current one and said « ancien nom »:
            # its département may be its own (« Freigné;49 », now 44180; review reg30)
        err = ResolveError.of("entity-not-in-departement", value=value,
                              departement="20 (2A, 2B)" if hint == _CORSE else
                              ", ".join(sorted(hint)) if isinstance(hint, frozenset) else hint,
                              candidates=_Joined([_describe(ent, False)]))
        err.candidates = [ent]
        results.row[k] = -1
        results.other[k] = err.with_traceback(None)
        for said in (results.named, results.combined, results.departements):
            said.pop(k, None)


#: Corse's département code before 1976 (2A and 2B since), still written in old lists
_CORSE = "20"


#: the separators of a list of départements in one cell (« 35, 44, 56 », « 35 / 44 »,
#: « 35 et 44 »): an intercommunalité across départements, written so by its seat's lists
_LIST_SEPARATORS = re.compile(r"\s*[,;/+&]\s*|\s+et\s+", re.IGNORECASE)


def _departement_list(text: str) -> frozenset | None:
    """The départements a cell lists (« 35, 44, 56 », « Ille-et-Vilaine / Morbihan »), two
    or more, each read as :func:`read_departement_cell` reads one cell; None otherwise
    (one département, or a part that names none). An entity is in the cell's list when it
    is in one of them (:func:`_outside_hints`).

    >>> [sorted(_departement_list(t)) for t in ("35, 44, 56", "35 et Morbihan",
    ...                                         "Ille-et-Vilaine / Loire-Atlantique")]
    [['35', '44', '56'], ['35', '56'], ['35', '44']]
    >>> [_departement_list(t) for t in ("35", "35, Bretagne", "Ille-et-Vilaine")]
    [None, None, None]
    """
    from ..datasets.name_index import read_departement_cell

    parts = [p for p in _LIST_SEPARATORS.split(text) if p]
    if len(parts) < 2:
        return None
    codes = [read_departement_cell(p)[0] for p in parts]
    return frozenset(codes) if None not in codes and len(set(codes)) > 1 else None


def _corse(text: str) -> bool:
    """Whether a département cell is Corse's former code (« 20 », « 020 »): an entity of
    2A or 2B is in it (:func:`_outside_hints`).

    >>> [_corse(t) for t in ("20", " 020 ", "2A", "200")]
    [True, True, False, False]
    """
    return text.strip().lstrip("0") == _CORSE


def _code_like(text: str) -> bool:
    """Whether a cell's text is written as a code: its first character a digit (a
    commune's « 19272 », « 2A004 », a SIREN, a council's « 972R », « 6AE »); a name starts
    with a letter (« Tulle », « CeA »).

    >>> [_code_like(t) for t in ("19272", "2A", "972R", " 44", "Tulle", "CeA", "Paris (75)")]
    [True, True, True, True, False, False, False]
    """
    return _CODE_START.match(text) is not None


_CODE_START = re.compile(r"\s*\d")
#: a département's code, which a survey of villes préfectures reads as its préfecture
#: (« 44 »: 44109 Nantes; :func:`barometre.datasets.resolution._by_code`)
_DEPARTEMENT_CODE = re.compile(r"\s*(?:\d{1,3}|2[AB])\s*")


def _type_guessed(chosen: str, other: str, n: int, column: str,
                  names: str | None = None) -> Problem:
    """The warning that the type was guessed between two that read the codes alike; with
    the header of the name column (``names``) whose names did not decide it: no advice to
    add one."""
    def plural_of(t: str) -> Words:
        return TYPES[t].plural_words()

    said = {"chosen": plural_of(chosen), "other": plural_of(other), "chosen_id": chosen,
            "other_id": other, "n": Count(n), "s": plural(n),
            "of_other": of_words(plural_of(other))}
    msg = (Msg("type-guessed", **said) if names is None
           else Msg("type-guessed-named", names=names, **said))
    return Problem.said(msg, column=column, severity="warning", code="type-guessed", count=n)


def _with_names(ent, names, by_name: np.ndarray) -> CodedColumn:
    """The entity column with the name column's cell where ``by_name`` (a blank code, a
    filled name): one column over the distinct values of both, equal values one."""
    e_codes, e_values = _distinct(ent)
    n_codes, n_values = _distinct(names)
    e_values, n_values = np.asarray(e_values, dtype=object), np.asarray(n_values, dtype=object)
    codes = np.where(by_name, np.where(n_codes >= 0, n_codes + len(e_values), -1), e_codes)
    merged, values = factorize_objects(np.concatenate([e_values, n_values]))
    merged = np.append(merged, -1)  # a missing cell (-1) stays missing
    return CodedColumn(merged[codes], values)


def _code_rows(table, values: np.ndarray) -> np.ndarray:
    """Per distinct cell its row in ``table`` (a :class:`~barometre.datasets.name_index.
    CodeTable`) when its text is a code or a SIREN, else -1.

    Cells are looked up as they are first: a code's text has no spaces to strip, and only
    text equals text (35,000 look-ups in a commune survey, without a text made for each);
    the others by their text, SIRENs included (their dict made only then).
    """
    get = table.by_code.get
    try:
        rows = np.fromiter(map(get, values, repeat(-1)), dtype=np.int64, count=len(values))
    except TypeError:  # a cell that cannot be hashed (a list, from a Parquet file say)
        rows = np.array([get(v, -1) if isinstance(v, str) else -1 for v in values],
                        dtype=np.int64)
    for i in np.flatnonzero(rows < 0).tolist():
        text = _text(values[i])
        if text:
            rows[i] = table.codes.get(text, -1)
    return rows


class _Resolved:
    """The distinct entities of a file, one per distinct (value, hint).

    Those found by code are rows of the reference's code table (arrays for the per-row
    work, an :class:`Entity` only when asked); the others (names, errors) are held in
    ``other`` as an Entity or a ResolveError. Indexing gives either.
    """

    def __init__(self, n: int, table) -> None:
        self.table = table
        self.row = np.full(n, -1, dtype=np.int64)
        self.other: dict[int, Any] = {}
        #: the distinct entities found by a text that is no code (« Tulle »), that text:
        #: said when typed in a code column (:func:`_names_in_code_column`)
        self.named: dict[int, str] = {}
        #: the distinct entities of a survey of villes préfectures found by a
        #: département's code (« 44 »), that code: said (:func:`_departements_in_code_column`)
        self.departements: dict[int, str] = {}
        #: the distinct entities found by a cell giving a code and its name (« 44109 -
        #: Nantes »), that cell: said (:func:`_codes_with_names`)
        self.combined: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self.row)

    def __getitem__(self, k: int):
        r = int(self.row[k])
        return self.table.entities[r] if r >= 0 else self.other[int(k)]

    @functools.cached_property
    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """``(bad, code, name, population)`` of each distinct entity (None/NaN when bad);
        built once, when the resolution is done (the reader and the code/name check)."""
        n = len(self.row)
        bad = np.zeros(n, dtype=bool)
        code = np.full(n, None, dtype=object)
        name = np.full(n, None, dtype=object)
        pop = np.full(n, np.nan)
        hit = np.flatnonzero(self.row >= 0)
        if len(hit):
            rows = self.row[hit]
            code[hit] = self.table.code[rows]
            name[hit] = self.table.name[rows]
            pop[hit] = self.table.population[rows]
        for k, e in self.other.items():
            if isinstance(e, ResolveError):
                bad[k] = True
            else:
                code[k], name[k] = e.code, e.name
                pop[k] = np.nan if e.population is None else e.population
        return bad, code, name, pop

    def numbered_codes(self) -> tuple[np.ndarray, np.ndarray] | None:
        """``factorize_objects`` of the entities' codes (``arrays``' second), numbered from
        the rows of the code table instead of hashing 35,000 codes: per entity the number
        of its code in order of first appearance (-1 when not found), and the distinct
        codes. None without a code table."""
        if self.table is None:
            return None
        ident = self.row.copy()  # equal codes, equal idents: a row, or a number past them
        past: dict[str, int] = {}
        for k, e in self.other.items():  # found by name (an institution's code is not a row)
            if not isinstance(e, ResolveError) and e.code is not None:
                r = self.table.by_code.get(e.code)
                ident[k] = r if r is not None else len(self.table.code) + past.setdefault(
                    e.code, len(past))
        found = np.flatnonzero(ident >= 0)
        key = np.full(len(ident), -1, dtype=np.intp)
        if not len(found):
            return key, np.empty(0, dtype=object)
        key[found] = numbers = first_appearance(ident[found])[0]
        # where each number first appears: where the greatest number so far grows
        firsts = found[np.diff(np.maximum.accumulate(numbers), prepend=-1) > 0]
        return key, self.arrays[1][firsts]


def _check_code_name(raw: RawColumns, layout: _Layout, ent_idx: np.ndarray, ents: list,
                     type_id: str, rownums: np.ndarray, problems: _Problems,
                     by_name: np.ndarray
                     ) -> tuple[np.ndarray, np.ndarray | None, np.ndarray | None]:
    """Code and name on the same row must designate the same entity.

    Checked once per distinct (entity, name) pair. Returns the rows in error
    (the name designates another entity), the rows of the pairs said (None when none
    is), and the rows of totals (« 13;Total », ``code-name-totals``: no entity's row, its
    cells not to be checked; None when none is); a name that designates nothing known
    is a warning, once per pair (its rows said when they are several: a long file's), and
    the row is read from its code. A name that is a
    formula whose value the workbook does not hold is an error of its cell
    (``formula-without-value``): what the sheet shows beside the code is unknown.
    """
    bad = np.zeros(len(raw), dtype=bool)
    name_col = _name_column(layout, type_id, raw)
    if name_col is None:
        return bad, None, None
    # the name's text per distinct cell, equal texts one (" Paris" is "Paris")
    codes, texts, _ = _map_distinct(raw[name_col.index], _text)
    text_id, text_values = factorize_objects(texts)
    text_values = np.append(text_values, "")  # a row read by its name: no name to check
    text_id = np.where(by_name, _text_number(text_values, ""), text_id[codes])
    width = len(text_values)
    pair_idx, pair_keys = first_appearance(np.asarray(ent_idx, dtype=np.int64) * width
                                           + text_id)
    pairs = [(k // width, text_values[k % width]) for k in pair_keys.tolist()]
    verdicts: dict[int, tuple[str, str]] = {}
    unknown, _, ref_names, _ = ents.arrays
    for k, (i, name) in enumerate(pairs):
        # blank, an unknown entity, or the reference's own spelling (a filled template:
        # 35,000 communes) need no folding nor resolution
        if name and not unknown[i] and unsaved_formula(name):  # the name shown unknown
            verdicts[k] = ("error", None)
        elif name and not unknown[i] and is_totals_label(name):
            # « 13;Total;;6 100 »: a totals row whose code cell holds a number (a count, a
            # row number) that is some entity's code; no entity's name is such a word
            verdicts[k] = ("error", "totals")
        elif name and not unknown[i] and name != ref_names[i]:
            verdict = code_name_verdict(ents[i], name, type_id)
            if verdict is not None:
                verdicts[k] = verdict
    if not verdicts:
        return bad, None, None
    bad = np.isin(pair_idx, [k for k, v in verdicts.items() if v[0] == "error"])
    totals = [k for k, v in verdicts.items() if v == ("error", "totals")]
    said_rows = np.isin(pair_idx, list(verdicts))
    warned: dict[int, tuple[int, list[int]]] = {}  # a warning's pair: its first row, rows
    code_col = raw[layout.entity.index]  # the code as written: quoted when not the code read
    for j in np.flatnonzero(np.isin(pair_idx, list(verdicts))):
        k = int(pair_idx[j])
        if verdicts[k][0] != "error":  # a warning once per pair, with its rows
            warned.setdefault(k, (int(j), []))[1].append(int(rownums[j]))
            continue
        i, name = pairs[k]
        problems.add(Problem.of(cell_error_code(name), int(rownums[j]), name_col.header,
                                name) if unsaved_formula(name) else
                     code_name_problem(int(rownums[j]), name_col.header, name, ents[i],
                                       verdicts[k], _text(code_col.at(int(j)))))
    for k, (j, rows) in warned.items():
        i, name = pairs[k]
        p = code_name_problem(rows[0], name_col.header, name, ents[i], verdicts[k],
                              _text(code_col.at(j)))
        if len(rows) > 1:  # a long file's rows of one entity (a row per platform): all said
            p = Problem.said(Msg("code-name-rows", said=p.msg, rows=rows_text(rows)),
                             None, p.column, p.value, p.severity, code=p.code,
                             count=len(rows), rows=rows)
        problems.add(p)
    return bad, said_rows, np.isin(pair_idx, totals) if totals else None


def _rows_read_from(ent_idx: np.ndarray, typed: dict, left: np.ndarray | None) -> np.ndarray:
    """The rows whose entity is one of ``typed``'s (the entities read from a name, or from
    a département's code, in a code column), but those of ``left`` (said already)."""
    hit = np.isin(ent_idx, list(typed))
    if left is not None:
        hit &= ~left
    return np.flatnonzero(hit)


def _names_in_code_column(layout: _Layout, ent_idx: np.ndarray, ents: _Resolved,
                          by_name: np.ndarray, left: np.ndarray | None, rownums: np.ndarray,
                          problems: _Problems) -> None:
    """The cells of a code column that hold a name (« Tulle » under « Code INSEE »), read
    as the entity of that name: one warning for the column (``name-in-code-column``: how
    many, the first quoted as typed with the code it was read as, « « Tulle » (lu comme
    19272 : Tulle) », their rows), so that no code is taken from a name unsaid. ``left``:
    the rows said already (a name beside that contradicts it, or one not recognised:
    the code quoted the same way there), or in error; a row read by its name (a blank
    code) has its own warning (``name-for-blank-code``). No pass over the rows when every
    code cell is a code."""
    if not ents.named or layout.entity.role != "entity_code":
        return
    rows = _rows_read_from(ent_idx, ents.named, by_name if left is None else by_name | left)
    if not len(rows):
        return
    k = int(ent_idx[rows[0]])
    entity = ents[k]
    problems.add(rows_problem("name-in-code-column", rownums[rows], len(rows),
                              column=layout.entity.header, value=ents.named[k],
                              code=Msg("code-named-written", value=ents.named[k],
                                       code=entity.code, code_name=entity.name)))


def _codes_with_names(layout: _Layout, ent_idx: np.ndarray, ents: _Resolved,
                      left: np.ndarray | None, rownums: np.ndarray,
                      problems: _Problems) -> None:
    """The cells that give a code and a name of one entity (« 44109 - Nantes », « Nantes
    (44109) »), read as it: certain (the two agree), said once for the column
    (``code-and-name-in-cell``: how many, the first quoted with the entity read, their rows)
    so that the layout is known. ``left``: the rows in error or said already."""
    _read_from_cells("code-and-name-in-cell", ents.combined, layout, ent_idx, ents, left,
                     rownums, problems)


def _departements_in_code_column(layout: _Layout, ent_idx: np.ndarray, ents: _Resolved,
                                 left: np.ndarray | None, rownums: np.ndarray,
                                 problems: _Problems) -> None:
    """The cells of a survey of villes préfectures that hold a département's code (« 44 »),
    read as its préfecture (44109 Nantes): one warning for the column
    (``departement-code-read-as-prefecture``: how many, the first quoted as typed with the
    commune read, their rows), so that no commune is taken from a département's code unsaid.
    ``left``: the rows said already (a name beside that contradicts it), or in error."""
    _read_from_cells("departement-code-read-as-prefecture", ents.departements, layout,
                     ent_idx, ents, left, rownums, problems)


def _read_from_cells(key: str, typed: dict[int, str], layout: _Layout, ent_idx: np.ndarray,
                     ents: _Resolved, left: np.ndarray | None, rownums: np.ndarray,
                     problems: _Problems) -> None:
    """One warning ``key`` for the rows of the entities read from the cells ``typed``
    (entity number -> the cell as typed), but ``left``: how many, the first cell quoted with
    the entity read (``value``, ``code``, ``code_name``), their rows; none without such a
    row (no pass over the rows when ``typed`` is empty)."""
    if not typed:
        return
    rows = _rows_read_from(ent_idx, typed, left)
    if not len(rows):
        return
    k = int(ent_idx[rows[0]])
    entity = ents[k]
    problems.add(rows_problem(key, rownums[rows], len(rows), column=layout.entity.header,
                              value=typed[k], code=entity.code, code_name=entity.name))


def _text_number(texts: np.ndarray, text: str) -> int:
    """The number of the first ``text`` among ``texts`` (it is there)."""
    return int(np.flatnonzero(texts == text)[0])


def _code_table(type_id: str):
    """The code table for plain codes of ``type_id``, or None when its entities need checks
    of their own (communes by size, villes préfectures: the general path)."""
    if type_id not in ("commune", "departement", "region", "epci", "metropole"):
        return None
    from ..datasets.name_index import code_table

    return code_table(type_id)


def _resolve_one(value: str, hint: str, type_id: str):
    if not value:
        return ResolveError.of("entity-missing")
    if excel_error(value):  # « #N/A »: a formula's error, not a name to look up
        return ResolveError.of(cell_error_code(value))
    # a row named after a conseil départemental that is no more (« Conseil départemental
    # de la Haute-Corse »): its département's row, as the file meant it
    try:
        return reference.survey_row_entity(
            reference.resolve(value, type=type_id, departement=hint or None))
    except ResolveError as exc:
        if hint:
            try:
                return reference.survey_row_entity(reference.resolve(value, type=type_id))
            except ResolveError:
                pass
        # kept as a result: without its traceback, whose frames (the reader's, up to
        # _normalize's arrays of millions of rows) would sit in a reference cycle
        return exc.with_traceback(None)


#: What a summary row says in its entity cell (folded, lower case, without a trailing
#: colon or dot), a row of the table's totals or of the whole, no collectivity: whole
#: cells that :data:`_TOTALS_START` does not match (« Total », « Moyenne générale »,
#: « Sous-total » and the like are its)
_TOTALS = {"totaux", "sous-totaux", "ensemble", "ensemble des pairs", "france entiere"}
#: and its start, a total, an average or a median of the table, of a part of it or of others
#: (« Total Loire-Atlantique », « Sous-total CC », « TOTAL : », « Moyenne des pairs »,
#: « Moyenne nationale », « Médiane 2025 »). No commune's name starts with one of these
#: words (« Moyenneville », « Moyen » do not: a whole word is asked): the reader asks it of a
#: row whose entity resolves as nothing, and of a name beside a code that resolves
_TOTALS_START = re.compile(r"(?:(?:sous[\s-]?|sub-?|grand\s)?total|moyennes?|medianes?|"
                           r"median|average|mean)(?:\s|:|$)")


def is_totals_label(v: Any) -> bool:
    """Whether a cell says a summary row: « Total », « TOTAL », « Total général »,
    « Sous-total », « Moyenne », « Moyenne des pairs », « Moyenne nationale »,
    « Médiane », « Ensemble », « Total Loire-Atlantique »…; the reader asks it of a row
    whose entity resolves as nothing (``totals-row``: left out) and of a name beside a code
    that resolves (``code-name-totals``: an error), « Somme », a département, never one.

    >>> [is_totals_label(v) for v in ("TOTAL", "Total général :", "Sous-total 44", "Moyenne")]
    [True, True, True, True]
    >>> [is_totals_label(v) for v in ("Médiane", "Moyenne des pairs", "Moyenne nationale")]
    [True, True, True]
    >>> [is_totals_label(v) for v in ("Totalement", "Somme", "Ensemble 44", None, 12)]
    [False, False, False, False, False]
    >>> [is_totals_label(v) for v in ("Moyenneville", "Moyen", "Médianes-sur-Loire")]
    [False, False, False]
    """
    if not isinstance(v, str):
        return False
    t = " ".join(_fold(v).lower().split()).rstrip(" :.")
    return t in _TOTALS or _TOTALS_START.match(t) is not None


def _totals_rows(bad_entity: np.ndarray, by_name: np.ndarray, ent_col: Any,
                 names: tuple[Column, Any] | None) -> np.ndarray | None:
    """The rows whose entity resolves as nothing and whose entity or name cell says a
    totals row (:func:`is_totals_label`); None when there is none (the usual: no pass
    over the rows when every entity was found)."""
    bad = np.flatnonzero(bad_entity)
    if not len(bad):
        return None
    said = [i for i in bad.tolist() if is_totals_label(ent_col.at(i))
            or (names is not None and is_totals_label(names[1].at(i)))]
    if not said:
        return None
    out = np.zeros(len(bad_entity), dtype=bool)
    out[said] = True
    return out


def _header_rows(bad_entity: np.ndarray, ent_col: Any, raw: RawColumns, header: list[Any],
                 entity_index: int, second: bool = False
                 ) -> list[tuple[int, int | list[str] | tuple[int, ...] | None]] | None:
    """The rows that repeat the header (two files pasted one under the other): their entity
    cell is the entity column's header and at least half the other named columns' cells are
    their headers. Per such row its position and, when the row above is a title line (one
    cell filled, no entity: the second file's title), that row's position. None when
    there is none (no pass over the rows when every entity was found). ``second``: the
    first row is the one right under the header; with its entity cell blank and two
    fields' names at least (« Présence », « Abonnés »), no value, it is the header's second
    row (:func:`_header_problems` says it so), and in the place of the row above, its
    texts when they only repeat the header's fields (:func:`_repeats_fields`). A header read
    on two rows, pasted again, is its two rows, each saying parts of the joined names
    (:func:`_header_pair`): in the place of the row above, a tuple of the other row's
    position (an empty tuple when one of its rows comes again alone)."""
    bad = np.flatnonzero(bad_entity)
    if not len(bad):
        return None
    key = _header_cell(header[entity_index])
    named = [c for c in raw.columns if c != entity_index and c < len(header)
             and _header_cell(header[c])]
    out: list[tuple[int, int | list[str] | tuple[int, ...] | None]] = []
    paired: set[int] = set()
    for i in bad.tolist():
        if i in paired:
            continue
        if second and i == 0 and not _header_cell(ent_col.at(0)) and _fields_row(raw, 0):
            out.append((0, _repeats_fields(raw, header, 0)))
            continue
        if not key or _header_cell(ent_col.at(i)) != key:
            continue
        same = sum(_header_cell(raw[c].at(i)) == _header_cell(header[c]) for c in named)
        if same * 2 < len(named):
            # a header read on two rows, pasted again: each of its rows says a part of
            # the joined names (« Présence » then « Facebook » for « Présence Facebook »)
            pair = _header_pair(bad_entity, raw, header, entity_index, i)
            if pair is not None:
                paired.add(pair)
                out.append((min(i, pair), (max(i, pair),)))
            elif _header_part(raw, header, i, entity_index, key):
                out.append((i, ()))  # one of its rows alone again (« Code | Nom | Facebook »)
            continue
        above = i - 1 if i and bad_entity[i - 1] else None
        if above is not None and sum(bool(_header_cell(raw[c].at(above)))
                                     for c in raw.columns) != 1:
            above = None
        out.append((i, above))
    return out or None


def _repeats_fields(raw: RawColumns, header: list[Any], i: int) -> list[str] | None:
    """Row ``i``'s texts when each is the field of the header cell above it, a platform's
    (« Présence » under « Présence Facebook », « Abonnés » under « Abonnés Facebook »,
    « Date » under « Date »):
    a second row that names nothing the header does not, deleted without a loss. None
    when one names another field, another platform, or a column of no platform's."""
    from .headers import classify_header

    texts = []
    for c in raw.columns:
        v = raw[c].at(i)
        if v is None or v != v or (isinstance(v, str) and not v.strip()):
            continue
        if c >= len(header):
            return None
        if _header_cell(v) == _header_cell(header[c]):  # « Date » under « Date »
            texts.append(" ".join(str(v).split()))
            continue
        above, cell = classify_header(header[c]), classify_header(v)
        if (not above.platform or cell.role != above.role
                or cell.platform not in (None, above.platform)):
            return None
        texts.append(" ".join(str(v).split()))
    return texts or None


def _header_part(raw: RawColumns, header: list[Any], i: int, entity_index: int,
                 key: str) -> bool:
    """Whether row ``i`` says parts of the header's names only, two cells at least, its
    entity cell blank or the entity's header: each filled cell's words among the words of
    the header cell above it (« Présence » or « Facebook » under « Présence Facebook »)."""
    filled = 0
    for c in raw.columns:
        v = raw[c].at(i)
        if v is None or v != v or (isinstance(v, str) and not v.strip()):
            continue
        if c == entity_index and _header_cell(v) == key:
            filled += 1
            continue
        if not isinstance(v, str) or c >= len(header) or not set(
                _header_cell(v).split()) <= set(_header_cell(header[c]).split()):
            return False
        filled += 1
    return filled >= 2


def _header_pair(bad_entity: np.ndarray, raw: RawColumns, header: list[Any],
                 entity_index: int, i: int) -> int | None:
    """The row beside row ``i`` (under it, or above it) with which it repeats a header read
    on two rows (:func:`_header_part` each, ``i`` naming the entity's column), else None."""
    key = _header_cell(header[entity_index])
    if not _header_part(raw, header, i, entity_index, key):
        return None
    for j in (i + 1, i - 1):
        if 0 <= j < len(bad_entity) and bad_entity[j] and _header_part(
                raw, header, j, entity_index, key):
            return j
    return None


def _fields_row(raw: RawColumns, i: int) -> bool:
    """Whether row ``i``'s filled cells are all texts, two at least of them a field's name
    (« Présence », « Abonnés », « Date »; a platform's name is no field: « x » is an answer
    too): a header's second row, not a row of data."""
    from .grid import _FIELD_ROLES
    from .headers import classify_header

    fields = 0
    for c in raw.columns:
        v = raw[c].at(i)
        if v is None or v != v or (isinstance(v, str) and not v.strip()):
            continue
        if not isinstance(v, str):
            return False
        col = classify_header(v)
        fields += col.role in _FIELD_ROLES and not col.platform
    return fields >= 2


def _header_problems(repeats: list[tuple[int, int | list[str] | tuple[int, ...] | None]],
                     rownums: np.ndarray,
                     problems: _Problems, under: int | None = None) -> np.ndarray:
    """One error per repeated header (:func:`_header_rows`), its cells not said one by one;
    the rows to leave out (the header's, and the title line above it). ``under``: the
    number of the row right under the header; the header's texts there are no pasted file
    but its second row, which :func:`.grid.header_of` could not join
    (``header-second-row``: put the header on one row; never « supprimez cette ligne »,
    which would lose its fields), or, when it only repeats the header's fields (« Présence »
    under « Présence Facebook »), left out with a warning (``header-second-row-repeat``):
    the header of the row above is read whole."""
    out = np.zeros(len(rownums), dtype=bool)
    for i, above in repeats:
        out[i] = True
        if isinstance(above, list):  # its texts: nothing lost leaving it out, said once
            from .workbook import sheet_list

            fields = sheet_list(list(dict.fromkeys(above)))
            problems.add(Problem.of("header-second-row-repeat", int(rownums[i]),
                                    severity="warning", fields=fields))
        elif above is None and under is not None and int(rownums[i]) == under:
            problems.add(Problem.of("header-second-row", int(rownums[i]), severity="error"))
        elif isinstance(above, tuple) and not above:  # one row of a two-row header again
            problems.add(Problem.of("header-repeated", int(rownums[i]), severity="error"))
        elif isinstance(above, tuple):  # a header on two rows again: both rows, one error
            out[above[0]] = True
            problems.add(Problem.of("header-repeated-two-rows", int(rownums[i]),
                                    severity="error", first=int(rownums[i]),
                                    last=int(rownums[above[0]])))
        elif above is None:
            problems.add(Problem.of("header-repeated", int(rownums[i]), severity="error"))
        else:
            out[above] = True
            problems.add(Problem.of("header-repeated-title", int(rownums[i]), severity="error",
                                    first=int(rownums[above]), last=int(rownums[i])))
    return out


def _totals_problems(totals: np.ndarray, by_name: np.ndarray, ent_col: Any, rownums: np.ndarray,
                     layout: _Layout, problems: _Problems,
                     names: tuple[Column, Any] | None) -> None:
    """A warning per totals row (:func:`_totals_rows`), left out of the readings: its
    entity cell quoted, the one that says it (the name's when the code is blank)."""
    def said(i: int) -> Problem:
        column, cell = layout.entity.header, ent_col.at(i)
        if names is not None and (by_name[i] or not is_totals_label(cell)):
            column, cell = names[0].header, names[1].at(i)
        return Problem.of("totals-row", int(rownums[i]), column, _text(cell),
                          severity="warning")
    problems.each(np.flatnonzero(totals), said, "warning", code="totals-row")


def _name_cells(raw: RawColumns, layout: _Layout, type_id: str | None
                ) -> tuple[Column, Any] | None:
    """The column that names the entity beside its code, and its cells (None without)."""
    col = _name_column(layout, type_id, raw)
    return None if col is None else (col, raw[col.index])


def _entity_problems(bad_entity: np.ndarray, by_name: np.ndarray, ent_idx: np.ndarray,
                     ents: list, ent_col: CodedColumn, rownums: np.ndarray, layout: _Layout,
                     problems: _Problems, names: tuple[Column, Any] | None = None,
                     type_id: str | None = None) -> None:
    """Entities not found (errors), and rows read through their name (one warning).

    ``names``: the name column and its cells (:func:`_name_cells`), for the rows read
    through their name (a blank code): their error points at the name's cell, whose text
    it quotes ("TOTAL" in « Nom », not in the blank « Code département »). A code no
    entity has (« 0039022 », a SIREN whose leading digits were lost) beside a name that
    is one of type ``type_id`` says it: « ; le nom à côté, CA Vitré Communauté, est
    200039022 »."""
    present: dict[str, int] = {}  # a current commune's code, its first row in the file

    def first_row(code: str) -> int | None:
        if not present:
            codes = ents.arrays[1]
            for j in np.flatnonzero(~bad_entity).tolist():
                present.setdefault(codes[ent_idx[j]], int(rownums[j]))
            present.setdefault(None, -1)  # looked once
        return present.get(code)

    seen: dict = {}  # the close names of each name cell beside an EPCI's code gone

    def unknown(i: int) -> Problem:
        err = ents[ent_idx[i]]  # a ResolveError: its code and, when it has one, its sentence
        column, cell = layout.entity.header, ent_col.at(i)
        if names is not None and by_name[i]:
            column, cell = names[0].header, names[1].at(i)
        msg = err.msg
        if err.code == "former-code" and msg and err.candidates:
            # « 74011 » when Annecy (74010) is in the file already: writing 74010, as the
            # plain advice says, would count Annecy twice
            at = first_row(err.candidates[0].code)
            if at is not None and at >= 0:
                msg = Msg("former-code-present", **msg.params, rows=rows_text([at]))
        if err.code == "unknown-code" and names is not None and not by_name[i] and msg:
            name_cell = names[1].at(i)
            # « 29019 » beside « Brest » in a file of EPCI and communes: the commune's own
            # code and name, no EPCI's code to write (not Brest Métropole's)
            beside = (None if _named_by_code(ent_col.at(i), name_cell)
                      else _named_beside(name_cell, type_id))
            hint = msg.params.get("hint")
            gone = isinstance(hint, Msg) and hint.code == "epci-code-gone"
            typo = isinstance(hint, Msg) and hint.code == "siren-check-digit"
            close = (_close_beside(name_cell, type_id, seen) if (gone or typo) and beside is None
                     else [])
            if (gone or typo) and (beside is not None or close):  # the name says what to write
                msg = Msg("unknown-code", **{**msg.params, "hint": Msg(
                    "epci-code-gone-short" if gone else "siren-check-digit-short")})
            if beside is not None:
                msg = Msg("unknown-code-name-beside", error=msg, name=beside.name,
                          code=beside.code)
            elif close:
                said = [f"{e.name} ({e.code})" for e in close]
                msg = Msg("unknown-code-name-close", error=msg, typed=_text(name_cell).strip(),
                          names=Words(" ou ".join(said), " or ".join(said)))
        return Problem(int(rownums[i]), column, _text(cell), "error",
                       msg.render("fr") if msg is not err.msg else err.message,
                       code=err.code, msg=msg)
    problems.each(np.flatnonzero(bad_entity), unknown,  # each entity's code once
                  code=codes_by_key(ent_idx, lambda i: ents[ent_idx[i]].code))
    _mojibake_problem(bad_entity, ent_idx, ent_col, names, rownums, layout, problems)
    # a row read by its name (a blank code): said row by row, the name and what it was
    # read as (« Brest » → Brest Métropole (242900314)), in the name's column; validate's
    # text gathers them in one line (:func:`~.problems.same_lines`). No pass over the rows
    # of a file with none (most files: millions of rows)
    read = np.flatnonzero(by_name & ~bad_entity) if by_name.any() else rownums[:0]
    if len(read) and names is not None:
        u_code, u_name = ents.arrays[1], ents.arrays[2]

        def named(i: int) -> Problem:
            k = ent_idx[i]
            return Problem.of("name-for-blank-code", int(rownums[i]), names[0].header,
                              _text(names[1].at(i)).strip(), severity="warning",
                              name=u_name[k], code=u_code[k])
        problems.each(read, named, "warning", code="name-for-blank-code")
    # a former name of a merged commune is read as today's commune: said, row by row
    for k, e in ents.other.items():  # found by code: never through a former name
        if not isinstance(e, Exception) and getattr(e, "former_name", None):
            mask = (ent_idx == k) & ~bad_entity
            at = rownums[mask]
            if len(at):
                # the name's column when every such row was read through it (a blank code)
                column = (names[0].header if names is not None and by_name[mask].all()
                          else layout.entity.header)
                problems.add(rows_problem("former-name-read", at, len(at), column=column,
                                          value=e.former_name, name=e.name, code=e.code))


#: How many current intercommunalités a name beside a SIREN gone may be said close to
MAX_CLOSE_BESIDE = 3


def _close_beside(cell: Any, type_id: str | None, seen: dict) -> list:
    """The entities of type ``type_id`` whose names are close to a name cell that names
    none (the name suggestions of :func:`~barometre.datasets.resolution.resolve`, up to
    :data:`MAX_CLOSE_BESIDE`), each cell looked up once (``seen``); empty when none is."""
    if type_id is None or not isinstance(cell, str) or not cell.strip():
        return []
    if cell not in seen:
        try:
            reference.resolve(cell, type=type_id)
            found: list = []  # named exactly: :func:`_named_beside` says it
        except ResolveError as exc:
            found = (list(exc.candidates or [])[:MAX_CLOSE_BESIDE]
                     if exc.code == "unknown-entity" else [])
        seen[cell] = found
    return seen[cell]


def _named_by_code(code: Any, name: Any) -> bool:
    """Whether a code cell is the code of an entity of any type that the name cell beside
    names (« 29019 » and « Brest », the commune): a row of another type, whose name says
    nothing of the type read."""
    if not isinstance(name, str) or not name.strip():
        return False
    try:
        found = reference.resolve(_text(code).strip())
    except (ResolveError, ValueError):
        return False
    from ..datasets.name_index import name_key

    return name_key(found.name) == name_key(name)


def _named_beside(cell: Any, type_id: str | None):
    """The entity of type ``type_id`` a name cell names, None when it names none or
    several (the code's error then says nothing more)."""
    if type_id is None or not isinstance(cell, str) or not cell.strip():
        return None
    try:
        return reference.survey_row_entity(reference.resolve(cell, type=type_id))
    except ResolveError:
        return None


def _mojibake_problem(bad_entity: np.ndarray, ent_idx: np.ndarray, ent_col: Any,
                      names: tuple[Column, Any] | None, rownums: np.ndarray, layout: _Layout,
                      problems: _Problems) -> None:
    """One warning when an entity not found is written in mojibake (« CorrÃ¨ze »: UTF-8
    lines read in a Windows-1252 file, or a file decoded twice): the name not found says
    nothing of the encoding, the cell repaired does. Each unknown entity looked at once."""
    if not bad_entity.any():
        return
    from .grid import MOJIBAKE  # the header's test, on the cells

    bad = np.flatnonzero(bad_entity)
    _, first = np.unique(ent_idx[bad], return_index=True)
    rows = bad[np.sort(first)].tolist()
    cols = [(layout.entity.header, ent_col)] + ([names] if names is not None else [])
    found = [(i, header, cell) for i in rows for header, col in cols
             if isinstance(cell := col.at(i), str) and MOJIBAKE.search(cell)]
    if not found:
        return
    i, header, cell = found[0]
    try:
        repaired = cell.encode("cp1252").decode("utf-8")
    except UnicodeError:
        repaired = None
    n = Count(len({j for j, _, _ in found}))
    problems.add(Problem.of("encoding-mojibake-cells", int(rownums[i]), header, _text(cell),
                            severity="warning", n=n, s=plural_s(n), repaired=repaired)
                 if repaired else
                 Problem.of("encoding-mojibake-cell", int(rownums[i]), header, _text(cell),
                            severity="warning", n=n, s=plural_s(n)))


def _councils(u_code: np.ndarray, u_pop: np.ndarray, ent_idx: np.ndarray,
              bad_entity: np.ndarray, rownums: np.ndarray, layout: _Layout,
              problems: _Problems) -> tuple[np.ndarray, np.ndarray]:
    """A survey of départements measures councils: the population each entity serves,
    and the rows that count one council twice.

    - A territory whose council serves another population
      (:func:`~barometre.datasets.reference.served_populations`: 69 → the Département du
      Rhône, 478,313 inhabitants; 67 and 68 → the CeA; 2A and 2B → the Collectivité de
      Corse) takes the council's population; the figures that use it say so (the notes
      of ``benchmark``, ``rank``, their charts and the report).
    - A file that names a council and one of its territories (6AE and 67, 69D and 69,
      75C and 75…) counts that council twice: an error (``council-territory-overlap``)
      on the territory's rows, naming both (with ``errors="skip"`` the council's rows
      stay).

    Returns the populations of the distinct entities (``u_pop``, copied when changed)
    and the mask of the rows in error.
    """
    bad = np.zeros(len(ent_idx), dtype=bool)
    served = reference.served_populations()
    codes: dict[str, list[int]] = {}  # a code, its distinct entities ("69", "Rhône")
    for k, c in enumerate(u_code.tolist()):
        if c is not None:
            codes.setdefault(c, []).append(k)
    inst = reference._institution_columns()
    deps = reference._entity_columns("departement")
    territory = dict(zip(deps["code"], deps["name"]))
    for code, name, terr in zip(inst["code"], inst["name"], inst["territories"]):
        if code not in codes or code in territory:
            continue
        for t in terr:
            if t not in codes:
                continue
            rows = np.isin(ent_idx, codes[t]) & ~bad_entity
            if rows.any():
                bad |= rows
                council_rows = rownums[np.isin(ent_idx, codes[code]) & ~bad_entity]
                problems.add(rows_problem(
                    "council-territory-overlap", rownums[rows], int(rows.sum()),
                    column=layout.entity.header, severity="error", territory=territory[t],
                    code=t, council=name, council_code=code,
                    council_rows=rows_text(council_rows)))
    changed = [k for c, ks in codes.items() if c in served for k in ks]
    if changed:
        u_pop = np.array(u_pop, dtype=float)
        for k in changed:
            u_pop[k] = served[u_code[k]][2]
    return u_pop, bad


@functools.cache
def _shared_councils() -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """Per département code, the council that governs it with another département, as
    ``(council code, council name, its territories)``: 67 and 68 → the Collectivité
    européenne d'Alsace (6AE), 2A and 2B → the Collectivité de Corse (20R)."""
    inst = reference._institution_columns()
    out = {}
    for code, name, terr, types in zip(inst["code"], inst["name"], inst["territories"],
                                       inst["types"]):
        if "departement" in types and len(terr) > 1:
            for t in terr:
                out[t] = (code, name, tuple(terr))
    return out


def _council_said(shared: dict, council: str) -> tuple[str, tuple[str, ...], Words]:
    """A shared council's name, its territories' codes and the words that name them
    (« Bas-Rhin (67) et Haut-Rhin (68) »): what the council-* warnings say of it."""
    _, name, terr = next(v for v in shared.values() if v[0] == council)
    deps = dict(zip(*(reference._entity_columns("departement")[k] for k in ("code", "name"))))
    said = [f"{deps.get(c, c)} ({c})" for c in terr]
    return name, terr, words_and(said)


def _of_councils(readings, shared: dict) -> np.ndarray | None:
    """Per reading, whether its entity is a territory of a council shared with another
    (:func:`_shared_councils`) at the reading's date: a reading dated before the council
    existed (67 in 2015, before the CeA: :func:`~barometre.datasets.reference._before_council`)
    is its département's own council's. None when no entity of the file is one."""
    u_code = readings.code
    of_entity = np.array([c in shared for c in u_code.tolist()] + [False], dtype=bool)
    if not of_entity[:-1].any():
        return None
    eidx = readings.eidx
    out = of_entity[np.where(eidx < 0, len(u_code), eidx)]
    pos = np.flatnonzero(out)
    codes = [u_code[e] for e in eidx[pos].tolist()]
    out[pos[reference._before_council(codes, readings.date[pos], readings.year[pos])]] = False
    return out if out.any() else None


def councils_not_yet(readings, own_pop: np.ndarray):
    """The readings of a survey of départements with, for each territory whose every dated
    reading predates its council (:func:`~barometre.datasets.reference.council_created`:
    67 and 68 before the CeA, 1 January 2021; 2A and 2B before the Collectivité de Corse,
    1 January 2018), the territory's own population (``own_pop``): then each département
    had its own council, and the per-1,000 figures of the Bas-Rhin in 2015 divide by the
    Bas-Rhin's inhabitants, not the CeA's. A territory read at dates on both sides keeps
    the council's (one population per entity). ``readings`` itself when nothing changes."""
    created = reference.council_created()
    u_code = readings.code
    ks = [k for k, c in enumerate(u_code.tolist()) if c in created]
    if not ks:
        return readings
    pos = np.flatnonzero(np.isin(readings.eidx, ks))
    if not len(pos):
        return readings
    eidx = readings.eidx[pos]
    before = reference._before_council([u_code[e] for e in eidx.tolist()],
                                      readings.date[pos], readings.year[pos])
    dated = ~np.isnat(readings.date[pos]) | ~np.isnan(readings.year[pos].astype(float))
    pop = None
    for k in ks:
        mine = eidx == k
        if mine.any() and before[mine].all() and dated[mine].all():
            pop = np.array(readings.population, dtype=float) if pop is None else pop
            pop[k] = own_pop[k]
    if pop is None:
        return readings
    readings.population = pop
    return readings


def council_territories_filled(readings, problems: _Problems) -> None:
    """Say a council whose territories both give its account's follower count on a
    platform, in one year (what ``rank`` ranks; « Oui » on both, without a count, is the
    adoption of two territories, as docs/survey.md's table says: nothing to say): in a
    survey of départements, 67 and 68 (the Collectivité européenne d'Alsace) or 2A and 2B
    (the Collectivité de Corse). ``rank`` and ``benchmark`` rank the council's one account
    once, as the council (:func:`~barometre.analysis.peers.council_once`), the adoption
    counts both territories: a warning per council and year,
    ``council-territories-filled``, naming the council, its platforms and every row;
    louder, saying each platform's counts, when the rows give different follower counts
    on one of them (one of the counts is wrong: both rows are then ranked). Nothing is
    dropped from the file's readings: its rows are the user's to keep or empty."""
    from ..domain.registry import PLATFORMS
    from ..render.formats import fmt_int

    shared = _shared_councils()
    of_council = _of_councils(readings, shared)
    if of_council is None:
        return
    u_code, eidx = readings.code, readings.eidx
    pos = np.flatnonzero(of_council & (readings.present == 1) & ~np.isnan(readings.followers))
    if not len(pos):
        return
    ids = tuple(PLATFORMS)  # a reading's platform: its index (normalize.PLATFORM_IDS)
    year_of = (readings.year_coded[0][pos] if readings.year_coded is not None
               else np.zeros(len(pos), dtype=np.int64))
    # per council and year, per platform: each territory's counts, and the readings
    groups: dict[tuple, dict[int, dict[str, set]]] = {}
    at: dict[tuple, dict[int, list[int]]] = {}
    for k, i in enumerate(pos.tolist()):
        code = u_code[eidx[i]]
        key, plat = (shared[code][0], int(year_of[k])), int(readings.platform[i])
        groups.setdefault(key, {}).setdefault(plat, {}).setdefault(code, set()).add(
            int(readings.followers[i]))
        at.setdefault(key, {}).setdefault(plat, []).append(i)
    for key, per_platform in groups.items():
        twice = sorted(p for p, counts in per_platform.items() if len(counts) > 1)
        if not twice:
            continue
        council = key[0]
        name, terr, territories = _council_said(shared, council)
        rows = readings.source_row[[i for p in twice for i in at[key][p]]]
        params = dict(council=name, council_code=council, territories=territories)
        labels = [PLATFORMS[ids[p]] for p in twice]
        if all(len({v for vs in per_platform[p].values() for v in vs}) == 1 for p in twice):
            problems.add(rows_problem(
                "council-territories-filled", rows, column=None,
                platforms=Words(", ".join(x.label_fr for x in labels),
                                ", ".join(x.label_en for x in labels)), **params))
            continue
        said = {}
        for lang, sep, colon in (("fr", " ; ", " : "), ("en", "; ", ": ")):
            said[lang] = sep.join(
                (x.label_fr if lang == "fr" else x.label_en) + colon + ", ".join(
                    f"{fmt_int(v, lang)} ({c})" for c in terr
                    for v in sorted(per_platform[p].get(c, ())))
                for x, p in zip(labels, twice))
        problems.add(rows_problem("council-territories-differ", rows, column=None,
                                  problem_code="council-territories-filled",
                                  counts=Words(said["fr"], said["en"]), **params))


def council_territories_disagree(readings, problems: _Problems) -> None:
    """Say a council whose territories contradict each other on its one account: in a
    survey of départements, 67 « Oui » and 68 « Non » (the Collectivité européenne
    d'Alsace), or 2A and 2B (the Collectivité de Corse), on one platform in one year. One
    of the answers is wrong, and the adoption counts 1 territory of 2: a warning per council
    and year, ``council-territories-disagree``, each platform's answers and every row said.
    Each territory's latest answered reading of the year on the platform is the one
    compared (the one the figures count: :func:`~barometre.analysis.grouping.latest_of`,
    a later « NR » hides no answer); a blank answer (« non renseigné ») beside « Oui » or
    « Non » contradicts nothing. Nothing is dropped
    nor changed: the file's answers are the user's to correct."""
    from ..analysis.grouping import latest_of
    from ..domain.registry import PLATFORMS

    shared = _shared_councils()
    of_council = _of_councils(readings, shared)
    if of_council is None:
        return
    u_code = readings.code
    pos = np.flatnonzero(of_council)
    if not len(pos):
        return
    sub = readings.take(pos)  # the few readings of the shared councils' territories
    terr_codes = sorted(shared)
    code_of = np.array([terr_codes.index(u_code[e]) for e in sub.eidx.tolist()],
                       dtype=np.int64)
    year = (readings.year_coded[0][pos].astype(np.int64) if readings.year_coded is not None
            else np.zeros(len(pos), dtype=np.int64))
    last, _ = latest_of(code_of, sub.platform.astype(np.int64), year,
                        lambda: sub.date.view("int64"), lambda: sub.source_row, True,
                        answered=lambda: sub.present >= 0)
    last = np.arange(len(pos))[last]
    # per council and year, per platform: each territory's latest answer and its reading
    groups: dict[tuple, dict[int, dict[str, int]]] = {}
    for i in last.tolist():
        answer = int(sub.present[i])
        if answer < 0:  # not answered: says nothing against the other territory
            continue
        code = terr_codes[code_of[i]]
        key = (shared[code][0], int(year[i]))
        groups.setdefault(key, {}).setdefault(int(sub.platform[i]), {})[code] = i
    ids = tuple(PLATFORMS)  # a reading's platform: its index (normalize.PLATFORM_IDS)
    said = []
    for (council, _), per_platform in groups.items():
        torn = sorted(p for p, at in per_platform.items()
                      if len({int(sub.present[i]) for i in at.values()}) > 1)
        if not torn:
            continue
        name, terr, territories = _council_said(shared, council)
        rows = sub.source_row[[i for p in torn for i in per_platform[p].values()]]
        answers = {}
        for lang, sep, colon, yes, no in (("fr", " ; ", " : ", "Oui", "Non"),
                                          ("en", "; ", ": ", "yes", "no")):
            answers[lang] = sep.join(
                PLATFORMS[ids[p]].words().render(lang) + colon + ", ".join(
                    f"{yes if sub.present[per_platform[p][c]] == 1 else no} ({c})"
                    for c in terr if c in per_platform[p])
                for p in torn)
        said.append((int(rows.min()), rows_problem(
            "council-territories-disagree", rows, column=None, council=name,
            council_code=council, answers=Words(answers["fr"], answers["en"]),
            territories=territories)))
    for _, problem in sorted(said, key=lambda s: s[0]):
        problems.add(problem)


#: a file's population that differs from the reference's by more than this share is said
POPULATION_TOLERANCE = 0.10


def population_column_problem(raw: RawColumns, layout: _Layout, type_id: str,
                              u_code: np.ndarray, u_name: np.ndarray, u_pop: np.ndarray,
                              own_pop: np.ndarray, ent_idx: np.ndarray,
                              bad_entity: np.ndarray, rownums: np.ndarray,
                              template: bool = False) -> Problem | None:
    """The warning that a file's population column is not read: the per-inhabitant figures
    divide by the reference's populations (which, of which year:
    :func:`~barometre.render.formats.population_source`), whatever the file says. Its
    rows whose population differs from the reference's by more than
    :data:`POPULATION_TOLERANCE` are counted, with the first rows and the first of them
    (``population-column-differs``: an intern's 7 654 321 for the Lozère's 76 486 changes
    nothing, said); else the column is said not read (``population-column-ignored``), but
    not in barometre's template (``template``) nor in a frame of :func:`~barometre.read_survey`
    saved and read again (its ``source_row`` column), whose column the reference filled.

    ``u_pop``: the population each entity's figures use (a council's where it serves
    another, :func:`_councils`), ``own_pop`` the territory's: a file that gives the
    Rhône's 1 914 667 agrees with the reference, as one that gives its council's 478 313.
    None when the file has no population column.
    """
    from ..domain.registry import normalize
    from ..render.formats import population_source
    from .headers import is_population
    from .rules import rows_problem
    from .values import parse_count_column

    col = next((c for c in layout.columns if c.role == "ignore" and is_population(c.header)),
               None)
    if col is None:
        return None
    # a frame read_survey returned, saved (to_csv, to_parquet) and read again: its population
    # is the reference's, as the template's
    quiet = template or any(normalize(c.header) == "sourcerow" for c in layout.columns)
    codes = [c for c in u_code.tolist() if c is not None]
    source = Words(population_source([type_id], "fr", codes),
                   population_source([type_id], "en", codes))
    far = np.zeros(0, dtype=bool)
    notes: Any = Words("", "")  # the cells not read, a column in thousands: said after
    if col.index in raw.columns:  # a Parquet file's unread columns are not loaded
        found = np.flatnonzero(~bad_entity)
        cells = (raw[col.index].take(found) if len(found) < len(bad_entity)
                 else raw[col.index])
        given, errors, _ = parse_count_column(cells)  # NaN: blank or not a number
        pop = np.asarray(u_pop, dtype=float)[ent_idx[found]]
        own = np.asarray(own_pop, dtype=float)[ent_idx[found]]
        with np.errstate(invalid="ignore"):
            far = (np.isfinite(given) & np.isfinite(pop)
                   & (np.abs(given - pop) > POPULATION_TOLERANCE * pop)
                   & (np.abs(given - own) > POPULATION_TOLERANCE * own))
        unread = np.asarray(errors[0], dtype=np.int64)
        thousands = _in_thousands(cells, given, unread, far, pop, own)
        if thousands is not None:  # the column's one story: said alone
            k, filled, i, decimal, reference_pop = thousands
            which = (Msg("population-column-thousands-all", k=Count(k)) if k == filled else
                     Msg("population-column-thousands-some", k=Count(k), total=Count(filled)))
            example = Msg("population-column-thousands-example",
                          name=str(u_name[ent_idx[found[i]]]),
                          given=_decimal_words(decimal), reference=Count(int(reference_pop)))
            return Problem.said(Msg("population-column-thousands", which=which,
                                    example=example, source=source),
                                column=col.header, severity="warning")
        notes = _population_notes(unread) or notes
        quiet = quiet and isinstance(notes, Words)
    if far.any():
        first = np.flatnonzero(far)[0]
        k = ent_idx[found[first]]
        example = Msg("population-column-example", name=str(u_name[k]),
                      given=Count(int(given[first])), reference=Count(int(pop[first])))
        return rows_problem("population-column-differs", rownums[found[far]],
                            int(far.sum()), column=col.header, example=example,
                            source=source, notes=notes)
    if quiet:
        return None
    return Problem.said(Msg("population-column-ignored", source=source, notes=notes),
                        column=col.header, severity="warning")


def _population_notes(unread: np.ndarray) -> Msg | None:
    """What a population column says besides its far populations: its cells that are no
    whole number (« 679,3 »: skipped by the comparison, counted); None when none."""
    if not len(unread):
        return None
    return Msg("population-column-notes", items=[Msg(
        "population-column-unreadable", k=Count(len(unread)),
        ks="" if len(unread) == 1 else "s")])


def _in_thousands(cells, given: np.ndarray, unread: np.ndarray, far: np.ndarray,
                  pop: np.ndarray, own: np.ndarray
                  ) -> tuple[int, int, int, float, float] | None:
    """Whether most of a population column's filled cells read 1,000 times smaller than
    the reference's populations (as decimals: « 679,3 » for 679 300, « 1 299 » for
    1 298 990): the column in thousands. Then how many, of how many filled, and the
    first such cell's position, value and reference population; else None. Only the cells
    not read or far are read again, as decimals."""
    look = np.union1d(unread, np.flatnonzero(far)).astype(np.int64)
    filled = int(np.isfinite(given).sum()) + len(unread)
    if not len(look) or not filled:
        return None
    decimal = np.array([_decimal(cells.at(int(i))) for i in look], dtype=float)
    with np.errstate(invalid="ignore"):
        near_pop = np.abs(decimal * 1000 - pop[look]) <= POPULATION_TOLERANCE * pop[look]
        near_own = np.abs(decimal * 1000 - own[look]) <= POPULATION_TOLERANCE * own[look]
    near = near_pop | near_own
    k = int(near.sum())
    if 2 * k <= filled:  # not most of the column
        return None
    j = int(np.flatnonzero(near)[0])
    i = int(look[j])
    return k, filled, i, float(decimal[j]), float(pop[i] if near_pop[j] else own[i])


def _decimal_words(v: float) -> Words:
    """A cell read as a decimal, as the language writes it with the digits it has
    (« 679,3 », "679.3"; « 1 299 »)."""
    from ..render.formats import fmt_float

    digits = len(f"{v:.6g}".partition(".")[2]) if "e" not in f"{v:.6g}" else 1
    return Words(fmt_float(v, digits, "fr"), fmt_float(v, digits, "en"))


def _decimal(cell: Any) -> float:
    """A cell as a decimal number (« 679,3 », « 1 299 », 679.3), NaN when it is none."""
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        return float(cell)
    text = str(cell or "").strip()
    for space in (" ", "\u00a0", "\u202f"):
        text = text.replace(space, "")
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return float("nan")
