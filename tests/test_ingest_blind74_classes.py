"""blind74 (issue #8): the classes found around batch 74 — the S&T statistical regime's forms and the Provincial
People's Committees' socio-economic annexes, where the S&T rows sit among every other sector's — each with the
smallest realistic report (tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload is), and beside it
the honest and wrong neighbours that must read as before."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, examine, facts, taken

_TITLE = "KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU CHỦ YẾU 6 THÁNG ĐẦU NĂM 2024"
_HEADER = ["TT", "Chỉ tiêu", "ĐVT", "TH 6 tháng 2024", "So với CK (%)", "Cơ quan báo cáo"]


def _annex(*rows: list) -> list[list]:
    """A People's Committee's annex on the first half of 2024: sectors as Roman-numbered rows, each row's
    reporting office in the last column."""
    return [["UBND TỈNH BÌNH THUẬN"], [MARK], [], [_TITLE], [], _HEADER, *rows]


def _read(result) -> dict:
    """{(indicator, period): value} of an upload that must be accepted."""
    return {(i, per): v for (_, _, i, per, _), v in taken(result).items()}


def _indicators(result) -> set:
    return {k[2] for k in facts(result)}


# --- 1. another sector's support to enterprises ("… được hỗ trợ xúc tiến thương mại") --------------------------------

_SCIENCE_SUPPORT = ["8", "Doanh nghiệp được hỗ trợ đổi mới, ứng dụng công nghệ", "DN", 6, 120.0, "Sở KH&CN"]


@pytest.mark.parametrize("label, office", [
    ("Doanh nghiệp được hỗ trợ xúc tiến thương mại", "Sở Công Thương"),
    ("Doanh nghiệp được hỗ trợ khuyến công", "Sở Công Thương"),
    ("Số doanh nghiệp được hỗ trợ pháp lý", "Sở Tư pháp"),
])
def test_another_sectors_support_is_no_count_of_the_science_programmes(label, office):
    """WRONG: a People's Committee annex's trade, industrial-extension or legal-aid row ("Doanh nghiệp được hỗ
    trợ xúc tiến thương mại | 34 | Sở Công Thương") was stored as the enterprises the S&T programmes supported —
    wrong32's rule (support to go digital is another programme's), for the other sectors an annex lists."""
    result = examine(_annex(["III", "CÔNG THƯƠNG"], ["4", label, "DN", 34, 104.9, office]))
    assert "enterprises_supported" not in _indicators(result)


def test_the_science_row_reads_beside_the_trade_row():
    """REFUSED: the annex with both rows was refused whole as two values for one fact (34 and 6); the S&T row's
    6 is the figure."""
    result = examine(_annex(["III", "CÔNG THƯƠNG"],
                            ["4", "Doanh nghiệp được hỗ trợ xúc tiến thương mại", "DN", 34, 104.9, "Sở Công Thương"],
                            ["VIII", "KHOA HỌC VÀ CÔNG NGHỆ"], _SCIENCE_SUPPORT))
    assert _read(result) == {("enterprises_supported", "2024-S1"): 6}


@pytest.mark.parametrize("label", [
    "Doanh nghiệp được hỗ trợ đổi mới, ứng dụng công nghệ",
    "Số doanh nghiệp được hỗ trợ",
    "Doanh nghiệp được hỗ trợ ứng dụng KH&CN",
    "DN, HTX được hỗ trợ từ các chương trình KH&CN của tỉnh",
])
def test_probe_the_science_programmes_support_reads_as_before(label):
    result = examine(_annex(["VIII", "KHOA HỌC VÀ CÔNG NGHỆ"], ["8", label, "DN", 6, 120.0, "Sở KH&CN"]))
    assert _read(result) == {("enterprises_supported", "2024-S1"): 6}


@pytest.mark.parametrize("label", ["Số doanh nghiệp được hỗ trợ xúc tiến thương mại, mở rộng thị trường",
                                   "Số doanh nghiệp được hỗ trợ chuyển đổi số"])
def test_probe_other_support_unread_before_stays_unread(label):
    result = examine(_annex(["III", "CÔNG THƯƠNG"], ["4", label, "DN", 34, 104.9, "Sở Công Thương"]))
    assert "enterprises_supported" not in _indicators(result)


def test_probe_the_support_to_go_digital_stays_unread():
    result = examine(_annex(["VIII", "KHOA HỌC VÀ CÔNG NGHỆ"],
                            ["8", "Số doanh nghiệp được hỗ trợ chuyển đổi số", "DN", 6, 120.0, "Sở TT&TT"]))
    assert "enterprises_supported" not in _indicators(result)


# --- 2. what was done to some procedures ("Số TTHC được rà soát", "… liên thông", "… ủy quyền") -------------------

_OWN_PROCEDURES = ["1", "Số TTHC thuộc thẩm quyền giải quyết của Sở KH&CN", "Thủ tục", 124, 100.0, "Sở KH&CN"]


@pytest.mark.parametrize("label", [
    "Số TTHC được rà soát",
    "Số TTHC liên thông",
    "Số TTHC thực hiện liên thông",
    "Số TTHC được ủy quyền giải quyết",
    "Số TTHC được chuẩn hóa",
])
def test_procedures_something_was_done_to_are_no_count_of_the_departments_procedures(label):
    """WRONG: a CCHC row of an annex or a form — the procedures reviewed, simplified, linked between offices,
    delegated, standardised — was stored as every procedure the department handles (tthc_total, a stock), as
    the sentences already did not ("Sở đã công bố 12 TTHC mới": what it did to some)."""
    result = examine(_annex(["IX", "CẢI CÁCH HÀNH CHÍNH"], ["2", label, "Thủ tục", 45, 112.5, "Sở KH&CN"]))
    assert "tthc_total" not in _indicators(result)


def test_the_departments_procedures_read_beside_the_reviewed_ones():
    """REFUSED: beside the department's own 124 procedures, the 45 reviewed were a second value: refused whole."""
    result = examine(_annex(["IX", "CẢI CÁCH HÀNH CHÍNH"], _OWN_PROCEDURES,
                            ["2", "Số TTHC được rà soát, đơn giản hóa", "Thủ tục", 45, 112.5, "Sở KH&CN"],
                            ["3", "Số TTHC liên thông", "Thủ tục", 12, 100.0, "Sở KH&CN"]))
    assert [v for (i, _), v in _read(result).items() if i == "tthc_total"] == [124]


def test_probe_the_reviewed_and_simplified_stay_unread():
    result = examine(_annex(["IX", "CẢI CÁCH HÀNH CHÍNH"],
                            ["2", "Số TTHC được rà soát, đơn giản hóa", "Thủ tục", 45, 112.5, "Sở KH&CN"]))
    assert "tthc_total" not in _indicators(result)


@pytest.mark.parametrize("label", ["Tổng số TTHC", "Số TTHC thuộc thẩm quyền giải quyết của Sở", "Số TTHC đang thực hiện",
                                   "Số thủ tục hành chính thuộc thẩm quyền (tại thời điểm báo cáo)"])
def test_probe_the_departments_procedures_read_as_before(label):
    result = examine(_annex(["IX", "CẢI CÁCH HÀNH CHÍNH"], ["1", label, "Thủ tục", 124, 100.0, "Sở KH&CN"]))
    assert [v for (i, _), v in _read(result).items() if i == "tthc_total"] == [124]


# --- 3. a level below the province by "khối" ("Tỷ lệ hồ sơ nộp trực tuyến (khối huyện)") -----------------------------

@pytest.mark.parametrize("label", ["Tỷ lệ hồ sơ nộp trực tuyến (khối huyện)", "Tỷ lệ hồ sơ nộp trực tuyến khối quận"])
def test_a_level_named_by_its_block_is_no_rate_of_the_province(label):
    """WRONG: "(khối huyện)" — the districts' block of offices — was stored as the online dossier rate, as "cấp
    huyện" is not (wrong24: a level below the province is a part; metrics/abbreviations.toml level_part_words)."""
    result = examine(_annex(["IX", "CẢI CÁCH HÀNH CHÍNH"], ["5", label, "%", 54.2, 110.1, "VP UBND tỉnh"]))
    assert "online_dossier_rate" not in _indicators(result)


@pytest.mark.parametrize("label", ["Tỷ lệ hồ sơ nộp trực tuyến khối xã", "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến - khối cấp xã",
                                   "Tỷ lệ hồ sơ nộp trực tuyến cấp huyện"])
def test_probe_other_levels_stay_unread(label):
    result = examine(_annex(["IX", "CẢI CÁCH HÀNH CHÍNH"], ["5", label, "%", 54.2, 110.1, "VP UBND tỉnh"]))
    assert "online_dossier_rate" not in _indicators(result)


@pytest.mark.parametrize("label", ["Tỷ lệ hồ sơ nộp trực tuyến", "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến"])
def test_probe_the_online_rate_reads_as_before(label):
    result = examine(_annex(["IX", "CẢI CÁCH HÀNH CHÍNH"], ["5", label, "%", 54.2, 110.1, "Sở KH&CN"]))
    assert _read(result) == {("online_dossier_rate", "2024-S1"): 54.2}


# --- 4. the education sector's initiatives ("Sáng kiến kinh nghiệm được công nhận cấp ngành") -------------------------

@pytest.mark.parametrize("label", ["Sáng kiến kinh nghiệm được công nhận", "Số sáng kiến được công nhận cấp ngành",
                                   "Sáng kiến được công nhận (ngành giáo dục)"])
def test_the_education_sectors_initiatives_are_no_count_of_the_provincial_council(label):
    """WRONG: an annex's education row — teachers' "sáng kiến kinh nghiệm", recognised by the sector's own council
    ("cấp ngành"), hundreds a year — was stored as the initiatives the provincial council recognised (its
    definition; "cấp cơ sở" was already ruled out for the same reason)."""
    result = examine(_annex(["VI", "GIÁO DỤC VÀ ĐÀO TẠO"], ["6", label, "Sáng kiến", 420, 103.2, "Sở GD&ĐT"]))
    assert "initiatives_recognized" not in _indicators(result)


@pytest.mark.parametrize("label", ["Sáng kiến được công nhận", "Số sáng kiến được công nhận cấp tỉnh",
                                   "Số sáng kiến được công nhận có phạm vi ảnh hưởng cấp tỉnh"])
def test_probe_the_provincial_councils_initiatives_read_as_before(label):
    result = examine(_annex(["VIII", "KHOA HỌC VÀ CÔNG NGHỆ"], ["7", label, "Sáng kiến", 58, 96.7, "Sở KH&CN"]))
    assert _read(result) == {("initiatives_recognized", "2024-S1"): 58}


def test_probe_the_grassroots_initiatives_stay_unread():
    result = examine(_annex(["VIII", "KHOA HỌC VÀ CÔNG NGHỆ"],
                            ["7", "Sáng kiến được công nhận cấp cơ sở", "Sáng kiến", 580, 96.7, "Sở KH&CN"]))
    assert "initiatives_recognized" not in _indicators(result)


# --- 5. the digital-transformation programme's tasks ("Số nhiệm vụ chuyển đổi số được triển khai") --------------------

_TASK_CODES = {"tasks_managed", "tasks_new", "tasks_accepted", "tasks_carried_over"}


@pytest.mark.parametrize("label", ["Số nhiệm vụ chuyển đổi số được triển khai", "Nhiệm vụ CĐS đang triển khai",
                                   "Nhiệm vụ chuyển đổi số mới triển khai", "Nhiệm vụ về chuyển đổi số được nghiệm thu"])
def test_the_digital_programmes_tasks_are_no_science_tasks(label):
    """WRONG: an annex's (or, since 2025, the merged department's) digital-transformation row — the tasks of the
    province's digital plan, or the S&T tasks on that one topic — was stored as every S&T task managed, opened or
    accepted (research topics and projects at every level: their definition)."""
    result = examine(_annex(["IX", "CHUYỂN ĐỔI SỐ"], ["9", label, "Nhiệm vụ", 45, 104.0, "Sở KH&CN"]))
    assert not _indicators(result) & _TASK_CODES


@pytest.mark.parametrize("label, code", [("Nhiệm vụ KH&CN đang thực hiện", "tasks_managed"),
                                         ("Số nhiệm vụ đang triển khai", "tasks_managed"),
                                         ("Nhiệm vụ KH&CN mới triển khai", "tasks_new"),
                                         ("Nhiệm vụ KH&CN được nghiệm thu", "tasks_accepted")])
def test_probe_the_science_tasks_read_as_before(label, code):
    result = examine(_annex(["VIII", "KHOA HỌC VÀ CÔNG NGHỆ"], ["5", label, "Nhiệm vụ", 27, 108.0, "Sở KH&CN"]))
    assert _read(result) == {(code, "2024-S1"): 27}
