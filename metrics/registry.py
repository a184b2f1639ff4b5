"""The registries, read once: indicators (metrics/indicators.toml), provinces in two frames
(metrics/provinces.csv) and what the dashboard shows first (metrics/display.toml). Gives typed
entries and the lookups ETL and pages share."""
from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from metrics.names import bare, fold, match_key, nfc, pick

HERE = Path(__file__).parent
INDICATORS_FILE = HERE / "indicators.toml"
PROVINCES_FILE = HERE / "provinces.csv"
DISPLAY_FILE = HERE / "display.toml"
HEADER_WORDS_FILE = HERE / "header_words.toml"
DISTRICTS_FILE = HERE / "districts.toml"

KINDS = ("count", "rate", "index", "rank", "money")
TEMPORAL = ("flow", "stock")
MERGER_DATE = date(2025, 7, 1)


@dataclass(frozen=True)
class Indicator:
    code: str
    name_vi: str
    name_en: str
    unit_vi: str
    unit_en: str
    kind: str
    additive: bool
    min: float
    max: float
    higher_is_better: bool
    decimals: int
    temporal: str
    definition_vi: str
    definition_en: str
    aliases: tuple[str, ...]
    parent: str | None = None
    sum_of: tuple[str, ...] = ()
    disjoint_parts: tuple[tuple[str, ...], ...] = ()
    # groups of parts that together are exactly the whole, named as such ("(chuyển tiếp và mở mới)")
    complete_parts: tuple[tuple[str, ...], ...] = ()
    unit_aliases: dict = field(default_factory=dict, hash=False, compare=False)
    # what a count counts ("tổ chức", "cá nhân") and what, named as the thing counted by a label ("Số
    # hồ sơ …") or a unit column ("hồ sơ", "lượt"), makes a row another count (indicators.toml)
    counted_units: tuple[str, ...] = ()
    excluded_units: tuple[str, ...] = ()
    # a count of things that last from one period into the next (a task carried over is counted in
    # each year it runs): a span's figure is never the sum of its periods' figures (indicators.toml)
    recounted_each_period: bool = False
    # the S&T department's own figure (its procedures, its dossiers), not the province's: the only
    # indicators a column of the department's beside the province-wide one gives (indicators.toml)
    department_own: bool = False
    # (with department_own) the whole province's figure is another quantity (every office's procedures), never
    # stored as the department's, alone either (indicators.toml)
    whole_province_other: bool = False
    # an index the Ministry computes and publishes (the PII, its sub-indices, pillars and ranks): a province's
    # estimate, preliminary or expected figure of it is not it (indicators.toml)
    published_index: bool = False

    def name(self, lang: str = "vi") -> str:
        return pick(self.name_vi, self.name_en, lang)

    def unit(self, lang: str = "vi") -> str:
        return pick(self.unit_vi, self.unit_en, lang)

    def definition(self, lang: str = "vi") -> str:
        return pick(self.definition_vi, self.definition_en, lang)

    @property
    def is_stock(self) -> bool:
        return self.temporal == "stock"

    @property
    def parts(self) -> frozenset[str]:
        """The indicators declared as this one's breakdown — its levels, stars, new and carried-over
        tasks (`sum_of`, `disjoint_parts`) — not every indicator naming it `parent` ("tasks accepted"
        names "tasks managed" but is a later stage of some of them, no part of their breakdown)."""
        return frozenset(self.sum_of).union(*self.disjoint_parts)


REQUIRED_INDICATOR_FIELDS = (
    "name_vi", "name_en", "unit_vi", "unit_en", "kind", "additive", "min", "max",
    "higher_is_better", "decimals", "temporal", "definition_vi", "definition_en", "aliases",
)


@dataclass(frozen=True)
class Renaming:
    """A province that changed its name or kind inside its frame (Thừa Thiên Huế became the
    centrally-run city of Huế on 1 January 2025): from `on`, it is called `name_vi`."""
    on: date
    name_vi: str
    name_en: str
    kind: str
    basis: str


@dataclass(frozen=True)
class Province:
    code: str
    frame: str
    name_vi: str
    name_ascii: str
    name_en: str
    kind: str
    region: str
    iso_3166_2: str
    valid_from: date
    valid_to: date | None
    successor_code: str | None
    aliases: tuple[str, ...]
    renamed: Renaming | None = None

    def name_on(self, day: date, lang: str = "vi") -> str:
        """The name the province had on that day."""
        if self.renamed and day >= self.renamed.on:
            return pick(self.renamed.name_vi, self.renamed.name_en, lang)
        return self.name(lang)

    def kind_on(self, day: date) -> str:
        """The kind the province was on that day: Thừa Thiên Huế is a "thành phố" from 1/1/2025."""
        if self.renamed and day >= self.renamed.on:
            return self.renamed.kind
        return self.kind

    @property
    def key(self) -> tuple[str, str]:
        return (self.code, self.frame)

    def name(self, lang: str = "vi") -> str:
        return pick(self.name_vi, self.name_en, lang)


REQUIRED_PROVINCE_FIELDS = (
    "code", "frame", "name_vi", "name_ascii", "name_en", "kind", "region", "iso_3166_2",
    "valid_from", "valid_to", "successor_code", "aliases", "renamed",
)


def read_indicator_table(path: Path = INDICATORS_FILE) -> dict[str, dict]:
    with open(path, "rb") as f:
        return tomllib.load(f)


def read_province_rows(path: Path = PROVINCES_FILE) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


# Indicators a warehouse declares for itself (synthetic benchmark data only, bench.synth): never in
# indicators.toml; the read side installs them for the warehouse it serves. Never matched in uploads.
_overlay: dict[str, Indicator] = {}
_with_overlay: dict[str, Indicator] = {}


def set_overlay(entries: list[dict]) -> None:
    """Replace the overlay (rows of a warehouse's `synthetic_indicators` table; [] clears it)."""
    global _overlay, _with_overlay
    declared = _declared()
    new = {}
    for e in entries:
        if e["code"] in declared:
            continue
        new[e["code"]] = Indicator(
            code=e["code"], name_vi=e["name_vi"], name_en=e["name_en"], unit_vi=e["unit_vi"], unit_en=e["unit_en"],
            kind=e["kind"], additive=bool(e["additive"]), min=float(e["min"]), max=float(e["max"]),
            higher_is_better=bool(e["higher_is_better"]), decimals=int(e["decimals"]), temporal=e["temporal"],
            definition_vi=e["definition_vi"], definition_en=e["definition_en"], aliases=(), parent=None)
    if new.keys() != _overlay.keys():
        _overlay, _with_overlay = new, {**declared, **new}


def indicators() -> dict[str, Indicator]:
    """The registry file's indicators: what the ETL reads, matches and validates against."""
    return _declared()


def shown_indicators() -> dict[str, Indicator]:
    """What pages list: the registry's indicators, then any overlay of the warehouse being served."""
    return _with_overlay if _overlay else _declared()


_shown_rank: tuple[dict, dict[str, int]] = ({}, {})


def shown_rank() -> dict[str, int]:
    """Each shown indicator's place in what pages list (related indicators together): the order
    their tables and pages sort by. Built once per registry and overlay, not per sort (a profile
    page of disagreements at 10 M ranks ~1,300 indicators)."""
    global _shown_rank
    shown = shown_indicators()
    of, rank = _shown_rank  # one tuple: a reader in another thread sees the pair or the old one
    if of is not shown:
        rank = {code: i for i, code in enumerate(shown)}
        _shown_rank = (shown, rank)
    return rank


def reload() -> None:
    """Read the registry files again (tests that change them)."""
    global _overlay, _with_overlay
    _declared.cache_clear()
    alias_index.cache_clear()
    _overlay, _with_overlay = {}, {}


def is_synthetic(code: str) -> bool:
    return code in _overlay


@lru_cache(maxsize=1)
def _declared() -> dict[str, Indicator]:
    out = {}
    for code, e in read_indicator_table().items():
        out[code] = Indicator(
            code=code,
            name_vi=nfc(e["name_vi"]), name_en=e["name_en"],
            unit_vi=nfc(e["unit_vi"]), unit_en=e["unit_en"],
            kind=e["kind"], additive=bool(e["additive"]),
            min=float(e["min"]), max=float(e["max"]),
            higher_is_better=bool(e["higher_is_better"]), decimals=int(e["decimals"]),
            temporal=e["temporal"],
            definition_vi=nfc(e["definition_vi"]), definition_en=e["definition_en"],
            aliases=tuple(nfc(a) for a in e["aliases"]),
            parent=e.get("parent"), sum_of=tuple(e.get("sum_of", ())),
            disjoint_parts=tuple(tuple(g) for g in e.get("disjoint_parts", ())),
            complete_parts=tuple(tuple(g) for g in e.get("complete_parts", ())),
            unit_aliases={nfc(k): float(v) for k, v in e.get("unit_aliases", {}).items()},
            counted_units=tuple(nfc(u) for u in e.get("counted_units", ())),
            excluded_units=tuple(nfc(u) for u in e.get("excluded_units", ())),
            recounted_each_period=bool(e.get("recounted_each_period", False)),
            department_own=bool(e.get("department_own", False)),
            whole_province_other=bool(e.get("whole_province_other", False)),
            published_index=bool(e.get("published_index", False)),
        )
    return out


# a label's words before the thing it counts: its number, "Số", "Số lượng", "Tổng số" (folded)
_COUNT_LEAD = re.compile(r"^(?:[^a-z]+|(?:tong so|so luong|so)(?: |$))*")


@lru_cache(maxsize=4096)
def excluded_unit(code: str, text: str) -> str | None:
    """The declared `excluded_units` word that a label ("Số hồ sơ đăng ký nhãn hiệu được hướng dẫn") or a
    unit column ("lượt") names as the thing counted, when the indicator counts something else
    (`counted_units`: "Số tổ chức, đơn vị, cá nhân …" counts organizations — the longer word decides,
    "đơn vị" over "đơn"); None otherwise."""
    ind = _declared().get(code)
    if ind is None:
        return None
    # documents (decisions, papers) are counted by no indicator but one that declares them counted
    counted = {fold(u) for u in ind.counted_units}
    documents = [u for u in declared_header_words("document_units") if fold(u) not in counted]
    if not ind.excluded_units and not documents:
        return None
    head = _COUNT_LEAD.sub("", fold(nfc(text)).strip())
    words = sorted([(fold(u), None) for u in ind.counted_units]
                   + [(fold(u), u) for u in (*ind.excluded_units, *documents)], key=lambda x: -len(x[0]))
    return next((u for f, u in words if head == f or head.startswith(f + " ")), None)


def indicator(code: str) -> Indicator:
    found = _declared().get(code)
    return found if found is not None else _overlay[code]


@lru_cache(maxsize=1)
def alias_index() -> dict[str, str]:
    """Folded alias -> indicator code. Names count as aliases too."""
    index: dict[str, str] = {}
    for ind in _declared().values():
        for text in (ind.name_vi, ind.name_en, *ind.aliases):
            index.setdefault(match_key(text), ind.code)
    return index


def alias_clashes() -> list[tuple[str, str, str]]:
    """(alias key, indicator, other indicator) for every alias that points to two indicators."""
    seen: dict[str, str] = {}
    clashes = []
    for ind in _declared().values():
        for text in {match_key(t) for t in (ind.name_vi, ind.name_en, *ind.aliases)}:
            if text in seen and seen[text] != ind.code:
                clashes.append((text, seen[text], ind.code))
            seen.setdefault(text, ind.code)
    return clashes


def match_indicator(label: str) -> str | None:
    """The indicator whose alias equals the label (after folding), or None. Never a guess."""
    return alias_index().get(match_key(label))


def _date(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def _renaming(text: str) -> Renaming | None:
    """'2025-01-01|Huế|Hue|thành phố|Nghị quyết 175/2024/QH15' -> Renaming; '' -> None."""
    if not text.strip():
        return None
    on, vi, en, kind, basis = (x.strip() for x in text.split("|"))
    return Renaming(_date(on), nfc(vi), en, nfc(kind), nfc(basis))


@lru_cache(maxsize=1)  # read once per process: every label, card and map asks for provinces
def provinces() -> dict[tuple[str, str], Province]:
    out = {}
    for r in read_province_rows():
        p = Province(
            code=r["code"], frame=r["frame"], name_vi=nfc(r["name_vi"]), name_ascii=r["name_ascii"],
            name_en=r["name_en"], kind=nfc(r["kind"]), region=nfc(r["region"]),
            iso_3166_2=r["iso_3166_2"], valid_from=_date(r["valid_from"]), valid_to=_date(r["valid_to"]),
            successor_code=r["successor_code"] or None,
            aliases=tuple(nfc(a) for a in r["aliases"].split("|") if a.strip()),
            renamed=_renaming(r.get("renamed", "")),
        )
        out[p.key] = p
    return out


def province(code: str, frame: str) -> Province:
    return provinces()[(str(code).zfill(2), str(frame))]


def indicator_name(code: str, lang: str = "vi") -> str:
    """A code's name, or the code itself when nothing declares it (a mistyped link)."""
    found = shown_indicators().get(code)
    return found.name(lang) if found is not None else code


def province_name(code: str, lang: str = "vi") -> str:
    """A code's name, preferring today's frame (codes are reused across frames)."""
    for frame in ("34", "63"):
        if (code, frame) in provinces():
            return province(code, frame).name(lang)
    return code


def in_frame(frame: str) -> list[Province]:
    return sorted((p for p in provinces().values() if p.frame == frame), key=lambda p: p.code)


def successor(p: Province) -> Province | None:
    return province(p.successor_code, "34") if p.frame == "63" and p.successor_code else None


def predecessors(p: Province) -> list[Province]:
    if p.frame != "34":
        return []
    return [q for q in in_frame("63") if q.successor_code == p.code]


@lru_cache(maxsize=1)
def _declared_districts() -> dict[str, tuple[str, ...]]:
    with DISTRICTS_FILE.open("rb") as f:
        return {code: tuple(nfc(n) for n in names) for code, names in tomllib.load(f)["districts"].items()}


def districts_of(p: Province) -> tuple[str, ...]:
    """The district-level units of a province, named without their kind ("Mộc Châu", "Vinh"; metrics/districts.toml):
    a province of the 34 frame has its predecessors' units."""
    codes = [q.code for q in predecessors(p)] if p.frame == "34" else [p.code]
    return tuple(n for c in codes for n in _declared_districts().get(c, ()))


def provinces_with_district(name: str) -> tuple[Province, ...]:
    """The provinces of the 63 frame with a district-level unit so named ("Buôn Ma Thuột": Đắk Lắk; "Châu Thành": six of
    them), compared folded; a numbered district ("1" of Hồ Chí Minh City) never."""
    key = fold(name)
    if not re.search(r"[a-z]", key):
        return ()
    return tuple(province(code, "63") for code, names in _declared_districts().items() if any(fold(n) == key for n in names))


def _kind_and_name(p: Province, lang: str) -> str:
    """"tỉnh Gia Lai", "thành phố Đà Nẵng", "TP. Hồ Chí Minh" (its name says its kind), "Gia Lai" in English."""
    return pick(p.name_vi if p.name_vi.startswith("TP") else f"{p.kind} {p.name_vi}", p.name_en, lang)


def _keeps_a_former_name(new: Province) -> bool:
    return len(predecessors(new)) > 1 and any(q.name_vi == new.name_vi for q in predecessors(new))


def former_name(p: Province, lang: str = "vi") -> str:
    """A province before 1 July 2025 as a message names it: "Gia Lai (cũ)" when its successor, made of it
    and others, bears its name (the new Gia Lai of Gia Lai and Bình Định) — else its name alone."""
    succ = successor(p)
    if succ is not None and succ.name_vi == p.name_vi and _keeps_a_former_name(succ):
        return f"{p.name(lang)} ({pick('cũ', 'former', lang)})"
    return p.name(lang)


def new_name(p: Province, lang: str = "vi") -> str:
    """A province after 1 July 2025 as a message names it: "tỉnh Gia Lai (mới)" when it bears a former
    province's name, "tỉnh Nghệ An" when it kept its territory."""
    if _keeps_a_former_name(p):
        return f"{_kind_and_name(p, lang)} ({pick('mới', 'new', lang)})"
    return _kind_and_name(p, lang)


def merged_with(p: Province, lang: str = "vi") -> str:
    """The other former provinces of a former province's successor, listed: "Hà Nam và Nam Định" (Ninh
    Bình), "" when it merged with none."""
    succ = successor(p)
    others = [q.name(lang) for q in predecessors(succ) if q.code != p.code] if succ is not None else []
    if len(others) < 2:
        return "".join(others)
    return f"{', '.join(others[:-1])} {pick('và', 'and', lang)} {others[-1]}"


def merger_of(p: Province, lang: str = "vi") -> str:
    """What became of a former province on 1 July 2025, said after its `former_name`: "đã sáp nhập vào Khánh
    Hòa" (Ninh Thuận), "đã cùng Bình Định hợp nhất thành tỉnh Gia Lai (mới)" (Gia Lai — never "Gia Lai đã
    sáp nhập vào Gia Lai", mend28b: a province merged into a successor of its own name)."""
    succ = successor(p)
    if succ is None:
        return pick("đã sáp nhập vào tỉnh khác", "merged into another province", lang)
    if not (succ.name_vi == p.name_vi and _keeps_a_former_name(succ)):
        return pick(f"đã sáp nhập vào {succ.name_vi}", f"merged into {succ.name_en}", lang)
    joined = merged_with(p, lang)
    return pick(f"đã cùng {joined} hợp nhất thành {new_name(succ)}",
                f"merged with {joined} into the new {succ.name_en}", lang)


def territory_unchanged(code: str | None) -> bool:
    """Whether a province's code names the same territory before and after the 2025 merger (Nghệ An,
    Hà Nội: its one predecessor is itself), so its figures of both frames are of one place."""
    try:
        after = province(code, "34")
    except KeyError:
        return False
    return after is not None and [p.code for p in predecessors(after)] == [code]


def frame_for(day: date) -> str:
    """The frame in force on a day."""
    return "34" if day >= MERGER_DATE else "63"


def province_words(text: str) -> str:
    """A text folded for finding province names in it: `fold` with single spaces, no filler word
    dropped.

    NOTE: `match_key` drops "đã" ("da") as a filler word, which made the key of "Đà Nẵng" "nang",
    found in every "năng lực", "năng suất", "tiềm năng 5 sao": a title about capacity named Đà Nẵng
    as the reporting province."""
    return re.sub(r"\s+", " ", fold(text)).strip()


def _province_key(text: str) -> str:
    t = province_words(text)
    # NOTE: "T. Hà Tĩnh", "T. Quảng Bình": "T." is "Tỉnh" in a ministry's compilation and a CSV's
    # province column (read as unknown provinces, the honest files were refused, batch 48); "TX.", "TT."
    # (a town) stay unknown
    for prefix in ("uy ban nhan dan tinh ", "uy ban nhan dan thanh pho ", "uy ban nhan dan ",
                   "tinh ", "thanh pho ", "tp ", "t "):
        if t.startswith(prefix):
            t = t[len(prefix):]
    return t


@lru_cache(maxsize=1)
def _province_name_index() -> dict[str, list[Province]]:
    index: dict[str, list[Province]] = {}
    for p in provinces().values():
        for text in {p.name_vi, p.name_ascii, p.name_en, *p.aliases}:
            index.setdefault(_province_key(text), [])
            if p not in index[_province_key(text)]:
                index[_province_key(text)].append(p)
    return index


@dataclass(frozen=True)
class NameInText:
    """A province's name found in a text (folded as `province_words`): the words before and after it
    decide what it is there ("huyện An Giang" is no province, "Kiên Giang (cũ)" a former one)."""
    key: str
    before: tuple[str, ...]
    after: tuple[str, ...]
    provinces: tuple[Province, ...]


@lru_cache(maxsize=1)
def _name_pattern() -> tuple[re.Pattern, dict[str, int], dict[str, tuple[tuple[int, str], ...]]]:
    """One pattern over every province name (longest first, found at every word start, so names may
    overlap: "hà nam định"), each key's order in the index, and the names inside each longer name
    ("vũng tàu" in "bà rịa vũng tàu") with their offsets."""
    keys = [k for k in _province_name_index() if k]
    order = {k: i for i, k in enumerate(keys)}
    inner = {k: tuple((m.start(), o) for o in keys if o != k
                      for m in re.finditer(rf"(?<![^ ]){re.escape(o)}(?![^ ])", k)) for k in keys}
    alternatives = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
    return re.compile(rf"(?<![^ ])(?=({alternatives})(?![^ ]))"), order, inner


@lru_cache(maxsize=1)
def _names_run_together() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for k in _province_name_index():
        if k:
            out[k.replace(" ", "")] = out.get(k.replace(" ", ""), ()) + (k,)
    return out


@lru_cache(maxsize=8192)
def province_names_in(text: str, run_together: bool = False) -> tuple[NameInText, ...]:
    """Every province name a text writes, as whole words, with the words around it, in the order of
    the registry's names (then of the text). A name inside a longer one is found too: a caller keeps
    the longest where it must. Letters only: a caller checks how a name is written where diacritics
    matter (`written_as_name`). `run_together` also finds a name written as one word, as in file
    names ("KhanhHoa")."""
    f = province_words(text)
    pattern, order, inner = _name_pattern()
    spans = []
    for m in pattern.finditer(f):
        key = m[1]
        spans.append((key, m.start(), m.start() + len(key)))
        spans.extend((o, m.start() + at, m.start() + at + len(o)) for at, o in inner[key])
    if run_together:
        at = 0
        for w in f.split(" "):
            spans.extend((k, at, at + len(w)) for k in _names_run_together().get(w, ()))
            at += len(w) + 1
    index = _province_name_index()
    return tuple(NameInText(key, tuple(f[:start].split()), tuple(f[end:].split()), tuple(index[key]))
                 for key, start, end in sorted(set(spans), key=lambda ks: (order[ks[0]], ks[1]))
                 if not _begins_inside_a_phrase(key, f[:start].split()))


def _begins_inside_a_phrase(key: str, before: list[str]) -> bool:
    """Whether a name found in a text takes its first word from a phrase the words before it begin
    (metrics/header_words.toml phrases_ending_in_a_name_word): "Sở Khoa học và Công nghệ An Giang" folds to
    "… cong nghe an giang", where "nghe an" is "công nghệ" and the first word of An Giang, never Nghệ An.

    NOTE: blind84: a department writing its name without "tỉnh" ("SỞ KHOA HỌC VÀ CÔNG NGHỆ AN GIANG", "Sở KH&CN An
    Giang") named Nghệ An and An Giang together: the title's report was accepted with none of its figures stored,
    a cluster's row under "Tên đơn vị" refused the honest file as an unknown province."""
    first = key.split(" ", 1)[0]
    return any(words[-1] == first and before[-(len(words) - 1):] == words[:-1]
               for words in _phrases_ending_in_a_name_word() if len(before) >= len(words) - 1)


@lru_cache(maxsize=1)
def _phrases_ending_in_a_name_word() -> tuple[list[str], ...]:
    return tuple(w.split() for w in header_words("phrases_ending_in_a_name_word"))


def written_as_name(text: str, name: str) -> bool:
    """Whether a text with diacritics writes a province's name with them ("Gia Lai", "Khánh Hoà"), not
    only its letters: "đánh giá lại" folds to "gia lai" too (an OCOP row re-evaluated was set aside as
    Gia Lai's). A text typed without any diacritics is matched by its letters alone."""
    low = nfc(text).lower()
    if low == bare(low):
        return True
    name = name.lower()
    return any(n in low for n in (name, name.replace("òa", "oà").replace("óa", "oá")))


# how a text writes a kind before a name: "Thành phố Huế", "TP. Huế", "Toàn thành phố Huế" (folded, the
# words just before the name); the issuing committee before them ("UBND thành phố Huế") names the issuer
_KIND_WORDS = {"thành phố": (("thanh", "pho"), ("tp",)), "tỉnh": (("tinh",),)}
_ISSUER_WORDS = (("ubnd",), ("uy", "ban", "nhan", "dan"))


def named_as_its_later_kind(p: Province, text: str, day: date) -> bool:
    """Whether a text names a province as the kind it became only by a renaming, on a day before the
    renaming: "Thành phố Huế", "TP. Huế", "Toàn thành phố Huế" as a place for Thừa Thiên Huế (the
    centrally-run city of Huế from 1/1/2025, metrics/provinces.csv "renamed") in 2024 name the
    district-level city of Huế, a part of the province, not the province."""
    r = p.renamed
    if r is None or not text or p.kind_on(day) == r.kind:
        return False
    name = province_words(r.name_vi)
    words = _KIND_WORDS.get(r.kind, ())
    # NOTE: the words before the name END with the kind ("Toàn thành phố Huế" too: batch 30's review
    # found it stored as Thừa Thiên Huế's 2024 figure). Only the place itself: "UBND THÀNH PHỐ HUẾ"
    # over a report on 2024 is the issuer as named when it wrote (often early 2025), the province's
    # report (tests/test_ingest_batch15_classes.py)
    def as_place(before: tuple) -> bool:
        kind = next((w for w in words if before[-len(w):] == w), None)
        return kind is not None and not any(before[:-len(kind)][-len(i):] == i for i in _ISSUER_WORDS)
    return any(n.key == name and as_place(n.before) for n in province_names_in(text))


def match_province(text: str) -> list[Province]:
    """Provinces (in either frame) whose name, written any common way, equals the text."""
    return list(_province_name_index().get(_province_key(text), []))


@lru_cache(maxsize=4096)
def provinces_named_within(text: str) -> tuple[Province, ...]:
    """The one province a longer text names after "tỉnh" / "thành phố" ("Số liệu 6 tháng đầu năm
    2025 của tỉnh Bình Thuận (cũ)"), in either frame; empty when it names none, or several."""
    t = f" {fold(text)} "
    found = {n.key for n in province_names_in(text)
             if n.before[-1:] in (("tinh",), ("tp",)) or n.before[-2:] == ("thanh", "pho")}
    # NOTE: "tỉnh Khánh Hòa (mới)" before the merger would mean the merged territory: not one province
    if len(found) != 1 or " moi " in t:
        return ()
    return tuple(_province_name_index()[found.pop()])


# --- how workbooks name their columns (metrics/header_words.toml) -----------------------------------

@lru_cache(maxsize=1)
def _declared_headers() -> dict:
    with open(HEADER_WORDS_FILE, "rb") as f:
        return tomllib.load(f)


def declared_header_words(section: str) -> tuple[str, ...]:
    """The words a section of metrics/header_words.toml declares, as written there."""
    return tuple(nfc(w) for w in _declared_headers()[section]["words"])


def region_other_names() -> dict[str, tuple[str, ...]]:
    """The regions' names people use besides metrics/provinces.csv's region ("Tây Bắc", "ĐBSCL") -> the declared
    regions each covers (metrics/header_words.toml region_other_names)."""
    return {nfc(k): tuple(nfc(r) for r in v) for k, v in _declared_headers()["region_other_names"].items()}


def header_words(section: str) -> frozenset[str]:
    """The words a section of metrics/header_words.toml declares ("total_words"), folded as the
    workbook reader folds a header (names.fold)."""
    return frozenset(fold(w) for w in declared_header_words(section))


# --- what is shown first (metrics/display.toml) -------------------------------------------------

@dataclass(frozen=True)
class ReportSection:
    roman: str
    title: str
    code_prefixes: tuple[str, ...]
    codes: tuple[str, ...]
    rest: bool = False

    def takes(self, ind: Indicator) -> bool:
        return self.rest or ind.code in self.codes or ind.code.startswith(self.code_prefixes)


@dataclass(frozen=True)
class Display:
    core: tuple[str, ...]                                  # overview cards, profile's core section
    default_provinces: dict[str, tuple[tuple[str, str], ...]]   # merger view -> (code, frame) pairs
    palette: tuple[str, ...]
    fixed_colours: dict[tuple[str, str], int]              # (code, frame) -> index into palette
    report_sections: tuple[ReportSection, ...]


def _pair(text: str) -> tuple[str, str]:
    code, frame = text.split("-")
    return code, frame


@lru_cache(maxsize=1)
def display(path: Path = DISPLAY_FILE) -> Display:
    with open(path, "rb") as f:
        d = tomllib.load(f)
    return Display(
        core=tuple(d["overview"]["core"]),
        default_provinces={mode: tuple(_pair(p) for p in ps) for mode, ps in d["default_provinces"].items()},
        palette=tuple(d["series_colours"]["palette"]),
        fixed_colours={_pair(k): int(v) for k, v in d["series_colours"]["fixed"].items()},
        report_sections=tuple(ReportSection(s["roman"], nfc(s["title"]), tuple(s["code_prefixes"]), tuple(s["codes"]),
                                            bool(s.get("rest", False))) for s in d["report_sections"]),
    )
