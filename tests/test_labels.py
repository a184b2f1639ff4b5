"""The label matcher (etl/labels.py) on the labelled corpus and on the cases issue 8 names."""
from __future__ import annotations

import dataclasses
import tomllib
import unicodedata

import pytest

from etl import labels
from etl.labels import Learned, match_label
from metrics import registry
from tests.fixtures.labels.corpus import evaluate, read_corpus

ROWS = read_corpus()


def test_corpus_is_large_varied_and_covers_every_indicator():
    assert len(ROWS) >= 300
    expected = {r.expected for r in ROWS if r.expected}
    assert expected == set(registry.indicators()), set(registry.indicators()) - expected
    assert sum(r.source not in ("written", "issue") and not r.source.startswith("written") for r in ROWS) >= 100
    assert sum(r.expected is None for r in ROWS) >= 80
    assert {r.kind for r in ROWS} >= {"reworded", "abbreviation", "unit_note", "typography", "source_wording", "near_miss"}
    assert not (set(r.expected for r in ROWS) - set(registry.indicators()) - {None})


def test_auto_taken_precision_is_one_and_recall_with_suggestions_at_least_095():
    s = evaluate(ROWS, match_label)
    assert s.wrong_taken == [], s.wrong_taken
    assert s.precision_taken == 1.0
    assert s.recall_taken_or_suggested >= 0.95, s.missed


@pytest.mark.parametrize("label, refused", [
    ("Nhãn hiệu tập thể cho sản phẩm OCOP", "ocop_trademarks"),
    ("Chỉ dẫn địa lý cho sản phẩm OCOP", "ocop_trademarks"),
    ("Sản phẩm OCOP được công nhận", "ocop_trademarks"),
    ("Nhãn hiệu chứng nhận OCOP", "ocop_products"),
    ("Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", "tthc_level4_rate"),
    ("Số TTHC cung cấp dịch vụ công trực tuyến mức độ 4", "tthc_level4_rate"),
    ("Kinh phí thực hiện nhiệm vụ KH&CN", "tasks_managed"),
    ("Nhiệm vụ KH&CN đề xuất đặt hàng", "tasks_managed"),
    ("Nhiệm vụ KH&CN mới được phê duyệt", "tasks_managed"),
])
def test_near_misses_named_in_the_issue_are_never_taken_as_the_other_indicator(label, refused):
    m = match_label(label)
    assert not (m.taken and m.indicator == refused)
    assert not (m.suggested and m.indicator == refused)


@pytest.mark.parametrize("variant", [
    "Nhiệm vụ KH&CN được nghiệm thu",
    "NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU",
    unicodedata.normalize("NFD", "Nhiệm vụ KH&CN được nghiệm thu"),
    "nhiem vu khcn duoc nghiem thu",
    "  Nhiệm vụ   KH-CN được nghiệm thu (nhiệm vụ):",
    "Nhiệm vụ khoa học và công nghệ (KH&CN) được nghiệm thu.",
    "Nhiệm vụ KH&CN được ngiệm thu (*)",
    "2. Nhiệm vụ KH&CN được nghiệm thu",
])
def test_normalized_variants_are_taken(variant):
    m = match_label(variant)
    assert (m.outcome, m.indicator) == ("taken", "tasks_accepted")


def test_old_and_new_tone_placement_give_one_key():
    assert labels.label_key("Sản phẩm của Khánh Hoà") == labels.label_key("Sản phẩm của Khánh Hòa")
    assert labels.label_key("Sản phẩm thuỷ sản") == labels.label_key("Sản phẩm thủy sản")


def test_percent_note_reads_as_a_rate():
    assert match_label("TTHC mức độ 4 (%)").indicator == "tthc_level4_rate"
    assert match_label("Số TTHC mức độ 4").indicator != "tthc_level4_rate"


def test_abbreviations_are_data_beside_the_registry():
    with open(labels.ABBREVIATIONS_FILE, "rb") as f:
        declared = {k.upper() for k in tomllib.load(f)["abbreviations"]}
    assert {"KH&CN", "NVKH", "ĐT/DA", "DVC", "NH", "SHTT", "ĐMST", "TW"} <= declared


def test_ignored_label_names_its_closest_indicator_and_why():
    m = match_label("Nhãn hiệu tập thể, chỉ dẫn địa lý (lũy kế)")
    assert m.outcome == "ignored" and m.indicator is None and m.closest
    text = labels.reason_text(m, "vi")
    assert registry.indicator(m.closest).name_vi in text


def test_learned_labels_confirmed_apply_and_rejected_are_not_suggested_again():
    label = "Số sản phẩm được đánh giá, xếp hạng OCOP"
    first = match_label(label)
    assert first.outcome == "suggested" and first.indicator == "ocop_products"
    key = labels.label_key(label)
    confirmed = match_label(label, learned=Learned(confirmed={key: "ocop_products"}))
    assert (confirmed.outcome, confirmed.indicator, confirmed.reason) == ("taken", "ocop_products", "learned")
    rejected = match_label(label, learned=Learned(rejected={key: frozenset({"ocop_products"})}))
    assert rejected.outcome == "ignored" and rejected.reason == "rejected_before"
    assert rejected.closest == "ocop_products"


def test_public_interface_is_a_frozen_dataclass():
    m = match_label("Điểm PII")
    names = {f.name for f in dataclasses.fields(m)}
    assert {"outcome", "indicator", "score", "runner_up", "closest", "reason"} <= names
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.outcome = "ignored"
    assert 0.0 <= m.score <= 1.0


@pytest.mark.parametrize("label, indicator", [
    ("Số sản phẩm OCOP 3 sao còn hiệu lực", "ocop_products_3star_total"),
    ("Sản phẩm OCOP 3 sao được công nhận trong năm", "ocop_products_3star"),
    ("Sản phẩm OCOP đạt hạng 3 sao", "ocop_products_3star"),
    ("Sản phẩm OCOP từ 3 sao trở lên", "ocop_products"),
    ("Sản phẩm OCOP ≥ 3 sao", "ocop_products"),
    ("Sản phẩm OCOP đạt 3-5 sao còn hiệu lực", "ocop_products_total"),
])
def test_a_bare_3_sao_is_the_3_star_class_and_3_or_more_is_every_product(label, indicator):
    """The 3-star products of a year are never stored as all the products recognized (a smaller
    figure under the total's name), nor "3 sao trở lên" as the 3-star ones."""
    m = match_label(label)
    assert (m.outcome, m.indicator) == ("taken", indicator)


def test_a_label_naming_two_star_classes_is_neither():
    m = match_label("Sản phẩm OCOP 3 sao, 4 sao")
    assert not m.taken


@pytest.mark.parametrize("label, closest", [
    ("Số nhiệm vụ KH&CN theo kế hoạch", "tasks_managed"),
    ("Số nhiệm vụ nghiệm thu theo kế hoạch", "tasks_accepted"),
    ("Số nhiệm vụ dự kiến nghiệm thu", "tasks_accepted"),
])
def test_a_label_naming_a_plan_is_never_an_actual_and_says_why(label, closest):
    """The planned count under the actual's name would be a wrong number in every chart; the
    person sees why the row was left and which indicator it was closest to."""
    m = match_label(label)
    assert (m.outcome, m.closest, m.reason) == ("ignored", closest, "plan")
    assert "kế hoạch" in labels.reason_text(m) and registry.indicator(closest).name_vi in labels.reason_text(m)


@pytest.mark.parametrize("label", [
    "Nhãn hiệu tập thể được cấp văn bằng trong kỳ",
    "Nhãn hiệu tập thể được bảo hộ trong năm 2024",
    "Số chỉ dẫn địa lý được bảo hộ trong năm nay",
])
def test_protections_granted_in_a_period_are_never_stored_as_all_those_held(label):
    """The year's 2 new collective marks stored as the province's marks to date would halve its
    bar on the chart; the row is left out, saying which word ruled the stock out."""
    from etl import row_labels

    assert not match_label(label).taken
    assert row_labels.indicator_for_label(label, None) == (None, None)
    assert row_labels.indicator_for_label("Nhãn hiệu tập thể được bảo hộ (lũy kế đến năm 2024)", None)[0] == "ip_collective_marks"
    # a trailing note is still dropped on purpose, even when it holds a word the indicator excludes
    assert row_labels.meaning("Số sản phẩm được đánh giá, công nhận lại (hết thời hạn 36 tháng)")[0].indicator \
        == "ocop_products_rerecognized"
