"""Figures typed in text cells (`etl/sentences.py`, read with `etl/prose.py`), one class per test, as
batch 45 of the workbook corpus (text cells of the Mekong delta, the Red River delta and the Central
Highlands, 2021 to the third quarter of 2026, written blind) revealed them. Each report is built here
with `tests.fixtures.reports`, marked as test data, and read by `etl.ingest.examine` as an upload is. A
statistician's reading is the expectation: a figure taken only when nothing is guessed — and each rule
has probes where it must NOT fire (another span, another year, a plan, a district, another indicator,
a merged province's figure before it existed)."""
from __future__ import annotations

from tests.fixtures.reports import examine, head, taken

_Q3_2025 = "KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ QUÝ III NĂM 2025"
_Q3_2026 = "KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ QUÝ III NĂM 2026"
_HALF_2026 = "KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ 6 THÁNG ĐẦU NĂM 2026"

# an honest row beside a probe, so that the probe's file is not refused for stating nothing
_ANCHOR = ("Sáng kiến", "Công nhận 57 sáng kiến")


def _two(province: str, title: str, rows: list[tuple], city: bool = False) -> list[list]:
    """A "Nội dung | Kết quả" sheet: each row's label, then the result typed as a sentence."""
    return head(province, title, city) + [["Nội dung", "Kết quả"]] + [list(r) for r in rows]


def test_a_merged_provinces_part_of_2025_before_the_merger_is_no_former_provinces():
    """WRONG NUMBERS (found by batch 45's probes): the new Gia Lai's "Năm 2025, Sở nghiệm thu 48 nhiệm vụ; 6
    tháng đầu năm nghiệm thu 20 nhiệm vụ" stored 20 as the former Gia Lai's first half (code 64, the name's in
    the frame of 63), the new Vĩnh Long's "…, trong đó 6 tháng đầu năm nghiệm thu 21 nhiệm vụ" as the former
    Vĩnh Long's (its code kept): the first half of 2025 is the new territory's before it was one province —
    no province's figure. A province unchanged by the merger (Nghệ An) keeps its own first half."""
    for province, cell, want in [
        ("Gia Lai", "Năm 2025, Sở nghiệm thu 48 nhiệm vụ; 6 tháng đầu năm nghiệm thu 20 nhiệm vụ",
         {("52", "34", "tasks_accepted", "2025", "actual"): 48}),
        ("Vĩnh Long", "Năm 2025, Sở nghiệm thu 63 nhiệm vụ, trong đó 6 tháng đầu năm nghiệm thu 21 nhiệm vụ.",
         {("86", "34", "tasks_accepted", "2025", "actual"): 63}),
        ("Nghệ An", "Năm 2025, Sở nghiệm thu 63 nhiệm vụ, trong đó 6 tháng đầu năm nghiệm thu 21 nhiệm vụ.",
         {("40", "34", "tasks_accepted", "2025", "actual"): 63, ("40", "63", "tasks_accepted", "2025-S1", "actual"): 21}),
        # the second half is after the merger: the new province's own
        ("Vĩnh Long", "Năm 2025, Sở nghiệm thu 63 nhiệm vụ, trong đó 6 tháng cuối năm nghiệm thu 40 nhiệm vụ.",
         {("86", "34", "tasks_accepted", "2025", "actual"): 63, ("86", "34", "tasks_accepted", "2025-S2", "actual"): 40}),
        # a former province's own first half, named "(cũ)", stays that province's (frame 63)
        ("Gia Lai", "Tổ chức nghiệm thu 48 nhiệm vụ; riêng 6 tháng đầu năm 2025, tỉnh Bình Định (cũ) nghiệm thu 14 "
                    "nhiệm vụ",
         {("52", "34", "tasks_accepted", "2025", "actual"): 48, ("52", "63", "tasks_accepted", "2025-S1", "actual"): 14}),
    ]:
        got = taken(examine(head(province, "TỔNG KẾT HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2025") + [[cell]],
                            name="merged_2025.xlsx"))
        assert got == want, (province, cell, got)
