"""assets.lib.json_text.loads gives what json.loads gives (value or exception) on hostile JSON texts, and the sample's
kind of texts does go through orjson."""

import json
import random
import struct

import pytest

from assets.lib import json_text


def _outcome(function, text):
    try:
        value = function(text)
    except BaseException as error:  # noqa: BLE001 - RecursionError included: both must raise the same
        return "raised", type(error).__name__, str(error)
    return "value", repr(value), _types(value)


def _types(value):
    """The type of every value inside `value` (1 and 1.0, True and 1 print alike in some places)."""
    if isinstance(value, dict):
        return ("dict", tuple((key, _types(item)) for key, item in value.items()))
    if isinstance(value, list):
        return ("list", tuple(_types(item) for item in value))
    return type(value).__name__


_HOSTILE = [
    '{"a": NaN}', '{"a": Infinity, "b": -Infinity}', "NaN", '{"a": 123456789012345678901234567890}',
    '{"a": -123456789012345678901234567890}', '{"a": 18446744073709551615}', '{"a": 18446744073709551616}',
    '{"a": 9223372036854775807}', '{"a": 9223372036854775808}', '{"a": -9223372036854775808}',
    '{"a": -9223372036854775809}', '{"a": 1234567890123456789}', '{"a": "1234567890123456789012"}',
    '{"a": 1e400}', '{"a": -1e400}', '{"a": 1e-400}', '{"a": 1.7976931348623157e308}', '{"a": 1.7976931348623159e308}',
    '{"a": 5e-324}', '{"a": 2.4703282292062327e-324}', '{"a": 2.4703282292062328e-324}',
    '{"a": 2.2250738585072011e-308}', '{"a": 0.1, "b": -0.0, "c": -0, "d": 1E2, "e": 1.0}',
    '{"a": "\\ud800"}', '{"a": "\\udc00x"}', '{"a": "\\ud83d\\ude00"}', '{"a": "\\ud83dx"}', '{"a": "\ud800"}',
    '{"a": 1, "b": 2, "a": 3}', '{"a": {"x": 1}, "a": [2]}', '\ufeff{"a": 1}', '{"a": "\ufeff"}',
    "[" * 300 + "]" * 300, "[" * 1000 + "]" * 1000, "[" * 1020 + "]" * 1020,
    "[" * 2000 + "]" * 2000, '{"a":' * 200 + "1" + "}" * 200, "[" * 255 + "]" * 255,
    '{"a": 1} x', ' {"a": 1}\n', "\u00a0{}", '{"a": "x\ty"}', '{"a": "x\\ty"}', '{"a": "\\u0000"}', '{"a": "\\q"}',
    '{"a": 01}', '{"a": 1.}', '{"a": .5}', '{"a": +1}', '{"a": -}', '{"a": 0x10}', '{"a": 1_000}', "",
    " ", "[1,2]", "1", '"x"', "null", "true", '{"a": true, "b": false, "c": null}', "{'a': 1}", '{"a": 1,}',
    '{a: 1}', '{"a" 1}', '{"a": [1, 2,]}', '{"é": "ü", "日本": "語"}', '{"a": "\\u00e9\\u00E9"}', '{"a": "\\/"}',
    '{"a": "\u2028\u2029"}', '{"a": "\x7f\x80"}', '{"\\u0000": 1}', '{"a": "\\uD800\\uDC00"}', '{"a": "\\uDFFF"}',
    '{"a": 1e5, "b": 1E-5, "c": 1e+5, "d": -1.5e-10}', '{"a": 100000000000000000000000e-5}',
    '{"a": 0.30000000000000004, "b": 123456789.12345679}', None, b'{"a": 1}', bytearray(b'{"a": 2}'), 12,
    '{"a": "' + "x" * 100_000 + '"}', '{"a": "٣"}', '{"a": ١}',
]


def _random_numbers(rng: random.Random) -> list[str]:
    """Number texts of every shape: random doubles written shortest and with extra digits, random digit strings
    with exponents near the float range's edges, integers near 2**63 and 2**64."""
    texts = []
    for _ in range(1000):
        bits = rng.getrandbits(64)
        value = struct.unpack("<d", struct.pack("<Q", bits))[0]
        if value == value and abs(value) != float("inf"):
            texts += [repr(value), f"{value:.17e}", f"{value:.20e}"[:24]]
    for _ in range(1500):
        mantissa = str(rng.randrange(1, 10 ** rng.randrange(1, 19)))
        point = rng.randrange(0, len(mantissa) + 1)
        digits = mantissa[:point] + ("." + mantissa[point:] if point < len(mantissa) else "")
        texts.append(f"{rng.choice(['', '-'])}{digits.lstrip('.') or '0'}e{rng.randrange(-340, 320)}")
    for base in (2**63, 2**64, 10**18, 10**19):
        texts += [str(base + delta) for delta in range(-3, 4)] + [str(-base + delta) for delta in range(-3, 4)]
    return texts


def test_loads_gives_what_json_gives_on_hostile_texts():
    rng = random.Random(5)
    texts = [*_HOSTILE, *(f'{{"n": {number}}}' for number in _random_numbers(rng))]
    got = [_outcome(json_text.loads, text) for text in texts]
    wanted = [_outcome(json.loads, text) for text in texts]
    assert got == wanted
    assert sum(outcome[0] == "raised" for outcome in got) > 20
    assert any("inf" in outcome[1] for outcome in got if outcome[0] == "value")  # 1e400 read by json's rules


@pytest.mark.parametrize("text", ['{"a": 1, "b": [1.5, "x", null, true], "c": {"d": "é"}}', "[" * 256 + "]" * 256,
                                  '{"id": 123456789012345678}'])
def test_plain_texts_are_read_by_orjson(text):
    # The fast path must be taken on ordinary records (else the module would be json with extra steps): orjson's
    # own value comes back. A text beyond what it reads exactly never reaches it.
    import orjson

    assert json_text.loads(text) == orjson.loads(text) == json.loads(text)
    marks = text.encode().translate(json_text._DIGITS_AND_BRACKETS)
    assert json_text._LONG_NUMBER not in marks and marks.count(b"[") <= json_text._NESTING_BOUND
    for beyond in ('{"a": 12345678901234567890}', "[" * 257 + "]" * 257):
        marks = beyond.encode().translate(json_text._DIGITS_AND_BRACKETS)
        assert json_text._LONG_NUMBER in marks or marks.count(b"[") > json_text._NESTING_BOUND
