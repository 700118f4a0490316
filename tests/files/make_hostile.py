#!/usr/bin/env python3
"""Rebuild the hostile survey files of tests/files/hostile/ (deterministic; issue #20).

Each file is one shape that used to be misread silently, or to cost a traceback, time or
memory: thousands written "1.000", ambiguous "1,000", abbreviated "1,2 k", absurd counts;
Mac Roman, DOS and mixed encodings, mojibake headers; two columns for one role,
creation dates, post counts, a generic "Réseaux sociaux" column, a row-number "ID";
"53;Bretagne" without a type; workbooks with formulas without values, a hidden first
sheet, merged cells, a stray cell at XFD1048576, a shared-strings bomb; CSV rows with
extra fields; dates in 1999 or 2999; thousands of warnings; duplicate pairs; a Parquet
list column. Run: python tests/files/make_hostile.py
"""

import datetime as dt
import io
import zipfile
from pathlib import Path

from openpyxl import Workbook

from barometre.render.files import save_workbook

OUT = Path(__file__).resolve().parent / "hostile"
DEP = "Code département;Département;Facebook;Abonnés Facebook"


def csv(name: str, lines: list[str], encoding: str = "utf-8") -> None:
    (OUT / name).write_bytes(("\n".join(lines) + "\n").encode(encoding))


def xlsx(wb: Workbook, name: str) -> None:
    wb.properties.created = dt.datetime(2025, 1, 1)
    save_workbook(wb, OUT / name, stamp="2025-01-01T00:00:00Z")


def counts() -> None:
    csv("counts-thousands-dot.csv", [DEP, "01;Ain;Oui;1.000", "02;Aisne;Oui;12.000",
                                     "03;Allier;Oui;12 345", "04;Alpes-de-Haute-Provence;Oui;7"])
    csv("counts-ambiguous.csv", [DEP, "01;Ain;Oui;1,000", "02;Aisne;Oui;2 500"])
    csv("counts-decimal.csv", [DEP, "01;Ain;Oui;1,000", "02;Aisne;Oui;12,5"])
    csv("counts-bad.csv", [DEP, "01;Ain;Oui;inf", "02;Aisne;Oui;-5",
                           "03;Allier;Oui;" + "9" * 30, "04;Alpes-de-Haute-Provence;Oui;2000000000",
                           "05;Hautes-Alpes;Oui;NaN", "06;Alpes-Maritimes;Oui;1500"])
    csv("counts-abbreviated.csv", [DEP, "01;Ain;Oui;1,2k", "02;Aisne;Oui;12 k",
                                   "03;Allier;Oui;1,2 M"])
    # no name column to disagree with: only the population says that 69001 is not Lyon
    csv("counts-population.csv", ["Code INSEE;Facebook;Abonnés Facebook",
                                  "69001;Oui;400000", "69123;Oui;400000"])


def encodings() -> None:
    rows = [DEP, "01;Ain;Oui;1200", "13;Bouches-du-Rhône;Oui;3400", "18;Cher;Oui;560",
            "34;Hérault;Non;", "72;Sarthe;Oui;980"]
    csv("mac-roman.csv", rows, "mac_roman")
    csv("cp850.csv", rows, "cp850")
    data = ("\n".join(rows) + "\n").encode("utf-8")
    data = data.replace("Hérault".encode("utf-8"), "Hérault".encode("cp1252"))  # one stray byte
    (OUT / "stray-cp1252.csv").write_bytes(data)
    bad = [r.replace("Abonnés", "AbonnÃ©s").replace("département", "dÃ©partement")
           for r in rows]
    csv("mojibake.csv", bad)


def columns() -> None:
    csv("two-followers.csv", ["Code département;Facebook;Abonnés Facebook 2024;"
                              "Abonnés Facebook 2025", "01;Oui;1000;1200", "02;Oui;500;650"])
    csv("twitter-and-x.csv", ["Code département;Twitter;X", "01;Oui;Non", "02;Non;Oui"])
    csv("creation-date.csv", ["Code département;Facebook;Date de création Facebook;"
                              "Date du relevé", "01;Oui;01/03/2011;15/10/2025",
                              "02;Oui;12/06/2014;15/10/2025"])
    csv("posts.csv", ["Code département;Instagram;Nb posts Instagram",
                      "01;Oui;0", "02;Oui;12", "03;Non;0"])
    csv("generic-networks.csv", ["Code département;Réseaux sociaux;Facebook",
                                 "01;Oui;Oui", "02;Oui;Non", "03;Non;Non"])
    csv("row-id.csv", ["ID;Département;Facebook", "1;Var;Oui", "2;Paris;Oui", "3;Gironde;Non"])
    csv("unnamed-column.csv", ["Code département;Facebook;", "01;Oui;12", "02;Non;"])
    csv("bretagne.csv", ["Code;Nom;Facebook", "53;Bretagne;Oui", "52;Pays de la Loire;Oui",
                         "44;Grand Est;Non", "75;Nouvelle-Aquitaine;Oui"])


def structure() -> None:
    csv("extra-fields.csv", ["Code département,Facebook,Abonnés Facebook", "01,Oui,12,5",
                             "02,Oui,300", "03,Oui"])
    csv("dates.csv", ["Code département;Facebook;Date du relevé", "01;Oui;15/10/99",
                      "02;Oui;01/01/2003", "03;Oui;01/01/2999", "04;Oui;15/10/25"])
    csv("years.csv", ["Code département;Facebook;Année", "01;Oui;9999", "02;Oui;0001",
                      "03;Oui;2024"])
    # 1,500 readings of one account, each a count beside « Non » (a warning per row):
    # warnings only, past the cap (abbreviated counts, « 1,2k », were used until tmpl22:
    # a column of them is now one warning)
    start = dt.date(2020, 1, 1)
    lines = ["code;plateforme;présent;abonnés;date"]
    for k in range(1500):
        d = start + dt.timedelta(days=k)
        lines.append(f"01;Facebook;Non;1200;{d:%d/%m/%Y}")
    csv("many-warnings.csv", lines)
    # 2,000 duplicate pairs: every reading written twice
    lines = ["code;plateforme;présent;abonnés;date"]
    for k in range(2000):
        d = start + dt.timedelta(days=k)
        lines += [f"01;Facebook;Oui;{k};{d:%d/%m/%Y}"] * 2
    csv("duplicate-pairs.csv", lines)


def workbooks() -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Code département", "Facebook", "Abonnés Facebook"])
    ws.append(["01", "Oui", 1000])
    ws.append(["02", "Oui", "=C2*2"])  # saved by openpyxl: a formula without its value
    ws.append(["03", "Oui", "=C2+C3"])
    xlsx(wb, "formulas.xlsx")

    wb = Workbook()
    hidden = wb.active
    hidden.title = "Ancien"
    hidden.append(["Code département", "Facebook"])
    hidden.append(["01", "Non"])
    hidden.sheet_state = "hidden"
    ws = wb.create_sheet("Relevé")
    ws.append(["Code département", "Facebook"])
    for code in ("01", "02", "03"):
        ws.append([code, "Oui"])
    wb.active = 1
    xlsx(wb, "hidden-first-sheet.xlsx")

    wb = Workbook()
    ws = wb.active
    ws.append(["Département", "Plateforme", "Présent", "Abonnés"])
    ws.append(["Ain", "Facebook", "Oui", 1200])
    ws.append([None, "X", "Oui", 300])
    ws.append([None, "Instagram", "Non", None])
    ws.append(["Aisne", "Facebook", "Oui", 800])
    ws.merge_cells("A2:A4")
    xlsx(wb, "merged.xlsx")

    wb = Workbook()
    ws = wb.active
    ws.append(["Code département", "Facebook"])
    ws.append(["01", "Oui"])
    ws.append(["02", "Non"])
    ws["XFD1048576"] = " "  # blank-looking cell at the last row and column
    xlsx(wb, "far-cell.xlsx")

    wb = Workbook()
    ws = wb.active
    ws.append(["Code département", "Facebook"])
    ws.append(["01", "Oui"])
    ws["XFD2"] = "x"  # a filled cell 16,384 columns away
    xlsx(wb, "far-filled-cell.xlsx")

    wb = Workbook()
    ws = wb.active
    ws.append(["Code département", "Facebook", "Abonnés Facebook"])
    for code, value in (("01", 0), ("02", False), ("03", True), ("04", 1)):
        ws.append([code, "Oui", value])  # TRUE/FALSE are not counts, whatever they hash like
    xlsx(wb, "bool-counts.xlsx")

    # shared-strings bomb: a 4 MB string that packs into a few kilobytes
    good = (OUT / "formulas.xlsx").read_bytes()
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as src, \
            zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:  # fixed dates: same bytes
        for info in src.infolist():
            out.writestr(info, src.read(info.filename))
        strings = zipfile.ZipInfo("xl/sharedStrings.xml", (2025, 1, 1, 0, 0, 0))
        strings.compress_type = zipfile.ZIP_DEFLATED
        out.writestr(strings,
                     b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                     b"<si><t>" + b"A" * (4 * 1024 * 1024) + b"</t></si></sst>")
    (OUT / "strings-bomb.xlsx").write_bytes(buf.getvalue())


def parquet() -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({"Code département": ["01", "02"], "Facebook": [["Oui"], ["Non"]]})
    pq.write_table(table, OUT / "list-column.parquet")


def main() -> None:
    OUT.mkdir(exist_ok=True)
    counts()
    encodings()
    columns()
    structure()
    workbooks()
    parquet()


if __name__ == "__main__":
    main()
