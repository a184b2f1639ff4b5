"""Two parts that split their whole between them, checked against it though no indicator declares them.

A whole read as an indicator's figure ("Tổng số tổ chức KH&CN | 18") with, right under it, two "trong đó"
lines that are each other's rest ("- Công lập | 12", "- Ngoài công lập | 9": metrics/header_words.toml
`complement_part_prefixes`) cannot be smaller than the two together: the report contradicts itself and
the whole figure is not certain (README "Totals and their parts": parts that do not overlap summing above
their whole are a problem). The declared parts (levels, stars) are checked on the facts
(etl/validate.py check_parts); these lines name no indicator, so they are checked on the sheet. So are the
sexes, lines ("Trong đó: Nam | 70", "Nữ | 50") or columns ("Tổng số | Nam | Nữ"): nobody is neither, so the
two differing from their whole, or one above it, is the report contradicting itself (wrong35)."""
from __future__ import annotations

import re

import numpy as np

from etl.limits import cell_position, cell_rows
from etl.reading import Problem, Reading
from etl.workbook import Sheet, cell_name
from metrics import registry
from metrics.names import fold, nfc

_PREFIXES = tuple(sorted(registry.header_words("complement_part_prefixes"), key=len, reverse=True))
_AFFIRMATIVES = tuple(registry.header_words("complement_part_affirmatives"))
# a part line's own marks: "Trong đó:", "- ", "+ ", "•"
_PART_MARKS = re.compile(r"^\s*(?:trong do\s*:?\s*)?[-+•*]?\s*", re.I)
# one sex ("Nam" as written: "năm" folds the same) and the other: a complete breakdown of their whole
_MEN, _WOMEN = registry.declared_header_words("sex_words")


def _label_column(row: list, before: int) -> int | None:
    """The whole's label column: its row's longest text left of its figure's column (not the unit's)."""
    texts = [(len(v), k) for k, v in enumerate(row[:before]) if isinstance(v, str) and v.strip()]
    return max(texts)[1] if texts else None


def _label(row: list, at: int) -> str | None:
    """A part line's label in column `at`, marks taken off, folded; None when it has none there or numbers
    its own item (a new item is no part of the line above)."""
    first = row[0] if row else None
    if isinstance(first, (int, float)) or (isinstance(first, str) and re.fullmatch(r"\s*[0-9IVXivx]+[.)]?\s*", first)):
        return None
    v = row[at] if at < len(row) else None
    return (_PART_MARKS.sub("", fold(v)).strip(" :.") or None) if isinstance(v, str) else None


def _rest_of(a: str, b: str) -> bool:
    """Whether `b` is `a`'s rest ("ngoai cong lap" of "cong lap", "khong dang ky" of "co dang ky")."""
    bare = next((a[len(w) + 1:] for w in _AFFIRMATIVES if a.startswith(w + " ")), a)
    return any(b in (f"{p} {a}", f"{p} {bare}") for p in _PREFIXES)


def check(s: Sheet, first: int, out: Reading) -> None:
    """Each figure read on sheet `s` (candidates from `first` on) with two complementary part lines right
    under it whose figures in its column add up to more than it: a `part_whole` problem at the whole."""
    seen: set[str] = set()
    mine, rows = _read_rows(s, out.candidates[first:])
    # NOTE: the line right under a figure read (or no line at all): no part line under it. Asked first, for all
    # rows at once: in a tidy table of 100,000 rows every line is read, and this check took 1.4 of the
    # ingest's ~4.5 s (then ~0.1 s with a cell name parsed per figure)
    read = np.zeros(len(s.rows) + 2, dtype=bool)   # read[r + 1]: a figure was read on row r (r >= -1: "A0")
    read[rows[rows < len(s.rows)] + 1] = True
    below = rows[rows + 1 < len(s.rows)]
    lonely = set(below[~read[below + 2]].tolist())
    if not lonely:
        return
    for cand, r in zip(mine, rows.tolist()):
        if r not in lonely:
            continue
        c = cell_position(cand.cell)[1]
        if cand.cell in seen or not registry.indicator(cand.indicator).additive:
            continue   # a rate's or a score's parts are their own rates ("Công lập | 80%"), never its share
        seen.add(cand.cell)
        if (label_col := _label_column(s.rows[r], c)) is None:
            continue
        # the whole's unit cells, between its label and its figure ("nhiệm vụ", "tổ chức")
        units = {k: fold(v) for k in range(label_col + 1, c) if isinstance(v := s.rows[r][k], str) and v.strip()}
        parts = []   # (label, value, row) of the lines under the whole, until a blank or numbered row
        for rr in range(r + 1, min(r + 6, len(s.rows))):
            if read[rr + 1]:   # the line is read as a figure of its own: no part
                break
            row = s.rows[rr]
            label = _label(row, label_col)
            value = row[c] if c < len(row) else None
            if label is None or type(value) not in (int, float):
                break
            if any(isinstance(v := row[k] if k < len(row) else None, str) and v.strip() and fold(v) != u
                   for k, u in units.items()):
                # NOTE: review31a: "Nhiệm vụ KH&CN được nghiệm thu | nhiệm vụ | 18" over "- Ngân sách nhà nước
                # | triệu đồng | 12500", "- Ngoài ngân sách nhà nước | triệu đồng | 3000" (the tasks' funding)
                # refused the honest file, 15500 > 18: a line in another unit is no part of the whole
                break
            parts.append((_sex(row[label_col]) or label, float(value), rr))
        sexes = {a: (va, ra) for a, va, ra in parts if a in ("men", "women")}
        if sexes:
            # NOTE: wrong35: "Trong đó: Nam | 70", "Nữ | 60" under 120 researchers — a sex's figure above its
            # whole, or the two not adding up to it, is the report contradicting itself
            _check_sexes(s, cand, float(cand.value), {k: (v, cell_name(rr, c)) for k, (v, rr) in sexes.items()}, out)
        for i, (a, va, ra) in enumerate(parts):
            for b, vb, rb in parts[i + 1:]:
                if (_rest_of(a, b) or _rest_of(b, a)) and va + vb > float(cand.value) + 1e-9:
                    cells = f"{cell_name(ra, c)}, {cell_name(rb, c)}"
                    out.problems.append(Problem(
                        s.name, cand.cell, cand.value, "part_whole",
                        f"Ô {cand.cell}: “{cand.label[:80]}” là {cand.value:g} nhưng hai phần không trùng nhau của nó "
                        f"(ô {cells}) cộng lại {va:g} + {vb:g} = {va + vb:g}, lớn hơn tổng.",
                        f"Cell {cand.cell}: “{cand.label[:80]}” is {cand.value:g} but its two non-overlapping parts "
                        f"(cells {cells}) add up to {va + vb:g}, more than the whole."))


def _read_rows(s: Sheet, cands: list) -> tuple[list, np.ndarray]:
    """The figures read on sheet `s` among `cands` that name a cell, and their 0-based rows, in order."""
    if [cand.sheet for cand in cands].count(s.name) == len(cands) \
            and (rows := cell_rows([cand.cell for cand in cands])) is not None:
        return cands, rows
    mine = [(cand, at[0]) for cand in cands if cand.sheet == s.name and (at := cell_position(cand.cell)) is not None]
    return [cand for cand, _ in mine], np.array([r for _, r in mine], dtype=np.int64)


def _sex(v) -> str | None:
    """"men" / "women" when a part line's or column's label is one sex alone ("- Nam", "Trong đó: Nữ", "Nu"),
    as written: "Nam" is the men, "Năm" the year's word folded the same."""
    if not isinstance(v, str):
        return None
    bare = _PART_MARKS.sub("", nfc(v).strip().lower()).replace("trong đó", "").strip(" :.-+•*")
    return "men" if bare == _MEN else "women" if fold(bare) == fold(_WOMEN) else None


def _check_sexes(s: Sheet, cand, whole: float, sexes: dict, out: Reading) -> None:
    """A `part_whole` problem at the whole `cand` (its figure `whole`) when one sex's figure ({"men"|"women":
    (value, cell)}) is above it, or the two together differ from it (nobody is neither: a complete breakdown)."""
    over = [(v, at) for v, at in sexes.values() if v > whole + 1e-9]
    total = sum(v for v, _ in sexes.values())
    if over:
        vi = f"số của một giới (ô {over[0][1]}) là {over[0][0]:g}, lớn hơn tổng"
        en = f"one sex's figure (cell {over[0][1]}) is {over[0][0]:g}, more than the whole"
    elif len(sexes) == 2 and abs(total - whole) > 1e-9:
        cells = ", ".join(at for _, at in sexes.values())
        vi = f"nam và nữ (ô {cells}) cộng lại {total:g}, khác tổng"
        en = f"men and women (cells {cells}) add up to {total:g}, not the whole"
    else:
        return
    if any(p.cell == cand.cell and p.kind == "part_whole" for p in out.problems if p.sheet == s.name):
        return
    out.problems.append(Problem(
        s.name, cand.cell, cand.value, "part_whole",
        f"Ô {cand.cell}: “{cand.label[:80]}” là {whole:g} nhưng {vi}.",
        f"Cell {cand.cell}: “{cand.label[:80]}” is {whole:g} but {en}."))


def check_sex_columns(s: Sheet, cols: list, out: Reading) -> None:
    """Each figure read in a whole's column beside its sexes' ("Tổng số | Nam | Nữ", etl/headers.py
    _sex_columns) checked against its row's two cells, as the part lines under a whole are (_check_sexes)."""
    wholes = {c.index: c.sex_parts for c in cols if c.sex_parts}
    if not wholes:
        return
    for cand in out.candidates:
        at = cell_position(cand.cell) if cand.sheet == s.name else None
        if at is None or at[1] not in wholes or at[0] >= len(s.rows):
            continue
        r, row = at[0], s.rows[at[0]]
        whole = row[at[1]] if at[1] < len(row) else None
        if type(whole) not in (int, float):
            continue
        sexes = {sex: (float(v), cell_name(r, k)) for sex, k in zip(("men", "women"), wholes[at[1]])
                 if k < len(row) and type(v := row[k]) in (int, float)}
        _check_sexes(s, cand, float(whole), sexes, out)
