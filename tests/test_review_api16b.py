"""Review api16b (a researcher using ``import barometre as bm`` in Jupyter): one keyword rule
(singular for one platform/type/year/entity, plural for several) and a wrong number that says
the right keyword; one name, ``followers_per_1000``, for the followers per 1,000 inhabitants;
``bm.labelled`` for the registry's labels beside the ids."""

from __future__ import annotations

import inspect
import warnings

import openpyxl
import pandas as pd
import pytest

import barometre as bm
from barometre.domain.registry import find_platform, find_type

from .conftest import as_json
from .docs_pages import readme_text, page

README = readme_text()  # README.md and the pages its text moved to

#: the keywords of the rule and their other number (stated here, not read from the package)
OTHER_NUMBER = {"platform": "platforms", "platforms": "platform", "type": "types",
                "types": "type", "year": "years", "years": "year", "entity": "entities",
                "entities": "entity"}


@pytest.fixture(scope="module")
def demo():
    return bm.read_survey(bm.demo_file("enquete"))


@pytest.fixture(scope="module")
def waves():
    return bm.read_waves([bm.demo_file("vague-2024"), bm.demo_file("vague-2025")])


def _public_functions() -> list[tuple[str, object]]:
    """Every function of the surface: ``bm.<name>``, ``bm.charts.<name>``, and the modules'
    (``bm.reference``, ``bm.published``, ``bm.registry``) public functions."""
    out = [(f"bm.{n}", getattr(bm, n)) for n in bm.__all__ if n != "__version__"]
    out += [(f"bm.charts.{n}", getattr(bm.charts, n)) for n in bm.charts.__all__]
    for mod in (bm.reference, bm.published, bm.registry):
        out += [(f"{mod.__name__}.{n}", getattr(mod, n)) for n in getattr(mod, "__all__", [])]
    return [(n, f) for n, f in out if inspect.isfunction(f)]


def _takes(func) -> set[str]:
    return set(inspect.signature(func).parameters) & set(OTHER_NUMBER)


# ------------------------------------------------------------------ 1. the keyword rule

def test_the_rule_singular_for_one_plural_for_several():
    """figures took platform= for a list; the singular names now belong to the functions
    about one platform or type alone, the plural ones to those that filter several."""
    takes = {n: _takes(f) for n, f in _public_functions()}
    singular_platform = {n for n, k in takes.items() if "platform" in k}
    assert singular_platform == {"bm.trend", "bm.rank", "bm.charts.scatter",
                                 "bm.charts.peer_ranking"}
    assert {n for n, k in takes.items() if "types" in k} == {"bm.select"}
    assert {n for n, k in takes.items() if "years" in k or "entities" in k} == set()
    for name in ("bm.figures", "bm.compare", "bm.compare_survey", "bm.adoption",
                 "bm.benchmark", "bm.changes", "bm.transitions", "bm.movers", "bm.wave_trend",
                 "bm.select", "bm.charts.benchmark", "bm.write_template"):
        assert "platforms" in takes[name], name
    assert not any({"platform", "platforms"} <= k or {"type", "types"} <= k
                   for k in takes.values())


@pytest.mark.parametrize("name,func", [(n, f) for n, f in _public_functions() if any(
    OTHER_NUMBER[k] not in inspect.signature(f).parameters for k in _takes(f))],
    ids=lambda v: v if isinstance(v, str) else "")
def test_every_public_function_names_the_right_keyword(name, func):
    """Each keyword of the rule, given in the other number, is refused with the right name
    before anything else runs (Python said only "unexpected keyword argument")."""
    params = inspect.signature(func).parameters
    for right in _takes(func):
        wrong = OTHER_NUMBER[right]
        if wrong in params or (name, wrong) == ("bm.figures", "platform"):
            continue  # figures' platform=, its 0.1 name: a DeprecationWarning (below)
        with pytest.raises(TypeError) as exc:
            func(**{wrong: "x"})
        err = exc.value
        assert isinstance(err, bm.UsageError) and err.code == "wrong-keyword", (name, wrong)
        assert f"vouliez-vous dire {right}= ?" in str(err)
        assert err.render("en").endswith(f"did you mean {right}=?")
        assert f"'{wrong}'" in err.render("en")


@pytest.mark.parametrize("call,right", [
    (lambda s, w: bm.select(type="region"), "types"),
    (lambda s, w: bm.compare("region", platform="facebook"), "platforms"),
    (lambda s, w: bm.rank(s, platforms="x"), "platform"),
    (lambda s, w: bm.trend("region", platforms="facebook"), "platform"),
    (lambda s, w: bm.adoption(s, platform="x"), "platforms"),
    (lambda s, w: bm.benchmark(s, "44", platform="x"), "platforms"),
    (lambda s, w: bm.changes(w, platform="x"), "platforms"),
    (lambda s, w: bm.compare("region", years=2015), "year"),
    (lambda s, w: bm.rank(s, "x", entities="44"), "entity"),
    (lambda s, w: bm.charts.benchmark(s, "44", platform="x"), "platforms"),
], ids=["select-type", "compare-platform", "rank-platforms", "trend-platforms",
        "adoption-platform", "benchmark-platform", "changes-platform", "compare-years",
        "rank-entities", "chart-benchmark-platform"])
def test_the_reported_calls_say_the_right_keyword(demo, waves, call, right):
    with pytest.raises(TypeError, match=f"vouliez-vous dire {right}= ") as exc:
        call(demo, waves)
    assert exc.value.render("en").endswith(f"did you mean {right}=?")


def test_the_right_keywords_still_work(demo):
    assert set(bm.select(types="region", platforms="facebook", year=2015)["platform"]) == {
        "facebook"}
    assert list(bm.rank(demo, platform="x", top=1)["platform"]) == ["x"]
    assert set(bm.compare("region", platforms=["facebook"], year=2015)["platform"]) == {
        "facebook"}


def test_the_error_speaks_english_with_barometre_lang(monkeypatch):
    monkeypatch.setenv("BAROMETRE_LANG", "en")
    with pytest.raises(TypeError) as exc:
        bm.compare("region", platform="facebook")
    assert str(exc.value) == ("compare() got an unexpected keyword argument 'platform'; "
                              "did you mean platforms=?")


def test_figures_takes_platforms_and_the_old_name_warns():
    several = bm.figures(type="region", platforms=["instagram", "x"])
    assert set(several["platform"]) == {"instagram", "x"}
    one = bm.figures(type="region", platforms="instagram", year=2020)
    with pytest.warns(DeprecationWarning, match=r"figures\(platforms=…\)") as caught:
        old = bm.figures(type="region", platform="instagram", year=2020)
    assert caught[0].filename == __file__  # said at the caller's line, in a notebook its cell
    pd.testing.assert_frame_equal(old, one)
    with pytest.raises(TypeError, match="ancien nom"):
        bm.figures(platform="x", platforms="x")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        bm.figures(type="region", platforms="instagram", year=2020)  # no warning


def test_the_figures_command_is_unchanged(cli):
    rows = as_json(cli("figures", "--type", "region", "--platform", "instagram",
                       "--platform", "x", "--format", "json"))
    assert {r["platform"] for r in rows} == {"instagram", "x"}


def test_readme_states_the_rule_and_the_changes():
    assert "singular when a function is about one platform" in README
    assert "## Changes in 0.2" in page("CHANGELOG.md") and "(CHANGELOG.md)" in page("README.md")
    assert 'bm.figures(type="departement", platforms="instagram")' in README
    assert "platform=\"instagram\")" not in page("README.md").split("## In Python / Jupyter")[1][:3000]
    assert "platform=\"instagram\")" not in page("docs/python.md")[:3000]


# ------------------------------------------------------------------ 2. followers_per_1000

def test_league_table_says_followers_per_1000_as_benchmark_and_rank(demo):
    t = bm.league_table(demo)
    assert "followers_per_1000" in t.columns and "per_1000" not in t.columns
    me = t[(t["code"] == "44") & (t["platform"] == "facebook")].iloc[0]
    assert me["followers_per_1000"] == pytest.approx(me["followers"] / me["population"] * 1000)
    b = bm.benchmark(demo, "44", platforms="facebook").iloc[0]
    assert b["followers_per_1000"] == pytest.approx(me["followers_per_1000"])
    r = bm.rank(demo, "facebook", metric="followers_per_1000")
    assert r.set_index("code").at["44", "value"] == pytest.approx(me["followers_per_1000"])
    # the same quantity, the same rank: league_table's rank_per_1000 is rank's
    assert r.set_index("code").at["44", "rank"] == me["rank_per_1000"]


def test_peer_group_says_followers_per_1000(demo):
    from barometre.analysis.peers import peer_group

    g = peer_group(demo, "44")
    assert "followers_per_1000" in g.columns and "per_1000" not in g.columns


def test_the_classement_sheet_shows_the_league_tables_followers_per_1000(cli, demo, tmp_path):
    out = tmp_path / "r.xlsx"
    res = cli("report", "--data", bm.demo_file("enquete"), "-o", out)
    assert res.exit_code == 0, res.output
    ws = openpyxl.load_workbook(out)["Classement"]
    rows = list(ws.iter_rows(values_only=True))
    h = next(i for i, r in enumerate(rows) if r[0] == "Réseau")
    col = rows[h].index("Abonnés pour 1\u202f000 hab.")
    code = rows[h].index("Code")
    got = {(r[0], r[code]): r[col] for r in rows[h + 1:] if r[code] is not None}
    t = bm.league_table(demo)
    want = {(find_platform(p).label("fr"), c): v for p, c, v in
            zip(t["platform"], t["code"], t["followers_per_1000"])}
    assert sum(v is not None and not pd.isna(v) for v in want.values()) > 300
    for key, v in want.items():
        if pd.isna(v):
            assert got[key] in (None, ""), key
        else:
            assert got[key] == pytest.approx(float(v)), key


# ------------------------------------------------------------------ 3. labels

def test_labelled_adds_the_registrys_labels_beside_the_ids(demo):
    before = demo.copy()
    fr = bm.labelled(demo)
    assert list(fr.columns) == list(demo.columns) + ["platform_label", "type_label"]
    pd.testing.assert_frame_equal(demo, before)  # the frame passed is not changed
    assert fr.attrs.keys() == demo.attrs.keys()
    pairs = dict(zip(fr["platform"], fr["platform_label"]))
    assert pairs["x"] == "X (ex-Twitter)" and pairs["facebook"] == "Facebook"
    assert set(fr["type_label"]) == {"département"}
    en = bm.labelled(demo, lang="en")
    assert dict(zip(en["platform"], en["platform_label"]))["x"] == find_platform("x").label_en
    assert en["platform_label"].tolist().count("X (formerly Twitter)") == (
        demo["platform"] == "x").sum()
    assert (en["code"] == demo["code"]).all()  # ids kept


def test_labelled_on_published_figures_and_waves(waves):
    c = bm.labelled(bm.compare("region", year=2015, source="ideose"), lang="en", plural=True)
    assert c["type_label"].tolist() == [find_type(t).plural_en for t in c["collectivity_type"]]
    assert c["platform_label"].tolist() == [find_platform(p).label_en for p in c["platform"]]
    a = bm.labelled(bm.published.adoption())  # every published platform and type has a label
    assert a["platform_label"].notna().all() and a["type_label"].notna().all()
    ch = bm.labelled(bm.changes(waves))  # a frame with platforms only
    assert "type_label" not in ch.columns
    assert ch["platform_label"].tolist() == [find_platform(p).label_fr for p in ch["platform"]]


def test_labelled_never_guesses_a_label():
    f = pd.DataFrame({"platform": ["x", "myspace", None], "share": [0.5, 0.4, 0.3]})
    out = bm.labelled(f, lang="en")
    assert out["platform_label"].iloc[0] == "X (formerly Twitter)"
    assert out["platform_label"].iloc[1:].isna().all()


def test_labelled_refuses_what_it_cannot_label():
    with pytest.raises(bm.UsageError) as exc:
        bm.labelled(pd.DataFrame({"code": ["44"]}))
    assert exc.value.code == "labels-no-column" and "code" in exc.value.render("en")
    with pytest.raises(bm.UsageError) as exc:
        bm.labelled(bm.compare("region", year=2015), lang="de")
    assert exc.value.code == "bad-lang"
