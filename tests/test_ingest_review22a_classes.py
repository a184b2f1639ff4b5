"""What review22a found in the combined batches 39–41 and mend21 (fixb24), one class per test: each
report is built here, marked as test data, and read by `etl.ingest.examine` as an upload is. A
statistician's reading is the expectation; beside each rule, probes where it must not fire."""
from __future__ import annotations

from tests.fixtures.reports import MARK, examine, facts, head, taken
from tests.test_ingest_batch40_classes import _dong_nai, _merges

# --- the Ministry's form: "Mã số" is a code, never a figure ---------------------------------------

_FORM = ["Tên chỉ tiêu", "Mã số", "Đơn vị tính"]
_TASKS = ["Nhiệm vụ KH&CN được quản lý", "02", "nhiệm vụ"]
_OCOP = ["Sản phẩm OCOP được công nhận", "01", "sản phẩm"]
_FORM_HEAD = [*head("Quảng Bình", "BÁO CÁO THỐNG KÊ KHOA HỌC VÀ CÔNG NGHỆ"), ["Kỳ báo cáo: năm 2021"]]


def test_a_forms_code_is_never_read_as_the_rows_figure():
    """Quảng Bình's form "Tên chỉ tiêu | Mã số | Đơn vị tính | Kỳ trước chuyển sang | Mở mới trong kỳ |
    Tổng số trong kỳ": the value columns name nothing the reader takes, and the row "Nhiệm vụ KH&CN được
    quản lý | 02 | nhiệm vụ" was read as a sentence — 2 tasks managed, 1 OCOP product stored (the
    codes). So with only a "Ghi chú" column beside the code. Nothing is stored from the codes."""
    for cols, rows in ((["Kỳ trước chuyển sang", "Mở mới trong kỳ", "Tổng số trong kỳ"],
                        ([*_TASKS, 30, 17, 47], [*_OCOP, 5, 6, 11])),
                       (["Ghi chú"], ([*_TASKS, "đang thực hiện"], [*_OCOP, None]))):
        got = taken(examine([*_FORM_HEAD, [*_FORM, *cols], *rows]))
        assert not [k for k, v in got.items() if v in (1, 2)], (cols, got)


def test_probe_a_form_with_a_code_still_gives_its_value_columns_figures():
    """Probe (the rule must not cost a figure): "Mã số" beside a value column the reader knows ("Số
    đang thực hiện") still gives 30 tasks managed and 5 products."""
    got = taken(examine([*_FORM_HEAD, [*_FORM, "Số đang thực hiện", "Số nghiệm thu"],
                         [*_TASKS, 30, 17], [*_OCOP, 5, 6]]))
    assert got[("44", "63", "tasks_managed", "2021", "actual")] == 30
    assert got[("44", "63", "ocop_products", "2021", "actual")] == 5


# --- "một" after "bình quân": per one, never a count ------------------------------------------------

_YEARS = [None, 2020, 2021, 2022, "Sơ bộ 2023"]


def _yearbook(*tables) -> list[list]:
    """A sheet copied from Thái Nguyên's statistical yearbook: each table a caption, its unit at the
    right, the years across with no label header, then its rows."""
    rows = [["CỤC THỐNG KÊ TỈNH THÁI NGUYÊN"], ["NIÊN GIÁM THỐNG KÊ TỈNH THÁI NGUYÊN 2023"], [MARK], []]
    for caption, unit, lines in tables:
        rows += [[caption], [None, None, None, None, f"Đơn vị tính: {unit}"], list(_YEARS), *lines, []]
    return rows


_ACCEPTED = ("12.5. Số nhiệm vụ khoa học và công nghệ được nghiệm thu phân theo cấp quản lý", "Nhiệm vụ", [
    ["TỔNG SỐ", 35, 38, 41, 44], ["Phân theo cấp quản lý"], ["Cấp nhà nước", 2, 3, 2, 4],
    ["Cấp tỉnh", 19, 21, 24, 25], ["Cấp cơ sở", 14, 14, 15, 15]])
_BUDGET = ("12.7. Chi ngân sách nhà nước cho khoa học và công nghệ", "Triệu đồng", [
    ["TỔNG SỐ", 62540, 58310, 66780, 71250], ["Chi đầu tư phát triển", 15200, 11800, 16900, 18400],
    ["Chi sự nghiệp khoa học và công nghệ", 47340, 46510, 49880, 52850]])
_AVERAGE = ("12.12. Kinh phí bình quân một nhiệm vụ khoa học và công nghệ phân theo cấp quản lý", "Triệu đồng",
            [["TỔNG SỐ", 520, 610, 580, 640], ["Cấp tỉnh", 700, 720, 690, 710]])
_INDEX = ("12.9. Chỉ số phát triển số nhiệm vụ khoa học và công nghệ được nghiệm thu (Năm trước = 100)", "%",
          [["TỔNG SỐ", 103.2, 108.6, 107.9, 107.3], ["Cấp tỉnh", 95.0, 110.5, 114.3, 104.2]])


def test_a_spelled_one_after_an_average_word_is_no_count():
    """The caption "Kinh phí bình quân một nhiệm vụ khoa học và công nghệ …" (money per task): its
    "một nhiệm vụ" was read as the sentence "1 task managed" of 2023. No task count is stored from it;
    the table before it still gives its 12 figures."""
    result = examine(_yearbook(_ACCEPTED, _AVERAGE), title="12. KHCN")
    got = taken(result)
    assert not [k for k in got if k[2] == "tasks_managed"], got
    assert got[("19", "63", "tasks_accepted", "2023", "actual")] == 44
    assert len(got) == 12, got


def test_probe_a_spelled_count_in_a_sentence_is_still_read():
    """Probe (a spelled number that counts): "Năm 2024, tỉnh công nhận thêm hai sản phẩm OCOP." — the
    rule is only "một" after "bình quân", "mỗi", "cho", "trên"…; a count in words is still a count."""
    from etl.prose import find_numbers, is_trap

    low = "năm 2024, tỉnh công nhận thêm hai sản phẩm ocop và một nhiệm vụ được nghiệm thu"
    nums = [n for n in find_numbers(low) if n.words]
    assert [(n.value, is_trap(low, n, low)) for n in nums] == [(2.0, None), (1.0, None)]
    low = "kinh phí bình quân một nhiệm vụ là 520 triệu đồng"
    one = next(n for n in find_numbers(low) if n.words)
    assert is_trap(low, one, low) is not None


# --- "Lũy kế đến hết năm" over "Toàn tỉnh": a total to date, no year's flow ---------------------------

def test_a_total_to_date_over_the_whole_province_is_not_the_years_flow():
    """The new Đồng Nai's 2025 report: "Lũy kế đến hết năm 2025" over "Toàn tỉnh" beside the former
    provinces' first half: the products recognised since the programme began, never 2025's own (83
    was stored as ocop_products 2025, 168 as tasks_managed 2025). Not stored; the former halves are."""
    got = taken(examine(_dong_nai("Lũy kế đến hết năm 2025", "Toàn tỉnh"), merges=_merges()))
    assert not [k for k in got if k[1] == "34"], got
    assert got[("70", "63", "ocop_products", "2025-S1", "actual")] == 17
    assert len(got) == 4, got


def test_probe_the_own_year_over_the_whole_province_is_still_read():
    """Probe: "Năm 2025" over "Toàn tỉnh" (batch 40's own case) stays the new province's year."""
    got = taken(examine(_dong_nai("Năm 2025", "Toàn tỉnh"), merges=_merges()))
    assert got[("75", "34", "ocop_products", "2025", "actual")] == 83


def test_one_split_of_a_header_into_its_group_and_the_whole_province():
    """mend21's _whole_at_the_end and blind40's _own_period_group split a header the same way: one
    helper does it for both (review22a), the whole text when it is only those words."""
    from etl.walk import _own_period_group, _whole_at_the_end, _whole_province_tails

    assert list(_whole_province_tails("Năm 2025 Toàn tỉnh"))[0] == ("Năm 2025", "Toàn tỉnh")
    assert list(_whole_province_tails("Toàn tỉnh")) == [("", "Toàn tỉnh")]
    assert _whole_at_the_end("6 tháng đầu năm 2026 Tổng cộng") and not _whole_at_the_end("Năm 2025")
    assert _own_period_group("Năm 2025 Toàn tỉnh") == "Năm 2025"
    assert _own_period_group("Lũy kế đến hết năm 2025 Toàn tỉnh") is None


# --- "Kỳ trước" of a report with no period just before it ----------------------------------------

def test_the_period_before_nine_months_is_not_guessed():
    """Hà Tĩnh's form on "9 tháng năm 2024" with "Kỳ trước | Kỳ báo cáo": the period before nine months
    is no period an office reports (read as April–December 2023; a person reads the same nine months
    of 2023 or the previous report). Its figure is set aside, the report's own nine months stored,
    the honest file accepted."""
    for hdr in ("Kỳ trước", "Thực hiện kỳ trước"):
        result = examine([*head("Hà Tĩnh", "BÁO CÁO THỐNG KÊ KHOA HỌC VÀ CÔNG NGHỆ 9 THÁNG NĂM 2024"),
                          [*_FORM, hdr, "Kỳ báo cáo"], [*_OCOP, 18, 22]])
        assert result.accepted, [p.message_vi for p in result.problems]
        assert taken(result) == {("42", "63", "ocop_products", "2024-01/2024-09", "actual"): 22}, hdr


def test_probe_the_period_before_a_half_or_a_year_is_still_read():
    """Probe: "Kỳ trước" of a yearly report is the year before, of a quarter the quarter before."""
    got = taken(examine([*head("Hà Tĩnh", "BÁO CÁO THỐNG KÊ KHOA HỌC VÀ CÔNG NGHỆ NĂM 2024"),
                         [*_FORM, "Kỳ trước", "Kỳ báo cáo"], [*_OCOP, 18, 22]]))
    assert got[("42", "63", "ocop_products", "2023", "actual")] == 18
    got = taken(examine([*head("Hà Tĩnh", "BÁO CÁO THỐNG KÊ KHOA HỌC VÀ CÔNG NGHỆ QUÝ III NĂM 2024"),
                         [*_FORM, "Kỳ trước", "Kỳ báo cáo"], [*_OCOP, 18, 22]]))
    assert got[("42", "63", "ocop_products", "2024-Q2", "actual")] == 18


# --- a yearbook sheet of one table ----------------------------------------------------------------

def test_a_yearbook_sheet_of_one_table_is_read():
    """A yearbook sheet holding one table (the usual export), the budget's before the tasks', or the
    tasks' followed by an index table: refused before ("không tìm thấy chỉ tiêu nào"), the label
    column unfound — the years' header has no cell over the labels. Each now gives its figures; the
    index table's "Cấp tỉnh" is no part of the tasks table above it."""
    years = ("2020", "2021", "2022", "2023")
    for tables, n in (((_ACCEPTED,), 12), ((_BUDGET,), 4), ((_BUDGET, _ACCEPTED), 16), ((_ACCEPTED, _INDEX), 12)):
        result = examine(_yearbook(*tables), title="12. KHCN")
        assert result.accepted, [p.message_vi for p in result.problems]
        got = taken(result)
        assert len(got) == n, got
        if _ACCEPTED in tables:
            assert {k[3]: v for k, v in got.items() if k[2] == "tasks_accepted_provincial"} == \
                dict(zip(years, (19, 21, 24, 25)))
        if _BUDGET in tables:
            assert got[("19", "63", "st_budget", "2023", "actual")] == 71.25


def test_probe_a_yearbook_total_over_provinces_is_no_provinces():
    """Probe: "… phân theo địa phương" over "TỔNG SỐ | Thái Nguyên | Bắc Kạn": the total is the
    region's — never Thái Nguyên's (350 stored as its tasks accepted). The province's own city in a
    table by district ("Thành phố Thái Nguyên | Huyện Đại Từ") leaves the total the province's."""
    region = ("12.11. Số nhiệm vụ khoa học và công nghệ được nghiệm thu phân theo địa phương", "Nhiệm vụ",
              [["TỔNG SỐ", 350, 380, 410, 440], ["Thái Nguyên", 35, 38, 41, 44], ["Bắc Kạn", 12, 13, 15, 16]])
    got = facts(examine(_yearbook(region), title="12. KHCN"))   # nothing of the registry's: refused
    assert not [k for k, v in got.items() if v >= 350], got
    districts = ("12.11. Số nhiệm vụ khoa học và công nghệ được nghiệm thu phân theo huyện", "Nhiệm vụ",
                 [["TỔNG SỐ", 35, 38, 41, 44], ["Thành phố Thái Nguyên", 20, 20, 20, 20], ["Huyện Đại Từ", 12, 13, 15, 16]])
    got = taken(examine(_yearbook(districts), title="12. KHCN"))
    assert got == {("19", "63", "tasks_accepted", y, "actual"): v for y, v in zip(("2020", "2021", "2022", "2023"),
                                                                                    (35, 38, 41, 44))}
