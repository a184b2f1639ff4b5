"""recall44 (issue #8, recall at first sight): the honest figures a person reads at once that the reader lost,
each class with the smallest realistic report (tests/fixtures/reports.py, read by `etl.ingest.examine` as an
upload is) and beside it the honest and wrong neighbours that must read as before."""
from __future__ import annotations

from tests.fixtures.reports import MARK, examine, facts, taken

# --- 1. a task list's summary block ("TỔNG HỢP") without a header of its own ---------------------------------------

_ITEM = ["STT", "Tên nhiệm vụ", "Cấp", "Tổ chức chủ trì", "Thời gian", "Kinh phí (triệu đồng)"]


def _tasks(n: int) -> list[list]:
    """`n` rows of a list of tasks: order number, title (with its own figures, as real titles have), level,
    organisation, years, funding."""
    levels = ["Tỉnh", "Quốc gia", "Cơ sở"]
    return [[i, f"Nghiên cứu chọn tạo 0{i % 9 + 1} giống lúa thích ứng biến đổi khí hậu (quy mô 12 ha)",
             levels[i % 3], "Trung tâm Ứng dụng tiến bộ KH&CN", "2024-2026", 300 + 10 * i] for i in range(1, n + 1)]


def _head(title: str) -> list[list]:
    return [["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TUYÊN QUANG"], [MARK], [title], []]


def _actual(result) -> dict:
    return {(i, per): v for (_, _, i, per, m), v in taken(result).items() if m == "actual"}


def _box_under(title: str, box: list[list], heading: str = "TỔNG HỢP"):
    """The new Tuyên Quang's list (batch 54): the items, then under a heading alone on its row the summary box, its
    words in the names' column and its figure in the level's."""
    return examine(_head(title) + [_ITEM] + _tasks(6) + [[], [heading]] + box, name="danh_muc.xlsx")


_BOX = [[None, "Tổng số nhiệm vụ thực hiện", 25], [None, "Cấp quốc gia", 4], [None, "Cấp tỉnh", 21],
        [None, "Đã nghiệm thu", 6]]


def test_a_summary_box_under_the_list_is_read_in_the_lists_period():
    """LOST: the new Tuyên Quang's "TỔNG HỢP" under its list of 2025 (batch 54): the tasks carried out, by level,
    and accepted were read as no line at all (10 figures of the batch)."""
    got = _actual(_box_under("DANH MỤC NHIỆM VỤ KH&CN THỰC HIỆN NĂM 2025", _BOX))
    assert got == {("tasks_managed", "2025"): 25, ("tasks_managed_national", "2025"): 4,
                   ("tasks_managed_provincial", "2025"): 21, ("tasks_accepted", "2025"): 6}


def test_a_summary_box_of_a_half_year_list_is_the_halfs():
    got = _actual(_box_under("DANH MỤC NHIỆM VỤ KH&CN THỰC HIỆN 6 THÁNG ĐẦU NĂM 2026", _BOX))
    assert got == {("tasks_managed", "2026-S1"): 25, ("tasks_managed_national", "2026-S1"): 4,
                   ("tasks_managed_provincial", "2026-S1"): 21, ("tasks_accepted", "2026-S1"): 6}


def _block_above(title: str, block: list[list], heading: str = "A. TỔNG HỢP"):
    """Thanh Hóa's annex (batch 54): under the list's title, "A. TỔNG HỢP" and its lines (order number, words, the
    figure in the fifth column, the unit in the sixth), then "B. DANH MỤC CHI TIẾT" and the list."""
    return examine([["UBND TỈNH THANH HÓA"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK], ["Phụ lục 01"], [title], [],
                    [heading]] + block + [[], ["B. DANH MỤC CHI TIẾT"], _ITEM] + _tasks(5), name="phu_luc.xlsx")


_BLOCK = [["1", "Tổng số nhiệm vụ KH&CN đang thực hiện trong năm 2024", None, None, 23, "nhiệm vụ"],
          [None, "- Cấp quốc gia", None, None, 3, "nhiệm vụ"], [None, "- Cấp tỉnh", None, None, 14, "nhiệm vụ"],
          [None, "- Cấp cơ sở", None, None, 6, "nhiệm vụ"],
          ["2", "Nhiệm vụ chuyển tiếp từ các năm trước", None, None, 18, "nhiệm vụ"],
          ["3", "Nhiệm vụ mở mới năm 2024", None, None, 5, "nhiệm vụ"],
          ["4", "Nhiệm vụ đã nghiệm thu trong năm", None, None, 4, "nhiệm vụ"],
          ["5", "Kinh phí sự nghiệp KH&CN bố trí năm 2024 cho các nhiệm vụ", None, None, 14875, "triệu đồng"]]


def test_a_summary_block_above_the_list_is_read_with_its_units():
    """LOST: Thanh Hóa's "A. TỔNG HỢP" above its list (batch 54, 8 figures): the block sits between the title and
    the list's header, where no table was read."""
    got = _actual(_block_above("DANH MỤC NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ ĐANG TRIỂN KHAI THỰC HIỆN NĂM 2024", _BLOCK))
    assert got == {("tasks_managed", "2024"): 23, ("tasks_managed_national", "2024"): 3,
                   ("tasks_managed_provincial", "2024"): 14, ("tasks_managed_grassroots", "2024"): 6,
                   ("tasks_carried_over", "2024"): 18, ("tasks_new", "2024"): 5, ("tasks_accepted", "2024"): 4,
                   ("tasks_funding_state", "2024"): 14.875}


def test_a_summary_block_with_its_parts_said_in_words():
    """LOST: Quảng Ninh's "Tổng hợp:" (batch 54, .xls): "Trong đó: cấp quốc gia | 3" and the indented "cấp tỉnh",
    the figure two columns right of the words."""
    block = [[None, "Tổng số nhiệm vụ đang quản lý", None, 29], [None, "Trong đó: cấp quốc gia", None, 3],
             [None, "                cấp tỉnh", None, 20], [None, "                cấp cơ sở", None, 6],
             [None, "Số nhiệm vụ đã nghiệm thu trong năm", None, 7]]
    got = _actual(examine(_head("DANH MỤC CÁC NHIỆM VỤ KH&CN DO SỞ QUẢN LÝ NĂM 2022") + [["Tổng hợp:"]] + block
                          + [_ITEM] + _tasks(4), name="dm.xlsx"))
    assert got == {("tasks_managed", "2022"): 29, ("tasks_managed_national", "2022"): 3,
                   ("tasks_managed_provincial", "2022"): 20, ("tasks_managed_grassroots", "2022"): 6,
                   ("tasks_accepted", "2022"): 7}


def test_a_total_naming_only_the_items_is_what_the_lists_title_counts():
    """A list of the tasks ACCEPTED: its box's "Tổng số nhiệm vụ | 15", "Cấp quốc gia | 2" are the tasks accepted and
    their national level — never the tasks managed."""
    got = _actual(_box_under("DANH MỤC NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU NĂM 2023",
                             [[None, "Tổng số nhiệm vụ", 15], [None, "Cấp quốc gia", 2], [None, "Cấp tỉnh", 13]]))
    assert got == {("tasks_accepted", "2023"): 15, ("tasks_accepted_national", "2023"): 2,
                   ("tasks_accepted_provincial", "2023"): 13}


def test_probe_a_plans_or_proposals_list_gives_nothing_from_its_box():
    """A list of the tasks planned or proposed for next year: its box counts no task carried out."""
    for title in ("DANH MỤC NHIỆM VỤ KH&CN DỰ KIẾN TRIỂN KHAI NĂM 2026",
                  "DANH MỤC NHIỆM VỤ KH&CN ĐỀ XUẤT ĐẶT HÀNG NĂM 2026",
                  "DANH MỤC NHIỆM VỤ KH&CN KẾ HOẠCH NĂM 2026"):
        got = facts(_box_under(title, _BOX))
        assert not {k for k in got if k[2].startswith("tasks_managed") or k[2] == "tasks_accepted"}, (title, got)


def test_probe_a_selections_list_gives_no_whole_from_its_box():
    """"MỘT SỐ NHIỆM VỤ … TIÊU BIỂU": a selection's box is no whole of the province."""
    got = facts(_box_under("DANH MỤC MỘT SỐ NHIỆM VỤ KH&CN TIÊU BIỂU NĂM 2025", _BOX))
    assert not {k for k in got if k[2].startswith("tasks_managed")}, got


def test_probe_a_line_with_two_figures_ends_the_box():
    """A line with two figures ("Cấp tỉnh | 21 | 9200") is no line of the box: it and the lines after it are not
    read as the box's (what the second figure is, the box does not say)."""
    box = [[None, "Tổng số nhiệm vụ thực hiện", 25], [None, "Cấp tỉnh", 21, None, None, 9200],
           [None, "Đã nghiệm thu", 6]]
    got = _actual(_box_under("DANH MỤC NHIỆM VỤ KH&CN THỰC HIỆN NĂM 2025", box))
    assert got == {("tasks_managed", "2025"): 25}


def test_probe_a_box_under_a_heading_that_is_not_the_summary_is_unread():
    """Lines under another heading ("Ghi chú") are not the box's."""
    got = facts(_box_under("DANH MỤC NHIỆM VỤ KH&CN THỰC HIỆN NĂM 2025", _BOX, heading="Ghi chú"))
    assert not {k for k in got if k[2].startswith("tasks_managed")}, got


# --- 2. money under a title naming a period's results and then the next plan --------------------------------------

def _budget(title: str, columns: tuple, budget: list, tasks: list):
    from tests.fixtures.reports import TASKS_ACCEPTED_ROW, table
    return table(["1", "Chi NSNN cho KH&CN", "Tỷ đồng", *budget], TASKS_ACCEPTED_ROW + tasks, title=title,
                 columns=columns, name="report.xlsx")


def _money(result) -> dict:
    return {(i, per, m): v for (_, _, i, per, m), v in taken(result).items() if i == "st_budget"}


def test_spending_of_the_years_a_title_reports_beside_its_plan_is_read():
    """LOST: Điện Biên's "MỘT SỐ KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2023, KẾ HOẠCH NĂM 2024" over "Năm 2022 |
    Năm 2023 | Kế hoạch năm 2024" (batch 16): the state budget spent in 2022 and 2023 was set aside as money under a
    plan's title, though the title says the years are its results."""
    got = _budget("MỘT SỐ KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2023, KẾ HOẠCH NĂM 2024",
                  ("Năm 2022", "Năm 2023", "Kế hoạch năm 2024"), ["18,4", "19,75", "21,0"], [7, 8, 9])
    assert _money(got) == {("st_budget", "2022", "actual"): 18.4, ("st_budget", "2023", "actual"): 19.75,
                           ("st_budget", "2024", "plan"): 21.0}


def test_spending_of_a_span_a_title_reports_beside_its_plan_is_read():
    """LOST: Yên Bái's "KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU KH&CN GIAI ĐOẠN 2021 - 2023 VÀ KẾ HOẠCH NĂM 2024" (batch 19)."""
    got = _budget("KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU KH&CN GIAI ĐOẠN 2021 - 2023 VÀ KẾ HOẠCH NĂM 2024",
                  ("Năm 2021", "Năm 2022", "Năm 2023", "KH năm 2024"), ["32,6", "35,1", "38,45", "40,0"], [1, 2, 3, 4])
    assert _money(got) == {("st_budget", "2021", "actual"): 32.6, ("st_budget", "2022", "actual"): 35.1,
                           ("st_budget", "2023", "actual"): 38.45, ("st_budget", "2024", "plan"): 40.0}


def test_probe_a_bare_year_under_an_estimates_or_allocations_title_stays_aside():
    """wrong43's and review39's guard stands: under a title that is a plan only, or an allocation, a bare year
    before the plan is that year's estimate or its spending, no header says which."""
    for title in ("DỰ TOÁN KINH PHÍ KH&CN NĂM 2026", "KẾ HOẠCH KH&CN NĂM 2026",
                  "KẾ HOẠCH PHÂN BỔ KINH PHÍ KH&CN NĂM 2026",
                  "KẾT QUẢ PHÂN BỔ KINH PHÍ KH&CN NĂM 2025 VÀ KẾ HOẠCH NĂM 2026"):
        got = _budget(title, ("Năm 2025", "Năm 2026"), [60, 70], [12, 13])
        assert _money(got) == {}, (title, _money(got))


def test_probe_a_year_between_the_results_and_the_plan_stays_aside():
    """"KẾT QUẢ NĂM 2023 VÀ KẾ HOẠCH NĂM 2025" over "Năm 2024": neither the results nor the plan — what 2024's
    figure is (an estimate, spending) the title does not say."""
    got = _budget("BÁO CÁO KẾT QUẢ NĂM 2023 VÀ KẾ HOẠCH NĂM 2025", ("Năm 2023", "Năm 2024"), [60, 70], [12, 13])
    assert _money(got) == {}


# --- 1b. a list's total line heading its parts ("Tổng cộng: 15 nhiệm vụ", "Trong đó:", "- Cấp quốc gia | 02") -------

def _accepted_list(title: str, total: str, parts: list[list]):
    """Nghệ An's list of the tasks accepted (batch 54): the items, then its total line in the names' column, a blank
    row, "Trong đó:" and the parts, each figure typed as text right of its words."""
    return examine(_head(title) + [_ITEM] + _tasks(5) + [[None, total], [], [None, "Trong đó:"]] + parts,
                   name="danh_muc.xlsx")


_PARTS = [[None, "- Cấp quốc gia", "02"], [None, "- Cấp tỉnh", "13"], [None, "- Số nhiệm vụ xếp loại Xuất sắc", "05"]]


def test_a_lists_total_line_heads_its_parts():
    """LOST: Nghệ An's "Tổng cộng: 15 nhiệm vụ" then "Trong đó: - Cấp quốc gia | 02", "- Cấp tỉnh | 13" (batch 54):
    the total was read (blind54), its levels were not."""
    got = _actual(_accepted_list("DANH MỤC NHIỆM VỤ KH&CN ĐÃ ĐÁNH GIÁ, NGHIỆM THU NĂM 2023", "Tổng cộng: 15 nhiệm vụ",
                                 _PARTS))
    assert got == {("tasks_accepted", "2023"): 15, ("tasks_accepted_national", "2023"): 2,
                   ("tasks_accepted_provincial", "2023"): 13}


def test_probe_a_subtotal_or_a_selections_total_heads_no_parts():
    """"Cộng A: 11 nhiệm vụ" (a group's subtotal) heads nothing; a selection's list ("MỘT SỐ … TIÊU BIỂU") gives no
    level of the province's tasks."""
    got = facts(_accepted_list("DANH MỤC NHIỆM VỤ KH&CN ĐÃ ĐÁNH GIÁ, NGHIỆM THU NĂM 2023", "Cộng A: 11 nhiệm vụ",
                               _PARTS))
    assert not {k for k in got if k[2].startswith("tasks_accepted_")}, got
    got = facts(_accepted_list("DANH MỤC MỘT SỐ NHIỆM VỤ KH&CN TIÊU BIỂU ĐÃ NGHIỆM THU NĂM 2023",
                               "Tổng cộng: 15 nhiệm vụ", _PARTS))
    assert not {k for k in got if k[2].startswith("tasks_accepted")}, got


def test_probe_a_planned_lists_total_heads_no_parts():
    got = facts(_accepted_list("DANH MỤC NHIỆM VỤ KH&CN DỰ KIẾN TRIỂN KHAI NĂM 2026", "Tổng cộng: 15 nhiệm vụ", _PARTS))
    assert not {k for k in got if k[2].startswith("tasks_")}, got


# --- 1c. a list's groups counted in its names' column ("Cộng A: 11 nhiệm vụ", "Tổng cộng (A+B): 16 nhiệm vụ") -------

def _grouped(title: str, groups: list[tuple[str, str, int]], total: str | None = "Tổng cộng (A+B): {n} nhiệm vụ"):
    """Sơn La's list of the first half of 2025 (batch 54): each group's row ("A | NHIỆM VỤ CHUYỂN TIẾP"), its items,
    "Cộng A: 11 nhiệm vụ"; then the total."""
    rows = [["STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Chủ nhiệm", "Thời gian thực hiện"]]
    for mark, heading, n in groups:
        rows.append([mark, heading])
        rows += [[i, f"Nghiên cứu ứng dụng công nghệ sinh học số {i} (quy mô 12 ha)", "Trường Đại học Sơn La",
                  "ThS. Lê Thị Bình (kiểm thử)", "2023-2025"] for i in range(1, n + 1)]
        rows.append([None, f"Cộng {mark}: {n} nhiệm vụ"])
    if total:
        rows.append([None, total.format(n=sum(n for _, _, n in groups))])
    return examine(_head(title) + rows, name="danh_muc.xlsx")


def test_a_lists_groups_counted_in_their_subtotals():
    """LOST: Sơn La's "Cộng A: 11 nhiệm vụ" under "A | NHIỆM VỤ CHUYỂN TIẾP", "Cộng B: 5 nhiệm vụ" under "B | NHIỆM VỤ
    MỞ MỚI", "Tổng cộng (A+B): 16 nhiệm vụ" (batch 54, 3 figures)."""
    got = _actual(_grouped("DANH MỤC NHIỆM VỤ KH&CN THỰC HIỆN 6 THÁNG ĐẦU NĂM 2025",
                           [("A", "NHIỆM VỤ CHUYỂN TIẾP", 11), ("B", "NHIỆM VỤ MỞ MỚI", 5)]))
    assert got == {("tasks_carried_over", "2025-S1"): 11, ("tasks_new", "2025-S1"): 5, ("tasks_managed", "2025-S1"): 16}


def test_a_groups_subtotal_in_a_list_of_tasks_accepted_is_a_part_of_them():
    got = _actual(_grouped("DANH MỤC NHIỆM VỤ KH&CN ĐÃ NGHIỆM THU NĂM 2024",
                           [("A", "NHIỆM VỤ CẤP TỈNH", 8), ("B", "NHIỆM VỤ CẤP CƠ SỞ", 3)]))
    assert got.get(("tasks_accepted_provincial", "2024")) == 8
    assert not {k for k in got if k[0].startswith("tasks_managed")}, got


def test_probe_a_subtotal_of_a_group_naming_nothing_gives_nothing():
    """A field's group ("A | Lĩnh vực Nông nghiệp") is no indicator's part: its subtotal, and the total over such
    groups, are not read by this rule."""
    got = facts(_grouped("DANH MỤC NHIỆM VỤ KH&CN THỰC HIỆN NĂM 2025",
                         [("A", "Lĩnh vực Nông nghiệp", 4), ("B", "Lĩnh vực Y dược", 3)]))
    assert not {k for k in got if k[2] != "tasks_managed"}, got


def test_probe_a_selections_or_a_plans_groups_give_nothing():
    for title in ("DANH MỤC MỘT SỐ NHIỆM VỤ KH&CN TIÊU BIỂU NĂM 2025",
                  "DANH MỤC NHIỆM VỤ KH&CN DỰ KIẾN TRIỂN KHAI NĂM 2026"):
        got = facts(_grouped(title, [("A", "NHIỆM VỤ CHUYỂN TIẾP", 11), ("B", "NHIỆM VỤ MỞ MỚI", 5)]))
        assert not {k for k in got if k[4] == "actual" and k[2].startswith("tasks_")}, (title, got)


def test_a_boxs_level_under_a_total_of_tasks_accepted_is_theirs():
    """"Nhiệm vụ cấp tỉnh | 13" in the box of a list of the tasks accepted is their provincial level, never the
    provincial tasks managed (the matcher alone reads "nhiệm vụ cấp tỉnh" as managed)."""
    got = _actual(_box_under("DANH MỤC NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU NĂM 2023",
                             [[None, "Tổng số nhiệm vụ", 15], [None, "Nhiệm vụ cấp tỉnh", 13]]))
    assert got == {("tasks_accepted", "2023"): 15, ("tasks_accepted_provincial", "2023"): 13}
