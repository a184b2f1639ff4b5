"""A label as a report writes it -> the indicator it means, as a statistician would read it.

`match_label(label, learned=...)` gives a LabelMatch with one of three outcomes:
  taken      confident, and clearly ahead of any other indicator;
  suggested  close but not certain (a grey-band score, or two indicators nearly tied): a person
             confirms or rejects it, nothing is taken before;
  ignored    no indicator is close; `closest` still names the nearest one and `reason` says why.

How (all vocabulary is data: metrics/abbreviations.toml and the registry, metrics/indicators.toml):
  1. normalize: NFC, lower case, no diacritics (so NFD/NFC, "hoà"/"hòa" and a missing accent
     agree), units and notes in parentheses dropped ("(%)" reads as "tỷ lệ"), list markers and
     trailing punctuation gone, a one-letter typo corrected against the registry's words
     (rapidfuzz's Levenshtein distance);
  2. expand abbreviations, rewrite synonyms, join multi-word terms ("cấp tỉnh", "4 sao");
  3. score against every name and alias of every indicator: how much of the alias the label
     covers and how much of the label the indicator explains, each word weighed by how rare it
     is among indicators (a word every indicator shares decides nothing); then the indicator's
     own `require` / `exclude` words (indicators.toml) rule it in or out.

Pure and memoized: the same label is matched once per process."""
from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import permutations
from pathlib import Path
from typing import Mapping

from rapidfuzz import process
from rapidfuzz.distance import Indel, Levenshtein

from etl.messages import pick
from metrics import registry
from metrics.names import bare, fold, nfc

ABBREVIATIONS_FILE = Path(registry.HERE) / "abbreviations.toml"

TAKEN, SUGGESTED, IGNORED = "taken", "suggested", "ignored"

# NOTE: calibrated on tests/fixtures/labels/corpus.csv (bench/label_bench.py prints the effect).
# A label is taken only when its score is high AND no other indicator comes close: a near tie
# between a part and its whole ("nhiệm vụ cấp tỉnh" / "nhiệm vụ") is a question, never a guess.
TAKE_SCORE = 0.85
TAKE_MARGIN = 0.10
SUGGEST_SCORE = 0.62
# a word no indicator uses ("tập huấn", "lớp") still weighs: a label mostly about something else
# must not match on the one registry word it contains
UNKNOWN_WORD_WEIGHT = 1.0
# a word only the indicator's definition uses explains a label partly
DEFINITION_CREDIT = 0.6
UNEXPLAINED_COST = 0.2
COVERAGE_POWER = 1.5


@dataclass(frozen=True)
class LabelMatch:
    outcome: str                   # taken | suggested | ignored
    indicator: str | None          # the indicator taken or suggested; None when ignored
    score: float                   # 0..1, of the indicator (or of `closest` when ignored)
    runner_up: str | None          # the next indicator (another code), if any scored
    closest: str | None            # the nearest indicator, even when ignored
    reason: str                    # a message key: see REASONS
    runner_up_score: float = 0.0
    detail: str = ""               # the word that ruled the closest out, when one did

    @property
    def taken(self) -> bool:
        return self.outcome == TAKEN

    @property
    def suggested(self) -> bool:
        return self.outcome == SUGGESTED


@dataclass(frozen=True)
class Learned:
    """What people answered before: confirmed label key -> indicator; rejected label key ->
    the indicators rejected for it (never suggested again for that label)."""
    confirmed: Mapping[str, str] = field(default_factory=dict)
    rejected: Mapping[str, frozenset] = field(default_factory=dict)


# message keys -> (vi, en); {closest}, {runner_up}, {detail} are filled by reason_text
REASONS = {
    "exact": ("Trùng tên hoặc tên gọi khác của chỉ tiêu", "Same as the indicator's name or an alias"),
    "learned": ("Nhãn đã được xác nhận trước đây", "Label confirmed before"),
    "confident": ("Khớp rõ ràng với chỉ tiêu", "Clear match"),
    "close_call": ("Gần với hai chỉ tiêu ({closest} / {runner_up}): cần xác nhận",
                   "Close to two indicators ({closest} / {runner_up}): please confirm"),
    "grey_band": ("Gần giống nhưng chưa chắc chắn: cần xác nhận", "Similar but not certain: please confirm"),
    "excluded": ("Gần nhất là “{closest}” nhưng nhãn có từ “{detail}” loại trừ chỉ tiêu này",
                 "Closest is “{closest}” but the label says “{detail}”, which rules it out"),
    "missing_required": ("Gần nhất là “{closest}” nhưng nhãn thiếu “{detail}”",
                         "Closest is “{closest}” but the label lacks “{detail}”"),
    "low_score": ("Không khớp chỉ tiêu nào trong danh mục (không đoán; gần nhất: “{closest}”, độ tin cậy {score})",
                  "Matches no indicator in the registry (not guessed; closest: “{closest}”, score {score})"),
    "no_match": ("Không khớp chỉ tiêu nào trong danh mục (không đoán)",
                 "Matches no indicator in the registry (not guessed)"),
    "context": ("Đọc cùng tiêu đề của trang hoặc mục (“{detail}”)", "Read with its sheet's or section's title (“{detail}”)"),
    "rejected_before": ("Gợi ý “{closest}” cho nhãn này đã bị bỏ qua trước đây",
                        "The suggestion “{closest}” was rejected for this label before"),
    "plan": ("Nhãn nói về kế hoạch, mục tiêu hay dự kiến (“{detail}”), không phải số thực hiện; gần nhất: “{closest}”",
             "The label speaks of a plan, target or expectation (“{detail}”), not an actual figure; closest: “{closest}”"),
    "change": ("Nhãn nói về mức thay đổi của một số liệu (“{detail}”), không phải chính số liệu; gần nhất: “{closest}”",
               "The label speaks of a change of a figure (“{detail}”), not the figure itself; closest: “{closest}”"),
    "aggregate": ("Nhãn nói về số bình quân hoặc số chung của nhiều tỉnh (“{detail}”), không phải số liệu của một tỉnh; "
                  "gần nhất: “{closest}”",
                  "The label speaks of an average or a total over many provinces (“{detail}”), not one province's "
                  "figure; closest: “{closest}”"),
    "per_population": ("Nhãn nói về số liệu tính trên số dân (“{detail}”), không phải tổng số; gần nhất: “{closest}”",
                       "The label speaks of a figure per number of people (“{detail}”), not the total; "
                       "closest: “{closest}”"),
    "part": ("Nhãn nói về một phần không có trong danh mục (“{detail}”: một huyện, một nhóm, một lĩnh vực, nam hay nữ), không phải "
             "số liệu của cả tỉnh; gần nhất: “{closest}”",
             "The label speaks of a share the registry does not declare (“{detail}”: a district, a group, a field, men or women), "
             "not the province's whole; closest: “{closest}”"),
    "share_of_total": ("Nhãn nói về một số trên tổng số (“{detail}”), không phải chính số liệu; gần nhất: “{closest}”",
                       "The label speaks of a figure over a total (“{detail}”), not the figure itself; closest: “{closest}”"),
    "empty": ("Nhãn trống", "Empty label"),
}


# the reasons that rule a row's label out of the indicator it came closest to (the row was read as an indicator's
# and set aside): listed to the uploader when a file finds no indicator at all (etl/pipeline.py)
_RULED_OUT = ("excluded", "missing_required", "plan", "change", "share_of_total", "aggregate", "per_population", "part",
              "low_score",
              "close_call", "grey_band", "rejected_before")
_RULED_OUT_VI = re.compile("|".join("^" + ".*".join(map(re.escape, re.split(r"\{\w+\}", REASONS[k][0]))) + "$"
                                    for k in _RULED_OUT), re.S)


def is_ruled_out_reason(reason_vi: str) -> bool:
    """Whether a row's reason (Vietnamese) says its label came close to an indicator and was ruled out."""
    return bool(_RULED_OUT_VI.match(reason_vi or ""))


def reason_text(m: LabelMatch | None, lang: str = "vi") -> str:
    """The reason of a match in words, naming the indicators it speaks of."""
    reason = m.reason if m is not None and m.closest else "no_match"
    vi, en = REASONS.get(reason, (reason, reason))
    if m is None:
        return pick(vi, en, lang)
    inds = registry.indicators()

    def name(code):
        return inds[code].name(lang) if code in inds else (code or "—")
    score = pick(f"{m.score:.2f}".replace(".", ","), f"{m.score:.2f}", lang)
    return pick(vi, en, lang).format(
        closest=name(m.closest), runner_up=name(m.runner_up), detail=m.detail, score=score)


# --- normalizing ------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Vocabulary:
    abbreviations: re.Pattern
    abbreviation_map: dict
    synonyms: re.Pattern
    synonym_map: dict
    terms: re.Pattern
    stopwords: frozenset
    plan_words: tuple              # folded words that make a label a plan, never an actual
    change_words: tuple            # folded words that make a label a change of a figure, never the figure
    aggregate_words: tuple         # folded words that make a label an average over many provinces
    per_population_words: tuple    # folded words that make a label a figure per number of people
    part_words: tuple              # folded words that make a label one undeclared share (a district's, a group's)
    period_words: frozenset        # stopwords kept for `exclude` only ("trong_ky")
    units: frozenset               # folded unit words: a parenthesis holding only these is dropped
    syllables: tuple               # every known syllable (typo correction targets)


def _fold(text: str) -> str:
    """Lower case, no diacritics, "&" as "va", "%" as "ty le", "≥" as "tu", punctuation as spaces."""
    t = bare(text)
    # "≥ 3 sao" is "từ 3 sao" (3 stars or more), never the 3-star class
    t = t.replace("&", " va ").replace("%", " ty le ").replace("≥", " tu ")
    t = re.sub(r"[^\w]+", " ", t)
    return re.sub(r"\s+", " ", t).strip()


def _alternation(keys) -> re.Pattern:
    keys = sorted({k for k in keys if k}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(k) for k in keys) + r")(?!\w)")


@lru_cache(maxsize=1)
def _declared_words() -> dict:
    with open(ABBREVIATIONS_FILE, "rb") as f:
        return tomllib.load(f)


def declared_table() -> dict:
    """metrics/abbreviations.toml as declared, every section."""
    return _declared_words()


def declared_abbreviations() -> dict[str, str]:
    """metrics/abbreviations.toml's abbreviations as declared ("NV" -> "nhiệm vụ"), unfolded."""
    return dict(_declared_words()["abbreviations"])


def declared_words(section: str) -> tuple[str, ...]:
    """The words a section of metrics/abbreviations.toml declares ("count_units", "plan_words")."""
    return tuple(_declared_words()[section]["words"])


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    data = _declared_words()
    abbr = {_fold(k): _fold(v) for k, v in data["abbreviations"].items()}
    syn = {_fold(k): _fold(v) for k, v in data["synonyms"].items()}
    for whole, members in data["every_member_lists"].items():
        # "bảo hộ NHTT, NHCN, CDĐL" (abbreviations written out first): the whole, its members in any order
        for order in permutations(_fold(m) for m in members):
            syn[f"{_fold(whole)} {' '.join(order)}"] = _fold(whole)
            syn[f"{_fold(whole)} {' '.join(order[:-1])} va {order[-1]}"] = _fold(whole)
    terms = {_fold(t) for t in data["terms"]["terms"]}
    stop = frozenset(_fold(w).replace(" ", "_") for w in data["stopwords"]["words"])
    plan = {_fold(w): w for w in data["plan_words"]["words"]}
    change = {_fold(w): w for w in data["change_words"]["words"]}
    aggregate = {_fold(w): w for w in data["aggregate_words"]["words"]}
    per_population = {_fold(w): w for w in data["per_population_words"]["words"]}
    part = {_fold(w): w for w in data["part_words"]["words"]}
    fields = {_fold(w) for w in data["part_words"]["field_words"]}
    # a failure word is one term: "không" beside any "đạt" is not one ("đạt" alone is a stopword)
    failure = {_fold(w) for w in data["failure_words"]["words"]}
    failure |= {_fold(w) for w in data["pending_words"]["words"]}   # "chờ công nhận", "tái cấp": one term each
    terms |= {w for w in (*plan, *change, *aggregate, *per_population, *part, *fields, *failure) if " " in w}
    period = frozenset(_fold(w).replace(" ", "_") for w in data["period_words"]["words"])
    stop |= period
    units = set()
    for ind in registry.indicators().values():
        units.update({_fold(ind.unit_vi), _fold(ind.unit_en), *(_fold(u) for u in ind.unit_aliases)})
    units.update(_fold(u) for u in ("đvt", "đơn vị", "đơn vị tính", "lượt", "người", "*", "", "đồng",
                                    "triệu đồng", "tỷ đồng", "ha", "hộ", "cái", "văn bằng", "giấy chứng nhận"))
    syllables = set()
    texts = [*abbr, *abbr.values(), *syn, *syn.values(), *terms, *(w.replace("_", " ") for w in stop)]
    for ind in registry.indicators().values():
        texts += [ind.name_vi, ind.name_en, *ind.aliases, ind.definition_vi]
    for t in texts:
        syllables.update(_fold(t).split())
    terms |= {w.replace('_', ' ') for w in stop if '_' in w}
    return _Vocabulary(_alternation(abbr), abbr, _alternation(syn), syn, _alternation(terms),
                       stop, tuple((k.replace(" ", "_"), v) for k, v in plan.items()),
                       tuple((k.replace(" ", "_"), v) for k, v in change.items()),
                       tuple((k.replace(" ", "_"), v) for k, v in aggregate.items()),
                       tuple((k.replace(" ", "_"), v) for k, v in per_population.items()),
                       tuple((k.replace(" ", "_"), v) for k, v in part.items()), period, frozenset(units),
                       tuple(sorted(syllables)))


_PARENS = re.compile(r"[\(\[]([^()\[\]]*)[\)\]]")
_LIST_MARKER = re.compile(r"^\s*(?:[-+•*–—]+|(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*[\.\)/])\s*", re.I)
_FOOTNOTE = re.compile(r"\[\d+\]|\(\d+\)|\*+")
_DIGITS = re.compile(r"^\d+$")


def _drop_unit_notes(text: str) -> str:
    """'(%)' stays as '%' (a rate); '(nhiệm vụ)', '(*)', '(ĐVT: người)' go; other parentheses
    ('(KH&CN)', '(lũy kế)', '(TFP)') are words of the label."""
    vocab = _vocabulary()

    def one(m):
        inner = m[1].strip()
        if "%" in inner:
            return " % "
        f = _fold(inner)
        f = re.sub(r"^(dvt|don vi tinh|don vi)\s*", "", f)
        return " " if f in vocab.units else f" {inner} "
    text = _FOOTNOTE.sub(" ", text)
    for _ in range(2):
        text = _PARENS.sub(one, text)
    return text


@lru_cache(maxsize=1 << 14)
def _correct(syllable: str) -> str:
    """A one-letter typo of a known syllable ("ngiem" -> "nghiem"); unknown words stay."""
    vocab = _vocabulary()
    if len(syllable) < 5 or syllable.isdigit():
        return syllable
    hits = process.extract(syllable, vocab.syllables, scorer=Levenshtein.distance, score_cutoff=1, limit=5)
    if not hits or hits[0][1] == 0:
        return syllable
    # a tie ("ngiem": "nghiem" or "nhiem") goes to the one reached by a dropped letter, if only one
    best = sorted((Indel.distance(syllable, h[0]), h[0]) for h in hits)
    if len(best) > 1 and best[0][0] == best[1][0]:
        return syllable
    return best[0][1]


@lru_cache(maxsize=1 << 16)
def label_tokens(label: str) -> tuple[str, ...]:
    """The meaning-bearing words of a label, in order, terms joined by "_"."""
    return _tokens(label, False)


@lru_cache(maxsize=1 << 16)
def _rule_tokens(label: str) -> tuple[str, ...]:
    """The words an indicator's `require` / `exclude` are checked against: the label's words
    and its numbers.

    NOTE: numbers do not score (a year, an item number, a count typed into the label say nothing
    of the indicator), but a declared "34" (a rank among 34 provinces, not 63) must be seen:
    dropped, `require = ["34"]` could never be met and `exclude = ["34"]` never ruled out."""
    return _tokens(label, True)


_QUOTED = re.compile(r"[“\"«]([^”\"»“«]{1,80})[”\"»]")


@lru_cache(maxsize=1)
def _registry_words() -> frozenset:
    """Every word of the registry's names and aliases, as the matcher reads them."""
    words = set()
    for ind in registry.indicators().values():
        for text in (ind.name_vi, ind.name_en, *ind.aliases):
            words.update(_tokens(text, False, names=False))
    return frozenset(words)


def _drop_proper_names(text: str) -> str:
    """A name in quotes that no indicator's words are in — the geographical indication's, the
    product's, the programme's (“Ngọc Linh”, “Bình Thuận”) — says which one, not what is counted;
    a quoted word of the registry (“Thể chế”) stays."""
    def one(m):
        inner = _tokens(m[1], False, names=False)
        return f" {m[1]} " if any(t in _registry_words() for t in inner) else " "
    return _QUOTED.sub(one, text)


def _tokens(label: str, keep_numbers: bool, names: bool = True) -> tuple[str, ...]:
    vocab = _vocabulary()
    t = nfc(label)
    if names and ("“" in t or '"' in t or "«" in t):
        t = _drop_proper_names(t)
    for _ in range(3):
        t2 = _LIST_MARKER.sub("", t)
        if t2 == t:
            break
        t = t2
    t = _drop_unit_notes(t)
    f = _fold(t)
    known = _known_syllables()
    f = " ".join(s if s in known else _correct(s) for s in f.split())
    for _ in range(2):   # an expansion may itself hold an abbreviation
        f = vocab.abbreviations.sub(lambda m: vocab.abbreviation_map[m[1]], f)
    for _ in range(3):   # a rewrite may make another synonym ("SHCN" -> "sở hữu công nghiệp" -> …)
        f2 = vocab.synonyms.sub(lambda m: vocab.synonym_map[m[1]], f)
        if f2 == f:
            break
        f = f2
    f = vocab.terms.sub(lambda m: m[1].replace(" ", "_"), f)
    out = []
    for tok in f.split():
        if keep_numbers and tok in vocab.period_words:
            pass   # seen by `exclude`, weighed by nothing
        elif tok in vocab.stopwords or (_DIGITS.match(tok) and not keep_numbers) or tok in out:
            continue
        out.append(tok)
    return tuple(out)


def expand_abbreviations(text: str) -> str:
    """Folded text with metrics/abbreviations.toml's abbreviations written out, whole words: "SP"
    is "san pham", "NH" "nhan hieu" (a unit typed after a figure, "8 SP", compared with an
    indicator's unit)."""
    vocab = _vocabulary()
    f = _fold(nfc(text))
    for _ in range(2):
        f = vocab.abbreviations.sub(lambda m: vocab.abbreviation_map[m[1]], f)
    return f


def label_key(label: str) -> str:
    """The key a learned label is remembered by: equal for labels that differ only in case,
    Unicode form, accents, spacing, units in parentheses or trailing punctuation."""
    return " ".join(label_tokens(label)) or _fold(nfc(label))


# --- the registry as the matcher sees it ------------------------------------------------------

@dataclass(frozen=True)
class _Entry:
    code: str
    aliases: tuple                 # token tuples of the name and every alias
    vocabulary: frozenset          # every token of its names and aliases
    definition: frozenset          # tokens only its definition uses
    require: tuple                 # tuples of alternative token sequences, each group needed
    exclude: tuple                 # token sequences, any rules it out
    require_text: tuple
    exclude_text: tuple
    # the alternatives of one `require` group stand for each other ("lũy kế|hiệu lực")
    equivalent: dict = field(default_factory=dict, hash=False, compare=False)
    # the words of its `exclude_lists` (one declared list of a whole's parts, metrics/abbreviations.toml
    # budget_part_words, level_part_words): read outside a list of the whole's own members
    part_exclude: tuple = ()
    part_exclude_text: tuple = ()
    exclude_in_order: tuple = ()   # token sequences that rule it out only in that order, one after another
    exclude_in_order_text: tuple = ()
    exclude_tail: tuple = ()       # (folded, declared) phrases that rule it out only as the label's last words

    @cached_property
    def reach(self) -> frozenset:
        """Every token that covers a word of one of its aliases (the word or its `equivalent`s): a label
        holding none of them scores 0 against every alias (_score)."""
        return frozenset(t for a in self.aliases for w in a for t in (w, *self.equivalent.get(w, ())))


def _phrase_tokens(text: str) -> tuple:
    return _rule_tokens(text)


@lru_cache(maxsize=1)
def _entries() -> tuple[tuple[_Entry, ...], dict]:
    table = registry.read_indicator_table()
    entries = []
    for code, ind in registry.indicators().items():
        raw = table[code]
        aliases = tuple(dict.fromkeys(t for t in (label_tokens(x) for x in (ind.name_vi, ind.name_en, *ind.aliases)) if t))
        vocab = frozenset(tok for a in aliases for tok in a)
        definition = frozenset(label_tokens(ind.definition_vi)) - vocab
        require = tuple(tuple(_phrase_tokens(alt) for alt in str(r).split("|")) for r in raw.get("require", ()))
        exclude_text = tuple(raw.get("exclude", ()))
        if ind.kind in ("count", "rate"):
            # NOTE: a count of what failed is no count of what passed (review19a: "Số nhiệm vụ nghiệm
            # thu không đạt | 3" stored as 3 tasks accepted): one declared list, every count excludes it;
            # and every rate (wrong37: "Tỷ lệ hồ sơ trực tuyến bị từ chối" stored as the online dossier rate)
            exclude_text += tuple(w for sec in ("failure_words", "pending_words") for w in declared_words(sec)
                                  if w not in exclude_text)
        if ind.kind in ("count", "money"):
            # NOTE: an average is no period's count or sum (wrong30: "Sản phẩm OCOP được công nhận bình
            # quân 1 năm | 12" under "Năm 2024" stored as 2024's products): one declared list
            exclude_text += tuple(w for w in declared_words("average_words") if w not in exclude_text)
        if ind.kind in ("count", "money", "rate") and not any(
                _has(a, t) for a in aliases for w in declared_words("rank_words_graded") for t in _phrase_tokens(w)):
            # NOTE: a rank among places is no count, sum or rate (batch 51: "Xếp hạng về số tổ chức
            # KH&CN trong vùng" read as the organisations); OCOP grades its products by stars
            exclude_text += tuple(w for w in declared_words("rank_words") if w not in exclude_text)
        exclude = tuple(_phrase_tokens(x) for x in exclude_text)
        equivalent: dict[str, set] = {}
        for group in require:
            words = {alt[0] for alt in group if len(alt) == 1}
            for w in words:
                equivalent.setdefault(w, set()).update(words - {w})
        part_text = tuple(dict.fromkeys(w for sec in raw.get("exclude_lists", ()) for w in declared_words(sec)))
        in_order_text = tuple(raw.get("exclude_in_order", ()))
        entries.append(_Entry(code, aliases, vocab, definition, require, exclude,
                              tuple(raw.get("require", ())), exclude_text,
                              {k: frozenset(v) for k, v in equivalent.items() if v},
                              part_exclude=tuple(_phrase_tokens(x) for x in part_text), part_exclude_text=part_text,
                              exclude_in_order=tuple(_phrase_tokens(x) for x in in_order_text),
                              exclude_in_order_text=in_order_text,
                              exclude_tail=tuple(sorted(dict.fromkeys(  # the longest first (_tail_part)
                                  (_fold(w), w) for sec in raw.get("exclude_tail_lists", ()) for w in declared_words(sec)),
                                  key=lambda p: len(p[0]), reverse=True))))
    # a word's weight: how few indicators use it (inverse document frequency)
    df: dict[str, int] = {}
    for e in entries:
        for tok in e.vocabulary:
            df[tok] = df.get(tok, 0) + 1
    n = len(entries)
    weights = {tok: math.log(1 + n / d) for tok, d in df.items()}
    return tuple(entries), weights


@lru_cache(maxsize=1 << 12)
def _token_index(tokens: tuple) -> tuple[frozenset, str]:
    """A label's tokens as a set, and each as "_term_" in one string (a term's tokens are joined by "_", never
    by a space): what _has asks, ~50 times a label for each indicator's words that may rule it out."""
    return frozenset(tokens), " ".join(f"_{t}_" for t in tokens)


def _has(tokens: tuple, word: str) -> bool:
    """The label holds the word: as a token, or (a word of two syllables or more) inside a
    longer term ("nhãn hiệu" is in "nhãn hiệu tập thể"; "mới" is not in "đổi mới")."""
    have, terms = _token_index(tokens)
    if word in have:
        return True
    return "_" in word and f"_{word}_" in terms


def _contains(tokens: tuple, phrase: tuple) -> bool:
    """Every word of the phrase is in the label (terms are single tokens, so order is free)."""
    return bool(phrase) and all(_has(tokens, p) for p in phrase)


def _in_order(tokens: tuple, phrase: tuple) -> bool:
    """The phrase's words are in the label one right after another, in the phrase's order."""
    n = len(phrase)
    return bool(phrase) and any(tokens[i:i + n] == phrase for i in range(len(tokens) - n + 1))


def _tail_part(label: str, phrases: tuple) -> str | None:
    """The phrase of `phrases` ((folded, declared) pairs, the longest first) the label ends with, its unit
    note and brackets aside: a part named by its holder or source after the whole's name ("Chi NSNN cho
    KH&CN của Sở", "… (ngân sách tỉnh)"). Only the end: the same words opening a label ("Chi ngân sách tỉnh cho KH&CN") name it."""
    text = f" {_fold(_drop_unit_notes(label))} "
    return next((w for f, w in phrases if text.endswith(f" {f} ")), None)


def _alternatives(words) -> str:
    return "|".join(re.escape(nfc(w).lower()) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _absence_note() -> re.Pattern:
    # NOTE: wrong40: and a bracket leaving what failed out of the count ("Tỷ lệ hồ sơ trực tuyến (không tính hồ sơ
    # bị trả lại) | 85,5": metrics/header_words.toml note_exclusion_words, then abbreviations.toml failure_words):
    # the failures are not what the label counts either — "trả lại" ruled the online dossier rate out and its
    # 85,5 was lost (since wrong37). Only failures: a bracket leaving out a part ("(không kể nhiệm vụ chuyển
    # tiếp)") leaves a part of the whole, another rule's (etl/row_labels.py)
    absent, lead, failed = (_alternatives(declared_words("absence_note_words")),
                            _alternatives(registry.declared_header_words("note_exclusion_words")),
                            _alternatives(declared_words("failure_words")))
    return re.compile(rf"[\(\[]\s*(?:(?:{absent})(?!\w)|(?:{lead})(?!\w)(?=[^\d()\[\]]*?(?<!\w)(?:{failed})(?!\w)))"
                      rf"[^\d()\[\]]*[\)\]]")


@lru_cache(maxsize=4096)
def absence_notes_out(text: str) -> str:
    """Text (lower case) with a bracket saying something is absent taken out ("Số nhiệm vụ được nghiệm thu
    (không có nhiệm vụ quá hạn)": metrics/abbreviations.toml absence_note_words, no figure inside), or leaving
    what failed out of the count ("(không tính hồ sơ bị trả lại)"): what is absent is not what the label
    counts, and its words rule nothing out."""
    return _absence_note().sub(" ", nfc(text).lower())


def _ruled(e: _Entry, tokens: tuple, label: str = "") -> tuple[str, str] | None:
    """('excluded' | 'missing_required', the declared words) when the indicator's own words
    rule the label out — or the label counts a thing the indicator does not (its `excluded_units`:
    "Số hồ sơ …" is no count of organizations and people)."""
    # NOTE: wrong39: "(không có nhiệm vụ quá hạn)" ruled out the tasks accepted by "quá hạn", said absent
    said = _rule_tokens(absence_notes_out(label)) if label and _absence_note().search(nfc(label).lower()) else tokens
    for phrase, text in zip(e.exclude, e.exclude_text):
        if _contains(said, phrase):
            return "excluded", text
    if e.part_exclude:
        # NOTE: "Tổng chi ngân sách cho KH&CN (gồm đầu tư phát triển và sự nghiệp)" names the whole by
        # its members: no part (review22b: the row was excluded, alone on its sheet the file refused)
        own = _rule_tokens(absence_notes_out(stopped_tasks_left_out(whole_lists_out(label)))) if label else tokens
        for phrase, text in zip(e.part_exclude, e.part_exclude_text):
            if _contains(own, phrase):
                return "excluded", text
    for phrase, text in zip(e.exclude_in_order, e.exclude_in_order_text):
        # NOTE: "Doanh nghiệp đăng ký hỗ trợ" (applied for support) is ruled out, "Doanh nghiệp được
        # hỗ trợ đăng ký nhãn hiệu" (supported, to register a mark) not: the same words, in another
        # order — `exclude` is order-free (probe33)
        if _in_order(said, phrase):
            return "excluded", text
    if label and e.exclude_tail and (tail := _tail_part(label, e.exclude_tail)):
        return "excluded", tail
    if label and (unit := registry.excluded_unit(e.code, label)) is not None:
        return "excluded", unit
    for group, text in zip(e.require, e.require_text):
        if not any(_contains(tokens, alt) for alt in group):
            return "missing_required", text.replace("|", " / ")
    return None


def period_rules_out(code: str, label: str) -> bool:
    """The label says a period word ("trong năm", "trong kỳ") that the indicator's own `exclude`
    names: what a variant of the label without its period phrase has lost ("Nhãn hiệu tập thể được
    bảo hộ trong năm 2024" read as "… được bảo hộ" of 2024). Only period words: a trailing note is
    dropped from a label on purpose ("công nhận lại (hết thời hạn 36 tháng)")."""
    entry = next((e for e in _entries()[0] if e.code == code), None)
    tokens = _rule_tokens(nfc(label))
    period = _vocabulary().period_words
    return entry is not None and any(all(p in period for p in phrase) and _contains(tokens, phrase)
                                     for phrase in entry.exclude)


def _score(e: _Entry, tokens: tuple, weights: dict) -> float:
    # NOTE: session 37: a label shares no word with most of the ~100 indicators; each was scored alias by alias
    # all the same (a third of a class test's examine). Without a word in reach every alias covers 0: best 0.0
    if e.reach.isdisjoint(tokens):
        return 0.0
    lw = [weights.get(t, UNKNOWN_WORD_WEIGHT) for t in tokens]
    total_label = sum(lw)
    if not total_label:
        return 0.0
    # words of the label this indicator speaks of (alias words fully, definition words partly)
    vocab_credit = sum(w for t, w in zip(tokens, lw) if t in e.vocabulary)
    vocab_credit += DEFINITION_CREDIT * sum(w for t, w in zip(tokens, lw) if t in e.definition)
    best = 0.0
    for alias in e.aliases:
        aw = sum(weights.get(t, UNKNOWN_WORD_WEIGHT) for t in alias)
        covered = sum(weights.get(t, UNKNOWN_WORD_WEIGHT) for t in alias
                      if t in tokens or any(x in tokens for x in e.equivalent.get(t, ())))
        coverage = covered / aw if aw else 0.0
        if coverage == 0:
            continue
        # what this alias explains fully; the rest of the indicator's vocabulary half as well
        own = sum(w for t, w in zip(tokens, lw) if t in alias)
        credit = own + 0.5 * (vocab_credit - own)
        # NOTE: words the indicator does not explain cost half: labels add context freely
        # ("đang thực hiện", "trên địa bàn tỉnh"); the words that truly point elsewhere are
        # declared per indicator (`exclude`) and rule it out instead.
        explained = credit / (credit + UNEXPLAINED_COST * (total_label - credit))
        # the alias must be (nearly) all there; extra words cost less than missing ones
        s = coverage ** COVERAGE_POWER * explained
        s = min(s, 1.0)
        if s > best:
            best = s
    return best


def _exact_code(label: str) -> str | None:
    code = registry.match_indicator(label)
    if code:
        return code
    toks = label_tokens(label)
    if not toks:
        return None
    rule_tokens = _rule_tokens(label)
    hits = {e.code for e in _entries()[0] if toks in e.aliases and _ruled(e, rule_tokens, label) is None}
    if len(hits) == 1:
        return hits.pop()
    # NOTE: a declared name or alias with one word mistyped ("Number of S&T tasks acceppted"):
    # corrected word by word as the tokens are, it is that name exactly — word for word, not a
    # wording whose meaning-bearing words happen to be an alias's ("Tổng chi cho KH&CN trên địa
    # bàn", every source, has the words of a state-budget alias once "chi" and stopwords are read)
    folded = _fold(nfc(label))
    known = _known_syllables()
    fixed = " ".join(s if s in known else _correct(s) for s in folded.split())
    return registry.match_indicator(fixed) if fixed != folded else None


@lru_cache(maxsize=1)
def _part_shapes() -> tuple[dict, tuple, re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """metrics/abbreviations.toml `part_words`: the field words (folded token › word), the token
    runs of the fields that are science and technology itself, a bracket opening with a group's
    word, a place word followed by the place's name, one sex named as the label's last word or "… giới", every field
    named (folded), an office's word followed by its name."""
    data = _declared_words()["part_words"]
    fields = {_fold(w).replace(" ", "_"): w for w in data["field_words"]}
    whole = tuple(_rule_tokens(w) for w in data["whole_fields"])
    bracket = re.compile(r"[\(\[]\s*(" + "|".join(re.escape(w) for w in data["bracket_words"]) + r")(?!\w)", re.I)
    place = re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in data["place_words"]) + r")\.?\s+(\w)", re.I)
    sexes = "|".join(re.escape(w) for w in registry.declared_header_words("sex_words"))
    # NOTE: case-insensitive but accent-exact: "nam" never matches "năm" (the year's word)
    sex = re.compile(rf"(?:(?:^|[-–—(:,;]|(?<!\w)là)\s*({sexes})\s*\)?\s*$|(?<!\w)({sexes})\s+giới(?!\w))", re.I)
    every_field = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(_fold(w)) for w in data["all_fields_words"]) + r")(?!\w)")
    office = re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in data["office_words"]) + r")\s+(\w.*)$", re.I)
    return fields, whole, bracket, place, sex, every_field, office


def _part_named(label: str, rule_tokens: tuple) -> str | None:
    """The words that make a label one share by its shape: one field that is not science and
    technology ("… nghiệm thu trong lĩnh vực nông nghiệp", never "… trong lĩnh vực KH&CN"), a group
    in brackets ("(nhóm thảo dược)"), a named commune or town ("của xã Quỳnh Lưu", "của thành phố
    Vinh"; a capital letter opens the name)."""
    fields, whole, bracket, place, sex, every_field, office = _part_shapes()
    every = every_field.search(_fold(nfc(label)))
    for i, tok in enumerate(rule_tokens):
        rest = rule_tokens[i + 1:]
        if tok in fields and rest and not any(rest[:len(w)] == w for w in whole if w) and not every:
            return fields[tok]
    text = nfc(label)
    if named := office_named(text):
        return named
    m = bracket.search(text)
    if m:
        return f"({m[1]} …)"
    m = next((m for m in place.finditer(text) if m[2].isupper()), None)
    if m:
        return f"{m[1]} …"
    m = _programme_by_number().search(text)
    return f"{m[1]} {m[2]}" if m else _sex_named(label)


def office_named(text: str) -> str | None:
    """The office a text names as its owner ("… của Sở Nông nghiệp", "do Sở Y tế …": metrics/abbreviations.toml
    office_words and a capital), never S&T's own ("của Sở KH&CN"); None when it names none."""
    office = _part_shapes()[6]
    whole = _part_shapes()[1]
    m = office.search(nfc(text))
    if m and m[2][0].isupper() and not any(_rule_tokens(m[2])[:len(w)] == w for w in whole if w):
        return f"{m[1]} …"
    return None


def _sex_named(label: str) -> str | None:
    """The sex a label names as its part ("… - Nam", "… (nữ)", "… là nam", "… nam giới"), or None."""
    sex = _part_shapes()[4]
    # the label as written first: "(nam)" reads as a unit note and is dropped with them
    m = sex.search(nfc(label).strip()) or sex.search(_drop_unit_notes(nfc(label)).strip())
    return (m[1] or m[2]).lower() if m else None


@lru_cache(maxsize=1)
def _programme_by_number() -> re.Pattern:
    """metrics/abbreviations.toml `part_words.programme_words` followed by a number ("Chương trình
    1322", "Nghị quyết số 57-NQ/TW"): one programme's share of what an indicator counts."""
    words = _declared_words()["part_words"]["programme_words"]
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")\s+(?:số\s+)?(\d+)", re.I)


@lru_cache(maxsize=1)
def _known_syllables() -> frozenset:
    return frozenset(_vocabulary().syllables)


@lru_cache(maxsize=1)
def _share_of_total_pattern() -> re.Pattern:
    words = sorted({" ".join(_fold(w).split()) for w in declared_words("share_of_total_words")}, key=len, reverse=True)
    return re.compile(r"(?:^| )(%s)(?= |$)" % "|".join(map(re.escape, words)))


def _share_of_total(label: str) -> str | None:
    """The words by which a label says its figure is one over a total ("… / tổng số nhiệm vụ"), or None."""
    m = _share_of_total_pattern().search(" ".join(_fold(label.replace("/", " trên ")).split()))
    return m[1] if m else None


def _indicator_kind(code: str) -> str:
    from metrics import registry

    return registry.indicator(code).kind


@lru_cache(maxsize=1)
def _region_in_label_pattern() -> re.Pattern:
    names = {_fold(p.region) for p in registry.provinces().values() if p.region}
    names |= {_fold(n) for n in registry.region_other_names()}
    leads = {_fold(w) for w in (*registry.declared_header_words("region_lead_words"),
                                *registry.declared_header_words("title_together_words")) if _fold(w) not in ("ca",)}
    return re.compile(rf"(?<!\w)(?:{'|'.join(sorted(map(re.escape, leads), key=len, reverse=True))})\s+"
                      rf"(?:{'|'.join(sorted(map(re.escape, names), key=len, reverse=True))})(?!\w)")


@lru_cache(maxsize=1)
def _region_bare_note_pattern() -> re.Pattern:
    names = {_fold(p.region) for p in registry.provinces().values() if p.region}
    names |= {_fold(n) for n in registry.region_other_names()}
    leads = {_fold(w) for w in registry.declared_header_words("region_lead_words")}
    # a note: in brackets, or after a dash or a colon closing the label ("Số sản phẩm OCOP - Tây Nguyên")
    return re.compile(rf"(?:[(\[]\s*|\s[-–—:]\s*)((?:(?:{'|'.join(sorted(map(re.escape, leads), key=len, reverse=True))})\s+)?"
                      rf"(?:{'|'.join(sorted(map(re.escape, names), key=len, reverse=True))}))\s*(?:[)\]]|$)")


def region_in_label(label: str) -> str | None:
    """The words of a label naming a region's provinces together ("Số nhiệm vụ KH&CN được nghiệm thu vùng Tây Nguyên",
    "… (các tỉnh ĐBSCL)"): a region's lead word (metrics/header_words.toml region_lead_words, title_together_words)
    before its name; None for none, or after a programme's, a comparison's or a venue's word ("Nhiệm vụ thuộc Chương
    trình phát triển vùng Tây Bắc", "… so với các tỉnh Tây Nguyên": title_together_not_whose_words).

    NOTE: wrong51: "Số nhiệm vụ KH&CN được nghiệm thu (cả vùng Tây Nguyên) | 30" in Đắk Lắk's report was stored as Đắk
    Lắk's (the note dropped, the rest an exact name); "… vùng Tây Nguyên" taken at 0.92. A row's label only
    (etl/row_labels.py meaning): a title naming the region over a row per province ("SẢN PHẨM OCOP … CÁC TỈNH TÂY
    NGUYÊN") names the rows' indicator."""
    f = _fold(nfc(label))
    m = _region_in_label_pattern().search(f)
    if m is None:
        # NOTE: wrong52: "Số sản phẩm OCOP (Tây Nguyên) | 12" in Đắk Lắk's report — the region bare in a note saying
        # nothing else is the figure's scope, as "(toàn vùng)" is; the bracket dropped, the region's 12 was stored as
        # Đắk Lắk's. Only a note that is the region whole: "(Chương trình Tây Nguyên)", "(Tây Nguyên 3)" are names
        g = " ".join(bare(nfc(label)).lower().split()).rstrip(" :.;")
        m = _region_bare_note_pattern().search(g)
        if m is None:
            return None
        f = _fold(g[:m.start(1)]) + " " + m[1]
        m = re.search(re.escape(m[1]) + "$", f)
    before = f" {f[:m.start()]} "
    if any(f" {_fold(w)} " in before for w in registry.declared_header_words("title_together_not_whose_words")):
        return None
    # the words as the label writes them (its diacritics), for the reason the uploader reads
    words, said = re.findall(r"\w+", nfc(label)), m[0].split()
    folded = [_fold(w) for w in words]
    at = next((i for i in range(len(folded)) if folded[i:i + len(said)] == said), None)
    return " ".join(words[at:at + len(said)]) if at is not None else m[0]


# NOTE: a pure function of the label (the registry's words are fixed for a process; clear_caches after
# they change): a report asks it for every row's label, a corpus for the same labels again and again.
# Lost for a day when _share_of_total_pattern was written in between this decorator and _match (the
# examine of the corpus's 938 fixture files took 3 m 26 s of CPU; with it and header_role remembered, ~1 m)
@lru_cache(maxsize=1 << 14)
def _match(label: str) -> LabelMatch:
    tokens = label_tokens(label)
    if not tokens:
        return LabelMatch(IGNORED, None, 0.0, None, None, "empty")
    rule_tokens = _rule_tokens(label)
    code = _exact_code(label)
    entries, weights = _entries()
    if code and (sex := _sex_named(label)):
        # NOTE: wrong35: "Người làm nghiên cứu khoa học - Nam" folds to the alias and a year word ("nam" is
        # "năm" folded, a period word dropped): the men, never every researcher
        return LabelMatch(IGNORED, None, 1.0, None, code, "part", 0.0, sex)
    share = _share_of_total(label)
    if code and share and _indicator_kind(code) != "rate":
        return LabelMatch(IGNORED, None, 1.0, None, code, "share_of_total", 0.0, share)
    if code:
        return LabelMatch(TAKEN, code, 1.0, None, code, "exact")
    ranked = sorted(((s, e) for e in entries if (s := _score(e, tokens, weights)) > 0), key=lambda x: -x[0])
    # (score, code, ruled) — whether an indicator's own words rule the label out, asked down the ranking only
    # until two indicators are allowed: what follows reads the top one and the first two allowed, nothing more
    scored = []
    for s, e in ranked:
        scored.append((s, e.code, _ruled(e, rule_tokens, label)))
        if sum(x[2] is None for x in scored) == 2:
            break
    if not scored:
        return LabelMatch(IGNORED, None, 0.0, None, None, "low_score")
    if share and _indicator_kind(scored[0][1]) != "rate":
        return LabelMatch(IGNORED, None, round(scored[0][0], 3), None, scored[0][1], "share_of_total", 0.0, share)
    plan = next((word for tok, word in _vocabulary().plan_words if tok in rule_tokens), None)
    if plan:
        return LabelMatch(IGNORED, None, round(scored[0][0], 3), None, scored[0][1], "plan", 0.0, plan)
    change = next((word for tok, word in _vocabulary().change_words if tok in rule_tokens), None)
    if change:
        return LabelMatch(IGNORED, None, round(scored[0][0], 3), None, scored[0][1], "change", 0.0, change)
    aggregate = next((word for tok, word in _vocabulary().aggregate_words if tok in rule_tokens), None)
    if aggregate:
        return LabelMatch(IGNORED, None, round(scored[0][0], 3), None, scored[0][1], "aggregate", 0.0, aggregate)
    per_population = next((word for tok, word in _vocabulary().per_population_words if tok in rule_tokens), None)
    if per_population:
        return LabelMatch(IGNORED, None, round(scored[0][0], 3), None, scored[0][1], "per_population", 0.0,
                          per_population)
    part = next((word for tok, word in _vocabulary().part_words if tok in rule_tokens), None) or _part_named(
        label, rule_tokens)
    if part:
        return LabelMatch(IGNORED, None, round(scored[0][0], 3), None, scored[0][1], "part", 0.0, part)
    allowed = [x for x in scored if x[2] is None]
    top = scored[0]
    if not allowed or (top[2] is not None and top[0] >= SUGGEST_SCORE and allowed[0][0] < SUGGEST_SCORE):
        # the nearest indicator is ruled out by its own words: say so
        return LabelMatch(IGNORED, None, round(top[0], 3), allowed[0][1] if allowed else None, top[1],
                          top[2][0], allowed[0][0] if allowed else 0.0, top[2][1])
    best = allowed[0]
    second = allowed[1] if len(allowed) > 1 else (0.0, None, None)
    s, runner = round(best[0], 3), second[1]
    rs = round(second[0], 3)
    if s >= TAKE_SCORE and s - rs >= TAKE_MARGIN:
        return LabelMatch(TAKEN, best[1], s, runner, best[1], "confident", rs)
    if s >= SUGGEST_SCORE:
        reason = "close_call" if s - rs < TAKE_MARGIN and rs >= SUGGEST_SCORE else "grey_band"
        return LabelMatch(SUGGESTED, best[1], s, runner, best[1], reason, rs)
    return LabelMatch(IGNORED, None, s, runner, best[1], "low_score", rs)


# NOTE: only these outcomes are re-read in context: the label points at one indicator but lacks
# a word of it (a grey-band score, or a required word missing) — never a near tie between two
# indicators and never a label ruled out by an indicator's `exclude`
_CONTEXT_REASONS = ("grey_band", "missing_required")


@lru_cache(maxsize=1 << 12)
def match_in_context(label: str, context: str, short: bool = False) -> LabelMatch | None:
    """A label not taken alone, read as a person reads it under its sheet's title or section
    heading: "Số sản phẩm được công nhận lại" in a table titled "Kết quả thực hiện Chương trình
    OCOP". Only the context's words that the nearest indicator's own names use are added, and the
    result is taken only when the matcher is then confident of that same indicator; otherwise
    None (the label keeps its own outcome). `short`: the label is a status alone, a crosstab's column
    over the levels of tasks ("Chuyển tiếp", "Đã nghiệm thu"), whose low score is its few words — read
    with the context too (etl/walk.py's crosstab of levels)."""
    label = nfc(label)
    m = _match(label)
    if m.taken or m.closest is None or m.reason not in _CONTEXT_REASONS + (("low_score",) if short else ()):
        return None
    entry = next(e for e in _entries()[0] if e.code == m.closest)
    have = set(label_tokens(label))
    if _names_an_activity(have, entry.vocabulary):
        return None
    # NOTE: the label must name at least half of what it says in the indicator's own words — the context
    # only completes it. "Số phương tiện đo được kiểm định" (measuring instruments verified) under the form's
    # title "HỖ TRỢ DOANH NGHIỆP, TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG" shared only "tien" (tiện, folded as the
    # "tiến" of an alias "… ứng dụng tiến bộ KH&CN") and the title did the rest: its 8,240 instruments were
    # read as Quảng Bình's enterprises supported and the honest file refused (two values)
    if 2 * len(have & set(entry.vocabulary)) < len(have):
        return None
    extra = [t for t in label_tokens(nfc(context)) if t in entry.vocabulary and t not in have]
    if not extra:
        return None
    m2 = _match(label + " — " + " ".join(t.replace("_", " ") for t in extra))
    if not (m2.taken and m2.indicator == m.closest):
        return None
    if (stage := _one_stage_ruling_out(m2.indicator, context)) is not None:
        # NOTE: wrong38: "Cấp nhiệm vụ | Số nhiệm vụ | Kinh phí" under "NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU NĂM 2024"
        # stored its "Tổng cộng | 10" as every task managed (the default a bare task count reads): the one stage
        # the context names wins — the label read with it, taken only when the context rules that out in nothing
        m3 = _match(f"{label} {stage}")
        if not (m3.taken and m3.indicator != m2.indicator and ruled_out_by(m3.indicator, context) is None
                and in_order_ruled_out_by(m3.indicator, context) is None):
            return None
        return LabelMatch(TAKEN, m3.indicator, m3.score, m3.runner_up, m3.indicator, "context", m3.runner_up_score,
                          stage)
    return LabelMatch(TAKEN, m2.indicator, m2.score, m2.runner_up, m2.indicator, "context", m2.runner_up_score,
                      " ".join(t.replace("_", " ") for t in extra))


@lru_cache(maxsize=1)
def _stage_words() -> tuple[tuple[str, ...], re.Pattern]:
    """The stages a heading or title names of what it counts (metrics/header_words.toml heading_stage_words,
    as written; folded) and the words that only look like one ("đổi mới")."""
    words = registry.declared_header_words("heading_stage_words")
    except_ = sorted(registry.header_words("heading_stage_except_words"), key=len, reverse=True)
    return words, re.compile(r"(^| )(?:" + "|".join(map(re.escape, except_)) + r")( |$)")


def _one_stage_ruling_out(code: str, context: str) -> str | None:
    """The one stage (heading_stage_words) a context names that the indicator's `exclude` rules out ("nghiệm
    thu" in "NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU NĂM 2024" for the tasks managed), as declared; None when it names
    none, or several ("NHIỆM VỤ MỚI VÀ CHUYỂN TIẾP": every task managed, as etl/walk.py _stage_of_heading reads
    stages listed)."""
    words, except_ = _stage_words()
    text = f" {re.sub(r'[^a-z0-9]+', ' ', except_.sub(' ', fold(context)))} "
    named = [w for w in words if f" {fold(w)} " in text]
    named = [w for w in named if not any(w != o and f" {fold(w)} " in f" {fold(o)} " for o in named)]
    if len(named) != 1:
        return None
    return named[0] if ruled_out_by(code, named[0]) is not None else None


@lru_cache(maxsize=1)
def _activity_tokens() -> tuple[tuple[str, ...], ...]:
    return tuple(label_tokens(nfc(w)) for w in declared_words("activity_words"))


def _names_an_activity(tokens: set, vocabulary) -> bool:
    """Whether a label's tokens name an activity (metrics/abbreviations.toml activity_words: "tập
    huấn", "hội thảo", "lớp") that the indicator's own names never use: the label counts those
    occasions ("Lớp tập huấn về sở hữu trí tuệ"), not what the indicator counts."""
    return any(toks and all(t in tokens for t in toks) and not all(t in vocabulary for t in toks)
               for toks in _activity_tokens())


# NOTE: a sub-item's own words that rule it out (a plan, an excluded word, a near tie) keep it out
# under any heading; only a label that names too little by itself is read with its heading
_HEADING_REASONS = ("grey_band", "missing_required", "low_score")


# a section's number ends with its mark ("II.", "3)", "b)"); a figured row's may be bare or dotted
# ("1.2 Tổng kinh phí", "II Kinh phí")
_SECTION_NUMBER = re.compile(r"^\s*(?:[IVXLC]+|\d+|[a-zđ])[.)]\s+", re.I)
_ROW_NUMBER = re.compile(r"^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]?\s+", re.I)


def _read_with_heading(label: str, heading: str, number: re.Pattern) -> LabelMatch | None:
    """A label that names too little by itself read with its heading (the heading's number
    removed) as one label: taken only when the matcher is confident of the two together."""
    m = _match(label)
    if m.taken or m.reason not in _HEADING_REASONS:
        return None
    head = number.sub("", heading)
    m2 = _match(f"{head} {label}")
    if not m2.taken:
        return None
    return LabelMatch(TAKEN, m2.indicator, m2.score, m2.runner_up, m2.indicator, "context", m2.runner_up_score, head)


# a sub-item that starts with what is said of its subject, not the subject itself: "Đang quản lý,
# theo dõi", "Được công nhận trong năm", "Đã bàn giao kết quả", "Còn hiệu lực công nhận"
_PREDICATE_START = re.compile(r"^(?:[-+*]\s*)?(?:\d+(?:\.\d+)*[.)]?\s+|[a-z][.)]\s+)?"
                              r"(dang|duoc|da|con|moi|chuyen tiep|dat|bi|trien khai|thuc hien|nghiem thu|"
                              r"ban giao|cong nhan|cap|het)( |$)")


@lru_cache(maxsize=1 << 12)
def match_under_heading(label: str, heading: str) -> LabelMatch | None:
    """A sub-item that does not name its subject, read with the heading row above it as one label,
    as a person reads "1. Nhiệm vụ khoa học và công nghệ" over "1.1 Đang quản lý, theo dõi": taken
    only when the matcher is confident of the two read together; otherwise None."""
    label, heading = nfc(label), nfc(heading)
    if not _PREDICATE_START.match(fold(label)):
        # NOTE: "Số lớp tập huấn, hội thảo về SHTT" under "III. HỖ TRỢ DOANH NGHIỆP, SỞ HỮU TRÍ TUỆ"
        # names its own subject: a section's words never make it the section's indicator
        return None
    return _read_with_heading(label, heading, _SECTION_NUMBER)


@lru_cache(maxsize=1)
def _whole_list() -> re.Pattern:
    def alternatives(section: str) -> str:
        return "|".join(re.escape(nfc(w).lower()) for w in sorted(declared_words(section), key=len, reverse=True))
    members = rf"(?<!\w)(?:{alternatives('whole_member_list_words')})(?!\w)[^\d();:]*?(?:,| và )[^\d();:]*?"
    inclusive = rf"(?<!\w)(?:{alternatives('whole_inclusive_words')})(?!\w)[^\d();:]*?"
    # closed before the figure: by its bracket, or by "là" / "đạt" right before the figure
    return re.compile(rf"(?:{inclusive}|{members})(?=\)|\s(?:là|đạt)\s*$)")


@lru_cache(maxsize=4096)
def whole_lists_out(text: str) -> str:
    """Text (lower case) with a list of a whole's own members taken out ("Tổng chi ngân sách cho KH&CN
    (gồm chi đầu tư phát triển và chi sự nghiệp) là", "… (toàn tỉnh, gồm cả cấp xã)"): two members or more
    after metrics/abbreviations.toml whole_member_list_words, one after whole_inclusive_words, the list
    closed before the figure (no figure inside it). The words of a part (budget_part_words,
    level_part_words) in such a list name the whole's members, not the figure's part. A list still open
    at the figure ("gồm chi đầu tư phát triển 14,7 tỷ đồng") stays."""
    out = _whole_list().sub(" ", nfc(text).lower())
    return re.sub(r"\(\s*\)", " ", out)


@lru_cache(maxsize=1)
def _stopped_left_out() -> re.Pattern:
    lead = _alternatives(registry.declared_header_words("note_exclusion_words"))
    stopped = _alternatives(declared_words("stopped_task_words"))
    return re.compile(rf"\(\s*(?:{lead})(?!\w)[^\d()]*?(?<!\w)(?:{stopped})(?!\w)[^\d()]*\)")


def stopped_tasks_left_out(text: str) -> str:
    """Text (lower case) with a bracket leaving the stopped tasks out taken out ("Số nhiệm vụ KH&CN đang
    quản lý (không kể nhiệm vụ đã chấm dứt)": metrics/header_words.toml note_exclusion_words, then
    metrics/abbreviations.toml stopped_task_words). A task stopped is managed no more: left out, what
    remains is every task managed, not the stopped ones' share (mend28b: the label was ruled out by
    "chấm dứt"). A level left out ("(không kể cấp cơ sở)") is another rule's: the whole less a level."""
    return _stopped_left_out().sub(" ", nfc(text).lower())


# NOTE: remembered again (suite32): review22b (5 Dec) wrote _whole_list between this decorator and this function,
# so every row under a heading was ruled on afresh and clear_caches() failed on it
@lru_cache(maxsize=1 << 12)
def heading_rules_out(code: str, heading: str) -> str | None:
    """The words of a section heading that the indicator's own `exclude` rules out ("chuyển tiếp" in
    "I. Nhiệm vụ chuyển tiếp từ năm 2024" for the provincial tasks managed), or None: a row under
    that heading is one of the things the heading names, whatever its own label says."""
    entry = next((e for e in _entries()[0] if e.code == code), None)
    if entry is None:
        return None
    tokens = _rule_tokens(nfc(_SECTION_NUMBER.sub("", nfc(heading))))
    return next((text for phrase, text in zip(entry.exclude, entry.exclude_text) if _contains(tokens, phrase)), None)


def plan_word(text: str) -> str | None:
    """The word of metrics/abbreviations.toml plan_words a text says ("kế hoạch" in "B. KẾ HOẠCH NĂM
    2025"), or None."""
    tokens = _rule_tokens(nfc(_SECTION_NUMBER.sub("", nfc(text))))
    return next((word for tok, word in _vocabulary().plan_words if tok in tokens), None)


@lru_cache(maxsize=1 << 12)
def match_part_of_heading(label: str, heading: str) -> LabelMatch | None:
    """A marked sub-item ("- Ngân sách nhà nước") that names too little by itself, read with the row
    of figures it breaks down ("Tổng kinh phí thực hiện các nhiệm vụ KH&CN", which names no
    indicator) as one label: taken only when the matcher is confident of the two read together;
    otherwise None. The heading's own words come along, so a heading ruled out by its words
    ("đề xuất", "dự toán", "đơn đăng ký") rules out its parts as well."""
    label, heading = nfc(label), nfc(heading)
    return _read_with_heading(label, heading, _ROW_NUMBER)


def match_label(label: str, *, learned: Learned | None = None) -> LabelMatch:
    """The indicator a label means: taken, suggested or ignored (see the module's docstring)."""
    label = nfc(label)
    if learned is not None:
        key = label_key(label)
        code = learned.confirmed.get(key)
        if code and code in registry.indicators():
            return LabelMatch(TAKEN, code, 1.0, None, code, "learned")
        m = _match(label)
        if m.outcome == SUGGESTED and m.indicator in learned.rejected.get(key, ()):
            return LabelMatch(IGNORED, None, m.score, m.runner_up, m.indicator, "rejected_before",
                              m.runner_up_score)
        return m
    return _match(label)


@lru_cache(maxsize=1)
def _pointing_words() -> frozenset:
    """The words the registry declares as pointing away from an indicator (its `exclude`)."""
    return frozenset(tok for e in _entries()[0] for phrase in e.exclude for tok in phrase)


def foreign_words(code: str, label: str) -> tuple[str, ...]:
    """The label's words that the indicator never uses (names, aliases, definition) and that the
    registry declares as pointing elsewhere: what a label says against the indicator ("đề xuất",
    "đặt hàng" in "Số nhiệm vụ đề xuất đặt hàng cấp tỉnh" read as accepted provincial tasks)."""
    entry = next((e for e in _entries()[0] if e.code == code), None)
    if entry is None:
        return label_tokens(label)
    return tuple(t for t in label_tokens(nfc(label))
                 if t not in entry.vocabulary and t not in entry.definition and t in _pointing_words())


def ruled_out_by(code: str, text: str) -> str | None:
    """The indicator's own `exclude` words (indicators.toml, order-free as for a row's label) that the
    text holds, or None: for a reader that asks the matcher for a label of its own wording (etl/prose.py:
    "tỷ lệ hồ sơ trực tuyến" for "Tỷ lệ hồ sơ được thanh toán trực tuyến đạt 58,9%", blind53)."""
    entry = next((e for e in _entries()[0] if e.code == code), None)
    if entry is None:
        return None
    tokens = _rule_tokens(text)
    return next((t for phrase, t in zip(entry.exclude, entry.exclude_text) if _contains(tokens, phrase)), None)


def in_order_ruled_out_by(code: str, text: str) -> str | None:
    """The indicator's own `exclude_in_order` words (indicators.toml) the text holds one right after another,
    or None: "phê duyệt và nghiệm thu" in a title "NHIỆM VỤ ĐƯỢC PHÊ DUYỆT VÀ NGHIỆM THU" names two stages at
    once, never the tasks accepted alone (wrong38)."""
    entry = next((e for e in _entries()[0] if e.code == code), None)
    if entry is None:
        return None
    tokens = _rule_tokens(text)
    return next((t for phrase, t in zip(entry.exclude_in_order, entry.exclude_in_order_text)
                 if _in_order(tokens, phrase)), None)


def part_ruled_out_by(code: str, text: str) -> str | None:
    """The words of the indicator's `exclude_lists` (its parts' words, indicators.toml) the text holds, its
    whole's own member list aside (as a label's, _ruled), or None: "sự nghiệp" in a title "PHÂN BỔ KINH PHÍ
    SỰ NGHIỆP KH&CN NĂM 2025" says the S&T budget's recurrent line, never the whole (wrong36)."""
    entry = next((e for e in _entries()[0] if e.code == code), None)
    if entry is None:
        return None
    own = _rule_tokens(stopped_tasks_left_out(whole_lists_out(text)))
    return next((t for phrase, t in zip(entry.part_exclude, entry.part_exclude_text) if _contains(own, phrase)), None)


def qualifier_words(code: str, whole: str | None) -> tuple[str, ...]:
    """The words that make an indicator a kind of its whole: "chuyển tiếp" for the tasks carried
    over among the tasks managed."""
    if whole is None:
        return ()
    own, of_whole = label_tokens(registry.indicator(code).name_vi), set(label_tokens(registry.indicator(whole).name_vi))
    return tuple(t for t in own if t not in of_whole)


def speaks_of(code: str, words: tuple[str, ...]) -> bool:
    """Every one of these words is among the indicator's own (names and aliases)."""
    entry = next((e for e in _entries()[0] if e.code == code), None)
    return entry is not None and all(w in entry.vocabulary for w in words)


def clear_caches() -> None:
    """After the registry or the abbreviations change (tests)."""
    for f in (_declared_words, _stage_words, _vocabulary, _correct, label_tokens, _rule_tokens, _entries, _match,
              match_in_context, _registry_words, _activity_tokens, _absence_note, absence_notes_out,
              _pointing_words, _known_syllables, heading_rules_out, _region_in_label_pattern,
              _region_bare_note_pattern):
        f.cache_clear()


# --- a place below the province ---------------------------------------------------------------------
# ONE reading for a row's label (etl/walk.py), a clause of prose (etl/prose.py) and a text cell
# (etl/sentences.py): review21b found the same class fixed twice with different lists.

@lru_cache(maxsize=1)
def _below_province_pattern() -> re.Pattern:
    """A place's kind (metrics/abbreviations.toml place_below_province_words, city_place_words in any
    case; place_below_province_short_words as typed: "H.", "TX") and the up to three words after it."""
    long = sorted({nfc(w).lower() for w in (*declared_words("place_below_province_words"),
                                            *declared_words("city_place_words"))}, key=len, reverse=True)
    short = sorted({nfc(w) for w in declared_words("place_below_province_short_words")}, key=len, reverse=True)
    kinds = "|".join([*(f"(?i:{re.escape(w)})" for w in long), *(re.escape(w) for w in short)])
    # "TP.Vinh": a kind ending in "." may be followed by its name without a space
    return re.compile(r"(?<!\w)(%s)(?:\s+|(?<=\.))(\w+(?:[ \t]+\w+){0,2})" % kinds)


@lru_cache(maxsize=1)
def _place_words() -> tuple[frozenset, tuple]:
    """The kinds a number names ("Quận 12", "phường 5"), and the words before a venue ("tổ chức ở xã …"),
    folded (metrics/abbreviations.toml place_numbered_words, place_venue_words)."""
    return (frozenset(fold(w) for w in declared_words("place_numbered_words")),
            tuple(" ".join(fold(w).split()) for w in declared_words("place_venue_words")))


@lru_cache(maxsize=1)
def _city_kinds() -> frozenset:
    """The words of a city's kind, folded (metrics/abbreviations.toml city_place_words: "thành phố", "TP")."""
    return frozenset(fold(w) for w in declared_words("city_place_words"))


@lru_cache(maxsize=1)
def _common_nouns_of_kinds() -> tuple[frozenset, frozenset]:
    """A place's kind with the word after it that make a common noun ("xã hội"), and the words that may
    follow such a noun, folded (metrics/abbreviations.toml place_kind_common_nouns,
    place_kind_common_noun_next_words)."""
    return (frozenset(" ".join(fold(w).split()) for w in declared_words("place_kind_common_nouns")),
            frozenset(fold(w) for w in declared_words("place_kind_common_noun_next_words")))


def _common_noun_of_a_kind(kind: str, name: list[str]) -> bool:
    """Whether a place's kind and the words after it are a common noun, not a place: "XÃ HỘI" alone or
    followed by a declared next word or a number ("XÃ HỘI CHỦ YẾU", "XÃ HỘI NĂM 2023") — not "xã Hội Sơn"."""
    nouns, next_words = _common_nouns_of_kinds()
    if not name or f"{fold(kind)} {fold(name[0])}" not in nouns:
        return False
    return len(name) == 1 or fold(name[1]) in next_words or name[1][:1].isdigit()


def place_below_province(text: str, end: int | None = None) -> str | None:
    """The district, town, commune or special zone a text names by its kind and its name before position
    `end` ("huyện Nghi Lộc", "TP Vinh", "TP.Vinh", "H. Nghi Lộc", "TX Cửa Lò", "Quận 12", "phường 5",
    "đặc khu Phú Quốc", "HUYỆN NGHI LỘC" after "-" or "("), or None. Not a level ("cấp huyện"), a
    cooperative ("Hợp tác xã Nông nghiệp …"), a list of kinds ("Phường Xã Thị trấn"), a province's own
    name ("thành phố Cần Thơ", "TP Huế") or a venue ("Tại hội nghị tổ chức ở xã Mỹ Hòa Hưng, UBND tỉnh
    công nhận 45 sản phẩm OCOP": the province's figure)."""
    text = nfc(text)
    numbered, venues = _place_words()
    pattern = _below_province_pattern()
    for m in pattern.finditer(text if end is None else text[:end]):
        lead = text[:m.start()]
        before = fold(lead).split()
        if before[-1:] in (["cap"], ["moi"]) or before[-2:] == ["hop", "tac"]:
            # a level ("cấp huyện"), a cooperative ("Hợp tác xã Nông nghiệp …"), every commune ("Chương trình Mỗi Xã
            # Một Sản Phẩm" in title case: review46's title guard read it as the commune "Xã Một Sản Phẩm", and the
            # OCOP tables of Thanh Hóa and Yên Bái under it lost 11 figures)
            continue
        plain = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(lead)).split())
        if any(plain.endswith(v) for v in venues):
            continue   # where a meeting was held, not whose figure
        name = m[2].split()
        first = name[0] if name else ""
        # NOTE: wrong56: a name opening with a word of one letter ("huyện U Minh", "huyện A Lưới") was no place — "U"
        # is neither in title case nor in capitals alone: the list summary of "… HUYỆN U MINH" was stored as the
        # province's. Its case is the next word's ("U Minh" title case, "U MINH" capitals)
        cased = name[1] if len(first) == 1 and first.isupper() and len(name) > 1 and len(name[1]) > 1 else first
        if _common_noun_of_a_kind(m[1], name):
            continue   # "XÃ HỘI" (society), "KINH TẾ – XÃ HỘI CHỦ YẾU": no commune
        if first.isdigit():
            if fold(m[1]) not in numbered:
                continue
        elif not first[:1].isupper():
            continue
        elif not cased[1:].islower() and not (
                # all in capitals: a place only after a separator ("… - HUYỆN NGHI LỘC", "(HUYỆN …)")
                cased.isupper() and m[1].isupper() and re.search(r"[-–(:]\s*$", lead)):
            continue
        if pattern.match(" ".join(name)):
            continue   # a list of kinds ("Phường Xã Thị trấn")
        # NOTE: the name runs over the words after it ("thành phố Cần Thơ quản lý 54 nhiệm vụ"): a
        # province's own name at its start is the province (Cần Thơ's tasks and PII were dropped)
        named = [k for k in range(1, len(name) + 1) if registry.match_province(" ".join(name[:k]))]
        if registry.match_province(m[0]) or named:
            # NOTE: "Thành phố Hà Tĩnh", "TP Thanh Hóa": a city bearing the name of a province that is no
            # centrally-run city is the town inside that province, not the province — its 9 tasks were
            # stored as Hà Tĩnh's (review22a). "thành phố Cần Thơ", "TP Huế" stay the province.
            k = named[0] if named else len(name)
            provinces = registry.match_province(" ".join(name[:k]))
            if fold(m[1]) in _city_kinds() and provinces and all(p.kind != "thành phố" for p in provinces):
                return m[0][:m.start(2) - m.start()] + " ".join(name[:k])
            continue
        return m[0].strip()
    return None
