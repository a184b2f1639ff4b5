"""Row labels: a report's label ('1.2. Trong đó: Nhiệm vụ cấp tỉnh (nhiệm vụ)') cleaned, its
variants, and the indicator it names. `indicator_for_label` is the one lookup the walk calls."""
from __future__ import annotations

import re
from functools import lru_cache

from etl import labels
from metrics import periods, registry
from metrics.names import bare, fold, match_key, nfc, vietnamese_half
from metrics.periods import Period


# NOTE: in a centrally-run city's report (Hà Nội, Hải Phòng, TP.HCM, Cần Thơ…) "cấp thành phố" is the
# city's provincial level, in a table's label (etl.walk) and in a sentence (etl.sentences)
# NOTE: the level is followed by what is said of the tasks as often as by punctuation: "Nhiệm vụ
# KH&CN cấp Thành phố được nghiệm thu", "… cấp Thành phố mở mới" (not a district-level city's name:
# "cấp thành phố Thủ Đức")
CITY_LEVEL = re.compile(r"\b((?:cấp|cap)\s+)(?:thành\s+phố|thanh\s+pho|tp\.?)"
                         r"(?=\s*(?:$|[(),;:.\-–/]|(?:quản lý|quan ly|chủ trì|chu tri|được|duoc|đã|đang|dang|"
                         r"mới|moi|mở mới|mo moi|chuyển tiếp|chuyen tiep|nghiệm thu|nghiem thu|triển khai|trien khai|"
                         r"thực hiện|thuc hien|bàn giao|ban giao|công nhận|cong nhan|đánh giá|danh gia|và|va)(?=\s|$|[(),;:.]))"
                         r"(?!\s*(?:trực thuộc|truc thuoc)))",
                         re.I)


# NOTE: a bare number is an item number only with its "." or ")" ("1.", "2)", "1.2", "1.2."): in
# "4 sao" or "3 sao trở lên" under "Sản phẩm OCOP" the number is the label's own word
_BULLET = re.compile(r"^\s*(?:[-+*•–]|\(?[a-zđ]\)|[a-zđ]\.|\d+(?:\.\d+)+[.)]?|\d+[.)]|[IVXLC]+[.)]?)\s+", re.I)
# NOTE: "Chia ra:" (divided into) opens the parts of the line above as "Trong đó:" does — the
# Ministry's forms write "Chia ra: - Nhiệm vụ chuyển tiếp" then "- Nhiệm vụ mở mới"
_IN_WHICH = re.compile(r"^\s*(trong đó|trong do|chia ra|bao gồm|gồm|gom|in which|of which)\s*[:,-]?\s*", re.I)


def _either_way(section: str) -> str:
    """A section of metrics/header_words.toml as a regex alternation, each word as declared and as typed
    without diacritics, longest first."""
    words = {w for d in registry.declared_header_words(section) for w in (d, bare(d))}
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


_PERIOD_PHRASE = re.compile(
    # (each word also as typed without diacritics: "giai doan 2020-2023" left "giai doan" in the
    # variant without the span, which then read no surer than the whole label and its period was lost)
    # NOTE: blind82: "cả năm 2026" (the whole year) and an estimate's word before the year ("… (ước cả năm
    # 2026)", "… ước năm 2026") are the phrase too: left in the variant ("Nhiệm vụ … nghiệm thu cả"), the
    # label matched whole with no period, and in a report on eleven months of 2026 the year's estimate
    # was stored as the eleven months' figure (metrics/header_words.toml label_whole_year_words)
    # (a word of its own only: "ước" inside "trước năm 2024" — before 2024 — is no estimate, review27a)
    r"(\(?\s*(?:(?<!\w)(?:" + _either_way("label_estimate_words") + r")\s+)?"
    r"(?:(?<!\w)(?:" + _either_way("label_whole_year_words") + r")|giai đoạn|giai doan|thời kỳ|thoi ky|năm|nam|trong năm|trong nam|"
    r"lũy kế đến|luy ke den|tính đến|tinh den)?\s*"
    r"(?:(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}|\d{1,2}\s*th[áa]ng\s*(?:đầu|cuối|dau|cuoi)\s*n[ăa]m\s*(?:19|20)\d{2}|(?:19|20)\d{2})\s*\)?)",
    re.I)
# a note on the plan column inside a row label: "(KH: dự toán giao đầu năm)", "(cột kế hoạch: …)"
_PLAN_COLUMN_NOTE = re.compile(r"\(\s*(?:cột\s+)?(?:kh|kế hoạch|ke hoach)\s*:[^()]*\)", re.I)
_TRAILING_PARENS = re.compile(r"\s*\([^)]*\)\s*$")
_PLAN_NOTE = re.compile(r"(^| )(du toan|ke hoach|(?<!chuyen )giao|muc tieu|du kien|phan bo)( |$)")


def clean_label(text: str) -> str:
    t = nfc(text)
    for _ in range(3):
        t2 = _IN_WHICH.sub("", _BULLET.sub("", t))
        if t2 == t:
            break
        t = t2
    return t.strip(" :;.")


@lru_cache(maxsize=4096)
def label_variants(text: str) -> tuple[tuple[str, Period | None], ...]:
    """The label as written, without a trailing '(unit)', and without a period phrase (which then
    overrides the column's period: 'Tỷ trọng … giai đoạn 2020-2023')."""
    base = clean_label(vietnamese_half(nfc(text)))
    out = [(base, None)]
    # NOTE: notes stack: "Chi NSNN cho KH&CN (đã giải ngân) (*)" drops "(*)", then "(đã giải ngân)"
    shorter = base
    while (no_parens := _TRAILING_PARENS.sub("", shorter)) != shorter and no_parens:
        out.append((no_parens, None))
        shorter = no_parens
    for m in _PERIOD_PHRASE.finditer(base):
        p = periods.from_text(m[1])
        if p is not None:
            stripped = clean_label((base[:m.start()] + " " + base[m.end():]).strip())
            out.append((stripped, p))
            out.append((_TRAILING_PARENS.sub("", stripped), p))
    return tuple(out)


# the words a note may hold besides its period and still say only when the figure is ("(tại thời
# điểm 31/12/2023)", "(số liệu năm 2022)", "(tính đến năm 2023)"); a note saying more ("(theo Quyết
# định … năm 2023)") names another thing's date (metrics/header_words.toml period_note_words,
# period_note_to_date_words; folded, word by word)
_PERIOD_NOTE_WORDS = frozenset(w for phrase in registry.header_words("period_note_words")
                               | registry.header_words("period_note_to_date_words") for w in phrase.split())
# a note running up to its period or from it ("(đến năm 2023)", "(lũy kế đến năm 2023)", "(từ năm 2021
# đến nay)"), unless it stays within one year ("(lũy kế từ đầu năm đến 30/9/2024)")
_NOTE_TO_DATE = re.compile(r"(^| )(?:" + "|".join(map(re.escape, sorted(
    registry.header_words("period_note_to_date_words") | registry.header_words("period_note_since_words"),
    key=len, reverse=True))) + r")( |$)")
# only the words of a note running UP TO its period ("(tính đến 31/12/2023)"): a note naming only where
# a span or a series starts ("Xếp hạng PII trên 34 tỉnh (từ PII 2025)") dates no stock
_NOTE_UP_TO = re.compile(r"(^| )(?:" + "|".join(map(re.escape, sorted(
    registry.header_words("period_note_to_date_words"), key=len, reverse=True))) + r")( |$)")
_NOTE_WITHIN = re.compile(r"(^| )(?:" + "|".join(map(re.escape, sorted(
    registry.header_words("period_note_within_words"), key=len, reverse=True))) + r")( |$)")
_NOTE_YEAR = re.compile(r"(^| )(?:19|20)\d{2}( |$)|(^| )nay( |$)")


# a day the label runs up to written at its end without brackets ("Nhiệm vụ KH&CN được quản lý đến
# 30/6/2024", "Sáng kiến được công nhận tính đến ngày 30/6/2024"): the same note as "(tính đến 30/6/2024)"
# NOTE: probe34: read without it, the first half's figure was stored as the year's under "Năm 2024"
_BARE_TO_A_DAY = re.compile(r"(?<!\()\s[,;–-]?\s*((?:tính\s+|lũy\s+kế\s+)?đến\s+(?:hết\s+)?(?:ngày\s+)?"
                            r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d{2})\s*$", re.I)


def _note_text(label: str) -> str | None:
    """A label's trailing note: the text inside its last "(…)", or a day it runs up to written bare
    at its end (_BARE_TO_A_DAY); None when it has neither."""
    text = clean_label(vietnamese_half(nfc(label)))
    m = _TRAILING_PARENS.search(text)
    if m:
        return m[0].strip()[1:-1]
    m = _BARE_TO_A_DAY.search(text)
    return m[1] if m else None


@lru_cache(maxsize=4096)
def _trailing_note(label: str) -> str | None:
    """A label's trailing note "(…)", folded, or None."""
    note = _note_text(label)
    return re.sub(r"\s+", " ", fold(note)).strip() if note is not None else None


def _note_runs(label: str, words: re.Pattern) -> bool:
    note = _trailing_note(label)
    return note is not None and bool(words.search(note)) and bool(_NOTE_YEAR.search(note)) \
        and not _NOTE_WITHIN.search(note)


def note_to_date(label: str) -> bool:
    """Whether a label's trailing note says its figure runs up to a period or from one ("Sản phẩm OCOP
    được công nhận (đến năm 2023)", "(tính đến 31/12/2023)", "(từ năm 2021 đến nay)"): a flow's figure
    there is a sum over the years, never one period's (etl.walk._read_values sets it aside)."""
    return _note_runs(label, _NOTE_TO_DATE)


def note_up_to(label: str) -> bool:
    """Whether a label's trailing note says its figure runs UP TO a period ("(tính đến 31/12/2023)",
    "(lũy kế đến năm 2023)", "(từ năm 2021 đến nay)") — not only where it starts ("(từ PII 2025)"):
    a stock's date the walk cannot place is set aside (etl.walk._read_values)."""
    return _note_runs(label, _NOTE_UP_TO)


@lru_cache(maxsize=4096)
def note_years(label: str) -> frozenset[int]:
    """The years a label's trailing note writes ("(tính đến 31/12/2023)" → {2023})."""
    note = _note_text(label)
    return frozenset(int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", note)) if note else frozenset()


@lru_cache(maxsize=4096)
def note_dates(label: str) -> frozenset[tuple[int, int, int]]:
    """The dates (year, month, day) a label's trailing note writes ("(tính đến 30/6/2024)")."""
    note = _note_text(label)
    return frozenset((int(y), int(mo), int(d)) for d, mo, y in
                     re.findall(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?!\d)", note)) \
        if note else frozenset()


@lru_cache(maxsize=4096)
def note_period(label: str) -> Period | None:
    """The period a label's trailing note "(…)" names when it names only that ("Số nhiệm vụ nghiệm
    thu (năm 2022)", "(tại thời điểm 31/12/2023)"); None for any other note ("(nhiệm vụ)", "(theo
    Quyết định … năm 2023)", "(lũy kế đến năm 2024)"). The walk gives it to a value column with no
    period of its own only (etl.walk._read_values): beside a column's own other year it is unclear."""
    m = _TRAILING_PARENS.search(clean_label(vietnamese_half(nfc(label))))
    if m is None:
        return None
    note = m[0].strip()[1:-1]
    found = next((f for f in _PERIOD_PHRASE.finditer(note) if periods.from_text(f[1]) is not None), None)
    if found is None:
        return None
    # NOTE: a date beside the year ("(đến 30/6/2026)") is read here by its year only: no period of
    # the note's (it set aside thainguyen's "… còn hiệu lực (đến 30/6/2026)" under "6 tháng đầu năm 2026")
    rest = fold(note[:found.start()] + " " + note[found.end():]).split()
    return periods.from_text(found[1]) if all(w in _PERIOD_NOTE_WORDS for w in rest) else None


# a year the label ends with, unbracketed ("… được tổ chức đánh giá, nghiệm thu năm 2023"), its unit's
# note "(nhiệm vụ)" after it or not
# NOTE: not a year the label runs from, into or up to ("Chuyển tiếp từ năm 2023" is 2024's carried over)
_TRAILING_YEAR = re.compile(r"(?:^|\s)(?:(\S+)\s+)?n[ăa]m\s+((?:19|20)\d{2})$", re.I)
_YEAR_AS_AN_END = frozenset({"tu", "sang", "den", "toi", "voi", "truoc", "sau", "qua"})


@lru_cache(maxsize=4096)
def trailing_year(label: str) -> int | None:
    """The year a label names at its end without brackets ("Số nhiệm vụ được tổ chức đánh giá, nghiệm
    thu năm 2023" → 2023), or None. The walk sets a figure aside when the label was matched without
    that year and its column names another (etl.walk._why_set_aside)."""
    text = clean_label(vietnamese_half(nfc(label)))
    while (shorter := _TRAILING_PARENS.sub("", text)) != text and shorter:
        text = shorter
    m = _TRAILING_YEAR.search(text.rstrip(" .;:,"))
    return int(m[2]) if m and fold(m[1] or "") not in _YEAR_AS_AN_END else None


# the words before a label's closing year that say "up to" it ("… được công nhận đến năm 2025", "tới năm",
# "trước năm", "đến hết năm"; metrics/header_words.toml label_up_to_year_words), folded
_UP_TO_YEAR = re.compile(r"(?:^|\s)(?:" + "|".join(map(re.escape, sorted(
    registry.header_words("label_up_to_year_words"), key=len, reverse=True))) + r")\s+nam\s+((?:19|20)\d{2})$")


@lru_cache(maxsize=4096)
def trailing_year_up_to(label: str) -> int | None:
    """The year a label runs up to at its end, unbracketed ("Sản phẩm OCOP được công nhận đến năm 2025"
    → 2025; "… từ năm 2019 đến năm 2024" → 2024; "… trước năm 2024" → 2023), or None: a total over the
    years up to it, or a target — never one year's flow (etl.walk._why_set_aside)."""
    text = clean_label(vietnamese_half(nfc(label)))
    while (shorter := _TRAILING_PARENS.sub("", text)) != text and shorter:
        text = shorter
    folded = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text)).split())
    m = _UP_TO_YEAR.search(folded)
    if m is None:
        return None
    return int(m[1]) - 1 if re.search(r"(?:^| )truoc nam \d{4}$", folded) else int(m[1])


_RUNNING_TOTAL_WORDS = registry.header_words("running_total_words")   # "luy ke", "cong don" (folded)


def _drops_to_date(label: str, variant: str, code: str) -> bool:
    """A variant that lost what the whole label says against the indicator: "(lũy kế …)" reads a
    total to date as a period's figure ("Sản phẩm OCOP tiềm năng 5 sao (lũy kế đến cuối kỳ)" is
    never the products of the period), and "trong năm 2024" the year's new protections as all
    those held ("Nhãn hiệu tập thể được bảo hộ trong năm 2024": the stock's `exclude`)."""
    if variant == label:
        return False
    # NOTE: a trailing note that says the figure is a plan ("Kinh phí sự nghiệp KH&CN (dự toán)",
    # "(kế hoạch giao)", "(chỉ tiêu được giao)") is no note to drop: without it the plan reads as
    # the amount spent or achieved
    whole = clean_label(label)
    members_only = True   # every note dropped names the tasks managed by their members (see below)
    while note := _TRAILING_PARENS.search(whole):
        if note[0].strip() not in variant:
            if _PLAN_NOTE.search(fold(note[0])):
                return True
            members_only &= _member_note_key(note[0].strip().strip("()")) in _task_whole_member_notes()
        whole = whole[:note.start()]
    # (review44: any running total's word, "(cộng dồn)" as "(lũy kế)": "Sản phẩm OCOP được công nhận (cộng dồn)" was
    # read without its note — the products to date stored as each year's new ones)
    if any(w in fold(label) and w not in fold(variant) for w in _RUNNING_TOTAL_WORDS) \
            and not registry.indicator(code).is_stock:
        return True
    # NOTE: a dropped note may hold a word that rules the indicator out: "Số người làm NCKH (quy đổi
    # FTE)" is full-time equivalents, not the people counted — without its note it read as researchers
    # … unless the note only lists the whole's members ("(chuyển tiếp và mở mới)" after the tasks managed:
    # metrics/abbreviations.toml task_whole_member_notes), whose words rule no part in
    whole_match = labels.match_label(clean_label(label))
    if whole_match.reason == "excluded" and whole_match.closest == code and not (
            members_only and whole != clean_label(label)):
        return True
    if whole_match.reason == "aggregate" or labels.region_in_label(label):
        # NOTE: wrong51: "Số nhiệm vụ KH&CN được nghiệm thu (toàn vùng)", "… (cả vùng Tây Nguyên)" in Đắk Lắk's report:
        # the note says the region's figure — without it the label is an exact name, and the region's 30 was
        # stored as Đắk Lắk's
        return True
    return labels.period_rules_out(code, label)


def _member_note_key(text: str) -> str:
    """A note as metrics/abbreviations.toml task_whole_member_notes is compared: folded, its "+" read as "và".

    NOTE: blind81: "Số NV KH&CN đang thực hiện (chuyển tiếp + mới) | 40" typed in haste: folding drops the "+"
    ("chuyen tiep moi", no list of members), the note's words ruled the whole out and the 40 was lost ("&" folds
    to "và" and was read)."""
    return fold(text.replace("+", " và "))


@lru_cache(maxsize=1)
def _task_whole_member_notes() -> frozenset:
    return frozenset(_member_note_key(w) for w in labels.declared_words("task_whole_member_notes"))


@lru_cache(maxsize=256)
def children(parent: str) -> tuple[registry.Indicator, ...]:
    return tuple(i for i in registry.indicators().values() if i.parent == parent)


@lru_cache(maxsize=4096)
def indicator_for_label(label: str, parent: str | None) -> tuple[str | None, Period | None]:
    """THE label -> indicator lookup of the Excel reader: (indicator code or None, the period the
    label names). `parent` is the indicator of the heading row above, so a sub-item ('- cấp
    quốc gia') is matched among its parts, or read together with it. Otherwise by meaning (etl.labels), taken only when
    the matcher is confident; a suggestion is the walk's to list (`meaning`)."""
    if _PLAN_COLUMN_NOTE.search(label):
        # a note on what the plan column holds ("(KH: dự toán giao đầu năm)"): see `meaning`
        return indicator_for_label(_PLAN_COLUMN_NOTE.sub(" ", label).strip(), parent)
    if _is_plan(label):
        return None, None
    for text, p in label_variants(label):
        code = registry.match_indicator(text)
        if code and not _drops_to_date(label, text, code):
            if _TRAILING_PARENS.search(label) and not _TRAILING_PARENS.search(text):
                # NOTE: "Sản phẩm OCOP được công nhận (3 sao) | 40": the note is no unit but the part
                # the row counts — read without it, the 3-star products were stored as every product
                # recognized (probe32). A part of the note-less indicator the whole label names wins
                if _note_names_parts_not_one(label, text, code):
                    return None, None
                whole, _, _ = meaning(label)
                if whole.taken and whole.indicator != code and registry.indicator(whole.indicator).parent == code:
                    code = whole.indicator
            if _type_under_tasks(text, code, parent):
                return None, None
            if not _other_kind_under(label, code, parent):
                return code, p
            # NOTE: "- Đề tài, dự án cấp tỉnh" under "Nhiệm vụ KH&CN được nghiệm thu": its exact
            # name is the provincial tasks managed, a sibling lacking the heading's kind — read with
            # its heading as any sub-item (the provincial tasks accepted), never the sibling; nothing
            # when the heading has no such part (grassroots tasks accepted, honest26)
            code, p = _sub_item(label, parent)
            return (code, p) if code else (None, None)
    code, p = _sub_item(label, parent)
    if code:
        return code, p
    m, p, _ = meaning(label)
    if m.taken:
        if _type_under_tasks(label, m.indicator, parent):
            return None, None
        return (None, None) if _other_kind_under(label, m.indicator, parent) else (m.indicator, p)
    return None, None


# the matcher's tokens (labels.label_tokens) of a task's level and of "tasks" themselves
_LEVEL_TOKENS = frozenset({"cap_quoc_gia", "cap_tinh", "cap_co_so"})
_TASK_TOKENS = frozenset({"nhiem_vu", "khoa_hoc_va_cong_nghe"})


def _type_under_tasks(text: str, code: str, parent: str | None) -> bool:
    """"- Đề tài cấp tỉnh" under a heading of tasks ("Nhiệm vụ KH&CN được quản lý"): the topics'
    share of the level, never every task at it (see _one_task_type) — unless the label names a stage
    of its own the heading does not (`_own_stage`)."""
    return bool(parent) and " nhiem vu " in f" {fold(registry.indicator(parent).name_vi)} " \
        and _one_task_type(text, code) and not _own_stage(text, parent)


def _own_stage(text: str, parent: str) -> bool:
    """Whether a label says more than a type of task and a level the heading `parent` does not say
    ("Đề tài KH&CN cấp tỉnh được nghiệm thu" under "Nhiệm vụ KH&CN được quản lý"): a row of its own,
    read as it stands, never a share of the heading.
    NOTE: mend27b: the provincial tasks accepted were dropped as the managed tasks' share, shown as
    "Trùng tên …"; "- Đề tài cấp tỉnh" (a level alone) and "- Đề tài cấp tỉnh được nghiệm thu" under
    "Nhiệm vụ KH&CN được nghiệm thu" (the heading's own stage) stay the topics' share."""
    said = set(labels.label_tokens(text)) - _LEVEL_TOKENS - _TASK_TOKENS
    return bool(said - set(labels.label_tokens(registry.indicator(parent).name_vi)))


# a note's words that make the parts it names no single part of the whole: "trong đó", "gồm",
# "không kể", "trở lên" (metrics/header_words.toml note_part_qualifier_words); a "trở lên" from the
# lowest level is the whole ("từ 3 sao trở lên": note_whole_from_words)
_NOTE_QUALIFIER = re.compile(r"(^| )(?:" + "|".join(map(re.escape, sorted(
    registry.header_words("note_part_qualifier_words"), key=len, reverse=True))) + r")( |$)")
_NOTE_WHOLE_FROM = re.compile(r"(^| )(?:" + "|".join(map(re.escape, sorted(
    registry.header_words("note_whole_from_words"), key=len, reverse=True))) + r")( |$)")
# … of them, the words that leave something out ("không bao gồm", "trừ"; header_words note_exclusion_words),
# and the levels a task or a figure is counted at (abbreviations.toml task_level_words, level_part_words)
_NOTE_EXCLUSION = re.compile(r"(^| )(?:" + "|".join(map(re.escape, sorted(
    registry.header_words("note_exclusion_words"), key=len, reverse=True))) + r")( |$)")
_NOTE_LEVEL = re.compile(r"(^| )(?:" + "|".join(sorted({" ".join(re.sub(r"[^a-z0-9]+", " ", fold(w)).split())
    for w in (*labels.declared_words("task_level_words"), *labels.declared_words("level_part_words"))},
    key=len, reverse=True)) + r")( |$)")
# … and the words adding one member to the whole ("(kể cả cấp quốc gia)": the whole; abbreviations.toml)
_NOTE_INCLUSIVE = re.compile(r"(^| )(?:" + "|".join(sorted({" ".join(re.sub(r"[^a-z0-9]+", " ", fold(w)).split())
    for w in labels.declared_words("whole_inclusive_words")}, key=len, reverse=True)) + r")( |$)")
_NOTE_LIST = re.compile(r"\s*(?:[,;+&/]|\bvà\b|\bva\b)\s*", re.I)


def _note_names_parts_not_one(label: str, variant: str, code: str) -> bool:
    """Whether a label's trailing note names parts of `code` but not exactly one of them:
    "(trong đó 4 sao)", "(4 sao trở lên)", "(chưa gồm cấp quốc gia)", "(không kể cấp cơ sở)",
    "(3 sao, 4 sao)", "(cấp tỉnh, cấp cơ sở)" beside 40 — neither the whole nor the part named.

    NOTE: review21b: read as the part ("(4 sao trở lên) | 40" as the 4-star products) or as the
    whole ("(chưa gồm cấp quốc gia) | 40" as every task managed); a figure so qualified is set
    aside (missed rather than stored wrong). "(từ 3 sao trở lên)" from the lowest level is the whole."""
    m = _TRAILING_PARENS.search(clean_label(nfc(label)))
    if not m:
        return False
    note = m[0].strip()[1:-1]
    folded = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(note)).split())
    qualified = bool(_NOTE_QUALIFIER.search(folded))
    if qualified and _NOTE_WHOLE_FROM.search(folded):
        return False
    parts = {c.code for c in children(code)}
    pieces = [p for p in _NOTE_LIST.split(nfc(note)) if p.strip()]

    def part_of(piece: str) -> str | None:
        bare = " ".join(_NOTE_QUALIFIER.sub(" ", " ".join(re.sub(r"[^a-z0-9]+", " ", fold(piece)).split())).split())
        for text in (piece, bare):
            m = labels.match_label(clean_label(f"{variant} {text}"))
            if m.taken and m.indicator in parts:
                return m.indicator
        return None

    named = [part_of(p) for p in pieces]
    if qualified and _NOTE_EXCLUSION.search(folded) and _NOTE_LEVEL.search(folded):
        # NOTE: probe35: "Nhiệm vụ KH&CN được nghiệm thu (không bao gồm cấp cơ sở) | 30": a level left out
        # that the indicator declares no part for (no grassroots tasks accepted) named no part here, and
        # the figure was stored as every task accepted — the whole less a level is no whole
        return True
    if qualified:
        return any(named)
    if len(pieces) > 1 and any(named) and labels.foreign_words(code, note):
        # NOTE: mend27b: "Số nhiệm vụ KH&CN được quản lý (đề xuất mới và chuyển tiếp) | 40" was stored as every
        # task managed: a list of parts in the note saying what rules the indicator out ("đề xuất") is no
        # note of it (a note naming no part, "(trên 63 tỉnh, thành)", is left as it was)
        return True
    if all(named) and len(set(named)) == len(named) and set(named) in map(set, registry.indicator(code).complete_parts):
        # NOTE: mend27b: "Số nhiệm vụ KH&CN được quản lý (chuyển tiếp và mở mới)" (Bình Dương): both parts
        # that make the whole, named to say what it holds — the whole, only suggested before
        return False
    if len(pieces) == 1 and named[0] and named[0] != code and not _NOTE_INCLUSIVE.search(folded):
        # NOTE: mend27b: "Số nhiệm vụ KH&CN được quản lý (chuyển tiếp) | 40": the note names one part the
        # whole label does not read as (the matcher takes the words before it): stored as every task
        # managed, it is the carried-over tasks' — set aside unless the label read whole is that part
        # ("Sản phẩm OCOP được công nhận (3 sao)", probe32)
        whole, _, _ = meaning(label)
        return not (whole.taken and whole.indicator == named[0])
    return len(pieces) > 1 and sum(1 for n in named if n) > 1


_SUB_MARK = re.compile(r"^\s*(?:[-+*•–]|trong đó|trong do|chia ra|bao gồm|gồm|in which|of which)", re.I)


def _other_kind_under(label: str, code: str, parent: str | None) -> bool:
    """A sub-item ("- …", "Trong đó: …") that names a sibling of its heading which lacks the
    heading's own kind: "- Dự án thuộc Chương trình nông thôn miền núi" under "Nhiệm vụ chuyển
    tiếp" is the programme's projects carried over, a part the registry does not have — not the
    programme's projects in the period (a statistician does not read a part of one kind as the
    whole of another)."""
    if not parent or code == parent or not _SUB_MARK.match(nfc(label)):
        return False
    heading, ind = registry.indicator(parent), registry.indicator(code)
    if heading.parent is None and ind.parent is not None and ind.parent != parent \
            and " nhiem vu " in f" {fold(heading.name_vi)} " and tasks_at_a_level_alone(label):
        # NOTE: "- Đề tài, dự án cấp tỉnh" under "Nhiệm vụ KH&CN được bàn giao kết quả" (a count of tasks
        # with no parent in the registry): the handed-over provincial tasks, never the provincial tasks
        # managed its exact name is (12 was stored so, honest26) — a part of the heading, or nothing
        return True
    if heading.temporal == "stock" and ind.temporal != "stock" and ind.parent != parent:
        # NOTE: blind71 probe: "Tổng số sản phẩm OCOP còn hiệu lực | 3418" then "- Sản phẩm 3 sao | 296": the
        # exact name of the 3-star products RECOGNIZED (a flow), stored as 2025's — under a count at a date a
        # sub-item is a part of that count (the valid 3-star products), never the year's recognitions
        return True
    if heading.parent is None or ind.parent != heading.parent:
        return False
    return not labels.speaks_of(code, labels.qualifier_words(parent, heading.parent))


def tasks_at_a_level_alone(label: str) -> bool:
    """Whether a label says only "tasks" and one level ("- Đề tài, dự án cấp tỉnh", "Nhiệm vụ KH&CN cấp
    quốc gia"): nothing of a stage or a kind of its own."""
    tokens = set(labels.label_tokens(label))
    levels = tokens & _LEVEL_TOKENS
    return len(levels) == 1 and tokens - levels <= _TASK_TOKENS


def tasks_alone(label: str) -> bool:
    """Whether a label says only "tasks", at one level or none ("Số nhiệm vụ KH&CN", "Số đề tài, dự án cấp
    tỉnh"): no stage of its own, so the stage a title names is the label's."""
    tokens = set(labels.label_tokens(label))
    levels = tokens & _LEVEL_TOKENS
    return len(levels) <= 1 and bool(tokens - levels) and tokens - levels <= _TASK_TOKENS


# what the whole label, its notes included, may say that makes it no indicator's figure whatever
# its variants say: a plan, a figure per number of people, or a share the registry does not declare
# ("Sản phẩm OCOP được công nhận (nhóm thực phẩm)": its variant without the note is the whole's name)
_NO_FIGURE_REASONS = ("plan", "per_population", "part")


def _is_plan(label: str) -> bool:
    """Whether the whole label, its notes included, says a plan: "Kinh phí sự nghiệp KH&CN được
    giao (dự toán)" is the allocation, never what was spent; or a figure per number of people:
    "Số người nghiên cứu khoa học (trên 1 vạn dân)" is a ratio, never the researchers counted.

    NOTE: the variant without its trailing "(…)" (meant for a unit: "(nhiệm vụ)") lost "(dự
    toán)" and was taken as the budget spent, four years of allocations stored as actuals."""
    return labels.match_label(clean_label(label)).reason in _NO_FIGURE_REASONS


@lru_cache(maxsize=4096)
def meaning(label: str) -> tuple[labels.LabelMatch, Period | None, str]:
    """The matcher's reading of a row label: of its variants (with or without a trailing unit or
    a period phrase), the one it is surest of, the period that variant names, and its text. A
    label whose words, notes included, say a plan is that plan (ignored) whatever its variants say."""
    base = clean_label(label)
    whole = labels.match_label(base)
    if whole.reason == "plan" and _PLAN_COLUMN_NOTE.search(label):
        # NOTE: "Chi NSNN cho KH&CN (KH: dự toán giao đầu năm)" in a form with "KH | TH" columns:
        # the note says what the plan column holds (the allocation), not that the row is a plan
        # — its TH figures are what was spent. Read without the note; any other plan word stays.
        return meaning(_PLAN_COLUMN_NOTE.sub(" ", label).strip())
    if whole.reason in ("plan", "change", "per_population", "part"):
        # NOTE: a change of a figure ("PII score change vs. PII 2023") is no figure either, even
        # when a variant drops the words that say so
        return whole, None, base
    if whole.reason != "aggregate" and (region := labels.region_in_label(base)):
        # NOTE: wrong51: "Số nhiệm vụ KH&CN được nghiệm thu vùng Tây Nguyên | 30" in Đắk Lắk's report (taken at 0.92):
        # the region's figure, an aggregate however sure the matcher is of the rest
        return labels.LabelMatch(labels.IGNORED, None, whole.score, None, whole.indicator or whole.closest,
                                 "aggregate", 0.0, region), None, base
    best, best_p, best_text = None, None, label
    rank = {labels.TAKEN: 2, labels.SUGGESTED: 1, labels.IGNORED: 0}
    for text, p in label_variants(label):
        m = labels.match_label(text)
        if m.indicator and _drops_to_date(label, text, m.indicator):
            continue
        if best is None or (rank[m.outcome], m.score) > (rank[best.outcome], best.score) or (
                p is not None and best_p is None and m.indicator is not None and m.indicator == best.indicator
                and (rank[m.outcome], m.score) == (rank[best.outcome], best.score) and _closes_with_its_year(label, p)):
            # NOTE: blind82: the matcher reads no year, so "Ước nhiệm vụ KH&CN được nghiệm thu cả năm 2026"
            # and its variant without "cả năm 2026" tie — the whole label won, the year was lost, and in a
            # report on eleven months the year's estimate was stored as the eleven months'. Of two readings
            # as sure of one indicator, the one that names its period says more — when the label closes
            # with that whole year or its estimate (never a date's year inside a note, "(tại 30/9/2025)", nor a
            # quarter's, "… QUÝ I NĂM 2026": the variant without "năm 2026" still says "quý I")
            best, best_p, best_text = m, p, text
    return best, best_p, best_text


# a label closing with the whole of a year or its estimate ("… cả năm 2026", "… (ước cả năm 2026)", "… ước năm
# 2026"), on its bare text — never a part of the year before the year ("… quý I năm 2026", "… tháng 11 năm 2026")
_CLOSING_WHOLE_YEAR = re.compile(r"(?:^|[\s(\[\-–:])(?:" + "|".join(map(re.escape, sorted(
    {bare(w) for s in ("label_estimate_words", "label_whole_year_words") for w in registry.declared_header_words(s)},
    key=len, reverse=True))) + r")\s+(?:nam\s+)?((?:19|20)\d{2})\s*[)\]]?\s*$")


# … or opening with an estimate's word and closing with "năm 2026" after a word of its own ("Ước số nhiệm vụ
# nghiệm thu năm 2026"), no number nor part of a year ("quý I năm 2026", "tháng 11 năm 2026", "đầu năm 2026")
_OPENING_ESTIMATE = re.compile(r"^(?:[-+*•–]\s*)?(?:" + "|".join(map(re.escape, sorted(
    {bare(w) for w in registry.declared_header_words("label_estimate_words")}, key=len, reverse=True))) + r")(?![\w.])")
_CLOSING_YEAR_AFTER = re.compile(r"(?:^|\s)(\S+)\s+nam\s+((?:19|20)\d{2})\s*$")
_PART_OF_YEAR = frozenset(bare(w) for w in registry.declared_header_words("part_of_year_words"))


def _closes_with_its_year(label: str, p: Period) -> bool:
    """Whether a label ends with the whole year `p` or its estimate (_CLOSING_WHOLE_YEAR, _OPENING_ESTIMATE)."""
    text = " ".join(bare(nfc(label)).split())
    if p.kind != "year":
        return False
    if (m := _CLOSING_WHOLE_YEAR.search(text)) is not None:
        return int(m[1]) == p.start.year
    m = _CLOSING_YEAR_AFTER.search(text)
    return m is not None and int(m[2]) == p.start.year and _OPENING_ESTIMATE.match(text) is not None \
        and m[1] not in _PART_OF_YEAR and re.fullmatch(r"[a-z]+", m[1]) is not None \
        and re.fullmatch(r"[ivxlc]+", m[1]) is None


# a label closing with the whole year, written or not, on its bare text: "… cả năm 2026", "- Cấp tỉnh ước cả
# năm", "… (ước cả năm)", "… (ƯTH cả năm 2026)" (metrics/header_words.toml label_whole_year_words)
_CLOSING_WHOLE_YEAR_WORDS = re.compile(r"(?:^|[\s(\[\-–:])(?:" + "|".join(map(re.escape, sorted(
    {bare(w) for w in registry.declared_header_words("label_whole_year_words")}, key=len, reverse=True)))
    + r")(?:\s+(?:nam\s+)?((?:19|20)\d{2}))?\s*[)\]]?\s*$")


# … or opening with the estimate of the whole year, its part after ("- Ước cả năm 2026 cấp tỉnh", "Trong đó: ước cả năm
# (cấp tỉnh)", "- Ước TH cả năm: cấp tỉnh"; metrics/header_words.toml label_estimate_words, label_whole_year_words)
_OPENING_WHOLE_YEAR_ESTIMATE = re.compile(
    r"^(?:[-+*•–]\s*)?(?:(?:trong do|chia ra|bao gom|gom)\s*[:,\-–]?\s*)?(?:" + "|".join(map(re.escape, sorted(
        {bare(w) for w in registry.declared_header_words("label_estimate_words")}, key=len, reverse=True)))
    + r")\s+(?:" + "|".join(map(re.escape, sorted({bare(w) for w in registry.declared_header_words("label_whole_year_words")},
                                                   key=len, reverse=True)))
    + r")(?:\s+(?:nam\s+)?((?:19|20)\d{2}))?(?![\w/.])")


@lru_cache(maxsize=4096)
def whole_year_closing(label: str) -> int | None:
    """The year a label says its figure is the WHOLE of, closing with it ("- Ước nghiệm thu cấp tỉnh cả năm 2026" →
    2026), 0 when it writes no year ("… ước cả năm": the report's), None when it says no whole year.

    NOTE: wrong55: in a report on eleven months of 2026, "- Ước nghiệm thu cấp tỉnh cả năm 2026" under the tasks
    accepted was read among the row above's parts with its words, "cả năm 2026" lost — the year's estimate stored
    as the eleven months' provincial tasks (or, above the eleven months' whole, the honest file refused); under
    "TH 11 tháng" the label's year was the column's part (blind56's rule for "… mở mới năm 2026"). "Cả năm" says
    the year is whole: the column's months are not the figure's (etl.walk._read_values)."""
    text = " ".join(bare(nfc(label)).split())
    # NOTE: review44: so is a sub-row OPENING with the estimate of the whole year, its level after ("- Ước cả năm 2026
    # (cấp tỉnh)", "- Ước cả năm cấp tỉnh", "Trong đó: ước cả năm cấp tỉnh") — wrong55's rule read the label's close
    # only: the year's estimate of the provincial tasks was stored as the eleven months' (after "Trong đó", as REPORTED)
    m = _CLOSING_WHOLE_YEAR_WORDS.search(text) or _OPENING_WHOLE_YEAR_ESTIMATE.match(text)
    return None if m is None else int(m[1] or 0)


def learned_indicator(label: str, learned: labels.Learned) -> tuple[str | None, Period | None, str | None]:
    """A label a person confirmed before (any of its variants): (indicator, period, its key)."""
    if not learned.confirmed:
        return None, None, None
    for text, p in label_variants(label):
        key = labels.label_key(text)
        code = learned.confirmed.get(key)
        if code and code in registry.indicators():
            return code, p, key
    return None, None, None


@lru_cache(maxsize=1)
def _task_types() -> tuple[str, ...]:
    return tuple(fold(w) for w in labels.declared_words("task_type_words"))


def _one_task_type(text: str, code: str) -> bool:
    """Whether a sub-item names one type of task alone ("- Đề tài cấp tỉnh") that the part `code`
    does not name in its own name (metrics/abbreviations.toml task_type_words): that type's share."""
    said = f" {fold(text)} "
    types = [w for w in _task_types() if f" {w} " in said]
    return len(types) == 1 and " nhiem vu " not in said and types[0] not in fold(registry.indicator(code).name_vi)


def other_type_beside(label: str, code: str, column: frozenset) -> str | None:
    """The type of task another row of the table names with the same words where this label names
    its own type alone ("Đề tài cấp tỉnh được nghiệm thu | 12" beside "Dự án cấp tỉnh được nghiệm thu
    | 3", no heading above): each row is one type's share of the level, never every task at it — or
    None. `column` holds the table's labels, folded (`fold`, spaces collapsed).
    NOTE: wrong27: the 12 topics were stored as every provincial task accepted; a label naming one
    type alone with no such sibling still reads "đề tài" as a task ([synonyms])."""
    if not _one_task_type(label, code):
        return None
    said = f" {' '.join(fold(clean_label(label)).split())} "
    own = next(w for w in _task_types() if f" {w} " in said)
    for other in labels.declared_words("task_type_words"):
        if fold(other) != own and said.replace(f" {own} ", f" {fold(other)} ", 1).strip() in column:
            return other
    # NOTE: review28b: "Đề tài KH&CN cấp tỉnh được nghiệm thu | 12" beside "Dự án SXTN được nghiệm thu | 3" or
    # "Dự án KH&CN được nghiệm thu | 3" (another type at the same stage, in other words): the 12 topics were
    # stored as every provincial task accepted (mend27b's own stage read the row as it stands). Another
    # type's row saying the same stage makes each a share too
    stage = set(labels.label_tokens(label)) - _LEVEL_TOKENS - _TASK_TOKENS
    if stage:
        for other in labels.declared_words("task_type_words"):
            if fold(other) != own and any(f" {fold(other)} " in f" {c} " and stage <= set(labels.label_tokens(c))
                                          for c in column):
                return other
    return None


# a label that opens with a total's word ("Tổng kinh phí …"; metrics/header_words.toml total_words, as written:
# folded, "Cộng" would be the "Công" of "Công nghệ")
_PART_TOTAL_LEAD = re.compile(r"^\W*(?:" + "|".join(map(re.escape, sorted(
    {nfc(w).lower() for w in registry.declared_header_words("total_words")}, key=len, reverse=True))) + r")( |$)")


def _sub_item(label: str, parent: str | None) -> tuple[str | None, Period | None]:
    if parent:
        for text, p in label_variants(label):
            key = match_key(text)
            if len(key.split()) < 2:
                continue
            # NOTE: a name's trailing "(…)" is a note, not how it ends: "Sản phẩm OCOP tiềm năng
            # 5 sao (đạt điểm 5 sao cấp tỉnh)" is no "cấp tỉnh" part of the OCOP products
            hits = {c.code for c in children(parent)
                    for a in (c.name_vi, *c.aliases) if match_key(_TRAILING_PARENS.sub("", a)).endswith(key)}
            if len(hits) == 1 and not _drops_to_date(label, text, next(iter(hits))):
                if _one_task_type(text, next(iter(hits))):
                    return None, None
                return hits.pop(), p
        # NOTE: a sub-item is read with its heading: "- Cấp tỉnh" under "Nhiệm vụ được nghiệm
        # thu" is "… được nghiệm thu cấp tỉnh"; "- cấp quốc gia" under "Nhiệm vụ chuyển tiếp" is
        # the national tasks carried over (the heading's sibling-part), never tasks managed.
        heading = registry.indicator(parent)
        # NOTE: blind70: "Hạng 3 sao" under the valid products "… còn hiệu lực công nhận (từ 3 sao)" was read with the
        # name's note, "từ 3 sao" (3 stars or more) ruling out the 3-star part: the former Quảng Nam's 287 valid 3-star
        # products were lost ("- 3 sao" read, by the part's alias). The name without its trailing note, after it
        names = (heading.name_vi,) + tuple({_TRAILING_PARENS.sub("", heading.name_vi).strip()} - {heading.name_vi})
        for (text, p), name in ((v, n) for n in names for v in label_variants(label)):
            m = labels.match_label(f"{name} {text}")
            if m.taken and m.indicator != parent and not _drops_to_date(label, text, m.indicator) and \
                    registry.indicator(m.indicator).parent in (parent, heading.parent or parent):
                # NOTE: the sub-item must say nothing the part does not: "Số nhiệm vụ đề xuất đặt
                # hàng cấp tỉnh" below "Nhiệm vụ được nghiệm thu" is no accepted provincial task
                if labels.foreign_words(m.indicator, text):
                    continue
                if m.indicator not in heading.parts and (
                        labels.foreign_words(m.indicator, label) or _PART_TOTAL_LEAD.match(nfc(label).lower())
                        or (alone := labels.match_label(text)).taken and alone.indicator != m.indicator):
                    # NOTE: recall46: a part the heading's words name ("Trong đó: kinh phí thực hiện nhiệm vụ KH&CN"
                    # under "Chi ngân sách nhà nước cho KH&CN": the state's, as the heading says) says nothing
                    # against it in its note either — "(gồm vốn đối ứng)", "(mọi nguồn)" name other money, stripped
                    # as notes they were the state's — and is no total of its own: "Tổng kinh phí thực hiện các
                    # nhiệm vụ KH&CN" under the state budget is every source's, no part of the state's — nor is a
                    # row naming another indicator by itself: "Số nhiệm vụ KH&CN được quản lý" after that part (a
                    # "Trong đó:" leaves the rows below it open) is the tasks managed, never their funding
                    continue
                # and a sibling of the heading keeps the heading's kind ("chuyển tiếp")
                if registry.indicator(m.indicator).parent != parent and \
                        not labels.speaks_of(m.indicator, labels.qualifier_words(parent, heading.parent)):
                    continue
                if _one_task_type(text, m.indicator):
                    return None, None
                return m.indicator, p
    return None, None
