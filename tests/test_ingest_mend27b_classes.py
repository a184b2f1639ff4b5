"""Honest figures the ingest lost at first sight (issue #8, helper mend27b): each class a person reads
with certainty, with probes that nothing wrong comes with it. Test data, built with tests/fixtures/reports.py."""
from __future__ import annotations

from tests.fixtures.reports import MARK, examine, facts, head, taken

TASKS_TITLE = "Kết quả hoạt động khoa học và công nghệ năm 2024"


def _tasks(rows: list[list]):
    return examine(head("Bắc Giang", TASKS_TITLE) + [["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"]] + rows)


def _by_indicator(result) -> dict:
    return {k[2]: v for k, v in taken(result).items()}


# --- 1. a row naming one type of task and a stage of its own, under a row of another stage -------------
def test_topics_accepted_under_the_tasks_managed_are_the_provincial_tasks_accepted():
    # main dropped 12 with the reason "Trùng tên hoặc tên gọi khác của chỉ tiêu"
    got = _by_indicator(_tasks([["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 40],
                                ["2", "Đề tài KH&CN cấp tỉnh được nghiệm thu", "nhiệm vụ", 12]]))
    assert got == {"tasks_managed": 40, "tasks_accepted_provincial": 12}


def test_probe_a_type_alone_or_in_the_headings_own_stage_stays_its_share():
    # a level alone under the tasks managed, the heading's own stage under the tasks accepted: the topics'
    # share, never every provincial task — and the reason shown no longer says the name is the indicator's
    for heading, row in (("Nhiệm vụ KH&CN được quản lý", "- Đề tài cấp tỉnh"),
                         ("Nhiệm vụ KH&CN được nghiệm thu", "- Đề tài cấp tỉnh được nghiệm thu")):
        result = _tasks([["1", heading, "nhiệm vụ", 40], [None, row, "nhiệm vụ", 12]])
        assert 12 not in taken(result).values(), row
        why = [i.reason_vi for i in result.ignored if i.text == row]
        assert why and not why[0].startswith("Trùng tên"), (row, why)
    # beside the projects in the same words, each is one type's share (wrong27)
    got = _by_indicator(_tasks([["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 40],
                                ["2", "Đề tài cấp tỉnh được nghiệm thu", "nhiệm vụ", 12],
                                ["3", "Dự án cấp tỉnh được nghiệm thu", "nhiệm vụ", 3]]))
    assert got == {"tasks_managed": 40}


# --- 2. "Toàn tỉnh | Trong đó: TP Hà Tĩnh (cũ)": the province's column, then a part of it ---------------
def _whole_and_part(columns: list[str], title: str = TASKS_TITLE, province: str = "Hà Tĩnh",
                    rows=(("1", "Sản phẩm OCOP được công nhận", "sản phẩm"),
                          ("2", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ"))):
    values = [(42, 5, 3), (19, 2, 1)]
    return examine(head(province, title) + [["STT", "Chỉ tiêu", "ĐVT"] + columns] +
                   [list(r) + list(v[:len(columns)]) for r, v in zip(rows, values)])


def test_the_whole_provinces_column_beside_its_part_is_the_provinces_figure():
    # main stored nothing: both columns "did not say what they hold"
    for part in ("Trong đó: TP Hà Tĩnh (cũ)", "Trong đó: thành phố Hà Tĩnh"):
        assert taken(_whole_and_part(["Toàn tỉnh", part])) == {
            ("42", "63", "ocop_products", "2024", "actual"): 42,
            ("42", "63", "tasks_accepted", "2024", "actual"): 19}, part


def test_probe_the_part_a_former_province_a_period_beside_or_the_departments_procedures():
    # the part is never the province's; without "Trong đó" the town's column is no part said
    assert 5 not in facts(_whole_and_part(["Toàn tỉnh", "Trong đó: TP Hà Tĩnh (cũ)"])).values()
    assert facts(_whole_and_part(["Toàn tỉnh", "TP Hà Tĩnh (cũ)"])) == {}
    # former provinces among the parts: "Toàn tỉnh" in 2024 is the merged territory, no province's
    got = facts(_whole_and_part(["Toàn tỉnh", "Trong đó: Quảng Ngãi (cũ)", "Trong đó: Kon Tum (cũ)"],
                                province="Quảng Ngãi"))
    assert 42 not in got.values() and 19 not in got.values()
    # a part left of the whole is no "of which" of it
    assert facts(_whole_and_part(["Trong đó: TP Hà Tĩnh (cũ)", "Toàn tỉnh"])) == {}
    # every office's procedures in the whole column are not the S&T department's (batch 47)
    got = facts(_whole_and_part(["Toàn tỉnh", "Trong đó: TP Hà Tĩnh (cũ)"],
                                rows=(("1", "Tổng số TTHC đang thực hiện", "thủ tục"),
                                      ("2", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ"))))
    assert got == {("42", "63", "tasks_accepted", "2024", "actual"): 19}
    # a plan's title: no actual figure
    got = facts(_whole_and_part(["Toàn tỉnh", "Trong đó: TP Hà Tĩnh (cũ)"], title="Kế hoạch khoa học và công nghệ năm 2025"))
    assert not any(k[4] == "actual" for k in got)


# --- 3. "Sản phẩm OCOP" alone over "3 sao | 4 sao | 5 sao", no total column ---------------------------------
OCOP_TITLE = "Kết quả thực hiện Chương trình OCOP năm 2024"
GROUP_MERGES = ("A6:A7", "B6:B7", "C6:E6")


def _stars_under(group: str, rows: list[list]):
    return examine(head("Bắc Giang", OCOP_TITLE) + [["STT", "Nội dung", group, None, None],
                                                     [None, None, "3 sao", "4 sao", "5 sao"]] + rows,
                   merges=GROUP_MERGES)


STARS_2024 = {("24", "63", "ocop_products_3star", "2024", "actual"): 30,
              ("24", "63", "ocop_products_4star", "2024", "actual"): 10,
              ("24", "63", "ocop_products_5star", "2024", "actual"): 2}


def test_the_ocop_group_over_its_stars_gives_the_rows_stars():
    # main refused the file ("không tìm thấy chỉ tiêu nào"): every row read as an item of a table of parts
    for label in ("Sản phẩm được công nhận", "Số sản phẩm được công nhận", "Sản phẩm OCOP được công nhận"):
        got = taken(_stars_under("Sản phẩm OCOP", [["1", label, 30, 10, 2]]))
        # the stars are parts: no total of OCOP products is made of them (no declared complete breakdown)
        assert got == STARS_2024, label


def test_probe_the_stock_keeps_its_own_stars_and_a_row_of_no_star_part_gives_nothing():
    got = taken(_stars_under("Sản phẩm OCOP", [["1", "Sản phẩm OCOP được công nhận", 30, 10, 2],
                                               ["2", "Sản phẩm OCOP còn hiệu lực công nhận", 200, 60, 5]]))
    assert got[("24", "63", "ocop_products_3star_total", "2024-12-31", "actual")] == 200
    assert got[("24", "63", "ocop_products_3star", "2024", "actual")] == 30
    got = facts(_stars_under("Sản phẩm OCOP", [["1", "Sản phẩm OCOP được đánh giá nâng hạng sao", 8, 4, None]]))
    assert not any(k[2].startswith("ocop_products") for k in got)
    # stars summing above nothing stated are no problem; a star above the row's stated whole elsewhere is
    # untouched (honest26's "Phân hạng"): the group words change nothing of that
    got = taken(_stars_under("Phân hạng", [["1", "Sản phẩm OCOP được công nhận", 30, 10, 2]]))
    assert got == STARS_2024


# --- 4. "Nhiệm vụ KH&CN (chuyển tiếp và mở mới)": the tasks of the year, carried over and new ------------------
def _one_task_row(label: str):
    return examine(head("Bình Dương", TASKS_TITLE) + [["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"],
                                                      ["1", label, "nhiệm vụ", 40]])


def test_the_tasks_carried_over_and_new_said_together_are_the_tasks_managed():
    # main only suggested it (carried over or new: a close call)
    for label in ("Nhiệm vụ KH&CN (chuyển tiếp và mở mới)", "Nhiệm vụ KH&CN chuyển tiếp và mở mới",
                  "Nhiệm vụ KH&CN (chuyển tiếp, mở mới)", "Nhiệm vụ mở mới và chuyển tiếp",
                  # batch 46's own words: the whole's name, its note naming both parts
                  "Số nhiệm vụ KH&CN được quản lý (chuyển tiếp và mở mới)"):
        assert taken(_one_task_row(label)) == {("74", "63", "tasks_managed", "2024", "actual"): 40}, label


def test_probe_one_part_alone_a_proposal_or_another_stage_is_not_the_tasks_managed():
    assert taken(_one_task_row("Nhiệm vụ mở mới")) == {("74", "63", "tasks_new", "2024", "actual"): 40}
    assert taken(_one_task_row("Nhiệm vụ chuyển tiếp")) == {("74", "63", "tasks_carried_over", "2024", "actual"): 40}
    for label in ("Nhiệm vụ KH&CN đề xuất (chuyển tiếp và mở mới)", "Nhiệm vụ KH&CN (chuyển tiếp và mở mới) - đề xuất",
                  "Nhiệm vụ KH&CN đề xuất mở mới", "Nhiệm vụ KH&CN chuyển tiếp và mở mới đã nghiệm thu",
                  "Kinh phí nhiệm vụ KH&CN (chuyển tiếp và mở mới)",
                  # main stored each as every task managed: one part in the note, or proposals in it
                  "Số nhiệm vụ KH&CN được quản lý (chuyển tiếp)", "Số nhiệm vụ KH&CN được quản lý (mở mới)",
                  "Số nhiệm vụ KH&CN được quản lý (đề xuất mới và chuyển tiếp)"):
        assert not any(k[2] == "tasks_managed" for k in facts(_one_task_row(label))), label
    # a note naming the one part the label reads as is that part (probe32)
    assert taken(examine(head("Bình Dương", TASKS_TITLE) + [["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"],
                                                            ["1", "Sản phẩm OCOP được công nhận (3 sao)", "sản phẩm", 7]])) \
        == {("74", "63", "ocop_products_3star", "2024", "actual"): 7}


# --- 5. a pivot's "Grand Total" right of "3 sao | 4 sao | 5 sao", the provinces as rows ----------------------
def _ocop_pivot(rows: list[tuple], indicator: str = "Sản phẩm OCOP được công nhận",
                header=("Row Labels", "3 sao", "4 sao", "5 sao", "Grand Total")):
    """A pivot pasted as values (batch 48's shape): filters "Năm | 2024" and "Chỉ tiêu | …", the stars
    and the row's grand total; the bottom "Grand Total" sums the provinces."""
    sheet = [[MARK], [], ["Năm", 2024], ["Chỉ tiêu", indicator], [], ["Sum of Số sản phẩm", "Column Labels"],
             list(header)] + [list(r) for r in rows]
    totals = [sum((r[i] or 0) for r in rows) for i in range(1, len(header))]
    return examine(sheet + [["Grand Total", *totals]], name="pivot_ocop.xlsx")


def test_a_pivots_grand_total_right_of_the_stars_is_the_rows_products():
    # main set the column aside as "a total over provinces": four provinces' OCOP products lost
    got = taken(_ocop_pivot([("Hà Nam", 38, 11, None, 49), ("Nam Định", 52, 17, 1, 70)]))
    assert got[("35", "63", "ocop_products", "2024", "actual")] == 49
    assert got[("36", "63", "ocop_products", "2024", "actual")] == 70
    assert got[("36", "63", "ocop_products_5star", "2024", "actual")] == 1
    assert ("35", "63", "ocop_products_5star", "2024", "actual") not in got   # a blank is no figure
    assert 120 not in got.values() and 119 not in got.values()                # the bottom row sums provinces


def test_probe_a_total_not_the_sum_a_stock_or_a_total_left_of_the_stars_is_not_taken():
    got = facts(_ocop_pivot([("Hà Nam", 38, 11, None, 60), ("Nam Định", 52, 17, 1, 70)]))
    assert ("35", "63", "ocop_products", "2024", "actual") not in got
    assert got[("36", "63", "ocop_products", "2024", "actual")] == 70
    # the valid stock's pivot total is no figure checked by a sum (a stock does not add up): not taken
    got = facts(_ocop_pivot([("Hà Nam", 138, 41, 2, 181)], indicator="Sản phẩm OCOP còn hiệu lực công nhận"))
    assert 181 not in got.values()
    got = facts(_ocop_pivot([("Hà Nam", 49, 38, 11, None)], header=("Row Labels", "Grand Total", "3 sao", "4 sao", "5 sao")))
    assert not any(k[2] == "ocop_products" for k in got)
