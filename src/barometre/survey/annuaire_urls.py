"""Social-network URLs as the annuaire holds them: normalised, classified, with their handle.

Declared URLs come typed by hand: without scheme (``www.facebook.com/ville``),
mobile hosts (``m.facebook.com``), the old ``twitter.com``, tracking parameters
(``?utm_source=…``, ``fbclid``, ``igshid``), trailing slashes. One normal form
makes the same account compare equal, and the host says the platform better
than the free-text label next to it.

Examples
--------
>>> normalize_url("m.facebook.com/VilleDeNantes/?ref=bookmarks")
'https://facebook.com/VilleDeNantes'
>>> classify("https://twitter.com/nantes", "Twitter")
('x', 'nantes')
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit

from ..domain.registry import match_platform

__all__ = ["HOSTS", "normalize_url", "classify", "classify_url", "handle_of"]

#: Host (without ``www.``/``m.``) → platform id. A sub-domain matches its parent.
HOSTS: dict[str, str] = {
    "facebook.com": "facebook", "fb.com": "facebook", "fb.me": "facebook",
    "fb.watch": "facebook", "facebook.fr": "facebook",
    "x.com": "x", "twitter.com": "x", "t.co": "x",
    "instagram.com": "instagram", "instagr.am": "instagram",
    "linkedin.com": "linkedin", "lnkd.in": "linkedin",
    "youtube.com": "youtube", "youtu.be": "youtube", "youtube-nocookie.com": "youtube",
    "tiktok.com": "tiktok",
    "snapchat.com": "snapchat",
    "pinterest.com": "pinterest", "pinterest.fr": "pinterest", "pin.it": "pinterest",
    "dailymotion.com": "dailymotion", "dai.ly": "dailymotion",
    "flickr.com": "flickr", "flic.kr": "flickr",
    "plus.google.com": "google_plus",
    "bsky.app": "bluesky", "bsky.social": "bluesky",
    "threads.net": "threads", "threads.com": "threads",
    "whatsapp.com": "whatsapp", "wa.me": "whatsapp",
    "mastodon.social": "mastodon", "piaille.fr": "mastodon", "mamot.fr": "mastodon",
    "framapiaf.org": "mastodon", "social.numerique.gouv.fr": "mastodon",
}
_CANONICAL_HOST = {"twitter.com": "x.com", "fb.com": "facebook.com", "facebook.fr": "facebook.com",
                   "instagr.am": "instagram.com"}
_STRIP_SUBDOMAINS = ("www.", "m.", "mobile.", "web.", "fr-fr.", "fr.", "business.", "mbasic.")
# query parameters that identify a visit, not an account
_TRACKING = re.compile(r"^(utm_.*|fbclid|gclid|igshid|igsh|mibextid|si|ref|ref_src|ref_url|"
                       r"hl|locale|lang|feature|fref|_rdr|rdid|share_url|sk|s|t|app|"
                       r"paipv|eav|__tn__|__cft__.*|_gl|mc_.*|trk|trkInfo|originalSubdomain)$",
                       re.IGNORECASE)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def normalize_url(raw: str) -> str | None:
    """One spelling per URL: ``https://``, host without ``www.``/``m.``, X for Twitter,
    no tracking parameters, no trailing slash. None when ``raw`` holds no URL."""
    parts = _normal_parts(raw)
    return parts[0] if parts else None


def _normal_parts(raw: str) -> tuple[str, str, str, list[tuple[str, str]]] | None:
    """The normalised URL, its host, path and query pairs (one parse for all uses)."""
    s = str(raw or "").strip().strip("<>\"'")
    if not s or " " in s.strip():
        s = s.replace(" ", "")
    if not s:
        return None
    if s.startswith("@") and "/" not in s:
        return None  # a bare handle: no host to read
    if s.startswith("//"):
        s = s[2:]
    if not _SCHEME.match(s):
        s = "https://" + s
    try:
        parts = urlsplit(s)
        host = (parts.hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    if "." not in host:
        return None
    while host.startswith(_STRIP_SUBDOMAINS) and host.count(".") > 1:
        host = host.split(".", 1)[1]
    host = _CANONICAL_HOST.get(host, host)
    path = re.sub(r"/{2,}", "/", parts.path).rstrip("/")
    if host.endswith(("facebook.com", "x.com", "instagram.com", "tiktok.com")):
        path = re.sub(r"/#!", "", path)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=False)
             if not _TRACKING.match(k)]
    out = f"https://{host}{path}"
    if query:
        out += "?" + urlencode(query)
    return out, host, path, query


def _host_platform(host: str) -> str | None:
    h = host
    while h:
        if h in HOSTS:
            return HOSTS[h]
        if "." not in h:
            return None
        h = h.split(".", 1)[1]
    return None


_SKIP_SEGMENTS = {"pages", "pg", "groups", "people", "company", "school", "showcase", "in",
                  "channel", "c", "user", "profile", "profile.php", "p", "watch", "intent",
                  "share", "sharer", "home", "hashtag", "u", "embed", "playlist"}


def handle_of(url: str, platform: str | None) -> str | None:
    """The account's handle in a normalised URL (``ville.nantes``, ``@nantes`` → ``nantes``).

    For ``facebook.com/profile.php?id=123`` the handle is the id; for YouTube's
    ``/channel/ID`` the id; for LinkedIn ``/company/NAME`` the name.
    """
    parts = urlsplit(url)
    return _handle(parts.path, parse_qsl(parts.query), platform)


def _handle(path: str, query_pairs: list[tuple[str, str]], platform: str | None) -> str | None:
    segs = [s for s in path.split("/") if s]
    query = dict(query_pairs)
    if platform == "facebook" and "id" in query:
        return query["id"]
    if platform == "facebook" and segs[:1] == ["people"] and len(segs) >= 3:
        return segs[2]  # /people/Name/ID: the id is stable
    if platform == "facebook" and segs[:1] == ["pages"] and len(segs) >= 2:
        return segs[-1] if segs[-1].isdigit() else segs[1]
    for s in segs:
        if s.lower() in _SKIP_SEGMENTS:
            continue
        return s.lstrip("@") or None
    return None


def classify(raw: str, label: str = "") -> tuple[str | None, str | None]:
    """The platform id and the handle of a declared URL.

    The host decides (``twitter.com`` → ``x``); for an unknown host (a Mastodon
    instance, a bare ``@handle``) the annuaire's label (``custom_dico2``) does,
    through the registry's aliases. ``(None, None)`` when neither is known.
    """
    url, platform, handle = classify_url(raw, label)
    return platform, handle


def classify_url(raw: str, label: str = "") -> tuple[str | None, str | None, str | None]:
    """:func:`classify` plus the normalised URL: ``(url, platform, handle)``."""
    parts = _normal_parts(raw)
    by_label = match_platform(label) if label else None
    if parts is None:
        handle = str(raw or "").strip().lstrip("@") or None
        return (None, by_label, handle) if by_label else (None, None, None)
    url, host, path, query = parts
    platform = _host_platform(host)
    if platform is None:
        if by_label is None and re.match(r"^/@[^/]+$", path):
            by_label = "mastodon"  # https://instance/@name: the fediverse's form
        platform = by_label
    if platform is None:
        return url, None, None
    return url, platform, _handle(path, query, platform)
