"""Single value cells a real report holds that are not one plain figure (issue 8: "no file lost
for one cell"; "a wrong number is worse than a missing one"):

- "36/40 nhiệm vụ", "10-12", "dưới 5", "Đạt": that cell alone is set aside, its reason naming the
  file, sheet, cell and rule; the rest of the file loads;
- a rate typed 0.85 in a "%" row: 85 % when every rate around it is a fraction too, otherwise
  asked about (nothing stored for it), never stored as 0.85 % on a guess."""
from __future__ import annotations

import pytest

from etl import ingest
from tests.fixtures.layouts.workbooks import LAYOUTS
from tests.test_ingest_review import ACCEPTED, MANAGED, classic

RATE = "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến mức độ 4"
YEARS = ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2022", "Năm 2023"]


def _values(result) -> dict:
    return {(f.indicator, f.cell): f.value for f in result.facts.itertuples()}


def test_a_fraction_of_tasks_is_set_aside_alone_with_file_sheet_cell_and_rule():
    result = ingest.examine(LAYOUTS["cells_not_one_number"]()[0], "bao-cao-kon-tum.xlsx")
    assert result.accepted and not result.problems
    why = next(i for i in result.ignored if i.cell == "D8")
    assert why.rule == "not_one_number"
    for part in ("bao-cao-kon-tum.xlsx", "“Biểu 01”", "ô D8", "36/40 nhiệm vụ", "36 trên 40", "not_one_number"):
        assert part in why.reason_vi, (part, why.reason_vi)
    assert "tasks_accepted" not in set(result.facts.indicator)
    assert _values(result)[("tasks_managed", "D7")] == 40
    j = result.to_json()
    assert {"sheet": "Biểu 01", "cell": "D8", "rule": "not_one_number"}.items() <= next(
        i for i in j["ignored"] if i.get("cell") == "D8").items()


def test_qualified_figures_are_set_aside():
    result = ingest.examine(LAYOUTS["cells_not_one_number"]()[0], "c.xlsx")
    got = {f.indicator: (f.value, f.qualifier) for f in result.facts.itertuples()}
    # "~85": an approximation, no actual figure (wrong42; it was stored as 85 with its qualifier)
    assert "online_dossier_rate" not in got
    assert any(i.cell == "D11" and i.rule == "not_one_number" and "ước chừng" in i.reason_vi for i in result.ignored)
    # "≥ 90" is a bound, not a figure (batch 10): set aside alone, as "dưới 5" is
    assert "tthc_level4_rate" not in got
    assert any(i.cell == "D10" and i.rule == "not_one_number" for i in result.ignored)


@pytest.mark.parametrize("text", [
    "36/40", "36 / 40 nhiệm vụ", "10-12", "10 – 12", "từ 10 đến 12", "<5", "≤ 5", "dưới 5", "không quá 5",
    "Đạt", "đang thực hiện", "12 (3 cấp tỉnh)", "1/2/2023", "85%/90%", "?", "*", "10~12",
])
def test_no_cell_shape_refuses_the_file_or_crashes(text):
    result = ingest.examine(classic([[1, MANAGED, "nhiệm vụ", 40], [2, ACCEPTED, "nhiệm vụ", text]]), "k.xlsx")
    assert result.accepted, [(p.rule, p.message_vi) for p in result.problems]
    assert _values(result) == {("tasks_managed", "D6"): 40}
    aside = [i for i in result.ignored if i.cell == "D7"]
    assert len(aside) == 1 and aside[0].rule == "not_one_number" and "ô D7" in aside[0].reason_vi


@pytest.mark.parametrize("text", ["n/a", "N/A", "—", "-", "x", "X", "", "chưa có số liệu"])
def test_no_data_marks_stay_no_data(text):
    result = ingest.examine(classic([[1, MANAGED, "nhiệm vụ", 40], [2, ACCEPTED, "nhiệm vụ", text]]), "k.xlsx")
    assert result.accepted and _values(result) == {("tasks_managed", "D6"): 40}
    assert not any(i.rule for i in result.ignored)


def test_a_csv_cell_of_two_numbers_is_set_aside_the_same_way():
    data = ("Tỉnh;Năm;Chỉ tiêu;Giá trị\nSơn La;2023;Nhiệm vụ KH&CN được quản lý;40\n"
            "Sơn La;2023;Nhiệm vụ KH&CN được nghiệm thu;36/40\n").encode("utf-8")
    result = ingest.examine(data, "so-lieu.csv")
    assert result.accepted
    assert set(result.facts.indicator) == {"tasks_managed"}
    why = next(i for i in result.ignored if i.rule == "not_one_number")
    assert "so-lieu.csv" in why.reason_vi and "36/40" in why.reason_vi


def test_rates_a_sheet_writes_as_fractions_are_percent_with_a_note():
    result = ingest.examine(LAYOUTS["rates_typed_as_fractions"]()[0], "r.xlsx")
    notes = {f.cell: f.note for f in result.facts.itertuples() if f.indicator == "tthc_level4_rate"}
    assert "Tỷ lệ ghi dạng số thập phân (0,85)" in notes["D8"] and "lưu 85 %" in notes["D8"]
    assert not result.questions


def test_a_fraction_among_percentages_is_asked_not_stored():
    result = ingest.examine(LAYOUTS["rate_fraction_among_percentages"]()[0], "tong-hop.xlsx")
    assert result.accepted
    assert [(q.sheet, q.cell, q.rule, q.readings) for q in result.questions] == [("Số liệu", "D5", "rate_scale", (85.0, 0.85))]
    q = result.questions[0]
    for part in ("tong-hop.xlsx", "“Số liệu”", "ô D5", "85 % hay 0,85 %", "rate_scale", "ví dụ 85"):
        assert part in q.message_vi, (part, q.message_vi)
    assert not any(f.cell == "D5" for f in result.facts.itertuples())
    j = result.to_json()
    assert j["counts"]["questions"] == 1 and j["questions"][0]["cell"] == "D5"


def test_an_answered_question_is_stored_as_answered_with_a_note():
    """The uploader says which reading D5 means (the upload page's buttons, --answer): that value
    is stored, the fact's note says the uploader decided, and the answer travels with the result
    (logged with the upload). An answer that is neither reading changes nothing."""
    data = LAYOUTS["rate_fraction_among_percentages"]()[0]
    for answer, stored in ((85.0, 85.0), (0.85, 0.85)):
        result = ingest.examine(data, "tong-hop.xlsx", answers={"Số liệu!D5": answer})
        assert result.accepted and not result.questions
        d5 = next(f for f in result.facts.itertuples() if f.cell == "D5")
        assert (d5.province_code, d5.indicator, d5.value) == ("62", "tthc_level4_rate", pytest.approx(stored))
        assert "người tải lên xác nhận" in d5.note and "ghi 0,85" in d5.note
        assert result.to_json()["answers"] == {"Số liệu!D5": stored}
    for wrong in ({"Số liệu!D5": 8.5}, {"Số liệu!D6": 85.0}, {"Khác!D5": 85.0}):
        result = ingest.examine(data, "tong-hop.xlsx", answers=wrong)
        assert [q.key for q in result.questions] == ["Số liệu!D5"] and not result.answers_applied
        assert not any(f.cell == "D5" for f in result.facts.itertuples())


def test_an_answer_given_on_the_command_line_is_loaded_and_survives_a_rebuild(fresh_warehouse, tmp_path):
    import json
    import subprocess
    import sys

    from etl import build
    from metrics import store

    f = tmp_path / "tong-hop.xlsx"
    f.write_bytes(LAYOUTS["rate_fraction_among_percentages"]()[0])

    def kon_tum_rate():
        with store.reader(fresh_warehouse) as con:
            return con.execute("SELECT value, note FROM facts WHERE indicator='tthc_level4_rate' AND province_code='62' "
                               "AND source_kind='report'").fetchall()

    run = subprocess.run([sys.executable, "-m", "etl.ingest", str(f), "--db", str(fresh_warehouse), "--json",
                          "--answer", "Số liệu!D5=85"], capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)[0]
    assert out["questions"] == [] and out["answers"] == {"Số liệu!D5": 85.0}
    assert [(v, "xác nhận là 85 %" in n) for v, n in kon_tum_rate()] == [(85.0, True)]
    build.build(fresh_warehouse)   # the log keeps the answer: the rebuild reads the file the same way
    assert [v for v, _ in kon_tum_rate()] == [85.0]
    bad = subprocess.run([sys.executable, "-m", "etl.ingest", str(f), "--db", str(fresh_warehouse), "--answer", "D5=abc"],
                         capture_output=True, text=True, timeout=180)
    assert bad.returncode == 2 and "TRANG!Ô=GIÁ_TRỊ" in bad.stderr


def test_a_lone_rate_below_one_is_asked():
    """One rate, no other to compare: 0,85 % and 85 % are both possible; nothing is stored."""
    result = ingest.examine(classic([[1, RATE, "%", 0.85], [2, MANAGED, "nhiệm vụ", 40]]), "k.xlsx")
    assert result.accepted and [q.cell for q in result.questions] == ["D6"]
    assert set(result.facts.indicator) == {"tasks_managed"}


@pytest.mark.parametrize("rows, stored, asked", [
    ([[1, RATE, "%", 0.85, 0.92]], {"D6": 85, "E6": 92}, []),                   # the row: fractions
    ([[1, RATE, "%", 0.85, 72.4]], {"E6": 72.4}, ["D6"]),                       # the row: percentages
    ([[1, RATE, "%", 85, 90], [2, "Tỷ lệ hồ sơ trực tuyến", "%", 0.5, 60]], {"D6": 85, "E6": 90, "E7": 60}, ["D7"]),
    ([[1, RATE, "%", 1, 1]], {}, ["D6", "E6"]),                                 # 1 and 1: 1 % or 100 %?
    ([[1, RATE, "%", 0, 0.5]], {"D6": 0}, ["E6"]),                              # 0 tells nothing
    ([[1, RATE, "%", 1, 0.95]], {"D6": 100, "E6": 95}, []),
    ([[1, RATE, "%", (0.85, "0.0%"), 72.4]], {"D6": 85, "E6": 72.4}, []),        # %-formatted: explicit
    ([[1, RATE, "%", "0,85%", 72.4]], {"D6": 0.85, "E6": 72.4}, []),            # "%" typed: explicit
])
def test_a_rate_below_one_is_read_only_on_the_sheets_evidence(rows, stored, asked):
    result = ingest.examine(classic(rows, header=YEARS), "k.xlsx")
    assert result.accepted, [(p.rule, p.message_vi) for p in result.problems]
    assert {c: v for (i, c), v in _values(result).items() if i != "tasks_managed"} == pytest.approx(stored)
    assert [q.cell for q in result.questions] == asked


# --- a cell of another kind where a figure belongs (issue 8: "no file lost for one cell") -----

def test_a_date_a_boolean_a_time_or_a_percentage_count_is_set_aside_alone():
    """A date, a count typed into a date-formatted cell (45 shows 14/02/1900), TRUE, a time, and
    12 % where a count belongs: each cell alone is not taken, named with file, sheet, cell and
    rule; the figures beside them load."""
    result = ingest.examine(LAYOUTS["cells_of_another_kind"]()[0], "bao-cao-son-la.xlsx")
    assert result.accepted and not result.problems, [(p.rule, p.cell) for p in result.problems]
    assert _values(result) == {("tasks_managed", "D7"): 52, ("online_dossier_rate", "D13"): 64}
    aside = {i.cell: i for i in result.ignored if i.rule}
    assert {c: i.rule for c, i in aside.items()} == {"D8": "not_one_number", "D9": "not_one_number",
                                                      "D10": "not_one_number", "D11": "not_one_number",
                                                      "D12": "unit"}
    for cell in ("D8", "D9", "D10", "D11"):
        for part in ("bao-cao-son-la.xlsx", "“Biểu 02”", f"ô {cell}", "not_one_number"):
            assert part in aside[cell].reason_vi, (part, aside[cell].reason_vi)
    assert "“15/12/2024” là một ngày tháng" in aside["D8"].reason_vi
    assert "đổi định dạng ô từ Ngày sang Số" in aside["D9"].reason_vi   # the count typed in a date cell
    assert "“TRUE” là giá trị đúng/sai" in aside["D10"].reason_vi
    for part in ("“Biểu 02”", "ô D12", "“12%”", "tổ chức", "unit"):
        assert part in aside["D12"].reason_vi, (part, aside["D12"].reason_vi)
    j = result.to_json("en")
    assert {"sheet": "Biểu 02", "cell": "D12", "rule": "unit"}.items() <= next(
        i for i in j["ignored"] if i.get("cell") == "D12").items()
    assert "is a date" in next(i for i in j["ignored"] if i.get("cell") == "D8")["reason"]


def test_money_in_an_undeclared_unit_is_set_aside_never_stored_as_the_indicators_unit():
    """520.000 USD is not 520.000 tỷ đồng, and 830 triệu đồng on a row of tasks
    accepted is funding, not 830 tasks: each cell alone is not taken (rule unit), naming the unit;
    a declared scale (25.400 triệu đồng = 25,4 tỷ đồng) is converted."""
    result = ingest.examine(LAYOUTS["money_in_other_units"]()[0], "bao-cao-son-la.xlsx")
    assert result.accepted and not result.problems, [(p.rule, p.cell) for p in result.problems]
    values = _values(result)
    assert values[("tasks_managed", "D7")] == 52 and values[("st_budget", "D8")] == pytest.approx(25.4)
    assert {k[0] for k in values} == {"tasks_managed", "st_budget"}
    aside = {i.cell: i for i in result.ignored if i.rule}
    assert {c: i.rule for c, i in aside.items()} == {"D9": "unit", "D10": "unit"}
    for part in ("“Biểu 03”", "ô D9", "“USD”", "tỷ đồng", "quy tắc unit"):
        assert part in aside["D9"].reason_vi, (part, aside["D9"].reason_vi)
    assert "“triệu đồng” là một số tiền" in aside["D10"].reason_vi


@pytest.mark.parametrize("label, unit, value, said", [
    ("Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến mức độ 4", "thủ tục", 60, "là một số đếm"),   # a count, not its rate
    ("Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", "hồ sơ", 1250, "là một số đếm"),
    ("Số thủ tục hành chính thuộc thẩm quyền của Sở", "%", 70, "là phần trăm"),               # a rate, not the count
    ("Xếp hạng PII", "điểm", 45.2, "là điểm số"),                                               # a score, not a rank
    ("Nhiệm vụ KH&CN được nghiệm thu", "phần trăm", 80, "là phần trăm"),
])
def test_a_unit_of_another_kind_of_measure_is_set_aside_never_stored(label, unit, value, said):
    """The unit column says the figure is another kind of measure than the row's indicator: that
    cell alone is not taken (rule unit), naming the unit; a spelling of the indicator's own kind of
    unit ("NV", "Tỷ lệ %", "hạng", "đề tài") is read as its own."""
    result = ingest.examine(classic([[1, MANAGED, "NV", 40], [2, label, unit, value],
                                     [3, "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", "Tỷ lệ %", 72.5],
                                     [4, "Nhiệm vụ KH&CN được nghiệm thu", "đề tài", 11]] if "nghiệm thu" not in label else
                                    [[1, MANAGED, "NV", 40], [2, label, unit, value]]), "k.xlsx")
    assert result.accepted, [(p.rule, p.message_vi) for p in result.problems]
    aside = [i for i in result.ignored if i.cell == "D7"]
    assert len(aside) == 1 and aside[0].rule == "unit" and f"“{unit}” {said}" in aside[0].reason_vi, aside
    assert "D7" not in {f.cell for f in result.facts.itertuples()}
    kept = _values(result)
    assert kept[("tasks_managed", "D6")] == 40
    if "nghiệm thu" not in label:
        assert kept[("online_dossier_rate", "D8")] == 72.5 and kept[("tasks_accepted", "D9")] == 11


@pytest.mark.parametrize("value", [True, False])
def test_a_tidy_sheet_with_a_boolean_value_loads_its_other_rows(value):
    from tests.test_ingest_review import MARK, workbook

    rows = [[MARK], ["Tỉnh", "Năm", "Chỉ tiêu", "Giá trị"], ["Sơn La", 2023, "Nhiệm vụ KH&CN được quản lý", 40],
            ["Sơn La", 2023, "Nhiệm vụ KH&CN được nghiệm thu", value], ["Lai Châu", 2023, "Nhiệm vụ KH&CN được quản lý", 21]]
    result = ingest.examine(workbook([("Số liệu", rows)]), "t.xlsx")
    assert result.accepted, [(p.rule, p.cell) for p in result.problems]
    assert sorted(result.facts.value) == [21, 40]
    assert [(i.cell, i.rule) for i in result.ignored if i.rule] == [("D4", "not_one_number")]


def test_a_file_that_breaks_a_validation_rule_is_still_refused_whole_beside_such_a_cell():
    """Setting a cell aside never loosens a refusal: parts above their whole, a duplicate with
    another value, a range, "1,250" (1,25 or 1.250: the file's separators are in doubt, so every
    figure typed as text is) still refuse the file and write nothing."""
    import datetime

    date = datetime.datetime(2024, 3, 1)
    cases = {
        "part_whole": [[1, MANAGED, "nhiệm vụ", 30], [2, ACCEPTED, "nhiệm vụ", 45], [3, "Tổ chức KH&CN", "tổ chức", date]],
        "range": [[1, MANAGED, "nhiệm vụ", -3], [2, ACCEPTED, "nhiệm vụ", True]],
        "ambiguous_number": [[1, MANAGED, "nhiệm vụ", "1,250"], [2, ACCEPTED, "nhiệm vụ", date]],
        "duplicate": [[1, MANAGED, "nhiệm vụ", 30], [2, MANAGED, "nhiệm vụ", 31], [3, ACCEPTED, "nhiệm vụ", True]],
    }
    for rule, body in cases.items():
        result = ingest.examine(classic(body), "k.xlsx")
        assert result.status == "rejected" and [p.rule for p in result.problems] == [rule], (rule, result.problems)
        assert result.facts.empty
        assert all(i.rule == "not_one_number" for i in result.ignored if i.rule)   # still listed, not a problem
