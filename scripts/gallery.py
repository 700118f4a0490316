#!/usr/bin/env python3
"""Render every chart kind, from published figures and from the demo survey, into docs/gallery/.

Usage: python scripts/gallery.py [--out docs/gallery]

The PNGs are small (100 dpi) and committed, so that a reviewer sees every chart at a
glance (docs/gallery/README.md). ``VERSIONS.txt`` records the matplotlib and FreeType
versions they were drawn with: the test suite re-renders the gallery and checks it is
byte-identical when those versions match (and says why it skips when they do not).
"""

from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEMO_WIDE = ROOT / "data" / "demo" / "enquete-departements-donnees-fictives.xlsx"
DEMO_LONG = ROOT / "data" / "demo" / "releves-departements-donnees-fictives.csv"
DPI = 100


def specs() -> list[tuple[str, str, callable]]:
    """``(file stem, the command that draws it, function returning a Figure)`` for every
    chart: the command's arguments, run from the repository's root with ``-o STEM.png``
    (tests/test_gallery.py runs each)."""
    import barometre as bm
    from barometre.analysis.survey import compare_survey
    from barometre.render import charts

    wide = bm.read_survey(DEMO_WIDE)
    long = bm.read_survey(DEMO_LONG)
    ranks = bm.rank(wide, "facebook")
    return [
        ("adoption-published", "chart adoption --type region --year 2015 --source ideose",
         lambda: charts.adoption(bm.compare("region", year=2015, source="ideose"))),
        ("adoption-all-sources", "chart adoption --type grande_ville --year 2012 --all-sources",
         lambda: charts.adoption(bm.compare("grande_ville", year=2012, all_sources=True))),
        ("adoption-one-type", "chart adoption --type commune",
         lambda: charts.adoption(bm.compare("commune", vs=[]).query("collectivity_type == 'commune'"))),
        ("adoption-survey", "chart adoption --data data/demo/enquete-departements-donnees-fictives.xlsx",
         lambda: charts.adoption(compare_survey(wide), survey=wide)),
        ("adoption-survey-en", "chart adoption --data data/demo/enquete-departements-donnees-fictives.xlsx --lang en --colorblind",
         lambda: charts.adoption(compare_survey(wide), survey=wide, lang="en", colorblind=True)),
        ("trend-published", "chart trend --type region --platform facebook",
         lambda: charts.trend(bm.trend("region", "facebook"))),
        ("trend-published-grandes-villes", "chart trend --type grande_ville --platform facebook",
         lambda: charts.trend(bm.trend("grande_ville", "facebook"))),
        ("trend-survey", "chart trend --data data/demo/releves-departements-donnees-fictives.csv",
         lambda: charts.wave_trend(bm.wave_trend(bm.read_waves(DEMO_LONG)))),
        ("heatmap-published", "chart heatmap --type region --year 2015 --source ideose",
         lambda: charts.heatmap(bm.compare("region", year=2015, source="ideose"))),
        ("heatmap-survey", "chart heatmap --data data/demo/enquete-departements-donnees-fictives.xlsx",
         lambda: charts.heatmap(compare_survey(wide), survey=wide)),
        ("benchmark-survey", "chart benchmark --entity 44 --data data/demo/enquete-departements-donnees-fictives.xlsx",
         lambda: charts.benchmark(wide, "44")),
        ("benchmark-region", "chart benchmark --entity 44 --peers region --data data/demo/releves-departements-donnees-fictives.csv",
         lambda: charts.benchmark(long, "44", peers="region")),
        ("ranking-survey", f"chart ranking -p facebook --entity {ranks.iloc[-1]['code']} "
         "--data data/demo/enquete-departements-donnees-fictives.xlsx",
         lambda: charts.ranking(ranks, focus=ranks.iloc[-1]["code"], survey=wide)),
        ("ranking-per-1000", "chart ranking -p facebook -m followers_per_1000 --entity 44 "
         "--data data/demo/enquete-departements-donnees-fictives.xlsx",
         lambda: charts.ranking(bm.rank(wide, "facebook", metric="followers_per_1000"),
                                focus="44", survey=wide)),
        ("scatter-survey", "chart scatter -p facebook --entity 44 --data data/demo/enquete-departements-donnees-fictives.xlsx",
         lambda: charts.scatter(wide, "facebook", focus="44")),
        ("changes-survey", "chart changes --data data/demo/releves-departements-donnees-fictives.csv",
         lambda: charts.changes(bm.changes(bm.read_waves(DEMO_LONG)))),
    ]


def versions() -> str:
    import matplotlib
    from matplotlib import ft2font

    return f"matplotlib {matplotlib.__version__}\nfreetype {ft2font.__freetype_version__}\n"


def render(out: Path) -> list[Path]:
    """Write every gallery PNG, the index and the versions file into ``out``."""
    from barometre.render import charts
    from barometre.render.files import overwrite_allowed

    out.mkdir(parents=True, exist_ok=True)
    paths, lines = [], ["# Chart gallery", "",
                        "Every chart kind, from published figures and from the demo survey "
                        "(**fictitious data**), as `python scripts/gallery.py` draws them; each "
                        "command, run from the repository's root, draws the same chart.", ""]
    for stem, what, make in specs():
        with overwrite_allowed():  # the gallery's own images, redrawn
            path = charts.save(make(), out / f"{stem}.png", dpi=DPI)
        paths.append(path)
        lines += [f"## {stem}", "", f"`barometre {what} --dpi {DPI} -o {stem}.png`", "",
                  f"![{stem}]({stem}.png)", ""]
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")
    (out / "VERSIONS.txt").write_text(versions(), encoding="utf-8")
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "gallery")
    args = parser.parse_args()
    for p in render(args.out):
        print(p)


if __name__ == "__main__":
    main()
