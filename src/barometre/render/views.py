"""Text views of analysis results, for the terminal (French by default).

Each function takes a result frame and returns a string: what the CLI prints
for ``--format table``. :func:`adoption_table` also takes the rows of a result
(:class:`~barometre.analysis.records.Records`: ``compare --data``, without pandas).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

from ..analysis.records import Records
from ..domain.text import is_missing as missing_cell
from ..messages import plural_s
from .formats import (annuaire_code, band_label, base_text, figure_type_label, type_with_map, fmt_ci, fmt_index, fmt_int, fmt_share,
                      is_missing, platform_label, published_digits, source_date, takes_plural,
                      type_count, type_label)
from .tables import text_table

SMALL_N = 30  # below this, a share's interval is wide: say so


def _as_records(df: Any) -> Records:
    return df if isinstance(df, Records) else Records.of_frame(df)


def _source_lines(res: Records, lang: str) -> list[str]:
    from ..datasets.published import source_texts

    records = res.rows
    known = {sid: (t["publisher"], t["title"], t["url"]) for sid, t in source_texts().items()}
    has_month = "month" in res.columns
    lines = []
    for sid in dict.fromkeys(r["source"] for r in records):
        if sid not in known:
            lines.append(("Source : " if lang != "en" else "Source: ") + str(sid))
            continue
        publisher, title, url = known[sid]
        mine = [r for r in records if r["source"] == sid]
        years = sorted({int(r["year"]) for r in mine if not missing_cell(r["year"])})
        months = [r["month"] for r in mine if not missing_cell(r["month"])] if has_month else []
        periods = [r["period"] for r in mine if not missing_cell(r.get("period"))]
        one = len(years) == 1
        # the source's own date (and its figures' year when it differs), as `sources` cites it
        when = source_date(sid, years, lang, months[0] if one and len(months) else None,
                           periods[0] if one and periods and not months else None)
        label = "Source : " if lang != "en" else "Source: "
        lines.append(f"{label}{publisher}, {when} — {title} — {url} [{sid}]")
    return lines


def _t(code: str, lang: str, **params: Any) -> str:
    from ..messages import text

    return text(code, lang, **params)


def _measure_code(measure: str) -> str:
    return "measure-" + str(measure).replace("_", "-")


def flag_set(r) -> set[str]:
    """The flags of a published figure (column ``flags``: "disputed;restated")."""
    return {f for f in str(r.get("flags") or "").split(";") if f}


#: The published shares over neither a census nor a sample, by flag, with the word the
#: tables say in their interval's place (its note: the same code + "-note"): a
#: participatory count, a minimum (« recensement participatif, minimum »), and a base its
#: source does not specify (« base non précisée »)
UNSURE_BASES = (("participatory", "pub-participatory"),
                ("base_unspecified", "pub-base-unspecified"))


def unsure_base_word(r) -> str | None:
    """The catalog code of the word a published share over neither a census nor a sample
    says in its interval's place (:data:`UNSURE_BASES`), None for any other figure."""
    flags = flag_set(r)
    return next((code for flag, code in UNSURE_BASES if flag in flags), None)


def unsure_base_notes(records, lang: str = "fr") -> list[str]:
    """What the words of :func:`unsure_base_word` say, each once, for ``records`` (dicts
    with ``flags``) that carry one."""
    sets = [flag_set(r) for r in records]
    return [_t(code + "-note", lang) for flag, code in UNSURE_BASES
            if any(flag in f for f in sets)]


#: the published figures' flags that a mark after the share says (notes: :func:`flag_notes`)
_FLAG_SIGNS = (("not_k_of_n", "≈"), ("base_unstated", "≈"), ("non_random_sample", "†"),
               ("restated", "↺"), ("disputed", "‡"))


def flag_marks(r: dict) -> str:
    """The marks of a published figure's flags, as compare writes them after its share:
    "≈" (not k/n, or a base no count gives), "†" (not a random sample), "↺" (restated),
    "‡" (disputed); the charts and the report write the same (:func:`flag_notes`).

    >>> flag_marks({"flags": "disputed"}), flag_marks({"flags": ""})
    ('‡', '')
    """
    flags = flag_set(r)
    return "".join(sign for flag, sign in _FLAG_SIGNS if flag in flags)


#: the measures other than a share of all that a mark after the share says, and their notes
_MEASURE_SIGNS = (("of_present", "°", "pub-present-note"),
                  ("of_respondents", "§", "pub-respondents-note"))


def measure_mark(r) -> str:
    """The mark of a share that is not one of all the base, as compare writes it after the
    share: "°" (of those present on social media), "§" (of a survey's respondents); the
    charts and the report write the same (:func:`measure_notes`).

    >>> measure_mark({"measure": "of_present"}), measure_mark({"measure": "of_all"})
    ('°', '')
    """
    return next((sign for m, sign, _ in _MEASURE_SIGNS if str(r.get("measure")) == m), "")


def measure_notes(records: list[dict], lang: str) -> list[str]:
    """What the marks of :func:`measure_mark` mean, each once, as compare's notes say it."""
    measures = {str(r.get("measure")) for r in records}
    return [_t(code, lang) for m, _, code in _MEASURE_SIGNS if m in measures]


def flag_notes(records: list[dict], lang: str) -> list[str]:
    """The notes under the figures that :func:`flag_marks` marked (each once; a disputed
    figure's own note, why it is disputed), as compare prints them."""
    marks = "".join(flag_marks(r) for r in records)
    # a survey file that is no random sample (its design): its own note says why, not the
    # published figures' « échantillon retenu par l'auteur » (design_notes)
    designed = any(isinstance(r.get("design"), str) and r.get("design") for r in records)
    out = []
    for sign, code in (("≈", "pub-not-k-of-n-note"), ("†", "pub-non-random-note"),
                       ("↺", "pub-restated-note")):
        if sign == "†" and (designed or any("chosen_by_place" in flag_set(r) for r in records)) \
                and not any("non_random_sample" in flag_set(r) and not r.get("design")
                            and "chosen_by_place" not in flag_set(r) for r in records):
            continue  # a survey file's « † »: its design's or its place's own note
        if sign in marks and (sign != "≈" or any("not_k_of_n" in flag_set(r) for r in records)):
            out.append(_t(code, lang))
    if any("base_unstated" in flag_set(r) for r in records):
        out.append(_t("pub-base-unstated-note", lang))
    for r in records:
        if "disputed" in flag_set(r):
            out.append(_disputed_note(r, lang))
    return list(dict.fromkeys(out))


def _marks(r: dict) -> str:
    """Footnote marks of one figure (explained under the table)."""
    flags = flag_set(r)
    mark = ""
    if r.get("derived_from_wording") is True or "derived_from_wording" in flags:
        mark += "*"
    mark += measure_mark(r)
    mark += flag_marks(r)
    # not compared, or of another source than most rows (another study and date)
    if r.get("comparable") is False or "other_source" in str(r.get("differs") or ""):
        mark += "≠"
    return mark


def _share_cell(r: dict, lang: str) -> str:
    """The share with as many decimals as the source printed ("13,7 %", not "14 %")."""
    return fmt_share(r["share"], lang, published_digits(r)) + _marks(r)


def census_word(r: dict, lang: str) -> str:
    """What a census's interval cell says: "exhaustif" (no sampling error, the share exact;
    also one derived from wording, "toutes les régions"), or "recensement, part non k/n" when
    its published share is k/n for no k of its n (flag ``not_k_of_n``: 62 % of 27 régions),
    which no census can give: the base or the figure is inexact.

    >>> census_word({"flags": "not_k_of_n"}, "fr"), census_word({"flags": ""}, "en")
    ('recensement, part non k/n', 'census')
    """
    return _t("pub-census-not-k-of-n" if "not_k_of_n" in flag_set(r) else "pub-census", lang)


def _ci_cell(r: dict, lang: str) -> str:
    # a census has no sampling error, whatever its share: also one derived from wording;
    # one not k/n for its n says so (census_word); neither has an interval
    if r.get("census") is True and not is_missing(r["share"]):
        return census_word(r, lang)
    word = unsure_base_word(r)  # a minimum, or a base not specified: said so
    if word and not is_missing(r["share"]):
        return _t(word, lang)
    if place_without_interval(r) and not is_missing(r["share"]):  # no draw from France:
        return _t("survey-design-see-note", lang)  # « voir † », its note (place_notes)
    design = r.get("design")
    if design == "subset" and not is_missing(r["share"]):  # the census of a part of the type
        part = _row_part_label(r, lang)
        if r.get("subset_census") is True:
            return _t("survey-part-census", lang, part=part)
        ci = fmt_ci(r["ci_low"], r["ci_high"], lang, is_sure(r))
        return _t("survey-part-ci", lang, ci=ci, part=part) if ci else ""
    if design == "stratified" and is_missing(r["ci_low"]):
        return _t("survey-design-see-note", lang)
    return fmt_ci(r["ci_low"], r["ci_high"], lang, is_sure(r))


def place_without_interval(r: dict) -> bool:
    """Whether a survey figure's file was chosen by place (flag ``chosen_by_place``,
    :func:`barometre.analysis.survey.place_of`) and so has no interval: its entities are
    no random draw among the type's in France (``design=False`` keeps the type's)."""
    return "chosen_by_place" in flag_set(r) and missing_cell(r.get("ci_low"))


def is_sure(r: dict) -> bool:
    """Whether a figure's interval is a sure range (``ci_kind`` "sure": the whole possible
    range k/N–(k + u)/N, :func:`barometre.analysis.stats.is_sure_range`), said so, never
    « IC 95 % »."""
    return r.get("ci_kind") == "sure"


def _part_label(r: dict, lang: str, short: bool = False, design: dict | None = None) -> str:
    """The part of its type a survey file holds whole (:func:`barometre.analysis.survey.
    survey_design`): "départements de métropole", "villes préfectures", "communes de
    20 000 habitants ou plus"; ``short``: "métropole", "villes préfectures", "≥ 20 000 hab."."""
    t = r["collectivity_type"]
    subset = str(design["id"] if design else r.get("design_subset"))
    if subset == "metropole":
        return _t("survey-part-metropole" + ("-short" if short else ""), lang,
                  label=type_label(t, lang, plural=True))
    if subset.startswith("population>="):
        low = fmt_int(int(subset.split(">=")[1]), lang)
        return _t("survey-part-band" + ("-short" if short else ""), lang, low=low)
    if subset.startswith("population:"):  # a sample inside some size bands
        return _bands_label(t, subset, lang, short)
    if subset in ("bands_mix", "kinds_mix"):  # no part: the type, far from its bands' (its
        return type_label(t, lang, plural=True)  # categories') proportions
    if subset.startswith("kind="):  # some categories of intercommunalités held whole
        return _kinds_label(subset[len("kind="):].split("+"), lang, short)
    if subset.startswith("kind:"):  # some categories of intercommunalités, maybe some bands
        kinds, _, bands = subset[len("kind:"):].partition(";")
        said = _kinds_label(kinds.split("+"), lang, short)
        if not bands:
            return said
        if short:
            return said + ", " + _bands_label(t, bands, lang, True)
        return _bands_label(t, bands, lang, False, label=said)
    return type_label(subset, lang, plural=True)


def _row_part_label(r: dict, lang: str) -> str:
    """:func:`_part_label`, short, of one figure: split by size band (``strate``), a
    part of some size bands is the row's band alone, its interval's N (« < 500 hab. »,
    not every band the file holds); beside categories, « CA, < 500 hab. »."""
    subset = str(r.get("design_subset"))
    band = r.get("strate")
    if (isinstance(band, str) and band
            and (subset.startswith(("population:", "population>=")) or ";population:" in subset)):
        said = _t("survey-part-bands-short", lang, ranges=band_label(band, lang))
        if subset.startswith("kind:"):
            kinds = subset[len("kind:"):].partition(";")[0]
            return _kinds_label(kinds.split("+"), lang, True) + ", " + said
        return said
    return _part_label(r, lang, short=True)


def design_kind(subset: object) -> str | None:
    """The one category of intercommunalités a survey file's entities all are, from its
    figures' ``design_subset`` (:func:`barometre.analysis.survey.kind_design`: ``kind:CA``,
    ``kind:CA;population:…``), or None (several categories, another design)."""
    s = str(subset) if not is_missing(subset) else ""
    if not s.startswith("kind:"):
        return None
    kinds = s[len("kind:"):].partition(";")[0]
    return None if "+" in kinds else kinds


def type_or_kind_label(rows: Any, t: str, lang: str, plural: bool = True) -> str:
    """Type ``t`` named, or the one category of intercommunalités its figures in ``rows``
    (a frame or records with ``collectivity_type`` and ``design_subset``) are all of: a
    file of CA alone is « communautés d'agglomération », not « intercommunalités »."""
    recs = rows.to_dict("records") if hasattr(rows, "to_dict") else list(rows)
    kinds = {design_kind(r.get("design_subset")) for r in recs if r.get("collectivity_type") == t}
    if len(kinds) == 1 and None not in kinds:
        from ..analysis.survey import kind_words

        return kind_words(kinds.pop(), plural).render(lang)
    return type_label(t, lang, plural)


def _kinds_label(kinds: list[str], lang: str, short: bool = False) -> str:
    """Categories of intercommunalités (:func:`barometre.analysis.survey.kind_design`):
    "communautés d'agglomération et communautés urbaines"; ``short``: "CA, CU"."""
    if short:
        return ", ".join(_t("epci-kind-short-" + k.lower(), lang) for k in kinds)
    from ..messages import said_and

    return said_and([_t("epci-kind-" + k.lower(), lang) for k in kinds], lang)


def _bands_label(t: str, subset: str, lang: str, short: bool, label: str | None = None) -> str:
    """The size bands of :func:`barometre.analysis.survey.band_design` (id
    ``population:10000-49999+100000+``): "communes de 10 000 à 49 999 habitants ou de
    100 000 habitants ou plus"; ``short``: "10 000–49 999, ≥ 100 000 hab."."""
    long, brief = [], []
    for r in subset.split(":", 1)[1].split("+"):
        if not r:  # the "+" of an open range
            continue
        low, _, high = r.partition("-")
        lo = fmt_int(int(low), lang)
        hi = fmt_int(int(high) + 1, lang) if high else ""
        if not high:  # open: "100000+" read as "100000", ""
            long.append(_t("survey-range-above", lang, low=lo))
            brief.append(f"≥ {lo}")
        elif int(low) == 0:
            long.append(_t("survey-range-below", lang, high=hi))
            brief.append(f"< {hi}")
        else:
            long.append(_t("survey-range-between", lang, low=lo,
                           high=fmt_int(int(high), lang)))
            brief.append(f"{lo}–{fmt_int(int(high), lang)}")
    if short:
        return _t("survey-part-bands-short", lang, ranges=", ".join(brief))
    return _t("survey-part-bands", lang, label=label or type_label(t, lang, plural=True),
              ranges=_t("survey-range-or", lang).join(long))


def design_notes(res: Any, lang: str = "fr", words: bool = False) -> list[str]:
    """The notes under survey figures whose file is no random sample of its type
    (compare's table, the report's Adoption sheet and Sources et méthode): what the file
    holds whole and what can be said of the whole type. ``res`` is a result frame or its
    :class:`~barometre.analysis.records.Records`; none without ``attrs["design"]``.
    ``words``: compare's options said in words (a report's or a chart's reader has no
    command line)."""
    return _said_in_words(lambda: _design_lines(_as_records(res), lang), lang, words)


def _said_in_words(make: Callable[[], list[str]], lang: str, words: bool) -> list[str]:
    """The notes ``make`` gives; ``words``: said first as the command line says them
    (:func:`~barometre.messages.surface`: the wording :data:`_OPTIONS_IN_WORDS` and
    :data:`_WITHIN_IN_WORDS` know, whether the command line or a library call renders the
    report or the chart), their options then said in words (:func:`_in_words`)."""
    if not words:
        return make()
    from ..messages import surface

    with surface("cli"):
        lines = make()
    return [_in_words(line, lang) for line in lines]


#: compare's design notes name its options; a report's or a chart's reader has no command
#: line, so they say them in words, as their random-draw caveat does (rvver20b #4)
_OPTIONS_IN_WORDS = {
    "fr": [("« barometre compare --data --by strate » sur ce fichier compte chaque strate à part",
            "compté strate de population par strate, ce fichier donne une estimation par strate"),
           ("« barometre compare --by strate » compte chaque strate à part",
            "comptée à part, chaque strate de population a sa propre estimation"),
           ("sans --by strate, ", "tous ensemble, "),
           ("« barometre compare --data --by category » sur ce fichier compte chaque "
            "catégorie à part",
            "compté catégorie par catégorie, ce fichier donne une estimation par catégorie"),
           ("« barometre compare --by category » compte chaque catégorie à part",
            "comptée à part, chaque catégorie d'intercommunalités a sa propre estimation"),
           ("« barometre compare --data --within » sur ses départements en fait la base",
            "comptées sur les entités de ses départements, ses parts en sont un échantillon "
            "ou un recensement"),
           ("--panel donne les parts des seules entités du fichier",
            "établies « en panel », les parts sont celles des seules entités du fichier")],
    "en": [("“barometre compare --data --by strate” on that file counts each band apart",
            "counted band by band, that file gives an estimate per population band"),
           ("“barometre compare --by strate” counts each band apart",
            "counted apart, each population band has its own estimate"),
           ("without --by strate, ", "all together, "),
           ("“barometre compare --data --by category” on that file counts each category "
            "apart",
            "counted category by category, that file gives an estimate per category"),
           ("“barometre compare --by category” counts each category apart",
            "counted apart, each category of intercommunalities has its own estimate"),
           ("“barometre compare --data --within” on its départements makes them the base",
            "counted on the entities of its départements, its shares are a sample or a "
            "census of them"),
           ("--panel gives the shares of the file's entities only",
            "made “as a panel”, the shares are those of the file's entities alone")],
}


#: the ``--within`` a note on a file mostly in one région (or on waves chosen by place)
#: advises, naming the départements (``{codes}``), and its words (:func:`_in_words`)
_WITHIN_IN_WORDS = {
    "fr": (re.compile(r"« barometre (compare|changes) (?:--data )?--within ([0-9AB,]+) »"
                      r"(?: sur ce fichier)? en fait la base"),
           {"compare": "comptées sur les entités des départements {codes}, ses parts en sont "
                       "un échantillon ou un recensement",
            "changes": "comptées sur les entités des départements {codes}, les vagues en sont "
                       "un échantillon ou un recensement"}),
    "en": (re.compile(r"“barometre (compare|changes) (?:--data )?--within ([0-9AB,]+)”"
                      r"(?: on that file)? makes them the base"),
           {"compare": "counted on the entities of the départements {codes}, its shares are a "
                       "sample or a census of them",
            "changes": "counted on the entities of the départements {codes}, the waves are a "
                       "sample or a census of them"}),
}


#: the ``--within`` and ``--type`` a note on a file chosen by place (survey-place-hint) or
#: on a part of communes (survey-design-type-hint) advises, and their words
_HINTS_IN_WORDS = {
    "fr": [(re.compile(r"« --within ([0-9AB,]+) » les compte sur les"),
            "sur la base des départements {codes}, les parts se rapportent aux"),
           (re.compile(r"--type ([a-z_]+) les compte comme"),
            "comptées pour leur propre type, elles le sont comme")],
    "en": [(re.compile(r"'--within ([0-9AB,]+)' counts them among the"),
            "on the base of the départements {codes}, the shares are of the"),
           (re.compile(r"--type ([a-z_]+) counts them as"),
            "counted for their own type, they are counted as")],
}


def _in_words(note: str, lang: str) -> str:
    """A design note of compare with the options it names said in words."""
    for option, words in _OPTIONS_IN_WORDS["en" if lang == "en" else "fr"]:
        note = note.replace(". " + option, ". " + words[0].upper() + words[1:])  # a sentence
        note = note.replace(option, words)
    pattern, said = _WITHIN_IN_WORDS["en" if lang == "en" else "fr"]

    note = pattern.sub(lambda m: _opening(note, m, said[m[1]].format(
        codes=", ".join(m[2].split(",")))), note)
    for hint, words in _HINTS_IN_WORDS["en" if lang == "en" else "fr"]:
        note = hint.sub(lambda m, words=words, note=note: _opening(note, m, words.format(
            codes=", ".join(m[1].split(",")))), note)
    return note


def _opening(note: str, m: re.Match, words: str) -> str:
    """``words`` in place of the match ``m`` of ``note``, capitalized when the match opens
    a sentence (after « . »)."""
    start = m.start() >= 2 and note[m.start() - 2:m.start()] == ". "
    return words[0].upper() + words[1:] if start else words


#: The départements shown by name in a place note (the others counted together)
_PLACE_NAMED = 6


def departement_name(code: str) -> str:
    """A département's name from the reference ("Loire-Atlantique"), its code when unknown."""
    from ..datasets import reference

    names = dict(zip(reference._entity_columns("departement")["code"],
                     reference._entity_columns("departement")["name"]))
    return names.get(code, code)


#: "de l'Ain"-style words of the départements whose council is no "Département de …"
_OF_DEPARTEMENT = {"67": "du Bas-Rhin", "68": "du Haut-Rhin", "75": "de Paris",
                   "2A": "de la Corse-du-Sud", "2B": "de la Haute-Corse",
                   "972": "de la Martinique", "973": "de la Guyane"}
#: the départements a base (``within``) names one by one; more are given by their codes
_WITHIN_NAMED = 4


def _of_departement(code: str) -> str:
    """ "de l'Ain", "de la Loire-Atlantique", "du Rhône", "des Hautes-Alpes": the French
    words of a département after a noun, from its council's name (« Département de
    l'Ain »)."""
    if code in _OF_DEPARTEMENT:
        return _OF_DEPARTEMENT[code]
    from ..datasets import reference

    council = reference.departement_council(code)
    if council is not None:
        cols = reference.conseils_departementaux()
        name = dict(zip(cols["code"], cols["name"])).get(council, "")
        if name.startswith("Département "):
            return name[len("Département "):]
    return "de " + departement_name(code)


def within_label(t: str, deps: list[str], lang: str = "fr", plural: bool = True,
                 kinds: list[str] | None = None) -> str:
    """The base ``within`` makes (:func:`barometre.adoption`): "intercommunalités de l'Ain et
    de la Loire-Atlantique" ("intercommunalités of Ain and Loire-Atlantique"); more than
    :data:`_WITHIN_NAMED` départements by their codes: "communes de 6 départements (01, 07,
    26, 38, 42, 69)"; départements within départements are said once: "départements (14,
    17, 22, 29, 35)", "départements (Ain et Loire-Atlantique)".

    >>> within_label("departement", ["01", "44"])
    'départements (Ain et Loire-Atlantique)'
    """
    # the categories a file of some of them holds (« communautés d'agglomération de … »);
    # one entity, the type's singular as panel_label says it (no category label has one)
    label = (_kinds_label(kinds, lang) if kinds and plural
             else type_label(t, lang, plural=plural))
    from ..messages import said_and

    if t == "departement":  # départements within départements: said once, « 13
        # départements (14, 17, …) », never « départements de 13 départements (…) »
        return _t("within-label-self", lang, label=label, items=", ".join(deps)
                  if len(deps) > _WITHIN_NAMED else
                  said_and([departement_name(d) for d in deps], lang))
    if len(deps) > _WITHIN_NAMED:
        return _t("within-label-many", lang, label=label, k=len(deps), codes=", ".join(deps))

    if lang == "en":
        return f"{label} of " + said_and([departement_name(d) for d in deps], lang)
    return f"{label} " + said_and([_of_departement(d) for d in deps], lang)


def within_of(res: Any, t: str) -> list[str] | None:
    """The départements of the base ``within`` of type ``t``'s figures (``attrs["within"]``),
    None without it."""
    w = ((res.attrs.get("within") or {}) if res is not None else {}).get(t)
    return list(w["departements"]) if w else None


def panel_of(of: object) -> tuple[str, list[str]] | None:
    """The type and the categories of a base ``panel`` makes, from a figure's
    ``n_reference_of`` ("epci:panel:CA" -> ("epci", ["CA"]), "region:panel" ->
    ("region", [])); None for any other base.

    >>> panel_of("epci:panel:CA+CU"), panel_of("epci:01,44"), panel_of("epci")
    (('epci', ['CA', 'CU']), None, None)
    """
    if missing_cell(of):
        return None
    parts = str(of).split(":")
    if len(parts) < 2 or parts[1] != "panel":
        return None
    return parts[0], parts[2].split("+") if len(parts) > 2 and parts[2] else []


def panel_label(of: str, n: int, lang: str = "fr", count: bool = True) -> str:
    """The base ``panel`` makes (:func:`barometre.adoption`) of N = ``n`` entities, from its
    ``n_reference_of``: "14 communautés d'agglomération du panel" ("the 14 communautés
    d'agglomération of the panel"); without ``count``: "communautés d'agglomération du
    panel", after a count the sentence says.

    >>> panel_label("epci:panel:CA", 14), panel_label("region:panel", 5, "en", count=False)
    ("14 communautés d'agglomération du panel", 'regions of the panel')
    """
    t, kinds = panel_of(of) or (str(of).split(":")[0], [])
    plural = takes_plural(n, lang)
    label = _kinds_label(kinds, lang) if kinds and plural else type_label(t, lang, plural=plural)
    if not count:
        return _t("panel-label-bare", lang, label=label)
    return _t("panel-label", lang, n=fmt_int(n, lang), label=label)


def category_label(kind: object, lang: str = "fr") -> str:
    """A category of intercommunalités as the first cell of a row split by category
    (:func:`barometre.compare_survey` ``by="category"``): « Communautés de communes »,
    « Métropoles »; "" when missing.

    >>> category_label("CA"), category_label(None)
    ("Communautés d'agglomération", '')
    """
    if missing_cell(kind):
        return ""
    words = _t("epci-kind-" + str(kind).lower(), lang)
    return words[:1].upper() + words[1:]


def category_counted(r: dict, lang: str = "fr", n: int | None = None) -> str:
    """The N of a figure split by category (``n_category``, or ``n``), counted with what it
    counts: "989 communautés de communes" (in France), "14 communautés d'agglomération de
    l'Ain et de la Loire-Atlantique" (``within``), "14 communautés d'agglomération du panel"
    (``panel``)."""
    kind = str(r["category"])
    n = int(r["n_category"]) if n is None else n
    plural = takes_plural(n, lang)
    words = _t(("epci-kind-" if plural else "epci-kind-one-") + kind.lower(), lang)
    of = "" if missing_cell(r.get("n_reference_of")) else str(r["n_reference_of"])
    t, _, rest = of.partition(":")
    if panel_of(of):
        label = _t("panel-label-bare", lang, label=words)
    elif rest:  # within: "epci:01,44" or "epci:01,44:CA"
        label = within_label(t, rest.partition(":")[0].split(","), lang, kinds=[kind])
        label = label.replace(_kinds_label([kind], lang), words, 1)
    else:
        label = words
    return f"{fmt_int(n, lang)} {label}"


def within_base_label(of: str, n: int, lang: str = "fr") -> str | None:
    """The base ``within`` makes of N = ``n`` entities, from a figure's ``n_reference_of``
    ("epci:22,29"; "epci:22,29:CA" for some categories), counted: "129 intercommunalités de
    9 départements (…)" ("the 129 intercommunalités of …"); None for any other base (the
    type's in France, a panel's).

    >>> within_base_label("epci:01,44", 40), within_base_label("epci", 1254)
    ("40 intercommunalités de l'Ain et de la Loire-Atlantique", None)
    """
    if missing_cell(of) or ":" not in str(of) or panel_of(of):
        return None
    label = _within_of_record({"n_reference_of": of}, lang, n)
    return _t("within-base", lang, n=fmt_int(n, lang), label=label) if label else None


def base_label(res: Any, t: str, lang: str = "fr", n: object = None,
               count: bool = True) -> str | None:
    """The base the user said for type ``t``'s figures ``res`` (a result frame or
    :class:`~barometre.analysis.records.Records`): ``within``'s ("intercommunalités de
    l'Ain", its noun agreeing with ``n``) or ``panel``'s ("14 communautés d'agglomération
    du panel"; without ``count``, the noun alone); None for the type's in France."""
    deps = within_of(res, t)
    if deps:
        kinds = ((res.attrs.get("within") or {}).get(t) or {}).get("kinds")
        return within_label(t, deps, lang, plural=takes_plural(n, lang), kinds=kinds)
    p = ((res.attrs.get("panel") or {}) if res is not None else {}).get(t)
    if not p:
        return None
    of = f"{t}:panel" + (":" + "+".join(p["kinds"]) if p.get("kinds") else "")
    return panel_label(of, int(p["n"]), lang, count=count)


def panel_out_notes(res: Any, lang: str = "fr") -> list[str]:
    """Under ``panel`` over several waves, the entities not in every wave, left out of the
    panel and of every figure (:func:`barometre.analysis.survey.balanced_panel`), said
    once with how many each wave lacks: « 150 intercommunalités non relevées à l'une des
    vagues, hors panel (150 le 15 octobre 2024, 0 le 14 octobre 2025) »; and those whose rows
    are empty at every wave (a template's unfilled rows, in no wave), after them or alone. ``res``: a result frame (or
    its :class:`~barometre.analysis.records.Records`, or its ``attrs``); none otherwise."""
    from ..domain.registry import TYPES
    from .waves import wave_date

    attrs = res if isinstance(res, dict) else getattr(res, "attrs", None) or {}
    out = attrs.get("panel_out") or {}
    blank = int(out.get("unanswered") or 0)  # rows empty at every wave: in none of them
    if not out or not (out.get("n") or blank):
        return []
    n, t = int(out.get("n") or 0), out.get("type")
    ty = TYPES.get(t) if t else None

    def label(k: int) -> str:
        return type_label(t, lang, plural=takes_plural(k, lang)) if t else (
            "entités" if lang == "fr" else "entities")

    if not n:  # every answered entity in every wave; a template's unfilled rows beside
        return [_t("panel-waves-unanswered", lang, n=fmt_int(blank, lang), label=label(blank))]
    # not surveyed at a wave, never « absentes » (in French, « absent » is « no account »);
    # French agrees with the type and the count
    missing = "absent" if lang == "en" else (
        "non relevé" + ("e" if ty is None or ty.feminine else "") + ("s" if takes_plural(n, "fr") else ""))
    items = ", ".join(
        _t("panel-waves-out-item" + ("" if len(str(w)) == 10 else "-year"), lang,
           k=fmt_int(k, lang), date=wave_date(str(w), lang))
        for w, k in (out.get("absent") or {}).items())
    return [_t("panel-waves-out", lang, n=fmt_int(n, lang), label=label(n), missing=missing,
               items=items)
            + (_t("panel-waves-out-unanswered", lang, n=fmt_int(blank, lang)) if blank else "")]


def region_map_notes(res: Any, lang: str = "fr", also: Any = None) -> list[str]:
    """Under survey figures of régions read before 1 January 2016 (measured as a panel:
    :func:`barometre.adoption` refuses them otherwise), the map they were read on: its end
    with the law and its address (:func:`family_end_note`'s facts), and, over waves on both
    sides of it, that the panel compares only the régions present in every wave. ``res``: a
    result frame with ``collectivity_type`` and ``year`` (or ``date``), or its records;
    ``also``: another (a report's Évolution, whose waves its adoption does not hold); none
    for any other.

    >>> import pandas as pd
    >>> df = pd.DataFrame({"collectivity_type": ["region", "region"], "year": [2015, 2025]})
    >>> print(region_map_notes(df, "en")[0])  # doctest: +ELLIPSIS
    Régions read before 1 January 2016 (the new map of the regions, loi n° 2015-29 du 16 janvier 2015: https://...): the map changed between the waves; ... every wave, a merged région is not today's.
    """
    from ..datasets.published import family_end
    from .waves import wave_date

    from ..domain.schemas import FILE_BASE_FAMILIES

    years: set[int] = set()
    for frame in (res, also):
        if frame is None:
            continue
        try:
            rows = [r for r in _as_records(frame).rows if r.get("collectivity_type") == "region"
                    # a survey's (a published figure's base says its map: base_text)
                    and r.get("base_family") in (*FILE_BASE_FAMILIES, None)]
        except (KeyError, TypeError, AttributeError):
            continue
        for r in rows:
            y = r.get("year")
            if is_missing(y):  # a wave's date (« 2015-10-15 », a Timestamp)
                d = str(r.get("date") or "")[:4]
                y = int(d) if d.isdigit() else None
            if y is not None:
                years.add(int(y))
    if not years or min(years) >= 2016:
        return []
    end = family_end("régions (carte d'avant 2016)")
    said = dict(date=wave_date(end["ends"], lang), what=_t("pub-family-change-region-map", lang),
                citation=end["citation"], url=end["url"])
    return [_t("region-map-waves" if max(years) >= 2016 else "region-map-before", lang, **said)]


def random_draw_notes(res: Any, lang: str = "fr", short: bool = False,
                      words: bool = False, method: bool = False) -> list[str]:
    """What the interval of survey figures read as a sample of their type assumes, when
    their file holds a part of it (any part short of the whole, 12 of the 22 métropoles as
    14 of the 230 communautés d'agglomération, or of the part it holds whole): that they
    were drawn at random, and that ``--panel`` reads a hand-picked panel as itself. None
    for a census, a base said by ``within`` or ``panel``, a file chosen by place (its own
    note says it), figures without interval. ``short``: the clause of a caption or a key
    figure, in words (« tirage au hasard supposé : si les entités ont été choisies, les
    chiffres ne valent que pour elles »: a slide's or a report's reader has no command
    line); ``words``: the note in words too, no option named (the report's), which points
    to « Sources et méthode » unless it is said there (``method``)."""
    # figures of several waves too: trend, changes, report and chart take --panel over waves
    out = []
    draw = "draw-assumed" if words else "random-draw"
    see = {"see": "" if method else _t("draw-assumed-see", lang)} if words else {}
    for t, parts in random_draw_of(res, lang).items():
        bands = all(label.startswith(_BAND) for _, _, label in parts)
        if short:
            out.append(_t("draw-assumed-short", lang))
        elif len(parts) == 1 and not bands:
            n, total, label = parts[0]
            year, held = _held_of(res, t, n)
            if held > n and year is not None:  # a blank row: the draw is of those that answered
                out.append(_t(draw + "-note-answered", lang, n=fmt_int(n, lang), label=label,
                              total=fmt_int(total, lang), held=fmt_int(held, lang), year=year,
                              **see))
            else:
                out.append(_t(draw + "-note", lang, n=fmt_int(n, lang), label=label,
                              total=fmt_int(total, lang), **see))
        else:  # split by category or size band: each one's entities, a draw of their own
            out.append(_t(draw + "-note-by", lang, each=_t(
                "random-draw-each-" + ("strate" if bands else "category"), lang),
                parts=", ".join(
                    _t("random-draw-part-strate", lang, n=fmt_int(n, lang),
                       total=fmt_int(total, lang), band=band_label(label[len(_BAND):], lang))
                    if bands else
                    _t("random-draw-part", lang, n=fmt_int(n, lang), total=fmt_int(total, lang),
                       label=label) for n, total, label in parts), **see))
    return out[:1] if short else out


def _held_of(res: Any, t: str, n: int) -> tuple[int | None, int]:
    """The year of a type's figures whose ``n_surveyed`` is ``n`` and the entities its file
    holds that year: answered or not on a platform (``n_base + n_unknown``, the most of its
    rows), so that a row left blank that year (Bas-Rhin in 2025) is counted as held, never
    as answered (:func:`random_draw_notes`). ``(None, n)`` when the figures do not say."""
    year, held = None, n
    for r in _as_records(res).rows:
        if (r.get("collectivity_type") != t or missing_cell(r.get("n_surveyed"))
                or int(r["n_surveyed"]) != n or missing_cell(r.get("n_base"))):
            continue
        unknown = r.get("n_unknown")
        k = int(r["n_base"]) + (0 if missing_cell(unknown) else int(unknown))
        if not missing_cell(r.get("year")) and k > held:
            year, held = int(r["year"]), k
    return year, held


#: how :func:`random_draw_of` labels a size band's part (« \x00band:< 500 »): never a
#: category's label, so that :func:`random_draw_notes` words a split by band as such
_BAND = "\x00band:"


def random_draw_of(res: Any, lang: str = "fr") -> dict[str, tuple[tuple[int, int, str], ...]]:
    """The types of :func:`random_draw_notes`: type -> ((entities of the file, N of its
    interval, what N counts: "communautés d'agglomération"),), one such triple per category
    under ``--by category`` (each its own N: 150 of the 989 communautés de communes, not of
    the 1,254 intercommunalités; none for a category read whole, a census)."""
    from .formats import _is_survey

    out: dict[str, tuple[int, int, str]] = {}
    by_kind: dict[str, dict[str, tuple[int, int]]] = {}  # type -> category -> (n, N)
    for r in _as_records(res).rows if res is not None else []:
        t = r.get("collectivity_type")
        if (t in out or not _is_survey(r) or r.get("census") is True
                or r.get("subset_census") is True or missing_cell(r.get("ci_low"))
                or is_sure(r)  # a sure range assumes no draw: k/N to (k + u)/N
                or "chosen_by_place" in flag_set(r)
                or (not missing_cell(r.get("n_reference_of")) and ":" in str(r["n_reference_of"]))):
            continue
        subset = r.get("design") == "subset"
        kind = r.get("category")
        band = r.get("strate")
        if not subset and not missing_cell(band) and not missing_cell(r.get("n_strate")):
            # split by size band (--by strate): each band's interval is against its own N
            n_was, _ = by_kind.setdefault(t, {}).get(_BAND + str(band), (0, 0))
            by_kind[t][_BAND + str(band)] = (max(n_was, int(r["n_base"])), int(r["n_strate"]))
            continue
        if not subset and not missing_cell(kind) and not missing_cell(r.get("n_category")):
            # split by category: the category's entities that answered (the most of its
            # rows), of its N
            n_was, _ = by_kind.setdefault(t, {}).get(kind, (0, 0))
            by_kind[t][kind] = (max(n_was, int(r["n_base"])), int(r["n_category"]))
            continue
        total = r.get("n_subset") if subset else r.get("n_reference")
        if subset and not missing_cell(kind):  # a row's n_subset: its category's
            total = ((_as_records(res).attrs.get("design") or {}).get(t) or {}).get("n_subset")
        n = r.get("n_surveyed")
        # any part short of the whole (panel17 said it below half only: 12 of the 22
        # métropoles read as France's with no word of the draw assumed, rvcom19)
        if missing_cell(total) or missing_cell(n) or not total or int(n) >= int(total):
            continue
        out[t] = ((int(n), int(total), _part_label(r, lang) if subset
                   else type_label(t, lang, plural=takes_plural(int(total), lang))),)
    for t, kinds in by_kind.items():
        parts = tuple((n, N, k if k.startswith(_BAND) else
                       _t("epci-kind-" + (k.lower() if takes_plural(N, lang) else
                                          "one-" + k.lower()), lang))
                      for k, (n, N) in kinds.items() if N and n < N)
        if parts and t not in out:
            out[t] = parts
    return out


def undated_notes(res: Any, lang: str = "fr") -> list[str]:
    """One note when survey figures have no year: their file gave no reading date (nor a
    year, nor ``--date``: ``validate``'s ``no-date``), so the « Année » column is empty and
    a report's period « – »; it says how to give the date. ``res``: a result frame or its
    :class:`~barometre.analysis.records.Records`; none when every figure has its year."""
    from .formats import _is_survey

    if res is None:
        return []
    res = _as_records(res)
    if "year" not in res.columns:
        return []
    if any(_is_survey(r) and missing_cell(r["year"]) for r in res.rows):
        return [_t("survey-no-year-note", lang)]
    return []


def no_year_note(ranked: Any, lang: str = "fr") -> str:
    """The note « Année non précisée … --date » (:func:`undated_notes`' words) under a
    ranking of :func:`barometre.rank` or a :func:`barometre.benchmark` whose readings have
    no year (``year`` empty on every row: a file without any reading date, ``validate``'s
    ``no-date``): the ranking names no year, and the note says how to give it; "" when
    a year is known.

    >>> import pandas as pd
    >>> no_year_note(pd.DataFrame({"year": pd.array([None, None], dtype="Int64")}), "en")[:16]
    'Year not stated:'
    >>> no_year_note(pd.DataFrame({"year": pd.array([2025], dtype="Int64")}))
    ''
    """
    if ranked is None or not len(ranked) or "year" not in ranked.columns:
        return ""
    # a benchmark with no count to compare has no year compared, but its entity's reading
    # is dated (an Annuaire export, « état au 12/03/2026 »): the file is not undated
    dated = "entity_year" in ranked.columns and ranked["entity_year"].notna().any()
    return _t("survey-no-year-note", lang) if ranked["year"].isna().all() and not dated else ""


def place_notes(res: Any, lang: str = "fr", words: bool = False) -> list[str]:
    """The notes under survey figures whose file was chosen by place (``attrs["place"]``
    of :func:`barometre.adoption`, :func:`barometre.analysis.survey.place_of`): the
    départements it holds, with their counts, and that it is no random draw among the
    type's entities in France, so its shares have no interval; how ``--within`` makes those
    départements' entities the base, and that ``--panel`` gives the shares of the file's
    entities only (as a file mostly in one région says it, :func:`design_notes`).
    ``res``: a result frame or its :class:`~barometre.analysis.records.Records`; none
    without ``attrs["place"]``. ``words``: ``--panel`` said in words (a report's or a
    chart's reader has no command line)."""
    return _said_in_words(lambda: _place_lines(res, lang), lang, words)


def _place_lines(res: Any, lang: str) -> list[str]:
    """:func:`place_notes`, the options named as the reader writes them."""
    from ..domain.registry import TYPES

    places = (res.attrs.get("place") or {}) if res is not None else {}
    out = []
    for t, p in places.items():
        said = _place_said(p, t, lang)
        f = "-f" if (ty := TYPES.get(t)) is not None and ty.feminine else ""
        hint = ""
        if _place_few(p):  # a few départements: their entities can be the base
            deps = p["departements"]
            those = _t("survey-place-those" if len(deps) > 1 else "survey-place-that", lang)
            census = p["n"] == p["n_within"]
            what = (_t("survey-place-census" + ("" if f else "-m"), lang) if census else
                    _t("survey-place-sample" + ("" if f else "-m"), lang,
                       n_within=fmt_int(p["n_within"], lang)))
            hint = _t("survey-place-hint", lang, codes=",".join(d for d, _ in p["departements"]),
                      n_within=fmt_int(p["n_within"], lang),
                      label=type_label(t, lang, plural=True), those=those, what=what)
        out.append(_t("survey-place-note", lang, n=said["n"], label=said["label_n"],
                      deps=said["deps"], items=said["items"],
                      total=fmt_int(p["total"], lang), hint=hint,
                      panel=_t("survey-place-panel", lang)))
    return out


def _place_few(p: dict) -> bool:
    """Whether a file chosen by place (:func:`barometre.analysis.survey.place_of`) lies in
    so few départements that each is named (no « et 24 autres »): then ``--within`` on
    them makes a base, which its notes suggest; a file a quarter in one département and
    spread over thirty others is no sample of thirty départements either."""
    return len(p["departements"]) <= _PLACE_NAMED + 1


def _place_said(p: dict, t: str, lang: str) -> dict[str, str]:
    """The words of a note on waves chosen by place (``p``: :func:`barometre.analysis.
    survey.place_of`): their entities, the type's label and the départements with their
    counts, as compare's note names them (:func:`place_notes`): the most held first (what
    makes the file chosen by place: « Ain (12) » before the 30 others of one each), the
    codes' order on a tie."""
    deps = sorted(p["departements"], key=lambda d: (-d[1], d[0]))
    shown = deps if _place_few(p) else deps[:_PLACE_NAMED]
    items = [f"{departement_name(d)} ({fmt_int(k, lang)})" for d, k in shown]
    rest = deps[len(shown):]
    if rest:
        items.append(_t("survey-place-others", lang, k=fmt_int(len(rest), lang),
                        n=fmt_int(sum(k for _, k in rest), lang)))
    return {"n": fmt_int(p["n"], lang), "label": type_label(t, lang, plural=True),
            "label_n": type_label(t, lang, plural=takes_plural(p["n"], lang)),
            "deps": _place_deps(len(deps), lang), "items": ", ".join(items)}


def _place_deps(k: int, lang: str) -> str:
    """ "de 2 départements", "d'un seul département" (French, its preposition elided);
    "2 départements", "a single département" (English: the sentence's own preposition)."""
    return (_t("survey-place-deps-one", lang) if k == 1 else
            _t("survey-place-deps", lang, k=fmt_int(k, lang)))


def place_key_words(place: dict, lang: str = "fr") -> str:
    """A key figure's words on its file chosen by place (the report's Synthèse sentence):
    "fichier de 2 départements : Loire-Atlantique, Ain" (the most held first)."""
    deps = sorted(place["departements"], key=lambda d: (-d[1], d[0]))
    names = [departement_name(d) for d, _ in deps[:_PLACE_NAMED]]
    if len(deps) > _PLACE_NAMED:
        names.append("…")
    return _t("survey-place-key", lang, deps=_place_deps(len(deps), lang),
              names=", ".join(names))


def design_wave_notes(designs: dict, lang: str = "fr", words: bool = False,
                      waves: Any = None) -> list[str]:
    """What ``trend --data`` says of the waves whose file holds a part of the type whole
    (``attrs["design"]`` of :func:`barometre.analysis.waves.wave_trend`: wave label ->
    (type, design)): a part alone, its share and interval are those of a sample of the type,
    which that wave is not; a wave that is no random sample of its type (the part beside
    others, far from the type's proportions: compare's flag ``non_random_sample``), its
    share marked « † » is its entities', with no interval, as compare says it; ``compare
    --data`` on its file counts the part apart. ``words``: compare's options said in words
    (a chart's reader has no command line). Waves chosen by the same place (or mostly in
    the same région, the same counts) share one note, « † Chaque vague : … » when they are
    all the trend's waves (``waves``: every wave label of the trend), else « † Chacune des
    vagues du … et du … : … »."""
    return _said_in_words(lambda: _design_wave_lines(designs, lang, waves), lang, words)


def _design_wave_lines(designs: dict, lang: str, waves: Any) -> list[str]:
    """:func:`design_wave_notes`, the options named as the reader writes them."""
    from ..analysis.survey import no_random_sample

    out = []
    for label, (t, d), end, said in _same_place_waves(designs, lang, waves):
        if end or no_random_sample(d):  # marked « † »: the words the Évolution shares, then trend's own
            out.append(_t("trend-design-note" + (end or "-marked"), lang,
                          note=_t("design-wave-note" + end.removesuffix("-spread"), lang,
                                  **said), codes=said.get("codes", "")))
        else:  # a part alone, read as a sample of the type
            out.append(_t("trend-design-note", lang, **said))
    return out


def _same_place_waves(designs: dict, lang: str, waves: Any = None) -> list[tuple]:
    """The waves of :func:`design_wave_notes` as (label, (type, design), end, said), those
    whose note says the same place (« -place », « -place-spread », « -region » with the
    same words but their date) joined into the first one's, its ``wave`` words naming them:
    « Chaque vague » when they are every wave of ``waves``, else « Chacune des vagues du
    15/10/2024 et du 15/10/2025 » (one wave alone: « Vague du 15/10/2025 »)."""
    from ..messages import said_and

    items: list[list] = []
    joined: dict[tuple, list] = {}
    for label, (t, d) in designs.items():
        end, said = _design_wave_said(str(label), t, d, lang)
        if end in ("-place", "-place-spread", "-region", "-region-spread"):
            key = (end, t, tuple(sorted((k, v) for k, v in said.items()
                                        if k not in ("of_wave", "wave"))))
            if key in joined:
                joined[key][4].append(said["of_wave"])
                joined[key][5].append(str(label))
                continue
            joined[key] = [label, (t, d), end, said, [said["of_wave"]], [str(label)]]
            items.append(joined[key])
        else:
            items.append([label, (t, d), end, said, [], []])
    every = ({str(w) for w in waves} if waves is not None else set())
    out = []
    for label, td, end, said, of_waves, labels in items:
        if len(labels) > 1:
            said = dict(said, wave=_t("design-wave-each", lang) if set(labels) == every
                        else _t("design-wave-each-of", lang, of_waves=said_and(of_waves, lang)))
        out.append((label, td, end, said))
    return out


def design_evolution_notes(designs: dict, lang: str = "fr", waves: Any = None) -> list[str]:
    """The notes under the report's Évolution on the waves whose points it marks « † »
    (``(type, wave label) -> design``, the label "2024-10-15" or a year; from
    ``extra["evolution_designs"]`` of :func:`barometre.analysis.report.report_data`): as
    trend's (:func:`design_wave_notes`) what the wave's file holds, then that its share is
    its entities', no random sample of the type's (the Évolution shows no interval, as
    compare and changes show none for it). Waves of a type chosen by the same place (or
    mostly in the same région) share one note, as trend's: « † Chaque vague : … » when they
    are all the Évolution's waves (``waves``: its every wave label), else « † Chacune des
    vagues du … et du … : … »."""
    by_type: dict[str, dict] = {}
    for (t, label), d in designs.items():
        by_type.setdefault(t, {})[str(label)] = (t, d)
    out = []
    for t, of_type in by_type.items():
        for _, _, end, said in _same_place_waves(of_type, lang, waves):
            out.append(_t("report-evolution-design-note", lang,
                          note=_t("design-wave-note" + end.removesuffix("-spread"), lang,
                                  **said)))
    return out


def _design_wave_said(label: str, t: str, d: dict, lang: str) -> tuple[str, dict[str, str]]:
    """What one wave ``label`` ("2024-10-15", or a year) holds of type ``t``: the end of its
    notes' codes ("-mix", "-kinds-mix": far from the type's bands' or categories'
    proportions; "" for a part) and their parameters."""
    from ..analysis.waves import _said

    label_t = type_label(t, lang, plural=True)
    wave = _said([label]).render(lang)  # "du 15 octobre 2025", "de 2024"; "of 15 October 2025"
    of_wave = (f"of {wave}" if lang == "en" else
               f"du {wave}" if len(label) == 10 else f"de {wave}")
    said = dict(of_wave=of_wave, total=fmt_int(d["total"], lang), label=label_t,
                wave=_t("design-wave-one", lang, of_wave=of_wave))
    if d.get("place"):  # most of the file in a few départements (analysis.survey.place_design):
        # --within on them suggested when they are few (« -spread »: a quarter in one)
        return ("-place" if _place_few(d["place"]) else "-place-spread"), dict(
            said, **_place_said(d["place"], t, lang))
    if d["kind"] == "mix" and d.get("region"):  # most of the file in one région: --within
        # its départements suggested when they hold it (« -spread »: it lies beyond them)
        region = _region_said(d, label_t, lang, t)
        return ("-region" if region["codes"] else "-region-spread"), dict(said, **region)
    if d["kind"] == "mix":  # no part: far from the type's categories' or bands' proportions
        kinds = bool(d.get("others_kinds"))
        return ("-kinds-mix" if kinds else "-mix"), dict(
            said, mix=_kinds_mix_said(d, lang) if kinds else _bands_mix_said(d, lang))
    part = _part_label({"collectivity_type": t}, lang, design=d)
    n = fmt_int(d["n_subset"], lang)
    if d["n_others"]:
        what = _beside_what(d, t, lang)
    elif d["kind"] == "bands":
        what = _t("survey-design-what-bands", lang, n=n, part=part,
                  n_sample=fmt_int(d["n_sample"], lang))
    else:
        what = _part_held(d, t, part, lang)
    return "", dict(said, what=what)


def design_changes_note(d: dict | None, lang: str = "fr", bands: dict | None = None,
                        mix: dict | None = None, words: bool = False) -> list[str]:
    """:func:`_design_changes_lines`; ``words``: the ``--within`` they advise said in words
    (a report's or a chart's reader has no command line)."""
    return _said_in_words(lambda: _design_changes_lines(d, lang, bands, mix), lang, words)


def _design_changes_lines(d: dict | None, lang: str, bands: dict | None,
                          mix: dict | None) -> list[str]:
    """What ``changes`` says when both waves hold a part of the type whole and nothing else
    (``attrs["design"]`` of :func:`barometre.analysis.waves.changes`): its « exhaustif »
    is the part's census, not the type's; or when they hold a sample inside some size bands
    only (``attrs["band_design"]``): their shares and test are those of the bands'; or
    when they are far from the type's categories' or size bands' proportions
    (``attrs["mix_design"]``, :func:`barometre.analysis.survey.mix_design`): their shares
    are the compared entities', no test; or when they hold a part whole beside others
    (``attrs["mix_design"]`` of a part, kind not ``"mix"``): likewise, as trend says
    such a wave (:func:`design_wave_notes`)."""
    if not d and not bands and mix and mix.get("kind") != "mix":  # a part beside others
        t = mix["type"]
        return [_t("changes-design-note-marked", lang, what=_beside_what(mix, t, lang),
                   total=fmt_int(mix["total"], lang), label=type_label(t, lang, plural=True))]
    if not d and not bands and mix and mix.get("place"):  # mostly in a few départements
        t, p = mix["type"], mix["place"]
        hint = (_t("changes-place-hint", lang, codes=",".join(d for d, _ in p["departements"]))
                if _place_few(p) else "")  # a few départements: their entities a base
        return [_t("changes-place-note", lang, **_place_said(p, t, lang),
                   total=fmt_int(mix["total"], lang), hint=hint)]
    if not d and not bands and mix and mix.get("region"):  # mostly in one région
        t = mix["type"]
        said = _region_said(mix, type_label(t, lang, plural=True), lang, t, waves=True)
        hint = _t("changes-place-hint", lang, codes=said["codes"]) if said["codes"] else ""
        return [_t("changes-region-note", lang, hint=hint, **said)]
    if not d and not bands and mix:
        t = mix["type"]
        kinds = bool(mix.get("others_kinds"))
        return [_t("changes-mix-note" + ("-kinds" if kinds else ""), lang,
                   mix=_kinds_mix_said(mix, lang) if kinds else _bands_mix_said(mix, lang),
                   total=fmt_int(mix["total"], lang), label=type_label(t, lang, plural=True))]
    if not d and bands:
        t = bands["type"]
        return [_t("changes-band-note", lang, part=_part_label({"collectivity_type": t}, lang,
                                                                design=bands),
                   n=fmt_int(bands["n_subset"], lang), total=fmt_int(bands["total"], lang),
                   label=type_label(t, lang, plural=True))]
    if not d:
        return []
    t = d["type"]
    what = _part_held(d, t, _part_label({"collectivity_type": t}, lang, design=d), lang)
    # no platform counted whole (some answers unknown): the part said, no « exhaustif »
    code = "changes-design-note" if d.get("census", True) else "changes-design-note-held"
    return [_t(code, lang, what=what, total=fmt_int(d["total"], lang),
               label=type_label(t, lang, plural=True))]


def _beside_what(d: dict, t: str, lang: str) -> str:
    """What a file holding a part of type ``t`` whole beside others holds (``d``: its
    design, ``n_others`` of them), as trend's and changes' notes say it: "les 42 grandes
    villes, toutes, à côté de 60 autres communes"."""
    return _t("survey-design-what-beside", lang, n=fmt_int(d["n_subset"], lang),
              part=_part_label({"collectivity_type": t}, lang, design=d),
              **_beside_words(d, t, lang))


def _part_held(d: dict, t: str, part: str, lang: str) -> str:
    """What a file holding a part of type ``t`` whole holds (``d``: its design, ``part``:
    :func:`_part_label`): "les 96 départements de métropole", "les 101 villes préfectures"."""
    n = fmt_int(d["n_subset"], lang)
    if d["kind"] == "metropole":
        return _t("survey-design-what-metropole", lang, n=n,
                  label=type_label(t, lang, plural=True))
    return _t("survey-design-what-other", lang, n=n, part=part)


def _beside_words(d: dict, t: str, lang: str, inside: str = "") -> dict[str, str]:
    """The words of a design note about the ``d["n_others"]`` entities of type ``t``
    beside the part held whole, agreeing with their count and the type's French gender:
    « à côté de 1 autre commune », « l'autre supposée tirée au hasard », « les 96
    départements de métropole, tous » (``inside``: the size bands they are all in)."""
    from ..domain.registry import TYPES

    n = d["n_others"]
    one = not takes_plural(n, "fr")  # "the other one" in English too, never "1 others"
    f = "-f" if (ty := TYPES.get(t)) is not None and ty.feminine else ""
    o = "-one" if one else ""
    words = {"beside": _t("survey-design-beside" + o, lang, n=fmt_int(n, lang),
                          label=type_label(t, lang, plural=takes_plural(n, lang))),
             "all": _t("survey-design-all" + f, lang),
             "counted": _t("survey-design-counted" + f, lang),
             "assumed": _t("survey-design-assumed" + o + f, lang, n=fmt_int(n, lang))}
    if inside:
        words["others_are"] = _t("survey-design-others-are" + (o + f if one else ""), lang,
                                 n=fmt_int(n, lang), inside=inside)
        words["all_inside"] = _t("survey-design-all-inside" + o + f, lang, inside=inside)
    return words


def _design_lines(res: Records, lang: str) -> list[str]:
    """Under figures from a survey file that is no random sample of its type
    (``attrs["design"]``): what it holds, and what can be said of the whole type: the
    range each share of it can take (a part alone), or the estimate weighing each part
    by its size (a part beside a few others)."""
    designs = res.attrs.get("design") or {}
    out = []
    for t, d in designs.items():
        rows = [r for r in res.rows if r["collectivity_type"] == t and r.get("design")]
        if not rows:
            continue
        r0 = rows[0]
        label = type_label(t, lang, plural=True)
        if d["kind"] == "mix" and d.get("region"):  # most of the file in one région
            said = _region_said(d, label, lang, t)
            hint = _t("survey-region-hint", lang, codes=said["codes"]) if said["codes"] else ""
            out.append(_t("survey-design-region", lang, hint=hint, **said))
            continue
        # under within: the base's entities (« intercommunalités du Finistère »)
        label = base_label(res, t, lang, n=d["total"]) or label
        if d["kind"] == "mix" and d.get("others_kinds"):  # no part, the categories'
            # proportions not kept; split by size band, each band mixes them likewise
            code = ("survey-design-kinds-mix-bands" if "strate" in res.columns
                    else "survey-design-kinds-mix")
            out.append(_t(code, lang, mix=_kinds_mix_said(d, lang), label=label,
                          total=fmt_int(d["total"], lang),
                          others=fmt_int(d["n_others"], lang)))
            continue
        if d["kind"] == "mix":  # no part, the type's bands' proportions not kept
            out.append(_t("survey-design-mix", lang, mix=_bands_mix_said(d, lang), label=label,
                          total=fmt_int(d["total"], lang),
                          others=fmt_int(d["n_others"], lang)))
            continue
        part = _part_label(r0, lang, design=d)
        common = {"n": fmt_int(d["n_subset"], lang), "part": part, "label": label,
                  "total": fmt_int(d["total"], lang), "rest": fmt_int(d["n_rest"], lang),
                  "others": fmt_int(d["n_others"], lang), **_beside_words(d, t, lang)}
        if d.get("bands"):  # the file (or its others) inside some size bands: which missing
            common["missing"] = ", ".join(_band_in_text(b, lang) for b in d["missing"])
        if d.get("kinds"):  # a sample of some categories (and bands): theirs, not the type's
            out.append(_kinds_note(d, t, "strate" in res.columns, lang, **common))
            continue
        if d["kind"] == "bands":  # a sample inside some size bands: theirs, not the type's
            code = ("survey-design-band-sample-bands" if "strate" in res.columns
                    else "survey-design-band-sample" if d.get("estimable", True)
                    else "survey-design-band-sample-mix")  # far from their proportions
            out.append(_t(code, lang, n_sample=fmt_int(d["n_sample"], lang),
                          **({"mix": _bands_mix_said(d, lang)}
                             if code.endswith("-mix") else {}), **common))
            continue
        if d.get("bands"):  # a part beside others, all inside some size bands
            lows = {label: low for low, label in _insee_bands()}
            ranges = sorted(lows[b] for b in d["bands"])
            inside = _bands_label(t, _bands_id_of(ranges), lang, False)
            common.update(inside=inside, covered=fmt_int(d["n_covered"], lang),
                          estimated=fmt_int(d["n_estimated"], lang),
                          **_beside_words(d, t, lang, inside))
        if d["n_others"] == 0:
            what = _part_held(d, t, part, lang)
            ranges = []
            for r in rows:
                if "strate" in res.columns or missing_cell(r["n_present"]):
                    continue
                k, u = int(r["n_present"]), d["total"] - int(r["n_base"])
                ranges.append(_t("survey-design-range", lang,
                                 platform=platform_label(r["platform"], lang),
                                 low=fmt_share(k / d["total"], lang),
                                 high=fmt_share((k + u) / d["total"], lang)))
            if ranges:
                line = _t("survey-design-subset", lang, what=what,
                          ranges="; ".join(ranges) if lang == "en" else " ; ".join(ranges),
                          **common)
            else:  # by size band: each band is counted on its own
                line = _t("survey-design-subset-bands", lang, what=what, **common)
            if d["kind"] == "type":  # a narrower type has its own figures
                line += _t("survey-design-type-hint", lang, type=d["subset"], part=part)
            out.append(line)
            continue
        if "strate" in res.columns:
            out.append(_t("survey-design-bands-inside" if d.get("bands")
                          else "survey-design-bands", lang, **common))
            continue
        if not d.get("estimable", True) and d.get("bands_mix"):  # beside a part, others
            # far from the rest's size bands' proportions: no estimate for the type
            pool = d["n_covered"] if d.get("n_covered") is not None else d["n_rest"]
            out.append(_t("survey-design-stratified-bands-mix", lang,
                          mix=_bands_mix_said(d, lang), pool=fmt_int(pool, lang), **common))
            continue
        if not d.get("estimable", True):  # beside categories held whole, others far from
            # the rest's categories' proportions: no estimate for the type
            out.append(_t("survey-design-stratified-mix", lang, mix=_kinds_mix_said(d, lang),
                          **common))
            continue
        estimates = []
        for r in rows:
            platform = platform_label(r["platform"], lang)
            if missing_cell(r.get("estimate")):
                estimates.append(_t("survey-design-no-estimate", lang, platform=platform))
            elif missing_cell(r.get("estimate_low")):
                estimates.append(_t("survey-design-estimate-no-ci", lang, platform=platform,
                                    share=fmt_share(r["estimate"], lang), part=part))
            else:
                estimates.append(_t("survey-design-estimate", lang, platform=platform,
                                    share=fmt_share(r["estimate"], lang),
                                    ci=fmt_ci(r["estimate_low"], r["estimate_high"], lang)))
        out.append(_t("survey-design-stratified-inside" if d.get("bands")
                      else "survey-design-stratified", lang,
                      estimates="; ".join(estimates) if lang == "en" else " ; ".join(estimates),
                      **common))
    return out


#: The French « de » of the régions whose name takes an article (the others: « de
#: Bretagne », « d'Occitanie »)
_REGION_DE = {"24": "du Centre-Val de Loire", "32": "des Hauts-de-France",
              "44": "du Grand Est", "52": "des Pays de la Loire"}


def _of_regions(codes: list[str], lang: str) -> str:
    """Some régions after « de » / "of", overseas France (:data:`barometre.analysis.
    survey.OVERSEAS`) one of them: « de Bretagne et des Pays de la Loire », « d'outre-mer »;
    "of Bretagne and Pays de la Loire", "of overseas France"."""
    from ..analysis.survey import OVERSEAS
    from ..datasets.reference import regions
    from ..messages import de_fr, said_and

    name = regions().set_index("code")["name"]
    if lang == "en":
        return "of " + said_and(["overseas France" if r == OVERSEAS else name.get(r, r)
                                 for r in codes], lang)
    return said_and(["d'outre-mer" if r == OVERSEAS else
                     _REGION_DE.get(r) or de_fr(name.get(r, r)) for r in codes], lang)


def _region_said(d: dict, label: str, lang: str, t: str = "", waves: bool = False
                 ) -> dict[str, str]:
    """The words of a note on a file mostly in one région (``d["region"]``: région, in the
    file, in France; :func:`barometre.analysis.survey.region_design`), or overseas, or in
    a few régions held (``d["regions"]``: « tous les départements de Bretagne et des Pays
    de la Loire (9) »; ``d["regions_inside"]``: none more than half of it, the file inside
    them alone): ``held`` what it holds, ``chance`` what a random draw would not do,
    ``codes`` the départements ``--within`` takes (``d["within"]``: "" when none fits), of
    type ``t`` (the French gender of « tous »); ``waves``: a note on two waves (« leurs »)."""
    from ..analysis.survey import OVERSEAS
    from ..datasets.reference import regions
    from ..domain.registry import TYPES

    r, k, n_region = d["region"]
    n = d["n_others"]
    common = {"k": fmt_int(k, lang), "n": fmt_int(n, lang), "label": label,
              "n_region": fmt_int(n_region, lang), "total": fmt_int(d["total"], lang)}
    over = "-overseas" if r == OVERSEAS else ""
    held = d.get("regions") or []
    if held:  # a few régions, at least half of each: named, and how many of theirs
        of_regions = _of_regions([g for g, _, _ in held], lang)
        m = sum(x for _, _, x in held)
        f = "-f" if (ty := TYPES.get(t)) is not None and ty.feminine else ""
        said = (_t("region-held-all" + f, lang, label=label, of_regions=of_regions,
                   n=fmt_int(n, lang)) if n == m else
                _t("region-held-most", lang, n=fmt_int(n, lang), m=fmt_int(m, lang),
                   label=label, of_regions=of_regions))
        chance = (_t("region-chance-inside" + f, lang, r=fmt_int(len(held), lang))
                  if d.get("regions_inside") else  # none more than half of the file
                  _t("region-chance-k" + over, lang, k=fmt_int(k, lang)))
    else:
        said = _t("region-held" + (over or "-one"), lang,
                  their=_t("region-their-" + ("waves" if waves else "file"), lang),
                  region=regions().set_index("code")["name"].get(r, r), **common)
        chance = _t("region-chance" + (over or "-one"), lang)
    return dict(common, held=said, chance=chance, codes=",".join(d.get("within") or []))


def _bands_mix_said(d: dict, lang: str) -> str:
    """A file's entities per size band (``d["bands_mix"]``: band, in the file, in France)
    in words: « 8 des 18 256 de la strate < 500, 8 des 42 de la strate ≥ 100 000 »."""
    return ", ".join(_t("survey-design-mix-band-item", lang, k=fmt_int(k, lang),
                        n=fmt_int(n, lang), band=_band_in_text(band, lang))
                     for band, k, n in d["bands_mix"])


def _kinds_mix_said(d: dict, lang: str) -> str:
    """A file's entities (its others beside a part) per category of intercommunalités
    (``d["others_kinds"]``: category, in the file, in France) in words: « 10 des 989
    communautés de communes, 10 des 21 métropoles »."""
    return ", ".join(_t("survey-design-mix-item", lang, k=fmt_int(k, lang), n=fmt_int(n, lang),
                        kinds=_t("epci-kind-" + kind.lower(), lang))
                     for kind, k, n in d["others_kinds"])


def _kinds_note(d: dict, t: str, by_band: bool, lang: str, **common: str) -> str:
    """The note under the figures of a file of some categories of intercommunalités alone
    (:func:`barometre.analysis.survey.kind_design`), maybe inside some size bands too: what
    it holds, with the counts of France, and that its shares are those categories' (and
    bands'), not the type's."""
    kinds = _kinds_label(d["kinds"], lang)
    none = [_t("survey-kinds-count", lang, n=fmt_int(n, lang), kinds=_t("epci-kind-" + k.lower(), lang))
            for k, n in d["kinds_missing"]]
    none_said = ""
    if none:
        sep, last = _t("survey-kinds-none-sep", lang), _t("survey-kinds-none-last", lang)
        none_said = _t("survey-kinds-none", lang, kinds=none[0] if len(none) == 1 else
                       sep.join(none[:-1]) + last + none[-1])
    within = ""
    if d.get("bands"):  # the categories' entities of some bands only
        lows = {label: low for low, label in _insee_bands()}
        ranges = _bands_id_of(sorted(lows[b] for b in d["bands"]))
        within = _t("survey-kinds-within", lang, n=common["n"], kinds=kinds,
                    ranges=_bands_label(t, ranges, lang, False, label=" ").strip())
    head = _t("survey-kinds-head", lang, kinds=kinds, n_sample=fmt_int(d["n_sample"], lang),
              n_kinds=fmt_int(d["n_kinds"], lang), none=none_said, within=within)
    if by_band:
        return _t("survey-design-kind-sample-bands", lang, head=head, kinds=kinds, **common)
    aside = _t("survey-kinds-aside", lang) if none else ""
    if d.get("missing"):
        missing = ", ".join(_band_in_text(b, lang) for b in d["missing"])
        aside = _t("survey-kinds-aside-bands" if none else "survey-kinds-aside-bands-only",
                   lang, kinds=kinds, missing=missing)
    hint = _t("survey-kinds-hint", lang) if d.get("bands") else ""
    return _t("survey-design-kind-sample", lang, head=head, n_sample=fmt_int(d["n_sample"], lang),
              aside=aside, hint=hint, **common)


def _band_in_text(band: str, lang: str) -> str:
    """A size band in a sentence: French thousands with a narrow no-break space."""
    from .formats import _FRENCH_THOUSANDS

    said = band_label(band, lang)
    return said if lang == "en" else _FRENCH_THOUSANDS.sub("\u202f", said)


def _insee_bands() -> list:
    from ..datasets.reference import INSEE_BANDS

    return INSEE_BANDS


def _bands_id_of(lows: list) -> str:
    """:func:`barometre.analysis.survey._bands_id` of the bands of these lower bounds."""
    from ..analysis.survey import _bands_id

    index = {low: i for i, (low, _) in enumerate(_insee_bands())}
    return _bands_id(index[x] for x in lows)


def _n_cell(r: dict, lang: str) -> str:
    if not is_missing(r.get("n_present")) and not is_missing(r["n_base"]):
        return f"{fmt_int(r['n_present'], lang)}/{fmt_int(r['n_base'], lang)}"
    if not is_missing(r["n_base"]):
        return "n = " + fmt_int(r["n_base"], lang)
    if unsure_base_word(r) and not is_missing(r.get("n_present")):
        return _t("pub-n-present", lang, n=fmt_int(r["n_present"], lang))  # the n it knows
    return _t("pub-n-unknown", lang)


def _warnings(res: Records, lang: str) -> list[str]:
    records = res.rows
    out = []
    missing = res.attrs.get("missing_types") or []
    if missing:
        names = ", ".join(type_label(t, lang, plural=True) for t in missing)
        out.append(_t("pub-no-figure-that-year", lang, names=names))
    has_census = "census" in res.columns
    census = [has_census and not missing_cell(r["census"]) and bool(r["census"]) for r in records]
    # the census of a part of the type (a file of its metropolitan entities) is no sample
    sample = [r for r, c in zip(records, census) if not c and not missing_cell(r["share"])
              and r.get("subset_census") is not True and r.get("design") != "stratified"
              and not unsure_base_word(r)  # no sample either
              and not place_without_interval(r)]  # no draw: no interval to read wide
    # a base the source does not state is no sample either: its own note says why
    unknown = [r for r in sample if missing_cell(r["n_base"])
               and "base_unstated" not in flag_set(r)]
    if unknown:
        out.append(_t("pub-unknown-denominator", lang, count=len(unknown), s=plural_s(len(unknown))))
    # a sure range is no estimate to read with caution: certain, whatever its n
    small = [r for r in sample if not missing_cell(r["n_base"]) and r["n_base"] < SMALL_N
             and not is_sure(r)]
    if small:
        out.append(_t("pub-small-n", lang, limit=SMALL_N, count=len(small), s=plural_s(len(small))))
    # the figures said under the table (attrs["other_figures"]) carry marks too: explained
    others = _other_figure_records(res)
    marks = "".join(_marks(r) for r in records + others)
    counted = [flag_set(r) for r, c in zip(records, census) if c and not missing_cell(r["share"])]
    if any("not_k_of_n" not in f for f in counted):  # what "exhaustif" says (census_word)
        out.append(_t("pub-census-note", lang))
    if any("not_k_of_n" in f for f in counted):  # what "recensement, part non k/n" says
        out.append(_t("pub-census-not-k-of-n-note", lang))
    # what « minimum » and « base non précisée » say
    out += unsure_base_notes([r for r in records if not missing_cell(r["share"])], lang)
    for sign, code in (("*", "pub-wording-note"), ("°", "pub-present-note"),
                       ("§", "pub-respondents-note")):
        if sign in marks:
            out.append(_t(code, lang))
    # a survey file's "†" (no random sample of its type) has its own note (_design_lines)
    return (out + flag_notes([r for r in records if r.get("design") != "stratified"] + others,
                             lang)
            + _comparison_lines(res, lang))


def _other_figure_records(res: Records) -> list[dict]:
    """The figures of ``attrs["other_figures"]`` as records (type, source, their marks)."""
    return [{**f, "collectivity_type": t, "source": e["source"]}
            for t, entries in (res.attrs.get("other_figures") or {}).items()
            for e in entries for f in e["figures"] if not missing_cell(f.get("share"))]


def _disputed_note(r: dict, lang: str) -> str:
    """Why a figure is disputed: its note, in English when translated
    (:data:`~barometre.messages.published.NOTES_EN`), else quoted and said to be French."""
    notes = "" if missing_cell(r.get("notes")) else str(r.get("notes"))
    if lang == "en":
        from ..messages.published import NOTES_EN

        if notes in NOTES_EN:
            notes = NOTES_EN[notes]
        elif notes:
            return _t("pub-disputed-note-fr", lang, source=r["source"], notes=notes)
    return _t("pub-disputed-note", lang, source=r["source"], notes=notes)


def _row_name(r: dict, lang: str) -> str:
    """A row named by its type (a figure of type ``all`` by its base) and platform."""
    return f"{figure_type_label(r, lang)} {platform_label(r['platform'], lang)}"


def _comparison_lines(res: Records, lang: str) -> list[str]:
    """What the comparison is on, what it leaves out, and what sets marked rows apart."""
    anchor = res.attrs.get("anchor")
    if not anchor:
        return []
    measure = _t(_measure_code(anchor["measure"]), lang)
    plats = ", ".join(platform_label(p, lang) for p in anchor["platforms"])
    out = [_t("pub-compared-on", lang, measure=measure, platforms=plats)]
    mine = type_label(res.rows[0]["collectivity_type"], lang, plural=True) if res.rows else ""
    without = res.attrs.get("platforms_without_figure") or []
    if without:  # asked with -p, nothing published for the type: said, not dropped silently
        out.append(_t("pub-platforms-no-figure", lang, plural=mine,
                      platforms=", ".join(platform_label(p, lang) for p in without)))
    unread = res.attrs.get("platforms_not_surveyed") or []
    if unread:  # a survey file: asked with -p, never read in it
        out.append(_t("survey-platforms-not-surveyed", lang,
                      platforms=", ".join(platform_label(p, lang) for p in unread)))
    elsewhere = res.attrs.get("platforms_elsewhere") or {}
    if elsewhere:
        out.append(_t("pub-platforms-elsewhere", lang, plural=mine, items=", ".join(
            _t("pub-platforms-elsewhere-item", lang, platform=platform_label(p, lang),
               years=", ".join(map(str, ys))) for p, ys in elsewhere.items())))
    left = res.attrs.get("left_out") or {}
    for reason, code in (("other", "pub-left-out"), ("disputed", "pub-left-out-disputed")):
        items = [_t("pub-left-out-item", lang, type=_left_out_label(t, v, lang),
                    platforms=", ".join(platform_label(p, lang) for p in v["platforms"]))
                 for t, v in left.items() if v["reason"] == reason]
        if items:
            out.append(_t(code, lang, items=_join_names(items, lang)))
    if "differs" in res.columns:
        for reason, code in (("measure", "pub-differs-measure"), ("platforms", "pub-differs-platforms"),
                             ("disputed", "pub-differs-disputed")):
            rows = [r for r in res.rows if reason in str(r.get("differs") or "")]
            if rows:
                out.append(_t(code, lang, rows=_join_names(
                    list(dict.fromkeys(_row_name(r, lang) for r in rows)), lang)))
        out += _other_source_lines(res, lang)
    out += _other_figures_lines(res, lang)
    return out


def _join_names(names: list[str], lang: str) -> str:
    """Names listed: ", " between them, " ; " when one holds a comma itself ("régions,
    départements et villes préfectures Facebook")."""
    if any("," in n for n in names):
        return ("; " if lang == "en" else " ; ").join(names)
    return ", ".join(names)


def _left_out_label(t: str, v: dict, lang: str) -> str:
    """A type left out of a comparison, named with its map as the table's Base says it
    (« régions (carte d'avant 2016) »), a figure of type ``all`` by its base family
    (:func:`~barometre.render.formats.type_with_map`), each once."""
    families = v.get("base_families") or [""]
    return " / ".join(dict.fromkeys(type_with_map(
        {"collectivity_type": t, "base_family": f}, lang) for f in families))


def _cited(source: str, years: list, month: object, period: object, lang: str) -> str:
    """A source cited by its publisher and its own date: "Ideose, fin 2015", "Institut
    Edgar Quinet, mars 2013 (chiffres de 2012)"."""
    from ..datasets.published import source_texts

    publisher = (source_texts().get(str(source)) or {}).get("publisher") or str(source)
    publisher = publisher.split(" (")[0]  # "Adverbia", as the report's key figures name it
    return f"{publisher}, {source_date(source, years, lang, month, period)}"


def _other_source_lines(res: Records, lang: str) -> list[str]:
    """The rows of another source than most (``differs`` ``other_source``: another study,
    another date within the same year), named with their source and date, and the source
    of the rest of the table: « ≠ autre source que le reste du tableau (…) : … »."""
    rows = [r for r in res.rows if "other_source" in str(r.get("differs") or "")
            and r.get("comparable") is not False]
    ref = res.attrs.get("reference_source")
    if not rows or ref is None:
        return []
    mine = [r for r in res.rows if r["source"] == ref]
    items = []
    for sid in dict.fromkeys(r["source"] for r in rows):
        of = [r for r in rows if r["source"] == sid]
        names = _join_names(list(dict.fromkeys(_row_name(r, lang) for r in of)), lang)
        items.append(_t("pub-differs-source-item", lang, rows=names, source=_cited(
            sid, [r["year"] for r in of], of[0].get("month"), of[0].get("period"), lang)
            + f" [{sid}]"))
    reference = _cited(ref, [r["year"] for r in mine], mine[0].get("month") if mine else None,
                       mine[0].get("period") if mine else None, lang) + f" [{ref}]"
    return [_t("pub-differs-source", lang, reference=reference,
               items=("; " if lang == "en" else " ; ").join(items))]


def _other_figures_lines(res: Records, lang: str) -> list[str]:
    """The figures of the shown types, year and platforms that the table leaves out
    (``attrs["other_figures"]`` of :func:`barometre.compare`), counted and named, one line
    per type: « Autres chiffres de 2015 pour les régions (2) : Ideose, fin 2015 (Facebook
    89 %, X (ex-Twitter) 81 %) — --all-sources pour les voir côte à côte. »"""
    other = res.attrs.get("other_figures") or {}
    out = []
    for t, entries in other.items():
        if not entries:
            continue
        items: dict[str, list[str]] = {}  # one citation once ("Adverbia, 2012": two ids)
        count = 0
        for e in entries:
            figures = []
            for f in e["figures"]:
                if missing_cell(f.get("share")):
                    continue
                r = {**f, "collectivity_type": t}
                # several types together: each figure says what it is of (its base)
                of = _t("pub-other-figures-of", lang, label=figure_type_label(r, lang, True)) \
                    if t == "all" else ""
                figures.append(f"{of}{platform_label(f['platform'], lang)} "
                               + fmt_share(f["share"], lang, published_digits(f)) + _marks(r))
            if not figures:
                continue
            count += len(figures)
            cited = _cited(e["source"], [e.get("year")], e.get("month"), e.get("period"), lang)
            items.setdefault(cited, []).extend(figures)
        if not items:
            continue
        years = {e.get("year") for e in entries if e.get("year") is not None}
        year = str(int(next(iter(years)))) if len(years) == 1 else ""
        out.append(_t("pub-other-figures-all" if t == "all" else "pub-other-figures", lang,
                      year=year, count=count,
                      plural=type_label(t, lang, plural=True),
                      items=("; " if lang == "en" else " ; ").join(
                          _t("pub-other-figures-item", lang, source=c, figures=", ".join(f))
                          for c, f in items.items())))
    return out


def adoption_table(df: Any, lang: str = "fr", title: str = "") -> str:
    """Table view of compare/adoption records: one row per figure, then sources and notes.

    A census reads "exhaustif" instead of an interval; rows from several sources carry
    their source id; marks (*, °, §, ≈, ↺, ‡, ≠) are explained under the table.
    ``df`` is a result frame or its :class:`~barometre.analysis.records.Records`.
    """
    res = _as_records(df)
    by_band = "strate" in res.columns
    by_kind = "category" in res.columns  # split by category of intercommunalités
    several = len({s for s in res.column("source") if not missing_cell(s)}) > 1
    headers = [_t(c, lang) for c in ("pub-col-type", "pub-col-platform", "pub-col-year",
                                     "pub-col-share", "pub-col-n", "pub-col-ci", "pub-col-base")]
    rows = []
    for r in res.rows:
        rows.append(([band_label(r["strate"], lang)] if by_band else [])
                    + ([category_label(r["category"], lang)] if by_kind else [])
                    + [figure_type_label(r, lang), platform_label(r["platform"], lang),
                       "" if is_missing(r["year"]) else str(int(r["year"])),
                       _share_cell(r, lang), _n_cell(r, lang), _ci_cell(r, lang),
                       base_text(r, lang, unknown=True)]
                    + ([str(r["source"])] if several else []))
    if by_band:
        headers = [_t("pub-col-strate", lang)] + headers
    if by_kind:
        headers = [_t("pub-col-category", lang)] + headers
    if several:
        headers.append(_t("pub-col-source", lang))
    parts = [title] if title else []
    parts.append(text_table(headers, rows, ("l" if by_band else "") + ("l" if by_kind else "")
                            + "lllrrll" + ("l" if several else "")))
    parts.append("")
    parts += _source_lines(res, lang)
    parts += _warnings(res, lang)
    parts += _survey_ci_lines(res, lang)
    parts += random_draw_notes(res, lang)
    parts += region_map_notes(res, lang)  # régions read on the map of before 2016
    parts += _skipped_lines(res, lang)
    parts += not_an_epci_notes(res, lang)  # the EPCI category « métropole »: not Lyon
    parts += _design_lines(res, lang)
    parts += place_notes(res, lang)
    parts += undated_notes(res, lang)
    parts += _annuaire_lines(res, lang)
    return "\n".join(parts)


def _skipped_lines(res: Records, lang: str) -> list[str]:
    """The entities left out for an error that no figure counts (``attrs["skipped_unshown"]``
    of a survey read with ``errors="skip"``: a rejected date's year unknown in a file of
    several years, or a platform without any reading kept that year), counted per platform
    and year: « Écartées pour erreur et comptées dans aucun chiffre : Facebook, année
    inconnue (…) : 1 département ; voir barometre validate »."""
    unshown = res.attrs.get("skipped_unshown") or []
    if not unshown:
        return []
    t = res.attrs.get("collectivity_type") or next(
        (r["collectivity_type"] for r in res.rows), None)
    items = []
    for r in unshown:
        of = r.get("collectivity_type") or t
        n = type_count(r["n"], of, lang) if of else fmt_int(r["n"], lang)
        platform = platform_label(r["platform"], lang)
        items.append(_t("skipped-unshown-item-no-year", lang, platform=platform, n=n)
                     if missing_cell(r["year"]) else
                     _t("skipped-unshown-item", lang, platform=platform, year=int(r["year"]),
                        n=n))
    return [_t("skipped-unshown", lang, items=("; " if lang == "en" else " ; ").join(items))]


def _survey_ci_lines(res: Records, lang: str) -> list[str]:
    """How the intervals of survey figures are computed, when one is shown: Wilson with the
    finite-population correction for the N entities of the type, bounds on possible shares
    (:func:`barometre.analysis.stats.wilson_interval`), or plain Wilson without N."""
    from .formats import _is_annuaire, _is_survey

    every = [r for r in res.rows if _is_survey(r) and r.get("census") is not True
             and r.get("subset_census") is not True and not missing_cell(r.get("ci_low"))]
    out = []
    # a 95 % interval's method (of an Annuaire export: no entity of it is « sans réponse »,
    # the others are out of the file), and a sure range's certainty (k/N–(k + u)/N), each
    # said when a figure shows one
    ci95, sure = [r for r in every if not is_sure(r)], [r for r in every if is_sure(r)]
    for code, shown in (("pub-survey-ci-note", ci95), ("pub-survey-sure-note", sure)):
        code = annuaire_code(code, bool(shown) and all(map(_is_annuaire, shown)))
        if not shown:
            continue
        sizes = _ci_sizes(shown, lang)
        if "category" in res.columns:  # split by category: each one's N, said
            pops = _category_pops(shown, lang)
            if pops:
                out.append(_t(code, lang, pops=pops))
        elif sizes:
            pops = _ci_pops(sizes, "strate" in res.columns, lang)
            out.append(_t(code, lang, pops=pops))
        if len(sizes) < len({r["collectivity_type"] for r in shown}):
            out.append(_t("pub-survey-ci-sample-note", lang))
    return out


def _category_pops(shown: list[dict], lang: str) -> str:
    """The N of the intervals of figures split by category, one per category shown:
    "989 communautés de communes, 230 communautés d'agglomération"; a file of a part of the
    type (:func:`barometre.analysis.survey.survey_design`): the category's entities in the
    part, the part said ("91 communautés d'agglomération (parmi les communautés
    d'agglomération de 100 000 habitants ou plus)")."""
    said: dict[str, str] = {}
    for r in shown:
        k = r.get("category")
        if missing_cell(k) or k in said or missing_cell(r.get("n_category")):
            continue
        if r.get("design") == "subset" and not missing_cell(r.get("n_subset")):
            said[k] = _t("pub-survey-ci-kind-part", lang,
                         n=category_counted(r, lang, int(r["n_subset"])),
                         part=_part_label(r, lang))
        else:
            said[k] = category_counted(r, lang)
    return ", ".join(said.values())


def _ci_sizes(shown: list[dict], lang: str) -> dict[str, tuple[int, str | None]]:
    """Per type, the N the intervals of survey figures ``shown`` are for (the type's
    entities in France, or the part's a file holds whole) and the part's label; a type
    whose N is unknown is not in it (plain Wilson)."""
    sizes = {}
    for r in shown:
        size = r.get("n_reference")
        if r.get("design") == "subset":  # a file of a part of the type: N is the part's
            size = r.get("n_subset")
        if not missing_cell(size) and size:
            sizes[r["collectivity_type"]] = (int(size), _part_label(r, lang)
                                             if r.get("design") == "subset" else
                                             _within_of_record(r, lang, int(size)))
    return sizes


def _within_of_record(r: dict, lang: str, n: int) -> str | None:
    """A survey figure's base said by ``within`` (``n_reference_of`` "epci:01,44") or
    ``panel`` ("epci:panel:CA": "communautés d'agglomération du panel"): its label, None
    for the type's in France."""
    of = r.get("n_reference_of")
    if missing_cell(of) or ":" not in str(of):
        return None
    if panel_of(of):  # the base said by panel: the noun, after the count said
        return panel_label(str(of), n, lang, count=False)
    t, _, rest = str(of).partition(":")
    deps, _, kinds = rest.partition(":")  # "epci:01,44:CA": the CA of the Ain and the Loire
    return within_label(t, deps.split(","), lang, plural=takes_plural(n, lang),
                        kinds=kinds.split("+") if kinds else None)


def _ci_pops(sizes: dict[str, tuple[int, str | None]], by_band: bool, lang: str) -> str:
    """ "101 départements" (several types: joined by ", "); split by size band, "the
    communes of each band in France"."""
    if by_band:
        # a base said by within or panel (« communes du panel »): its bands, not France's
        return ", ".join(_t("pub-survey-ci-bands-of", lang, type=part) if part else
                         _t("pub-survey-ci-bands", lang, type=type_label(t, lang, plural=True))
                         for t, (_, part) in sizes.items())
    return ", ".join(f"{fmt_int(n, lang)} {part or type_label(t, lang, plural=n > 1)}"
                     for t, (n, part) in sizes.items())


def ci_note(whiskered: list[dict], without: list[dict], lang: str = "fr") -> str:
    """The caption's line on a chart's whiskers (adoption): what the 95 % interval is for,
    the share of all N of the base ("for the share of all 101 départements", as the table's
    note says it), or of the whole population sampled when N is unknown; and, when some
    bars have none, why in one clause: a census (the share is exact) or a count unknown.
    ``whiskered``: the records drawn with a whisker (some); ``without``: those drawn
    without one."""
    from .formats import _is_survey

    sizes = _ci_sizes(whiskered, lang) if all(_is_survey(r) for r in whiskered) else {}
    sure = [r for r in whiskered if is_sure(r)]  # sure ranges (k/N–(k + u)/N): certain
    all_sure = False
    if sizes and len(sizes) == len({r["collectivity_type"] for r in whiskered}):
        by_band = any(not missing_cell(r.get("strate")) for r in whiskered)
        pops = _ci_pops(sizes, by_band, lang)
        all_sure = len(sure) == len(whiskered) and not by_band
        said = _t("note-sure-of" if all_sure else "note-ci-of" + ("-bands" if by_band else ""),
                  lang, pops=pops)
    else:  # a published figure's, or a survey's N unknown: plain Wilson
        said = _t("note-ci-sampled", lang)
    if sure and not all_sure:  # beside 95 % intervals: the sure ones named
        from ..messages import said_and

        said += _t("note-sure-some", lang, platforms=said_and(dict.fromkeys(
            platform_label(r["platform"], lang) for r in sure), lang))
    census = any(r.get("census") is True or r.get("subset_census") is True
                 or (not missing_cell(r.get("ci_low")) and r.get("ci_low") == r.get("ci_high"))
                 for r in without)
    unknown = any(missing_cell(r.get("n_base")) for r in without)
    if census or unknown:
        said += _t("note-ci-none-" + ("both" if census and unknown else
                                      "census" if census else "unknown"), lang)
    return said


def not_an_epci_notes(res: Any, lang: str = "fr") -> list[str]:
    """Under figures of the EPCI category « métropole » (``attrs["not_an_epci"]``, figures
    split by category): the Métropole de Lyon is no EPCI, out of them, counted in the type
    ``metropole``; a manager reading « 21/21 exhaustif » would take it for every métropole.
    ``res``: a result frame or its records."""
    lyon = getattr(res, "attrs", {}).get("not_an_epci")
    return ([_t("pub-lyon-not-epci-note", lang, name=lyon["name"], siren=lyon["code"])]
            if lyon else [])


def annuaire_notes_of(df: Any, lang: str = "fr") -> list[str]:
    """The Annuaire's notes (measure: declared accounts, a minimum; its date and
    attribution) under the figures of waves read from its exports (``attrs["annuaire"]`` of
    :func:`barometre.wave_trend`, :func:`barometre.changes`), as compare prints them."""
    meta = df.attrs.get("annuaire")
    return list(meta.get("notes_en" if lang == "en" else "notes_fr") or []) if meta else []


def _annuaire_lines(res: Records, lang: str) -> list[str]:
    """Under a figure from the Annuaire de l'administration: measure, date, attribution,
    caveat and the services set aside (prepared in ``attrs["annuaire"]``)."""
    meta = res.attrs.get("annuaire")
    if not meta:
        return []
    return list(meta.get("notes_en" if lang == "en" else "notes_fr") or [])


def trend_table(df: Any, lang: str = "fr") -> str:
    """Table view of a trend: one block per comparable series, each row naming its source
    (publisher and the source's own date: :func:`~barometre.render.formats.source_date`) and
    any break (another source or another base: other words or counts, a base unstated or
    one its source does not specify on one side, :func:`barometre.analysis.published.base_break`)."""
    from ..datasets.published import sources

    names = dict(zip(sources()["source_id"], sources()["publisher"]))
    headers = [_t(c, lang) for c in ("pub-col-year", "pub-col-share", "pub-col-n", "pub-col-ci",
                                     "pub-col-base", "pub-col-source", "pub-break-col")]
    parts = []
    for n, block in df.groupby("series", sort=True):
        first = block.iloc[0]
        family = first.get("base_family") or first.get("base") or ""
        parts.append(_t("pub-series-head", lang, n=n, measure=_t(_measure_code(first["measure"]), lang),
                        family=_base_in(family, first, lang)))
        rows = []
        for r in block.to_dict("records"):
            when = source_date(r["source"], [r["year"]], lang, r.get("month"), r.get("period"))
            brk = ""
            if r.get("break") in ("source", "base", "base_unstated", "base_uncounted"):
                before = r.get("break_from")
                if r["break"] != "source":
                    before = _base_in(before, r, lang)
                brk = _t(f"pub-break-{r['break'].replace('_', '-')}", lang, before=before)
            rows.append([str(int(r["year"])), _share_cell(r, lang),
                         _n_cell(r, lang), _ci_cell(r, lang), base_text(r, lang),
                         f"{names.get(r['source'], r['source'])}, {when} [{r['source']}]", brk])
        parts.append(text_table(headers, rows, "lrrllll"))
        end = family_end_note(first.get("base_family"), first.get("collectivity_type"),
                              _t("pub-family-series", lang, n=n), lang)
        parts += [end, ""] if end else [""]
    undated = undated_note(getattr(df, "attrs", {}), lang)
    return "\n".join(parts + ([undated] if undated else []) + _warnings(_as_records(df), lang))


def undated_note(attrs: dict, lang: str = "fr") -> str | None:
    """What :func:`barometre.trend` and :func:`barometre.select` leave out for want of a
    year (``attrs["undated_left_out"]``), said with each source as the trend table names
    it, its publisher and its id: « 1 chiffre sans date laissé de côté (source : Institut
    Edgar Quinet [edgar-quinet-nd-2]) »; None when they leave none out.

    >>> print(undated_note({"undated_left_out": {"n": 1, "sources": ["edgar-quinet-nd-2"]}}))
    1 chiffre sans date laissé de côté (source : Institut Edgar Quinet [edgar-quinet-nd-2])
    >>> print(undated_note({"undated_left_out": {"n": 2, "sources": ["a", "b"]}}))
    2 chiffres sans date laissés de côté (sources : a, b)
    """
    left = (attrs or {}).get("undated_left_out")
    if not left or not left.get("n"):
        return None
    from ..datasets.published import sources

    n, ids = int(left["n"]), list(left.get("sources") or [])
    # a reader of the caption knows publishers, not ids; the id is what --source takes
    names = dict(zip(sources()["source_id"], sources()["publisher"]))
    said = [f"{names[i]} [{i}]" if i in names else i for i in ids]
    return _t("pub-undated-left-out", lang, n=fmt_int(n, lang), s="" if n == 1 else "s",
              ss="" if len(ids) == 1 else "s", sources=", ".join(said))


def family_end_note(family: object, type_id: object, series: str, lang: str = "fr") -> str | None:
    """Under a series of published figures whose base family ends on a date the law fixes
    (:func:`barometre.datasets.published.family_end`, the one definition the trend chart
    reads too): what changed, when, and the law with its address; None for any other family.

    >>> print(family_end_note("régions (carte d'avant 2016)", "region", "Série 1"))
    Série 1 : la base « régions (carte d'avant 2016) » prend fin le 1er janvier 2016 (nouvelle carte des régions, loi n° 2015-29 du 16 janvier 2015 : https://www.legifrance.gouv.fr/loda/id/JORFTEXT000030109622) ; ses chiffres ne se comparent pas à ceux d'après.
    """
    from ..datasets.published import family_end
    from .waves import wave_date

    end = family_end(family)
    if end is None:
        return None
    return _t("pub-family-end", lang, series=series,
              family=_base_in(family, {"collectivity_type": type_id}, lang),
              date=wave_date(end["ends"], lang),
              what=_t(f"pub-family-change-{end['change']}", lang),
              citation=end["citation"], url=end["url"])


def _base_in(base: object, r: dict, lang: str) -> str:
    """A base named in a trend's head or break, in ``lang`` (:func:`base_text`)."""
    if missing_cell(base) or not base:
        return ""
    return base_text({"base": base, "collectivity_type": r.get("collectivity_type")}, lang)


def benchmark_text(df: Any, lang: str = "fr") -> str:
    """One sentence per platform, ready to paste:
    "Instagram : 12 345 abonnés, 5e sur 87, indice 140 ; 8,1 pour 1 000 habitants, 12e sur 87";
    a rank shared with another peer is "12e ex aequo sur 87" (``tied``, ``tied_per_1000``)."""
    from .formats import (aside_tail, no_account_text, platforms_no_year_text,
                          platforms_set_aside_text, population_note)

    en = lang == "en"
    a = df.attrs
    shared = df["peer_group"].iloc[0] if "peer_group" in df.columns and len(df) else None
    head = (bench_entity_words(a, lang)
            + (" — peers: " if en else " — pairs : ") + _bench_peers(a, shared, lang)
            + council_once_base(a, lang))
    lines = [head]
    if a.get("narrower"):  # communes all villes préfectures: how --type reads them
        lines.append(narrower_said(a["narrower"], lang, "cli"))
    if a.get("years"):
        aside = platforms_set_aside_text(a.get("set_aside"), lang, a.get("same_campaign"))
        lines.append(_t("bench-years", lang, years=", ".join(map(str, a["years"])))
                     + aside_tail(aside, platforms_no_year_text(a.get("set_aside"), lang),
                                  "bench-set-aside", lang))
    no_account = no_account_text(a.get("no_account"), lang, a.get("no_account_doubtful"))
    if no_account:  # "Non;0": not a peer with 0 followers, counted
        lines.append(no_account[:1].upper() + no_account[1:])
    lines.append("")
    # counts abbreviated in the file ("184,8k"): marked ≈ with their numbers per 1,000
    # inhabitants, said below; counted as the counts they are (one a platform)
    n_rounded, per_1000 = 0, False
    typed = a.get("typed_counts") or {}  # their cells as typed (« 112 k »), by platform
    annuaire = bool(a.get("annuaire"))  # an Annuaire export: declared accounts, said so
    for r in df.to_dict("records"):
        line, k = bench_platform_line(r, lang, typed=typed.get(r["platform"]),
                                      latest=bench_latest_year(a), annuaire=annuaire)
        lines.append(line)
        n_rounded += k > 0
        per_1000 |= k > 1
    n_questioned = bench_questioned(df)  # counts the reader questioned: marked, said below
    lines.append("")
    if annuaire:  # no count: neither index nor per 1,000; its measure, date and caveat, as
        # compare says them under its table
        lines.append(f"Source: {a.get('source', '')}" if en else
                     f"Source : {a.get('source', '')}")
        lines.extend(_annuaire_lines(df, lang))
    else:
        lines.append(population_note([a.get("collectivity_type")], lang,  # "pour 1 000"
                                     a.get("mayotte_codes")))  # the peers' of Mayotte
        lines.append("Index: value ÷ peer median × 100; rank 1 = most followers. "
                     f"Source: {a.get('source', '')}" if en else
                     "Indice : valeur ÷ médiane des pairs × 100 ; rang 1 = le plus d'abonnés. "
                     f"Source : {a.get('source', '')}")
    if n_rounded:
        lines.append(rounded_counts_note(n_rounded, lang, bench_own_typed(df), per_1000))
    once = councils_once_note(a, lang)  # « 8e sur 99 » of « les 101 départements »: why
    if once:
        lines.append(once)
    if n_questioned:
        lines.append(questioned_note(n_questioned, a.get("collectivity_type"), lang))
    served = served_note(a.get("population_served"), lang)
    if served:
        lines.append(served)
    undated = no_year_note(df, lang)
    if undated:  # no reading date in the file: no year, said as under compare
        lines.append(undated)
    if a.get("collectivity_type") == "epci" and shared == "METRO":  # its peers, the EPCI
        # category « métropole »: the Métropole de Lyon is none of them (compare's note)
        from ..analysis.survey import not_an_epci

        lines += not_an_epci_notes(SimpleNamespace(attrs={"not_an_epci": not_an_epci()}),
                                   lang)
    return "\n".join(lines)


def bench_questioned(df: Any) -> int:
    """How many counts a benchmark shows or compares that the reader questioned: the
    entity's own marked « (à vérifier) » (``followers_questioned``, on the lines that give
    its count) and its peers' (``n_peers_questioned``); 0 for a frame without them."""
    n = 0
    for r in df.to_dict("records"):
        if is_missing(r.get("n_peers_questioned")):
            continue
        own = r.get("entity_year")
        if (not is_missing(own) and not is_missing(r.get("year")) and own < r["year"]) or (
                r.get("present") is False or is_missing(r.get("followers"))):
            continue  # no rank among the peers on that line: no figure of theirs shown
        n += int(r["n_peers_questioned"]) + bool(r.get("followers_questioned"))
    return n


def peers_counted(n: int, lang: str = "fr") -> str:
    """« 77 pairs », « 1 pair », « aucun pair » ("77 peers", "1 peer", "no peer"): how many
    peers a benchmark line counts, none said in words, the plural by each language's rule
    (:func:`~barometre.messages.is_plural`)."""
    if not n:
        return _t("bench-peers-none", lang)
    return _t("bench-peers-n", lang, n=fmt_int(n, lang), s=plural_s(n))


def bench_latest_year(attrs: dict) -> int | None:
    """The benchmark's year: the latest of the years its platforms compare
    (``attrs["years"]`` of :func:`barometre.benchmark`), the year its report heading and
    chart title give; ``None`` when no reading has a year."""
    years = attrs.get("years") or []
    return int(max(years)) if years else None


def bench_not_in_year(r: dict, latest: int | None) -> bool:
    """Whether a benchmark row (``r``) says a platform not read in the benchmark's year
    ``latest`` (:func:`bench_latest_year`): its readings compared are of an older year
    (TikTok of 2025 in a benchmark of 2026), the entity's own of that year or none. Its
    line is said of that year, never as the latest's (« non relevé en 2026 »)."""
    year, own = r.get("year"), r.get("entity_year")
    return (latest is not None and not is_missing(year) and int(year) < latest
            and (is_missing(own) or int(own) == int(year)))


def bench_platform_line(r: dict, lang: str = "fr", detail: bool = True,
                        typed: dict | None = None,
                        latest: int | None = None, annuaire: bool = False) -> tuple[str, int]:
    """One platform's line of a benchmark (``r``: a row of :func:`barometre.benchmark`'s
    frame, as a dict) and the number of values it marks ≈ (read from an abbreviated count):
    "Facebook : 90 583 abonnés, 5e sur 84, indice 475 ; 60,9 pour 1 000 habitants, 19e sur
    84"; "Instagram : absent", "TikTok : non renseigné" (the benchmark chart's words).
    A rank that a count read from an abbreviated number leaves open gives the ranks it can
    be and why: « 66,4 pour 1 000 habitants, 3e ou 4e sur 13 : le compte de Gironde,
    « 112 k », est arrondi » (:func:`bench_rank_words`; ``typed``: the platform's
    ``attrs["typed_counts"]``, the cells quoted). ``detail=False`` leaves out the peers not
    ranked, by reason and named (the report's Synthèse: its Benchmark sheet lists them); the
    figures are the same. ``latest``: the benchmark's year (:func:`bench_latest_year`); a
    platform whose latest readings are older is said so, its line of its own year:
    « TikTok : non relevé en 2026 ; dernier relevé (2025) : sans compte (…) ».
    ``annuaire``: the rows of an Annuaire export, « sans compte déclaré »."""
    from .formats import per1000_number

    en = lang == "en"
    label = platform_label(r["platform"], lang)
    head = f"{label}{':' if en else ' :'} "
    if bench_not_in_year(r, latest):  # TikTok of 2025 under a benchmark of 2026: said
        line, k = bench_platform_line(r, lang, detail, typed, annuaire=annuaire)
        return head + _t("bench-not-in-year", lang, latest=latest, year=int(r["year"]),
                         line=line[len(head):]), k
    year, own = r.get("year"), r.get("entity_year")
    n = r["n_peers"]
    if not is_missing(own) and not is_missing(year) and own < year:
        # its latest reading is older than its peers': not ranked among them, said
        return head + _t("bench-entity-older", lang, year=year, own=own,
                         peers=peers_counted(n, lang)), 0
    if r["present"] is False or is_missing(r["followers"]):
        # the benchmark chart's words for the same states, one word per state (« sans
        # compte », as its peers without one are said); then its peers' context, whatever
        # the entity's state: how many have a count, and why the others do not
        state = _t(annuaire_code("label-absent", annuaire) if r["present"] is False
                   else "label-no-data" if is_missing(r["present"]) else "label-no-count", lang)
        out = bench_not_ranked_text(r, lang, annuaire) if detail else ""
        return head + state + _t("bench-peers-with-count-out" if out else "bench-peers-with-count",
                                 lang, peers=peers_counted(n, lang), items=out), 0
    rounded = bool(r.get("followers_rounded") or False)
    n_rounded = int(rounded)
    # the peers not ranked, in rank's words: "2e sur 3 (1 sans réponse : Ille-et-Vilaine)"
    out = bench_not_ranked_text(r, lang, annuaire) if detail else ""
    out = _t("rank-count-out", lang, items=out) if out else ""
    # the reader questioned its count: « (à vérifier) » beside it; its peers', counted
    mark = questioned_mark(r.get("followers_questioned"), lang)
    peers_q = r.get("n_peers_questioned")
    peers_q = ("" if is_missing(peers_q) or not peers_q
               else _t("bench-peers-questioned", lang, n=fmt_int(peers_q, lang)))
    ranks, why = bench_rank_words(r, "followers", lang, typed)
    part1 = (f"{ROUNDED_MARK if rounded else ''}{fmt_int(r['followers'], lang)} "
             f"{'followers' if en else 'abonnés'}{mark}, "
             f"{ranks}{peers_q}{out}{why}, "
             f"{'index' if en else 'indice'} {fmt_index(r['index'], lang)}")
    part2 = ""
    if not is_missing(r["followers_per_1000"]):
        n_rounded += rounded  # from the rounded count: rounded too, as rank marks it
        ranks, why = bench_rank_words(r, "followers_per_1000", lang, typed)
        part2 = (f"{'; ' if en else ' ; '}{ROUNDED_MARK if rounded else ''}"
                 f"{per1000_number(r['followers_per_1000'], lang)} "
                 + ("per 1,000 inhabitants" if en else "pour 1\u202f000 habitants")
                 + mark + f", {ranks}{why}")
    few = _t("bench-few-peers", lang) if not is_missing(n) and n < FEW_PEERS else ""
    return head + part1 + part2 + few, n_rounded


def bench_rank_words(r: Any, metric: str = "followers", lang: str = "fr",
                     typed: dict | None = None, short: bool = False) -> tuple[str, str]:
    """A benchmark row's rank by ``metric`` (``"followers"``, ``"followers_per_1000"``) in
    words, and why it is open ("" when it is not): « 5e sur 13 », « 27e ex aequo avec
    Dijon Métropole sur 40 » (the peers it shares it with, ``tied_names``: one named, more
    counted; ``short``, where space is tight, a chart's label: « 27e ex aequo sur 40 »);
    when a count read from an abbreviated number can change it
    (:func:`barometre.analysis.peers.rank_range`), the ranks it can be and the counts
    that make it so, each quoted as the file typed it (``typed``, ``{code: (cell, count)}``,
    the platform's ``attrs["typed_counts"]``): (« 3e ou 4e sur 13 », « : le compte de
    Gironde, « 112 k », est arrondi »). ``r``: a row of :func:`barometre.benchmark` (a
    record, a Series).

    >>> r = {"rank_per_1000": 3, "n_peers_per_1000": 13, "tied_per_1000": False,
    ...      "rank_per_1000_best": 3, "rank_per_1000_worst": 4,
    ...      "rank_per_1000_rounded_codes": "33", "rank_per_1000_rounded_names": "Gironde",
    ...      "collectivity_type": "departement"}
    >>> bench_rank_words(r, "followers_per_1000", typed={"33": ("112 k", 112000)})
    ('3e ou 4e sur 13', ' : le compte de Gironde, « 112 k », est arrondi')
    """
    from ..analysis.peers import rounded_rank
    from .formats import fmt_rank, fmt_rank_range

    per = metric == "followers_per_1000"
    rank = r.get("rank_per_1000" if per else "rank")
    n = r.get("n_peers_per_1000") if per else r.get("n_peers")
    if per and (is_missing(n) or not n):  # as the sentence said it before
        n = r.get("n_peers")
    t = r.get("collectivity_type")
    best, worst, codes, names = rounded_rank(r, metric)
    if best is None or worst is None or best == worst or is_missing(rank):
        with_ = None if short else r.get("tied_per_1000_names" if per else "tied_names")
        return fmt_rank(rank, n, lang, t, r.get("tied_per_1000" if per else "tied"),
                        with_), ""
    return fmt_rank_range(best, worst, n, lang, t), rounded_why(codes, names, typed, lang)


def rounded_why(codes: list[str], names: list[str], typed: dict | None = None,
                lang: str = "fr") -> str:
    """Why a rank is open: the counts read from an abbreviated number that can change it,
    each with its cell as typed when known (``typed``: ``{code: (cell, count)}``), the
    first :data:`NAMED_UP_TO` named: « : le compte de Gironde, « 112 k », est arrondi »,
    « : les comptes de Gironde (« 112 k ») et de Nord (« 150 k ») sont arrondis »; ""
    without any.

    >>> rounded_why(["33", "38"], ["Gironde", "Isère"], {"33": ("112 k", 112000)})
    " : les comptes de Gironde (« 112 k ») et d'Isère sont arrondis"
    >>> rounded_why(["33", "38"], ["Gironde", "Isère"], {"33": ("112 k", 112000)}, "en")
    ': the counts of Gironde (“112 k”) and Isère are rounded'
    """
    from ..messages import de_fr, said_and

    typed = typed or {}
    if not codes:
        return ""
    en = lang == "en"
    if len(codes) == 1:
        cell = typed.get(codes[0])
        name = names[0] if en else de_fr(names[0])
        return (_t("bench-rounded-one", lang, name=name, typed=cell[0]) if cell
                else _t("bench-rounded-one-untyped", lang, name=name))
    items = [_t("bench-rounded-item", lang, name=name, typed=typed[code][0])
             if code in typed else name for code, name in zip(codes, names)][:NAMED_UP_TO]
    listed = said_and(items if en else [de_fr(item) for item in items], lang)
    if len(codes) > NAMED_UP_TO:
        return _t("bench-rounded-many", lang, n=fmt_int(len(codes), lang), items=listed)
    return _t("bench-rounded-several", lang, items=listed)


def bench_rank_range_line(r: Any, metric: str, lang: str = "fr", typed: dict | None = None
                          ) -> str:
    """The line of a benchmark chart's caption and of the report's Benchmark sheet that
    says a rank a count read from an abbreviated number leaves open, on its platform and
    value: « 3e ou 4e sur 13 (Facebook, pour 1 000 habitants) : le compte de Gironde,
    « 112 k », est arrondi »; "" when the rank is not open."""
    ranks, why = bench_rank_words(r, metric, lang, typed)
    if not why:
        return ""
    value = _t("bench-value-per-1000" if metric == "followers_per_1000"
               else "bench-value-followers", lang)
    return _t("bench-rank-range-line", lang, ranks=ranks, why=why, value=value,
              platform=platform_label(r["platform"], lang))


def bench_own_typed(df: Any) -> tuple[str, int] | None:
    """The cell as typed, and the count read, of the entity's own count on the first of a
    benchmark's rows where it was read from an abbreviated number (``followers_rounded``):
    what the footnote of ≈ quotes (:func:`rounded_note`); None when no such cell is
    known."""
    typed = df.attrs.get("typed_counts") or {}
    code = str(df.attrs.get("code"))
    for platform, flag in zip(df["platform"], rounded_flags(df)):
        cell = (typed.get(platform) or {}).get(code) if flag else None
        if cell:
            return cell
    return None


#: a benchmark names the peers not ranked for one reason when they are this many or fewer
NAMED_UP_TO = 3


#: the words of each reason a peer is not ranked (``NOT_RANKED``), as a ranking's base
_NOT_RANKED_WORDS = {"not_answered": "rank-not-answered", "absent": "rank-no-account",
                     "no_count": "rank-no-count", "no_reading": "rank-no-reading"}


def not_ranked_item(key: str, n: int, platform: str, lang: str = "fr",
                    annuaire: bool = False) -> str:
    """One part of a ranking's base, ``n`` entities not ranked for reason ``key``
    (:data:`barometre.analysis.peers.NOT_RANKED_ALL`) on ``platform`` (an id): « 3 sans
    compte », « 1 sans relevé Facebook ».

    ``annuaire``: of an Annuaire export, « 3 sans compte déclaré ».

    >>> not_ranked_item("no_reading", 1, "facebook")
    '1 sans relevé Facebook'
    """
    code = _NOT_RANKED_WORDS[key]
    return _t(annuaire_code(code, annuaire and key == "absent"), lang, n=fmt_int(n, lang),
              **({"platform": platform_label(platform, lang)} if key == "no_reading" else {}))


def bench_named(n: int, names: list[str]) -> str:
    """The peers not ranked for one reason, named when :data:`NAMED_UP_TO` or fewer
    ("Ille-et-Vilaine, Mayotte"), else "": the one rule of the sentence, the chart's
    caption and the report's Benchmark."""
    return ", ".join(names) if names and n <= NAMED_UP_TO else ""


def bench_not_ranked_items(row: Any, lang: str = "fr", named: str = "colon",
                           annuaire: bool = False) -> list[str]:
    """The peers a benchmark does not rank on one platform, in the words of a ranking's
    base (:func:`rank_base_text`): "1 sans réponse", "10 sans compte", "1 avec un compte
    sans nombre d'abonnés", each reason's peers named when :data:`NAMED_UP_TO` or fewer
    (:func:`bench_named`), after a colon ("1 sans réponse : Ille-et-Vilaine",
    ``named="colon"``) or in brackets ("1 sans réponse (Ille-et-Vilaine)",
    ``named="brackets"``), or not named (``named="none"``). ``row``: one row of :func:`barometre.analysis.peers.benchmark`
    (a record, a Series), read through its not-ranked columns
    (:func:`~barometre.analysis.peers.not_ranked_peers`).

    >>> bench_not_ranked_items({"n_no_answer": 1, "no_answer_names": "Ille-et-Vilaine",
    ...                         "n_no_account": 10, "no_account_names": "…"})
    ['1 sans réponse : Ille-et-Vilaine', '10 sans compte']
    """
    from ..analysis.peers import not_ranked_peers

    items = []
    for key, (n, _, names) in not_ranked_peers(row).items():
        if not n:
            continue
        item = not_ranked_item(key, n, str(row.get("platform") or ""), lang, annuaire)
        who = bench_named(n, names) if named != "none" else None
        if who:
            item = (_t("bench-not-ranked-named", lang, item=item, names=who)
                    if named == "colon" else f"{item} ({who})")
        items.append(item)
    return items


def bench_not_ranked_text(row: Any, lang: str = "fr", annuaire: bool = False) -> str:
    """:func:`bench_not_ranked_items` in one phrase, "1 sans réponse : Ille-et-Vilaine ;
    10 sans compte" (reasons apart with « ; » when some are named, else ", "): what a
    benchmark's sentence puts after its rank, "2e sur 3 (…)"; "" when none; ``annuaire``:
    of an Annuaire export, « 10 sans compte déclaré »."""
    from ..analysis.peers import not_ranked_peers

    items = bench_not_ranked_items(row, lang, annuaire=annuaire)
    named = any(bench_named(n, names) for n, _, names in not_ranked_peers(row).values())
    return (("; " if lang == "en" else " ; ") if named else ", ").join(items)


def bench_not_ranked_note(df: Any, platforms: list[str], lang: str = "fr") -> str:
    """The caption's note of the peers a benchmark chart does not rank, per platform drawn:
    "Pairs non classés — Facebook : 1 sans compte (Mayenne) ; Instagram : 2 sans réponse
    (Ille-et-Vilaine, Mayotte), 10 sans compte" ("" when every peer is ranked); ``df``:
    the frame of :func:`barometre.analysis.peers.benchmark`, read by its columns."""
    rows = {r["platform"]: r for r in df.to_dict("records")}
    parts = []
    for p in platforms:
        items = bench_not_ranked_items(rows[p], lang, named="brackets") if p in rows else []
        if items:
            parts.append(_t("note-bench-not-ranked-platform", lang,
                            platform=platform_label(p, lang), items=", ".join(items)))
    if not parts:
        return ""
    return _t("note-bench-not-ranked", lang, items=("; " if lang == "en" else " ; ").join(parts))


def bench_not_ranked_counts_note(df: Any, platforms: list[str], code: str,
                                 lang: str = "fr", annuaire: bool = False) -> str:
    """The benchmark chart's short note of the peers it does not rank: their number per
    platform drawn, every reason together, and where the detail is ("Pairs non classés
    (sans réponse, sans compte, sans nombre d'abonnés ou sans relevé du réseau) : Facebook 17,
    X (ex-Twitter) 24"; "" when every peer is ranked). The reasons and names stay in the
    command's table, its CSV and the report (:func:`bench_not_ranked_note` in full); on a
    slide they took half the image. No pointer: a chart is no report's (« feuille Benchmark
    du rapport » named a sheet that was never made), and « barometre benchmark --entity
    29 » without the file and the type could not run as printed. ``code``: the entity's
    (kept for the callers, unused);
    ``annuaire``: peers read from an Annuaire export, none of them « sans réponse »
    (« sans compte déclaré, sans nombre d'abonnés ou sans relevé du réseau »)."""
    from ..analysis.peers import not_ranked_peers

    rows = {r["platform"]: r for r in df.to_dict("records")}
    items = []
    for p in platforms:
        n = sum(int(k) for k, _, _ in not_ranked_peers(rows[p]).values()) if p in rows else 0
        if n:
            items.append(_t("note-bench-not-ranked-count", lang, platform=platform_label(p, lang),
                            n=fmt_int(n, lang)))
    if not items:
        return ""
    return _t(annuaire_code("note-bench-not-ranked-counts", annuaire), lang,
              items=", ".join(items))


def served_short_note(served: list[dict] | None, lang: str = "fr") -> str:
    """:func:`served_note` in one short sentence for a chart's caption, the territories
    grouped by the council whose population they use: "Population du conseil, non du
    territoire, pour 2A, 2B (Collectivité de Corse), 69 (Département du Rhône)"; "" when
    none. The populations themselves are in the table, the CSV and the report.

    >>> served_short_note([{"code": "2A", "council": "Collectivité de Corse"},
    ...                    {"code": "69", "council": "Département du Rhône"},
    ...                    {"code": "2B", "council": "Collectivité de Corse"}])
    'Population du conseil, non du territoire, pour 2A, 2B (Collectivité de Corse), 69 (Département du Rhône)'
    """
    if not served:
        return ""
    by: dict[str, list[str]] = {}
    for e in served:
        by.setdefault(e["council"], []).append(e["code"])
    items = [_t("note-population-served-council", lang, codes=", ".join(codes), council=c)
             for c, codes in by.items()]
    return _t("note-population-served-short", lang, items=", ".join(items))


def served_note(served: list[dict] | None, lang: str = "fr") -> str:
    """The note of the entities whose population is their council's, not their
    territory's (``population_served`` of a benchmark or ranking), or "" when none:
    "Population du conseil, non du territoire : Rhône (69) : « Département du Rhône »
    (69D), 478 313 habitants (territoire : 1 914 667)"."""
    if not served:
        return ""
    items = [_t("note-population-served-item", lang, territory=e["territory"], dep=e["code"],
                council=e["council"], council_code=e["council_code"],
                served=fmt_int(e["served"], lang), own=fmt_int(e["territory_population"], lang))
             for e in served]
    return _t("note-population-served", lang, items=" ; ".join(items) if lang != "en"
              else "; ".join(items))


def bench_entity_name(a: dict) -> tuple[str, str]:
    """The name and code(s) a benchmark's entity goes by in every view (CLI, chart, the
    report's Synthèse and Classement): its own, or, when its council holds two rows of the
    file with one count ranked once, that council's with both codes, as ``rank`` lists it
    (« Collectivité de Corse », « 2A, 2B »)."""
    once = a.get("council_once")
    if once:
        return str(once["council"]), ", ".join(once["territories"])
    return str(a.get("name")), str(a.get("code"))


def council_once_base(a: dict, lang: str = "fr") -> str:
    """« , dont 2A et 2B : un seul compte, classé une fois » after a benchmark's base when
    the file's rows of one council give one count, ranked once (its ranks are « sur 11 » of
    12 rows), whichever the entity; or ""."""
    once = a.get("councils_once") or {}
    councils = once if isinstance(once, list) else [c for cs in once.values() for c in cs]
    pairs = list(dict.fromkeys(tuple(c["territories"]) for c in councils))
    if not pairs:
        return ""
    from ..messages import said_and

    said = [said_and(ts, lang) for ts in pairs]
    return _t("bench-council-once-base", lang, pair=("; " if lang == "en" else " ; ").join(said))


def council_of_words(council: str, lang: str = "fr") -> str:
    """« de la Collectivité de Corse », « du Département du Rhône », "of the Département du
    Rhône": a council's name after « de » / "of" (its article from its first word; in
    guillemets when it has none known)."""
    if lang == "en":
        return f"of the {council}"
    first = council.split(" ", 1)[0].lower()
    if first in ("département", "conseil"):
        return f"du {council}"
    if first in ("collectivité", "ville", "métropole", "région"):
        return f"de la {council}"
    return f"de « {council} »"


def bench_entity_words(a: dict, lang: str = "fr") -> str:
    """The benchmark's entity and the population its per-1,000 figures divide by: « Loire-
    Atlantique (44), 1 487 570 habitants »; a territory whose accounts are its council's,
    that council named beside that population, never under the territory's bare name:
    « Haute-Corse (2B) : compte de la Collectivité de Corse (20R), 355 486 habitants »,
    « Rhône (69) : compte du Département du Rhône (69D), 478 313 habitants »."""
    people = _inhabitants(a.get("population"), lang)
    if a.get("council_once"):  # 2A and 2B one count: the council, as rank names it
        name, code = bench_entity_name(a)
        return f"{name} ({code}), {people}"
    own = [e for e in a.get("population_served") or [] if e.get("code") == a.get("code")]
    if own:
        e = own[0]
        return _t("bench-entity-council", lang, name=a.get("name"), dep=a.get("code"),
                  council=council_of_words(e["council"], lang), council_code=e["council_code"],
                  inhabitants=people)
    return f"{a.get('name')} ({a.get('code')}), {people}"


def _inhabitants(population: object, lang: str) -> str:
    """"12 345 habitants", "0 habitant" (French: singular below 2), "1 inhabitant",
    "population inconnue"."""
    if is_missing(population):
        return _t("bench-population-unknown", lang)
    n = int(population)
    plural = n != 1 if lang == "en" else n >= 2
    return _t("bench-inhabitants", lang, n=fmt_int(n, lang), s="s" if plural else "")


#: below this many peers with a value, a rank and an index say little: the sentence says so
FEW_PEERS = 5


def _bench_peers(a: dict, shared: object, lang: str) -> str:
    """The benchmark's peers on its first line, in the words of the report and the chart
    (« les 101 départements du fichier »); a table without the count (built by hand), what
    the peers share (:func:`peers_words`)."""
    if not a.get("n_entities"):
        return peers_words(a.get("peers"), shared, lang, a.get("peer_kind"))
    g = {"peers": a.get("peers") or "type", "shared": None if missing_cell(shared) else shared,
         "n_entities": a["n_entities"], "collectivity_type": a.get("collectivity_type"),
         "kind": a.get("peer_kind"), "narrower": a.get("narrower")}
    if g["peers"] == "region" and g["shared"]:
        from ..datasets.reference import regions

        g["region_name"] = regions().set_index("code")["name"].get(g["shared"], g["shared"])
    return peer_group_text(g, lang)


def peers_words(peers: str | None, shared: object = None, lang: str = "fr",
                kind: str | None = None) -> str:
    """What a benchmark's peers share with the entity, named: "même type", "même région
    (Nouvelle-Aquitaine)", "même strate de population (10 000–19 999 habitants)"
    (``shared``: the ``peer_group`` of :func:`barometre.analysis.peers.benchmark`);
    ``kind``: the one category of intercommunalités of all the peers (``attrs["peer_kind"]``),
    named: "même catégorie (communautés d'agglomération) et même strate de population
    (100 000 habitants ou plus)", "même catégorie (communautés d'agglomération)" for
    the peers of a file of CA alone and for ``peers="category"`` (an intercommunalité's
    default among several categories)."""
    from .formats import band_said

    peers = peers or "type"
    if peers not in ("type", "region", "strate", "category"):
        return str(peers)
    if peers == "category" and not kind:  # the category itself is what the peers share
        kind = None if is_missing(shared) else str(shared)
    same_kind = ""
    if kind:
        from ..analysis.survey import kind_words

        same_kind = _t("bench-peers-kind", lang, kinds=kind_words(kind).render(lang))
    if peers in ("type", "category") and same_kind:
        return same_kind
    if peers == "type" and shared == "epci":  # --peers type: every category, said
        return _t("bench-peers-type-all-kinds", lang)
    if is_missing(shared) or peers in ("type", "category"):
        return _t(f"bench-peers-{peers}", lang)
    if peers == "region":
        from ..datasets.reference import regions

        names = regions().set_index("code")["name"]
        said = _t("bench-peers-region-named", lang, region=names.get(shared, shared))
    else:
        said = _t("bench-peers-strate-named", lang, band=band_said(shared, lang))
    return _t("bench-peers-and", lang, first=same_kind, second=said) if same_kind else said


def type_total(t: str, kind: str | None = None) -> int | None:
    """How many entities of type ``t`` (of category ``kind``: the 230 CA) there are in
    France; None for a type the reference does not count."""
    from ..datasets.reference import type_codes
    from ..domain.errors import BarometreError

    try:
        if kind:
            from ..analysis.survey import _kinds_of_type

            return len(_kinds_of_type(t).get(kind, ()))
        return len(type_codes(t))
    except BarometreError:
        return None


def narrower_said(nar: dict, lang: str, what: str = "peers", group: str = "") -> str:
    """A file of communes all of a narrower type (``narrower`` of
    :func:`~barometre.analysis.peers.narrower_of`), said: ``what`` ``"peers"``: after the
    peers' words (« , toutes des villes préfectures (12 sur 101) »); ``"rank"``: after a
    ranking's count (« sur les 12 du fichier, toutes des … »); ``"cli"``: how --type reads
    them; ``"words"``: the same for a chart or the report, no option named."""
    n, t, total = int(nar["n"]), nar["type"], int(nar["total"])
    label = type_label(t, lang, plural=True)
    said = dict(n=fmt_int(n, lang), total=fmt_int(total, lang), type=t)
    if what in ("cli", "words"):
        out = _t("narrower-hint-" + what, lang, label=label, **said)
        return out[:1].upper() + out[1:]  # a sentence of its own (the report lowers it)
    one = "-one" if n == 1 else ""
    label = type_label(t, lang, plural=not one)
    if what == "rank":
        return _t("rank-of-file-narrower" + one, lang, label=label, **said)
    return _t("peers-narrower" + one, lang, label=label, **said)


def file_part_text(attrs: dict, lang: str = "fr") -> str:
    """After a ranking's count (:func:`rank_base_text`), the file's entities when they are a
    part of their type's in France: « sur les 12 du fichier (101 en France) »; « sur les 12
    du fichier, toutes des villes préfectures (12 sur 101) » for communes all villes
    préfectures; "" for the whole type, a ranking among a région's or a band's peers (their
    words say « dans le fichier »), or without ``n_entities``."""
    n, t = attrs.get("n_entities"), attrs.get("collectivity_type")
    g = attrs.get("peer_group") or {}
    if not n or not t or g.get("peers") in ("region", "strate"):
        return ""
    if attrs.get("narrower"):
        return narrower_said(attrs["narrower"], lang, "rank")
    total = type_total(t, g.get("kind"))
    if not total or total <= int(n):
        return ""
    return _t("rank-of-file" + ("-one" if int(n) == 1 else ""), lang, n=fmt_int(int(n), lang),
              total=fmt_int(total, lang))


def peer_group_text(g: dict | None, lang: str) -> str:
    """A benchmark's peers in words ("les 12 départements de la même région,
    Nouvelle-Aquitaine, dans le fichier", "les 101 départements du fichier"), from the
    report's ``extra["peer_group"]`` (or a group's ``attrs`` with ``region_name``); "" without
    one. The one wording of the group: the report's Benchmark and Synthèse, the benchmark
    chart's subtitle and ``barometre benchmark``'s first line."""
    from .formats import band_said, text_counted

    if not g:
        return ""
    # one peer, the entity itself: « la seule métropole du fichier », never « les 1 … »
    t, n = g["collectivity_type"], g["n_entities"]
    kind = g.get("kind")  # all of one category of intercommunalités: named
    if g["peers"] == "region" and g.get("shared"):
        return text_counted("report-peers-region", lang, n, t, kind=kind,
                            region=g.get("region_name") or g["shared"])
    if g["peers"] == "strate" and g.get("shared"):
        return text_counted("report-peers-strate", lang, n, t, kind=kind,
                            band=band_said(g["shared"], lang))
    if g.get("narrower"):  # communes all villes préfectures: what the file is, not France
        return text_counted("report-peers-type", lang, n, t, kind=kind) + narrower_said(
            g["narrower"], lang, "peers")
    total = type_total(t, kind)
    if total and total != n:
        return text_counted("report-peers-type-of", lang, n, t, kind=kind,
                            total=fmt_int(total, lang))
    return text_counted("report-peers-type", lang, n, t, kind=kind)


def rank_table(df: Any, lang: str = "fr") -> str:
    """Table view of a ranking under a title line naming the platform, the value and the
    year ranked ("Instagram : abonnés pour 1 000 habitants, 2025"), a shared rank said « 2 (ex aequo) » ("2 (tied)") as the
    ranking chart says it; the footer names the year ranked and counts the older
    readings set aside, the counts given beside no account ("Non;0") and, per 1,000
    inhabitants, the entities not ranked for a population of 0 or unknown; above it, the entities whose population is their council's, not their
    territory's (:func:`served_note`)."""
    from .formats import (no_account_text, no_population_text, per1000_number,
                          population_note, set_aside_text, no_year_text, aside_tail)

    en = lang == "en"
    metric = df.attrs.get("metric", "followers")
    fmt = (lambda v: fmt_int(v, lang)) if metric == "followers" else (
        lambda v: "–" if is_missing(v) else per1000_number(float(v), lang))
    value_head = ("Followers" if en else "Abonnés") if metric == "followers" else (
        "Per 1,000 inh." if en else "Pour 1\u202f000 hab.")
    rounded = rounded_flags(df)
    questioned = questioned_flags(df)  # counts the reader questioned: « (à vérifier) »
    focus, top = df.attrs.get("entity"), df.attrs.get("top")
    # a rank shared (ties share the best rank) says so, as the ranking chart does:
    # "  3 (ex aequo)"; the entity kept below the top too, whose equals are not shown
    tied = df.attrs.get("tied_ranks")
    if tied is None:
        counts = df["rank"].value_counts()
        tied = counts.index[counts > 1]
    tied, same = {int(t) for t in tied}, _t("label-tied", lang)
    width = max((len(str(r)) for r in df["rank"]), default=1)
    rows = []
    for r, k, q in zip(df.itertuples(), rounded, questioned):
        if focus is not None and r.code == focus and top is not None and r.rank > top:
            rows.append(["…", "", "", "", ""])  # the entity asked for, below the top
        rows.append([str(r.rank).rjust(width) + (same if r.rank in tied else ""), r.code,
                     ("▸ " if r.code == focus else "") + r.name,
                     (ROUNDED_MARK if k else "") + fmt(r.value) + questioned_mark(q, lang),
                     fmt_int(r.population, lang)])
    head = ["Rank", "Code", "Name", value_head, "Population"] if en else \
        ["Rang", "Code", "Nom", value_head, "Population"]
    year = df.attrs.get("year")
    aside = set_aside_text(df.attrs.get("set_aside"), lang, df.attrs.get("same_campaign"))
    unplaced = no_population_text(df.attrs.get("no_population"), lang)
    unplaced = "".join(("; " if en else " ; ") + t for t in (
        no_account_text(df.attrs.get("no_account"), lang,
                        df.attrs.get("no_account_doubtful")), unplaced) if t)
    served = served_note(df.attrs.get("population_served"), lang)
    # the population behind "pour 1 000 habitants", then a council's own (served)
    population = ("" if metric == "followers"
                  else population_note([df.attrs.get("collectivity_type")], lang,
                                       df["code"].unique() if "code" in df.columns else None)
                  + "\n")
    counted = rank_count_text(df.attrs, len(df) - (
        focus is not None and top is not None and bool((df["rank"] > top).any())), lang)
    unranked = focus_unranked_text(df.attrs, set(df["code"]), lang)
    undated = no_year_note(df, lang)  # no reading date in the file: no year, said
    once = councils_once_note(df.attrs, lang)
    if once:  # under the count it explains
        counted += "\n" + once
    if df.attrs.get("narrower"):  # communes all villes préfectures: --type reads them so
        counted += "\n" + narrower_said(df.attrs["narrower"], lang, "cli")
    # which platform, value and year the table ranks: CSV/JSON carry them in their columns
    title = _t("rank-title" if metric == "followers" else "rank-title-per-1000", lang,
               platform=platform_label(df.attrs.get("platform", ""), lang),
               year=_t("rank-title-year", lang, year=year) if year else "")
    return (title + "\n\n"
            + text_table(head, rows, "lllrr" if any(r[0].endswith(same) for r in rows) else "rllrr") + "\n\n" + (counted + "\n" if counted else "")
            + (unranked + "\n" if unranked else "")
            + population
            + (served + "\n" if served else "")
            + ("Source: " if en else "Source : ") + str(df.attrs.get("source", ""))
            + (_t("rank-year", lang, year=year) if year else "")
            + aside_tail(aside, no_year_text(df.attrs.get("set_aside"), lang), "rank-set-aside",
                         lang) + unplaced
            + ("\n" + rounded_note(sum(rounded), lang, rounded_example(df, rounded))
               if any(rounded) else "")
            + ("\n" + questioned_note(sum(questioned), df.attrs.get("collectivity_type"), lang)
               if any(questioned) else "")
            + ("\n" + undated if undated else ""))


def rank_count_text(attrs: dict, rows: int, lang: str = "fr") -> str:
    """How many a ranking ranked and why the others are not ("66 départements classés (5
    sans réponse, 30 sans compte)": :func:`rank_base_text`), then, when ties at the last
    rank kept stretch the top N, a second line: "--top 15 : 19 lignes, ex aequo compris";
    "" without ``n_ranked``."""
    out = rank_base_text(attrs, lang)
    top = attrs.get("top")
    if out and top is not None and rows > top:
        out += "\n" + _t("rank-top-ties", lang, top=top, n=fmt_int(rows, lang))
    return out


def rank_base_text(attrs: dict, lang: str = "fr") -> str:
    """The base of a ranking (``attrs`` of :func:`barometre.rank`): how many it ranked and
    why the others of the platform are not ranked, "66 départements classés (5 sans
    réponse, 30 sans compte)", "21 métropoles classées (1 avec un compte sans nombre
    d'abonnés)": the table's count and the chart's "Base :" (a métropole with an account
    but no count is not read as one without an account); "" without ``n_ranked``.

    >>> rank_base_text({"n_ranked": 21, "collectivity_type": "metropole",
    ...                 "not_ranked": {"no_count": 1}})
    "21 métropoles classées (1 avec un compte sans nombre d'abonnés)"
    """
    from ..domain.registry import find_type
    from ..messages import Words

    n = attrs.get("n_ranked")
    if n is None:
        return ""
    try:
        kind = find_type(attrs.get("collectivity_type") or "all")
    except Exception:  # a type the registry does not know: "all"'s words
        kind = find_type("all")
    words = kind.label(lang, plural=n != 1 if lang == "en" else n >= 2)
    group = attrs.get("peer_group")
    if group and group.get("shared") is not None:  # "départements de la région …"
        from ..analysis.peers import peer_group_words

        words = peer_group_words(kind.id, group["peers"], group["shared"],
                                 Words(words, words), kind=group.get("kind")).render(lang)
    ranked = "classé" + ("e" if kind.feminine else "") + ("s" if n >= 2 else "")
    once = attrs.get("councils_once") or []
    if once:  # « 94 classés : 92 départements et 2 conseils de deux départements chacun »
        k = len(once)
        councils = (_t("rank-councils-once-one", lang) if k == 1 else
                    _t("rank-councils-once-many", lang, n=fmt_int(k, lang)))
        out = _t("rank-count-councils", lang, n=fmt_int(n, lang),
                 ranked=Words(ranked, "ranked"), councils=councils,
                 rows=f"{fmt_int(n - k, lang)} " + kind.label(
                     lang, plural=n - k != 1 if lang == "en" else n - k >= 2))
    else:
        out = _t("rank-count", lang, n=fmt_int(n, lang), plural=words,
                 ranked=Words(ranked, "ranked"))
    other = attrs.get("not_ranked") or {}
    items = [not_ranked_item(key, other[key], str(attrs.get("platform") or ""), lang)
             for key in _NOT_RANKED_WORDS if other.get(key)]
    if items:
        out += _t("rank-count-out", lang, items=", ".join(items))
    return out + file_part_text(attrs, lang)


def councils_once_note(attrs: dict, lang: str = "fr", code: str = "note-councils-once") -> str:
    """The note of a ranking's councils of two départements ranked once
    (``attrs["councils_once"]``, :func:`barometre.analysis.peers.council_once`): « Un
    conseil pour deux départements, un seul compte, classé une fois avec la population
    qu'il sert : Collectivité de Corse (2A, 2B) »; "" when none. Per platform (``{platform:
    [...]}``, :func:`barometre.league_table`'s, the report's Classement), each council says
    on which: « Collectivité de Corse (2A, 2B) sur Facebook, Instagram ». ``code``: the
    sentence (``"note-councils-once-drawn"``: the scatter's one dot).

    >>> councils_once_note({"councils_once": [{"code": "20R", "council": "Collectivité de "
    ...     "Corse", "territories": ["2A", "2B"], "kept": "2A"}]}, "en")
    'One council for two départements, one account, ranked once with the population it serves: Collectivité de Corse (2A, 2B)'
    """
    once = attrs.get("councils_once") or []
    if not once:
        return ""
    def label(c: dict) -> str:
        return f"{c['council']} ({', '.join(c['territories'])})"

    if isinstance(once, dict):  # per platform: the platforms of each council, in order
        on: dict[str, list[str]] = {}
        for p, councils in once.items():
            for c in councils:
                on.setdefault(label(c), []).append(platform_label(p, lang))
        items = [_t("note-council-once-on", lang, council=k, platforms=", ".join(v))
                 for k, v in on.items()]
    else:
        items = [label(c) for c in once]
    return _t(code, lang, items=("; " if lang == "en" else " ; ").join(items))


def focus_unranked_text(attrs: dict, codes: set, lang: str = "fr") -> str:
    """Why the entity a ranking was asked for (``attrs["entity"]``) is not in it: a value
    of an older year than the one ranked, or no value ("" when it is ranked)."""
    focus = attrs.get("entity")
    if focus is None or focus in codes:
        return ""
    from ..datasets.reference import resolve

    name = resolve(focus, type=attrs.get("collectivity_type")).name
    return not_ranked_text(attrs, focus, name, lang)


def not_ranked_text(attrs: dict, code: str, name: str, lang: str = "fr") -> str:
    """Why entity ``code`` (named ``name``) has no rank in a ranking (``attrs`` of
    :func:`barometre.rank`): a value of an older year than the one ranked, or its reading
    of the platform in the words of the base, « Gironde : sans compte sur Facebook, donc pas
    de rang », « … : compte sur Facebook sans nombre d'abonnés … », « … : sans réponse … »
    (``attrs["entity_not_ranked"]``, known for the ranking's ``entity``); else « pas de
    valeur sur Facebook »."""
    older = attrs.get("set_aside_codes") or {}
    if code in older:  # of an older year, or of no year (a blank year cell)
        return (_t("note-focus-no-year", lang, name=name, ranked=attrs.get("year"))
                if older[code] is None else
                _t("note-focus-older", lang, name=name, ranked=attrs.get("year"),
                   year=older[code]))
    why = attrs.get("entity_not_ranked") if attrs.get("entity") == code else None
    platform = platform_label(attrs.get("platform", ""), lang)
    if why in ("not_answered", "absent", "no_count", "count_without_account", "no_reading",
               "population_zero", "population_unknown"):
        return _t("note-focus-" + why.replace("_", "-"), lang, name=name, platform=platform)
    return _t("note-focus-unranked", lang, name=name, platform=platform)


#: put before a value that comes from a count the file gave abbreviated ("184,8k"): a
#: rounded value, "≈ 184 800" (a narrow no-break space keeps the sign with its number)
ROUNDED_MARK = "≈\u202f"


def rounded_flags(df: Any) -> list[bool]:
    """Per row of a ranking or league table, whether its value comes from a count the file
    gave abbreviated (``followers_rounded``; all false for a frame without the column)."""
    if "followers_rounded" not in df.columns:
        return [False] * len(df)
    return [v is True or (not is_missing(v) and bool(v)) for v in df["followers_rounded"]]


def questioned_flags(df: Any) -> list[bool]:
    """Per row of a ranking or league table, whether the reader questioned its count
    (``followers_questioned``: more followers than inhabitants, far above the file's
    others; all false for a frame without the column)."""
    if "followers_questioned" not in df.columns:
        return [False] * len(df)
    return [v is True or (not is_missing(v) and bool(v)) for v in df["followers_questioned"]]


def questioned_mark(flag: Any, lang: str = "fr") -> str:
    """" (à vérifier)" after a value whose count the reader questioned, else ""."""
    if flag is True or (not is_missing(flag) and bool(flag)):
        return " " + _t("mark-questioned", lang)
    return ""


def questioned_note(n: int, collectivity_type: Any = None, lang: str = "fr") -> str:
    """The footnote of the values marked « (à vérifier) »: how many, and the checks of
    ``validate`` that questioned them (a commune's: ``count-implausible-population``; a
    territory's: ``count-above-population`` or ``count-outlier``)."""
    from ..domain.registry import COMMUNE_TYPES

    commune = collectivity_type is None or is_missing(collectivity_type) or (
        collectivity_type in COMMUNE_TYPES)
    codes = _t("questioned-codes-commune" if commune else "questioned-codes-territory", lang)
    return _t("note-questioned", lang, n=fmt_int(n, lang), s=plural_s(n),
              codes=codes)


def rounded_note(n: int, lang: str = "fr", example: tuple[str, int] | None = None) -> str:
    """The footnote of the values marked ≈: how many, and why they are rounded, quoting
    ``example`` (one of those shown: its cell as typed and the count read, « 112 k »,
    112000) when given, else a number written so, in words (« 1,2k »).

    >>> rounded_note(1, "en", ("112 k", 112000))
    '≈: 1 value from a number abbreviated in the file (“112 k”, read as 112,000), so rounded'
    """
    said = (_t("note-rounded-example" if n == 1 else "note-rounded-examples", lang,
               typed=example[0], read=fmt_int(example[1], lang)) if example
            else _t("note-rounded-written", lang))
    return _t("note-rounded", lang, n=fmt_int(n, lang), s=plural_s(n), example=said)


def rounded_counts_note(n: int, lang: str = "fr", example: tuple[str, int] | None = None,
                        per_1000: bool = False) -> str:
    """A benchmark's footnote of ≈: how many of the entity's follower counts the file gave
    abbreviated (one per platform), quoting ``example`` as :func:`rounded_note` does, and,
    when ``per_1000``, that their numbers per 1,000 inhabitants are marked ≈ too (the text,
    the chart and the Synthèse mark both; the Benchmark sheet the count alone): the count
    is the same wherever it is said, the marks are said, not counted.

    >>> rounded_counts_note(1, "en", ("45,3 k", 45300), per_1000=True)
    '≈: 1 follower count abbreviated in the file (“45,3 k”, read as 45,300), so rounded, as is its number per 1,000 inhabitants'
    """
    said = (_t("note-rounded-example" if n == 1 else "note-rounded-examples", lang,
               typed=example[0], read=fmt_int(example[1], lang)) if example
            else _t("note-rounded-written", lang))
    tail = _t("note-rounded-per-1000" + ("-one" if n == 1 else ""), lang) if per_1000 else ""
    return _t("note-rounded-counts", lang, n=fmt_int(n, lang), s=plural_s(n), example=said,
              per_1000=tail)


def rounded_example(df: Any, flags: list[bool] | None = None) -> tuple[str, int] | None:
    """The cell as typed, and the count read, of the first row of a ranking shown (``df``,
    :func:`barometre.rank`'s frame or its rows kept) whose value is marked ≈ (``flags``,
    by default :func:`rounded_flags`), from ``attrs["typed_counts"]``: what the footnote of
    ≈ quotes; None when no such cell is known."""
    typed = df.attrs.get("typed_counts") or {}
    for code, flag in zip(df["code"], rounded_flags(df) if flags is None else flags):
        if flag and str(code) in typed:
            return typed[str(code)]
    return None


def records_in(res: Records, lang: str = "fr") -> Records:
    """``res`` with the sentences of its rows in ``lang``, for compare's and trend's CSV/JSON:
    as computed in French; in English, what the table says in English: ``notes`` (ours,
    :data:`~barometre.messages.published.NOTES_EN`), an annuaire figure's ``caveat`` and
    ``measure_label``. ``base`` and ``base_family`` stay as in the data in every language
    (tests/test_english.py, review14): values a script compares across outputs, which the
    table translates; a source's title (the publisher's) and method (our summary) stay in French.

    >>> res = Records(["base", "notes"], [{"base": "27 régions", "notes": None}])
    >>> records_in(res, "en").rows[0]["base"]
    '27 régions'
    """
    if lang != "en":
        return res
    from ..messages.published import NOTES_EN

    meta = res.attrs.get("annuaire") or {}
    said = {"caveat": meta.get("caveat_en"), "measure_label": meta.get("measure_en")}
    rows = []
    for r in res.rows:
        r = dict(r)
        notes = r.get("notes")
        if isinstance(notes, str) and notes in NOTES_EN:
            r["notes"] = NOTES_EN[notes]
        for k, en in said.items():
            if k in r and en and not missing_cell(r[k]):
                r[k] = en
        rows.append(r)
    return Records(list(res.columns), rows, res.attrs)
