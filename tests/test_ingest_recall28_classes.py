"""recall28 (issue #8): honest figures of the corpus lost by a rule written this session, each class with
the smallest realistic report (tests/fixtures/reports.py, marked as test data, read by `etl.ingest.examine`
as an upload is), and beside it the probes that the rule's wrong numbers stay set aside.

blind52 made an unmarked row with figures that is "no level of the heading above it" head the parts below it
(etl/walk.py `_read_sheet`, sibling_row) — so "Nghiệm thu | 20", "- Cấp tỉnh | 15" under "Đang quản lý" is
the provincial tasks accepted, not managed. It asked only the whole's `sum_of` what its levels are; the
OCOP products recognized (stars) and the tasks accepted (levels) declare their parts as `disjoint_parts`
(their levels do not add up to them), so a star or a level right under its whole was taken for a sibling
and headed the next star or level, which then named nothing: 14 honest figures of batches 14, 18, 26, 36
and 40 were unread (Quảng Nam's 4-star products, Bình Định's provincial tasks accepted, Vĩnh Long's 4- and
5-star products, …)."""
from __future__ import annotations

from tests.fixtures.reports import examine, head, taken

QNA, BD, VL = "49", "52", "86"   # Quảng Nam, Bình Định (frame of 63), Vĩnh Long (frame of 34)
TWO_YEARS = ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2023", "Thực hiện năm 2024"]


def _kinds(result) -> dict:
    return {(k[0], k[2], k[3]): v for k, v in taken(result).items()}


def _bd(rows: list[list]):
    return examine(head("Bình Định", "Báo cáo tổng kết hoạt động khoa học và công nghệ năm 2024") + [TWO_YEARS] + rows)


# --- 1. every star under the OCOP products recognized is read (the second and third were lost) ----------------

def test_numbered_stars_under_the_products_recognized_are_each_read():
    """Quảng Nam's "4. Sản phẩm OCOP được công nhận (mới) | 21 | 26", "4.1 Hạng 3 sao | 15 | 19", "4.2 Hạng 4
    sao | 6 | 7": the 4-star products of both years were unread (the 3-star row headed them)."""
    r = _bd([["4.", "Sản phẩm OCOP được công nhận (mới)", "Sản phẩm", 21, 26],
             ["4.1", "Hạng 3 sao", "Sản phẩm", 15, 19], ["4.2", "Hạng 4 sao", "Sản phẩm", 6, 7]])
    assert _kinds(r) == {(BD, "ocop_products", "2023"): 21, (BD, "ocop_products", "2024"): 26,
                         (BD, "ocop_products_3star", "2023"): 15, (BD, "ocop_products_3star", "2024"): 19,
                         (BD, "ocop_products_4star", "2023"): 6, (BD, "ocop_products_4star", "2024"): 7}


def test_bare_stars_under_the_products_recognized_are_each_read():
    """Vĩnh Long's appendix "4 | Sản phẩm OCOP được công nhận | 97", "4.1 | 3 sao | 70", "4.2 | 4 sao | 25",
    "4.3 | 5 sao | 2": only the 3 stars were read."""
    r = examine(head("Vĩnh Long", "Kết quả thực hiện chỉ tiêu khoa học và công nghệ năm 2025")
                + [["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2025"],
                   ["4", "Sản phẩm OCOP được công nhận", "sản phẩm", 97], ["4.1", "3 sao", "sản phẩm", 70],
                   ["4.2", "4 sao", "sản phẩm", 25], ["4.3", "5 sao", "sản phẩm", 2]])
    assert _kinds(r) == {(VL, "ocop_products", "2025"): 97, (VL, "ocop_products_3star", "2025"): 70,
                         (VL, "ocop_products_4star", "2025"): 25, (VL, "ocop_products_5star", "2025"): 2}


# --- 2. every level under the tasks accepted is read (the provincial one was lost) -----------------------------

def test_levels_under_the_tasks_accepted_are_each_read():
    """Bình Định's "1. Nhiệm vụ nghiệm thu | 27 | 30", "1.1 Cấp quốc gia | 1 | 2", "1.2 Cấp tỉnh | 18 | 19":
    the provincial tasks accepted of both years were unread."""
    r = _bd([["", "Tổng số nhiệm vụ KH&CN đang thực hiện", "NV", 84, 89],
             ["1.", "Nhiệm vụ nghiệm thu", "NV", 27, 30], ["1.1", "Cấp quốc gia", "NV", 1, 2],
             ["1.2", "Cấp tỉnh", "NV", 18, 19]])
    got = _kinds(r)
    assert got[(BD, "tasks_accepted", "2024")] == 30
    assert got[(BD, "tasks_accepted_provincial", "2023")] == 18
    assert got[(BD, "tasks_accepted_provincial", "2024")] == 19
    # the provincial tasks accepted are never the provincial tasks managed
    assert not any(k[1] == "tasks_managed_provincial" for k in got)


# --- 3. probes: what the sibling rule sets aside stays set aside -----------------------------------------------

def test_probe_a_later_stage_still_heads_its_own_levels():
    """"Đang quản lý | 70", "Nghiệm thu | 20", "- Cấp tỉnh | 15": the tasks accepted name the tasks managed as
    their parent but are no part of their breakdown — 15 stays the provincial tasks accepted, never managed."""
    r = _bd([["I", "Nhiệm vụ khoa học và công nghệ"], ["1", "Đang quản lý", "NV", 66, 70],
             ["2", "Nghiệm thu", "NV", 18, 20], ["", "- Cấp tỉnh", "NV", 12, 15]])
    got = _kinds(r)
    assert got[(BD, "tasks_accepted_provincial", "2024")] == 15
    assert not any(k[1] == "tasks_managed_provincial" for k in got)


def test_probe_potential_five_stars_are_no_star_of_the_products_recognized():
    """"Sản phẩm OCOP tiềm năng 5 sao | 3" under the products recognized is no star of theirs (no part): it is
    never stored as the 5-star products recognized."""
    r = _bd([["4.", "Sản phẩm OCOP được công nhận", "Sản phẩm", 21, 26],
             ["4.1", "Sản phẩm OCOP tiềm năng 5 sao", "Sản phẩm", 2, 3]])
    assert not any(k[1] == "ocop_products_5star" for k in _kinds(r))


def test_probe_a_part_after_a_proposal_row_is_still_not_read_as_the_sections():
    """blind52's probe, kept: "Số nhiệm vụ đề xuất | 40" (no indicator), "Trong đó: cấp tỉnh | 30" — 30
    proposals are never the provincial tasks managed."""
    r = _bd([["I", "Nhiệm vụ khoa học và công nghệ"], ["1", "Nhiệm vụ đang quản lý", "NV", 60, 66],
             ["2", "Số nhiệm vụ đề xuất", "NV", 35, 40], ["", "Trong đó: cấp tỉnh", "NV", 25, 30]])
    got = _kinds(r)
    assert got[(BD, "tasks_managed", "2024")] == 66
    assert (BD, "tasks_managed_provincial", "2024") not in got


# --- 4. a sheet whose title names its province "(trước sắp xếp)" is that former province's own ----------------

DL, AG = "66", "89"   # Đắk Lắk, An Giang (frame of 63)
YEAR_2024 = ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"]


def test_a_title_naming_its_province_before_the_merger_keeps_its_figures():
    """The new Đắk Lắk's compilation (batch 43), "SỐ LIỆU KH&CN NĂM 2024 CỦA TỈNH ĐẮK LẮK (TRƯỚC SẮP XẾP)": the
    former Đắk Lắk's 2024 figures were set aside as "the merged territory's" — the title says whose they are."""
    r = examine(head("Đắk Lắk", "SỐ LIỆU KH&CN NĂM 2024 CỦA TỈNH ĐẮK LẮK (TRƯỚC SẮP XẾP)")
                + [YEAR_2024, ["1", "Số nhiệm vụ KH&CN cấp tỉnh được quản lý", "Nhiệm vụ", 44],
                   ["2", "Số nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 16]])
    assert _kinds(r) == {(DL, "tasks_managed_provincial", "2024"): 44, (DL, "tasks_accepted", "2024"): 16}


def test_probe_a_title_naming_two_former_provinces_is_their_sum_and_stays_set_aside():
    """"… CỦA TỈNH AN GIANG VÀ KIÊN GIANG (TRƯỚC SẮP XẾP)": the two former provinces' sum is neither's — the 40
    OCOP products are never stored as the former An Giang's."""
    r = examine(head("An Giang", "SỐ LIỆU KH&CN NĂM 2024 CỦA TỈNH AN GIANG VÀ KIÊN GIANG (TRƯỚC SẮP XẾP)")
                + [YEAR_2024, ["1", "Sản phẩm OCOP được công nhận", "Sản phẩm", 40]])
    assert (AG, "ocop_products", "2024") not in _kinds(r)


def test_probe_former_provinces_rows_under_such_a_title_keep_the_total_set_aside():
    """"… TỈNH AN GIANG (TRƯỚC SẮP XẾP)" over "Sản phẩm OCOP được công nhận | 40", "- An Giang (cũ) | 22",
    "- Kiên Giang (cũ) | 18": the sheet names two former provinces, its total is the merged territory's — only
    the former provinces' own rows are theirs (probe34's class, kept)."""
    r = examine(head("An Giang", "SỐ LIỆU KH&CN NĂM 2024 CỦA TỈNH AN GIANG (TRƯỚC SẮP XẾP)")
                + [YEAR_2024, ["1", "Sản phẩm OCOP được công nhận", "Sản phẩm", 40],
                   ["", "- An Giang (cũ)", "Sản phẩm", 22], ["", "- Kiên Giang (cũ)", "Sản phẩm", 18]])
    assert _kinds(r).get((AG, "ocop_products", "2024")) != 40
