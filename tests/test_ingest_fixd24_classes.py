"""review22b findings 5–8 (fixd24): a part of the S&T budget or a level below the province stored as the
province's whole, the whole lost because its own label lists its members, and a table's caption naming
one stage of the tasks (carried over, new). Each class is probed with the smallest realistic report,
built here with tests/fixtures/reports.py, marked as test data and read by `etl.ingest.examine` as an
upload is; each test asserts what is stored (or that it is not), and a probe beside it that the honest
neighbouring case is still taken."""
from __future__ import annotations

from tests.fixtures.reports import (LABEL_UNIT_HEADER as H, TASKS_ACCEPTED_ROW, examine, facts, head,
                                    reasons as _reasons, taken)

HT = "42"   # Hà Tĩnh
TEXT_HEADER = ["TT", "Nội dung", "Kết quả"]
Y24 = "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2024"
Y25 = "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2025"
BUDGET_2024 = {(HT, "63", "st_budget", "2024", "actual"): 52.3}
RATE_2025 = {(HT, "34", "online_dossier_rate", "2025", "actual"): 88.4}


def _report(title: str, rows: list[list], name: str = "hatinh.xlsx"):
    return examine(head("Hà Tĩnh", title) + rows, name=name)


def _text(title: str, label: str, text: str):
    return _report(title, [TEXT_HEADER, ["1", label, text]])


# --- 5. every part of the S&T budget, one declared list (was wrong) ----------------------------------

def test_the_budgets_recurrent_and_capital_parts_are_never_the_whole():
    """"Chi sự nghiệp KH&CN: 37,6", "Chi thường xuyên cho KH&CN: 37,6", "Chi ĐT phát triển cho KH&CN
    14,7" in a sentence, and the rows "Chi NSNN cho KH&CN - vốn ĐTPT", "(nguồn chi đầu tư)", "(vốn đầu
    tư công)" were stored as the province's whole S&T budget: one list, metrics/abbreviations.toml
    budget_part_words, read by the sentence rule and the table's exclude (indicators.toml exclude_lists)."""
    for text in ("Chi sự nghiệp KH&CN: 37,6 tỷ đồng", "Chi thường xuyên cho KH&CN: 37,6 tỷ đồng",
                 "Chi ĐT phát triển cho KH&CN 14,7 tỷ đồng"):
        assert "st_budget" not in {k[2] for k in facts(_text(Y24, "Kinh phí KH&CN", text))}, text
    for label in ("Chi NSNN cho KH&CN - vốn ĐTPT", "Chi ngân sách cho KH&CN (nguồn chi đầu tư)",
                  "Chi ngân sách cho KH&CN (vốn đầu tư công)", "Chi sự nghiệp KH&CN"):
        r = _report(Y24, [H + ["Năm 2024"], ["1", label, "tỷ đồng", 14.7],
                          ["2", "Chi ngân sách nhà nước cho KH&CN", "tỷ đồng", 52.3]])
        assert taken(r) == BUDGET_2024, label


def test_the_recurrent_budget_line_kinh_phi_su_nghiep_is_no_whole():
    """Changed openly by mend27a (it pinned "Kinh phí sự nghiệp KH&CN" as the whole's alias): the "sự
    nghiệp" line is the recurrent part, the whole less its development investment — the shared seed calls
    Lâm Đồng's "sự nghiệp khoa học và công nghệ" allocation st_budget_recurrent_allocated. Never the whole
    S&T budget (budget_part_words "sự nghiệp"); the whole beside it stays read."""
    r = _report(Y24, [H + ["Năm 2024"], ["1", "Kinh phí sự nghiệp KH&CN", "tỷ đồng", 37.6],
                      ["2", "Chi ngân sách nhà nước cho KH&CN", "tỷ đồng", 52.3]])
    assert taken(r) == BUDGET_2024


# --- 6. the whole named by its own members, or by "tổng" (was lost) -----------------------------------

def test_the_whole_budget_listing_its_own_members_is_taken():
    """"Tổng chi ngân sách cho KH&CN (gồm chi đầu tư phát triển và chi sự nghiệp) là 52,3" (with or
    without brackets), "Sau khi hoàn thành dự án đầu tư xây dựng Trung tâm, tổng chi … đạt 52,3" and the
    row "Tổng chi … (gồm đầu tư phát triển và sự nghiệp)" were lost — alone on its sheet, the row's file
    refused (etl/labels.py whole_lists_out; abbreviations.toml whole_member_list_words)."""
    for text in ("Tổng chi ngân sách cho KH&CN (gồm chi đầu tư phát triển và chi sự nghiệp) là 52,3 tỷ đồng",
                 "Tổng chi ngân sách cho KH&CN gồm chi đầu tư phát triển và chi sự nghiệp là 52,3 tỷ đồng",
                 "Sau khi hoàn thành dự án đầu tư xây dựng Trung tâm, tổng chi ngân sách nhà nước cho KH&CN năm "
                 "2024 đạt 52,3 tỷ đồng"):
        assert taken(_text(Y24, "Kinh phí KH&CN", text)) == BUDGET_2024, text
    r = _report(Y24, [H + ["Năm 2024"], ["1", "Tổng chi ngân sách cho KH&CN (gồm đầu tư phát triển và sự nghiệp)",
                                         "tỷ đồng", 52.3]])
    assert r.accepted and taken(r) == BUDGET_2024


def test_probe_a_member_list_still_open_at_the_figure_is_a_part():
    """Where it must not fire: "Chi NSNN cho KH&CN gồm chi đầu tư phát triển 14,7 tỷ đồng và chi sự
    nghiệp 37,6 tỷ đồng" — each figure is its part's; "gồm chi đầu tư phát triển là 14,7" one part."""
    for text in ("Chi NSNN cho KH&CN gồm chi đầu tư phát triển 14,7 tỷ đồng và chi sự nghiệp 37,6 tỷ đồng",
                 "Chi NSNN cho KH&CN gồm chi đầu tư phát triển là 14,7 tỷ đồng"):
        got = taken(_text(Y24, "Kinh phí KH&CN", text))
        assert 14.7 not in got.values() and 37.6 not in got.values(), text


# --- 7. the online rate of a level below the province, one declared list (was wrong, and lost) --------

def test_the_communes_and_special_zones_rate_is_not_the_provinces():
    """"… của UBND các xã đạt 60,2%", "… của các đặc khu đạt 60,2%" and the row "Tỷ lệ hồ sơ TTHC của
    UBND các xã tiếp nhận trực tuyến" were stored as the province's rate (abbreviations.toml
    level_part_words, read by the sentence rule and both rates' exclude_lists)."""
    for text in ("Tỷ lệ hồ sơ TTHC trực tuyến của UBND các xã đạt 60,2%",
                 "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến của các đặc khu đạt 60,2%"):
        assert facts(_text(Y25, "Cải cách hành chính", text)) == {}, text
    r = _report(Y25, [H + ["Năm 2025"], ["1", "Tỷ lệ hồ sơ TTHC của UBND các xã tiếp nhận trực tuyến", "%", 60.2]])
    assert facts(r) == {}


def test_the_provinces_rate_after_an_arrangement_or_listing_its_levels_is_taken():
    """"Sau khi sắp xếp đơn vị hành chính cấp xã, tỷ lệ hồ sơ … đạt 88,4%" (a common 2025 opening),
    "… (bao gồm cấp tỉnh, cấp huyện và cấp xã) đạt 88,4%" and the row "… (toàn tỉnh, gồm cả cấp xã)" were
    lost (abbreviations.toml level_arrangement_words, whole_member_list_words, whole_inclusive_words)."""
    for text in ("Sau khi sắp xếp đơn vị hành chính cấp xã, tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến đạt 88,4%",
                 "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến trên địa bàn tỉnh (bao gồm cấp tỉnh, cấp huyện và cấp xã) "
                 "đạt 88,4%"):
        assert taken(_text(Y25, "Cải cách hành chính", text)) == RATE_2025, text
    r = _report(Y25, [H + ["Năm 2025"], ["1", "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến (toàn tỉnh, gồm cả cấp xã)",
                                         "%", 88.4]])
    assert taken(r) == RATE_2025


def test_probe_the_communes_rate_after_sap_xep_is_still_theirs():
    """Where it must not fire: "Tỷ lệ hồ sơ TTHC cấp xã sau sắp xếp đạt 60,2%" is the communes'."""
    assert facts(_text(Y25, "Cải cách hành chính", "Tỷ lệ hồ sơ TTHC cấp xã sau sắp xếp đạt 60,2%")) == {}


# --- 8. a caption naming one stage of the tasks (was refused, or wrong) ------------------------------

ROWS = [["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 12], TASKS_ACCEPTED_ROW + [7]]


def _captioned(lines: list[list], rows: list[list] = ROWS):
    return _report(Y25, [*lines, H + ["Năm 2025"], *rows], name="hatinh_2025.xlsx")


def test_rows_under_a_one_stage_caption_are_that_stages_part():
    """"Nhiệm vụ mở mới năm 2025", "Nhiệm vụ năm 2024 chuyển qua", a caption with a document's number,
    one over 120 characters, one with a blank row under it: the rows count only that stage's tasks, and
    were stored as all the tasks of 2025 (etl/walk.py _stage_caption, _caption_stage; header_words.toml
    heading_stage_words, as a section heading's)."""
    long_caption = ("Bảng 1. Tình hình thực hiện các nhiệm vụ khoa học và công nghệ chuyển tiếp từ năm 2024 sang năm "
                    "2025 do Sở Khoa học và Công nghệ tỉnh Hà Tĩnh quản lý")
    for lines in ([["Nhiệm vụ mở mới năm 2025"]], [["Nhiệm vụ năm 2024 chuyển qua"]],
                  [["Biểu 02: Nhiệm vụ chuyển tiếp (kèm theo Báo cáo số 15/BC-SKHCN)"]], [[long_caption]],
                  [["Chuyển tiếp từ năm 2024"], []]):
        r = _captioned(lines)
        assert facts(r) == {}, lines
        assert "cho biết các dòng chỉ là một phần" in _reasons(r), lines


def test_probe_a_caption_of_both_stages_is_the_whole_and_never_refused():
    """Where it must not fire: "Nhiệm vụ mới và chuyển tiếp năm 2025" and "Biểu 01: … (bao gồm nhiệm vụ
    mở mới và nhiệm vụ chuyển tiếp)" name every task — the file was refused with nothing taken
    (wrong24's carried_over_caption_words); "Chương trình nông thôn mới" names no stage."""
    whole = {(HT, "34", "tasks_managed", "2025", "actual"): 12, (HT, "34", "tasks_accepted", "2025", "actual"): 7}
    for caption in ("Nhiệm vụ mới và chuyển tiếp năm 2025",
                    "Biểu 01: Tình hình thực hiện nhiệm vụ KH&CN (bao gồm nhiệm vụ mở mới và nhiệm vụ chuyển tiếp)",
                    "Nhiệm vụ KH&CN phục vụ Chương trình nông thôn mới"):
        r = _captioned([[caption]])
        assert r.accepted and taken(r) == whole, caption
    # a row naming the caption's own stage is that stage's count
    r = _captioned([["Nhiệm vụ chuyển tiếp từ năm 2024"]], [["1", "Nhiệm vụ chuyển tiếp", "nhiệm vụ", 12]])
    assert taken(r) == {(HT, "34", "tasks_carried_over", "2025", "actual"): 12}


def test_probe_the_ocop_programmes_name_names_no_stage():
    """"Bảng 3. Chương trình mỗi xã một sản phẩm (OCOP)": "mỗi" folds as "mới" (new) does, and the
    products re-recognized under it ("công nhận lại", a stage of their own) were set aside as a part of
    the caption's "new" stage (batch 11's Hà Nam, found after the landing; header_words.toml
    heading_stage_except_words)."""
    for caption in ("Bảng 3. Chương trình mỗi xã một sản phẩm (OCOP)", "Chương trình Mỗi xã, phường một sản phẩm"):
        r = _captioned([[caption]], [["1", "Sản phẩm OCOP được công nhận lại (hết hạn 36 tháng)", "sản phẩm", 9]])
        assert taken(r) == {(HT, "34", "ocop_products_rerecognized", "2025", "actual"): 9}, caption
