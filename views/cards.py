"""The overview's cards as one HTML block per province (st.html), not four Streamlit elements per
card: in a conference hall every element is a message to every phone, and the server's time per
session grew with their number (py-spy: ~60 % of an overview run was Streamlit sending ~300
elements). A card says what st.metric said — indicator (its definition on hover), period, value,
change against the previous comparable period, a sparkline of the comparable series — and the
lines under it (flags, what it is compared with, trend periods, sources, note).

Pure: the texts of views.tables.card_texts in, escaped HTML out (values, notes and sources come
from uploaded files)."""
from __future__ import annotations

import re
from html import escape
from urllib.parse import quote

from metrics import names
from views import tables
from views.i18n import t

# the title block's rules: the overview's and every other page's (page_header_html)
_HEADER_RULES = """
.ov-meta{font-size:14px;line-height:1.5;color:rgba(49,51,63,.65);margin:4px 0}
.ov-view{font-size:15px;line-height:1.5;margin:0 0 8px}
.ov-view [title]{text-decoration:underline dotted rgba(49,51,63,.4);text-underline-offset:3px;cursor:help}
.ov-title{font-family:inherit;font-size:2.75rem;font-weight:700;line-height:1.2;padding:1.25rem 0 1rem;margin:0;
  scroll-margin-top:3.75rem;color:inherit}
.ov-anchor{visibility:hidden;display:inline-block;width:16px;height:16px;vertical-align:middle;margin-left:.5rem;
  background:url("data:image/svg+xml,%3Csvg%20xmlns%3D%27http%3A//www.w3.org/2000/svg%27%20width%3D%2716%27%20height%3D%2716%27%20viewBox%3D%270%200%2024%2024%27%20fill%3D%27none%27%20stroke%3D%27rgba%2847%2C45%2C43%2C0.6%29%27%20stroke-width%3D%272%27%20stroke-linecap%3D%27round%27%20stroke-linejoin%3D%27round%27%3E%3Cpath%20d%3D%27M15%207h3a5%205%200%200%201%205%205%205%205%200%200%201-5%205h-3m-6%200H6a5%205%200%200%201-5-5%205%205%200%200%201%205-5h3%27/%3E%3Cline%20x1%3D%278%27%20y1%3D%2712%27%20x2%3D%2716%27%20y2%3D%2712%27/%3E%3C/svg%3E") no-repeat}
.ov-title:hover .ov-anchor{visibility:visible}
@media (max-width:640px){[data-testid=stHorizontalBlock]>[data-testid=stElementContainer]:has(>[data-testid=stMultiSelect]),
  [data-testid=stHorizontalBlock]>[data-testid=stElementContainer]:has(>[data-testid=stSelectbox]){min-width:100%}}
"""
# NOTE: a picker and its search box share a row (views.ui.find_select); on a phone the row kept them side by side
# and the picker shrank to ~140 px, its chosen names cut to "Ni…" (a row's children may shrink to 16 px): on a
# phone's width the picker takes the whole line, the box wraps under it. In the title block's rules: every page
# with a picker draws that block (the overview its own), so the rule costs no element
_CSS = """
<style>
.ov-cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,260px),1fr));gap:12px;margin:4px 0 8px}
.ov-card{border:1px solid rgba(49,51,63,.2);border-radius:8px;padding:12px 14px;min-width:0;overflow-wrap:anywhere}
.ov-label{font-weight:600;font-size:15px;line-height:1.3}
.ov-label[title]{text-decoration:underline dotted rgba(49,51,63,.4);text-underline-offset:3px;cursor:help}
.ov-period{font-size:14px;color:rgba(49,51,63,.75);margin-top:6px}
.ov-value{font-size:30px;line-height:1.25;font-weight:400}
.ov-delta{display:inline-block;font-size:14px;padding:1px 8px;border-radius:12px;margin-top:2px}
.ov-good{color:#177233;background:rgba(33,195,84,.12)}
.ov-bad{color:#b42318;background:rgba(255,43,43,.10)}
.ov-flat{color:#555;background:rgba(49,51,63,.08)}
.ov-spark{display:block;width:100%;height:32px;margin-top:6px}
.ov-lines{font-size:13px;line-height:1.45;color:rgba(49,51,63,.7);margin-top:6px}
.ov-province{margin:0 0 20px}
.ov-province h3{font-size:1.5rem;font-weight:600;line-height:1.3;margin:20px 0 4px;padding:0 0 6px;
  border-bottom:2px solid rgba(49,51,63,.2)}
.ov-profile{display:inline-block;font-size:15px;margin:4px 0 6px}
.ov-about{border:1px solid rgba(49,51,63,.2);border-radius:8px;padding:8px 14px;margin:16px 0}
.ov-about summary{cursor:pointer;font-size:15px}
.ov-about p{font-size:14px;line-height:1.5;margin:8px 0}
.ov-hist{display:inline-block;font-size:13px;margin-top:6px}
""" + _HEADER_RULES + "</style>\n"


def sparkline(values: list[float], colour: str = "#0072B2") -> str:
    """A line of the comparable series (oldest first), scaled to its own range: an SVG drawn as an
    image (st.html's sanitizer drops an inline <svg>: drawn inline, no card showed its line)."""
    if len(values) < 2:
        return ""
    lo, hi = min(values), max(values)
    span = (hi - lo) or 1.0
    step = 100 / (len(values) - 1)
    points = " ".join(f"{i * step:.1f},{28 - (v - lo) / span * 24:.1f}" for i, v in enumerate(values))
    svg = (f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 100 30' preserveAspectRatio='none'>"
           f"<polyline points='{points}' fill='none' stroke='{colour}' stroke-width='2' "
           f"vector-effect='non-scaling-stroke'/></svg>")
    # the single quotes of the SVG's attributes are escaped: the src attribute is quoted with them
    return f"<img class='ov-spark' alt='' src='data:image/svg+xml,{quote(svg, safe='/:=,.')}'>"


def _delta_class(delta: str, colour: str) -> str:
    """Green when the change is good news, red when bad (delta_color 'inverse': less is better)."""
    sign = delta[:1]
    if sign not in "+-" or delta.startswith("±"):
        return "ov-flat"
    up = sign == "+"
    return "ov-good" if up == (colour != "inverse") else "ov-bad"


def card_lines(c: tables.Card, x: dict, lang: str) -> list[str]:
    """The lines under a card's value: flags, what it is compared with, the trend's periods, its
    source, and its note when the value needs one (uncertain, missing, plan only)."""
    lines = list(x["flags"])
    if x["delta_description"]:
        lines.append(x["delta_description"])
    elif c.row is not None:
        lines.append(t("ov_no_prev", lang))
    lines.append(f"{t('ov_trend', lang)}: {x['trend_periods']}" if x["trend_periods"] else t("ov_no_trend", lang))
    if x["source"]:
        lines.append(f"{t('sources', lang)}: {tables.shorten(x['source'], 160)}")
    if x["note"] and (c.uncertain or c.row is None or c.plan_only):
        lines.append(f"{t('col_note', lang)}: {x['note']}")
    return lines


def card_html(texts: dict, lines: list[str], history: tuple[str, str] | None = None) -> str:
    """One card: texts from views.tables.card_texts, then the lines under it (already in words),
    then `history` (text, href): a link to the value's history (a full page load: a widget per
    card, or one picker of every card's value, was paid by every visitor in every run)."""
    x = texts
    delta = ""
    if x["delta"]:
        arrow = {"+": "▲ ", "-": "▼ "}.get(x["delta"][:1], "")
        delta = f"<div class='ov-delta {_delta_class(x['delta'], x['delta_color'])}'>{arrow}{escape(x['delta'])}</div>"
    help_ = f" title='{escape(x['help'], quote=True)}'" if x["help"] else ""
    body = "<br>".join(escape(line) for line in lines)
    link = (f"<a class='ov-hist' href='{escape(history[1], quote=True)}' target='_self'>{escape(history[0])}</a>"
            if history else "")
    return (f"<article class='ov-card' role='listitem' aria-label='{escape(x['label'], quote=True)}'>"
            f"<div class='ov-label'{help_}>{escape(x['label'])}</div>"
            f"<div class='ov-period'>{escape(x['period'] or '—')}</div>"
            f"<div class='ov-value'>{escape(x['value'])}</div>{delta}"
            f"{sparkline(x['trend'])}"
            f"<div class='ov-lines'>{body}</div>{link}</article>")


def deck_html(cards: list[str], label: str) -> str:
    """A province's cards, in reading order (a phone stacks them one per row)."""
    if not cards:
        return ""
    return f"<div class='ov-cards' role='list' aria-label='{escape(label, quote=True)}'>{''.join(cards)}</div>"


def province_html(title: str, lines_before: list[str], link: tuple[str, str] | None, deck: str,
                  lines_after: list[str]) -> str:
    """One province of the overview: its name as a heading, its administrative history, a link
    to its profile (a relative URL carrying the view's parameters), its cards, what it lacks."""
    meta = "".join(f"<div class='ov-meta'>{escape(line)}</div>" for line in lines_before)
    after = "".join(f"<div class='ov-meta'>{escape(line)}</div>" for line in lines_after)
    anchor = (f"<a class='ov-profile' href='{escape(link[1], quote=True)}' target='_self'>{escape(link[0])}</a>"
              if link else "")
    return (f"<section class='ov-province' aria-label='{escape(title, quote=True)}'><h3>{escape(title)}</h3>"
            f"{meta}{anchor}{deck}{after}</section>")


def about_html(summary: str, paragraphs: list[str], definitions: list[tuple[str, str]], sources: str) -> str:
    """The overview's "about this data", folded: the rules, each indicator's definition (name,
    text), the sources of every value shown."""
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    body += "".join(f"<p><strong>{escape(name)}</strong> {escape(text)}</p>" for name, text in definitions)
    if sources:
        body += f"<p class='ov-meta'>{escape(sources)}</p>"
    return f"<details class='ov-about'><summary>{escape(summary)}</summary>{body}</details>"


def view_switch_html(label: str, help_: str, current: str, other: tuple[str, str], cls: str = "ov-view") -> str:
    """A switch as a line of text: the choice shown, and a link (a relative URL keeping the page's
    other parameters: a full page load) to the other one — the 2025-merger view (class ov-view) and
    the language (ov-lang): a radio button was one more widget per session in a conference hall."""
    text, href = other
    title = f" title='{escape(help_, quote=True)}'" if help_ else ""
    classes = "ov-view" if cls == "ov-view" else f"ov-view {cls}"
    return (f"<div class='{classes}' role='group' aria-label='{escape(label, quote=True)}'>"
            f"<span{title}>{escape(label)}</span>: "
            f"<strong aria-current='true'>{escape(current)}</strong> · "
            f"<a class='{cls}-other' href='{escape(href, quote=True)}' target='_self'>{escape(text)}</a></div>")


def provinces_line_html(label: str, names: list[str], pick: tuple[str, str]) -> str:
    """The provinces shown, named, and a link (text, href) that opens the province picker: the
    picker (~100 options) is drawn only for a person who asks for it, not in every visitor's run."""
    text, href = pick
    shown = escape(", ".join(names)) if names else "—"
    return (f"<div class='ov-view ov-provinces'>{escape(label)}: {shown} · "
            f"<a class='ov-pick' href='{escape(href, quote=True)}' target='_self'>{escape(text)}</a></div>")


def page_html(intro: str, provinces: list[str], about: str, switch: str = "") -> str:
    """The overview below its province picker in one element (st.html): the merger view's switch,
    the introduction, every province, "about this data". In a conference hall each Streamlit
    element is a message to every phone, and its cost is paid in every session."""
    return _CSS + switch + f"<p class='ov-meta'>{escape(intro)}</p>" + "".join(provinces) + about


def page_header_html(title: str, intro: str, switches: list[str]) -> str:
    """A page's title, its switches (view_switch_html: the language, the merger view) and its
    introduction in one element (st.html), drawn as st.title and st.caption draw them: in every
    run of every visitor, a title, a caption and two radio buttons were four elements, two of them
    widgets (ui.page_header)."""
    return ("<style>" + _HEADER_RULES + "</style>" + title_html(title) + "".join(switches)
            + f"<p class='ov-meta'>{escape(intro)}</p>")


def title_html(title: str) -> str:
    """The page's title inside its block, drawn as st.title draws it (.ov-title: Streamlit's h1,
    the same anchor id, its link on hover — a CSS image: st.html's sanitizer drops an inline <svg>): one
    element fewer in every visitor's run."""
    anchor = heading_anchor(title)
    return (f"<h1 class='ov-title' id='{anchor}'><span>{escape(title)}</span><a class='ov-anchor' "
            f"href='#{anchor}' aria-label='Link to heading'></a></h1>")


def heading_anchor(title: str) -> str:
    """The id Streamlit gives a heading: its words without accents, lower case, joined by '-'."""
    return re.sub(r"[^a-z0-9]+", "-", names.bare(title)).strip("-")
