"""Presentation slides drawn: each slide's figure (big text for a hall), its notes, its shareable
network link and the QR code of that link. Pure, except `lan_ip` (asks the OS which address it
would route from; nothing is sent). A deck as text (the codec) and saved decks: views.decks."""
from __future__ import annotations

import io
import socket
from urllib.parse import urlencode, urlsplit

import pandas as pd
import plotly.graph_objects as go

from metrics import periods, registry, rules
from views import charts, fmt
from views.decks import Slide, encode
from views.i18n import lang_param, pick, t

PAGE_PATH = "trinh-chieu"
SLIDE_TEXT_SIZE = 18  # every text in a slide's chart, in px: readable from the back of a hall


# --- words -------------------------------------------------------------------------------------


def years_label(years: tuple[int, int], lang: str = "vi") -> str:
    y0, y1 = years
    return periods.label(periods.parse(str(y0) if y0 == y1 else f"{y0}/{y1}"), lang)


def provinces_label(slide: Slide, lang: str = "vi") -> str:
    return ", ".join(fmt.province_label(c, f, lang) for c, f in slide.provinces)


def title(slide: Slide, lang: str = "vi") -> str:
    return registry.indicator(slide.indicator).name(lang)


def subtitle(slide: Slide, lang: str = "vi") -> str:
    """'Ninh Thuận, Sơn La · Giai đoạn 2016–2025' (+ the merger view when it is today's 34)."""
    parts = [provinces_label(slide, lang), years_label(slide.years, lang)]
    if slide.view == "today":
        parts.append(t("view_today", lang))
    return " · ".join(parts)


def describe(slide: Slide, lang: str = "vi") -> str:
    """One line for the deck editor's list."""
    return f"{title(slide, lang)} — {subtitle(slide, lang)} — {t('present_chart_' + slide.chart, lang)}"


# --- the figure --------------------------------------------------------------------------------


def _bar_figure(annual: pd.DataFrame, slide: Slide, lang: str) -> go.Figure:
    """Grouped bars: one colour per province, one group per year; a missing year is no bar, never 0."""
    ind = registry.indicator(slide.indicator)
    y0, y1 = slide.years
    years = [str(y) for y in range(y0, y1 + 1)]
    fig = go.Figure()
    for code, frame in slide.provinces:
        for measure in ("actual", "plan"):
            g = annual[(annual.province_code == code) & (annual.frame == frame) & (annual.measure == measure)]
            if g.empty:
                continue
            by_year = {str(pd.Timestamp(r.period_start).year): r for r in g.itertuples()}
            ys = [by_year[y].value if y in by_year else None for y in years]
            name = fmt.province_label(code, frame, lang)
            texts = [fmt.value(by_year[y].value, ind.unit(lang), ind.decimals, by_year[y].qualifier, lang)
                     if y in by_year else "" for y in years]
            numbers = [fmt.value(by_year[y].value, "", ind.decimals, by_year[y].qualifier, lang).strip()
                       if y in by_year else "" for y in years]
            colour = charts.province_colour(code, frame)
            fig.add_trace(go.Bar(
                x=years, y=ys, name=name if measure == "actual" else f"{name} — {t('plan', lang)}",
                marker={"color": colour, "pattern": {"shape": "" if measure == "actual" else "/"}},
                opacity=1 if measure == "actual" else 0.55,
                text=numbers, textposition="outside", cliponaxis=False, constraintext="none",
                textfont={"size": SLIDE_TEXT_SIZE, "color": "#222"},  # the value on its bar: no hover on a projector
                hovertext=[f"<b>{name}</b><br>{years_label((int(y), int(y)), lang)}<br>{s}" if s else "" for y, s in zip(years, texts)],
                hoverinfo="text",
                customdata=[charts.point_id(by_year[y], slide.indicator) if y in by_year else "" for y in years]))
    fig.update_layout(barmode="group", xaxis={"type": "category", "title": t("year", lang)},
                      yaxis={"title": ind.unit(lang), "rangemode": "tozero", "separatethousands": True,
                             "autorange": "reversed" if ind.kind == "rank" else True},
                      separators=fmt.plot_separators(lang), template="plotly_white")
    return fig


def _overlap(a, b) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def _draws(fig: go.Figure, r) -> bool:
    """Does the figure draw this fact (a value for another span) as a segment or a point?"""
    want = ([pd.Timestamp(r.period_end)] if r.period_kind == "date"
            else [pd.Timestamp(r.period_start), pd.Timestamp(r.period_end)])
    group = f"{r.province_code}-{r.frame}"
    return any(tr.legendgroup == group and tr.mode != "text" and tr.x is not None and len(tr.x) == len(want)
               and [pd.Timestamp(x) for x in tr.x] == want and tr.y[0] == r.value for tr in fig.data)


def not_drawn(df: pd.DataFrame, slide: Slide, fig: go.Figure) -> pd.DataFrame:
    """Values for other spans than a year that the chart leaves out (all of them in a bar chart;
    in a line chart, e.g., a count summed over several years, see charts.compare_figure)."""
    df = rules.touching_years(df, slide.years)
    if df.empty:
        return df
    _, other, _ = rules.split_by_span(df)
    other = other[other["value"].notna()]
    if slide.chart == "bar":
        return other
    return other[[not _draws(fig, r) for r in other.itertuples()]]


def label_other_spans(fig: go.Figure, drawn: pd.DataFrame, years: tuple[int, int], lang: str = "vi",
                      plot_px: tuple[int, int] = (850, 330), size: int = SLIDE_TEXT_SIZE) -> None:
    """No hover on a projector: write each value for another span than a year beside its segment
    or point ('Giai đoạn 2021–2023: 64 nhiệm vụ'), in its province's colour.

    At slide size such labels print over each other, so they are placed greedily, highest value
    first, at the spot (above or below, a line or two away, running right from the visible start
    or left from the visible end) that overlaps the labels already placed least and stays inside
    the plot. The y range is fixed with headroom, so the pixel estimate is what gets drawn."""
    _, other, _ = rules.split_by_span(drawn)
    other = other[other["value"].notna()]
    other = other[[_draws(fig, r) for r in other.itertuples()]]
    values = [v for tr in fig.data if tr.y is not None for v in tr.y if v is not None and v == v]
    if other.empty or not values or fig.layout.yaxis.autorange == "reversed":
        return
    ind = registry.indicator(drawn["indicator"].iloc[0])
    lo, hi = min(0.0, min(values)), max(values)
    hi = hi + 0.15 * ((hi - lo) or 1)
    fig.update_yaxes(range=[lo, hi], autorange=False)
    x0, x1 = pd.Timestamp(years[0], 1, 1), pd.Timestamp(years[1], 12, 31)
    width, height = plot_px
    to_x = lambda x: (pd.Timestamp(x) - x0) / (x1 - x0) * width  # noqa: E731
    to_y = lambda y: (y - lo) / (hi - lo) * height  # noqa: E731
    from_y = lambda py: lo + py / height * (hi - lo)  # noqa: E731
    w_char, h, gap = size * 0.52, size * 1.3, 4
    placed: list[tuple[float, float, float, float]] = []
    # what is drawn is in the way too (half as bad as another label): segments, points, year markers
    drawn_boxes = [(max(0.0, to_x(r.period_start)) - 6, to_y(r.value) - 3, min(float(width), to_x(r.period_end)) + 6,
                    to_y(r.value) + 3) for r in other.itertuples()]
    for tr in fig.data:
        if tr.mode and "markers" in tr.mode and tr.x is not None and len(tr.x) > 2:
            drawn_boxes += [(to_x(x) - 6, to_y(y) - 6, to_x(x) + 6, to_y(y) + 6)
                            for x, y in zip(tr.x, tr.y) if y is not None and y == y]
    for r in other.sort_values("value", ascending=False).itertuples():
        label = f"{periods.label(r.period, lang)}: {fmt.value(r.value, ind.unit(lang), ind.decimals, r.qualifier, lang)}"
        w, y = len(label) * w_char * 1.08, to_y(r.value)  # a little wide: the plot may be narrower
        if r.period_kind == "date":
            xe = to_x(r.period_end)
            anchors = [("center", xe - w / 2), ("right", xe + 8), ("left", xe - 8 - w)]
        else:
            xs, xe = max(0.0, to_x(r.period_start)), min(float(width), to_x(r.period_end))
            anchors = [("right", xs + 4), ("left", xe - 4 - w)]
        options = []
        levels = [0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 3.5, 4.5, 5.5]  # in label heights, above (+) or below
        for rank, centre in enumerate(y + (gap if k > 0 else -gap) + k * h for k in levels):
            for side, left in anchors:
                box = (left, centre - h / 2, left + w, centre + h / 2)
                outside = max(0, -box[0]) + max(0, box[2] - width) + max(0, -box[1]) + max(0, box[3] - height)
                cost = (sum(_overlap(box, o) for o in placed) + 0.5 * sum(_overlap(box, o) for o in drawn_boxes)
                        + (1e6 if outside > 2 else 0) + rank * h * 3)  # clipped text is lost text
                options.append((cost, box, side, centre))
        _, box, side, centre = min(options, key=lambda o: o[0])
        placed.append(box)
        x_text = box[0] if side == "right" else box[2] if side == "left" else (box[0] + box[2]) / 2
        fig.add_trace(go.Scatter(
            x=[x0 + (x1 - x0) * (x_text / width)], y=[from_y(centre)], mode="text", text=[label],
            textposition=f"middle {side}", textfont={"color": charts.province_colour(r.province_code, r.frame), "size": size},
            legendgroup=f"{r.province_code}-{r.frame}", showlegend=False, hoverinfo="skip"))


def _legend_for_every_province(fig: go.Figure, slide: Slide, lang: str) -> None:
    """A province drawn only as stocks or spans has no legend entry of its own: add one, so every
    colour on the slide is named."""
    named = {tr.legendgroup or "" for tr in fig.data if tr.showlegend is not False}
    named |= {tr.name for tr in fig.data if tr.type == "bar"}
    drawn = {tr.legendgroup for tr in fig.data if tr.legendgroup}
    for code, frame in slide.provinces:
        group = f"{code}-{frame}"
        if group in drawn and group not in named:
            fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", legendgroup=group,
                                     name=fmt.province_label(code, frame, lang), hoverinfo="skip",
                                     marker={"symbol": "diamond", "size": 11, "color": charts.province_colour(code, frame)}))


def figure(df: pd.DataFrame, slide: Slide, lang: str = "vi") -> tuple[go.Figure, str]:
    """The slide's chart and its source line. df: facts (metrics.queries.facts_view) for the slide.
    The figure carries its caption (indicator, years; the legend names the provinces) and the source
    line inside it, so a downloaded PNG says what and where from; every text is at least
    SLIDE_TEXT_SIZE px. Values for other spans than a year are labelled with their span."""
    df = rules.touching_years(df, slide.years)
    drawn = df[(df["status"] != "uncertain") & df["value"].notna()] if not df.empty else df
    line = fmt.source_line(drawn, lang, limit=3, projector=True) if not drawn.empty else ""
    # one line (provinces are in the legend): a wrapped plotly title would be clipped at the top
    caption = " · ".join([title(slide, lang), years_label(slide.years, lang)]
                         + ([t("view_today", lang)] if slide.view == "today" else []))
    caption = caption if len(caption) <= 95 else caption[:94] + "…"
    if slide.chart == "bar":
        fig = _bar_figure(charts.annual_in_range(drawn, slide.years) if not drawn.empty else drawn, slide, lang)
    else:
        fig = charts.compare_figure(drawn, slide.indicator, slide.years, lang)
        if not drawn.empty:
            label_other_spans(fig, drawn, slide.years, lang)
        _legend_for_every_province(fig, slide, lang)
    size = SLIDE_TEXT_SIZE
    source_text = fmt.wrap(line, 95)
    n_lines = source_text.count("<br>") + 1 if line else 0
    names = [tr.name for tr in fig.data if tr.showlegend is not False and tr.name]
    legend_rows = max(1, -(-sum(len(n) + 5 for n in names) * 10 // 900))  # ~10 px a character
    top = 50 + 32 * legend_rows
    fig.update_layout(
        title={"text": caption, "x": 0, "xanchor": "left", "xref": "container", "yref": "container",
               "y": 1, "yanchor": "top", "pad": {"t": 12, "l": 8}, "font": {"size": size, "color": "#444"}},
        font={"size": size}, showlegend=True,  # even for one province: the colour is named
        # legend above the plot, source line below it: neither can run into the other
        legend={"orientation": "h", "x": 0, "y": 1.01, "yanchor": "bottom", "font": {"size": size}},
        hoverlabel={"font": {"size": size}},
        margin={"l": 70, "r": 20, "t": top, "b": 50 + 26 * n_lines},
        height=380 + top + 26 * n_lines,
    )
    fig.update_xaxes(tickfont={"size": size}, title={"text": ""})
    fig.update_yaxes(tickfont={"size": size}, title={"font": {"size": size}})
    for a in fig.layout.annotations or ():  # the merger mark, drawn by charts.compare_figure
        a.font.size = size
    if line:
        fig.add_annotation(text=source_text, xref="paper", yref="paper", x=0, y=0, yshift=-40,
                           showarrow=False, xanchor="left", yanchor="top", align="left",
                           font={"size": size, "color": "#444"})
    return fig, line


def notes(df: pd.DataFrame, slide: Slide, fig: go.Figure, lang: str = "vi") -> list[str]:
    """What the chart alone would not say: values it leaves out (with their real spans), uncertain
    values, disagreeing sources, values not comparable across the merger."""
    df = rules.touching_years(df, slide.years)
    if df.empty:
        return []
    ind = registry.indicator(slide.indicator)
    out = []
    sure = df[df["status"] != "uncertain"]
    left_out = [f"{fmt.province_label(r.province_code, r.frame, lang)} — {periods.label(r.period, lang)}: "
                f"{fmt.value(r.value, ind.unit(lang), ind.decimals, r.qualifier, lang)}"
                for r in not_drawn(df, slide, fig).itertuples()]
    if left_out:
        out.append(t("slide_other_spans", lang) + " " + "; ".join(left_out))
    n_uncertain = int((df["status"] == "uncertain").sum())
    if n_uncertain:
        out.append(t("slide_uncertain", lang).format(n=n_uncertain))
    n_alt = int(sure["alternatives"].fillna(0).gt(0).sum())
    if n_alt:
        out.append(t("slide_disagree", lang).format(n=n_alt))
    if "comparable" in df and (~df["comparable"].astype(bool)).any():
        col = pick("reason", "reason_en", lang)
        reasons = list(dict.fromkeys(df.loc[~df["comparable"].astype(bool), col].dropna()))
        out.append(f"{t('not_comparable', lang)}: " + "; ".join(reasons[:3]))
    return out


# --- the shareable link and its QR code --------------------------------------------------------


def _host_only(host: str) -> str:
    host = (host or "").strip().lower()
    if host.startswith("["):  # [::1]:8501
        return host[1:].split("]")[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def is_local(host: str | None) -> bool:
    """Does this Host header name the machine itself (useless on an attendee's phone)?"""
    h = _host_only(host or "")
    return h in ("", "localhost", "0.0.0.0", "::1", "::") or h.startswith("127.") or h.endswith(".localhost")


def network_base(host_header: str | None, page_url: str | None, lan_address: str | None, port: int,
                 base_path: str = "") -> str:
    """'http://192.168.1.20:8501' — the app's address as others on the network reach it: the
    Host the browser used when that is not this machine's loopback name, else the LAN IP and port."""
    base_path = "/" + base_path.strip("/") if base_path and base_path.strip("/") else ""
    scheme = urlsplit(page_url).scheme if page_url and urlsplit(page_url).scheme in ("http", "https") else "http"
    if host_header and not is_local(host_header):
        return f"{scheme}://{host_header.strip()}{base_path}"
    return f"http://{lan_address or 'localhost'}:{int(port)}{base_path}"


def link(base: str, deck_text: str, slide_number: int | None = None, lang: str = "vi") -> str:
    """The shareable link of a deck (opening on a given slide), in the viewer's language."""
    params = {"deck": deck_text}
    if slide_number:
        params["slide"] = str(int(slide_number))
    params.update(lang_param(lang))
    return f"{base.rstrip('/')}/{PAGE_PATH}?{urlencode(params, safe='~')}"


QR_LINK_MAX = 400  # characters; a longer link makes a QR code too dense to scan from the back of a hall


def qr_link(base: str, deck: list[Slide], number: int, lang: str = "vi") -> str:
    """The link a slide's QR code carries: the whole deck opened on that slide, or, when that link
    is too long to scan from afar (a long deck), a deck of that slide alone."""
    full = link(base, encode(deck), number, lang)
    return full if len(full) <= QR_LINK_MAX else link(base, encode([deck[number - 1]]), 1, lang)


def lan_ip() -> str | None:
    """This machine's address on its local network, or None. Connecting a UDP socket sends no
    packet; it only makes the OS pick the outgoing interface, whose address we read back."""
    for probe in ("10.255.255.255", "192.168.255.255", "172.31.255.255"):
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        try:
            s.connect((probe, 1))
            ip = s.getsockname()[0]
        except OSError:
            continue
        finally:
            s.close()
        if ip and not ip.startswith("127.") and ip != "0.0.0.0":
            return ip
    return None


def qr_png(text: str, box_size: int = 10) -> bytes:
    """A QR code of `text` as PNG bytes (error correction M: survives a projector's glare)."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=box_size, border=4)
    qr.add_data(text)
    qr.make(fit=True)
    buf = io.BytesIO()
    qr.make_image(fill_color="black", back_color="white").save(buf, format="PNG")
    return buf.getvalue()
