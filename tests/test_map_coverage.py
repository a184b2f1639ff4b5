"""The map and coverage pages: AppTest for what a user sees, unit tests of views.maps."""
import json
from datetime import date

import pandas as pd
import pytest

from metrics import queries, registry, rules
from tests.fixtures.apptest import follow_switch, page_title, switch_link
from views import maps



def ok(at):
    assert not at.exception, [e.message for e in at.exception]
    return at


def spec(at, i=0):
    return json.loads(at.get("plotly_chart")[i].proto.spec)


def traces_by_name(s):
    return {tr["name"]: tr for tr in s["data"]}


# --- map page -----------------------------------------------------------------------------------

def test_map_defaults_to_the_latest_year_on_63_provinces(open_page):
    at = open_page("pages/map.py")
    assert page_title(at) == "Bản đồ chỉ tiêu theo tỉnh"
    period = at.selectbox(key="_url_widget_period")
    assert period.value == "2023" and "Năm 2023" in period.options
    s = spec(at)
    assert all(tr["featureidkey"] == "properties.code" for tr in s["data"])
    assert sum(len(tr["locations"]) for tr in s["data"]) == 63, "every province of frame 63 is drawn once"
    coloured = s["data"][0]
    assert coloured["locations"] == ["58"] and coloured["z"] == [32]
    assert "32 nhiệm vụ" in coloured["hovertext"][0]
    grey = traces_by_name(s)["Chưa có số liệu (62)"]
    assert grey["marker"]["line"] and "chưa có số liệu" in grey["hovertext"][0]
    assert 0 not in coloured["z"], "no province is drawn as zero"
    annotations = " ".join(a["text"] for a in s["layout"]["annotations"])
    assert "Nguồn:" in annotations, "the PNG download carries its sources"
    assert "Năm 2023" in s["layout"]["title"]["text"]
    config = json.loads(at.get("plotly_chart")[0].proto.config)
    assert config["topojsonURL"].startswith("data:"), "no world map is fetched from a CDN"
    assert any(c.value.startswith("Nguồn:") for c in at.caption)
    table = at.dataframe[0].value
    assert table.iloc[0]["Tỉnh"] == "Ninh Thuận" and table.iloc[0]["Giá trị"] == "32 nhiệm vụ"
    assert at.get("download_button"), "the values download as CSV"


def test_map_today_view_shows_a_merged_province_as_not_comparable(open_page):
    at = open_page("pages/map.py")
    assert switch_link(at, "ov-view") == ("Như đã báo cáo", "Theo 34 tỉnh hiện nay", "?view=today")
    at = ok(follow_switch(open_page, "pages/map.py", at, "ov-view"))
    ok(at.selectbox(key="_url_widget_period").set_value("2021").run())
    s = spec(at)
    assert sum(len(tr["locations"]) for tr in s["data"]) == 34
    assert s["layout"]["title"]["subtitle"]["text"].startswith("34 tỉnh")
    nc = traces_by_name(s)["Không so sánh được (1)"]
    assert nc["locations"] == ["56"]
    assert "Thiếu số liệu của Khánh Hòa" in nc["hovertext"][0], "the reason is on hover"
    table = at.dataframe[0].value
    assert table.iloc[0]["Tình trạng"] == "Không so sánh được" and table.iloc[0]["Giá trị"] == "—"


def test_map_offers_only_the_indicators_periods_in_words(open_page):
    at = open_page("pages/map.py")
    ok(at.selectbox(key="_url_widget_ind").set_value("tfp_contribution").run())
    period = at.selectbox(key="_url_widget_period")
    assert period.options == ["Giai đoạn 2020–2023"] and period.value == "2020/2023"
    assert "33\u00a0%" in spec(at)["data"][0]["hovertext"][0]


def test_map_in_english(open_page):
    at = ok(follow_switch(open_page, "pages/map.py", open_page("pages/map.py"), "ov-lang"))
    assert page_title(at) == "Map of an indicator by province"
    s = spec(at)
    assert "No data yet (62)" in traces_by_name(s)
    assert s["layout"]["separators"] == ".,"


# --- coverage page ------------------------------------------------------------------------------

def grid_html(at) -> str:
    return next(block.proto.body for block in at.get("html") if "cov-wrap" in block.proto.body)


def test_coverage_default_shows_the_four_provinces_with_status_words(open_page):
    at = open_page("pages/coverage.py")
    assert page_title(at) == "Độ phủ dữ liệu"
    html = grid_html(at)
    for name in ("Ninh Thuận", "Sơn La", "Kon Tum", "Bình Thuận"):
        assert f"scope='row'>{name}<" in html
    for word in ("báo cáo", "nhiều năm", "một phần năm", "chưa chắc chắn", "chưa có", "lũy kế"):
        assert f">{word}</td>" in html, word
    assert "cov-wrap" in html, "the grid scrolls inside its own box"
    summary = at.dataframe[0].value
    assert list(summary["Tỉnh"]) == ["Ninh Thuận", "Sơn La", "Kon Tum", "Bình Thuận"]
    assert at.get("download_button")


def test_coverage_today_names_the_missing_predecessor(open_page):
    at = ok(follow_switch(open_page, "pages/coverage.py", open_page("pages/coverage.py"), "ov-view"))
    assert at.multiselect(key="_url_widget_prov").value == ["56-34", "14-34", "51-34", "68-34"]
    html = grid_html(at)
    assert ">thiếu Khánh Hòa cũ</td>" in html, "Ninh Thuận reported, the former Khánh Hòa did not"
    assert ">thiếu Quảng Ngãi cũ</td>" in html, "Kon Tum reported, the former Quảng Ngãi did not"
    assert "(từ 1/7/2025)" not in html, "one frame on screen: no frame suffix"


def test_coverage_filters_indicators_and_years(open_page):
    at = open_page("pages/coverage.py")
    ok(at.multiselect(key="_url_widget_inds").set_value(["tasks_managed"]).run())
    ok(at.slider(key="_url_widget_years").set_value((2021, 2023)).run())
    html = grid_html(at)
    assert html.count("<th scope='col'>") == 3
    assert html.count("class='cov-ind'") == 1
    row = html.split("scope='row'>Ninh Thuận</th>")[1].split("</tr>")[0]
    assert [w.split(">")[-1] for w in row.split("</td>")[:3]] == ["báo cáo", "một phần năm", "báo cáo"]


def test_coverage_grid_comes_a_page_of_indicators_at_a_time_the_summary_covers_all(open_page):
    from views import cache

    at = open_page("pages/coverage.py")
    every = len(queries.indicators_with_data())
    assert every > cache.COVERAGE_PAGE, "the real data has more indicators than one page"
    first = grid_html(at)
    assert first.count("class='cov-ind'") == cache.COVERAGE_PAGE
    summary = at.dataframe[0].value
    assert all(v.endswith(f"/{every}") for v in summary["Chỉ tiêu có số liệu"])  # every indicator counted
    pages = at.selectbox(key="_url_widget_grid_page")
    assert len(pages.options) == -(-every // cache.COVERAGE_PAGE) and pages.options[0].startswith("Trang 1/")
    at = open_page("pages/coverage.py", grid_page="2")
    second = grid_html(at)
    names = lambda html: {part.split("</span>")[0] for part in html.split("scope='rowgroup'><span>")[1:]}
    assert names(second) and not names(first) & names(second)
    assert at.get("download_button"), "the whole grid downloads as CSV (built on the click)"


# --- views.maps: boundaries -------------------------------------------------------------------

@pytest.mark.parametrize("frame", ["63", "34"])
def test_shapes_join_the_registry_by_statistics_code(frame):
    codes = [f["properties"]["code"] for f in maps.geojson(frame)["features"]]
    assert sorted(codes) == [p.code for p in registry.in_frame(frame)]


def _points(code, frame):
    feature = next(f for f in maps.geojson(frame)["features"] if f["properties"]["code"] == code)
    return list(maps._coords(feature["geometry"]))


@pytest.mark.parametrize("frame", ["63", "34"])
def test_view_includes_both_archipelagos(frame):
    hoang_sa = [(x, y) for x, y in _points("48", frame) if x > 111 and 15.5 < y < 17.5]
    truong_sa = [(x, y) for x, y in _points("56", frame) if x > 111 and y < 12]
    assert hoang_sa and truong_sa
    table = pd.DataFrame({"code": [p.code for p in registry.in_frame(frame)]})
    table = table.assign(province="", value=float("nan"), category="no_data", status="", qualifier="",
                         source="", note="", alternatives=0, hover="")
    fig = maps.choropleth_figure(table, "tasks_managed", "2021", frame)
    lon0, lon1 = fig.layout.geo.lonaxis.range
    lat0, lat1 = fig.layout.geo.lataxis.range
    for x, y in hoang_sa + truong_sa:
        assert lon0 < x < lon1 and lat0 < y < lat1
    assert fig.layout.geo.visible is False, "no base map, so nothing to fetch"


# --- views.maps: periods and values -----------------------------------------------------------

def facts(rows):
    """Fact rows from (province, frame, indicator, period, value, status) tuples."""
    from metrics import periods as P

    out = []
    for code, frame, ind, period, value, status in rows:
        p = P.parse(period)
        out.append({"province_code": code, "frame": frame, "indicator": ind, "period": period,
                    "period_start": p.start, "period_end": p.end, "period_kind": p.kind, "measure": "actual",
                    "value": value, "unit": "", "qualifier": "", "status": status, "source": "S", "quote": None,
                    "alternatives": 0, "note": None})
    return pd.DataFrame(out)


def test_default_period_is_the_latest_year_with_a_value_to_colour():
    df = facts([("58", "63", "tasks_managed", "2021", 36, "reported"),
                ("58", "63", "tasks_managed", "2022", 32, "uncertain"),
                ("58", "63", "tasks_managed", "2023-01/2023-09", 27, "reported")])
    assert maps.period_choices(df) == ["2023-01/2023-09", "2022", "2021"]
    assert maps.default_period(df) == "2021"
    only_uncertain = df[df["period"] != "2021"]
    assert maps.default_period(only_uncertain) == "2022"
    assert maps.default_period(df[df["period_kind"] != "year"]) == "2023-01/2023-09"
    assert maps.default_period(df.iloc[0:0]) is None


def test_province_without_data_is_grey_not_zero():
    df = facts([("58", "63", "tasks_managed", "2021", 36, "reported"),
                ("14", "63", "tasks_managed", "2021", 30, "uncertain")])
    table = maps.map_table(df, "2021", "63")
    assert len(table) == 63
    by = table.set_index("code")
    assert by.loc["58", "category"] == "value" and by.loc["14", "category"] == "uncertain"
    assert by.loc["01", "category"] == "no_data" and pd.isna(by.loc["01", "value"])
    assert "chưa có số liệu" in by.loc["01", "hover"]
    fig = maps.choropleth_figure(table, "tasks_managed", "2021", "63")
    coloured = fig.data[0]
    assert list(coloured.locations) == ["58"], "only a sure value is coloured"
    grey = next(tr for tr in fig.data if tr.name.startswith("Chưa có số liệu"))
    assert len(grey.locations) == 61 and grey.colorscale[0][1] == maps.NO_DATA_COLOUR


def test_rank_scale_is_reversed_and_counts_start_at_zero():
    df = facts([("58", "63", "pii_rank", "2023", 40, "reported"), ("14", "63", "pii_rank", "2023", 55, "reported")])
    fig = maps.choropleth_figure(maps.map_table(df, "2023", "63"), "pii_rank", "2023", "63")
    assert fig.data[0].reversescale is True, "rank 1 is best, so the scale runs the other way"
    assert maps.colour_range(pd.Series([36.0]), "count") == (0.0, 36.0)
    assert maps.colour_range(pd.Series([40.0, 55.0]), "rank") == (1.0, 55.0)
    assert maps.colour_range(pd.Series([0.0]), "count") == (0.0, 1.0)


def test_map_frame_follows_the_values():
    df = facts([("58", "63", "tasks_managed", "2025", 1, "reported")])
    assert maps.map_frame(df, "2025", "reported") == "63"
    assert maps.map_frame(df, "2025", "today") == "34"
    df34 = facts([("56", "34", "tasks_managed", "2026", 1, "reported")])
    assert maps.map_frame(df34, "2026", "reported") == "34"


# --- views.maps: coverage ---------------------------------------------------------------------

def test_value_category_marks_spans_that_are_not_a_year():
    d = date
    assert rules.value_category("year", d(2021, 1, 1), d(2021, 12, 31), "reported") == "reported"
    assert rules.value_category("year", d(2021, 1, 1), d(2021, 12, 31), "estimated") == "estimated"
    assert rules.value_category("half", d(2021, 1, 1), d(2021, 6, 30), "reported") == "partial"
    assert rules.value_category("range", d(2021, 1, 1), d(2021, 9, 30), "reported") == "partial"
    assert rules.value_category("range", d(2016, 1, 1), d(2020, 12, 31), "reported") == "multi"
    assert rules.value_category("date", d(2023, 12, 31), d(2023, 12, 31), "reported") == "stock"
    assert rules.value_category("year", d(2021, 1, 1), d(2021, 12, 31), "uncertain") == "uncertain"
    assert list(rules.years_touched(d(2016, 1, 1), d(2020, 12, 31))) == [2016, 2017, 2018, 2019, 2020]


def test_coverage_cells_as_reported():
    df = facts([("58", "63", "tasks_managed", "2021", 36, "reported"),
                ("58", "63", "tasks_managed", "2022-01/2022-09", 32, "reported"),
                ("58", "63", "tasks_managed", "2022", 32, "uncertain"),
                ("58", "63", "tasks_managed", "2016/2018", 53, "reported")])
    cells = maps.coverage_cells(df, [("58", "63"), ("14", "63")], ["tasks_managed"], (2017, 2023))
    by = cells.set_index(["province_code", "year"])["category"]
    assert by[("58", 2017)] == "multi" and by[("58", 2019)] == "missing"
    assert by[("58", 2021)] == "reported"
    assert by[("58", 2022)] == "partial", "a part-year value beats an uncertain one, but is not a full year"
    assert by[("14", 2021)] == "missing"
    detail = cells.set_index(["province_code", "year"]).loc[("58", 2022), "detail"]
    assert "9 tháng đầu năm 2022" in detail and "chưa chắc chắn" in detail
    grid = maps.coverage_grid(cells)
    assert list(grid.columns) == [str(y) for y in range(2017, 2024)]
    assert grid.loc[("Nhiệm vụ KH&CN được quản lý", "Ninh Thuận"), "2021"] == "báo cáo"


def test_coverage_cells_today_name_the_missing_predecessor():
    df = facts([("56", "63", "tasks_managed", "2021", 20, "reported"),
                ("56", "63", "tasks_managed", "2022", 21, "reported"),
                ("58", "63", "tasks_managed", "2022", 30, "estimated"),
                ("58", "63", "tasks_managed", "2023", 31, "reported"),
                ("56", "34", "tasks_managed", "2026", 60, "reported")])
    cells = maps.coverage_cells(df, [("56", "34")], ["tasks_managed"], (2020, 2026), mode="today")
    rows = cells.set_index("year")
    assert rows.loc[2020, "category"] == "missing" and rows.loc[2020, "missing"] == []
    assert rows.loc[2021, "category"] == "incomplete"
    assert maps.cell_word("incomplete", rows.loc[2021, "missing"]) == "thiếu Ninh Thuận"
    assert rows.loc[2022, "category"] == "estimated", "both reported; the weaker of the two"
    assert maps.cell_word("incomplete", rows.loc[2023, "missing"]) == "thiếu Khánh Hòa cũ"
    en = maps.coverage_cells(df, [("56", "34")], ["tasks_managed"], (2023, 2023), mode="today", lang="en")
    assert maps.cell_word("incomplete", en.loc[0, "missing"], "en") == "no former Khanh Hoa"
    assert rows.loc[2025, "category"] == "missing"
    assert rows.loc[2026, "category"] == "reported", "after the merger the province reports itself"


def test_coverage_html_is_escaped_and_compact():
    df = facts([("58", "63", "tasks_managed", "2021", 36, "reported")])
    cells = maps.coverage_cells(df, [("58", "63")], ["tasks_managed"], (2021, 2022))
    cells.loc[0, "detail"] = "<script>alert(1)</script>"
    html = maps.coverage_html(cells)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "max-height:70vh;overflow:auto" in html


def test_year_picker_bounds_and_years_shown():
    assert maps.year_bounds((1992, 2025)) == (2010, 2025), "a 1992–2017 range does not stretch the picker"
    assert maps.year_bounds((2021, 2021)) == (2020, 2021)
    df = facts([("58", "63", "tasks_managed", "1992/2017", 285, "reported"),
                ("58", "63", "tasks_managed", "2021", 36, "reported")])
    assert list(rules.touching_years(df, (2016, 2020))["period"]) == ["1992/2017"]
    assert list(rules.touching_years(df, (2018, 2020))["period"]) == []


def test_map_of_pii_2024_colours_every_province_with_a_published_rank(warehouse_path, open_page):
    """Most provinces have no published PII: grey (missing, never zero), and the count is said."""
    import duckdb
    con = duckdb.connect(str(warehouse_path), read_only=True)
    published = {c for (c,) in con.execute("select province_code from facts where indicator='pii_rank' "
                                            "and period='2024' and frame='63' and status <> 'uncertain'").fetchall()}
    con.close()
    assert len(published) >= 15
    at = open_page("pages/map.py")
    ok(at.selectbox(key="_url_widget_ind").set_value("pii_rank").run())
    ok(at.selectbox(key="_url_widget_period").set_value("2024").run())
    s = spec(at)
    coloured = s["data"][0]
    assert set(coloured["locations"]) == published and all(1 <= z <= 63 for z in coloured["z"])
    assert sum(len(tr["locations"]) for tr in s["data"]) == 63
    text = "\n".join(c.value for c in at.caption)
    assert f"{len(published)}/63 tỉnh có số liệu cho kỳ này" in text
    # the English switch says the same count
    at = open_page("pages/map.py", lang="en", ind="pii_rank", period="2024")
    s = spec(at)
    assert set(s["data"][0]["locations"]) == published
    text = "\n".join(c.value for c in at.caption)
    assert f"{len(published)}/63 provinces have a value for this period" in text
