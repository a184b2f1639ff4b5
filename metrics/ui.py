"""Shared page pieces (Streamlit): language, pickers bound to the URL, the sources line.

Pages stay thin: they call these and metrics.queries, then draw."""
from __future__ import annotations

import streamlit as st

from metrics import registry
from metrics.i18n import t
from metrics.names import strip_diacritics


def lang() -> str:
    """The interface language chosen in the sidebar (default Vietnamese), kept in the URL."""
    return st.session_state.get("lang", "vi") if st.session_state.get("lang") in ("vi", "en") else "vi"


def language_switch() -> str:
    st.sidebar.radio(
        t("language", lang()), ["vi", "en"], key="lang", horizontal=True, bind="query-params",
        format_func=lambda code: {"vi": "Tiếng Việt", "en": "English"}[code],
    )
    return lang()


def searchable(label: str) -> str:
    """Label plus its unaccented form, so typing 'khanh hoa' or 'nghiem thu' finds it."""
    plain = strip_diacritics(label)
    return label if plain == label else f"{label} · {plain.lower()}"


def indicator_picker(codes: list[str], key: str = "ind", default: str | None = None, label_key: str = "indicator") -> str:
    lg = lang()
    index = codes.index(default) if default in codes else 0
    return st.selectbox(
        t(label_key, lg), codes, index=index, key=key, bind="query-params",
        format_func=lambda c: searchable(registry.indicator(c).name(lg)),
    )


def province_option(code: str, frame: str) -> str:
    return f"{code}-{frame}"


def parse_province_option(option: str) -> tuple[str, str]:
    code, frame = option.split("-")
    return code, frame


def province_label(option: str, lg: str) -> str:
    code, frame = parse_province_option(option)
    p = registry.province(code, frame)
    suffix = "" if frame == "63" else f" ({t('frame_34', lg)})"
    return searchable(p.name(lg)) + suffix


def province_picker(options: list[str], default: list[str], key: str = "prov") -> list[tuple[str, str]]:
    lg = lang()
    chosen = st.multiselect(
        t("provinces", lg), options, default=[o for o in default if o in options], key=key,
        bind="query-params", format_func=lambda o: province_label(o, lg), help=t("provinces_help", lg),
    )
    return [parse_province_option(o) for o in chosen]


def merger_mode() -> str:
    """The 2025-merger switch, shared by every page and kept in the URL (?view=today)."""
    lg = lang()
    return st.radio(
        t("view_mode", lg), ["reported", "today"], key="view", horizontal=True, bind="query-params",
        format_func=lambda m: t(f"view_{m}", lg), help=t("view_help", lg),
    )


def province_options(mode: str) -> list[str]:
    """Picker options: frame-63 and frame-34 provinces as reported, or today's 34."""
    frames = ("34",) if mode == "today" else ("63", "34")
    return [province_option(p.code, p.frame) for fr in frames for p in registry.in_frame(fr)]


DEFAULT_PROVINCES = {"reported": ["58-63", "14-63", "62-63", "60-63"], "today": ["56-34", "14-34", "51-34", "68-34"]}
