"""The notebooks run top to bottom from a clean kernel, and are committed without outputs."""

from __future__ import annotations

from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))


def test_two_notebooks():
    assert [p.name for p in NOTEBOOKS] == ["01-decouvrir-le-barometre.ipynb",
                                           "02-analyser-une-enquete.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, path.name


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs(path, tmp_path):
    """Run as a student runs a copy: in its own folder (Jupyter's working directory), with
    nothing of the project around it; what it writes stays in that folder."""
    folder = tmp_path / "cours"
    folder.mkdir()
    copy = folder / path.name
    copy.write_bytes(path.read_bytes())
    nb = nbformat.read(copy, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(folder)}})
    client.execute()
    assert [p.name for p in tmp_path.iterdir()] == ["cours"], "written outside its folder"
    images = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs
              if "image/png" in o.get("data", {})]
    assert len(images) >= 3, "charts display inline"
    text = "".join(o.get("text", "") + str(o.get("data", {}).get("text/plain", ""))
                   for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    if path.name.startswith("01"):
        assert "0.96" in text and "ideose-2015" in text
    else:
        assert "Loire Atlantik" in text and "peut-être" in text  # the deliberate errors
        assert "'Benchmark'" in text  # the report's sheets
        written = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                         if p.is_file() and p != copy)
        assert written == ["rapports/enquete-avec-erreurs.csv",
                           "rapports/enquete-departements.xlsx",
                           "rapports/rapport-donnees-fictives.xlsx"]


def _markdown(name: str) -> str:
    nb = nbformat.read(NOTEBOOKS[0].parent / name, as_version=4)
    return "\n".join(c.source for c in nb.cells if c.cell_type == "markdown").replace("\n", " ")


def test_the_discovery_notebook_says_what_the_figures_and_chart_are():
    """It said the villes préfectures' figure was « le seul chiffre avec un intervalle de
    confiance » (it is « exhaustif »: a census, no ci_low nor ci_high) and that the dotted line
    marks a change of source (it marks a change of base: render/charts/trend.py)."""
    import barometre as bm

    text = _markdown("01-decouvrir-le-barometre.ipynb")
    ideose = bm.compare("region", year=2015, source="ideose")
    # a census: no bounds (were the share twice); the notebook says they are empty
    assert ideose["census"].all() and ideose["ci_low"].isna().all() and ideose["ci_high"].isna().all()
    assert "`ci_low` et `ci_high` vides" in text
    assert "seul chiffre avec un intervalle" not in text and "« exhaustif »" in text
    assert "pointillé marque un changement de source" not in text
    assert "pointillé vertical marque un changement de base" in text


def test_the_analysis_notebook_finds_its_three_deliberate_errors(tmp_path):
    """« validate les trouve toutes » showed two of three: the negative count sat on the
    row of the misspelt département, and an unknown entity hid its row's cells."""
    import barometre as bm

    nb = nbformat.read(NOTEBOOKS[1], as_version=4)
    cell = next(c.source for c in nb.cells
                if c.cell_type == "code" and "enquete-avec-erreurs" in c.source)
    scope = {"OUT": tmp_path, "bm": bm}
    exec(cell.rsplit("\n", 1)[0], scope)  # the file it writes, not the display
    assert sorted((p.row, p.column, p.code) for p in bm.validate(scope["bad"])) == [
        (3, "Facebook", "presence-invalid"), (4, "Abonnés Facebook", "count-negative"),
        (4, "Département", "unknown-entity")]
    assert "trois erreurs volontaires" in _markdown("02-analyser-une-enquete.ipynb")


def test_the_analysis_notebook_says_the_sure_range_rounded_outwards():
    """It said TikTok's change was « sûrement entre +4,0 et +5,9 pts » while ``change_low``
    and ``change_high`` are 4/101 and 6/101 (3.96 and 5.94 pts) and ``barometre changes``
    prints « +3,9 à +6,0 pts »: a sure range rounded inwards is no longer sure (a user review,
    session 35). The bounds said are the data's, rounded outwards to one decimal."""
    import math

    import barometre as bm

    waves = bm.read_waves([bm.demo_file("vague-2024"), bm.demo_file("vague-2025")])
    tiktok = bm.changes(waves).set_index("platform").loc["tiktok"]
    low = math.floor(tiktok["change_low"] * 1000) / 10
    high = math.ceil(tiktok["change_high"] * 1000) / 10
    said = f"sûrement entre +{low:.1f} et +{high:.1f} pts".replace(".", ",")
    assert said == "sûrement entre +3,9 et +6,0 pts"
    assert said in _markdown("02-analyser-une-enquete.ipynb")
