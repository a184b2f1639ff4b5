"""Batch 53's classes (issue #8, blind53): the digital-government and administrative-procedure reports — a
one-stop centre's or the Văn phòng UBND's table of every department, the department's own figures beside the
province's — each probed with the smallest realistic report (tests/fixtures/reports.py, marked as test data,
read by `etl.ingest.examine` as an upload is). Each class test asserts what a user would notice — the figure
stored, or not — and beside it the honest neighbours the fix must not touch."""
from __future__ import annotations

from tests.fixtures.reports import MARK, examine, facts, head, taken

TH, AG = "38", "89"   # Thanh Hóa, An Giang (frame of 63)
CENTRE = [["UBND TỈNH AN GIANG"], ["VĂN PHÒNG UBND TỈNH"], [MARK],
          ["Thống kê cung cấp dịch vụ công trực tuyến và tiếp nhận hồ sơ TTHC năm 2023"], []]
COLS = ["STT", "Đơn vị", "Tổng số TTHC", "Tỷ lệ hồ sơ trực tuyến (%)", "Tỷ lệ TTHC toàn trình (%)"]


def _as_reported(period: str) -> str:
    """A stock stored at a year's last day is that year's, as the corpus scorer reads it."""
    return period[:4] if period.endswith("-12-31") else period


def _kinds(result) -> dict:
    return {(k[0], k[2], _as_reported(k[3])): v for k, v in taken(result).items()}


def _stored(result) -> dict:
    return {(k[0], k[2], _as_reported(k[3])): v for k, v in facts(result).items()}


# --- 1. a table of every office: the total row is no department's own figure (was wrong / refused) ----------

def test_the_total_of_a_table_of_offices_is_not_the_departments_own():
    """An Giang's portal export, one row per department and district and "Tổng cộng | 450 | 61,8 | 28,4": the
    total was read as the S&T department's own procedures and rates (the province's 61,8 % stored as the
    department's share of dossiers online). Nothing of the total row is the department's."""
    r = examine(CENTRE + [COLS, ["1", "Sở Kế hoạch và Đầu tư", 118, 92.3, 34.7],
                          ["2", "Sở Tài nguyên và Môi trường", 121, 45.2, 15.7],
                          ["3", "UBND huyện Chợ Mới", 211, 51.0, 29.5], ["", "Tổng cộng", 450, 61.8, 28.4]])
    assert not any(v in (450, 61.8, 28.4) for v in _stored(r).values())


def test_probe_the_total_of_a_table_of_fields_is_still_the_departments():
    """The department's own procedures by field ("Lĩnh vực"), closed by "Tổng cộng | 68": the total is the
    department's procedures (the item rows are its fields, not other offices)."""
    r = examine(head("Hà Tĩnh", "Chi tiết thủ tục hành chính của Sở năm 2024")
                + [["STT", "Lĩnh vực", "Số TTHC"], ["1", "Hoạt động khoa học và công nghệ", 21],
                   ["2", "Tiêu chuẩn đo lường chất lượng", 24], ["3", "Sở hữu trí tuệ", 23], ["", "Tổng cộng", 68]])
    assert _stored(r).get(("42", "tthc_total", "2024")) == 68


# --- 2. the S&T department's row in a table of every office is its own figure (was missed) -----------------

def test_the_departments_row_in_a_table_of_offices_is_read():
    """"2 | Sở Khoa học và Công nghệ | 69 | 94,5 | 55,1" among the other departments: the department's own
    procedures, share of dossiers online and share of procedures fully online, for the title's year."""
    r = examine(CENTRE + [COLS, ["1", "Sở Kế hoạch và Đầu tư", 118, 92.3, 34.7],
                          ["2", "Sở Khoa học và Công nghệ", 69, 94.5, 55.1],
                          ["3", "UBND huyện Chợ Mới", 211, 51.0, 29.5], ["", "Tổng cộng", 398, 61.8, 28.4]])
    got = _kinds(r)
    assert {k[1]: v for k, v in got.items()} == {"tthc_total": 69, "online_dossier_rate": 94.5,
                                                "tthc_level4_rate": 55.1}
    assert {k[0] for k in got} == {AG}


def test_probe_other_departments_rows_stay_unread():
    r = examine(CENTRE + [COLS, ["1", "Sở Kế hoạch và Đầu tư", 118, 92.3, 34.7],
                          ["2", "Sở Y tế", 160, 55.7, 41.3], ["", "Tổng cộng", 278, 80.0, 37.1]])
    assert _stored(r) == {}


def test_probe_the_departments_row_gives_no_province_wide_indicator():
    """A Finance table of every department's S&T spending: the department's row is its share of the
    province's budget, never the province's S&T budget."""
    r = examine(head("Thanh Hóa", "Chi ngân sách cho khoa học và công nghệ của các sở, ngành năm 2023")
                + [["STT", "Đơn vị", "Chi ngân sách nhà nước cho KH&CN (triệu đồng)"],
                   ["1", "Sở Nông nghiệp và PTNT", 12000], ["2", "Sở Khoa học và Công nghệ", 45000]])
    assert ("38", "st_budget", "2023") not in _stored(r)


# --- 3. the procedures offered partly online are no count of all the procedures (was wrong / refused) --------

def test_procedures_offered_partly_online_are_not_the_procedures_in_force():
    """An Giang's column "TTHC một phần" (the procedures offered as a partly-online service) was read as the
    department's procedures in force: 31 beside the 69 of "Tổng số TTHC", two values, the honest file refused.
    A row "Số TTHC một phần | 29" alone would have been stored as the department's procedures."""
    r = examine(head("Bắc Ninh", "Báo cáo kết quả cung cấp dịch vụ công trực tuyến năm 2024")
                + [["STT", "Chỉ tiêu", "Năm 2024"], ["1", "Số TTHC một phần", 29], ["2", "Số TTHC toàn trình", 98]])
    assert not any(k[1] == "tthc_total" for k in _stored(r))


def test_probe_the_procedures_in_force_beside_their_partly_online_count():
    r = examine(CENTRE + [["STT", "Đơn vị", "Tổng số TTHC", "TTHC toàn trình", "TTHC một phần"],
                          ["1", "Sở Khoa học và Công nghệ", 69, 38, 31], ["2", "Sở Y tế", 160, 66, 94]])
    assert _kinds(r) == {(AG, "tthc_total", "2023"): 69}


# --- 4. a share of dossiers paid or digitized online, typed in words, is no share received online (was wrong) --

def _text_row(label: str, text: str):
    return examine(head("Hà Tĩnh", "Báo cáo kết quả chuyển đổi số năm 2024")
                   + [["STT", "Nội dung", "Kết quả"], ["1", label, text]])


def test_a_share_of_dossiers_paid_online_in_words_is_not_the_share_received_online():
    """Cần Thơ's "Tỷ lệ hồ sơ được thanh toán trực tuyến | 58,9%" (a figure typed as text) and the sentence
    "Tỷ lệ hồ sơ được thanh toán trực tuyến đạt 58,9%" were stored as the department's share of dossiers
    received online: the sentence reader asked the matcher for "tỷ lệ hồ sơ trực tuyến", its own words
    dropped. The registry's `exclude` of the indicator ("thanh toán", "số hóa", "có phát sinh") rules it out
    as it does a row's label."""
    for label, text in (("Tỷ lệ hồ sơ được thanh toán trực tuyến", "58,9%"),
                        ("Cải cách hành chính", "Tỷ lệ hồ sơ được thanh toán trực tuyến đạt 58,9%"),
                        ("Chuyển đổi số", "Tỷ lệ hồ sơ TTHC có phát sinh thanh toán trực tuyến đạt 58,9%")):
        assert 58.9 not in _stored(_text_row(label, text)).values(), (label, text)


def test_probe_the_share_received_online_in_words_is_still_read_beside_payment():
    """The share received online typed in words is read, and stays read when the share paid online follows it
    in the same sentence."""
    for text in ("Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 93,0%",
                 "Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 93,0%, tỷ lệ thanh toán trực tuyến đạt 58,9%"):
        got = _kinds(_text_row("Cải cách hành chính", text))
        assert got.get(("42", "online_dossier_rate", "2024")) == 93.0, text
        assert 58.9 not in got.values(), text


# --- 5. a table of the provinces' departments, one per row (was refused: no indicator found) ---------------

REGION = [["BỘ KHOA HỌC VÀ CÔNG NGHỆ - VĂN PHÒNG BỘ"], [MARK],
          ["Tổng hợp kết quả cung cấp dịch vụ công trực tuyến của các Sở KH&CN năm 2024"], []]


def test_the_provinces_departments_as_rows_are_read():
    """"Sở KH&CN tỉnh | Số TTHC của Sở | Tỷ lệ hồ sơ trực tuyến (%)" over "Tuyên Quang | 74 | 90,4", "Lào Cai |
    77 | 93,5": each row a province's department; the column of the departments was no province column, the
    file refused as holding no indicator."""
    r = examine(REGION + [["STT", "Sở KH&CN tỉnh", "Số TTHC của Sở", "Tỷ lệ hồ sơ trực tuyến (%)"],
                          ["1", "Tuyên Quang", 74, 90.4], ["2", "Lào Cai", 77, 93.5],
                          ["", "Bình quân", 75.5, 92.0]])
    assert _kinds(r) == {("08", "tthc_total", "2024"): 74, ("08", "online_dossier_rate", "2024"): 90.4,
                         ("10", "tthc_total", "2024"): 77, ("10", "online_dossier_rate", "2024"): 93.5}


def test_probe_the_departments_own_column_beside_the_province_stays_the_departments():
    r = examine(head("Đồng Nai", "Tình hình cung cấp dịch vụ công trực tuyến năm 2024")
                + [["STT", "Chỉ tiêu", "Sở KH&CN", "Toàn tỉnh"], ["1", "Tổng số TTHC", 131, 1894],
                   ["2", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", 96.2, 71.9]])
    assert {(k[1], k[2]): v for k, v in _kinds(r).items()} == {("tthc_total", "2024"): 131,
                                                              ("online_dossier_rate", "2024"): 96.2}


# --- 6. the department's procedures by field: its total is read, and a second value refuses (was wrong) ------

def test_procedures_by_field_give_their_total_and_a_summary_that_differs_is_refused():
    """Hà Tĩnh's "Tổng hợp" says 86 procedures in 2024, its "Chi tiết" sheet lists them by field ("Lĩnh vực |
    Số TTHC | Toàn trình | Một phần") closed by "Tổng cộng | 68": the detail sheet was read as holding no table,
    so 86 was stored unchallenged. Two values for one fact: the file is refused."""
    from tests.fixtures.reports import examine_book
    r = examine_book({
        "Tong hop": head("Hà Tĩnh", "Kết quả kiểm soát TTHC năm 2024")
        + [["STT", "Chỉ tiêu", "Năm 2024"], ["1", "Số TTHC thuộc thẩm quyền giải quyết của Sở", 86]],
        "Chi tiet": head("Hà Tĩnh", "Chi tiết TTHC năm 2024")
        + [["STT", "Lĩnh vực", "Số TTHC", "Toàn trình", "Một phần"], ["1", "Hoạt động khoa học và công nghệ", 21, 15, 6],
           ["2", "Tiêu chuẩn đo lường chất lượng", 24, 17, 7], ["3", "Sở hữu trí tuệ", 23, 17, 6],
           ["", "Tổng cộng", 68, 49, 19]]})
    assert not r.accepted


def test_probe_procedures_by_field_alone_give_the_departments_total():
    r = examine(head("Hà Tĩnh", "Chi tiết TTHC năm 2024")
                + [["STT", "Lĩnh vực", "Số TTHC", "Toàn trình", "Một phần"], ["1", "Hoạt động khoa học và công nghệ", 21, 15, 6],
                   ["2", "Sở hữu trí tuệ", 23, 17, 6], ["", "Tổng cộng", 44, 32, 12]])
    assert _kinds(r) == {("42", "tthc_total", "2024"): 44}


# --- 7. a table whose labels' column is headed by its own caption, periods beside it (was missed) ------------

def test_a_caption_over_the_labels_beside_year_end_dates_is_a_header():
    """Sóc Trăng's "Thủ tục hành chính (cuối năm) | 31/12/2022 | 31/12/2023" over "Tổng số TTHC thuộc thẩm quyền
    của Sở | 68 | 66": no "Chỉ tiêu" over the labels, the row read as no header and the table as none."""
    r = examine(head("Sóc Trăng", "Tình hình thủ tục hành chính năm 2022 - 2023")
                + [["", "Thủ tục hành chính (cuối năm)", "31/12/2022", "31/12/2023"],
                   ["1", "Tổng số TTHC thuộc thẩm quyền của Sở", 68, 66],
                   ["2", "Tỷ lệ TTHC mức độ 4 / toàn trình (%)", 51.5, 62.1]])
    assert _kinds(r) == {("94", "tthc_total", "2022"): 68, ("94", "tthc_total", "2023"): 66,
                         ("94", "tthc_level4_rate", "2022"): 51.5, ("94", "tthc_level4_rate", "2023"): 62.1}


def test_probe_a_caption_over_rows_that_name_no_indicator_is_no_header():
    """The same shape over rows that are no indicator (the department's meetings) reads nothing."""
    r = examine(head("Sóc Trăng", "Tình hình thủ tục hành chính năm 2022 - 2023")
                + [["", "Hội nghị, tập huấn", "31/12/2022", "31/12/2023"], ["1", "Số hội nghị tập huấn TTHC", 4, 5]])
    assert _stored(r) == {}
