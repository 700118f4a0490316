"""« … et 1 autre » under the twenty errors a refused survey lists (nb27 noticed « 1 autres »)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from barometre.cli.app import app

DEPS = [f"{i:02d}" for i in range(1, 30) if i != 20]


@pytest.mark.parametrize("n, fr, en", [(21, "… et 1 autre", "… and 1 more"),
                                       (22, "… et 2 autres", "… and 2 more")])
def test_the_count_past_the_listed_errors_agrees(tmp_path, n, fr, en):
    path = tmp_path / "enquete.csv"
    rows = [f"{d};Oui;-{k + 1}" for k, d in enumerate(DEPS[:n])]
    path.write_text("Code département;Facebook;Abonnés Facebook\n" + "\n".join(rows) + "\n",
                    encoding="utf-8")
    for lang, said in (("fr", fr), ("en", en)):
        result = CliRunner().invoke(app, ["rank", "-d", str(path), "-p", "facebook"],
                                    env={"BAROMETRE_LANG": lang})
        assert result.exit_code == 1
        last = [line for line in result.output.splitlines() if line.strip().startswith("…")]
        assert len(last) == 1 and last[0].strip().startswith(said), result.output
        assert "1 autres" not in result.output and "1 mores" not in result.output
