"""JSON texts decoded as the standard library's `json.loads` decodes them, faster: orjson decodes the texts it reads
exactly as json does, and every other text is left to json (same values, same exceptions)."""

from __future__ import annotations

import json
from typing import Any

import orjson

# Where orjson and json part: an integer beyond 64 bits (json keeps it whole, orjson makes it a float without a
# word), NaN and Infinity, a number beyond the float range, a lone surrogate, a BOM (json reads or refuses these
# its own way, orjson refuses them all: json then decodes the text), and nesting (json stops at the interpreter's
# recursion limit, orjson at 1,024 levels). So a text where such an integer may be (19 digits in a row) or that
# holds more than _NESTING_BOUND brackets goes to json without trying orjson.
_DIGITS_AND_BRACKETS = bytes(48 if 48 <= byte <= 57 else 91 if byte in (91, 123) else 32 for byte in range(256))
_LONG_NUMBER = b"0" * 19
_NESTING_BOUND = 256


def loads(text: Any) -> Any:
    """json.loads(text): the same value, or the same exception."""
    if type(text) is not str:
        return json.loads(text)
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, which json reads
        return json.loads(text)
    marks = data.translate(_DIGITS_AND_BRACKETS)  # digits as "0", "[" and "{" as "[", the rest as blanks
    if _LONG_NUMBER in marks or marks.count(b"[") > _NESTING_BOUND:
        return json.loads(text)
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return json.loads(text)  # json's own value (NaN, 1e400) or its own error message
