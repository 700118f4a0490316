"""chartmark18: a count that the reader questions (validate's count-above-population,
count-outlier) is marked on the benchmark and scatter charts as on the ranking chart — the
label « (à vérifier) » / "(to check)", one caption line naming the checks — never dropped
nor moved. The data: every département at about 2 to 3 followers per 100 inhabitants, the
Rhône's « 1,2 M » typed for « 1,2 k »."""

from __future__ import annotations

import pytest

import barometre as bm
from barometre import reference

NNBSP = "\u202f"
NOTE = {"fr": ("(à vérifier) : 1 nombre d'abonnés mis en doute à la lecture du fichier "
               "(count-above-population ou count-outlier ; détail : barometre validate), "
               "compté tel que lu."),
        "en": ("(to check): 1 follower count questioned when the file was read "
               "(count-above-population or count-outlier; details: barometre validate), "
               "counted as read.")}


@pytest.fixture(scope="module")
def survey(tmp_path_factory):
    ents = reference.entities("departement")
    lines = ["Code département;Département;Facebook;Abonnés Facebook"]
    for i, (code, name, pop) in enumerate(zip(ents["code"], ents["name"], ents["population"])):
        lines.append(f"{code};{name};Oui;"
                     + ("1,2 M" if code == "69" else str(int(pop * (20 + i % 10) / 1000))))
    path = tmp_path_factory.mktemp("chartmark18") / "deps.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return bm.read_survey(path, type="departement")


def _caption(fig) -> str:
    return " ".join(fig.get_supxlabel().split())  # the caption's lines joined, as one text


def _texts(fig) -> dict[str, str]:
    return {t.get_gid() or "": t.get_text() for ax in fig.axes for t in ax.texts}


@pytest.mark.parametrize("lang, mark, value", [
    ("fr", "(à vérifier)", f"≈{NNBSP}1{NNBSP}200{NNBSP}000"),
    ("en", "(to check)", f"≈{NNBSP}1,200,000")])
def test_scatter_names_and_marks_the_questioned_dot(survey, lang, mark, value):
    fig = bm.charts.scatter(survey, "facebook", lang=lang)
    assert _texts(fig)["outlier:69"] == f"Rhône ({value}) {mark}"
    assert NOTE[lang] in _caption(fig)
    # drawn as read, where it is: the top dot, 1 200 000 followers
    ys = [y for c in fig.axes[0].collections if c.get_gid() == "peers"
          for _, y in c.get_offsets()]
    assert max(ys) == 1_200_000 and len(ys) == 101


@pytest.mark.parametrize("lang, mark", [("fr", "(à vérifier)"), ("en", "(to check)")])
def test_scatter_names_a_questioned_dot_that_is_the_focus(survey, lang, mark):
    fig = bm.charts.scatter(survey, "facebook", focus="69", lang=lang)
    assert _texts(fig)["focus-label"].endswith(f") {mark}")
    assert NOTE[lang] in _caption(fig)


@pytest.mark.parametrize("lang, own, per_1000", [
    ("fr", f"1er sur 101\n≈{NNBSP}1{NNBSP}200{NNBSP}000 (à vérifier)",
     f"1er sur 101\n≈{NNBSP}2{NNBSP}508,8 (à vérifier)"),
    ("en", f"1st of 101\n≈{NNBSP}1,200,000 (to check)", f"1st of 101\n≈{NNBSP}2,508.8 (to check)")])
def test_benchmark_marks_the_entitys_own_questioned_count(survey, lang, own, per_1000):
    fig = bm.charts.benchmark(survey, "69", lang=lang)
    texts = _texts(fig)
    assert texts["rank:followers:facebook"] == own
    assert texts["rank:per_1000:facebook"] == per_1000
    assert NOTE[lang] in _caption(fig)


@pytest.mark.parametrize("lang, tail", [("fr", " sur 101 (dont 1 à vérifier)"),
                                        ("en", " of 101 (1 of them to check)")])
def test_benchmark_counts_its_peers_questioned(survey, lang, tail):
    fig = bm.charts.benchmark(survey, "44", lang=lang)
    texts = _texts(fig)
    assert texts["rank:followers:facebook"].endswith(tail)
    assert texts["rank:per_1000:facebook"].endswith(tail)
    assert NOTE[lang] in _caption(fig)
    # the Rhône's dot kept, as read: the panel's rightmost grey dot
    xs = [x for c in fig.axes[0].collections if c.get_gid() == "peers:facebook"
          for x, _ in c.get_offsets()]
    assert max(xs) == 1_200_000 and len(xs) == 100


def test_no_mark_without_a_questioned_count():
    s = bm.read_survey(bm.demo_file("enquete"))
    for fig in (bm.charts.scatter(s, "facebook"), bm.charts.benchmark(s, "44")):
        assert "(à vérifier)" not in fig.get_supxlabel()
        assert not any("à vérifier" in t for t in _texts(fig).values())
