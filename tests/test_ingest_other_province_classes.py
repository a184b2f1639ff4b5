"""A figure a report names as ANOTHER province's is not the report's own (README "The warehouse": a fact
belongs to the province the report states for it; where unsure, store nothing). An Giang's 2024 report
giving Đồng Tháp's OCOP products, and the new An Giang's 2025 report (An Giang absorbed Kiên Giang on
1 July 2025) giving the former Kiên Giang's share, in a row's label or in a sentence, were stored as
the report's own province's. Each report is built here, marked as test data, and read by
`etl.ingest.examine` as an upload is."""
from __future__ import annotations

from tests.fixtures.reports import examine, head, taken

T24 = "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2024"
T25 = "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2025"
OWN = ["2", "Số nhiệm vụ KH&CN được nghiệm thu", "25 nhiệm vụ", None]


def _read(title: str, row: list):
    return examine(head("An Giang", title) + [["TT", "Nội dung", "Kết quả thực hiện", "Ghi chú"], row, OWN],
                   name="angiang.xlsx")


def _ocop(got: dict) -> dict:
    return {k: v for k, v in got.items() if k[2] == "ocop_products"}


def test_a_row_labelled_with_another_province_is_not_the_reports():
    """"Sản phẩm OCOP được công nhận (Đồng Tháp) | 40 sản phẩm" in An Giang's 2024 report: Đồng Tháp's
    40, not An Giang's (stored as An Giang 2024 = 40); set aside with a reason the uploader reads."""
    r = _read(T24, ["1", "Sản phẩm OCOP được công nhận (Đồng Tháp)", "40 sản phẩm", None])
    got = taken(r)
    assert _ocop(got) == {}
    assert got[("89", "63", "tasks_accepted", "2024", "actual")] == 25
    assert any("Đồng Tháp" in i.text and "tỉnh khác" in i.reason_vi for i in r.ignored)


def test_a_row_labelled_with_a_former_province_is_not_the_merged_provinces():
    """The new An Giang's 2025 report, "… (Kiên Giang)" or "… - Kiên Giang (cũ)": the former Kiên
    Giang's share, not the new An Giang's whole (stored as the new An Giang's 2025 = 40)."""
    for label in ("Sản phẩm OCOP được công nhận (Kiên Giang)", "Sản phẩm OCOP được công nhận - Kiên Giang (cũ)"):
        got = taken(_read(T25, ["1", label, "40 sản phẩm", None]))
        assert _ocop(got) == {}, label
        assert got[("91", "34", "tasks_accepted", "2025", "actual")] == 25


def test_a_sentence_on_a_former_province_is_not_the_reports():
    """"6 tháng đầu năm 2025, tỉnh Kiên Giang (cũ) công nhận 40 sản phẩm OCOP" in the new An Giang's
    report: Kiên Giang's first half (stored as the former An Giang's 2025-S1 = 40). Corrected openly in
    batch 38 (README "Uploading reports"): written "(cũ)" with its own span before the merger, it is the
    former Kiên Giang's own first half (code 91 in the frame of 63) — never the former An Giang's (89)
    nor the new province's; without "(cũ)" it still gives nothing."""
    got = taken(_read(T25, ["1", "OCOP", "6 tháng đầu năm 2025, tỉnh Kiên Giang (cũ) công nhận 40 sản phẩm OCOP",
                            None]))
    assert _ocop(got) == {("91", "63", "ocop_products", "2025-S1", "actual"): 40}
    text = "6 tháng đầu năm 2025, tỉnh Kiên Giang công nhận 40 sản phẩm OCOP"
    got = taken(_read(T25, ["1", "OCOP", text, None]))
    assert _ocop(got) == {}, text


def test_probe_the_reports_own_province_or_the_whole_province_in_the_label_is_still_read():
    """Where the rule must not fire: the report's own province named in the label, and "toàn tỉnh"."""
    got = taken(_read(T24, ["1", "Sản phẩm OCOP được công nhận (An Giang)", "40 sản phẩm", None]))
    assert _ocop(got) == {("89", "63", "ocop_products", "2024", "actual"): 40}
    got = taken(_read(T25, ["1", "Sản phẩm OCOP được công nhận toàn tỉnh", "40 sản phẩm", None]))
    assert _ocop(got) == {("91", "34", "ocop_products", "2025", "actual"): 40}
    got = taken(_read(T25, ["1", "Sản phẩm OCOP được công nhận (tỉnh An Giang)", "40 sản phẩm", None]))
    assert _ocop(got) == {("91", "34", "ocop_products", "2025", "actual"): 40}


def test_probe_a_sentence_on_the_reports_own_province_is_still_read():
    """Where the rule must not fire in a sentence: "Năm 2024, tỉnh An Giang công nhận 40 sản phẩm OCOP"."""
    got = taken(_read(T24, ["1", "OCOP", "Năm 2024, tỉnh An Giang công nhận 40 sản phẩm OCOP", None]))
    assert _ocop(got) == {("89", "63", "ocop_products", "2024", "actual"): 40}


def test_probe_words_that_fold_to_a_provinces_letters_are_no_province():
    """"Sản phẩm OCOP được đánh giá lại" folds to the letters of "Gia Lai": with its diacritics it names
    no province, and its row is read as the report's own (it was set aside as Gia Lai's figure); the
    same label typed without any diacritics ("gia lai" could be either) is not taken as Gia Lai's
    either when it is the report's own province's word — only a name written as a name counts."""
    r = _read(T24, ["1", "Sản phẩm OCOP được đánh giá lại, công nhận lại", "12 sản phẩm", None])
    assert not any("Gia Lai" in i.reason_vi for i in r.ignored)
    assert ("89", "63", "ocop_products_rerecognized", "2024", "actual") in taken(r)
    typed_bare = _read(T24, ["1", "San pham OCOP duoc cong nhan (Dong Thap)", "40 san pham", None])
    assert _ocop(taken(typed_bare)) == {}
