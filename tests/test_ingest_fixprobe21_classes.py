"""Wrong numbers review21b found in probe32's rules (issue #8: precision must stay 1.00): a part named
in a label's note with "trong đó", "trở lên", "chưa gồm" or as a list, and a comparison written with
an abbreviation. One class per test, each with the honest readings that must stay taken; each report
is built here, marked as test data, and read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

from tests.fixtures.reports import examine, head, taken

H = ["STT", "Chỉ tiêu", "ĐVT"]
NGHE_AN_2024 = head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024") + [H + ["Năm 2024"]]
BESIDE = ["2", "Sáng kiến được công nhận", "sáng kiến", 7]


def _one_row(label: str, unit: str, value) -> dict:
    """What Nghệ An's 2024 report stores of one row (beside a row of initiatives recognized, 7)."""
    got = taken(examine(NGHE_AN_2024 + [["1", label, unit, value], BESIDE], name="nghean_2024.xlsx"))
    assert got, label
    return {k[2]: v for k, v in got.items() if v != 7}


def test_a_note_naming_parts_but_not_exactly_one_is_neither_the_part_nor_the_whole():
    """"Sản phẩm OCOP được công nhận (4 sao trở lên) | 40" was stored as the 4-star products, "(trong đó
    4 sao)" too; "Nhiệm vụ KH&CN được quản lý (chưa gồm cấp quốc gia)", "(không kể cấp cơ sở)", "(cấp
    tỉnh, cấp cơ sở)" as every task managed. metrics/header_words.toml note_part_qualifier_words,
    etl/row_labels.py _note_names_parts_not_one."""
    for label in ("Sản phẩm OCOP được công nhận (4 sao trở lên)", "Sản phẩm OCOP được công nhận (trong đó 4 sao)",
                  "Sản phẩm OCOP được công nhận (3 sao, 4 sao)",
                  "Nhiệm vụ KH&CN được quản lý (chưa gồm cấp quốc gia)", "Nhiệm vụ KH&CN được quản lý (không kể cấp cơ sở)",
                  "Nhiệm vụ KH&CN được quản lý (cấp tỉnh, cấp cơ sở)", "Nhiệm vụ KH&CN được quản lý (cấp tỉnh và cấp cơ sở)",
                  "Nhiệm vụ KH&CN được quản lý (gồm cấp quốc gia và cấp tỉnh)"):
        assert _one_row(label, "", 40) == {}, label


def test_a_note_naming_one_part_or_the_whole_stays_taken():
    """Probes where the rule must not fire: one part named ("(3 sao)", "(đạt 4 sao)", "(cấp tỉnh)"), from
    the lowest level up ("(từ 3 sao trở lên)": every product), a unit, "(kể cả cấp quốc gia)" (the whole)."""
    assert _one_row("Sản phẩm OCOP được công nhận (3 sao)", "", 40) == {"ocop_products_3star": 40}
    assert _one_row("Sản phẩm OCOP được công nhận (đạt 4 sao)", "", 40) == {"ocop_products_4star": 40}
    assert _one_row("Nhiệm vụ KH&CN được quản lý (cấp tỉnh)", "", 40) == {"tasks_managed_provincial": 40}
    assert _one_row("Sản phẩm OCOP được công nhận (từ 3 sao trở lên)", "", 40) == {"ocop_products": 40}
    assert _one_row("Sản phẩm OCOP được công nhận (sản phẩm)", "", 40) == {"ocop_products": 40}
    assert _one_row("Nhiệm vụ KH&CN được quản lý (kể cả cấp quốc gia)", "", 40) == {"tasks_managed": 40}


def test_a_comparison_written_with_an_abbreviation_is_no_figure():
    """"Tỷ lệ hồ sơ trực tuyến so với KH | % | 95", "… so CK", "Tỷ lệ TTHC mức độ 4 (% kế hoạch)": the
    comparison with the plan or last year was stored as the year's rate (the words were sought in the
    raw label). metrics/header_words.toml comparison_label_words, etl/walk.py _compares."""
    for label in ("Tỷ lệ hồ sơ trực tuyến so với KH", "Tỷ lệ hồ sơ trực tuyến so CK", "Tỷ lệ TTHC mức độ 4 (% kế hoạch)",
                  "Tỷ lệ hồ sơ trực tuyến (so với cùng kỳ)"):
        assert _one_row(label, "%", 95) == {}, label


def test_a_rate_of_a_whole_or_of_the_field_stays_taken():
    """Probes: a rate of all dossiers ("so với tổng số hồ sơ") is the rate; "KH&CN" after "so với" is the
    field, never the plan."""
    assert _one_row("Tỷ lệ hồ sơ trực tuyến so với tổng số hồ sơ", "%", 85) == {"online_dossier_rate": 85}
    assert _one_row("Tỷ lệ TTHC mức độ 4 so với tổng số TTHC của tỉnh", "%", 85) == {"tthc_level4_rate": 85}
    assert _one_row("Tỷ lệ hồ sơ trực tuyến", "%", 85) == {"online_dossier_rate": 85}
