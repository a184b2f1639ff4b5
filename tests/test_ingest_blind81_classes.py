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
