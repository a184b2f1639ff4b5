"""mend28b (issue #8): honest figures the ingest lost though a statistician reads them at a glance, and
messages a department head would read as wrong — each class with the smallest realistic report
(tests/fixtures/reports.py, marked as test data, read by `etl.ingest.examine` as an upload is), and beside
it the near misses that must stay refused (precision first: never a wrong number for a found one)."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import LABEL_UNIT_HEADER as H, examine, facts, head, taken

NGHE_AN = "40"
YEAR_2024 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2024"


def _row(label: str, unit: str, value, header: str = "Năm 2024", title: str = YEAR_2024):
    """Nghệ An's report on 2024 with one row of one figure under `header`."""
    return examine(head("Nghệ An", title) + [H + [header], ["1", label, unit, value]])


def _kinds(stored: dict) -> dict:
    """{(indicator, period): value} of the facts `taken` or `facts` gave."""
    return {(k[2], k[3]): v for k, v in stored.items()}


# --- 1. the S&T budget named by its two items is the whole ------------------------------------------------

@pytest.mark.parametrize("label", ["Tổng kinh phí sự nghiệp và đầu tư phát triển KH&CN",
                                   "Tổng kinh phí sự nghiệp KH&CN và đầu tư phát triển KH&CN",
                                   "Chi đầu tư phát triển và sự nghiệp KH&CN",
                                   "Chi sự nghiệp và chi đầu tư phát triển cho KH&CN"])
def test_the_budget_named_by_both_its_items_is_the_whole(label):
    """LOST: "Tổng kinh phí sự nghiệp và đầu tư phát triển KH&CN | tỷ đồng | 45,6" — the recurrent line and
    the development investment together, the state's whole S&T budget — was unread (no "ngân sách", and
    each item's words, metrics/abbreviations.toml budget_part_words, ruled it out)."""
    assert _kinds(taken(_row(label, "tỷ đồng", 45.6))) == {("st_budget", "2024"): 45.6}, label


@pytest.mark.parametrize("label", ["Kinh phí sự nghiệp KH&CN", "Chi ngân sách sự nghiệp KH&CN (giải ngân)",
                                   "Kinh phí đầu tư phát triển KH&CN",
                                   "Tổng kinh phí sự nghiệp và đầu tư phát triển KH&CN được giao",
                                   "Kinh phí sự nghiệp và đầu tư phát triển cho các nhiệm vụ KH&CN",
                                   "Tổng chi cho KH&CN trên địa bàn"])
def test_probe_one_item_a_plan_the_tasks_or_every_source_are_no_state_budget(label):
    """One item alone is a part (mend27a: "Kinh phí sự nghiệp KH&CN" is the recurrent line; batch 50's Hưng
    Yên "Chi ngân sách sự nghiệp KH&CN (giải ngân)" too); the allocation is a plan; the tasks' funding is
    its own indicator; "Tổng chi cho KH&CN" is every source's: never stored as the state's S&T budget."""
    got = facts(_row(label, "tỷ đồng", 45.6))
    assert ("st_budget", "2024") not in {(k[2], k[3]) for k in got}, (label, got)


# --- 3. researchers "from a university degree up" are the researchers ----------------------------------------

@pytest.mark.parametrize("label", ["Số người làm công tác nghiên cứu khoa học (trình độ từ đại học trở lên)",
                                   "Số người NCKH có trình độ đại học trở lên",
                                   "Người làm nghiên cứu khoa học (từ đại học trở lên)"])
def test_researchers_from_a_university_degree_up_are_the_researchers(label):
    """LOST: the indicator's usual definition written into its label — the researchers counted from a
    university degree up — was ruled out by "trình độ", "đại học" (a share by degree)."""
    assert _kinds(taken(_row(label, "người", 1200, header="31/12/2024"))) == {("researchers", "2024-12-31"): 1200}


@pytest.mark.parametrize("label", ["Số người nghiên cứu khoa học có trình độ đại học",
                                   "Số người nghiên cứu khoa học trình độ từ thạc sĩ trở lên",
                                   "Số người nghiên cứu khoa học có trình độ tiến sĩ",
                                   "Số người có trình độ từ đại học trở lên"])
def test_probe_one_degree_or_no_research_is_no_count_of_researchers(label):
    """One degree (bachelor's only, master's up, doctors) is a share; degree-holders doing no research
    named are no researchers."""
    got = facts(_row(label, "người", 1200, header="31/12/2024"))
    assert not any(k[2] == "researchers" for k in got), (label, got)


# --- 4. the tasks managed, the stopped ones left out, are the tasks managed -----------------------------------

@pytest.mark.parametrize("label, code", [("Số nhiệm vụ KH&CN đang quản lý (không kể nhiệm vụ đã chấm dứt)", "tasks_managed"),
                                         ("Số nhiệm vụ KH&CN được quản lý (không bao gồm các nhiệm vụ bị đình chỉ)",
                                          "tasks_managed"),
                                         ("Nhiệm vụ KH&CN cấp tỉnh đang quản lý (trừ nhiệm vụ dừng thực hiện)",
                                          "tasks_managed_provincial")])
def test_tasks_managed_with_the_stopped_ones_left_out_are_the_tasks_managed(label, code):
    """LOST: "Số nhiệm vụ KH&CN đang quản lý (không kể nhiệm vụ đã chấm dứt) | 80" — a stopped task is managed
    no more, so what the note leaves is every task managed — was ruled out by "chấm dứt" (stopped_task_words,
    probe36's rule against the stopped tasks' own count)."""
    assert _kinds(taken(_row(label, "nhiệm vụ", 80))) == {(code, "2024"): 80}, label


@pytest.mark.parametrize("label", ["Số nhiệm vụ KH&CN đã chấm dứt", "Số nhiệm vụ KH&CN được quản lý (trong đó chấm dứt)",
                                   "Nhiệm vụ KH&CN chấm dứt hợp đồng (không kể nhiệm vụ đình chỉ)",
                                   "Số nhiệm vụ KH&CN được quản lý (không kể cấp cơ sở)"])
def test_probe_the_stopped_tasks_own_count_or_a_level_left_out_is_no_whole(label):
    """The stopped tasks' own count (probe36), the whole less a level (probe35): never the tasks managed."""
    got = facts(_row(label, "nhiệm vụ", 80))
    assert not any(k[2] == "tasks_managed" for k in got), (label, got)


# --- 5. "within one year" beside a year's column is that year -----------------------------------------------

@pytest.mark.parametrize("label", ["Sản phẩm OCOP được công nhận trong 1 năm", "Sản phẩm OCOP được công nhận trong một năm",
                                   "Số sản phẩm OCOP được công nhận trong 01 năm"])
def test_within_one_year_beside_a_years_column_is_that_year(label):
    """LOST: "Sản phẩm OCOP được công nhận trong 1 năm | 30" under "Năm 2024" was set aside as another span
    than the column's (etl/walk.py _another_span_in_label: "trong N năm", probe36) — one year is the year."""
    assert _kinds(taken(_row(label, "sản phẩm", 30))) == {("ocop_products", "2024"): 30}, label


@pytest.mark.parametrize("label, header", [("Sản phẩm OCOP được công nhận trong 1 năm", "6 tháng đầu năm 2024"),
                                           ("Sản phẩm OCOP được công nhận trong 1 năm", "Quý III/2024"),
                                           ("Sản phẩm OCOP được công nhận trong 2 năm", "Năm 2024"),
                                           ("Sản phẩm OCOP được công nhận trong năm năm", "Năm 2024"),
                                           ("Sản phẩm OCOP được công nhận mười lăm năm qua", "Năm 2024"),
                                           ("Sản phẩm OCOP được công nhận 3 năm gần đây", "Năm 2024")])
def test_probe_one_year_beside_a_part_of_it_or_years_beside_a_year_stay_aside(label, header):
    """A year beside a half or a quarter, two or five years (in figures or spelled, declared once in
    spelled_number_words) beside one year: never stored as the column's figure."""
    assert facts(_row(label, "sản phẩm", 30, header=header)) == {}, (label, header)


# --- 7. a province merged into a successor of its own name is said so -------------------------------------------

def _same_name_mergers():
    from metrics import registry
    return [(q.name_vi, s.code) for s in registry.in_frame("34") if len(registry.predecessors(s)) > 1
            for q in registry.predecessors(s) if q.name_vi == s.name_vi]


@pytest.mark.parametrize("name, new_code", _same_name_mergers())
def test_a_former_province_of_its_successors_name_is_said_merged_with_the_others(name, new_code):
    """MESSAGE: "Ô D7: Gia Lai đã sáp nhập vào Gia Lai từ 01/7/2025; số liệu kỳ Năm 2025 phải báo cáo theo tỉnh
    Gia Lai" — a department head reads that nothing happened. Every former province whose successor bears its
    name (Gia Lai, Lâm Đồng, Ninh Bình, Đà Nẵng, TP. Hồ Chí Minh, …) is "(cũ)", merged with the others into the
    new one (metrics/registry.py former_name, merger_of, new_name; etl/validate.py)."""
    from metrics import registry
    new = registry.province(new_code, "34")
    others = [q.name_vi for q in registry.predecessors(new) if q.name_vi != name]
    result = examine(head(name, "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025")
                     + [H + [f"{name} (cũ)"], ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 30]])
    said = " ".join(p.message_vi for p in result.problems) + " ".join(i.reason_vi for i in result.ignored)
    assert facts(result) == {}
    assert f"{name} đã sáp nhập vào {name}" not in said, said
    assert f"{name} (cũ) đã cùng" in said and all(o in said for o in others) and f"{name} (mới)" in said, said


def test_probe_a_province_merged_into_another_name_is_said_as_before():
    """Bình Định merged into Gia Lai: said as it was; the new province named "(mới)" where it keeps a former name."""
    result = examine(head("Bình Định", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025")
                     + [H + ["Năm 2025"], ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 30]])
    assert [p.message_vi for p in result.problems] == [
        "Ô D7: Bình Định đã sáp nhập vào Gia Lai từ 01/7/2025; số liệu kỳ Năm 2025 phải báo cáo theo tỉnh Gia Lai (mới)."]


def test_the_province_page_says_the_former_province_merged_with_the_others():
    """The province page's history of the former Gia Lai read "Gia Lai — sáp nhập vào Gia Lai từ 01/7/2025"."""
    from metrics import registry
    from views.tables import merger_history
    old = next(q for q in registry.predecessors(registry.province("52", "34")) if q.name_vi == "Gia Lai")
    assert merger_history(old.code, "63", "vi")["text"] == "Gia Lai — từ 01/7/2025 cùng Bình Định hợp nhất thành Gia Lai (mới)"
    assert merger_history(old.code, "63", "en")["text"] == "Gia Lai — merged with Binh Dinh into the new Gia Lai from 1 Jul 2025"
    assert merger_history("58", "63", "vi")["text"] == "Ninh Thuận — sáp nhập vào Khánh Hòa từ 01/7/2025"


# --- 8. "(cũ)" on a province that was not merged --------------------------------------------------------------

@pytest.mark.parametrize("name, code", [("Lai Châu", "12"), ("Điện Biên", "11")])
def test_old_on_a_province_not_merged_says_it_did_not_change(name, code):
    """MESSAGE: "Lai Châu (cũ) | Toàn tỉnh" (a column, or a row of the places) in Lai Châu's report on 2025 — the
    whole read from "Toàn tỉnh" — set the "(cũ)" figure aside as "phần của địa bàn tỉnh cũ trong số liệu của
    tỉnh sau sắp xếp": Lai Châu merged with no one. The reason says the province did not change on 1 July
    2025 (etl/walk.py _former_share_reason)."""
    title = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025"
    by_column = examine(head(name, title) + [H + [f"{name} (cũ)", "Toàn tỉnh"],
                                             ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 30, 30]])
    by_row = examine(head(name, title) + [["STT", "Địa bàn", "Sản phẩm OCOP được công nhận"], ["1", f"{name} (cũ)", 30],
                                          ["", "Toàn tỉnh", 30]])
    for result in (by_column, by_row):
        assert taken(result) == {(code, "34", "ocop_products", "2025", "actual"): 30}
        said = [i.reason_vi for i in result.ignored if "(cũ)" in i.reason_vi]
        assert said and all(f"{name} không thay đổi địa giới ngày 01/7/2025 (không sáp nhập)" in r for r in said), said
        assert not any("phần của địa bàn tỉnh cũ" in r for r in said), said


def test_probe_a_former_province_of_a_merged_one_is_still_its_share():
    """Khánh Hòa (cũ) and Ninh Thuận (cũ) beside Khánh Hòa's whole of 2025: each its territory's share, said so."""
    result = examine(head("Khánh Hòa", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025")
                     + [H + ["Khánh Hòa (cũ)", "Ninh Thuận (cũ)", "Toàn tỉnh"],
                        ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 30, 20, 50]])
    assert taken(result) == {("56", "34", "ocop_products", "2025", "actual"): 50}
    # (recall31: the reason also says whom each merged with, as the refusal it replaced for a column alone did)
    assert sorted(i.reason_vi for i in result.ignored) == [
        f"Ô {cell}: “{n} (cũ)” là phần của địa bàn tỉnh cũ trong số liệu của tỉnh sau sắp xếp (kỳ Năm 2025; {how} "
        "từ 01/7/2025); không thuộc tỉnh nào của kỳ đó: không lưu."
        for cell, n, how in (("D7", "Khánh Hòa", "Khánh Hòa (cũ) đã cùng Ninh Thuận hợp nhất thành tỉnh Khánh Hòa (mới)"),
                             ("E7", "Ninh Thuận", "Ninh Thuận đã sáp nhập vào Khánh Hòa"))]


# --- 6. the districts under "Địa phương" written without "huyện" --------------------------------------------

HA_TINH = "42"
OCOP_2024 = "BÁO CÁO KẾT QUẢ CHƯƠNG TRÌNH OCOP NĂM 2024"
LOCALITIES = ["STT", "Địa phương", "Sản phẩm OCOP được công nhận"]


@pytest.mark.parametrize("total", ["Tổng cộng", "Toàn tỉnh", "Cộng"])
def test_districts_without_their_kind_beside_the_total_are_the_provinces_units(total):
    """REFUSED: "Thạch Hà | 5", "Cẩm Xuyên | 7", "Kỳ Anh | 3", "Tổng cộng | 15" under "Địa phương" in Hà Tĩnh's
    report — the districts without "huyện" — refused the honest file ("không nhận ra tỉnh “Thạch Hà”"): the
    total is the province's, each district set aside as a part of it (etl/walk.py _localities_are_units)."""
    result = examine(head("Hà Tĩnh", OCOP_2024) + [LOCALITIES, ["1", "Thạch Hà", 5], ["2", "Cẩm Xuyên", 7], ["3", "Kỳ Anh", 3],
                                                   ["", total, 15]])
    assert taken(result) == {(HA_TINH, "63", "ocop_products", "2024", "actual"): 15}
    assert {i.text for i in result.ignored if "cấp huyện" in i.reason_vi} == {"Thạch Hà", "Cẩm Xuyên", "Kỳ Anh"}


def test_probe_the_provinces_own_name_beside_its_districts_is_no_whole():
    """"Hà Tĩnh | 12" over unprefixed districts may be the city of Hà Tĩnh (review28a): nothing stored as the
    province's, every row set aside with its reason."""
    result = examine(head("Hà Tĩnh", OCOP_2024) + [LOCALITIES, ["", "Hà Tĩnh", 12], ["1", "Thạch Hà", 5], ["2", "Cẩm Xuyên", 7]])
    assert facts(result) == {}
    assert {i.text for i in result.ignored} >= {"Hà Tĩnh", "Thạch Hà", "Cẩm Xuyên"}


@pytest.mark.parametrize("rows", [
    [["1", "Thạch Hà", 5], ["2", "Cẩm Xuyên", 7]],                           # no whole: nothing to read
    [["1", "Nghệ An", 5], ["2", "Thạch Hà", 7], ["", "Tổng cộng", 12]],     # another province: a region's table
])
def test_probe_no_whole_or_another_province_is_no_provinces_units(rows):
    """Districts with no total, or a name beside another province and a total (the region's sum): never a
    figure of Hà Tĩnh."""
    got = facts(examine(head("Hà Tĩnh", OCOP_2024) + [LOCALITIES, *rows]))
    assert (HA_TINH, "63", "ocop_products", "2024", "actual") not in got, got


def test_probe_a_handout_with_no_province_in_its_title_is_not_read_as_units():
    """A region's table titled with no province: names it cannot read are never some province's units."""
    got = facts(examine([["SỐ LIỆU OCOP CÁC ĐỊA PHƯƠNG NĂM 2024"], [], LOCALITIES, ["1", "Thạch Hà", 5],
                         ["2", "Cẩm Xuyên", 7], ["", "Tổng cộng", 12]]))
    assert got == {}, got
