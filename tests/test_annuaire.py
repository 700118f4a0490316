"""The Annuaire de l'administration as a census: real records, a generated bulk file, the CLI."""

from __future__ import annotations

import csv
import gzip
import json
import zipfile
from pathlib import Path

import pytest

from barometre.domain.errors import InputFileError
from barometre.survey.annuaire import read_census, read_survey_annuaire
from barometre.survey.annuaire_read import services, sniff
from barometre.survey.annuaire_urls import classify, normalize_url
from barometre.survey.reader import read_survey, validate

FILES = Path(__file__).resolve().parent / "files"
REAL = FILES / "annuaire"
API = REAL / "api-records-mairies-sample.json"
BULK = REAL / "bulk-record-sample.json"


@pytest.fixture
def generated(annuaire_export):
    return annuaire_export  # (path, the counts it was made with: conftest)


# --------------------------------------------------------------------------- real records

def test_api_records_shape_and_traps():
    assert sniff(API) == "api"
    census = read_census(API)
    c = census.counts
    assert c["services"] == 10
    assert c["kept_mairie"] == 5
    assert (c["set_aside_annexe"], c["set_aside_deleguee"]) == (2, 2)
    # Saint-Barthélemy: one record, two roles (cg and mairie), both outside the reference
    assert c["unresolved"] == 2
    assert census.examples["unresolved"] == [
        "Conseil territorial de Saint-Barthélemy (cg 97701)",
        "Conseil territorial de Saint-Barthélemy (mairie 97701)"]
    # Magny-le-Freule: code_insee_commune 14387, pivot 14431
    assert c["code_disagreements"] == 1
    assert "pivot 14431, code_insee_commune 14387" in census.examples["code_disagreements"][0]
    assert sorted(code for _, code in census.entities) == ["16025", "55128", "62077", "71162",
                                                           "72089"]
    assert str(census.date) == "2026-07-22"


def test_api_export_without_networks_is_refused(cli, tmp_path):
    # the real API records were exported without reseau_social: nothing is known of accounts
    with pytest.raises(InputFileError) as exc:
        read_survey(API)
    assert exc.value.code == "annuaire-no-social-field"
    (p,) = validate(API)
    assert p.severity == "error" and "reseau_social" in p.message
    res = cli("annuaire", API, "-o", tmp_path / "e.xlsx")
    assert res.exit_code == 1 and "sans le champ reseau_social" in res.stderr


def test_bulk_record_all_47_fields():
    assert sniff(BULK) == "bulk"
    (s,) = list(services(BULK))
    assert (s.name, s.code_insee, s.pivot, s.social) == (
        "Mairie - Fontaine-le-Port", "77188", [("mairie", ["77188"])], [])
    df = read_survey(BULK)
    assert set(df["code"]) == {"77188"}
    assert df["present"].tolist() == [False] * 6  # no declared account: absent everywhere
    assert df["followers"].isna().all()
    assert str(df["date"].iloc[0].date()) == "2023-08-09"
    assert df.attrs["annuaire"]["attribution"] == "Service-Public.gouv.fr / DILA"


def _api_with_networks(tmp_path: Path) -> Path:
    data = json.loads(API.read_text("utf-8"))
    for r in data["results"]:
        r["reseau_social"] = None  # the field exported, empty (null, as the API gives it)
    data["results"][1]["reseau_social"] = json.dumps([
        {"valeur": "www.facebook.com/baignes", "description": "", "custom_dico2": "Facebook"},
        {"valeur": "https://twitter.com/baignes?lang=fr", "description": "",
         "custom_dico2": "Twitter"}])
    data["results"][2]["reseau_social"] = "[]"
    out = tmp_path / "api.json"
    out.write_text(json.dumps(data), "utf-8")
    return out


def test_api_json_encoded_networks(tmp_path):
    census = read_census(_api_with_networks(tmp_path))
    assert read_survey(_api_with_networks(tmp_path), type="commune")["present"].sum() == 2
    ent = census.entities[("commune", "16025")]
    assert ent.accounts == {"facebook": [("https://facebook.com/baignes", "baignes")],
                            "x": [("https://x.com/baignes", "baignes")]}


def test_api_csv_export_reads_like_the_json(tmp_path):
    src = _api_with_networks(tmp_path)
    records = json.loads(src.read_text("utf-8"))["results"]
    out = tmp_path / "export.csv"
    fields = ["id", "nom", "code_insee_commune", "pivot", "reseau_social",
              "date_modification_datetime"]
    with open(out, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(fields)
        for r in records:
            w.writerow(["" if r.get(f) is None else r.get(f) for f in fields])
    assert sniff(out) == "csv"
    a, b = read_census(src), read_census(out)
    assert a.counts == b.counts
    assert {k: v.accounts for k, v in a.entities.items()} == \
        {k: v.accounts for k, v in b.entities.items()}


def test_compressed_bulk(tmp_path, generated):
    path, expected = generated
    gz = tmp_path / "annuaire.json.gz"
    gz.write_bytes(gzip.compress(path.read_bytes()))
    zp = tmp_path / "annuaire.zip"
    with zipfile.ZipFile(zp, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("README.txt", "x")
        zf.write(path, "data/annuaire.json")
    for f in (gz, zp):
        assert sniff(f) == "bulk"
        assert read_census(f).counts["services"] == expected["services"]


# --------------------------------------------------------------------------- generated bulk file

def test_generated_counts(generated):
    path, exp = generated
    census = read_census(path)
    c = census.counts
    for key in ("services", "set_aside_deleguee", "set_aside_annexe", "code_disagreements",
                "duplicate_ids", "merged", "unresolved", "unclassified_urls", "other_services"):
        assert c[key] == exp[key], key
    assert {t: len(census.of_type(t)) for t in exp["entities"]} == exp["entities"]
    for t, per_platform in exp["present"].items():
        for p, n in per_platform.items():
            assert census.platforms[(t, p)] == n, (t, p)
    assert str(census.date) == exp["date"]


def test_two_roles_count_for_both(generated):
    df = read_survey(generated[0])
    paris = df[(((df["code"] == "75") & (df["collectivity_type"] == "departement"))
                | (df["code"] == "75056")) & (df["platform"] == "x")]
    assert sorted(zip(paris["collectivity_type"], paris["present"])) == [
        ("commune", True), ("departement", True)]


def test_one_council_for_two_departements(generated):
    census = read_census(generated[0])
    cea = [census.entities[("departement", d)] for d in ("67", "68")]
    assert cea[0].accounts == cea[1].accounts
    assert cea[0].service_ids == cea[1].service_ids  # one service, two départements


@pytest.mark.parametrize("type_id", ["commune", "departement", "region", "epci"])
def test_cli_compare_gives_the_generated_counts(cli, generated, type_id):
    path, exp = generated
    res = cli("compare", "--data", path, "--type", type_id, "--format", "json")
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    got = {r["platform"]: (r["n_present"], r["n_base"]) for r in rows}
    n = exp["entities"][type_id]
    for p, k in exp["present"][type_id].items():
        assert got[p] == (k, n), p
    assert got["any"] == (exp["with_any"][type_id], n)
    assert {r["measure_label"] for r in rows} == \
        {"comptes déclarés à l'Annuaire de l'administration"}
    assert {r["attribution"] for r in rows} == {"Service-Public.gouv.fr / DILA"}
    assert {r["data_date"] for r in rows} == {"2026-03-12"}


def test_cli_compare_table_names_measure_and_set_aside(cli, generated):
    path, exp = generated
    res = cli("compare", "--data", path, "--type", "commune")
    assert res.exit_code == 0, res.output
    out = res.stdout
    assert "Mesure : comptes déclarés à l'Annuaire de l'administration (annuaire.json, état au " \
           "12 mars 2026)" in out
    assert "Service-Public.gouv.fr / DILA" in out
    assert "une collectivité sans compte déclaré peut en avoir un" in out
    assert (f"Services écartés : {exp['set_aside_deleguee'] + exp['set_aside_annexe']} mairies "
            f"({exp['set_aside_deleguee']} déléguées, {exp['set_aside_annexe']} annexes, "
            "0 d'arrondissement).") in out
    fb = exp["present"]["commune"]["facebook"]
    assert f"{fb}/{exp['entities']['commune']}" in out
    en = cli("compare", "--data", path, "--type", "commune", "--lang", "en").stdout
    assert "Measure: accounts declared to the Annuaire de l'administration" in en


def test_type_subsets(generated):
    path, exp = generated
    vp = read_survey(path, type="ville_prefecture")
    assert set(vp["collectivity_type"]) == {"ville_prefecture"}
    assert vp["code"].nunique() <= exp["entities"]["commune"]
    assert set(vp["code"]) <= set(read_survey(path, type="commune")["code"])


def test_validate_reports_warnings_only(generated):
    problems = validate(generated[0])
    assert {p.severity for p in problems} == {"warning"}
    assert problems[0].message.startswith("Services écartés : 27 mairies")


def test_cli_validate_says_the_census_report_in_english(cli, generated):
    # validate --lang en said the Annuaire's warnings in French (« Services écartés … »),
    # and the notes' examples, in English too, kept the French « name : detail »
    path, _ = generated
    v = cli("--lang", "en", "validate", path)
    assert v.exit_code == 0, v.output
    lines = v.stdout.splitlines()
    assert len(lines) == 6 and all(": warning: " in line for line in lines), v.stdout
    assert lines[0].endswith("warning: Services set aside: 27 town halls (14 delegated, "
                             "13 annexes, 0 district town halls).")
    assert "écart" not in v.stdout and "dont le code INSEE" not in v.stdout
    assert " : " not in v.stdout  # "Mairie - Osmoy: pivot 78475", not « Osmoy : pivot »
    assert "Mairie - Osmoy: pivot 78475, code_insee_commune 79475" in v.stdout
    assert "Mairie - Buléon: https://www.ville56027.fr/newsletter" in v.stdout
    # JSON: the same, and each warning coded; French unchanged
    j = json.loads(cli("--lang", "en", "validate", path, "--format", "json").stdout)
    assert [p["code"] for p in j][:2] == ["annuaire-set-aside", "annuaire-code-disagreements"]
    assert j[0]["message"].startswith("Services set aside: 27 town halls")
    fr = cli("validate", path).stdout
    assert "avertissement : Services écartés : 27 mairies" in fr
    assert "Mairie - Osmoy : pivot 78475, code_insee_commune 79475" in fr


def test_cli_annuaire_template_validates(cli, generated, tmp_path):
    path, exp = generated
    out = tmp_path / "enquete.xlsx"
    res = cli("annuaire", path, "-o", out, "--type", "departement")
    assert res.exit_code == 0, res.output
    assert f"({101} départements, {exp['with_any']['departement']} avec au moins un compte " \
           "déclaré" in res.stderr
    # the rest is blank, to check by hand (the note the template carries): in barometre's
    # template a column of « Oui » and blanks, without any « Non », is ambiguous (« x or
    # blank » filled, or not checked yet): one error per platform, blank-ambiguous, until
    # the user says --blank unknown (or writes Non)
    v = cli("validate", out)
    assert v.exit_code == 1, v.output
    ambiguous = [p for p in validate(out) if p.code == "blank-ambiguous"]
    assert ambiguous and {p.severity for p in ambiguous} == {"error"}
    assert len({p.column for p in ambiguous}) == len(ambiguous)
    assert "--blank unknown si elle veut dire pas encore vérifié" in v.stdout
    v = cli("validate", out, "--blank", "unknown")
    assert v.exit_code == 0, v.output
    assert "0 erreur" in v.stderr
    df = read_survey(out, blank="unknown")
    yes = df[df["present"] == True]  # noqa: E712
    for p, n in exp["present"]["departement"].items():
        assert (yes["platform"] == p).sum() == n, p
    assert df["present"].isna().sum() == len(df) - len(yes)
    first = read_census(path).entities[("departement", "75")].accounts["x"][0][0]
    assert first.startswith("https://x.com/")
    assert yes.loc[(yes["code"] == "75") & (yes["platform"] == "x"), "account"].tolist() == [first]


# --------------------------------------------------------------------------- URLs

@pytest.mark.parametrize("raw,label,url,platform,handle", [
    ("www.facebook.com/VilleDeNantes", "", "https://facebook.com/VilleDeNantes", "facebook",
     "VilleDeNantes"),
    ("m.facebook.com/nantes/?ref=bookmarks&fbclid=x", "Facebook", "https://facebook.com/nantes",
     "facebook", "nantes"),
    ("https://www.facebook.com/profile.php?id=100064", "", "https://facebook.com/profile.php?id=100064",
     "facebook", "100064"),
    ("https://twitter.com/nantes?lang=fr", "Twitter", "https://x.com/nantes", "x", "nantes"),
    ("https://mobile.twitter.com/nantes/", "", "https://x.com/nantes", "x", "nantes"),
    ("https://www.instagram.com/nantes/?igshid=YmMy", "Instagram", "https://instagram.com/nantes",
     "instagram", "nantes"),
    ("fr.linkedin.com/company/ville-de-nantes/", "", "https://linkedin.com/company/ville-de-nantes",
     "linkedin", "ville-de-nantes"),
    ("https://www.youtube.com/@nantes?si=abc", "", "https://youtube.com/@nantes", "youtube",
     "nantes"),
    ("https://www.youtube.com/channel/UC123", "", "https://youtube.com/channel/UC123", "youtube",
     "UC123"),
    ("https://www.tiktok.com/@nantes", "", "https://tiktok.com/@nantes", "tiktok", "nantes"),
    ("https://social.example.fr/@nantes", "Mastodon", "https://social.example.fr/@nantes",
     "mastodon", "nantes"),
    ("https://bsky.app/profile/nantes.fr", "", "https://bsky.app/profile/nantes.fr", "bluesky",
     "nantes.fr"),
])
def test_urls(raw, label, url, platform, handle):
    assert normalize_url(raw) == url
    assert classify(raw, label) == (platform, handle)


def test_unknown_address_is_not_a_network():
    assert classify("https://www.nantes.fr/newsletter", "Autre") == (None, None)
    assert classify("@nantes", "Instagram") == ("instagram", "nantes")


# --------------------------------------------------------------------------- not an annuaire

def test_surveys_are_not_annuaires(tmp_path):
    assert sniff(FILES / "departements-cp1252.csv") is None
    assert sniff(FILES / "bad" / "workbook-named.csv") is None  # a zip, but a workbook
    other = tmp_path / "x.json"
    other.write_text('{"data": [1, 2]}', "utf-8")
    assert sniff(other) is None
    with pytest.raises(InputFileError) as exc:
        list(services(other))
    assert exc.value.code == "annuaire-not-recognised"


def test_cut_download_is_one_clear_error(tmp_path, generated):
    cut = tmp_path / "cut.json"
    cut.write_bytes(generated[0].read_bytes()[:200_000])
    with pytest.raises(InputFileError) as exc:
        read_survey_annuaire(cut)
    assert exc.value.code == "annuaire-corrupt"
    (p,) = validate(cut)
    assert p.severity == "error" and "illisible" in p.message


def test_cli_annuaire_on_other_files(cli, tmp_path):
    res = cli("annuaire", FILES / "departements-cp1252.csv", "-o", tmp_path / "e.xlsx")
    assert res.exit_code == 1
    assert "pas un export de l'Annuaire de l'administration" in res.stderr
    assert not (tmp_path / "e.xlsx").exists()
    res = cli("annuaire", tmp_path / "absent.json", "-o", tmp_path / "e.xlsx", "--lang", "en")
    assert res.exit_code == 1
    assert res.stderr.strip().endswith("absent.json: file not found")
