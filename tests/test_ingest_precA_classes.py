"""Class tests of the table reader's wrong numbers found on 5 December (helper precA): each a
figure main stored that a person would not read so, with probes where the honest reading stays."""
from __future__ import annotations

from tests.fixtures.reports import examine, head, taken

SK = ["2", "Sáng kiến được công nhận", "sáng kiến", 120]


def test_a_note_naming_another_province_keeps_the_row_out():
    """"Sản phẩm OCOP được công nhận | 25 | Số liệu của tỉnh Kiên Giang (cũ) 6 tháng đầu năm" in the
    new An Giang's 2025 report was stored as An Giang's 25: the note says the figure is a former
    province's. A row's note naming another (or a former) province is judged as its label is."""
    T = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025"
    H = ["STT", "Chỉ tiêu", "ĐVT", "Số lượng", "Ghi chú"]
    SK5 = SK + [""]
    for note in ("Số liệu của tỉnh Kiên Giang (cũ) 6 tháng đầu năm", "Số liệu của Đồng Tháp"):
        report = examine(head("An Giang", T) + [H, ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 25, note], SK5],
                         name="angiang_2025.xlsx")
        assert taken(report) == {("91", "34", "initiatives_recognized", "2025", "actual"): 120}, note
        assert any("tỉnh khác" in i.reason_vi for i in report.ignored), note
    # probes: a note on the figure itself, or naming the report's own province, keeps the reading
    for note in ("Tăng 5 sản phẩm so với năm trước", "Số liệu toàn tỉnh An Giang sau sắp xếp"):
        got = taken(examine(head("An Giang", T) + [H, ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 25, note],
                                                   SK5], name="angiang_2025.xlsx"))
        assert got == {("91", "34", "ocop_products", "2025", "actual"): 25,
                       ("91", "34", "initiatives_recognized", "2025", "actual"): 120}, note
