"""What a real report does beyond the classic form (issue 8): formulas saved without a value,
totals given as their parts, CSV in old and new encodings, OpenDocument, and the reading bounds.
Whole files are in the goldens (tests/fixtures/excel, make_format_fixtures.py); here each rule
on a small made-up report (test data)."""
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
import pytest

from etl import csv_reader, ingest, limits, ods_reader, validate, workbook
from etl.workbook import Unreadable

ROOT = Path(__file__).resolve().parents[1]
FILES = ROOT / "tests" / "fixtures" / "excel" / "files"
MARK = "DỮ LIỆU KIỂM THỬ – không phải số liệu thật"


def _report(values: dict[str, object], extra_sheets: dict[str, dict[str, object]] | None = None) -> bytes:
    """A small Sơn La 2023 report (test data): rows 6.. = managed, national, provincial, OCOP, rate;
    `values` fills column D (numbers or formulas saved without a value, as openpyxl saves them)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Biểu 01"
    ws["A1"], ws["A2"], ws["A3"] = "UBND TỈNH SƠN LA", "BÁO CÁO KẾT QUẢ NĂM 2023", MARK
    for c, h in enumerate(["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2023"], 1):
        ws.cell(5, c, h)
    labels = [("1", "Tổng số nhiệm vụ KH&CN được quản lý", "nhiệm vụ"), ("-", "cấp quốc gia", "nhiệm vụ"),
              ("-", "cấp tỉnh", "nhiệm vụ"), ("2", "Số sản phẩm OCOP", "sản phẩm"),
              ("3", "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến mức độ 4", "%")]
    for i, (stt, label, unit) in enumerate(labels):
        ws.cell(6 + i, 1, stt), ws.cell(6 + i, 2, label), ws.cell(6 + i, 3, unit)
    for ref, v in values.items():
        ws[ref] = v
    for name, cells in (extra_sheets or {}).items():
        other = wb.create_sheet(name)
        other["A1"] = MARK
        for ref, v in cells.items():
            other[ref] = v
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _facts(result) -> dict[str, tuple[float, str | None]]:
    return {f.indicator: (f.value, f.note if isinstance(f.note, str) else None) for f in result.facts.itertuples()}


def _ignored(result) -> dict[str, str]:
    return {i.text: i.reason_vi for i in result.ignored}


# --- formulas saved without a value --------------------------------------------------------

def test_formula_without_value_is_computed_and_says_so():
    r = ingest.examine(_report({"D6": "=SUM(D7:D8)", "D7": "=1+2", "D8": 20, "D9": 31}), "t.xlsx")
    assert r.accepted, r.problems
    facts = _facts(r)
    assert facts["tasks_managed"][0] == 23          # through a chain: D7 is itself a formula
    assert "=SUM(D7:D8)" in facts["tasks_managed"][1] and "tính từ công thức" in facts["tasks_managed"][1]
    assert facts["tasks_managed_provincial"] == (20, None)


def test_formula_over_another_sheet_and_percent_format():
    data = _report({"D9": "='Số liệu'!B2+'Số liệu'!B3", "D10": "=12/15"}, {"Số liệu": {"B2": 14, "B3": 6}})
    wb = openpyxl.load_workbook(io.BytesIO(data))
    wb["Biểu 01"]["D10"].number_format = "0.0%"
    out = io.BytesIO()
    wb.save(out)
    r = ingest.examine(out.getvalue(), "t.xlsx")
    assert r.accepted, r.problems
    assert _facts(r)["ocop_products"][0] == 20
    assert _facts(r)["tthc_level4_rate"][0] == pytest.approx(80.0)    # 0.8 shown as 80,0 %


@pytest.mark.parametrize("formula, why", [
    ("='[1]Tổng hợp'!D12", "tệp khác"),
    ("=NOW()", "hàm NOW"),
    ("=IFERROR(D20/D21,0)", "hàm IFERROR"),      # would turn a missing figure into 0
    ("=D20+D7", "D20 được tham chiếu đang trống"),
    ("=TongSo", "tên vùng"),
    ("=D6+1", "vòng"),                           # refers to itself
])
def test_uncomputable_formula_sets_aside_that_cell_alone(formula, why):
    r = ingest.examine(_report({"D6": formula, "D7": 3, "D8": 20, "D9": 31}), "t.xlsx")
    assert r.accepted, r.problems                  # the rest of the file loads
    facts = _facts(r)
    assert facts["ocop_products"][0] == 31
    # never 0, never empty: the total is not taken from the formula cell (its levels may give it)
    assert "tasks_managed" not in facts or facts["tasks_managed"][1].startswith("Tổng tính từ các cấp")
    reason = _ignored(r)["Tổng số nhiệm vụ KH&CN được quản lý (D6)"]
    assert why in reason and "Ô D6" in reason


def test_formula_computing_to_an_error_refuses_like_a_saved_error():
    r = ingest.examine(_report({"D6": 40, "D10": "=100*12/D11", "D11": 0}), "t.xlsx")
    assert not r.accepted and r.facts.empty
    [p] = [p for p in r.problems if p.rule == "formula_error"]
    assert (p.sheet, p.cell, p.value) == ("Biểu 01", "D10", "#DIV/0!")


def test_formulas_beyond_the_limit_are_set_aside(monkeypatch):
    monkeypatch.setattr(limits, "MAX_FORMULAS", 1)
    r = ingest.examine(_report({"D7": "=1+2", "D9": "=30+1"}), "t.xlsx")
    assert _facts(r)["tasks_managed_national"][0] == 3
    assert "ocop_products" not in _facts(r)
    assert "hơn 1 công thức" in _ignored(r)["Số sản phẩm OCOP (D9)"]


# --- totals and their parts ------------------------------------------------------------------

def _fact(indicator, value, cell, qualifier=""):
    return {"province_code": "14", "frame": "63", "indicator": indicator, "period": "2023", "period_start": None,
            "period_end": None, "period_kind": "year", "measure": "actual", "value": value, "unit": "nhiệm vụ",
            "qualifier": qualifier, "status": "reported", "sheet": "Biểu 01", "cell": cell, "quote": "", "note": None}


def test_total_given_only_by_its_levels_names_their_cells():
    facts = validate.derive_sums([_fact("tasks_managed_national", 3, "D7"), _fact("tasks_managed_provincial", 20, "D8"),
                                  _fact("tasks_managed_grassroots", 5, "D9")])
    [total] = [f for f in facts if f["indicator"] == "tasks_managed"]
    assert total["value"] == 28 and total["cell"] is None
    assert total["note"] == "Tổng tính từ các cấp (ô D7, D8, D9): 3 + 20 + 5 = 28."


def test_no_total_from_levels_with_a_qualifier():
    facts = validate.derive_sums([_fact("tasks_managed_national", 3, "D7"), _fact("tasks_managed_provincial", 20, "D8", "trên"),
                                  _fact("tasks_managed_grassroots", 5, "D9")])
    assert "tasks_managed" not in {f["indicator"] for f in facts}


@pytest.mark.parametrize("parts, rule", [
    ([("tasks_new", 10, "D7"), ("tasks_carried_over", 25, "D8")], None),                # trong đó: below the total
    ([("tasks_managed_national", 3, "D7"), ("tasks_managed_provincial", 20, "D8")], None),   # two of three levels
    ([("tasks_new", 12, "D7"), ("tasks_carried_over", 30, "D8")], "part_whole"),        # 42 > 40
    ([("tasks_managed_national", 3, "D7"), ("tasks_managed_provincial", 20, "D8"),
      ("tasks_managed_grassroots", 5, "D9")], "parts_total"),                           # all levels: 28 ≠ 40
    ([("tasks_managed_national", 5, "D7"), ("tasks_managed_provincial", 30, "D8"),
      ("tasks_managed_grassroots", 5, "D9")], None),                                    # all levels: 40 = 40
    ([("tasks_new", 10, "D7"), ("tasks_managed_national", 35, "D8")], None),            # different breakdowns
])
def test_parts_against_their_total(parts, rule):
    facts = [_fact("tasks_managed", 40, "D6")] + [_fact(*p) for p in parts]
    problems = validate.check_parts(validate.derive_sums(facts))
    assert [p.rule for p in problems] == ([rule] if rule else [])
    if rule:
        assert problems[0].cell == "D6"
        assert all(cell in problems[0].message_vi for _, _, cell in parts)


def test_a_level_above_the_total_is_named_at_the_level():
    problems = validate.check_parts([_fact("tasks_managed", 10, "D6"), _fact("tasks_managed_provincial", 12, "D8")])
    assert [(p.rule, p.cell) for p in problems] == [("part_whole", "D8")]


# --- CSV -----------------------------------------------------------------------------------------

TIDY = ("Tỉnh;Năm;Chỉ tiêu;Giá trị;Đơn vị\n"
        f"{MARK};;;;\n"
        "Sơn La;2022;Nhiệm vụ KH&CN được quản lý;41;nhiệm vụ\n"
        "Sơn La;2022;Tỷ lệ hồ sơ trực tuyến;65,4;%\n")


@pytest.mark.parametrize("encode", [
    lambda t: t.encode("utf-8"),
    lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"),
    lambda t: t.encode("utf-16"),
    lambda t: t.encode("utf-16-le"),                  # no byte-order mark
    lambda t: t.encode("utf-16-be"),
], ids=["utf8", "utf8-bom", "utf16", "utf16le-nobom", "utf16be-nobom"])
@pytest.mark.parametrize("sep", [";", ",", "\t"])
def test_csv_in_any_encoding_and_separator(encode, sep):
    text = TIDY.replace("65,4", '"65,4"' if sep == "," else "65,4").replace(";", sep)
    r = ingest.examine(encode(text), "bao-cao.csv")
    assert r.accepted, r.problems
    assert _facts(r)["tasks_managed"][0] == 41 and _facts(r)["online_dossier_rate"][0] == pytest.approx(65.4)
    assert set(r.facts.sheet) == {"bao-cao.csv"}


def test_windows_1258_tone_marks_are_composed():
    # Windows-1258 writes "ệ" as "ê" then the combining dot below (byte 0xF2)
    raw = "Nhiê\u0323m vu\u0323 KH&CN đươ\u0323c qua\u0309n ly\u0301".encode("cp1258")
    assert b"\xf2" in raw
    assert csv_reader.decode(raw) == "Nhiệm vụ KH&CN được quản lý"


def test_csv_fixture_in_windows_1258_reads_the_labels():
    r = ingest.examine((FILES / "tidy_cp1258_semicolon.csv").read_bytes(), "tidy_cp1258_semicolon.csv")
    assert r.accepted
    assert "Nhiệm vụ KH&CN được quản lý" in set(r.facts.quote)


def test_binary_named_csv_is_unreadable():
    r = ingest.examine(b"\x00\x01\x02garbage\x00" * 50, "x.csv")
    assert [p.rule for p in r.problems] == ["unreadable"]
    with pytest.raises(Unreadable):
        csv_reader.decode(b"abc\x00def")


def test_csv_beyond_the_limits_is_too_large(monkeypatch):
    monkeypatch.setattr(limits, "MAX_ROWS", 3)
    r = ingest.examine(TIDY.encode(), "lon.csv")
    [p] = r.problems
    assert (p.rule, p.sheet, p.cell) == ("too_large", "lon.csv", "E4")
    monkeypatch.setattr(limits, "MAX_ROWS", 1000)
    monkeypatch.setattr(limits, "MAX_COLUMNS", 4)
    assert ingest.examine(TIDY.encode(), "rong.csv").problems[0].rule == "too_large"
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 10)
    assert ingest.examine(TIDY.encode(), "nang.csv").problems[0].rule == "too_large"


# --- OpenDocument ----------------------------------------------------------------------------

def _ods(rows_xml: str) -> bytes:
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>'
               f'<table:table table:name="Biểu 01">{rows_xml}</table:table>'
               "</office:spreadsheet></office:body></office:document-content>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)
    return out.getvalue()


def _cell(v) -> str:
    if isinstance(v, (int, float)):
        return f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="string"><text:p>{escape(v)}</text:p></table:table-cell>'


def _row(*vals, repeat=1) -> str:
    rep = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    return f"<table:table-row{rep}>" + "".join(_cell(v) for v in vals) + "</table:table-row>"


def test_ods_empty_repeats_cost_nothing_and_content_far_away_is_too_large():
    head = _row("UBND TỈNH SƠN LA") + _row("BÁO CÁO NĂM 2023") + _row(MARK) + _row("STT", "Chỉ tiêu", "Thực hiện")
    body = _row(1, "Nhiệm vụ KH&CN được quản lý", 41)
    empty = ('<table:table-row table:number-rows-repeated="1048000">'
             '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>')
    r = ingest.examine(_ods(head + body + empty), "bao-cao.ods")
    assert r.accepted and _facts(r)["tasks_managed"][0] == 41
    far = '<table:table-row><table:table-cell table:number-columns-repeated="16383"/>' + _cell(5) + "</table:table-row>"
    r = ingest.examine(_ods(head + body + far), "bao-cao.ods")
    [p] = r.problems
    assert (p.rule, p.sheet, p.cell) == ("too_large", "Biểu 01", "XFD6")
    r = ingest.examine(_ods(head + body + _row(7, repeat=300_000)), "bao-cao.ods")
    assert r.problems[0].rule == "too_large"


def test_ods_fixture_reads_merges_percent_hidden_sheet_and_formula():
    book = workbook.read((FILES / "classic_kontum_2023.ods").read_bytes(), "classic_kontum_2023.ods")
    main, old = book.sheets
    assert old.hidden and not main.hidden
    assert main.merges and main.formats and main.computed
    assert ods_reader.excel_formula("of:=SUM([.E13:.E14]);[$'Biểu 02'.$C$5]") == "=SUM(E13:E14),'Biểu 02'!C5"


@pytest.mark.parametrize("odd", ["inf", "-inf", "nan"])
def test_ods_infinite_or_nan_header_cell_is_refused_with_a_message_not_a_traceback(odd):
    """office:value="inf" (a float a hand-written or damaged .ods may hold) in the header area: no
    year and no figure. int() of it raised OverflowError while the header was looked for (the
    upload crashed); now the file is read as one without that cell: here no indicator, a clear
    refusal naming the file."""
    cell = f'<table:table-cell office:value-type="float" office:value="{odd}"><text:p>{odd}</text:p></table:table-cell>'
    rows = (_row("UBND TỈNH NGHỆ AN") + _row("KẾT QUẢ KH&CN NĂM 2024") + _row(MARK)
            + f"<table:table-row>{_cell('Chỉ tiêu')}{cell}</table:table-row>"
            + _row("Số nhiệm vụ KH&CN được nghiệm thu", 24) + _row("Sản phẩm OCOP được công nhận", 40))
    r = ingest.examine(_ods(rows), "inf.ods")
    assert not r.accepted and r.problems and all(p.message_vi for p in r.problems)
    assert "inf.ods" in r.problems[0].message_vi


def test_damaged_ods_is_unreadable():
    data = _ods(_row("x"))
    r = ingest.examine(data[:len(data) // 2], "hong.ods")
    assert [p.rule for p in r.problems] == ["unreadable"]


# --- the command line takes them too ---------------------------------------------------------------

def test_command_line_reads_csv_and_ods(tmp_path):
    out = subprocess.run([sys.executable, "-m", "etl.ingest", str(FILES / "tidy_utf16_tab.csv"),
                          str(FILES / "classic_kontum_2023.ods"), "--dry-run", "--json"],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    results = json.loads(out.stdout)
    assert [r["status"] for r in results] == ["accepted", "accepted"]
    assert {f["indicator"] for f in results[1]["facts"]} >= {"tasks_managed", "online_dossier_rate"}


def test_a_report_starting_below_and_right_of_a1_is_read_at_its_own_cells():
    """Many offices leave the first rows and column empty: a report starting at B3 was read two
    rows and a column away from its merged headers and %-formats (calamine's empty area was padded
    twice) — most figures lost, the others stored under another period. Read here as at A1, each
    figure named by its own cell."""
    import io

    import openpyxl

    from etl import ingest
    from tests.fixtures.reports import MARK, facts

    def report(r0: int, c0: int) -> bytes:
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Biểu 01"
        rows = [["UBND TỈNH KON TUM"], [MARK], ["MỘT SỐ CHỈ TIÊU KHOA HỌC VÀ CÔNG NGHỆ"], [],
                ["TT", "Chỉ tiêu", "Đơn vị", "Kết quả thực hiện"],
                [None, None, None, 2022, 2023, "Ước TH 2024"],
                [1, "Số nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 27, 30, 32],
                [2, "Tỷ lệ TTHC cung cấp dịch vụ công mức độ 4", "%", 0.6, 0.955, 1]]
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                if v is not None:
                    ws.cell(r0 + i, c0 + j).value = v
        for j in range(3, 6):
            ws.cell(r0 + 7, c0 + j).number_format = "0.0%"
        letter = openpyxl.utils.get_column_letter
        ws.merge_cells(f"{letter(c0 + 3)}{r0 + 4}:{letter(c0 + 5)}{r0 + 4}")
        for j in range(3):
            ws.merge_cells(f"{letter(c0 + j)}{r0 + 4}:{letter(c0 + j)}{r0 + 5}")
        out = io.BytesIO()
        wb.save(out)
        return out.getvalue()

    at_a1 = ingest.examine(report(1, 1), "kontum.xlsx")
    at_b3 = ingest.examine(report(3, 2), "kontum.xlsx")
    assert at_a1.accepted and at_b3.accepted, [p.message_vi for p in at_b3.problems]
    assert facts(at_b3) == facts(at_a1)
    assert facts(at_b3)[("62", "63", "tthc_level4_rate", "2023-12-31", "actual")] == 95.5
    cells = dict(zip(zip(at_b3.facts["indicator"], at_b3.facts["period"]), at_b3.facts["cell"]))
    assert cells[("tasks_managed", "2023")] == "F9"
