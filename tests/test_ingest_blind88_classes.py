"""blind88 (issue #8, batch 88: files as other software writes them, from the Red River delta and the northern
midlands and mountains, 2019–2026, before and after the merger): the classes its first sight found — the levels
written bare under "Chia theo cấp quản lý", a merged province's "(mới)" in a caption read as the new tasks' stage,
a BI tool's period field "KyBC" — each with the honest and wrong neighbours that must keep reading the same. Each
report is the smallest realistic one, read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, examine, examine_book, facts, head, reasons, taken

# --------------------------------------------------------------------------------------------------------------
# (1) The levels written bare under a group naming the breakdown by level
# --------------------------------------------------------------------------------------------------------------
TASKS = {"tasks_managed": 31, "tasks_managed_national": 2, "tasks_managed_provincial": 21,
         "tasks_managed_grassroots": 8, "tasks_accepted": 10, "tasks_accepted_national": 1,
         "tasks_accepted_provincial": 6}


def _levels_across(group: str, levels: tuple[str, str, str]):
    """The former Điện Biên's 2022 form: "STT | Chỉ tiêu | ĐVT | Tổng số" then `group` merged over the three
    `levels`; the tasks in progress 31 = 2 + 21 + 8, accepted 10 = 1 + 6 + 3."""
    rows = head("Điện Biên", "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KH&CN NĂM 2022")
    rows += [["STT", "Chỉ tiêu", "ĐVT", "Tổng số", group, None, None], [None, None, None, None, *levels],
             ["1", "Nhiệm vụ KH&CN đang triển khai", "Nhiệm vụ", 31, 2, 21, 8],
             ["2", "Nhiệm vụ được nghiệm thu", "Nhiệm vụ", 10, 1, 6, 3]]
    return examine(rows, merges=("A6:A7", "B6:B7", "C6:C7", "D6:D7", "E6:G6"), name="dienbien_2022.xlsx")


def _tasks(codes=tuple(TASKS)) -> dict:
    return {("11", "63", c, "2022", "actual"): float(TASKS[c]) for c in codes}


@pytest.mark.parametrize("group", ["Chia theo cấp quản lý", "Phân theo cấp", "Cấp quản lý"])
def test_bare_levels_under_a_group_naming_the_levels_are_the_rows_parts(group):
    """LOST: "Chia theo cấp quản lý" merged over "Quốc gia | Tỉnh | Cơ sở" (the level written bare, the group's "cấp"
    the columns'): the three columns were read as saying nothing ("Tiêu đề cột không cho biết đây là số liệu gì")
    and the national, provincial and grassroots tasks lost. They are the row's parts at those levels."""
    assert taken(_levels_across(group, ("Quốc gia", "Tỉnh", "Cơ sở"))) == _tasks()


def test_probe_levels_written_with_cap_read_as_before():
    """The honest neighbour (read so on main already): "Trong đó" over "Cấp quốc gia | Cấp tỉnh | Cấp cơ sở"."""
    assert taken(_levels_across("Trong đó", ("Cấp quốc gia", "Cấp tỉnh", "Cấp cơ sở"))) == _tasks()


def test_probe_bare_names_under_a_group_naming_no_level_are_no_levels():
    """The wrong neighbour: "Chia theo nguồn kinh phí" over "Trung ương | Tỉnh | Cơ sở" — funding's sources, no
    levels of the tasks: nothing stored as a level's part (only the totals)."""
    got = taken(_levels_across("Chia theo nguồn kinh phí", ("Trung ương", "Tỉnh", "Cơ sở")))
    assert got == _tasks(("tasks_managed", "tasks_accepted"))


# --------------------------------------------------------------------------------------------------------------
# (2) A merged province's "(mới)" in the caption over the table
# --------------------------------------------------------------------------------------------------------------
def _lao_cai(caption: str):
    """The new Lào Cai's second half of 2025 as a Google Sheets download: `caption`, then "Chỉ tiêu | ĐVT | Quý
    III/2025 | Quý IV/2025"; the tasks accepted 5 and 8, the OCOP products 18 and 35."""
    rows = [[caption], ["Chỉ tiêu", "ĐVT", "Quý III/2025", "Quý IV/2025"],
            ["Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 5, 8], ["Sản phẩm OCOP được công nhận", "sản phẩm", 18, 35],
            [MARK]]
    return examine(rows, name="laocai.xlsx", title="Số liệu")


def _lao_cai_facts(codes=("tasks_accepted", "ocop_products")) -> dict:
    values = {"tasks_accepted": (5, 8), "ocop_products": (18, 35)}
    return {("15", "34", c, f"2025-{q}", "actual"): float(v) for c in codes for q, v in zip(("Q3", "Q4"), values[c])}


@pytest.mark.parametrize("caption", ["Số liệu KH&CN tỉnh Lào Cai (mới) - 6 tháng cuối năm 2025",
                                     "SỐ LIỆU KH&CN TỈNH LÀO CAI MỚI 6 THÁNG CUỐI NĂM 2025"])
def test_a_new_provinces_note_in_the_caption_is_no_stage_of_the_tasks(caption):
    """LOST: "tỉnh Lào Cai (mới)" in the caption was read as the stage "mới" (new tasks), ruling out "Nhiệm vụ KH&CN
    được nghiệm thu" under it ("từ “mới” cho biết các dòng chỉ là một phần") — the tasks accepted lost. The note
    after a province's name says the province of the 34."""
    assert taken(_lao_cai(caption)) == _lao_cai_facts()


def test_probe_new_tasks_of_a_province_in_the_caption_still_rule_out_the_tasks_accepted():
    """The wrong neighbour: "Nhiệm vụ mới của tỉnh Lào Cai …" — the new tasks' caption: their acceptances are a part,
    still set aside (only the OCOP products read)."""
    got = _lao_cai("Nhiệm vụ mới của tỉnh Lào Cai (mới) - 6 tháng cuối năm 2025")
    assert taken(got) == _lao_cai_facts(("ocop_products",))
    assert "mới" in reasons(got)


# --------------------------------------------------------------------------------------------------------------
# (3) A BI tool's period field "KyBC"
# --------------------------------------------------------------------------------------------------------------
def _long_table(field: str):
    """The former Vĩnh Phúc's first half of 2022 from a BI tool: `field | MaChiTieu | TenChiTieu | DonViTinh | GiaTri
    | DonVi`, the periods as codes "2022Q1", "2022Q2", "2022H1"."""
    rows = [[field, "MaChiTieu", "TenChiTieu", "DonViTinh", "GiaTri", "DonVi"],
            ["2022Q1", "OCOP01", "Số sản phẩm OCOP được công nhận", "Sản phẩm", 4, "Sở KH&CN Vĩnh Phúc"],
            ["2022Q2", "OCOP01", "Số sản phẩm OCOP được công nhận", "Sản phẩm", 9, "Sở KH&CN Vĩnh Phúc"],
            ["2022H1", "OCOP01", "Số sản phẩm OCOP được công nhận", "Sản phẩm", 13, "Sở KH&CN Vĩnh Phúc"], [], [MARK]]
    return examine(rows, name="vinhphuc_bi.xlsx", title="Data")


VINH_PHUC = {("26", "63", "ocop_products", p, "actual"): v for p, v in (("2022-Q1", 4.0), ("2022-Q2", 9.0),
                                                                         ("2022-S1", 13.0))}


@pytest.mark.parametrize("field", ["KyBC", "Kỳ BC", "Ky_BC"])
def test_the_report_period_field_abbreviated_is_the_rows_period(field):
    """LOST (an honest file refused "no_period"): "KyBC" — the field of the report's period, "BC" for "báo cáo" —
    was no period column, though its codes "2022Q1", "2022H1" read as periods."""
    assert taken(_long_table(field)) == VINH_PHUC


def test_probe_the_field_spelled_out_reads_as_before():
    """The honest neighbour (read so on main already): "KyBaoCao"."""
    assert taken(_long_table("KyBaoCao")) == VINH_PHUC


def test_probe_a_field_naming_no_period_stays_refused_without_a_period():
    """The wrong neighbour: "SoBC" (a count of reports) over the codes names no period field: the figures have no
    period, the file refused as before (never a guessed period)."""
    got = _long_table("SoBC")
    assert not got.accepted and not facts(got)


# --------------------------------------------------------------------------------------------------------------
# (4) A pivot's report filters "Năm | 2025" and "Kỳ | 9 tháng"; (5) its "Tổng Cuối" right of the former areas
# --------------------------------------------------------------------------------------------------------------
def _pivot(period_rows: list[list], columns: tuple[str, ...] = ("Hải Dương (cũ)", "Hải Phòng (cũ)", "Tổng cộng")):
    """The new Hải Phòng's figures pasted from a Vietnamese pivot: its title, `period_rows` (the report filters),
    "Tổng của GiaTri | Nhãn Cột", "Nhãn Hàng" and `columns`, the tasks accepted 11 + 17 = 28 and the OCOP products
    24 + 31 = 55, the pivot's "Tổng Cuối" row."""
    rows = [["Tổng hợp chỉ tiêu KH&CN thành phố Hải Phòng (sau hợp nhất)"], [MARK], [], *period_rows, [],
            ["Tổng của GiaTri", "Nhãn Cột"], ["Nhãn Hàng", *columns],
            ["Nhiệm vụ KH&CN nghiệm thu", 11, 17, 28], ["Sản phẩm OCOP được công nhận", 24, 31, 55],
            ["Tổng Cuối", 35, 48, 83]]
    return examine(rows, name="haiphong_pivot.xlsx", title="Sheet2")


def _hai_phong(period: str) -> dict:
    return {("31", "34", "tasks_accepted", period, "actual"): 28.0,
            ("31", "34", "ocop_products", period, "actual"): 55.0}


@pytest.mark.parametrize("part, period", [("9 tháng", "2025-01/2025-09"), ("Quý III", "2025-Q3"),
                                          ("6 tháng cuối năm", "2025-S2")])
def test_a_pivots_filter_naming_the_part_of_the_year_is_the_period(part, period):
    """WRONG: "Năm | 2025" over "Kỳ | 9 tháng" — two cells each, a pivot's report filters — was read as the year 2025
    (the part unread, as "Kỳ: 9 tháng" in one cell is read): the nine months' figures stored as the year's. The part
    of the filter's year."""
    assert taken(_pivot([["Năm", 2025], ["Kỳ", part]])) == _hai_phong(period)


def test_probe_a_pivots_year_filter_alone_is_the_year():
    """The honest neighbour (read so on main already): "Năm | 2025" alone over "… | Tổng cộng" — the year."""
    assert taken(_pivot([["Năm", 2025]])) == _hai_phong("2025")


def test_probe_the_part_in_one_cell_reads_as_before():
    """The honest neighbour (read so on main already): "Năm | 2025" over "Kỳ: 9 tháng" typed in one cell."""
    assert taken(_pivot([["Năm", 2025], ["Kỳ: 9 tháng"]])) == _hai_phong("2025-01/2025-09")


def test_a_filter_naming_a_plan_of_a_part_gives_no_period():
    """WRONG: "Năm | 2025" over "Kỳ | Kế hoạch 6 tháng" — a part and a plan — stored the half's plan as the year's
    actual figures (the filter unread). No period a person could trust, as "Kỳ: Kế hoạch 6 tháng" in one cell: nothing
    stored."""
    got = _pivot([["Năm", 2025], ["Kỳ", "Kế hoạch 6 tháng"]])
    assert not facts(got)


@pytest.mark.parametrize("total", ["Tổng Cuối", "Grand Total"])
def test_a_pivots_grand_total_right_of_the_former_areas_is_the_merged_provinces(total):
    """LOST: "Nhãn Hàng | Hải Dương (cũ) | Hải Phòng (cũ) | Tổng Cuối" under "Năm | 2025": the grand total was set
    aside as a total over places ("Cột tổng cộng, không phải số liệu của một tỉnh") — it is the new city's figure, as
    "Tổng cộng" there is."""
    got = _pivot([["Năm", 2025]], ("Hải Dương (cũ)", "Hải Phòng (cũ)", total))
    assert taken(got) == _hai_phong("2025")


def test_probe_a_grand_total_beside_another_province_is_no_merged_provinces():
    """The wrong neighbour: "Hải Dương (cũ) | Hà Nội | Tổng Cuối" — another province beside the former one makes the
    grand total a sum of places, no province's: not stored as Hải Phòng's."""
    got = _pivot([["Năm", 2025]], ("Hải Dương (cũ)", "Hà Nội", "Tổng Cuối"))
    assert not any(k[0] == "31" for k in facts(got))


# --------------------------------------------------------------------------------------------------------------
# (6) A DVC portal's periods down the rows: the rate named by the two columns left of it, the parts with their year
# --------------------------------------------------------------------------------------------------------------
def _dossiers(header: list[str], periods_down: tuple[str, str, str] = ("2022", "2023", "2024")):
    """The former Sơn La's dossiers from the public-service portal: the title on dossiers, `header` over three rows
    of `periods_down`, the received, online, online rate (72.3, 75.0, 76.9), solved and on-time rate columns."""
    figures = [(412, 298, 72.3, 405, 99.5), (468, 351, 75.0, 460, 99.8), (1836, 1412, 76.9, 1816, 99.7)]
    rows = [["Báo cáo thống kê hồ sơ TTHC - Sở Khoa học và Công nghệ tỉnh Sơn La"], [MARK], header,
            *([p, *f] for p, f in zip(periods_down, figures))]
    return examine(rows, name="sonla_dvc.xlsx", title="DVC")


def _rates(periods_down=("2022", "2023", "2024")) -> dict:
    return {("14", "63", "online_dossier_rate", p, "actual"): v for p, v in zip(periods_down, (72.3, 75.0, 76.9))}


DVC = ["Năm", "Tổng số hồ sơ tiếp nhận", "Tiếp nhận trực tuyến", "Tỷ lệ trực tuyến (%)", "Đã giải quyết",
       "Giải quyết đúng hạn (%)"]


def test_a_rate_named_by_the_whole_and_its_part_left_of_it():
    """LOST (an honest file refused, naming no indicator): "Tổng số hồ sơ tiếp nhận | Tiếp nhận trực tuyến | Tỷ lệ
    trực tuyến (%)" — the part written as the whole's last words and the rate's own ("tiếp nhận" + "trực tuyến"),
    no "Trong đó": the rate of the dossiers received online, as a person reads it."""
    assert taken(_dossiers(DVC)) == _rates()


def test_probe_the_part_written_trong_do_reads_as_before():
    """The honest neighbour (fix53, read so on main already): "Hồ sơ tiếp nhận | Trong đó trực tuyến | Tỷ lệ trực
    tuyến (%)"."""
    assert taken(_dossiers(["Năm", "Hồ sơ tiếp nhận", "Trong đó trực tuyến", *DVC[3:]])) == _rates()


def test_probe_an_on_time_rate_beside_its_counts_is_no_online_rate():
    """The wrong neighbour: "Tổng số hồ sơ đã giải quyết | Giải quyết đúng hạn | Tỷ lệ đúng hạn (%)" — the same shape
    naming no indicator of ours: nothing stored from it (the file refused as naming none, never a guessed rate)."""
    got = _dossiers(["Năm", "Tổng số hồ sơ đã giải quyết", "Giải quyết đúng hạn", "Tỷ lệ đúng hạn (%)",
                     "Số hồ sơ đã trả kết quả", "Tỷ lệ hài lòng (%)"])
    assert not facts(got)


QUARTERS = ("Quý I/2024", "Quý II/2024", "Năm 2024")


def test_quarters_with_their_year_down_a_period_column_are_the_rows_periods():
    """LOST (an honest file refused, naming no indicator): "Kỳ" over "Quý I/2024", "Quý II/2024", "Năm 2024" with one
    indicator's column among counts of no indicator: no header was found (one indicator suffices over bare years or
    over quarters whose year the title gives, not over quarters written with their year)."""
    header = ["Kỳ", "Tổng số hồ sơ", "Số hồ sơ trực tuyến", "Tỷ lệ hồ sơ tiếp nhận trực tuyến (%)", "Đã giải quyết",
              "Giải quyết đúng hạn (%)"]
    assert taken(_dossiers(header, QUARTERS)) == _rates(("2024-Q1", "2024-Q2", "2024"))


def test_probe_quarters_with_their_year_under_columns_naming_nothing_stay_refused():
    """The wrong neighbour: the same rows under columns naming no indicator ("Tổng số hồ sơ | … | Tỷ lệ chung (%)"):
    no table of indicators, refused as before — nothing guessed."""
    got = _dossiers(["Kỳ", "Tổng số hồ sơ", "Số hồ sơ trực tuyến", "Tỷ lệ chung (%)", "Đã giải quyết", "Đúng hạn (%)"],
                    QUARTERS)
    assert not got.accepted and not facts(got)


# --------------------------------------------------------------------------------------------------------------
# (7) A database export's field names, described by the workbook's data-dictionary tab
# --------------------------------------------------------------------------------------------------------------
EXPORT = {"export": [["Nam", "TenDonVi", "SoNV_DangTH", "SoNV_NghiemThu", "SoSP_OCOP"],
                     [2022, "Sở KH&CN tỉnh Phú Thọ", 41, 13, 35], [2023, "Sở KH&CN tỉnh Phú Thọ", 44, 12, 41], [],
                     [MARK]]}


def _dictionary(*meanings: tuple[str, str, str]) -> dict:
    """The notes tab "GhiChu": "Tên trường | Ý nghĩa | Đơn vị tính" over `meanings`."""
    return {"GhiChu": [["MÔ TẢ TRƯỜNG DỮ LIỆU"], [MARK], [], ["Tên trường", "Ý nghĩa", "Đơn vị tính"],
                       ["Nam", "Năm báo cáo", None], ["TenDonVi", "Đơn vị báo cáo", None], *map(list, meanings)]}


PHU_THO = (("SoNV_DangTH", "Số nhiệm vụ KH&CN đang triển khai thực hiện trong năm", "nhiệm vụ"),
           ("SoNV_NghiemThu", "Số nhiệm vụ KH&CN được nghiệm thu trong năm", "nhiệm vụ"),
           ("SoSP_OCOP", "Số sản phẩm OCOP được công nhận trong năm", "sản phẩm"))


def test_field_names_read_as_the_data_dictionary_describes_them():
    """LOST (an honest file refused, naming no indicator): the former Phú Thọ's database export "Nam | TenDonVi |
    SoNV_DangTH | SoNV_NghiemThu | SoSP_OCOP" — its fields read as saying nothing — beside its dictionary tab naming
    each field. A person reads the fields by the dictionary."""
    got = taken(examine_book({**EXPORT, **_dictionary(*PHU_THO)}, name="phutho_csdl.xlsx"))
    assert got == {("25", "63", code, str(y), "actual"): float(v)
                   for code, vals in (("tasks_managed", (41, 44)), ("tasks_accepted", (13, 12)),
                                      ("ocop_products", (35, 41)))
                   for y, v in zip((2022, 2023), vals)}


def test_probe_the_export_without_its_dictionary_reads_only_the_names_a_person_reads():
    """The honest neighbour: the export alone. Since review44 a field name's words run together are read
    ("SoNV_NghiemThu" "Số NV nghiệm thu", "SoSP_OCOP" "Số SP OCOP"), and they give what the dictionary gives; "SoNV_DangTH"
    ("đang TH", no indicator by itself) stays unread — nothing guessed from it."""
    assert taken(examine_book(EXPORT, name="phutho_csdl.xlsx")) == {
        ("25", "63", code, str(y), "actual"): float(v)
        for code, vals in (("tasks_accepted", (13, 12)), ("ocop_products", (35, 41))) for y, v in zip((2022, 2023), vals)}


def test_probe_a_dictionary_naming_no_indicator_gives_nothing():
    """The wrong neighbour: the dictionary describes the fields as training classes, meetings and visits — no
    indicator of ours: nothing stored."""
    got = examine_book({**EXPORT, **_dictionary(("SoNV_DangTH", "Số lớp tập huấn đã tổ chức", "lớp"),
                                                ("SoNV_NghiemThu", "Số cuộc họp hội đồng", "cuộc"),
                                                ("SoSP_OCOP", "Số lượt khách tham quan gian hàng", "lượt"))},
                       name="phutho_csdl.xlsx")
    assert not facts(got)
