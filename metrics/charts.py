"""The one chart path: facts (a DataFrame from metrics.queries) -> plotly figures.

Values sit on a real time axis: a year's value at the year, a value for part of a year or for
several years as a dashed segment over exactly that span, a stock as a point at its date. So
nothing is drawn as a year that is not one, and a missing year breaks the line."""
from __future__ import annotations

from datetime import date

import pandas as pd
import plotly.graph_objects as go

from metrics import fmt, periods, registry
from metrics.i18n import t

# Okabe–Ito, colour-blind safe; the provinces planners compare most get fixed, distinct colours,
# every other province a stable colour from the rest of the palette by its code.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#999933", "#882255",
           "#44AA99", "#332288", "#AA4499", "#117733"]
_FIXED = {("58", "63"): 0, ("14", "63"): 1, ("62", "63"): 2, ("60", "63"): 3,
          ("56", "34"): 4, ("51", "34"): 5, ("68", "34"): 6, ("14", "34"): 1, ("67", "63"): 7}


def province_colour(code: str, frame: str) -> str:
    if (code, frame) in _FIXED:
        return PALETTE[_FIXED[(code, frame)]]
    return PALETTE[8 + int(code) % 4]


def province_label(code: str, frame: str, lang: str = "vi") -> str:
    p = registry.province(code, frame)
    return p.name(lang) if frame == "63" else f"{p.name(lang)} ({t('frame_34', lang)})"


def split_for_chart(df: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(annual values, values for other spans, uncertain values) — uncertain ones are never charted."""
    uncertain = df[df["status"] == "uncertain"]
    sure = df[df["status"] != "uncertain"]
    annual = sure[sure["period_kind"] == "year"]
    other = sure[sure["period_kind"] != "year"]
    return annual, other, uncertain


def _mid_year(y: int) -> pd.Timestamp:
    return pd.Timestamp(date(y, 7, 1))


def _hover(row, ind: registry.Indicator, lang: str) -> str:
    parts = [
        f"<b>{province_label(row.province_code, row.frame, lang)}</b>",
        periods.label(row.period, lang),
        fmt.value(row.value, ind.unit(lang), ind.decimals, row.qualifier, lang),
    ]
    if row.status == "estimated":
        parts.append(f"({t('estimated', lang)})")
    if row.alternatives:
        parts.append(f"⚠ {t('disagree', lang)}: {int(row.alternatives)} {t('other_values', lang)}")
    return "<br>".join(parts)


def compare_figure(df: pd.DataFrame, indicator: str, years: tuple[int, int], lang: str = "vi",
                   source_line: str = "", title: str | None = None) -> go.Figure:
    """One series per province over the years; plans dotted; other spans as labelled segments."""
    ind = registry.indicator(indicator)
    annual, other, _ = split_for_chart(df)
    y0, y1 = years
    fig = go.Figure()
    for (code, frame), group in df.groupby(["province_code", "frame"], sort=False):
        colour = province_colour(code, frame)
        name = province_label(code, frame, lang)
        for measure in ("actual", "plan"):
            g = annual[(annual.province_code == code) & (annual.frame == frame) & (annual.measure == measure)]
            if g.empty:
                continue
            by_year = {r.period_start.year: r for r in g.itertuples()}
            xs, ys, texts, symbols = [], [], [], []
            for y in range(y0, y1 + 1):  # every year present, so a missing one breaks the line
                r = by_year.get(y)
                xs.append(_mid_year(y))
                ys.append(None if r is None else r.value)
                texts.append("" if r is None else _hover(r, ind, lang))
                symbols.append("circle-open" if r is not None and r.status == "estimated" else "circle")
            fig.add_trace(go.Scatter(
                x=xs, y=ys, mode="lines+markers", connectgaps=False,
                name=name if measure == "actual" else f"{name} — {t('plan', lang)}",
                legendgroup=f"{code}-{frame}",
                line={"color": colour, "width": 3 if measure == "actual" else 2,
                      "dash": "solid" if measure == "actual" else "dot"},
                marker={"size": 9, "symbol": symbols, "color": colour},
                hovertext=texts, hoverinfo="text",
            ))
        g = other[(other.province_code == code) & (other.frame == frame)]
        for r in g.itertuples():
            text = _hover(r, ind, lang)
            if r.period_kind == "date":
                fig.add_trace(go.Scatter(
                    x=[pd.Timestamp(r.period_end)], y=[r.value], mode="markers+text",
                    marker={"symbol": "diamond", "size": 11, "color": colour},
                    text=[fmt.number(r.value, ind.decimals, lang)], textposition="top center",
                    name=f"{name}: {periods.label(r.period, lang)}", legendgroup=f"{code}-{frame}",
                    showlegend=False, hovertext=[text], hoverinfo="text"))
            else:
                fig.add_trace(go.Scatter(
                    x=[pd.Timestamp(r.period_start), pd.Timestamp(r.period_end)], y=[r.value, r.value],
                    mode="lines+markers+text", line={"color": colour, "dash": "dash", "width": 2},
                    marker={"symbol": "line-ns-open", "size": 12, "color": colour},
                    text=[f"{periods.label(r.period, lang)}: {fmt.value(r.value, ind.unit(lang), ind.decimals, r.qualifier, lang)}", ""],
                    textposition="top right", name=f"{name}: {periods.label(r.period, lang)}",
                    legendgroup=f"{code}-{frame}", showlegend=False, hovertext=[text, text], hoverinfo="text"))
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
        separators=",." if lang == "vi" else ".,",
        legend={"orientation": "h", "y": -0.25, "x": 0},
        margin={"l": 60, "r": 20, "t": 60, "b": 110},
        hovermode="closest", template="plotly_white", height=480,
    )
    if source_line:
        fig.add_annotation(text=source_line, xref="paper", yref="paper", x=0, y=-0.42, showarrow=False,
                           xanchor="left", yanchor="top", align="left", font={"size": 10, "color": "#555"})
    return fig


def source_line(df: pd.DataFrame, lang: str = "vi", limit: int = 4) -> str:
    """'Nguồn: A; B; C và 2 nguồn khác' for the values drawn."""
    names = list(dict.fromkeys(df["source"].dropna()))
    if not names:
        return ""
    shown = names[:limit]
    more = len(names) - len(shown)
    text = "; ".join(shown)
    if more:
        text += f" {'và' if lang == 'vi' else 'and'} {more} {'nguồn khác' if lang == 'vi' else 'more'}"
    return f"{t('sources', lang)}: {text}"
