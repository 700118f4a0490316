"""The reference universe: every French collectivité, size bands and name resolution.

Tables shipped in ``barometre/data/reference/`` (built by
``scripts/build_reference.py`` from INSEE's Code officiel géographique via
``@etalab/decoupage-administratif``), loaded lazily and cached. Every function
returns a copy: editing a returned frame never changes later results.

Two views of the same country:

- *territories*: the 18 régions, 101 départements, 34,875 communes, EPCI
  (:func:`entities`), the bases of the published barometers;
- *institutions*: the councils that publish accounts where they differ from
  territories (:func:`institutions`, :func:`conseils_departementaux`): the
  Collectivité de Corse, the collectivités territoriales de Martinique and de
  Guyane, the Ville de Paris, the Collectivité européenne d'Alsace and the
  Département du Rhône, which serves the Rhône without the Métropole de Lyon.

Name resolution (:func:`resolve`, :func:`resolve_many`) lives in
:mod:`barometre.datasets.resolution` and is re-exported here.

Examples
--------
>>> from barometre import reference
>>> len(reference.entities("departement"))
101
>>> reference.resolve("Loire-Atlantique").code
'44'
>>> reference.resolve("Saint-Denis (974)").code
'97411'
>>> reference.resolve("1", type="departement").name
'Ain'
>>> len(reference.conseils_departementaux())
95
"""

from __future__ import annotations

import csv
import functools
import gzip
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from .._data import data_bytes
from ..domain.schemas import ENTITIES
from ..domain.keywords import numbered
from ..domain.errors import UsageError
from ..domain.registry import COMMUNE_TYPES, find_type, type_kind
from ..domain.text import FRENCH_THOUSANDS
from ..domain.text import is_missing as _missing
from ..messages import Msg, Words

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["entities", "resolve", "resolve_many", "find_code", "Entity", "name_key", "name_keys",
           "restore_code", "INSEE_BANDS", "band_of", "band_words", "size_class", "communes", "departements",
           "regions", "epci", "former_names", "former_codes", "institutions", "conseils_departementaux",
           "departement_council", "served_populations", "council_created", "population_of",
           "SIZE_CLASSES", "COMMUNE_LIKE"]

ENTITY_COLUMNS = ENTITIES.names

#: INSEE-style population bands (lower bound inclusive, label).
INSEE_BANDS = [(0, "< 500"), (500, "500–1 999"), (2_000, "2 000–4 999"), (5_000, "5 000–9 999"),
               (10_000, "10 000–19 999"), (20_000, "20 000–49 999"), (50_000, "50 000–99 999"),
               (100_000, "≥ 100 000")]
#: Size classes of the barometers: type id and its population range [low, high).
SIZE_CLASSES = {"petite_ville": (0, 20_000), "ville_moyenne": (20_000, 100_000),
                "grande_ville": (100_000, None)}
#: Types whose entities are communes.
COMMUNE_LIKE = COMMUNE_TYPES  # the registry's: one set
#: Columns of :func:`institutions` and :func:`conseils_departementaux`.
INSTITUTION_COLUMNS = ["code", "name", "role", "population", "territories", "departement",
                       "region", "siren"]


def band_of(population: float | None) -> str | None:
    """INSEE-style size band of a population ("20 000–49 999")."""
    if _missing(population):
        return None
    label = INSEE_BANDS[0][1]
    for low, lab in INSEE_BANDS:
        if population >= low:
            label = lab
    return label


def band_words(band: str) -> Words:
    """A band of :data:`INSEE_BANDS` ("50 000–99 999") said in each language: "50,000–99,999"
    in English."""
    return Words(band, FRENCH_THOUSANDS.sub(",", band))


def size_class(population: float | None) -> str | None:
    """Barometer size class: petite_ville (< 20 000), ville_moyenne, grande_ville (≥ 100 000)."""
    if _missing(population):
        return None
    if population >= 100_000:
        return "grande_ville"
    return "ville_moyenne" if population >= 20_000 else "petite_ville"


class _Columns(Mapping):
    """Columns of a table, each made on first use (``compare --data`` of communes uses
    three of the seven columns of ``communes.csv``: 35,000 strings a column not made).
    Read-only: a column is a tuple or a read-only array, and the mapping takes no item."""

    def __init__(self, makers: dict[str, Callable[[], tuple | np.ndarray]],
                 table=None) -> None:
        self._makers = makers
        self._made: dict[str, tuple | np.ndarray] = {}
        self._table = table  # the Arrow table, when read from one: for :meth:`cell`

    def __getitem__(self, key: str) -> tuple | np.ndarray:
        col = self._made.get(key)
        if col is None:
            col = self._made[key] = self._makers[key]()
        return col

    def cell(self, key: str, i: int) -> object:
        """The value of column ``key`` at row ``i``, as the column would give it, without
        making a column not made yet (a few communes named in an error: 2-3 ms a column
        of 35,000 strings otherwise)."""
        col = self._made.get(key)
        if col is not None or self._table is None:
            return self[key][i]
        value = self._table.column(key)[i].as_py()
        return np.nan if value is None and key == "population" else value

    def __iter__(self) -> Iterator[str]:
        return iter(self._makers)

    def __len__(self) -> int:
        return len(self._makers)


@functools.cache
def _columns(name: str) -> _Columns:
    """A packaged table as columns, read once, without pandas (``compare --data`` never
    imports it, #19): text as tuples (None for a blank cell), ``population`` as a read-only
    float array (NaN when blank), each made from Arrow when first used. Cached: shared by
    every caller, hence immutable."""
    import pyarrow as pa
    import pyarrow.csv as pacsv

    from .._arrow import read_csv

    raw = data_bytes("reference", name)
    if name.endswith(".gz"):
        raw = gzip.decompress(raw)
    header = next(csv.reader([raw[:raw.index(b"\n")].decode("utf-8").rstrip("\r")]))
    types = {h: pa.float64() if h == "population" else pa.string() for h in header}
    # a line break can only be in a quoted cell: without quotes, Arrow may cut the text
    # at any line break (communes.csv has none; 4-5 ms of its read otherwise)
    newlines = b'"' in raw
    table = read_csv(  # every cell as text, no inference: "01" stays "01"
        raw, parse_options=pacsv.ParseOptions(newlines_in_values=newlines),
        convert_options=pacsv.ConvertOptions(column_types=types, null_values=[""],
                                             strings_can_be_null=True))
    return _Columns({h: functools.partial(_column, table.column(h)) for h in header}, table)


def _column(col) -> tuple | np.ndarray:
    """An Arrow column of :func:`_columns`: text as a tuple, numbers as a read-only array
    (cached for the whole process: nobody may edit it)."""
    import pyarrow as pa

    from .._arrow import to_numpy  # pyarrow's own to_numpy imports pandas

    if not pa.types.is_floating(col.type):
        return tuple(col.to_pylist())
    values = np.array(to_numpy(col, null=np.nan))
    values.flags.writeable = False
    return values


def _read(name: str) -> pd.DataFrame:
    import pandas as pd

    cols = _columns(name)
    df = pd.DataFrame({k: (pd.array(v, dtype="Int64") if k == "population" else v)
                       for k, v in cols.items()})  # text: pandas' default dtype
    return df


@functools.cache
def _table(name: str) -> pd.DataFrame:
    """A packaged table, read once; never handed out (public functions copy it)."""
    return _read(name)


def regions() -> pd.DataFrame:
    """The 18 régions: ``code, name, chef_lieu, population``."""
    return _table("regions.csv").copy()


def departements() -> pd.DataFrame:
    """The 101 départements: ``code, name, region, chef_lieu, population``."""
    return _table("departements.csv").copy()


def communes() -> pd.DataFrame:
    """The 34,875 communes: ``code, siren, name, departement, region, epci, population``."""
    return _table("communes.csv").copy()


def epci() -> pd.DataFrame:
    """The 1,255 groupings: ``siren, name, kind, population, n_communes``."""
    return _table("epci.csv.gz").copy()


def former_names() -> pd.DataFrame:
    """Former names of communes: ``name, code, kind, commune``.

    ``commune`` is the code of the current commune; ``kind`` is ``deleguee`` or
    ``associee`` (a commune déléguée or associée of the COG) or ``fusionnee`` (a
    commune nouvelle that kept no commune déléguée). Only names that differ from
    the current commune's are listed.

    Examples
    --------
    >>> import barometre as bm
    >>> f = bm.reference.former_names()
    >>> f.loc[f.name == "Cherbourg-Octeville", "commune"].item()
    '50129'
    """
    return _table("former_names.csv").copy()


def former_codes() -> pd.DataFrame:
    """INSEE codes that are no longer a current commune's: ``code, name, kind, commune``.

    ``kind`` is ``deleguee`` or ``associee`` (a commune déléguée or associée of the COG),
    ``arrondissement`` (the 45 arrondissements municipaux of Paris, Lyon and Marseille) or
    ``fusionnee`` (a commune nouvelle that kept no commune déléguée); ``commune`` is the
    code of the current commune. :func:`resolve` reads such a code as an error that names
    the code to write (``former-code``), never as the current commune.

    >>> import barometre as bm
    >>> f = bm.reference.former_codes()
    >>> f.loc[f.code == "01340", ["name", "commune"]].values.tolist()
    [['Saint-Bois', '01015']]
    """
    return _table("former_codes.csv").copy()


@functools.cache
def _institution_columns() -> dict[str, tuple | np.ndarray]:
    """:func:`institutions` as columns, without pandas: ``territories``, ``types`` and
    ``aliases`` as tuples, ``departement`` set when the council covers one département,
    ``population`` as floats (NaN when unknown)."""
    t = _columns("institutions.csv")
    terr = tuple(tuple((x or "").split(" ")) for x in t["territories"])
    return {  # cached: tuples and a read-only array (_columns')
        "code": t["code"], "name": t["name"], "role": t["role"], "population": t["population"],
        "territories": terr, "departement": tuple(x[0] if len(x) == 1 else None for x in terr),
        "region": t["region"], "siren": t["siren"],
        "types": tuple(tuple((x or "").split(" ")) for x in t["types"]),
        "aliases": tuple(tuple(a for a in (x or "").split("|") if a) for x in t["aliases"]),
    }


@functools.cache
def _institutions() -> pd.DataFrame:
    import pandas as pd

    cols = _institution_columns()
    return pd.DataFrame({k: (pd.array(v, dtype="Int64") if k == "population" else v)
                         for k, v in cols.items()})


def institutions(role: str | None = None) -> pd.DataFrame:
    """The councils that publish accounts, with the population they serve.

    Parameters
    ----------
    role : str, optional
        ``conseil_departemental`` (95 rows, see :func:`conseils_departementaux`),
        ``collectivite_unique`` (Corse, Martinique, Guyane) or
        ``commune_departement`` (Ville de Paris). All 99 rows without it.

    Returns
    -------
    DataFrame
        ``code, name, role, population, territories, departement, region, siren,
        types, aliases``. ``territories`` is a tuple of département codes;
        ``departement`` is set when it holds one. Codes of councils that serve
        exactly one département are the département's code ("44"); the others
        have INSEE's codes of collectivités with departmental powers ("6AE",
        "69D", "20R", "972R", "973R", "75C").
    """
    df = _institutions()
    if role is not None:
        df = df[df["role"] == role]
    return df.reset_index(drop=True).copy()


def conseils_departementaux() -> pd.DataFrame:
    """The 95 councils that govern départements: the base of a survey of them.

    101 départements, minus the eight without a council of their own — 2A and 2B
    (Collectivité de Corse, listed with régions), 972 and 973 (single
    collectivités territoriales), 75 (Ville de Paris), 67 and 68 (one council for
    both) and 69 (two: the Métropole de Lyon on its communes, a métropole here) —
    plus the Collectivité européenne d'Alsace (6AE) and the Département du Rhône
    (69D), which serves the Rhône without the Métropole de Lyon. 93 + 2 = 95.

    Returns
    -------
    DataFrame
        :data:`INSTITUTION_COLUMNS`; ``population`` is the population served.

    Examples
    --------
    >>> import barometre as bm
    >>> cd = bm.reference.conseils_departementaux().set_index("code")
    >>> len(cd), cd.loc["6AE", "territories"], cd.loc["44", "name"]
    (95, ('67', '68'), 'Département de la Loire-Atlantique')
    """
    return institutions("conseil_departemental")[INSTITUTION_COLUMNS]


@functools.cache
def _council_of() -> dict[str, str]:
    cd = _institution_columns()
    return {t: code for code, role, terr in zip(cd["code"], cd["role"], cd["territories"])
            if role == "conseil_departemental" for t in terr}


def departement_council(code: str) -> str | None:
    """Code of the conseil départemental that governs the département ``code`` (a row of
    :func:`conseils_departementaux`), or None where there is none.

    For a survey of councils keyed by département: 67 and 68 are both the CeA, 69 is
    the Département du Rhône (the Métropole de Lyon is not a conseil départemental);
    2A, 2B, 972, 973 and 75 have no conseil départemental.

    Examples
    --------
    >>> import barometre as bm
    >>> [bm.reference.departement_council(c) for c in ("44", "67", "68", "69", "75", "2A")]
    ['44', '6AE', '6AE', '69D', None, None]
    """
    return _council_of().get(restore_code(code, "departement") or str(code))


@functools.cache
def council_created() -> dict[str, tuple[str, str, "np.datetime64"]]:
    """The councils of several départements that did not always exist
    (``councils_created.csv``, with the law that created each), per territory code:
    ``(council code, council name, the day it exists from)``. Before that day each
    département had its own council, account and population: 67 and 68 their conseils
    généraux/départementaux until the Collectivité européenne d'Alsace (6AE, 1 January
    2021), 2A and 2B until the Collectivité de Corse (20R, 1 January 2018).

    >>> import barometre as bm
    >>> {t: (c, str(d)) for t, (c, _, d) in sorted(bm.reference.council_created().items())}
    ... # doctest: +NORMALIZE_WHITESPACE
    {'2A': ('20R', '2018-01-01'), '2B': ('20R', '2018-01-01'), '67': ('6AE', '2021-01-01'),
     '68': ('6AE', '2021-01-01')}
    """
    cols = _columns("councils_created.csv")
    return {t: (code, name, np.datetime64(since, "D"))
            for code, name, terr, since in zip(cols["code"], cols["name"], cols["territories"],
                                               cols["since"])
            for t in terr.split()}


def _before_council(codes: Iterable[object], dates: Iterable[object],
                   years: Iterable[object] | None = None) -> np.ndarray:
    """Per reading, whether it is dated before the council of its département existed
    (:func:`council_created`: 67 on 15 June 2015 is the Bas-Rhin's own council, not the
    CeA's): its date before the day, or, undated, its year before the day's year. False
    for any other code, and for a reading without date nor year."""
    created = council_created()
    codes = list(codes)
    out = np.zeros(len(codes), dtype=bool)
    if not any(c in created for c in codes):
        return out
    dates = np.asarray(list(dates), dtype="datetime64[D]")
    years = (np.full(len(codes), np.nan) if years is None
             else np.asarray(list(years), dtype=float))
    for i, c in enumerate(codes):
        if c in created:
            since = created[c][2]
            d = dates[i]
            out[i] = (d < since) if not np.isnat(d) else (
                years[i] == years[i] and years[i] < since.astype("datetime64[Y]").astype(int)
                + 1970)
    return out


def dated_populations(frame: "pd.DataFrame") -> "pd.DataFrame":
    """``frame`` (readings of a survey of départements: ``code, date, year, population``)
    with each reading dated before its territory's council existed (:func:`council_created`:
    67 in 2020, before the CeA) given the territory's own population, the one its
    council then served. The reader holds one population per entity: a file of 2017 to
    2025 gave the Bas-Rhin the CeA's 1,934,548 in every year, and ranking its readings of
    2020 divided by it. ``frame`` itself when nothing changes."""
    created = council_created()
    if frame.empty or "population" not in frame.columns or not frame["code"].isin(
            list(created)).any():
        return frame
    pos = np.flatnonzero(frame["code"].isin(list(created)).to_numpy(dtype=bool))
    codes = frame["code"].iloc[pos].astype(str).tolist()
    dates = (frame["date"].iloc[pos].to_numpy(dtype="datetime64[D]") if "date" in frame.columns
             else np.full(len(pos), np.datetime64("NaT"), dtype="datetime64[D]"))
    years = frame["year"].iloc[pos].to_numpy(dtype=float, na_value=np.nan) \
        if "year" in frame.columns else None
    before = _before_council(codes, dates, years)
    if not before.any():
        return frame
    served = served_populations()
    out = frame.copy(deep=False)
    pop = out["population"].copy()
    at = pos[before]
    pop.iloc[at] = [served[c][3] if c in served else p for c, p in
                    zip(frame["code"].iloc[at].astype(str), frame["population"].iloc[at])]
    out["population"] = pop
    return out


def served_populations() -> dict[str, tuple[str, str, int, int]]:
    """The départements whose council serves another population than the territory's:
    per territory code, ``(council code, council name, population served, territory's
    population)``.

    A survey of départements measures the council's accounts (the "Département du
    Rhône" page), so its per-1,000 figures divide by the population the council
    serves: 69 is served by the Département du Rhône (69D, the Rhône without the
    Métropole de Lyon), 67 and 68 by the Collectivité européenne d'Alsace (6AE, both
    territories), 2A and 2B by the Collectivité de Corse (20R). Paris (75C), Martinique
    (972R) and Guyane (973R) serve exactly their territory: not listed. Populations
    are those of the reference tables (sums of the communes served).

    Examples
    --------
    >>> import barometre as bm
    >>> s = bm.reference.served_populations()
    >>> sorted(s), s["69"]
    (['2A', '2B', '67', '68', '69'], ('69D', 'Département du Rhône', 478313, 1914667))
    """
    return dict(_served_populations())


#: ``population_of``'s words: the population of the territory (the entities' own, as
#: ``entities`` lists them) or of the council that holds a territory's accounts
POPULATION_OF = ("territory", "council")


def population_of(codes: Iterable[object], collectivity_type: object,
                  populations: Iterable[object] | None = None) -> list[str]:
    """Whose population each entity of ``codes`` has in a survey of ``collectivity_type``:
    ``"council"`` when it is the population a council serves, not the territory's (a
    territory of :func:`served_populations`, 69, 67, 68, 2A, 2B, or a council named by its
    own code, 69D, 6AE, 20R, 75C…), else ``"territory"``: the column ``population_of``
    beside ``population`` in ``rank``, ``benchmark`` and the report's tables, so that a script
    does not take 478,313 for the Rhône's 1,914,667.

    >>> import barometre as bm
    >>> bm.reference.population_of(["44", "69", "69D"], "departement")
    ['territory', 'council', 'council']
    >>> bm.reference.population_of(["69"], "region")
    ['territory']

    ``populations`` (beside ``codes``): per reading, the population its figures used; a
    territory whose population is its own was read before its council existed (67 in
    2020, before the CeA: :func:`dated_populations`), ``"territory"``.

    >>> bm.reference.population_of(["67", "67"], "departement", [1934548, 1163810])
    ['council', 'territory']
    """
    codes = list(codes)
    if collectivity_type != "departement":
        return ["territory" for _ in codes]
    served = _served_populations_keys()
    said = ["council" if c in served else "territory" for c in codes]
    if populations is None:
        return said
    import pandas as pd

    own = {c: v[3] for c, v in served_populations().items()}
    return ["territory" if w == "council" and c in own and not pd.isna(p) and int(p) == own[c]
            else w for c, p, w in zip(codes, populations, said)]


@functools.cache
def _served_populations_keys() -> frozenset[str]:
    """The codes whose population is a council's: the territories of
    :func:`served_populations` and the councils' own codes that are no département's."""
    deps = set(_columns("departements.csv")["code"])
    councils = {c for c in _institution_columns()["code"] if c not in deps}
    return frozenset(dict(_served_populations())) | frozenset(councils)


@functools.cache
def _served_populations() -> tuple[tuple[str, tuple[str, str, int, int]], ...]:
    inst = _institution_columns()
    d = _columns("departements.csv")
    own = dict(zip(d["code"], d["population"].tolist()))
    out = {}
    for code, name, terr, pop in zip(inst["code"], inst["name"], inst["territories"],
                                     inst["population"].tolist()):
        for t in terr:
            if code != t and t in own and pop == pop and own[t] == own[t] and pop != own[t]:
                out[t] = (code, name, int(pop), int(own[t]))
    return tuple(sorted(out.items()))


@functools.cache
def _entity_columns(type_id: str) -> Mapping[str, tuple | np.ndarray]:
    """The entities of a type as columns, without pandas: ``code, name, population`` (floats,
    NaN when unknown), ``departement, region, siren`` (None when missing), plus ``kind``
    for EPCI and métropoles. :func:`_entities` is its frame; the large-file path of the
    survey reader and ``compare --data`` use it as it is (#19). The communes' columns are
    made when first used (:class:`_Columns`)."""
    if type_id == "region":
        r = _columns("regions.csv")
        n = len(r["code"])
        cols = {"code": r["code"], "name": r["name"], "population": r["population"],
                "departement": (None,) * n, "region": r["code"], "siren": (None,) * n}
    elif type_id == "departement":
        d = _columns("departements.csv")
        cols = {"code": d["code"], "name": d["name"], "population": d["population"],
                "departement": d["code"], "region": d["region"], "siren": (None,) * len(d["code"])}
    elif type_id == "commune":  # the table's own columns, each made when first used
        c = _columns("communes.csv")
        return _Columns({k: functools.partial(c.__getitem__, k) for k in (
            "code", "name", "departement", "region", "siren", "population")})
    elif type_id in COMMUNE_LIKE:  # some of the communes: villes préfectures, a size class
        c = _columns("communes.csv")
        if type_id == "ville_prefecture":
            chefs = set(_columns("departements.csv")["chef_lieu"])
            rows = [i for i, code in enumerate(c["code"]) if code in chefs]
        else:
            low, high = SIZE_CLASSES[type_id]
            pop = np.nan_to_num(c["population"], nan=0.0)  # unknown: 0
            keep = (pop >= low) & ((pop < high) if high is not None else True)
            rows = np.flatnonzero(keep).tolist()
        cols = {k: tuple(c[k][i] for i in rows)
                for k in ("code", "name", "departement", "region", "siren")}
        cols["population"] = c["population"][np.asarray(rows, dtype=np.int64)]
    elif type_id in ("epci", "metropole"):
        e = _columns("epci.csv.gz")
        kinds = {"CC", "CA", "CU", "METRO"} if type_id == "epci" else {"METRO", "MET69"}
        rows = [i for i, k in enumerate(e["kind"]) if k in kinds]
        siren = tuple(e["siren"][i] for i in rows)
        first, region = _epci_departement(), _epci_region()
        cols = {"code": siren, "name": tuple(e["name"][i] for i in rows),
                "population": e["population"][np.asarray(rows, dtype=np.int64)],
                "departement": tuple(first.get(s) for s in siren),
                "region": tuple(region.get(s) for s in siren), "siren": siren,
                "kind": tuple(e["kind"][i] for i in rows)}
    else:
        raise UsageError.of("no-entity-list", type=type_id)
    cols["population"].flags.writeable = False  # cached: shared by every caller
    return cols


@functools.cache
def _entities(type_id: str) -> pd.DataFrame:
    import pandas as pd

    cols = _entity_columns(type_id)
    # codes as text for every type, even a column with no value (a région's siren): "str",
    # never object, so that the columns have the same dtype whatever the type
    df = pd.DataFrame({k: pd.array(v, dtype="str") for k, v in cols.items() if k != "population"})
    df.insert(2, "collectivity_type", type_id)
    df.insert(3, "population", pd.array(cols["population"], dtype="Int64"))
    if "kind" in df:  # after siren, as always
        df = df[[c for c in df.columns if c != "kind"] + ["kind"]]
    return df


@functools.cache
def _epci_departement() -> dict[str, str]:
    """An EPCI's département: that of most of its inhabitants (ties: the first code)."""
    c = _columns("communes.csv")
    pop: dict[tuple[str, str], float] = {}
    for epci_, dep, p in zip(c["epci"], c["departement"], c["population"].tolist()):
        if epci_ is not None:
            pop[epci_, dep] = pop.get((epci_, dep), 0.0) + (0.0 if p != p else p)  # NaN: 0
    best: dict[str, tuple[float, str]] = {}
    for (epci_, dep), p in pop.items():
        b = best.get(epci_)
        if b is None or p > b[0] or (p == b[0] and dep < b[1]):
            best[epci_] = (p, dep)
    return {k: best[k][1] for k in sorted(best)}


@functools.cache
def _epci_departements() -> dict[str, frozenset[str]]:
    """An EPCI's or a métropole's SIREN -> the départements of its communes (one for most;
    a grouping across a border has several, its :func:`_epci_departement` among them)."""
    c = _columns("communes.csv")
    out: dict[str, set[str]] = {}
    for epci_, dep in zip(c["epci"], c["departement"]):
        if epci_ is not None and dep is not None:
            out.setdefault(epci_, set()).add(dep)
    return {k: frozenset(v) for k, v in out.items()}


@functools.cache
def _former_keys() -> dict[str, frozenset[str]]:
    """A commune's code -> the codes and the names (lower case, accents kept) of the former
    communes merged into it: a survey row naming one is read as the commune, said « ancien
    nom », and its département may be the former one's (Freigné, now in Vallons-de-l'Erdre,
    44180, lay in the Maine-et-Loire until 2018; Escaufourt, 02285, in Saint-Souplet, 59)."""
    out: dict[str, set[str]] = {}
    for table in ("former_codes.csv", "former_names.csv"):
        c = _columns(table)
        for code, name, new in zip(c["code"], c["name"], c["commune"]):
            if new:
                keys = out.setdefault(new, set())
                keys.update(k for k in (code, (name or "").strip().lower()) if k)
    return {k: frozenset(v) for k, v in out.items()}


@functools.cache
def _epci_region() -> dict[str, str]:
    d = _columns("departements.csv")
    dep_region = dict(zip(d["code"], d["region"]))
    return {k: dep_region.get(v) for k, v in _epci_departement().items()}


def type_codes(type: str) -> list[str]:
    """The codes of :func:`entities` of ``type``, in the same order, without pandas.

    Examples
    --------
    >>> import barometre as bm
    >>> bm.reference.type_codes("region")[:3]
    ['01', '02', '03']
    """
    return list(_entity_columns(find_type(type).id)["code"])


def conseils_codes() -> list[str]:
    """The codes of :func:`conseils_departementaux`, in the same order, without pandas."""
    t = _columns("institutions.csv")
    return [c for c, role in zip(t["code"], t["role"]) if role == "conseil_departemental"]


def band_sizes(type: str) -> dict[str, int]:
    """How many entities of ``type`` fall in each :func:`band_of` band (those with a known
    population), without pandas.

    Examples
    --------
    >>> import barometre as bm
    >>> bm.reference.band_sizes("commune")["≥ 100 000"]
    42
    """
    return dict(_band_sizes(find_type(type).id))


@functools.cache
def band_index(type_id: str) -> tuple[np.ndarray, np.ndarray]:
    """Each entity of ``type_id`` (in :func:`entities`' order): the index in
    :data:`INSEE_BANDS` of its :func:`band_of` band, and whether its population is known
    (an unknown one is in no band)."""
    pops = _entity_columns(type_id)["population"]
    known = ~np.isnan(pops)
    lows = np.array([low for low, _ in INSEE_BANDS], dtype=float)
    # the band whose low is <= pop (below the first low: the first band, as band_of says)
    band = np.maximum(np.searchsorted(lows, np.where(known, pops, 0), side="right") - 1, 0)
    return band, known


@functools.cache
def _band_sizes(type_id: str) -> tuple[tuple[str, int], ...]:
    band, known = band_index(type_id)
    band = band[known]
    counts = np.bincount(band, minlength=len(INSEE_BANDS))
    first = dict.fromkeys(band.tolist())  # bands in order of first appearance, as before
    return tuple((INSEE_BANDS[b][1], int(counts[b])) for b in first)


@numbered
def entities(type: str) -> pd.DataFrame:
    """Every entity of a collectivity type.

    Parameters
    ----------
    type : str
        ``region`` (18), ``departement`` (101), ``ville_prefecture`` (101),
        ``commune`` (34,875), ``grande_ville``, ``ville_moyenne``,
        ``petite_ville`` (communes by size), ``epci`` (1,254) or ``metropole`` (22);
        or a category of intercommunalités by its name (« communauté d'agglomération »,
        « communauté de communes », « communauté urbaine »): the ``epci`` of that ``kind``.

    Returns
    -------
    DataFrame
        ``code, name, collectivity_type, population, departement, region, siren``
        (plus ``kind`` for EPCI and métropoles: ``CC``, ``CA``, ``CU``, ``METRO``,
        ``MET69``). Codes are strings.

    Examples
    --------
    >>> from barometre import reference
    >>> vp = reference.entities("ville_prefecture")
    >>> vp.loc[vp.departement == "44", "name"].item()
    'Nantes'
    >>> ca = reference.entities("communauté d'agglomération")
    >>> len(ca), set(ca["kind"]), set(ca["collectivity_type"])
    (230, {'CA'}, {'epci'})
    """
    kind = type_kind(type)
    if kind:  # a category of intercommunalités: those of that kind
        df = _entities("epci")
        return ENTITIES.check(df[df["kind"] == kind].reset_index(drop=True))
    return ENTITIES.check(_entities(find_type(type).id).copy())


@dataclass(frozen=True)
class Entity:
    """One collectivité: a territory, or an institution (``role`` set).

    ``population`` is the population the entity serves (for the Département du
    Rhône, the Rhône without the Métropole de Lyon). ``territories`` lists the
    départements an institution covers. ``former_name`` is set when the entity
    was found through a former name of a merged commune; :meth:`warning` says so.
    """

    code: str
    name: str
    collectivity_type: str
    population: int | None
    departement: str | None
    region: str | None
    siren: str | None = None
    role: str | None = None
    territories: tuple[str, ...] = field(default_factory=tuple)
    former_name: str | None = None

    def to_dict(self) -> dict:
        d = asdict(self)
        d["territories"] = list(self.territories)
        return d

    def label(self) -> str:
        return f"{self.name} ({self.code})"

    def warning(self) -> Msg | None:
        """The sentence to show when the entity was found by a former name, else None: a
        merged commune's, or a conseil départemental's that is no more ("CD2B": the
        Collectivité de Corse since 1 January 2018, :func:`.resolution.asked_territory`)."""
        if not self.former_name:
            return None
        if self.role is not None:
            from ..messages import Words
            from .name_index import COUNCIL_REPLACED_SINCE
            from .resolution import asked_territory

            dep = asked_territory(self)
            y, m, d = COUNCIL_REPLACED_SINCE[self.code]
            from ..render.formats import MONTHS_EN, MONTHS_FR, fmt_int

            since = Words(f"le {'1er' if d == 1 else d} {MONTHS_FR[m - 1]} {y}" if d
                          else f"{MONTHS_FR[m - 1]} {y}",
                          f"{d} {MONTHS_EN[m - 1]} {y}" if d else f"{MONTHS_EN[m - 1]} {y}")
            return Msg("former-council", value=self.former_name, dep=dep or "",
                       territory=resolve(dep).name if dep else "", since=since,
                       name=self.name, code=self.code,
                       population=Words(fmt_int(self.population), fmt_int(self.population, "en")))
        return Msg("former-name", value=self.former_name, name=self.name, code=self.code)


def restore_code(code: object, type_id: str | None) -> str | None:
    """Put back the leading zeros a spreadsheet stripped: 1 -> "01" (département),
    1053 -> "01053" (commune), take out the one a "000" number format added to a
    département's or région's code ("069" -> "69"), and the digit grouping of a number format:
    "75 056" -> "75056", "200 046 977" -> "200046977". Returns None when ``code`` does not
    look like a code."""
    if code is None:
        return None
    s = str(code).strip().upper()
    if re.fullmatch(r"\d+\.0", s):  # 1053.0 from a float column
        s = s[:-2]
    if re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+", s):  # Excel's "# ##0" format
        s = re.sub(r"\D", "", s)
    if type_id in ("departement",) or (type_id is None and re.fullmatch(r"\d{1,3}|2[AB]", s)):
        if re.fullmatch(r"\d", s):
            return s.zfill(2)
        if re.fullmatch(r"\d{2}|2[AB]|97[1-6]", s):
            return s
        if re.fullmatch(r"0\d{2}", s) and type_id == "departement":  # "069": a "000" format
            return s[1:]
        return None
    if type_id == "region":
        if re.fullmatch(r"0\d{2}", s):  # "011": a "000" format
            s = s[1:]
        return s.zfill(2) if re.fullmatch(r"\d{1,2}", s) else None
    if type_id in ("epci", "metropole"):
        return s if re.fullmatch(r"\d{9}", s) else None
    if re.fullmatch(r"\d{4,5}", s):
        return s.zfill(5)
    if re.fullmatch(r"2[AB]\d{3}", s):
        return s
    if re.fullmatch(r"\d{9}", s):
        return s
    return None


# Name resolution: its own module, re-exported here (``reference.resolve``).
from .resolution import (asked_territory, find_code, name_key, name_keys, resolve,  # noqa: E402,F401
                         resolve_many, survey_row_entity)


from .._public import public_dir as _public_dir  # noqa: E402

__dir__ = _public_dir(globals())
