"""wrong37 (issue #8, precision first): the online-service and procedure rates a department reports beside the two the
registry declares (online_dossier_rate: the share of dossiers received online; tthc_level4_rate: the share of the
procedures offered fully online, level 4) — each class with the smallest realistic report (tests/fixtures/reports.py,
read by `etl.ingest.examine` as an upload is), and beside it the honest neighbours that must read as before."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, examine, facts, taken

THANH_HOA = "38"
YEAR = "2025"


def _row(label: str, value: float = 12.5):
    """The department's reform table, one row per indicator, the year's column."""
    return examine([["UBND TỈNH THANH HÓA"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK],
                    ["BÁO CÁO KẾT QUẢ CẢI CÁCH HÀNH CHÍNH NĂM 2025"], [],
                    ["STT", "Chỉ tiêu", "ĐVT", "Năm 2025"], ["1", label, "%", value]], name="cchc_2025.xlsx")


def _by_office(*columns: str):
    """The provincial office's table by department: a count column, and a bare "Tỷ lệ (%)" or a named rate right
    of it (the department of S&T's row is the province's department's own figure)."""
    n = len(columns)
    return examine([["UBND TỈNH THANH HÓA"], ["VĂN PHÒNG"], [MARK],
                    ["TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH NĂM 2025"], [],
                    ["TT", "Cơ quan", *columns],
                    [1, "Sở Tư pháp", *[142, 118, 83.1][-n:]], [2, "Sở Khoa học và Công nghệ", *[131, 124, 94.7][-n:]]],
                   name="tthc_2025.xlsx")


def _codes(result) -> set:
    return {k[2] for k in facts(result)}


# --- 1. the share of online dossiers refused, sent back, not eligible, to be supplemented -------------------------

_TURNED_BACK = ["bị từ chối", "từ chối tiếp nhận", "bị trả lại", "không đủ điều kiện", "chưa đủ điều kiện",
                "phải bổ sung", "yêu cầu bổ sung"]


@pytest.mark.parametrize("what", _TURNED_BACK)
def test_the_share_of_online_dossiers_turned_back_is_no_online_rate(what):
    """WRONG: "Tỷ lệ hồ sơ trực tuyến bị từ chối (%) | 12,5" was stored as Thanh Hóa's share of dossiers received
    online ("từ" is a stopword: "bị từ chối" read as nothing); so "bị trả lại", "không đủ điều kiện", "phải bổ sung":
    the dossiers refused or sent back are a part of the online dossiers, not their share of all."""
    assert "online_dossier_rate" not in _codes(_row(f"Tỷ lệ hồ sơ trực tuyến {what} (%)")), what


@pytest.mark.parametrize("what", _TURNED_BACK)
def test_a_bare_rate_right_of_online_dossiers_turned_back_is_no_online_rate(what):
    """The same, as the office writes it: "Số hồ sơ trực tuyến bị từ chối | Tỷ lệ (%)" stored the 94,7 %."""
    assert "online_dossier_rate" not in _codes(_by_office("Tổng số hồ sơ", f"Số hồ sơ trực tuyến {what}", "Tỷ lệ (%)"))


@pytest.mark.parametrize("label", ["Tỷ lệ hồ sơ trực tuyến (%)", "Tỷ lệ hồ sơ tiếp nhận trực tuyến",
                                   "Tỷ lệ hồ sơ được tiếp nhận và giải quyết trực tuyến", "Tỷ lệ hồ sơ nộp trực tuyến",
                                   "Tỷ lệ hồ sơ xử lý trực tuyến",
                                   "Tỷ lệ hồ sơ tiếp nhận, giải quyết trực tuyến mức độ 3, 4"])
def test_probe_the_share_of_dossiers_received_online_is_still_read(label):
    assert taken(_row(label)) == {(THANH_HOA, "34", "online_dossier_rate", YEAR, "actual"): 12.5}


@pytest.mark.parametrize("count", ["Số hồ sơ tiếp nhận trực tuyến", "Số hồ sơ trực tuyến"])
def test_probe_a_bare_rate_right_of_the_online_dossiers_is_still_their_rate(count):
    got = taken(_by_office("Tổng số hồ sơ", count, "Tỷ lệ (%)"))
    assert got[(THANH_HOA, "34", "online_dossier_rate", YEAR, "actual")] == 94.7


# --- 2. the share of the procedures offered partly online, or partly and fully ------------------------------------

@pytest.mark.parametrize("label", ["Tỷ lệ TTHC cung cấp DVC trực tuyến toàn trình và một phần (%)",
                                   "Tỷ lệ TTHC cung cấp DVCTT một phần và toàn trình",
                                   "Tỷ lệ DVC trực tuyến toàn trình, một phần (%)",
                                   "Tỷ lệ TTHC cung cấp DVC trực tuyến một phần (%)"])
def test_the_share_offered_partly_online_is_no_level4_share(label):
    """WRONG: "Tỷ lệ TTHC cung cấp DVC trực tuyến toàn trình và một phần (%) | 12,5" was stored as Thanh Hóa's
    share of the procedures offered at level 4: "một phần" (partly online, the former level 3 since Nghị định
    42/2022) names another part, and with "toàn trình" the whole online share — never the level-4 share."""
    assert "tthc_level4_rate" not in _codes(_row(label)), label


@pytest.mark.parametrize("label", ["Tỷ lệ TTHC cung cấp DVC trực tuyến toàn trình (%)",
                                   "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình (mức độ 4)",
                                   "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến mức độ 4",
                                   "Tỷ lệ dịch vụ công trực tuyến toàn trình"])
def test_probe_the_share_offered_fully_online_is_the_level4_share(label):
    """"Toàn trình" is the level-4 share by its definition (metrics/indicators.toml: "mức độ 4 (toàn trình)"):
    Nghị định 42/2022 named the former level 4 "dịch vụ công trực tuyến toàn trình"."""
    assert taken(_row(label)) == {(THANH_HOA, "34", "tthc_level4_rate", "2025-12-31", "actual"): 12.5}


def test_probe_fully_and_partly_online_side_by_side():
    got = facts(_by_office("Tỷ lệ TTHC cung cấp DVCTT một phần (%)", "Tỷ lệ TTHC cung cấp DVCTT toàn trình (%)"))
    assert got == {(THANH_HOA, "34", "tthc_level4_rate", "2025-12-31", "actual"): 94.7}


# --- 3. the procedures eligible to be offered fully online --------------------------------------------------------

@pytest.mark.parametrize("label", ["Tỷ lệ TTHC đủ điều kiện cung cấp trực tuyến toàn trình (%)",
                                   "Tỷ lệ thủ tục hành chính đủ điều kiện cung cấp DVCTT toàn trình",
                                   "Tỷ lệ TTHC đủ điều kiện cung cấp DVCTT mức độ 4"])
def test_the_share_of_procedures_eligible_is_no_level4_share(label):
    """WRONG: "Tỷ lệ TTHC đủ điều kiện cung cấp trực tuyến toàn trình (%) | 12,5" was stored as Thanh Hóa's share
    of the procedures offered at level 4: the procedures ELIGIBLE are not the procedures offered, and a share of
    the eligible ones is no share of all (the sentences' rule since mend27a: "Câu ghi tỷ lệ trên số thủ tục đủ điều
    kiện, không phải trên tất cả thủ tục")."""
    assert "tthc_level4_rate" not in _codes(_row(label)), label


def test_a_bare_rate_right_of_the_procedures_eligible_is_no_level4_share():
    """WRONG: "Số TTHC đủ điều kiện cung cấp trực tuyến toàn trình | Tỷ lệ (%)" stored the 94,7 % as the level-4
    share: right of a count of the eligible procedures, it is their share."""
    got = facts(_by_office("Tổng số TTHC", "Số TTHC đủ điều kiện cung cấp trực tuyến toàn trình", "Tỷ lệ (%)"))
    assert not any(k[2] == "tthc_level4_rate" for k in got), got


@pytest.mark.parametrize("count", ["Số TTHC cung cấp DVC trực tuyến toàn trình", "Số TTHC mức độ 4"])
def test_probe_a_bare_rate_right_of_the_procedures_offered_is_the_level4_share(count):
    got = taken(_by_office("Tổng số TTHC", count, "Tỷ lệ (%)"))
    assert got[(THANH_HOA, "34", "tthc_level4_rate", "2025-12-31", "actual")] == 94.7


# --- 4. the siblings: other shares of the online dossiers, other shares of the procedures -------------------------

@pytest.mark.parametrize("label", ["Tỷ lệ hồ sơ giải quyết đúng hạn", "Tỷ lệ hồ sơ trực tuyến trễ hạn",
                                   "Tỷ lệ thanh toán trực tuyến", "Tỷ lệ số hóa hồ sơ",
                                   "Tỷ lệ hồ sơ trực tuyến được số hóa", "Tỷ lệ hồ sơ thanh toán trực tuyến"])
def test_probe_the_share_on_time_paid_or_digitized_is_still_no_online_rate(label):
    """Not wrong on combo35 (online_dossier_rate excludes "đúng hạn", "trễ hạn", "thanh toán", "số hóa"): kept so."""
    got = _codes(_row(label))
    assert not got & {"online_dossier_rate", "tthc_level4_rate"}, (label, got)


@pytest.mark.parametrize("what", ["giải quyết chậm", "chậm", "chưa giải quyết", "tồn", "bị hủy", "rút",
                                  "được ký số", "hài lòng"])
def test_another_share_of_the_online_dossiers_is_no_online_rate(what):
    """WRONG: "Tỷ lệ hồ sơ trực tuyến giải quyết chậm (%) | 12,5" was stored as Thanh Hóa's share of dossiers
    received online (so the dossiers pending, in backlog, cancelled, withdrawn, signed digitally, the users
    satisfied): each is a share of the online dossiers, not their share of all."""
    assert "online_dossier_rate" not in _codes(_row(f"Tỷ lệ hồ sơ trực tuyến {what} (%)")), what


@pytest.mark.parametrize("label", ["Tỷ lệ TTHC mức độ 4 có thanh toán trực tuyến",
                                   "Tỷ lệ DVC trực tuyến toàn trình tích hợp thanh toán trực tuyến",
                                   "Tỷ lệ TTHC toàn trình được số hóa kết quả", "Tỷ lệ TTHC mức độ 4 giải quyết đúng hạn",
                                   "Tỷ lệ TTHC mức độ 4 trễ hạn", "Tỷ lệ TTHC mức độ 4 có phát sinh hồ sơ",
                                   "Tỷ lệ TTHC mức độ 4 có phát sinh", "Tỷ lệ TTHC mức độ 4 tích hợp Cổng DVC quốc gia",
                                   "Tỷ lệ TTHC mức độ 4 đã công khai", "Tỷ lệ TTHC toàn trình được cắt giảm thời gian"])
def test_another_share_of_the_level4_procedures_is_no_level4_share(label):
    """WRONG: "Tỷ lệ TTHC mức độ 4 có thanh toán trực tuyến (%) | 12,5" was stored as Thanh Hóa's share of the
    procedures offered at level 4 (so those paid online, digitized, settled on time or late, with any dossier,
    integrated on the national portal, published, cut): each is a share of the level-4 procedures, not theirs of
    all — the same words the online dossier rate excludes."""
    got = _codes(_row(label))
    assert not got & {"tthc_level4_rate", "online_dossier_rate"}, (label, got)


@pytest.mark.parametrize("label", ["Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến mức độ 4 trên Cổng dịch vụ công của tỉnh",
                                   "Tỷ lệ TTHC được cung cấp trực tuyến toàn trình", "TTHC mức độ 4 (%)",
                                   "Tỷ lệ DVCTT mức độ 4"])
def test_probe_the_level4_share_in_other_words_is_still_read(label):
    assert taken(_row(label)) == {(THANH_HOA, "34", "tthc_level4_rate", "2025-12-31", "actual"): 12.5}
