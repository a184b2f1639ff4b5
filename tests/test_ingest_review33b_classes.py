"""review33b (issue #8, precision 1.00): this session's new reading rules (recall33, mend33) probed with other
realistic reports a Sở KH&CN types, before and after the 1 July 2025 merger — each probe a wrong number the
rule stored, or an honest figure it lost, with the smallest report (tests/fixtures/reports.py, read by
`etl.ingest.examine` as an upload is)."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import OCOP_ROW, OCOP_VALID_ROW, TASKS_ACCEPTED_ROW, examine, facts, head, reasons, table

BUDGET_ROW = ["3", "Chi ngân sách nhà nước cho KH&CN", "triệu đồng"]


def _noted(note: str):
    return table(OCOP_ROW + [40], TASKS_ACCEPTED_ROW + [18], BUDGET_ROW + [25000], [], [None, note])


# --- 1. a note under the table: its subject ----------------------------------------------------------------------

@pytest.mark.parametrize("note", [
    "Ghi chú: Số liệu thực hiện năm 2024 là số kế hoạch",          # "thực hiện": the tasks run's word
    "Ghi chú: Số liệu kết quả năm 2024 là số kế hoạch",
    "Ghi chú: Số liệu hoạt động KH&CN năm 2024 là số kế hoạch",
    "Ghi chú: Số liệu KH&CN năm 2024 là số kế hoạch",              # every S&T figure's: the OCOP row too
    "Ghi chú: Số liệu Sở KH&CN năm 2024 là số kế hoạch",
    "(*) Số liệu nhiệm vụ và kinh phí năm 2024 là số kế hoạch",    # two subjects: the task budget's row alone
    "Ghi chú: Số liệu kinh phí và nhiệm vụ không bao gồm cấp cơ sở",
    "Ghi chú: Số liệu cấp tỉnh không bao gồm cấp huyện",
])
def test_a_note_of_other_words_than_one_subject_is_the_whole_tables(note):
    """WRONG: "Ghi chú: Số liệu thực hiện năm 2024 là số kế hoạch" under a table of 2024 stored its 40 OCOP
    products, 18 tasks accepted and 25.000 triệu đồng — the year's plans — as actuals: "thực hiện" is a word of
    the tasks run, so the note was read as theirs alone (recall33's subject rule). A note's subject is one of
    the declared subjects alone ("kinh phí", "nhiệm vụ", "sản phẩm OCOP"); any other words, the whole table's
    — as main read them."""
    got = _noted(note)
    assert facts(got) == {}, note
    assert note in reasons(got)


@pytest.mark.parametrize("note, aside", [
    ("Ghi chú: Số liệu kinh phí năm 2024 là số kế hoạch", "st_budget"),
    ("Ghi chú: Số liệu ngân sách năm 2024 là số kế hoạch", "st_budget"),
    ("Ghi chú: Số liệu nhiệm vụ năm 2024 là số liệu 9 tháng", "tasks_accepted"),
])
def test_probe_a_note_of_one_subject_still_sets_aside_only_its_rows(note, aside):
    stored = {k[2] for k in facts(_noted(note))}
    assert stored == {"ocop_products", "tasks_accepted", "st_budget"} - {aside}


# --- 2. years down the rows, a bare count read with the title over the table ----------------------------------

def _years_down(title: str, columns=("Năm", "Số nhiệm vụ", "Kinh phí (triệu đồng)")):
    return examine(head("Nghệ An", title) + [list(columns), ["2022", 10, 1500], ["2023", 12, 1800],
                                              ["2024", 14, 2000]], name="r.xlsx")


@pytest.mark.parametrize("title", [
    "NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU LŨY KẾ GIAI ĐOẠN 2022-2024",   # running totals: 10, 12, 14 to date
    "SỐ NHIỆM VỤ KH&CN ĐÃ NGHIỆM THU TÍNH ĐẾN NĂM 2024",
    "NHIỆM VỤ KH&CN CHẬM NGHIỆM THU GIAI ĐOẠN 2022-2024",          # late: not accepted
])
def test_years_down_under_a_running_total_or_late_tasks_store_no_year(title):
    """WRONG: "Năm | Số nhiệm vụ | Kinh phí" under "NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU LŨY KẾ GIAI ĐOẠN 2022-2024"
    stored the running totals 10, 12, 14 as the tasks accepted IN 2022, 2023 and 2024 (recall33's title rule
    read a flow's header with a title saying "lũy kế" / "tính đến"); under "… CHẬM NGHIỆM THU …" the tasks
    late for their evaluation were stored as the tasks accepted (the matcher took "chậm nghiệm thu" at 0.97).
    Main refused these files whole; nothing is stored now either."""
    assert facts(_years_down(title)) == {}


def test_probe_years_down_under_the_years_accepted_still_read():
    got = _years_down("NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU GIAI ĐOẠN 2022-2024")
    assert {k[2:4]: v for k, v in facts(got).items()} == {
        ("tasks_accepted", "2022"): 10, ("tasks_accepted", "2023"): 12, ("tasks_accepted", "2024"): 14}


@pytest.mark.parametrize("label", ["Số nhiệm vụ KH&CN chậm nghiệm thu", "Nhiệm vụ KH&CN cấp tỉnh chậm nghiệm thu",
                                   "Nhiệm vụ cấp quốc gia nghiệm thu chậm", "Nhiệm vụ KH&CN cấp tỉnh chưa nghiệm thu"])
def test_tasks_late_for_their_evaluation_are_no_tasks_accepted(label):
    """WRONG on main too: "Nhiệm vụ KH&CN chậm nghiệm thu | 5" stored as the tasks accepted (and each level's)."""
    got = table(["1", label, "nhiệm vụ", 5], OCOP_ROW + [40])
    assert not any(k[2].startswith("tasks_accepted") for k in facts(got)), label


# --- 3. "tiến hành" as "thực hiện": what is done TO tasks ---------------------------------------------------------

@pytest.mark.parametrize("label", ["Số nhiệm vụ KH&CN tiến hành thẩm định",       # appraised (proposals)
                                   "Số nhiệm vụ tiến hành giao trực tiếp",        # assigned without a call
                                   "Nhiệm vụ tiến hành điều chỉnh"])              # adjusted
def test_tasks_something_is_done_to_are_no_tasks_managed(label):
    """WRONG: with "tiến hành" read as "thực hiện" (recall33) these were taken as every task managed ("thực hiện
    thẩm định" …: 0.87–0.96) and their 5 stored as the year's tasks run; main suggested or left them. The
    operation alone is read, as main did."""
    got = table(["1", label, "nhiệm vụ", 5], OCOP_ROW + [40])
    assert not any(k[2].startswith("tasks_managed") for k in facts(got)), label


def test_probe_tasks_being_carried_out_still_the_tasks_managed():
    got = table(["1", "Số nhiệm vụ KH&CN đang tiến hành trong năm", "nhiệm vụ", 112], OCOP_ROW + [40])
    assert {k[2]: v for k, v in facts(got).items()} == {"tasks_managed": 112, "ocop_products": 40}


# --- 4. the former provinces by their initials, no column of the whole -------------------------------------------

@pytest.mark.parametrize("first", ["Thực hiện 2025", "Năm 2025"])
def test_former_initials_without_a_whole_column_are_no_plan(first):
    """WRONG (main too; recall33 fixed it only beside "Toàn tỉnh"): the new Khánh Hòa's "Thực hiện 2025 | KH cũ |
    NT cũ" stored the former Khánh Hòa's 40 OCOP products as the new province's 2025 PLAN ("KH", kế hoạch). The
    initials name the two former provinces exactly: no plan — unread; the 70 of the year stays."""
    got = table(OCOP_ROW + [70, 40, 30], columns=(first, "KH cũ", "NT cũ"), province="Khánh Hòa",
                title="BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025")
    assert facts(got) == {("56", "34", "ocop_products", "2025", "actual"): 70}


def test_probe_former_initials_beside_the_whole_before_the_merger_are_their_own():
    got = table(OCOP_ROW + [70, 40, 30], columns=("Toàn tỉnh", "GL cũ", "BĐ cũ"), province="Gia Lai",
                title="BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024")
    assert facts(got) == {("64", "63", "ocop_products", "2024", "actual"): 40,
                          ("52", "63", "ocop_products", "2024", "actual"): 30}


def test_probe_a_note_on_the_valid_ocop_products_sets_aside_their_stock_only():
    """"Số liệu sản phẩm OCOP còn hiệu lực tính đến ngày 30/11/2024": the stock counted to 30/11 is no stock at
    31/12 (aside); the year's 40 products recognized and 18 tasks accepted stay."""
    note = "Ghi chú: Số liệu sản phẩm OCOP còn hiệu lực tính đến ngày 30/11/2024"
    got = table(OCOP_ROW + [40], OCOP_VALID_ROW + [120], TASKS_ACCEPTED_ROW + [18], [], [None, note])
    assert {k[2]: v for k, v in facts(got).items()} == {"ocop_products": 40, "tasks_accepted": 18}
