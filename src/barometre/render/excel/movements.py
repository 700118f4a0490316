"""Mouvements: what changed between two survey waves (issue #16), laid out from ReportData.

The figures are :func:`barometre.analysis.waves.movements` (``r.extra["movements"]``): the
changes per platform, the entities that joined or left, the follower growth ranking.
"""

from __future__ import annotations

from typing import Any

from ...analysis.report import ReportData
from ...messages import Count, said_and, text
from ..formats import fmt_int, fmt_share, platform_label, population_note, type_label
from ..views import design_changes_note, panel_out_notes, served_note
from ..waves import (annuaire_code, base_note, blank_rules_lines, changes_title, council_changed_note, fmt_p,
                     from_zero_note, growth_questioned_note, growth_rounded_note, growth_words,
                     not_read_lines, sure_range_note, untested, wave_words)
from .sheets import Column, Sheet

__all__ = ["movements", "evolution_gaps"]

TITLE_COLOR = "1F4E79"


def _v(x: Any) -> Any:
    return None if x is None or x != x or str(x) == "<NA>" else x


def _points(change: Any) -> Any:
    """A change of share (a difference of fractions) in percentage points, as the text says
    it ("+4,0 pts", :func:`~barometre.render.waves.fmt_points`): the cell shows it so."""
    v = _v(change)
    return None if v is None else float(v) * 100


def _p(p: Any, census: bool, lang: str, low: Any = None, high: Any = None) -> Any:
    """McNemar's p-value as the cell holds it: a number (its format says it as the text
    does, :func:`~barometre.render.excel.cells.p_format`), the word "exhaustif" for a
    census (no sampling: no test), the sure range of the change when both waves hold every
    entity (« +3,9 à +6,0 pts », as the text says it: nothing drawn, no test), nothing when
    unknown."""
    if census or (_v(low) is not None and _v(high) is not None):
        return fmt_p(p, census, lang, low, high)
    v = _v(p)
    return None if v is None else float(v)


def movements(sh: Sheet, r: ReportData, lang: str) -> None:
    """Changes per platform, who joined and left, and the growth ranking."""
    m = r.extra["movements"]
    ch, moves, ranks = m["changes"], m["transitions"], m["movers"]
    h = lambda code: text(code, lang)  # noqa: E731
    a = ch.attrs
    # the base said (within, panel) in place of the type, the files read, as changes' table;
    # a report's panel of more waves than the two compared says so (the same on every sheet)
    beyond = r.extra.get("movements_panel")
    sh.line(changes_title(ch, lang, waves_read=beyond["n_waves"] if beyond else None),
            size=14, bold=True, color=TITLE_COLOR)
    sh.blank()
    # no platform with a growth or a gain: no columns of empty medians and n = 0 (why: said
    # in a line in the growth list's place), nor the notes that explain them
    grown = bool((ch["n_growth"] > 0).any() or (ch["n_gain"] > 0).any())
    cols = [Column(h("waves-head-platform")), Column(h("waves-head-joined"), "count"),
            Column(h("waves-head-left"), "count"), Column(h("waves-head-stayed"), "count"),
            Column(h("waves-head-not-comparable"), "count"), Column(h("waves-head-share-old"), "share"),
            Column(h("waves-head-share-new"), "share"), Column(h("waves-head-change"), "points"),
            Column(h("waves-head-p"), "p"), Column(h("waves-head-growth"), "growth"),
            Column(h("waves-head-n-growth"), "count"),
            Column(h("waves-head-growth-1000"), "per1000"),
            Column(h("waves-head-n-gain"), "count")]
    # each median beside its n: the growth's leaves out the counts that started from 0
    rows = [[platform_label(c["platform"], lang), c["joined"], c["left"], c["stayed"],
             c["not_comparable"], _v(c["share_old"]), _v(c["share_new"]), _points(c["change"]),
             # waves far from the type's proportions: no test, the note below says why
             text("survey-design-see-note", lang) if untested(c)
             else _p(c["p_value"], bool(c["census"]), lang, c.get("change_low"),
                     c.get("change_high")),
             _v(c["median_growth"]), c["n_growth"],
             _v(c["median_gain_per_1000"]), c["n_gain"]] for c in ch.to_dict("records")]
    if not grown:
        cols, rows = cols[:9], [row[:9] for row in rows]
    _mark_medians(cols, rows, ch, lang)
    block = sh.table("Mouvements", cols, rows)
    # waves far from the type's proportions: both shares « 60 %† », as changes marks them
    for i, c in enumerate(ch.to_dict("records")):
        if untested(c):
            for j in (5, 6):  # share_old, share_new
                cell = sh.ws.cell(row=block.first_row + i, column=block.col(j))
                if cell.value is not None:
                    sh.mark_share(cell, "†")
    sh.line(base_note(ch, lang), size=9, color="595959")
    for line in not_read_lines(moves, lang):  # a platform one wave did not read: its row of
        sh.line(line, size=9, color="595959")  # blanks explained with the table, not below its list
    sure = sure_range_note(ch, lang)
    if sure:  # every entity in both waves, some answers unknown: a sure range, no p
        sh.line(sure, size=9, color="595959")
    for line in blank_rules_lines(ch, lang):  # blanks read two ways, each wave by its rule
        sh.line(line, size=9, color="595959")
    if grown:
        sh.line(text("waves-note-growth", lang), size=9, color="595959")
    for note in design_changes_note(a.get("design"), lang, bands=a.get("band_design"),
                                    mix=a.get("mix_design"), words=True):  # as changes, in words
        sh.line(note, size=9, color="595959")
    if grown:  # behind the gains per 1,000 inhabitants: none computed, nothing to explain
        movers = m["movers"]  # Mayotte's census said for its entities only
        sh.line(population_note([a.get("collectivity_type")], lang,
                                None if movers is None or "code" not in movers.columns
                                else movers["code"].unique()), size=9, color="595959")
    served = served_note(a.get("population_served"), lang) if grown else ""
    if served:  # gains per 1,000 of a council's population (69: 69D's), as changes says it
        sh.line(served, size=9, color="595959")
    changed = council_changed_note(a.get("council_changed") or moves.attrs.get("council_changed"), lang)
    if changed:  # 67 in 2020 and in 2021 (the CeA): two councils' accounts, no growth, as changes says
        sh.line(changed, size=9, color="595959")
    for out in panel_out_notes(ch, lang):  # a panel over waves: those out of it
        sh.line(out, size=9, color="595959")
    if beyond and beyond["beyond"]:  # the two waves' own panel is wider: how much, and where
        sh.line(_beyond_note(beyond, lang), size=9, color="595959")
    for gap in evolution_gaps(r, lang):  # the Évolution's share of each wave whole, said
        sh.line(text(annuaire_code("waves-excel-vs-evolution", ch.attrs), lang, **gap), size=9,
                color="595959")
    zero = from_zero_note(ch, lang)
    if zero:  # 0 followers in the old wave: a gain, no growth rate; counted
        sh.line(zero, size=9, color="595959")
    rounded = growth_rounded_note(ch, lang)
    if rounded:  # growths on a count the file gave abbreviated ("1,2 M"): how many
        sh.line(rounded, size=9, color="595959")
    sh.blank()
    said = wave_words(lang, old=a.get("old"), new=a.get("new"))
    listed = moves["status"].isin(["joined", "left", "not_comparable"]).to_numpy(copy=True)
    not_read = moves.attrs.get("not_read") or {}
    if not_read:  # a platform one wave did not read: said once under the table, not of each entity
        listed &= ~(moves["platform"].isin(list(not_read))
                    & moves["reason"].isin(["not_read_old", "not_read_new"])).to_numpy()
    moved = moves[listed]
    if len(moved) > LISTED_PER_PLATFORM:  # cut: each platform's arrivals and departures
        # first, the entities not comparable after them (a template filled for 60 of its
        # 1,254 rows listed 1,194 unanswered ones by name and cut real arrivals off)
        import numpy as np

        plats = {p: i for i, p in enumerate(dict.fromkeys(moved["platform"]))}
        key = (moved["platform"].map(plats).to_numpy() * 2
               + (moved["status"] == "not_comparable").to_numpy())
        moved = moved.iloc[np.argsort(key, kind="stable")]
    moved, left_out = _first_per_platform(moved)
    sh.line(h("waves-excel-who"), bold=True)
    status = {s: h("waves-status-" + s.replace("_", "-")) for s in ("joined", "left", "not_comparable")}
    rows = [[platform_label(t["platform"], lang), t["code"], t["name"], status[t["status"]],
             text("waves-reason-" + t["reason"].replace("_", "-"), lang, **said)
             if t["reason"] else ""] for t in moved.to_dict("records")]
    # the platforms compared with no one to list (one a wave did not read: said above)
    quiet = [platform_label(p, lang) for p in dict.fromkeys(ch["platform"])
             if p not in not_read and p not in set(moves.loc[listed, "platform"])]
    if rows:
        sh.table("Entrees_sorties", [Column(h("waves-head-platform")), Column("Code", "code"),
                                     Column(h("waves-head-name")), Column(h("waves-head-status")),
                                     Column(h("waves-head-reason"), "wrap")], rows)
        if quiet:  # beside the others' rows, those without any named
            sh.line(text("waves-excel-who-none-of", lang, platforms=said_and(quiet, lang)),
                    size=9, color="595959")
    elif quiet:  # nothing to list: said in a sentence, not as a bare header row
        sh.line(text("waves-excel-who-none", lang, platforms=said_and(quiet, lang), **said))
    _capped(sh, left_out, a, lang)
    none = _no_growth_line(ch, said, lang)  # the platforms without any growth, and why
    if not len(ranks):  # nothing to rank: why, in a line, not a heading over no rows
        if none:
            sh.line(none)
        return
    sh.line(h(growth_words(ranks["growth"])), bold=True)  # losses said so, not "growth"
    ranks, left_out = _first_per_platform(ranks)
    rows = [[platform_label(g["platform"], lang), g["rank"], g["code"], g["name"],
             _v(g["followers_old"]), _v(g["followers_new"]), _v(g["growth"]),
             _v(g["gain_per_1000"])] for g in ranks.to_dict("records")]
    growth = sh.table("Croissance", [Column(h("waves-head-platform")), Column(h("waves-head-rank"), "rank"),
                            Column("Code", "code"), Column(h("waves-head-name")),
                            Column(h("waves-head-followers-old"), "count"),
                            Column(h("waves-head-followers-new"), "count"),
                            Column(h("waves-head-growth-rate"), "growth"),
                            Column(h("waves-head-gain-1000"), "per1000")]
            + _mark_growths(rows, ranks, lang) + _mark_questioned(rows, ranks, lang), rows)
    _growths_apart(sh, growth, ranks, lang)
    sh.repeat_row = growth.header_row  # the longest list: its header on every page after it
    questioned = growth_questioned_note(m["movers"], a.get("collectivity_type"), lang)
    if questioned:  # growths on a count the reader questioned: marked above, counted
        sh.line(questioned, size=9, color="595959")
    if none:  # beside the others' growths, those without any and why
        sh.line(none, size=9, color="595959")
    _capped(sh, left_out, a, lang)


def _no_growth_line(ch: Any, said: dict[str, str], lang: str) -> str:
    """« Pas de croissance des abonnés à mesurer : aucun nombre d'abonnés à la vague du
    14 octobre 2024 sur Facebook ; … »: the platforms compared without any growth rate
    (``attrs["no_growth"]`` of :func:`barometre.analysis.waves.changes`), grouped by why;
    "" when every platform has some."""
    why: dict[str, list[str]] = {}
    for p, reason in (ch.attrs.get("no_growth") or {}).items():
        why.setdefault(reason, []).append(platform_label(p, lang))
    if not why:
        return ""
    sep = "; " if lang == "en" else " ; "
    reasons = sep.join(text("waves-growth-none-" + reason, lang,
                            platforms=said_and(ps, lang), **said)
                       for reason in ("old", "new", "both", "unpaired") if reason in why
                       for ps in (why[reason],))
    return text("waves-excel-growth-none", lang, reasons=reasons)


def _growths_apart(sh: Sheet, block: Any, ranks: Any, lang: str) -> None:
    """The growth ranking's cells read as they are ranked: each platform's growths take
    the decimals that set its neighbouring ranks apart (+5,88 % and +5,87 %, never
    « +6 % » for ranks 1 to 6: :func:`~barometre.render.formats.growth_apart_digits`, as
    ``changes`` separates its lists), and a rank shared with another entity says so,
    « 7 (ex aequo) », as the Classement does (:func:`.bulk.tied_format`)."""
    from ..formats import CI_MAX_DIGITS, growth_number
    from .bulk import tied_format
    from .cells import growth_format, text_width

    if not len(ranks):
        return
    rank_col, growth_col = block.col(1), block.col(6)
    plats = ranks["platform"].tolist()
    growths = [_v(g) for g in ranks["growth"]]
    pairs: dict[Any, list[tuple[float, float]]] = {}
    for i in range(1, len(plats)):  # neighbours of one platform, in rank order, different
        a, b = growths[i - 1], growths[i]
        if plats[i] == plats[i - 1] and a is not None and b is not None and a != b:
            pairs.setdefault(plats[i], []).append((float(a), float(b)))
    digits: dict[Any, int] = {}
    for p, ab in pairs.items():  # the fewest decimals at which every pair reads apart (6,52
        # and 6,45 read "+7 %" and "+6 %" but "+6,5 %" twice: each count of decimals tried)
        digits[p] = next((d for d in range(CI_MAX_DIGITS + 1)
                          if all(growth_number(a, digits=d) != growth_number(b, digits=d)
                                 for a, b in ab)), CI_MAX_DIGITS)
    tied = ranks.duplicated(["platform", "rank"], keep=False).to_numpy(dtype=bool) \
        & ranks["rank"].notna().to_numpy(dtype=bool)
    for i, (p, g) in enumerate(zip(plats, growths)):
        row = block.first_row + i
        if g is not None and digits.get(p):
            fmt = growth_format(float(g), lang, digits[p])
            sh.ws.cell(row=row, column=growth_col).number_format = fmt
            sh._width(growth_col, text_width(float(g), "growth") + digits[p] + 1, "growth")
        if tied[i]:
            sh.ws.cell(row=row, column=rank_col).number_format = tied_format(lang)
            sh._width(rank_col, len(str(ranks["rank"].iloc[i])) + len(text("label-tied", lang)),
                      "rank")


def _mark_questioned(rows: list[list[Any]], ranks: Any, lang: str) -> list[Column]:
    """The column that marks the growths and gains computed on a count the reader
    questioned (``growth_questioned``: more followers than inhabitants, far above the
    file's others), « à vérifier »; no column when none is (the usual)."""
    if "growth_questioned" not in ranks.columns:
        return []
    flags = ranks["growth_questioned"].fillna(False).astype(bool).tolist()
    if not any(flags):
        return []
    for row, flag in zip(rows, flags):
        row.append(text("waves-growth-questioned", lang) if flag else None)
    return [Column(text("waves-head-growth-questioned", lang))]


def _mark_growths(rows: list[list[Any]], ranks: Any, lang: str) -> list[Column]:
    """The column that marks the growths and gains computed on a count the file gave
    abbreviated ("1,2 M": ``growth_rounded``), as the Classement marks such counts ("≈"
    beside them); each row gets its cell. No column when none is (the usual)."""
    if "growth_rounded" not in ranks.columns:
        return []
    flags = ranks["growth_rounded"].fillna(False).astype(bool).tolist()
    if not any(flags):
        return []
    for row, flag in zip(rows, flags):
        row.append(text("waves-growth-rounded", lang) if flag else None)
    return [Column(text("waves-head-growth-rounded", lang))]


def _mark_medians(cols: list[Column], rows: list[list[Any]], ch: Any, lang: str) -> None:
    """A column after the changes per platform that marks the medians that may be another
    number with the true counts (``median_growth_rounded``, ``median_gain_rounded``: see
    :func:`barometre.analysis.waves.changes`); none when no median is."""
    if "median_growth_rounded" not in ch.columns:
        return
    marks = []
    for g, k in zip(ch["median_growth_rounded"], ch["median_gain_rounded"]):
        which = "both" if g and k else "growth" if g else "gain" if k else None
        marks.append(text("waves-medians-rounded-" + which, lang) if which else None)
    if not any(marks):
        return
    cols.append(Column(text("waves-head-medians-rounded", lang)))
    for row, mark in zip(rows, marks):
        row.append(mark)


#: The most rows of one platform each list of the sheet shows (the first ones: the
#: fastest growths of the ranking). A commune file of random-like answers moves 130,000
#: entities: a sheet a reader cannot read, written cell by cell in 40 s; the note under the
#: list gives the command that lists them all.
LISTED_PER_PLATFORM = 1_000


def _first_per_platform(rows):
    """The first :data:`LISTED_PER_PLATFORM` rows of each platform, and how many are left out."""
    if len(rows) <= LISTED_PER_PLATFORM:
        return rows, 0
    kept = rows[rows.groupby("platform", sort=False).cumcount() < LISTED_PER_PLATFORM]
    return kept, len(rows) - len(kept)


def _capped(sh: Sheet, left_out: int, attrs: dict, lang: str) -> None:
    """Under a list cut by :func:`_first_per_platform`: how many rows are not listed, and
    what lists them all (the files of the two waves, as given): the ``changes`` command in
    a report the command line writes, the library's call in one :func:`write_report
    <barometre.render.excel.write_report>` writes (:class:`~barometre.messages.Setting`)."""
    if not left_out:
        return
    import json

    from ...messages import Setting
    from ...survey.grid import shell_word

    paths = [str(p) for p in attrs.get("paths") or []]
    args = [w for p in paths for w in ("--data", shell_word(p))]
    # Python's literals: a path's backslashes and quotes escaped ("C:\\relevés.csv")
    python = "[" + ", ".join(json.dumps(p, ensure_ascii=False) for p in paths) + "]"
    if attrs.get("collectivity_type"):
        args += ["--type", attrs["collectivity_type"]]
        python += f', type="{attrs["collectivity_type"]}"'
    if lang == "en":
        args += ["--lang", "en"]
    call = Setting(f"barometre changes {' '.join(args)} --list --format csv",
                   f"barometre.transitions(barometre.read_waves({python}))")
    sh.line(text("waves-excel-capped", lang, shown=Count(LISTED_PER_PLATFORM), n=Count(left_out),
                 s="" if left_out == 1 else "s", call=call), size=9, color="595959")
    sh.blank()


def _beyond_note(b: dict, lang: str) -> str:
    """The report's panel (the entities of every wave read) said under the Mouvements, with
    how many more entities the two compared waves share (``r.extra["movements_panel"]``)
    and the ``changes --panel`` that compares them all (its files as given)."""
    from ...survey.grid import shell_word

    args = [w for p in b.get("paths") or [] for w in ("--data", shell_word(str(p)))]
    if b.get("type"):
        args += ["--type", b["type"]]
    args.append("--panel")
    if lang == "en":
        args += ["--lang", "en"]
    return text("waves-excel-panel-beyond", lang, n_panel=fmt_int(b["n_panel"], lang),
                whom=type_label(b.get("type") or "", lang, plural=b["n_panel"] > 1),
                n_waves=b["n_waves"], beyond=fmt_int(b["beyond"], lang),
                n_pair=fmt_int(b["n_pair"], lang), args=" ".join(args))


def evolution_gaps(r: ReportData, lang: str) -> list[dict[str, str]]:
    """The platforms whose shares the Mouvements and the Évolution say differently: the
    Mouvements' over the entities comparable at both waves (« 67 % → 92 % » of the 12
    that answered twice), the Évolution's over each wave whole (« 69 % → 92 % », 9 of 13
    then 11 of 12). One dict per platform, the words of both sheets' sentences
    (``waves-excel-vs-evolution``, ``report-evolution-vs-movements``); none when they
    read the same, or without both sheets."""
    m, ev = r.extra.get("movements"), r.evolution
    if m is None or ev is None or "series" in ev or not len(ev):
        return []
    ch = m["changes"]
    t, old, new = ch.attrs.get("collectivity_type"), ch.attrs.get("old"), ch.attrs.get("new")
    if not t or old is None or new is None:
        return []
    dates = ev["date"].map(lambda d: str(d)[:10])
    value = {}
    for tt, p, d, s in zip(ev["collectivity_type"], ev["platform"], dates, ev["share"]):
        if tt == t:  # a wave said as its date, or as its year when the waves are years
            value[(p, d)] = s
            value.setdefault((p, d[:4]), s)
    out = []
    counted = _whole_said(r, old, new, lang)
    for c in ch.to_dict("records"):
        p = c["platform"]
        pair = (_v(c["share_old"]), _v(c["share_new"]))
        whole = (_v(value.get((p, str(old)))), _v(value.get((p, str(new)))))
        n = _v(c.get("n_paired"))
        if None in pair or None in whole or n is None:
            continue
        said = [fmt_share(x, lang) for x in (*pair, *whole)]
        if said[:2] == said[2:]:
            continue
        out.append(dict(platform=platform_label(p, lang), old=said[0], new=said[1],
                        ev_old=said[2], ev_new=said[3], n=fmt_int(int(n), lang),
                        whom=type_label(t, lang, plural=int(n) > 1), whole=counted))
    return out


def _whole_said(r: ReportData, old: object, new: object, lang: str) -> str:
    """What the Évolution's shares of the two waves compared count: each wave whole, or,
    when a wave's year pooled several waves (March and October 2025: one point of the
    year), each year whole, those years named."""
    from .content import _merged_years

    merged = _merged_years(r)
    years = [y for y in dict.fromkeys(int(str(w)[:4]) for w in (old, new)) if y in merged]
    if not years:
        return text("waves-whole-wave", lang)
    return text("waves-whole-year", lang, years=said_and(map(str, years), lang))
