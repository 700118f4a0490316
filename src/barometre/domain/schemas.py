"""The frames barometre returns, declared once: their columns, in order, and their kinds.

A public function checks its result against its schema before returning it, so that a
column cannot drift away from the CLI's JSON keys, the Excel sheets or the docs (a
benchmark column once went missing from ``--format json`` that way). The check looks
at dtypes only (cheap at any size), never at values.

Kinds: ``str`` (text, string or categorical), ``int`` (integer, nullable or not),
``float``, ``share`` (a fraction 0–1, float), ``bool`` (nullable or not), ``date``, ``any``.

Dtypes, as a reader of the frames in Jupyter finds them (the check accepts any dtype of the
kind; these are what barometre gives):

- codes and other text (``code``, ``siren``, ``departement``, ``region``, ``platform``…):
  ``str`` (pandas' string dtype), the same for every type, even a column with no value
  (a région's ``siren``); INSEE codes stay text ("01", "2A"), never numbers;
- counts, years and months (``n_present``, ``n_base``, ``n_unknown``, ``n_reference``,
  ``n_surveyed``, ``followers``, ``population``, ``year``, ``month``): ``Int64``, missing
  as ``<NA>`` (a survey never knows a month: all ``<NA>``, still ``Int64``);
- shares, bounds and other values (``share``, ``ci_low``, ``ci_high``, ``coverage``,
  ``value``): floats (``Float64`` in the shipped published tables); a census has no
  interval: its bounds are missing (NaN, ``<NA>``; null in JSON, empty in CSV), never the
  share twice, which would read as a sample's interval of zero width;
- ``value_published`` stays the text the source printed ("13.7"): its decimals are the
  source's precision (the tolerance of the k/n check, the decimals shown), which a float
  would lose ("56.70"), and a citation may print "2/3"; ``share`` is its value;
- ``research_row`` (``Int64``) is a line of the published research table: the published
  tables have it, a survey's figures do not;
- yes/no columns (``census``, ``comparable``, ``derived_from_wording``,
  ``followers_rounded``, a ranking's ``tied``): ``bool``; ``present`` is ``boolean``
  (missing: not answered).
  ``followers_rounded`` (survey frame, ranking, benchmark) is true when the count was read
  from an abbreviated number ("184,8k" read as 184 800): a rounded value, shown "≈";
  between two waves (transitions, movers) ``growth_rounded`` is true when the growth and the
  gain rest on such a count (old or new), approximate ("1,2 M" → 1 249 000 reads "≈ +4 %").

Examples
--------
>>> from barometre.domain.schemas import RANKING
>>> RANKING.names
['rank', 'code', 'name', 'value', 'population', 'platform', 'metric', 'year', 'date', 'tied']
"""

from __future__ import annotations

from dataclasses import dataclass

from ..messages import Msg
from .errors import BarometreError


class SchemaError(BarometreError, RuntimeError):
    """A result frame does not match its declaration: a bug in barometre, or a frame changed
    by hand before it was passed back (exit 1). A :class:`~barometre.BarometreError` (its
    sentence in French or English, ``code`` ``schema-…``), and a RuntimeError as it was."""


@dataclass(frozen=True)
class Schema:
    """Columns and kinds of one result frame."""

    name: str
    columns: tuple[tuple[str, str], ...]
    #: columns that may follow the declared ones (optional, in this order when present)
    optional: tuple[tuple[str, str], ...] = ()

    @property
    def names(self) -> list[str]:
        """The declared column names, in order (the JSON keys and CSV header)."""
        return [c for c, _ in self.columns]

    def present(self, df) -> list[str]:
        """The declared then optional column names that ``df`` has, in schema order."""
        have = set(df.columns)
        return [c for c, _ in (*self.columns, *self.optional) if c in have]

    def check(self, df):
        """Return ``df`` unchanged if it matches the schema; raise :class:`SchemaError` if not.

        The declared columns must come first, in order; optional ones may follow.
        """
        names = self.names
        got = list(df.columns)
        if got[:len(names)] != names:
            missing = [c for c in names if c not in got]
            raise SchemaError(Msg("schema-columns", name=self.name,
                                  got=", ".join(map(str, got[:len(names)])),
                                  expected=", ".join(names),
                                  missing=Msg("schema-missing", columns=", ".join(missing))
                                  if missing else ""))
        kinds = dict(self.columns) | dict(self.optional)
        for col in got:
            kind = kinds.get(col)
            if kind is None:
                raise SchemaError(Msg("schema-undeclared", name=self.name, column=str(col)))
            if not _is_kind(df[col], kind):
                raise SchemaError(Msg("schema-kind", name=self.name, column=col,
                                      dtype=str(df[col].dtype), kind=kind))
        return df


def _is_kind(series, kind: str) -> bool:
    if kind == "any" or len(series) == 0 or _has_kind(series, kind):
        return True
    # an all-missing column fits any kind; tested last, as isna over millions of rows costs
    return bool(series.isna().all())


def _has_kind(series, kind: str) -> bool:
    kd = series.dtype.kind  # b i u f c m M O S U V
    name = str(series.dtype)
    if kind == "str":
        return kd == "O" or name in ("string", "str", "category") or name.startswith("string")
    if kind == "int":
        return kd in "iu"
    if kind in ("float", "share"):
        return kd in "fiu"
    if kind == "bool":
        return kd == "b" or name == "boolean" or kd == "O"
    if kind == "date":
        return kd in "MO"
    raise ValueError(f"unknown kind {kind!r}")


#: the base family of every figure counted from a survey (``analysis.survey``), in French as
#: the library's frames say it; the CLI and the report say it in the reader's language and
#: recognise survey figures by it (``render.formats``)
SURVEY_BASE_FAMILY = "entités de l'enquête"
#: the base family of the figures counted from an Annuaire de l'administration export: its
#: entities are listed in the Annuaire, nobody surveyed them (never « enquête »)
ANNUAIRE_BASE_FAMILY = "entités de l'Annuaire"
#: the families of the figures counted from a file of readings, a survey's or the Annuaire's
FILE_BASE_FAMILIES = (SURVEY_BASE_FAMILY, ANNUAIRE_BASE_FAMILY)

SURVEY = Schema("survey records", (
    ("code", "str"), ("name", "str"), ("collectivity_type", "str"), ("platform", "str"),
    ("present", "bool"), ("followers", "int"), ("account", "str"), ("date", "date"),
    ("year", "int"), ("population", "int"), ("source_row", "int"),
    # true: the count was read from an abbreviated number ("184,8k" -> 184 800), a rounded
    # value, not an exact one (bool, false when the count is exact or missing)
    ("followers_rounded", "bool"),
    # true: the reader questioned the count (``count-above-population``: more followers
    # than inhabitants; ``count-implausible-population``; ``count-outlier``: far above the
    # file's others per inhabitant): shown as read, marked « (à vérifier) » where used
    ("followers_questioned", "bool"),
    # the cell of a count read from an abbreviated number as typed (« 112 k »), what the
    # figures quote of it; missing for an exact count, or a rounded one saved and read
    # again without it
    ("followers_typed", "str")))

ADOPTION = Schema("adoption records", (
    ("collectivity_type", "str"), ("platform", "str"), ("year", "int"), ("share", "share"),
    ("n_present", "int"), ("n_base", "int"), ("ci_low", "share"), ("ci_high", "share"),
    ("source", "str")),
    optional=(("month", "int"), ("period", "str"), ("measure", "str"), ("census", "bool"), ("base", "str"),
              ("flags", "str"), ("publisher", "str"), ("url", "str"), ("year_published", "int"),
              ("base_family", "str"),
              ("derived_from_wording", "bool"), ("notes", "str"), ("value_published", "str"),
              ("unit_published", "str"), ("comparable", "bool"), ("differs", "str"),
              ("series", "int"), ("break", "any"), ("break_from", "any"), ("strate", "str"),
              # split by size band: the band's N (adoption(by="strate"))
              ("n_reference", "int"), ("n_strate", "int"), ("n_surveyed", "int"),
              ("coverage", "float"), ("n_unknown", "int"), ("n_reference_of", "str"),
              # "au moins un réseau": of n_unknown, those that answered "Non" somewhere
              ("n_unknown_partial", "int"),
              # a survey read with errors="skip": the entities its errors left out
              ("n_skipped", "int"),
              # a survey's interval: "ci95", or "sure" for the whole possible range
              ("ci_kind", "str"),
              # a survey file that is no random sample of its type: what it holds whole
              ("design", "str"), ("design_subset", "str"), ("n_subset", "int"),
              ("subset_census", "bool"), ("estimate", "share"), ("estimate_low", "share"),
              ("estimate_high", "share"), ("n_estimate", "int")))

BENCHMARK = Schema("benchmark", (
    ("platform", "str"), ("present", "bool"), ("followers", "int"), ("followers_per_1000", "float"),
    ("rank", "int"), ("n_peers", "int"), ("percentile", "float"), ("index", "float"),
    ("peer_median", "float"), ("peer_q1", "float"), ("peer_q3", "float"),
    ("competitor_mean", "float"), ("rank_per_1000", "int"), ("index_per_1000", "float"),
    ("n_peers_per_1000", "int"), ("code", "str"), ("name", "str"), ("population", "int"),
    ("collectivity_type", "str"), ("peers", "str"), ("peer_group", "str"), ("year", "int"),
    ("entity_year", "int"), ("n_set_aside", "int"),
    # another peer has the entity's value: its rank is shared ("27e ex aequo sur 40")
    ("tied", "bool"), ("tied_per_1000", "bool"),
    # the peers not ranked (the entity aside), by why: counts, then their codes and names,
    # ";"-joined in the same order ("sans réponse", "sans compte", "compte sans nombre",
    # "sans relevé" of the platform: an Instagram row but no Facebook row)
    ("n_no_answer", "int"), ("n_no_account", "int"), ("n_account_no_count", "int"),
    ("n_no_reading", "int"),
    ("no_answer_codes", "str"), ("no_account_codes", "str"), ("account_no_count_codes", "str"),
    ("no_reading_codes", "str"),
    ("no_answer_names", "str"), ("no_account_names", "str"), ("account_no_count_names", "str"),
    ("no_reading_names", "str")),
    # the entity's count was abbreviated; the reader questioned the entity's count, and
    # how many of the peers compared; whose population it has: "territory" or
    # "council" (69: the Département du Rhône's, not the Rhône's)
    # what the rounded counts make of the ranks: the best and worst rank the entity can
    # have, and the rounded counts that make it uncertain (codes, names, ";"-joined)
    # and their cells as typed (« 112 k »: the entity's own, then those listed, ";"-joined)
    optional=(("followers_rounded", "bool"), ("followers_typed", "str"),
              ("rank_best", "int"), ("rank_worst", "int"),
              ("rank_rounded_codes", "str"), ("rank_rounded_names", "str"),
              ("rank_rounded_typed", "str"),
              ("rank_per_1000_best", "int"), ("rank_per_1000_worst", "int"),
              ("rank_per_1000_rounded_codes", "str"), ("rank_per_1000_rounded_names", "str"),
              ("rank_per_1000_rounded_typed", "str"),
              ("followers_questioned", "bool"),
              ("n_peers_questioned", "int"), ("population_of", "str"),
              # the peers whose value the entity's rank shares (tied), by followers and
              # per 1,000 inhabitants, ";"-joined ("" when the rank is its own)
              ("tied_names", "str"), ("tied_per_1000_names", "str")))

RANKING = Schema("ranking", (
    ("rank", "int"), ("code", "str"), ("name", "str"), ("value", "float"),
    ("population", "int"), ("platform", "str"), ("metric", "str"), ("year", "int"),
    # another entity has the same rank (ties share the best rank): « 2 (ex aequo) »
    ("date", "date"), ("tied", "bool")),
    # the value comes from a rounded count, and its cell as typed (« 112 k »); the reader
    # questioned the count (to check); whose population: "territory" or "council"
    optional=(("followers_rounded", "bool"), ("followers_typed", "str"),
              ("followers_questioned", "bool"), ("population_of", "str")))

ENTITIES = Schema("entities", (
    ("code", "str"), ("name", "str"), ("collectivity_type", "str"), ("population", "int"),
    ("departement", "str"), ("region", "str"), ("siren", "str")),
    optional=(("kind", "str"),))  # EPCI: CC, CA, CU, METRO, MET69

# Barometer waves (analysis/waves.py): adoption per wave, changes between two waves.
WAVE_TREND = Schema("wave trend", (
    ("collectivity_type", "str"), ("platform", "str"), ("wave", "str"), ("year", "int"),
    ("share", "share"), ("n_present", "int"), ("n_base", "int"), ("n_unknown", "int"),
    ("ci_low", "share"), ("ci_high", "share"), ("census", "bool"), ("n_reference", "int"),
    ("n_surveyed", "int"), ("coverage", "float"), ("source", "str")),
    # under within or panel (wave_trend): the base said, "epci:22,29", "epci:panel:CA";
    # a wave that is no random sample of its type (compare's "non_random_sample": no interval)
    optional=(("n_reference_of", "str"), ("flags", "str"),
              # a wave's interval: "ci95", or "sure" for the whole possible range
              ("ci_kind", "str")))

CHANGES = Schema("changes", (
    ("platform", "str"), ("joined", "int"), ("left", "int"), ("stayed", "int"),
    ("not_comparable", "int"), ("share_old", "share"), ("share_new", "share"),
    ("change", "float"), ("p_value", "float"), ("median_growth", "float"),
    ("stayed_absent", "int"), ("n_paired", "int"), ("census", "bool"),
    ("median_gain_per_1000", "float"), ("n_growth", "int"), ("n_gain", "int"),
    ("n_from_zero", "int"), ("wave_old", "str"), ("wave_new", "str"),
    # every entity of the base in both waves: no p-value, the sure range of the change
    # over them all (unknown answers set both ways); <NA> for a sample
    ("change_low", "float"), ("change_high", "float")),
    # when the waves mark their rounded counts (``followers_rounded``): how many growths or
    # gains rest on one, and whether each median is taken from such a value (shown "≈")
    optional=(("n_growth_rounded", "int"), ("median_growth_rounded", "bool"),
              ("median_gain_rounded", "bool"),
              # under within or panel: the base said, "epci:22,29", "epci:panel:CA"
              ("n_reference_of", "str"),
              # waves far from the type's categories' or bands' proportions (no p-value)
              ("flags", "str")))

TRANSITIONS = Schema("transitions", (
    ("platform", "str"), ("code", "str"), ("name", "str"), ("status", "str"), ("reason", "str"),
    ("present_old", "bool"), ("present_new", "bool"), ("followers_old", "int"),
    ("followers_new", "int"), ("growth", "float"), ("gain_per_1000", "float")),
    optional=(("population", "int"),
              # when the waves mark their rounded counts (``followers_rounded``): each side's
              # mark, and whether the growth and gain rest on one (approximate, shown "≈")
              ("followers_rounded_old", "bool"), ("followers_rounded_new", "bool"),
              # and, when the waves keep them, those counts' cells as typed (« 112 k »)
              ("followers_typed_old", "str"), ("followers_typed_new", "str"),
              ("growth_rounded", "bool"),
              # when the waves mark the counts the reader questioned
              # (``followers_questioned``): each side's mark, and whether the growth and
              # gain rest on one (to check, shown « (à vérifier) »)
              ("followers_questioned_old", "bool"), ("followers_questioned_new", "bool"),
              ("growth_questioned", "bool")))

MOVERS = Schema("movers", (
    ("platform", "str"), ("rank", "int"), ("code", "str"), ("name", "str"), ("population", "int"),
    ("followers_old", "int"), ("followers_new", "int"), ("gain", "int"), ("growth", "float"),
    ("gain_per_1000", "float")),
    # the growth rests on a rounded count: "≈"; on a count the reader questioned
    optional=(("growth_rounded", "bool"), ("growth_questioned", "bool")))
