#!/usr/bin/env python3
"""Render an Excel report as a reader will print it: LibreOffice → PDF → one PNG per page.

Usage: python scripts/render_report_pages.py REPORT.xlsx [--out DIR] [--dpi 60] [--lang fr|en]

Needs LibreOffice (``apt-get install -y --no-install-recommends libreoffice-calc-nogui``)
and pdftoppm (poppler-utils). Writes DIR/REPORT.pdf and DIR/REPORT-<page>.png (DIR
defaults to REPORT's folder + "-pages"), prints the page count and the pages that are
blank. For review by eye: every chart should show its categories and legend.
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

__all__ = ["to_pdf", "to_pngs", "page_count", "page_text", "blank_pages", "report_lang"]


def _office() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        sys.exit("LibreOffice not found: apt-get install -y --no-install-recommends libreoffice-calc-nogui")
    return exe


#: the locale LibreOffice renders a report of each language in: its number and date formats
#: (« 19 662 », « 03/12/2026 » in French; the en-US default printed « 19,662 », « 12/03/2026 »)
LOCALES = {"fr": "fr-FR", "en": "en-GB"}

#: the names of an English report's sheets that a French one never has
_ENGLISH_SHEETS = {"Summary", "Ranking", "Data", "Sources and method", "Trend", "Changes"}


def report_lang(xlsx: Path) -> str:
    """The report's language, "fr" or "en", told by its sheets' names (« Synthèse » /
    "Summary", « Sources et méthode » / "Sources and method")."""
    with zipfile.ZipFile(xlsx) as z:
        book = z.read("xl/workbook.xml").decode("utf-8")
    names = {html.unescape(n) for n in re.findall(r'<sheet [^>]*name="([^"]*)"', book)}
    return "en" if names & _ENGLISH_SHEETS else "fr"


def _profile(root: Path, locale: str) -> Path:
    """A LibreOffice user profile whose locale is ``locale`` (its number and date formats,
    ``ooSetupSystemLocale``, and its language, ``ooLocale``), whatever the machine's."""
    user = root / "user"
    user.mkdir(parents=True, exist_ok=True)
    items = "".join(
        f'<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="{name}" oor:op="fuse">'
        f"<value>{locale}</value></prop></item>\n"
        for name in ("ooSetupSystemLocale", "ooLocale"))
    (user / "registrymodifications.xcu").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
        'xmlns:xs="http://www.w3.org/2001/XMLSchema" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' + items + "</oor:items>\n",
        encoding="utf-8")
    return root


def to_pdf(xlsx: Path, out_dir: Path, lang: str | None = None) -> Path:
    """Convert with LibreOffice in its own profile (no lock shared with another run), in the
    locale of the report's language (``lang``, else :func:`report_lang`): a French report
    shows « 19 662 » and « 03/12/2026 », as French Excel prints it."""
    out_dir.mkdir(parents=True, exist_ok=True)
    locale = LOCALES[lang or report_lang(xlsx)]
    with tempfile.TemporaryDirectory() as tmp:
        profile = _profile(Path(tmp), locale)
        subprocess.run([_office(), f"-env:UserInstallation={profile.as_uri()}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(out_dir), str(xlsx)],
                       check=True, capture_output=True, timeout=300)
    return out_dir / (xlsx.stem + ".pdf")


def page_count(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def to_pngs(pdf: Path, dpi: int = 60) -> list[Path]:
    prefix = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(prefix)], check=True)
    return sorted(pdf.parent.glob(prefix.name + "-*.png"))


#: points of the top and bottom margins (0.8 in) that hold the page header and footer
MARGIN_PTS = 56


def page_text(pdf: Path, page: int, body: bool = False) -> str:
    """The text of one page (pdftotext, 1-based); with ``body``, without its page header
    and footer (the margins cropped)."""
    crop: list[str] = []
    if body:
        info = subprocess.run(["pdfinfo", "-f", str(page), "-l", str(page), str(pdf)],
                              check=True, capture_output=True, text=True).stdout
        size = next(line for line in info.splitlines() if " size:" in line and line.startswith("Page"))
        w, h = (float(x) for x in size.split("size:")[1].split("pts")[0].split(" x "))
        crop = ["-x", "0", "-y", str(MARGIN_PTS), "-W", str(int(w) + 1),
                "-H", str(int(h - 2 * MARGIN_PTS))]
    return subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), *crop, str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout


def blank_pages(pdf: Path) -> list[int]:
    """Pages without any text but their page header and footer (the sheet's name, the
    title, the source, the page number), 1-based."""
    return [i for i in range(1, page_count(pdf) + 1) if not page_text(pdf, i, body=True).strip()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("report", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--dpi", type=int, default=60)
    ap.add_argument("--lang", choices=sorted(LOCALES),
                    help="the locale's language (default: the report's, from its sheets' names)")
    a = ap.parse_args()
    out = a.out or a.report.with_name(a.report.stem + "-pages")
    pdf = to_pdf(a.report, out, a.lang)
    pngs = to_pngs(pdf, a.dpi)
    print(f"{pdf}: {page_count(pdf)} page(s); blank: {blank_pages(pdf) or 'none'}")
    for p in pngs:
        print(p)


if __name__ == "__main__":
    main()
