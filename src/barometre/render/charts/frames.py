"""The entry check of the chart functions: the frame passed is one they can draw.

A chart reads the frame an analysis function made. Passed another (the survey itself, an
adoption table to :func:`~barometre.render.charts.ranking`), it used to fail on a bare
``KeyError: 'share'``; passed shares on 0–100 (``share * 100``, a habit of spreadsheets),
it drew « 9 574 % » without a word. :func:`check_frame` refuses both in one sentence, as the
analysis functions refuse a survey frame without its columns (``survey-frame-columns``,
:func:`barometre.analysis.survey.require_columns`).

Examples
--------
>>> import pandas as pd
>>> check_frame(pd.DataFrame({"platform": ["x"], "share": [96.0]}), "heatmap")
Traceback (most recent call last):
...
barometre.domain.errors.UsageError: barometre.charts.heatmap : le tableau n'a pas les colonnes collectivity_type, source : attendu un tableau de barometre.adoption ou barometre.compare (collectivity_type, platform, share, source)
"""

from __future__ import annotations

from typing import Any

from ...domain.errors import UsageError
from ...domain.schemas import SchemaError, _is_kind
from ...messages import Msg, Words

#: per chart: the columns it reads whatever the figures, the functions that make its frame,
#: and its columns of shares (fractions 0–1; checked when present)
_FRAMES: dict[str, tuple[tuple[str, ...], str, tuple[str, ...]]] = {
    "adoption": (("collectivity_type", "platform", "year", "share", "n_base", "source"),
                 "barometre.adoption ou barometre.compare|barometre.adoption or barometre.compare",
                 ("share", "ci_low", "ci_high", "estimate", "estimate_low", "estimate_high")),
    "heatmap": (("collectivity_type", "platform", "share", "source"),
                "barometre.adoption ou barometre.compare|barometre.adoption or barometre.compare",
                ("share", "ci_low", "ci_high", "estimate", "estimate_low", "estimate_high")),
    "trend": (("collectivity_type", "platform", "year", "share", "source"),
              "barometre.trend ou barometre.adoption|barometre.trend or barometre.adoption",
              ("share", "ci_low", "ci_high")),
    "ranking": (("rank", "code", "name", "value"), "barometre.rank|barometre.rank", ()),
    "wave_trend": (("collectivity_type", "platform", "wave", "share", "ci_low", "ci_high",
                    "census", "source"),
                   "barometre.wave_trend|barometre.wave_trend", ("share", "ci_low", "ci_high")),
    "changes": (("platform", "share_old", "share_new", "change", "p_value", "census"),
                "barometre.changes|barometre.changes", ("share_old", "share_new")),
}

#: a share computed as k / n may pass 1 by a rounding error, never by more
_EPS = 1e-9


def check_frame(df: Any, chart: str) -> None:
    """Refuse a frame that chart ``chart`` cannot draw truly.

    Raises
    ------
    UsageError
        ``chart-frame-not-frame``: not a DataFrame; ``chart-frame-columns``: the columns
        missing, and the function that makes the chart's frame.
    SchemaError
        ``schema-kind``: a share column that holds no numbers; ``chart-share-not-fraction``:
        a share below 0 or above 1 (shares are fractions: a share multiplied by 100 is
        the likely mistake, which would draw « 9 574 % »).
    """
    columns, made_by, shares = _FRAMES[chart]
    fr, en = made_by.split("|")
    have = getattr(df, "columns", None)
    if have is None:
        raise UsageError.of("chart-frame-not-frame", chart=chart, kind=type(df).__name__,
                            made_by=Words(fr, en))
    missing = [c for c in columns if c not in have]
    if missing:
        one = len(missing) == 1
        raise UsageError.of("chart-frame-columns", chart=chart, missing=", ".join(missing),
                            columns=Words("la colonne", "column") if one
                            else Words("les colonnes", "columns"),
                            made_by=Words(fr, en), expected=", ".join(columns))
    for col in shares:
        if col not in have:
            continue
        values = df[col]
        if not _is_kind(values, "share"):
            raise SchemaError(Msg("schema-kind", name=f"barometre.charts.{chart}", column=col,
                                  dtype=str(values.dtype), kind="share"))
        values = values.dropna().astype(float)
        if values.empty:
            continue
        low, high = float(values.min()), float(values.max())
        if high > 1 + _EPS or low < -_EPS:
            bad = high if high > 1 + _EPS else low
            raise SchemaError(Msg("chart-share-not-fraction", chart=chart, column=col,
                                  value=Words(f"{bad:g}".replace(".", ","), f"{bad:g}"),
                                  hint=Msg("chart-share-percent" if bad > 1
                                           else "no-hint")))
