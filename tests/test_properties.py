"""Property-based tests: whatever the input, a valid frame or barometre's own error."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import barometre as bm
from barometre.domain.errors import BarometreError
from barometre.survey.reader import SURVEY_COLUMNS, parse_count, parse_date, parse_presence

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])

HEADERS = ["Code", "Code département", "Département", "Région", "Commune", "nom", "Facebook",
           "Abonnés Facebook", "X (ex-Twitter)", "Instagram - abonnés", "compte Instagram",
           "plateforme", "présent", "abonnés", "Date du relevé", "année", "TikTok", "Note", ""]
CELLS = st.one_of(
    st.sampled_from(["Oui", "Non", "x", "", "1", "0", "12 345", "1,2 k", "-5", "Ain", "44", "2A",
                     "971", "1", "Nantes", "Saint-Denis", "15/10/2025", "2025", "@compte",
                     "https://facebook.com/x", "=1+1", "beaucoup", "Loire-Atlantique", "Facebook",
                     "twitter", "Bretagne", "\u202f", "n/a"]),
    st.text(max_size=12))


def _check_frame(df) -> None:
    assert list(df.columns) == SURVEY_COLUMNS
    assert df["code"].map(lambda c: isinstance(c, str)).all()
    assert df["platform"].isin(list(bm.registry.PLATFORMS)).all()
    assert (df["followers"].dropna() >= 0).all()


def _read(path) -> None:
    try:
        df = bm.read_survey(path)
    except BarometreError as exc:
        assert exc.message and "\n" not in exc.message.split(" : ", 1)[0]
        return
    _check_frame(df)


@SETTINGS
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".csv", ".txt", ".xlsx", ".tsv"]))
def test_arbitrary_bytes(tmp_path, data, suffix):
    p = tmp_path / f"f{suffix}"
    p.write_bytes(data)
    _read(p)
    problems = bm.validate(p)
    assert all(pr.severity in ("error", "warning") and pr.message for pr in problems)


@SETTINGS
@given(header=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=6),
       rows=st.lists(st.lists(CELLS, min_size=0, max_size=7), max_size=8),
       sep=st.sampled_from([";", ",", "\t", "|"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
       title=st.booleans())
def test_arbitrary_tables(tmp_path, header, rows, sep, encoding, title):
    lines = (["Relevé d'octobre"] if title else []) + [sep.join(header)]
    lines += [sep.join(c.replace(sep, " ").replace("\n", " ").replace("\r", " ").replace('"', "")
                       for c in r) for r in rows]
    text = "\n".join(lines)
    p = tmp_path / "t.csv"
    try:
        p.write_bytes(text.encode(encoding))
    except UnicodeEncodeError:
        p.write_bytes(text.encode("utf-8"))
    _read(p)


@SETTINGS
@given(header=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=5),
       rows=st.lists(st.lists(st.one_of(CELLS, st.integers(-10, 10**7), st.floats(allow_nan=True),
                                        st.none()), max_size=6), max_size=6))
def test_arbitrary_workbooks(tmp_path, header, rows):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(header)
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    for r in rows:  # what Excel itself can store: no control characters, no formulas
        ws.append([ILLEGAL_CHARACTERS_RE.sub("", ("'" + v) if v.startswith("=") else v)
                   if isinstance(v, str) else v for v in r])
    p = tmp_path / "w.xlsx"
    wb.save(p)
    _read(p)


@SETTINGS
@given(data=st.binary(max_size=500))
def test_cli_never_tracebacks(tmp_path, data):
    from typer.testing import CliRunner

    from barometre.cli.app import app

    p = tmp_path / "in.csv"
    p.write_bytes(data)
    runner = CliRunner()
    for args in (["validate", str(p)], ["compare", "--data", str(p), "--type", "departement"],
                 ["rank", "-p", "facebook", "--data", str(p)]):
        res = runner.invoke(app, args)
        assert res.exit_code in (0, 1, 2), (args, res.exception)
        assert res.exception is None or isinstance(res.exception, SystemExit), (args, res.exception)
        assert "Traceback" not in res.output


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=20), st.integers(), st.floats(allow_nan=True), st.none()))
def test_value_parsers_raise_only_valueerror(value):
    for f in (parse_presence, parse_count, parse_date):
        try:
            f(value)
        except ValueError:
            pass


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=30), st.sampled_from([None, "departement", "commune", "region", "epci"]))
def test_resolve_raises_only_its_own_errors(text, type_id):
    try:
        e = bm.reference.resolve(text, type=type_id)
    except BarometreError:
        return
    assert isinstance(e.code, str) and e.name
