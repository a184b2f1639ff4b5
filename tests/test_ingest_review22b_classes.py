"""Wrong numbers review22b found in figures typed in text cells (`etl/sentences.py`): a part of the year
named without its year that dates a figure it is not the period of, an estimate's word read inside
another word, and a "lần lượt là" list read as the breakdown of a figure it does not break down. Each
report is built here with `tests.fixtures.reports`, marked as test data, and read by
`etl.ingest.examine` as an upload is; each class has probes where the rule must still fire. Where which
figure a sentence means is not certain, nothing is stored (a wrong number is worse than a missing one)."""
from __future__ import annotations

from tests.fixtures.reports import examine, head, taken

HT = "42"   # Hà Tĩnh (the same code in both frames)
_YEAR_2024 = "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2024"
_Q1_2026 = "Báo cáo kết quả hoạt động khoa học và công nghệ quý I năm 2026"
_TEXT_HEADER = ["TT", "Nội dung", "Kết quả"]
# an honest line beside a probe, so that the probe's file is not refused for stating nothing
_ANCHOR = ["9", "Nhiệm vụ", "Nghiệm thu 41 nhiệm vụ"]


def _text(title: str, lines: list[tuple[str, str]], province: str = "Hà Tĩnh", name: str = "hatinh.xlsx"):
    rows = [[str(k + 1), label, text] for k, (label, text) in enumerate(lines)]
    return examine(head(province, title) + [_TEXT_HEADER] + rows + [_ANCHOR], name=name)


def _initiatives(result) -> dict:
    return {(k[3], k[4]): v for k, v in taken(result).items() if k[2] == "initiatives_recognized"}


# --- 4. a "lần lượt là" list after a clause of several figures or another whole (was wrong: sent21) --------

def test_a_respectively_list_breaks_down_only_the_one_whole_it_can_be():
    """"Sở quản lý 148 nhiệm vụ, nghiệm thu 41 nhiệm vụ; số nhiệm vụ cấp quốc gia, cấp tỉnh và cấp cơ sở lần
    lượt là 9, 30 và 109 nhiệm vụ" stored 9 and 30 as the accepted tasks' levels (they add up to the 148
    managed); "Sở đã nghiệm thu 41 nhiệm vụ; số nhiệm vụ mới và chuyển tiếp lần lượt là 21 và 20 nhiệm vụ"
    stored the accepted tasks' stages as the year's new and carried-over tasks; "Năm 2024 công nhận 42
    sản phẩm OCOP, nâng tổng số lên 380 sản phẩm; số sản phẩm đạt 3 sao và 4 sao lần lượt là 30 và 12 sản
    phẩm" stored the year's 42 as the stock's stars. The list is left unread."""
    for province, text, parts in (
            ("Hà Tĩnh", "Sở quản lý 148 nhiệm vụ, nghiệm thu 41 nhiệm vụ; số nhiệm vụ cấp quốc gia, cấp tỉnh và cấp "
                        "cơ sở lần lượt là 9, 30 và 109 nhiệm vụ", ("tasks_accepted_", "tasks_managed_")),
            ("Hà Tĩnh", "Sở đã nghiệm thu 41 nhiệm vụ; số nhiệm vụ mới và chuyển tiếp lần lượt là 21 và 20 nhiệm vụ",
             ("tasks_new", "tasks_carried_over")),
            ("Thanh Hóa", "Năm 2024 công nhận 42 sản phẩm OCOP, nâng tổng số lên 380 sản phẩm; số sản phẩm đạt 3 sao "
                          "và 4 sao lần lượt là 30 và 12 sản phẩm", ("ocop_products_3", "ocop_products_4"))):
        got = taken(_text(_YEAR_2024, [("Kết quả", text)], province=province, name="r_2024.xlsx"))
        assert not {k for k in got if k[2].startswith(parts)}, (text, got)


def test_probe_a_respectively_list_after_its_one_whole_is_still_its_breakdown():
    """Where it must still fire: one figure before the list, a whole its parts belong to."""
    got = taken(_text(_YEAR_2024, [("OCOP", "Năm 2024 công nhận 42 sản phẩm OCOP; số sản phẩm đạt 3 sao và 4 sao "
                                            "lần lượt là 30 và 12 sản phẩm")], province="Thanh Hóa",
                      name="thanhhoa_2024.xlsx"))
    assert {k[2]: v for k, v in got.items() if k[2].startswith("ocop")} == \
        {"ocop_products": 42, "ocop_products_3star": 30, "ocop_products_4star": 12}
    got = taken(_text(_YEAR_2024, [("Nhiệm vụ", "Sở quản lý 148 nhiệm vụ; số nhiệm vụ mới và chuyển tiếp lần lượt "
                                                "là 21 và 127 nhiệm vụ")]))
    assert {k[2]: v for k, v in got.items() if k[2] in ("tasks_managed", "tasks_new", "tasks_carried_over")} == \
        {"tasks_managed": 148, "tasks_new": 21, "tasks_carried_over": 127}
