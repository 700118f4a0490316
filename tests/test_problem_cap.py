"""Past the cap of detailed problems (1,000), every other problem is still counted, exactly,
by severity; none is made (a column of 500,000 bad dates took 8.6 s, now 1.2 s)."""

from __future__ import annotations

import pytest

import barometre as bm
from barometre.survey import fastcsv
from barometre.survey.problems import MAX_PROBLEMS, Problem, severity_counts

DEPS = [f"{i:02d}" for i in range(1, 96) if i != 20]
PLATFORMS = ["Facebook", "Instagram", "X", "LinkedIn", "YouTube", "TikTok"]
N = 3_000


def _long(path, change, year=False):
    """N readings of distinct département × platform × date, each changed by ``change``."""
    lines = ["code;plateforme;present;abonnes;date" + (";annee" if year else "")]
    for k in range(N):
        # one year (no multi-year warning), each entity × platform × date once
        row = [DEPS[k % len(DEPS)], PLATFORMS[(k // len(DEPS)) % 6], "Oui", str(100 + k),
               f"{1 + k // (6 * len(DEPS)):02d}/10/2024"]
        lines.append(";".join(change(k, row + (["2024"] if year else []))))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


CASES = {  # name: (change of each row, year column, {code: count}, errors, warnings)
    "presence": (lambda k, r: r[:2] + ["peut-être"] + r[3:], False,
                 {"presence-invalid": N}),
    "platform": (lambda k, r: r[:1] + ["Myspace"] + r[2:], False, {"platform-unknown": N}),
    "dates": (lambda k, r: r[:4] + ["zz" if k % 3 == 0 else "01/01/2099" if k % 3 == 1
                                   else "01/01/1990"], False,
              {"date-invalid": N // 3, "future-date": N // 3, "date-out-of-range": N // 3}),
    "contradictions": (lambda k, r: r[:2] + ["Non"] + r[3:], False, {"followers-but-no": N}),
    "counts": (lambda k, r: r[:3] + ["abc" if k % 2 else "1,2k"] + r[4:], False,
               {"count-invalid": N // 2, "count-abbreviated": N // 2}),
    "years": (lambda k, r: r[:5] + ["20x5" if k % 2 else "2099"], True,
              {"year-invalid": N // 2, "future-year": N // 2}),
    "entities": (lambda k, r: ["99" + str(k)] + r[1:], False, {"unknown-entity": N}),
}


@pytest.mark.parametrize("fast", [False, True])
@pytest.mark.parametrize("name", sorted(CASES))
def test_problems_past_the_cap_are_counted_exactly(tmp_path, monkeypatch, name, fast):
    change, year, want = CASES[name]
    if fast:  # Arrow's reader (large files), not the general one
        monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    path = tmp_path / f"{name}.csv"
    _long(path, change, year)
    made = []
    of = Problem.of.__func__

    def counted(cls, code, *args, **kwargs):
        made.append(code)
        return of(cls, code, *args, **kwargs)
    monkeypatch.setattr(Problem, "of", classmethod(counted))
    problems = bm.validate(path, type="departement")
    detailed = [p for p in problems if p.code not in ("more-errors", "more-warnings")]
    assert len(detailed) == MAX_PROBLEMS
    counts = severity_counts(problems)
    codes = {p.code for p in detailed}
    assert codes <= set(want)
    warnings = sum(n for code, n in want.items()
                   if code in ("followers-but-no", "count-abbreviated"))
    assert counts == {"error": sum(want.values()) - warnings, "warning": warnings}
    # no problem made past the cap (but the summary lines and a few of other kinds)
    assert len(made) <= MAX_PROBLEMS + 10
