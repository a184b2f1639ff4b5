"""Honest readings the ingest lost (issue #8, helper honest26): each class a person reads with certainty,
with probes that nothing wrong comes with it (a plan, a part, another period, another province, a district).
Test data, built with tests/fixtures/reports.py."""
from __future__ import annotations

from tests.fixtures.reports import examine, facts, head, taken

# --- 1. captioned tables, one per indicator, places down the rows (the new Vĩnh Long, batch 42) ----------
BY_AREA = "Kết quả một số chỉ tiêu khoa học và công nghệ năm 2025 theo địa bàn"
HALVES = ["STT", "Địa bàn", "6 tháng đầu năm 2025", "6 tháng cuối năm 2025", "Cả năm 2025"]
FORMERS = [("Vĩnh Long (cũ)", 14, 17), ("Bến Tre (cũ)", 26, 30), ("Trà Vinh (cũ)", 12, 15)]


def _by_area(caption: str, places=FORMERS, title: str = BY_AREA, whole: str = "Toàn tỉnh") -> list[list]:
    rows = head("Vĩnh Long", title) + [[caption], HALVES]
    for i, (name, h1, h2) in enumerate(places, start=1):
        rows.append([i, name, h1, h2, h1 + h2])
    t1, t2 = sum(p[1] for p in places), sum(p[2] for p in places)
    return rows + [[None, whole, t1, t2, t1 + t2]]


def test_caption_names_the_indicator_of_a_table_of_places():
    got = taken(examine(_by_area("Bảng 1. Sản phẩm OCOP được công nhận (sản phẩm)")))
    # the province's own half and year after the merger
    assert got[("86", "34", "ocop_products", "2025-S2", "actual")] == 62
    assert got[("86", "34", "ocop_products", "2025", "actual")] == 114
    # each former province's own first half (before the merger), never its share after it
    assert got[("83", "63", "ocop_products", "2025-S1", "actual")] == 26
    assert got[("86", "63", "ocop_products", "2025-S1", "actual")] == 14
    assert not any(k[0] in ("83", "84") and k[3] != "2025-S1" for k in got)
    # the whole territory's first half is the three summed: no province's figure
    assert ("86", "34", "ocop_products", "2025-S1", "actual") not in got
    assert len(got) == 5


def test_a_second_captioned_table_takes_its_own_caption():
    rows = _by_area("Bảng 1. Sản phẩm OCOP được công nhận (sản phẩm)") + [[]] + \
        _by_area("Bảng 2. Nhiệm vụ KH&CN được nghiệm thu (nhiệm vụ)", places=[("Vĩnh Long (cũ)", 6, 9),
                                                                         ("Bến Tre (cũ)", 8, 11),
                                                                         ("Trà Vinh (cũ)", 5, 7)])[5:]
    got = taken(examine(rows))
    assert got[("86", "34", "tasks_accepted", "2025", "actual")] == 46
    assert got[("86", "34", "ocop_products", "2025", "actual")] == 114
    assert got[("83", "63", "tasks_accepted", "2025-S1", "actual")] == 8


def test_probe_districts_down_the_rows_are_parts_of_the_province():
    places = [("Thành phố Vĩnh Long", 4, 5), ("Huyện Châu Thành", 3, 2), ("Huyện Càng Long", 2, 6)]
    got = taken(examine(_by_area("Bảng 1. Sản phẩm OCOP được công nhận (sản phẩm)", places=places)))
    assert got == {("86", "34", "ocop_products", "2025-S2", "actual"): 13,
                   ("86", "34", "ocop_products", "2025", "actual"): 22}


def _ocop(result) -> dict:
    return {k: v for k, v in facts(result).items() if k[2].startswith("ocop")}


def test_probe_a_plan_or_an_estimate_caption_names_no_actual_figure():
    for caption in ("Bảng 1. Kế hoạch sản phẩm OCOP được công nhận (sản phẩm)",
                    "Bảng 1. Sản phẩm OCOP được công nhận ước thực hiện (sản phẩm)"):
        assert not any(k[4] == "actual" and k[3] != "2025-S1" for k in _ocop(examine(_by_area(caption)))), caption


def test_probe_a_caption_of_another_period_or_province_names_nothing():
    for caption in ("Bảng 1. Sản phẩm OCOP được công nhận năm 2024 (sản phẩm)",
                    "Bảng 1. Sản phẩm OCOP được công nhận của tỉnh Bến Tre (cũ)",
                    "Bảng 1. Sản phẩm OCOP được công nhận của tỉnh Cần Thơ"):
        assert _ocop(examine(_by_area(caption))) == {}, caption


def test_probe_a_caption_naming_a_part_is_that_part():
    got = facts(examine(_by_area("Bảng 1. Sản phẩm OCOP 4 sao được công nhận (sản phẩm)")))
    assert ("86", "34", "ocop_products", "2025", "actual") not in got


# --- 2. "Lũy kế (sản phẩm)" beside OCOP star columns ------------------------------------------------------
STARS_MERGES = ("A6:A7", "B6:B7", "C6:C7", "D6:F6", "G6:G7")


def _stars(label: str, total, s3, s4, s5, to_date) -> list[list]:
    return head("Bắc Giang", "Kết quả thực hiện Chương trình OCOP năm 2024") + [
        ["STT", "Nội dung", "Tổng số (sản phẩm)", "Phân hạng", None, None, "Lũy kế (sản phẩm)"],
        [None, None, None, "3 sao", "4 sao", "5 sao", None],
        ["1", label, total, s3, s4, s5, to_date]]


def test_star_columns_beside_a_total_to_date_are_the_stars():
    got = taken(examine(_stars("Sản phẩm OCOP được công nhận", 42, 30, 10, 2, 310), merges=STARS_MERGES))
    assert got == {("24", "63", "ocop_products", "2024", "actual"): 42,
                   ("24", "63", "ocop_products_3star", "2024", "actual"): 30,
                   ("24", "63", "ocop_products_4star", "2024", "actual"): 10,
                   ("24", "63", "ocop_products_5star", "2024", "actual"): 2,
                   # the bare "Lũy kế" of a flow: the products still valid at the year's end (README)
                   ("24", "63", "ocop_products_total", "2024-12-31", "actual"): 310}


def test_probe_a_star_is_never_the_whole_and_stars_above_it_still_refuse():
    result = examine(_stars("Sản phẩm OCOP được công nhận", 42, 30, 20, 2, 310), merges=STARS_MERGES)
    assert not result.accepted and any(p.rule == "part_whole" for p in result.problems)


def test_probe_stars_of_a_row_the_registry_has_no_part_of_give_nothing():
    got = facts(examine(_stars("Sản phẩm OCOP được đánh giá nâng hạng sao", 12, 8, 4, None, 40),
                        merges=STARS_MERGES))
    assert not any(k[2].startswith("ocop_products") for k in got)


# --- 3. a part of the year beside its year ("Năm | Kỳ": 2024 merged down, "6 tháng đầu năm", "từ 01/7/2024
# đến 31/12/2024", "Cả năm") --------------------------------------------------------------------------------
def _year_and_part(parts: list[tuple[str, int]]) -> list[list]:
    rows = head("Bắc Giang", "Số liệu hoạt động khoa học và công nghệ năm 2024") + [
        ["Năm", "Kỳ", "Sản phẩm OCOP được công nhận"]]
    return rows + [[2024 if i == 0 else None, part, v] for i, (part, v) in enumerate(parts)]


def test_the_halves_and_the_year_beside_their_year():
    rows = _year_and_part([("6 tháng đầu năm", 20), ("từ 01/7/2024 đến 31/12/2024", 22), ("Cả năm", 42)])
    got = taken(examine(rows, merges=("A7:A9",)))
    assert got == {("24", "63", "ocop_products", "2024-S1", "actual"): 20,
                   ("24", "63", "ocop_products", "2024-S2", "actual"): 22,
                   ("24", "63", "ocop_products", "2024", "actual"): 42}


def test_probe_a_plan_an_estimate_a_total_to_date_or_last_year_beside_the_year_is_not_its_figure():
    # each was stored as 2024's actual figure
    for part in ("Kế hoạch", "Ước thực hiện", "Lũy kế", "Cùng kỳ", "Quý I, II", "Năm 2023"):
        got = facts(examine(_year_and_part([(part, 50)])))
        assert not any(k[3] == "2024" for k in got), part


# --- 4. "Đề tài, dự án cấp tỉnh" under a heading of tasks: the heading's part at that level ----------------
def _tasks_rows(rows: list[list]) -> dict:
    result = examine(head("Bắc Giang", "Kết quả hoạt động khoa học và công nghệ năm 2024")
                     + [["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"]] + rows)
    assert result.accepted, [p.message_vi for p in result.problems]
    return {k[2]: v for k, v in facts(result).items()}


def test_levels_named_as_topics_and_projects_under_a_stage_are_its_parts():
    assert _tasks_rows([["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 19],
                        [None, "- Đề tài, dự án cấp quốc gia", "nhiệm vụ", 2],
                        [None, "- Đề tài, dự án cấp tỉnh", "nhiệm vụ", 12]]) == {
        "tasks_accepted": 19, "tasks_accepted_national": 2, "tasks_accepted_provincial": 12}
    # a heading with no figure over numbered rows naming a level alone
    assert _tasks_rows([["II", "Nhiệm vụ KH&CN được nghiệm thu", None, None],
                        ["1", "Đề tài, dự án cấp tỉnh", "nhiệm vụ", 12]]) == {"tasks_accepted_provincial": 12}
    assert _tasks_rows([["1", "Nhiệm vụ KH&CN mở mới", "nhiệm vụ", 19],
                        [None, "- Đề tài, dự án cấp tỉnh", "nhiệm vụ", 12]]) == {"tasks_new": 19,
                                                                                 "tasks_new_provincial": 12}


def test_probe_a_row_under_a_bare_of_which_line_is_a_part_never_the_level_managed():
    # main stored 12 as the provincial tasks managed
    assert _tasks_rows([["II", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 19], [None, "Trong đó:", None, None],
                        [None, "Đề tài, dự án cấp tỉnh", "nhiệm vụ", 12]]) == {"tasks_accepted": 19,
                                                                               "tasks_accepted_provincial": 12}


def test_probe_an_undeclared_part_a_type_or_another_stage_said_gives_nothing():
    # grassroots tasks accepted are not declared; handed-over tasks have no parts (main stored 12 as the
    # provincial tasks managed); "Đề tài" alone is one type's share; "… được quản lý" contradicts the heading
    assert _tasks_rows([["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 19],
                        [None, "- Đề tài, dự án cấp cơ sở", "nhiệm vụ", 5]]) == {"tasks_accepted": 19}
    assert _tasks_rows([["1", "Nhiệm vụ KH&CN được bàn giao kết quả", "nhiệm vụ", 19],
                        [None, "- Đề tài, dự án cấp tỉnh", "nhiệm vụ", 12]]) == {"tasks_results_transferred": 19}
    assert _tasks_rows([["II", "Nhiệm vụ KH&CN được nghiệm thu", None, None],
                        ["1", "Đề tài cấp tỉnh", "nhiệm vụ", 12],
                        ["2", "Nhiệm vụ KH&CN cấp tỉnh được quản lý", "nhiệm vụ", 40]]) == {}
    # a heading naming its own year ("chuyển tiếp từ năm 2023") is left set aside
    assert "tasks_carried_over_provincial" not in _tasks_rows([
        ["I", "Nhiệm vụ chuyển tiếp từ năm 2023", None, None], ["1", "Đề tài, dự án cấp tỉnh", "nhiệm vụ", 14]])


# --- 5. a table of estimates: README "Sơ bộ 2023 is stored as 2023's estimate, as Ước thực hiện is" --------
def _one_column(province: str, title: str, caption: str | None, column: str):
    rows = head(province, title) + ([[caption]] if caption else []) + [
        ["STT", "Chỉ tiêu", "ĐVT", column], ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 42]]
    return examine(rows)


def _with_status(result) -> dict:
    f = result.facts
    return {(p, fr, i, per, m, st): v for p, fr, i, per, m, st, v in
            zip(f.province_code, f.frame, f.indicator, f.period, f.measure, f.status, f.value)}


def test_an_estimate_caption_over_a_plain_column_is_the_estimate():
    # main stored 42 as the nine months' reported figure (the caption's year contains the title's span)
    for title in ("Báo cáo kết quả 9 tháng năm 2025", "Báo cáo kết quả năm 2025"):
        got = _with_status(_one_column("Bắc Ninh", title, "Biểu 2. Ước thực hiện năm 2025", "Số lượng"))
        assert got == {("24", "34", "ocop_products", "2025", "actual", "estimated"): 42}, title


def test_a_former_provinces_estimate_for_the_merger_year_is_set_aside_not_refused():
    result = examine(head("Bắc Giang", "Báo cáo kết quả 6 tháng đầu năm 2025") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện 6 tháng", "Ước thực hiện năm 2025"],
        ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 20, 42]])
    assert taken(result) == {("24", "63", "ocop_products", "2025-S1", "actual"): 20}


def test_probe_a_later_periods_caption_is_no_actual_figure():
    # main stored both as 2026's reported figures in a report on 2025
    for caption in ("Biểu 2. Năm 2026", "Ước thực hiện năm 2026"):
        got = _with_status(_one_column("Bắc Ninh", "Báo cáo kết quả năm 2025", caption, "Số lượng"))
        assert not any(k[3] == "2026" and k[4] == "actual" for k in got), caption


def test_probe_an_estimate_and_a_plan_in_one_caption_are_not_made_an_estimate():
    got = _with_status(_one_column("Bắc Ninh", "Báo cáo kết quả năm 2025",
                                   "Ước thực hiện năm 2025 và kế hoạch năm 2026", "Số lượng"))
    assert not any(k[5] == "estimated" for k in got)


# --- 6. a "lần lượt" list of a year and a span: each figure its own period -------------------------------------
def _cell(text: str, label: str = "Nhiệm vụ KH&CN") -> dict:
    result = examine(head("Hà Nội", "Báo cáo kết quả 9 tháng năm 2025", city=True)
                     + [["TT", "Nội dung", "Kết quả thực hiện"], ["1", label, text]])
    return {(k[2], k[3]): v for k, v in facts(result).items()}


def test_a_list_of_a_year_and_a_span_gives_the_span_its_own_figure():
    got = _cell("Số nhiệm vụ được nghiệm thu năm 2024 và 9 tháng năm 2025 lần lượt là 45 và 32 nhiệm vụ.")
    assert got[("tasks_accepted", "2025-01/2025-09")] == 32
    # never the nine months' 32 as the year 2024's, nor 45 as the nine months'
    assert got.get(("tasks_accepted", "2024"), 45) == 45 and len(got) <= 2


def test_probe_a_list_of_a_district_or_a_plan_gives_nothing():
    assert _cell("Số nhiệm vụ được nghiệm thu của huyện Sóc Sơn năm 2024 và 9 tháng năm 2025 lần lượt là 4 và 3 "
                 "nhiệm vụ.") == {}
    assert not any(k[1] == "2025" for k in _cell(
        "Kế hoạch số nhiệm vụ nghiệm thu năm 2024 và năm 2025 lần lượt là 45 và 50 nhiệm vụ."))
