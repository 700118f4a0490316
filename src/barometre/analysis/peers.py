"""One entity among its peers: benchmark (rank, percentile, index, per 1,000 inhabitants),
the peer group itself, and rankings (league table, rank).

Pure functions over the tidy survey frame; the conventions are those of
:mod:`barometre.analysis.survey` (``docs/benchmarking.md``): rank 1 = most followers,
ties share the best rank; percentile = share of peers at or below; index = value ÷ peer
median × 100; competitor mean = mean of the peers without the entity; the latest reading
of each entity on each platform is used (of its year, the latest answered one: a later « NR »
hides no answer), if it is of the platform's latest year: an older
one is set aside and counted, never ranked among newer ones (:func:`latest_year`). A follower
count is compared only when the reading says the account exists (``present`` true): a count
beside "Non" or beside a blank presence the reader did not read as present ("Non;0", a blank
with 0) is no account's count, left out and counted in ``attrs["no_account"]``
(:func:`barometre.analysis.survey.account_counts`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import numpy as np
import pandas as pd

from ..datasets import reference
from ..datasets.name_index import epci_kind
from ..datasets.resolution import unknown_error
from ..domain.errors import NoDataError, ResolveError, UsageError
from ..domain.keywords import numbered, whole_number
from ..domain.schemas import BENCHMARK, RANKING
from ..domain.registry import (COMMUNE_TYPES, PLATFORMS, find_platform, find_type,
                               mayotte_codes, platforms_words)
from ..messages import Count, Msg, Setting, Words, of_words, words_and

from .survey import (PEER_COLUMNS, _per_1000, _plain, _readings_source, _same_campaign,
                     account_counts, asked_platforms, latest, no_account_by_platform,
                     no_account_doubtful, said_no_account,
                     kind_words, one_kind, require_columns, restrict)

__all__ = ["benchmark", "peer_group", "peer_group_words", "league_table", "rank", "latest_year",
           "not_ranked_peers", "count_bounds", "rank_range", "rounded_rank", "ROUNDED_RANK_COLUMNS", "ROUNDED_RANK_TYPED", "BENCHMARK_COLUMNS", "RANK_COLUMNS", "NOT_RANKED_COLUMNS",
           "RANK_COUNT_COLUMNS", "rank_counts"]

BENCHMARK_COLUMNS = BENCHMARK.names  # the JSON keys of `barometre benchmark`
RANK_COLUMNS = RANKING.names



def _find_entity(survey: pd.DataFrame, entity: str) -> pd.Series:
    """The survey's row of ``entity`` (a code or a name, resolved with the file's type).

    A council and the territory it governs are one account in a survey of départements:
    the Département du Rhône (69D, "CD69") is row 69, the Ville de Paris (75C) row 75, the
    Collectivité de Corse (20R) row 2A or 2B, and the other way round. A council over two
    rows of the file (the CeA, 6AE, on 67 and 68) is not guessed: the error names the rows
    to give. A name of another type than the file's ("Nouvelle-Aquitaine" in a file of
    départements) says which type it is; a commune's name in a survey of EPCI or of
    métropoles ("Quimper") suggests the grouping it belongs to (« Quimper est une commune
    de CA Quimper Bretagne Occidentale (200068120) : --entity 200068120 »).
    """
    t = survey["collectivity_type"].iloc[0]
    try:
        ent = reference.resolve(entity, type=t if t != "all" else None)
    except ResolveError as exc:
        if t == "all" or exc.code not in ("unknown-entity", "unknown-code"):
            raise
        if exc.towns:  # a commune's name in a survey of groupings: its grouping, suggested
            raise unknown_error(entity, t, exc.candidates, exc.towns,
                                option="--entity") from None
        raise _other_type(entity, t, one_kind(survey["code"].dropna().unique(), t)) or exc from None
    rows = survey[survey["code"] == ent.code]
    asked = reference.asked_territory(ent) if rows.empty and t == "departement" else None
    if asked is not None and (survey["code"] == asked).any():
        # "CD2B": the Collectivité de Corse (20R) asked for through 2B, whose row it is
        rows = survey[survey["code"] == asked]
    if rows.empty and t == "departement":
        # the council asked for, its territory in the file (« CD69 » or the Département du
        # Rhône, 69D, for row 69; the Ville de Paris, 75C, for row 75), or the other way
        # round: one and the same account
        council = _council(ent.code)
        codes = survey["code"].dropna().unique()
        same = [c for c in codes if c != ent.code and _council(c) == council]
        if len(same) == 1:
            rows = survey[survey["code"] == same[0]]
        elif len(same) > 1 and ent.territories:  # 6AE beside both 67 and 68: not guessed
            order = {c: i for i, c in enumerate(ent.territories)}
            same = sorted(same, key=lambda c: (order.get(c, len(order)), c))
            names = survey.drop_duplicates("code").set_index("code")["name"]
            listed = [f"{names.get(c, c)} ({c})" for c in same]
            raise NoDataError.of(
                "peers-entity-several-rows", name=ent.name, code=ent.code, n=Count(len(same)),
                rows=words_and(listed),
                give=[Setting(f"--entity {c}", f'entity="{c}"') for c in same])
    if rows.empty:
        raise NoDataError.of("peers-entity-absent", name=ent.name, code=ent.code)
    return rows.iloc[0]


def _council(code: str) -> str:
    """The council that holds the accounts of département ``code`` (its conseil
    départemental, the Ville de Paris, a collectivité unique), or ``code`` itself: the
    one key of a council and of each territory it governs."""
    return _councils().get(code, code)


@functools.cache
def _councils() -> dict[str, str]:
    inst = reference.institutions()  # every one has a département's powers
    return {t: code for code, terr in zip(inst["code"], inst["territories"]) for t in terr}


def council_once(g: pd.DataFrame, keep: str | None = None) -> tuple[pd.DataFrame, list[dict]]:
    """The readings compared (``g``: one platform, one year, a follower count each) with a
    council shared by two départements counted once: 67 and 68 (the Collectivité
    européenne d'Alsace), 2A and 2B (the Collectivité de Corse) giving the same follower
    count are one account, one row in a ranking, not two (ex aequo, the base counting it
    twice). The row kept is ``keep``'s (the entity benchmarked) when it is one of them,
    else the first territory's; different counts stay both (two accounts recorded for one
    council, or a count wrong: ``validate``'s ``council-territories-filled`` says it).

    Returns the rows kept and, per council counted once, ``{"code": council code,
    "council": its name, "territories": [codes], "kept": the code of the row kept}``.
    """
    from ..survey.entities import _shared_councils

    shared = _shared_councils()
    if g.empty or not g["code"].isin(list(shared)).any():
        return g, []
    at: dict[str, list[int]] = {}
    for i, (c, t, v) in enumerate(zip(g["code"], g["collectivity_type"], g["followers"])):
        if t == "departement" and c in shared and pd.notna(v):
            at.setdefault(shared[c][0], []).append(i)
    drop: list[int] = []
    once = []
    for council, idx in at.items():
        if len(idx) < 2 or len({int(g["followers"].iloc[i]) for i in idx}) != 1:
            continue
        _, name, terr = shared[g["code"].iloc[idx[0]]]
        idx = sorted(idx, key=lambda i: terr.index(g["code"].iloc[i]))
        first = next((i for i in idx if g["code"].iloc[i] == keep), idx[0])
        drop += [i for i in idx if i != first]
        once.append({"code": council, "council": name,
                     "territories": [g["code"].iloc[i] for i in idx],
                     "kept": g["code"].iloc[first]})
    if not drop:
        return g, []
    gone = set(drop)
    return g.iloc[[i for i in range(len(g)) if i not in gone]], once


def councils_named(g: pd.DataFrame, once: list[dict]) -> pd.DataFrame:
    """``g`` (rows kept by :func:`council_once`) with the row of each council ranked once
    under the council's code and name, « Collectivité de Corse (2A, 2B) » (20R): one row
    as ``rank``, the report's Classement and the ranking chart list it."""
    if not once:
        return g
    codes, names = g["code"].copy(), g["name"].copy()
    for c in once:
        at = (g["code"] == c["kept"]).to_numpy(dtype=bool)
        names[at] = f"{c['council']} ({', '.join(c['territories'])})"
        codes[at] = c["code"]
    return g.assign(code=codes, name=names)


def _other_type(entity: str, t: str, kind: str | None = None) -> NoDataError | None:
    """The error for ``entity`` that no ``t`` answers to but one entity of another type does
    ("Nouvelle-Aquitaine" in a file of départements: a région), else None. A name several
    types share (« Bretagne »: the région and communes) is the région's or the
    département's it is exactly, the broader first (as ``validate`` reads a name beside a
    code of another type). ``kind``: the one category of intercommunalités of the file's
    entities, named instead of the type (« une enquête de communautés d'agglomération »)."""
    try:
        other = reference.resolve(entity)
    except ResolveError:
        other = _broad_named(entity, t)
        if other is None:
            return None
    if other.collectivity_type == t:
        return None
    theirs, mine = find_type(other.collectivity_type), find_type(t)
    if kind:  # a file of CA alone: « pas une communauté d'agglomération »
        one = kind_words(kind, plural=False)
        return NoDataError.of("peers-entity-other-type", name=other.name, code=other.code,
                              type=_a(theirs), other=Words("une " + one.fr, "a " + one.en),
                              of_plural=_de_plural(kind_words(kind)))
    grouping = _grouping_of(other, t)
    if grouping is not None:  # Lyon (69123) in a file of métropoles: its métropole, given
        return NoDataError.of("peers-entity-other-type-grouping", name=other.name,
                              code=other.code, type=_a(theirs), other=_a(mine),
                              of_plural=_de_plural(mine.plural_words()),
                              label=Words(mine.label_fr, mine.label_en),
                              grouping=grouping[1], siren=grouping[0])
    return NoDataError.of("peers-entity-other-type", name=other.name, code=other.code,
                          type=_a(theirs), other=_a(mine), of_plural=_de_plural(mine.plural_words()))


def _grouping_of(entity, t: str) -> tuple[str, str] | None:
    """The (code, name) of the grouping of type ``t`` (``epci``, ``metropole``) that the
    commune ``entity`` belongs to, from the reference (``communes.csv``'s ``epci``): the
    Métropole de Lyon (200046977) for Lyon (69123) asked in a file of métropoles; None for
    another type, an entity that is no commune, or a grouping of another type (Lyon in a
    file of EPCI: the Métropole de Lyon is none)."""
    if t not in ("epci", "metropole") or entity.collectivity_type not in COMMUNE_TYPES:
        return None
    com = reference.communes()
    at = com.index[com["code"] == entity.code]
    if not len(at):
        return None
    code = com.at[at[0], "epci"]
    ents = reference.entities(t)
    row = ents[ents["code"] == code]
    return None if row.empty else (str(code), str(row["name"].iloc[0]))


def _de_plural(words: Words) -> Words:
    """A plural after « une enquête de » (elided: « d'intercommunalités »); bare in
    English ("the survey file surveys intercommunalities")."""
    return Words(of_words(words).fr, words.en)


def _broad_named(entity: str, t: str):
    """The région, else the département, other than of type ``t``, whose name is exactly
    ``entity`` (folded), or None."""
    key = reference.name_key(entity)
    for broad in ("region", "departement"):
        if broad == t:
            continue
        try:
            found = reference.resolve(entity, type=broad)
        except ResolveError:
            continue
        if reference.name_key(found.name) == key:
            return found
    return None


def _a(kind) -> Words:
    """A type's name with its indefinite article: « une région », "a region"."""
    return Words(f"{'une' if kind.feminine else 'un'} {kind.label_fr}",
                 f"{'an' if kind.label_en[:1] in 'aeiou' else 'a'} {kind.label_en}")


#: a rule that narrows the file (region, strate, category) leaving the entity with fewer
#: peers than this in its group, the entity included, is refused: « 1er sur 1 » compares
#: nothing, « 2e sur 2 » next to nothing (the whole file, ``type``, is never refused)
MIN_PEERS = 3

#: the peer rules, ``None`` (the default) resolved by :func:`resolve_peers`
PEER_RULES = ("type", "region", "strate", "category")


def resolve_peers(rows: pd.DataFrame, focus: pd.Series, peers: str | None) -> str:
    """The peer rule applied to ``focus`` (its row) among the survey ``rows``: ``peers``
    itself, or by default (``None``) ``"category"`` for an intercommunalité of a survey of
    the type epci holding several categories (a CA among the CA of the file, never ranked
    among tiny communautés de communes), else ``"type"`` (every entity of the file's type;
    a file of one category is that category). ``"category"`` asked for an entity without
    one (a département) is refused."""
    if peers is not None and peers not in PEER_RULES:
        raise UsageError.of("peers-unknown", value=peers)
    kind = strate_kind(focus)
    if peers == "category" and kind is None:
        raise UsageError.of("peers-category-none",
                            plural=find_type(focus["collectivity_type"]).plural_words())
    if peers is not None:
        return peers
    if kind is None:
        return "type"
    kinds = rows["code"].drop_duplicates().map(epci_kind).dropna()
    return "category" if bool((kinds != kind).any()) else "type"


def _peers_checked(rows: pd.DataFrame, focus: pd.Series, peers: str | None
                   ) -> tuple[str, pd.Series]:
    """The rule applied (:func:`resolve_peers`) and the mask of its group over ``rows``,
    refused when it narrows the file to fewer than :data:`MIN_PEERS` entities (the entity
    included): the other rules whose group is large enough are suggested."""
    rule = resolve_peers(rows, focus, peers)
    try:
        mask = _peer_mask(rows, focus, rule).fillna(False).astype(bool)
    except UsageError as err:
        if err.code != "peers-strate-one-band":
            raise
        # the refusal's advice names only the rules this entity and file would accept
        # (Nantes, the only métropole of its région: « --peers region » refused too)
        raise UsageError.of(err.code, **{**err.msg.params,
                                         "instead": _instead(rows, focus, rule)}) from None
    if rule == "type":
        return rule, mask
    codes = rows.loc[mask.to_numpy(dtype=bool), "code"].dropna().unique()
    total = rows["code"].dropna().nunique()
    if len(codes) >= MIN_PEERS or len(codes) >= total:
        return rule, mask
    instead = _instead(rows, focus, rule)
    names = rows.drop_duplicates("code").set_index("code")["name"]
    kind = strate_kind(focus)
    group = peer_group_words(focus["collectivity_type"], rule, _peer_group(focus, rule),
                             kind=kind if rule in ("strate", "category") else None)
    default = (rule != "category" and kind is not None
               and resolve_peers(rows, focus, None) == "category"
               and int((rows["code"].drop_duplicates().map(epci_kind) == kind).sum())
               >= MIN_PEERS)
    raise UsageError.of(
        "peers-too-few", peers=rule, group=group, least=MIN_PEERS, instead=instead,
        names=", ".join(f"{names.get(c, c)} ({c})" for c in sorted(
            codes, key=lambda c: (c != focus["code"], c))),
        default=_default_words(kind) if default else Words("", ""))


def _accepted_rules(rows: pd.DataFrame, focus: pd.Series, refused: str) -> list[str]:
    """The peer rules other than ``refused`` that :func:`_peers_checked` would accept for
    ``focus`` (its row) among the survey ``rows``, in the order region, strate, type: a
    rule narrowing the file whose group holds at least :data:`MIN_PEERS` entities (the
    entity included), never ``strate`` where one band holds the type; ``type``, the
    whole file, is never refused. What a refusal suggests instead."""
    out = []
    for other in ("region", "strate"):
        if other == refused:
            continue
        try:
            n = rows.loc[_peer_mask(rows, focus, other).fillna(False).to_numpy(dtype=bool),
                         "code"].dropna().nunique()
        except UsageError:  # a type one band holds nearly whole: no strate to suggest
            continue
        if n >= MIN_PEERS:
            out.append(other)
    return out + (["type"] if refused != "type" else [])


def _instead(rows: pd.DataFrame, focus: pd.Series, refused: str) -> Msg:
    """« comparez avec « --peers type » » (« peers="type" » to a library call,
    :func:`_accepted_rules`), or that no other rule
    has peers enough."""
    rules = _accepted_rules(rows, focus, refused)
    if not rules:
        return Msg("peers-instead-none", least=MIN_PEERS)
    return Msg("peers-instead", rules=[_rule_setting(r) for r in rules])


def _rule_setting(rule: str) -> Setting:
    """A peer rule named as its reader writes it: « --peers region », « peers="region" »."""
    return Setting(f"--peers {rule}", f'peers="{rule}"')


def _default_words(kind: str) -> Msg:
    """« ; ou sans --peers : même catégorie (communautés de communes) » (in Python: « ou
    avec peers=None »): the default, suggested when its group is large enough."""
    from .survey import kind_words

    return Msg("peers-too-few-default", kinds=kind_words(kind))


def _peer_mask(snap: pd.DataFrame, focus: pd.Series, peers: str) -> pd.Series:
    if peers == "type":
        return pd.Series(True, index=snap.index)
    if peers == "category":  # a CA among the CA of the file (resolve_peers)
        return snap["code"].map(epci_kind) == strate_kind(focus)
    if peers == "region":
        info = reference.entities(focus["collectivity_type"]).set_index("code")["region"]
        reg = snap["code"].map(info)
        return reg == info.get(focus["code"])
    if peers == "strate":
        kind = strate_kind(focus)
        _require_bands(focus["collectivity_type"], kind)
        band = snap["population"].map(reference.band_of)
        same = band == reference.band_of(focus["population"])
        if kind is not None:  # a CA among the CA of its band, never among métropoles
            same &= snap["code"].map(epci_kind) == kind
        return same
    raise UsageError.of("peers-unknown", value=peers)


def strate_kind(focus: pd.Series) -> str | None:
    """The category of intercommunalités (``CA``, ``CC``, ``CU``, ``METRO``: the
    reference's ``kind``, as :func:`barometre.analysis.survey.kind_design` reads it) that
    ``--peers strate`` also requires of the peers of ``focus`` (a row with ``code`` and
    ``collectivity_type``), or None for a type without categories.

    A size band alone mixes them: the 125 intercommunalités of 100,000 inhabitants or more
    are 91 CA, 21 métropoles, 12 CU and a CC, whose powers, staff and audiences differ;
    a CA is compared with the CA of its band."""
    from .survey import _kinds_of_type

    t = focus["collectivity_type"]
    try:  # the epci type's; the métropoles' (METRO, MET69) are one type
        if t == "all" or find_type(t).id != "epci" or not _kinds_of_type("epci"):
            return None
    except UsageError:
        return None
    return epci_kind(focus["code"])


#: ``--peers strate`` needs bands that divide the type: refused when one band holds at
#: least this share of the type's entities (100 of the 101 départements, every région)
ONE_BAND_SHARE = 0.95


def _require_bands(collectivity_type: str, kind: str | None = None) -> None:
    """Refuse ``--peers strate`` for a type whose entities (nearly) all fall in one
    population band (:func:`barometre.datasets.reference.band_of`, the INSEE bands of
    communes and EPCI): 100 of the 101 départements have 100,000 inhabitants or more, so
    the Lozère alone would be "1er sur 1" and the others compared with their whole type.
    With ``kind`` (:func:`strate_kind`), the bands of that category: the 21 métropoles of
    the type epci all have 100,000 inhabitants or more."""
    try:
        sizes = reference.band_sizes(collectivity_type)
    except UsageError:  # no reference list ("all"): the bands of the entities in the file
        return
    if kind is not None:
        ents = reference.entities(collectivity_type)
        ents = ents[ents["kind"] == kind]
        sizes = ents["population"].dropna().map(reference.band_of).value_counts().to_dict()
    total = sum(sizes.values())
    if not total:
        return
    band, n = max(sizes.items(), key=lambda kv: kv[1])
    if n < ONE_BAND_SHARE * total:
        return
    from ..render.formats import band_said

    from .survey import kind_words

    t = find_type(collectivity_type)
    # the rules suggested instead: :func:`_peers_checked` names those the file accepts
    instead = Msg("peers-instead", rules=[_rule_setting("type")])
    raise UsageError.of("peers-strate-one-band",
                        plural=kind_words(kind) if kind else t.plural_words(), n=Count(n),
                        total=Count(total), band=Words(band_said(band), band_said(band, "en")),
                        instead=instead)


def _position(values: pd.Series, v) -> dict:
    vals = values.dropna().astype(float)
    n = len(vals)
    if n == 0 or v is None or pd.isna(v):
        return {"rank": None, "n": n, "percentile": None, "index": None, "tied": None,
                "median": vals.median() if n else None}
    v = float(v)
    med = vals.median()
    # another peer with the same value: the rank (the best of the tie) is shared
    return {"rank": int((vals > v).sum()) + 1, "n": n, "tied": bool((vals == v).sum() > 1),
            "percentile": float((vals <= v).sum()) / n * 100,
            "index": v / med * 100 if med else None, "median": med}


def count_bounds(counts: pd.Series, rounded: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """The least and the most each follower count can be: itself when exact; for a count read
    from an abbreviated number (``rounded``), from half a unit of its last written digit
    below to a whole unit above (the number rounded or cut off: "1,2 M", 1 200 000, is at
    least 1 150 000 and less than 1 300 000). That unit is taken from the count's trailing
    zeros, never smaller than the digit written ("1,0 M" gives 1 000 000: a unit of a
    million, wider than the true 100 000, so the bounds hold). NaN where no count. The one
    rule of the figures that say what a rounded count could change: a median of growths
    (``changes``), a benchmark's rank (:func:`rank_range`).

    >>> lo, hi = count_bounds(pd.Series([1_200_000, 184_800, 1_249_000]),
    ...                       pd.Series([True, True, False]))
    >>> lo.tolist(), hi.tolist()
    ([1150000.0, 184750.0, 1249000.0], [1300000.0, 184900.0, 1249000.0])
    """
    v = counts.astype("Float64").to_numpy(float, na_value=np.nan)
    r = rounded.fillna(False).to_numpy(bool)
    unit = np.ones(len(v))
    with np.errstate(invalid="ignore"):
        for k in range(1, 13):  # the largest power of ten the count is a multiple of
            unit = np.where(r & (v > 0) & (np.fmod(v, 10.0 ** k) == 0), 10.0 ** k, unit)
    low = np.where(r, np.maximum(v - unit / 2, 0), v)
    high = np.where(r, np.where(v > 0, v + unit, np.inf), v)  # "0k": how much, unknown
    return low, high



def rank_range(g: pd.DataFrame, col: str, code: str) -> tuple[int | None, int | None, list[int]]:
    """The best and the worst rank entity ``code`` can have among the values ``col``
    (``"followers"`` or ``"followers_per_1000"``) of ``g`` (one platform's readings
    compared, one row each) when each count read from an abbreviated number
    (``followers_rounded``) is anywhere within its bounds (:func:`count_bounds`), and the
    positions in ``g`` of the rounded counts that make its rank uncertain: its own when it
    is rounded, then the peers', by their value as read, the highest first. Both ranks are
    the rank as read, and no position, when no rounded count can change it; ``(None, None,
    [])`` when the entity has no value.

    A peer is surely above the entity when its least is above the entity's most (the most of
    a rounded count is never reached: "1,2 k" is less than 1 300), possibly above when its
    most is above the entity's least; ties share the best rank, as :func:`benchmark` ranks.

    >>> g = pd.DataFrame({"code": ["44", "33", "35"],
    ...                   "followers": pd.array([98765, 112000, 45678], dtype="Int64"),
    ...                   "population": pd.array([1487570, 1690493, 1120666], dtype="Int64"),
    ...                   "followers_rounded": [False, True, False]})
    >>> g["followers_per_1000"] = g["followers"] / g["population"] * 1000
    >>> rank_range(g, "followers_per_1000", "44"), rank_range(g, "followers", "44")
    ((1, 2, [1]), (2, 2, []))
    """
    has = g[col].notna().to_numpy(dtype=bool)
    at = np.flatnonzero(has)
    values = g[col].astype("Float64").to_numpy(float, na_value=np.nan)[at]
    me = (g["code"].to_numpy(dtype=object)[at] == code)
    if not me.any():
        return None, None, []
    rounded = (g["followers_rounded"].fillna(False).to_numpy(dtype=bool)[at]
               if "followers_rounded" in g.columns else np.zeros(len(at), dtype=bool))
    low, high = count_bounds(g["followers"].iloc[at], pd.Series(rounded))
    if col == "followers_per_1000":  # a count's bounds over the same population
        pop = g["population"].astype("Float64").to_numpy(float, na_value=np.nan)[at]
        with np.errstate(invalid="ignore", divide="ignore"):
            low, high = low / pop * 1000, high / pop * 1000
    # an exact value is the one compared (the very float :func:`_position` ranks)
    low, high = np.where(rounded, low, values), np.where(rounded, high, values)
    e = int(np.flatnonzero(me)[0])
    others = ~me
    least, most, own = low[e], high[e], bool(rounded[e])
    surely = others & ((low > most) | (own & (low >= most)))
    maybe = others & (high > least)
    best, worst = 1 + int(surely.sum()), 1 + int(maybe.sum())
    if best == worst:
        return best, worst, []
    moved = np.flatnonzero(maybe & ~surely & rounded)
    moved = moved[np.argsort(-values[moved], kind="stable")]
    return best, worst, [int(at[i]) for i in ([e] if own else []) + moved.tolist()]


def served_of(codes, collectivity_type: object, populations=None) -> list[dict]:
    """The entities among ``codes`` of a survey of départements whose council serves
    another population than the territory's, the one their per-1,000 figures use
    (:func:`barometre.datasets.reference.served_populations`, applied by the reader):
    per entity ``code, territory, council_code, council, served, territory_population``,
    in the order of ``codes``. Empty for any other type. ``populations`` (beside
    ``codes``, when given): the population each entity's figures used; a territory whose
    population is its own was read before its council existed (67 in 2015, before the CeA:
    :func:`barometre.survey.entities.councils_not_yet`) and is not listed.

    >>> served_of(["44", "69"], "departement")[0]["served"]
    478313
    """
    if collectivity_type != "departement":
        return []
    served = reference.served_populations()
    deps = reference._entity_columns("departement")
    names = dict(zip(deps["code"], deps["name"]))
    out = []
    codes = list(codes)
    own_kept: set = set()
    if populations is not None:  # read before its council existed: its own population
        own_kept = {c for c, w in zip(codes, reference.population_of(
            codes, collectivity_type, populations)) if c in served and w == "territory"}
    for c in dict.fromkeys(codes):
        if c in served and c not in own_kept:
            council_code, council, pop, own = served[c]
            out.append({"code": c, "territory": names[c], "council_code": council_code,
                        "council": council, "served": pop, "territory_population": own})
    return out


def _served_of_snapshot(focus: pd.Series, codes: list, snap: pd.DataFrame) -> list[dict]:
    """:func:`served_of` the entity benchmarked and ``codes``, at the populations the
    snapshot's figures used (a 2015 reading of 67 divides by the Bas-Rhin's own)."""
    every = [focus["code"]] + list(codes)
    pops = dict(zip(snap["code"], snap["population"]))
    pops.setdefault(focus["code"], focus["population"])
    return served_of(every, focus["collectivity_type"], [pops.get(c) for c in every])


@numbered
def benchmark(survey: pd.DataFrame, entity: str, platforms: str | Iterable[str] | None = None,
              peers: str | None = None, year: int | None = None,
              type: str | None = None) -> pd.DataFrame:
    """Benchmark one entity against its whole peer group, platform by platform.

    Parameters
    ----------
    survey : DataFrame
        Tidy frame from :func:`barometre.read_survey`.
    entity : str
        Code or name of the entity ("44", "Loire-Atlantique").
    platforms : list of str, optional
        Platforms to report (default: every platform of the file).
    peers : {"type", "region", "strate", "category"}, optional
        Peer group: every entity of the same type in the file (``"type"``, every category
        of intercommunalités included), those of the same région, those of the same
        population band (an intercommunalité's of its category too), or an
        intercommunalité's category in the file (``"category"``). By default (``None``,
        :func:`resolve_peers`): ``"category"`` for an intercommunalité of a survey of the
        type epci holding several categories (a CA among the CA of the file, not among
        every EPCI of it, CC included), else ``"type"``; the rule applied is the ``peers`` column and
        ``attrs["peers"]``. A rule that narrows the file to fewer than :data:`MIN_PEERS`
        entities, the entity included, is refused (« 1er sur 1 » compares nothing).
    year : int, optional
        Compare the readings of that year (``benchmark --year``; by default each
        platform's latest): a platform asked or the entity without a reading of that
        year is refused, with the years it has, as :func:`rank` refuses them.
    type : str, optional
        Compare the entities of that type (``benchmark --type``), as :func:`rank` takes
        it: needed for a frame of several types (an Annuaire export read whole, région 44
        beside département 44), refused without it (``survey-types-mixed``, the types
        named, as :func:`rank` and :func:`barometre.adoption` refuse it).

    Returns
    -------
    DataFrame
        One row per platform: ``platform, present, followers,
        followers_per_1000, rank, n_peers, percentile, index, peer_median,
        peer_q1, peer_q3, competitor_mean, rank_per_1000, index_per_1000,
        n_peers_per_1000``, where, on the platform, among the peers with a count (the
        entity included):

        - ``rank``: 1 = the most followers, ties sharing the best rank; ``n_peers``: how
          many are ranked, the entity included ("5e sur 84");
        - ``percentile``: on a scale of 0 to 100, not a fraction as the shares of the
          other frames: 100 × the share of the ``n_peers`` whose count is at or below
          the entity's, the entity itself included: rank 5 of 84 scores 95.24 (80 of
          84), the last of 84 scores 1.19 (itself), the first 100;
        - ``index``: the entity's count ÷ ``peer_median`` × 100 (100 = the median);
        - ``peer_median``, ``peer_q1``, ``peer_q3``: the median and quartiles of the
          ``n_peers`` counts, the entity's included;
        - ``competitor_mean``: the mean count of the peers *without* the entity (the
          report's « Moyenne des pairs sans elle »), in followers;
        - ``rank_per_1000``, ``index_per_1000``, ``n_peers_per_1000``: the same over
          followers per 1,000 inhabitants (``followers_per_1000``), among the peers with
          a population;

        then the entity and the readings compared: ``code, name,
        population, collectivity_type, peers`` (the rule applied), ``peer_group`` (the type,
        région code, population band or category shared), ``year`` (the year of the
        readings compared on the platform: its latest with a count, or of any reading when
        none has one: TikTok's 2025 « Non » beside 2026's counts is 2025's, never of no
        year), ``entity_year`` (the year of the entity's latest reading;
        older than ``year``, it is set aside: no value, no rank), ``n_set_aside``
        (older readings left out, with a count or not), ``tied`` and ``tied_per_1000`` (another
        peer has the entity's value: its ``rank``, ``rank_per_1000`` is shared, "27e ex
        aequo sur 40"; missing without a rank), then the peers not ranked on the platform
        (the entity aside: its own columns say its state), by why, in the words of
        :func:`rank`'s base: ``n_no_answer`` (presence blank, "sans réponse"),
        ``n_no_account`` ("Non", or a count beside no account: "sans compte"),
        ``n_account_no_count`` ("Oui" without a count), ``n_no_reading`` (no reading of
        the platform at all: an Instagram row but no Facebook row, "sans relevé
        Facebook"), counts (0 when none), then their codes ``no_answer_codes``,
        ``no_account_codes``, ``account_no_count_codes``, ``no_reading_codes`` and names
        ``no_answer_names``, ``no_account_names``, ``account_no_count_names``,
        ``no_reading_names``,
        each a text joined with ";" in the file's order, codes and names in the same order
        ("" when none; the JSON of ``barometre benchmark`` gives lists;
        :func:`not_ranked_peers` reads a row back). Why these columns: one row per platform
        stays one row (a rank "5e sur 86" beside the 15 peers it leaves out, in CSV as in
        a notebook); a count per reason, as the sentence says them; codes beside names as
        every frame of the library gives an entity (two communes share a name, never a
        code), joined with ";" as published figures' ``flags`` (no code nor reference
        name holds one); every peer listed, not only the three or fewer that the sentence,
        the chart's caption and the report name for a reason (theirs is a display
        choice, :data:`barometre.render.views.NAMED_UP_TO`; the counts are theirs).
        ``attrs`` holds the entity's ``code``, ``name`` and ``population``, the ``years``
        compared, ``set_aside`` (``{platform: {year: n}}``), ``same_campaign``
        (``{platform: {year set aside: year compared}}``: readings set aside of one
        campaign with the year compared, its run of dates across 31 December, the
        reader's ``campaign-crosses-year``), ``no_account`` (``{platform: n}``: peers whose
        latest reading gives a count beside no account, "Non;0" or a blank with 0, left
        out of the peers compared; the entity's own such count is no value) and
        ``population_served`` (the entity, then the peers whose number per 1,000
        inhabitants is compared, whose council serves another population than the
        territory's: :func:`served_of`) and ``typed_counts`` (``{platform: {code: (cell,
        count)}}``: the cells as typed, « 112 k », and the counts read, of the entity's
        rounded count and of those that leave a rank open, below). Then ``followers_rounded``
        (when the survey frame has it, as :func:`barometre.read_survey`'s has): true when the
        entity's count was abbreviated in the file ("184,8k" read as 184 800), a rounded
        value; and (:data:`ROUNDED_RANK_COLUMNS`) ``rank_best``, ``rank_worst``,
        ``rank_per_1000_best``, ``rank_per_1000_worst``: the best and worst rank the entity
        can have with every such count anywhere within its bounds (:func:`rank_range`; the
        rank itself when none can change it: « 3e ou 4e sur 13 » otherwise), and
        ``rank_rounded_codes``, ``rank_rounded_names`` (and ``_per_1000``): the codes and
        names of those counts, ";"-joined, the entity's own first (:func:`rounded_rank`
        reads a row back). When the survey frame keeps the cells (``followers_typed``, as
        :func:`barometre.read_survey`'s), ``followers_typed`` after ``followers_rounded``:
        the entity's count as typed (« 112 k »), missing for an exact one, as
        :func:`rank`'s; and after each metric's names, ``rank_rounded_typed``,
        ``rank_per_1000_rounded_typed`` (:data:`ROUNDED_RANK_TYPED`): those counts' cells
        as typed, in the order of their codes. Then
        ``followers_questioned`` and ``n_peers_questioned`` (likewise): true when the reader
        questioned the entity's count (``count-above-population``, ``count-outlier``…:
        compared as read, to check), and how many of the peers compared have such a count.
        Then ``population_of``, and ``tied_names``, ``tied_per_1000_names``: the peers
        whose value the rank shares (";"-joined, "" when none). From an Annuaire export
        (:func:`barometre.read_survey` of one), ``measure_label, data_date, attribution,
        caveat`` (in French; the measure is declared accounts, a lower bound) and
        ``attrs["annuaire"]``, its notes, which
        :func:`~barometre.render.views.benchmark_text` prints (« sans compte déclaré »).

    Raises
    ------
    NoDataError
        The entity is not in the file; a council over two rows of it (the Collectivité
        européenne d'Alsace on 67 and 68: which one is not guessed, the rows are named); a
        name of another type than the file's ("Nouvelle-Aquitaine" in a file of
        départements: said to be a région); a platform asked that the file never surveyed
        (no reading of it: the platforms of the file are named, as :func:`rank` does);
        with ``year``, no reading of that year, or none of a platform asked or of the entity.
    UsageError
        A frame of several types without ``type`` (``survey-types-mixed``);
        ``peers="strate"`` for a type whose entities one population band holds nearly
        whole (départements, régions: :data:`ONE_BAND_SHARE`), or an unknown ``peers``;
        a rule leaving fewer than :data:`MIN_PEERS` entities of the file in the group
        (``peers-too-few``); ``"category"`` for an entity without one.

    Notes
    -----
    As :func:`rank` and ``compare``: on each platform, only the readings of its latest
    year are compared (:func:`latest_year`); a 2024 count is not ranked among 2025 ones.
    The entity is found by code or name with the file's type; in a survey of départements a
    council and the territory it governs are one row (the Département du Rhône, 69D, row 69;
    the Ville de Paris, 75C, row 75; the Collectivité de Corse, 20R, row 2A when 2B is not
    in the file).

    Examples
    --------
    Loire-Atlantique in the demo workbook (fictitious data): no Instagram account, its
    TikTok cell blank (not answered); ``index`` 100 = the median of its peers.

    >>> import barometre as bm
    >>> s = bm.read_survey(bm.demo_file("enquete"))
    >>> b = bm.benchmark(s, "Loire-Atlantique")
    >>> print(b[["platform", "present", "followers", "rank", "n_peers", "index"]]
    ...       .round(0).to_string(index=False))
     platform  present  followers  rank  n_peers  index
     facebook     True      90583     5       84  475.0
            x     True      13369    20       77  228.0
    instagram    False       <NA>  <NA>       79   <NA>
     linkedin     True       8504     8       73  273.0
      youtube     True       1272    18       63  164.0
       tiktok     <NA>       <NA>  <NA>       16   <NA>

    The peers not ranked, by why (Loire-Atlantique aside), named on LinkedIn:

    >>> print(b[["platform", "n_peers", "n_no_answer", "n_no_account", "n_account_no_count"]]
    ...       .to_string(index=False))
     platform  n_peers  n_no_answer  n_no_account  n_account_no_count
     facebook       84            7             4                   6
            x       77            0            20                   4
    instagram       79            1            15                   5
     linkedin       73            3            22                   3
      youtube       63            3            34                   1
       tiktok       16            1            82                   1
    >>> b.loc[3, "no_answer_codes"], b.loc[3, "no_answer_names"]
    ('15;39;95', "Cantal;Jura;Val-d'Oise")

    Its percentile on Facebook is on 0–100: 5th of 84, at or above 80 of the 84 counts
    (its own included); the mean of its 83 peers without it is well above their median:

    >>> print(b[["platform", "rank", "n_peers", "percentile", "peer_median",
    ...          "competitor_mean"]].head(2).round(2).to_string(index=False))
    platform  rank  n_peers  percentile  peer_median  competitor_mean
    facebook     5       84       95.24      19068.0         27717.98
           x    20       77       75.32       5863.0          9489.67
    """
    read = survey  # the frame as read: an Annuaire export's attrs (its measure, caveat)
    survey = require_columns(survey, PEER_COLUMNS)
    survey = of_type(survey, type)  # région 44 is no département 44: one type, or refused
    platforms = asked_platforms(platforms)  # a list, a Series…
    if year is not None:  # refused of the year, not of the file, as rank and --year say it
        survey = year_checked(survey, year, entity, platforms or [])
    focus, snap, no_account, hidden, peers = _snapshot(survey, entity, peers)
    plats = ([find_platform(p).id for p in platforms]
             if platforms else [p for p in PLATFORMS if p in set(snap["platform"])])
    _require_surveyed(survey, plats)
    rows = []
    medians_per_1000: dict[str, float | None] = {}
    typed_counts: dict[str, dict] = {}  # per platform, the rounded cells said
    population = None if pd.isna(focus["population"]) else int(focus["population"])
    shared = _peer_group(focus, peers)
    set_aside: dict[str, dict] = {}
    campaigns: dict[str, dict] = {}
    per_1000_codes: list[str] = []  # the peers with a number per 1,000 compared
    kept: set = set()  # the peers with a reading compared on some platform, as peer_group
    councils_once: dict[str, list[dict]] = {}  # per platform, council_once's
    compared: list[pd.DataFrame] = []
    for p in plats:
        g = snap[snap["platform"] == p]
        # compare's rule: the readings of the platform's latest year; older ones set aside
        # (no count at all: the latest readings' year, TikTok's 2025, said as such)
        same, year, aside = latest_year(g, g["followers"].notna(), hidden.loc[g.index],
                                        every_year=True)
        kept.update(g["code"][same.to_numpy(dtype=bool)])  # peer_group's n_entities
        # the peers not ranked, the entity aside (its own line says its state), as rank
        # counts them: neither a count nor an older one set aside, by their presence
        # (those of an older year are set aside, latest_year: not « sans réponse » now)
        left = g[~g["followers"].notna().to_numpy(dtype=bool) & same.to_numpy(dtype=bool)
                 & (g["code"] != focus["code"]).to_numpy(dtype=bool)]
        why = _not_ranked_why(left).to_numpy(dtype=object)
        out_of: dict[str, object] = {}  # the row's not-ranked columns (NOT_RANKED_COLUMNS)
        # ... and the peers with no reading of the platform at all (an Instagram row but
        # no Facebook row), in the file's order: else the parts would not add up
        unread = snap[~snap["code"].isin(set(g["code"])).to_numpy(dtype=bool)
                      & (snap["code"] != focus["code"]).to_numpy(dtype=bool)
                      ].drop_duplicates("code")
        for k, (n_col, codes_col, names_col) in NOT_RANKED_COLUMNS.items():
            these = unread if k == "no_reading" else left[why == k]
            out_of[n_col] = len(these)
            out_of[codes_col] = LIST_SEP.join(map(str, these["code"]))
            out_of[names_col] = LIST_SEP.join(map(str, these["name"]))
        mine = g[g["code"] == focus["code"]]
        entity_year = (None if mine.empty or pd.isna(mine["year"].iloc[0])
                       else int(mine["year"].iloc[0]))
        g = g[same.to_numpy(dtype=bool)]
        compared.append(g)  # the readings compared: their files are the source
        # a council of two départements (2A and 2B) with one count: one peer, not two
        g, once = council_once(g, focus["code"])
        if once:
            councils_once[p] = once
        if aside:
            set_aside[p] = aside
            _note_campaign(campaigns, p, survey, aside, year)
        me = g[g["code"] == focus["code"]]
        f = me["followers"].iloc[0] if len(me) else None
        f = None if f is None or pd.isna(f) else int(f)
        per = me["followers_per_1000"].iloc[0] if len(me) else None
        per = None if per is None or pd.isna(per) else float(per)
        rounded = (bool(me["followers_rounded"].fillna(False).iloc[0])
                   if len(me) and "followers_rounded" in me.columns and f is not None else False)
        # counts the reader questioned (more followers than inhabitants…): the entity's own,
        # and how many of the peers compared, whose counts make its rank and index
        questioned, n_questioned = False, 0
        if "followers_questioned" in g.columns:
            q = g["followers_questioned"].fillna(False).astype(bool) & g["followers"].notna()
            questioned = bool(f is not None and q[(g["code"] == focus["code"])].any())
            n_questioned = int(q[(g["code"] != focus["code"])].sum())
        pres = me["present"].iloc[0] if len(me) else None
        pres = None if pres is None or pd.isna(pres) else bool(pres)
        pos = _position(g["followers"], f)
        pos_k = _position(g["followers_per_1000"], per)
        # the ranks a count read from an abbreviated number (« 112 k ») leaves open: « 3e ou
        # 4e sur 13 », the counts said with their cells as typed
        uncertain: dict[str, object] = {}
        if "followers_rounded" in g.columns:
            typed = typed_counts.setdefault(p, {})
            for metric, (best_col, worst_col, codes_col, names_col) in (
                    ROUNDED_RANK_COLUMNS.items()):
                best, worst, at = rank_range(g, metric, focus["code"])
                these = g.iloc[at]
                uncertain.update({best_col: best, worst_col: worst,
                                  codes_col: LIST_SEP.join(map(str, these["code"])),
                                  names_col: LIST_SEP.join(map(str, these["name"]))})
                if "followers_typed" in g.columns:  # each count's cell, as rank gives it
                    uncertain[ROUNDED_RANK_TYPED[metric]] = LIST_SEP.join(
                        c if isinstance(c, str) else "" for c in these["followers_typed"])
                _note_typed(typed, these)
            if rounded:
                _note_typed(typed, me)
        vals = g["followers"].dropna().astype(float)
        others = g.loc[g["code"] != focus["code"], "followers"].dropna().astype(float)
        # the peers whose value the entity's rank shares (« 21e ex aequo avec Dijon
        # Métropole sur 22 »), ";"-joined in the file's order
        tied_names = {c: LIST_SEP.join(map(str, g.loc[
            (g["code"] != focus["code"]).to_numpy(dtype=bool)
            & (g[c].astype(float) == float(v)).to_numpy(dtype=bool), "name"]))
            if v is not None else "" for c, v in (("followers", f), ("followers_per_1000", per))}
        rows.append({
            "platform": p, "present": pres, "followers": f, "followers_per_1000": per,
            "rank": pos["rank"], "n_peers": pos["n"], "percentile": pos["percentile"],
            "index": pos["index"], "peer_median": vals.median() if len(vals) else None,
            "peer_q1": vals.quantile(0.25) if len(vals) else None,
            "peer_q3": vals.quantile(0.75) if len(vals) else None,
            "competitor_mean": others.mean() if len(others) else None,
            "rank_per_1000": pos_k["rank"], "n_peers_per_1000": pos_k["n"],
            "index_per_1000": pos_k["index"], "code": focus["code"], "name": focus["name"],
            "population": population, "collectivity_type": focus["collectivity_type"],
            "peers": peers, "peer_group": shared, "year": year, "entity_year": entity_year,
            "n_set_aside": sum(aside.values()), "tied": pos["tied"],
            "tied_per_1000": pos_k["tied"], **out_of, "followers_rounded": rounded,
            # its cell as typed (« 112 k »), as rank's followers_typed: None when exact
            "followers_typed": _typed_cell(me) if rounded else None,
            **uncertain,
            "followers_questioned": questioned, "n_peers_questioned": n_questioned,
            "tied_names": tied_names["followers"],
            "tied_per_1000_names": tied_names["followers_per_1000"]})
        medians_per_1000[p] = None if pos_k["median"] is None else float(pos_k["median"])
        per_1000_codes += g.loc[g["followers_per_1000"].notna().to_numpy(dtype=bool), "code"].tolist()
    marked = "followers_rounded" in snap.columns
    cells = marked and "followers_typed" in snap.columns  # the rounded counts' cells
    out = pd.DataFrame(rows, columns=BENCHMARK_COLUMNS
                       + (["followers_rounded"] + (["followers_typed"] if cells else [])
                          + [c for m, cols in ROUNDED_RANK_COLUMNS.items()
                             for c in (*cols, *([ROUNDED_RANK_TYPED[m]] if cells else []))]
                          if marked else [])
                       + (["followers_questioned", "n_peers_questioned"]
                          if "followers_questioned" in snap.columns else []))
    if "n_peers_questioned" in out.columns:
        out["n_peers_questioned"] = out["n_peers_questioned"].astype("Int64")
        out["followers_questioned"] = out["followers_questioned"].astype(bool)
    # whose population the per-1,000 figures divide by: a council's (69: the Département
    # du Rhône's, 478,313) or the territory's, said per row as rank says it
    out["population_of"] = pd.array(reference.population_of(
        [focus["code"]] * len(out), focus["collectivity_type"], [focus["population"]] * len(out)),
        dtype="str")
    # the peers each rank is shared with, after every column that was there before
    for c in ("tied_names", "tied_per_1000_names"):
        out[c] = pd.array([r[c] for r in rows], dtype="str")
    for c in ("rank", "n_peers", "rank_per_1000", "n_peers_per_1000", "followers", "population",
              "year", "entity_year", "n_set_aside",
              *(cols[0] for cols in NOT_RANKED_COLUMNS.values())):
        out[c] = out[c].astype("Int64")
    for c in ("present", "tied", "tied_per_1000"):
        out[c] = out[c].astype("boolean")
    if marked:
        for best_col, worst_col, *listed in ROUNDED_RANK_COLUMNS.values():
            out[best_col] = out[best_col].astype("Int64")
            out[worst_col] = out[worst_col].astype("Int64")
            for c in listed:
                out[c] = out[c].astype("str")
        if cells:  # None (an exact count) stays missing, never "None"
            for c in ("followers_typed", *ROUNDED_RANK_TYPED.values()):
                out[c] = pd.array(out[c].tolist(), dtype="str")
    for c in ("followers_per_1000", "percentile", "index", "peer_median", "peer_q1", "peer_q3",
              "competitor_mean", "index_per_1000"):
        out[c] = out[c].astype("Float64")
    out.attrs.update({"code": focus["code"], "name": focus["name"], "population": population,
                      "collectivity_type": focus["collectivity_type"], "peers": peers,
                      # the one category of intercommunalités of all the peers (a CA among
                      # CA: --peers strate, or a file of CA alone), named instead of the type
                      "peer_kind": one_kind(snap["code"].unique(), focus["collectivity_type"]),
                      # the peer entities (the entity included), as peer_group counts them:
                      # the group named as the report and the chart name it
                      "n_entities": len(kept),
                      # those of them of Mayotte (976, its communes 976xx, région 06), whose
                      # population is of the 2017 census: the note says it for them only
                      "mayotte_codes": mayotte_codes(kept, [focus["collectivity_type"]]),
                      # a file of communes all of a narrower type (villes préfectures)
                      "narrower": narrower_of(kept, focus["collectivity_type"], peers),
                      # the files of the readings compared (several waves: theirs)
                      "source": _readings_source(pd.concat(compared) if compared
                                                 else snap.iloc[:0], survey),
                      "fictitious": bool(survey.attrs.get("fictitious", False)),
                      # the years of the readings compared (the latest of each platform)
                      "years": sorted({int(y) for y in out["year"].dropna()}),
                      # the older readings left out, by platform: {platform: {year: n}}
                      "set_aside": set_aside,
                      # those of one campaign with the year compared, cut at 31 December:
                      # {platform: {year set aside: year compared}}
                      "same_campaign": campaigns,
                      # counts beside no account ("Non;0"), left out: {platform: n}
                      "no_account": {p: n for p, n in no_account.items() if p in plats},
                      # those beside a doubtful answer, with their cells: {platform:
                      # [[name, « Oui ? »], ...]} (no_account_doubtful)
                      "no_account_doubtful": {p: c for p, c in snap.attrs.get(
                          "no_account_doubtful", {}).items() if p in plats},
                      # the peers' median per 1,000 inhabitants, by platform (the charts mark it)
                      "peer_median_per_1000": medians_per_1000,
                      # the counts read from an abbreviated number that the figures say, as
                      # typed: {platform: {code: (« 112 k », 112000)}} (the entity's own,
                      # those that make a rank uncertain; none when the cell is not known)
                      "typed_counts": {p: t for p, t in typed_counts.items() if t},
                      # a council of two départements whose two rows give one count,
                      # compared once: {platform: [council_once's]}
                      "councils_once": councils_once,
                      # the entity's own council counted once (2B with 2A: the Collectivité
                      # de Corse), or None: the name every view gives the figures
                      "council_once": next(({"council": c["council"], "code": c["code"],
                                             "territories": list(c["territories"])}
                                            for cs in councils_once.values() for c in cs
                                            if focus["code"] in c["territories"]
                                            or focus["code"] == c["code"]), None),
                      # a council serving another population than its territory's (69, 67,
                      # 68, 2A, 2B): the entity's, then those of the peers whose number per
                      # 1,000 inhabitants is compared with its own
                      "population_served": _served_of_snapshot(
                          focus, per_1000_codes, snap)})
    # an Annuaire export: its measure, date, attribution and caveat on every row
    # (RESULT_COLUMNS) and attrs["annuaire"] (« sans compte déclaré », the notes), as the
    # benchmark command says them: a notebook's frame says the same
    from ..survey.annuaire import annotate_result

    return annotate_result(BENCHMARK.check(out), read)


def narrower_of(codes: Iterable[str], collectivity_type: object,
                peers: str | None = "type") -> dict | None:
    """A file of communes that are all of a narrower type (villes préfectures, grandes
    villes…: :func:`~barometre.analysis.survey.narrower_type`), as ``compare`` finds it,
    for peers and rankings of the whole file (``peers`` ``"type"``): ``{"type":
    "ville_prefecture", "n": 12, "total": 101}``, so that their words say what the file
    is (« les 12 communes du fichier, toutes des villes préfectures (12 sur 101) »), never
    « sur 34 875 en France », and how ``--type`` reads them; None otherwise.

    >>> narrower_of(["2A004", "2B033", "06088"], "commune")
    {'type': 'ville_prefecture', 'n': 3, 'total': 101}
    >>> narrower_of(["2A004", "2B033", "06088"], "commune", "region") is None
    True
    """
    from .survey import narrower_type

    if peers not in (None, "type") or collectivity_type != "commune":
        return None
    found = narrower_type([c for c in codes if isinstance(c, str)], "commune")
    return None if found is None else {"type": found[0], "n": found[1], "total": found[2]}


def _require_surveyed(survey: pd.DataFrame, platforms: Iterable[str]) -> None:
    """Refuse the platforms the file never surveyed (no column, no answer: no reading),
    naming those it did; a platform surveyed without any count is not refused (its
    benchmark says "non renseigné", its ranking "aucun nombre d'abonnés")."""
    surveyed = set(survey["platform"].dropna().unique()) - {"any"}
    missing = list(dict.fromkeys(p for p in platforms if p not in surveyed))
    if not missing:
        return
    raise NoDataError.of(
        "peers-platform-not-surveyed",
        what=(Words("réseaux non relevés", "platforms not surveyed") if len(missing) > 1
              else Words("réseau non relevé", "platform not surveyed")),
        platforms=platforms_words(missing),
        surveyed=platforms_words([p for p in PLATFORMS if p in surveyed],
                                 none=("aucun réseau", "no platform")))


def of_type(survey: pd.DataFrame, type: str | None) -> pd.DataFrame:
    """The entities of ``type`` in a survey frame (:func:`barometre.analysis.survey.restrict`)
    for a benchmark, its peer group or its chart: without ``type``, a frame of several types
    (an Annuaire export read whole) is refused (``survey-types-mixed``, the types named), as
    :func:`rank` refuses it, never taken for « deux enquêtes mises bout à bout » (région 44
    and département 44 read as one entity's two readings). An empty frame is returned as
    it is, for its own refusal (``peers-survey-empty``). ``attrs["collectivity_type"]`` is
    the type kept.
    """
    if not len(survey):
        return survey
    out = restrict(survey, type)
    if out is not survey:  # a mixed export's attrs said no single type: now one
        out.attrs = {**survey.attrs, "collectivity_type": find_type(type).id}
    return out


def year_checked(whole: pd.DataFrame, year: int | None, entity: str | None = None,
                 platforms: Iterable[str] = ()) -> pd.DataFrame:
    """The readings of ``year`` (:func:`barometre.analysis.survey.readings_of_year`) for a
    benchmark or a ranking of that year, its refusals said of the year, not of the file:
    the platforms asked for that the file never surveyed (:func:`_require_surveyed`, on the
    whole file), then those without a reading of that year, and an entity of the file
    without one ("Gironde (33) n'a pas de relevé de 2025 … (relevés de 2024)"), where
    cutting the file first made them "not in the file"."""
    from .survey import readings_of_year

    plats = [find_platform(p).id for p in platforms]
    _require_surveyed(whole, plats)
    survey = readings_of_year(whole, year)
    if year is None or survey is whole:
        return survey
    missing = [p for p in dict.fromkeys(plats) if p not in set(survey["platform"].dropna())]
    if missing:
        years = sorted({int(y) for y in whole.loc[whole["platform"].isin(missing).to_numpy(),
                                                  "year"].dropna()})
        raise NoDataError.of(
            "peers-platform-not-in-year", year=year, years=", ".join(map(str, years)) or "–",
            platforms=platforms_words(missing))
    if entity is not None:
        try:
            _find_entity(survey, entity)
        except NoDataError as e:
            if e.code != "peers-entity-absent":
                raise
            raise not_in_year(whole, entity, year) from None
    return survey


def not_in_year(whole: pd.DataFrame, entity: str, year: int) -> NoDataError:
    """The error for ``entity``, in the survey ``whole`` but without a reading of ``year``:
    "Gironde (33) n'a pas de relevé de 2025 dans le fichier d'enquête (relevés de 2024)"
    (an entity not in the file at all raises its own error here)."""
    row = _find_entity(whole, entity)
    years = sorted({int(y) for y in whole.loc[whole["code"] == row["code"], "year"].dropna()})
    return NoDataError.of("report-entity-not-in-year", name=row["name"], code=row["code"],
                          year=year, years=", ".join(map(str, years)) or "–")


def _peer_group(focus: pd.Series, peers: str) -> str | None:
    """What the peers share with the entity: its type, région code or population band."""
    if peers == "region":
        info = reference.entities(focus["collectivity_type"]).set_index("code")["region"]
        return info.get(focus["code"])
    if peers == "strate":
        return reference.band_of(focus["population"])
    if peers == "category":
        return strate_kind(focus)
    return focus["collectivity_type"]


def peer_group_words(collectivity_type: str, peers: str, shared: object,
                     plural: Words | None = None, kind: str | None = None) -> Words:
    """A peer group in words: "départements", "départements de la région
    Nouvelle-Aquitaine", "communes de 20 000–49 999 habitants" (``shared``: what the group
    shares, as ``attrs["peer_group"]`` says it: a région code or a band; ``plural``: the
    type's words to use, its plural by default; ``kind``: the category of
    intercommunalités the peers share too (:func:`strate_kind`), named instead:
    "communautés d'agglomération de 100 000 habitants ou plus")."""
    from ..messages import text
    from .survey import kind_words

    plural = kind_words(kind) if kind else plural or find_type(collectivity_type).plural_words()
    if peers == "region" and shared is not None:
        names = reference.regions().set_index("code")["name"]
        region = names.get(shared, shared)
        return Words(*(text("peers-of-region", lang, plural=plural, region=region)
                       for lang in ("fr", "en")))
    if peers == "strate" and shared is not None:
        from ..render.formats import band_said

        return Words(*(text("peers-of-strate", lang, plural=plural,
                            band=band_said(shared, lang)) for lang in ("fr", "en")))
    return plural


def peer_group(survey: pd.DataFrame, entity: str, peers: str | None = None,
               type: str | None = None) -> pd.DataFrame:
    """The peer group that :func:`benchmark` compares ``entity`` with, one row per peer × platform.

    ``type``: the entities of that type, as :func:`benchmark` takes it (a frame of several
    types without it is refused, ``survey-types-mixed``).

    Returns
    -------
    DataFrame
        The latest reading of every peer (the entity included) with ``followers_per_1000``
        (followers per 1,000 inhabitants), on each platform those of its latest year
        (as :func:`benchmark`); ``attrs`` holds the entity's ``code``, ``name``, the
        ``peers`` rule applied (``None`` resolved as :func:`benchmark` does: an
        intercommunalité's ``"category"``), the number of peer entities ``n_entities``, the
        value shared by the group (``region`` code, ``strate`` label, or ``None``) and the
        older readings set aside
        (``set_aside``: ``{platform: {year: n}}``; ``same_campaign`` as :func:`benchmark`'s);
        a count beside no account ("Non;0") is missing, as in :func:`benchmark`, and
        counted in ``no_account`` (``{platform: n}``).
    """
    survey = require_columns(survey, PEER_COLUMNS)
    survey = of_type(survey, type)  # one type, or refused (as benchmark)
    focus, snap, no_account, hidden, peers = _snapshot(survey, entity, peers)
    keep = pd.Series(False, index=snap.index)
    set_aside: dict[str, dict] = {}
    campaigns: dict[str, dict] = {}
    for p, g in snap.groupby("platform", sort=False):  # benchmark's rule: the latest year's
        same, y, aside = latest_year(g, g["followers"].notna(), hidden.loc[g.index])
        keep[g.index[same.to_numpy(dtype=bool)]] = True
        if aside:
            set_aside[p] = aside
            _note_campaign(campaigns, p, survey, aside, y)
    snap = snap[keep.to_numpy(dtype=bool)]
    shared = None if peers == "type" else _peer_group(focus, peers)
    snap.attrs = {"code": focus["code"], "name": focus["name"], "peers": peers,
                  "n_entities": int(snap["code"].nunique()), "shared": shared,
                  "set_aside": set_aside, "same_campaign": campaigns,
                  "no_account": no_account,
                  "collectivity_type": focus["collectivity_type"],
                  "narrower": narrower_of(snap["code"].unique(), focus["collectivity_type"],
                                          peers),
                  # the one category of intercommunalités of all the peers, or None
                  "kind": one_kind(snap["code"].unique(), focus["collectivity_type"])}
    return snap.reset_index(drop=True)


def _snapshot(survey: pd.DataFrame, entity: str, peers: str | None
              ) -> tuple[pd.Series, pd.DataFrame, dict[str, int], pd.Series, str]:
    """The focus entity's row, the latest reading of each of its peers (itself included),
    with ``followers_per_1000``, a count beside no account made missing (:func:`account_counts`),
    those counts ``{platform: n}``, and the older counts those readings hide
    (:func:`hidden_counts`), and the peer rule applied (:func:`resolve_peers`): what
    :func:`benchmark` and :func:`peer_group` both start from."""
    if survey.empty:
        raise NoDataError.of("peers-survey-empty")
    focus = _find_entity(survey, entity)
    plain = _plain(survey)
    snap = reference.dated_populations(latest(plain))  # 67 in 2020: the Bas-Rhin's own
    snap = snap[snap["platform"] != "any"]
    mine = snap[snap["code"] == focus["code"]]
    if len(mine) and "population" in mine.columns:  # the population its figures divide by
        focus = focus.copy()
        focus["population"] = mine["population"].iloc[0]
    peers, mask = _peers_checked(snap, focus, peers)
    snap, dropped = account_counts(snap[mask.to_numpy(dtype=bool)])
    # the counts beside « Oui ? », with their cells: the note quotes them
    snap.attrs["no_account_doubtful"] = no_account_doubtful(snap, dropped, survey.attrs)
    return (focus, snap.assign(followers_per_1000=_per_1000),
            no_account_by_platform(snap, said_no_account(snap, dropped, survey.attrs)),
            hidden_counts(plain, snap), peers)


def _rank_desc(values: pd.Series) -> pd.Series:
    """1 = highest value; ties share the best rank; missing values get no rank."""
    return values.astype("Float64").rank(method="min", ascending=False).astype("Int64")


def _note_campaign(campaigns: dict[str, dict], platform: str, survey: pd.DataFrame,
                   aside: dict, year: int | None) -> None:
    """``campaigns[platform]``: the years of ``aside`` (readings set aside) of one campaign
    with ``year`` (the year compared), cut at 31 December (the reader's
    ``campaign-crosses-year``), when there are some."""
    same = _same_campaign(survey, aside, {year}) if year is not None else {}
    if same:
        campaigns[platform] = same


def latest_year(readings: pd.DataFrame, has_value: pd.Series,
                hidden: pd.Series | None = None,
                every_year: bool = False) -> tuple[pd.Series, int | None, dict]:
    """Which of the latest readings of one platform are compared: those of its latest year.

    A 2024 follower count is not ranked against 2025 ones (``compare``'s rule: the latest
    year's readings, the older ones set aside and counted).

    Parameters
    ----------
    readings : DataFrame
        The latest reading of each entity on one platform (``year`` column).
    has_value : Series of bool
        The readings that have the value compared (a follower count, a number per 1,000).
    hidden : Series, optional
        Per reading, the year of an older reading with a count that it hides (its own has
        none: a row left blank hides an older count, :func:`hidden_counts`); those behind
        a blank row of a year before the year compared are set aside and counted too, as
        when the later row is absent; a row left blank in the year compared is that year's
        reading, not answered, and its older count is not set aside (:func:`hidden_behind`).
    every_year : bool, default False
        When no reading has a value, compare those of the latest year of any reading
        (:func:`benchmark`: its line of a platform without a count says the year of the
        state it shows, TikTok's 2025 « sans compte » beside 2026's counts); by default
        every reading, of no year (nothing to rank: :func:`rank`, :func:`league_table`
        name no year for it).

    Returns
    -------
    tuple
        The mask of the readings of the year compared (the latest year of a reading with
        a value, or with ``every_year`` of any reading when none has one), or of a later one
        (without a value: an account closed since); every reading when no year is known;
        that year (``None`` if unknown),
        and the readings set aside, every one outside the mask, with a value or not (a
        2024 « Non » is not 2025's « sans compte »; one left blank that hides an older
        count is counted at the count's year): ``{year: n}``, older years first, then
        ``None`` for a year unknown. :func:`rank`, :func:`benchmark`,
        :func:`peer_group` and :func:`league_table` all apply it: what one sets aside,
        none counts among the peers not ranked.
    """
    year = readings["year"].astype("Float64")
    known = year[has_value.to_numpy(dtype=bool) & year.notna().to_numpy(dtype=bool)]
    if not len(known) and every_year:
        # no value anywhere (TikTok's « Non » of 2025 alone): the year compared is still
        # that of its latest readings, said with them, never none (its 2025 « sans compte »
        # would read as any year's); the older ones set aside as with values
        known = year.dropna()
    if not len(known):
        return pd.Series(True, index=readings.index), None, {}
    y = int(known.max())
    same = (year >= y).fillna(False).astype(bool)  # a later reading has no value: kept
    # every reading not compared is set aside and counted, with a value or not: a 2024
    # « Non » (or blank) is no more 2025's « sans compte » than a 2024 count is its count
    aside = year[~same.to_numpy(dtype=bool)]
    if hidden is not None:  # a blank row hiding an older count: counted at the count's year
        behind = hidden_behind(hidden, same, y).to_numpy(dtype=bool)
        aside = aside.where(~pd.Series(behind, index=readings.index).loc[aside.index],
                            hidden.astype("Float64").loc[aside.index])
    counts: dict = {int(k): int(n) for k, n in aside.dropna().value_counts().sort_index().items()}
    if aside.isna().any():
        counts[None] = int(aside.isna().sum())
    return same, y, counts


def hidden_behind(hidden: pd.Series, same: pd.Series, year: int | None) -> pd.Series:
    """The readings whose hidden older count (:func:`hidden_counts`) is set aside: those
    of a year before ``year`` (the year compared) that hide a count older still.

    A row left blank in the year compared is that year's reading, not answered: the peer
    is « sans réponse » that year, as with one wave, and its older count is not its figure
    set aside. Only a blank row older than the year compared (no reading of that year)
    leaves its hidden count set aside, as when the row is absent.

    Parameters
    ----------
    hidden : Series
        :func:`hidden_counts` of the readings of one platform.
    same : Series of bool
        :func:`latest_year`'s mask of the readings of the year compared (or later), on
        the same index.
    year : int or None
        The year compared; ``None``: nothing is set aside.

    Returns
    -------
    Series of bool
        On ``hidden``'s index.

    Examples
    --------
    >>> import pandas as pd
    >>> h = pd.Series([2024.0, 2023.0, None], dtype="Float64")  # blank 2025, blank 2024, none
    >>> hidden_behind(h, pd.Series([True, False, True]), 2025).tolist()
    [False, True, False]
    """
    if year is None:
        return pd.Series(False, index=hidden.index)
    return ((hidden.astype("Float64") < year).fillna(False).astype(bool)
            & ~same.reindex(hidden.index).fillna(False).astype(bool))


def hidden_counts(survey: pd.DataFrame, latest_rows: pd.DataFrame) -> pd.Series:
    """Per latest reading left blank (``latest_rows``, from :func:`latest`: no presence, no
    count), the year of the latest older reading of the same entity on the same platform
    that has a count.

    A row left blank in 2024 (not answered) is the entity's latest reading and hides its
    2023 count: a ranking of 2025 must say that count was left aside, as it does when the
    2024 row is absent (:func:`hidden_behind`; a row left blank in 2025, the year ranked,
    is « sans réponse » that year, its 2024 count not set aside). A row that answers hides
    nothing: "Non" in 2025 (the account
    left since: absent), "Oui" or "Inactif" without a count (present, no count), or a count
    beside no account (a blank with 0: ``no_account``) are the entity's 2025 reading, said
    as such, not an older count set aside. NaN where nothing is hidden (only a strictly
    older year counts).

    Parameters
    ----------
    survey : DataFrame
        The readings (``code, platform, present, followers, year, date, source_row``)
        ``latest_rows`` were taken from, on the same index.
    latest_rows : DataFrame
        The latest reading of each entity on each platform, counts beside no account
        possibly made missing (:func:`~barometre.analysis.survey.account_counts`).

    Returns
    -------
    Series
        Float64 on ``latest_rows``' index: the year of the older count hidden, or NaN.

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.DataFrame({"code": ["04", "04", "30", "30"], "platform": "facebook",
    ...                   "present": pd.array([True, None, True, False], dtype="boolean"),
    ...                   "followers": pd.array([1554, None, 15002, None], dtype="Int64"),
    ...                   "year": [2024, 2025, 2024, 2025], "date": pd.NaT,
    ...                   "source_row": [2, 3, 4, 5]})
    >>> hidden_counts(s, s.iloc[[1, 3]]).tolist()  # 04 left blank in 2025, 30 said "Non"
    [2024.0, <NA>]
    """
    valued = survey[survey["followers"].notna().to_numpy(dtype=bool)]
    if valued.empty or latest_rows.empty:
        return pd.Series(float("nan"), index=latest_rows.index, dtype="Float64")
    last = latest(valued)[["code", "platform", "year"]].rename(columns={"year": "_older"})
    older = latest_rows[["code", "platform"]].merge(last, on=["code", "platform"],
                                                    how="left")["_older"].astype("Float64")
    older.index = latest_rows.index
    own = latest_rows["year"].astype("Float64")
    # left blank: no presence, and no count in the file either (a blank with 0 is a reading
    # of no account, counted in ``no_account``, not a row left unanswered)
    given = survey["followers"].reindex(latest_rows.index)
    blank = (pd.array(latest_rows["present"], dtype="boolean").isna()
             & latest_rows["followers"].isna().to_numpy(dtype=bool)
             & given.isna().to_numpy(dtype=bool))
    return older.where(pd.Series(blank, index=latest_rows.index) & (older < own).fillna(False))


@numbered
def league_table(survey: pd.DataFrame, type: str | None = None) -> pd.DataFrame:
    """Every entity on every platform with its ranks and index (the report's Classement).

    Parameters
    ----------
    survey : DataFrame
        Tidy frame from :func:`barometre.read_survey`: every entity and platform of the
        file is in the table (use :func:`rank` for one platform, a type or peer group).
    type : str, optional
        The entities of this type only, as :func:`rank`'s ``type``: needed for a frame of
        several types (an Annuaire export read without a type, where région 44 is not
        département 44), refused without it (``UsageError`` ``survey-types-mixed``, naming
        the types). Default: the frame's one type.

    Returns
    -------
    DataFrame
        The latest reading of each entity × platform with ``followers_per_1000``
        (followers per 1,000 inhabitants), ``rank``,
        ``rank_per_1000`` and ``index`` (followers ÷ median of the platform × 100),
        ordered by platform then rank, entities without a count last, its index a
        RangeIndex in that order (``t.loc[0]`` is the first row, as :func:`rank`'s). On each
        platform, only the readings of its latest year are ranked (:func:`latest_year`);
        the older ones are left out of the table and counted in ``attrs["set_aside"]``
        (``{platform: {year: n}}``, only the platforms with some), ``attrs["years"]``
        gives the year ranked on each platform, ``attrs["same_campaign"]`` the years set
        aside of one campaign with the year ranked (as :func:`benchmark`'s). A count
        beside no account ("Non;0", a blank with 0: ``present`` not true) is no account's
        count: the row stays, without a count or a rank, and ``attrs["no_account"]``
        counts them (``{platform: n}``); ``attrs["fictitious"]``: the survey's (demo data).
        A council of two départements whose two rows give one follower count (2A and 2B,
        67 and 68) is one row, ranked once as :func:`rank` ranks it: the council's code
        and name, « Collectivité de Corse (2A, 2B) » (20R), with the population it serves;
        ``attrs["councils_once"]``: ``{platform: [council_once's]}`` (:func:`council_once`;
        two counts stay two rows).

    Examples
    --------
    Loire-Atlantique's rows in the demo workbook's table (fictitious data):

    >>> import barometre as bm
    >>> t = bm.league_table(bm.read_survey(bm.demo_file("enquete")))
    >>> print(t.loc[t["code"] == "44", ["platform", "followers", "rank", "rank_per_1000"]]
    ...       .to_string(index=False))
     platform  followers  rank  rank_per_1000
     facebook      90583     5             19
            x      13369    20             47
    instagram       <NA>  <NA>           <NA>
     linkedin       8504     8             36
      youtube       1272    18             49
       tiktok       <NA>  <NA>           <NA>
    >>> t.attrs["years"]["facebook"], t.attrs["set_aside"]
    (2025, {})
    """
    survey = require_columns(survey, tuple(c for c in PEER_COLUMNS if c != "collectivity_type"))
    if type is not None:  # the type is read from its column
        survey = require_columns(survey, PEER_COLUMNS)
    if "collectivity_type" in survey.columns:
        # several types: one entity per type and code, never « deux enquêtes mises bout à
        # bout » for région 44 beside département 44 (no reading: said, not pd.concat's
        # « No objects to concatenate »)
        survey = restrict(survey, type)
    plain = _plain(survey)
    snap = reference.dated_populations(latest(plain))  # 67 in 2020: the Bas-Rhin's own
    snap, dropped = account_counts(snap[snap["platform"] != "any"])
    no_account = no_account_by_platform(snap, said_no_account(snap, dropped, survey.attrs))
    doubtful = no_account_doubtful(snap, dropped, survey.attrs)
    hidden = hidden_counts(plain, snap)
    snap = snap.assign(followers_per_1000=_per_1000)
    parts = []
    set_aside: dict[str, dict] = {}
    campaigns: dict[str, dict] = {}
    years: dict[str, int | None] = {}
    councils: dict[str, list[dict]] = {}  # per platform, council_once's
    for p, g in snap.groupby("platform", sort=False):
        same, y, aside = latest_year(g, g["followers"].notna(), hidden.loc[g.index])
        g = g[same.to_numpy(dtype=bool)]
        # a council of two départements whose rows give one count (2A and 2B: the
        # Collectivité de Corse) is one row, the council's, as rank ranks it: not two ex aequo
        g, once = council_once(g)
        if once:
            councils[p] = once
            g = councils_named(g, once)
        years[p] = y
        if aside:
            set_aside[p] = aside
            _note_campaign(campaigns, p, survey, aside, y)
        followers = g["followers"].astype("Float64")
        med = followers.median()
        parts.append(g.assign(rank=_rank_desc(followers), rank_per_1000=_rank_desc(g["followers_per_1000"]),
                              index=(followers / med * 100) if pd.notna(med) and med else pd.NA))
    out = pd.concat(parts, ignore_index=True)
    order = {p: i for i, p in enumerate(PLATFORMS)}
    out = out.assign(_p=out["platform"].map(order)).sort_values(["_p", "rank", "name"],
                                                                 kind="stable", na_position="last")
    # rows numbered 0..n-1 in that order, as rank and adoption number theirs: the sort's
    # scrambled labels made t.loc[0] some row far down the table
    out = out.drop(columns="_p").reset_index(drop=True)
    out.attrs = {"years": {p: years[p] for p in sorted(years, key=lambda p: order.get(p, 99))},
                 "set_aside": {p: set_aside[p] for p in sorted(set_aside,
                                                              key=lambda p: order.get(p, 99))},
                 "same_campaign": {p: campaigns[p] for p in sorted(
                     campaigns, key=lambda p: order.get(p, 99))},
                 "no_account": no_account, "no_account_doubtful": doubtful,
                 "councils_once": {p: councils[p] for p in sorted(
                     councils, key=lambda p: order.get(p, 99))},
                 "fictitious": bool(survey.attrs.get("fictitious", False))}
    return out


@numbered
def rank(survey: pd.DataFrame, platform: str, metric: str = "followers",
         top: int | None = None, type: str | None = None, entity: str | None = None,
         peers: str | None = None, year: int | None = None) -> pd.DataFrame:
    """Rank the entities of a survey on one platform, on the readings of its latest year.

    The latest reading of each entity is ranked if it is of the latest year with a value
    on the platform; an older one (a 2024 count among 2025 ones) is set aside, not ranked,
    and counted in ``attrs["set_aside"]``, as ``compare`` counts each entity's reading of
    the latest year (:func:`latest_year`). Only the counts of accounts are ranked: a count
    whose reading does not say the account exists ("Non;0", "Non;500", a blank presence
    with 0; ``present`` not true) is left out and counted in ``attrs["no_account"]``
    (:func:`barometre.analysis.survey.account_counts`).

    Parameters
    ----------
    survey : DataFrame
        Tidy frame from :func:`barometre.read_survey`.
    platform : str
        Platform id or alias.
    metric : {"followers", "followers_per_1000"}
        What to rank by (1 = highest; ties share the best rank).
    top : int, optional
        Keep the first ``top`` ranks (a whole number, at least 1: 10, or 10.0 or "10"
        as a spreadsheet or a form gives it, as every numeric argument, ``year`` too).
    type : str, optional
        Keep the entities of this type (e.g. ``grande_ville`` from a commune survey).
    entity : str, optional
        A code or name of the file: its row is kept after the first ``top`` when it ranks
        below them, and ``attrs["entity"]`` gives its code.
    peers : {"type", "region", "strate", "category"}, optional
        Rank ``entity``'s peers only: every entity of the type, those of its région, of its
        population band or of its category: the groups :func:`benchmark` compares it with,
        by default as :func:`benchmark`'s (an intercommunalité among its category when the
        file holds several, else the type; ``"strate"`` refused where one band holds nearly
        the whole type, a rule leaving fewer than :data:`MIN_PEERS` entities refused).
        Without ``entity``, every entity of the file is ranked.
    year : int, optional
        Rank the readings of that year (by default each platform's latest): a platform or
        an ``entity`` without a reading of that year is refused, with the years it has.

    Returns
    -------
    DataFrame
        ``rank, code, name, value, population, platform, metric, year, date, tied``:
        ``value`` is a follower count or a number per 1,000 inhabitants as ``metric`` says,
        ``year`` and ``date`` those of the reading ranked, ``tied`` true when another
        entity ranked has the same rank (ties share the best rank: « 2 (ex aequo) »; said
        of the rows kept by ``top`` as of the whole ranking, the tie counted before the
        cut); entities without a value are left out.
        Then ``followers_rounded`` (when the survey frame has it, as
        :func:`barometre.read_survey`'s has): true when the value comes from a count the
        file gave abbreviated ("184,8k" read as 184 800), a rounded value, not an exact
        one; the ranks are those of the values as read. Then ``followers_typed`` (when
        the survey frame has it): that count's cell as typed (« 184,8k »), missing for an
        exact count (or a rounded one saved without its cell). Then ``followers_questioned``
        (likewise): true when the reader questioned the count (``count-above-population``,
        ``count-implausible-population``, ``count-outlier``: more followers than
        inhabitants, or far above the file's others), ranked as read, to check.
        ``attrs``: ``platform``, ``metric``, ``year`` (the year ranked, ``None`` if the
        file gives none), ``set_aside`` (``{year: n}`` of the older readings, with a value or not,
        left out, ``None`` for a year unknown), ``set_aside_codes`` (``{code: year}`` of
        those readings), ``same_campaign`` (``{year set aside: year ranked}``: older
        readings of one campaign with the year ranked, its run of dates across 31 December,
        the reader's ``campaign-crosses-year``), ``n_ranked`` (before ``top``), ``top``
        (as asked; more rows than ``top`` when ties share the last rank kept),
        ``tied_ranks`` (the ranks two entities or more share, before ``top``: said
        « 2 (ex aequo) » by the table and the charts), ``not_ranked`` (``{"not_answered": n, "absent": n, "no_count": n, "no_reading":
        n}``: the latest readings of the platform not ranked nor counted elsewhere, by
        their presence: blank, "Non", "Oui" without a count; then the file's entities with
        no reading of the platform at all, an Instagram row but no Facebook row), ``no_population``
        (``{"zero": n, "unknown": n}``: entities with a follower count of the year ranked
        but no number per 1,000, their population 0 or unknown; both 0 when ranking
        followers), ``no_account`` (latest readings with a count beside no account, not
        ranked), ``source`` (the file's name; of several files, those of the readings
        ranked), ``fictitious``, ``collectivity_type``, ``entity`` (the code
        of ``entity``, or None; its council's when ranked once, below), ``councils_once``
        (a council of two départements whose rows give one follower count, 2A and 2B,
        ranked once as one row with the council's code and name, « Collectivité de Corse
        (2A, 2B) »: :func:`council_once`'s list; two counts stay two rows),
        ``typed_counts`` (``{code: (cell, count)}``: the cells of the counts read from an
        abbreviated number as typed, « 184,8k », and the counts read, which the footnote of
        ≈ quotes), ``entity_not_ranked`` (why ``entity`` has no rank, None
        when it has one or none was asked: ``"not_answered"`` (presence blank),
        ``"absent"`` (no account), ``"count_without_account"`` ("Non;0", a blank with 0),
        ``"no_count"`` (an account without a follower count), ``"population_zero"``,
        ``"population_unknown"`` (per 1,000 inhabitants: a count but no population),
        ``"older"`` (a reading of an older year, set aside, with a value or not), ``"no_reading"`` (no reading of
        the platform in the file)), ``n_entities`` (the file's entities of the type, or of
        the peer group, ranked or not: the base's « sur les 12 du fichier (101 en
        France) »), ``narrower`` (:func:`narrower_of`: a file of communes all villes
        préfectures, or None) and, among peers, ``peer_group`` (``{"peers": "region",
        "shared": "75"}``: the rule and what the group shares, région code, band or
        category, with ``kind``, the category, for ``"strate"`` and ``"category"``: an
        intercommunalité ranked by default among its category, ``{"peers": "category",
        "shared": "CA", "kind": "CA"}``).

    Raises
    ------
    UsageError
        An unknown metric, or a ``top`` that is not a whole number of at least 1;
        ``peers`` other than ``"type"`` without ``entity``.
    NoDataError
        No value of the metric on the platform; a platform the file never surveyed (no
        reading of it: the platforms of the file are named), or not among the peers;
        ``entity`` not in the file; no reading of ``year``.

    Examples
    --------
    The three départements of the demo workbook (fictitious data) with the most Instagram
    followers per 1,000 inhabitants, among the 79 with a count:

    >>> import barometre as bm
    >>> s = bm.read_survey(bm.demo_file("enquete"))
    >>> r = bm.rank(s, "instagram", metric="followers_per_1000", top=3)
    >>> print(r[["rank", "code", "name", "value", "population"]].round(1).to_string(index=False))
     rank code                name  value  population
        1   66 Pyrénées-Orientales   72.9      496855
        2   53             Mayenne   67.7      305468
        3  973              Guyane   55.8      293996
    >>> r.attrs["n_ranked"], r.attrs["year"]
    (79, 2025)

    Among the départements of the Landes' région, the Landes kept below the top 3:

    >>> r = bm.rank(s, "facebook", top=3, entity="Landes", peers="region")
    >>> r["name"].tolist()[-1], r.attrs["peer_group"], r.attrs["n_ranked"]
    ('Landes', {'peers': 'region', 'shared': '75'}, 10)
    """
    survey = require_columns(survey, PEER_COLUMNS)
    if metric not in ("followers", "followers_per_1000"):
        raise UsageError.of("rank-metric-unknown", value=metric)
    if top is not None:  # the rule of every numeric argument: 10, 10.0 or "10", as year
        whole = whole_number(top)
        if whole is None or whole < 1:
            raise UsageError.of("rank-top-invalid", value=repr(top))
        top = whole
    if peers is not None and peers not in PEER_RULES:
        raise UsageError.of("peers-unknown", value=peers)
    if peers not in (None, "type") and not entity:
        raise UsageError.of("rank-peers-need-entity", peers=peers)
    plat = find_platform(platform)
    p = plat.id
    census = survey.attrs.get("annuaire"), survey.attrs.get("file"), type or survey.attrs.get(
        "collectivity_type")  # an Annuaire export: no count, said why (rank-no-values)
    # the platform surveyed in the file, then of that year, then the entity of that year
    survey = year_checked(survey, year, entity, [p])
    df = restrict(_plain(survey), type)
    focus = None if not entity else _find_entity(df, entity)
    asked, peers = peers, "type"  # without an entity: every entity of the file
    if focus is not None:  # benchmark's group: same rule, same peers (a CA among the CA)
        peers, mask = _peers_checked(df, focus, asked)
        df = df[mask.to_numpy(dtype=bool)]
    # the file's entities ranked among (of the peer group): « sur les 12 du fichier »
    in_file = df["code"].dropna().unique()
    df = df[df["platform"] == p]
    if df.empty and focus is not None and peers != "type":  # in the file, not among these
        raise NoDataError.of("peers-platform-not-among-peers", platforms=plat.words(),
                             group=peer_group_words(focus["collectivity_type"], peers,
                                                    _peer_group(focus, peers),
                                                    kind=strate_kind(focus) if peers in
                                                    ("strate", "category") else None))
    g, dropped = account_counts(reference.dated_populations(latest(df)))  # 67 in 2020: its own
    doubtful = no_account_doubtful(g, dropped, survey.attrs)  # « Oui ? » beside a count
    # beside no answer (« NC »): not said again, counted « sans réponse » already
    n_no_account = int(said_no_account(g, dropped, survey.attrs).sum())
    hidden = hidden_counts(df, g)
    g = g.assign(followers_per_1000=_per_1000)
    col = metric  # "followers" or "followers_per_1000": the column ranked
    has = g[col].notna()
    same, year, aside = latest_year(g, has, hidden)
    older = g[~same.to_numpy(dtype=bool)]  # set aside, with a value or not (latest_year)
    behind = hidden[hidden_behind(hidden, same, year).to_numpy(dtype=bool)]
    # a count of that year without a number per 1,000: population 0 or unknown, said
    unplaced = g[(g["followers"].notna() & ~has & same).to_numpy(dtype=bool)]
    unplaced_pop = unplaced["population"].astype("Float64")
    g_all = g
    # the latest readings not ranked, by what they say (neither set aside as older, behind
    # a later row without a count, nor counted above for a population of 0 or unknown)
    rest = g_all[~(has | g_all["followers"].notna()).to_numpy(dtype=bool)
                 & same.to_numpy(dtype=bool)]
    why = _not_ranked_why(rest)
    not_ranked = {k: int((why == k).sum()) for k in NOT_RANKED}
    # the file's entities (of the peer group) with no reading of the platform at all, an
    # Instagram row but none of Facebook: a part of the base too, or it would not add up
    not_ranked["no_reading"] = int(len(set(in_file) - set(df["code"].dropna())))
    why = None if focus is None else _not_ranked(g_all, dropped, has & same, focus["code"],
                                                 set(older["code"]) | set(
                                                     g_all.loc[behind.index, "code"]))
    g = g[(has & same).to_numpy(dtype=bool)]
    if g.empty and census[0]:  # the Annuaire declares accounts: what to rank instead
        raise NoDataError.of("rank-no-values-annuaire", metric=_METRIC_WORDS[metric],
                             platform=plat.words(), why=Msg("annuaire-no-followers"),
                             command=_template_command(*census[1:]))
    if g.empty:
        raise NoDataError.of("rank-no-values", metric=_METRIC_WORDS[metric],
                             platform=plat.words())
    # a council of two départements whose rows give one count (2A and 2B: the Collectivité
    # de Corse) is ranked once, as the council: « Collectivité de Corse (2A, 2B) », its code
    # (20R) and the population it serves (the rows' own)
    g, once = council_once(g, None if focus is None else focus["code"])
    g = councils_named(g, once)
    focus_code = None if focus is None else focus["code"]
    for c in once:
        if focus_code in c["territories"]:
            focus_code = c["code"]
    out = pd.DataFrame({"code": g["code"], "name": g["name"], "value": g[col].astype(float),
                        "population": g["population"], "platform": p, "metric": metric,
                        "year": g["year"].astype("Int64"), "date": g["date"]})
    if "followers_rounded" in g.columns:  # the value comes from a rounded count ("184,8k")
        out["followers_rounded"] = g["followers_rounded"].fillna(False).astype(bool)
        if "followers_typed" in g.columns:  # and which cell: « 184,8k », kept by a CSV
            out["followers_typed"] = pd.array(
                [c if r and isinstance(c, str) and c else None
                 for r, c in zip(out["followers_rounded"], g["followers_typed"])], dtype="str")
    if "followers_questioned" in g.columns:  # the reader questioned the count: « à vérifier »
        out["followers_questioned"] = g["followers_questioned"].fillna(False).astype(bool)
    typed: dict[str, tuple[str, int]] = {}  # the rounded counts' cells, quoted by the note
    if "followers_rounded" in g.columns:
        _note_typed(typed, g[g["followers_rounded"].fillna(False).to_numpy(dtype=bool)])
    out["rank"] = _rank_desc(out["value"]).astype(int)
    out = out.sort_values(["rank", "name", "code"], kind="stable")
    n_ranked = len(out)
    counts = out["rank"].value_counts()
    tied = sorted(int(r) for r in counts.index[counts > 1])  # ranks shared, top or not
    # said per row, so that a script need not infer it from repeated ranks (the entity kept
    # below the top may share its rank with rows not kept: still true)
    out["tied"] = out["rank"].isin(tied).astype(bool)
    if top is not None:  # the entity asked for kept below the top, as the chart draws it
        out = out[(out["rank"] <= top).to_numpy(dtype=bool)
                  | (out["code"] == focus_code).to_numpy(dtype=bool)]
    out["population"] = out["population"].astype("Int64")
    # whose population it is: a council's (69: the Département du Rhône's) said per row
    out["population_of"] = pd.array(reference.population_of(
        out["code"], g["collectivity_type"].iloc[0], out["population"]), dtype="str")
    if metric == "followers":
        out["value"] = out["value"].round().astype("Int64")
    out.attrs.update({"platform": p, "metric": metric, "source": _readings_source(g, survey),
                      "fictitious": bool(survey.attrs.get("fictitious", False)),
                      "collectivity_type": g["collectivity_type"].iloc[0],
                      "year": year, "set_aside": aside, "n_ranked": n_ranked, "top": top,
                      # the file's entities of the type (of the peer group), ranked or
                      # not: a part of the type's in France is said so, never read as all
                      "n_entities": len(in_file),
                      # a file of communes all villes préfectures (narrower_of)
                      "narrower": narrower_of(in_file, g["collectivity_type"].iloc[0], peers),
                      # the ranks two entities or more share (ex aequo), before ``top``
                      "tied_ranks": tied,
                      # the latest readings of the platform not ranked, none of the
                      # above: {"not_answered": n, "absent": n, "no_count": n}, and the
                      # entities without a reading of it: {"no_reading": n}
                      "not_ranked": not_ranked,
                      # the years set aside of one campaign with the year ranked, cut at
                      # 31 December (campaign-crosses-year): {year set aside: year ranked}
                      "same_campaign": _same_campaign(survey, aside, {year}) if year else {},
                      "no_account": n_no_account,
                      # those beside a doubtful answer, with their cells: [[name, « Oui ? »]]
                      "no_account_doubtful": doubtful.get(p, []),
                      # the council's code when the entity's row is a council ranked once
                      "entity": focus_code,
                      # councils of two départements ranked once (council_once's)
                      "councils_once": once,
                      # why that entity has no rank (None when it has one)
                      "entity_not_ranked": why,
                      # the cells of the counts read from an abbreviated number, as typed,
                      # and the counts read: {code: (« 112 k », 112000)} (the footnote of ≈
                      # quotes one of those shown)
                      "typed_counts": typed,
                      **({} if focus is None or peers == "type" else {"peer_group": {
                          "peers": peers, "shared": _peer_group(focus, peers),
                          # a CA ranked among the CA of its band (strate_kind)
                          **({"kind": strate_kind(focus)} if peers in ("strate", "category")
                             and strate_kind(focus) else {})}}),
                      "no_population": {"zero": int((unplaced_pop == 0).sum()),
                                        "unknown": int(unplaced_pop.isna().sum())},
                      # the councils whose population is not the territory's (shown)
                      "population_served": served_of(out["code"],
                                                     g["collectivity_type"].iloc[0],
                                                     out["population"]),
                      "set_aside_codes": {
                          **{c: None if pd.isna(y) else int(y) for c, y in
                             zip(older["code"], older["year"].astype("Float64"))},
                          # an older count hidden behind a later row without one
                          **{c: int(y) for c, y in zip(g_all.loc[behind.index, "code"],
                                                       behind)}}})
    return RANKING.check(out[RANKING.present(out)].reset_index(drop=True))


#: why a latest reading of a platform is not ranked, by its presence: blank ("sans
#: réponse"), "Non" ("sans compte"), "Oui" without a count ("compte sans nombre d'abonnés")
NOT_RANKED = ("not_answered", "absent", "no_count")
#: ... then the entities of the file (of the peers) with no reading of the platform at all
#: (an Instagram row but no Facebook row: « sans relevé Facebook »), so that the parts of a
#: base add up to the file's entities; not a presence, so not :func:`_not_ranked_why`'s
NOT_RANKED_ALL = NOT_RANKED + ("no_reading",)

#: What the counts read from an abbreviated number make of :func:`benchmark`'s ranks, per
#: metric: the best and the worst rank the entity can have with each such count anywhere
#: within its bounds (:func:`rank_range`; both the rank as read when none can change it),
#: then the codes and names of those counts, ";"-joined (the entity's own first)
ROUNDED_RANK_COLUMNS = {
    "followers": ("rank_best", "rank_worst", "rank_rounded_codes", "rank_rounded_names"),
    "followers_per_1000": ("rank_per_1000_best", "rank_per_1000_worst",
                           "rank_per_1000_rounded_codes", "rank_per_1000_rounded_names")}

#: The cells as typed (« 112 k ») of the counts :data:`ROUNDED_RANK_COLUMNS` names, per
#: metric: ";"-joined in the order of its codes, "" for a count whose cell is not known
#: (a frame saved without ``followers_typed``); present when the survey frame has
#: ``followers_typed``, as :func:`rank`'s ``followers_typed``
ROUNDED_RANK_TYPED = {"followers": "rank_rounded_typed",
                      "followers_per_1000": "rank_per_1000_rounded_typed"}

#: :func:`benchmark`'s columns of the peers not ranked, per reason of :data:`NOT_RANKED`:
#: ``(count, codes, names)``; what its sentence, its chart's caption and the report's
#: Benchmark say of them is read from these columns, never counted again
NOT_RANKED_COLUMNS = {
    "not_answered": ("n_no_answer", "no_answer_codes", "no_answer_names"),
    "absent": ("n_no_account", "no_account_codes", "no_account_names"),
    "no_count": ("n_account_no_count", "account_no_count_codes", "account_no_count_names"),
    "no_reading": ("n_no_reading", "no_reading_codes", "no_reading_names")}

#: The counts of a ranking (``attrs`` of :func:`rank`) that ``rank --format csv|json``
#: repeats on every row, its denominator as the table's footer says it: ``n_ranked`` (all
#: ranked, before ``--top``), the latest readings not ranked by their presence
#: (:data:`NOT_RANKED_COLUMNS`' counts, as ``benchmark`` names them), the counts given beside
#: no account ("Non;0"), the older readings set aside, and per 1,000 inhabitants the counts
#: without a population (0 or unknown)
RANK_COUNT_COLUMNS = ("n_ranked", "n_no_answer", "n_no_account", "n_account_no_count",
                      "n_no_reading",
                      "n_count_without_account", "n_set_aside", "n_population_zero",
                      "n_population_unknown")


def rank_counts(ranking: pd.DataFrame) -> dict[str, int]:
    """:data:`RANK_COUNT_COLUMNS` of a ranking of :func:`rank`, from its ``attrs``.

    >>> import barometre as bm
    >>> r = bm.rank(bm.read_survey(bm.demo_file("enquete")), "facebook", top=3)
    >>> rank_counts(r)
    {'n_ranked': 84, 'n_no_answer': 7, 'n_no_account': 4, 'n_account_no_count': 6, 'n_no_reading': 0, 'n_count_without_account': 0, 'n_set_aside': 0, 'n_population_zero': 0, 'n_population_unknown': 0}
    """
    a = ranking.attrs
    other = a.get("not_ranked") or {}
    no_pop = a.get("no_population") or {}
    return {"n_ranked": int(a.get("n_ranked") or 0),
            **{cols[0]: int(other.get(k) or 0) for k, cols in NOT_RANKED_COLUMNS.items()},
            "n_count_without_account": int(a.get("no_account") or 0),
            "n_set_aside": int(sum((a.get("set_aside") or {}).values())),
            "n_population_zero": int(no_pop.get("zero") or 0),
            "n_population_unknown": int(no_pop.get("unknown") or 0)}


#: the separator of a list in one text cell of a frame (the codes and names of the peers
#: not ranked), as of published figures' ``flags``: no code nor reference name holds one
LIST_SEP = ";"


def not_ranked_peers(row) -> dict[str, tuple[int, list[str], list[str]]]:
    """The peers not ranked of one row of :func:`benchmark` (a record, a Series), read back
    from its columns: ``{reason: (n, codes, names)}`` for each reason of
    :data:`NOT_RANKED_ALL` ("not_answered", "absent", "no_count", "no_reading"); lists
    empty when none (a frame saved without the ``no_reading`` columns: 0).

    >>> not_ranked_peers({"n_no_answer": 2, "no_answer_codes": "15;39",
    ...                   "no_answer_names": "Cantal;Jura", "n_no_account": 0,
    ...                   "no_account_codes": "", "no_account_names": ""})["not_answered"]
    (2, ['15', '39'], ['Cantal', 'Jura'])
    """
    def listed(v) -> list[str]:
        return [] if v is None or pd.isna(v) or v == "" else str(v).split(LIST_SEP)

    out = {}
    for k, (n_col, codes_col, names_col) in NOT_RANKED_COLUMNS.items():
        n = row.get(n_col)
        out[k] = (0 if n is None or pd.isna(n) else int(n), listed(row.get(codes_col)),
                  listed(row.get(names_col)))
    return out


def _typed_cell(rows: pd.DataFrame) -> str | None:
    """The first row's count cell as typed (``followers_typed``, « 112 k »), None when the
    frame does not keep it or it is not known."""
    if not len(rows) or "followers_typed" not in rows.columns:
        return None
    cell = rows["followers_typed"].iloc[0]
    return cell if isinstance(cell, str) and cell else None


def _note_typed(typed: dict[str, tuple[str, int]], rows: pd.DataFrame) -> None:
    """``typed[code]``: the count's cell as typed (``followers_typed``, « 112 k ») and the
    count read from it (112000), of each row of ``rows`` that has one."""
    if "followers_typed" not in rows.columns:
        return
    for code, cell, count in zip(rows["code"], rows["followers_typed"], rows["followers"]):
        if isinstance(cell, str) and cell and not pd.isna(count):
            typed[str(code)] = (cell, int(count))


def rounded_rank(row, metric: str = "followers") -> tuple[int | None, int | None, list[str],
                                                         list[str]]:
    """What the rounded counts make of one row of :func:`benchmark`'s rank by ``metric``
    (``"followers"`` or ``"followers_per_1000"``), read back from its columns
    (:data:`ROUNDED_RANK_COLUMNS`): ``(best, worst, codes, names)``; the ranks None and the
    lists empty for a frame without them.

    >>> rounded_rank({"rank_per_1000_best": 3, "rank_per_1000_worst": 4,
    ...               "rank_per_1000_rounded_codes": "33",
    ...               "rank_per_1000_rounded_names": "Gironde"}, "followers_per_1000")
    (3, 4, ['33'], ['Gironde'])
    """
    def listed(v) -> list[str]:
        return [] if v is None or pd.isna(v) or v == "" else str(v).split(LIST_SEP)

    def number(v) -> int | None:
        return None if v is None or pd.isna(v) else int(v)

    best, worst, codes, names = ROUNDED_RANK_COLUMNS[metric]
    return (number(row.get(best)), number(row.get(worst)), listed(row.get(codes)),
            listed(row.get(names)))


def _not_ranked_why(rest: pd.DataFrame) -> pd.Series:
    """Per reading of ``rest`` (latest readings neither ranked, nor with a count, nor set
    aside as older), why it is not ranked: one of :data:`NOT_RANKED`, by its presence (a
    count beside no account, made missing, is read by its presence too: "Non;0" is
    "absent"). :func:`rank`'s ``attrs["not_ranked"]`` and :func:`benchmark`'s count them."""
    present = rest["present"].astype("boolean")
    why = pd.Series("no_count", index=rest.index, dtype=object)
    why[present.isna().to_numpy(dtype=bool)] = "not_answered"
    why[(present == False).fillna(False).to_numpy(dtype=bool)] = "absent"  # noqa: E712
    return why


def _not_ranked(readings: pd.DataFrame, dropped, ranked, code: str,
                older: set) -> str | None:
    """Why entity ``code`` has no rank (:func:`rank`'s ``attrs["entity_not_ranked"]``), from
    its latest reading among ``readings`` (one platform, counts beside no account made
    missing, those ``dropped``); ``ranked``: the readings ranked; ``older``: the codes whose
    reading of an older year (or older count behind it) was set aside. None when it is ranked."""
    at = (readings["code"] == code).to_numpy(dtype=bool)
    if not at.any():
        return "no_reading"
    if code in older:
        return "older"
    i = at.nonzero()[0][0]
    if bool(ranked.to_numpy(dtype=bool)[i]):
        return None
    row = readings.iloc[i]
    if pd.notna(row["followers"]):  # a count, no number per 1,000: its population
        pop = row["population"]
        return "population_zero" if pd.notna(pop) and pop == 0 else "population_unknown"
    if dropped[i]:
        return "count_without_account"
    return _not_ranked_why(readings.iloc[[i]]).iloc[0]  # by its presence, as the peers


def _template_command(file: str | None, type: str | None) -> str:
    """``barometre annuaire FILE -o modele.xlsx --type TYPE``: the survey template
    pre-filled from an Annuaire export, whose followers are then filled in by hand."""
    import shlex

    from ..domain.registry import find_type

    type_id = find_type(type).id if type else None
    return (f"barometre annuaire {shlex.quote(str(file or 'annuaire.json'))} -o modele.xlsx"
            + (f" --type {type_id}" if type_id and type_id != "all" else ""))


#: the metric of a ranking in words, in each language (messages)
_METRIC_WORDS = {"followers": Words("nombre d'abonnés", "follower count"),
                 "followers_per_1000": Words("nombre d'abonnés pour 1\u202f000 habitants",
                                             "followers per 1,000 inhabitants")}
