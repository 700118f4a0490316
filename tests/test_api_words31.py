"""Session 31 (brief G): the Python API's words. A library call's messages name the Python
parameter and the platforms' labels; every ``attrs`` key the library sets is documented."""

from __future__ import annotations

import re

import pytest

import barometre as bm
from .docs_pages import ROOT
from barometre.render.excel.cells import typeset

WAVES = [bm.demo_file("vague-2024"), bm.demo_file("vague-2025")]


@pytest.fixture(scope="module")
def waves():
    return bm.read_waves(WAVES)


@pytest.mark.parametrize("call", [
    lambda w: bm.wave_trend(w, platforms="mastodon"),
    lambda w: bm.changes(w, platforms="mastodon"),
    lambda w: bm.transitions(w, platforms="mastodon"),
    lambda w: bm.movers(w, platforms="mastodon"),
])
def test_wave_functions_name_platforms_by_label(waves, call):
    """« mastodon », the id, where adoption says « Mastodon »: now its label, and the
    platforms the waves hold."""
    with pytest.raises(bm.NoDataError) as err:
        call(waves)
    assert err.value.code == "waves-no-platform"
    assert str(err.value) == (
        "aucun des réseaux demandés n'est dans les vagues (Mastodon) ; réseaux des vagues : "
        "Facebook, X (ex-Twitter), Instagram, TikTok")
    assert err.value.render("en") == (
        "none of the requested platforms is in the waves (Mastodon); platforms of the waves: "
        "Facebook, X (formerly Twitter), Instagram, TikTok")


# --- 1. the notes name the Python parameter; the report and charts say them in words -------

WEST = ["22", "29", "35", "44", "49", "53", "56", "72", "85"]  # Bretagne, Pays de la Loire


@pytest.fixture
def west(tmp_path):
    """Every département of two régions: no random sample of the 101 (survey-design-region)."""
    path = tmp_path / "ouest9.csv"
    path.write_text("Code;Facebook;Date\n" + "".join(
        f"{c};{'Oui' if i % 2 else 'Non'};15/10/2025\n" for i, c in enumerate(WEST)),
        encoding="utf-8")
    return path


@pytest.fixture
def two_deps(tmp_path):
    """The 30 intercommunalités of the Ain and the Loire-Atlantique: chosen by place."""
    e = bm.reference.entities("epci")
    codes = sorted(e[e["departement"].isin(["01", "44"])]["code"])
    path = tmp_path / "ain_la.csv"
    path.write_text("SIREN;Facebook;Instagram;Date du relevé\n" + "".join(
        f"{c};{'Non' if i % 3 == 0 else 'Oui'};{'Oui' if i % 2 else 'Non'};15/10/2025\n"
        for i, c in enumerate(codes)), encoding="utf-8")
    return path


def test_a_design_note_names_the_python_call_it_advises(west):
    from barometre.messages import surface
    from barometre.render.views import design_notes

    s = bm.read_survey(west)
    (note,) = design_notes(bm.compare_survey(s, "departement"))
    codes = ",".join(WEST)
    # was « barometre compare --within 22,… » en fait la base ; --panel donne…
    assert note.endswith(f"« compare_survey(within=\"{codes}\") » en fait la base ; "
                         "panel=True donne les parts des seules entités du fichier.")
    assert "--" not in note and "barometre " not in note
    # the call it advises is one: the file's départements as the base, a census
    within = bm.compare_survey(s, "departement", within=codes)
    assert within["census"].all()
    with surface("cli"):  # the command line's words unchanged
        (cli_note,) = design_notes(bm.compare_survey(s, "departement"))
    assert cli_note.endswith(f"« barometre compare --within {codes} » en fait la base ; "
                             "--panel donne les parts des seules entités du fichier.")


def test_a_place_note_names_within_and_panel_as_python_writes_them(two_deps):
    from barometre.render.views import place_notes

    s = bm.read_survey(two_deps, type="epci")
    (note,) = place_notes(bm.compare_survey(s, "epci"))
    assert "« within=\"01,44\" » les compte sur les 30 intercommunalités de ces départements" in note
    assert note.endswith(" panel=True donne les parts des seules entités du fichier.")
    assert "--" not in note


def test_report_and_chart_written_in_python_say_the_options_in_words(west, two_deps, tmp_path):
    """A library call renders them with the Python surface: the report's cells and the
    charts' captions still say the notes' options in words, as from the command line."""
    import matplotlib.pyplot as plt
    import openpyxl

    for path, t in ((west, "departement"), (two_deps, "epci")):
        s = bm.read_survey(path, type=t)
        out = tmp_path / f"{t}.xlsx"
        bm.write_report(out, bm.adoption(s), survey=s)
        cells = [c.value for ws in openpyxl.load_workbook(out) for row in ws.iter_rows()
                 for c in row if isinstance(c.value, str)]
        said = " ".join(cells)
        assert typeset("établies « en panel »", "fr") in said or typeset("Établies « en panel »", "fr") in said
        for option in ("--within", "--panel", "within=", "panel=True", "compare_survey("):
            assert option not in said, option
        fig = bm.charts.adoption(bm.compare_survey(s, t), survey=s)
        cap = fig._supxlabel.get_text().replace("\n", " ")
        assert "« en panel »" in cap
        for option in ("--within", "--panel", "within=", "panel=True", "compare_survey("):
            assert option not in cap, option
        plt.close(fig)
        if t == "departement":  # the advised base, in words
            assert ("Comptées sur les entités des départements 22, 29, 35, 44, 49, 53, 56, "
                    "72, 85, ses parts en sont un échantillon ou un recensement") in said


def test_a_category_refused_as_a_type_names_the_python_calls(cli):
    with pytest.raises(bm.UsageError) as err:
        bm.compare("communauté d'agglomération")
    assert err.value.code == "type-is-kind"
    assert str(err.value).endswith(
        "type=\"epci\" compte les 1\u202f254 intercommunalités (un fichier de CA seules est dit "
        "et compté comme tel) ; « entities(\"communauté d'agglomération\") » et "
        "« write_template(…, type=\"communauté d'agglomération\") » listent les CA seules")
    assert "--type" not in err.value.render("en") and "barometre " not in err.value.render("en")
    # the calls it names work
    assert len(bm.entities("communauté d'agglomération")) == 230
    out = cli("compare", "--type", "communauté d'agglomération")
    assert ("; « barometre entities » et « barometre template » avec --type « communauté "
            "d'agglomération » listent les CA seules") in " ".join(out.stderr.split())


def test_the_no_year_note_names_date_as_python_writes_it():
    import pandas as pd

    from barometre.render.views import no_year_note

    undated = pd.DataFrame({"year": pd.array([None], dtype="Int64")})
    assert no_year_note(undated) == (
        "Année non précisée : le fichier ne donne aucune date de relevé ; remplissez la date "
        "du relevé, ou donnez-la avec date=, ex. date=\"15/10/2025\"")
    assert no_year_note(undated, "en").endswith("give it with date=, e.g. date=\"15/10/2025\"")


def test_a_part_of_communes_names_its_type_as_python_writes_it_and_in_words(tmp_path):
    """101 villes préfectures read as communes: their type advised (survey-design-type-hint),
    « type="ville_prefecture" » in Python; in words in a report or a chart (it said
    « --type ville_prefecture » there)."""
    from barometre.render.views import design_notes

    v = bm.entities("ville_prefecture")
    path = tmp_path / "vp.csv"
    path.write_text("Code;Facebook;Date\n" + "".join(
        f"{c};{'Oui' if i % 2 else 'Non'};15/10/2025\n" for i, c in enumerate(v["code"])),
        encoding="utf-8")
    c = bm.compare_survey(bm.read_survey(path, type="commune"), "commune")
    assert design_notes(c)[0].endswith(
        ' type="ville_prefecture" les compte comme villes préfectures.')
    assert design_notes(c, words=True)[0].endswith(
        ". Comptées pour leur propre type, elles le sont comme villes préfectures.")
    assert design_notes(c, "en", words=True)[0].endswith(
        ". Counted for their own type, they are counted as prefecture cities.")


# --- 3. every attrs key the library sets is documented ---------------------------------------

def _literal_keys(text: str, start: int) -> list[str]:
    """The top-level ``"key":`` of the dict literal whose « { » is at ``text[start]``."""
    depth, i, out, quote = 0, start, [], None
    while i < len(text):
        c = text[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = None
        elif c in "\"'":
            m = re.match(r'"(\w+)"\s*:', text[i:]) if depth == 1 else None
            if m:
                out.append(m[1])
                i += m.end()
                continue
            quote = c
        elif c in "{([":
            depth += 1
        elif c in "})]":
            depth -= 1
            if depth == 0:
                return out
        elif c == "#":
            i = text.index("\n", i)
            continue
        i += 1
    return out


def attrs_keys_set_in_src() -> dict[str, set[str]]:
    """Every ``attrs`` key set in src/barometre by name: ``attrs["k"] = …``,
    ``attrs.setdefault("k", …)``, ``attrs.update(k=…)`` and the literal keys of a dict
    given to ``attrs.update({…})`` or ``attrs = {…}``: key -> the modules setting it."""
    keys: dict[str, set[str]] = {}
    for path in (ROOT / "src" / "barometre").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        found = [m[1] for m in re.finditer(r'attrs\["(\w+)"\]\s*=(?!=)', text)]
        found += [m[1] for m in re.finditer(r'attrs\.setdefault\("(\w+)"', text)]
        found += [m[1] for m in re.finditer(r"attrs\.update\((\w+)=", text)]
        for m in re.finditer(r"\battrs(?:\.update\(|\s*=\s*)\{", text):
            found += _literal_keys(text, m.end() - 1)
        for k in found:
            keys.setdefault(k, set()).add(path.name)
    return keys


def attrs_keys_set_at_run(waves) -> dict[str, set[str]]:
    """Every ``attrs`` key the public functions set, called on the demo survey and waves
    with ``within=``, ``panel=``, ``peers=``: the keys a helper's dict gives (``within``,
    ``panel`` from the base said, ``base`` of the waves compared, rank's ``peer_group``),
    which no ``attrs[…] =`` names: key -> the calls that set it."""
    survey = bm.read_survey(bm.demo_file("enquete"))
    every = sorted(survey["code"].unique())  # within= every département of the file
    both = sorted(waves["code"].unique())
    calls = {
        "read_survey": lambda: survey, "read_waves": lambda: waves,
        "adoption(within=)": lambda: bm.adoption(survey, within=every),
        "adoption(panel=)": lambda: bm.adoption(survey, panel=True),
        "compare_survey(within=)": lambda: bm.compare_survey(survey, within=every),
        "compare_survey(panel=)": lambda: bm.compare_survey(survey, panel=True),
        "wave_trend(panel=)": lambda: bm.wave_trend(waves, panel=True),
        "wave_trend(within=)": lambda: bm.wave_trend(waves, within=both),
        "changes(panel=)": lambda: bm.changes(waves, panel=True),
        "transitions(within=)": lambda: bm.transitions(waves, within=both),
        "movers": lambda: bm.movers(waves),
        "benchmark": lambda: bm.benchmark(survey, "29", peers="region"),
        "rank(peers=)": lambda: bm.rank(survey, "facebook", entity="29", peers="region"),
        "league_table": lambda: bm.league_table(survey),
        "follower_stats": lambda: bm.follower_stats(survey),
        "compare": lambda: bm.compare("region", year=2015),
    }
    keys: dict[str, set[str]] = {}
    for name, call in calls.items():
        for k in call().attrs:
            keys.setdefault(k, set()).add(name)
    return keys


def attrs_keys_documented() -> set[str]:
    """The keys docs/python.md lists under « What a frame carries in `attrs` »: every
    backquoted name of its list after each item's « functions: », the public functions
    it names beside them (« `compare_survey` adds ») left out."""
    page = (ROOT / "docs" / "python.md").read_text(encoding="utf-8")
    part = page[page.index("## What a frame carries in `attrs`"):]
    part = part[:part.index("\n\n", part.index("\n- "))]  # the list, up to its blank line
    keys = set()
    for item in part.split("\n- ")[1:]:
        keys |= set(re.findall(r"`(\w+)`", item.partition(":")[2]))
    return keys - set(bm.__all__)


def test_every_attrs_key_set_is_documented_and_every_documented_key_set(waves):
    """survey_file, years_left_aside, coverage_platforms, peer_kind, peer_median_per_1000,
    file_paths, council_changed… were set and read by the report and the CLI, and named
    nowhere a notebook user looks: docs/python.md names every one. The keys a helper's
    dict gives (within, panel, base, peer_group) were seen by no ``attrs[…] =``: the
    functions called say them; and a key documented but never set fails too."""
    in_src = attrs_keys_set_in_src()
    assert {"survey_file", "years_left_aside", "coverage_platforms", "peer_kind",
            "peer_median_per_1000", "file_paths", "council_changed", "problems"} <= set(in_src)
    at_run = attrs_keys_set_at_run(waves)
    assert {"within", "panel", "base", "peer_group"} <= set(at_run)
    documented = attrs_keys_documented()
    assert {"within", "panel", "base", "peer_group", "file", "n_waves"} <= documented
    undocumented = sorted(k for k in set(in_src) | set(at_run) if k not in documented)
    assert not undocumented, f"attrs keys not in docs/python.md: {undocumented}"
    never_set = sorted(documented - set(in_src) - set(at_run))
    assert not never_set, f"docs/python.md lists attrs keys never set: {never_set}"


def test_the_demo_readings_warning_names_compare_survey_and_year(cli):
    """The first warning a notebook user meets (the demo's readings of two years) named
    « --year »; the command line's words unchanged."""
    s = bm.read_survey(bm.demo_file("releves"))
    [p] = [p for p in s.attrs["problems"] if p.code == "multi-year"]
    assert str(p.message).endswith(
        "compare_survey montre la dernière, year= pour en choisir une autre")
    assert "--" not in str(p.message)
    assert len(bm.compare_survey(s, "departement", year=2024)) > 0  # what it advises
    out = cli("validate", bm.demo_file("releves"))
    assert "compare montre la dernière, --year pour en choisir une autre" in out.output
