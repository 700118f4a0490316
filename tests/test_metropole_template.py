"""The métropoles' template is read by its SIREN column, checked against its names.

Its « SIREN » column is read as an EPCI's code; with ``--type metropole`` the name column
was taken instead (the SIREN ignored, no code/name check: a row of Metz's SIREN under
Grenoble's name read Grenoble, then a duplicate), and without a type the file was read as
a survey of EPCI (the Métropole de Lyon refused: « pas un EPCI »).
"""

from __future__ import annotations

import openpyxl

import barometre as bm


def _filled(cli, tmp_path):
    path = tmp_path / "metropoles.xlsx"
    assert cli("template", "-t", "metropole", "-o", path).exit_code == 0
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    head = [c.value for c in ws[1]]
    assert head[:2] == ["SIREN", "Métropole"]
    fb = head.index("Facebook - présence") + 1
    for r in range(2, ws.max_row + 1):
        ws.cell(r, fb, "Oui" if r % 2 else "Non")
    return wb, ws, path


def test_the_metropoles_template_is_read_by_its_siren_with_or_without_type(cli, tmp_path):
    wb, ws, path = _filled(cli, tmp_path)
    wb.save(path)
    for kw in ({}, {"type": "metropole"}):
        s = bm.read_survey(path, **kw)
        assert s.attrs["collectivity_type"] == "metropole"
        assert s["code"].nunique() == 22 and "200046977" in set(s["code"])  # Lyon included
        assert not [p for p in bm.validate(path, **kw) if p.severity == "error"]


def test_a_siren_under_another_metropoles_name_is_an_error(cli, tmp_path):
    wb, ws, path = _filled(cli, tmp_path)
    metz = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "200039865")
    ws.cell(metz, 2, "Grenoble-Alpes-Métropole")
    wb.save(path)
    for kw in ({}, {"type": "metropole"}):
        errors = [p for p in bm.validate(path, **kw) if p.severity == "error"]
        assert [(p.code, p.row) for p in errors] == [("code-name-mismatch", metz)]
        assert "le code 200039865 désigne Metz Métropole" in errors[0].message


def test_an_epci_file_with_a_metropole_yes_no_column_stays_a_file_of_epci(tmp_path):
    """« SIREN;Intercommunalité;Métropole » (Oui/Non): read as a survey of métropoles by the
    first version of the rule above, every communauté de communes refused."""
    f = tmp_path / "epci.csv"
    f.write_text("SIREN;Intercommunalité;Métropole;Facebook\n"
                 "243100518;Toulouse Métropole;Oui;Oui\n"
                 "200041010;CC Cœur de Savoie;Non;Non\n", encoding="utf-8")
    s = bm.read_survey(f)
    assert s.attrs["collectivity_type"] == "epci"
    assert not [p for p in bm.validate(f) if p.severity == "error"]


def test_a_mistyped_siren_stays_an_error_of_the_metropoles_survey(cli, tmp_path):
    """One SIREN mistyped (CA Troyes's for Nice's) turned the whole file into a survey of
    EPCI, without an error (« 52 % des intercommunalités, n = 21 »); SIRENs typed with
    spaces (« 200 046 977 ») were refused. Most SIRENs a métropole's: a métropoles' file."""
    wb, ws, path = _filled(cli, tmp_path)
    nice = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "200030195")
    ws.cell(nice, 1, "200069250")
    wb.save(path)
    errors = [p for p in bm.validate(path) if p.severity == "error"]
    assert [(p.code, p.row) for p in errors] == [("unknown-code", nice)]
    assert "de type « métropole »" in errors[0].message  # the type by its label
    (tmp_path / "espaces").mkdir()
    wb, ws, path = _filled(cli, tmp_path / "espaces")
    for r in range(2, ws.max_row + 1):
        v = str(ws.cell(r, 1).value)
        ws.cell(r, 1, f"{v[:3]} {v[3:6]} {v[6:]}")
    wb.save(path)
    assert bm.read_survey(path).attrs["collectivity_type"] == "metropole"
    assert not [p for p in bm.validate(path) if p.severity == "error"]
