"""The survey reader's leftovers (rd23): its waves cut by one helper (``_DayRuns``) as
``changes --data`` cuts them; a comments column decided from its first cells only."""

from __future__ import annotations

import sys

import numpy as np
import pandas as pd
import pytest

import barometre as bm
from barometre.analysis.waves import assign_waves
from barometre.datasets import reference
from barometre.messages import Day
from barometre.survey import normalize

from .conftest import FILES
from .test_waves22a import _long_file

DEPS = list(reference.departements()["code"])


def _crossing(path):
    """A 2023 wave, then a campaign from 20/12/2024 to 05/01/2025 stated « 2025 » by a year
    column; some dates blank (their year said): an undated 2025 reading joins the wave whose
    readings state 2025 (dated 2024)."""
    rows = ["Code;Réseau;Présent;Date;Année"]
    for i, c in enumerate(DEPS):
        rows.append(f"{c};Facebook;{'Oui' if i % 3 else ''};{'15/10/2023' if i % 5 else ''};2023")
        day = ["20/12/2024", "21/12/2024", "05/01/2025", ""][i % 4]
        rows.append(f"{c};Facebook;{'Oui' if i % 4 else 'Non'};{day};2025")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _synthetic(path, seed):
    """benchmarks/make_data.py's communes (300 of them, 3 platforms, 3 yearly readings),
    dates spread over days and months, 30 % of the readings read again 1 to 10 days later."""
    sys.path.insert(0, str(FILES.parent.parent / "benchmarks"))
    import make_data

    rng = np.random.default_rng(seed)
    df = make_data.make(seed=seed, years=3)
    df = df[df["code"].isin(df["code"].drop_duplicates().sample(300, random_state=seed))]
    df = df[df["plateforme"].isin(["Facebook", "Instagram", "X"])].reset_index(drop=True)
    base = pd.to_datetime(df["date"], format="%d/%m/%Y")
    shift = pd.to_timedelta(rng.choice([0, 0, 1, 2, 20, 40, 100], len(df)), unit="D")
    df["date"] = (base + shift).dt.strftime("%d/%m/%Y")
    again = df.sample(frac=0.3, random_state=seed).copy()
    later = pd.to_timedelta(rng.choice([1, 3, 10], len(again)), unit="D")
    again["date"] = (pd.to_datetime(again["date"], format="%d/%m/%Y") + later).dt.strftime(
        "%d/%m/%Y")
    again["present"] = rng.choice(["Oui", "Non", ""], len(again))
    df = pd.concat([df, again], ignore_index=True)
    df.to_csv(path, sep=";", index=False)
    return path


@pytest.mark.parametrize("which", ["set-a", "set-a-spread", "crossing", "syn0", "syn1"])
def test_the_readers_waves_are_changes_waves(tmp_path, which):
    """``_reading_waves`` (the blank rule's waves) puts each reading in the wave
    ``changes --data`` (:func:`assign_waves`) puts it in, on files of several waves: runs of
    dates, re-readings within a run, a campaign across 31 December, undated readings by
    their year."""
    if which.startswith("set-a"):
        f = _long_file(tmp_path, march_spread=which.endswith("spread"))
    elif which == "crossing":
        f = _crossing(tmp_path / "crossing.csv")
    else:
        f = _synthetic(tmp_path / f"{which}.csv", int(which[-1]))
    df = bm.read_survey(f)
    entity = pd.factorize(df["code"])[0]
    plat = np.array([normalize.PLATFORM_IDS.index(p) for p in df["platform"]], dtype=np.int8)
    dates = df["date"].to_numpy().astype("datetime64[s]")
    cut = normalize._reading_waves(dates, df["year"].to_numpy(dtype=float), entity, plat,
                                   np.arange(entity.max() + 1))  # the codes: resolved
    assert cut is not None
    wave, labels = cut
    mine = np.array([np.datetime64(x.isoformat() if isinstance(x, Day) else "NaT", "D")
                     for x in labels] + [np.datetime64("NaT", "D")])[wave]  # -1: none
    theirs = assign_waves(df)["wave"].to_numpy().astype("datetime64[D]")
    np.testing.assert_array_equal(mine, theirs)
    assert len(labels) >= 2


# --------------------------------------------------------------------------- comments


def _comments_reading_plainly(col, cells):
    """The previous comments_reading: every row's code listed, the first 1,000 filled cells
    kept."""
    from barometre.survey.cells import _distinct
    from barometre.survey.headers import COMMENTS_CELLS_LOOKED_AT, _is_blank
    from barometre.survey.values import CellError, read_count

    codes, values = _distinct(cells)
    codes = np.asarray(codes)
    numbers, texts = [], []
    for k in codes[codes >= 0].tolist():
        v = values[k]
        if _is_blank(v):
            continue
        try:
            count, _ = read_count(v)
        except CellError:
            count = None
        (numbers if count is not None else texts).append(v)
        if len(numbers) + len(texts) >= COMMENTS_CELLS_LOOKED_AT:
            break
    return len(numbers), len(texts), (numbers if len(numbers) > len(texts) else texts or [None])[0]


def _said(why):
    return why.render("fr") if hasattr(why, "render") else why


def _columns(n, rng):
    """A comments column of ``n`` rows three ways (codes, Arrow text, numbers), mostly blank
    or mostly filled, numbers and remarks mixed in various shares."""
    import pyarrow as pa

    from barometre.survey.raw import CodedColumn, RowColumn

    filled = rng.random() ** 3  # often far below a half: the 1,000 filled cells lie far
    numbers = rng.random()
    kind = rng.random(n)
    texts = np.where(kind < filled * numbers, rng.integers(0, 50, n).astype(str),
                     np.where(kind < filled, np.array(["bien", "à revoir", "12 commentaires",
                                                      "1 234", "N/A"])[rng.integers(0, 5, n)],
                              np.array(["", " ", "\u00a0"])[rng.integers(0, 3, n)]))
    values, codes = np.unique(texts, return_inverse=True)
    codes = np.where(texts == "", -1, codes)  # a blank cell: no value
    yield CodedColumn(codes, list(values))
    yield RowColumn(pa.chunked_array([pa.array(np.where(texts == "", None, texts).tolist(),
                                               type=pa.string())]))
    yield RowColumn(np.where(kind < filled * numbers, rng.integers(0, 50, n), np.nan))


@pytest.mark.parametrize("n", [0, 40, 2_500, 40_000])
def test_comments_reading_as_before_on_every_kind_of_column(n):
    from barometre.survey.headers import classify_header, comments_reading

    rng = np.random.default_rng(n)
    for _ in range(8):
        for cells in _columns(n, rng):
            for header in ("Facebook - commentaires", "Facebook - nombre de commentaires",
                           "Commentaire Facebook"):
                col = classify_header(header)
                assert col.comments_of == "facebook"
                comments_reading(col, cells)
                k_numbers, k_texts, example = _comments_reading_plainly(col, cells)
                expected = classify_header(header)  # as many of each: the header's reading
                _decide(expected, k_numbers, k_texts, example)
                assert _said(col.why) == _said(expected.why)


def _decide(col, k_numbers, k_texts, example):
    """comments_reading's decision from the counts (its unchanged tail)."""
    from barometre.domain.registry import PLATFORMS
    from barometre.messages import Msg
    from barometre.survey.headers import _COUNT_WORDS, _PLURAL_COMMENTS, _text, _words

    words = set(_words(col.header))
    platform = PLATFORMS[col.comments_of].words()
    if k_numbers > k_texts:
        col.why = ("why-activity" if words & _COUNT_WORDS else
                   Msg("why-comments-count", platform=platform, example=_text(example)))
    elif k_texts > k_numbers:
        col.why = (Msg("why-comment", platform=platform)
                   if not words & (_COUNT_WORDS | _PLURAL_COMMENTS) else
                   Msg("why-comments-text", platform=platform, example=_text(example)))


def test_comments_reading_looks_at_its_first_cells_only():
    """A comments column of 2 million rows: decided from its first filled cells, without a
    code per row of the whole column (the peak memory of a few slices, not tens of MB)."""
    import tracemalloc

    import pyarrow as pa

    from barometre.survey.headers import classify_header, comments_reading
    from barometre.survey.raw import CodedColumn, RowColumn

    n = 2_000_000
    codes = np.zeros(n, dtype=np.int32)
    codes[::2] = -1
    texts = pa.chunked_array([pa.array(["bien", None] * (n // 2), type=pa.string())])
    for cells in (CodedColumn(codes, ["bien"]), RowColumn(texts)):
        col = classify_header("Facebook - commentaires")
        tracemalloc.start()
        comments_reading(col, cells)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert _said(col.why).startswith("commentaires libres sur Facebook (la plupart de ses "
                                          "cellules sont du texte, ex. « bien »)")
        assert peak < 1_000_000, peak


# --------------------------------------------------------------------------- rules


@pytest.mark.parametrize("n", [0, 50, (1 << 16) * 2 + 7])
def test_with_no_one_path_for_every_kind_of_key(n):
    """``_with_no`` finds the keys with a « Non » among the usable readings, whatever the
    keys: a few platform codes (int8), a file of several waves' wave × platform keys
    (int16, a hundred), platform ids (objects, numpy text); a « Non » early or late."""
    from barometre.survey.rules import _with_no

    rng = np.random.default_rng(n)
    ids = np.array(["facebook", "x", "instagram", "tiktok", "linkedin", "youtube"])
    for keys in (rng.integers(0, 3, n).astype(np.int8), rng.integers(0, 6, n).astype(np.int8),
                 rng.integers(0, 120, n).astype(np.int16), ids[rng.integers(0, 6, n)],
                 ids.astype(object)[rng.integers(0, 6, n)]):
        for share in (0.5, 0.001):
            said_no = rng.random(n) < share
            late = n // 2 + rng.integers(0, max(n // 2, 1), n) if n else np.zeros(0, int)
            said_no[late[:3]] = True  # a few « Non » late only
            for usable in (None, rng.random(n) < 0.8):
                kept = said_no if usable is None else said_no & usable
                wanted = list(dict.fromkeys(keys[rng.random(n) < 0.05].tolist()))
                expected = {p for p in wanted if (keys[kept] == p).any()}
                assert _with_no(keys, said_no, usable, wanted) == expected


@pytest.mark.parametrize("n", [0, 30, (1 << 16) + 5])
def test_wave_date_given_per_group(n):
    """With groups (a long file's platforms), each group's readings without date nor year
    take the group's date, asked once per group that has one to fill; a group without a
    date (None) is left unfilled."""
    from barometre.survey.rules import fill_wave_date

    rng = np.random.default_rng(n)
    dates = np.where(rng.random(n) < 0.3, np.datetime64("NaT"),
                     np.datetime64("2024-10-15", "s")).astype("datetime64[s]")
    year = np.where(rng.random(n) < 0.5, np.nan, 2023.0)
    group = rng.integers(0, 4, n).astype(np.int8)
    days = {0: np.datetime64("2025-03-10", "s"), 1: None, 2: np.datetime64("2024-12-31", "s"),
            3: np.datetime64("2025-10-15", "s")}
    missing = np.isnat(dates) & np.isnan(year)
    for keep in (None, rng.random(n) < 0.8):
        todo = missing if keep is None else missing & keep
        d, y = dates.copy(), year.copy()
        asked = []
        filled = fill_wave_date(d, y, lambda g: asked.append(g) or days[g], keep, group)
        assert asked == sorted(set(group[todo].tolist()))
        expected = todo & (group != 1)
        np.testing.assert_array_equal(filled, expected)
        given = np.array([days[g] if days[g] is not None else np.datetime64("NaT", "s")
                          for g in range(4)])[group]
        np.testing.assert_array_equal(d, np.where(expected, given, dates))
        np.testing.assert_array_equal(
            y, np.where(expected, given.astype("datetime64[Y]").astype(float) + 1970, year))


# --------------------------------------------------------------------------- resolved key

TWO_WAYS = FILES / "rd23" / "departements-deux-ecritures.csv"


@pytest.mark.parametrize("fast", [False, True])
def test_one_departement_written_two_ways_is_re_read_as_itself(tmp_path, monkeypatch, fast):
    """Ten départements read on 10/03/2025 by code (« 01 »), read again on 12/03/2025 by
    name (« Ain »): the same pairs read again, so a second wave (as ``changes --data`` and
    the same file written with codes only cut it), each wave's Instagram blanks read by its
    own answers: 10/03's 6 blanks beside « Oui » only are absences (4/10), 12/03's beside
    « Non » not answered. The waves' re-readings keyed on the entity as written saw 20
    entities read once, one wave, and 10/03's blanks not answered (4/4 = 100 %)."""
    from barometre.survey import fastcsv

    from .test_waves22c import _shares

    if fast:
        monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    names = dict(zip(reference.departements()["name"], reference.departements()["code"]))
    codes_only = tmp_path / "codes.csv"
    codes_only.write_text("".join(
        names.get(line.split(";")[0], line.split(";")[0]) + line[line.index(";"):]
        for line in TWO_WAYS.read_text(encoding="utf-8").splitlines(keepends=True)),
        encoding="utf-8")
    said = [(p.code, p.count, p.message) for p in bm.validate(TWO_WAYS)]
    # waves-close-changed (session 30): Hautes-Alpes' Instagram blank, an absence on 10/03,
    # « Oui » two days later, which changes counts as an arrival: questioned
    assert [c for c, _, _ in said] == ["blank-absent", "blank-unknown", "blank-waves",
                                       "waves-close-changed", "unanswered-after-answer"]
    assert said == [(p.code, p.count, p.message) for p in bm.validate(codes_only)]
    assert said[2][2].startswith(
        "Instagram : cellules vides lues vague par vague, chacune selon ses propres réponses "
        "(comme des fichiers séparés) : vague du 10 mars 2025, 6 comptées comme absence (aucun "
        "« Non » à cette vague) ; vague du 12 mars 2025, 2 comptées comme « non renseigné »")
    shares = _shares(bm.read_waves(TWO_WAYS))
    assert shares[("2025-03-10", "instagram")] == (4, 10, 0)  # was (4, 4, 6)
    assert shares[("2025-03-12", "instagram")] == (5, 8, 2)
    assert shares == _shares(bm.read_waves(codes_only))
