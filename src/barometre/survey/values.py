"""French value parsers: presence (Oui/Non, x, URL…), follower counts ("12 345"), dates."""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from ..domain.registry import normalize

# --------------------------------------------------------------------------- values

_TRUE = {"oui", "o", "yes", "y", "1", "vrai", "true", "x", "present", "presente", "actif",
         "active", "ok", "v"}
_FALSE = {"non", "n", "no", "0", "faux", "false", "absent", "absente", "aucun", "inactif"}
_CHECKMARKS = {"✓", "✔", "☑", "✅"}


def _is_blank(v: Any) -> bool:
    if v is None:
        return True
    if isinstance(v, float) and math.isnan(v):
        return True
    return isinstance(v, str) and not v.strip()


def looks_like_account(text: str) -> bool:
    t = text.strip()
    return bool(re.match(r"^(https?://|www\.)\S+$|^@[\w.\-]{1,60}$|^[\w\-]+(\.[\w\-]+)+/\S*$",
                         t, re.I))


def parse_presence(v: Any) -> bool | None:
    """Read a presence answer; None when blank. Raises ValueError when unreadable.

    >>> parse_presence("Oui"), parse_presence("n"), parse_presence("@paris"), parse_presence(1)
    (True, False, True, True)
    """
    if _is_blank(v):
        return None
    if isinstance(v, bool):
        return v
    if isinstance(v, (int, float)):
        if v in (0, 1):
            return bool(v)
        raise ValueError
    s = str(v).strip()
    if s in _CHECKMARKS:
        return True
    key = normalize(s)
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    if looks_like_account(s):
        return True
    raise ValueError


_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007']")


def parse_count(v: Any) -> int | None:
    """Read a follower count; None when blank. Raises ValueError when unreadable or negative.

    >>> parse_count("12 345"), parse_count("12.345"), parse_count("1,2 k"), parse_count(350.0)
    (12345, 12345, 1200, 350)
    """
    if _is_blank(v):
        return None
    if isinstance(v, bool):
        raise ValueError
    if isinstance(v, (int, float)):
        if isinstance(v, float) and (math.isnan(v) or math.isinf(v) or not v.is_integer()):
            raise ValueError
        if v < 0:
            raise ValueError("negative")
        return int(v)
    s = _SPACES.sub("", str(v)).lower()
    mult = 1
    m = re.fullmatch(r"([\d.,]+)(k|m|md)?", s)
    if not m:
        if re.fullmatch(r"-[\d.,]+", s):
            raise ValueError("negative")
        raise ValueError
    num, suffix = m.group(1), m.group(2)
    if suffix:
        mult = {"k": 1_000, "m": 1_000_000, "md": 1_000_000_000}[suffix]
        value = float(num.replace(",", "."))
        return int(round(value * mult))
    if re.fullmatch(r"\d+", num):
        return int(num)
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", num):  # 12.345 : French thousands dot
        return int(num.replace(".", ""))
    if re.fullmatch(r"\d+[.,]0+", num):  # 12345,0 from a decimal column
        return int(re.split(r"[.,]", num)[0])
    raise ValueError


def parse_date(v: Any) -> dt.date | None:
    """Read a date (15/10/2025, 2025-10-15, Excel dates); None when blank.

    >>> parse_date("15/10/2025")
    datetime.date(2025, 10, 15)
    """
    if _is_blank(v):
        return None
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        if 1900 <= v <= 2100 and float(v).is_integer():
            raise ValueError("year")
        raise ValueError
    s = str(v).strip()
    for pat, order in ((r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", "dmy"),
                       (r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?", "ymd"),
                       (r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2})", "dmy2")):
        m = re.fullmatch(pat, s)
        if m:
            a, b, c = (int(x) for x in m.groups())
            if order == "ymd":
                return dt.date(a, b, c)
            year = c if order == "dmy" else 2000 + c
            return dt.date(year, b, a)
    raise ValueError


def _text(v: Any) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, (dt.datetime, dt.date)):
        return v.strftime("%d/%m/%Y")
    return str(v).strip()


def _parse_year(v: Any) -> int | None:
    if _is_blank(v):
        return None
    y = int(float(str(v).strip().replace(",", ".")))
    if not 1990 <= y <= 2100:
        raise ValueError
    return y
