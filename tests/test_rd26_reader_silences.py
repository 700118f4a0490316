"""Three silent readings of a survey, now said (task rd26).

- A variation selector (U+FE0E, U+FE0F: an emoji's presentation pasted after a word) or a
  tag character (U+E0020–U+E007F) was dropped by the answers' folding: « Oui\\ufe0f » read
  Oui without a word, a count « 1\\U000e0067200 » an error quoting « 1200 ». They are
  removed and said as inv25's invisible format characters (``invisible-character-removed``),
  the same on every reader; a remarks column keeps them.
- A followers column whose cells are all 0 or 1 (« Abonnés Facebook » over a presence
  column) was read as 0 and 1 follower: said (``followers-zero-one``).
- A place name in the code column (« Tulle;Tulle ») was read as its code without a word
  when the name beside it agreed: said, the cell quoted as typed (« lu comme 19272 »).
"""

from __future__ import annotations

import barometre as bm

from .test_ctl24_control_characters import _parquet, _said
from .test_fast_path import fast_reader, normal_reader, same_reading

CODE = "invisible-character-removed"


def _csv(path, text):
    path.write_bytes(text.encode("utf-8"))
    return path


# --------------------------------------------------------------------------- 1. selectors, tags

SELECTORS = [["Code département", "Facebook\ufe0f", "Abonnés Facebook", "Remarques"],
             ["44", "Oui\ufe0f", "12\u202f345", "top \u2714\ufe0f"],
             ["35", "Non\ufe0e", "", "\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E"
              "\U000E0067\U000E007F"],
             ["29", "Oui", "1\U000e0067200", ""],
             ["22", "oui\U000e0001", "3\ufe00", ""]]
SELECTORS_SAID = [
    (1, "Facebook", "Facebook<U+FE0F>", "warning", CODE, None, None),
    (None, "Facebook", "Oui<U+FE0F>", "warning", CODE, 3, [2, 3, 5]),
    (None, "Abonnés Facebook", "1<U+E0067>200", "warning", CODE, 2, [4, 5])]


def test_variation_selectors_and_tags_are_removed_and_said(tmp_path, cli):
    """« Oui\\ufe0f » was read Oui without a word; a count holding a tag character was an
    error quoting « 1200 »; the remarks keep their emoji (a flag's tags), unsaid."""
    path = _csv(tmp_path / "vs.csv", "\n".join(";".join(r) for r in SELECTORS) + "\n")
    assert _said(bm.validate(path)) == sorted(SELECTORS_SAID, key=repr)
    df = bm.read_survey(path).set_index("code")
    assert df["present"].to_dict() == {"44": 1, "35": 0, "29": 1, "22": 1}
    assert df["followers"].dropna().to_dict() == {"44": 12345, "29": 1200, "22": 3}
    res = cli("validate", path)
    assert res.exit_code == 0, res.output
    assert "« Oui<U+FE0F> » lu « Oui » (lignes 2, 3, 5)" in res.output
    assert "sélecteur de variante ou touche d'un emoji" in res.output
    en = cli("validate", path, "--lang", "en").output
    assert "“1<U+E0067>200” read “1200” (lines 4, 5)" in en


def test_every_reader_removes_selectors_and_tags_alike(tmp_path, monkeypatch):
    """The small files' reader, the columnar CSV reader and Parquet: the same problems and
    readings (the Arrow column's bytes looked at for the selectors' and tags' UTF-8)."""
    from barometre.survey import fastcsv

    path = _csv(tmp_path / "vs.csv", "\n".join(";".join(r) for r in SELECTORS) + "\n")
    with monkeypatch.context() as m:
        m.setattr(fastcsv, "FAST_CSV_BYTES", 0)
        assert fastcsv._read_csv_fast(path) is not None
    same_reading(normal_reader, fast_reader, path)
    parquet = _parquet(tmp_path / "vs.parquet", SELECTORS)
    assert _said(bm.validate(parquet)) == sorted(SELECTORS_SAID, key=repr)
    cols = ["code", "platform", "present", "followers"]
    assert bm.read_survey(parquet)[cols].equals(bm.read_survey(path)[cols])


# --------------------------------------------------------------------------- 2. 0/1 as followers

ZERO_ONE = ("Code département;Abonnés Facebook;Date\n44;1;15/10/2025\n35;0;15/10/2025\n"
            "29;1;15/10/2025\n22;1;15/10/2025\n56;0;15/10/2025\n85;;15/10/2025\n")


def test_a_followers_column_of_zeros_and_ones_is_said(tmp_path, cli):
    """« Abonnés Facebook » over 1, 0, 1, 1, 0: a presence column under a followers header,
    read as 1 and 0 follower without a word; now one warning for the column, saying what to
    do (head it « Facebook »), the reading unchanged."""
    path = _csv(tmp_path / "zero_un.csv", ZERO_ONE)
    said = [p for p in bm.validate(path) if p.code == "followers-zero-one"]
    assert _said(said) == [(None, "Abonnés Facebook", "1", "warning", "followers-zero-one", 5,
                            [2, 3, 4, 5, 6])]
    assert bm.read_survey(path)["followers"].tolist()[:5] == [1, 0, 1, 1, 0]
    res = cli("validate", path)
    assert res.exit_code == 0, res.output
    assert ("colonne « Abonnés Facebook » : avertissement : colonne d'abonnés dont les 5 "
            "nombres sont tous 0 ou 1 (ex. « 1 » ; lignes 2, 3, 4, 5, 6) : une présence "
            "(1 = oui, 0 = non) sous un en-tête d'abonnés ? Lus comme des nombres d'abonnés "
            "(0 ou 1 abonné) ; si c'est la présence, intitulez la colonne « Facebook »"
            ) in res.output
    en = cli("validate", path, "--lang", "en").output
    assert "if it is presence, head the column “Facebook”" in en


def test_beside_a_presence_column_it_says_to_remove_it_and_a_long_file_too(tmp_path):
    wide = _csv(tmp_path / "wide.csv", "Code département;Facebook;Abonnés Facebook\n"
                + "".join(f"{c};{'Oui' if v else 'Non'};{v}\n"
                          for c, v in (("44", 1), ("35", 0), ("29", 1), ("22", 1), ("56", 1))))
    (p,) = [p for p in bm.validate(wide) if p.code == "followers-zero-one"]
    assert p.message.endswith("si c'est la présence, la colonne « Facebook » la dit déjà : "
                              "retirez celle-ci")
    long = _csv(tmp_path / "long.csv", "code;plateforme;abonnes\n44;Facebook;1\n"
                "35;Facebook;0\n29;Instagram;1\n22;Instagram;1\n56;X;0\n")
    (p,) = [p for p in bm.validate(long) if p.code == "followers-zero-one"]
    assert p.message.endswith("intitulez la colonne « Présence »") and p.count == 5
    same_reading(normal_reader, fast_reader, long)


def test_the_rule_is_conservative(tmp_path):
    """Five counts of 0 or 1 with a 1 are said; a count of 2 or more, fewer than five
    counts, or zeros alone (a 0 typed for no account) say nothing of the kind."""
    said = []
    for body in ("44;1\n35;0\n29;1\n22;1\n56;1\n", "44;1\n35;0\n29;1\n22;1\n56;2\n",
                 "44;1\n35;0\n29;1\n22;1\n", "44;0\n35;0\n29;0\n22;0\n56;0\n"):
        path = _csv(tmp_path / "n.csv", "Code département;Abonnés Facebook\n" + body)
        said.append("followers-zero-one" in {p.code for p in bm.validate(path)})
    assert said == [True, False, False, False]


# --------------------------------------------------------------------------- 3. a name as code

def test_a_name_in_the_code_column_is_said_without_a_clash(tmp_path, cli):
    """« Tulle;Tulle » as code;name was read as 19272 without a word (within25 quoted the
    cell only when the name beside clashed); a code column holding a name alone too."""
    f = _csv(tmp_path / "nom_code.csv", "Code INSEE;Ville;Facebook\nTulle;Tulle;Oui\n"
             "23096;Guéret;Non\nNantes;Nantes;Oui\n")
    r = cli("validate", f, "--type", "ville_prefecture")
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines()[0] == (
        "nom_code.csv, colonne « Code INSEE » : avertissement : 2 noms au lieu d'un code (ex. "
        "« Tulle » (lu comme 19272 : Tulle) ; lignes 2, 4), lus d'après le nom : écrivez le "
        "code pour une lecture sûre")
    en = cli("validate", f, "--type", "ville_prefecture", "--lang", "en").stdout
    assert ("2 names instead of a code (e.g. “Tulle” (read as 19272: Tulle); lines 2, 4), "
            "read from the name: write the code for a certain reading") in en
    alone = _csv(tmp_path / "seul.csv", "Code département;Facebook\nAin;Oui\n35;Non\n")
    (p,) = bm.validate(alone)
    assert (p.code, p.column, p.value, p.rows.tolist()) == (
        "name-in-code-column", "Code département", "Ain", [2])
    assert "« Ain » (lu comme 01 : Ain)" in p.message
    assert bm.read_survey(alone)["code"].tolist() == ["01", "35"]
    same_reading(normal_reader, fast_reader, alone)


def test_a_name_in_the_code_column_said_otherwise_is_not_said_twice(tmp_path):
    """A clash (« Tulle;Guéret ») or a name not recognised beside it quotes the code cell
    already (« lu comme 19272 »); a blank code read by its name has its own warning; a
    name column (« Commune ») holding names says nothing."""
    f = _csv(tmp_path / "deja.csv", "Code INSEE;Ville;Facebook\nTulle;Guéret;Oui\n"
             "Guéret;Xyzville;Oui\n;Nantes;Oui\nQuimper;Quimper;Oui\n")
    problems = bm.validate(f, type="ville_prefecture")
    assert {"code-name-mismatch", "code-name-unknown", "name-for-blank-code"} <= {
        p.code for p in problems}
    (p,) = [p for p in problems if p.code == "name-in-code-column"]
    assert (p.value, p.rows.tolist()) == ("Quimper", [5])
    names = _csv(tmp_path / "noms.csv", "Département;Facebook\nAin;Oui\nFinistère;Non\n")
    assert bm.validate(names) == []
