#!/usr/bin/env python3
"""Rebuild the survey cases of issue #12 in tests/files/cases/ (deterministic).

Each file has the shape users have: a barometre template filled by hand (blank
"Non" dates, unchecked cells), French Excel CSV (cp1252, ";"), "x" columns,
URLs and @handles, a date typed in the future, two yearly readings, code and
name that disagree, a quoted "1 600 000" after line 200; and files that are
not barometre's (a user's workbook, images) that outputs must never overwrite.
Run: python tests/files/make_survey_cases.py
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from barometre.datasets.reference import entities
from barometre.survey.template import write_template

HERE = Path(__file__).resolve().parent / "cases"

# Indices (0-based, in code order) of the 101 départements
FB_BLANK = (5, 23, 40, 61, 77, 99)  # Facebook not checked: blank
FB_NON = (10, 33, 52, 88)  # Facebook "Non", date left blank as the old template suggested
IG_X = 56  # Instagram: "x" for the first 56, blank for the others
FUTURE = 50  # the row dated 15/10/2052


def user_xlsx(wb, path: Path) -> None:
    """Save a workbook as a user's tool would (no barometre mark), with fixed timestamps."""
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                              rb"\g<1>2025-10-20T09:00:00Z\g<2>", body)
            info.date_time = (2025, 10, 20, 9, 0, 0)
            z.writestr(info, body)
    path.write_bytes(out.getvalue())


def filled_template(path: Path, every_date: bool) -> None:
    """The département template, filled as the issue's user did."""
    import datetime as dt

    import openpyxl

    tmp = HERE / ".template.xlsx"
    write_template(tmp, "departement", ["facebook", "instagram"])
    wb = openpyxl.load_workbook(tmp)
    tmp.unlink()
    ws = wb["Enquête"]
    heads = [c.value for c in ws[1]]
    col = {h: heads.index(h) for h in heads}
    day = dt.datetime(2025, 10, 15)
    for i, row in enumerate(ws.iter_rows(min_row=2)):
        if i in FB_BLANK:
            pass
        elif i in FB_NON:
            row[col["Facebook - présence"]].value = "Non"
            if every_date:
                row[col["Facebook - date du relevé"]].value = day
        else:
            row[col["Facebook - présence"]].value = "Oui"
            row[col["Facebook - abonnés"]].value = 1000 + 37 * i
            row[col["Facebook - date du relevé"]].value = day
        if i < IG_X:
            row[col["Instagram - présence"]].value = "x"
        if every_date:
            row[col["Instagram - date du relevé"]].value = day
    user_xlsx(wb, path)


def cp1252(path: Path, lines: list[str]) -> None:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def images() -> None:
    """A user's own charts, made with matplotlib's defaults (not barometre's mark)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(2, 1.5))
    ax.bar(["a", "b"], [3, 5])
    fig.savefig(HERE / "mon-graphique.png", dpi=50)  # Software: Matplotlib version…
    fig.savefig(HERE / "mon-graphique.svg", metadata={"Date": None})  # Creator: Matplotlib…
    fig.savefig(HERE / "mon-graphique.pdf", metadata={"CreationDate": None})
    plt.close(fig)


def main() -> None:
    HERE.mkdir(exist_ok=True)
    deps = entities("departement")
    codes, names = list(deps["code"]), list(deps["name"])

    # 1. The template filled by hand: "Non" rows without a date, a few cells unchecked;
    #    Instagram marked with "x". The same answers with every date filled.
    filled_template(HERE / "enquete-departements-non-sans-date.xlsx", every_date=False)
    filled_template(HERE / "enquete-departements-toutes-dates.xlsx", every_date=True)

    # 2. French Excel CSV: a column of "x" and blanks; a column of "x" with one "Non".
    lines = ["Code département;Département;Facebook;Instagram"]
    for i, (c, n) in enumerate(zip(codes, names)):
        fb = "x" if i < 56 else ""
        ig = "Non" if i == 70 else ("x" if i < 70 else "")
        lines.append(f"{c};{n};{fb};{ig}")
    cp1252(HERE / "departements-x.csv", lines)

    # 3. Régions by name, TikTok given as accounts, "Non" or blank.
    regs = list(entities("region")["name"])
    lines = ["Région;TikTok"]
    for i, n in enumerate(regs):
        v = (f"https://www.tiktok.com/@region{i}" if i < 3 else f"@region{i}" if i < 6 else
             "Non" if i < 13 else "")
        lines.append(f"{n};{v}")
    cp1252(HERE / "regions-tiktok.csv", lines)

    # 4. One reading typed in the future.
    lines = ["Code département;Facebook;Date du relevé"]
    for i, c in enumerate(codes):
        lines.append(f"{c};{'Non' if i % 10 == 3 else 'Oui'};"
                     f"{'15/10/2052' if i == FUTURE else '15/10/2025'}")
    cp1252(HERE / "departements-date-futur.csv", lines)

    # 5. Two yearly readings in a long file.
    lines = ["Code;Plateforme;Présent;Abonnés;Date du relevé"]
    for year in (2024, 2025):
        for i, c in enumerate(codes):
            yes = i % 7 != 0 or year == 2025 and i % 14 == 0
            lines.append(f"{c};Facebook;{'Oui' if yes else 'Non'};{'1 200' if yes else ''};"
                         f"15/10/{year}")
    cp1252(HERE / "departements-deux-annees.csv", lines)

    # 6. Communes: code and name together.
    cp1252(HERE / "communes-code-nom.csv", [
        "Code INSEE;Commune;Facebook",
        "44109;Nantes;Oui",
        "33063;Ligné;Oui",       # the code is Bordeaux, the name another commune: error
        ";Rennes;Oui",           # no code: read through the name
        "75056;PARIS;Oui",       # same name, other case
        "69123;Lugdunum;Non",    # a name that designates nothing known: warning
        "13055;Marseille;Oui",
    ])

    # 7. A quoted "1 600 000" after line 200 (UTF-8, ";", long).
    lines = ["code;plateforme;present;abonnes;date"]
    for i in range(300):
        c = codes[i % 101]
        p = ("Facebook", "Instagram", "X")[i // 101]
        f = '"1 600 000"' if i == 250 else str(1000 + i)
        lines.append(f"{c};{p};Oui;{f};15/10/2025")
    (HERE / "departements-guillemets.csv").write_bytes(("\n".join(lines) + "\n").encode())

    # 8. Files barometre did not write: a user's workbook and charts.
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["Mes notes", "à ne pas perdre"])
    user_xlsx(wb, HERE / "mon-classeur.xlsx")
    images()


if __name__ == "__main__":
    main()
