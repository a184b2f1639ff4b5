"""wrong48 (issue #8, "a wrong number is worse than a missing one"): a row's word in a "Loại số liệu" / "Nội dung"
column saying its figure is no actual of the row's period — a ratio ("So sánh (%)", "Ước đạt so với KH (%)"), another
period ("Cùng kỳ năm trước"), a difference, a forecast, a total to date, a percent of a count — was stored as the
period's actual (an unknown word fell to the neutral "Giá trị", which reads as one). Each report is the smallest
realistic one (tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload is), with the honest neighbours
that must keep reading the same."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, examine, facts, head, reasons

EXPORT = ["DonVi", "MaChiTieu", "TenChiTieu", "DonViTinh", "KyBaoCao", "NamBaoCao", "LoaiSoLieu", "GiaTri", "GhiChu"]
ENTERPRISES = "Số doanh nghiệp được hỗ trợ hoạt động KH&CN"
LEVEL4 = "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến mức độ 4"


def _export(rows: list[tuple[str, int]], label: str = ENTERPRISES, unit: str = "Doanh nghiệp"):
    """The new Cần Thơ's reporting software's export of the first half of 2026: one line per (kind, value)."""
    from etl import ingest

    lines = [";".join(EXPORT)] + [";".join(["Sở KH&CN TP Cần Thơ", "KHCN05", label, unit, "6T", "2026", kind,
                                            str(v), MARK]) for kind, v in rows]
    return ingest.examine(("\ufeff" + "\n".join(lines) + "\n").encode(), "cantho_moi_6t2026_phan_mem.csv")


def _table(rows: list[tuple[str, int]], label: str = ENTERPRISES, unit: str = "Doanh nghiệp"):
    """The same figures typed in a department's sheet: the label merged down its lines, "Nội dung" saying each."""
    top = head("Cần Thơ", "BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2026") + [["STT", "Chỉ tiêu", "ĐVT", "Nội dung", "Giá trị"]]
    body = [["1", label, unit, kind, v] if i == 0 else [None, None, None, kind, v] for i, (kind, v) in enumerate(rows)]
    first, last = len(top) + 1, len(top) + len(rows)
    return examine(top + body, merges=(f"B{first}:B{last}", f"C{first}:C{last}"))


def _measures(got) -> dict:
    assert got.accepted, [p.message_vi for p in got.problems]
    f = got.facts
    return {(m, s): v for m, s, v in zip(f.measure, f.status, f.value)}


NOT_ACTUAL = ["Ước đạt so với KH (%)", "So sánh ước TH/KH (%)", "Tỷ lệ ước đạt/KH", "UocDatSoVoiKH", "So sánh",
              "SoSanh", "Ước TH so cùng kỳ (%)", "Cùng kỳ năm trước", "CungKy", "Cùng kỳ 2025", "Kỳ trước",
              "Chênh lệch", "Tăng/giảm", "Dự báo", "Điều chỉnh", "Ước đạt (%)", "Thực hiện (%)"]


@pytest.mark.parametrize("word", NOT_ACTUAL)
def test_an_exports_row_of_a_ratio_another_period_or_a_forecast_is_no_actual(word):
    """WRONG: "KH | 80" then "<word> | 59" stored 59 as the half's enterprises supported (as reported, or as an
    estimate for "Tỷ lệ ước đạt/KH", "Ước đạt (%)"): a percent of plan, last year's half, a difference, a forecast.
    The plan is kept, the row set aside saying its word."""
    got = _export([("KH", 80), (word, 59)])
    assert _measures(got) == {("plan", "reported"): 80}
    assert word.replace("/", "/") in reasons(got) and "không phải số liệu thực hiện của kỳ" in reasons(got)


@pytest.mark.parametrize("word", ["So sánh (%)", "Cùng kỳ năm trước", "Chênh lệch", "Ước đạt (%)"])
def test_a_sheets_line_of_a_ratio_or_last_year_under_the_actual_is_set_aside(word):
    """WRONG (alone): "Kế hoạch | 80" and "<word> | 59" stored 59 as the half's actual. Beside "Thực hiện | 47" the
    honest file was refused as two values of one fact (47 and 59); now the 47 is read and the line set aside."""
    assert _measures(_table([("Kế hoạch", 80), (word, 59)])) == {("plan", "reported"): 80}
    got = _table([("Kế hoạch", 80), ("Thực hiện", 47), (word, 59)])
    assert _measures(got) == {("plan", "reported"): 80, ("actual", "reported"): 47}
    assert "không phải số liệu thực hiện của kỳ" in reasons(got)


@pytest.mark.parametrize("word, status", [("TH", "reported"), ("Thực hiện", "reported"), ("Kết quả", "reported"),
                                          ("Giá trị", "reported"), ("Chính thức", "reported"),
                                          ("Ước thực hiện", "estimated"), ("UocTinh", "estimated"),
                                          ("Ước đạt", "estimated")])
def test_probe_an_actuals_and_an_estimates_word_still_read(word, status):
    assert _measures(_export([("KH", 80), (word, 47)])) == {("plan", "reported"): 80, ("actual", status): 47}


@pytest.mark.parametrize("word, status", [("Thực hiện (%)", "reported"), ("TH (%)", "reported"),
                                          ("Ước TH (%)", "estimated")])
def test_probe_a_rates_percent_is_its_figure(word, status):
    """The share of procedures at level 4: its own figure is a percent ("Thực hiện (%)" = 85 %)."""
    got = _export([("KH", 90), (word, 85)], label=LEVEL4, unit="%")
    assert _measures(got) == {("plan", "reported"): 90, ("actual", status): 85}


def test_probe_no_marker_column_reads_as_before():
    """A sheet with no "Nội dung" column: the value column's figure is the half's (as on base)."""
    rows = head("Cần Thơ", "BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2026") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Giá trị"], ["1", ENTERPRISES, "Doanh nghiệp", 47]]
    assert [v for (_, _, i, _, m), v in facts(examine(rows)).items() if m == "actual"] == [47]


def _tidy(period: str, label: str = "Sáng kiến được công nhận", unit: str = "Sáng kiến"):
    """A tidy sheet (province | period | indicator | unit | value): the half's enterprises, then a line whose period
    cell is `period`."""
    return examine([[MARK], ["Tỉnh/thành phố", "Kỳ báo cáo", "Chỉ tiêu", "Đơn vị tính", "Giá trị"],
                    ["Cần Thơ", "6 tháng đầu năm 2026", ENTERPRISES, "Doanh nghiệp", 47],
                    ["Cần Thơ", period, label, unit, 59]])


@pytest.mark.parametrize("period", ["6 tháng đầu năm 2026 so với cùng kỳ (%)", "So sánh 2026/2025",
                                    "Tăng/giảm so với 2025", "Dự báo năm 2026", "Năm 2026 (dự báo)",
                                    "Ước đạt năm 2026 (%)"])
def test_a_tidy_rows_period_of_a_ratio_a_difference_or_a_forecast_is_no_actual(period):
    """WRONG: 59 initiatives stored as the half's or 2026's or 2025's actual ("Tăng/giảm so với 2025" as 2025's): the
    period cell's words said a ratio, a difference, a forecast, a percent of a count. Set aside, the rest read."""
    got = _tidy(period)
    assert {i: v for (_, _, i, _, m), v in facts(got).items()} == {"enterprises_supported": 47}
    # (a comparison of two years was already set aside as such, on base too)
    assert "không phải số liệu thực hiện của kỳ" in reasons(got) or "so sánh/tỷ lệ" in reasons(got)


@pytest.mark.parametrize("period, want", [("Năm 2025", ("2025", 59)), ("6 tháng đầu năm 2026", ("2026-S1", 59)),
                                          ("Ước thực hiện năm 2026", ("2026", 59))])
def test_probe_a_tidy_rows_plain_or_estimated_period_reads(period, want):
    got = {p: v for (_, _, i, p, m), v in facts(_tidy(period)).items() if i == "initiatives_recognized"}
    assert got == {want[0]: want[1]}


def test_probe_a_tidy_rates_percent_period_is_its_figure():
    got = facts(_tidy("Ước đạt năm 2026 (%)", label=LEVEL4, unit="%"))
    assert [v for (_, _, i, p, m), v in got.items() if i == "tthc_level4_rate"] == [59]


def _columns(*headers: str, values=((47, 96), (30, 88))):
    """Nghệ An's 2025 report, two count rows under `headers`."""
    rows = head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025") + [["STT", "Chỉ tiêu", "ĐVT", *headers],
        ["1", ENTERPRISES, "Doanh nghiệp", *values[0][:len(headers)]],
        ["2", "Sáng kiến được công nhận", "Sáng kiến", *values[1][:len(headers)]]]
    return examine(rows)


@pytest.mark.parametrize("headers", [("Kế hoạch 2025", "Ước đạt (%)"), ("Kế hoạch 2025", "TH năm 2025 (%)"),
                                     ("KH", "Thực hiện (%)"), ("Thực hiện (%)",), ("Năm 2025 (%)",)])
def test_a_percent_column_over_counts_is_no_count(headers):
    """WRONG: "Kế hoạch 2025 | Ước đạt (%)" over "Số doanh nghiệp được hỗ trợ | Doanh nghiệp | 47 | 96" stored 96
    enterprises supported in 2025 (the share of the plan achieved); "Năm 2025 (%)" alone stored its percents as
    counts. A percent column's cells are set aside on a count's row (rule unit), the plan kept."""
    got = _columns(*headers)
    assert not [k for k in facts(got) if k[4] == "actual"]


@pytest.mark.parametrize("headers, want", [(("Năm 2025",), 47), (("Kế hoạch 2025", "Thực hiện 2025"), 96)])
def test_probe_count_columns_without_a_percent_read(headers, want):
    got = facts(_columns(*headers))
    assert [v for k, v in got.items() if k[2] == "enterprises_supported" and k[4] == "actual"] == [want]


def test_probe_a_rates_percent_column_reads():
    rows = head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện (%)"], ["1", LEVEL4, "%", 86]]
    assert [v for k, v in facts(examine(rows)).items() if k[2] == "tthc_level4_rate"] == [86]


@pytest.mark.parametrize("label", ["Số nhiệm vụ KH&CN được nghiệm thu / tổng số nhiệm vụ",
                                   "Số nhiệm vụ KH&CN được nghiệm thu trên tổng số nhiệm vụ đến hạn",
                                   "Nhiệm vụ được nghiệm thu/tổng số nhiệm vụ"])
def test_a_label_of_a_count_over_a_total_is_no_count(label):
    """WRONG: "Số nhiệm vụ KH&CN được nghiệm thu / tổng số nhiệm vụ | 96" stored 96 tasks accepted in 2025 (the share
    accepted): the total's words fell out of the comparison and the label matched exactly. Set aside, saying so."""
    rows = head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2025"], ["1", label, "", 96], ["2", "Sáng kiến được công nhận", "Sáng kiến", 30]]
    got = examine(rows)
    assert {k[2] for k in facts(got)} == {"initiatives_recognized"}
    assert "trên tổng số" in reasons(got)


@pytest.mark.parametrize("label, code", [("Tỷ lệ TTHC cung cấp DVC trực tuyến mức độ 4/tổng số TTHC", "tthc_level4_rate"),
                                         ("Đề tài/dự án được nghiệm thu", "tasks_accepted"),
                                         ("Tổng số nhiệm vụ KH&CN được quản lý", "tasks_managed")])
def test_probe_a_rate_over_its_total_and_a_slash_between_kinds_still_match(label, code):
    from etl.labels import match_label

    assert match_label(label).indicator == code
