"""Wrong numbers and lost figures review 22a found in mend21's rules (districts' sections, a tidy sheet's
district column, years down the rows, the labels' header over a lower header): a district's, a town's or
the province's other part's figure stored as the whole province's, an estimate stored as a reported
figure, an honest table read as nothing. Each report is built here, marked as test data, and read by
`etl.ingest.examine` as an upload is; beside each rule, probes where it must not fire."""
from __future__ import annotations

from tests.fixtures.reports import examine, facts, head, reasons as _ignored, taken
from tests.test_ingest_batch40_classes import _yearbook, _years

HT = "42"   # Hà Tĩnh (merged with no province in 2025: the same code in both frames)
T24 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2024"
TASKS, INITIATIVES = "Số nhiệm vụ KH&CN được nghiệm thu", "Số sáng kiến được công nhận"
TASKS_24 = (HT, "63", "tasks_accepted", "2024", "actual")
INITIATIVES_24 = (HT, "63", "initiatives_recognized", "2024", "actual")


# --- 1. districts' sections: the heading after them, the district's kind abbreviated ----------------------

def _sections(rows: list[list], province: str = "Hà Tĩnh"):
    return examine(head(province, T24) + [["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"], *rows], name="so_lieu_2024.xlsx")


def test_a_heading_after_the_districts_naming_no_whole_province_keeps_its_rows_aside():
    """"I. Huyện Kỳ Anh", "II. Huyện Hương Sơn", then "III. Các sở, ban, ngành cấp tỉnh": another part of
    the province, not its whole — its 21 tasks were stored as Hà Tĩnh's 2024 (etl/walk.py
    after_districts). "IV. Toàn tỉnh" after it is the province's own figure again."""
    r = _sections([["I", "Huyện Kỳ Anh", None, None], ["1", TASKS, "nhiệm vụ", 5],
                   ["II", "Huyện Hương Sơn", None, None], ["1", TASKS, "nhiệm vụ", 4],
                   ["III", "Các sở, ban, ngành cấp tỉnh", None, None], ["1", TASKS, "nhiệm vụ", 21],
                   ["IV", "Toàn tỉnh", None, None], ["1", TASKS, "nhiệm vụ", 30]])
    assert taken(r) == {TASKS_24: 30}
    assert "Các sở, ban, ngành cấp tỉnh" in _ignored(r)
    # no whole province after it: nothing of the province's parts is stored
    r = _sections([["1", "Huyện Kỳ Anh", None, None], ["", TASKS, "nhiệm vụ", 5],
                   ["2", "Khối sở, ngành", None, None], ["", TASKS, "nhiệm vụ", 21]])
    assert TASKS_24 not in facts(r)


def test_probe_a_heading_naming_the_province_after_the_districts_is_read():
    """Where it must not fire: "III. Kết quả chung của tỉnh" (metrics/header_words.toml
    province_own_heading_words) or "Tổng cộng" after the districts are the province's own rows."""
    for heading in ("Kết quả chung của tỉnh", "Tổng cộng"):
        r = _sections([["I", "Huyện Kỳ Anh", None, None], ["1", TASKS, "nhiệm vụ", 5],
                       ["II", heading, None, None], ["1", TASKS, "nhiệm vụ", 30]])
        assert taken(r) == {TASKS_24: 30}, heading


def test_a_district_abbreviated_h_is_a_districts_section():
    """"II | H. Hương Sơn" (the number in its own STT cell): "H." is the district's kind, not a heading
    letter — read as the heading "Hương Sơn", its 20 initiatives were stored as Hà Tĩnh's."""
    r = _sections([["1", TASKS, "nhiệm vụ", 30], ["I", "TX. Kỳ Anh", None, None], ["1", TASKS, "nhiệm vụ", 5],
                   ["II", "H. Hương Sơn", None, None], ["1", INITIATIVES, "sáng kiến", 20]])
    assert taken(r) == {TASKS_24: 30}
    assert "H. Hương Sơn" in _ignored(r)


def test_probe_a_heading_letter_h_without_an_stt_cell_is_no_district():
    """Where it must not fire: "H. Hoạt động sáng kiến" with no STT cell: "H." numbers the heading."""
    r = _sections([["", "H. Hoạt động sáng kiến", None, None], ["", INITIATIVES, "sáng kiến", 120]])
    assert taken(r) == {INITIATIVES_24: 120}


# --- 2. the provincial city bearing the province's name -----------------------------------------------

def test_the_provincial_city_named_after_the_province_is_a_district():
    """"Thành phố Hà Tĩnh" (and "TP Thanh Hóa") is the town inside the province, not the province: its 9
    tasks and 30 initiatives were stored as Hà Tĩnh's (etl/labels.py place_below_province)."""
    r = _sections([["1", TASKS, "nhiệm vụ", 50], ["I", "Thành phố Hà Tĩnh", None, None], ["1", TASKS, "nhiệm vụ", 9],
                   ["2", INITIATIVES, "sáng kiến", 30], ["II", "Huyện Kỳ Anh", None, None],
                   ["1", INITIATIVES, "sáng kiến", 20]])
    assert taken(r) == {TASKS_24: 50}
    r = _sections([["1", TASKS, "nhiệm vụ", 80], ["I", "TP Thanh Hóa", None, None], ["1", TASKS, "nhiệm vụ", 9]],
                  province="Thanh Hóa")
    assert [v for k, v in taken(r).items() if k[2] == "tasks_accepted"] == [80]


def test_probe_a_centrally_run_citys_own_name_is_still_the_city():
    """Where it must not fire: "Thành phố Cần Thơ" over its rows in Cần Thơ's report is the city itself."""
    got = taken(examine(head("Cần Thơ", T24, city=True) + [["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"],
                                                          ["I", "Thành phố Cần Thơ", None, None],
                                                          ["1", TASKS, "nhiệm vụ", 44]], name="cantho_2024.xlsx"))
    assert got == {("92", "63", "tasks_accepted", "2024", "actual"): 44}


# --- 3. a tidy sheet's district typed once or merged down over its rows -------------------------------

def _tidy(rows: list[list], merges=()):
    return examine(head("Hà Tĩnh", "Số liệu khoa học và công nghệ theo địa bàn")
                   + [["Tỉnh", "Huyện", "Năm", "Chỉ tiêu", "Giá trị"], *rows], merges=merges, name="hatinh_tidy.xlsx")


def test_a_districts_name_typed_once_or_merged_down_covers_its_rows():
    """"Hà Tĩnh | Huyện Kỳ Anh | 2024 | Nhiệm vụ … | 5", then "Hà Tĩnh | (trống) | 2024 | Sáng kiến … | 20":
    the blank is still Kỳ Anh's — its 20 initiatives were stored as Hà Tĩnh's (etl/walk.py
    _subunit_of_rows). The same with the district merged down over its two rows (B8:B9)."""
    rows = [["Hà Tĩnh", None, 2024, TASKS, 30],
            ["Hà Tĩnh", "Huyện Kỳ Anh", 2024, TASKS, 5], ["Hà Tĩnh", None, 2024, INITIATIVES, 20]]
    assert taken(_tidy(rows)) == {TASKS_24: 30}
    assert taken(_tidy(rows, merges=("B8:B9",))) == {TASKS_24: 30}


def test_probe_a_total_row_or_another_province_ends_the_districts_rows():
    """Where it must not fire past the district: a "Toàn tỉnh" row, or the Tỉnh cell naming another
    province, and the blank cells below are the province's own rows again."""
    got = taken(_tidy([["Hà Tĩnh", "Huyện Kỳ Anh", 2024, TASKS, 5], ["Hà Tĩnh", "Toàn tỉnh", 2024, TASKS, 30],
                       ["Hà Tĩnh", None, 2024, INITIATIVES, 120]]))
    assert got == {TASKS_24: 30, INITIATIVES_24: 120}
    got = taken(_tidy([["Hà Tĩnh", "Huyện Kỳ Anh", 2024, TASKS, 5], ["Nghệ An", None, 2024, TASKS, 60]]))
    assert got == {("40", "63", "tasks_accepted", "2024", "actual"): 60}


# --- 4. a title naming a district ----------------------------------------------------------------------

def test_a_title_naming_a_district_is_not_the_provinces_table():
    """"Số nhiệm vụ KH&CN được nghiệm thu của huyện Kỳ Anh giai đoạn 2021-2023" over a table (or over the
    years down the rows): the district's figures, stored as Hà Tĩnh's 2021-2023 (etl/walk.py
    _title_district)."""
    title = f"{TASKS} của huyện Kỳ Anh giai đoạn 2021-2023"
    ordinary = examine(head("Hà Tĩnh", title) + [["Chỉ tiêu", "Năm 2021", "Năm 2022", "Năm 2023"], [TASKS, 3, 4, 5]])
    assert not facts(ordinary)
    by_year = examine(head("Hà Tĩnh", title) + [["Năm", TASKS], [2021, 3], [2022, 4], [2023, 5]])
    assert not facts(by_year)


def test_probe_a_title_naming_the_province_keeps_its_table():
    """Where it must not fire: the title naming the province ("… tỉnh Hà Tĩnh giai đoạn 2021-2023")."""
    got = taken(examine(head("Hà Tĩnh", f"{TASKS} tỉnh Hà Tĩnh giai đoạn 2021-2023")
                        + [["Năm", TASKS], [2021, 3], [2022, 4], [2023, 5]]))
    assert {k[3]: v for k, v in got.items()} == {"2021": 3, "2022": 4, "2023": 5}


# --- 5. a year's row marked an estimate under indicators as columns -------------------------------------

def test_a_years_row_marked_an_estimate_is_the_years_estimate():
    """"Năm | Số nhiệm vụ …" over "2022 | 21", "2023 | 24", "2024 (ước) | 26": 2024's 26 is an estimate, as
    the same words in a column's header are — it was stored as 2024's reported figure."""
    for year in ("Ước 2024", "2024 (ước)", "2024 (ước tính)", "Năm 2024 (ƯTH)"):
        r = examine(head("Hà Tĩnh", f"{TASKS} tỉnh Hà Tĩnh") + [["Năm", TASKS], [2022, 21], [2023, 24], [year, 26]])
        status = {p: s for p, s in zip(r.facts.period, r.facts.status)}
        assert status == {"2022": "reported", "2023": "reported", "2024": "estimated"}, year


# --- 6. the labels' header over a lower row that is a header by itself --------------------------------------

def test_a_labels_header_over_a_full_lower_header_reads_the_lower_one():
    """"Chỉ tiêu" alone over "ĐVT | Năm 2023 | Năm 2024" (a header by itself): taken as one header with it,
    only "Chỉ tiêu" was the header and the 4 figures below were lost (etl/headers.py
    _label_over_lower_periods)."""
    got = taken(examine(head("Hà Tĩnh", "Số liệu khoa học và công nghệ")
                        + [["Chỉ tiêu"], [None, "ĐVT", "Năm 2023", "Năm 2024"],
                           [TASKS, "nhiệm vụ", 27, 30], ["Chi ngân sách nhà nước cho KH&CN", "tỷ đồng", 62.54, 71.25]]))
    assert got == {(HT, "63", "tasks_accepted", "2023", "actual"): 27, TASKS_24: 30,
                   (HT, "63", "st_budget", "2023", "actual"): 62.54, (HT, "63", "st_budget", "2024", "actual"): 71.25}


# --- 7. a table's own total label (metrics/header_words.toml own_total_labels) -------------------------------

# a second table after the first (a yearbook sheet's tables follow one another)
_OCOP = ("12.9. Sản phẩm OCOP được công nhận", "Sản phẩm", [["TỔNG SỐ", 40, 44, 52, 61]])


def test_a_yearbook_tables_total_written_cong_is_its_captions_indicator():
    """"Cộng" under a yearbook table's caption, as "TỔNG SỐ" is: the caption's indicator (the total labels
    are one list, metrics/header_words.toml own_total_labels)."""
    result = examine(_yearbook(("12.5. Số nhiệm vụ khoa học và công nghệ được nghiệm thu", "Nhiệm vụ",
                                [["Cộng", 35, 38, 41, 44]]), _OCOP), title="12. KHCN")
    assert _years(result, "19", "tasks_accepted") == dict(zip(("2020", "2021", "2022", "2023"), (35, 38, 41, 44)))


def test_probe_the_countrys_total_under_a_caption_is_not_the_provinces():
    """Where it must not fire: "Cả nước" (a total word, not the table's own total) stores nothing."""
    result = examine(_yearbook(("12.5. Số nhiệm vụ khoa học và công nghệ được nghiệm thu", "Nhiệm vụ",
                                [["Cả nước", 3500, 3800, 4100, 4400]]), _OCOP), title="12. KHCN")
    assert not _years(result, "19", "tasks_accepted")


def test_probe_the_provinces_row_after_its_districts_is_still_the_provinces():
    """Where it must not fire: after the districts' rows, a blank Huyện cell giving the same indicator and
    year again is not the last district's (it would be its second value) but the province's own row."""
    got = taken(_tidy([["Hà Tĩnh", "Huyện Kỳ Anh", 2024, TASKS, 5], ["Hà Tĩnh", "Huyện Hương Sơn", 2024, TASKS, 4],
                       ["Hà Tĩnh", None, 2024, TASKS, 30], ["Hà Tĩnh", None, 2024, INITIATIVES, 120]]))
    assert got == {TASKS_24: 30, INITIATIVES_24: 120}
