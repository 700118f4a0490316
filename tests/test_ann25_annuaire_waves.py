"""Annuaire exports as waves, read without a type (ann25).

1. Several exports at once: their readings were pooled on the code alone, so région 44 and
   département 44 of two exports of one day « overlapped » (wave-overlap), one read the
   other « again » (the joined wave's message, the re-reading rule that cuts waves), and an
   export's type was its most frequent one (two exports refused as « communes » beside
   « départements »). An entity is now its type and its code there too.
2. The wave functions on waves of several types: wave_trend counted régions and communes in
   one share (or failed on « deux enquêtes mises bout à bout (pd.concat) ? »), changes paired
   région 44 with département 44; adoption and compare_survey did the same on one export.
   Now a UsageError that names the types and says type=, as the CLI asks --type.

Every file here is made from the generated export (``annuaire_export``, conftest: 18
régions, 101 départements, 401 communes, 60 intercommunalités, état au 12/03/2026).
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

import barometre as bm
from barometre.analysis.waves import movements
from barometre.domain.errors import InputFileError, UsageError

TYPES_SAID = ("région (region), département (departement), commune (commune), "
              "intercommunalité (epci)")
MIXED_CLI = ("barometre : option obligatoire manquante : --type / -t (le fichier mêle "
             "plusieurs types : région, département, commune, intercommunalité)")


def _services(export) -> list[dict]:
    return json.loads(export.read_text(encoding="utf-8"))["service"]


def _write(path, services, date: str):
    """An export of ``services``, each modified on ``date`` (the export's date)."""
    services = [dict(r, date_modification=f"{date} 10:00:00") for r in services]
    path.write_text(json.dumps({"service": services}, ensure_ascii=False), encoding="utf-8")
    return path


def _roles(r) -> set[str]:
    return {p["type_service_local"] for p in r["pivot"]}


def _code(r) -> str:
    return r["pivot"][0]["code_insee_commune"][0] if r["pivot"] else ""


def _split(export, tmp_path, date_a="12/03/2026", date_b="12/03/2026"):
    """The export in two files, as two API queries of one campaign: the conseils régionaux
    and the mairies of even INSEE codes; the conseils départementaux, the intercommunalités
    and the other mairies. No entity is in both (every service of a commune in one file),
    but every région code is a département code."""
    a, b = [], []
    for r in _services(export):
        roles = _roles(r)
        even = _code(r)[-1:] in set("02468")
        (a if "cr" in roles or (roles == {"mairie"} and even) else b).append(r)
    return _write(tmp_path / "a.json", a, date_a), _write(tmp_path / "b.json", b, date_b)


def _answers(w: pd.DataFrame) -> pd.DataFrame:
    cols = ["collectivity_type", "code", "platform", "present"]
    return w[cols].sort_values(cols[:3]).reset_index(drop=True)


@pytest.fixture
def export(annuaire_export):
    return annuaire_export[0]


@pytest.fixture
def whole(export):
    return bm.read_waves(export)


# ------------------------------------------ 1. several exports: an entity is its type and code

def test_two_exports_of_one_day_are_one_wave_of_every_entity(export, whole, tmp_path):
    """Old: « a.json et b.json contiennent tous deux la vague 12/03/2026 pour … (44) sur
    Facebook » (région 44 in one, département 44 in the other)."""
    a, b = _split(export, tmp_path)
    w = bm.read_waves([a, b])
    assert w.attrs["waves"] == ["2026-03-12"]
    assert _answers(w).equals(_answers(whole))  # the export read whole, figure for figure
    said = [m.render("fr") for m in w.attrs["joined"]]
    assert len(said) == 1 and "a.json, b.json" in said[0] and "relu" not in said[0]
    for t, n in (("region", 18), ("departement", 101)):
        got = bm.wave_trend(w, type=t, platforms="facebook")
        assert got["n_base"].tolist() == [n]
        assert got["share"].equals(bm.wave_trend(whole, type=t, platforms="facebook")["share"])
    # one entity read by both files on that day is still an overlap, named
    b = _write(tmp_path / "b.json", [r for r in _services(export)
                                     if _roles(r) in ({"cr"}, {"mairie"})], "12/03/2026")
    with pytest.raises(InputFileError) as err:
        bm.read_waves([a, b])
    assert err.value.code == "wave-overlap" and "(44)" not in str(err.value)


def test_two_exports_days_apart_read_nothing_again(export, whole, tmp_path):
    """One campaign in two files two days apart: old, the files' message said 126 pairs
    (18 régions × 7 networks) read again, the départements taken for the régions."""
    a, b = _split(export, tmp_path, date_a="10/03/2026")
    w = bm.read_waves([a, b])
    assert w.attrs["waves"] == ["2026-03-12"]
    said, = (m.render("fr") for m in w.attrs["joined"])
    assert "du 10 mars 2026 au 12 mars 2026" in said and "relu" not in said
    assert _answers(w).equals(_answers(whole))


def test_the_departements_of_the_regions_two_days_later_are_no_second_reading(export,
                                                                              tmp_path):
    """The 18 conseils régionaux on 10 March, the 18 conseils départementaux of the same
    codes on 12 March: on the code alone, every reading of 12 March read a pair of 10 March
    again, a second wave; they are one campaign."""
    services = _services(export)
    regions = [r for r in services if "cr" in _roles(r)]
    codes = set(bm.reference.entities("region")["code"])
    # a council's record holds its seat: the département is the seat's (Paris: cg and mairie)
    deps = [r for r in services if _roles(r) == {"cg"} and _code(r)[:2] in codes]
    assert (len(regions), len(deps)) == (18, 17)  # and 75: Paris's record, of two roles
    towns = [r for r in services if _roles(r) == {"mairie"}]
    a = _write(tmp_path / "regions.json", regions + towns[:5], "10/03/2026")
    b = _write(tmp_path / "departements.json", deps + towns[5:10], "12/03/2026")
    w = bm.read_waves([a, b])
    assert w.attrs["waves"] == ["2026-03-12"]
    n = w.groupby("collectivity_type")["code"].nunique()
    assert (n["region"], n["departement"]) == (18, 17)


def test_two_exports_agree_whatever_each_holds_most_of(export, tmp_path):
    """An export's type was its most frequent one: a whole export (communes) beside one of
    the conseils and intercommunalités (départements) was refused as files of two types."""
    services = _services(export)
    councils = [r for r in services if _roles(r) & {"cr", "cg", "epci"}]
    older = _write(tmp_path / "annuaire2025.json", services, "12/03/2025")
    newer = _write(tmp_path / "conseils2026.json", councils, "12/03/2026")
    w = bm.read_waves([older, newer])
    assert w.attrs["waves"] == ["2025-03-12", "2026-03-12"]
    t = bm.wave_trend(w, type="departement", platforms="facebook")
    assert t["n_base"].tolist() == [101, 101]
    # a file of one type beside them is still refused, the export's types said
    one = _write(tmp_path / "regions.json", [r for r in services if "cr" in _roles(r)],
                 "12/03/2024")
    with pytest.raises(UsageError) as err:
        bm.read_waves([one, older])
    assert err.value.code == "waves-mixed-types"
    assert ("regions.json : régions, annuaire2025.json : régions + départements + communes "
            "+ intercommunalités") in str(err.value)


# ------------------------------------- 2. the wave functions refuse a frame of several types

@pytest.fixture
def two_years(export, tmp_path):
    """2025: région 44 declared no network, département 44 a Facebook page; 2026: the
    generated export (région 44 on Facebook, département 44 on none)."""
    older = []
    for r in _services(export):  # a council's record holds its seat, not its code: its name
        if r["nom"] == "Conseil régional - Grand Est":
            r = dict(r, reseau_social=[])
        elif r["nom"] == "Conseil départemental - Loire-Atlantique":
            r = dict(r, reseau_social=[{"valeur": "https://www.facebook.com/loireatlantique",
                                        "description": "", "custom_dico2": "Facebook"}])
        older.append(r)
    return _write(tmp_path / "annuaire2025.json", older, "12/03/2025"), export


def test_the_regions_and_departements_44_keep_their_own_answers(two_years):
    w = bm.read_waves(list(two_years))
    fb = w[(w["code"] == "44") & (w["platform"] == "facebook")]
    got = {(t, wave): bool(p) for t, wave, p in
           zip(fb["collectivity_type"], fb["wave_label"], fb["present"])}
    assert got == {("region", "2025-03-12"): False, ("region", "2026-03-12"): True,
                   ("departement", "2025-03-12"): True, ("departement", "2026-03-12"): False}
    # the région's arrival, the département's departure: each of its own type
    for t, status in (("region", "joined"), ("departement", "left")):
        moves = movements(w, type=t, platforms="facebook")
        row = moves["transitions"].set_index("code").loc["44"]
        assert row["status"] == status
        c = moves["changes"].iloc[0]
        assert (c["joined"], c["left"]) == ((1, 0) if t == "region" else (0, 1))
        assert moves["changes"].attrs["collectivity_type"] == t
    regions = bm.wave_trend(w, type="region", platforms="facebook")
    assert regions["n_present"].tolist() == [10, 11] and regions["n_base"].tolist() == [18, 18]


@pytest.mark.parametrize("call", [bm.changes, bm.transitions, bm.movers,
                                  movements])
def test_changes_of_waves_of_several_types_are_refused(two_years, call):
    """Old: « le tableau d'enquête a 2 relevés de Guadeloupe (01) … (pd.concat) ? »."""
    w = bm.read_waves(list(two_years))
    with pytest.raises(UsageError) as err:
        call(w)
    assert err.value.code == "waves-types-mixed"
    assert str(err.value) == (
        f"les vagues mêlent plusieurs types de collectivités : {TYPES_SAID} ; une évolution "
        "se mesure sur un type : lisez les vagues d'un type, read_waves(…, type=\"region\") "
        "par exemple")
    assert err.value.render("en").startswith(
        "the waves mix several types of authorities: region (region), département "
        "(departement)")


def test_wave_trend_of_several_types_is_refused(whole, two_years):
    for w in (whole, bm.read_waves(list(two_years))):
        with pytest.raises(UsageError) as err:
            bm.wave_trend(w)
        assert err.value.code == "survey-types-mixed"
        assert str(err.value) == (
            f"le tableau mêle plusieurs types de collectivités : {TYPES_SAID} ; une part se "
            "compte sur un type : précisez lequel avec type=, type=\"region\" par exemple")


def test_communes_and_intercommunalites_are_not_one_share(export, tmp_path):
    """No code in common: wave_trend counted the 401 communes and the 60 intercommunalités
    as one base of 461, without a word."""
    towns = [r for r in _services(export) if _roles(r) in ({"mairie"}, {"epci"})]
    w = bm.read_waves(_write(tmp_path / "communes-epci.json", towns, "12/03/2026"))
    for count in (bm.wave_trend, bm.adoption):
        with pytest.raises(UsageError, match="commune \\(commune\\), intercommunalité "
                                             "\\(epci\\) ; une part"):
            count(w)
    assert bm.wave_trend(w, type="epci", platforms="facebook")["n_base"].tolist() == [60]


def test_an_export_counted_without_a_type_is_refused_as_by_the_cli(export):
    """adoption failed on « pd.concat ? », compare_survey counted the communes (the
    export's most frequent type) without saying so."""
    s = bm.read_survey(export)
    for count in (bm.adoption, bm.compare_survey):
        with pytest.raises(UsageError) as err:
            count(s)
        assert err.value.code == "survey-types-mixed"
    assert bm.compare_survey(s, "region", platforms="facebook")["n_base"].tolist() == [18]


# ------------------------------------------------------------------------------ 3. the CLI

@pytest.mark.parametrize("command", [["trend"], ["changes"], ["report"],
                                     ["chart", "changes"]])
def test_the_cli_asks_for_the_type_of_two_exports_of_one_day(cli, export, tmp_path,
                                                              command):
    """Old: the overlap of région 44 and département 44 (« contiennent tous deux la
    vague … »), exit 1; now the types named and --type asked, as for one export."""
    a, b = _split(export, tmp_path)
    out = {"report": ["-o", tmp_path / "r.xlsx"], "chart": ["-o", tmp_path / "c.png"]}
    res = cli(*command, "--data", a, "--data", b, *out.get(command[0], []))
    assert res.exit_code == 2 and res.stdout == ""
    assert res.stderr.splitlines() == [MIXED_CLI]
    assert not (tmp_path / "r.xlsx").exists() and not (tmp_path / "c.png").exists()

