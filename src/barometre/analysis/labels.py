"""The registry's labels beside a frame's ids, for a table someone reads (a thesis, a slide):
``platform`` "x" → ``platform_label`` « X (ex-Twitter) » / "X (formerly Twitter)".

Pure: a frame in, a copy out; the labels are the registry's
(:mod:`barometre.domain.registry`), the ones the CLI, the charts and the report print.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.errors import UsageError
from ..domain.registry import PLATFORMS, TYPES

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["labelled"]


def labelled(frame: pd.DataFrame, lang: str = "fr", plural: bool = False) -> pd.DataFrame:
    """A copy of ``frame`` with the labels of its platforms and collectivity types beside
    their ids, for a table to publish.

    Parameters
    ----------
    frame : DataFrame
        Any barometre frame with a ``platform`` or a ``collectivity_type`` column (or
        both): :func:`barometre.compare`, :func:`barometre.adoption`,
        :func:`barometre.read_survey`, :func:`barometre.benchmark`…
    lang : {"fr", "en"}, default "fr"
        The language of the labels.
    plural : bool, default False
        The types' plural labels (« départements », "regions": a row that counts a type's
        entities, as :func:`barometre.compare`'s) rather than the singular (a row of one
        entity).

    Returns
    -------
    DataFrame
        ``frame`` with ``platform_label`` and ``type_label`` added after its columns
        (each only when its id column is there; ids kept), text; an id the registry does
        not know, or a missing one, has no label (NA), never a label guessed. In English,
        the ``notes`` barometre wrote (:func:`barometre.compare`'s, :func:`barometre.trend`'s)
        are in English too, as ``barometre compare --lang en --json`` prints them; ``base``
        stays as published (a value a script compares across outputs). ``attrs`` kept. The
        frame passed is not changed.

    Raises
    ------
    UsageError
        ``lang`` other than "fr" or "en" (code ``bad-lang``); a frame with neither column
        (code ``labels-no-column``).

    Examples
    --------
    >>> import barometre as bm
    >>> c = bm.labelled(bm.compare("region", year=2015, source="ideose"), lang="en",
    ...                 plural=True)
    >>> print(c[["type_label", "platform_label", "share"]].head(3).to_string(index=False))
      type_label       platform_label  share
         regions             Facebook   0.96
         regions X (formerly Twitter)   0.85
    départements             Facebook   0.66
    """
    from ..domain.keywords import checked_lang

    lang = checked_lang(lang)  # "EN" as --lang EN; another language refused
    columns = list(getattr(frame, "columns", []))
    if "platform" not in columns and "collectivity_type" not in columns:
        raise UsageError.of("labels-no-column", columns=", ".join(map(str, columns[:12])) or "—")
    out = frame.copy()
    if "platform" in columns:
        out["platform_label"] = _mapped(frame["platform"], {
            p.id: p.label(lang) for p in PLATFORMS.values()})
    if "collectivity_type" in columns:
        out["type_label"] = _mapped(frame["collectivity_type"], {
            t.id: t.label(lang, plural) for t in TYPES.values()})
    if lang == "en" and "notes" in columns:  # ours, as records_in says them (the CLI's)
        from ..messages.published import NOTES_EN

        notes = frame["notes"]
        out["notes"] = notes.map(lambda v: NOTES_EN.get(v, v) if isinstance(v, str) else v)
    return out


def _mapped(ids: pd.Series, labels: dict[str, str]) -> pd.Series:
    """``ids`` through ``labels``, once per distinct id (a commune survey has millions of
    rows and a dozen ids); NA where the id is missing or not in ``labels``."""
    import numpy as np
    import pandas as pd

    codes, uniques = pd.factorize(ids, use_na_sentinel=True)
    said = np.array([labels.get(u) if isinstance(u, str) else None for u in uniques] + [None],
                    dtype=object)
    return pd.Series(pd.array(said[codes], dtype="str"), index=ids.index)
