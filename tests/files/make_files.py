#!/usr/bin/env python3
"""Rebuild the survey test files in this folder (deterministic).

They imitate what French users have: CSV saved by French Excel (cp1252, ";",
decimal commas, "12 345"), a UTF-8-with-BOM long file, a workbook with a title
above the table and names typed by hand, and a corpus of bad files in bad/.
Run: python tests/files/make_files.py
"""

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

from barometre.render.files import save_workbook

HERE = Path(__file__).resolve().parent
BAD = HERE / "bad"


def fixed_xlsx(wb: Workbook, path: Path) -> None:
    """Save a workbook with fixed timestamps so that the bytes do not change."""
    wb.properties.created = dt.datetime(2025, 1, 1)
    save_workbook(wb, path, stamp="2025-01-01T00:00:00Z")


def main() -> None:
    BAD.mkdir(exist_ok=True)
    # 1. French Excel CSV: cp1252, ";", decimal commas, spaces in thousands, stripped zeros.
    rows = ["Code département;Département;Facebook;Abonnés Facebook;Twitter;Abonnés Twitter;"
            "Taux d'engagement;Date du relevé",
            "1;Ain;Oui;12 345;Non;;1,5;15/10/2025",
            "2A;Corse-du-Sud;oui;8\u00a0200;O;1 234;0,8;15/10/2025",
            "971;Guadeloupe;Non;;oui;560;;16/10/2025",
            "44;Loire-Atlantique;x;45.678;vrai;3 210;2,1;16/10/2025",
            "13;Bouches-du-Rhône;1;1,2 k;0;;;17/10/2025"]
    (HERE / "departements-cp1252.csv").write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1252"))

    # 2. Long format, UTF-8 with BOM, "," separator, régions named by hand.
    long_rows = [
        "Collectivité,Plateforme,Présent,Abonnés,Date du relevé",
        "Bretagne,Facebook,oui,\"120 500\",01/09/2025",
        "Bretagne,X (ex-Twitter),oui,\"45 000\",01/09/2025",
        "Bretagne,Instagram,non,,01/09/2025",
        "ile de france,Facebook,Oui,\"310 000\",02/09/2025",
        "ile de france,LinkedIn,Oui,\"98 765\",02/09/2025",
        "PROVENCE-ALPES-COTE D'AZUR,facebook,Oui,\"150 000\",02/09/2025",
        "Corse,instagram,,\"12 000\",03/09/2025",
        "La Réunion,Facebook,Non,,03/09/2025",
    ]
    (HERE / "regions-long-bom.csv").write_bytes(
        b"\xef\xbb\xbf" + ("\r\n".join(long_rows) + "\r\n").encode("utf-8"))

    # 3. Workbook: a title and a blank line above the header, names typed by hand.
    wb = Workbook()
    ws = wb.active
    ws.title = "Relevé"
    ws.append(["Baromètre des villes préfectures — relevé d'octobre 2025"])
    ws.append([])
    ws.append(["Collectivité", "Département", "Facebook", "Abonnés Facebook", "Instagram",
               "Instagram - abonnés", "Compte Instagram", "Date"])
    ws.append(["nantes", "Loire-Atlantique", "Oui", 250300, "oui", 98000, "@nantesfr",
               dt.datetime(2025, 10, 15)])
    ws.append(["St-Étienne", "Loire", "Oui", 91000, "Non", None, None, dt.datetime(2025, 10, 15)])
    ws.append(["AJACCIO", "Corse-du-Sud", "oui", "12 500", "", None, None, "15/10/2025"])
    ws.append(["Le Mans", "Sarthe", "Oui", 87000, "x", "23 456", "https://instagram.com/lemans",
               dt.datetime(2025, 10, 16)])
    ws.append(["Saint-Denis", "La Réunion", "Non", None, "Non", None, None,
               dt.datetime(2025, 10, 16)])
    fixed_xlsx(wb, HERE / "prefectures-titre.xlsx")

    # Bad files ------------------------------------------------------------
    (BAD / "empty.csv").write_bytes(b"")
    (BAD / "binary.csv").write_bytes(bytes(range(256)) * 8)
    good = (HERE / "prefectures-titre.xlsx").read_bytes()
    (BAD / "truncated.xlsx").write_bytes(good[: len(good) // 2])
    (BAD / "workbook-named.csv").write_bytes(good)
    (BAD / "csv-named.xlsx").write_bytes("Code;Facebook\n01;Oui\n".encode())
    (BAD / "notes.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    (BAD / "header-only.csv").write_text("Code département;Facebook;Abonnés Facebook\n",
                                         encoding="utf-8")
    (BAD / "no-platform.csv").write_text("Code;Nom;Budget\n01;Ain;12\n", encoding="utf-8")
    (BAD / "duplicates.csv").write_text(
        "Code;Facebook\n01;Oui\n02;Non\n1;Oui\n", encoding="utf-8")
    (BAD / "unknown-entities.csv").write_text(
        "Département;Facebook\nAin;Oui\nLoire Atlantik;Oui\nNarnia;Non\n", encoding="utf-8")
    (BAD / "negative-followers.csv").write_text(
        "Code département;Facebook;Abonnés Facebook\n01;Oui;-12\n02;Oui;1500\n", encoding="utf-8")
    (BAD / "non-numeric-followers.csv").write_text(
        "Code département;Facebook;Abonnés Facebook\n01;Oui;beaucoup\n02;Oui;1500\n",
        encoding="utf-8")
    (BAD / "bad-presence.csv").write_text(
        "Code département;Facebook\n01;peut-être\n02;Oui\n", encoding="utf-8")
    (BAD / "conflicting-long.csv").write_text(
        "code;plateforme;présent;abonnés;date\n01;Facebook;Oui;1200;15/10/2025\n"
        "01;Facebook;Non;;15/10/2025\n02;Facebook;Oui;900;15/10/2025\n", encoding="utf-8")
    (BAD / "ambiguous.csv").write_text(
        "Commune;Facebook\nSaint-Denis;Oui\nNantes;Oui\n", encoding="utf-8")
    (BAD / "bad-date.csv").write_text(
        "Code département;Facebook;Date du relevé\n01;Oui;32/13/2025\n", encoding="utf-8")


if __name__ == "__main__":
    main()
