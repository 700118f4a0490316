#!/usr/bin/env python3
"""Two waves of a barometer of the 101 départements, with known joins and departures.

FICTITIOUS, seeded, byte-reproducible. Run: python tests/files/make_waves.py [OUT_DIR]
(default: tests/files/waves/). The tests call :func:`write` into a temporary folder;
scripts/make_demo_data.py ships the same two files in the package (``bm.demo_file("vague-2024")``).

- ``vague-2024.xlsx``: the 15 October 2024 reading, a workbook with a title row
  above the header, département codes as text, one common date column.
- ``vague-2025.csv``: the 15 October 2025 reading as French Excel saves it
  (``;``, cp1252, "12 345"), départements named (no code column): they are
  matched with the 2024 wave through the codes their names resolve to.

What happens between the two waves, by construction (the départements concerned
are drawn with the seed, the counts are fixed):

========== ======== ====== ====== ======== ============================ ====================
platform   joined   left   stayed absent   not comparable               paired (base)
========== ======== ====== ====== ======== ============================ ====================
facebook   0        0      101    0        0                            101: census
x          0        4      76     21       0                            101: census
instagram  3        0      60     37       1 (blank answer in 2024)     100: +2,0 à +3,0 pts
tiktok     5        1      9      84       2 (blank answers in 2025)    99: +4,0 à +5,9 pts
========== ======== ====== ====== ======== ============================ ====================

Facebook followers grow by exactly 10 % everywhere except one département that
grows by 50 % (the top mover) and one that loses 20 % (the bottom mover): median
growth 10 %, on 99 départements. X, Instagram and TikTok are presence only (no follower count).

Two pairs of départements share one council, recorded as a real survey would: 68 answers
as 67 (the Collectivité européenne d'Alsace), 2B as 2A (the Collectivité de Corse), on every
platform and in both waves (answers swapped with other départements after the draws, so
the table's counts stay), and the council's Facebook count is on 67's and 2A's rows only
(68 and 2B: « Oui » with a blank count). ``barometre validate`` says nothing about councils.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

from openpyxl import Workbook

from barometre.datasets.reference import entities
from barometre.render.files import save_workbook

HERE = Path(__file__).resolve().parent
SEED = 16
TITLE = "DONNÉES FICTIVES — baromètre des départements, vague {year} (tests/files/make_waves.py)"


#: the départements governed by one council with another (the README's table on councils):
#: the twin answers as the first (one account per platform), its Facebook count left blank
TWINS = {"68": "67", "2B": "2A"}  # Collectivité européenne d'Alsace, Collectivité de Corse


def _share_council_answers(old: dict, new: dict, codes: list[str]) -> None:
    """Give each twin (68, 2B) its first territory's answers (67, 2A) in both waves where
    they contradict (« Oui » beside « Non »; a blank answer contradicts nothing), by
    swapping answers with another département: every count of the table (joined, left,
    stayed, absent, not comparable) stays as constructed. The first département in code
    order whose answers are the first territory's takes the twin's; when none has them,
    the first territory takes the twin's answers instead, from one that has those."""
    others = [c for c in codes if c not in TWINS and c not in TWINS.values()]
    for twin, first in TWINS.items():
        want, have = (old[first], new[first]), (old[twin], new[twin])
        if all(x == y or "" in (x, y) for x, y in zip(want, have)):
            continue
        for a, b in ((twin, first), (first, twin)):  # a takes b's answers
            give, take = (old[a], new[a]), (old[b], new[b])
            other = next((c for c in others if (old[c], new[c]) == take), None)
            if other is not None:
                old[other], new[other] = give
                old[a], new[a] = take
                break
        else:
            raise AssertionError(f"no département to swap answers with {twin}")


def plan(seed: int = SEED) -> dict:
    """Answers of both waves: {platform: (answers 2024, answers 2025)} by code, and followers.

    An answer is "Oui", "Non" or "" (unknown). Also returns the codes of the top and
    bottom Facebook movers.
    """
    deps = entities("departement")
    codes = list(deps["code"])
    rng = random.Random(seed)
    out: dict[str, tuple[dict, dict]] = {}

    def draw(pool: list[str], k: int) -> list[str]:
        picked = rng.sample(sorted(pool), k)
        for c in picked:
            pool.remove(c)
        return picked

    # facebook: everyone present twice
    out["facebook"] = ({c: "Oui" for c in codes}, {c: "Oui" for c in codes})
    # x: 80 present in 2024, 4 of them leave
    pool = list(codes)
    present = draw(pool, 80)
    leavers = set(rng.sample(sorted(present), 4))
    old = {c: ("Oui" if c in present else "Non") for c in codes}
    new = {c: ("Non" if c in leavers else old[c]) for c in codes}
    out["x"] = (old, new)
    # instagram: 60 present in 2024, one unknown in 2024, 3 join
    pool = list(codes)
    present = draw(pool, 60)
    unknown = draw(pool, 1)
    joiners = draw(pool, 3)
    old = {c: ("Oui" if c in present else "" if c in unknown else "Non") for c in codes}
    new = {c: ("Oui" if c in present or c in joiners else "Non") for c in codes}
    out["instagram"] = (old, new)
    # tiktok: 10 present in 2024, 1 leaves, 5 join, 2 unknown in 2025 (both absent in 2024)
    pool = list(codes)
    present = draw(pool, 10)
    leaver = draw(list(present), 1)
    joiners = draw(pool, 5)
    unknown = draw(pool, 2)
    old = {c: ("Oui" if c in present else "Non") for c in codes}
    new = {c: ("" if c in unknown else "Oui" if (c in present and c not in leaver)
               or c in joiners else "Non") for c in codes}
    out["tiktok"] = (old, new)

    # facebook followers: a multiple of 10 that grows by exactly 10 %
    f_old = {c: 10 * int(pop // 200 + rng.randint(1, 500))
             for c, pop in zip(codes, deps["population"])}
    top, bottom = rng.sample(sorted(codes), 2)
    f_new = {c: f * 11 // 10 for c, f in f_old.items()}
    f_new[top] = f_old[top] * 3 // 2
    f_new[bottom] = f_old[bottom] * 4 // 5
    # one council for two territories: after every draw (the same draws as before)
    for platform, (old, new) in out.items():
        _share_council_answers(old, new, codes)
    for twin in TWINS:  # the council's count on the first territory's row only
        assert twin not in (top, bottom)
        del f_old[twin], f_new[twin]
    return {"answers": out, "followers": (f_old, f_new), "top": top, "bottom": bottom,
            "names": dict(zip(codes, deps["name"])), "codes": codes}


PLATFORMS = [("facebook", "Facebook"), ("x", "X (ex-Twitter)"), ("instagram", "Instagram"),
             ("tiktok", "TikTok")]


def write(out: Path, seed: int = SEED) -> tuple[Path, Path]:
    """Write both waves into ``out``; return (2024 workbook, 2025 CSV)."""
    p = plan(seed)
    out.mkdir(parents=True, exist_ok=True)
    answers, (f_old, f_new) = p["answers"], p["followers"]

    wb = Workbook()
    ws = wb.active
    ws.title = "Vague 2024"
    ws.append([TITLE.format(year=2024)])
    ws.append([])
    ws.append(["Code département", "Département", "Facebook", "Abonnés Facebook",
               "X (ex-Twitter)", "Instagram", "TikTok", "Date du relevé"])
    for c in p["codes"]:
        ws.append([c, p["names"][c], answers["facebook"][0][c], f_old.get(c), answers["x"][0][c],
                   answers["instagram"][0][c] or None, answers["tiktok"][0][c],
                   dt.datetime(2024, 10, 15)])
    for row in ws.iter_rows(min_row=4, max_col=1):
        row[0].number_format = "@"
    wb.properties.created = dt.datetime(2024, 10, 15)
    xlsx = out / "vague-2024.xlsx"
    save_workbook(wb, xlsx, stamp="2024-10-15T00:00:00Z")

    lines = [TITLE.format(year=2025),
             "Département;Facebook;Abonnés Facebook;X (ex-Twitter);Instagram;TikTok;Date du relevé"]
    for c in p["codes"]:
        f = f"{f_new[c]:,}".replace(",", " ") if c in f_new else ""
        lines.append(";".join([p["names"][c], answers["facebook"][1][c], f, answers["x"][1][c],
                               answers["instagram"][1][c], answers["tiktok"][1][c], "15/10/2025"]))
    csv_path = out / "vague-2025.csv"
    csv_path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return xlsx, csv_path


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "waves"
    for path in write(target):
        print(path)
