"""Bytes to text: encodings (UTF-8 with or without BOM, GB18030/GBK) and the repair of page breaks."""

from __future__ import annotations

import re

_BOMS = (b"\xef\xbb\xbf",)
_TERMINAL = '。！？!?…；;）)」』”"’：:'


class DecodeFailure(ValueError):
    """The bytes are neither valid UTF-8 nor GB18030; `line` is where the first bad byte sits."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _looks_like_broken_utf8(data: bytes) -> bool:
    """True when most multi-byte sequences are valid UTF-8: a damaged UTF-8 file, not a GBK one."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    return good > 0 and bad <= max(2, good // 50)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a file's bytes, returning (text, encoding name).

    UTF-8 is tried first (a BOM is dropped), then GB18030, which is a superset of GBK and GB2312.
    A UTF-8 file with a few damaged bytes is not silently read as GB18030 mojibake: it fails
    with the line of the first damaged byte.
    """
    if data.startswith(_BOMS[0]):
        data = data[3:]
        try:
            return data.decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise DecodeFailure(
                _line_of(data, exc.start), f"invalid UTF-8 byte at offset {exc.start}"
            ) from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if _looks_like_broken_utf8(data):
        raise DecodeFailure(
            _line_of(data, utf8_error.start), f"invalid UTF-8 byte at offset {utf8_error.start}"
        )
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as exc:
        raise DecodeFailure(
            _line_of(data, exc.start), "neither UTF-8 nor GB18030 (first undecodable byte here)"
        ) from exc


def ends_sentence(paragraph: str) -> bool:
    """Whether a paragraph ends where a sentence may end; if not, a page break cut it."""
    p = paragraph.rstrip()
    return bool(p) and p[-1] in _TERMINAL


_ORDINAL_LINE = re.compile(r"^[（(]?(?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）、.．]?$")


# a photo's caption stands on a line of its own without a full stop (錦江集團座談會圖片, 记者 某某 摄)
_CAPTION = re.compile(r"(?:图片|圖片|照片|摄影|攝影|摄|攝)$")


def join_broken_paragraphs(paragraphs: list[str]) -> list[str]:
    """Re-join paragraphs that a page break cut (总 / 建筑面积, 运城经 / 开区, 座 / 谈)."""
    out: list[str] = []
    numbered = False
    for para in paragraphs:
        para = para.strip()
        if not para:
            continue
        if _ORDINAL_LINE.match(para):
            numbered = (
                True  # 四 / (二) / 3. on a line of its own numbers the next paragraph: no part of either
            )
            continue
        if out and not ends_sentence(out[-1]) and not numbered and not _CAPTION.search(out[-1]):
            out[-1] = out[-1] + para
        else:
            out.append(para)
        numbered = False
    return out


_WS = re.compile(r"[ \t\u3000\xa0]+")

# 區(qū)域, 項(xiàng)目: mirror sites print a character's pinyin (with its tone) after it; no word of the text
_RUBY = re.compile(r"(?<=[\u4e00-\u9fff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]")


def strip_ruby(text: str) -> str:
    """The text without the pinyin a mirror site printed after its characters (the names read whole)."""
    return _RUBY.sub("", text)


def clean_line(line: str) -> str:
    """Strip a line; collapse runs of blanks between Latin words, drop them between CJK characters."""
    line = strip_ruby(line.strip().strip("\ufeff"))
    line = _WS.sub(" ", line)
    return re.sub(r"(?<=[\u4e00-\u9fff，。、；：]) (?=[\u4e00-\u9fff，。、；：])", "", line)
