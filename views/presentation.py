"""The Presentation page (pages/present.py): a deck of one-chart slides for a projector, chosen
beforehand in the editor and kept whole in the URL (?deck=…&slide=3, ?edit=1 while editing), each
slide with its sources and a QR code of its link; decks saved by name beside the warehouse.

The deck's state is the URL, written only through views.ui (url_value, set_url); the editor's
widgets live in the session. What a slide draws is views.slides; the deck's codec views.decks."""
from __future__ import annotations

import time
from html import escape

import streamlit as st

from metrics import queries, registry
from views import cache, decks, history, slides, ui
from views.i18n import t

ss = st.session_state


# --- the deck in the URL -------------------------------------------------------------------------


def deck_text() -> str:
    return ui.url_value("deck")


def deck_from_url(lang: str) -> tuple[list[decks.Slide], decks.DeckError | None]:
    """The deck the link carries, or the reasons it cannot be read (never a traceback)."""
    try:
        return (decks.decode(deck_text(), lang) if deck_text() else []), None
    except decks.DeckError as exc:
        return [], exc


def editing(deck: list[decks.Slide]) -> bool:
    """The editor shows while ?edit=1 or while there is nothing to present."""
    return ui.url_value("edit") == "1" or not deck


def _set_deck(new: list[decks.Slide]) -> None:
    """The editor's changes go to the URL at once (so the address bar is always the deck), and the
    editor stays open until "Start presenting"."""
    ui.set_url(edit="1", deck=decks.encode(new) if new else None)


def _go(number: int) -> None:
    ui.set_url(slide=str(number))
    ss["present_shown_at"] = time.monotonic()


@st.cache_data(ttl=300, show_spinner=False)
def _lan_ip() -> str | None:
    return slides.lan_ip()


def _base_url() -> str:
    headers = st.context.headers or {}
    return slides.network_base(headers.get("Host"), st.context.url, _lan_ip(),
                               st.get_option("server.port") or 8501, st.get_option("server.baseUrlPath") or "")


# --- a broken link: say so plainly, offer a fresh start ---------------------------------------


def broken_link(error: decks.DeckError, lang: str) -> None:
    st.title(t("present_title", lang))
    st.error(f"**{t('deck_broken', lang)}**\n\n" + "\n".join(f"- {p}" for p in error.problems))
    st.button(t("deck_start_new", lang), on_click=ui.set_url, kwargs={"deck": None, "slide": None}, type="primary")


# --- edit mode: choose the slides beforehand ---------------------------------------------------


def _editor_slide() -> decks.Slide:
    view = ss.get("ed_view", "reported")
    chosen = ss.get(f"ed_prov_{view}", [])
    y0, y1 = ss.get("ed_years", (2016, 2025))
    return decks.Slide(ss["ed_ind"], tuple(ui.parse_province_option(o) for o in chosen),
                       (int(y0), int(y1)), ss.get("ed_chart") or "line", view)


def _add_or_update(deck: list[decks.Slide], lang: str) -> None:
    new = _editor_slide()
    found = decks.problems(new, lang)
    if found:
        ss["ed_error"] = found
        return
    current = list(deck)
    index = ss.get("ed_index")
    if index is not None and 0 <= index < len(current):
        current[index] = new
    else:
        current.append(new)
    ss["ed_index"] = None
    _set_deck(current)


def _load_into_editor(deck: list[decks.Slide], i: int) -> None:
    s = deck[i]
    ss["ed_view"], ss["ed_ind"], ss["ed_years"], ss["ed_chart"] = s.view, s.indicator, s.years, s.chart
    ss[f"ed_prov_{s.view}"] = [ui.province_option(c, f) for c, f in s.provinces]
    ss["ed_index"] = i


def _edit_deck(deck: list[decks.Slide], op, *args) -> None:
    ss["ed_index"] = None
    _set_deck(op(deck, *args))


def _start_presenting() -> None:
    ui.set_url(edit=None)
    _go(1)


def _save(lang: str) -> None:
    name = ss.get("save_name", "")
    try:
        decks.save_deck(name, deck_text(), lang)
        ss["save_msg"] = ("success", t("present_saved", lang).format(name=ui.plain(name)))
    except decks.DeckError as exc:
        ss["save_msg"] = ("error", ui.plain(" ".join(exc.problems)))


def _delete_saved(slug: str, lang: str) -> None:
    name = next((d["name"] for d in decks.saved_decks() if d["slug"] == slug), slug)
    if decks.delete_deck(slug):
        ss["save_msg"] = ("success", t("present_deleted", lang).format(name=ui.plain(name)))
    ss.pop("saved_pick", None)


def _open_saved(text: str) -> None:
    ui.set_url(deck=text, edit="1")
    ss["ed_index"] = None


def editor(deck: list[decks.Slide], lang: str) -> None:
    """The deck editor: one slide's form, the list of slides (move, edit, remove), the deck's link,
    and saved decks."""
    st.title(t("present_title", lang))
    st.caption(t("present_intro", lang))
    _slide_form(deck, lang)
    _slide_list(deck, lang)
    _saved_decks(deck, lang)


def _slide_form(deck: list[decks.Slide], lang: str) -> None:
    index = ss.get("ed_index")
    if index is not None and index >= len(deck):
        index = ss["ed_index"] = None
    with st.container(border=True):
        st.subheader(t("present_editing", lang).format(n=index + 1) if index is not None else t("present_new_slide", lang))
        view = st.radio(t("view_mode", lang), list(decks.VIEWS), key="ed_view", horizontal=True,
                        format_func=lambda m: t(f"view_{m}", lang), help=t("view_help", lang))
        version = cache.version()
        codes, labels = cache.indicator_choices(version, lang)
        if ss.get("ed_ind") not in codes:
            ss["ed_ind"] = "tasks_managed" if "tasks_managed" in codes else codes[0]
        ui.find_select(t("indicator", lang), codes, "ed_ind", cache.indicator_finder(version, lang),
                       format_func=labels.__getitem__)
        available = queries.provinces_with_data()
        have = [ui.province_option(c, f) for c, f in zip(available.province_code, available.frame)]
        options = ui.province_options(view)
        options = [o for o in have if o in options] + [o for o in options if o not in have]
        key = f"ed_prov_{view}"
        if key not in ss:
            ss[key] = [o for o in ui.default_provinces(view) if o in options]
        ui.find_select(t("provinces", lang), options, key, ui.province_finder(view, lang), multi=True, box="_find_ed_prov",
                       format_func=ui.province_labels(lang).__getitem__, help=t("provinces_help", lang),
                       max_selections=decks.MAX_PROVINCES)
        lo, hi = queries.year_span() or (2016, 2025)
        lo = max(lo, hi - 20)  # a 1992–2017 range should not stretch the slider over decades
        if "ed_years" not in ss or not (lo <= ss["ed_years"][0] <= ss["ed_years"][1] <= hi):
            ss["ed_years"] = (max(lo, hi - 9), hi)
        st.slider(t("present_years_range", lang), lo, hi, key="ed_years")
        ss.setdefault("ed_chart", "line")
        st.segmented_control(t("present_chart_type", lang), list(decks.CHARTS), key="ed_chart",
                             format_func=lambda c: t(f"present_chart_{c}", lang), required=True)
        for problem in ss.pop("ed_error", []):
            st.error(problem)
        with st.container(horizontal=True):
            st.button(t("present_update", lang).format(n=index + 1) if index is not None else t("present_add", lang),
                      on_click=_add_or_update, args=(deck, lang), type="primary", key="ed_submit",
                      icon=":material/save:" if index is not None else ":material/add:")
            if index is not None:
                st.button(t("present_cancel", lang), on_click=lambda: ss.update(ed_index=None), key="ed_cancel")


def _slide_list(deck: list[decks.Slide], lang: str) -> None:
    st.subheader(t("present_slides", lang).format(n=len(deck)))
    if not deck:
        st.info(t("present_no_slides", lang))
    for i, s in enumerate(deck):
        with st.container(border=True, key=f"slide_row_{i}"):
            st.markdown(f"**{i + 1}.** {slides.describe(s, lang)}")
            with st.container(horizontal=True):
                st.button("↑", key=f"up_{i}", help=t("present_move_up", lang), disabled=i == 0,
                          on_click=_edit_deck, args=(deck, decks.move, i, -1))
                st.button("↓", key=f"down_{i}", help=t("present_move_down", lang), disabled=i == len(deck) - 1,
                          on_click=_edit_deck, args=(deck, decks.move, i, 1))
                st.button("✎", key=f"edit_{i}", help=t("present_edit", lang), on_click=_load_into_editor, args=(deck, i))
                st.button("✕", key=f"remove_{i}", help=t("present_remove", lang), on_click=_edit_deck,
                          args=(deck, decks.remove, i))
    if deck:
        st.button(t("present_start", lang), type="primary", on_click=_start_presenting, key="start",
                  icon=":material/slideshow:")
        st.markdown(f"**{t('present_link', lang)}**")
        st.code(slides.link(_base_url(), deck_text(), lang=lang), language=None, wrap_lines=True)
        address = st.get_option("server.address")
        if address in ("127.0.0.1", "localhost", "::1"):
            st.warning(t("present_localhost_only", lang).format(addr=address))


def _saved_decks(deck: list[decks.Slide], lang: str) -> None:
    with st.expander(t("present_save_title", lang)):
        if deck:
            st.text_input(t("present_save_name", lang), key="save_name", max_chars=80,
                          help=t("present_save_help", lang))
            st.button(t("present_save", lang), key="save", on_click=_save, args=(lang,))
        kind, message = ss.pop("save_msg", (None, None))
        if kind:
            getattr(st, kind)(message)
        saved = decks.saved_decks()
        if not saved:
            st.caption(t("present_no_saved", lang))
        else:
            by_slug = {d["slug"]: d for d in saved}
            chosen = st.selectbox(t("present_saved_decks", lang), list(by_slug), key="saved_pick",
                                  format_func=lambda s: f"{by_slug[s]['name']} ({by_slug[s]['saved_at'][:10]})")
            c_load, c_delete = st.columns(2)
            c_load.button(t("present_load", lang), key="load", on_click=_open_saved, args=(by_slug[chosen]["deck"],))
            c_delete.button(t("present_delete", lang), key="delete_deck", on_click=_delete_saved, args=(chosen, lang))


# --- present mode: one slide, full screen ------------------------------------------------------

PROJECTOR_CSS = """<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stDecoration"], footer { display: none !important; }
[data-testid="stMainBlockContainer"] { padding: 1rem 2rem 4.5rem 2rem !important; max-width: 100% !important; }
.st-key-slide h1 { font-size: 44px !important; line-height: 1.15 !important; padding: 0 0 .2rem 0 !important; }
.st-key-slide .slide-sub { font-size: 24px; color: #444; margin: 0 0 .3rem 0; }
.st-key-slide .slide-source { font-size: 20px; line-height: 1.35; color: #333; margin-bottom: .3rem; }
.st-key-slide .slide-note { font-size: 19px; line-height: 1.35; color: #6b3d00; margin-bottom: .3rem; }
.st-key-slide .slide-link { font-size: 13px; word-break: break-all; color: #333; text-align: center; }
.st-key-slide .slide-qr-caption { font-size: 16px; text-align: center; }
.st-key-slide .slide-count { font-size: 22px; text-align: center; }
.st-key-clicker_keys { display: none !important; }
/* the controls stay in reach at the bottom of the screen, however long the slide's notes */
.st-key-nav { position: fixed; left: 0; right: 0; bottom: 0; z-index: 100; padding: .35rem 2rem;
  background: rgba(255, 255, 255, .94); border-top: 1px solid #ddd; }
.slide-fs { font: inherit; font-size: 14px; padding: .4rem .75rem; border-radius: .5rem; cursor: pointer;
  border: 1px solid rgba(49, 51, 63, .2); background: #fff; }
/* a phone is too narrow for the span labels placed for a projector: there, a tap shows them */
@media (max-width: 640px) { .st-key-slide h1 { font-size: 30px !important; }
  .st-key-slide .scatterlayer .textpoint { display: none; }
  [data-testid="stMainBlockContainer"] { padding: .5rem .6rem 1rem .6rem !important; }
  .st-key-nav { position: static; padding: 0; border: 0; } }
</style>"""


def projector(deck: list[decks.Slide], lang: str) -> None:
    """One slide, full screen: title, chart, source line, notes, QR code of its link; moved by
    buttons, arrow keys, a clicker's Page Up / Page Down, or a timer."""
    st.html(PROJECTOR_CSS)
    count = len(deck)
    number = decks.clamp_slide(ui.url_value("slide", None), count)  # written to the URL only by moving
    ss.setdefault("present_shown_at", time.monotonic())
    autoplay = bool(ss.get("present_autoplay", False))
    seconds = int(ss.get("present_seconds", 20))

    if autoplay:
        @st.fragment(run_every=seconds)
        def _timer() -> None:
            """Timed advance: a rerun of this (empty) fragment every `seconds`; when the slide has been
            up that long, the next one (looping) and a full rerun to draw it."""
            if time.monotonic() - ss["present_shown_at"] >= seconds - 0.5:
                _go(number % count + 1)
                st.rerun()

        _timer()

    slide = deck[number - 1]
    ind = registry.indicator(slide.indicator)
    df = queries.facts_view([slide.indicator], list(slide.provinces), mode=slide.view)
    fig, source_line = slides.figure(df, slide, lang)
    link = slides.qr_link(_base_url(), deck, number, lang)

    if source_line:
        # The figure carries its caption and source line for a downloaded PNG; on screen the big title
        # above and the big source line below say the same, so the figure's own copies are hidden (the
        # PNG is drawn from the figure, not from the page, and keeps them) and the gap they leave closed.
        st.html(f"""<style>
.st-key-slide .js-plotly-plot .gtitle,
.st-key-slide .js-plotly-plot .annotation[data-index="{len(fig.layout.annotations) - 1}"] {{ visibility: hidden; }}
.st-key-slide [data-testid="stElementContainer"]:has([data-testid="stPlotlyChart"]) {{ margin-bottom: -{max(0, fig.layout.margin.b - 50)}px; }}
</style>""")

    with st.container(key="slide"):
        st.title(slides.title(slide, lang), anchor=False)
        st.markdown(f'<p class="slide-sub">{escape(slides.subtitle(slide, lang))}</p>', unsafe_allow_html=True)
        chart_col, qr_col = st.columns([4, 1], gap="medium")
        with chart_col:
            if not source_line:
                st.info(t("no_data", lang))
            else:
                clicked = st.plotly_chart(fig, width="stretch", key=f"slide_chart_{number}", on_select="rerun",
                                          selection_mode="points", config={
                    "displaylogo": False, "modeBarButtons": [["toImage"]],
                    "toImageButtonOptions": {"filename": f"{number:02d}-{slide.indicator}", "scale": 2}})
                st.markdown(f'<p class="slide-source">{escape(source_line)}</p>', unsafe_allow_html=True)
            found = slides.notes(df, slide, fig, lang)
            if found:
                st.markdown('<p class="slide-note">' + "<br>".join(f"⚠ {escape(n)}" for n in found) + "</p>",
                            unsafe_allow_html=True)
        with qr_col:
            st.image(slides.qr_png(link), width="stretch")
            st.markdown(f'<p class="slide-qr-caption">{t("present_qr", lang)}</p>'
                        f'<p class="slide-link">{escape(link)}</p>', unsafe_allow_html=True)
        if source_line:  # one click on a bar or point: that value's history, under the slide
            history.show(history.from_chart(clicked), lang)
        _controls(number, count, autoplay, lang)
        st.caption(t("present_keys", lang))
        with ui.about_indicator(ind, lang):
            if source_line:
                st.caption(source_line)


def _controls(number: int, count: int, autoplay: bool, lang: str) -> None:
    with st.container(horizontal=True, vertical_alignment="center", key="nav"):
        st.button(t("present_prev", lang), key="prev", on_click=_go, args=(max(1, number - 1),),
                  disabled=number == 1, shortcut="Left")
        st.markdown(f'<div class="slide-count">{number} / {count}</div>', unsafe_allow_html=True)
        st.button(t("present_next", lang), key="next", type="primary",
                  on_click=_go, args=(min(count, number + 1),), disabled=number == count, shortcut="Right")
        st.toggle(t("present_autoplay", lang), key="present_autoplay",
                  on_change=lambda: ss.update(present_shown_at=time.monotonic()))
        st.number_input(t("present_seconds", lang), min_value=5, max_value=600, step=5, value=20,
                        key="present_seconds", width=150, label_visibility="collapsed", disabled=not autoplay,
                        help=t("present_seconds", lang))
        # the browser's own full screen (no tabs, no address bar) needs a click in the page itself
        st.html(f'<button class="slide-fs">{t("present_fullscreen", lang)}</button><script>'
                'document.querySelectorAll(".slide-fs").forEach(b => b.onclick = () => document.fullscreenElement'
                ' ? document.exitFullscreen() : document.documentElement.requestFullscreen());</script>',
                width="content", unsafe_allow_javascript=True)
        st.button(t("present_exit", lang), key="exit", icon=":material/edit:", on_click=ui.set_url, kwargs={"edit": "1"})
    # presentation clickers send Page Up / Page Down: the same moves, on buttons kept out of sight
    with st.container(key="clicker_keys"):
        st.button("PageUp", key="prev_page", on_click=_go, args=(max(1, number - 1),), shortcut="PageUp")
        st.button("PageDown", key="next_page", on_click=_go, args=(min(count, number + 1),), shortcut="PageDown")
