"""What a link or a handle typed in a survey's presence or account cell says of its
platform, and one account given for several entities.

Two checks that keep a pasted link from being read as what it is not:

- :func:`site_problems`: a link to another platform's site (an Instagram link in the
  Facebook column) is an error of its cell (``url-other-platform``), its reading left out
  with ``errors="skip"``; a link to a site that is no platform's (the collectivité's own
  website) a warning (``url-unknown-site``), the cell read as it reads (present);
- :func:`shared_accounts`: one account given for two different entities in one year is a
  warning (``account-shared``): one page shared by two intercommunalités, or a copy-paste
  error.

The hosts of each platform are those of :data:`~.annuaire_urls.HOSTS` (``x.com`` and
``twitter.com`` are both X, ``youtu.be`` YouTube, ``fb.com`` and ``m.facebook.com``
Facebook…).

Examples
--------
>>> url_site("https://www.instagram.com/cc_a"), url_site("twitter.com/cc_c")
('instagram', 'x')
>>> url_site("https://www.ville-exemple.fr"), url_site("@cc_a"), url_site("Oui")
('', None, None)
>>> account_key("https://www.Facebook.com/cc_same/?ref=bookmarks")
'cc_same'
>>> account_key("@CC_same") == account_key("m.facebook.com/cc_same"), account_key("Oui")
(True, None)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl

import numpy as np

from ..domain.registry import PLATFORMS
from ..messages import Count, Msg
from .annuaire_urls import HOSTS, _handle, _host_platform, _normal_parts
from .problems import Problem, _Problems
from .rules import rows_problem
from .values import _text

if TYPE_CHECKING:
    from .headers import Column

__all__ = ["url_site", "account_key", "site_problems", "shared_accounts"]

#: A cell that is a link: a scheme, ``www.``, or a domain then a path (``instagram.com/x``);
#: what :func:`~.values.looks_like_account` reads as a link (not its bare ``@handle``)
_URL = re.compile(r"^(https?://|www\.)\S+$|^[\w\-]+(\.[\w\-]+)+/\S*$", re.IGNORECASE)
#: A link's host (after the scheme and any ``user@``, up to the path, query or port), path
#: and query (as :func:`urllib.parse.urlsplit` splits them)
_PARTS = re.compile(r"^(?:[a-z][a-z0-9+.\-]*://)?(?:[^/?#@]*@)?([^/?#:]*)(?::[^/?#]*)?"
                    r"([^?#]*)(?:\?([^#]*))?", re.IGNORECASE)
#: A handle: ``@name``, or a fediverse ``@name@instance.tld``
_HANDLE = re.compile(r"^@([\w.\-]{1,60})(@[\w\-]+(\.[\w\-]+)+)?$")
#: The platforms whose accounts live on sites of their own: a Mastodon account's link is on
#: any instance (the fediverse), an unknown site is no sign of a misplaced link there
_ANY_SITE = frozenset({"mastodon"})
#: The platforms a host is known for: an unknown site is said only for them
_HOSTED = frozenset(HOSTS.values())


def url_site(text: object) -> str | None:
    """The platform whose site a cell's link points to: its id for a known host (the
    hosts of :data:`~.annuaire_urls.HOSTS`), ``""`` for a link to a site of no platform
    (the collectivité's own website), None when the cell holds no link. A handle whose
    name says its site (``@ville.bsky.social``, ``@ville@piaille.fr``) is its platform's;
    a bare ``@ville`` says no site (None)."""
    if not isinstance(text, str):
        return None
    s = text.strip()
    if _URL.match(s):  # its host only (not the whole link normalised: a column of links)
        host = _PARTS.match(s).group(1).lower().rstrip(".")
        if "." not in host:
            return None
        return _host_platform(host) or ""
    m = _HANDLE.match(s)
    if m is None:
        return None
    site = (m.group(2) or "@" + m.group(1))[1:].lower()
    return _host_platform(site) if "." in site else None


def account_key(text: object) -> str | None:
    """What counts as the same account, as a text (None for a cell that is neither a link
    nor an ``@handle``: a page's name in words is not compared).

    A link to a platform's site is its account's handle (:func:`~.annuaire_urls.handle_of`:
    ``facebook.com/VilleDeNantes``, ``m.facebook.com/villedenantes/?ref=bookmarks`` and
    ``@VilleDeNantes`` are one account; ``profile.php?id=123`` is ``123``), or, without
    one, the link normalised; a link to another site is the link normalised
    (:func:`~.annuaire_urls.normalize_url`: scheme, ``www.``/``m.``, trailing slash,
    tracking parameters such as ``utm_*`` or ``fbclid`` dropped, other parameters kept);
    an ``@handle`` is the handle. Compared without case (a YouTube channel id differing
    only by case would be taken for the same). The platform is not part of the key: the
    caller compares the accounts of one platform."""
    if not isinstance(text, str):
        return None
    s = text.strip()
    if _URL.match(s):
        # a platform's link (the usual): its handle read on the split link, without the
        # whole normal form (a column of thousands of links)
        m = _PARTS.match(s)
        host = m.group(1).lower().rstrip(".")
        platform = _host_platform(host) if "." in host else None
        if platform is not None:
            query = m.group(3) or ""
            pairs = parse_qsl(query) if platform == "facebook" and "id=" in query else []
            path = m.group(2)
            handle = _handle(re.sub(r"/{2,}", "/", path) if "//" in path else path, pairs,
                             platform)
            if handle:
                return handle.casefold()
        parts = _normal_parts(s)
        return None if parts is None else parts[0].casefold()
    m = _HANDLE.match(s)
    if m is None:
        return None
    return s[1:].casefold()


def _platform_ids() -> tuple[str, ...]:
    return tuple(PLATFORMS)  # a reading's platform code: its index (normalize.PLATFORM_IDS)


def site_problems(uniques, codes: np.ndarray, plat: np.ndarray, mine: np.ndarray | None,
                  usable: np.ndarray, c: Column, cells, rownums: np.ndarray, long: bool,
                  problems: _Problems) -> np.ndarray | None:
    """The links of a presence or account column (its distinct values ``uniques``, per
    row ``codes``) to a site that is not the platform of their row (``plat``, the codes of
    :data:`~.normalize.PLATFORM_IDS`; ``mine``, a long file's rows of the column's
    platform, None for every row; ``usable``, the rows not already in error).

    Returns the rows in error (a link to another platform's site: ``url-other-platform``,
    one error per cell, fr and en) as a boolean mask, None when there is none; adds a
    warning per platform of the column for the links to sites of no platform
    (``url-unknown-site``: count, texts, rows; not for Mastodon, whose accounts are on
    any instance). ``long``: the column is a long file's, read on rows of every platform
    (the message says « une ligne Instagram », not « la colonne Instagram »)."""
    ids = _platform_ids()
    sites = [url_site(u) for u in uniques]
    if all(s is None for s in sites):  # no link in the column (the usual): no pass
        return None
    # per distinct value: its site's platform code, -2 a site of no platform, -1 no link
    site = np.array([-1 if s is None else -2 if s == "" else ids.index(s) for s in sites]
                    + [-1], dtype=np.int16)
    of_row = site[codes]  # -1 (a missing cell): the last item
    known = usable & (plat >= 0)
    if mine is not None:
        known &= mine
    other = known & (of_row >= 0) & (of_row != plat)
    bad = None
    if other.any():
        key = "url-other-platform-long" if long else "url-other-platform"

        def wrong(i: int) -> Problem:
            there, here = PLATFORMS[ids[of_row[i]]], PLATFORMS[ids[plat[i]]]
            value = _text(cells.at(i))
            msg = Msg(key, value=value, site=there.words(), platform=here.words())
            return Problem.said(msg, int(rownums[i]), c.header, value,
                                code="url-other-platform")
        problems.each(np.flatnonzero(other), wrong, code="url-other-platform")
        bad = other
    elsewhere = known & (of_row == -2)
    if elsewhere.any():
        from .cells import texts_counted

        for p in sorted(set(plat[elsewhere].tolist())):
            if ids[p] in _ANY_SITE or ids[p] not in _HOSTED:
                continue
            rows = np.flatnonzero(elsewhere & (plat == p))
            problems.add(rows_problem(
                "url-unknown-site", rownums[rows], len(rows), column=c.header,
                platform=PLATFORMS[ids[p]].words(),
                texts=texts_counted(np.where(codes[rows] < 0, len(uniques), codes[rows]),
                                    list(uniques) + [None])))
    return bad


#: Entities named in a warning of a shared account: the first ones, then « … »
_NAMED = 5
#: Shared accounts said one by one (the first by row); the others counted in the summary
#: of the warnings not detailed (a file whose every page is given twice, a shifted column)
MAX_SHARED = 100


def shared_accounts(readings, problems: _Problems) -> None:
    """Say an account (same :func:`account_key`, on the same platform) given for two
    different entities in one year (a warning per account and year, ``account-shared``,
    naming the account as first typed, the entities and every row). One page shared by two
    intercommunalités, or a row's link pasted on another: each reading is kept, and
    counted, as the file says; the user decides.

    The territories of one council (67 and 68, the Collectivité européenne d'Alsace; 2A
    and 2B, the Collectivité de Corse: :func:`~.entities._shared_councils`) are one body:
    its one account on both rows is not shared (``council-territories-filled`` says what
    needs saying); with a third entity, it is. Readings whose entity is not resolved count
    each as its own entity. Decided per distinct account text, then over the readings
    with an account only. Past :data:`MAX_SHARED` accounts, the others are counted in the
    summary of the warnings not detailed (``more-warnings``)."""
    from .entities import _shared_councils

    account = readings.account
    if account is None or not len(readings):
        return
    table = readings.accounts
    keys = [account_key(t) for t in table.tolist()]
    if all(k is None for k in keys):
        return
    key_ids: dict[str, int] = {}
    key_of = np.full(len(table) + 1, -1, dtype=np.int64)  # -1 (no account): the last item
    for i, k in enumerate(keys):
        if k is not None:
            key_of[i] = key_ids.setdefault(k, len(key_ids))
    pos = np.flatnonzero(key_of[account] >= 0)
    if len(pos) < 2:
        return
    num, codes = readings.numbered_codes()
    eidx = readings.eidx[pos]
    ent = num[eidx].astype(np.int64)
    # an entity's body: its council when it shares one with another territory (67 and 68:
    # the CeA), else itself; an entity not resolved: each reading its own
    councils = _shared_councils()
    said_code = [str(c) for c in codes]
    body_names = {c: councils[c][0] if c in councils else c for c in said_code}
    body_ids = {b: i for i, b in enumerate(sorted(set(body_names.values())))}
    body_of = np.array([body_ids[body_names[c]] for c in said_code] + [-1], dtype=np.int64)
    body = np.where(ent >= 0, body_of[ent], len(body_ids) + pos)
    year = (readings.year_coded[0][pos].astype(np.int64) if readings.year_coded is not None
            else np.zeros(len(pos), dtype=np.int64))
    plat = readings.platform[pos].astype(np.int64)
    key = key_of[account[pos]]
    # per (account, year, platform) group, its distinct bodies: numbers, not a Python pass
    # over every reading with an account
    n_year = int(year.max()) + 1
    _, group = np.unique((key * n_year + year) * len(PLATFORMS) + plat, return_inverse=True)
    group = group.ravel().astype(np.int64)
    n_body = int(body.max()) + 1
    pairs = np.unique(group * n_body + body) // n_body  # a group per distinct body in it
    several = np.bincount(pairs, minlength=int(group.max()) + 1) > 1
    if not several.any():
        return
    rows = readings.source_row[pos]
    mine = np.flatnonzero(several[group])  # the readings of the shared accounts: a few
    mine = mine[np.lexsort((rows[mine], group[mine]))]  # by group, then by row
    cuts = np.flatnonzero(np.diff(group[mine])) + 1
    ids = _platform_ids()
    shared = np.split(mine, cuts)  # per account, its readings by row
    shared.sort(key=lambda at: int(rows[at[0]]))  # the accounts by their first row
    for at in shared[:MAX_SHARED]:  # said one by one: the first ones
        first = int(at[0])
        value = _text(table[account[pos[first]]])
        named, seen = [], set()
        for k in at.tolist():
            e = int(ent[k]) if ent[k] >= 0 else -1 - k
            if e in seen:
                continue
            seen.add(e)
            name, code = readings.name[eidx[k]], readings.code[eidx[k]]
            named.append(f"{name} ({code})" if code is not None and name
                         else str(name or code or ""))
        n_ent = len(named)
        shown = ", ".join(named[:_NAMED]) + (", …" if n_ent > _NAMED else "")
        problems.add(rows_problem(
            "account-shared", rows[at], len(at), column=None, value=value,
            platform=PLATFORMS[ids[int(plat[first])]].words(), k=Count(n_ent),
            entities=shown))
    if len(shared) > MAX_SHARED:  # counted in the summary of the warnings not detailed
        problems.drop("warning", len(shared) - MAX_SHARED, "account-shared")

