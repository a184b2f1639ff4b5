"""wrong45 (issue #8, "a wrong number is worse than a missing one"): readings that stored a wrong number on
main — a title naming a result period and a plan's, a title naming two provinces, a count said of one actor
among several — each with the smallest realistic report (tests/fixtures/reports.py, read by `etl.ingest.examine`
as an upload is) and the honest neighbours that must keep reading the same."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, examine, facts, head, reasons, taken

NGHE_AN = "40"
COUNT = ["STT", "Chỉ tiêu", "ĐVT", "Số lượng"]
ACCEPTED = ["1", "Số nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ"]


# --- 1. a title naming the results' period and then a plan's ----------------------------------------------

@pytest.mark.parametrize("title, period", [
    ("KẾT QUẢ NĂM 2024 - KẾ HOẠCH 6 THÁNG ĐẦU NĂM 2025", "2024"),
    ("Kết quả thực hiện năm 2024 và kế hoạch 6 tháng đầu năm 2025", "2024"),
    ("KẾT QUẢ NĂM 2024 - PHƯƠNG HƯỚNG NĂM 2025", "2024"),
    ("KẾT QUẢ 6 THÁNG ĐẦU NĂM 2025 VÀ KẾ HOẠCH 6 THÁNG CUỐI NĂM 2025", "2025-S1"),
    # the work to come named "nhiệm vụ" after "và"
    ("KẾT QUẢ NĂM 2024 VÀ NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2025", "2024"),
    ("KẾT QUẢ 6 THÁNG ĐẦU NĂM 2025 VÀ NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025", "2025-S1"),
])
def test_an_undated_column_under_a_result_and_plan_title_is_the_results_period(title, period):
    """WRONG: "KẾT QUẢ NĂM 2024 - KẾ HOẠCH 6 THÁNG ĐẦU NĂM 2025" over a single "Số lượng" column stored 2024's 12
    tasks accepted as 2024-01/2025-06; "… năm 2024 và kế hoạch 6 tháng đầu năm 2025" as the first half of 2025,
    "… 6 THÁNG ĐẦU NĂM 2025 VÀ KẾ HOẠCH 6 THÁNG CUỐI NĂM 2025" as the second half: the plan's period (or both
    read as one span) was given to the results. The results come first: their period is the column's."""
    got = taken(examine(head("Nghệ An", title) + [COUNT, ACCEPTED + [12]]))
    assert got == {(NGHE_AN, "63", "tasks_accepted", period, "actual"): 12}


@pytest.mark.parametrize("title", ["KẾT QUẢ NĂM 2024, KẾ HOẠCH NĂM 2025",
                                   "Kết quả thực hiện năm 2024 và kế hoạch 6 tháng đầu năm 2025"])
def test_probe_columns_naming_the_result_and_the_plan_keep_their_own_periods(title):
    """Columns that name their own periods ("Thực hiện năm 2024 | Kế hoạch 6 tháng đầu năm 2025") read as before:
    the result of 2024 and the plan of the half."""
    got = taken(examine(head("Nghệ An", title) + [
        ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2024", "Kế hoạch 6 tháng đầu năm 2025"], ACCEPTED + [12, 7]]))
    assert got == {(NGHE_AN, "63", "tasks_accepted", "2024", "actual"): 12,
                   (NGHE_AN, "63", "tasks_accepted", "2025-S1", "plan"): 7}


@pytest.mark.parametrize("title, period", [
    ("KẾT QUẢ 6 THÁNG ĐẦU NĂM 2025 VÀ KẾ HOẠCH NĂM 2025", "2025-S1"),   # the plan's year holds the half
    ("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024", "2024"),
    ("KẾT QUẢ NĂM 2024, KẾ HOẠCH NĂM 2025", "2024"),
    # "nhiệm vụ" naming the tasks done, no work to come
    ("KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024", "2024"),
])
def test_probe_titles_of_one_result_period_read_as_before(title, period):
    got = taken(examine(head("Nghệ An", title) + [COUNT, ACCEPTED + [12]]))
    assert got == {(NGHE_AN, "63", "tasks_accepted", period, "actual"): 12}


def test_probe_a_range_of_years_is_still_a_range():
    """"KẾT QUẢ GIAI ĐOẠN 2021-2025 VÀ ĐỀ XUẤT GIAI ĐOẠN 2026-2030" (review38a) keeps its results' range."""
    got = taken(examine(head("Nghệ An", "KẾT QUẢ GIAI ĐOẠN 2021-2025 VÀ ĐỀ XUẤT GIAI ĐOẠN 2026-2030")
                        + [COUNT, ACCEPTED + [60]]))
    assert {k[3] for k in got} == {"2021/2025"}


# --- 2. a title naming two provinces over one column -------------------------------------------------------

TWO = "SỐ LIỆU KH&CN TỈNH VĨNH LONG VÀ TỈNH BẾN TRE NĂM 2023"
VINH_LONG, BEN_TRE = "86", "83"


@pytest.mark.parametrize("title", [TWO, "SỐ LIỆU KH&CN CỦA TỈNH VĨNH LONG VÀ TỈNH BẾN TRE NĂM 2023",
                                   "SỐ LIỆU KH&CN TỈNH VĨNH LONG, BẾN TRE VÀ TRÀ VINH NĂM 2023"])
@pytest.mark.parametrize("issuer", [True, False])
def test_a_figure_of_two_provinces_named_in_the_title_is_no_ones(title, issuer):
    """WRONG: "SỐ LIỆU KH&CN TỈNH VĨNH LONG VÀ TỈNH BẾN TRE NĂM 2023" over "Số lượng | 30" stored the two former
    provinces' 30 tasks as the former Vĩnh Long's (under "UBND TỈNH VĨNH LONG"), without the issuer as Bến Tre's.
    The figure is theirs together: set aside, saying so."""
    top = head("Vĩnh Long", title) if issuer else [["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK], [title], []]
    got = examine(top + [COUNT, ACCEPTED + [30]])
    assert facts(got) == {}
    assert "nêu nhiều tỉnh" in reasons(got) and "số chung của các tỉnh" in reasons(got)


def test_a_sentence_under_a_title_of_two_provinces_is_no_ones():
    """The same title over "Năm 2023, nghiệm thu 30 nhiệm vụ KH&CN." stored 30 as the former Vĩnh Long's."""
    assert facts(examine(head("Vĩnh Long", TWO) + [["Năm 2023, nghiệm thu 30 nhiệm vụ KH&CN."]])) == {}


def test_probe_columns_naming_each_province_give_each_its_own():
    got = taken(examine(head("Vĩnh Long", TWO) + [["STT", "Chỉ tiêu", "ĐVT", "Vĩnh Long", "Bến Tre"],
                                                  ACCEPTED + [30, 20]]))
    assert got == {(VINH_LONG, "63", "tasks_accepted", "2023", "actual"): 30,
                   (BEN_TRE, "63", "tasks_accepted", "2023", "actual"): 20}


@pytest.mark.parametrize("title, code", [
    ("SỐ LIỆU KH&CN TỈNH VĨNH LONG NĂM 2023", VINH_LONG),
    # wrong43: a former province the issuer absorbed, named alone, is whose the figures are
    ("SỐ LIỆU KH&CN TỈNH BẾN TRE NĂM 2023", BEN_TRE),
])
def test_probe_a_title_naming_one_province_reads_as_before(title, code):
    got = taken(examine(head("Vĩnh Long", title) + [COUNT, ACCEPTED + [30]]))
    assert got == {(code, "63", "tasks_accepted", "2023", "actual"): 30}


def test_probe_the_merged_province_after_the_merger_names_its_former_ones_in_brackets():
    """"TỈNH VĨNH LONG (GỒM VĨNH LONG, BẾN TRE, TRÀ VINH CŨ)": the brackets name what the new province covers."""
    got = taken(examine(head("Vĩnh Long", "SỐ LIỆU KH&CN TỈNH VĨNH LONG (GỒM VĨNH LONG, BẾN TRE, TRÀ VINH CŨ) "
                                          "6 THÁNG CUỐI NĂM 2025") + [COUNT, ACCEPTED + [30]]))
    assert got == {(VINH_LONG, "34", "tasks_accepted", "2025-S2", "actual"): 30}


# --- 3. a count said of one body among several ---------------------------------------------------------------

REPORT_2024 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"
TASKS_2024 = ("40", "63", "tasks_accepted", "2024", "actual")


def _said(text: str, table: bool):
    rows = [["STT", "Nội dung"], ["1", text]] if table else [[text]]
    return examine(head("Nghệ An", REPORT_2024) + rows)


@pytest.mark.parametrize("text", [
    "Năm 2024, Sở nghiệm thu 12 nhiệm vụ; các huyện nghiệm thu 18 nhiệm vụ",
    "Năm 2024, Sở KH&CN đã nghiệm thu 12 nhiệm vụ KH&CN; các huyện nghiệm thu 18 nhiệm vụ cấp cơ sở.",
    "Năm 2024, các huyện nghiệm thu 18 nhiệm vụ cấp cơ sở; Sở nghiệm thu 12 nhiệm vụ.",
    "Năm 2024, cấp tỉnh nghiệm thu 12 nhiệm vụ, cấp cơ sở nghiệm thu 18 nhiệm vụ.",
])
@pytest.mark.parametrize("table", [True, False])
def test_a_count_said_of_one_body_among_several_is_no_province_total(text, table):
    """WRONG: "Năm 2024, Sở KH&CN đã nghiệm thu 12 nhiệm vụ KH&CN; các huyện nghiệm thu 18 nhiệm vụ cấp cơ sở."
    stored the department's 12 as the province's tasks accepted in 2024 (the plain "Sở … 12; các huyện … 18" refused
    the honest file: two values of one fact). Each body's count is its share: neither is the province's total."""
    assert TASKS_2024 not in facts(_said(text, table))


@pytest.mark.parametrize("text, read", [
    # one body alone: the department's report on its own work, as before
    ("Năm 2024, Sở nghiệm thu 12 nhiệm vụ", {TASKS_2024: 12}),
    # the province's whole said beside its bodies' shares keeps its figure
    ("Năm 2024, toàn tỉnh nghiệm thu 30 nhiệm vụ; trong đó Sở nghiệm thu 12 nhiệm vụ, các huyện nghiệm thu 18 "
     "nhiệm vụ.", {TASKS_2024: 30}),
    # two bodies counting different things: no shares of one whole
    ("Năm 2024, Sở nghiệm thu 12 nhiệm vụ; các huyện công nhận 5 sản phẩm OCOP.",
     {TASKS_2024: 12, ("40", "63", "ocop_products", "2024", "actual"): 5}),
    # fix45: a level inside a clause is no body ("cấp tỉnh và 14"): the total beside its levels keeps its figure
    ("Năm 2024, Sở đã tổ chức quản lý 57 nhiệm vụ KH&CN, gồm: 02 nhiệm vụ cấp quốc gia, 41 nhiệm vụ cấp tỉnh và 14 "
     "nhiệm vụ cấp cơ sở.", None),
    # levels typed right before their figures: the whole's breakdown, as before
    ("Năm 2024, nghiệm thu 30 nhiệm vụ KH&CN (cấp tỉnh: 12; cấp cơ sở: 18).",
     {TASKS_2024: 30, ("40", "63", "tasks_accepted_provincial", "2024", "actual"): 12}),
])
@pytest.mark.parametrize("table", [True, False])
def test_probe_one_body_or_a_whole_with_its_shares_reads_as_before(text, read, table):
    got = taken(_said(text, table))
    if read is None:   # the whole and its levels
        read = {("40", "63", "tasks_managed", "2024", "actual"): 57,
                ("40", "63", "tasks_managed_national", "2024", "actual"): 2,
                ("40", "63", "tasks_managed_provincial", "2024", "actual"): 41,
                ("40", "63", "tasks_managed_grassroots", "2024", "actual"): 14}
    assert got == read
