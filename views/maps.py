"""Map and coverage, pure: facts (DataFrames from metrics.queries) in, a choropleth figure or a
province × indicator × year coverage grid out. The only I/O is reading the committed province
boundaries (data/geo/*.geojson), once per process.

Honest gaps: a province without a value is drawn grey ("chưa có số liệu"), never as 0; an
uncertain value or one that cannot be rebuilt for today's 34 provinces gets its own colour and
its reason on hover; a value for part of a year, several years or a stock at a date counts for
the years it covers, marked as such, never as a full year."""
from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from metrics import periods, registry, rules
from views import fmt
from views.i18n import pick, t

GEO_DIR = Path(__file__).resolve().parent.parent / "data" / "geo"

# NOTE: plotly.js fetches `<topojsonURL>/world_110m.json` even for a custom-GeoJSON choropleth
# with the base map hidden, and draws nothing if that fetch fails. An empty topology as a data:
# URL answers it with no network at all; the "#" turns the file name plotly.js appends into a
# fragment, which the browser ignores.
EMPTY_TOPOJSON_URL = 'data:application/json,{"type":"Topology","objects":{},"arcs":[]}#'

MAP_HEIGHT = 760
NO_DATA_COLOUR = "#d9d9d9"
CATEGORY_COLOURS_MAP = {"uncertain": "#f2c894", "not_comparable": "#c9b3d9"}
# Sequential blues from light to dark, starting well above white so the lowest value never
# looks like the grey of "no data".
SCALE = [[0.0, "#c6dbef"], [0.35, "#6baed6"], [0.7, "#2171b5"], [1.0, "#08306b"]]


# --- boundaries ---------------------------------------------------------------------------------

@lru_cache(maxsize=2)
def geojson(frame: str) -> dict:
    """Province shapes for a frame ("63" or "34"), read once per process; features carry
    properties.code (the GSO statistics code). Shared: treat it as read-only."""
    return json.loads((GEO_DIR / f"vn_frame{frame}.geojson").read_text(encoding="utf-8"))


def _coords(geometry: dict):
    def walk(c):
        if isinstance(c[0], (int, float)):
            yield c
        else:
            for d in c:
                yield from walk(d)
    yield from walk(geometry["coordinates"])


@lru_cache(maxsize=2)
def bounds(frame: str) -> tuple[float, float, float, float]:
    """(lon_min, lon_max, lat_min, lat_max) of every shape, islands included (Hoàng Sa under
    Đà Nẵng 48, Trường Sa under Khánh Hòa 56), so the view never crops them."""
    xs, ys = [], []
    for f in geojson(frame)["features"]:
        for x, y in _coords(f["geometry"]):
            xs.append(x)
            ys.append(y)
    return min(xs), max(xs), min(ys), max(ys)


def _subset(geo: dict, codes) -> dict:
    wanted = set(codes)
    return {"type": "FeatureCollection", "features": [f for f in geo["features"] if f["properties"]["code"] in wanted]}


# --- periods for the map ------------------------------------------------------------------------

def period_choices(df: pd.DataFrame) -> list[str]:
    """The periods an indicator has values for, latest first (by end, then start)."""
    if df.empty:
        return []
    spans = df[["period", "period_start", "period_end"]].drop_duplicates("period")
    spans = spans.sort_values(["period_end", "period_start", "period"], ascending=False)
    return spans["period"].tolist()


def default_period(df: pd.DataFrame) -> str | None:
    """The latest annual period with a value that can be coloured; else the latest annual one;
    else the latest period of any kind."""
    choices = period_choices(df)
    if not choices:
        return None
    annual = df[df["period_kind"] == "year"]
    drawable = annual[(annual["status"] != "uncertain") & annual["value"].notna()]
    for subset in (drawable, annual):
        if not subset.empty:
            return period_choices(subset)[0]
    return choices[0]


def map_frame(df: pd.DataFrame, period: str, mode: str) -> str:
    """The frame the map is drawn in: today's 34 in "today" mode; as reported, the frame the
    period's values were reported in (the one in force at the period's start when both)."""
    if mode == "today":
        return "34"
    frames = set(df.loc[df["period"] == period, "frame"])
    if len(frames) == 1:
        return frames.pop()
    return registry.frame_for(periods.parse(period).start)


# --- the map ------------------------------------------------------------------------------------

def map_table(df: pd.DataFrame, period: str, frame: str, lang: str = "vi") -> pd.DataFrame:
    """One row per province of the frame, in code order: code, province, value (NaN when none
    can be coloured), category (value | uncertain | not_comparable | no_data), status, qualifier,
    source, note (uncertain note or non-comparable reason), alternatives, the hover text and the
    fact id of the value shown (views.tables.fact_id; "" for no data: a click opens its history)."""
    rows = df[(df["period"] == period) & (df["frame"] == frame)]
    if "measure" in rows:
        rows = rows[rows["measure"] == "actual"]
    by_code = {r.province_code: r for r in rows.itertuples()}
    ind_code = rows["indicator"].iloc[0] if not rows.empty else None
    ind = registry.indicator(ind_code) if ind_code else None
    out = []
    for p in registry.in_frame(frame):
        r = by_code.get(p.code)
        name = p.name(lang)
        rec = {"code": p.code, "province": name, "value": float("nan"), "category": "no_data", "status": "",
               "qualifier": "", "source": "", "note": "", "alternatives": 0, "fact": ""}
        lines = [f"<b>{name}</b>", periods.label(period, lang)]
        if r is None:
            lines.append(t("map_no_data", lang))
        else:
            comparable = bool(getattr(r, "comparable", True))
            reason = fmt.text(pick(getattr(r, "reason", ""), getattr(r, "reason_en", ""), lang))
            alternatives = r.alternatives if r.alternatives == r.alternatives else 0
            rec.update(status=r.status, qualifier=fmt.text(r.qualifier), source=fmt.text(r.source),
                       alternatives=int(alternatives or 0), fact=f"{p.code}-{frame}|{ind_code}|{period}|actual")
            if not comparable or pd.isna(r.value):
                rec.update(category="not_comparable", note=reason)
                lines += [t("not_comparable", lang), fmt.wrap(reason, 50, break_long_words=False)]
            else:
                text = fmt.value(r.value, ind.unit(lang), ind.decimals, rec["qualifier"], lang)
                if r.status == "uncertain":
                    rec.update(category="uncertain", value=float(r.value), note=fmt.text(r.note))
                    lines += [f"{text} ({t('status_uncertain', lang)})", fmt.wrap(fmt.text(r.note), 50, break_long_words=False)]
                else:
                    rec.update(category="value", value=float(r.value), note=fmt.text(r.note))
                    lines.append(text + (f" ({t('status_estimated', lang)})" if r.status == "estimated" else ""))
                if rec["alternatives"]:
                    lines.append(f"⚠ {t('disagree', lang)}: {rec['alternatives']} {t('other_values', lang)}")
            if rec["source"]:
                lines.append(fmt.wrap(f"{t('sources', lang)}: {rec['source']}", 60, break_long_words=False))
        rec["hover"] = "<br>".join(line for line in lines if line)
        out.append(rec)
    return pd.DataFrame(out)


def colour_range(values: pd.Series, kind: str) -> tuple[float, float]:
    """zmin, zmax for the colour scale: counts and amounts start at 0, ranks at 1; a single
    value still gets a range."""
    vals = values.dropna()
    lo, hi = float(vals.min()), float(vals.max())
    if kind == "rank":
        lo = min(lo, 1.0)
    elif lo >= 0:
        lo = 0.0
    if hi <= lo:
        hi = lo + 1.0
    return lo, hi


def _facts(rows: pd.DataFrame) -> list[str] | None:
    """The fact ids a click on these shapes opens (map_table's "fact" column), when given."""
    return rows["fact"].tolist() if "fact" in rows else None


def choropleth_figure(table: pd.DataFrame, indicator: str, period: str, frame: str, lang: str = "vi",
                      source_line: str = "", title: str | None = None) -> go.Figure:
    """The choropleth of map_table's rows, joined to the frame's shapes by statistics code.
    Values on a sequential scale (darker is better; reversed for ranks), then one flat-coloured
    trace each for uncertain, not comparable and no data, with their meaning in the legend."""
    ind = registry.indicator(indicator)
    geo = geojson(frame)
    # Below the map, placed in pixels (plot height = height - top - bottom margins): the colour
    # bar, the legend of flat colours, then the source line, so a PNG download carries all three.
    top, bottom = 72, 215
    plot_h = MAP_HEIGHT - top - bottom
    fig = go.Figure()
    coloured = table[table["category"] == "value"]
    if not coloured.empty:
        zmin, zmax = colour_range(coloured["value"], ind.kind)
        fig.add_trace(go.Choropleth(
            geojson=_subset(geo, coloured["code"]), featureidkey="properties.code",
            locations=coloured["code"].tolist(), z=coloured["value"].tolist(), zmin=zmin, zmax=zmax,
            colorscale=SCALE, reversescale=not ind.higher_is_better,
            marker={"line": {"color": "white", "width": 0.6}},
            hovertext=coloured["hover"].tolist(), hovertemplate="%{hovertext}<extra></extra>",
            customdata=_facts(coloured), name=ind.name(lang), showlegend=False,
            colorbar={"orientation": "h", "x": 0, "xanchor": "left", "y": -6 / plot_h, "yanchor": "top",
                      "len": 0.6, "thickness": 12, "title": {"text": _scale_title(ind, lang), "side": "top"},
                      "separatethousands": True},
        ))
    flat = [("uncertain", CATEGORY_COLOURS_MAP["uncertain"], t("map_legend_uncertain", lang)),
            ("not_comparable", CATEGORY_COLOURS_MAP["not_comparable"], t("not_comparable", lang)),
            ("no_data", NO_DATA_COLOUR, t("map_legend_no_data", lang))]
    for category, colour, label in flat:
        rows = table[table["category"] == category]
        if rows.empty:
            continue
        fig.add_trace(go.Choropleth(
            geojson=_subset(geo, rows["code"]), featureidkey="properties.code",
            locations=rows["code"].tolist(), z=[1] * len(rows), zmin=0, zmax=1,
            colorscale=[[0, colour], [1, colour]], showscale=False,
            marker={"line": {"color": "white", "width": 0.6}},
            hovertext=rows["hover"].tolist(), hovertemplate="%{hovertext}<extra></extra>",
            customdata=_facts(rows), name=f"{label} ({len(rows)})", showlegend=True,
        ))
    lon0, lon1, lat0, lat1 = bounds(frame)
    frame_text = t(f"map_frame_{frame}", lang)
    fig.update_geos(
        visible=False, projection_type="mercator", fitbounds=False,
        lonaxis_range=[lon0 - 0.3, lon1 + 0.3], lataxis_range=[lat0 - 0.3, lat1 + 0.3],
        bgcolor="rgba(0,0,0,0)",
    )
    fig.update_layout(
        title={"text": title or f"{ind.name(lang)} — {periods.label(period, lang)}",
               "subtitle": {"text": frame_text}, "x": 0, "xanchor": "left", "font": {"size": 17}},
        separators=fmt.plot_separators(lang),
        legend={"orientation": "h", "x": 0, "xanchor": "left", "y": -70 / plot_h, "yanchor": "top",
                "itemclick": False, "itemdoubleclick": False, "font": {"size": 12}},
        # One font family on screen and in the PNG download, so legend entries measure the same.
        font={"family": "Arial, Helvetica, sans-serif"},
        margin={"l": 8, "r": 8, "t": top, "b": bottom}, height=MAP_HEIGHT, template="plotly_white",
        dragmode=False,
    )
    credit = "; ".join(x for x in (source_line, t("map_credit", lang)) if x)
    if credit:
        fig.add_annotation(text=fmt.wrap(credit, 62, break_long_words=False), xref="paper", yref="paper", x=0, y=-122 / plot_h,
                           showarrow=False, xanchor="left", yanchor="top", align="left",
                           font={"size": 10, "color": "#555"})
    return fig


def _scale_title(ind: registry.Indicator, lang: str) -> str:
    better = t("map_scale_better", lang)
    return f"{ind.unit(lang)} · {better}"


def plot_config(filename: str) -> dict:
    """st.plotly_chart config for a map: no network (the empty topology), PNG download named."""
    return {"displaylogo": False, "topojsonURL": EMPTY_TOPOJSON_URL, "scrollZoom": False,
            "toImageButtonOptions": {"filename": filename, "format": "png", "scale": 2}}


def values_facts(table: pd.DataFrame) -> list[str]:
    """The fact ids of values_table's rows, in its order."""
    return table.loc[table["category"] != "no_data", "fact"].tolist()


def values_table(table: pd.DataFrame, indicator: str, period: str, lang: str = "vi") -> pd.DataFrame:
    """The provinces the map shows something for, as a table for the screen and the CSV:
    province, code, period in words, the number, its text with unit and qualifier, status, note
    or reason, source."""
    ind = registry.indicator(indicator)
    shown = table[table["category"] != "no_data"]
    words = {"value": "", "uncertain": t("status_uncertain", lang), "not_comparable": t("not_comparable", lang)}
    return pd.DataFrame({
        t("col_province", lang): shown["province"],
        t("map_col_code", lang): shown["code"],
        t("col_period", lang): periods.label(period, lang),
        t("col_value", lang): [fmt.value(v, ind.unit(lang), ind.decimals, q, lang)
                               for v, q in zip(shown["value"], shown["qualifier"])],
        t("map_col_number", lang): shown["value"],
        t("col_unit", lang): ind.unit(lang),
        t("col_status", lang): [words[c] or (t(f"status_{s}", lang) if s else "")
                                for c, s in zip(shown["category"], shown["status"])],
        t("col_note", lang): shown["note"],
        t("col_source", lang): shown["source"],
    }).reset_index(drop=True)


# --- coverage -----------------------------------------------------------------------------------

# The categories and their order: metrics.rules.COVERAGE_CATEGORIES.
# Background and text colour per category; the word in the cell carries the meaning too.
CATEGORY_STYLE = {
    "reported": ("#0b6e4f", "#ffffff"),
    "estimated": ("#7cc4a4", "#0b2e22"),
    "partial": ("#cfe6f7", "#0b3954"),
    "stock": ("#dcd3f0", "#2d1d5c"),
    "multi": ("#fbe3b5", "#5c3c00"),
    "uncertain": ("#f7c59f", "#5c2500"),
    "incomplete": ("#f4a6a6", "#5c0000"),
    "missing": ("#f2f2f2", "#767676"),
}


def _descriptions(f: pd.DataFrame, lang: str) -> list[str]:
    """'Năm 2021: 36 nhiệm vụ (đã báo cáo)' for each fact row, column-wise."""
    labels = {p: periods.label(p, lang) for p in f["period"].unique()}
    words = {s: t("status_" + s, lang) for s in f["status"].unique()}
    inds = {c: registry.indicator(c) for c in f["indicator"].unique()}
    return [f"{labels[p]}: {fmt.value(v, inds[c].unit(lang), inds[c].decimals, fmt.text(q), lang)} ({words[s]})"
            for c, p, v, q, s in zip(f["indicator"].tolist(), f["period"].tolist(), f["value"].tolist(),
                                     f["qualifier"].tolist(), f["status"].tolist())]


def _describe(rows) -> str:
    """'Năm 2021: 36 nhiệm vụ (đã báo cáo); …' for (category, description) pairs."""
    return "; ".join(desc for _, desc in rows)


def coverage_cells(facts: pd.DataFrame, provinces, indicators, years: tuple[int, int], mode: str = "reported",
                   lang: str = "vi") -> pd.DataFrame:
    """One row per province × indicator × year: category (see metrics.rules.COVERAGE_CATEGORIES), missing (names of the
    predecessors without a value, for a merged province in "today" mode), and detail (every value
    that touches the year, with its period in words).

    facts: actual values of the provinces (and, in "today" mode, of their frame-63 predecessors).
    provinces: (code, frame) pairs. In "today" mode a frame-34 province's years before 1 July 2025
    are covered by its predecessors: complete when every predecessor has a value touching the
    year, "incomplete" (naming who is missing) when only some have."""
    y0, y1 = years
    f = facts[facts["measure"] == "actual"] if "measure" in facts else facts
    # (province, frame, indicator, year) -> [(category, "period: value (status)")] for every value
    # touching the year. Column-wise, not row by row: pandas 3's Arrow-backed columns cost ~20×
    # more per row iterated (the coverage page took 1.8 s at 1 M observations).
    touched: dict[tuple[str, str, str, int], list] = {}
    if not f.empty:
        first = pd.to_datetime(f["period_start"]).dt.year.to_numpy()
        last = pd.to_datetime(f["period_end"]).dt.year.to_numpy()
        keep = (last >= y0) & (first <= y1)
        f, first, last = f[keep], first[keep], last[keep]
        cats = rules.value_categories(f["period_kind"], first, last, f["status"]).tolist()
        descs = _descriptions(f, lang)
        keys = zip(f["province_code"].tolist(), f["frame"].tolist(), f["indicator"].tolist())
        for (code, frame, indicator), a, b, cat, desc in zip(keys, first.tolist(), last.tolist(), cats, descs):
            for y in range(max(a, y0), min(b, y1) + 1):
                touched.setdefault((code, frame, indicator, y), []).append((cat, desc))
    return _cells(touched, provinces, indicators, years, mode, lang, True)


def coverage_cells_of(cells: pd.DataFrame, provinces, indicators, years: tuple[int, int], mode: str = "reported",
                      lang: str = "vi") -> pd.DataFrame:
    """coverage_cells from the read model's cells as reported (metrics.queries.coverage_years: the
    best category of each province, indicator and year with a value), without reading the values:
    the same categories and missing predecessors, every detail "" (a page of the grid reads its
    values for them: coverage_cells)."""
    y0, y1 = years
    keep = (cells["year"] >= y0) & (cells["year"] <= y1)
    touched = {(c, f, i, int(y)): [(cat, "")] for c, f, i, y, cat in zip(
        cells["province_code"][keep].tolist(), cells["frame"][keep].tolist(), cells["indicator"][keep].tolist(),
        cells["year"][keep].tolist(), cells["category"][keep].tolist())}
    return _cells(touched, provinces, indicators, years, mode, lang, False)


def _cells(touched: dict, provinces, indicators, years: tuple[int, int], mode: str, lang: str,
           with_detail: bool) -> pd.DataFrame:
    """The grid's rows from (province, frame, indicator, year) -> [(category, description)]."""
    y0, y1 = years
    out = []
    for code, frame in provinces:
        p = registry.province(code, frame)
        preds = registry.predecessors(p) if mode == "today" and frame == "34" else []
        for indicator in indicators:
            for y in range(y0, y1 + 1):
                own = touched.get((code, frame, indicator, y), [])
                cats = [c for c, _ in own]
                details = [_describe(own)] if own and with_detail else []
                missing: list[str] = []
                if preds and date(y, 1, 1) < registry.MERGER_DATE:
                    per_pred = {q.code: touched.get((q.code, "63", indicator, y), []) for q in preds}
                    have = [q for q in preds if per_pred[q.code]]
                    lacking = [q for q in preds if not per_pred[q.code]]
                    if have:
                        if len(preds) == 1:
                            pred_cat = rules.best_category(c for c, _ in per_pred[have[0].code])
                        elif lacking:
                            pred_cat = "incomplete"
                        else:
                            pred_cat = rules.worst_category(rules.best_category(c for c, _ in per_pred[q.code]) for q in have)
                        cats.append(pred_cat)
                        if with_detail:
                            details += [f"{_pred_name(q, p, lang)} — {_describe(per_pred[q.code])}"
                                        for q in have]
                        missing = [_pred_name(q, p, lang) for q in lacking]
                        if missing and with_detail:
                            details.append(t("cov_missing_pred", lang).format(names=", ".join(missing)))
                category = rules.best_category(cats)
                if category != "incomplete":
                    missing = []
                out.append({"province_code": code, "frame": frame, "indicator": indicator, "year": y,
                            "category": category, "missing": missing, "detail": " | ".join(details)})
    return pd.DataFrame(out, columns=["province_code", "frame", "indicator", "year", "category", "missing", "detail"])


def _pred_name(q: registry.Province, new: registry.Province, lang: str) -> str:
    """A predecessor's name; "Khánh Hòa (cũ)" when it is also the merged province's name."""
    return t("cov_old_name", lang).format(name=q.name(lang)) if q.name(lang) == new.name(lang) else q.name(lang)


def cell_word(category: str, missing=(), lang: str = "vi") -> str:
    """The word shown in a coverage cell: "báo cáo", "một phần năm", "thiếu Ninh Thuận"…"""
    if category == "incomplete" and missing:
        return t("cov_missing_pred", lang).format(names=", ".join(missing))
    return t(f"cov_cat_{category}", lang)


def _labeller(cells: pd.DataFrame, lang: str):
    """Province names; "(từ 1/7/2025)" only when both frames are on screen."""
    mixed = cells["frame"].nunique() > 1
    return lambda code, frame: fmt.province_label(code, frame, lang) if mixed else registry.province(code, frame).name(lang)


def coverage_grid(cells: pd.DataFrame, lang: str = "vi") -> pd.DataFrame:
    """The grid as a wide table of words (what a person reads and downloads): rows indicator ×
    province in the order given, one column per year."""
    if cells.empty:
        return pd.DataFrame()
    c = cells.copy()
    label = _labeller(c, lang)
    c["word"] = [cell_word(cat, miss, lang) for cat, miss in zip(c["category"], c["missing"])]
    c[t("col_indicator", lang)] = [registry.indicator(i).name(lang) for i in c["indicator"]]
    c[t("col_province", lang)] = [label(p, f) for p, f in zip(c["province_code"], c["frame"])]
    c["year"] = c["year"].astype(str)
    index = [t("col_indicator", lang), t("col_province", lang)]
    # Indicator first, then the provinces in the order chosen, so provinces sit side by side.
    ind_order = {i: n for n, i in enumerate(dict.fromkeys(c["indicator"]))}
    prov_order = {k: n for n, k in enumerate(dict.fromkeys(zip(c["province_code"], c["frame"])))}
    c["_row"] = [ind_order[i] * 1000 + prov_order[(p, f)]
                 for i, p, f in zip(c["indicator"], c["province_code"], c["frame"])]
    words = c.pivot(index=["_row", *index], columns="year", values="word").droplevel(0)
    words.columns.name = None
    return words


def coverage_summary(cells: pd.DataFrame, lang: str = "vi") -> pd.DataFrame:
    """Per province: how many indicators have any value in the years shown, how many a full
    year's reported or estimated value, and how many cells are missing or incomplete."""
    rows = []
    n_ind = cells["indicator"].nunique()
    label = _labeller(cells, lang)
    for (code, frame), g in cells.groupby(["province_code", "frame"], sort=False):
        any_value = g[g["category"] != "missing"]["indicator"].nunique()
        full_year = g[g["category"].isin(["reported", "estimated"])]["indicator"].nunique()
        gaps = int(g["category"].isin(["missing", "incomplete"]).sum())
        rows.append({
            t("col_province", lang): label(code, frame),
            t("cov_col_any", lang): f"{any_value}/{n_ind}",
            t("cov_col_full_year", lang): f"{full_year}/{n_ind}",
            t("cov_col_gaps", lang): f"{gaps}/{len(g)}",
        })
    return pd.DataFrame(rows)


def year_bounds(span: tuple[int, int] | None, floor: int = 2010) -> tuple[int, int]:
    """Bounds for the year-range picker from the years the data touches; long spans such as
    1992–2017 are cut at `floor` so the picker stays usable; always at least two years."""
    if span is None:
        this = date.today().year
        return this - 9, this
    lo, hi = max(span[0], floor), span[1]
    lo = min(lo, hi - 1)
    return lo, hi


def coverage_details(cells: pd.DataFrame, lang: str = "vi") -> pd.DataFrame:
    """The cells as a long table a person can read: province, indicator, year, the cell's word
    and every value behind it with its period in words."""
    label = _labeller(cells, lang)
    return pd.DataFrame({
        t("col_province", lang): [label(p, f) for p, f in zip(cells["province_code"], cells["frame"])],
        t("col_indicator", lang): [registry.indicator(i).name(lang) for i in cells["indicator"]],
        t("cov_col_year", lang): cells["year"].astype(str),
        t("cov_col_cell", lang): [cell_word(c, m, lang) for c, m in zip(cells["category"], cells["missing"])],
        t("cov_col_detail", lang): cells["detail"],
    }).reset_index(drop=True)


def legend_html(lang: str = "vi") -> str:
    """The coverage legend: each cell word on its colour, with what it means."""
    return "".join(
        f"<span style='background:{bg};color:{fg};padding:1px 6px;border-radius:3px;white-space:nowrap'>"
        f"{t('cov_cat_' + c, lang)}</span> {t('cov_help_' + c, lang)}<br>"
        for c, (bg, fg) in CATEGORY_STYLE.items())


_GRID_CSS = """
<style>
.cov-wrap{max-height:70vh;overflow:auto;border:1px solid #ddd;border-radius:6px;-webkit-overflow-scrolling:touch}
.cov-grid{border-collapse:separate;border-spacing:0;font-size:12px;line-height:1.25;width:max-content;min-width:100%}
.cov-grid th,.cov-grid td{padding:4px 5px;border-bottom:1px solid #fff;border-right:1px solid #fff}
.cov-grid thead th{position:sticky;top:0;z-index:3;background:#fafafa;color:#333;font-weight:600;text-align:center;border-bottom:1px solid #ddd}
.cov-grid thead th.cov-corner{left:0;z-index:4;text-align:left}
.cov-grid th.cov-prov{position:sticky;left:0;z-index:2;background:#fff;color:#333;font-weight:500;text-align:left;
  min-width:84px;max-width:128px;white-space:normal;border-right:1px solid #ddd}
.cov-grid tr.cov-ind th{background:#f0f2f6;color:#222;font-weight:600;text-align:left;padding-top:7px}
.cov-grid tr.cov-ind th span{position:sticky;left:6px}
.cov-grid td{min-width:54px;max-width:84px;text-align:center;white-space:normal;overflow-wrap:anywhere}
.cov-legend{margin:0 0 8px;font-size:14px;line-height:1.75}
.cov-legend summary{cursor:pointer;font-weight:600;margin-bottom:2px}
</style>
"""


def coverage_html(cells: pd.DataFrame, lang: str = "vi") -> str:
    """The coverage grid as a compact HTML table for the screen: a header row per indicator,
    one row per province (its name pinned on the left), one column per year; each cell its word
    on its colour, its values in the tooltip. It scrolls inside its own box, never the page. Its
    legend above it, open, in the same block (a <details> the reader may close): an expander of its
    own was two more elements in every run. Every text is escaped (values and notes come from
    uploaded files)."""
    from html import escape

    if cells.empty:
        return ""
    years = sorted(cells["year"].unique())
    by_key = {(r.indicator, r.province_code, r.frame, r.year): r for r in cells.itertuples()}
    provinces = list(dict.fromkeys(zip(cells["province_code"], cells["frame"])))
    indicators = list(dict.fromkeys(cells["indicator"]))
    label = _labeller(cells, lang)
    head = "".join(f"<th scope='col'>{y}</th>" for y in years)
    rows = [f"<thead><tr><th class='cov-corner cov-prov' scope='col'>{escape(t('col_province', lang))}</th>{head}</tr></thead><tbody>"]
    for ind in indicators:
        rows.append(f"<tr class='cov-ind'><th colspan='{len(years) + 1}' scope='rowgroup'>"
                    f"<span>{escape(registry.indicator(ind).name(lang))}</span></th></tr>")
        for code, frame in provinces:
            tds = []
            for y in years:
                r = by_key[(ind, code, frame, y)]
                bg, fg = CATEGORY_STYLE[r.category]
                tip = f"{y}: {r.detail}" if r.detail else f"{y}: {t('cov_help_missing', lang)}"
                tds.append(f"<td style='background:{bg};color:{fg}' title='{escape(tip, quote=True)}'>"
                           f"{escape(cell_word(r.category, r.missing, lang))}</td>")
            rows.append(f"<tr><th class='cov-prov' scope='row'>{escape(label(code, frame))}</th>{''.join(tds)}</tr>")
    rows.append("</tbody>")
    caption = escape(t("cov_grid", lang))
    legend = f"<details class='cov-legend' open><summary>{escape(t('cov_legend', lang))}</summary>{legend_html(lang)}</details>"
    return (_GRID_CSS + legend + f"<div class='cov-wrap' role='region' aria-label='{caption}' tabindex='0'>"
            f"<table class='cov-grid'>{''.join(rows)}</table></div>")
