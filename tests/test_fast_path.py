"""The fast CSV path is the normal reader: same records, same problems, on any input.

``same_reading`` takes two reader callables (path -> (frame, problems)); today it compares
the pandas C-parser path with the csv-module path, tomorrow any replacement (issue #19).
"""

from __future__ import annotations

import contextlib

import pandas as pd
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import barometre as bm
from barometre.domain.errors import BarometreError
from barometre.survey import reader
from barometre.survey import fastcsv

from .conftest import FILES

DEPS = [f"{i:02d}" for i in range(1, 96) if i != 20] + ["2A", "2B", "971", "972", "973",
                                                        "974", "976"]
PLATFORMS = ["Facebook", "Instagram", "X"]


def same_reading(read_a, read_b, path) -> None:
    """Assert that two readers give the same records and problems (or the same error)."""
    def run(read):
        try:
            df, problems = read(path)
        except BarometreError as exc:
            return None, [("raised", exc.message)]
        return df, [p.to_dict() for p in problems]

    df_a, pb_a = run(read_a)
    df_b, pb_b = run(read_b)
    assert pb_a == pb_b
    if df_a is None or df_b is None:
        assert df_a is df_b
    else:
        pd.testing.assert_frame_equal(df_a.reset_index(drop=True), df_b.reset_index(drop=True))


@contextlib.contextmanager
def _fast_threshold(nbytes: float):
    old = fastcsv.FAST_CSV_BYTES
    fastcsv.FAST_CSV_BYTES = nbytes
    try:
        yield
    finally:
        fastcsv.FAST_CSV_BYTES = old


def _read(path):
    df = bm.read_survey(path, errors="skip")
    return df, df.attrs["problems"]


def normal_reader(path):
    with _fast_threshold(float("inf")):
        return _read(path)


def fast_reader(path):
    with _fast_threshold(0):
        return _read(path)


def _maybe_quoted(values):
    return st.tuples(st.sampled_from(values), st.integers(0, 4)).map(
        lambda t: f'"{t[0]}"' if t[1] == 0 else (t[0] + '"' if t[1] == 1 and t[0] else t[0]))


CELLS = {
    "presence": _maybe_quoted(["Oui", "Non", "x", "", "peut-être", "@compte", "1", "0", " ",
                               "\u2007", "Oui ?", "Non ?", "?", "Oui*", "Inactif",
                               # said not answered (#input16), « N/A » too; « #N/A » an error
                               "Non renseigné", "NR", "n.c.", "NSP", "N/A", "#N/A", "Non",
                               # answers with symbols (sym26): said, or doubtful
                               "✅", "❌", "Oui 👍", "Non ✅", "✔️", "⭐",
                               # links (#urls16): another platform's site (an error on a
                               # Facebook row), a site of no platform (a warning), one page
                               # on several entities (account-shared)
                               "https://www.instagram.com/cc", "facebook.com/cc",
                               "https://www.Facebook.com/CC/?ref=x", "www.ville.fr",
                               "@cc.bsky.social",
                               # a US export's answers: a cue said beside ambiguous dates
                               "TRUE", "FALSE",
                               # Unicode noncharacters: removed and said alike (inp23)
                               "Oui\uffff", "\ufffe", "N\ufdd0on",
                               # control characters: removed and said alike (ctl24)
                               "O\x02ui", "\x7f", "Non\x9f", "Oui\x85", "\x1b[31mOui",
                               # invisible format characters: removed and said (inv25)
                               "O\u00adui", "\u200b", "Non\u200e", "\ufeffOui",
                               "N\u2060on\u202c",
                               # variation selectors and tag characters: said alike (rd26)
                               "Oui\ufe0f", "Non\U000e0067\U000e007f"]),
    # Arrow casts plain digits itself: what it must not take for digits (Arabic-Indic, no-break
    # space, ten digits) goes to the parser, as on the normal path
    "count": _maybe_quoted(["12 345", "1 600 000", "350", "", "-4", "beaucoup", "1,2 k",
                            "12.345", "\u00a0", "\u0663\u0664", "0012", "1000000001", " 7",
                            # misplaced thousands: an error on both paths, no 123 nor 12,345
                            "1 23", "123 45", "1 2345",
                            # said unknown: a missing count, warned (#input16); « - » an error
                            "nc", "NR", "non communiqué", "?", "N/A", "-",
                            "1\uffff200", "\U0010fffe", "12\x01000", "3\x9f00", "\x08",
                            "1\uffff2\x0e00", "12\u200b345", "\u2060", "1\u202e200",
                            "12\u00a0\u200d345", "1\x01\u2069200",
                            "12\u202f345\ufe0e", "1\U000e0031000",
                            # full-width digits: read, said alike (rd28)
                            "\uff11\uff12 \uff13\uff14\uff15",
                            # a lone CR: quoted, a cell on two text lines, said alike (par28)
                            "1\r2"]),
    "date": _maybe_quoted(["15/10/2025", "", "2024-10-15", "32/13/2025", "15/10/2052",
                           "15/10/2025 10:30", "2024-10-15T10:30:00", "15/10/2025 25:00",
                           "15 oct. 2025", "1er févr. 2025", "15-AOÛT-24", "15 jui 2025",
                           # month first (US locale): a column of them reads so, with a word
                           "10/15/2025", "03/04/2025", "3/15/2025 10:30:00", "12/20/25",
                           "3/4/2025",
                           # year first with slashes: one order only (report16)
                           "2025/10/15", "2025/10/15 10:30", "2025/15/10", "2025/10",
                           "15/10/2025\ufdef", "15/10/2025\x01", "15/10/2025\u200f",
                           # two days after the plain rows' 15/10: a pair read again in its
                           # wave, its count changed or left blank (followers-replaced)
                           "17/10/2025"]),
    "code": _maybe_quoted(DEPS[:5] + ["", "99", "Ain", "1", "0\uffff1", "3\x035", "\x80",
                                      "4\u200d4", "\u061c", "02\ufeff",
                                      "4\ufe0f4",
                                      # digits other than 0-9: refused alike (rd28)
                                      "\u0660\u0661", "\uff10\uff12"]),
    "platform": _maybe_quoted(PLATFORMS + ["", "Myspace", "Insta\ufffegram", "X\x1a",
                                           "Face\u2066book"]),
    # a presence column under a followers header: counts all 0 or 1 said (rd26), unless a 2
    "zero_one": _maybe_quoted(["0", "1", "1", "", " 0", "2", "Oui", "1\ufe0f"]),
    # under a blank header cell: a value said (unnamed-column) on both paths (par28)
    "note": _maybe_quoted(["", "", " ", "vérifié le 16/10", "x"]),
}
SHAPES = {
    "long": ("code;plateforme;present;abonnes;date", ["code", "platform", "presence", "count",
                                                      "date"]),
    "wide": ("Code département;Facebook;Abonnés Facebook;Date du relevé",
             ["code", "presence", "count", "date"]),
    # a header cell holding a noncharacter (inp23): removed, said on both paths
    "wide, header noncharacter": ("Code département;Face\uffffbook;Abonnés Facebook;Date",
                                  ["code", "presence", "count", "date"]),
    # and a control character (ctl24)
    "wide, header control": ("Code d\x7fépartement;Facebook;Abonnés Face\x01book;Date",
                             ["code", "presence", "count", "date"]),
    # and an invisible format character (inv25)
    "wide, header invisible": ("Code d\u00adépartement;Facebook\u200b;Abonnés Facebook;Date",
                               ["code", "presence", "count", "date"]),
    # a followers column of 0 and 1 (followers-zero-one, rd26)
    "wide, followers zero one": ("Code département;Abonnés Facebook;Date",
                                 ["code", "zero_one", "date"]),
    # two date columns: one may follow the other's month-first order (dates-month-first-like)
    "wide, two dates": ("Code département;Facebook;Date Facebook;Instagram;Date Instagram",
                        ["code", "presence", "date", "presence", "date"]),
    # an Excel export's trailing separator, a note typed under it (unnamed-column, par28)
    "wide, blank header": ("Code département;Facebook;Abonnés Facebook;Date;",
                           ["code", "presence", "count", "date", "note"]),
}
DAYS = ["15/10/2025", "10/15/2025", "03/04/2025"]  # any order


@st.composite
def survey_files(draw):
    shape = draw(st.sampled_from(sorted(SHAPES)))
    header, kinds = SHAPES[shape]
    n_pad = draw(st.integers(0, 240))  # plain rows first: generated ones may come after 200
    day = draw(st.sampled_from(DAYS))
    # a second date column's plain rows have their own day: both orders, or one follows
    day2 = draw(st.sampled_from(DAYS)) if kinds.count("date") > 1 else day
    pad = []
    for i in range(n_pad):
        code = DEPS[i % len(DEPS)]
        if shape == "long":
            pad.append(f"{code};{PLATFORMS[i // len(DEPS) % 3]};Oui;{100 + i};{day}")
        elif i < len(DEPS):
            plain = {"presence": ["Oui", "Oui"], "count": [str(100 + i)], "date": [day, day2],
                     "zero_one": [str(i % 2)], "note": [""]}
            pad.append(";".join([code] + [plain[k].pop(0) for k in kinds[1:]]))
    rows = draw(st.lists(st.tuples(*(CELLS[k] for k in kinds)), min_size=1, max_size=12))
    body = [";".join(r) for r in rows]
    if shape == "long" and n_pad:  # a few plain readings read again two days later, in
        # their wave, with another count or none (followers-replaced, reading-replaced)
        later = {"15/10/2025": "17/10/2025", "10/15/2025": "10/17/2025",
                 "03/04/2025": "03/06/2025"}[day]
        for i in draw(st.lists(st.integers(0, n_pad - 1), max_size=3)):
            answer, count = draw(st.tuples(st.sampled_from(["Oui", "Oui", "Non"]),
                                           CELLS["count"]))
            body.append(";".join(pad[i].split(";")[:2] + [answer, count, later]))
    if draw(st.integers(0, 5)) == 0:  # a row with one field too many (pandas would keep it)
        k = draw(st.integers(0, len(body) - 1))
        body[k] += ";en trop"
    lines = [header] + pad + body
    if not draw(st.booleans()):  # half the files without any quote: the fast path reads them
        lines = [line.replace('"', "") for line in lines]
    encoding = draw(st.sampled_from(["utf-8", "cp1252", "utf-16"]))  # utf-16: with its BOM
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    text = newline.join(lines) + newline
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:  # Arabic-Indic digits, U+2007: not in cp1252
        return text.encode("utf-8")


#: real files always tried too: « Oui » in March then « NR » in October of one year, and
#: corrections in a wave (the answer kept, ``unanswered-after-answer``)
LATEST20 = [(FILES / "latest20" / name).read_bytes() for name in ("s1.csv", "vague.csv")]
#: a count read again in its wave (#ux25a): changed, then left blank (followers-replaced)
DUP25 = [("Code;Département;Facebook;Abonnés Facebook;Date\n44;Loire-Atlantique;Oui;98 765;"
          "15/10/2025\n85;Vendée;Oui;41 000;15/10/2025\n49;Maine-et-Loire;Oui;25 000;16/10/2025"
          f"\n85;Vendée;Oui;{count};17/10/2025\n").encode("cp1252") for count in ("14 500", "")]


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=survey_files())
@example(data=LATEST20[0])
@example(data=LATEST20[1])
@example(data=DUP25[0])
@example(data=DUP25[1])
def test_fast_path_reads_like_the_normal_reader(tmp_path, data):
    path = tmp_path / "enquete.csv"
    path.write_bytes(data)
    same_reading(normal_reader, fast_reader, path)


def test_a_month_first_file_with_several_date_columns_reads_the_same(tmp_path):
    # "Date Facebook" reads both ways only: it follows "Date Instagram", month first
    rows = [f"{d};Oui;3/{i % 12 + 1}/2025;Oui;{'3/15/2025' if i == 7 else '3/4/2025'}"
            for i, d in enumerate(DEPS)]
    path = tmp_path / "enquete.csv"
    path.write_text(SHAPES["wide, two dates"][0] + "\n" + "\n".join(rows) + "\n",
                    encoding="utf-8")
    same_reading(normal_reader, fast_reader, path)
    df, problems = fast_reader(path)
    assert [(p.code, p.column) for p in problems] == [
        ("dates-month-first-like", "Date Facebook"), ("dates-month-first", "Date Instagram")]
    assert df.loc[df["platform"] == "facebook", "date"].dt.month.eq(3).all()


def test_the_fast_path_is_taken_unless_a_quoted_field_spans_lines(tmp_path):
    """Else the property above would compare the normal reader with itself."""
    path = tmp_path / "enquete.csv"
    path.write_text("code;plateforme;present;abonnes;date\n01;Facebook;Oui;12 345;15/10/2025\n"
                    "02;X;Non;;\n", encoding="utf-8")
    with _fast_threshold(0):
        assert reader._read_csv_fast(path) is not None
        path.write_text(path.read_text() + '03;X;Oui;"1 600 000";15/10/2025\n', encoding="utf-8")
        assert reader._read_csv_fast(path) is not None  # quoted, on one line: Arrow reads it
        same_reading(normal_reader, fast_reader, path)
        path.write_text(path.read_text() + '04;X;"Oui\n";;15/10/2025\n', encoding="utf-8")
        assert reader._read_csv_fast(path) is None  # a line break inside quotes: csv module
    same_reading(normal_reader, fast_reader, path)


def test_a_file_name_not_in_utf8_keeps_the_fast_path(tmp_path):
    """A name in Latin-1 (Python's surrogate escapes): Arrow cannot open it by name, so the
    mapped bytes are handed over instead of falling back on the general reader."""
    import os

    import pytest

    path = tmp_path / os.fsdecode(b"enqu\xeate.csv")
    try:
        path.write_text("code;plateforme;present;abonnes;date\n01;Facebook;Oui;12 345;"
                        "15/10/2025\n02;X;Non;;15/10/2025\n", encoding="utf-8")
    except (OSError, UnicodeError):  # pragma: no cover - a file system that refuses it
        pytest.skip("file system without non-UTF-8 names")
    with _fast_threshold(0):
        assert reader._read_csv_fast(path) is not None
    same_reading(normal_reader, fast_reader, path)


def test_a_code_excel_put_in_scientific_notation_is_said_so_on_both_readers(tmp_path):
    """« 2,42900314E+08 » (Excel's scientific format of a SIREN) is no name: both readers
    say that Excel wrote it so, with the whole code when every digit is shown (Brest
    Métropole's 242900314), the digits lost when some are not (« 1,23E+04 »), the fix
    (the column as text); never read as a code."""
    path = tmp_path / "epci.csv"
    path.write_text("SIREN;Facebook;Date du relevé\n200042174;Oui;15/10/2025\n"
                    "2,42900314E+08;Oui;15/10/2025\n2.42900314E+08;Non;15/10/2025\n"
                    "1,23E+04;Oui;15/10/2025\n", encoding="utf-8")
    with _fast_threshold(0):
        assert reader._read_csv_fast(path) is not None
    same_reading(normal_reader, fast_reader, path)
    for read in (normal_reader, fast_reader):
        df, problems = read(path)
        said = {p.row: p.message for p in problems if p.severity == "error"}
        assert len(df) == 1  # only 200042174 read
        for row, value in ((3, "2,42900314E+08"), (4, "2.42900314E+08")):
            assert said[row] == (
                f"« {value} » est un code mis en notation scientifique par Excel : écrivez "
                "le code en entier, 242900314 (Brest Métropole), et formatez la colonne en "
                "texte (Format de cellule > Texte) avant de saisir")
        assert said[5] == (
            "« 1,23E+04 » est un code mis en notation scientifique par Excel : ses chiffres "
            "après le 3e significatif sont perdus, le code ne peut pas être lu ; formatez la "
            "colonne en texte (Format de cellule > Texte) et saisissez à nouveau les codes")
    assert not any("s'appelle" in p.message for p in problems)


def test_resolve_says_a_scientific_code_in_english_too(cli):
    en = cli("resolve", "1.23E+04", "--lang", "en")
    assert en.exit_code != 0
    assert ("“1.23E+04” is a code Excel turned into scientific notation: its digits after "
            "the 3rd significant one are lost") in en.stderr
