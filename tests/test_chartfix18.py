"""chartfix18: the benchmark chart counts the peers whose count the reader questioned as the
text does (the entity's own council, 2A and 2B with one count, not among its peers; its own
count marked once, after its value); the scatter's questioned labels sit beside their own
dot; the population warning says one thing when the column reads as thousands."""

from __future__ import annotations

import pytest

import barometre as bm
from barometre import reference
from barometre.render.views import bench_platform_line

NNBSP = "\u202f"


@pytest.fixture(scope="module")
def corse(tmp_path_factory):
    """Every département at 2 to 3 followers per 100 inhabitants; the Collectivité de Corse's
    one account given for 2A and 2B (1 200 000, above its population), the Rhône's too."""
    ents = reference.entities("departement")
    lines = ["Code département;Département;Facebook;Abonnés Facebook"]
    for i, (code, name, pop) in enumerate(zip(ents["code"], ents["name"], ents["population"])):
        n = (1_200_000 if code in ("2A", "2B") else 1_300_000 if code == "69"
             else int(pop * (20 + i % 10) / 1000))
        lines.append(f"{code};{name};Oui;{n}")
    path = tmp_path_factory.mktemp("chartfix18") / "deps.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return bm.read_survey(path, type="departement")


def _texts(fig) -> dict[str, str]:
    return {t.get_gid() or "": t.get_text() for ax in fig.axes for t in ax.texts}


@pytest.mark.parametrize("lang, followers, per_1000, peers", [
    ("fr", f"1{NNBSP}200{NNBSP}000 (à vérifier)", "(à vérifier)", "(dont 1 à vérifier)"),
    ("en", "1,200,000 (to check)", "(to check)", "(1 of them to check)")])
def test_benchmark_counts_questioned_peers_as_the_text(corse, lang, followers, per_1000, peers):
    b = bm.benchmark(corse, "2A")
    row = b[b["platform"] == "facebook"].iloc[0]
    assert row["n_peers_questioned"] == 1 and bool(row["followers_questioned"])
    text, _ = bench_platform_line(row.to_dict(), lang)
    assert peers in text  # the text's count: the Rhône alone, not 2B (the same account)
    fig = bm.charts.benchmark(corse, "2A", lang=lang)
    texts = _texts(fig)
    for col in ("followers", "per_1000"):
        first, second = texts[f"rank:{col}:facebook"].split("\n")
        assert first.endswith(peers)  # as the text: 1, not 2
        assert second.endswith(per_1000) and second != per_1000  # after its value, once
        assert texts[f"rank:{col}:facebook"].count(per_1000) == 1
    assert texts["rank:followers:facebook"].split("\n")[1] == followers
    # the council drawn once, orange: 2B's dot (the same account) not drawn again in grey
    xs = [x for c in fig.axes[0].collections if c.get_gid() == "peers:facebook"
          for x, _ in c.get_offsets()]
    assert len(xs) == 99 and 1_200_000 not in xs and 1_300_000 in xs


@pytest.fixture(scope="module")
def crowded(tmp_path_factory):
    """As the reviewer's file: the Alpes-de-Haute-Provence (168 000 inhabitants) at 268 058
    followers and the Collectivité de Corse's one account at 251 991, both questioned, their
    dots at about one height, the Corse's name (orange, placed first) to the right."""
    ents = reference.entities("departement")
    lines = ["Code département;Département;X;Abonnés X"]
    for i, (code, name, pop) in enumerate(zip(ents["code"], ents["name"], ents["population"])):
        n = (268_058 if code == "04" else 251_991 if code in ("2A", "2B")
             else int(pop * (20 + i % 10) / 1000))
        lines.append(f"{code};{name};Oui;{n}")
    path = tmp_path_factory.mktemp("chartfix18s") / "deps.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return bm.read_survey(path, type="departement")


@pytest.mark.parametrize("lang, size", [("fr", (10, 5.6)), ("en", (10, 5.6)), ("fr", None)])
def test_scatter_questioned_label_beside_its_own_dot(crowded, lang, size):
    fig = bm.charts.scatter(crowded, "x", focus="2A", lang=lang, size=size)
    ax = fig.axes[0]
    label = next(t for t in ax.texts if t.get_gid() == "outlier:04")
    assert "Alpes-de-Haute-Provence" in label.get_text()
    x, y = label.xy  # its dot, in data coordinates
    assert (x, y) == (float(reference.entities("departement").set_index("code")
                            .at["04", "population"]), 268_058.0)
    r = fig.canvas.get_renderer()
    (x0, y0), (x1, y1) = ax.transData.inverted().transform(label.get_window_extent(r))
    # at the dot's height, starting or ending just beside it (no more than 10 % away on
    # the log axis): not below-right of it, running under the next dots and read as theirs
    beside = y0 < y < y1 and ((x0 >= x and x0 / x < 1.1) or (x1 <= x and x / x1 < 1.1))
    if size is None:  # 8 inches wide: no room beside it (the Corse's name, the axis' edge)
        assert not beside
        # placed lower, a thin line from its own dot to it
        leads = [line.get_xydata() for line in ax.lines if line.get_gid() == "leader"]
        assert any(tuple(xy[0]) == pytest.approx((x, y), rel=1e-6)
                   and x0 * 0.999 <= xy[1][0] <= x1 * 1.001
                   and y0 * 0.999 <= xy[1][1] <= y1 * 1.001 for xy in leads)
    else:
        assert beside


def test_population_in_thousands_said_once(tmp_path):
    """The reviewer's c3_pop_thousands.csv: « 679.3 » for the Ain's 679 344, four whole
    thousands (« 1299.0 » for the Isère) that read as far whole numbers, the rest as
    decimals: one statement, the column in thousands, not « differ … on 4 lines …; 97
    cells not readable …, 101 of 101 read 1,000 times smaller »."""
    ents = reference.entities("departement")
    lines = ["Code;Département;Facebook;Abonnés Facebook;Date du relevé;Population"]
    for i, (c, n, p) in enumerate(zip(ents["code"], ents["name"], ents["population"])):
        lines.append(f"{c};{n};Oui;{1000 + i};15/10/2025;{round(p / 1000, 1)}")
    path = tmp_path / "c3.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    said = [p for p in bm.validate(path) if p.code and p.code.startswith("population-column")]
    assert len(said) == 1
    fr, en = said[0].msg.render("fr"), said[0].msg.render("en")
    n = len(ents)
    assert fr == (f"les {n} populations du fichier semblent en milliers (Ain : 679,3 pour "
                  f"679{NNBSP}344) : non lues, les chiffres pour 1{NNBSP}000 habitants "
                  "utilisent celles de la référence, " + fr.split("référence, ", 1)[1])
    assert en.startswith(f"the file's {n} populations seem to be in thousands (Ain: 679.3 "
                         "for 679,344): not read, per-1,000-inhabitant figures use the "
                         "reference's, INSEE")
    for old in ("illisible", "plus de 10 %", "en milliers ?", "lignes"):
        assert old not in fr
    assert said[0].severity == "warning"
