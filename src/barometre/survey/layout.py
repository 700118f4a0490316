"""The layout of a survey file: which column is the entity, wide or long, the platform blocks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..domain.errors import InputFileError
from ..domain.registry import TYPES, types_words
from ..domain.text import fold
from ..messages import Count, Msg, plural_s
from .headers import (Column, answers_only, classify_header, column_problems, comments_reading,
                      header_years, misspelt_field, property_title, refine_columns)
from .problems import Problem

# --------------------------------------------------------------------------- parsing

_FINENESS = ["region", "departement", "metropole", "epci", "grande_ville", "ville_moyenne",
             "petite_ville", "ville_prefecture", "commune"]


@dataclass
class _Layout:
    shape: str  # "wide" or "long"
    entity: Column
    columns: list[Column]
    hints: list[Column] = field(default_factory=list)
    #: long files: per platform, the columns that its rows alone read, per role (a role
    #: without a column of its own, "abonnés Facebook" and "abonnés Instagram"; see
    #: :func:`_long_roles`)
    own: dict[str, dict[str, Column]] = field(default_factory=dict)


from ..domain.registry import COMMUNE_TYPES as _COMMUNE_TYPES  # noqa: E402


def code_type(hint: str | None, type_id: str | None) -> str | None:
    """The type a code column's codes are of: its header's (``hint``), except a SIREN
    column (read as an EPCI's code) in a survey of métropoles, whose code is their SIREN
    (the métropoles' template writes « SIREN »; :func:`.cells.guess_type` decides that a
    file is one of métropoles from its codes)."""
    return type_id if type_id == "metropole" and hint == "epci" else hint


def _pick_entity(cands: list[Column], type_id: str | None) -> Column | None:
    """The entity column: the one named for the type, else the finest one."""
    if not cands:
        return None
    if type_id:
        exact = [c for c in cands if (code_type(c.type_hint, type_id)
                                      if c.role == "entity_code" else c.type_hint) == type_id]
        if exact:
            return exact[0]
        ok = [c for c in cands if c.type_hint is None or c.hint_weak or (
            type_id in _COMMUNE_TYPES and c.type_hint in _COMMUNE_TYPES)]
        return ok[0] if ok else None
    return max(cands, key=lambda c: _FINENESS.index(c.type_hint)
               if c.type_hint in _FINENESS else len(_FINENESS))


def _layout(header: list[Any], type_id: str | None, raw: Any = None
            ) -> tuple[_Layout, list[Problem]]:
    """The file's layout from its ``header``, and the problems of its columns; ``raw``, the
    cells (:class:`~.raw.RawColumns`), says what a column of comments on a platform is
    (:func:`~.headers.comments_reading`: remarks or a count, ignored either way)."""
    cols = [classify_header(v, i) for i, v in enumerate(header)]
    refine_columns(cols)
    for c in cols:
        if c.comments_of and raw is not None and c.index in raw.columns:
            comments_reading(c, raw[c.index])
    _two_years(cols)
    codes = [c for c in cols if c.role == "entity_code"]
    names = [c for c in cols if c.role == "entity_name"]
    if not codes and not names:
        raise InputFileError.of("no-entity-column")

    entity = _pick_entity(codes, type_id) or _pick_entity(names, type_id)
    if entity is None:
        # the type the file seems to hold (its columns read without --type): said, with what
        # to type (« Code département » with --type region: --type departement)
        seems = _pick_entity(codes, None) or _pick_entity(names, None)
        what = Msg("entity-column-expected")
        if seems is not None and seems.type_hint in TYPES and seems.type_hint != type_id:
            t = TYPES[seems.type_hint]
            what = Msg("entity-column-seems", plural=t.plural_words(),
                       column=str(seems.header), seems=t.id)
        raise InputFileError.of("no-entity-column-of-type", type=types_words(type_id), what=what)
    hints = [c for c in codes + names if c is not entity]
    shape = "long" if any(c.role == "platform" for c in cols) else "wide"
    own = _long_roles(cols) if shape == "long" else {}
    set_aside = [] if shape == "long" else _dates_without_platform(cols)
    if shape == "wide" and not any(c.platform for c in cols):
        raise InputFileError.of("no-platform-column")
    if shape == "wide":
        set_aside += _fields_without_platform(cols)
        for c in cols:  # a saved frame's mark of rounded counts (and their cells as
            # typed): read on a long file only
            if c.role in ("rounded", "typed"):
                c.role, c.why = "ignore", "why-rounded-wide"
    properties = _property_columns(cols, raw)
    if properties and not any(c.platform for c in cols):  # no platform's column left
        from .workbook import sheet_list

        said = [p.msg.params for p in properties]
        titles = list(dict.fromkeys(m["title"] for m in said))
        raise InputFileError(Msg("column-property-all", s=plural_s(len(properties)),
                                 columns=sheet_list([p.column for p in properties]),
                                 titles=sheet_list(titles), t=plural_s(len(titles)),
                                 platform=said[0]["platform"]))
    problems = (properties + column_problems(cols) + set_aside
                + _counts_in_thousands(cols))
    if type_id is None and entity.type_hint == "ville_prefecture":
        # a chef-lieu beside a région's or département's code: whose survey is it? (a
        # régions template of before 2026-11-30 wrote "Chef-lieu (code)" for information)
        coarser = [c for c in codes if c.type_hint in ("region", "departement")]
        if coarser:
            problems.append(Problem.of(
                "entity-column-chosen", column=entity.header, severity="warning",
                chosen=entity.header, other=coarser[0].header, type=coarser[0].type_hint))
    return _Layout(shape, entity, cols, hints, own), problems


def _two_years(cols: list[Column]) -> None:
    """Refuse a header whose platforms' fields say two years or more (« Abonnés 2024
    Facebook » and « Abonnés 2025 Facebook »; « Abonnés 2024 », « Abonnés 2025 » over the
    platforms, joined so): each row is one reading, at one date; which year's count is
    it? (``header-two-years``: one file per year, or a long file)."""
    from .workbook import sheet_list

    years = header_years(cols)
    if len(years) < 2:
        return
    of = [c for year in sorted(years) for c in years[year]]
    role = next((c.role for c in of if sum(o.role == c.role for o in of) > 1), of[0].role)
    raise InputFileError.of("header-two-years", n=Count(len(years)),
                            field=Msg(_ROLE_FIELD[role]),
                            years=", ".join(str(y) for y in sorted(years)),
                            columns=sheet_list([c.header.strip() for c in of][:6]
                                               + (["…"] if len(of) > 6 else [])))


def _property_columns(cols: list[Column], raw: Any) -> list[Problem]:
    """A platform's column whose header says a property of the account beside its name
    (« Compte certifié Facebook »: :func:`~.headers.property_title`) over « Oui »,
    « Non » answers only (:func:`~.headers.answers_only`): an error naming it, and the
    column not read (in place), as such a title over a header on two rows refuses it: its
    « Non » says « not certified », no absence."""
    from ..domain.registry import PLATFORMS

    problems = []
    for c in cols:
        title = property_title(c)
        if (title is None or misspelt_field(c.header) is not None or raw is None
                or c.index not in raw.columns
                or not answers_only(raw[c.index], digits=c.measure_of is None)):
            continue
        problems.append(Problem.of("column-property", column=c.header, title=title,
                                   platform=PLATFORMS[c.platform or c.measure_of].words()))
        c.role, c.platform, c.why = "ignore", None, None  # said here, not as ignored
    return problems


#: A follower column's header that gives its unit in thousands or millions (« Abonnés
#: Facebook (en milliers) », « Abonnés X (k) », « x 1 000 »): its cells are not counts. On
#: the folded header (:func:`~barometre.domain.text.fold`: no case, accents or punctuation)
_IN_THOUSANDS = re.compile(r"\b(?:milliers?|thousands?|millions?|mille)\b|\b(?:en|in) [km]\b"
                           r"|\bx ?1 ?000\b")
#: … and on the header as written: a unit in brackets, « (k) », « (M) », « (000) »
_UNIT_IN_BRACKETS = re.compile(r"[(\[]\s*(?:en\s+|in\s+)?(?:k|m|000|'000)\s*[)\]]", re.I)


def _counts_in_thousands(cols: list[Column]) -> list[Problem]:
    """A follower column whose header says its counts are in thousands: an error, and the
    column not read (its « 45 » would be read 45 followers, not 45 000; ``errors="skip"``
    then has no count rather than a count a thousand times too small)."""
    problems = []
    for c in cols:
        if c.role == "followers" and in_thousands(str(c.header)):
            problems.append(Problem.of("followers-in-thousands", column=c.header))
            c.role, c.why = "ignore", "why-in-thousands"
    return problems


def in_thousands(header: str) -> bool:
    """Whether a header says its counts are in a unit (« Abonnés Facebook (en milliers) »,
    « (k) »): a followers column so headed is not read (:func:`_counts_in_thousands`)."""
    return bool(_IN_THOUSANDS.search(fold(header)) or _UNIT_IN_BRACKETS.search(header))


_READ_ROLES = ("present", "followers", "account", "date")


def _long_roles(cols: list[Column]) -> dict[str, dict[str, Column]]:
    """A long file reads, per role, a column without a platform ("abonnés") on every row
    when there is one; else, when the role's columns name several platforms ("abonnés
    Facebook", "abonnés Instagram"), each row reads its own platform's column (returned:
    per platform, its columns per role; a row of a platform without one reads nothing for
    the role, and a second column of a platform is a ``duplicate-column`` error); else the
    first that names a platform is read on every row (said by
    :func:`~.normalize._other_platform_cells` when it is filled on another platform's
    rows). Every other column of the role that names a platform (a template's leftover) is
    ignored, with the column read (in place)."""
    from ..messages import Msg

    own: dict[str, dict[str, Column]] = {}
    for role in _READ_ROLES:
        of_role = [c for c in cols if c.role == role]
        read = next((c for c in of_role if not c.platform), None)
        if read is None and len({c.platform for c in of_role}) > 1:
            for c in of_role:  # one column per platform: each row reads its platform's
                own.setdefault(c.platform, {}).setdefault(role, c)
            continue
        read = read or (of_role[0] if of_role else None)
        for c in of_role:
            if c.platform and c is not read:
                c.role, c.platform = "ignore", None
                c.why = Msg("why-long-other-column", column=read.header)
    return own


def _dates_without_platform(cols: list[Column]) -> list[Problem]:
    """Wide files: a platform's date column without any other column of that platform
    (presence, account, followers) says nothing of its presence: ignored (in place) with
    a warning, where its block would count every row absent."""
    from ..domain.registry import PLATFORMS
    from ..messages import Msg

    said = {c.platform for c in cols if c.platform and c.role != "date"}
    problems = []
    for c in cols:
        if c.platform and c.role == "date" and c.platform not in said:
            problems.append(Problem.said(
                Msg("date-without-platform",
                    platform=PLATFORMS[c.platform].words()),
                column=c.header, severity="warning"))
            c.role, c.platform = "ignore", None
    return problems


_FIELD_ROLES = ("present", "followers", "account")


def _fields_without_platform(cols: list[Column]) -> list[Problem]:
    """Wide files: a presence, follower or account column that names no platform
    ("Abonnés", "Nombre d'abonnés", "Compte") was read by nobody, without a word (``rank``
    then found no follower count). In a file of one platform without such a column of its
    own (a "Facebook" presence and "Abonnés"), it is read as that platform's, with a
    ``column-platform-assumed`` warning; else it is ignored with a
    ``column-without-platform`` warning saying why (in place)."""
    from ..domain.registry import PLATFORMS
    from ..messages import Msg, Words

    platforms = list(dict.fromkeys(c.platform for c in cols if c.platform))
    problems = []
    for c in cols:
        if c.role not in _FIELD_ROLES or c.platform:
            continue
        role = Msg(_ROLE_FIELD[c.role])
        if len(platforms) == 1:
            p = platforms[0]
            own = next((o for o in cols if o.platform == p and o.role == c.role), None)
            if own is None:
                c.platform = p
                problems.append(Problem.said(
                    Msg("column-platform-assumed", role=role, platform=PLATFORMS[p].words(),
                        example=Msg(_EXAMPLE[c.role], platform=PLATFORMS[p].words())),
                    column=c.header, severity="warning"))
                continue
            why = Msg("why-platform-has-own", column=own.header, platform=PLATFORMS[p].words())
        else:
            names = [PLATFORMS[p].words() for p in platforms]
            why = Msg("why-several-platforms", platforms=Words(
                ", ".join(n.render("fr") for n in names),
                ", ".join(n.render("en") for n in names)),
                example=Msg(_EXAMPLE[c.role], platform=names[0]))
        problems.append(Problem.said(Msg("column-without-platform", role=role, why=why),
                                     column=c.header, severity="warning"))
        c.role, c.why = "ignore", None  # said here, not again as an ignored column
    return problems


_ROLE_FIELD = {"present": "field-present", "followers": "field-followers",
               "account": "field-account"}
_EXAMPLE = {"present": "example-present", "followers": "example-followers",
            "account": "example-account"}


class _HeaderOf:
    """``headers[i]``: the follower column's header of reading ``i``, looked up when asked
    (only the readings with a problem are): no array of millions of references (#19)."""

    def __init__(self, plat: np.ndarray, by_platform: dict):
        self._plat, self._by = plat, by_platform

    def __getitem__(self, i):
        return self._by[None] if None in self._by else self._by.get(self._plat[i])

    def __len__(self) -> int:
        return len(self._plat)


def _followers_headers(plat: np.ndarray, blocks: list) -> _HeaderOf:
    """The follower column's header of each reading (one per platform in a wide file)."""
    by_platform = {p: cols["followers"].header for p, cols in blocks if "followers" in cols}
    return _HeaderOf(plat, by_platform)


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
    """The column read on every row for each role of a long file (:func:`_long_roles` left
    one per role, or two columns without a platform: an error, the first read); the roles
    read per platform (``layout.own``) are not in it."""
    per_platform = {role for cols in layout.own.values() for role in cols}
    cols: dict[str, Column] = {}
    for c in layout.columns:
        if c.role in _READ_ROLES and c.role not in cols and c.role not in per_platform:
            cols[c.role] = c
    return cols
