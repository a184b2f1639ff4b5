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
              "Chênh lệch", "Tăng/giảm", "Dự báo", "Lũy kế", "LuyKe", "Điều chỉnh", "Ước đạt (%)", "Thực hiện (%)"]


@pytest.mark.parametrize("word", NOT_ACTUAL)
def test_an_exports_row_of_a_ratio_another_period_or_a_forecast_is_no_actual(word):
    """WRONG: "KH | 80" then "<word> | 59" stored 59 as the half's enterprises supported (as reported, or as an
    estimate for "Tỷ lệ ước đạt/KH", "Ước đạt (%)"): a percent of plan, last year's half, a difference, a forecast.
    The plan is kept, the row set aside saying its word."""
    got = _export([("KH", 80), (word, 59)])
    assert _measures(got) == {("plan", "reported"): 80}
    assert word.replace("/", "/") in reasons(got) and "không phải số liệu thực hiện của kỳ" in reasons(got)


@pytest.mark.parametrize("word", ["So sánh (%)", "Cùng kỳ năm trước", "Chênh lệch", "Lũy kế", "Ước đạt (%)"])
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
