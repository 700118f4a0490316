"""msg23: one path for the io-error line, and wordings said right (the « au moins un
réseau » note's full stop, the grouped abbreviated-count warning, a remarks column of
numbers said by validate)."""

from __future__ import annotations

import errno

import pytest


# --------------------------------------------------------------------------- 4. io-error line

@pytest.mark.parametrize("lang, line", [
    ("en", "barometre: input/output error (standard output): no space left on the disk"),
    ("fr", "barometre : erreur d'entrée-sortie (sortie standard) : plus de place sur le disque")])
def test_a_full_stdout_is_said_in_the_language_asked(cli, monkeypatch, lang, line):
    """The standard output refusing a command's CSV was said in the language of the
    process's own arguments (sys.argv), not of the command run: French for « --lang en »
    in a session (a notebook, CliRunner). Now in the command's language, as every other
    input/output error."""
    import barometre.cli.streams as streams

    def full(stream):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.delenv("BAROMETRE_LANG", raising=False)
    monkeypatch.setattr("sys.argv", ["barometre"])
    monkeypatch.setattr(streams, "utf8_output", full)
    res = cli("entities", "--type", "region", "--csv", "--lang", lang)
    assert res.exit_code == 1
    assert res.stderr.strip() == line


# --------------------------------------------------------------------------- 5. full stop

IG = "Code département;Instagram;Date\n01;Oui;15/10/2024\n02;Non;15/10/2024\n"
FB = "Code département;Facebook;Date\n01;Oui;15/10/2025\n02;Oui;15/10/2025\n"
FB_X = "Code département;Facebook;X;Date\n01;Oui;Non;15/10/2025\n02;Oui;Oui;15/10/2025\n"


@pytest.mark.parametrize("lang, end", [("fr", "sous un autre nom."),
                                       ("en", "under another name.")])
def test_the_any_note_of_trend_ends_with_a_full_stop(cli, tmp_path, lang, end):
    """trend --data's note on a wave with no « au moins un réseau » is a sentence under the
    table, beside the design notes that end with theirs: it had no full stop."""
    ig, fb = tmp_path / "ig.csv", tmp_path / "fb.csv"
    ig.write_text(IG, encoding="utf-8")
    fb.write_text(FB, encoding="utf-8")
    res = cli("trend", "--type", "departement", "--data", ig, "--data", fb, "--lang", lang)
    assert res.exit_code == 0, res.output
    assert res.stdout.splitlines()[-1].endswith(end)  # under the table (s32: stderr)


@pytest.mark.parametrize("lang, end", [
    ("fr", "; une part sur moins de réseaux ne se compare pas."),
    ("en", "; a share over fewer platforms does not compare.")])
def test_the_any_note_has_one_full_stop_at_its_end(cli, tmp_path, lang, end):
    """A wave of fewer platforms beside one of more: one sentence, one stop."""
    fb, both = tmp_path / "fb.csv", tmp_path / "fbx.csv"
    fb.write_text(FB.replace("2025", "2024"), encoding="utf-8")
    both.write_text(FB_X, encoding="utf-8")
    res = cli("trend", "--type", "departement", "--data", fb, "--data", both, "--lang", lang)
    assert res.exit_code == 0, res.output
    last = res.stdout.splitlines()[-1]  # the table's last line (s32: stderr)
    assert last.endswith(end) and last.count(".") == 1, last


# --------------------------------------------------------------------------- 6. grouped « k »

@pytest.mark.parametrize("lang, line", [
    ("fr", "abr.csv, colonne « Abonnés Facebook » : avertissement : 8 nombres abrégés (lignes "
           "2, 3, 4, 5, 6, …) lus comme des valeurs arrondies (le premier « 1,2k » lu comme "
           "1\u202f200) : donnez les nombres exacts si vous les avez"),
    ("en", "abr.csv, column “Abonnés Facebook”: warning: 8 abbreviated numbers (lines 2, 3, 4, "
           "5, 6, …) read as rounded values (the first “1,2k” read as 1,200): give the exact "
           "numbers if you have them")])
def test_grouped_abbreviated_counts_are_said_of_them_all(cli, tmp_path, lang, line):
    """Eight counts copied « 1,2k » from the pages: validate's one warning for the column
    said « le premier : nombre abrégé … : valeur arrondie, donnez le nombre exact si vous
    l'avez », the sentence of one cell where eight are meant."""
    f = tmp_path / "abr.csv"
    f.write_text("Code département;Facebook;Abonnés Facebook\n"
                 + "".join(f"{i:02d};Oui;{i},2k\n" for i in range(1, 9)), encoding="utf-8")
    res = cli("validate", f, "--lang", lang)
    assert res.exit_code == 0, res.output
    assert line in res.stdout.splitlines()


# --------------------------------------------------------------------------- 7. remarks of numbers

@pytest.mark.parametrize("fast", [False, True])
@pytest.mark.parametrize("lang, said", [
    ("fr", "colonne « Facebook - remarques » : avertissement : colonne ignorée : commentaire "
           "libre sur Facebook d'après son en-tête, non lu (ni présence, ni compte, ni "
           "abonnés), mais la plupart de ses cellules sont des nombres (ex. « 1200 ») : si ce "
           "sont des abonnés, nommez la colonne « Abonnés Facebook »"),
    ("en", "column “Facebook - remarques”: warning: column ignored: free-text comment on "
           "Facebook by its header, not read (neither presence, account nor followers), but "
           "most of its cells are numbers (e.g. “1200”): if they are followers, name the "
           "column “Abonnés Facebook”")])
def test_a_remarks_column_of_numbers_is_ignored_and_said_with_a_cell(
        cli, tmp_path, monkeypatch, fast, lang, said):
    """Follower counts put under « Facebook - remarques »: ignored as remarks (its header
    says so), but validate said only « commentaire libre sur Facebook, non lu », nothing of
    the numbers the user would lose from every figure."""
    from barometre.survey import fastcsv

    if fast:
        monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    f = tmp_path / "remarques.csv"
    f.write_text("Code département;Facebook;Facebook - remarques\n01;Oui;1200\n02;Oui;350\n"
                 "03;Non;\n04;Oui;à revoir\n05;Oui;12 400\n", encoding="utf-8")
    res = cli("validate", f, "--lang", lang)
    assert res.exit_code == 0, res.output
    assert f"{f.name}, {said}" in res.stdout.splitlines()
    import barometre as bm

    s = bm.read_survey(f)
    assert s["followers"].isna().all()  # still not read: the header says remarks
    assert s.loc[s["platform"] == "facebook", "present"].tolist() == [True, True, False, True, True]


def test_a_remarks_column_of_text_keeps_its_word(cli, tmp_path):
    f = tmp_path / "remarques.csv"
    f.write_text("Code département;Facebook;Facebook - remarques\n01;Oui;page peu active\n"
                 "02;Oui;à revoir\n03;Non;14\n", encoding="utf-8")
    out = cli("validate", f).stdout
    assert ("colonne ignorée : commentaire libre sur Facebook, non lu (ni présence, ni compte, "
            "ni abonnés)") in out
    assert "nombres" not in out
