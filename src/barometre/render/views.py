"""Text views of analysis results, for the terminal (French by default).

Each function takes a result frame and returns a string: what the CLI prints
for ``--format table``.
"""

from __future__ import annotations

from typing import Any

from .formats import (fmt_ci, fmt_date, fmt_int, fmt_share, is_missing, platform_label,
                         type_label)
from .tables import text_table

SMALL_N = 30  # below this, a share's interval is wide: say so


def _source_lines(df: Any, lang: str) -> list[str]:
    from ..datasets.published import sources

    src = sources().set_index("source_id")
    lines = []
    for sid in dict.fromkeys(df["source"]):
        if sid not in src.index:
            lines.append(("Source : " if lang != "en" else "Source: ") + str(sid))
            continue
        s = src.loc[sid]
        years = sorted({int(y) for y in df.loc[df["source"] == sid, "year"].dropna()})
        months = df.loc[df["source"] == sid, "month"].dropna() if "month" in df else []
        when = fmt_date(years[-1], months.iloc[0] if len(years) == 1 and len(months) else None,
                        lang) if years else fmt_date(None, lang=lang)
        if len(years) > 1:
            when = f"{years[0]}–{years[-1]}"
        label = "Source : " if lang != "en" else "Source: "
        lines.append(f"{label}{s['publisher']}, {when} — {s['title']} — {s['url']} [{sid}]")
    return lines


def _warnings(df: Any, lang: str) -> list[str]:
    out = []
    missing = df.attrs.get("missing_types") or []
    if missing:
        names = ", ".join(type_label(t, lang, plural=True) for t in missing)
        out.append(f"⚠ no figure that year for: {names}" if lang == "en" else
                   f"⚠ aucun chiffre cette année-là pour : {names}")
    unknown = df[df["n_base"].isna()]
    if len(unknown):
        out.append(f"⚠ dénominateur inconnu pour {len(unknown)} chiffre(s) : pas d'intervalle de "
                   "confiance." if lang != "en" else
                   f"⚠ unknown denominator for {len(unknown)} figure(s): no confidence interval.")
    small = df[df["n_base"].notna() & (df["n_base"] < SMALL_N)]
    if len(small):
        out.append(f"⚠ petit effectif (n < {SMALL_N}) pour {len(small)} chiffre(s) : intervalle "
                   "large, à lire avec prudence." if lang != "en" else
                   f"⚠ small base (n < {SMALL_N}) for {len(small)} figure(s): wide interval.")
    if "derived_from_wording" in df and df["derived_from_wording"].fillna(False).astype(bool).any():
        out.append("* chiffre déduit d'une formulation (« toutes les régions » = 100 %)."
                   if lang != "en" else "* figure derived from wording ('all regions' = 100%).")
    if "measure" in df and (df["measure"] == "of_present").any():
        out.append("° part parmi les collectivités présentes sur les réseaux sociaux, pas parmi "
                   "toutes." if lang != "en" else
                   "° share among authorities present on social media, not among all.")
    return out


def _unknown_note(n: Any, lang: str) -> str:
    """ " ; 5 non renseignées, hors base": survey entities whose answer is blank."""
    if is_missing(n) or not n:
        return ""
    s = "s" if n > 1 else ""
    return (f"; {fmt_int(n, lang)} not answered, out of the base" if lang == "en" else
            f" ; {fmt_int(n, lang)} non renseignée{s}, hors base")


def adoption_table(df: Any, lang: str = "fr", title: str = "") -> str:
    """Table view of compare/trend/adoption records."""
    en = lang == "en"
    headers = (["Type", "Platform", "Year", "Share", "n", "Confidence interval", "Base"] if en else
               ["Type", "Réseau", "Année", "Part", "n", "Intervalle de confiance", "Base"])
    by_band = "strate" in df.columns
    rows = []
    for r in df.to_dict("records"):
        mark = ""
        if r.get("derived_from_wording") is True:
            mark += "*"
        if r.get("measure") == "of_present":
            mark += "°"
        n = ("n = " + fmt_int(r["n_base"], lang)) if not is_missing(r["n_base"]) else (
            "n inconnu" if not en else "n unknown")
        if not is_missing(r.get("n_present")) and not is_missing(r["n_base"]):
            n = f"{fmt_int(r['n_present'], lang)}/{fmt_int(r['n_base'], lang)}"
        rows.append(([str(r["strate"])] if by_band else []) + [type_label(r["collectivity_type"], lang),
                     platform_label(r["platform"], lang),
                     "" if is_missing(r["year"]) else str(int(r["year"])),
                     fmt_share(r["share"], lang) + mark, n,
                     fmt_ci(r["ci_low"], r["ci_high"], lang),
                     str(r.get("base") or "") + _unknown_note(r.get("n_unknown"), lang)])
    parts = [title] if title else []
    if by_band:
        headers = ["Population" if en else "Strate"] + headers
    parts.append(text_table(headers, rows, ("l" if by_band else "") + "lllrrll"))
    parts.append("")
    parts += _source_lines(df, lang)
    parts += _warnings(df, lang)
    parts += _annuaire_lines(df, lang)
    return "\n".join(parts)


def _annuaire_lines(df: Any, lang: str) -> list[str]:
    """Under a figure from the Annuaire de l'administration: measure, date, attribution,
    caveat and the services set aside (prepared in ``attrs["annuaire"]``)."""
    meta = getattr(df, "attrs", {}).get("annuaire")
    if not meta:
        return []
    return list(meta.get("notes_en" if lang == "en" else "notes_fr") or [])


def benchmark_text(df: Any, lang: str = "fr") -> str:
    """One sentence per platform, ready to paste:
    "Instagram : 12 345 abonnés, 5e sur 87, indice 140 ; 8,1 pour 1 000 habitants, 12e sur 87"."""
    from .formats import fmt_float, fmt_rank

    en = lang == "en"
    a = df.attrs
    head = (f"{a.get('name')} ({a.get('code')}), {fmt_int(a.get('population'), lang)} "
            + ("inhabitants" if en else "habitants")
            + (f" — peers: {a.get('peers')}" if en else f" — pairs : {_peers_fr(a.get('peers'))}"))
    lines = [head, ""]
    for r in df.to_dict("records"):
        label = platform_label(r["platform"], lang)
        if r["present"] is False or (is_missing(r["present"]) and is_missing(r["followers"])):
            state = ("not present" if en else "absent") if r["present"] is False else (
                "no data" if en else "pas de donnée")
            lines.append(f"{label}{':' if en else ' :'} {state}"
                         + (f" ({r['n_peers']} peers with a count)" if en else
                            f" ({r['n_peers']} pairs avec un nombre d'abonnés)"))
            continue
        if is_missing(r["followers"]):
            lines.append(f"{label}{':' if en else ' :'} "
                         + ("present, follower count unknown" if en else
                            "présent, nombre d'abonnés inconnu"))
            continue
        part1 = (f"{fmt_int(r['followers'], lang)} {'followers' if en else 'abonnés'}, "
                 f"{fmt_rank(r['rank'], r['n_peers'], lang)}, "
                 f"{'index' if en else 'indice'} {fmt_int(r['index'], lang)}")
        part2 = ""
        if not is_missing(r["followers_per_1000"]):
            part2 = (f" ; {fmt_float(r['followers_per_1000'], 1, lang)} "
                     + ("per 1,000 inhabitants" if en else "pour 1\u202f000 habitants")
                     + f", {fmt_rank(r['rank_per_1000'], r.get('n_peers_per_1000') or r['n_peers'], lang)}")
        lines.append(f"{label}{':' if en else ' :'} {part1}{part2}")
    lines.append("")
    lines.append("Index: value ÷ peer median × 100; rank 1 = most followers." if en else
                 "Indice : valeur ÷ médiane des pairs × 100 ; rang 1 = le plus d'abonnés. "
                 f"Source : {a.get('source', '')}")
    return "\n".join(lines)


def _peers_fr(peers: str | None) -> str:
    return {"type": "même type", "region": "même région", "strate": "même strate de population"}.get(
        peers or "type", str(peers))


def rank_table(df: Any, lang: str = "fr") -> str:
    """Table view of a ranking."""
    from .formats import fmt_float

    en = lang == "en"
    metric = df.attrs.get("metric", "followers")
    fmt = (lambda v: fmt_int(v, lang)) if metric == "followers" else (
        lambda v: fmt_float(v, 1, lang))
    value_head = ("Followers" if en else "Abonnés") if metric == "followers" else (
        "Per 1,000 inh." if en else "Pour 1 000 hab.")
    rows = [[str(r.rank), r.code, r.name, fmt(r.value), fmt_int(r.population, lang)]
            for r in df.itertuples()]
    head = ["Rank", "Code", "Name", value_head, "Population"] if en else \
        ["Rang", "Code", "Nom", value_head, "Population"]
    return (text_table(head, rows, "rllrr") + "\n\n"
            + ("Source: " if en else "Source : ") + str(df.attrs.get("source", "")))
