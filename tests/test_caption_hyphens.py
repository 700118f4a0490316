"""Chart titles and captions wrap between words, never inside a hyphenated name: a slide
reads « Loire-Atlantique », not « Loire- » then « Atlantique » on the next line."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import importlib  # noqa: E402

import matplotlib.pyplot as plt  # noqa: E402

# the module, not the package's ``style`` function of the same name
style = importlib.import_module("barometre.render.charts.style")


def test_caption_keeps_hyphenated_names_whole():
    fig = plt.figure(figsize=(5, 3))
    width = max(int(fig.get_figwidth() * 16), 40)
    name = "Saint-Rémy-en-Bouzemont-Saint-Genest"
    style.caption(fig, ["a" * (width - 12) + " " + name + " et Loire-Atlantique."])
    lines = fig.get_supxlabel().splitlines()
    assert name in lines[1] and "Loire-Atlantique." in lines[1]
    plt.close(fig)


def test_title_keeps_hyphenated_names_whole():
    texts = ["Part des communes de la Loire-Atlantique et des Alpes-de-Haute-Provence sur "
             "Facebook", "Présence des intercommunalités de Provence-Alpes-Côte-d'Azur sur les "
             "réseaux sociaux, 2025"]
    for width in (2.5, 3, 3.5, 5):  # widths where a break at a hyphen was the nearest
        for text in texts:
            fig, ax = plt.subplots(figsize=(width, 3))
            t = ax.set_title(text)
            style._fit_width(fig, t, text, 0.9)
            assert "\n" in t.get_text()
            assert not [x for x in t.get_text().splitlines() if x.endswith("-")], t.get_text()
            plt.close(fig)
