"""blind62 (issue #8): the classes batch 62 (five-year and multi-year summaries of the northern midlands and
mountains) found, each with the smallest realistic report (tests/fixtures/reports.py, read by `etl.ingest.examine`
as an upload is), and beside it the near misses that must stay as they are.

1. A report dated before the merger (its place-and-date line, before 1/7/2025) is its province of that day, whatever
   span its title runs to: the former Phú Thọ's "SƠ KẾT 4 NĂM … GIAI ĐOẠN 2021 - 2025" of 20/02/2025 was read as the
   merged province and every figure of 2021–2024 set aside (36 lost).
2. A title naming two spans of results ("… GIAI ĐOẠN 2016 - 2020 VÀ 2021 - 2024") names no one period: read as the
   first, the later span's rows were set aside as "after the report's period" (15 lost).
3. A total right of consecutive years ("Năm 2021 … Năm 2024 | Tổng cộng", "Tổng 2021-2024") is the span's total,
   read where it is the sum of a flow's years: it was set aside as a total over provinces.
4. PII editions down the rows under "Điểm | Xếp hạng": the rank takes the row's edition — it took the title's span
   ("… GIAI ĐOẠN 2023 - 2025"): PII 2025's rank stored as the rank of 2023/2025 (a wrong period).
"""
from __future__ import annotations

from metrics import periods
from tests.fixtures.reports import LABEL_UNIT_HEADER as H, OCOP_ROW, TASKS_ACCEPTED_ROW, examine, head, reasons, \
    taken

RESEARCHERS_ROW = ["3", "Người làm nghiên cứu khoa học", "người"]
YEARS = ["Năm 2021", "Năm 2022", "Năm 2023", "Năm 2024"]


def _dated(province: str, title: str, date_line: str, rows: list, merges: tuple = ()):
    """A department's report with its place-and-date line under the motto's place (row 4)."""
    top = head(province, title)
    top.insert(3, [None, None, None, date_line])
    return examine(top + rows, merges=merges, name="report.xlsx")


def _of(stored: dict, province: str, frame: str) -> dict:
    """{(indicator, period): value} of one province in one frame."""
    return {(k[2], k[3]): v for k, v in stored.items() if k[0] == province and k[1] == frame}


# --- 1. a report written before the merger is its province of that day --------------------------------------------

REVIEW_2021_2025 = "BÁO CÁO SƠ KẾT 4 NĂM THỰC HIỆN NHIỆM VỤ KH&CN GIAI ĐOẠN 2021 - 2025"
FOUR_YEARS = [H + YEARS, OCOP_ROW + [38, 45, 52, 41], TASKS_ACCEPTED_ROW + [18, 22, 20, 25]]


def test_a_mid_term_review_dated_before_the_merger_is_the_former_province():
    """LOST before: dated 20/02/2025, "UBND TỈNH PHÚ THỌ" under a title running to 2025 was read as the merged
    province: 2021 … 2024 set aside as the merged territory's. They are the former Phú Thọ's (frame 63)."""
    got = _of(taken(_dated("Phú Thọ", REVIEW_2021_2025, "Phú Thọ, ngày 20 tháng 02 năm 2025", FOUR_YEARS)), "25", "63")
    assert got == {("ocop_products", "2021"): 38, ("ocop_products", "2022"): 45, ("ocop_products", "2023"): 52,
                   ("ocop_products", "2024"): 41, ("tasks_accepted", "2021"): 18, ("tasks_accepted", "2022"): 22,
                   ("tasks_accepted", "2023"): 20, ("tasks_accepted", "2024"): 25}


def test_every_province_whose_name_the_merged_one_kept():
    """The same for Thái Nguyên (with Bắc Kạn), Tuyên Quang (with Hà Giang), written in the first half of 2025."""
    for province, code, day in (("Thái Nguyên", "19", "ngày 14 tháng 3 năm 2025"),
                                ("Tuyên Quang", "08", "ngày 30 tháng 6 năm 2025")):
        got = _of(taken(_dated(province, REVIEW_2021_2025, f"{province}, {day}", FOUR_YEARS)), code, "63")
        assert got[("ocop_products", "2021")] == 38 and got[("tasks_accepted", "2024")] == 25, province


def test_a_review_dated_after_the_merger_stays_the_merged_province():
    """Probe: the same table dated 20/01/2026 is the merged Thái Nguyên's, its 2021 … 2024 the merged territory's —
    set aside as before, never the former province's."""
    got = _dated("Thái Nguyên", REVIEW_2021_2025, "Thái Nguyên, ngày 20 tháng 01 năm 2026", FOUR_YEARS)
    assert not (taken(got) if got.accepted else {})
    assert "là tỉnh sau sắp xếp" in reasons(got)


def test_provinces_that_did_not_change_or_lost_their_name_read_as_before():
    """Probes: Sơn La (unchanged) and Bắc Giang (merged into Bắc Ninh) dated 20/02/2025 — their own years."""
    for province, code in (("Sơn La", "14"), ("Bắc Giang", "24")):
        got = _of(taken(_dated(province, REVIEW_2021_2025, f"{province}, ngày 20 tháng 02 năm 2025", FOUR_YEARS)),
                  code, "63")
        assert got[("ocop_products", "2023")] == 52, province


# --- 2. a title naming two spans of results names no one period ---------------------------------------------------

YEARS_DOWN = [["Năm", "Nhiệm vụ KH&CN được nghiệm thu (nhiệm vụ)", "Chi NSNN cho KH&CN (triệu đồng)"],
              [2019, 26, 53500], [2020, 25, 55900], [2021, 28, 58400], [2022, 27, 60250],
              ["Cộng 2021-2022", 55, 118650]]


def test_two_spans_of_results_in_a_title_are_no_one_period():
    assert periods.from_text("MỘT SỐ KẾT QUẢ HOẠT ĐỘNG KH&CN GIAI ĐOẠN 2016 - 2020 VÀ 2021 - 2024") is None
    assert periods.from_text("SO SÁNH GIAI ĐOẠN 2016-2020 VỚI GIAI ĐOẠN 2021-2025") is None


def test_the_later_spans_years_down_the_rows_are_read():
    """LOST before: under "… GIAI ĐOẠN 2016 - 2020 VÀ 2021 - 2022" the rows of 2021, 2022 and their subtotal were
    "after the report's period (2016–2020)": a target, set aside."""
    got = _of(taken(_dated("Thái Nguyên", "MỘT SỐ KẾT QUẢ HOẠT ĐỘNG KH&CN GIAI ĐOẠN 2016 - 2020 VÀ 2021 - 2022",
                           "Thái Nguyên, ngày 14 tháng 03 năm 2023", YEARS_DOWN)), "19", "63")
    assert got[("tasks_accepted", "2021")] == 28 and got[("tasks_accepted", "2022")] == 27
    assert got[("tasks_accepted", "2021/2022")] == 55 and got[("st_budget", "2022")] == 60.25
    assert got[("tasks_accepted", "2019")] == 26


def test_a_span_then_the_next_spans_plan_stays_the_first():
    """Probes: the results' span then the plan's ("phương hướng", "kế hoạch", "tầm nhìn") is the results'."""
    for title in ("TỔNG KẾT GIAI ĐOẠN 2021-2025 VÀ PHƯƠNG HƯỚNG GIAI ĐOẠN 2026-2030",
                  "TỔNG KẾT GIAI ĐOẠN 2021-2025, KẾ HOẠCH GIAI ĐOẠN 2026-2030",
                  "Chương trình KH&CN giai đoạn 2021-2025, tầm nhìn đến năm 2030",
                  "GIAI ĐOẠN 2021 - 2025"):
        assert periods.from_text(title).notation == "2021/2025", title


# --- 3. a total right of consecutive years is the span's -----------------------------------------------------------

FOUR_YEARS_TITLE = "TỔNG HỢP KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ 4 NĂM 2021 - 2024"


def _years_table(total_header: str, *rows, years=YEARS):
    return examine(head("Hòa Bình", FOUR_YEARS_TITLE) + [H + list(years) + [total_header], *rows], name="report.xlsx")


def test_a_bare_total_right_of_the_years_is_their_span():
    """LOST before: "Năm 2021 … Năm 2024 | Tổng cộng": the four years' sum set aside as a total over provinces."""
    for header in ("Tổng cộng", "Tổng số", "Cộng", "Tổng 4 năm"):
        got = _of(taken(_years_table(header, OCOP_ROW + [35, 42, 48, 51, 176], TASKS_ACCEPTED_ROW + [16, 18, 17, 20, 71])),
                  "17", "63")
        assert got[("ocop_products", "2021/2024")] == 176 and got[("tasks_accepted", "2021/2024")] == 71, header
        assert got[("ocop_products", "2024")] == 51


def test_a_total_naming_its_span_is_that_span():
    """LOST before: "Tổng 2021-2024", "Tổng cộng 2021-2024" were totals over provinces ("Cộng 2021-2024" was read)."""
    for header in ("Tổng 2021-2024", "Tổng cộng 2021-2024", "Tổng cộng giai đoạn 2021 - 2024"):
        got = _of(taken(_years_table(header, OCOP_ROW + [35, 42, 48, 51, 176])), "17", "63")
        assert got[("ocop_products", "2021/2024")] == 176, header


def test_a_stocks_sum_over_the_years_is_no_figure():
    """Probe: the researchers (a stock at each year's end) summed under "Tổng cộng": set aside, saying so — never a
    second value of 2024's stock (the honest file was refused with an explicit "Cộng 2023-2024")."""
    got = _years_table("Tổng cộng", OCOP_ROW + [35, 42, 48, 51, 176], RESEARCHERS_ROW + [1920, 2010, 2085, 2150, 8165])
    stored = _of(taken(got), "17", "63")
    assert stored[("researchers", "2024-12-31")] == 2150 and not any(p == "2021/2024" for i, p in stored if i == "researchers")
    assert "cộng các kỳ bên trái" in reasons(got)


def test_a_total_that_is_not_the_years_sum_or_not_beside_years_only_stays_unread():
    """Probes: a figure that is not the sum of the row's years; years with a gap; "Tổng 4 năm" over three years;
    a plan among the columns — the total is no span's figure."""
    got = _of(taken(_years_table("Tổng cộng", OCOP_ROW + [35, 42, 48, 51, 180])), "17", "63")
    assert ("ocop_products", "2021/2024") not in got and got[("ocop_products", "2021")] == 35
    gap = ["Năm 2020", "Năm 2022", "Năm 2023", "Năm 2024"]
    got = _of(taken(_years_table("Tổng cộng", OCOP_ROW + [35, 42, 48, 51, 176], years=gap)), "17", "63")
    assert not any("/" in p for _, p in got)
    got = _of(taken(_years_table("Tổng 4 năm", OCOP_ROW + [42, 48, 51, 141], years=YEARS[1:])), "17", "63")
    assert not any("/" in p for _, p in got)
    got = _of(taken(_years_table("Tổng cộng", OCOP_ROW + [35, 42, 48, 50, 51, 226],
                                 years=YEARS[:3] + ["Kế hoạch 2024", "Năm 2024"])), "17", "63")
    assert not any("/" in p for _, p in got)


def test_a_total_beside_provinces_stays_a_total_over_them():
    """Probe: "Sơn La | Điện Biên | Tổng cộng" under a year: no span, the provinces' own figures."""
    got = taken(examine(head("Sơn La", "KẾT QUẢ NĂM 2024 CÁC TỈNH TÂY BẮC") + [
        H + ["Sơn La", "Điện Biên", "Tổng cộng"], OCOP_ROW + [40, 30, 70]], name="report.xlsx"))
    assert {(k[0], k[3]): v for k, v in got.items()} == {("14", "2024"): 40, ("11", "2024"): 30}


# --- 4. PII editions down the rows: the rank takes the row's edition -----------------------------------------------

PII_HEADER = [["Năm công bố", "Phú Thọ (cũ)", None, "Vĩnh Phúc (cũ)", None, "Tỉnh Phú Thọ (sau sắp xếp)", None],
              [None, "Điểm", "Xếp hạng", "Điểm", "Xếp hạng", "Điểm", "Xếp hạng"]]
PII_ROWS = [["PII 2023", 41.29, 20, 44.1, 13, "-", "-"], ["PII 2024", 42.05, 19, 45.31, 12, "-", "-"],
            ["PII 2025", "-", "-", "-", "-", 48.76, 9]]
PII_MERGES = ("A7:A8", "B7:C7", "D7:E7", "F7:G7")


def _pii(title: str, day: str):
    return _dated("Phú Thọ", title, f"Phú Thọ, {day}", PII_HEADER + PII_ROWS, PII_MERGES)


def test_a_rank_under_a_titles_span_takes_its_rows_edition():
    """WRONG before: dated 28/03/2026 under "… (PII) GIAI ĐOẠN 2023 - 2025", PII 2025's rank 9 of the merged Phú Thọ
    was stored as its rank of 2023/2025; the former Phú Thọ's ranks of 2023 and 2024 were set aside as shares of the
    span. Each rank is its row's edition's, on 63 until PII 2024 and on 34 from PII 2025."""
    stored = taken(_pii("KẾT QUẢ CHỈ SỐ ĐỔI MỚI SÁNG TẠO CẤP ĐỊA PHƯƠNG (PII) GIAI ĐOẠN 2023 - 2025",
                        "ngày 28 tháng 03 năm 2026"))
    assert _of(stored, "25", "34") == {("pii_score", "2025"): 48.76, ("pii_rank_34", "2025"): 9}
    assert _of(stored, "25", "63") == {("pii_score", "2023"): 41.29, ("pii_rank", "2023"): 20,
                                       ("pii_score", "2024"): 42.05, ("pii_rank", "2024"): 19}
    assert _of(stored, "26", "63")[("pii_rank", "2024")] == 12


def test_ranks_under_a_title_naming_no_span_read_as_before():
    """REFUSED before: the same rows under a title with no period ("… QUA CÁC NĂM"): the ranks, their edition hidden
    by the field's words, had no period and the honest file was refused ("Không xác định được kỳ báo cáo"). Each
    edition's score and rank."""
    stored = taken(_pii("KẾT QUẢ CHỈ SỐ ĐỔI MỚI SÁNG TẠO CẤP ĐỊA PHƯƠNG (PII) QUA CÁC NĂM", "ngày 28 tháng 03 năm 2026"))
    assert _of(stored, "25", "63")[("pii_rank", "2024")] == 19
    assert _of(stored, "25", "34")[("pii_rank_34", "2025")] == 9
