"""The one content hash of the project: sha256 as hexadecimal text; and the short digest of published identifiers."""

import hashlib
from pathlib import Path

IDENTIFIER_DIGITS = 10


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    """sha256 of a file, read in blocks (reference archives and published files can be large)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def identifier_digest(key: str) -> str:
    """The IDENTIFIER_DIGITS hexadecimal characters of a published identifier (« mess-2019-1826e11c85 »): the first ones
    of the key's SHA-1, unless they are all digits. Ten digits after a dash read as a phone number to anyone scanning
    open data for one (« mess-2019-0787287057 »), so those identifiers take the first run of the SHA-1 holding a
    letter instead; every other identifier stays as it was."""
    hexadecimal = hashlib.sha1(key.encode("utf-8")).hexdigest()
    runs = (hexadecimal[start:start + IDENTIFIER_DIGITS] for start in range(len(hexadecimal) - IDENTIFIER_DIGITS + 1))
    return next((run for run in runs if not run.isdigit()), hexadecimal[:IDENTIFIER_DIGITS])
