"""Text keys for matching labels from real reports: NFC in, then a folded key that ignores
case, diacritics, Unicode form, spacing, punctuation and the common abbreviations."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")


# Terminal escape sequences (ANSI CSI such as ESC[31m, OSC such as ESC]0;title BEL, and
# two-character ones), then the characters no label, name or quote needs: C0/C1 controls other
# than whitespace, and the invisible format characters that reorder or hide text (bidirectional
# overrides and isolates such as U+202E, zero-width space/joiners U+200B–U+200D, word joiner,
# BOM, soft hyphen). NOTE: a label copied from a web page carries U+200B; one crafted to mislead
# carries U+202E so that "ầư1" displays reversed.
_ESCAPES = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])|\x9b[0-?]*[ -/]*[@-~]")
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e"
                        "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]")
_ASCII_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
# NOTE: characters that look like the ones a report means and that NFC leaves alone: "Ð"
# (U+00D0, Latin capital eth) and "Ɖ" (U+0189, African D) for "Đ", which old TCVN3/VNI-to-Unicode
# converters and some fonts' pastes write (and "ð", its lower case); the fullwidth "％" of an East Asian input method pasted
# from a web page. A person reads "ÐVT", "Ðề tài" and "Tỷ lệ (％)" as "ĐVT", "Đề tài", "Tỷ lệ (%)".
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u0189": "\u0110", "\u00f0": "\u0111", "\uff05": "%"})


def nfc(text: object) -> str:
    """Text as stored: Unicode NFC, terminal escapes and invisible control/format characters
    removed, look-alike characters as the ones they stand for, trimmed, inner whitespace collapsed."""
    if text is None:
        return ""
    return _nfc(text if type(text) is str else str(text))


def clean(text: str) -> str:
    """Escapes and invisible characters removed (NFC and spacing untouched)."""
    return _INVISIBLE.sub("", _ESCAPES.sub("", text))


# NOTE: a 100,000-row sheet holds a few hundred distinct texts; normalize each once.
@lru_cache(maxsize=1 << 16)
def _nfc(text: str) -> str:
    if text.isascii():
        if _ASCII_CONTROL.search(text):
            text = clean(text)
        return _SPACES.sub(" ", text).strip()
    return _SPACES.sub(" ", unicodedata.normalize("NFC", clean(text)).translate(_LOOKALIKES)).strip()


@lru_cache(maxsize=1 << 14)
def strip_diacritics(text: str) -> str:
    text = unicodedata.normalize("NFD", text).replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFC", "".join(c for c in text if unicodedata.category(c) != "Mn"))


@lru_cache(maxsize=1 << 14)
def bare(text: str) -> str:
    """Lower case without diacritics, everything else as written ("Đạt 92,4%" -> "dat 92,4%"; "đ" is
    "d"): how a word typed without a Vietnamese keyboard is compared. Whitespace and punctuation are
    kept, so a position in NFC text is the same position in its bare form. The one "strip diacritics
    and lower case" of the code: `fold` goes further (punctuation, "&", abbreviations)."""
    return strip_diacritics(text).lower()


# NOTE: reports abbreviate freely: "KH&CN", "KHCN", "KH-CN" and "khoa học và công nghệ" are the
# same words; "NV" is nhiệm vụ; "DVCTT" dịch vụ công trực tuyến. Expansions apply to folded,
# punctuation-free text, whole words only.
_ABBREVIATIONS = {
    "kh cn": "khoa hoc va cong nghe",
    "khcn": "khoa hoc va cong nghe",
    "kh va cn": "khoa hoc va cong nghe",
    "khoa hoc cong nghe": "khoa hoc va cong nghe",
    "dmst": "doi moi sang tao",
    "nv": "nhiem vu",
    "tthc": "thu tuc hanh chinh",
    "dvctt": "dich vu cong truc tuyen",
    "dvc": "dich vu cong",
    "nhcn": "nhan hieu chung nhan",
    "nhtt": "nhan hieu tap the",
    "cddl": "chi dan dia ly",
    "shtt": "so huu tri tue",
    "qg": "quoc gia",
    "dn": "doanh nghiep",
    "htx": "hop tac xa",
    "ubnd": "uy ban nhan dan",
    "grdp": "grdp",
    "ttcn": "thong tin cong nghe",
    "muc 4": "muc do 4",
    "muc do iv": "muc do 4",
    "toan trinh": "muc do 4",
}
_ABBR_RE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _ABBREVIATIONS), key=len, reverse=True)) + r")\b")

# Words that carry no meaning for matching ("số", "the number of").
_FILLER = re.compile(r"\b(so luong|tong so|so|cac|duoc|da|the number of|number of|of)\b")


@lru_cache(maxsize=1 << 14)
def fold(text: object) -> str:
    """A matching key: lower case, no diacritics, punctuation as spaces, abbreviations expanded."""
    t = bare(nfc(text))
    # "≥ 3 sao" is "từ 3 sao" (3 stars or more), never the 3-star class "3 sao"; "‰" is per mille,
    # never dropped (a rate's "‰" unit read as nothing was stored as a percentage, mend20)
    t = t.replace("&", " va ").replace("%", " phan tram ").replace("‰", " phan nghin ").replace("≥", " tu ")
    t = re.sub(r"[^\w]+", " ", t)
    t = re.sub(r"\s+", " ", t).strip()
    # "kh va cn" needs the & already expanded, so expand twice (cheap, keys are short)
    for _ in range(2):
        t = _ABBR_RE.sub(lambda m: _ABBREVIATIONS[m[1]], t)
    return t


@lru_cache(maxsize=1 << 14)
def match_key(text: object) -> str:
    """`fold` without filler words: the key aliases and labels are compared on."""
    t = _FILLER.sub(" ", fold(text))
    return re.sub(r"\s+", " ", t).strip()


def pick(vi, en, lang: str):
    """One of a Vietnamese/English pair: the one place the code chooses a language. The domain's
    own names (an indicator's, a province's, a period's) come in both languages with the data;
    the message tables of etl (etl.messages) and views (views.i18n) choose through this too."""
    return en if lang == "en" else vi


_BILINGUAL = re.compile(r"^(.*?[^\x00-\x7f].*?)\s+[-–]\s+([A-Za-z][\x20-\x7e]*)$")


def vietnamese_half(text: str, min_words: int = 2) -> str:
    """The Vietnamese name of a bilingual yearbook cell ("Cấp tỉnh - Provincial level", "Đơn vị tính
    - Unit"): the words before " - " when those after it are English (ASCII, at least `min_words`
    words, one at least in lower case or a capitalized word); else the text as written.

    NOTE: the statistical yearbooks name every row and column in both languages in one cell."""
    m = _BILINGUAL.match(text.strip())
    if not m:
        return text
    english = m[2].strip(" :.;")
    words = re.findall(r"[A-Za-z][A-Za-z&.]*", english)
    if len(words) < min_words or not any(re.search(r"[a-z]", w) for w in words):
        return text
    return m[1].strip()
