"""Reading checks left open (task vp26).

- In a survey of villes préfectures, a département's code (« 44 ») in the code column was
  read as its préfecture (44109 Nantes) without a word: said once for the column
  (``departement-code-read-as-prefecture``), the code as typed and the commune read.
- An emoji's keycap U+20E3 (« 1️⃣ ») and the other combining enclosing marks: a count
  « 1️⃣2 345 » was an error, an answer « Oui⃣ » read Oui without a word; removed and said
  as the other invisible format characters (``invisible-character-removed``).
Both the same on the small files' reader and the columnar (Arrow) one.
"""

from __future__ import annotations

import barometre as bm

from .test_ctl24_control_characters import _said
from .test_fast_path import fast_reader, normal_reader, same_reading

PREFECTURES = ("Code;Abonnés Facebook\n44;1200\n35238;3000\n13;5000\n2A;800\n"
               "29232;400\n")


def _csv(path, text):
    path.write_bytes(text.encode("utf-8"))
    return path


def _both_readers(monkeypatch, path, read):
    """``read()`` on the small files' reader and on the columnar one (Arrow), which is
    taken (the comparison is no tautology)."""
    from barometre.survey import fastcsv

    normal = read()
    with monkeypatch.context() as m:
        m.setattr(fastcsv, "FAST_CSV_BYTES", 0)
        assert fastcsv._read_csv_fast(path) is not None
        fast = read()
    return normal, fast


def test_a_departements_code_read_as_its_prefecture_is_said(tmp_path, cli, monkeypatch):
    path = _csv(tmp_path / "vp.csv", PREFECTURES)
    normal, fast = _both_readers(monkeypatch, path, lambda: bm.validate(path, type="ville_prefecture"))
    assert _said(normal) == _said(fast) == [
        (None, "Code", "44", "warning", "departement-code-read-as-prefecture", 3, [2, 4, 5])]
    assert [p.to_dict() for p in normal] == [p.to_dict() for p in fast]
    df = bm.read_survey(path, type="ville_prefecture")
    assert df["code"].tolist() == ["44109", "35238", "13055", "2A004", "29232"]  # unchanged
    res = cli("validate", path, "--type", "ville_prefecture")
    assert res.exit_code == 0, res.output
    assert ("3 codes de département lus comme la préfecture du département (ex. « 44 » lu "
            "comme 44109 Nantes ; lignes 2, 4, 5) : écrivez le code INSEE de la commune pour "
            "une lecture sûre") in res.output
    en = cli("validate", path, "--type", "ville_prefecture", "--lang", "en").output
    assert "“44” read as 44109 Nantes; lines 2, 4, 5" in en
    # only a département's code is said: the préfectures' own INSEE codes read as they are
    own = _csv(tmp_path / "own.csv", "Code;Abonnés Facebook\n44109;1200\n35238;3000\n")
    assert bm.validate(own, type="ville_prefecture") == []


KEYCAPS = ("Code département;Facebook;Abonnés Facebook\n"
           "44;Oui\u20e3;1\ufe0f\u20e32 345\n35;Oui;1\u20e32 345\n29;Non\u20dd;\n")


def test_an_emoji_keycap_in_counts_and_answers_is_removed_and_said(tmp_path, cli, monkeypatch):
    """« 1️⃣2 345 » was an error quoting « 1⃣2 345 », « Oui⃣ » read Oui unsaid: both read
    without the mark, said with it named, on both readers."""
    path = _csv(tmp_path / "kc.csv", KEYCAPS)
    normal, fast = _both_readers(monkeypatch, path, lambda: bm.validate(path))
    said = [(None, "Abonnés Facebook", "1<U+FE0F><U+20E3>2 345", "warning",
             "invisible-character-removed", 2, [2, 3]),
            (None, "Facebook", "Oui<U+20E3>", "warning", "invisible-character-removed", 2,
             [2, 4])]
    assert _said(normal) == _said(fast) == sorted(said, key=repr)
    same_reading(normal_reader, fast_reader, path)
    df = bm.read_survey(path).set_index("code")
    assert df["present"].to_dict() == {"44": 1, "35": 1, "29": 0}
    assert df["followers"].dropna().to_dict() == {"44": 12345, "35": 12345}
    res = cli("validate", path)
    assert res.exit_code == 0, res.output
    assert "« 1<U+FE0F><U+20E3>2 345 » lu « 12 345 » (lignes 2, 3)" in res.output


def test_the_reports_trend_chart_puts_each_wave_under_its_own_year(cli, tmp_path):
    """An axis of days ticked each 1 January drew the 15/10/2024 wave 2.5 months from the
    « 2025 » tick and 9.5 from « 2024 »: read as 2025. The axis's unit is now the year, as
    in ``chart trend`` (a wave at its year): every point on its own year's tick, « yyyy »,
    a year without a wave (2022) a gap, the years spaced as in time."""
    import re
    import zipfile

    def wave(path, day, answers):
        rows = [f"{c};{a};{day}" for c, a in zip(("22", "29", "35", "56"), answers)]
        path.write_text("Code département;Facebook;Date du relevé\n" + "\n".join(rows) + "\n",
                        encoding="utf-8")
        return path

    files = [wave(tmp_path / "a.csv", "15/10/2021", "NNNO"),
             wave(tmp_path / "b.csv", "15/10/2023", "NNOO"),
             wave(tmp_path / "c.csv", "14/10/2024", "OOOO")]
    out = tmp_path / "r.xlsx"
    r = cli("report", *[a for f in files for a in ("--data", f)], "-o", out)
    assert r.exit_code == 0, r.output
    with zipfile.ZipFile(out) as z:
        xml = next(x for x in (z.read(n).decode() for n in z.namelist()
                               if n.startswith("xl/charts/chart")) if "dateAx" in x)
    ax = re.search(r"<(?:c:)?dateAx>(.*?)</(?:c:)?dateAx>", xml, re.S).group(1)

    def val(tag):
        return re.search(rf"<(?:c:)?{tag} val=\"([^\"]+)\"", ax).group(1)

    assert (val("baseTimeUnit"), val("majorTimeUnit"), val("majorUnit")) == (
        "years", "years", "1")
    assert re.search(r'numFmt formatCode="yyyy"', ax)
    assert (float(val("min")), float(val("max"))) == (44197.0, 45292.0)  # 1/1/2021, 1/1/2024
