"""The scanner's shortcuts (a cheap necessary condition tested before each costly pattern) give the verdicts of
the patterns themselves, on hostile values built to sit at the edges of the hints: look-alike characters,
case and Unicode case folding, every blank, brackets, addresses split by markup, spaced schemes."""

import random

import pytest

from assets.lib.privacy import _has_unsafe_link, find_unsafe_cells
from assets.lib.text import EMAIL, EMAIL_OBFUSCATED, as_read, has_email, unsafe_links

# Pieces of e-mails, obfuscations and links, with the look-alikes a hint could miss or wrongly admit.
FRAGMENTS = [
    "jean", "marie.dupont", "x", "_", "-", "+", ".", " . ", "@", " @ ", "＠", "﹫", " ", "  ", "\u00a0", "\u2003",
    "\u202f", "\t", "\n", "\x0b", "(", ")", "[", "]", "{", "}", "<", ">", "at", "AT", "aT", " at ", "arobase",
    "AROBASE", "arobaſe", "ARObaſe", "chez", "CHEZ", " chez ", "dot", "point", "POINT", "fr", "com", "org",
    "coop", "FR", "asso", "domaine", "mailto:", "javascript", "java", "script", "JAVA", "ſcript", "\x00", "\x01",
    ":", " :", ": ", "](", "[lien]", "tel", "data", "ms-word", "http://x.fr", "https://", "﹕", "：", "vbscript",
    "é", "ß", "٣", "<b>", "</b>", "&#64;", "\u212a", "K", "!", "\"", "'",
]
# Whole values: plain and obfuscated addresses, addresses split by markup, links of every kind, and near misses.
CASES = [
    "jean.dupont@asso.fr", "Contact : jean (at) asso . fr", "jean [arobase] asso [point] org",
    "écrire à jean chez asso point fr", "jean {AT} asso {DOT} coop", "jean<at>asso<dot>fr", "jean @ asso . fr",
    "jean arobase asso point fr", "jean\u00a0arobase\u00a0asso\u00a0point\u00a0fr", "jean\tat\tasso.fr",
    "jean (ΑT) asso.fr", "jean＠asso.fr", "jean<b>@</b>asso.fr", "jean&#64;asso.fr", "mailto:jean@asso.fr",
    "jean (arobaſe) asso.fr", "rendez-vous chez Paul à 10:00", "Programme : ateliers", "at home. fr",
    "[clic](javascript:alert(1))", "[clic](javascript: )", "[x](  data:text/html,<b>)", "<javascript:alert(1)>",
    "java\tscript:alert(1)", "JaVaScRiPt:x", "tel:+33123456789", "voir https://exemple.org/a:b", "10:00-12:00",
    "[site](https://exemple.org)", "<https://exemple.org>", "ftp ://serveur", "ms-word:ofe|u|x", "x：javascript",
    "callto:jean", "[a](b)[c](tel:1)", "", " ", ":", "](", "<", "@", "a@b", "a@b.c",
]


AT_MARKS = ["@", "＠", "﹫", "(at)", "[at]", "{AT}", "<at>", " at ", " chez ", " arobase ", " arobaſe ", "(arobase)",
            "[ chez ]", "at", "(a t)", " @ ", "&#64;", "<b>@</b>", "(@)", "\u00a0at\u00a0", "\tchez\n", "( AT )"]
DOT_MARKS = [".", " . ", "(dot)", "[point]", " point ", " dot ", "{.}", "point", "·", "．", " ", "\u00a0point\u00a0"]
SCHEMES = ["javascript", "java script", "java\tscript", "JaVa\x00ScRiPt", "ja va", "data", "tel", "TEL", "ms-word",
           "vbscript", "https", "http", "mailto", "ftp", "view-source", "ſcript", "x"]
COLONS = [":", " :", ": ", "：", "﹕", ""]


def hostile_values(count: int = 6000, seed: int = 13) -> list[str]:
    """CASES, random strings of FRAGMENTS, and addresses and links assembled from variants of each part, then
    mutated (a piece replaced by a random fragment) so that many fall just short of a pattern."""
    rng = random.Random(seed)
    values = list(CASES)
    for _ in range(count):
        shape = rng.randrange(3)
        if shape == 0:
            value = "".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 12)))
        elif shape == 1:
            value = (rng.choice(["", "Contact : ", "x", "-", "mailto:", "écrire à "])
                     + rng.choice(["jean", "marie.dupont", "j", "a_b", "x+y", "", "é"]) + rng.choice(AT_MARKS)
                     + rng.choice(["asso", "mon-asso", "x", "", "é", "asso.exemple"]) + rng.choice(DOT_MARKS)
                     + rng.choice(["fr", "FR", "com", "coop", "frx", "f", "org", "paris"])
                     + rng.choice(["", " ", ".", "x", "1", ")"]))
        else:
            target = rng.choice(SCHEMES) + rng.choice(COLONS) + rng.choice(["alert(1)", "", " ", "//x", "0123"])
            value = rng.choice(["{}", "[clic]({})", "[clic]( {} )", "<{}>", "voir {} ici", "![img]({})"]).format(target)
        if rng.random() < 0.3 and value:
            cut = rng.randrange(len(value))
            value = value[:cut] + rng.choice(FRAGMENTS) + value[cut + rng.randint(0, 2):]
        values.append(value)
    return values


def test_the_email_shortcut_gives_the_patterns_verdict():
    values = hostile_values()
    # The patterns read the text as a reader sees it: « jean＠asso.fr » (a fullwidth at sign, 119 of these values)
    # is an address, which the patterns on the raw text missed.
    reference = [bool(EMAIL.search(as_read(v)) or EMAIL_OBFUSCATED.search(as_read(v))) for v in values]
    assert [has_email(v) for v in values] == reference
    assert 200 < sum(reference) < len(values) - 200  # both verdicts are well represented


def test_the_link_shortcut_gives_the_patterns_verdict():
    values = hostile_values(seed=31)
    reference = [bool(unsafe_links(v)) for v in values]
    assert [_has_unsafe_link(v) for v in values] == reference
    assert 200 < sum(reference) < len(values) - 200


@pytest.mark.parametrize("value", [
    "jean (at) asso . fr", "jean [arobaſe] asso [point] org", "jean chez asso point fr",
    "[clic](javascript: )", "java\tscript:alert(1)", "<tel:0123456789>",
])
def test_obfuscated_contacts_and_spaced_schemes_are_still_reported(value):
    assert find_unsafe_cells(__import__("pandas").DataFrame({"description": [value]}))
