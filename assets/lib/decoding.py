"""Bytes of feed files as text when producers mix encodings: JSON decoded string by string, CSV line by
line, UTF-8 first and Windows-1252 for the pieces that are not UTF-8; text encoded twice repaired."""

from __future__ import annotations

import codecs
import json
import re
from typing import Any

# A JSON string token on bytes: UTF-8 and Windows-1252 bytes of a non-ASCII letter are all >= 0x80, so
# they can never be taken for the quote or the backslash that delimit a token.
_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)


# UTF-8 text read as Windows-1252 and saved again as UTF-8: each accented letter or typographic sign becomes « Ã »
# or « Â » and a second character (« ConfÃ©rence », « Â« »), or « â€ » and a third (« lâ€™ESS »); no French text
# writes those pairs.
_DOUBLE_ENCODED = re.compile("[ÂÃ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                             "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|â€")


REPAIRED = " (encodé deux fois, réparé)"  # what decode_lines adds to the encoding of a repaired text


def repair_double_encoding(text: str) -> tuple[str, bool]:
    """(text, whether it was repaired): the pieces of `text` encoded twice (see _DOUBLE_ENCODED) decoded back by ftfy,
    the rest as it is (a file may mix both)."""
    if ("Ã" not in text and "Â" not in text and "â€" not in text) or not _DOUBLE_ENCODED.search(text):
        return text, False
    import ftfy  # only where such a piece is found

    repaired = ftfy.fix_encoding(text)
    return repaired, repaired != text


def decode_legacy(piece: bytes) -> str:
    """Windows-1252 text of `piece`; the five bytes cp1252 leaves undefined are read as Latin-1."""
    return piece.decode("cp1252", errors="latin1fallback")


def _latin1_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    return error.object[error.start:error.end].decode("latin-1"), error.end


codecs.register_error("latin1fallback", _latin1_fallback)


def json_text(raw: bytes) -> tuple[str | bytes, int]:
    """(text for json.loads, number of strings read as Windows-1252). A UTF-8 body (BOM or not) is
    returned whole; otherwise each string token that is not valid UTF-8 is decoded as Windows-1252
    and the rest as UTF-8, so one mis-encoded string costs neither its page nor its neighbours.
    UTF-16/32 bodies (a BOM or NUL bytes) are returned as bytes for json.loads to detect."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in raw[:4]:
        return raw, 0
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return repair_double_encoding(raw.decode("utf-8"))[0], 0
    except UnicodeDecodeError:
        pass
    parts: list[str] = []
    legacy = 0
    position = 0
    for match in _JSON_STRING.finditer(raw):
        parts.append(raw[position:match.start()].decode("utf-8", errors="replace"))
        token = match.group(0)
        try:
            parts.append(token.decode("utf-8"))
        except UnicodeDecodeError:
            parts.append(decode_legacy(token))
            legacy += 1
        position = match.end()
    parts.append(raw[position:].decode("utf-8", errors="replace"))
    return repair_double_encoding("".join(parts))[0], legacy


def load_json(raw: bytes) -> Any:
    """json.loads of a feed body whose strings may be UTF-8 or Windows-1252 (see json_text); ValueError
    when the body is not JSON."""
    text, _ = json_text(raw)
    return json.loads(text)


_UTF16_SAMPLE = 4096  # bytes looked at for the NULs of a UTF-16 text without BOM


def utf16_encoding(raw: bytes) -> str | None:
    """The UTF-16 codec of `raw` when it is UTF-16 text (what Excel's « Texte Unicode » export writes): its BOM
    ("utf-16"), else mostly-Latin text whose every other byte is NUL ("utf-16-le" or "utf-16-be"); None otherwise."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) and not raw.startswith(b"\xff\xfe\x00\x00"):
        return "utf-16"
    sample = raw[:_UTF16_SAMPLE - _UTF16_SAMPLE % 2]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) >= 0.4 * len(odd) and even.count(0) <= 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.4 * len(even) and odd.count(0) <= 0.05 * len(odd):
        return "utf-16-be"
    return None


def decode_lines(raw: bytes) -> tuple[str, str]:
    """(text, encoding) of a CSV body: UTF-16 (with a BOM, or NUL every other byte: Excel's « Texte Unicode »)
    read as such; else UTF-8 (BOM or not) when it all decodes, else line by line, each line UTF-8 when it decodes
    strictly and Windows-1252 otherwise ("cp1252", or "utf-8+cp1252" when both occur). A line break is one byte in
    both encodings, so no character is split. Text encoded twice is repaired (see repair_double_encoding), the
    encoding then saying so."""
    text, encoding = _decode_lines(raw)
    text, repaired = repair_double_encoding(text)
    return text, encoding + REPAIRED if repaired else encoding


def _decode_lines(raw: bytes) -> tuple[str, str]:
    utf16 = utf16_encoding(raw)
    if utf16 is not None:  # a cut last byte or a lone surrogate reads as U+FFFD, which the text rules remove
        return raw.decode(utf16, errors="replace").removeprefix("\ufeff"), utf16
    body = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
    try:
        return body.decode("utf-8"), "utf-8-sig" if body is not raw else "utf-8"
    except UnicodeDecodeError:
        pass
    lines, used = [], set()
    for line in body.splitlines(keepends=True):
        try:
            lines.append(line.decode("utf-8"))
            if max(line, default=0) >= 0x80:
                used.add("utf-8")
        except UnicodeDecodeError:
            lines.append(decode_legacy(line))
            used.add("cp1252")
    return "".join(lines), "utf-8+cp1252" if len(used) == 2 else "cp1252"
