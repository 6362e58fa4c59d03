"""Bytes of feed files as text when producers mix encodings: JSON decoded string by string, CSV line by
line, UTF-8 first and Windows-1252 for the pieces that are not UTF-8."""

from __future__ import annotations

import codecs
import json
import re
from typing import Any

# A JSON string token on bytes: UTF-8 and Windows-1252 bytes of a non-ASCII letter are all >= 0x80, so
# they can never be taken for the quote or the backslash that delimit a token.
_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)


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
        return raw.decode("utf-8"), 0
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
    return "".join(parts), legacy


def load_json(raw: bytes) -> Any:
    """json.loads of a feed body whose strings may be UTF-8 or Windows-1252 (see json_text); ValueError
    when the body is not JSON."""
    text, _ = json_text(raw)
    return json.loads(text)


def decode_lines(raw: bytes) -> tuple[str, str]:
    """(text, encoding) of a CSV body: UTF-8 (BOM or not) when it all decodes, else line by line, each
    line UTF-8 when it decodes strictly and Windows-1252 otherwise ("cp1252", or "utf-8+cp1252" when
    both occur). A line break is one byte in both encodings, so no character is split."""
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
