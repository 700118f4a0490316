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
    cut = normalize._reading_waves(dates, df["year"].to_numpy(dtype=float), entity, plat)
    assert cut is not None
    wave, labels = cut
    mine = np.array([np.datetime64(x.isoformat() if isinstance(x, Day) else "NaT", "D")
                     for x in labels] + [np.datetime64("NaT", "D")])[wave]  # -1: none
    theirs = assign_waves(df)["wave"].to_numpy().astype("datetime64[D]")
    np.testing.assert_array_equal(mine, theirs)
    assert len(labels) >= 2
