"""Last session's "possibly wrong" readings, settled (issue #8, wrong26): each is probed with the smallest
realistic report, built here with tests/fixtures/reports.py, marked as test data and read by
`etl.ingest.examine` as an upload is. A wrong number's class test asserts what is stored (or that it is
not) and, beside it, the honest neighbours the fix must not touch; a reading found right is pinned."""
from __future__ import annotations

from tests.fixtures.reports import LABEL_UNIT_HEADER as H, MARK, examine, reasons as _reasons, taken

HT, BN, AG = "42", "24", "91"   # Hà Tĩnh; the new Bắc Ninh (frame 34); the new An Giang (frame 34)
Y24 = "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2024"
Y25 = "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2025"
Q3_24 = "Báo cáo kết quả hoạt động khoa học và công nghệ 9 tháng năm 2024"
MANAGED = ["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ"]
ACCEPTED = ["2", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ"]


def _head(province: str, title: str) -> list[list]:
    return [[f"UBND TỈNH {province.upper()}"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK], [title], []]


def _report(title: str, rows: list[list], province: str = "Hà Tĩnh"):
    return examine(_head(province, title) + rows)


def _statuses(result) -> dict:
    f = result.facts
    return {(p, i, per, m): s for p, i, per, m, s in zip(f.province_code, f.indicator, f.period, f.measure, f.status)}


# --- 4. an estimate's mark on a former province's column (was wrong) --------------------------------------

def test_an_estimated_former_territorys_column_is_its_share_not_the_merged_provinces():
    """"Toàn tỉnh | Địa bàn Bắc Giang (cũ) (ước)" in the new Bắc Ninh's 2025 report: with its "(ước)" the
    former territory's column was no province's, so its 70 was stored as the new Bắc Ninh's estimate and
    "Toàn tỉnh" (150) left unread; with a former Bắc Ninh's "(ước)" column too the honest file was refused
    (two values). Now the share is set aside as without the mark, the whole province's figure taken as
    reported: the mark does not leak onto "Toàn tỉnh" (etl/headers.py header_role)."""
    r = _report(Y25, [H + ["Toàn tỉnh", "Địa bàn Bắc Giang (cũ) (ước)"], MANAGED + [150, 70], ACCEPTED + [40, 18]],
                province="Bắc Ninh")
    assert taken(r) == {(BN, "34", "tasks_managed", "2025", "actual"): 150,
                        (BN, "34", "tasks_accepted", "2025", "actual"): 40}
    assert set(_statuses(r).values()) == {"reported"}
    assert "Bắc Giang (cũ) (ước)" in _reasons(r)
    r = _report(Y25, [H + ["Toàn tỉnh", "Địa bàn Bắc Ninh (cũ) (ước)", "Địa bàn Bắc Giang (cũ) (ước)"],
                      MANAGED + [150, 80, 70], ACCEPTED + [40, 22, 18]], province="Bắc Ninh")
    assert taken(r) == {(BN, "34", "tasks_managed", "2025", "actual"): 150,
                        (BN, "34", "tasks_accepted", "2025", "actual"): 40}


def test_probe_an_estimate_mark_stays_where_it_is_written():
    """Where it must not fire: "Toàn tỉnh (ước)" beside a former territory is the whole province's
    estimate (an estimate's note with no "(cũ)", "Khánh Hòa (ước)", still names no province: batch 43's
    probe, left as it was)."""
    r = _report(Y25, [H + ["Toàn tỉnh (ước)", "Địa bàn Bắc Giang (cũ)"], MANAGED + [150, 70], ACCEPTED + [40, 18]],
                province="Bắc Ninh")
    assert taken(r) == {(BN, "34", "tasks_managed", "2025", "actual"): 150,
                        (BN, "34", "tasks_accepted", "2025", "actual"): 40}
    assert set(_statuses(r).values()) == {"estimated"}


# --- 5. a running total's column marked as the plan (was wrong) -------------------------------------------

def test_a_running_totals_column_marked_as_the_plan_is_the_plan():
    """"Lũy kế cùng kỳ năm 2023 (KH)", "Lũy kế cùng kỳ năm 2023 (kế hoạch)" and "Lũy kế 9 tháng năm 2024
    (KH)" were stored as actuals: "Lũy kế" counted as a result's word before the plan's mark was read."""
    for plan_col, actual_col, plan_p, actual_p in (
            ("Lũy kế cùng kỳ năm 2023 (KH)", "Lũy kế 9 tháng năm 2024", "2023-01/2023-09", "2024-01/2024-09"),
            ("Lũy kế cùng kỳ năm 2023 (kế hoạch)", "Lũy kế 9 tháng năm 2024", "2023-01/2023-09", "2024-01/2024-09"),
            ("Lũy kế 9 tháng năm 2024 (KH)", "Lũy kế cùng kỳ năm 2023", "2024-01/2024-09", "2023-01/2023-09")):
        got = taken(_report(Q3_24, [H + [actual_col, plan_col], MANAGED + [60, 55]]))
        assert got == {(HT, "63", "tasks_managed", actual_p, "actual"): 60,
                       (HT, "63", "tasks_managed", plan_p, "plan"): 55}, plan_col


def test_probe_running_totals_and_their_results_stay_actuals():
    """Where it must not fire: "Lũy kế 9 tháng năm 2024 | Lũy kế cùng kỳ năm 2023" are two actuals, and
    "Lũy kế thực hiện 9 tháng năm 2024" beside "Kế hoạch năm 2024" stays an actual."""
    got = taken(_report(Q3_24, [H + ["Lũy kế 9 tháng năm 2024", "Lũy kế cùng kỳ năm 2023"], MANAGED + [60, 55]]))
    assert got == {(HT, "63", "tasks_managed", "2024-01/2024-09", "actual"): 60,
                   (HT, "63", "tasks_managed", "2023-01/2023-09", "actual"): 55}
    got = taken(_report(Q3_24, [H + ["Kế hoạch năm 2024", "Lũy kế thực hiện 9 tháng năm 2024"], MANAGED + [70, 60]]))
    assert got == {(HT, "63", "tasks_managed", "2024", "plan"): 70,
                   (HT, "63", "tasks_managed", "2024-01/2024-09", "actual"): 60}


# --- 1. a row label naming another year than its column (was wrong) --------------------------------------

def test_a_label_naming_another_year_than_its_column_is_set_aside():
    """"Số nhiệm vụ được tổ chức đánh giá, nghiệm thu năm 2023 | 9" under "Năm 2024" (or under "Năm 2023 |
    Năm 2024", its figure in 2024's): the label read as surely whole as without its year, its year was
    lost and 2023's 9 tasks stored as 2024's. Which year cannot be told: set aside with the reason, the
    row beside it still read (etl/row_labels.py trailing_year, etl/walk.py _why_set_aside)."""
    label = "Số nhiệm vụ được tổ chức đánh giá, nghiệm thu năm 2023"
    r = _report(Y24, [H + ["Năm 2024"], ["1", label, "nhiệm vụ", 9], MANAGED + [60]])
    assert taken(r) == {(HT, "63", "tasks_managed", "2024", "actual"): 60}
    assert "nhãn ghi năm 2023 nhưng cột ghi kỳ Năm 2024" in _reasons(r)
    r = _report(Y24, [H + ["Năm 2023", "Năm 2024"], ["1", label, "nhiệm vụ", None, 9], MANAGED + [50, 60]])
    assert taken(r) == {(HT, "63", "tasks_managed", "2023", "actual"): 50,
                        (HT, "63", "tasks_managed", "2024", "actual"): 60}


def test_probe_a_labels_own_year_or_a_year_read_as_its_period_is_kept():
    """Where it must not fire: the label's year is the column's ("… nghiệm thu năm 2024" under "Năm
    2024"), or read as the row's period as it always was ("Số nhiệm vụ được nghiệm thu năm 2023" is
    2023's)."""
    got = taken(_report(Y24, [H + ["Năm 2024"], ["1", "Số nhiệm vụ được tổ chức đánh giá, nghiệm thu năm 2024",
                                                 "nhiệm vụ", 9]]))
    assert got == {(HT, "63", "tasks_accepted", "2024", "actual"): 9}
    got = taken(_report(Y24, [H + ["Năm 2024"], ["1", "Số nhiệm vụ được nghiệm thu năm 2023", "nhiệm vụ", 9],
                              MANAGED + [60]]))
    assert got == {(HT, "63", "tasks_accepted", "2023", "actual"): 9, (HT, "63", "tasks_managed", "2024", "actual"): 60}


# --- 2. OCOP products to 31/12/2024 in a 2025 report's column (right) ---------------------------------------

def test_ocop_products_to_the_end_of_2024_under_2025_are_not_stored():
    """Judged right: "Sản phẩm OCOP được công nhận (lũy kế đến 31/12/2024) | 312" under "Năm 2025" is
    stored neither at 31/12/2024 nor at the column's date: set aside with the reason (review20a's rule on
    a note's other date), the row beside it read."""
    r = _report(Y25, [H + ["Năm 2025"], ["1", "Sản phẩm OCOP được công nhận (lũy kế đến 31/12/2024)", "sản phẩm", 312],
                      MANAGED + [60]])
    assert taken(r) == {(HT, "34", "tasks_managed", "2025", "actual"): 60}
    assert "tính đến năm 2024 nhưng cột ghi kỳ Năm 2025" in _reasons(r)


# --- 3. a note that the figures are two former provinces' together (was wrong before the merger) ------------

NOTE_TWO_FORMERS = "(Số liệu tổng hợp của tỉnh An Giang và tỉnh Kiên Giang trước sắp xếp)"


def test_two_former_provinces_summed_before_the_merger_are_no_provinces_figure():
    """Under "UBND TỈNH AN GIANG", a report on 2024 (or the first half of 2025) whose note, under the table
    or the title, says its figures are the former An Giang's and Kiên Giang's together was stored as the
    former An Giang's: the merged territory's, no province's of then — set aside with the reason
    (etl/walk.py _formers_summed)."""
    for title, col in ((Y24, "Năm 2024"),
                       ("Báo cáo kết quả hoạt động khoa học và công nghệ 6 tháng đầu năm 2025", "6 tháng đầu năm 2025")):
        r = _report(title, [H + [col], MANAGED + [120], ACCEPTED + [41], [NOTE_TWO_FORMERS]], province="An Giang")
        assert r.accepted and r.facts.empty, title
        assert "không thuộc tỉnh nào trước sắp xếp" in _reasons(r)
    r = examine(_head("An Giang", Y24)[:4] + [[NOTE_TWO_FORMERS], [], H + ["Năm 2024"], MANAGED + [120]])
    assert r.accepted and r.facts.empty


def test_probe_the_merged_provinces_year_and_one_former_province_are_kept():
    """Where it must not fire (judged right as read): the same note on 2025 is the merged An Giang's year;
    without it, or naming one province, 2024's report is the former An Giang's."""
    got = taken(_report(Y25, [H + ["Năm 2025"], MANAGED + [120], [NOTE_TWO_FORMERS]], province="An Giang"))
    assert got == {(AG, "34", "tasks_managed", "2025", "actual"): 120}
    got = taken(_report(Y24, [H + ["Năm 2024"], MANAGED + [70]], province="An Giang"))
    assert got == {("89", "63", "tasks_managed", "2024", "actual"): 70}
    got = taken(_report(Y24, [H + ["Năm 2024"], MANAGED + [70], ["(Số liệu của tỉnh An Giang trước sắp xếp)"]],
                        province="An Giang"))
    assert got == {("89", "63", "tasks_managed", "2024", "actual"): 70}


# --- 6. a label wrapped over two rows, its second saying where (was wrong) ----------------------------------

def test_a_label_wrapped_onto_a_row_naming_a_part_of_the_province_is_set_aside():
    """"Số nhiệm vụ KH&CN được quản lý | 12" over "tại các huyện miền núi" alone: the mountain districts'
    tasks, stored as the province's (beside 20 tasks accepted the honest file was refused, part_whole).
    Set aside with the reason; the rows around it read (etl/walk.py _restricting_rest;
    metrics/header_words.toml wrapped_label_restricting_starts)."""
    r = _report(Y24, [H + ["Năm 2024"], ACCEPTED + [20], ["3", "Số nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 12],
                      [None, "tại các huyện miền núi", None, None]])
    assert taken(r) == {(HT, "63", "tasks_accepted", "2024", "actual"): 20}
    assert "tại các huyện miền núi" in _reasons(r)


def test_probe_a_row_under_a_label_that_says_the_whole_or_opens_its_parts_is_no_part():
    """Where it must not fire: "tại tỉnh Hà Tĩnh" under the row is the whole province; "trong đó:" opens
    the parts below; the batch-43 wrap "… được tổ chức đánh giá," / "nghiệm thu" still reads whole."""
    got = taken(_report(Y24, [H + ["Năm 2024"], MANAGED + [60], [None, "tại tỉnh Hà Tĩnh", None, None]]))
    assert got == {(HT, "63", "tasks_managed", "2024", "actual"): 60}
    got = taken(_report(Y24, [H + ["Năm 2024"], MANAGED + [60], [None, "trong đó:", None, None],
                              ["-", "Cấp tỉnh", "nhiệm vụ", 50]]))
    assert got == {(HT, "63", "tasks_managed", "2024", "actual"): 60,
                   (HT, "63", "tasks_managed_provincial", "2024", "actual"): 50}
    got = taken(_report(Y24, [H + ["Năm 2024"], ["1", "Số nhiệm vụ KH&CN được tổ chức đánh giá,", "nhiệm vụ", 20],
                              [None, "nghiệm thu", None, None]]))
    assert got == {(HT, "63", "tasks_accepted", "2024", "actual"): 20}
