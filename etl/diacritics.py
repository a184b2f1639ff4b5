"""A sentence typed without diacritics -> the same sentence with them, or None when a word of it is
not known again (pure; used by etl/sentences.py before the narrative reader reads a cell).

NOTE: offices without a Vietnamese keyboard type "Quan ly 126 nhiem vu KH&CN (08 cap quoc gia, …)";
the narrative reader's words, traps and places are written with diacritics, so such a sentence gave
nothing (batch 17's sentence reports typed so lost 55 of 90 facts and two files were refused as
naming no indicator). Each bare word is given back its diacritics from the reader's own vocabulary,
all of it declared — the words metrics/abbreviations.toml declares (the narrative reader's in
[sentence_words] and the sections its patterns are built from), the registry's names, aliases and
definitions and the provinces' names —, a phrase of three or two words before a word alone, a word
only when its bare form is spelled one way there (or declared in abbreviations.toml
`without_diacritics`: "dat" is "đạt"). A sentence with any word not known again is not read: a trap word left bare ("them" for
"thêm", "cu" for "cũ") would let through a figure the reader refuses with its diacritics.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache

from metrics import registry
from metrics.names import bare, strip_diacritics

_WORD = re.compile(r"[^\W\d_]+")
_CHUNK = re.compile(r"[|()\[\]\\\"',.;:?*+{}^$<>=!/]")


def is_bare(text: str) -> bool:
    """Whether `text` has letters and not one diacritic (typed without a Vietnamese keyboard)."""
    return any(ch.isalpha() for ch in text) and strip_diacritics(text) == text


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[dict, dict, dict, frozenset]:
    from etl.labels import declared_table

    grams: dict[tuple, Counter] = defaultdict(Counter)

    def feed(text: str) -> None:
        for chunk in _CHUNK.split(text):
            toks = [t.lower() for t in _WORD.findall(chunk)]
            for n in (1, 2, 3):
                for i in range(len(toks) - n + 1):
                    g = tuple(toks[i:i + n])
                    grams[tuple(bare(x) for x in g)][g] += 1

    for ind in registry.indicators().values():
        feed(" . ".join([ind.name_vi, *ind.aliases, ind.definition_vi]))
    prefer: dict[str, str] = {}
    ascii_words: set[str] = set()
    for name, section in declared_table().items():
        if name == "without_diacritics":
            prefer = {k.lower(): v for k, v in section.items()}
            continue
        if name == "ascii_words":
            ascii_words = {w.lower() for w in section["words"]}
            continue
        for k, v in section.items():
            if isinstance(v, str):
                feed(k + " . " + v)
            elif isinstance(v, list):
                feed(" . ".join(x for x in v if isinstance(x, str)))
    places = {}
    for p in registry.provinces().values():
        for n in {p.name_vi, *p.aliases}:
            toks = _WORD.findall(n)
            if toks:
                places[tuple(bare(t) for t in toks)] = tuple(toks)
    unique = {}
    for k, c in grams.items():
        # NOTE: "lũy kế" and "luỹ kế", "hòa" and "hoà" are one word with its tone placed the new or
        # the old way (both are in the reader's vocabulary, so "luy ke" had two spellings and was
        # never given back: 9 lines of batches 17, 21 and 24 typed without diacritics)
        words = {_one_word(g) for g in c}
        if len(words) == 1:
            unique[k] = max(c, key=c.get)
    return unique, places, prefer, frozenset(ascii_words)


@lru_cache(maxsize=1)
def _count_kinds() -> frozenset:
    """The bare one-word abbreviations of a kind of task ("da", "nv"; metrics/abbreviations.toml task_kind_spellings)."""
    from etl.labels import declared_table

    return frozenset(bare(k).lower() for k in declared_table()["task_kind_spellings"] if " " not in k.strip())


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _one_word(gram: tuple) -> tuple:
    """A gram's words with their tone marks apart from where they are placed: "lũy" and "luỹ" are one."""
    out = []
    for w in gram:
        d = unicodedata.normalize("NFD", w)
        out.append(("".join(ch for ch in d if ch not in _TONES), "".join(sorted(ch for ch in d if ch in _TONES))))
    return tuple(out)


def _cased(typed: str, word: str) -> str:
    if typed.isupper() and len(typed) > 1:
        return word.upper()
    if typed[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


# a sentence's end or a clause's ";" inside a cell (not a decimal point: a space follows)
_SENTENCE_END = re.compile(r"(?<=[.;])\s+")


def restored_sentences(text: str) -> str | None:
    """`text` with its diacritics given back sentence by sentence (and clause by clause at ";"),
    up to the first sentence or clause with a word not known again: a paragraph of six indicator
    groups lost all of them for one "Bac Trung Bo" at its end (None when the first is not known
    again). NOTE: a trap word left bare costs its sentence or clause and every one after it ("100%
    TTHC du dieu kien …; ty le ho so … dat 96,8%" gives neither: the rate is missed, never wrong)."""
    whole = restored(text)
    if whole is not None:
        return whole
    # NOTE: only the sentences before the first one not known again: a part left out takes with it
    # the period or plan it gave the parts after it ("Phan dau den het nam 2025 theo chi dao zzqx;
    # nghiem thu 20 nhiem vu" stored the plan's 20 as the year's tasks accepted)
    kept = []
    for part in _SENTENCE_END.split(text):
        if not part.strip():
            continue
        if (part := restored(part)) is None:
            break
        kept.append(part)
    return " ".join(kept) if kept else None


def restored(text: str) -> str | None:
    """`text` with its diacritics given back, or None when a word of it is not known again."""
    unique, places, prefer, ascii_words = _vocabulary()
    toks = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    keys = [bare(t[2]) for t in toks]
    out: list[str | None] = [None] * len(toks)

    def joined(i: int, n: int) -> bool:
        return all(text[toks[j][1]:toks[j + 1][0]] == " " for j in range(i, i + n - 1))

    # a province's name first, capitalized as a name is ("Da Nang" is Đà Nẵng, "da" alone "đã")
    for n in (4, 3, 2, 1):
        for i in range(len(toks) - n + 1):
            key = tuple(keys[i:i + n])
            if key in places and joined(i, n) and toks[i][2][:1].isupper() and all(o is None for o in out[i:i + n]):
                out[i:i + n] = list(places[key])
    # NOTE: review38a: "45 NV, 3 DA" gave "45 NV, 3 ĐÃ" ("da" is "đã" in without_diacritics): the list's second
    # kind lost, 45 was stored as every task managed. A kind of task's abbreviation typed in capitals right after
    # a count is the count's kind (metrics/abbreviations.toml task_kind_spellings), kept as typed
    kept = [i for i, (a, _, typed) in enumerate(toks) if typed.isupper() and len(typed) > 1
            and keys[i] in _count_kinds() and re.search(r"\d\s*$", text[:a])]
    for i in kept:
        out[i] = toks[i][2]
    for n in (3, 2, 0, 1):
        if n == 0:
            for i, w in enumerate(keys):
                if out[i] is None and w in prefer:
                    out[i] = prefer[w]
            continue
        for i in range(len(toks) - n + 1):
            form = unique.get(tuple(keys[i:i + n]))
            if form is None or not joined(i, n):
                continue
            if all(out[i + k] is None or out[i + k].lower() == form[k] for k in range(n)):
                for k in range(n):
                    out[i + k] = out[i + k] or form[k]
    for (_, _, typed), word in zip(toks, out):
        if word is None and not (typed.isupper() and len(typed) > 1) and typed.lower() not in ascii_words:
            return None
    parts, pos = [], 0
    for (a, b, typed), word in zip(toks, out):
        parts += [text[pos:a], _cased(typed, word) if word else typed]
        pos = b
    parts.append(text[pos:])
    return "".join(parts)
