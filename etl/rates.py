"""Rates typed as fractions: a rate stored in % (33 means 33 %) typed as 0.85 in a cell that is
not %-formatted reads as 85 % or 0.85 %. The sheet decides, never a guess:

- the other rate values of its row (the same indicator in the sheet: other years, other
  provinces) and of its column (other rates of that year) are all fractions (|v| ≤ 1, at least
  one strictly between 0 and 1): the sheet writes rates as fractions, so 0.85 is 85 % (the fact's
  note says so);
- otherwise (they are typed as percentages, like 72.4, or there is no other value to compare):
  the cell is asked about (rule `rate_scale`) and nothing is stored for it — until the uploader
  answers (the upload page's buttons, `--answer SHEET!CELL=VALUE`): then the cell is stored as
  answered, its note saying the uploader decided, and the answer is logged with the upload so a
  rebuild reads the file the same way. An answer that is neither reading changes nothing.

A %-formatted cell or a "%" typed in the text is explicit and never asked about; 0 is 0 either
way. Pure: works on the walk's candidates (etl.reading)."""
from __future__ import annotations

import re
from collections import defaultdict

from etl.messages import number
from etl.reading import Candidate, Question, Reading
from metrics import registry

RULE = "rate_scale"

_ROW_DIGITS = re.compile(r"\d+$")


class _Tally:
    """Counts of one group of rate values: non-zero, above 1 in size (typed as percentages),
    strictly between 0 and 1 in size; and one value above 1 to show."""
    __slots__ = ("nonzero", "big", "fraction", "example")

    def __init__(self):
        self.nonzero = self.big = self.fraction = 0
        self.example = None

    def add(self, v: float) -> None:
        a = abs(v)
        if a:
            self.nonzero += 1
        if a > 1:
            self.big += 1
            if self.example is None:
                self.example = v
        elif 0 < a < 1:
            self.fraction += 1


def settle(reading: Reading, answers: dict | None = None) -> None:
    """Scale the rates a sheet writes as fractions (noting it in `reading.notes`) and move the
    ones it leaves unclear from the candidates to `reading.questions` — unless `answers` (the
    uploader's, "sheet!cell" -> value) says which reading a cell means."""
    answers = answers or {}
    rates = {code for code, ind in registry.indicators().items() if ind.kind == "rate"}
    plain = [c for c in reading.candidates if c.indicator in rates and not c.percent and c.cell]
    if not any(0 < abs(c.value) <= 1 for c in plain):
        return   # the usual case: nothing to decide
    by_row: dict[tuple, _Tally] = defaultdict(_Tally)
    by_col: dict[tuple, _Tally] = defaultdict(_Tally)
    by_both: dict[tuple, _Tally] = defaultdict(_Tally)
    for c in plain:
        col = _column(c.cell)
        by_row[(c.sheet, c.indicator)].add(c.value)
        by_col[(c.sheet, col)].add(c.value)
        by_both[(c.sheet, c.indicator, col)].add(c.value)
    asked = set()
    for c in plain:
        if not 0 < abs(c.value) <= 1:
            continue
        col = _column(c.cell)
        row, column, both = by_row[(c.sheet, c.indicator)], by_col[(c.sheet, col)], by_both[(c.sheet, c.indicator, col)]
        # the other values of its row and its column (the union: the cell itself counted once)
        others = row.nonzero + column.nonzero - both.nonzero - 1
        big = row.big + column.big - both.big
        fractions = row.fraction + column.fraction - both.fraction
        if others > 0 and big == 0 and fractions > 0:
            typed = c.value
            c.value = float(f"{typed * 100:.12g}")
            c.percent = True
            reading.notes[(c.sheet, c.cell)] = (
                f"Tỷ lệ ghi dạng số thập phân ({_vi(typed)}) như mọi ô tỷ lệ khác cùng dòng, cùng cột "
                f"của trang: lưu {_vi(c.value)} %.")
            continue
        example = row.example if row.example is not None else column.example
        question = _question(reading.file_name, c, others, example)
        chosen = _answered(question, answers.get(question.key))
        if chosen is not None:
            typed = c.value
            c.value, c.percent = chosen, True
            reading.notes[(c.sheet, c.cell)] = (
                f"Ô ghi {_vi(typed)} trong dòng tính bằng %; người tải lên xác nhận là {_vi(chosen)} %.")
            reading.answers_applied[question.key] = chosen
            continue
        reading.questions.append(question)
        asked.add(id(c))
    if asked:
        reading.candidates = [c for c in reading.candidates if id(c) not in asked]


def _answered(question: Question, answer) -> float | None:
    """The reading the answer names, or None (no answer, or one that is neither reading)."""
    if answer is None:
        return None
    try:
        answer = float(answer)
    except (TypeError, ValueError):
        return None
    return next((r for r in question.readings if abs(r - answer) <= 1e-9 * max(1.0, abs(r))), None)


def _vi(v: float) -> str:
    """0.85 -> '0,85', 72.4 -> '72,4' (Vietnamese, no trailing zeros)."""
    text = number(v, 4)
    return text.rstrip("0").rstrip(",") if "," in text else text


def _column(cell: str) -> str:
    return _ROW_DIGITS.sub("", cell)


def _question(file_name: str, c: Candidate, others: int, example: float | None) -> Question:
    ind = registry.indicator(c.indicator)
    as_percent = float(f"{c.value * 100:.12g}")
    typed_vi, percent_vi = _vi(c.value), _vi(as_percent)
    if others == 0:
        why_vi = "không có ô tỷ lệ nào khác cùng dòng hay cùng cột để biết trang ghi tỷ lệ theo cách nào"
        why_en = "no other rate in its row or column shows how the sheet writes rates"
    elif example is not None:
        why_vi = (f"các ô tỷ lệ khác cùng dòng hoặc cùng cột ghi theo phần trăm (ví dụ {_vi(example)}), "
                  f"nên {typed_vi} có thể là {typed_vi} % thật hoặc {percent_vi} % gõ dạng thập phân")
        why_en = (f"the other rates in its row or column are typed as percentages (e.g. {example:g}), so "
                  f"{c.value:g} may be {c.value:g} % or {as_percent:g} % typed as a fraction")
    else:
        why_vi = "các ô tỷ lệ khác cùng dòng, cùng cột chỉ ghi 0 hoặc 1, không cho biết trang ghi tỷ lệ theo cách nào"
        why_en = "the other rates in its row and column are only 0 or 1, which does not show how the sheet writes rates"
    row = int(_ROW_DIGITS.search(c.cell)[0])
    return Question(
        c.sheet, c.cell, row, c.label, c.value, (as_percent, c.value), RULE,
        f"Tệp {file_name}, trang “{c.sheet}”, ô {c.cell} (“{c.label}”, tính bằng %): {typed_vi} là {percent_vi} % "
        f"hay {typed_vi} %? Không đoán — {why_vi}. Chưa lấy số này (quy tắc {RULE}); hãy định dạng ô là phần trăm "
        f"(Excel hiện {percent_vi}%) hoặc gõ {percent_vi} nếu là {percent_vi} %, gõ “{typed_vi}%” nếu là {typed_vi} %, "
        f"rồi tải lên lại. Các số liệu khác của tệp vẫn được đọc.",
        f"File {file_name}, sheet “{c.sheet}”, cell {c.cell} (“{ind.name_en}”, in %): is {c.value:g} {as_percent:g} % "
        f"or {c.value:g} %? Not guessed — {why_en}. Not taken (rule {RULE}); format the cell as a percentage, or type "
        f"{as_percent:g} for {as_percent:g} % or “{c.value:g}%” for {c.value:g} %, and upload again. The rest of the "
        f"file is read.")
