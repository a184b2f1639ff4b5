"""Batch 51's classes (issue #8, blind51): the handouts of the regional S&T coordination meetings —
tables made to compare provinces, written by a ministry office or by the province hosting the meeting.
Each class probed with the smallest realistic report (tests/fixtures/reports.py), marked as test data and
read by `etl.ingest.examine` as an upload is; beside each, the neighbours the fix must not touch."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import examine, head, reasons as _reasons, taken

KT, GL, DL = "62", "64", "66"   # Kon Tum, Gia Lai, Đắk Lắk (frame of 63)
HANDOUT = "Tiềm lực KH&CN các tỉnh Tây Nguyên (tính đến 31/12/2024)"


# --- 1. "Địa phương" over provinces in a province's handout (was wrong) -----------------------------------

@pytest.mark.parametrize("header", ["Địa phương", "Tên địa phương", "Địa phương (tỉnh)"])
def test_a_hosts_table_of_provinces_under_dia_phuong_is_the_provinces(header):
    """Kon Tum hosting the Highlands' meeting: "Địa phương" over "Tỉnh Kon Tum | Tỉnh Gia Lai | Tỉnh Đắk
    Lắk | Tổng cộng" — the "phường" in "địa phương" read it as a column of wards: every province set
    aside as Kon Tum's part, and the five provinces' "Tổng cộng" (85 organisations) stored as Kon Tum's
    own (etl/headers.py is_subunit_header)."""
    rows = head("Kon Tum", HANDOUT) + [
        ["STT", header, "Số tổ chức KH&CN", "Số người làm nghiên cứu khoa học"],
        ["1", "Tỉnh Kon Tum", 10, 412], ["2", "Tỉnh Gia Lai", 16, 795], ["3", "Tỉnh Đắk Lắk", 24, 1320],
        ["", "Tổng cộng", 50, 2527]]
    got = taken(examine(rows))
    assert got == {(KT, "63", "st_organizations", "2024-12-31", "actual"): 10,
                   (KT, "63", "researchers", "2024-12-31", "actual"): 412,
                   (GL, "63", "st_organizations", "2024-12-31", "actual"): 16,
                   (GL, "63", "researchers", "2024-12-31", "actual"): 795,
                   (DL, "63", "st_organizations", "2024-12-31", "actual"): 24,
                   (DL, "63", "researchers", "2024-12-31", "actual"): 1320}


@pytest.mark.parametrize("header", ["Xã, phường", "Địa phương (xã, phường)", "Huyện, thành phố"])
def test_probe_a_provinces_own_table_by_commune_stays_its_parts(header):
    """The province's own table by commune or district: every unit set aside, "Toàn tỉnh" the
    province's own figure."""
    rows = head("Kon Tum", "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2024") + [
        ["STT", header, "Sản phẩm OCOP được công nhận"],
        ["1", "Phường Kon Tum", 4], ["2", "Xã Đắk Hà", 3], ["3", "Huyện Sa Thầy", 2], ["", "Toàn tỉnh", 9]]
    got = taken(examine(rows))
    assert got == {(KT, "63", "ocop_products", "2024", "actual"): 9}


def test_probe_a_hosts_own_districts_under_dia_phuong_stay_its_parts_and_its_total():
    """"Địa phương" over the province's own districts and wards: each a part, set aside; "Tổng cộng"
    below them the province's own figure (now that "Địa phương" is a column of places, not of wards)."""
    rows = head("Sơn La", "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2024") + [
        ["STT", "Địa phương", "Sản phẩm OCOP được công nhận"],
        ["1", "TP. Sơn La", 6], ["2", "Huyện Mộc Châu", 9], ["3", "Phường Chiềng Lề", 2], ["", "Tổng cộng", 17]]
    assert taken(examine(rows)) == {("14", "63", "ocop_products", "2024", "actual"): 17}


def test_probe_the_new_quang_ngais_wards_under_dia_phuong_are_not_the_former_kon_tum():
    rows = head("Quảng Ngãi", "Báo cáo kết quả hoạt động khoa học và công nghệ 9 tháng năm 2025") + [
        ["STT", "Địa phương", "Sản phẩm OCOP được công nhận"],
        ["1", "Phường Kon Tum", 4], ["2", "Xã Đắk Hà", 3], ["", "Toàn tỉnh", 40]]
    got = taken(examine(rows))
    assert got == {("51", "34", "ocop_products", "2025-01/2025-09", "actual"): 40}


# --- 2. the region's "Tổng cộng" below a city of one of its provinces (was refused, or wrong) ------------

SL, DB, LC = "14", "11", "12"   # Sơn La, Điện Biên, Lai Châu
NORTHWEST = "Biểu so sánh kết quả 6 tháng đầu năm 2025 các tỉnh vùng Tây Bắc"


def test_a_regions_total_below_a_city_of_one_province_is_no_hosts_figure():
    """Sơn La's handout: "Sơn La | - Trong đó: TP. Sơn La | Điện Biên | Lai Châu | Tổng cộng" — the city
    made the region's 36 a second value of Sơn La (17), the honest file refused; the total below a city
    is the province's own only when no other province is listed (etl/walk.py _other_provinces_listed)."""
    rows = head("Sơn La", NORTHWEST) + [
        ["STT", "Tỉnh", "Sản phẩm OCOP được công nhận"],
        ["1", "Sơn La", 17], ["", "- Trong đó: TP. Sơn La", 3], ["2", "Điện Biên", 11], ["3", "Lai Châu", 8],
        ["", "Tổng cộng", 36]]
    assert taken(examine(rows)) == {(SL, "63", "ocop_products", "2025-S1", "actual"): 17,
                                    (DB, "63", "ocop_products", "2025-S1", "actual"): 11,
                                    (LC, "63", "ocop_products", "2025-S1", "actual"): 8}


def test_a_regions_total_is_never_the_host_it_does_not_list():
    """The host (Sơn La) not among the rows: the total of Điện Biên and Lai Châu was stored as Sơn La's."""
    rows = head("Sơn La", NORTHWEST) + [
        ["STT", "Tỉnh", "Sản phẩm OCOP được công nhận"],
        ["1", "Điện Biên", 11], ["", "- Trong đó: TP. Điện Biên Phủ", 3], ["2", "Lai Châu", 8], ["", "Tổng cộng", 19]]
    got = taken(examine(rows))
    assert got == {(DB, "63", "ocop_products", "2025-S1", "actual"): 11,
                   (LC, "63", "ocop_products", "2025-S1", "actual"): 8}


def test_provinces_under_a_district_header_give_no_hosts_total():
    """"Huyện, thành phố" (a header copied from the host's own table) over "Tỉnh Sơn La | Tỉnh Điện Biên |
    Tỉnh Lai Châu | Tổng cộng": the region's 36 was stored as Sơn La's own. Nothing is certain: nothing
    stored (etl/walk.py _other_whole_province)."""
    from tests.fixtures.reports import facts
    rows = head("Sơn La", NORTHWEST) + [
        ["STT", "Huyện, thành phố", "Sản phẩm OCOP được công nhận"],
        ["1", "Tỉnh Sơn La", 17], ["2", "Tỉnh Điện Biên", 11], ["3", "Tỉnh Lai Châu", 8], ["", "Tổng cộng", 36]]
    r = examine(rows)
    assert not facts(r)
    assert "nhiều tỉnh" in _reasons(r)


# --- 3. a rank among the provinces beside the figure (was refused; alone, wrong) ------------------------

@pytest.mark.parametrize("header", ["Xếp hạng về số tổ chức KH&CN trong vùng", "Thứ hạng số tổ chức KH&CN",
                                    "Xếp thứ về tổ chức KH&CN"])
def test_a_rank_among_provinces_is_no_count(header):
    """"Số tổ chức KH&CN | Xếp hạng về số tổ chức KH&CN trong vùng": the ranks were read as organisations —
    beside the counts a second value (the honest file refused), alone the ranks stored as the provinces'
    S&T organisations (metrics/abbreviations.toml rank_words, etl/labels.py)."""
    rows = head("Kon Tum", HANDOUT) + [
        ["STT", "Tỉnh, thành phố", header],
        ["1", "Tỉnh Kon Tum", 4], ["2", "Tỉnh Gia Lai", 3], ["3", "Tỉnh Đắk Lắk", 2]]
    from tests.fixtures.reports import facts
    assert not facts(examine(rows))
    rows = head("Kon Tum", HANDOUT) + [
        ["STT", "Tỉnh, thành phố", "Số tổ chức KH&CN", header],
        ["1", "Tỉnh Kon Tum", 10, 3], ["2", "Tỉnh Gia Lai", 16, 2], ["3", "Tỉnh Đắk Lắk", 24, 1]]
    assert taken(examine(rows)) == {(KT, "63", "st_organizations", "2024-12-31", "actual"): 10,
                                    (GL, "63", "st_organizations", "2024-12-31", "actual"): 16,
                                    (DL, "63", "st_organizations", "2024-12-31", "actual"): 24}


def test_probe_ocop_graded_by_stars_and_the_pii_rank_stay_read():
    rows = head("Kon Tum", "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2024") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"],
        ["1", "Sản phẩm OCOP được xếp hạng 4 sao", "sản phẩm", 6],
        ["2", "Xếp hạng PII", "hạng/63", 52],
        ["3", "Số tổ chức KH&CN", "tổ chức", 10]]
    assert taken(examine(rows)) == {(KT, "63", "ocop_products_4star", "2024", "actual"): 6,
                                    (KT, "63", "pii_rank", "2024", "actual"): 52,
                                    (KT, "63", "st_organizations", "2024-12-31", "actual"): 10}


# --- 4. provinces over "Điểm | Hạng", the index and its pillars as rows (was refused) -------------------

def _pii_by_province(title: str, names: list[str]):
    rows = [[f"SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH QUẢNG NGÃI"], ["Dữ liệu kiểm thử — không phải số liệu thật"], [title], [],
            ["TT", "Chỉ số / Trụ cột", names[0], None, names[1], None],
            [None, None, "Điểm", "Hạng", "Điểm", "Hạng"],
            ["", "Chỉ số PII (tổng hợp)", 41.85, 16, 37.46, 24],
            ["1", "Thể chế", 62.10, 12, 58.75, 21]]
    return examine(rows, merges=("A5:A6", "B5:B6", "C5:D5", "E5:F5"))


def test_provinces_over_score_and_rank_are_each_provinces_figures():
    """Quảng Ngãi's handout comparing PII 2025: "Khánh Hòa | Quảng Ngãi" each over "Điểm | Hạng", the index
    and the pillars as rows — "Chỉ số PII" read as the score under both columns (two values, the file
    refused), "Thể chế" as nothing (etl/headers.py: a province's group over "Điểm | Hạng" is the
    province's score or rank of the row)."""
    got = taken(_pii_by_province("So sánh kết quả PII 2025 của một số địa phương (trên 34 tỉnh, thành phố)",
                                 ["Khánh Hòa", "Quảng Ngãi"]))
    assert got == {("56", "34", "pii_score", "2025", "actual"): 41.85, ("56", "34", "pii_rank_34", "2025", "actual"): 16,
                   ("56", "34", "pii_institutions_score", "2025", "actual"): 62.10,
                   ("56", "34", "pii_institutions_rank_34", "2025", "actual"): 12,
                   ("51", "34", "pii_score", "2025", "actual"): 37.46, ("51", "34", "pii_rank_34", "2025", "actual"): 24,
                   ("51", "34", "pii_institutions_score", "2025", "actual"): 58.75,
                   ("51", "34", "pii_institutions_rank_34", "2025", "actual"): 21}


def test_probe_the_same_before_the_merger_ranks_among_63():
    got = taken(_pii_by_province("So sánh kết quả PII 2024 của các tỉnh Tây Nguyên", ["Kon Tum", "Gia Lai"]))
    assert got[("62", "63", "pii_rank", "2024", "actual")] == 16
    assert got[("64", "63", "pii_institutions_rank", "2024", "actual")] == 21
    assert got[("62", "63", "pii_score", "2024", "actual")] == 41.85
    assert len(got) == 8


# --- 5. a meeting's date under the title (was refused) --------------------------------------------------

def _handout(subtitle: str):
    rows = [["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH LÂM ĐỒNG"], ["Dữ liệu kiểm thử — không phải số liệu thật"], [],
            ["BẢNG SO SÁNH KẾT QUẢ 9 THÁNG NĂM 2025 CÁC TỈNH VÙNG TÂY NGUYÊN"], [subtitle], [],
            ["TT", "Chỉ tiêu", "ĐVT", "Lâm Đồng", "Đắk Lắk", "Cả vùng"],
            ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 96, 71, 167]]
    return examine(rows)


NINE = "2025-01/2025-09"


@pytest.mark.parametrize("subtitle", ["(Hội nghị giao ban KH&CN vùng, Đà Lạt, tháng 10/2025)",
                                      "Tài liệu phục vụ Hội nghị giao ban vùng, ngày 15/10/2025",
                                      "(Tọa đàm khoa học, tháng 11/2025)"])
def test_a_meetings_month_under_the_title_is_no_period_of_figures(subtitle):
    """The new Lâm Đồng's handout: "(Hội nghị giao ban KH&CN vùng, Đà Lạt, tháng 10/2025)" under "… 9 THÁNG
    NĂM 2025" was read as another period's caption (October, after the nine months) and every row set
    aside — the honest file refused (etl/walk.py _meetings_date, metrics/abbreviations.toml meeting_words)."""
    assert taken(_handout(subtitle)) == {("68", "34", "ocop_products", NINE, "actual"): 96,
                                        ("66", "34", "ocop_products", NINE, "actual"): 71}


@pytest.mark.parametrize("subtitle", ["Số liệu tháng 10/2025", "Số liệu năm 2024 báo cáo tại hội nghị"])
def test_probe_another_period_without_a_meeting_or_a_whole_period_stays_aside(subtitle):
    """A month with no meeting named, or a year (another period of figures) beside one: never the nine
    months' figures."""
    from tests.fixtures.reports import facts
    assert not any(k[3] == NINE for k in facts(_handout(subtitle)))


# --- 6. a block per indicator, years down the rows, provinces across (was refused) ----------------------

NT, SLA, KTU = "58", "14", "62"   # Ninh Thuận, Sơn La, Kon Tum


def _blocks(caption: str):
    rows = [["BỘ KHOA HỌC VÀ CÔNG NGHỆ - VĂN PHÒNG"], ["Dữ liệu kiểm thử — không phải số liệu thật"], [],
            ["SO SÁNH MỘT SỐ CHỈ TIÊU GIỮA CÁC TỈNH GIAI ĐOẠN 2023 - 2024"], [],
            [caption], ["Năm", "Ninh Thuận", "Sơn La", "Kon Tum", "Bình quân 3 tỉnh", "Ghi chú"],
            [2023, 35, 53, 28, 38.67], [2024, 41, 60, 33, 44.67],
            ["Tăng bình quân/năm (%)", 17.1, 13.2, 17.9]]
    return examine(rows)


def test_a_caption_names_the_indicator_of_years_by_province():
    """The ministry office's "1. Sản phẩm OCOP được công nhận (sản phẩm)" over "Năm | Ninh Thuận | Sơn La |
    Kon Tum | Bình quân 3 tỉnh": no row named an indicator, the file refused (etl/walk.py: the caption
    names every row's indicator, as over places down the rows); the average and the growth not stored."""
    assert taken(_blocks("1. Sản phẩm OCOP được công nhận (sản phẩm)")) == {
        (NT, "63", "ocop_products", "2023", "actual"): 35, (SLA, "63", "ocop_products", "2023", "actual"): 53,
        (KTU, "63", "ocop_products", "2023", "actual"): 28, (NT, "63", "ocop_products", "2024", "actual"): 41,
        (SLA, "63", "ocop_products", "2024", "actual"): 60, (KTU, "63", "ocop_products", "2024", "actual"): 33}


@pytest.mark.parametrize("caption", ["1. Kế hoạch sản phẩm OCOP được công nhận (sản phẩm)",
                                     "1. Sản phẩm OCOP được công nhận của tỉnh Sơn La", "1. Hội thảo khoa học (cuộc)"])
def test_probe_a_plans_a_provinces_or_an_unknown_caption_names_no_indicator(caption):
    from tests.fixtures.reports import facts
    assert not facts(_blocks(caption))
