"""wrong39 (issue #8, precision first): wrong numbers review37 found and left; each class with the smallest
realistic report (tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload is), and beside it the
honest neighbours that must read as before."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import (LABEL_UNIT_HEADER, OCOP_ROW, REPORT_2024, TASKS_ACCEPTED_ROW, examine, facts, head,
                                    reasons, table, taken)

NGHE_AN = "40"


# --- 1. a row table under a title naming a part or an allocation ---------------------------------------------------

def _budget_rows(title: str):
    return table(["1", "Chi ngân sách nhà nước cho KH&CN", "triệu đồng", 60000], TASKS_ACCEPTED_ROW + [12],
                 title=title, columns=("Năm 2025",), name="report.xlsx")


@pytest.mark.parametrize("title", ["PHÂN BỔ KINH PHÍ KH&CN NĂM 2025", "GIAO DỰ TOÁN KINH PHÍ KH&CN NĂM 2025",
                                   "KINH PHÍ SỰ NGHIỆP KH&CN NĂM 2025", "BÁO CÁO PHÂN BỔ KINH PHÍ KH&CN NĂM 2025"])
def test_a_row_of_money_under_a_title_of_a_part_or_an_allocation_is_no_money_spent(title):
    """WRONG: "Chi ngân sách nhà nước cho KH&CN | triệu đồng | Năm 2025: 60000" under "PHÂN BỔ KINH PHÍ KH&CN NĂM
    2025" was stored as 60 tỷ of state budget spent on S&T in 2025: the title says an allocation (a plan) or the
    recurrent line only ("sự nghiệp"), as wrong36 read for the columns. The tasks accepted beside it stay."""
    got = _budget_rows(title)
    assert taken(got) == {(NGHE_AN, "34", "tasks_accepted", "2025", "actual"): 12}, title
    assert "Tiêu đề bảng" in reasons(got), reasons(got)


@pytest.mark.parametrize("title", ["BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025", "KINH PHÍ KH&CN NĂM 2025",
                                   "KINH PHÍ SỰ NGHIỆP VÀ ĐẦU TƯ PHÁT TRIỂN KH&CN NĂM 2025"])
def test_probe_a_row_of_money_under_a_title_of_the_whole_is_still_read(title):
    assert taken(_budget_rows(title)) == {(NGHE_AN, "34", "st_budget", "2025", "actual"): 60,
                                          (NGHE_AN, "34", "tasks_accepted", "2025", "actual"): 12}, title


@pytest.mark.parametrize("title", ["DỰ TOÁN KINH PHÍ KH&CN NĂM 2025", "KẾ HOẠCH PHÂN BỔ KINH PHÍ KH&CN NĂM 2025"])
def test_probe_a_row_of_money_under_a_plans_title_is_still_the_plan(title):
    assert taken(_budget_rows(title)).get((NGHE_AN, "34", "st_budget", "2025", "plan")) == 60, title


# --- 2. a note under the table naming another year for one indicator's figure --------------------------------------

def _noted(note: str):
    return examine(head("Nghệ An", REPORT_2024) + [LABEL_UNIT_HEADER + ["Năm 2024"], OCOP_ROW + [40],
                                                   TASKS_ACCEPTED_ROW + [12], [], [note]], name="report.xlsx")


@pytest.mark.parametrize("note", ["Ghi chú: Số liệu sản phẩm OCOP năm 2023", "(*) Số liệu sản phẩm OCOP là của năm 2023.",
                                  "Ghi chú: số liệu OCOP năm 2023"])
def test_a_note_giving_one_indicators_figure_another_year_sets_it_aside(note):
    """WRONG: "Ghi chú: Số liệu sản phẩm OCOP năm 2023" under a table headed "Năm 2024" stored the 40 OCOP
    products as 2024's: the note says the figure is 2023's. The tasks accepted stay 2024's."""
    got = _noted(note)
    assert taken(got) == {(NGHE_AN, "63", "tasks_accepted", "2024", "actual"): 12}, note
    assert "ghi chú dưới bảng" in reasons(got), reasons(got)


@pytest.mark.parametrize("note", ["Ghi chú: Số liệu sản phẩm OCOP năm 2024", "Ghi chú: Số liệu năm 2024 do Sở tổng hợp",
                                  "Ghi chú: Sản phẩm OCOP năm 2023 được công nhận lại"])
def test_probe_a_note_of_the_columns_own_year_or_no_subject_keeps_the_figures(note):
    assert taken(_noted(note)) == {(NGHE_AN, "63", "ocop_products", "2024", "actual"): 40,
                                   (NGHE_AN, "63", "tasks_accepted", "2024", "actual"): 12}, note


# --- 4. a doubtful label alone in its file ------------------------------------------------------------------------

@pytest.mark.parametrize("label", ["Tỷ lệ hồ sơ tiếp nhận và trả kết quả trực tuyến",
                                   "Tỷ lệ hồ sơ tiếp nhận, giải quyết và trả kết quả trực tuyến"])
def test_a_doubtful_rate_beside_other_rows_leaves_them_loaded(label):
    """The row is set aside with its reason, the rest of the file loaded (not a refusal of the file)."""
    got = table(["1", label, "%", 94.7], TASKS_ACCEPTED_ROW + [12], name="report.xlsx")
    assert taken(got) == {(NGHE_AN, "63", "tasks_accepted", "2024", "actual"): 12}
    assert "trả kết quả" in reasons(got)


@pytest.mark.parametrize("label", ["Số hồ sơ trả kết quả trực tuyến", "Tỷ lệ hồ sơ trả kết quả trực tuyến"])
def test_probe_the_results_returned_online_are_no_dossiers_received_online(label):
    got = table(["1", label, "%", 94.7], TASKS_ACCEPTED_ROW + [12], name="report.xlsx")
    assert not any(k[2] == "online_dossier_rate" for k in facts(got)), label


# --- 5. an exclusion word negated in a note of the label -----------------------------------------------------------

@pytest.mark.parametrize("label", ["Số nhiệm vụ được nghiệm thu (không có nhiệm vụ quá hạn)",
                                   "Nhiệm vụ KH&CN được nghiệm thu (không có nhiệm vụ trễ hạn)"])
def test_a_negated_exclusion_word_rules_nothing_out(label):
    """LOST: "Số nhiệm vụ được nghiệm thu (không có nhiệm vụ quá hạn) | 12" was the tasks accepted; "quá hạn" ruled
    it out though the note says there are none late."""
    got = table(["1", label, "nhiệm vụ", 12], OCOP_ROW + [40], name="report.xlsx")
    assert taken(got) == {(NGHE_AN, "63", "tasks_accepted", "2024", "actual"): 12,
                          (NGHE_AN, "63", "ocop_products", "2024", "actual"): 40}, label


@pytest.mark.parametrize("label", ["Số nhiệm vụ được nghiệm thu quá hạn", "Số nhiệm vụ được nghiệm thu (quá hạn)",
                                   "Số nhiệm vụ được nghiệm thu (không đúng hạn)",
                                   "Số nhiệm vụ được nghiệm thu (có 2 nhiệm vụ quá hạn)"])
def test_probe_an_exclusion_word_said_still_rules_out(label):
    got = table(["1", label, "nhiệm vụ", 12], OCOP_ROW + [40], name="report.xlsx")
    assert not any(k[2].startswith("tasks_") for k in facts(got)), label


# --- 3. an uppercase report title in prose is no newspaper's masthead --------------------------------------------

def _prose(title: str):
    from datetime import date

    from etl import prose, textdoc

    text = (f"SỞ KHOA HỌC VÀ CÔNG NGHỆ NGHỆ AN\n{title}\nTrong năm, Sở đã tổ chức nghiệm thu 12 nhiệm vụ KH&CN cấp "
            "tỉnh, đạt kết quả tốt.\nCác nhiệm vụ được đánh giá cao.")
    return prose.extract(textdoc.from_text(text), province=NGHE_AN, published=date(2024, 5, 2))


def test_an_uppercase_report_title_is_the_documents_title():
    """WRONG: "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2023" in capitals was passed over as a newspaper's masthead
    ("báo "): the document went untitled (review37 fixed the same for tables' titles)."""
    assert _prose("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2023").title == "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2023"


@pytest.mark.parametrize("masthead", ["BÁO NGHỆ AN ĐIỆN TỬ TRANG TIN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH NGHỆ AN"])
def test_probe_a_newspapers_masthead_is_still_no_title(masthead):
    assert _prose(masthead).title == ""
