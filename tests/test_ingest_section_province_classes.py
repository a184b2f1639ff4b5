"""A SECTION of a province's report under another or a former province's heading is that province's,
not the report's own (README "The warehouse"; the rule for a row's own label is in
tests/test_ingest_other_province_classes.py). The new An Giang (An Giang absorbed Kiên Giang on 1 July
2025) reports "II. Tỉnh Kiên Giang (cũ)" or "B. KIÊN GIANG (trước sắp xếp)" over plain rows
("Nhiệm vụ KH&CN được nghiệm thu | 12"): a person reads them as the former Kiên Giang's. They were
read as the new An Giang's own (beside its own 25 the honest file was refused; alone, 12 was stored
as An Giang's). The section ends at the next heading of its level or a "Toàn tỉnh" heading. Each
report is built here, marked as test data, and read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

from tests.fixtures.reports import facts, examine, head, taken

T25 = "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2025"
S1_25 = "Báo cáo kết quả hoạt động khoa học và công nghệ 6 tháng đầu năm 2025"
T24 = "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2024"
OWN = [("Nhiệm vụ KH&CN được nghiệm thu", "25 nhiệm vụ"), ("Sản phẩm OCOP được công nhận", "40 sản phẩm")]
KG = [("Nhiệm vụ KH&CN được nghiệm thu", "12 nhiệm vụ")]


def _read(title: str, sections: list[tuple[str, str, list]]):
    """An Giang's report: each section a heading (its number in the TT column) over its numbered rows."""
    rows = head("An Giang", title) + [["TT", "Nội dung", "Kết quả thực hiện", "Ghi chú"]]
    for number, heading, items in sections:
        rows.append([number, heading, None, None])
        rows += [[str(i + 1), label, value, None] for i, (label, value) in enumerate(items)]
    return examine(rows, name="angiang.xlsx")


def test_a_section_under_a_former_province_after_the_merger_is_set_aside():
    """"II. Tỉnh Kiên Giang (cũ)" / "B. KIÊN GIANG (trước sắp xếp)" in the new An Giang's 2025 report:
    the former Kiên Giang's share of the year, which no province of 2025 holds — set aside with the
    reason; the new An Giang's own 25 from its own section (the file was refused: 25 against 12)."""
    for (n1, h1), (n2, h2) in ((("I", "Kết quả chung"), ("II", "Tỉnh Kiên Giang (cũ)")),
                               (("A", "KẾT QUẢ CHUNG"), ("B", "KIÊN GIANG (trước sắp xếp)"))):
        r = _read(T25, [(n1, h1, OWN), (n2, h2, KG)])
        assert taken(r) == {("91", "34", "tasks_accepted", "2025", "actual"): 25,
                            ("91", "34", "ocop_products", "2025", "actual"): 40}, h2
        assert any(h2 in i.reason_vi and "tỉnh cũ" in i.reason_vi for i in r.ignored), h2


def test_a_former_provinces_section_alone_is_never_the_reports_own():
    """Only "II. Tỉnh Kiên Giang (cũ)" with figures: 12 was stored as the new An Giang's 2025."""
    got = taken(_read(T25, [("I", "Kết quả chung", [("Sản phẩm OCOP được công nhận", "40 sản phẩm")]),
                            ("II", "Tỉnh Kiên Giang (cũ)", KG)]))
    assert ("91", "34", "tasks_accepted", "2025", "actual") not in got


def test_a_former_provinces_section_before_the_merger_is_its_own_and_ends_at_toan_tinh():
    """The first half of 2025 (frame 63): the section is the former Kiên Giang's own 2025-S1, stored as
    its "(cũ)" rows are; "III. Toàn tỉnh" ends it. Corrected (review 19a): the rows under "Toàn tỉnh"
    after a former province's section are the merged territory, as "Toàn tỉnh" below former provinces'
    rows is — no province of the first half of 2025 (this test asserted them as the old An Giang's)."""
    got = taken(_read(S1_25, [("II", "Tỉnh Kiên Giang (cũ)", KG), ("III", "Toàn tỉnh", OWN)]))
    assert got == {("91", "63", "tasks_accepted", "2025-S1", "actual"): 12}


def test_each_former_provinces_section_before_the_merger_and_the_whole_is_no_old_provinces():
    """"I. Tỉnh An Giang (cũ) 10 / II. Tỉnh Kiên Giang (cũ) 12 / III. Toàn tỉnh 22" on the first half
    of 2025 (review 19a): 10 and 12 each former province's own; 22 is the merged territory, no
    province of the 63 frame (the honest file was refused: 22 against the old An Giang's 10)."""
    def tasks(n: str):
        return [("Nhiệm vụ KH&CN được nghiệm thu", f"{n} nhiệm vụ")]
    r = _read(S1_25, [("I", "Tỉnh An Giang (cũ)", tasks("10")), ("II", "Tỉnh Kiên Giang (cũ)", tasks("12")),
                      ("III", "Toàn tỉnh", tasks("22"))])
    assert r.accepted, [p.message_vi for p in r.problems]
    assert taken(r) == {("89", "63", "tasks_accepted", "2025-S1", "actual"): 10,
                        ("91", "63", "tasks_accepted", "2025-S1", "actual"): 12}


def test_an_unnumbered_former_provinces_section_is_not_carried_past_its_next_heading():
    """"Tỉnh Kiên Giang (cũ)" with no number over its rows, then "Kết quả chung của tỉnh" (no number
    either) over "Sản phẩm OCOP được công nhận | 40" (review 19a): where the section ends is unknown,
    so the rows after that heading are set aside with the reason — 40 was stored as Kiên Giang's. The
    section's own first rows are still Kiên Giang's; before and after the merger."""
    for title, kg in ((S1_25, {("91", "63", "tasks_accepted", "2025-S1", "actual"): 12}), (T25, {})):
        r = _read(title, [(None, "Tỉnh Kiên Giang (cũ)", KG),
                          (None, "Kết quả chung của tỉnh", [("Sản phẩm OCOP được công nhận", "40 sản phẩm")])])
        assert r.accepted, [p.message_vi for p in r.problems]
        assert taken(r) == kg, title
        assert any(i.text == "Sản phẩm OCOP được công nhận" and "không rõ" in i.reason_vi for i in r.ignored)


def test_the_section_ends_at_the_next_heading_of_its_level():
    """"III. Kết quả khác" after "II. Tỉnh Kiên Giang (cũ)": the rows under III are the report's own."""
    got = taken(_read(T25, [("II", "Tỉnh Kiên Giang (cũ)", KG), ("III", "Kết quả khác", OWN)]))
    assert got == {("91", "34", "tasks_accepted", "2025", "actual"): 25,
                   ("91", "34", "ocop_products", "2025", "actual"): 40}


def test_probe_headings_of_the_reports_own_are_no_other_province():
    """Where it must not fire: "I. Kết quả chung", a heading naming a district or a town of the
    report's own province ("II. Huyện Châu Thành", "II. Thành phố Long Xuyên"), and one naming the
    report's own province ("II. Tỉnh An Giang"): the rows below stay the report's own."""
    want = {("89", "63", "tasks_accepted", "2024", "actual"): 25, ("89", "63", "ocop_products", "2024", "actual"): 40}
    for heading in ("Kết quả chung", "Tỉnh An Giang"):
        assert taken(_read(T24, [("I", "Kết quả chung", []), ("II", heading, OWN)])) == want, heading
    # NOTE: corrected openly (mend21): the rows under a district's or a town's heading are that place's,
    # a part of the province's figure — no other province's, and not the province's either (stored
    # as An Giang's before); nothing is stored from them
    for heading in ("Huyện Châu Thành", "Thành phố Long Xuyên"):
        assert facts(_read(T24, [("I", "Kết quả chung", []), ("II", heading, OWN)])) == {}, heading
