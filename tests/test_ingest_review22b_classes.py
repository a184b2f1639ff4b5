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


# --- 1. a part of the year named in another clause of the sentence (was wrong: wrong24) ------------------

def test_a_part_of_the_year_in_another_clause_dates_no_figure():
    """"Công nhận 30 sáng kiến, kiện toàn Hội đồng sáng kiến tỉnh vào tháng 3" was stored as March's 30
    initiatives, "…, Hội thi … dự kiến tổ chức trong quý IV" as the fourth quarter's, and "Chi ngân sách
    nhà nước cho KH&CN đạt 52,3 tỷ đồng, giải ngân chậm do dự toán giao tháng 8" as August's budget: a
    person reads the year's. Which the figure's period is, the sentence leaves unsure: nothing stored."""
    for text in ("Công nhận 30 sáng kiến, kiện toàn Hội đồng sáng kiến tỉnh vào tháng 3",
                 "Công nhận 30 sáng kiến, Hội thi sáng tạo kỹ thuật lần thứ X dự kiến tổ chức trong quý IV"):
        assert _initiatives(_text(_YEAR_2024, [("Sáng kiến", text)])) == {}, text
    got = taken(_text(_YEAR_2024, [("Kinh phí", "Chi ngân sách nhà nước cho KH&CN đạt 52,3 tỷ đồng, giải ngân "
                                                "chậm do dự toán giao tháng 8")]))
    assert not {k for k in got if k[2] == "st_budget"}, got


def test_probe_a_part_of_the_year_in_the_figures_own_clause_still_dates_it():
    """Where it must still fire: the part in the figure's own clause, or a clause of its own right before
    it, is the figure's period; a sentence naming no part keeps the report's period."""
    for text, want in (("Công nhận 30 sáng kiến, trong đó tháng 6 công nhận 6 sáng kiến", {("2024-06", "actual"): 6}),
                       ("Trong tháng 6, công nhận 6 sáng kiến", {("2024-06", "actual"): 6}),
                       ("Tháng 6, công nhận 6 sáng kiến", {("2024-06", "actual"): 6}),
                       ("Quý II công nhận 9 sáng kiến", {("2024-Q2", "actual"): 9}),
                       ("Công nhận 30 sáng kiến; tổ chức Hội thi sáng tạo kỹ thuật vào tháng 10",
                        {("2024", "actual"): 30})):
        assert _initiatives(_text(_YEAR_2024, [("Sáng kiến", text)])) == want, text


# --- 2. another year's part, a span from or after a month, the short spellings (was wrong) --------------

def test_another_years_part_or_a_span_from_a_month_is_no_figure_of_that_month():
    """"Tháng 6 năm trước công nhận 4 sáng kiến" in a report on 2024 was stored as June 2024's (it is June
    2023's), "Quý II năm trước …" as 2024's second quarter's, "Tháng 3 năm trước" in the report on the
    first quarter of 2026 as March 2026's; "Kể từ tháng 6, …" and "Sau tháng 6 …" as June's (a person
    reads June onwards): none is stored (metrics/abbreviations.toml yearless_since_words,
    header_words.toml previous_period_label_words)."""
    for title, text in ((_YEAR_2024, "Tháng 6 năm trước công nhận 4 sáng kiến"),
                        (_YEAR_2024, "Quý II năm trước công nhận 9 sáng kiến"),
                        (_YEAR_2024, "Kể từ tháng 6, công nhận 16 sáng kiến"),
                        (_YEAR_2024, "Sau tháng 6 công nhận 16 sáng kiến"),
                        (_Q1_2026, "Tháng 3 năm trước công nhận 4 sáng kiến")):
        assert _initiatives(_text(title, [("Sáng kiến", text)])) == {}, text


def test_a_month_in_its_short_spelling_is_that_month():
    """"T6 công nhận 6 sáng kiến" in a report on 2024 was stored as the whole year's 6."""
    assert _initiatives(_text(_YEAR_2024, [("Sáng kiến", "T6 công nhận 6 sáng kiến")])) == {("2024-06", "actual"): 6}


# --- 3. an estimate's word inside another word (was wrong: wrong24's _ESTIMATE_WORD) -----------------------

def test_quy_uoc_is_no_estimate():
    """"Công nhận 30 sáng kiến theo quy ước của Hội đồng" was stored as an estimate (the folded "uoc" of
    "quy ước" read as "Ước"; metrics/abbreviations.toml not_estimate_words); "Ước cả năm …" and "… ước
    công nhận …" still state one."""
    def status(text):
        r = _text(_YEAR_2024, [("Sáng kiến", text)])
        f = r.facts
        return {(i, p): s for i, p, s in zip(f.indicator, f.period, f.status) if i == "initiatives_recognized"}

    assert status("Công nhận 30 sáng kiến theo quy ước của Hội đồng") == \
        {("initiatives_recognized", "2024"): "reported"}
    assert status("Ước cả năm công nhận 30 sáng kiến") == {("initiatives_recognized", "2024"): "estimated"}
    assert status("Xây dựng hương ước, công nhận 30 sáng kiến") == {("initiatives_recognized", "2024"): "reported"}
    assert status("Năm 2024 ước công nhận 30 sáng kiến") == {("initiatives_recognized", "2024"): "estimated"}


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
