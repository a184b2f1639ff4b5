"""fix53's classes (issue #8, batch 53's wrong numbers and honest files refused): each probed with the smallest
realistic report (tests/fixtures/reports.py, marked as test data, read by `etl.ingest.examine` as an upload is).
Each class test asserts what a user would notice — the figure stored, or the file refused — and beside it the
honest neighbours the fix must not touch."""
from __future__ import annotations

from tests.fixtures.reports import examine, examine_book, facts, head, reasons, taken

HT, CT = "42", "92"   # Hà Tĩnh (frame of 63), the new Cần Thơ (frame of 34)


def _as_reported(period: str) -> str:
    """A stock stored at a year's last day is that year's, as the corpus scorer reads it."""
    return period[:4] if period.endswith("-12-31") else period


def _stored(result) -> dict:
    return {(k[0], k[2], _as_reported(k[3])): v for k, v in facts(result).items()}


def _taken(result) -> dict:
    """The facts of an upload that must be accepted (fails listing its problems otherwise)."""
    return {(k[0], k[2], _as_reported(k[3])): v for k, v in taken(result).items()}


# --- 1. a table of items closed by a total row labelled in full (was wrong: a refusal missed) ---------------

FIELDS = [["STT", "Lĩnh vực", "Số TTHC", "Toàn trình", "Một phần"], ["1", "Hoạt động khoa học và công nghệ", 21, 15, 6],
          ["2", "Tiêu chuẩn đo lường chất lượng", 24, 17, 7], ["3", "Sở hữu trí tuệ", 23, 17, 6]]


def test_a_total_row_naming_the_indicator_under_items_is_the_tables_total():
    """Hà Tĩnh's "Chi tiết" sheet, its procedures by field closed by "Tổng số thủ tục hành chính thuộc thẩm quyền
    của Sở | 68": the sheet was read as a classic form whose "Số TTHC" column named nothing, so 68 was never
    seen and the summary's 86 stored unchallenged. Two values for one fact: the file is refused."""
    for total in ("Tổng số thủ tục hành chính thuộc thẩm quyền của Sở", "Tổng số TTHC"):
        r = examine_book({
            "Tong hop": head("Hà Tĩnh", "Kết quả kiểm soát TTHC năm 2024")
            + [["STT", "Chỉ tiêu", "Năm 2024"], ["1", "Số TTHC thuộc thẩm quyền giải quyết của Sở", 86]],
            "Chi tiet": head("Hà Tĩnh", "Chi tiết TTHC năm 2024") + FIELDS + [["", total, 68, 49, 19]]})
        assert not r.accepted, total


def test_probe_a_total_row_naming_the_indicator_alone_gives_the_departments_total():
    r = examine(head("Hà Tĩnh", "Chi tiết TTHC năm 2024")
                + FIELDS + [["", "Tổng số thủ tục hành chính thuộc thẩm quyền của Sở", 68, 49, 19]])
    assert _taken(r) == {(HT, "tthc_total", "2024"): 68}
    assert "phần của dòng tổng cộng" in reasons(r)     # each field is a part, not read


def test_probe_a_row_naming_another_indicator_keeps_the_classic_form():
    """A form whose last row names an indicator no column names ("Tổng số hồ sơ tiếp nhận") is no table of
    items: its "Số TTHC" column stays unread, nothing is guessed."""
    r = examine(head("Hà Tĩnh", "Chi tiết TTHC năm 2024")
                + [["STT", "Nội dung", "Số TTHC"], ["1", "Hội nghị tập huấn", 4],
                   ["2", "Tổng số hồ sơ tiếp nhận", 1200]])
    assert (HT, "tthc_total", "2024") not in _stored(r)


# --- 2. the department's own rate beside the city's (was wrong) -------------------------------------------

CT_HEAD = head("Cần Thơ", "Kết quả chuyển đổi số 6 tháng cuối năm 2025", city=True) + [
    ["STT", "Nội dung", "Kết quả", "Ghi chú"]]
OWN = ["3", "Tỷ lệ hồ sơ tiếp nhận trực tuyến của Sở", "2.315/2.489 hồ sơ, đạt 93,0%", ""]
OWN_BARE = ["3", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "93,0%", ""]
CITY = ["4", "Tỷ lệ hồ sơ trực tuyến toàn thành phố", "61,2%", "Số liệu của Trung tâm PVHCC"]
RATE = (CT, "online_dossier_rate", "2025-S2")


def test_the_citys_rate_beside_the_departments_own_is_set_aside():
    """The new Cần Thơ: "Tỷ lệ hồ sơ trực tuyến toàn thành phố | 61,2%" (every office's dossiers) was stored as
    the department's share of dossiers online; with the department's own rate beside it, the city's is set
    aside saying why and the department's is stored — with "của Sở" in its label or without."""
    for own in (OWN, OWN_BARE):
        r = examine(CT_HEAD + [own, CITY])
        assert _taken(r) == {RATE: 93.0}, own
        assert "toàn tỉnh, không phải của Sở" in reasons(r)


def test_a_rate_typed_after_its_count_of_a_total_is_read():
    """"2.315/2.489 hồ sơ, đạt 93,0%", "87/118 TTHC, đạt 73,7%": the count, its total, then the rate — set
    aside as many numbers in one cell, the department's rates were lost."""
    assert _taken(examine(CT_HEAD + [OWN])) == {RATE: 93.0}
    r = examine(CT_HEAD + [["2", "Tỷ lệ TTHC cung cấp DVC trực tuyến toàn trình", "87/118 TTHC, đạt 73,7%", ""]])
    assert _taken(r) == {(CT, "tthc_level4_rate", "2025"): 73.7}


def test_probe_a_rate_its_count_does_not_give_stays_aside():
    """"87/118 TTHC, đạt 83,7%" (87 of 118 is 73,7 %): a typo somewhere — which figure is right is not
    guessed; a count under a count's row ("87/118 TTHC") is no rate either."""
    r = examine(CT_HEAD + [["2", "Tỷ lệ TTHC cung cấp DVC trực tuyến toàn trình", "87/118 TTHC, đạt 83,7%", ""]])
    assert _stored(r) == {}
    r = examine(CT_HEAD + [["1", "Số TTHC thuộc thẩm quyền giải quyết của Sở", "87/118 TTHC, đạt 73,7%", ""]])
    assert _stored(r) == {}


def test_probe_the_citys_rate_alone_is_still_taken():
    """With no figure of the department's own, the city's rate stays the indicator's (tests/
    test_ingest_fixd24_classes.py reads "… (toàn tỉnh, gồm cả cấp xã)" alone on purpose)."""
    assert _taken(examine(CT_HEAD + [CITY])) == {RATE: 61.2}


def test_probe_the_citys_rate_of_another_period_stays():
    """The department's own rate of the half and the city's of the year are two facts: nothing set aside."""
    r = examine(head("Cần Thơ", "Kết quả chuyển đổi số năm 2025", city=True)
                + [["STT", "Nội dung", "6 tháng cuối năm 2025", "Năm 2025"],
                   ["1", "Tỷ lệ hồ sơ tiếp nhận trực tuyến của Sở", 93.0, None],
                   ["2", "Tỷ lệ hồ sơ trực tuyến toàn thành phố", None, 61.2]])
    assert _taken(r) == {RATE: 93.0, (CT, "online_dossier_rate", "2025"): 61.2}


# --- 3. months as rows under the year's title, a rate named by the columns beside it (was refused) ----------

HT_HEAD = head("Hà Tĩnh", "THEO DÕI TIẾP NHẬN HỒ SƠ THỦ TỤC HÀNH CHÍNH NĂM 2024")
MONTHS_HEADER = ["Tháng", "Hồ sơ tiếp nhận", "Trong đó trực tuyến", "Tỷ lệ trực tuyến (%)", "Giải quyết đúng hạn",
                 "Tỷ lệ đúng hạn (%)"]
MONTH_ROWS = [["Tháng 1", 58, 51, 87.9, 58, 100.0], ["Tháng 2", 44, 40, 90.9, 44, 100.0],
              ["Cả năm", 102, 91, 89.2, 102, 100.0]]


def test_months_as_rows_give_the_rate_the_neighbouring_headers_name():
    """Hà Tĩnh's one-stop desk: "Tháng | Hồ sơ tiếp nhận | Trong đó trực tuyến | Tỷ lệ trực tuyến (%)", a row a
    month and "Cả năm": the rate names no dossiers by itself (the columns beside it do), "Tháng" was no period
    column and the months no periods — the honest file refused as naming no indicator. Each month's share of
    dossiers online is stored for the title's year, "Cả năm" the year's; the dossiers resolved on time (under a
    title of dossiers) are no count of the procedures in force."""
    assert _taken(examine(HT_HEAD + [MONTHS_HEADER] + MONTH_ROWS)) == {
        (HT, "online_dossier_rate", "2024-01"): 87.9, (HT, "online_dossier_rate", "2024-02"): 90.9,
        (HT, "online_dossier_rate", "2024"): 89.2}


def test_probe_a_rate_with_no_part_beside_it_stays_unread():
    """"Giải quyết đúng hạn | Tỷ lệ đúng hạn (%)": no "Trong đó" part whose words are the rate's — not read as any
    indicator; a rate whose "Trong đó" column speaks of something else is not renamed either."""
    r = examine(HT_HEAD + [["Tháng", "Hồ sơ tiếp nhận", "Trong đó quá hạn", "Tỷ lệ trực tuyến (%)"],
                           ["Tháng 1", 58, 2, 87.9], ["Tháng 2", 44, 1, 90.9]])
    assert _stored(r) == {}


def test_probe_a_month_with_more_than_its_name_is_no_period():
    """"Lũy kế đến tháng 2" under the months is a total to date, never February's figure (the row's period
    cannot be read: the uploader is told which cell, as for any period column)."""
    r = examine(HT_HEAD + [MONTHS_HEADER, MONTH_ROWS[0], ["Lũy kế đến tháng 2", 102, 91, 89.2, 102, 100.0]])
    assert (HT, "online_dossier_rate", "2024-02") not in _stored(r)
    assert r.accepted or any("Lũy kế đến tháng 2" in p.message_vi for p in r.problems)


# --- 4. a second table's caption dating its stocks at the report's own last day (was missed) ----------------

BN = "24"   # the new Bắc Ninh (frame of 34)
BN_FIRST = head("Bắc Ninh", "Kết quả cung cấp dịch vụ công trực tuyến quý IV năm 2025") + [
    ["STT", "Nội dung", "ĐVT", "Quý IV/2025"], ["1", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "%", 97.3], []]


def _second_table(caption: str, rows: list) -> list:
    return BN_FIRST + [["", caption], ["STT", "Nội dung", "ĐVT", "Số lượng"], *rows]


def test_procedures_under_a_caption_to_the_reports_last_day_are_read():
    """"Thủ tục hành chính thuộc thẩm quyền (tính đến 31/12/2025)" over "Số lượng" in a report on the fourth
    quarter: the stock of procedures at the quarter's (and year's) end — set aside as another period's."""
    r = examine(_second_table("Thủ tục hành chính thuộc thẩm quyền (tính đến 31/12/2025)",
                              [["1", "Tổng số TTHC thuộc thẩm quyền giải quyết của Sở", "thủ tục", 127]]))
    assert _taken(r) == {(BN, "online_dossier_rate", "2025-Q4"): 97.3, (BN, "tthc_total", "2025"): 127}


def test_probe_a_flow_or_another_date_under_such_a_caption_stays_aside():
    """The tasks accepted "tính đến 31/12/2025" are a total to date, no quarter's; procedures "tính đến
    30/9/2025" in the fourth quarter's report are another date's (not guessed)."""
    r = examine(_second_table("Kết quả (tính đến 31/12/2025)",
                              [["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 12],
                               ["2", "Tổng số TTHC thuộc thẩm quyền giải quyết của Sở", "thủ tục", 127]]))
    assert set(_stored(r)) == {(BN, "online_dossier_rate", "2025-Q4")}
    r = examine(_second_table("Thủ tục hành chính thuộc thẩm quyền (tính đến 30/9/2025)",
                              [["1", "Tổng số TTHC thuộc thẩm quyền giải quyết của Sở", "thủ tục", 127]]))
    assert set(_stored(r)) == {(BN, "online_dossier_rate", "2025-Q4")}
