"""Small fixes after the session's diff reviews (diff17b), each checked as a user meets it."""

from __future__ import annotations

import barometre as bm
from barometre.analysis.peers import peer_group
from barometre.render.charts.benchmark import _peers_words

from .conftest import two_years_file


def test_report_peers_without_entity_is_refused(cli, tmp_path):
    """`report --data F --peers region` without --entity was accepted and the option dropped
    (exit 0); the charts refuse the same call."""
    out = tmp_path / "r.xlsx"
    res = cli("report", "--data", bm.demo_file("enquete"), "--peers", "region", "-o", out)
    assert res.exit_code == 2 and not out.exists()
    assert res.stderr == ("barometre : --peers region demande --entity (la collectivité du "
                          "Benchmark, dont les pairs sont choisis)\n")
    en = cli("report", "--data", bm.demo_file("enquete"), "--peers", "region", "-o", out,
             "--lang", "en")
    assert en.exit_code == 2 and "needs --entity" in en.stderr


def test_the_benchmark_chart_says_its_peers_count_with_a_thousands_separator(tmp_path):
    """« Pairs : les 34875 communes de l'enquête »: the count unformatted (diff17b)."""
    s = bm.read_survey(bm.demo_file("enquete"))
    g = peer_group(s, "44")
    g.attrs = {**g.attrs, "n_entities": 34875}  # as a commune census gives it
    assert _peers_words(g, "fr") == ("Pairs : les 34\u202f875 départements du fichier "
                                     "(sur 101 en France)")
    assert "34,875" in _peers_words(g, "en")


def test_a_presence_only_report_has_no_empty_ranking(cli, tmp_path):
    """A file of Oui/Non only got a Classement « sur les relevés de – » with one empty row
    per platform, its notes on empty counts and highlighted rows that did not exist, and a
    Benchmark of « Pairs (n) 0 » everywhere (diff17b): now neither sheet, and one line why."""
    import openpyxl

    from barometre import reference

    codes = reference.type_codes("departement")
    f = tmp_path / "presence.csv"
    f.write_text("Code département;Facebook;Instagram;Date\n" + "".join(
        f"{c};{'Oui' if i % 4 else 'Non'};{'Oui' if i % 2 else 'Non'};15/10/2025\n"
        for i, c in enumerate(codes)), encoding="utf-8")
    for args, line in (([], "Aucun nombre d'abonnés dans les données\u00a0: pas de Classement."),
                       (["-e", "44"], "Aucun nombre d'abonnés dans les données\u00a0: pas de "
                                      "Classement ni de Benchmark.")):
        out = tmp_path / f"r{len(args)}.xlsx"
        res = cli("report", "--data", f, "-o", out, *args)
        assert res.exit_code == 0, res.output
        wb = openpyxl.load_workbook(out)
        assert wb.sheetnames == ["Synthèse", "Adoption", "Données", "Sources et méthode"]
        assert line in [c.value for c in wb["Synthèse"]["A"]]
    # an entity not in the file is still said so
    res = cli("report", "--data", f, "-o", tmp_path / "x.xlsx", "-e", "Lyon")
    assert res.exit_code != 0



def test_chart_refusals_say_the_year_or_the_peers_not_the_file(cli, tmp_path):
    """With --year or --peers the charts cut the file before benchmark/rank checked it, so
    an entity or a platform of the file was said « pas dans le fichier » (diff17b)."""
    f, png = two_years_file(tmp_path, linkedin_skips="52"), tmp_path / "c.png"
    cases = [
        (["benchmark", "-e", "33", "--year", "2025"],
         "Gironde (33) n'a pas de relevé de 2025 dans le fichier d'enquête (relevés de 2024)"),
        (["ranking", "-p", "facebook", "-e", "33", "--peers", "region", "--year", "2025"],
         "Gironde (33) n'a pas de relevé de 2025 dans le fichier d'enquête (relevés de 2024)"),
        (["benchmark", "-e", "44", "-p", "linkedin", "--year", "2025"],
         "LinkedIn : aucun relevé de 2025 dans le fichier d'enquête (relevés de 2024)"),
        (["ranking", "-p", "linkedin", "--year", "2025"],
         "LinkedIn : aucun relevé de 2025 dans le fichier d'enquête (relevés de 2024)"),
        (["ranking", "-p", "linkedin", "-e", "44", "--peers", "region"],
         "LinkedIn : aucune réponse parmi les pairs (départements de la région Pays de la "
         "Loire) ; le fichier en a ailleurs"),
    ]
    for args, said in cases:
        res = cli("chart", args[0], "--data", f, *args[1:], "-o", png)
        assert res.exit_code == 1 and not png.exists(), (args, res.output)
        assert res.stderr.splitlines()[-1] == f"barometre : {said}", args
    ok = cli("chart", "ranking", "--data", f, "-p", "linkedin", "-e", "33", "--peers",
             "region", "-o", png)
    assert ok.exit_code == 0 and png.exists()


def test_compare_data_says_a_platform_the_file_never_read(cli, tmp_path):
    """`compare --data F -p facebook -p tiktok` showed Facebook alone without a word;
    `-p tiktok` alone said « aucun chiffre … pour ces réseaux » without the file's
    platforms (diff17a), where rank and benchmark name them."""
    f = bm.demo_file("vague-2025")  # Facebook, X, Instagram, TikTok
    res = cli("compare", "-t", "departement", "--data", f, "-p", "facebook", "-p", "snapchat")
    assert res.exit_code == 0, res.output
    assert "Non relevé dans le fichier d'enquête : Snapchat." in res.stdout
    res = cli("compare", "-t", "departement", "--data", f, "-p", "snapchat", "-p", "mastodon",
              "--lang", "en")
    assert res.exit_code == 1
    assert res.stderr.splitlines()[-1] == (
        "barometre: Snapchat, Mastodon: not read in the survey file; platforms of the file: "
        "Facebook, X (formerly Twitter), Instagram, TikTok")


def test_a_year_chosen_through_the_figures_reaches_the_classement(tmp_path):
    """`bm.write_report(path, bm.compare(..., year=2024, figures=...), survey=s)`: the key
    figures were 2024's, the Classement and the Benchmark 2025's (diff17b); the CLI's
    --year did it, the library did not."""
    import openpyxl

    s = bm.read_survey(bm.demo_file("releves"))
    a = bm.compare("departement", year=2024, figures=bm.adoption(s))
    out = bm.write_report(tmp_path / "r.xlsx", a, survey=s, entity="44")
    ws = openpyxl.load_workbook(out)["Classement"]
    h = next(c.row for c in ws["A"] if c.value == "Réseau")
    head = [c.value for c in ws[h]]
    years = {r[head.index("Année du relevé")] for r in ws.iter_rows(min_row=h + 1,
                                                                     values_only=True) if r[1]}
    assert years == {2024}
    latest = bm.write_report(tmp_path / "l.xlsx", bm.adoption(s), survey=s, entity="44")
    ws = openpyxl.load_workbook(latest)["Classement"]
    assert {r[head.index("Année du relevé")] for r in ws.iter_rows(
        min_row=h + 1, values_only=True) if r[1]} == {2025}


def test_scatter_of_a_year_says_a_focus_without_a_reading_that_year(cli, tmp_path):
    """`chart scatter -e 33 --year 2025` drew the chart without Gironde, no word (diff17b)."""
    f, png = two_years_file(tmp_path, linkedin_skips="52"), tmp_path / "s.png"
    res = cli("chart", "scatter", "--data", f, "-p", "facebook", "-e", "33", "--year", "2025",
              "-o", png)
    assert res.exit_code == 1 and not png.exists()
    assert res.stderr.splitlines()[-1] == ("barometre : Gironde (33) n'a pas de relevé de 2025 "
                                           "dans le fichier d'enquête (relevés de 2024)")
    ok = cli("chart", "scatter", "--data", f, "-p", "facebook", "-e", "33", "--year", "2024",
             "-o", png)
    assert ok.exit_code == 0 and png.exists()


def test_report_platforms_narrow_the_classement_and_the_benchmark_too(cli, tmp_path):
    """`report -p facebook -p instagram` narrowed the key figures, Adoption and Évolution but
    the Classement and the Benchmark kept all six platforms (diff17b)."""
    import openpyxl

    out = tmp_path / "r.xlsx"
    res = cli("report", "--data", bm.demo_file("enquete"), "-p", "facebook", "-p",
              "instagram", "-e", "44", "-o", out)
    assert res.exit_code == 0, res.output
    wb = openpyxl.load_workbook(out)
    ws = wb["Classement"]
    h = next(c.row for c in ws["A"] if c.value == "Réseau")
    assert {r[0] for r in ws.iter_rows(min_row=h + 1, values_only=True) if r[0]} == {
        "Facebook", "Instagram"}
    b = wb["Benchmark"]
    h = next(c.row for c in b["A"] if c.value == "Réseau")
    rows = [r[0] for r in b.iter_rows(min_row=h + 1, values_only=True)]
    assert rows[:rows.index(None)] == ["Facebook", "Instagram"]
