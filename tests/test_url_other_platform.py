"""A link pasted in the wrong platform's column, and one account given for two entities
(review urls16: a SILENT MISREAD). Before, an Instagram link in the « Facebook » column read
as Facebook present (its 1,500 Instagram followers ranked first on Facebook), an X link as
the Facebook account, and one page given for two intercommunalités ranked twice, all with
« 0 erreur, 0 avertissement ».

Now (survey/accounts.py): a link to another platform's site in a presence or account
column is an error of its cell (``url-other-platform``, the reading left out with
``errors="skip"``), a link to a site of no platform a warning (``url-unknown-site``), and
one account (same handle or normalised link, same platform, same year) given for two
different entities a warning (``account-shared``); every reader path says the same."""

from __future__ import annotations

import json

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import barometre as bm
from barometre.survey.accounts import account_key, url_site

from .test_fast_path import fast_reader, normal_reader, same_reading

HEADER = ["SIREN", "Intercommunalité", "Facebook", "Instagram", "Compte Facebook",
          "Abonnés Facebook", "Date du relevé"]
# the reviewer's probe_url.xlsx (/tmp/reviewpub/probe_url.py), row for row
PROBE = [
    ["200000172", "CC Faucigny - Glières", "https://www.instagram.com/cc_a", "Non", None, 1500],
    ["200000438", "CC du Pays de Pontchâteau St-Gildas-des-Bois", "Oui",
     "https://www.facebook.com/cc_b", None, None],
    ["200000545", "CC des Portes de Romilly sur Seine", "Oui", "Non",
     "https://twitter.com/cc_c", 800],
    ["200000628", "CC Rhône Lez Provence", "Oui", "Non", "https://www.facebook.com/cc_same",
     900],
    ["200000800", "CC Coeur de Sologne", "Oui", "Non", "https://www.facebook.com/cc_same", 900],
    ["200000925", "CC de la Plaine Dijonnaise", "Non", "Non", None, None],
]


def _xlsx(path, header, rows, date="15/10/2025"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Enquête"
    ws.append(header)
    for r in rows:
        ws.append(list(r) + ([date] if date else []))
    wb.save(path)
    return path


def _csv(path, header, rows, date="15/10/2025"):
    lines = [";".join(header)]
    for r in rows:
        lines.append(";".join("" if v is None else str(v)
                              for v in list(r) + ([date] if date else [])))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def probe(tmp_path):
    return _xlsx(tmp_path / "probe_url.xlsx", HEADER, PROBE)


EXPECTED = [
    ("account-shared", "warning", None, None, [5, 6]),
    ("url-other-platform", "error", 2, "Facebook", None),
    ("url-other-platform", "error", 3, "Instagram", None),
    ("url-other-platform", "error", 4, "Compte Facebook", None),
]


def _said(problems):
    return [(p["code"], p["severity"], p["row"], p["column"], p.get("rows"))
            for p in problems]


def test_validate_says_the_links_of_another_platform_and_the_shared_page(cli, probe):
    res = cli("validate", probe, "--format", "json")
    assert res.exit_code == 1  # errors now (was 0: « 0 erreur, 0 avertissement »)
    problems = json.loads(res.stdout)
    assert _said(problems) == EXPECTED
    by_row = {p["row"]: p for p in problems}
    assert by_row[2]["value"] == "https://www.instagram.com/cc_a"
    assert by_row[2]["message"] == (
        "lien Instagram « https://www.instagram.com/cc_a » dans la colonne Facebook : "
        "mettez-le dans la colonne Instagram, ou le lien du compte Facebook")
    assert by_row[4]["message"].startswith("lien X (ex-Twitter) « https://twitter.com/cc_c » "
                                           "dans la colonne Facebook")
    shared = problems[0]
    assert shared["count"] == 2 and shared["value"] == "https://www.facebook.com/cc_same"
    assert ("le même compte Facebook (« https://www.facebook.com/cc_same ») est donné pour 2 "
            "entités différentes la même année : CC Rhône Lez Provence (200000628), CC Coeur "
            "de Sologne (200000800) (lignes 5, 6)") in shared["message"]
    table = cli("validate", probe)
    assert "3 erreurs, 1 avertissement" in table.stderr


def test_the_messages_in_english(cli, probe):
    problems = as_json_lenient(cli("validate", probe, "--format", "json", "--lang", "en"))
    msgs = {p["row"]: p["message"] for p in problems}
    assert msgs[2] == ("Instagram link “https://www.instagram.com/cc_a” in the Facebook "
                       "column: put it in the Instagram column, or the link of the Facebook "
                       "account")
    assert msgs[3].startswith("Facebook link “https://www.facebook.com/cc_b” in the Instagram "
                              "column: put it in the Facebook column")
    assert msgs[None].startswith(
        "the same Facebook account (“https://www.facebook.com/cc_same”) is given for 2 "
        "different entities in the same year: CC Rhône Lez Provence (200000628), CC Coeur de "
        "Sologne (200000800) (lines 5, 6)")


def as_json_lenient(result):
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def test_compare_and_rank_without_the_misplaced_links(probe):
    df = bm.read_survey(probe, errors="skip")
    fig = bm.compare_survey(df, type="epci")
    got = {p: (int(k), int(n)) for p, k, n in zip(fig["platform"], fig["n_present"],
                                                   fig["n_base"])}
    # Facebook: rows 2 (an Instagram link) and 4 (an X account) left out: 3 of 4, not 5/6;
    # Instagram: row 3 (a Facebook link) left out: 0 of 5, not 1/6
    assert got["facebook"] == (3, 4) and got["instagram"] == (0, 5)
    r = bm.rank(df, "facebook")
    # the Instagram link's 1,500 and the X account's 800 are no Facebook count; the shared
    # page stays ranked twice (a warning, nothing dropped)
    assert sorted(zip(r["code"], r["value"].tolist(), r["rank"].tolist())) == [
        ("200000628", 900, 1), ("200000800", 900, 1)]
    kept = df[df["platform"] == "facebook"]
    assert sorted(kept["source_row"]) == [3, 5, 6, 7]


def test_csv_reads_as_the_workbook_on_every_path(tmp_path, probe):
    csv = _csv(tmp_path / "probe_url.csv", HEADER, PROBE)
    for read in (normal_reader, fast_reader):
        _, problems = read(csv)
        assert _said([p.to_dict() for p in problems]) == EXPECTED
    same_reading(normal_reader, fast_reader, csv)
    from .test_xlsx_fast import _both

    fast, slow = _both(probe)
    assert fast == slow  # calamine's cells are openpyxl's


def test_each_platform_knows_its_hosts(tmp_path):
    """x.com and twitter.com are X, youtu.be YouTube, fb.com and m.facebook.com Facebook,
    linkedin.com/company LinkedIn: in their own column, no problem."""
    header = ["Code département", "Facebook", "X", "YouTube", "LinkedIn", "Mastodon"]
    rows = [["01", "https://fb.com/ain01", "https://x.com/ain01", "https://youtu.be/ain01",
             "https://www.linkedin.com/company/ain01", "https://piaille.fr/@ain01"],
            ["02", "m.facebook.com/aisne02", "https://twitter.com/aisne02",
             "www.youtube.com/@aisne02", "fr.linkedin.com/company/aisne02",
             "https://social.exemple.org/@aisne02"],  # any instance: no warning
            ["03", "Oui", "Non", "Non", "Non", "Non"]]
    path = _xlsx(tmp_path / "hosts.xlsx", header, rows, date=None)
    assert [p.code for p in bm.validate(path)] == []
    df = bm.read_survey(path)
    assert df.loc[df["code"] == "02", "present"].all()


def test_unknown_site_is_a_warning_and_reads_present(tmp_path):
    header = ["Code département", "Facebook", "Instagram"]
    rows = [["01", "https://www.ain.fr", "Non"], ["02", "www.aisne.fr/", "Non"],
            ["03", "Oui", "https://www.allier.fr"], ["04", "Oui", "Non"]]
    path = _csv(tmp_path / "sites.csv", header, rows, date=None)
    problems = bm.validate(path)
    assert [(p.code, p.severity, p.column, p.count, p.rows.tolist()) for p in problems] == [
        ("url-unknown-site", "warning", "Facebook", 2, [2, 3]),
        ("url-unknown-site", "warning", "Instagram", 1, [4])]
    assert problems[0].text("fr").startswith(
        "2 liens vers un site qui n'est pas Facebook (« https://www.ain.fr » : 1, "
        "« www.aisne.fr/ » : 1) lus comme un compte Facebook (lignes 2, 3)")
    assert problems[1].text("en").startswith(
        "1 link to a site that is not Instagram (“https://www.allier.fr”: 1) read as an account "
        "on Instagram (line 4)")
    df = bm.read_survey(path)
    assert df.loc[df["platform"] == "facebook", "present"].tolist() == [True] * 4


def test_long_file_says_the_row_and_a_handle_with_its_site(tmp_path):
    path = tmp_path / "long.csv"
    path.write_text(
        "Code département;Plateforme;Présent;Compte;Date\n"
        "01;Facebook;Oui;https://www.instagram.com/ain;15/10/2025\n"
        "01;Instagram;Oui;https://www.instagram.com/ain;15/10/2025\n"
        "02;Facebook;@aisne.bsky.social;;15/10/2025\n"  # a Bluesky handle
        "02;Bluesky;Oui;@aisne.bsky.social;15/10/2025\n"
        "03;X;Oui;https://twitter.com/allier;15/10/2025\n", encoding="utf-8")
    problems = bm.validate(path)
    assert [(p.code, p.row, p.column) for p in problems] == [
        ("url-other-platform", 2, "Compte"), ("url-other-platform", 4, "Présent")]
    assert problems[0].text("fr") == (
        "lien Instagram « https://www.instagram.com/ain » sur une ligne Facebook : mettez-le "
        "sur une ligne Instagram, ou le lien du compte Facebook")
    assert problems[1].text("en").startswith(
        "Bluesky link “@aisne.bsky.social” on a Facebook row: put it on a Bluesky row")
    same_reading(normal_reader, fast_reader, path)
    df = bm.read_survey(path, errors="skip")
    assert sorted(zip(df["code"], df["platform"])) == [
        ("01", "instagram"), ("02", "bluesky"), ("03", "x")]


def test_shared_account_is_one_whatever_its_spelling(tmp_path):
    header = ["Code département", "Facebook", "Compte Facebook", "Instagram"]
    rows = [["01", "Oui", "https://www.Facebook.com/CC_Same/?ref=bookmarks", "@cc_same"],
            ["02", "Oui", "facebook.com/cc_same", "Non"],
            ["03", "https://m.facebook.com/cc_same", None, "Non"],
            ["04", "Oui", "@cc_same", "Non"],  # a handle: the same account
            ["05", "Oui", "https://www.facebook.com/autre", "@cc_same2"],
            ["06", "Oui", "https://www.ville-exemple.fr/?utm_source=fb", "Non"],
            ["07", "Oui", "http://ville-exemple.fr", "Non"]]
    path = _xlsx(tmp_path / "shared.xlsx", header, rows)
    problems = [p for p in bm.validate(path) if p.code == "account-shared"]
    # cc_same: 4 entities on Facebook (its Instagram handle on 01 only: not shared); the
    # collectivité's site on 06 and 07, its tracking parameter dropped
    assert [(p.count, p.rows.tolist(), p.value) for p in problems] == [
        (4, [2, 3, 4, 5], "https://www.Facebook.com/CC_Same/?ref=bookmarks"),
        (2, [7, 8], "https://www.ville-exemple.fr/?utm_source=fb")]
    assert "donné pour 4 entités différentes la même année : Ain (01), Aisne (02), Allier " \
           "(03), Alpes-de-Haute-Provence (04) (lignes 2, 3, 4, 5)" in problems[0].text("fr")
    df = bm.read_survey(path)  # nothing dropped
    assert len(df[df["platform"] == "facebook"]) == 7


def test_shared_account_only_within_a_year_and_across_entities(tmp_path):
    path = tmp_path / "years.csv"
    path.write_text(
        "Code département;Plateforme;Présent;Compte;Date\n"
        "01;Facebook;Oui;facebook.com/page;15/10/2024\n"
        "01;Facebook;Oui;facebook.com/page;15/10/2025\n"  # one entity, two years
        "02;Facebook;Oui;facebook.com/page2;15/10/2024\n"
        "03;Facebook;Oui;facebook.com/page2;15/10/2025\n"  # two entities, two years
        "04;Facebook;Oui;@page;15/10/2025\n"  # the same handle on another platform
        "04;X;Oui;@page;15/10/2025\n", encoding="utf-8")
    assert [p.code for p in bm.validate(path) if p.code == "account-shared"] == ["account-shared"]
    (p,) = [p for p in bm.validate(path) if p.code == "account-shared"]
    assert p.rows.tolist() == [3, 6]  # 01 in 2025 and 04 on Facebook (page == @page)


def test_one_councils_account_on_its_territories_is_not_shared(tmp_path):
    """67 and 68 are one council (the CeA): its page on both rows is the
    council-territories rules' business, not a shared account; with 01 it is shared."""
    header = ["Code département", "Facebook", "Compte Facebook"]
    rows = [["67", "Oui", "https://www.facebook.com/alsace"],
            ["68", "Oui", "https://www.facebook.com/alsace"],
            ["2A", "Oui", "https://www.facebook.com/corse"],
            ["2B", "Oui", "https://www.facebook.com/corse"]]
    path = _csv(tmp_path / "councils.csv", header, rows, date=None)
    assert [p.code for p in bm.validate(path)] == []
    rows.append(["01", "Oui", "https://www.facebook.com/alsace"])
    path = _csv(tmp_path / "councils2.csv", header, rows, date=None)
    (p,) = bm.validate(path)
    assert p.code == "account-shared" and p.rows.tolist() == [2, 3, 6]
    assert "pour 3 entités différentes" in p.text("fr")


def test_what_counts_as_a_site_and_an_account():
    assert [url_site(v) for v in ("https://www.instagram.com/cc", "youtu.be/x",
                                  "http://fb.com/x", "https://t.co/x", "@a@piaille.fr",
                                  "https://www.ain.fr", "@ain", "Oui", "Ville de Nantes",
                                  "contact@ain.fr", 12)] == [
        "instagram", "youtube", "facebook", "x", "mastodon", "", None, None, None, None, None]
    same = {account_key(v) for v in ("https://www.facebook.com/Ain/", "m.facebook.com/ain",
                                     "HTTP://FACEBOOK.COM/ain?fbclid=1", "@AIN")}
    assert same == {"ain"}
    assert account_key("https://www.facebook.com/profile.php?id=123") == "123"
    assert account_key("Page de la mairie") is None and account_key(None) is None


LINKS = ["https://www.facebook.com/page", "facebook.com/PAGE/", "@page", "@page.bsky.social",
         "https://www.instagram.com/page", "https://x.com/page", "twitter.com/page?s=20",
         "https://www.ville.fr", "www.ville.fr/", "Oui", "Non", ""]


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(rows=st.lists(st.tuples(st.sampled_from(["01", "02", "67", "68", "2A", "Ain"]),
                               st.sampled_from(["Facebook", "Instagram", "X"]),
                               st.sampled_from(LINKS), st.sampled_from(LINKS),
                               st.sampled_from(["15/10/2024", "15/10/2025"])),
                     min_size=1, max_size=14))
def test_links_read_alike_on_every_path(tmp_path, rows):
    """Links of every kind, shared or not, on a long file: the normal and the fast CSV
    readers, and calamine and openpyxl on the same rows as a workbook, say the same."""
    header = ["Code département", "Plateforme", "Présent", "Compte", "Date"]
    csv = _csv(tmp_path / "liens.csv", header, rows, date=None)
    same_reading(normal_reader, fast_reader, csv)
    book = _xlsx(tmp_path / "liens.xlsx", header, rows, date=None)
    from barometre.survey import xlsx_fast

    def read(calamine: bool):
        def run(p):
            old = xlsx_fast.read_rows
            if not calamine:
                xlsx_fast.read_rows = lambda *a: None
            try:
                df = bm.read_survey(p, errors="skip")
            finally:
                xlsx_fast.read_rows = old
            return df, df.attrs["problems"]
        return run

    same_reading(read(False), read(True), book)


def test_past_the_cap_shared_accounts_are_counted(tmp_path, monkeypatch):
    from barometre.survey import accounts

    monkeypatch.setattr(accounts, "MAX_SHARED", 1)
    header = ["Code département", "Facebook"]
    rows = [[c, f"facebook.com/page{i // 2}"] for i, c in enumerate(
        ["01", "02", "03", "04", "05", "06"])]
    problems = bm.validate(_csv(tmp_path / "cap.csv", header, rows, date=None))
    assert [(p.code, p.rows.tolist() if p.rows is not None else p.value) for p in problems] == [
        ("account-shared", [2, 3]), ("more-warnings", "2")]
    assert problems[1].by_code == {"account-shared": 2}
