"""Compact text encodings shared with the JavaScript client (theme/static/search/engine.js).

Numbers are written as base-32 digit strings: every digit but the last comes from CONTINUE, the
last from FINAL, so a run of numbers needs no separators and is safe inside a JS string literal.
"""

from __future__ import annotations

from collections.abc import Iterable

FINAL = "0123456789ABCDEFGHIJKLMNOPQRSTUV"
CONTINUE = "abcdefghijklmnopqrstuvwxyzWXYZ_-"


def _encode_one(n: int) -> str:
    if n < 0:
        raise ValueError(f"cannot encode negative number {n}")
    digits = [FINAL[n & 31]]
    n >>= 5
    while n:
        digits.append(CONTINUE[n & 31])
        n >>= 5
    return "".join(reversed(digits))


# The codes of 0..32767: the export encodes millions of small numbers.
NUMBER_CODES: tuple[str, ...] = tuple(_encode_one(n) for n in range(1 << 15))


def encode_numbers(numbers: Iterable[int]) -> str:
    """Non-negative integers as one string (see module docstring)."""
    table = NUMBER_CODES
    return "".join(table[n] if 0 <= n < 32768 else _encode_one(n) for n in numbers)


def decode_numbers(text: str) -> list[int]:
    """Inverse of encode_numbers (the client has the same loop)."""
    values: list[int] = []
    value = 0
    for ch in text:
        digit = FINAL.find(ch)
        if digit >= 0:
            values.append(value * 32 + digit)
            value = 0
        else:
            value = value * 32 + CONTINUE.index(ch)
    return values


def shard_of(term: str, shards: int) -> int:
    """FNV-1a (32 bit) of the UTF-8 term, modulo the shard count; the client computes the same."""
    h = 0x811C9DC5
    for byte in term.encode("utf-8"):
        h ^= byte
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h % shards
