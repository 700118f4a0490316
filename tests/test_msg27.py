"""msg27: messages that say what they know — the decimals that set apart the growths
named side by side, the merged cells' column and date, the guessed type of several files,
the header search's plurals and HTML/JSON files, an OS error said in the user's language."""

from __future__ import annotations

import pytest

# --------------------------------------------------------------------------- 1. movers' decimals

HEAD = "Département;Facebook;Abonnés Facebook;Date du relevé\n"
#: the 2024 and 2025 counts: growths +50 %, +25 %, +12.5 %, then +0.54 %, +0.60 %, +0.66 %
COUNTS = {"Ain": (1000, 1500), "Aisne": (1000, 1250), "Allier": (1000, 1125),
          "Ardèche": (10000, 10054), "Ardennes": (10000, 10060), "Ariège": (10000, 10066)}


def test_the_slowest_growths_named_side_by_side_read_apart(cli, tmp_path):
    """« plus faibles : … +1 %, … +1 %, … +1 % » named three different growths (0.54, 0.60
    and 0.66 %) with one figure: each neighbour in a list now reads apart, as the report's
    Mouvements does."""
    w1, w2 = tmp_path / "w1.csv", tmp_path / "w2.csv"
    for f, i, day in ((w1, 0, "15/10/2024"), (w2, 1, "15/10/2025")):
        f.write_text(HEAD + "".join(f"{n};Oui;{c[i]};{day}\n" for n, c in COUNTS.items()),
                     encoding="utf-8")
    for lang, words in (("fr", ("+0,5\u202f%", "+0,6\u202f%", "+0,7\u202f%")),
                        ("en", ("+0.5%", "+0.6%", "+0.7%"))):
        r = cli("changes", "--data", w1, "--data", w2, "--lang", lang)
        assert r.exit_code == 0, r.output
        line = next(s for s in r.stdout.splitlines() if s.startswith("Facebook —"))
        assert all(w in line for w in words), line
        assert ("+1\u202f%" if lang == "fr" else "+1%") not in line
