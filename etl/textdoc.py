"""Narrative documents in: .txt, .docx, .pdf (with a text layer) and saved web pages (.html)
-> plain text in reading order, plus what the document says about itself (title, dateline).

Pure: bytes in, a TextDocument out. Nothing is written anywhere.

NOTE on libraries: .docx is a zip of XML, and its text is the `w:t` runs of each `w:p`
paragraph in document order (tables included); the standard library reads that (through
defusedxml, which the project already pins against XML entity attacks). HTML text likewise comes
from the standard `html.parser`. Only PDF needs a library: pypdf (pure Python, no binary, well
kept) extracts the text layer."""
from __future__ import annotations

import html
import io
import re
import zipfile
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

SUFFIXES = (".txt", ".docx", ".pdf", ".html", ".htm")
MAX_BYTES = 20 * 1024 * 1024          # a news item or report, not a book
MAX_TEXT_CHARS = 2_000_000            # text after extraction (a zip bomb stops here)


class Unreadable(ValueError):
    """Not a readable document of a supported kind; the message says why, in Vietnamese."""


@dataclass(frozen=True)
class TextDocument:
    file: str
    text: str
    title: str = ""
    published: date | None = None     # the dateline, when the document has one
    url: str = ""


def read(data: bytes, file_name: str) -> TextDocument:
    """The text of one document; Unreadable when it cannot be read."""
    suffix = Path(file_name).suffix.lower()
    if len(data) > MAX_BYTES:
        raise Unreadable(f"{file_name}: tệp quá lớn ({len(data) // 1024 // 1024} MB; tối đa {MAX_BYTES // 1024 // 1024} MB).")
    meta_title, meta_date, url = "", None, ""
    if suffix == ".txt" or suffix == "":
        text = _decode(data, file_name)
        if "\x00" in text:
            raise Unreadable(f"{file_name}: không phải tệp văn bản.")
    elif suffix == ".docx":
        text = _docx_text(data, file_name)
    elif suffix == ".pdf":
        text = _pdf_text(data, file_name)
    elif suffix in (".html", ".htm"):
        page = _HtmlText()
        try:
            page.feed(_decode(data, file_name))
            page.close()
        except Exception as exc:  # html.parser is lenient; anything it still refuses is unreadable
            raise Unreadable(f"{file_name}: không đọc được trang web ({exc}).") from exc
        text, meta_title, url = page.text(), (page.h1 or page.title).strip(), page.url
        meta_date = _iso_date(page.published)
    else:
        raise Unreadable(f"{file_name}: chỉ đọc được tệp .txt, .docx, .pdf hoặc .html.")
    if len(text) > MAX_TEXT_CHARS:
        raise Unreadable(f"{file_name}: văn bản quá dài (hơn {MAX_TEXT_CHARS:,} ký tự).")
    if not text.strip():
        raise Unreadable(f"{file_name}: không có chữ nào đọc được (tệp PDF dạng ảnh cần nhận dạng chữ trước).")
    return TextDocument(file=file_name, text=text, title=meta_title, published=meta_date, url=url)


def from_text(text: str, file_name: str = "văn bản dán vào") -> TextDocument:
    return TextDocument(file=file_name, text=text)


def _decode(data: bytes, file_name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        raise Unreadable(f"{file_name}: không phải tệp văn bản.")
    # NOTE: old Vietnamese Windows text is cp1258 (combining tone marks; NFC is applied later).
    return data.decode("cp1258", errors="replace")


# --- .docx ---------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_text(data: bytes, file_name: str) -> str:
    from defusedxml import ElementTree as SafeET

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            info = z.getinfo("word/document.xml")
            if info.file_size > MAX_TEXT_CHARS * 20:
                raise Unreadable(f"{file_name}: nội dung giải nén quá lớn.")
            xml = z.read(info)
        root = SafeET.fromstring(xml)
    except Unreadable:
        raise
    except Exception as exc:
        raise Unreadable(f"{file_name}: không phải tệp Word (.docx) đọc được ({type(exc).__name__}).") from exc
    paragraphs = []
    for p in root.iter(f"{_W}p"):
        parts = []
        for el in p.iter():
            if el.tag == f"{_W}t" and el.text:
                parts.append(el.text)
            elif el.tag in (f"{_W}tab",):
                parts.append("\t")
            elif el.tag in (f"{_W}br", f"{_W}cr"):
                parts.append("\n")
        paragraphs.append("".join(parts))
    return "\n\n".join(paragraphs)


# --- .pdf ----------------------------------------------------------------------------------

def _pdf_text(data: bytes, file_name: str) -> str:
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise Unreadable(f"{file_name}: tệp PDF có mật khẩu.")
        pages = [page.extract_text() or "" for page in reader.pages[:500]]
    except Unreadable:
        raise
    except Exception as exc:
        raise Unreadable(f"{file_name}: không phải tệp PDF đọc được ({type(exc).__name__}).") from exc
    return "\n\n".join(pages)


# --- .html ---------------------------------------------------------------------------------

_BLOCK = {"p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
          "section", "article", "header", "footer", "blockquote", "pre", "dd", "dt", "figcaption", "td", "th"}
_SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "button", "select", "option", "nav", "aside",
         "form"}


class _HtmlText(HTMLParser):
    """Visible text with block elements as line breaks; <title>, canonical URL and the
    article:published_time / date meta tags kept aside."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title = ""
        self.h1 = ""
        self._in_title = False
        self._in_h1 = False
        self.url = ""
        self.published = ""

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "title":
            self._in_title = True
        if tag == "h1":
            self._in_h1 = True
        if tag == "meta":
            prop = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if prop in ("article:published_time", "pubdate", "publishdate", "date", "datepublished",
                        "dc.date", "dc.date.issued", "og:published_time") and not self.published:
                self.published = a.get("content", "")
            if prop == "og:url" and not self.url:
                self.url = a.get("content", "")
        if tag == "link" and a.get("rel", "").lower() == "canonical" and not self.url:
            self.url = a.get("href", "")
        if tag in _SKIP and tag != "head":
            self.skip += 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag == "h1":
            self._in_h1 = False
        if tag in _SKIP and tag != "head" and self.skip:
            self.skip -= 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._in_title:
            self.title += data
            return
        if self.skip:
            return
        if self._in_h1:
            self.h1 += data
        self.parts.append(data)

    def text(self) -> str:
        raw = "".join(self.parts)
        lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in raw.split("\n")]
        out, blank = [], False
        for line in lines:
            if line:
                out.append(line)
                blank = False
            elif not blank:
                out.append("")
                blank = True
        body = "\n".join(out).strip()
        heading = (self.h1 or self.title).strip()
        return html.unescape(body) if body else heading


def _iso_date(text: str) -> date | None:
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", text or "")
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
