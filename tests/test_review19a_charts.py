"""Review 19a, findings 3, 7, 8: the charts as a reader sees them (their artists' text,
positions and colours)."""

from __future__ import annotations

import pytest
from matplotlib.colors import to_rgb

import barometre as bm
from barometre.domain.registry import platform_color

NNBSP = "\u202f"


def _codes(n: int) -> list[tuple[str, str]]:
    from barometre import reference

    ents = reference.entities("departement")
    return list(zip(ents["code"], ents["name"]))[:n]


@pytest.fixture(scope="module")
def two_years(tmp_path_factory):
    """20 départements, 2024 and 2025: Facebook falls (20 → 16 « Oui »), Instagram and
    LinkedIn rise (8 → 14, 5 → 9): sorted by share, the years flipped between platforms."""
    lines = ["Code;Département;Réseau;Présence;Nombre d'abonnés;Date du relevé"]
    for i, (code, name) in enumerate(_codes(20)):
        for year, fb, ig, li in ((2024, True, i < 8, i < 5), (2025, i < 16, i < 14, i < 9)):
            for plat, yes in (("Facebook", fb), ("Instagram", ig), ("LinkedIn", li)):
                lines.append(f"{code};{name};{plat};{'Oui' if yes else 'Non'};"
                             f"{1000 + 37 * i if yes else ''};15/10/{year}")
    path = tmp_path_factory.mktemp("review19a") / "deux-ans.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_two_year_adoption_chart_keeps_the_years_in_order_and_shades_them(two_years):
    """Before: Facebook 2024 above 2025, Instagram and LinkedIn 2025 above 2024 (bars sorted
    by share within a platform), both years one colour, no legend."""
    fig = bm.charts.adoption(bm.adoption(bm.read_survey(two_years)), lang="en")
    ax = fig.axes[0]
    by_platform: dict[str, list] = {}
    for t in ax.texts:  # top to bottom: the y axis is inverted
        if (t.get_gid() or "").startswith("label:"):
            by_platform.setdefault(t.get_gid().split(":")[2], []).append(t)
    years = {p: [t.get_text()[-4:] for t in sorted(ts, key=lambda t: t.get_position()[1])]
             for p, ts in by_platform.items()}
    assert years == {p: ["2024", "2025"] for p in ("facebook", "instagram", "linkedin", "any")}
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["2024", "2025"]
    # each platform's 2024 bar a lighter shade of its 2025 bar's colour
    for p in ("facebook", "instagram", "linkedin"):
        old, new = sorted((b for b in ax.patches if (b.get_gid() or "").startswith(f"bar:departement:{p}:")),
                          key=lambda b: b.get_y())
        assert sum(old.get_facecolor()[:3]) > sum(new.get_facecolor()[:3])
        assert new.get_facecolor()[:3] == pytest.approx(to_rgb(platform_color(p)))


def test_a_one_year_adoption_chart_has_no_year_legend():
    """One year: no shade, no legend (the gallery's charts unchanged)."""
    s = bm.read_survey(bm.demo_file("enquete"))
    assert bm.charts.adoption(bm.adoption(s)).axes[0].get_legend() is None


def _break_x(fig) -> list[float]:
    return [float(x) for line in fig.axes[0].lines if line.get_gid() == "family-break"
            for x in set(line.get_xdata())]


def test_the_regions_map_change_is_drawn_on_1_january_2016():
    """Before: midway between late 2015 and 2018 (x ≈ 2017.23), as if the base changed in
    2017; the régions' map changed on 1 January 2016."""
    t = bm.trend("region", "facebook")
    fig = bm.charts.trend(t)
    assert _break_x(fig) == [2016.0]
    cap = fig.get_supxlabel().replace("\n", " ")
    assert ("Pointillé vertical : la base change (régions (carte d'avant 2016) → régions "
            "métropolitaines, trait au 1er janvier 2016 : nouvelle carte des régions).") in cap
    en = bm.charts.trend(t, lang="en").get_supxlabel().replace("\n", " ")
    assert ("Dotted vertical line: the base changes (regions (map before 2016) → metropolitan "
            "regions, line on 1 January 2016: the new map of the regions).") in en


def test_a_change_of_base_without_a_known_date_is_drawn_midway_and_said_so():
    """A change whose date nothing gives stays midway, and the caption says it is no date."""
    t = bm.trend("region", "facebook")
    t = t.assign(base_family=t["base_family"].replace(
        {"régions (carte d'avant 2016)": "régions (autre base)"}))
    fig = bm.charts.trend(t)
    late_2015, mid_2018 = 2015 + 11.5 / 12, 2018.5
    assert _break_x(fig) == [pytest.approx((late_2015 + mid_2018) / 2)]
    cap = fig.get_supxlabel().replace("\n", " ")
    assert ("Pointillé vertical : la base change (régions (autre base) → régions "
            "métropolitaines, trait à mi-chemin entre leurs chiffres, date du changement non "
            "connue).") in cap


@pytest.fixture(scope="module")
def abbreviated(tmp_path_factory):
    """20 départements on Facebook in 2025, about 20 followers per 1,000 inhabitants; the
    Nord's count written « 1,2 k » (read 1 200): the lowest per 1,000, labelled."""
    from barometre import reference

    pops = reference.entities("departement").set_index("code")["population"]
    codes = _codes(19) + [("59", "Nord")]
    lines = ["Code;Département;Réseau;Présence;Nombre d'abonnés;Date du relevé"]
    for i, (code, name) in enumerate(codes):
        n = "1,2 k" if code == "59" else str(int(pops[code] * (18 + i) / 1000))
        lines.append(f"{code};{name};Facebook;Oui;{n};15/10/2025")
    path = tmp_path_factory.mktemp("review19a") / "abrege.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_scatter_marks_a_rounded_count_with_its_footnote(abbreviated):
    """Before: « Nord » labelled at 1 200 as an outlier, no ≈, no footnote, while the
    ranking chart and the reports write « ≈ 1 200 » and say why."""
    s = bm.read_survey(abbreviated)
    assert s.loc[s["code"] == "59", "followers_rounded"].tolist() == [True]
    fig = bm.charts.scatter(s, "facebook")
    labels = {t.get_gid(): t.get_text() for t in fig.axes[0].texts}
    assert labels["outlier:59"] == f"Nord (≈{NNBSP}1{NNBSP}200)"
    assert not any("≈" in v for k, v in labels.items() if k != "outlier:59")
    # the footnote quotes the cell as typed (rank25), not a generic « 1,2k »
    assert ("≈ : 1 valeur tirée d'un nombre abrégé dans le fichier "
            f"(« 1,2 k », lu 1{NNBSP}200), donc arrondie.") in fig.get_supxlabel().replace("\n", " ")
    # the focus entity too, in English
    en = bm.charts.scatter(s, "facebook", lang="en", focus="59")
    assert {t.get_gid(): t.get_text() for t in en.axes[0].texts}["focus-label"] == (
        f"Nord (≈{NNBSP}1,200)")
    assert "≈: 1 value from a number abbreviated" in en.get_supxlabel()
    # none marked, no footnote, when no count was abbreviated
    plain = bm.charts.scatter(bm.read_survey(bm.demo_file("enquete")), "facebook")
    assert "≈" not in plain.get_supxlabel() + "".join(t.get_text() for t in plain.axes[0].texts)
