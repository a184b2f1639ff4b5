"""What reading a workbook yields: candidate values, the rows set aside and why, the problems
(each with sheet, cell, value, rule and a Vietnamese and English message), and the uploader's
hints. Shared by the walk (etl.walk), the validator (etl.validate) and the pipeline."""
from __future__ import annotations

from dataclasses import dataclass, field

from etl import labels
from metrics.periods import Period


@dataclass
class Problem:
    sheet: str | None
    cell: str | None
    value: object
    rule: str
    message_vi: str
    message_en: str


@dataclass
class Ignored:
    sheet: str
    row: int | None      # 1-based; None for a whole sheet
    text: str
    reason_vi: str
    reason_en: str
    # a value cell set aside alone (the rest of its file loads): its name and the rule, for the
    # preview and --json; None and "" for a row or sheet ignored as a whole
    cell: str | None = None
    rule: str = ""


@dataclass(slots=True)   # one per value: 100,000 in a large tidy sheet
class Candidate:
    sheet: str
    cell: str | None
    label: str
    indicator: str
    provinces: list                  # the provinces its name may mean, in either frame
    province_text: str
    period: Period | None
    measure: str
    status: str
    value: float
    qualifier: str
    percent: bool
    unit_text: str
    note: str = ""


@dataclass
class Hints:
    """The uploader's choices: they only fill what the workbook does not say."""
    province: str | None = None      # a statistics code; its frame follows from each value's period
    period: Period | None = None
    labels: labels.Learned | None = None   # labels people confirmed or rejected before
    accept_suggestions: bool = False       # take suggested rows as if confirmed (command line)
    # the uploader's answers to questions about cells ("Số liệu!D5" -> 85.0, one of the question's
    # readings): the cell is stored as answered, the fact's note saying who decided
    answers: dict = field(default_factory=dict)


@dataclass
class Reading:
    candidates: list[Candidate] = field(default_factory=list)
    ignored: list[Ignored] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    matched_rows: int = 0
    suggestions: list[Suggestion] = field(default_factory=list)
    # labels taken because a person confirmed them (or accepted suggestions): label key ->
    # indicator, logged with the upload so a rebuild reads the file the same way
    labels_applied: dict = field(default_factory=dict)
    file_name: str = ""                 # for messages that name the file
    questions: list[Question] = field(default_factory=list)
    notes: dict = field(default_factory=dict)   # (sheet, cell) -> a note for the fact read there
    # answers to questions this reading used ("sheet!cell" -> value), logged with the upload so a
    # rebuild reads the file the same way
    answers_applied: dict = field(default_factory=dict)
    # the report's figures typed as text are written the English way ("1,234", "87.3"): see
    # etl.numbers.written_the_english_way
    english_figures: bool = False
    # (sheet, row) of table rows the table reading set aside as no province's it can be sure of: the
    # sentence reading leaves them too (their text cells are not read again as the sheet's province's)
    rows_set_aside: set = field(default_factory=set)
    # a place below the province a sheet's title makes the report's ("UBND HUYỆN KỲ ANH"): every row under
    # it set aside; when nothing else is read the refusal says whose report it is (wrong28)
    district_titles: list = field(default_factory=list)


@dataclass
class Suggestion:
    """A row whose label is close to an indicator but not certain: nothing is taken from it
    until a person confirms."""
    sheet: str
    row: int                          # 1-based
    label: str
    indicator: str
    score: float
    key: str                          # labels.label_key(label): what a confirmation remembers
    runner_up: str | None = None


@dataclass
class Question:
    """A value cell the reader will not decide alone (a rate typed 0.85 in a % row among rates
    typed 72.4): asked about on its row, nothing stored for it until the person answers (one of
    `readings`, on the upload page or with --answer) or makes the cell say which and uploads again."""
    sheet: str
    cell: str
    row: int                          # 1-based
    label: str
    value: float                      # as typed
    readings: tuple[float, float]     # the values it may mean, in the indicator's unit
    rule: str
    message_vi: str
    message_en: str

    @property
    def key(self) -> str:
        """What an answer names: "sheet!cell"."""
        return answer_key(self.sheet, self.cell)


def answer_key(sheet: str, cell: str) -> str:
    return f"{sheet}!{cell}"
