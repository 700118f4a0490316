"""chart: every option it accepts is used or refused (--year, --peers…), counts of 0 on the
log axis, the population behind "pour 1 000 habitants", platforms never surveyed (review17a)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import barometre as bm
from barometre.datasets import reference
from barometre.domain.errors import NoDataError, UsageError
from barometre.render import charts

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "data" / "demo" / "enquete-departements-donnees-fictives.xlsx"
LONG = ROOT / "data" / "demo" / "releves-departements-donnees-fictives.csv"  # 2024 and 2025
NN = "\u202f"


@pytest.fixture(scope="module")
def wide():
    return bm.read_survey(DEMO)


@pytest.fixture(scope="module")
def long():
    return bm.read_survey(LONG)


def _facebook_csv(path: Path, counts: dict[str, int]) -> Path:
    """A long file of Facebook readings only (no other platform surveyed)."""
    lines = ["code;plateforme;présent;abonnés;date"]
    lines += [f"{c};Facebook;Oui;{n};15/10/2025" for c, n in counts.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# --- 1. --year: the readings of that year, in every kind that takes it

def _title(fig) -> str:
    """The title without the demo data's mark « (données fictives) » (on its own line when
    the title wraps)."""
    return fig.get_suptitle().replace("\n", " ").removesuffix(" (données fictives)")


def test_year_draws_that_years_readings(long):
    # 2024 and 2025 readings: 2024 asked, 2024 drawn (it drew 2025, exit 0)
    r = charts.peer_ranking(long, "facebook", year=2024)
    assert r.attrs["year"] == 2024 and set(r["year"]) == {2024}
    assert _title(charts.ranking(r)).endswith(", 2024")
    assert _title(charts.benchmark(long, "44", year=2024)).endswith(", 2024")
    assert _title(charts.scatter(long, "facebook", year=2024)).endswith(", 2024")
    # not given: the latest year, as before
    assert _title(charts.benchmark(long, "44")).endswith(", 2025")


def test_year_cli(cli, tmp_path):
    for kind, extra, title in (
            ("ranking", ["-p", "facebook"], "les plus suivis, 2024"),
            ("benchmark", ["--entity", "44"], "Loire-Atlantique parmi ses pairs, 2024"),
            ("scatter", ["-p", "facebook"], "population des départements, 2024")):
        out = tmp_path / f"{kind}.svg"
        r = cli("chart", kind, *extra, "--year", "2024", "--data", LONG, "-o", out)
        assert r.exit_code == 0, r.output
        svg = out.read_text(encoding="utf-8")
        assert title in svg and title.replace("2024", "2025") not in svg
    r = cli("chart", "benchmark", "--entity", "44", "--year", "2023", "--data", LONG,
            "-o", tmp_path / "x.png")
    assert r.exit_code == 1
    assert "aucun relevé de 2023 dans le fichier ; années des relevés : 2024, 2025" in r.stderr
    assert not (tmp_path / "x.png").exists()


# --- 2. an option a kind would ignore is refused in one line

@pytest.mark.parametrize("args, said", [
    (["adoption", "--type", "region", "--entity", "44"],
     "--entity ne s'applique pas à « chart adoption »"),
    (["trend", "--type", "region", "-p", "facebook", "--year", "2015"],
     "--year ne s'applique pas à « chart trend »"),
    (["trend", "--type", "region", "-p", "facebook", "--vs", "departement"],
     "--vs ne s'applique pas à « chart trend »"),
    (["trend", "--type", "region", "-p", "facebook", "-p", "x"],
     "« chart trend » dessine un seul réseau : un seul --platform"),
    (["ranking", "-p", "facebook", "-p", "x", "--data", DEMO],
     "« chart ranking » dessine un seul réseau : un seul --platform"),
    (["benchmark", "--entity", "44", "--top", "5", "--data", DEMO],
     "--top ne s'applique pas à « chart benchmark »"),
    (["benchmark", "--entity", "44", "--metric", "followers", "--data", DEMO],
     "--metric ne s'applique pas à « chart benchmark »"),
    (["scatter", "-p", "facebook", "--peers", "region", "--data", DEMO],
     "--peers ne s'applique pas à « chart scatter »"),
    (["adoption", "--type", "region", "--sheet", "Enquête"],
     "--sheet ne s'applique qu'avec --data (fichier d'enquête)"),
    (["changes", "--data", LONG, "--date", "15/10/2025"],
     "--date ne s'applique pas à « chart changes » sur des vagues (--data)"),
    (["ranking", "-p", "facebook", "--peers", "region", "--data", DEMO],
     "--peers region demande --entity"),
])
def test_ignored_options_refused(cli, tmp_path, args, said):
    out = tmp_path / "x.png"
    r = cli("chart", *args, "-o", out)
    assert r.exit_code == 2, r.output
    assert said in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert not out.exists()


# --- 2. chart ranking --peers: ranked among the entity's peers, the group named

def test_ranking_among_peers(wide):
    r = charts.peer_ranking(wide, "facebook", entity="Gironde", peers="region")
    deps = reference.entities("departement").set_index("code")["region"]
    assert set(r["code"].map(deps)) == {"75"}  # Gironde has no Facebook count in the demo
    assert r["rank"].min() == 1 and r.attrs["n_ranked"] == len(r) < 15
    fig = charts.ranking(r, focus="Gironde")
    assert "départements de la région Nouvelle-Aquitaine les plus suivis" in \
        fig.get_suptitle().replace("\n", " ")
    # and why the others are not ranked, as `rank` says it
    assert (f"Base : {len(r)} départements de la région Nouvelle-Aquitaine classés (1 sans "
            "réponse, 1 sans compte).") in fig.get_supxlabel().replace("\n", " ")
    # by population band: refused for départements (one band holds 100 of 101), as benchmark
    with pytest.raises(UsageError) as exc:
        charts.peer_ranking(wide, "facebook", entity="Gironde", peers="strate")
    assert exc.value.code == "peers-strate-one-band"
    en = charts.ranking(r, focus="33", lang="en").get_suptitle().replace("\n", " ")
    assert "départements" in en and "Nouvelle-Aquitaine" in en


def test_ranking_peers_cli(cli, tmp_path):
    out = tmp_path / "r.svg"
    r = cli("chart", "ranking", "-p", "facebook", "--entity", "Gironde", "--peers", "region",
            "--data", DEMO, "-o", out)
    assert r.exit_code == 0, r.output
    assert "Nouvelle-Aquitaine" in out.read_text(encoding="utf-8")


# --- 3. a count of 0 on the log axis of followers

def test_zero_at_start_of_log_axis(tmp_path):
    codes = [f"{i:02d}" for i in range(1, 20)]
    counts = {c: 10_000 + 4_000 * i for i, c in enumerate(codes)}
    counts["05"] = 0  # an account with 0 followers ("Oui;0")
    s = bm.read_survey(_facebook_csv(tmp_path / "zero.csv", counts))
    fig = charts.benchmark(s, "01")
    ax = fig.axes[0]
    lo, hi = ax.get_xlim()
    # the axis holds the data's decades, not 1 to 10⁹: 0 half a decade below 10 000
    assert 1_000 < lo < 10_000 and hi < 1e7, (lo, hi)
    peers = [c for c in ax.collections if c.get_gid() == "peers:facebook"][0]
    xs = peers.get_offsets()[:, 0]
    assert np.isclose(xs.min(), 10 ** 3.5) and lo < xs.min()
    assert [t.get_text() for t in ax.xaxis.get_minorticklabels()] == ["0"]
    majors = [t for t in ax.xaxis.get_majorticklocs() if lo <= t <= hi]
    assert 10_000 in majors and 100_000 in majors  # every decade labelled (it kept 1 in 3)
    cap = fig.get_supxlabel().replace("\n", " ")
    # (slide16: the per-1,000 panel is on a log scale too, the same peer at its start)
    assert "0 abonné : au début des deux axes, hors des échelles logarithmiques " \
           "(Facebook : 1 département)." in cap
    assert any(t.get_gid() == "zero-break" for t in ax.texts)
    en = charts.benchmark(s, "01", lang="en").get_supxlabel().replace("\n", " ")
    assert ("0 followers: at the start of both axes, off the log scales (Facebook: 1 département)"
            in en)


def test_no_zero_axis_unchanged(wide):
    ax = charts.benchmark(wide, "44").axes[0]
    assert ax.xaxis.get_minorticklabels() == [] or \
        all(t.get_text() == "" for t in ax.xaxis.get_minorticklabels())
    assert not any(t.get_gid() == "zero-break" for t in ax.texts)


# --- 4. the population behind "per 1,000 inhabitants", named in the captions

@pytest.mark.parametrize("lang, words", [
    ("fr", f"Population (pour 1{NN}000 habitants) : population municipale INSEE (populations "
           "légales 2023"),
    ("en", "Population (per 1,000 inhabitants): INSEE municipal population (legal populations "
           "of 2023"),
])
def test_population_named(wide, lang, words):
    def cap(fig):
        return fig.get_supxlabel().replace("\n", " ")

    assert words in cap(charts.benchmark(wide, "44", lang=lang))
    per = bm.rank(wide, "instagram", metric="followers_per_1000")
    assert words in cap(charts.ranking(per, lang=lang))
    assert words in cap(charts.scatter(wide, "facebook", lang=lang))
    # a ranking of followers has no per-1,000 figure: no population said
    assert "Population (p" not in cap(charts.ranking(bm.rank(wide, "instagram"), lang=lang))


# --- 5. a platform the file never surveyed

def test_benchmark_refuses_platform_never_surveyed(cli, tmp_path):
    f = _facebook_csv(tmp_path / "fb.csv", {f"{i:02d}": 1000 * i for i in range(1, 11)})
    s = bm.read_survey(f)
    with pytest.raises(NoDataError, match="TikTok : aucun relevé dans le fichier "
                                          r"\(réseaux du fichier : Facebook\)"):
        charts.benchmark(s, "01", platforms="tiktok")
    with pytest.raises(NoDataError, match="TikTok"):
        charts.benchmark(s, "01", platforms=["facebook", "tiktok"])
    charts.benchmark(s, "01", platforms="facebook")  # a surveyed one: drawn
    out = tmp_path / "x.png"
    r = cli("chart", "benchmark", "--entity", "01", "-p", "tiktok", "--data", f, "-o", out,
            "--lang", "en")
    assert r.exit_code == 1 and not out.exists()
    assert "TikTok: no reading in the file (the file's platforms: Facebook)" in r.stderr
