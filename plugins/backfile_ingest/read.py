"""Reading raw dumps from disk: decoding, and refusing what is not text.

UTF-8 (with or without a BOM) is the norm; UTF-16 is read when it has a BOM, or without one
when its NUL bytes say so (Notepad's and Word's "Unicode" text: every other byte of English
text is NUL), with a warning; text in a legacy
single-byte encoding is decoded as cp1252 (a superset of latin-1's printable characters) with a
warning, so an old archive still builds. Empty and binary files raise `IngestError`
naming the file and the line of the first offending byte.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .problems import IngestError, Problem

# C0 control characters that never occur in text (tab, newlines and form feed are fine).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\x0b\x0c")
_CONTROL_CHARS = dict.fromkeys(_CONTROL_BYTES, "\0")  # str.translate: each control to NUL
_BINARY_SHARE = 0.01  # more than 1% control bytes: not text


@dataclass
class DumpText:
    """A dump's decoded text and how it was decoded."""

    text: str
    encoding: str
    warnings: list[Problem] = field(default_factory=list)


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


# Documents that news databases and newsrooms hand out instead of text, by their first bytes:
# each is named in the error with what to do, rather than read as text (RTF is text, and its
# control words would become stories) or called a binary file.
_DOCUMENTS = (
    (b"{\\rtf", "an RTF document (as LexisNexis and Factiva download)"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zip archive or office document (.docx, .odt, .epub)"),
    (b"\xd0\xcf\x11\xe0", "an old Word or Excel document (.doc, .xls)"),
)
# Pictures dropped among the dumps (a page's photos saved beside its text): named as such.
_IMAGES = ((b"\xff\xd8\xff", "JPEG"), (b"\x89PNG", "PNG"), (b"GIF8", "GIF"),
           (b"II*\x00", "TIFF"), (b"MM\x00*", "TIFF"))


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or '-be' when NULs fill one byte of most pairs (text in UTF-16 with no BOM
    whose characters are mostly Latin), else None."""
    pairs = len(data) // 2
    if len(data) % 2 or pairs < 4:
        return None
    odd, even = data[1::2].count(0), data[0::2].count(0)
    if odd >= 0.5 * pairs and even <= 0.02 * pairs:
        return "utf-16-le"
    if even >= 0.5 * pairs and odd <= 0.02 * pairs:
        return "utf-16-be"
    return None


def _decoded_or_none(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def decode_dump(data: bytes, name: str) -> DumpText:
    """Decode a dump's bytes, or raise `IngestError` if they are not text."""
    if not data.strip():
        raise IngestError(name, None, "empty file: nothing to ingest")
    for magic, kind in _DOCUMENTS:
        if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(magic):
            raise IngestError(name, 1, f"{kind}, not text: save or convert it as plain text "
                              "(UTF-8) to ingest it")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return DumpText(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError as error:
            raise IngestError(name, None, f"undecodable UTF-16 text: {error.reason}") from None
    for magic, kind in _IMAGES:
        if data.startswith(magic):
            raise IngestError(name, 1, f"binary file ({kind} image), not text: keep pictures "
                              "out of the dumps folder")
    nul = data.find(b"\0")
    utf16 = _utf16_without_bom(data) if nul >= 0 else None
    text = _decoded_or_none(data, utf16) if utf16 else None
    if text is not None and not text.translate(_CONTROL_CHARS).count("\0"):
        return DumpText(text, str(utf16), [Problem(
            name, None, f"UTF-16 without a byte-order mark; read as {str(utf16).upper()}")])
    if nul >= 0:
        raise IngestError(name, _line_of(data, nul), "binary file (NUL byte), not text")
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls > _BINARY_SHARE * len(data):
        first = min(i for i in (data.find(bytes([b])) for b in _CONTROL_BYTES) if i >= 0)
        raise IngestError(name, _line_of(data, first), "binary file (control bytes), not text")
    try:
        return DumpText(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError as error:
        bad_line = _line_of(data, error.start)
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        # Bytes cp1252 leaves undefined are C1 controls in latin-1: some other encoding.
        raise IngestError(name, bad_line, "undecodable text: neither UTF-8 nor cp1252") from None
    warning = Problem(name, bad_line, "not UTF-8 (first bad byte on this line); decoded as cp1252")
    return DumpText(text, "cp1252", [warning])
