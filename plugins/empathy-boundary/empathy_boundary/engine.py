"""Pattern matching for the boundary scorer: text normalisation, the naive reference matcher
(every regex of the pack run one by one, the paper's method) and the fast matcher.

Semantics (both matchers; see docs/BOUNDARY.md): the response is normalised (NFC, then typographic
apostrophes/quotes replaced 1-to-1); every regex is compiled with ``re.IGNORECASE | re.UNICODE``; a
match of one of a pattern's regexes counts unless its span overlaps a match of one of that
pattern's exclusion regexes. Evidence: every counted span (``finditer`` of each regex, in pack
order), as offsets into the NFC text.

The fast matchers give *identical* results. With Hyperscan (extra ``fast``), one scan of the reversed
text names, for every regex, each position where a match may start (:class:`_HSStarts`), and
``re`` is tried only there. Without it, the pure-Python prefilter runs only the regexes that can
possibly match: for each regex it derives, from the regex's parse tree, literal text that every match must contain
(e.g. ``sorry`` for ``\\bI'?m (?:so )?sorry\\b``). A text is case-folded once the way ``re``'s
IGNORECASE compares characters; a regex whose required literal (or a whole word of it) is absent
cannot match and is skipped. Regexes with no usable literal always run.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import platform
import re
import threading
import unicodedata
import warnings
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

try:  # Python >= 3.11
    from re import _constants as _sre_c  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
    from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre_c  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]
    from sre_compile import _ignorecase_fixes as _EXTRA_CASES  # type: ignore[no-redef,attr-defined]

from . import PATTERNS

FLAGS = re.IGNORECASE | re.UNICODE

#: 1-to-1 replacements applied after NFC (offsets stay valid on the NFC text)
QUOTE_TABLE = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"',
})


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


_QUOTE_RX = re.compile("[" + "".join(chr(c) for c in QUOTE_TABLE if c >= 128) + "]")


def normalize(text: str) -> str:
    """The text the regexes see: NFC, then typographic apostrophes/quotes -> ' and ".

    Same result as ``nfc(text).translate(QUOTE_TABLE)``; the per-character translate only runs
    when a typographic quote is present."""
    if text.isascii():  # ASCII is NFC; the only ASCII entry of QUOTE_TABLE is the backtick
        return text.replace("`", "'") if "`" in text else text
    t = nfc(text)
    if _QUOTE_RX.search(t):
        return t.translate(QUOTE_TABLE)
    return t.replace("`", "'") if "`" in t else t


# -- case folding as re.IGNORECASE compares characters -------------------------------------------
# re (Unicode, IGNORECASE) matches a text char t against a pattern char c when
# simple_lower(t) == simple_lower(c) or both lie in one of re's equivalence classes (i/ı, s/ſ, ...).
# fold() maps every char to one representative of that relation, one char for one char.
_PRE = {0x130: "i"}  # the only char whose str.lower() is not its simple lowercase (and not 1 char)
def _is_word_char(ch: str) -> bool:
    return ch == "_" or ch.isalnum()


def _canon_table() -> dict[int, str]:
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for lo, others in _EXTRA_CASES.items():  # lowercase char -> the chars re treats as equal to it
        for o in others:
            a, b = find(lo), find(o)
            if a != b:
                parent[max(a, b)] = min(a, b)
    classes: dict[int, list[int]] = {}
    for c in list(parent):
        classes.setdefault(find(c), []).append(c)
    table: dict[int, str] = {}
    for members in classes.values():
        # a word character as the representative, so that \w-ness survives folding
        rep = min(members, key=lambda c: (not _is_word_char(chr(c)), c))
        table.update({c: chr(rep) for c in members if c != rep})
    return table


_CANON = _canon_table()
_PRE_TABLE = str.maketrans(_PRE)
_CANON_TABLE = str.maketrans(_CANON)


_CANON_RX = re.compile("[" + "".join(map(chr, sorted(_CANON))) + "]")


def fold(text: str) -> str:
    """Case-fold ``text`` so that ``fold(a) == fold(b)`` whenever re's IGNORECASE equates a and b
    (char by char; the length is unchanged). Same result as
    ``text.translate(_PRE_TABLE).lower().translate(_CANON_TABLE)``, with the translates only run
    when one of their characters is present."""
    if text.isascii():
        return text.lower()
    if "\u0130" in text:
        text = text.translate(_PRE_TABLE)
    low = text.lower()
    if _CANON_RX.search(low):  # on the lowered text: lower() itself can produce e.g. final sigma
        return low.translate(_CANON_TABLE)
    return low


_WORD = re.compile(r"\w+")
#: chars whose \w-ness changes under fold() (U+0345 COMBINING GREEK YPOGEGRAMMENI folds to iota);
#: a text containing one runs every regex (plugins/empathy-boundary/tests/test_boundary_engine.py checks this set)
FOLD_UNSAFE = frozenset("\u0345")
_UNSAFE_RX = re.compile("[" + "".join(sorted(FOLD_UNSAFE)) + "]")


def fold_unsafe(text: str) -> bool:
    """Does ``text`` contain a :data:`FOLD_UNSAFE` character?"""
    return not text.isascii() and _UNSAFE_RX.search(text) is not None


_BOUND = "\x00"  # marks a \b assertion inside a literal run


_UNBOUNDED = 1 << 20  # widths at or above this count as unbounded


@attrs.frozen
class Key:
    """Literal text every match of a regex contains (folded), a whole word of it (or None), and
    the bounds ``lo..hi`` of the literal's offset from the start of the match (``hi`` may be
    :data:`_UNBOUNDED`)."""

    text: str
    word: str | None
    lo: int = 0
    hi: int = 0

    def shifted(self, lo: int, hi: int) -> Key:
        return Key(self.text, self.word, self.lo + lo, min(_UNBOUNDED, self.hi + hi))


def _key_from_run(run: str, lo: int, hi: int) -> Key | None:
    text = run.replace(_BOUND, "")
    if not text:
        return None
    best = None
    # whole words: \w+ pieces bounded on both sides inside the run (by a non-word char or a \b mark)
    for m in re.finditer(r"\w+", run):
        s, e = m.span()
        if s > 0 and e < len(run) and not _is_word_char(run[s - 1]) and not _is_word_char(run[e]):
            w = m.group()
            if best is None or len(w) > len(best):
                best = w
    return Key(text, best, lo, hi)


def _quality(keys: list[Key] | None) -> tuple[int, int, int, int]:
    """Prefer long (selective) literals, then few alternatives, narrow offset windows, whole words."""
    if not keys:
        return (-1, 0, 0, 0)
    return (min(len(k.text) for k in keys), -len(keys), -max(k.hi - k.lo for k in keys),
            1 if all(k.word for k in keys) else 0)


def _width(state: Any, items: list[Any]) -> tuple[int, int]:
    if not items:
        return 0, 0
    lo, hi = _sre_parse.SubPattern(state, items).getwidth()
    return int(lo), int(min(hi, _UNBOUNDED))


def _edge(item: Any) -> bool:
    """Is this parse item a word boundary for what is next to it (\\b or a non-word literal)?"""
    op, av = item
    if op is _sre_c.AT:
        return av is _sre_c.AT_BOUNDARY
    return op is _sre_c.LITERAL and not _is_word_char(chr(av))


def _required(seq: Any, left: bool = False, right: bool = False,
              groups: list[list[Key]] | None = None) -> list[Key] | None:
    """Alternative keys (any one must be present), offsets relative to the start of ``seq``, or
    None when nothing is known. ``left``/``right``: the text just outside ``seq`` is a word boundary."""
    state = seq.state
    items = list(seq.data)
    best: list[Key] | None = None
    run = _BOUND if left else ""
    run_at: tuple[int, int] | None = None  # offset bounds of the run's first literal

    def consider(cand: list[Key] | None) -> None:
        nonlocal best
        if cand and groups is not None:
            groups.append(cand)
        if cand and _quality(cand) > _quality(best):
            best = cand

    def flush(at_end: bool = False) -> None:
        nonlocal run, run_at
        if run_at is not None:
            k = _key_from_run(run + (_BOUND if at_end and right else ""), *run_at)
            consider([k] if k else None)
        run, run_at = "", None

    for i, (op, av) in enumerate(items):
        if op is _sre_c.LITERAL:
            if run_at is None:
                run_at = _width(state, items[:i])
            run += fold(chr(av))
            continue
        if op is _sre_c.AT:
            if av is _sre_c.AT_BOUNDARY:
                run += _BOUND
            continue  # zero-width: the literals around it are adjacent in the text
        flush()
        lb = _edge(items[i - 1]) if i > 0 else left
        rb = _edge(items[i + 1]) if i + 1 < len(items) else right
        sub: list[Key] | None = None
        if op is _sre_c.SUBPATTERN:
            sub = _required(av[-1], lb, rb)
        elif op is _sre_c.BRANCH:
            alts = [_required(b, lb, rb) for b in av[1]]
            if all(alts):
                sub = [k for a in alts for k in a]  # type: ignore[union-attr]
        elif op in (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT) or op is getattr(_sre_c, "POSSESSIVE_REPEAT", None):
            if av[0] >= 1:
                # the first repetition starts where the item starts; later ones lie further right
                sub = [k.shifted(0, _UNBOUNDED) for k in (_required(av[2]) or [])] or None
        elif op is getattr(_sre_c, "ATOMIC_GROUP", None):
            sub = _required(av, lb, rb)
        if sub:
            plo, phi = _width(state, items[:i])
            consider([k.shifted(plo, phi) for k in sub])
    flush(at_end=True)
    return best


def required_keys(regex: str) -> list[Key] | None:
    """The keys of ``regex`` (see :class:`Key`): a match is impossible unless one is present."""
    return _required(_sre_parse.parse(regex, FLAGS))


def required_groups(regex: str) -> list[list[Key]]:
    """Every literal requirement found in ``regex``'s top level: a match needs, for *each* group,
    one of its keys as a substring (folded). The most selective groups come first."""
    groups: list[list[Key]] = []
    _required(_sre_parse.parse(regex, FLAGS), groups=groups)
    seen: set[frozenset[str]] = set()
    out = []
    for g in sorted(groups, key=lambda g: -min(len(k.text) for k in g)):
        texts = frozenset(k.text for k in g)
        if texts not in seen:
            seen.add(texts)
            out.append(g)
    return out


def _anchor_cost(keys: list[Key]) -> float:
    """Rough cost of anchored matching with these keys: start positions tried per ~300-char text,
    with a crude frequency of each literal (a space ~1/6, any other char ~1/16)."""
    def occurrences(text: str) -> float:
        f = 300.0
        for ch in text:
            f *= 0.17 if ch == " " else 0.06
        return f

    return sum((k.hi - k.lo + 1) * occurrences(k.text) for k in keys)


# -- matchers -------------------------------------------------------------------------------------
Span = tuple[int, int]
#: pattern -> its counted spans, sorted (``()`` when none; tuples, so an empty result allocates nothing)
Detections = dict[str, tuple[Span, ...]]


def _overlaps(span: Span, excluded: Sequence[Span]) -> bool:
    s, e = span
    return any(xs < e and s < xe for xs, xe in excluded) if s < e else any(xs <= s < xe for xs, xe in excluded)


def _have_ahocorasick() -> bool:
    try:
        import ahocorasick  # noqa: F401, PLC0415
    except ImportError:
        return False
    return True


#: find the prefilter literals with pyahocorasick (C Aho-Corasick) when it is installed, else a
#: substring test per literal; the results are the same
_USE_AHOCORASICK = _have_ahocorasick() and not os.environ.get("EMPATHY_BOUNDARY_NO_AHOCORASICK")


def _automaton(keys: Sequence[str]) -> Any:
    import ahocorasick  # noqa: PLC0415

    a = ahocorasick.Automaton()
    for k in keys:
        a.add_word(k, k)
    a.make_automaton()
    return a


# -- Hyperscan prefilter (optional C engine) -------------------------------------------------------
# Every regex is turned into a *superset* regex that Hyperscan runs on a byte image of the folded
# text: one byte per character (so offsets are unchanged), ``B(c) = ord(c)`` for c <= U+00FF and
# ``0x80 + (ord(c) & 31)`` above (collisions only make the prefilter less selective). Literals and
# classes become byte sets of their folded characters; assertions (\b, ^, $, lookarounds) are
# dropped; repeats with a maximum above 5 become unbounded. Whatever ``re`` matches, the superset
# regex matches, so a regex Hyperscan does not report cannot match and is skipped. Nothing depends
# on Hyperscan's own case folding or Unicode tables (no CASELESS/UTF8/UCP flags).
_HS_CODEC_ERRORS = "empathy_boundary_hs"
_HIGH_BYTES = frozenset(range(0x80, 0xA0))
#: characters above U+00FF whose fold is at most U+00FF (plugins/empathy-boundary/tests/test_boundary_engine.py
#: checks this list against every code point)
LATIN_FOLD_EXTRA = "\u0130\u0131\u0178\u017f\u039c\u03bc\u1e9e\u212a\u212b"
_LATINISH = "".join(map(chr, range(256))) + LATIN_FOLD_EXTRA
_HS_MAX_BOUNDED = 5


def _hs_byte(ch: str) -> int:
    o = ord(ch)
    return o if o < 256 else 0x80 + (o & 31)


def _hs_codec_errors(e: UnicodeError) -> tuple[bytes, int]:
    assert isinstance(e, UnicodeEncodeError)
    return bytes(0x80 + (ord(c) & 31) for c in e.object[e.start:e.end]), e.end


codecs.register_error(_HS_CODEC_ERRORS, _hs_codec_errors)


def hs_bytes(folded: str) -> bytes:
    """The byte image Hyperscan scans (one byte per character of ``folded``)."""
    if folded.isascii():
        return folded.encode("ascii")
    return folded.encode("latin-1", _HS_CODEC_ERRORS)


_CATEGORY_SRC = {_sre_c.CATEGORY_SPACE: r"\s", _sre_c.CATEGORY_NOT_SPACE: r"\S", _sre_c.CATEGORY_WORD: r"\w",
                 _sre_c.CATEGORY_NOT_WORD: r"\W", _sre_c.CATEGORY_DIGIT: r"\d", _sre_c.CATEGORY_NOT_DIGIT: r"\D"}


def _char_src(op: Any, av: Any) -> str | None:
    """Regex source for one single-character item (checked by re-parsing), or None."""
    if op is _sre_c.NOT_LITERAL:
        src = "[^" + re.escape(chr(av)) + "]"
    elif op is _sre_c.IN:
        parts, neg = [], ""
        for o, a in av:
            if o is _sre_c.NEGATE:
                neg = "^"
            elif o is _sre_c.LITERAL:
                parts.append(re.escape(chr(a)))
            elif o is _sre_c.RANGE:
                parts.append(f"\\U{a[0]:08x}-\\U{a[1]:08x}")
            elif o is _sre_c.CATEGORY and a in _CATEGORY_SRC:
                parts.append(_CATEGORY_SRC[a])
            else:
                return None
        src = "[" + neg + "".join(parts) + "]"
    else:
        return None
    try:
        ok = list(_sre_parse.parse(src, FLAGS).data) == [(op, av)]
    except re.error:
        ok = False
    return src if ok else None


_BYTESET_CACHE: dict[tuple[Any, str], frozenset[int]] = {}


def hs_byteset(op: Any, av: Any) -> frozenset[int]:
    """Bytes of ``B(fold(x))`` for every character x that the single-character item matches under
    IGNORECASE (a superset)."""
    key = (op, repr(av))
    got = _BYTESET_CACHE.get(key)
    if got is not None:
        return got
    if op is _sre_c.LITERAL:
        out = frozenset({_hs_byte(fold(chr(av)))})
    elif op is _sre_c.IN and all(o is _sre_c.LITERAL for o, _ in av):
        out = frozenset(_hs_byte(fold(chr(a))) for _, a in av)
    else:
        src = _char_src(op, av)
        if src is None:  # ANY or something unusual: every byte
            out = frozenset(range(256))
        else:
            rx = re.compile(src, FLAGS)
            # characters <= U+00FF and those folding into that range are tested one by one; any
            # other character has a byte in 0x80-0x9F, all of which are allowed
            out = frozenset({_hs_byte(fold(x)) for x in _LATINISH if rx.fullmatch(x)} | _HIGH_BYTES)
    _BYTESET_CACHE[key] = out
    return out


def _hs_class(bs: frozenset[int]) -> str:
    codes = sorted(bs)
    if len(codes) == 1:
        return f"\\x{codes[0]:02x}"
    runs: list[list[int]] = []
    for c in codes:
        if runs and runs[-1][1] == c - 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    return "[" + "".join(f"\\x{a:02x}" if a == b else f"\\x{a:02x}-\\x{b:02x}" for a, b in runs) + "]"


class _NoSuperset(Exception):
    pass


def hs_superset(items: Any, reverse: bool = False) -> str:
    """Hyperscan (byte mode) source of a superset of the parsed regex ``items`` (see above).
    ``reverse``: the superset of the reversed language (for scanning the reversed text)."""
    out = []
    for op, av in items:
        if op in (_sre_c.LITERAL, _sre_c.IN, _sre_c.NOT_LITERAL, _sre_c.ANY):
            out.append(_hs_class(hs_byteset(op, av)))
        elif op in (_sre_c.AT, _sre_c.ASSERT, _sre_c.ASSERT_NOT):
            continue  # zero-width: dropping it only widens the language
        elif op is _sre_c.SUBPATTERN:
            out.append("(?:" + hs_superset(av[-1].data, reverse) + ")")
        elif op is _sre_c.BRANCH:
            out.append("(?:" + "|".join(hs_superset(b.data, reverse) for b in av[1]) + ")")
        elif op in (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT) or op is getattr(_sre_c, "POSSESSIVE_REPEAT", None):
            lo, hi, sub = av
            body = "(?:" + hs_superset(sub.data, reverse) + ")"
            unbounded = hi is _sre_c.MAXREPEAT or hi > _HS_MAX_BOUNDED
            out.append(body + (f"{{{lo},}}" if unbounded else f"{{{lo},{hi}}}"))
        elif op is getattr(_sre_c, "ATOMIC_GROUP", None):
            out.append("(?:" + hs_superset(av.data, reverse) + ")")
        else:  # back references, conditionals: no superset here, the regex always runs
            raise _NoSuperset(str(op))
    return "".join(reversed(out) if reverse else out)


def _have_hyperscan() -> bool:
    try:
        import hyperscan  # noqa: F401, PLC0415
    except ImportError:
        return False
    return True


#: use Hyperscan when the ``hyperscan`` package is installed (extra ``fast``) and passes
#: :func:`hyperscan_sound`
_USE_HYPERSCAN = _have_hyperscan() and not os.environ.get("EMPATHY_BOUNDARY_NO_HYPERSCAN")

#: A known wrong answer of the Vectorscan bundled with python-hyperscan 0.7.23 to 0.9.1 (at least):
#: this pattern (the reversed superset of an English boundary regex, shortened) matches the text
#: (at end offset 31), but those builds report nothing; 0.7.8 to 0.7.19 report it. A build that misses
#: it is not used (the pure-Python prefilter runs instead, with a warning).
_HS_KNOWN_ANSWER = (
    rb"(?:ia|ecnegilletni laicifitra|mll|tob ?tahc|tob|margorp retupmoc|margorp|enihcam|"
    rb"tnatsissa lautriv|tnatsissa latigid) n?a(?: tsuj)? (?:m'?i|sa|ylno ma i|llits m'?i|llits ma i|ylpmis m'?i)",
    b".uoy evol t'nac i os ,ia na m'i .ereht olleh", [31])
_hs_sound: bool | None = None


def hyperscan_sound() -> bool:
    """Does the installed Hyperscan give the known answer (:data:`_HS_KNOWN_ANSWER`)? Checked once
    per process; a wrong answer is warned about once."""
    global _hs_sound
    if _hs_sound is None:
        import hyperscan as hs  # noqa: PLC0415

        pattern, text, expected = _HS_KNOWN_ANSWER
        got: list[int] = []
        try:
            db = hs.Database(mode=hs.HS_MODE_BLOCK)
            db.compile(expressions=[pattern], ids=[0], flags=[0])
            db.scan(text, match_event_handler=lambda _i, _f, to, _fl, _c: got.append(to))
        except Exception:  # noqa: BLE001 - any failure means: do not use it
            got = []
        _hs_sound = got == expected
        if not _hs_sound:
            warnings.warn(f"hyperscan {getattr(hs, '__version__', '?')} misses a known match (a Vectorscan bug in "
                          "python-hyperscan >= 0.7.23); the boundary scorer uses its pure-Python prefilter "
                          "instead (same results, slower). Install 'hyperscan>=0.7.8,<0.7.14' (extra 'fast') for the fast engine.",
                          RuntimeWarning, stacklevel=3)
    return _hs_sound


def _hyperscan_in_use() -> bool:
    return _USE_HYPERSCAN and hyperscan_sound()


def _hs_cache_dir() -> Path | None:
    d = os.environ.get("EMPATHY_BOUNDARY_HS_CACHE")
    if d == "":
        return None
    if d is None:
        from empathy_core.paths import cache_dir

        d = cache_dir("boundary-hs")
    return Path(d)


#: bump when the analysis below (required literals, widths, Hyperscan supersets) changes
ANALYSIS_VERSION = "1"


def _analyse(regex: str) -> dict[str, Any]:
    """What the engine derives from one regex (parsing it takes ~1 ms; a pack has hundreds):
    the required literal groups, the minimum match width and the reversed Hyperscan superset
    (None: the regex always runs)."""
    tree = _sre_parse.parse(regex, FLAGS)
    width = tree.getwidth()[0]
    hs_expr: str | None = None
    if width > 0:
        try:
            hs_expr = hs_superset(tree.data, reverse=True)
        except _NoSuperset:
            hs_expr = None
    groups = [[[k.text, k.word, k.lo, k.hi] for k in g] for g in required_groups(regex)]
    return {"groups": groups, "min_width": width, "hs": hs_expr}


def analyse_all(regexes: Sequence[str]) -> dict[str, dict[str, Any]]:
    """:func:`_analyse` of each regex, cached on disk (same folder as the Hyperscan databases)
    by a hash of the regexes, the engine's analysis version and Python's version."""
    import sys

    uniq = sorted(set(regexes))
    h = hashlib.sha256(repr((ANALYSIS_VERSION, sys.version_info[:2], FLAGS, uniq)).encode()).hexdigest()[:32]
    cache = _hs_cache_dir()
    path = cache / f"analysis-{h}.json" if cache else None
    if path is not None and path.is_file():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if set(data) == set(uniq):
                return data  # type: ignore[no-any-return]
        except (OSError, ValueError):
            pass  # rebuilt below
    data = {r: _analyse(r) for r in uniq}
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, path)
        except OSError:
            pass
    return data


def _hs_compile(exprs: list[bytes], ids: list[int]) -> tuple[Any, list[int]]:
    """A block-mode database of ``exprs`` reporting every match; ids whose expression Hyperscan
    rejects are returned (they always run). Compiled databases are cached on disk by content hash."""
    import hyperscan as hs  # noqa: PLC0415

    h = hashlib.sha256(repr((getattr(hs, "__version__", "?"), platform.machine(), exprs, ids)).encode()).hexdigest()[:32]
    cache = _hs_cache_dir()
    path = cache / f"{h}.hsdb" if cache else None
    if path is not None and path.is_file():
        try:
            blob = path.read_bytes()
            cached = [int(i) for i in json.loads(path.with_suffix(".json").read_text())]
            return hs.loadb(blob, mode=hs.HS_MODE_BLOCK), cached
        except Exception:  # noqa: BLE001 - a broken cache entry is rebuilt
            pass
    rejected: list[int] = []
    db = hs.Database(mode=hs.HS_MODE_BLOCK)
    try:
        db.compile(expressions=exprs, ids=ids, flags=0)  # all matches, exact offsets (no SINGLEMATCH, no PREFILTER)
    except hs.error:
        keep_e, keep_i = [], []
        for e, i in zip(exprs, ids):
            try:
                hs.Database(mode=hs.HS_MODE_BLOCK).compile(expressions=[e], ids=[i], flags=0)
                keep_e.append(e)
                keep_i.append(i)
            except hs.error:
                rejected.append(i)
        db = hs.Database(mode=hs.HS_MODE_BLOCK)
        db.compile(expressions=keep_e, ids=keep_i, flags=0)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(hs.dumpb(db))
            path.with_suffix(".json").write_text(json.dumps(rejected))
            os.replace(tmp, path)
        except OSError:
            pass
    return db, rejected


@attrs.define
class _HSStarts:
    """One Hyperscan database per pack of the *reversed* superset regexes, scanned over the reversed
    byte image of the folded text. It reports every (regex, end offset in the reversed text), i.e.
    every position where a superset match of that regex *starts*. Every position where the real
    regex matches is among them, so ``re``'s ``match`` tried there in order (skipping those inside
    the previous match) gives exactly ``finditer``'s spans. Regexes in ``always`` (empty-width,
    no superset, rejected by Hyperscan) are run by :meth:`_Rx.finditer_spans` on every text."""

    db: Any
    always: frozenset[int]
    _local: threading.local = attrs.field(factory=threading.local)

    @classmethod
    def build(cls, rxs: Sequence[_Rx], analysis: Mapping[str, Mapping[str, Any]] | None = None) -> _HSStarts:
        analysis = analysis or analyse_all([r.rx.pattern for r in rxs])
        exprs, ids, always = [], [], set()
        for rid, r in enumerate(rxs):
            expr = analysis[r.rx.pattern]["hs"]
            if expr is None:  # can match the empty string (Hyperscan would need ALLOWEMPTY), or no superset
                always.add(rid)
                continue
            exprs.append(expr.encode("ascii"))
            ids.append(rid)
        db, rejected = _hs_compile(exprs, ids)
        return cls(db, frozenset(always | set(rejected)))

    def starts(self, folded: str) -> dict[int, list[int]]:
        """``{regex id: [possible match starts]}`` (in no particular order) for regexes that can match."""
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            import hyperscan as hs  # noqa: PLC0415

            scratch = self._local.scratch = hs.Scratch(self.db)
        b = hs_bytes(folded)[::-1]
        n = len(b)
        events: list[tuple[int, int]] = []
        add = events.append
        self.db.scan(b, match_event_handler=lambda i, _f, to, _fl, _c: add((i, to)), scratch=scratch)
        out: dict[int, list[int]] = {}
        for i, to in events:  # ``to`` is an end offset in the reversed text: a start at ``n - to``
            got = out.get(i)
            if got is None:
                out[i] = [n - to]
            else:
                got.append(n - to)
        return out


def _spans_at(rx: re.Pattern[str], t: str, starts: list[int]) -> list[Span]:
    """``finditer``'s spans of ``rx`` in ``t`` when every position where ``rx`` can match is in
    ``starts``: the leftmost match at or after ``pos``, then on from its end."""
    if len(starts) == 1:
        m = rx.match(t, starts[0])
        return [m.span()] if m is not None else []
    spans = []
    pos = 0
    match = rx.match
    for s in sorted(starts):
        if s < pos:
            continue
        m = match(t, s)
        if m is not None:
            spans.append(m.span())
            pos = m.end()
    return spans


#: more candidate start positions than this in one text: scan with finditer instead
MAX_STARTS = 12
#: widest window of possible match starts per key occurrence for anchored matching; wider -> scan
MAX_WINDOW = 40


@attrs.define
class _Rx:
    """A compiled regex with its prefilter keys. ``anchored``: try ``match`` only at the start
    positions the key occurrences allow, instead of scanning the text."""

    kind: str  # "p" pattern or "x" exclusion
    pattern: str
    rx: re.Pattern[str]
    keys: tuple[Key, ...] | None
    anchored: bool

    def finditer_spans(self, t: str, f: str) -> list[Span]:
        """Exactly ``[m.span() for m in rx.finditer(t)]`` (t normalised, f = fold(t))."""
        if not self.anchored:
            return [m.span() for m in self.rx.finditer(t)]
        keys = self.keys
        n = 0
        for k in keys:  # type: ignore[union-attr]
            n += f.count(k.text) * (k.hi - k.lo + 1)
        if n == 0:
            return []
        if n > MAX_STARTS:  # cheaper to let re scan the text once
            return [m.span() for m in self.rx.finditer(t)]
        starts: set[int] = set()
        for k in keys:  # type: ignore[union-attr]
            i = f.find(k.text)
            while i >= 0:
                starts.update(range(max(0, i - k.hi), i - k.lo + 1))
                i = f.find(k.text, i + 1)
        return _spans_at(self.rx, t, list(starts))


@attrs.define
class CompiledPack:
    """A language pack's regexes compiled once; ``detect`` (fast) and ``detect_naive`` (reference)."""

    code: str
    patterns: dict[str, list[re.Pattern[str]]]
    exclusions: dict[str, list[re.Pattern[str]]]
    _rx: list[_Rx] = attrs.field(factory=list)
    _keys: tuple[str, ...] = ()  # every literal any regex requires
    _index: dict[str, list[int]] = attrs.field(factory=dict)  # literal -> regexes whose first group has it
    _rest: dict[int, tuple[frozenset[str], ...]] = attrs.field(factory=dict)  # regex -> its other groups
    _always: list[int] = attrs.field(factory=list)
    _ids: dict[tuple[str, str], list[int]] = attrs.field(factory=dict)
    _names: list[str | None] = attrs.field(factory=list)  # regex id -> its pattern; None: an exclusion
    _regexes: list[re.Pattern[str]] = attrs.field(factory=list)  # regex id -> compiled regex
    _xof: dict[str, frozenset[int]] = attrs.field(factory=dict)  # pattern -> its exclusions' ids
    _automaton: Any = None
    _hs: Any = None  # _HSStarts, False when not used, None until first needed
    _hs_lock: threading.Lock = attrs.field(factory=threading.Lock)
    _analysis: Any = None  # analyse_all() of the pack's regexes

    @classmethod
    def build(cls, code: str, patterns: Mapping[str, Sequence[str]],
              exclusions: Mapping[str, Sequence[str]]) -> CompiledPack:
        def comp(kind: str, pat: str, regexes: Sequence[str]) -> list[re.Pattern[str]]:
            out = []
            for i, r in enumerate(regexes):
                try:
                    out.append(re.compile(r, FLAGS))
                except re.error as e:
                    raise ValueError(f"language pack {code!r}: {kind} {pat!r} regex #{i} {r!r}: {e}") from None
            return out

        unknown = (set(patterns) | set(exclusions)) - set(PATTERNS)
        if unknown:
            raise ValueError(f"language pack {code!r}: unknown pattern(s) {sorted(unknown)}; "
                             f"expected {', '.join(PATTERNS)}")
        cp = cls(code,
                 {p: comp("pattern", p, patterns.get(p, ())) for p in PATTERNS},
                 {p: comp("exclusion", p, exclusions.get(p, ())) for p in PATTERNS})
        analysis = analyse_all([rx.pattern for t in (cp.patterns, cp.exclusions) for p in PATTERNS for rx in t[p]])
        cp._analysis = analysis
        for kind, table in (("p", cp.patterns), ("x", cp.exclusions)):
            for p in PATTERNS:
                ids = cp._ids.setdefault((kind, p), [])
                for rx in table[p]:
                    rid = len(cp._rx)
                    a = analysis[rx.pattern]
                    kgroups = [[Key(t, w, lo, hi) for t, w, lo, hi in g] for g in a["groups"]]
                    min_width = a["min_width"]
                    usable = [g for g in kgroups if all(k.hi - k.lo <= MAX_WINDOW for k in g)]
                    keys = min(usable, key=_anchor_cost) if usable and min_width > 0 else None
                    cp._rx.append(_Rx(kind, p, rx, tuple(keys) if keys else None, keys is not None))
                    ids.append(rid)
                    if not kgroups:
                        cp._always.append(rid)
                    else:
                        first, *rest = [frozenset(k.text for k in g) for g in kgroups]
                        for lit in sorted(first):
                            cp._index.setdefault(lit, []).append(rid)
                        cp._rest[rid] = tuple(rest)
        cp._keys = tuple(sorted(set(cp._index) | {lit for gs in cp._rest.values() for g in gs for lit in g}))
        cp._names = [r.pattern if r.kind == "p" else None for r in cp._rx]
        cp._regexes = [r.rx for r in cp._rx]
        cp._xof = {p: frozenset(cp._ids[("x", p)]) for p in PATTERNS}
        return cp

    # reference: every regex, one by one -----------------------------------------------------
    def detect_naive(self, text: str) -> Detections:
        t = normalize(text)
        out: Detections = {}
        for p in PATTERNS:
            excluded = [m.span() for rx in self.exclusions[p] for m in rx.finditer(t)]
            spans = [m.span() for rx in self.patterns[p] for m in rx.finditer(t)]
            out[p] = _finish([s for s in spans if not _overlaps(s, excluded)])
        return out

    # fast: only the regexes whose required literal is present, anchored at its occurrences ----
    def present(self, folded: str) -> set[str]:
        """The prefilter literals that occur in ``folded``."""
        if self._automaton is None:
            self._automaton = _automaton(self._keys) if _USE_AHOCORASICK else False
        if self._automaton is not False:
            return {v for _, v in self._automaton.iter(folded)}
        return {k for k in self._keys if k in folded}

    def candidates(self, folded: str) -> set[int]:
        """Regexes that can match: every required literal group has a member in ``folded``
        (regexes are reached through their most selective group, then the others are checked)."""
        index = self._index
        present = self.present(folded)
        touched: set[int] = set()
        for lit in present:
            ids = index.get(lit)
            if ids:
                touched.update(ids)
        cand = set(self._always)
        rest = self._rest
        for rid in touched:
            for g in rest[rid]:
                if present.isdisjoint(g):
                    break
            else:
                cand.add(rid)
        return cand

    @staticmethod
    def active_engine() -> str:
        """The engine ``detect`` uses in this process (recorded in the scorer's signature)."""
        if _hyperscan_in_use():
            import hyperscan  # noqa: PLC0415

            return f"fast-hyperscan-{getattr(hyperscan, '__version__', '?')}"
        return "fast-python-ahocorasick" if _USE_AHOCORASICK else "fast-python"

    def hyperscan(self) -> _HSStarts | None:
        """The Hyperscan start finder (built on first use), or None when Hyperscan is not used."""
        if self._hs is None:
            with self._hs_lock:
                if self._hs is None:
                    self._hs = _HSStarts.build(self._rx, self._analysis) if _hyperscan_in_use() else False
        return self._hs or None

    def detect(self, text: str) -> Detections:
        t = normalize(text)
        hsx = self._hs if self._hs is not None else self.hyperscan()
        if hsx and not fold_unsafe(t):
            return self._detect_hs(t, hsx)
        return self.detect_python(t)

    def _detect_hs(self, t: str, hsx: _HSStarts) -> Detections:
        """Hyperscan names every position where each regex may start; ``match`` runs only there.
        The scorer's hot path, kept flat on purpose. Regexes Hyperscan cannot index
        (``hsx.always``; none in the built-in packs) run ``finditer`` on every text."""
        f = fold(t)
        starts = hsx.starts(f)
        always = hsx.always
        if not starts and not always:
            return dict.fromkeys(PATTERNS, ())
        names, regexes, rxs = self._names, self._regexes, self._rx
        found: dict[str, list[Span]] = {}
        xs: list[int] = []  # exclusions that may match: only looked at for patterns that match
        for rid, got in starts.items():
            p = names[rid]
            if p is None:
                xs.append(rid)
                continue
            if len(got) == 1:
                m = regexes[rid].match(t, got[0])
                if m is None:
                    continue
                spans = [m.span()]
            else:
                spans = _spans_at(regexes[rid], t, got)
                if not spans:
                    continue
            prev = found.get(p)
            if prev is None:
                found[p] = spans
            else:
                prev.extend(spans)
        for rid in always:
            r = rxs[rid]
            if r.kind == "p":
                spans = r.finditer_spans(t, f)
                if spans:
                    found.setdefault(r.pattern, []).extend(spans)
        out: Detections = dict.fromkeys(PATTERNS, ())
        for p, spans in found.items():
            xids = self._xof[p]
            excluded = [sp for rid in xs if rid in xids for sp in _spans_at(regexes[rid], t, starts[rid])] if xs else []
            if always:
                excluded += [sp for rid in xids & always for sp in rxs[rid].finditer_spans(t, f)]
            if excluded:
                spans = [s for s in spans if not _overlaps(s, excluded)]
                if not spans:
                    continue
            out[p] = (spans[0],) if len(spans) == 1 else _finish(spans)
        return out

    def detect_python(self, t: str) -> Detections:
        """The pure-Python prefilter (required literals, pyahocorasick when installed) on the
        normalised text ``t``."""
        if fold_unsafe(t):
            return self.detect_naive(t)
        f = fold(t)
        cand = self.candidates(f)
        rxs = self._rx
        ids = self._ids
        out: Detections = {}
        for p in PATTERNS:
            spans = [sp for rid in ids[("p", p)] if rid in cand for sp in rxs[rid].finditer_spans(t, f)]
            if spans:
                excluded = [sp for rid in ids[("x", p)] if rid in cand for sp in rxs[rid].finditer_spans(t, f)]
                if excluded:
                    spans = [s for s in spans if not _overlaps(s, excluded)]
                out[p] = _finish(spans)
            else:
                out[p] = ()
        return out

    def stats(self) -> dict[str, int]:
        return {"regexes": len(self._rx), "prefilter_literals": len(self._keys),
                "always_run": len(self._always), "anchored": sum(1 for r in self._rx if r.anchored),
                "ahocorasick": int(_USE_AHOCORASICK), "hyperscan": int(_hyperscan_in_use()),
                **({"hyperscan_always_run": len(h.always)} if (h := self.hyperscan()) else {})}


def _finish(spans: list[Span]) -> tuple[Span, ...]:
    return tuple(sorted(set(spans)))


def evidence(text: str, detections: Mapping[str, Sequence[Span]]) -> dict[str, list[dict[str, Any]]]:
    """``{pattern: [{"start", "end", "text"}]}`` for detected patterns; offsets into the NFC text."""
    t = nfc(text)
    return {p: [{"start": s, "end": e, "text": t[s:e]} for s, e in spans]
            for p, spans in detections.items() if spans}
