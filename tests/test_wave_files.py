"""One campaign delivered in several files is one wave, as in one long file.

Review: the 2025 census of 101 départements given as two files (01–50 read on 15 October,
51–976 on 20 October) made two partial « waves » (33/50 and 34/51, each with an interval)
and ``changes`` compared 2024 with the second file's 51 départements only, whereas the same
rows in one file gave one census wave, 67/101. The files' readings are now pooled and cut
into waves by the rules of one file, and the joining is said.
"""

from __future__ import annotations

import json

from barometre.analysis import waves as W
from barometre.datasets import reference

from .conftest import as_json

HEAD = "Code département;Facebook;Abonnés Facebook;Date"
CODES = list(reference.entities("departement")["code"])


def _write(path, rows):
    path.write_text("\n".join([HEAD, *rows]) + "\n", encoding="utf-8")
    return path


def _rows(codes, date, present):
    return [f"{c};{'Oui' if present(i) else 'Non'};{'1 000' if present(i) else ''};{date}"
            for i, c in enumerate(codes)]


def _files(tmp_path):
    old = _write(tmp_path / "o.csv", _rows(CODES, "15/10/2024", lambda i: i % 3 != 0))
    h1 = _write(tmp_path / "h1.csv", _rows(CODES[:50], "15/10/2025", lambda i: i % 3 != 1))
    h2 = _write(tmp_path / "h2.csv", _rows(CODES[50:], "20/10/2025", lambda i: (i + 50) % 3 != 1))
    both = _write(tmp_path / "hboth.csv", _rows(CODES[:50], "15/10/2025", lambda i: i % 3 != 1)
                  + _rows(CODES[50:], "20/10/2025", lambda i: (i + 50) % 3 != 1))
    return old, h1, h2, both


def _facebook(records):
    return [r for r in records if r["platform"] == "facebook"]


def test_a_campaign_in_two_files_is_one_wave_as_in_one_file(cli, tmp_path):
    old, h1, h2, both = _files(tmp_path)
    split = ["--data", old, "--data", h1, "--data", h2]
    trend = _facebook(as_json(cli("trend", "--type", "departement", *split, "--format", "json")))
    one = _facebook(as_json(cli("trend", "--type", "departement", "--data", old, "--data", both,
                                "--format", "json")))
    assert [(r["wave"], r["n_present"], r["n_base"], r["census"]) for r in trend] == \
        [("2024-10-15", 67, 101, True), ("2025-10-20", 67, 101, True)]
    assert [r["n_present"] for r in trend] == [r["n_present"] for r in one]
    assert trend[1]["source"] == "h1.csv, h2.csv"
    # changes: 2024 against the whole 2025 campaign (it took h2's 51 départements only)
    res = cli("changes", *split, "--format", "json")
    row = _facebook(as_json(res))[0]
    ref = _facebook(as_json(cli("changes", "--data", old, "--data", both, "--format", "json")))[0]
    assert (row["n_paired"], row["census"], row["wave_old"], row["wave_new"]) == \
        (101, True, "2024-10-15", "2025-10-20")
    assert {k: row[k] for k in ("joined", "left", "stayed")} == \
        {k: ref[k] for k in ("joined", "left", "stayed")}
    # said: the wave, the files joined, their dates
    assert "vague du 20 octobre 2025 lue dans plusieurs fichiers, une seule campagne (h1.csv, " \
           "h2.csv, relevés du 15 octobre 2025 au 20 octobre 2025)" in res.stderr
    en = cli("changes", *split, "--lang", "en").stderr
    assert "wave of 20 October 2025 read from several files, one campaign (h1.csv, h2.csv, read " \
           "from 15 October 2025 to 20 October 2025)" in en
    w = W.read_waves([old, h1, h2], type="departement")
    assert w.attrs["waves"] == ["2024-10-15", "2025-10-20"]
    assert w.attrs["wave_files"]["2025-10-20"] == ["h1.csv", "h2.csv"]
    # the same from changes' reading of the two waves compared only
    two = W.read_waves([old, h1, h2], type="departement", compare=(None, None))
    assert two.attrs["waves"] == w.attrs["waves"] and len(two) == len(w)


def test_a_file_of_corrections_joins_the_campaign_it_corrects(cli, tmp_path):
    old, *_ = _files(tmp_path)
    corr = _write(tmp_path / "corr.csv", ["07;Oui;900;15/11/2024", "09;Oui;800;15/11/2024"])
    res = cli("trend", "--type", "departement", "--data", old, "--data", corr, "--format", "json")
    trend = _facebook(as_json(res))
    # 07 was « Non », 09 « Oui »: one more present, and no wave « 15 novembre 2024 » of 2
    assert [(r["wave"], r["n_present"], r["n_base"]) for r in trend] == [("2024-10-15", 68, 101)]
    # the latest ANSWERED reading counts (fixrep21: an « NR » after an answer does not hide it)
    assert "2 couples entité × réseau relus dans un autre fichier : la lecture répondue la " \
           "plus récente compte" in res.stderr
    w = W.read_waves([old, corr], type="departement")
    assert w.loc[w["code"] == "09", "followers"].tolist() == [800]


def test_two_campaigns_in_two_files_stay_two_waves(cli, tmp_path):
    # a month apart, every département read again: two waves, whatever the files
    a = _write(tmp_path / "a.csv", _rows(CODES, "15/09/2025", lambda i: i % 2 == 0))
    b = _write(tmp_path / "b.csv", _rows(CODES, "15/10/2025", lambda i: i % 4 != 3))
    res = cli("changes", "--data", a, "--data", b, "--format", "json")
    row = _facebook(as_json(res))[0]
    assert (row["wave_old"], row["wave_new"], row["n_paired"]) == ("2025-09-15", "2025-10-15", 101)
    assert "plusieurs fichiers" not in res.stderr
    # the same entity on the same date in two files: which one counts cannot be said
    c = _write(tmp_path / "c.csv", ["01;Oui;5;15/10/2025"])
    res = cli("changes", "--data", a, "--data", b, "--data", c)
    assert res.exit_code == 1 and "b.csv et c.csv contiennent tous deux la vague " \
        "15 octobre 2025 pour Ain (01) sur Facebook, à la même date" in res.stderr
    assert json.loads(cli("changes", "--data", a, "--data", b, "--format", "json").stdout)


def test_a_wave_known_by_its_year_in_two_files_is_said_without_dates(cli, tmp_path):
    head = "Code département;Facebook;Année"
    y1 = tmp_path / "y1.csv"
    y1.write_text(f"{head}\n01;Oui;2024\n02;Non;2024\n", encoding="utf-8")
    y2 = tmp_path / "y2.csv"
    y2.write_text(f"{head}\n03;Oui;2024\n", encoding="utf-8")
    res = cli("trend", "--type", "departement", "--data", y1, "--data", y2, "--format", "json")
    assert [(r["wave"], r["n_present"], r["n_base"]) for r in _facebook(as_json(res))] == \
        [("2024", 2, 3)]
    assert res.stderr.splitlines()[0] == "⚠ vague 2024 lue dans plusieurs fichiers, une " \
        "seule campagne (y1.csv, y2.csv) : leurs relevés sont réunis comme dans un seul fichier"


def test_changes_over_files_pooled_into_one_wave_says_why(cli, tmp_path):
    """A re-check of 40 of 101 départements a month later, in its own file, joins the
    campaign (fewer than half its pairs read again, as in one file); `changes` refused
    with « une seule vague … donnez deux fichiers --data » although two were given: the
    error now says under it that the files were read as one campaign, and why."""
    first = _write(tmp_path / "sept.csv", _rows(CODES, "01/09/2025", lambda i: i % 2 == 0))
    again = _write(tmp_path / "oct.csv", _rows(CODES[:40], "01/10/2025", lambda i: True))
    res = cli("changes", "--data", first, "--data", again)
    assert res.exit_code == 1
    lines = res.stderr.splitlines()
    assert lines[0].startswith("barometre : une seule vague (2025-09-01)")
    assert lines[1].startswith("  vague du 1er septembre 2025 lue dans plusieurs fichiers, une seule "
                               "campagne (sept.csv, oct.csv, relevés du 1er septembre 2025 au "
                               "1er octobre 2025)")
    assert "40 couples entité × réseau relus dans un autre fichier" in lines[1]


def test_the_source_of_the_latest_wave_is_its_files(tmp_path):
    """The report's key figures cited the last file given: « h2.csv » alone for a census
    pooled from h1.csv and h2.csv, and « r24.csv » for 2025 figures given newest first."""
    old, h1, h2, _ = _files(tmp_path)
    assert W.read_waves([old, h1, h2]).attrs["file_name"] == "h1.csv, h2.csv"
    assert W.read_waves([h1, h2, old]).attrs["file_name"] == "h1.csv, h2.csv"
    assert W.read_waves([h2, old]).attrs["file_name"] == "h2.csv"
    assert W.read_waves([old]).attrs["file_name"] == "o.csv"


def test_the_evolution_sheet_says_how_pooled_waves_are_dated(cli, tmp_path):
    """The Évolution note said each value is « datée du dernier jour de relevé de l'année »,
    untrue of waves pooled from several files (dated on their most frequent day)."""
    import openpyxl

    old, h1, h2, _ = _files(tmp_path)
    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", old, "--data", h1, "--data", h2, "-o", out).exit_code == 0
    said = [c for r in openpyxl.load_workbook(out)["Évolution"].iter_rows(values_only=True)
            for c in r if isinstance(c, str) and "datée" in c]
    assert said == ["Une valeur par série et par vague, datée du jour de relevé le plus "
                    "fréquent de sa vague (les relevés de plusieurs fichiers réunis en vagues)\u202f; "
                    "chaque part a sa propre base\u00a0: les collectivités ayant répondu pour ce "
                    "réseau à cette vague."]
