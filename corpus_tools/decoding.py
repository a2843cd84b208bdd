"""Decoding a page's bytes: encodings, binary files, and the repair of a few bad bytes.

:func:`decode_bytes` decodes strictly (a byte-order mark, UTF-16 recognised by its NUL pattern,
UTF-8, GB18030 or Big5) and raises :class:`~corpus_tools.errors.CorpusReadError` naming the file
and the byte offset. :func:`decode_page` (what ``read_corpus`` uses) decodes the same way, but a
page with a few bytes that fit no encoding is read instead of refused:

1. strict UTF-8;
2. strict GB18030, when its reading is mostly frequent characters (a whole-file GBK page);
3. UTF-8 with each invalid byte replaced by U+FFFD (a UTF-8 page with a stray GBK byte, a cut
   character, a NUL byte), when at most :func:`repair_limit` bytes are bad;
4. Big5 or GB18030 strictly (as :func:`decode_bytes`);
5. GB18030 with each invalid byte replaced by U+FFFD (a GBK page with a stray byte), within the
   same limit.

A NUL byte in an otherwise readable page is replaced by U+FFFD as well. Every replacement is
returned as a :class:`ByteRepair` (byte offset, the bytes, the character offset of the U+FFFD in
the text); ``read_corpus`` warns naming the file and the offsets and keeps the list in
``Issue.meta["decode_repairs"]``. Data with more bad bytes than the limit, or that looks binary,
raises :class:`~corpus_tools.errors.CorpusReadError` naming the file, the offset and the problem.
"""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata
from dataclasses import asdict, dataclass

from corpus_tools.errors import CorpusReadError

__all__ = ["ENCODINGS", "FORMAT_CHARS_RE", "ByteRepair", "decode_bytes", "decode_page", "repair_limit", "rare_share",
           "MAX_REPAIR_SHARE", "MIN_REPAIRS"]

log = logging.getLogger(__name__)

#: Share of a page's bytes that may be replaced (beyond :data:`MIN_REPAIRS`): more bad bytes
#: than this and the file is in another encoding or not text, and it is refused.
MAX_REPAIR_SHARE = 0.01
#: Bad bytes always repaired, however short the page.
MIN_REPAIRS = 2

#: Format characters (Unicode category Cf: zero-width space/joiners, BOM, word joiner,
#: bidirectional marks, soft hyphen …). Invisible, they split words (古\u200b城); layout
#: removes them and records each as a ``"format"`` repair.
FORMAT_CHARS_RE = re.compile("[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"
                             "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
                             "\U000110bd\U000110cd\U00013430-\U00013438\U0001bca0-\U0001bca3"
                             "\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]")

#: Values accepted by ``encoding=``: "auto" or any codec Python knows.
ENCODINGS = ("auto", "utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "big5")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _plausible_text_share(text: str) -> float:
    """Share of characters that occur in Chinese news text (CJK, ASCII, punctuation)."""
    if not text:
        return 0.0
    ok = sum(1 for ch in text
             if ch.isspace() or " " <= ch <= "~" or "\u3400" <= ch <= "\u9fff"
             or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" or "\u2000" <= ch <= "\u206f")
    return ok / len(text)


# lead bytes of the frequent characters: GB2312 level 1 (3,755 hanzi), Big5 level 1 (5,401)
_COMMON_LEAD = {"gb18030": (0xB0, 0xD7), "big5": (0xA4, 0xC6)}


def _common_share(text: str, codec: str) -> float:
    """Share of non-space characters that are ASCII, CJK punctuation or a frequent hanzi of *codec*.

    Big5 bytes read as GB18030 decode to kana, box-drawing signs and rare hanzi; read as
    Big5 they are frequent traditional characters, and the other way round."""
    lo, hi = _COMMON_LEAD[codec]
    n = ok = 0
    for ch in text[:4000]:
        if ch.isspace():
            continue
        n += 1
        if ch.isascii() or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" or "\u2010" <= ch <= "\u2027":
            ok += 1
        elif "\u4e00" <= ch <= "\u9fff":
            try:
                ok += lo <= ch.encode(codec)[0] <= hi
            except UnicodeEncodeError:
                pass
    return ok / n if n else 1.0


def rare_share(text: str) -> float:
    """Share of characters that are private-use, unassigned or control (not whitespace).

    Parameters
    ----------
    text : str
        Decoded text.

    Returns
    -------
    float
        In [0, 1]; 0.0 for an empty text.

    Examples
    --------
    >>> rare_share("平遥县"), rare_share("平遥\\ue000\\x07县")
    (0.0, 0.4)
    """
    sample = text[:8000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if unicodedata.category(ch) in ("Co", "Cn", "Cs")
              or (unicodedata.category(ch) == "Cc" and not ch.isspace() and ch != "\x1b"))
    return bad / len(sample)


def _gb_or_big5(data: bytes, source: str) -> tuple[str, str] | None:
    """GB18030, or Big5 when the GB18030 reading is mostly rare signs and Big5 reads well."""
    try:
        gb = data.decode("gb18030")
    except UnicodeDecodeError:
        gb = None
    if gb is not None and _common_share(gb, "gb18030") >= 0.9:
        return gb, "gb18030"
    try:
        big5 = data.decode("big5")
    except UnicodeDecodeError:
        big5 = None
    if big5 is not None and (gb is None or _common_share(big5, "big5") > _common_share(gb, "gb18030") + 0.1):
        return big5, "big5"
    if gb is not None:
        log.info("%s: decoded as GB18030 though few characters are frequent ones", source)
        return gb, "gb18030"
    return None


def _looks_utf16_without_bom(data: bytes) -> str | None:
    """Guess UTF-16 LE/BE for data with NUL bytes by decoding a sample both ways."""
    sample = data[: 8192 - 8192 % 2] if len(data) > 8192 else data[: len(data) - len(data) % 2]
    best, best_share = None, 0.0
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            share = _plausible_text_share(sample.decode(codec))
        except UnicodeDecodeError:
            continue
        if share > best_share:
            best, best_share = codec, share
    return best if best_share > 0.9 else None


def _binary_reason(data: bytes, nul_allowed: float = 0) -> str | None:
    """Why *data* is not text (more than *nul_allowed* NUL bytes, or many control bytes), or None."""
    sample = data[:8192]
    nuls = data.count(0)
    if nuls > nul_allowed:
        return (f"it contains a NUL byte at byte offset {data.index(0)} ({nuls} NUL bytes: a binary file, "
                "or UTF-16 that could not be recognised)")
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    if sample and controls / len(sample) > 0.05:
        return f"{controls} of its first {len(sample)} bytes are control characters (a binary file?)"
    return None



@dataclass(frozen=True)
class ByteRepair:
    """A run of bytes that could not be decoded, each replaced by U+FFFD in the page text.

    Attributes
    ----------
    byte : int
        Offset of the run's first byte in the file.
    bytes : str
        The bytes, in hex (``"ff"``, ``"00"``, ``"e5 b9"``).
    char : int
        Offset of the first U+FFFD in the decoded text (one U+FFFD per byte).
    codec : str
        The encoding the rest of the page was decoded with.
    action : str
        What was done, e.g. ``"not valid utf-8: replaced by U+FFFD"``.
    """

    byte: int
    bytes: str
    char: int
    codec: str
    action: str

    def as_dict(self) -> dict:
        """The record as a plain dict (as kept in ``Issue.meta["decode_repairs"]``)."""
        return asdict(self)


def repair_limit(n_bytes: int) -> float:
    """How many bad bytes a page of *n_bytes* may have replaced: the larger of
    :data:`MIN_REPAIRS` and :data:`MAX_REPAIR_SHARE` of its bytes.

    Parameters
    ----------
    n_bytes : int
        The page's size in bytes.

    Returns
    -------
    float
        The most bad bytes repaired (an int when :data:`MIN_REPAIRS` decides).

    Examples
    --------
    >>> repair_limit(100), repair_limit(10_000)
    (2, 100.0)
    """
    return max(MIN_REPAIRS, n_bytes * MAX_REPAIR_SHARE)


# undecodable bytes (surrogate-escaped) and NUL
_BAD_RUN_RE = re.compile("[\udc80-\udcff\x00]+")
# the codec whose byte lengths give a decoded text's byte offsets, and the bytes its decoder skips
_OFFSET_CODEC = {"utf-8-sig": ("utf-8", 3)}


def _repaired(data: bytes, codec: str, *, limit: float) -> tuple[str, list[ByteRepair]] | None:
    """*data* decoded with *codec*, each undecodable or NUL byte replaced by U+FFFD, with the
    repairs; None when more than *limit* bytes are bad."""
    text = data.decode(codec, "surrogateescape")
    runs = list(_BAD_RUN_RE.finditer(text))
    if sum(m.end() - m.start() for m in runs) > limit:
        return None
    enc, at = _OFFSET_CODEC.get(codec, (codec, 0))
    repairs, pieces, prev = [], [], 0
    for m in runs:
        at += len(text[prev:m.start()].encode(enc, "surrogateescape"))
        raw = m.group().encode(enc, "surrogateescape")
        what = "NUL byte" if raw.strip(b"\x00") == b"" else f"not valid {codec}"
        repairs.append(ByteRepair(at, raw.hex(" "), m.start(), codec, f"{what}: replaced by U+FFFD"))
        pieces += [text[prev:m.start()], "\ufffd" * len(m.group())]
        at += len(raw)
        prev = m.end()
    return "".join(pieces) + text[prev:], repairs


def _check_encoding(encoding: str) -> None:
    if not isinstance(encoding, str) or not encoding:
        raise ValueError(f"encoding={encoding!r} is invalid; use 'auto' or a codec name such as {ENCODINGS[1:]}")
    if encoding != "auto":
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise ValueError(
                f"encoding={encoding!r} is not a known codec; use 'auto' or one of {ENCODINGS[1:]}"
            ) from None


def _decode(data: bytes, encoding: str, source: str, repair: bool) -> tuple[str, str, list[ByteRepair]]:
    """The decoding of :func:`decode_page` (*repair* True) and :func:`decode_bytes` (False)."""
    _check_encoding(encoding)
    limit = repair_limit(len(data)) if repair else 0

    def fixed(codec: str) -> tuple[str, str, list[ByteRepair]] | None:
        found = _repaired(data, codec, limit=limit) if repair else None
        return None if found is None else (found[0], codec, found[1])

    def clean(text: str, codec: str) -> tuple[str, str, list[ByteRepair]]:
        return (text, codec, []) if "\x00" not in text or not repair else fixed(codec) or (text, codec, [])

    if encoding != "auto":
        try:
            return clean(data.decode(encoding), encoding)
        except UnicodeDecodeError as exc:
            return fixed(encoding) or _raise(
                f"{source}: cannot decode as {encoding} at byte offset {exc.start} "
                f"(bytes {data[exc.start:exc.start + 4]!r}){_count(data, encoding)}; try encoding='auto' or "
                "the file's real encoding", source, exc.start)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return clean(data.decode(codec), codec)
            except UnicodeDecodeError as exc:
                return (fixed(codec) if codec == "utf-8-sig" else None) or _raise(
                    f"{source}: starts with a {codec} byte-order mark but fails to decode at byte offset "
                    f"{exc.start}{_count(data, codec)}", source, exc.start)
    # NUL bytes: UTF-16 without a BOM, else a binary file (even when it is valid UTF-8,
    # such as a renamed tar archive) unless only a few stray NULs (repaired)
    utf16 = _looks_utf16_without_bom(data) if b"\x00" in data else None
    if utf16:
        try:
            return data.decode(utf16), utf16, []
        except UnicodeDecodeError:
            pass
    reason = _binary_reason(data, nul_allowed=limit)
    if reason:
        raise CorpusReadError(f"{source}: not a text file: {reason}", path=source, offset=data.find(b"\x00"))
    try:
        return clean(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        gb = data.decode("gb18030")
    except UnicodeDecodeError:
        gb = None
    if gb is not None and _common_share(gb, "gb18030") >= 0.9:  # a whole-file GBK page
        return clean(gb, "gb18030")
    found = fixed("utf-8")  # a UTF-8 page with a few bad bytes, before a GB18030 reading of it
    if found is None:
        strict = _gb_or_big5(data, source)
        found = clean(*strict) if strict is not None else fixed("gb18030")
    if found is not None:
        return found
    gb_error = _first_error(data, "gb18030")
    offset = max(utf8_error.start, gb_error)
    return _raise(
        f"{source}: cannot decode as UTF-8 (byte offset {utf8_error.start}{_count(data, 'utf-8')}) nor GB18030 "
        f"(byte offset {gb_error}{_count(data, 'gb18030')}) nor Big5; bytes at offset {offset}: "
        f"{data[offset:offset + 4]!r}. Convert the file to UTF-8 or pass encoding=... with its real encoding",
        source, offset)


def _first_error(data: bytes, codec: str) -> int:
    try:
        data.decode(codec)
    except UnicodeDecodeError as exc:
        return exc.start
    return -1  # pragma: no cover


def _count(data: bytes, codec: str) -> str:
    """``", 37 bad bytes of 2400"``: how far the data is from *codec* (the repair limit's measure)."""
    bad = sum(len(m.group()) for m in _BAD_RUN_RE.finditer(data.decode(codec, "surrogateescape"))
              if "\x00" not in m.group())
    return f", {bad} bad bytes of {len(data)}"


def _raise(message: str, source: str, offset: int):
    raise CorpusReadError(message, path=source, offset=offset)


def decode_bytes(data: bytes, *, encoding: str = "auto", source: str = "<bytes>") -> tuple[str, str]:
    """Decode bytes strictly; return ``(text, encoding_used)``.

    With ``encoding="auto"`` a byte-order mark decides first (UTF-8, UTF-16, UTF-32), then
    UTF-16 recognised by its NUL-byte pattern (other data with NUL or many control bytes is
    refused as binary), then strict UTF-8, then strict GB18030 (a superset of GBK and
    GB2312) — or Big5, when the GB18030 reading is mostly rare signs and the Big5 reading
    mostly frequent characters. :func:`decode_page` repairs a few bad bytes instead of raising.

    Parameters
    ----------
    data : bytes
        The raw file content.
    encoding : str, keyword-only
        ``"auto"`` or a codec name.
    source : str, keyword-only
        The file name used in error messages.

    Returns
    -------
    tuple of (str, str)
        The text and the codec that decoded it (``"utf-8-sig"`` when a UTF-8 byte-order mark led).

    Raises
    ------
    CorpusReadError
        Naming *source* and the byte offset where decoding failed, or why the data looks binary.

    Examples
    --------
    >>> decode_bytes("平遥县".encode("gbk"))
    ('平遥县', 'gb18030')
    >>> decode_bytes(codecs.BOM_UTF8 + "古城".encode())
    ('古城', 'utf-8-sig')
    """
    text, codec, _ = _decode(data, encoding, source, repair=False)
    return text, codec


def decode_page(data: bytes, *, encoding: str = "auto", source: str = "<bytes>"
                ) -> tuple[str, str, list[ByteRepair]]:
    """Decode a page's bytes, repairing a few bad bytes; return ``(text, encoding_used, repairs)``.

    As :func:`decode_bytes`, but a page with at most :func:`repair_limit` bytes that fit no
    encoding (or NUL bytes) is decoded with each such byte replaced by U+FFFD (the order of
    attempts is in the module docs); *repairs* lists them (empty for a clean page).

    Parameters
    ----------
    data : bytes
        The raw file content.
    encoding : str, keyword-only
        ``"auto"`` or a codec name (as :func:`decode_bytes`).
    source : str, keyword-only
        The file name used in error messages.

    Returns
    -------
    tuple of (str, str, list of ByteRepair)
        The text, the codec used and the repairs (byte offset, bytes in hex, offset of the U+FFFD).

    Raises
    ------
    CorpusReadError
        The data looks binary, or has more bad bytes than the limit in every encoding; the
        message names *source*, the byte offset and how many bytes were bad.

    Examples
    --------
    >>> text, codec, repairs = decode_page("平遥县".encode() + b"\\xff" + "古城".encode())
    >>> text, codec, repairs[0].byte, repairs[0].bytes, repairs[0].char
    ('平遥县\ufffd古城', 'utf-8', 9, 'ff', 3)
    """
    return _decode(data, encoding, source, repair=True)
