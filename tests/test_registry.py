"""Contract tests: every indicator and province entry is complete and unambiguous."""
import unicodedata

import pytest

from metrics import registry
from metrics.registry import REQUIRED_INDICATOR_FIELDS, REQUIRED_PROVINCE_FIELDS

ISSUE_CODES = ["tasks_managed", "tasks_managed_national", "tasks_managed_provincial", "tasks_new",
               "tasks_carried_over", "tasks_accepted", "ocop_trademarks", "ocop_products",
               "ip_protected_products", "tthc_level4_rate", "tfp_contribution", "pii_score", "pii_rank",
               "st_budget", "enterprises_supported"]


def test_required_indicators_are_declared():
    assert set(ISSUE_CODES) <= set(registry.indicators())


@pytest.mark.parametrize("code", list(registry.read_indicator_table()))
def test_indicator_entry_is_complete(code):
    entry = registry.read_indicator_table()[code]
    missing = [f for f in REQUIRED_INDICATOR_FIELDS if f not in entry or entry[f] in ("", None, [])]
    assert not missing, f"{code} lacks {missing}"
    assert entry["kind"] in registry.KINDS
    assert entry["temporal"] in registry.TEMPORAL
    assert entry["min"] < entry["max"]
    if entry["kind"] in ("rate", "index", "rank"):
        assert entry["additive"] is False, f"{code}: a {entry['kind']} is never summed across provinces"
    for ref in [entry.get("parent"), *entry.get("sum_of", [])]:
        assert ref is None or ref in registry.read_indicator_table(), f"{code} refers to unknown {ref}"


def test_no_alias_points_to_two_indicators():
    assert registry.alias_clashes() == []


def test_alias_clash_is_detected(monkeypatch):
    """The clash check itself works: a copied alias is caught."""
    table = registry.read_indicator_table()
    table["ocop_products"]["aliases"].append(table["ocop_trademarks"]["aliases"][0])
    monkeypatch.setattr(registry, "read_indicator_table", lambda *a: table)
    registry.reload()
    try:
        assert registry.alias_clashes()
    finally:
        registry.reload()


def test_near_miss_labels_are_told_apart():
    assert registry.match_indicator("Số thủ tục hành chính") == "tthc_total"
    assert registry.match_indicator("Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến mức độ 4") == "tthc_level4_rate"
    assert registry.match_indicator("Tỷ lệ hồ sơ trực tuyến") == "online_dossier_rate"
    assert registry.match_indicator("Số sản phẩm OCOP được công nhận") == "ocop_products"
    assert registry.match_indicator("Nhãn hiệu chứng nhận OCOP") == "ocop_trademarks"
    assert registry.match_indicator("Số lớp tập huấn") is None


def test_alias_matching_ignores_case_diacritics_form_and_abbreviations():
    nfd = unicodedata.normalize("NFD", "Nhiệm vụ KH&CN được nghiệm thu")
    for label in [nfd, "NHIỆM VỤ KHCN ĐƯỢC NGHIỆM THU", "nhiem vu khoa hoc va cong nghe duoc nghiem thu",
                  "  Nhiệm  vụ KH-CN được nghiệm thu. "]:
        assert registry.match_indicator(label) == "tasks_accepted", label


def test_province_rows_are_complete():
    rows = registry.read_province_rows()
    assert rows and set(REQUIRED_PROVINCE_FIELDS) == set(rows[0])
    for r in rows:
        for f in ("code", "frame", "name_vi", "name_ascii", "name_en", "kind", "region", "valid_from"):
            assert r[f], f"{r['code']}/{r['frame']} lacks {f}"
        assert len(r["code"]) == 2 and r["code"].isdigit()
        assert unicodedata.is_normalized("NFC", r["name_vi"])
        if r["frame"] == "63":
            assert r["iso_3166_2"].startswith("VN-") and r["successor_code"] and r["valid_to"] == "2025-06-30"
        else:
            assert not r["iso_3166_2"] and not r["successor_code"] and not r["valid_to"]


def test_codes_are_unique_within_a_frame_and_frames_are_complete():
    rows = registry.read_province_rows()
    for frame, n in (("63", 63), ("34", 34)):
        codes = [r["code"] for r in rows if r["frame"] == frame]
        assert len(codes) == n and len(set(codes)) == n


def test_merger_successors():
    succ = {p.code: p.successor_code for p in registry.in_frame("63")}
    assert succ["58"] == "56" and succ["62"] == "51" and succ["60"] == "68" and succ["67"] == "68"
    assert succ["14"] == "14"
    assert set(succ.values()) == {p.code for p in registry.in_frame("34")}
    assert {p.name_vi for p in registry.predecessors(registry.province("68", "34"))} == {"Lâm Đồng", "Bình Thuận", "Đắk Nông"}


def test_codes_are_reused_across_frames_for_different_territories():
    assert registry.province("52", "63").name_vi == "Bình Định"
    assert registry.province("52", "34").name_vi == "Gia Lai"


def test_iso_codes_are_not_statistics_codes():
    assert registry.province("58", "63").iso_3166_2 == "VN-36"
    assert registry.province("70", "63").iso_3166_2 == "VN-58"  # Bình Phước


@pytest.mark.parametrize("text,expected", [
    ("KHÁNH HÒA", "56"), ("KHÁNH HOÀ", "56"), ("Tỉnh Sơn La", "14"), ("SƠN LA", "14"), ("Son La", "14"),
    ("UBND TỈNH NINH THUẬN", "58"),
])
def test_province_names_match_however_written(text, expected):
    assert expected in {p.code for p in registry.match_province(text)}


def test_thua_thien_hue_is_the_city_of_hue_in_frame_63_from_2025():
    """Resolution 175/2024/QH15: the centrally-run city of Huế from 1 January 2025, same code."""
    from datetime import date
    hue = registry.province("46", "63")
    assert hue.renamed and hue.renamed.on == date(2025, 1, 1) and "175/2024/QH15" in hue.renamed.basis
    assert hue.name_on(date(2024, 12, 31)) == "Thừa Thiên Huế" and hue.name_on(date(2025, 1, 1)) == "Huế"
    assert hue.name_on(date(2025, 3, 1), "en") == "Hue"
    assert registry.province("79", "63").name_vi == "TP. Hồ Chí Minh"
    assert "79" in {p.code for p in registry.match_province("Hồ Chí Minh")}


def test_the_facts_view_names_a_province_as_it_was_called_in_the_period(fresh_warehouse):
    import duckdb

    from etl import commit
    con = duckdb.connect(str(fresh_warehouse))
    con.execute("BEGIN")
    for period, start in (("2024", "2024-01-01"), ("2025-01/2025-06", "2025-01-01")):
        con.execute("INSERT INTO observations (province_code, frame, indicator, period, period_start, period_end, "
                    "period_kind, measure, value, unit, status, source_id, loaded_at) VALUES ('46', '63', "
                    "'tasks_managed', ?, ?, ?, 'year', 'actual', 1, 'nhiệm vụ', 'reported', "
                    "'seed-000-ninhthuan-2023-07-27', now())", [period, start, "2025-06-30" if period != "2024" else "2024-12-31"])
    commit.commit(con, fresh_warehouse, None, None)  # the read model behind `facts`, as every write does
    names = dict(con.execute("select period, province_name from facts where province_code='46' and frame='63'").fetchall())
    con.close()
    assert names == {"2024": "Thừa Thiên Huế", "2025-01/2025-06": "Huế"}


def test_display_data_names_only_what_the_registries_declare():
    """metrics/display.toml: what is shown first refers to real indicators and provinces, every
    indicator lands in exactly one section of the report form, and the fixed colours exist."""
    d = registry.display()
    assert d.core and set(d.core) <= set(registry.indicators())
    for mode, frame in (("reported", "63"), ("today", "34")):
        pairs = d.default_provinces[mode]
        assert pairs and all(p in registry.provinces() and p[1] == frame for p in pairs)
    assert all(p in registry.provinces() and 0 <= i < len(d.palette) for p, i in d.fixed_colours.items())
    assert len(d.palette) >= 12, "province_colour picks among the last four by code"
    assert d.report_sections[-1].rest and not any(s.rest for s in d.report_sections[:-1])
    for ind in registry.indicators().values():
        first = next(s for s in d.report_sections if s.takes(ind))
        assert first is not None
