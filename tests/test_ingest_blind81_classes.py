"""blind81 (issue #8): the classes found around batch 81 — reports typed in haste in the Mekong delta and the
South-East, before and after the merger — each with the smallest realistic report (tests/fixtures/reports.py, read
by `etl.ingest.examine` as an upload is), and beside it the honest and wrong neighbours that must read as before."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import examine, head, reasons, read_taken, taken

_Q1 = "BÁO CÁO NHANH KẾT QUẢ CÔNG TÁC QUÝ I NĂM 2026"
_HEADER = ["STT", "Chỉ tiêu", "ĐVT", "Quý I/2026"]
_TASKS = ["1", "NVKH được nghiệm thu", "NV", 22]


def _quarter(*rows: list):
    """The new TP. Hồ Chí Minh's first quarter of 2026: the tasks accepted, then `rows`."""
    return examine(head("Hồ Chí Minh", _Q1, city=True) + [_HEADER, _TASKS, *rows], name="report.xlsx")


# --- 1. the applicants written as the abbreviated pair "TC, CN" / "TC/CN" (tổ chức, cá nhân) --------------------------

@pytest.mark.parametrize("label, unit", [
    ("TC/CN được hỗ trợ đăng ký SHTT", "TC/CN"),
    ("TC, CN được hỗ trợ đăng ký SHTT", None),
    ("Hỗ trợ TC, CN xác lập quyền SHTT", "TC, CN"),
    ("TC-CN được hỗ trợ xác lập quyền sở hữu trí tuệ", "TC-CN"),
])
def test_the_applicants_abbreviated_as_tc_cn_are_read(label, unit):
    """LOST: "TC/CN được hỗ trợ đăng ký SHTT | TC/CN | 57" (the new TP. Hồ Chí Minh's first quarter, batch 81) was
    only suggested, "Hỗ trợ TC, CN xác lập quyền SHTT" (the new Đồng Tháp's nine months) not matched at all: "TC,
    CN" is how a hurried clerk writes "tổ chức, cá nhân", the organisations and people this indicator counts."""
    result = _quarter(["2", label, unit, 57])
    assert read_taken(result) == {("tasks_accepted", "2026-Q1", "actual"): 22,
                                  ("ip_registrations_supported", "2026-Q1", "actual"): 57}


@pytest.mark.parametrize("label, unit", [
    ("Hồ sơ của TC, CN được hướng dẫn đăng ký SHTT", "hồ sơ"),     # files, not applicants
    ("TC, CN được hỗ trợ đăng ký SHTT", "lượt"),                  # times supported
    ("Số đơn đăng ký SHTT của TC, CN được hỗ trợ", "đơn"),          # applications
])
def test_probe_another_count_of_the_applicants_stays_unread(label, unit):
    """What is counted is still what the unit or the label says: files, times, applications are no applicants."""
    result = _quarter(["2", label, unit, 57])
    assert read_taken(result) == {("tasks_accepted", "2026-Q1", "actual"): 22}


def test_probe_tc_cn_with_the_geographical_indication_is_the_users_stock():
    """"TC, CN có quyền sử dụng CDĐL (lũy kế)" counts the users of the geographical indications to date (its own
    indicator, a stock), never the applicants supported."""
    result = _quarter(["2", "TC, CN được cấp quyền sử dụng CDĐL (lũy kế)", "TC, CN", 31])
    read = read_taken(result)
    assert ("ip_registrations_supported", "2026-Q1", "actual") not in read


@pytest.mark.parametrize("label", ["Tổ chức, cá nhân được hỗ trợ đăng ký bảo hộ SHTT",
                                   "Hỗ trợ tổ chức, cá nhân xác lập quyền SHTT",
                                   "Số TC/CN được hướng dẫn đăng ký bảo hộ SHTT"])
def test_probe_the_pair_written_out_reads_as_before(label):
    result = _quarter(["2", label, "Tổ chức, cá nhân", 57])
    assert read_taken(result)[("ip_registrations_supported", "2026-Q1", "actual")] == 57


# --- 2. the online dossiers named by the service they go through ("qua DVC trực tuyến") -------------------------------

_YEAR = "BÁO CÁO KẾT QUẢ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2024"
_YEAR_HEADER = ["STT", "Nội dung", "ĐVT", "Năm 2024"]
_PROCEDURES = ["1", "Số TTHC thuộc thẩm quyền giải quyết của Sở", "Thủ tục", 118]


def _year(*rows: list):
    """The former Sóc Trăng's 2024 administrative-reform table: its procedures, then `rows`."""
    return examine(head("Sóc Trăng", _YEAR) + [_YEAR_HEADER, _PROCEDURES, *rows], name="report.xlsx")


@pytest.mark.parametrize("label, unit", [
    ("Tỷ lệ hồ sơ nộp qua DVC trực tuyến", "%"),
    ("Tỷ lệ hồ sơ tiếp nhận qua dịch vụ công trực tuyến", "%"),
    ("Tỷ lệ hồ sơ TTHC nộp qua DVCTT (%)", None),
    ("Hồ sơ nộp qua DVC trực tuyến (%):", None),
])
def test_the_dossiers_submitted_through_the_online_service_are_the_online_dossier_rate(label, unit):
    """LOST: "Tỷ lệ hồ sơ nộp qua DVC trực tuyến | % | 87,4" (a hurried clerk names the channel, found probing batch
    81's wording after first sight) scored 0,59 and was set aside: the service's name "dịch vụ công trực tuyến" is
    one term, and no alias of the rate was all in the label. The dossiers submitted through the online public
    service are the online dossiers."""
    result = _year(["2", label, unit, "87,4"])
    assert read_taken(result) == {("tthc_total", "2024-12-31", "actual"): 118,
                                  ("online_dossier_rate", "2024", "actual"): 87.4}


@pytest.mark.parametrize("label", [
    "Tỷ lệ hồ sơ DVC trực tuyến toàn trình",                    # one kind of online dossier (wrong42)
    "Tỷ lệ hồ sơ nộp qua DVC trực tuyến một phần",
    "Tỷ lệ hồ sơ DVC trực tuyến được giải quyết đúng hạn",       # settled on time: another share
    "Tỷ lệ hồ sơ DVC trực tuyến cấp xã",                          # the communes' (wrong24)
    "Tỷ lệ hồ sơ DVC trực tuyến bị trả lại",                      # failures (wrong37)
    "Tỷ lệ TTHC có phát sinh hồ sơ DVC trực tuyến",              # procedures, not dossiers (batch 19)
    "Tỷ lệ hồ sơ thanh toán trực tuyến qua DVC",                  # paid online
])
def test_probe_another_share_of_the_online_services_dossiers_stays_unread(label):
    result = _year(["2", label, "%", "87,4"])
    assert read_taken(result) == {("tthc_total", "2024-12-31", "actual"): 118}


def test_probe_a_count_of_the_dossiers_through_the_online_service_is_no_rate():
    result = _year(["2", "Số hồ sơ nộp qua DVC trực tuyến", "Hồ sơ", 1250])
    assert read_taken(result) == {("tthc_total", "2024-12-31", "actual"): 118}


# --- 3. "NVKHCN": the two abbreviations typed as one word --------------------------------------------------------------

def _quarter_alone(*rows: list):
    """The new TP. Hồ Chí Minh's first quarter of 2026 holding only `rows`."""
    return examine(head("Hồ Chí Minh", _Q1, city=True) + [_HEADER, *rows], name="report.xlsx")


@pytest.mark.parametrize("label, read", [
    ("NVKHCN nghiệm thu", "tasks_accepted"),
    ("NVKHCN cấp tỉnh đang thực hiện", "tasks_managed_provincial"),
])
def test_nvkhcn_typed_as_one_word_is_read(label, read):
    """LOST: "NVKHCN nghiệm thu | NV | 14" (nhiệm vụ KHCN, the abbreviations run together; found probing batch 81's
    wording after first sight) scored 0,50 and was set aside."""
    result = _quarter_alone(["1", label, "NV", 14])
    assert read_taken(result) == {(read, "2026-Q1", "actual"): 14}


@pytest.mark.parametrize("label", ["NVKHCN nghiệm thu không đạt", "NVKHCN cấp cơ sở được nghiệm thu"])
def test_probe_nvkhcn_keeps_the_rest_of_the_label(label):
    """A task that failed acceptance is no task accepted; the grassroots level's are a part, never the whole."""
    result = _quarter_alone(["1", label, "NV", 3], _TASKS)
    assert read_taken(result) == {("tasks_accepted", "2026-Q1", "actual"): 22}


# --- the former Cà Mau's 2023–2024 table (the tasks managed below) ----------------------------------------

_TWO_YEARS = ["STT", "Chỉ tiêu", "ĐVT", "Năm 2023", "Năm 2024"]


def _two_years(*rows: list):
    """The former Cà Mau's 2023–2024 table of `rows`."""
    return examine(head("Cà Mau", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024") + [_TWO_YEARS, *rows],
                   name="report.xlsx")


# --- 5. the tasks managed named by their members joined with "+" ("(chuyển tiếp + mới)") ----------------------------

@pytest.mark.parametrize("label", ["Số NV KH&CN đang thực hiện (chuyển tiếp + mới)",
                                   "Số nhiệm vụ đang thực hiện (chuyển tiếp + mới)"])
def test_the_tasks_managed_with_their_members_joined_by_a_plus_are_the_whole(label):
    """LOST: "Số NV KH&CN đang thực hiện (chuyển tiếp + mới) | 40" (found probing batch 81's notes in labels after
    first sight): folded, the "+" was gone and the note no list of the whole's members ("chuyển tiếp và mới",
    "chuyển tiếp & mới" were read, mend27b) — its words ruled the whole out and the 40 was lost."""
    result = _two_years(["1", label, "NV", 38, 40])
    assert read_taken(result) == {("tasks_managed", "2023", "actual"): 38, ("tasks_managed", "2024", "actual"): 40}


@pytest.mark.parametrize("label", ["Số nhiệm vụ KH&CN được quản lý (chuyển tiếp + mở mới)",
                                   "Số nhiệm vụ đang thực hiện (mở mới + chuyển tiếp)"])
def test_probe_the_members_joined_by_a_plus_read_as_before(label):
    result = _two_years(["1", label, "NV", 38, 40])
    assert read_taken(result) == {("tasks_managed", "2023", "actual"): 38, ("tasks_managed", "2024", "actual"): 40}


@pytest.mark.parametrize("label", ["Số nhiệm vụ đang thực hiện (cấp tỉnh + cấp cơ sở)",       # two levels of three
                                   "Số nhiệm vụ đang thực hiện (đề xuất mới + chuyển tiếp)",  # proposals (mend27b)
                                   "Số nhiệm vụ đang thực hiện (chuyển tiếp)"])               # one member
def test_probe_a_note_with_a_plus_that_is_no_list_of_the_whole_stays_unread(label):
    result = _two_years(["1", label, "NV", 38, 40], ["2", "Sáng kiến được công nhận", "SK", 5, 6])
    assert read_taken(result) == {("initiatives_recognized", "2023", "actual"): 5,
                                  ("initiatives_recognized", "2024", "actual"): 6}
