"""What the thirty-seventh blind batch of the workbook corpus revealed (the planners' provinces —
Ninh Thuận, Sơn La, Kon Tum, Bình Thuận and their successors — written by other software), one class
per test: each report is built here, marked as test data, and read by `etl.ingest.examine` as an
upload is. A statistician's reading is the expectation; beside each rule, probes where it must not
fire, asserted as not stored."""
from __future__ import annotations

from tests.fixtures.reports import examine, facts, head, taken

_CONFERENCE = [*head("Khánh Hòa", "HỘI NGHỊ GIAO BAN KH&CN VÙNG DUYÊN HẢI NAM TRUNG BỘ VÀ TÂY NGUYÊN"),
               ["Biểu 1. Kết quả năm 2024"],
               ["STT", "Tỉnh, thành phố", "Nhiệm vụ KH&CN được quản lý", "Sản phẩm OCOP được công nhận"]]


def _conference(name: str, period: str = "Biểu 1. Kết quả năm 2024") -> list[list]:
    rows = [list(r) for r in _CONFERENCE]
    rows[5] = [period]
    return [*rows, [1, "Kon Tum" if "2024" in period else "Quảng Ngãi (mới)", 32, 28], [2, name, 49, 66]]


def test_a_province_named_with_its_part_at_the_conference_is_that_province():
    """The conference compilation's "Sơn La (tỉnh dự hội nghị)" — a province named with a note on its
    part in the table (invited, host, cluster head, unchanged by the merger): the province a person
    reads. It was an unknown province and refused the whole compilation (44 facts, batch 37)."""
    for note in ("tỉnh dự hội nghị", "khách mời", "đăng cai", "Trưởng cụm", "giữ nguyên"):
        got = taken(examine(_conference(f"Sơn La ({note})")))
        assert got[("14", "63", "tasks_managed", "2024", "actual")] == 49, note
        assert got[("14", "63", "ocop_products", "2024", "actual")] == 66, note
        assert got[("62", "63", "tasks_managed", "2024", "actual")] == 32, note
    got = taken(examine(_conference("Sơn La (giữ nguyên)", "Biểu 2. Kết quả 6 tháng đầu năm 2026")))
    assert got[("14", "34", "tasks_managed", "2026-S1", "actual")] == 49


def test_a_note_on_the_figure_or_naming_a_place_after_a_province_still_stores_nothing_for_it():
    """Probes (a plan, an estimate, a draft, another province, a former province after the merger): a
    note that says what the FIGURE is ("(ước)", "(kế hoạch)", "(số liệu sơ bộ)") or names another
    place is no role note — nothing is stored for the province named; and "Ninh Thuận (giữ nguyên)"
    in a table of 2026 names a province that no longer exists, never stored as the new Khánh Hòa."""
    for name in ("Sơn La (ước)", "Sơn La (kế hoạch)", "Sơn La (số liệu sơ bộ)", "Sơn La (đăng cai, cùng Kon Tum)",
                 "Sơn La (khách mời của Kon Tum)"):
        got = facts(examine(_conference(name)))
        assert not [k for k in got if k[0] == "14"], (name, got)
    result = examine(_conference("Ninh Thuận (giữ nguyên)", "Biểu 2. Kết quả 6 tháng đầu năm 2026"))
    got = facts(result)
    assert not [k for k in got if k[0] in ("58", "56")], got
    assert not result.accepted
    assert {p.rule for p in result.problems} == {"province_frame"}
