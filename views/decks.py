"""Slide decks: data the product stores. Their codec (a deck is the URL-safe text its link
carries, versioned and checksummed; damage gives a DeckError a person can act on) and their
storage: saved decks live beside the warehouse (never inside it, so a rebuild keeps them), each a
tiny JSON file named by a slug (a-z, 0-9, '-'), so no deck name can reach outside the `decks`
folder; only a deck that decodes cleanly is written, and none is ever overwritten.
Drawing a slide: views.slides.

A deck in a link reads, e.g.
    v1~tasks_managed.58-63_14-63.2016-2025.line~ocop_products.56-34.2019-2025.bar.today~3fa9c1
version `v1`, then one field group per slide (indicator . provinces . years . chart [. today]),
then a 6-hex checksum of everything before it, so a link cut short by a messaging app or edited
by hand is refused with a clear message instead of silently showing fewer or other slides.
Only URL-unreserved characters are used, so the text goes into `?deck=` unescaped."""
from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from metrics import registry, store
from metrics.names import bare, nfc
from views.i18n import t

VERSION = "v1"
CHARTS = ("line", "bar")
VIEWS = ("reported", "today")
MAX_SLIDES = 30
MAX_PROVINCES = 12
MAX_DECK_CHARS = 4000
YEAR_MIN, YEAR_MAX = 1990, 2100
_DECK_CHARS = re.compile(r"^[A-Za-z0-9._~-]+$")
_SLUG = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$")


@dataclass(frozen=True)
class Slide:
    indicator: str
    provinces: tuple[tuple[str, str], ...]
    years: tuple[int, int]
    chart: str = "line"
    view: str = "reported"


class DeckError(ValueError):
    """A deck that cannot be read or written; `problems` lists every reason, in `lang`."""

    def __init__(self, problems: list[str], lang: str = "vi"):
        self.problems = problems
        super().__init__(t("deck_broken", lang) + " " + " ".join(problems))


# --- validation --------------------------------------------------------------------------------


def problems(slide: Slide, lang: str = "vi") -> list[str]:
    """Everything wrong with one slide (empty when it is fine)."""
    out = []
    if slide.indicator not in registry.shown_indicators():
        out.append(t("deck_bad_indicator", lang).format(value=slide.indicator))
    if not slide.provinces:
        out.append(t("deck_no_provinces", lang))
    if len(slide.provinces) > MAX_PROVINCES:
        out.append(t("deck_too_many_provinces", lang).format(n=MAX_PROVINCES))
    known = registry.provinces()
    for code, frame in slide.provinces:
        if (code, frame) not in known:
            out.append(t("deck_bad_province", lang).format(value=f"{code}-{frame}"))
        elif slide.view == "today" and frame != "34":
            out.append(t("deck_today_frame", lang).format(value=f"{code}-{frame}"))
    y0, y1 = slide.years
    if not (YEAR_MIN <= y0 <= y1 <= YEAR_MAX):
        out.append(t("deck_bad_years", lang).format(value=f"{y0}–{y1}"))
    if slide.chart not in CHARTS:
        out.append(t("deck_bad_chart", lang).format(value=slide.chart))
    if slide.view not in VIEWS:
        out.append(t("deck_bad_view", lang).format(value=slide.view))
    return out


def validate(slides: list[Slide] | tuple[Slide, ...], lang: str = "vi") -> None:
    """Raise DeckError naming every problem of every slide at once."""
    found = []
    if not slides:
        found.append(t("deck_empty", lang))
    if len(slides) > MAX_SLIDES:
        found.append(t("deck_too_many_slides", lang).format(n=MAX_SLIDES))
    for i, s in enumerate(slides, 1):
        found += [f"{t('slide_word', lang)} {i}: {p}" for p in problems(s, lang)]
    if found:
        raise DeckError(found, lang)


# --- the deck as text --------------------------------------------------------------------------


def _checksum(body: str) -> str:
    return hashlib.sha256(body.encode()).hexdigest()[:6]


def _encode_slide(s: Slide) -> str:
    fields = [s.indicator, "_".join(f"{c}-{f}" for c, f in s.provinces), f"{s.years[0]}-{s.years[1]}", s.chart]
    if s.view == "today":
        fields.append("today")
    return ".".join(fields)


def encode(slides: list[Slide] | tuple[Slide, ...]) -> str:
    """The deck as URL-safe text (validated first: a bad deck is never written)."""
    validate(slides)
    body = "~".join([VERSION, *(_encode_slide(s) for s in slides)])
    return f"{body}~{_checksum(body)}"


def _decode_slide(text: str) -> Slide:
    fields = text.split(".")
    if len(fields) not in (4, 5) or (len(fields) == 5 and fields[4] != "today"):
        raise ValueError(text)
    indicator, provs, years, chart = fields[:4]
    pairs = []
    for token in provs.split("_"):
        code, _, frame = token.partition("-")
        if not (code.isdigit() and frame.isdigit()):
            raise ValueError(text)
        pairs.append((code, frame))
    y0, _, y1 = years.partition("-")
    if not (y0.isdigit() and y1.isdigit() and len(y0) == len(y1) == 4):
        raise ValueError(text)
    return Slide(indicator, tuple(pairs), (int(y0), int(y1)), chart, "today" if len(fields) == 5 else "reported")


def decode(text: str | None, lang: str = "vi") -> list[Slide]:
    """Slides from a deck's text; anything damaged, cut short or from another version raises
    DeckError with a message a person can act on (never a traceback)."""
    text = (text or "").strip()
    if not text:
        raise DeckError([t("deck_empty", lang)], lang)
    if len(text) > MAX_DECK_CHARS or not _DECK_CHARS.match(text):
        raise DeckError([t("deck_damaged", lang)], lang)
    parts = text.split("~")
    if parts[0] != VERSION:
        if re.fullmatch(r"v\d+", parts[0]):
            raise DeckError([t("deck_other_version", lang).format(value=parts[0])], lang)
        raise DeckError([t("deck_damaged", lang)], lang)
    body, check = "~".join(parts[:-1]), parts[-1]
    if len(parts) < 3 or check != _checksum(body):
        raise DeckError([t("deck_damaged", lang)], lang)
    slides, found = [], []
    for i, chunk in enumerate(parts[1:-1], 1):
        try:
            slides.append(_decode_slide(chunk))
        except ValueError:
            found.append(f"{t('slide_word', lang)} {i}: {t('deck_unreadable_slide', lang)}")
    if found:
        raise DeckError(found, lang)
    validate(slides, lang)
    return slides


def clamp_slide(number: object, count: int) -> int:
    """A 1-based slide number from the URL, kept inside 1..count (junk means 1)."""
    try:
        n = int(str(number))
    except (TypeError, ValueError):
        return 1
    return min(max(n, 1), max(count, 1))


def move(slides: list[Slide], i: int, delta: int) -> list[Slide]:
    j = i + delta
    out = list(slides)
    if 0 <= i < len(out) and 0 <= j < len(out):
        out[i], out[j] = out[j], out[i]
    return out


def remove(slides: list[Slide], i: int) -> list[Slide]:
    return [s for k, s in enumerate(slides) if k != i]


# --- saved decks: names ------------------------------------------------------------------------


def slug(name: str) -> str:
    """A file-safe name for a saved deck: unaccented, lower case, a-z 0-9 and '-', ≤ 40 chars."""
    text = re.sub(r"[^a-z0-9]+", "-", bare(name or "")).strip("-")
    text = text[:40].strip("-")
    if not is_slug(text):
        raise DeckError([t("deck_bad_name", "vi")])
    return text


def is_slug(text: str) -> bool:
    return bool(_SLUG.match(text or ""))


# --- storage -----------------------------------------------------------------------------------

MAX_SAVED_DECKS = 200
_DECK_FILE_LIMIT = 16_384


def decks_dir(db: str | os.PathLike | None = None) -> Path:
    return store.decks_dir(db)


def saved_decks(db: str | os.PathLike | None = None) -> list[dict]:
    """Saved decks, newest first: slug, name, deck (its URL text), saved_at. Unreadable files are skipped."""
    folder = decks_dir(db)
    out = []
    for f in (folder.glob("*.json") if folder.is_dir() else ()):
        try:
            if not is_slug(f.stem) or f.stat().st_size > _DECK_FILE_LIMIT:
                continue
            d = json.loads(f.read_text("utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(d, dict) and isinstance(d.get("deck"), str):
            out.append({"slug": f.stem, "name": str(d.get("name") or f.stem)[:80], "deck": d["deck"],
                        "saved_at": str(d.get("saved_at", ""))})
    return sorted(out, key=lambda d: d["saved_at"], reverse=True)


def save_deck(name: str, deck_text: str, lang: str = "vi", db: str | os.PathLike | None = None) -> str:
    """Write a named deck; returns its slug. Raises DeckError for a bad deck or name, a name
    already taken (anyone on the network can open the editor: a saved deck is never overwritten)
    or a full folder."""
    decode(deck_text, lang)
    name_slug = slug(name)
    folder = decks_dir(db)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{name_slug}.json"
    if target.exists():
        raise DeckError([t("present_name_taken", lang).format(name=name.strip())], lang)
    if sum(1 for _ in folder.glob("*.json")) >= MAX_SAVED_DECKS:
        raise DeckError([t("deck_store_full", lang).format(n=MAX_SAVED_DECKS)], lang)
    payload = {"name": nfc(name)[:80], "deck": deck_text,
               "saved_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    tmp = folder / f".{name_slug}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps(payload, ensure_ascii=False), "utf-8")
    try:
        os.link(tmp, target)  # atomic, and fails if another save took the name meanwhile
    except FileExistsError:
        raise DeckError([t("present_name_taken", lang).format(name=name.strip())], lang) from None
    finally:
        tmp.unlink(missing_ok=True)
    return name_slug


def delete_deck(slug: str, db: str | os.PathLike | None = None) -> bool:
    """Remove a saved deck (the store has a cap: whoever fills it can be undone); True if it was there.
    Only a well-formed slug names a file, so nothing outside the `decks` folder can be removed."""
    if not is_slug(slug):
        return False
    try:
        (decks_dir(db) / f"{slug}.json").unlink()
        return True
    except FileNotFoundError:
        return False
