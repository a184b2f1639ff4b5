"""The one chart path: facts (a DataFrame from metrics.queries) -> plotly figures.

Values sit on a real time axis: a year's value at the year, a value for part of a year or for
several years as a dashed segment over exactly that span, a stock as a point at its date. So
nothing is drawn as a year that is not one, and a missing year breaks the line."""
from __future__ import annotations

import json
import weakref
from datetime import date

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from metrics import periods, registry, rules
from views import fmt
from views.i18n import t

class SharedFigure(go.Figure):
    """A finished figure shared by every session (views.cache), read-only. st.plotly_chart reads
    a figure through to_dict() twice a run, each a deep copy of every trace (~15 ms for a map's
    province shapes, as much again for the JSON after it); this one hands out one JSON-ready dict
    made once, and its JSON text, encoded once (_shared_to_json)."""

    def __init__(self, fig: go.Figure):
        text = pio.to_json(fig, validate=False)
        super().__init__(json.loads(text), _validate=False)
        self._spec = json.loads(text)
        self._json = _to_json(self, validate=False)  # exactly what plotly gives for this figure
        # st.plotly_chart encodes the figure's to_dict(), this very dict: known by its identity
        _TEXTS[id(self._spec)] = (self._spec, self._json)
        weakref.finalize(self, _TEXTS.pop, id(self._spec), None)

    def to_dict(self) -> dict:
        return self._spec


_to_json = pio.to_json
_TEXTS: dict[int, tuple[dict, str]] = {}  # id(a shared figure's spec) -> (the spec, its JSON text)


def _shared_to_json(fig, validate=True, pretty=False, remove_uids=True, engine=None):
    """plotly.io.to_json, which st.plotly_chart calls on every run to put the figure's spec in its
    message: a shared figure's text made once, the same characters.

    NOTE: st.plotly_chart (Streamlit 1.67) takes a Figure, or a dict it validates into a new Figure,
    and always encodes it itself (plotly.io.to_json); no argument takes a prepared spec. Encoding
    the map's province shapes (~20 k coordinates, 175 kB) was ~2–4 ms of every map run (orjson's
    float formatting, then plotly's escaping of '<', '>' and '/'), ~0.25 ms per profile chart."""
    if not pretty and remove_uids and engine is None:
        if isinstance(fig, SharedFigure):
            return fig._json
        known = _TEXTS.get(id(fig))  # plotly.tools hands st.plotly_chart the figure's to_dict()
        if known is not None and known[0] is fig:
            return known[1]
    return _to_json(fig, validate=validate, pretty=pretty, remove_uids=remove_uids, engine=engine)


pio.to_json = _shared_to_json


def province_colour(code: str, frame: str) -> str:
    """A province's series colour, the same on every chart (metrics/display.toml)."""
    d = registry.display()
    if (code, frame) in d.fixed_colours:
        return d.palette[d.fixed_colours[(code, frame)]]
    return d.palette[8 + int(code) % 4]


def room_for_sources(fig: go.Figure, plot_height: int = 340) -> go.Figure:
    """Grow the bottom margin to fit the wrapped source lines, so a downloaded PNG carries them."""
    notes = [a.text for a in fig.layout.annotations if a.text and a.yref == "paper" and (a.y or 0) < 0]
    lines = max([n.count("<br>") + 1 for n in notes] or [0])
    bottom = 120 + 15 * lines
    fig.update_layout(height=plot_height + 60 + bottom, margin={"b": bottom})
    for a in fig.layout.annotations:
        if a.text in notes:
            a.y = -100 / plot_height  # just under the legend
    return fig


def _mid_year(y: int) -> pd.Timestamp:
    return pd.Timestamp(date(y, 7, 1))


def _hover(row, ind: registry.Indicator, lang: str) -> str:
    parts = [
        f"<b>{fmt.province_label(row.province_code, row.frame, lang)}</b>",
        periods.label(row.period, lang),
        fmt.value(row.value, ind.unit(lang), ind.decimals, row.qualifier, lang),
    ]
    if row.status == "estimated":
        parts.append(f"({t('estimated', lang)})")
    if row.alternatives:
        parts.append(f"⚠ {t('disagree', lang)}: {int(row.alternatives)} {t('other_values', lang)}")
    return "<br>".join(parts)


def point_id(r, indicator: str) -> str:
    """The fact a drawn point shows, as its id (views.tables.fact_id): a click on the point opens
    that fact's history (views.history.from_chart)."""
    return f"{r.province_code}-{r.frame}|{indicator}|{r.period}|{r.measure}"


def compare_figure(df: pd.DataFrame, indicator: str, years: tuple[int, int], lang: str = "vi",
                   source_line: str = "", title: str | None = None) -> go.Figure:
    """One series per province over the years; plans dotted; other spans as labelled segments."""
    ind = registry.indicator(indicator)
    annual, other, _ = rules.split_by_span(rules.chartable(df))
    y0, y1 = years
    fig = go.Figure()
    # each province's rows split once (not one boolean mask over the frame per province and measure)
    annual_of = dict(iter(annual.groupby(["province_code", "frame", "measure"], sort=False)))
    other_of = dict(iter(other.groupby(["province_code", "frame"], sort=False)))
    for code, frame in df[["province_code", "frame"]].drop_duplicates().itertuples(index=False):
        colour = province_colour(code, frame)
        name = fmt.province_label(code, frame, lang)
        for measure in ("actual", "plan"):
            g = annual_of.get((code, frame, measure))
            if g is None or g.empty:
                continue
            by_year = {r.period_start.year: r for r in g.itertuples()}
            xs, ys, texts, symbols, ids = [], [], [], [], []
            for y in range(y0, y1 + 1):  # every year present, so a missing one breaks the line
                r = by_year.get(y)
                xs.append(_mid_year(y))
                ys.append(None if r is None else r.value)
                texts.append("" if r is None else _hover(r, ind, lang))
                ids.append("" if r is None else point_id(r, indicator))
                symbols.append("circle-open" if r is not None and r.status == "estimated" else "circle")
            fig.add_trace(go.Scatter(
                x=xs, y=ys, mode="lines+markers", connectgaps=False,
                name=name if measure == "actual" else f"{name} — {t('plan', lang)}",
                legendgroup=f"{code}-{frame}",
                line={"color": colour, "width": 3 if measure == "actual" else 2,
                      "dash": "solid" if measure == "actual" else "dot"},
                marker={"size": 9, "symbol": symbols, "color": colour},
                hovertext=texts, hoverinfo="text", customdata=ids,
            ))
        g = other_of.get((code, frame), other.iloc[:0])
        for r in g.itertuples():
            text = _hover(r, ind, lang)
            if r.period_kind == "date":
                fig.add_trace(go.Scatter(
                    x=[pd.Timestamp(r.period_end)], y=[r.value], mode="markers",
                    marker={"symbol": "diamond", "size": 11, "color": colour},
                    name=f"{name}: {periods.label(r.period, lang)}", legendgroup=f"{code}-{frame}",
                    showlegend=False, hovertext=[text], hoverinfo="text", customdata=[point_id(r, indicator)]))
            else:
                fig.add_trace(go.Scatter(
                    x=[pd.Timestamp(r.period_start), pd.Timestamp(r.period_end)], y=[r.value, r.value],
                    mode="lines+markers", line={"color": colour, "dash": "dash", "width": 2},
                    marker={"symbol": "line-ns-open", "size": 12, "color": colour},
                    name=f"{name}: {periods.label(r.period, lang)}",
                    legendgroup=f"{code}-{frame}", showlegend=False, hovertext=[text, text], hoverinfo="text",
                    customdata=[point_id(r, indicator)] * 2))
    start, end = pd.Timestamp(date(y0, 1, 1)), pd.Timestamp(date(y1, 12, 31))
    if start <= pd.Timestamp(registry.MERGER_DATE) <= end:
        fig.add_vline(x=pd.Timestamp(registry.MERGER_DATE).timestamp() * 1000, line_dash="dot",
                      line_color="#555", annotation_text=t("merger_mark", lang),
                      annotation_position="top left", annotation_font_size=11)
    unit = ind.unit(lang)
    fig.update_layout(
        title={"text": title or ind.name(lang), "x": 0, "xanchor": "left", "font": {"size": 18}},
        xaxis={"type": "date", "range": [start, end], "dtick": "M12", "tickformat": "%Y",
               "ticklabelmode": "period", "title": t("year", lang)},
        yaxis={"title": unit, "rangemode": "tozero" if ind.kind != "rank" else "normal",
               "autorange": "reversed" if ind.kind == "rank" else True,
               "separatethousands": True},
        separators=fmt.plot_separators(lang),
        legend={"orientation": "h", "y": -0.25, "x": 0},
        margin={"l": 60, "r": 20, "t": 60, "b": 110},
        hovermode="closest", template="plotly_white", height=480,
    )
    if source_line:
        fig.add_annotation(text=fmt.wrap(source_line, 120), xref="paper", yref="paper", x=0, y=-0.42, showarrow=False,
                           xanchor="left", yanchor="top", align="left", font={"size": 10, "color": "#555"})
        room_for_sources(fig)
    return fig


def annual_in_range(df: pd.DataFrame, years: tuple[int, int]) -> pd.DataFrame:
    """The annual, charted values inside the chosen years: exactly what a by-year chart draws."""
    annual, _, _ = rules.split_by_span(df)
    if "comparable" in annual:
        annual = annual[annual["comparable"].fillna(True).astype(bool)]
    y = pd.to_datetime(annual["period_start"]).dt.year
    return annual[(y >= years[0]) & (y <= years[1])]


def drawn_table(df: pd.DataFrame, years: tuple[int, int], lang: str = "vi") -> pd.DataFrame:
    """The numbers drawn, with each province's rank among those shown for that year and measure
    (hidden columns: _value, the number; _fact, the fact id a selected row opens). Column-wise:
    rows iterated on pandas 3's Arrow-backed frames cost ~20× more."""
    d = annual_in_range(df, years)
    if d.empty:
        return pd.DataFrame()
    d = d.assign(year=pd.to_datetime(d["period_start"]).dt.year.astype(int))
    d = d.sort_values(["indicator", "measure", "year"], kind="stable")  # groups in order, rows as given
    inds = {c: registry.indicator(c) for c in d["indicator"].unique()}
    keys = ["indicator", "measure", "year"]
    # a rank among those shown: 1 is the best (the lowest value where lower is better)
    signed = d["value"].astype(float) * d["indicator"].map({c: -1.0 if i.higher_is_better else 1.0
                                                            for c, i in inds.items()}).astype(float)
    ranks = signed.groupby([d[k] for k in keys]).rank(method="min").tolist()
    sizes = d.groupby(keys)["value"].transform("size").astype(int).tolist()
    cols = {c: d[c].tolist() for c in ("indicator", "measure", "year", "province_code", "frame", "value",
                                       "qualifier", "status", "alternatives", "source", "period")}
    rows = zip(*cols.values())
    out = []
    for (indicator, measure, year, code, frame, value, qualifier, status, alternatives, source, period), rank, n \
            in zip(rows, ranks, sizes):
        ind = inds[indicator]
        out.append({
            t("col_indicator", lang): ind.name(lang),
            t("col_province", lang): fmt.province_label(code, frame, lang),
            t("year", lang): year,
            t("col_measure", lang): t(measure, lang),
            t("col_value", lang): fmt.value(value, ind.unit(lang), ind.decimals, qualifier, lang),
            t("col_rank", lang): f"{int(rank)}/{n}" if rank == rank else "",
            t("col_status", lang): t(f"status_{status}", lang),
            t("col_alternatives", lang): 0 if pd.isna(alternatives) else int(alternatives),
            t("col_source", lang): source,
            "_value": value,
            "_fact": f"{code}-{frame}|{indicator}|{period}|{measure}",
        })
    return pd.DataFrame(out)


def bar_figure(df: pd.DataFrame, indicator: str, years: tuple[int, int], lang: str = "vi",
               source_line: str = "") -> go.Figure:
    """Grouped bars by year, one colour per province; annual values only (others listed apart)."""
    ind = registry.indicator(indicator)
    d = annual_in_range(df, years)
    fig = go.Figure()
    for (code, frame, measure), g in d.groupby(["province_code", "frame", "measure"], sort=False):
        name = fmt.province_label(code, frame, lang) + ("" if measure == "actual" else f" — {t('plan', lang)}")
        fig.add_trace(go.Bar(
            x=[str(p.year) for p in g["period_start"]], y=g["value"], name=name,
            marker={"color": province_colour(code, frame), "pattern": {"shape": "" if measure == "actual" else "/"}},
            hovertext=[_hover(r, ind, lang) for r in g.itertuples()], hoverinfo="text"))
    fig.update_layout(barmode="group", xaxis={"type": "category", "title": t("year", lang),
                                              "categoryorder": "category ascending"})
    return _finish(fig, ind, lang, source_line)


def small_multiples_figure(df: pd.DataFrame, indicator: str, years: tuple[int, int], lang: str = "vi",
                           source_line: str = "") -> go.Figure:
    """One small panel per province, same scale, so shapes compare without overlapping lines."""
    from plotly.subplots import make_subplots

    ind = registry.indicator(indicator)
    d = annual_in_range(df, years)
    keys = list(dict.fromkeys(zip(d["province_code"], d["frame"])))
    if not keys:
        return _finish(go.Figure(), ind, lang, source_line)
    cols = 2 if len(keys) > 1 else 1
    rows = (len(keys) + cols - 1) // cols
    fig = make_subplots(rows=rows, cols=cols, shared_yaxes=True, shared_xaxes=True,
                        subplot_titles=[fmt.province_label(c, f, lang) for c, f in keys], vertical_spacing=0.12)
    for i, (code, frame) in enumerate(keys):
        g = d[(d.province_code == code) & (d.frame == frame) & (d.measure == "actual")]
        by_year = {p.year: v for p, v in zip(g["period_start"], g["value"])}
        xs = list(range(years[0], years[1] + 1))
        fig.add_trace(go.Scatter(x=xs, y=[by_year.get(y) for y in xs], mode="lines+markers", connectgaps=False,
                                 line={"color": province_colour(code, frame), "width": 3}, showlegend=False,
                                 name=fmt.province_label(code, frame, lang)),
                      row=i // cols + 1, col=i % cols + 1)
    fig.update_xaxes(dtick=1, tickformat="d")
    fig.update_layout(height=max(320, 240 * rows))
    return _finish(fig, ind, lang, source_line, legend=False)


def _finish(fig: go.Figure, ind: registry.Indicator, lang: str, source_line: str, legend: bool = True) -> go.Figure:
    fig.update_layout(
        title={"text": ind.name(lang), "x": 0, "xanchor": "left", "font": {"size": 18}},
        yaxis={"title": ind.unit(lang), "separatethousands": True},
        separators=fmt.plot_separators(lang), template="plotly_white",
        legend={"orientation": "h", "y": -0.25, "x": 0}, showlegend=legend,
        margin={"l": 60, "r": 20, "t": 70, "b": 110})
    if fig.layout.height is None:
        fig.update_layout(height=460)
    if source_line:
        fig.add_annotation(text=fmt.wrap(source_line, 120), xref="paper", yref="paper", x=0, y=-0.42 if legend else -0.25,
                           showarrow=False, xanchor="left", yanchor="top", align="left",
                           font={"size": 10, "color": "#555"})
        room_for_sources(fig, max(340, (fig.layout.height or 460) - 120))
    return fig
