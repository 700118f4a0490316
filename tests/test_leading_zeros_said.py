"""What the README says of codes a spreadsheet stripped (#input16): their leading zeros come
back without a message, the reading being certain; a postal code is no INSEE code, and is
caught where it can be (no commune of that number, a name beside it that names another)."""

from __future__ import annotations

import barometre as bm


def _csv(tmp_path, text, name="enquete.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_stripped_zeros_come_back_without_a_message(tmp_path):
    df = bm.read_survey(_csv(tmp_path, "Code INSEE;Facebook\n1001;Oui\n1004;Non\n"))
    assert df["code"].tolist() == ["01001", "01004"]
    assert df.attrs["problems"] == []
    df = bm.read_survey(_csv(tmp_path, "Code;Facebook\n1;Oui\n2;Non\n2a;Oui\n"))
    assert df["code"].tolist() == ["01", "02", "2A"]
    assert df.attrs["problems"] == []
    df = bm.read_survey(_csv(tmp_path, "Code;Facebook\n069;Oui\n44;Non\n"), type="departement")
    assert df["code"].tolist() == ["69", "44"]


def test_postal_codes_are_caught_where_they_can_be(tmp_path):
    found = bm.validate(_csv(tmp_path, "Code commune;Facebook\n01000;Oui\n44000;Non\n"
                                       "75001;Oui\n"))
    assert [(p.code, p.row) for p in found if p.severity == "error"] == [
        ("unknown-code", 2), ("unknown-code", 3), ("unknown-code", 4)]
    # 01090: Châtenay's INSEE code, Montmerle-sur-Saône's postal code: the name says so
    found = bm.validate(_csv(tmp_path, "Code commune;Commune;Facebook\n"
                                       "01090;Montmerle-sur-Saône;Oui\n"))
    assert [p.code for p in found if p.severity == "error"] == ["code-name-mismatch"]
    # a "Code postal" column is not the entity's: ignored, said
    found = bm.validate(_csv(tmp_path, "Code postal;Commune;Facebook\n01000;Bourg-en-Bresse;Oui\n"
                                       "44000;Nantes;Non\n"))
    assert [(p.code, p.column) for p in found if p.severity == "warning"][:1] == [
        ("unknown-column", "Code postal")]
    assert not [p for p in found if p.severity == "error"]
