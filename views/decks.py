"""Saved slide decks: data the product stores, beside the warehouse (never inside it, so a rebuild
keeps them). A deck is the text its link carries (views.slides encodes and decodes it); a saved
deck is a tiny JSON file named by a slug (a-z, 0-9, '-'), so no deck name can reach outside the
`decks` folder; only a deck that decodes cleanly is written, and none is ever overwritten."""
from __future__ import annotations

import json
import os
from datetime import datetime, timezone
from pathlib import Path

from metrics import store
from metrics.names import nfc
from views import slides
from views.i18n import t

MAX_SAVED_DECKS = 200
_DECK_FILE_LIMIT = 16_384


def decks_dir(db: str | os.PathLike | None = None) -> Path:
    return store.uploads_dir(db).parent / "decks"


def saved_decks(db: str | os.PathLike | None = None) -> list[dict]:
    """Saved decks, newest first: slug, name, deck (its URL text), saved_at. Unreadable files are skipped."""
    folder = decks_dir(db)
    out = []
    for f in (folder.glob("*.json") if folder.is_dir() else ()):
        try:
            if not slides.is_slug(f.stem) or f.stat().st_size > _DECK_FILE_LIMIT:
                continue
            d = json.loads(f.read_text("utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(d, dict) and isinstance(d.get("deck"), str):
            out.append({"slug": f.stem, "name": str(d.get("name") or f.stem)[:80], "deck": d["deck"],
                        "saved_at": str(d.get("saved_at", ""))})
    return sorted(out, key=lambda d: d["saved_at"], reverse=True)


def save_deck(name: str, deck_text: str, lang: str = "vi", db: str | os.PathLike | None = None) -> str:
    """Write a named deck; returns its slug. Raises slides.DeckError for a bad deck or name, a name
    already taken (anyone on the network can open the editor: a saved deck is never overwritten)
    or a full folder."""
    slides.decode(deck_text, lang)
    slug = slides.slug(name)
    folder = decks_dir(db)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{slug}.json"
    if target.exists():
        raise slides.DeckError([t("present_name_taken", lang).format(name=name.strip())], lang)
    if sum(1 for _ in folder.glob("*.json")) >= MAX_SAVED_DECKS:
        raise slides.DeckError([t("deck_store_full", lang).format(n=MAX_SAVED_DECKS)], lang)
    payload = {"name": nfc(name)[:80], "deck": deck_text,
               "saved_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    tmp = folder / f".{slug}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps(payload, ensure_ascii=False), "utf-8")
    try:
        os.link(tmp, target)  # atomic, and fails if another save took the name meanwhile
    except FileExistsError:
        raise slides.DeckError([t("present_name_taken", lang).format(name=name.strip())], lang) from None
    finally:
        tmp.unlink(missing_ok=True)
    return slug


def delete_deck(slug: str, db: str | os.PathLike | None = None) -> bool:
    """Remove a saved deck (the store has a cap: whoever fills it can be undone); True if it was there.
    Only a well-formed slug names a file, so nothing outside the `decks` folder can be removed."""
    if not slides.is_slug(slug):
        return False
    try:
        (decks_dir(db) / f"{slug}.json").unlink()
        return True
    except FileNotFoundError:
        return False
