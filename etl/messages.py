"""Text for the person uploading: the command line's messages in Vietnamese and English (one
table), and numbers in messages written the Vietnamese way (1.234,5).

etl never imports views (the drawing layer), so its messages and numbers are formatted here."""
from __future__ import annotations

import math

from metrics.names import pick  # noqa: F401  (re-exported: etl chooses a language through it)


def number(value: float | None, decimals: int = 0) -> str:
    """1234.5 -> '1.234,5'; 12.0 -> '12'; missing -> '—' (never 0)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    text = f"{value:,.{decimals}f}"
    if decimals and "." in text and round(value, decimals) == round(value):
        text = text.rstrip("0").rstrip(".")
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


# key -> (Vietnamese, English); placeholders filled by say()
MESSAGES = {
    "accepted": ("{file}: hợp lệ, {facts} số liệu, {ignored} dòng bỏ qua",
                 "{file}: accepted, {facts} facts, {ignored} rows ignored"),
    "saved_draft": ("; đã lưu thành bản nháp chờ duyệt (chưa công bố cho đến khi được phê duyệt)",
                    "; saved as a draft for review (not public until approved)"),
    "loaded": ("; đã nạp (thay {replaced} giá trị cũ)", "; loaded ({replaced} earlier values replaced)"),
    "unchanged": ("; tệp này đã được nạp trước đó, không thay đổi gì", "; already loaded, nothing changed"),
    "refused": ("{file}: BỊ TỪ CHỐI, không ghi gì — {problems} lỗi", "{file}: REFUSED, nothing written — {problems} problems"),
    "whole_file": ("cả tệp", "whole file"),
    "row": ("dòng {row}", "row {row}"),
    "ignored": ("bỏ qua", "ignored"),
    "file_not_found": ("không có tệp: ", "file not found: "),
    "scope_everything": ("tất cả các tỉnh", "all provinces"),
    "scope_nothing": ("không tỉnh nào", "no province"),
    "busy": ("Kho dữ liệu đang bận; hãy thử lại sau ít phút.", "The database is busy; try again shortly."),
    "undone": ("{upload_id}: đã hoàn tác, gỡ {facts} số liệu", "{upload_id}: undone, {facts} facts taken back"),
    "already_undone": ("{upload_id}: đã được hoàn tác trước đó, không thay đổi gì",
                       "{upload_id}: already undone, nothing changed"),
    "undo_unknown": ("{upload_id}: không có lần tải lên nào mang mã này (xem upload_id trong `python -m etl.ingest --json`)",
                     "{upload_id}: no upload has this id (see upload_id in `python -m etl.ingest --json`)"),
    "no_such_account": ("không có tài khoản đang hoạt động tên “{name}” (python -m etl.accounts list)",
                        "no active account named “{name}” (python -m etl.accounts list)"),
    "suggested": ("  ? gợi ý {sheet} dòng {row}: “{label}” → {indicator} (độ tin cậy {score}; chưa lấy, cần --accept-suggestions)",
                  "  ? suggested {sheet} row {row}: “{label}” → {indicator} (score {score}; not taken without --accept-suggestions)"),
}


def say(key: str, lang: str = "vi", **values) -> str:
    """The message `key` in `lang` (vi or en), its placeholders filled."""
    vi, en = MESSAGES[key]
    return pick(vi, en, lang).format(**values)
