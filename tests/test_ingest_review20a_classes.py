"""Wrong numbers of a merged province's report (review 20a): a sum, a heading or a column that looks
like the merged province's but is not. The new An Giang absorbed Kiên Giang, the new Cần Thơ Hậu
Giang and Sóc Trăng, the new Quảng Ngãi Kon Tum, the new Đắk Lắk Phú Yên, the new Gia Lai Bình Định
(1 July 2025). A wrong number is worse than a missing one: where a person cannot tell the old
province from the new, the figure is set aside after the merger. Each report is built here, marked
as test data, and read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

from tests.fixtures.reports import examine, head, taken

T25 = "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2025"
S1_25 = "Báo cáo kết quả hoạt động khoa học và công nghệ 6 tháng đầu năm 2025"
Q1_26 = "Báo cáo kết quả hoạt động khoa học và công nghệ quý I năm 2026"
TASKS = "Nhiệm vụ KH&CN được nghiệm thu"


def _sections(title: str, sections: list[tuple[str, int]]):
    """The new An Giang's report: each (heading, tasks accepted) a heading row over one numbered row."""
    rows = head("An Giang", title) + [["TT", "Nội dung", "Kết quả thực hiện", "Ghi chú"]]
    for heading, value in sections:
        rows += [[None, heading, None, None], ["1", TASKS, value, None]]
    return examine(rows, name="angiang.xlsx")


# --- 1. a sum after the former provinces' sections and another province's -----------------------------

def test_a_sum_after_another_provinces_section_is_no_provinces():
    """"I. TP Cần Thơ 15 / II. An Giang (cũ) 10 / III. Kiên Giang (cũ) 12 / Tổng cộng 37": every former
    province was seen, and Cần Thơ too — 37 is the region's, it was stored as the new An Giang's 2025."""
    for secs in ([("I. TP Cần Thơ", 15), ("II. An Giang (cũ)", 10), ("III. Kiên Giang (cũ)", 12), ("Tổng cộng", 37)],
                 [("I. An Giang (cũ)", 10), ("II. Kiên Giang (cũ)", 12), ("III. TP Cần Thơ", 15), ("Tổng cộng", 37)]):
        assert ("91", "34", "tasks_accepted", "2025", "actual") not in taken(_sections(T25, secs)), secs


def test_probe_a_sum_after_only_the_former_provinces_is_still_the_merged_province():
    """Where it must not fire: "I An Giang (cũ) 10 / II Kiên Giang (cũ) 12 / Tổng cộng 22" is the new An Giang's."""
    r = _sections(T25, [("I. An Giang (cũ)", 10), ("II. Kiên Giang (cũ)", 12), ("Tổng cộng", 22)])
    assert taken(r) == {("91", "34", "tasks_accepted", "2025", "actual"): 22}


# --- 2. the whole of a former province by name is not the merged province -----------------------------

def test_the_whole_of_a_former_province_by_name_is_that_former_provinces():
    """"I. Kiên Giang (cũ) 12 / C. Tổng hợp toàn tỉnh An Giang (cũ) 10": the old An Giang's heading — its
    10 was stored as the new An Giang's 2025. After the merger both are shares (nothing stored); before
    it each former province's own half-year (the file is not refused)."""
    secs = [("I. Kiên Giang (cũ)", 12), ("C. Tổng hợp toàn tỉnh An Giang (cũ)", 10)]
    assert taken(_sections(T25, secs)) == {}
    r = _sections(S1_25, secs)
    assert r.accepted and taken(r) == {("91", "63", "tasks_accepted", "2025-S1", "actual"): 12,
                                       ("89", "63", "tasks_accepted", "2025-S1", "actual"): 10}


def test_probe_the_whole_of_the_merged_province_by_name_still_ends_the_sections():
    """Where it must not fire: "C. Tổng hợp toàn tỉnh An Giang" (no note) is the new An Giang's."""
    r = _sections(T25, [("I. An Giang (cũ)", 10), ("II. Kiên Giang (cũ)", 12), ("C. Tổng hợp toàn tỉnh An Giang", 22)])
    assert taken(r) == {("91", "34", "tasks_accepted", "2025", "actual"): 22}


# --- 3. a bare absorbing province's column beside former provinces' columns ---------------------------

ROWS4 = [["1", TASKS, 10, 12, 15, 37], ["2", "Sản phẩm OCOP được công nhận", 20, 25, 30, 75]]
ROWS3 = [["1", TASKS, 10, 12, 22], ["2", "Sản phẩm OCOP được công nhận", 20, 25, 45]]


def _columns(prov: str, title: str, cols: list[str], rows: list[list]):
    return examine(head(prov, title) + [["STT", "Chỉ tiêu", *cols]] + rows, name="bang.xlsx")


def test_an_absorbing_provinces_bare_column_beside_former_columns_is_set_aside_after_the_merger():
    """"Kiên Giang (cũ) | Cần Thơ | Hậu Giang (cũ) | Tổng cộng" stored Cần Thơ's as the new Cần Thơ's;
    "Đắk Lắk (cũ) | Phú Yên (cũ) | Gia Lai | Tổng" the new Gia Lai's (2025, Q1 2026); "Quảng Ngãi | Kon
    Tum (cũ) | Tổng cộng" the old Quảng Ngãi's 10 as the new province's. Old or new, a person cannot
    tell: nothing of those columns is stored after the merger, with the reason."""
    cases = [("An Giang", ["Kiên Giang (cũ)", "Cần Thơ", "Hậu Giang (cũ)", "Tổng cộng"], ROWS4, ("92",)),
             ("Đắk Lắk", ["Đắk Lắk (cũ)", "Phú Yên (cũ)", "Gia Lai", "Tổng cộng"], ROWS4, ("52",)),
             ("Quảng Ngãi", ["Quảng Ngãi", "Kon Tum (cũ)", "Tổng cộng"], ROWS3, ("51",)),
             ("Đắk Lắk", ["Đắk Lắk", "Phú Yên (cũ)"], [r[:4] for r in ROWS3], ("66",))]
    for prov, cols, rows, codes in cases:
        for title in (T25, Q1_26):
            r = _columns(prov, title, cols, rows)
            assert r.accepted, (prov, cols, title, [p.message_vi for p in r.problems])
            assert not any(k[0] in codes and k[1] == "34" for k in taken(r)), (prov, cols, title, taken(r))
            assert any("không rõ là tỉnh trước hay sau sắp xếp" in i.reason_vi for i in r.ignored), (prov, cols)


def test_the_whole_province_beside_a_bare_absorbing_column_is_the_merged_provinces():
    """"Đắk Lắk | Phú Yên (cũ) | Toàn tỉnh" (10 | 12 | 22) in the new Đắk Lắk's 2025 report was refused
    (10 and 22 two values of the new Đắk Lắk): the bare column set aside, "Toàn tỉnh" is its 22."""
    r = _columns("Đắk Lắk", T25, ["Đắk Lắk", "Phú Yên (cũ)", "Toàn tỉnh"], ROWS3)
    assert r.accepted and taken(r) == {("66", "34", "tasks_accepted", "2025", "actual"): 22,
                                       ("66", "34", "ocop_products", "2025", "actual"): 45}


def test_probe_before_the_merger_the_bare_column_is_the_old_provinces_own():
    """Where it must not fire: on the first half of 2025 "Gia Lai" beside "Đắk Lắk (cũ) | Phú Yên (cũ)" is
    the old Gia Lai's own figure; "(mới)" names the new province; beside its own "(cũ)" column the bare
    name is the new province (the old one has its column)."""
    r = _columns("Đắk Lắk", S1_25, ["Đắk Lắk (cũ)", "Phú Yên (cũ)", "Gia Lai", "Tổng cộng"], ROWS4)
    assert taken(r)[("64", "63", "tasks_accepted", "2025-S1", "actual")] == 15
    r = _columns("Quảng Ngãi", T25, ["Quảng Ngãi (mới)", "Kon Tum (cũ)"], [x[:4] for x in ROWS3])
    assert taken(r).get(("51", "34", "tasks_accepted", "2025", "actual")) == 10
    r = _columns("Quảng Ngãi", T25, ["Quảng Ngãi (cũ)", "Kon Tum (cũ)", "Tỉnh Quảng Ngãi"], ROWS3)
    assert taken(r).get(("51", "34", "tasks_accepted", "2025", "actual")) == 22


# --- 4. a label saying its figure is from before the merger ------------------------------------------

def test_a_label_before_the_merger_is_not_the_merged_provinces():
    """"… (6 tháng đầu năm 2025 trước sắp xếp)" in the new An Giang's 2025 report was stored as its whole
    2025; "… (trước sắp xếp)" in the new Đà Nẵng's as its 2025: set aside with the reason."""
    for prov, label, city in (("An Giang", f"{TASKS} (6 tháng đầu năm 2025 trước sắp xếp)", False),
                              ("Đà Nẵng", f"{TASKS} (trước sắp xếp)", True),
                              ("Đà Nẵng", "Số nhiệm vụ KH&CN cấp thành phố mới triển khai (trước sắp xếp)", True)):
        r = examine(head(prov, T25, city=city) + [["STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả"], ["1", label, "nhiệm vụ", 9]])
        assert r.accepted and taken(r) == {}, (label, taken(r))
        assert any("trước sắp xếp" in i.reason_vi for i in r.ignored), label


def test_probe_a_label_without_the_note_is_still_the_merged_provinces():
    """Where it must not fire: the same label with no note is the new Đà Nẵng's 2025."""
    r = examine(head("Đà Nẵng", T25, city=True) + [["STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả"], ["1", TASKS, "nhiệm vụ", 9]])
    assert taken(r) == {("48", "34", "tasks_accepted", "2025", "actual"): 9}
