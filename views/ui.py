"""Shared page pieces (Streamlit): language, pickers bound to the URL, the sources line.

Pages stay thin: they call these and metrics.queries, then draw."""
from __future__ import annotations

import contextlib
import copy
import functools
import re
import threading
from urllib.parse import urlencode

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from metrics import registry
from views import cards, fmt
from views.i18n import LANGUAGES, lang_param, t
from metrics.names import bare, fold


def lang() -> str:
    """The interface language chosen in the sidebar (default Vietnamese), kept in the URL (?lang=en)."""
    chosen = st.session_state.get("_url_widget_lang")
    return chosen if chosen in ("vi", "en") else "vi"


def language_switch(draw: bool = True) -> str:
    """The language, kept in the URL (?lang=en); draw: its radio in the sidebar. draw=False: the
    language only, no widget — the page offers the switch as a link (the overview: views.cards)."""
    if not draw:
        return url_choice("lang", list(LANGUAGES), default=LANGUAGES[0])
    with st.sidebar:
        url_select(t("language"), list(LANGUAGES), default=LANGUAGES[0], key="lang", widget=st.radio, horizontal=True,
                   format_func=lambda code: t(f"lang_{code}"))
    return lang()


# NOTE: a page's title, its introduction, the language's radio (sidebar) and the merger view's radio
# were four elements, two of them widgets, in every run of every visitor (~0.3–0.4 ms of a warm
# AppTest run's ~4.5 ms script CPU on the compare page, 1 M). The overview already drew its switches
# as links (views.cards.view_switch_html); the analysis pages draw the same lines in their title
# block: one element (page_header). A link is a page load that keeps every choice the address holds
# (each picker keeps itself in it), as a shared link does. Its address must be the one the run
# leaves — a picker changed in this run writes itself there after the title is drawn — so the block
# drawn first (a slow first run shows its title first) is drawn again when the run ends if its links
# changed (finish_header, from app.py): in the runs a person's choice started, not a visitor's first.
_header = threading.local()


def page_header(title: str, intro: str, view: bool = True) -> None:
    """The page's title block at the top of the page — title, the language's switch, the merger
    view's switch (view=False: none: the page does not depend on it), introduction —, its links
    brought up to date when the run ends (finish_header). The page stops with ui.stop(), not
    st.stop(), once it is called."""
    slot = st.empty()
    mode = url_choice("view", ["reported", "today"], default="reported") if view else None  # merger_mode(draw=False)
    body = _header_html(title, intro, mode)
    slot.html(body)
    _header.parts = (slot, title, intro, mode, body)


def finish_header() -> bool:
    """Draw the title block page_header drew again if its links changed during the run (once;
    nothing when no page asked): they carry the address as the run leaves it. Whether there was one."""
    parts, _header.parts = getattr(_header, "parts", None), None
    if parts is None:
        return False
    slot, title, intro, mode, drawn = parts
    body = _header_html(title, intro, mode)
    if body != drawn:
        slot.html(body)
    return True


def _header_html(title: str, intro: str, mode: str | None) -> str:
    """The title block's HTML; mode: the merger view shown (None: no switch for it)."""
    lg = lang()
    other_lang = next(code for code in LANGUAGES if code != lg)
    switches = [cards.view_switch_html(t("language", lg), "", t(f"lang_{lg}", lg),
                                       (t(f"lang_{other_lang}", lg), _switched_href("lang", lang_param(other_lang).get("lang"))),
                                       cls="ov-lang")]
    if mode is not None:
        other = "reported" if mode == "today" else "today"
        switches.append(cards.view_switch_html(t("view_mode", lg), t("view_help", lg), t(f"view_{mode}", lg),
                                               (t(f"view_{other}", lg), _switched_href("view", "today" if other == "today" else None))))
    return cards.page_header_html(title, intro, switches)


def stop() -> None:
    """st.stop() for a page that called page_header: its title block drawn first."""
    finish_header()
    st.stop()


def _switched_href(key: str, value: str | None) -> str:
    """A relative link to this page at the address the run leaves, `key` set to `value` (None: left
    out, its default). "?…" keeps the page's path, behind a proxy's prefix too."""
    params = [] if _url_empty() else [(k, v) for k in st.query_params if k != key for v in st.query_params.get_all(k)]
    if value is not None:
        params.append((key, value))
    return "?" + urlencode(params)


_PAGES: dict = {}
_PAGES_LOCK = threading.Lock()


def shared_pages(key: tuple, build) -> list:
    """The app's st.Page list for `key` (language, kind of process, role), built once per process
    by `build` and shared by every run: st.Page resolves and stats its script in every run (~5 % of
    the server's CPU in an overview burst, py-spy). st.navigation marks the page it returns as
    callable, and that page's run unmarks it: a run calls its own copy of it (own_page), never the
    shared page itself."""
    ctx = get_script_run_ctx()
    key = (str(ctx.pages_manager.main_script_parent) if ctx else "", *key)
    pages = _PAGES.get(key)
    if pages is None:
        with _PAGES_LOCK:
            pages = _PAGES.get(key)
            if pages is None:
                pages = _PAGES[key] = tuple(build())
    return list(pages)


def own_page(page):
    """This run's own copy of the page st.navigation returned from the shared list, to call. The
    shared page is marked callable by every run that chose it and never called, so no other
    session's run can unmark it between this run's st.navigation and its call; the copy carries the
    mark. (The list was copied page by page in every run before: ~8 µs a page, 11 pages.)"""
    return copy.copy(page)


def about_indicator(ind: registry.Indicator, lang: str, title: str | None = None, notes=(), caption: str = "",
                    key: str | None = None):
    """The "about this indicator" expander: definition, unit, flow or stock, whether merged
    provinces may be summed, then any notes and a caption (its sources). Returned, so a page can
    add what is its own. With a `key` its content is drawn only while it is open (drawn_when_open):
    None is returned while it is closed."""
    box = st.expander(title or t("about_indicator", lang)) if key is None else drawn_when_open(
        title or t("about_indicator", lang), key)
    if box is None:
        return None
    lines = [f"{t('unit', lang)}: {ind.unit(lang)}", t("temporal_" + ind.temporal, lang),
             f"{t('aggregation', lang)}: {t('additive_yes' if ind.additive else 'additive_no', lang)}", *notes]
    with box:
        st.markdown(f"**{ind.name(lang)}** — {ind.definition(lang)}")
        st.markdown("\n".join(f"- {line}" for line in lines))
        if caption:
            st.caption(caption)
    return box


def markdown_with_note(text: str, note: str = "") -> None:
    """`text` (markdown) with a caption-like line under it — small, grey — in one element: a run
    draws every element anew (Streamlit's own work per element: its message built, serialized and
    hashed, ~0.1 ms of the script thread each), so a heading and the line that belongs to it cost
    one instead of two."""
    st.markdown(f"{text}\n\n:small[:gray[{note}]]" if note else text)


# NOTE: an expander's content is drawn and sent in every run, open or closed (Streamlit 1.67), and
# each element costs the run its own work: the profile's eight "about" blocks and the compare page's
# tables of the numbers drawn were ~10-25 % of a warm run's script time (py-spy, AppTest, 1 M).
# Streamlit 1.67's expander with on_change="rerun" keeps its state and tells the run whether it is
# open (.open): the content is drawn only then — opening it reruns the page (its results are
# shared: a dictionary lookup) and shows the same content.
def drawn_when_open(label: str, key: str, expanded: bool = False, kept: bool = False):
    """An expander whose content the page draws only while it is open: the container to draw
    into, or None while it is closed (the closed expander shows its label as before). `expanded`:
    how it first shows; kept: from then on as the person left it, whatever its label says (a label
    naming the filters in use changes with them, and Streamlit takes an expander whose label or
    `expanded` changed for a new one, opened as `expanded` says)."""
    if kept:
        expanded = bool(st.session_state.get(key, expanded))
    box = st.expander(label, expanded=expanded, key=key, on_change="rerun")
    return box if box.open else None


def popover_when_open(label: str, key: str):
    """A button opening a popover whose content the page draws only while it is open (as
    drawn_when_open's expander): the container to draw into, or None while it is closed."""
    box = st.popover(label, key=key, on_change="rerun")
    return box if box.open else None


# NOTE: Streamlit 1.67's pickers filter their options on the shown label alone, in the browser
# (filter_mode "fuzzy", "contains" or "prefix": the typed text lowercased, found in the label
# lowercased; no search key of its own, no accent folding, no filter of our own: the frontend's
# useSyncComboBoxEnterTargetFocus bundle). A label that finds "ninh thuan" must hold those letters,
# and the chosen chip shows the whole label: "Ninh Thuận · ninh thuan" looked like a bug on a
# projector; NFD labels (accents as separate marks) found "ninh thuan" but no longer anything typed
# with a Vietnamese keyboard past its first accent, nor "dak lak" (đ holds no d). So the labels are
# the names as written (typing them with their accents finds them in the picker itself), and a
# small search box beside the picker narrows its options however the name is typed (Finder).
class Finder:
    """Options and each one's folded label (metrics.names bare and fold), built once per data
    version and language: the options a typed text names, with or without accents, 'd' for 'đ',
    in either case, partially ("thuan", "khánh", "dak lak", "KHCN")."""
    __slots__ = ("_keys", "__weakref__")

    def __init__(self, labels: dict):
        self._keys = tuple((option, bare(label), fold(label)) for option, label in labels.items())

    def __len__(self) -> int:
        return len(self._keys)

    def among(self, text: str, options: list) -> list:
        """find(text) among `options`, a picker's, which are all of this finder's or some of them
        (the data page's provinces with data): only those looked at, and only while a text is typed."""
        hits = self.find(text)
        if len(options) == len(self._keys) or not hits:
            return list(hits)
        allowed = frozenset(options)
        return [o for o in hits if o in allowed]

    @functools.lru_cache(maxsize=512)  # the same text in every run while it stays in the box
    def find(self, text: str) -> tuple:
        plain, folded = bare(text.strip()), fold(text)
        if not plain:
            return ()
        return tuple(o for o, b, f in self._keys if plain in b or (folded and folded in f))


@functools.lru_cache(maxsize=64)
def finder_of(labels: tuple) -> Finder:
    """A Finder for a picker whose options and labels are its own page's, ((option, label), …) as
    shown (the editors' province codes: "56 · Khánh Hòa"), built once per list and language."""
    return Finder(dict(labels))


def indicator_picker(codes: list[str], key: str = "ind", default: str | None = None, label_key: str = "indicator",
                     labels: dict[str, str] | None = None,
                     finder: Finder | None = None) -> str:
    """One indicator, kept in the URL; `labels` (code -> name, views.cache.indicator_choices) spares
    building every option's label in every run, `finder` (views.cache.indicator_finder) its search box."""
    lg = lang()
    return url_select(t(label_key, lg), codes, default=default if default in codes else codes[0], key=key,
                      format_func=labels.__getitem__ if labels else lambda c: registry.indicator(c).name(lg),
                      finder=finder)


def province_option(code: str, frame: str) -> str:
    return f"{code}-{frame}"


def parse_province_option(option: str) -> tuple[str, str]:
    code, frame = option.split("-")
    return code, frame


@functools.lru_cache(maxsize=512)
def province_label(option: str, lg: str) -> str:
    # cached: a province picker formats its ~100 options in every run of every session
    return fmt.province_label(*parse_province_option(option), lg)


class _Labels(dict):
    """Province option -> label; an option the registry's lists lack is labelled when asked."""
    def __init__(self, lg: str, labels: dict):
        super().__init__(labels)
        self.lg = lg

    def __missing__(self, option: str) -> str:
        return province_label(option, self.lg)


@functools.lru_cache(maxsize=4)
def province_labels(lg: str) -> dict[str, str]:
    """Every province option's label (province_label), once per process and language: a picker's
    format_func looks its ~100 labels up in a dictionary (shared read-only) instead of calling a
    lambda and a cached function for each, in every run."""
    return _Labels(lg, {o: province_label(o, lg) for mode in ("reported", "today") for o in _province_options(mode)})


@functools.lru_cache(maxsize=8)
def province_finder(mode: str, lg: str) -> Finder:
    """The province pickers' search box: every option of the merger view, once per process."""
    return Finder({o: province_label(o, lg) for o in _province_options(mode)})


def province_picker(options: list[str], default: list[str], key: str = "prov", mode: str = "reported") -> list[tuple[str, str]]:
    lg = lang()
    chosen = url_select(t("provinces", lg), options, default=default, key=key, multi=True,
                        format_func=province_labels(lg).__getitem__, help=t("provinces_help", lg),
                        finder=province_finder(mode, lg))
    return [parse_province_option(o) for o in chosen]


def merger_mode(draw: bool = True) -> str:
    """The 2025-merger switch, shared by every page and kept in the URL (?view=today). draw=False:
    the view only, no widget — the page offers the switch as links (the overview: views.cards)."""
    if not draw:
        return url_choice("view", ["reported", "today"], default="reported")
    lg = lang()
    return url_select(t("view_mode", lg), ["reported", "today"], default="reported", key="view", widget=st.radio,
                      horizontal=True, format_func=lambda m: t(f"view_{m}", lg), help=t("view_help", lg))


def province_options(mode: str) -> list[str]:
    """Picker options: frame-63 and frame-34 provinces as reported, or today's 34 (a new list each
    call, of options worked out once per process)."""
    return list(_province_options(mode))


@functools.lru_cache(maxsize=4)
def _province_options(mode: str) -> tuple[str, ...]:
    # once per process: the registry's ~100 provinces sorted per frame and formatted were ~7 % of the
    # overview's own script time in a 60-session burst (thread CPU), in every run of every visitor
    frames = ("34",) if mode == "today" else ("63", "34")
    return tuple(province_option(p.code, p.frame) for fr in frames for p in registry.in_frame(fr))


def default_provinces(mode: str) -> list[str]:
    """The options the province pickers start with in this merger view (metrics/display.toml)."""
    return list(_default_provinces(mode))


@functools.lru_cache(maxsize=4)
def _default_provinces(mode: str) -> tuple[str, ...]:
    return tuple(province_option(code, frame) for code, frame in registry.display().default_provinces[mode])


# --- overview, province profile, data and sources: select widgets kept in the URL by code -------
# --- state in the URL: a link reproduces the view --------------------------------------------------

# NOTE: every st.query_params access costs 12–27 µs of the run's thread (a proxy, the session's
# lock, Streamlit's usage-metrics wrapper), and an untouched visit — a QR code's bare address, a
# conference hall at once — asked for five absent parameters in every run (language, merger view,
# provinces, the picker's and the history's links). Streamlit keeps the address's query string on
# the run's context: set at the run's start, from which the query params are filled, and set again
# by every write to them (QueryParams._send_query_param_msg, which also tells the browser). An
# empty one: no parameter to read, no access needed (tests/test_url_state.py holds Streamlit to it).
def _url_empty() -> bool:
    """Whether the page's address has no query parameter now, known without asking Streamlit."""
    ctx = get_script_run_ctx()
    return ctx is not None and not ctx.query_string


def _url_all(key: str) -> tuple:
    """st.query_params.get_all(key), as a tuple."""
    return () if _url_empty() else tuple(st.query_params.get_all(key))


def url_value(key: str, default: str = "") -> str:
    """One query parameter of the page's URL (`default` when absent or empty)."""
    return default if _url_empty() else st.query_params.get(key, "") or default


def set_url(**values) -> None:
    """Write query parameters (a list repeats the parameter); None removes one. The one place pages
    and views change the URL besides the widgets below, which keep themselves in it."""
    for key, value in values.items():
        if value is None:
            if key in st.query_params:
                del st.query_params[key]
        else:
            st.query_params[key] = value


# NOTE: bind="query-params" writes format_func's label into the URL, not the option: choosing
# Sơn La gives ?prov=S%C6%A1n+La+%C2%B7+son+la, a link carrying ?prov=14-63 is dropped by the
# browser, and a link shared in Vietnamese does not open in English. These keep the code.


def url_select(label: str, options: list, default=None, key: str = "", multi: bool = False,
               format_func=str, widget=None, finder: Finder | None = None, own_row: bool = True, **kwargs):
    """A selectbox (multi=False) or multiselect kept in the URL by option code (?prov=58-63,
    repeated for several). The URL wins when it changed since this widget last wrote it (a shared
    link, a page link); otherwise the user's choice is written back. Default values leave the
    URL clean; an emptied multiselect is written as ?key= . With a `finder`, a search box beside
    the picker narrows its options however their names are typed (search_box); own_row=False: the
    two drawn into the row the caller opened (find_select)."""
    wkey, synced = f"_url_widget_{key}", f"_url_synced_{key}"
    raw = _url_all(key)
    if multi:
        default = [o for o in (default or []) if o in options]
    elif default not in options:
        default = None if kwargs.get("index", 0) is None else (options[0] if options else None)
    # NOTE: a picker that may be empty (index=None) keeps index=None on the widget: Streamlit reads a
    # cleared selectbox as its default option, so without it clearing chose the first option again
    unset = kwargs.pop("index", 0) is None and not multi
    was = st.session_state.get(synced)
    if was != raw or wkey not in st.session_state:
        valid = [v for v in dict.fromkeys(raw) if v in options]
        if multi:
            st.session_state[wkey] = valid if valid or raw == ("",) else list(default)
        else:
            st.session_state[wkey] = valid[0] if valid else default
    current = st.session_state[wkey]
    if multi:
        # e.g. the merger view switched from 63 to 34 provinces: keep what still exists, else the default
        current = [o for o in current if o in options] if isinstance(current, list) else []
        current = current or ([] if raw == ("",) else list(default))
    elif current is not None and current not in options:
        current = default
    # NOTE: assigned every run, not only when it changed: the same key on another page is another
    # widget to Streamlit, which would otherwise drop the value a shared key carries across pages.
    st.session_state[wkey] = current
    widget = widget or (st.multiselect if multi else st.selectbox)
    if unset:
        kwargs["index"] = None
    if finder is None:
        value = widget(label, options, key=wkey, format_func=format_func, **kwargs)
    else:
        value = find_select(label, options, wkey, finder, multi=multi, box=f"_find_{key}", widget=widget,
                            own_row=own_row, format_func=format_func, **kwargs)
    want = [] if value == default else ([""] if multi and not value else (list(value) if multi else [value]))
    # written even when unchanged (a page link's parameters do not reach the address bar); the mark
    # is what was written, not read back: two accesses of Streamlit's proxies fewer per picker
    _write_back(key, raw, want or None, was)
    return value


# NOTE: Streamlit 1.67's st.tabs with on_change="rerun" keeps its state and tells the run which
# tab is open (.open): only that tab's content is drawn (a closed tab is sent empty; choosing it
# reruns the page, whose results are shared). Its bind="query-params" would write the tab's label,
# not a code: a link shared in Vietnamese would not open the same tab in English.
def url_tabs(labels: dict, key: str, default=None):
    """Tabs kept in the URL by code (?tab=details; the default leaves the URL clean): the chosen
    code and its container, the only one to draw into. `labels`: code -> label, in order. A
    shared link opens its tab; the language switch keeps the tab the person is on."""
    codes = list(labels)
    default = default if default in labels else codes[0]
    wkey, synced, kept = f"_url_widget_{key}", f"_url_synced_{key}", f"_url_code_{key}"
    raw = _url_all(key)
    was = st.session_state.get(synced)
    if was != raw or kept not in st.session_state:
        code = next((v for v in raw if v in labels), default)
    else:  # a click on a tab, else (the labels changed with the language) the tab kept
        code = {v: k for k, v in labels.items()}.get(st.session_state.get(wkey), st.session_state[kept])
    st.session_state[wkey] = labels[code]  # assigned every run, as url_select's (a key shared across pages)
    boxes = st.tabs(list(labels.values()), key=wkey, on_change="rerun")
    code = next((c for c, box in zip(codes, boxes) if box.open), code)
    st.session_state[kept] = code
    _write_back(key, raw, None if code == default else [code], was)  # the mark: what was written
    return code, boxes[codes.index(code)]


def find_select(label: str, options: list, key: str, finder: Finder, multi: bool = False, box: str = "",
                widget=None, own_row: bool = True, **kwargs):
    """A picker of many names — a selectbox or multiselect on st.session_state[key] — with the
    search box beside it (search_box): the names shown as written, found however they are typed.
    Every such picker goes through here, those kept in the URL (url_select) and the editors'
    (upload hints, text facts, the presentation editor); `box` is the search box's key. own_row=False:
    the picker and its box are drawn into the horizontal row the caller opened, which holds another
    picker's pair too (the data page: one block where two rows in a pair of columns were five)."""
    widget = widget or (st.multiselect if multi else st.selectbox)
    box = box or f"_find_{key}"
    # NOTE: one horizontal row, the picker stretching beside a small search box, the two wrapping on
    # a phone's width as columns stacked: st.columns([3, 1]) drew three blocks (a row, two columns)
    # in every run of every page with a picker. The box's text is read from the session before the
    # box is drawn (its on_change has already run): the picker, drawn first, sits on the left.
    shown = search_box_options(st.session_state.get(box), options, st.session_state.get(key), finder, multi)
    with st.container(horizontal=True, vertical_alignment="bottom") if own_row else contextlib.nullcontext():
        value = widget(label, shown if shown is not None else options, key=key, **kwargs)
        search_box(box, key, options, finder, multi, kwargs.get("max_selections"))
    if shown is None:
        st.caption(t("find_none", lang()))
    return value


SEARCH_BOX_WIDTH = 200  # px: its placeholder ("Tìm: có dấu hay không") whole; the picker takes the rest


def search_box(box: str, key: str, options: list, finder: Finder, multi: bool, most: int | None = None) -> str:
    """The small text box `box` beside the picker `key` (its text: search_box_options). A text naming
    one option alone chooses it (Enter): "ninh thuan" adds Ninh Thuận's chip."""
    lg = lang()
    return st.text_input(t("find_label", lg), key=box, placeholder=t("find_placeholder", lg),
                         label_visibility="collapsed", on_change=_found, width=SEARCH_BOX_WIDTH,
                         args=(box, key, _named(options), finder, multi, most), help=t("find_help", lg))


def search_box_options(text, options: list, current, finder: Finder, multi: bool) -> list | None:
    """The options the picker offers for the search box's `text`: all of them while it is empty,
    else the chosen ones and those whose name holds the typed text (Finder); None when no name
    holds it (the picker then offers all, and "no name matches" is said under it)."""
    if not text or not text.strip():
        return options
    if multi:
        chosen = list(current or [])
    else:  # an option with no name (None: "from the file", "not said") stays offered while chosen
        chosen = [current] if current is not None or options[:1] == [None] else []
    hits = [o for o in finder.among(text, _named(options)) if o not in chosen]
    return [*chosen, *hits] if hits else None


def _named(options: list) -> list:
    # the editors' pickers begin with None (a choice, no name): the finder knows the names only
    return options[1:] if options and options[0] is None else options


def _found(box: str, key: str, options: list, finder: Finder, multi: bool, most: int | None) -> None:
    """The search box's text changed (Enter, or left): one option named alone is chosen, the box
    emptied; a multiselect already holding its most keeps the text (its narrowed list shows why)."""
    state = st.session_state
    hits = finder.among(state.get(box) or "", options)
    if len(hits) != 1:
        return
    if multi:
        chosen = list(state.get(key) or [])
        if hits[0] not in chosen and most is not None and len(chosen) >= most:
            return
        state[key] = chosen if hits[0] in chosen else [*chosen, hits[0]]
    else:
        state[key] = hits[0]
    state[box] = ""


def url_unavailable(key: str, options: list) -> tuple:
    """Called before url_select(key, options, …): what the address asks `key` for that `options`
    lack — a link to an indicator with no public data, a choice the data no longer has — which the
    picker drops (and the address with it: it names what is shown)."""
    return tuple(v for v in dict.fromkeys(_url_all(key)) if v and v not in options)


def unavailable_noted(key: str, unavailable: tuple, chosen: list) -> tuple:
    """`unavailable` (url_unavailable before the picker), kept for the session while the picker
    still shows what was drawn in its place, so the page goes on saying so after the rerun that
    cleaned the address; forgotten once the person chooses again."""
    flag = f"_url_unavailable_{key}"
    if unavailable:
        st.session_state[flag] = (unavailable, list(chosen))
        return unavailable
    was = st.session_state.get(flag)
    if was and was[1] == list(chosen):
        return was[0]
    if was:
        del st.session_state[flag]
    return ()


def asked(key: str) -> bool:
    """Whether the person asked for a part a page draws only on request — a link carrying ?key=…
    (the overview's province picker, a card's history) — kept for the rest of the session."""
    flag = f"_asked_{key}"
    if url_value(key):
        st.session_state[flag] = True
    return bool(st.session_state.get(flag))


def url_choices(key: str, options: list, default: list) -> list:
    """What url_select(key, …, multi=True) would return, without drawing a widget: the URL's
    options when it changed since it was last synced (a link; ?key= chooses none), else the
    session's, else `default`; kept in the session under the widget's key, so the widget drawn
    later (on request, or on another page) starts from it, and written back to the URL."""
    wkey, synced = f"_url_widget_{key}", f"_url_synced_{key}"
    state = st.session_state
    raw = _url_all(key)
    default = [o for o in default if o in options]
    was = state.get(synced)
    current = state.get(wkey, _UNSET) if was == raw else _UNSET
    if current is _UNSET:
        valid = [v for v in dict.fromkeys(raw) if v in options]
        current = valid if valid or raw == ("",) else list(default)
    current = [o for o in current if o in options] if isinstance(current, list) else []
    current = current or ([] if raw == ("",) else list(default))
    state[wkey] = current
    _write_back(key, raw, None if current == default else (list(current) or [""]), was)
    return current


_UNSET = object()


def _write_back(key: str, raw: tuple, want: list | None, was) -> None:
    """set_url(key=want) and mark the URL as synced for `key`, knowing the URL held `raw` and the
    mark was `was`: an untouched visit (no parameter, nothing to write) reads and writes the URL no
    further, and a mark already right is not written again.

    NOTE: every st.query_params or st.session_state access costs 12–27 µs (Streamlit's proxies,
    measured in a script run); the overview's URL-kept choices were ~10 % of a visitor's first
    run in a 200-session burst (py-spy), most of it reading back what was just written: the
    choices read each key once and write what changed (4 accesses each, they were 6–7)."""
    if want is None:
        if raw:
            del st.query_params[key]
    else:
        st.query_params[key] = want
    mark = tuple(str(v) for v in want or ())  # as st.query_params holds them (strings)
    if was != mark:
        st.session_state[f"_url_synced_{key}"] = mark


def url_choice(key: str, options: list, default):
    """What url_select(key, …) would return, without drawing a widget: the URL's value when it
    changed since it was last synced (a link), else the session's; kept in the session under the
    widget's key, so the same key's widget on another page starts from it, and written back to the URL."""
    wkey, synced = f"_url_widget_{key}", f"_url_synced_{key}"
    state = st.session_state
    raw = _url_all(key)
    was = state.get(synced)
    current = state.get(wkey, _UNSET) if was == raw else _UNSET
    if current is _UNSET:
        valid = [v for v in raw if v in options]
        current = valid[0] if valid else default
    current = current if current in options else default
    state[wkey] = current
    _write_back(key, raw, None if current == default else [current], was)
    return current


# --- compare, coverage: a year range kept in the URL (?years=2016&years=2025) ---------------------

def _year_range_of(raw: tuple, lo: int, hi: int, default: tuple[int, int]) -> tuple[int, int]:
    """The years a link's ?years=2018&years=2022 names, clamped to the data; `default` otherwise."""
    try:
        a, b = sorted(int(v) for v in raw)
    except ValueError:
        return default
    return max(lo, min(a, hi)), max(lo, min(b, hi))


def url_year_range(label: str, lo: int, hi: int, default: tuple[int, int], key: str = "years", **kwargs):
    """A year-range slider whose value lives in the URL; a link's range is clamped to the data."""
    wkey, synced = f"_url_widget_{key}", f"_url_synced_{key}"
    raw = _url_all(key)
    was = st.session_state.get(synced)
    if was != raw or wkey not in st.session_state:
        st.session_state[wkey] = _year_range_of(raw, lo, hi, default)
    a, b = st.session_state[wkey]
    st.session_state[wkey] = (max(lo, min(a, hi)), max(lo, min(b, hi)))
    value = st.slider(label, min_value=lo, max_value=hi, key=wkey, **kwargs)
    # the mark is what was written, not read back (url_select's _write_back)
    _write_back(key, raw, [str(v) for v in value] if tuple(value) != tuple(default) else None, was)
    return tuple(value)


def url_year_choice(lo: int, hi: int, default: tuple[int, int], key: str = "years") -> tuple[int, int]:
    """What url_year_range(…, key) would return, without drawing the slider (url_choices' kin): the
    URL's range when it changed since it was last synced (a link), else the session's, clamped to
    the data; kept under the slider's key, so the slider drawn later starts from it, and written
    back to the URL."""
    wkey, synced = f"_url_widget_{key}", f"_url_synced_{key}"
    state = st.session_state
    raw = _url_all(key)
    was = state.get(synced)
    value = state.get(wkey, _UNSET) if was == raw else _UNSET
    value = _year_range_of(raw, lo, hi, default) if value is _UNSET else tuple(value)
    value = (max(lo, min(value[0], hi)), max(lo, min(value[1], hi)))
    state[wkey] = value
    _write_back(key, raw, None if value == tuple(default) else [str(v) for v in value], was)
    return value


def link_params(**params) -> dict:
    """Query parameters for a link to another page that keeps this view's language and merger mode."""
    params.update(lang_param(lang()))
    if st.session_state.get("_url_widget_view") == "today":
        params["view"] = "today"
    return params


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~:$=&])")


def plain(text: object) -> str:
    """Text a person typed or named (a file name, a deck name, an uploader), made safe to put
    inside st.markdown / st.success: every Markdown, directive (:red[…], :material/…:) and HTML
    character is escaped, so `![x](http://host/pixel.png)` shows as written and fetches nothing."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text)).replace("\n", " ")


# --- long tables a page at a time --------------------------------------------------------------

# NOTE: st.dataframe sends, and Streamlit hashes, every row it is given: at 10 M observations a
# province's disagreements were 36,401 rows (10 MB a run) and the data page 2,000 rows and 5,071
# sources. A run sends one page; the totals are stated above it so nothing looks missing, and the
# downloads still hold every row.
PAGE_SIZES = (25, 100, 500)  # rows per page a person may choose; the middle one first


def table_page(n: int, key: str, lang: str, unit: str = "rows", count: str = "", beside=None) -> tuple[int, int]:
    """The rows (start, stop) of an n-row table this run draws: when the table is longer than a
    page, a rows-per-page choice, a page control (st.pagination) and "Dòng 101–200 trong 36.401
    dòng" above it. `key` names the table (its province, filter…): another table starts on page 1.
    `unit` "facts": the items paged are facts, each drawn on one row or more ("Số liệu 1–100
    trong 18.192 số liệu"). `count` (Markdown): how many rows there are, said in the same row
    whether paged or not, the range after it ("**36.401 số liệu (trên tổng số 724.646)** · dòng
    101–200"); `beside`: draws what sits at the row's end (the data page's downloads)."""
    default = PAGE_SIZES[len(PAGE_SIZES) // 2]
    if n <= default and not (count or beside):
        return 0, n
    # NOTE: one row for the count, the page control and what sits beside them: each element costs a
    # run Streamlit's own work (the data page drew its count line and its download row apart)
    with st.container(horizontal=True, vertical_alignment="center", gap="medium"):
        start, stop = 0, n
        if n > default:
            size = st.selectbox(t(f"{unit}_per_page", lang), PAGE_SIZES, index=PAGE_SIZES.index(default),
                                key=f"{key}-size", width=170, format_func=lambda k: fmt.number(k, lang=lang))
            pages = -(-n // size)
            page = st.pagination(pages, key=f"{key}-page-{size}") if pages > 1 else 1
            start, stop = (page - 1) * size, min(page * size, n)
        a, b = fmt.number(start + 1, lang=lang), fmt.number(stop, lang=lang)
        if count:
            st.markdown(f"{count} · {t(f'{unit}_range', lang).format(a=a, b=b)}" if n > default else count)
        elif n > default:
            st.caption(t(f"{unit}_shown", lang).format(a=a, b=b, n=fmt.number(n, lang=lang)))
        if beside is not None:
            beside()
    return start, stop


def rows_of(table, start: int, stop: int):
    """Rows start..stop of a table as st.dataframe takes it (Arrow, as views.cache.for_screen
    gives it: a zero-copy slice; or pandas)."""
    return table.iloc[start:stop] if hasattr(table, "iloc") else table.slice(start, stop - start)


def page_key(key: str, start: int) -> str:
    """The table's element key for a page: another page is another table, so a row selected on
    page 1 is not taken for the row at the same place on page 2."""
    return key if start == 0 else f"{key}@{start}"
