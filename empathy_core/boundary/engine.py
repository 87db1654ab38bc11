"""Pattern matching for the boundary scorer: text normalisation, the naive reference matcher
(every regex of the pack run one by one, the paper's method) and the fast matcher.

Semantics (both matchers; see docs/BOUNDARY.md): the response is normalised (NFC, then typographic
apostrophes/quotes replaced 1-to-1); every regex is compiled with ``re.IGNORECASE | re.UNICODE``; a
match of one of a pattern's regexes counts unless its span overlaps a match of one of that
pattern's exclusion regexes. Evidence: every counted span (``finditer`` of each regex, in pack
order), as offsets into the NFC text.

The fast matcher gives *identical* results. It runs only the regexes that can possibly match: for
each regex it derives, from the regex's parse tree, literal text that every match must contain
(e.g. ``sorry`` for ``\\bI'?m (?:so )?sorry\\b``). A text is case-folded once the way ``re``'s
IGNORECASE compares characters; a regex whose required literal (or a whole word of it) is absent
cannot match and is skipped. Regexes with no usable literal always run.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
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


def normalize(text: str) -> str:
    """The text the regexes see: NFC, then typographic apostrophes/quotes -> ' and "."""
    return nfc(text).translate(QUOTE_TABLE)


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


def fold(text: str) -> str:
    """Case-fold ``text`` so that ``fold(a) == fold(b)`` whenever re's IGNORECASE equates a and b
    (char by char; the length is unchanged)."""
    return text.translate(_PRE_TABLE).lower().translate(_CANON_TABLE)


_WORD = re.compile(r"\w+")
#: chars whose \w-ness changes under fold() (U+0345 COMBINING GREEK YPOGEGRAMMENI folds to iota);
#: a text containing one runs every regex (tests/boundary/test_engine.py checks this set)
FOLD_UNSAFE = frozenset("\u0345")
_BOUND = "\x00"  # marks a \b assertion inside a literal run


@attrs.frozen
class Key:
    """Literal text every match of a regex contains (folded), and a whole word of it (or None)."""

    text: str
    word: str | None


def _key_from_run(run: str) -> Key | None:
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
    return Key(text, best)


def _quality(keys: list[Key] | None) -> tuple[int, int, int, int]:
    """Prefer keys that are whole words (a cheap set lookup), then longer (more selective) ones."""
    if not keys:
        return (-1, 0, 0, 0)
    if all(k.word for k in keys):
        return (1, min(len(k.word) for k in keys), -len(keys), min(len(k.text) for k in keys))  # type: ignore[arg-type]
    return (0, min(len(k.text) for k in keys), -len(keys), 0)


def _required(seq: Any) -> list[Key] | None:
    """Alternative keys (any one must be present), or None when nothing is known."""
    best: list[Key] | None = None
    run = ""

    def consider(cand: list[Key] | None) -> None:
        nonlocal best
        if cand and _quality(cand) > _quality(best):
            best = cand

    def flush() -> None:
        nonlocal run
        k = _key_from_run(run)
        consider([k] if k else None)
        run = ""

    for op, av in seq:
        if op is _sre_c.LITERAL:
            run += fold(chr(av))
            continue
        if op is _sre_c.AT:
            if av in (_sre_c.AT_BOUNDARY,):
                run += _BOUND
            continue  # zero-width: the literals around it are adjacent in the text
        flush()
        if op is _sre_c.SUBPATTERN:
            consider(_required(av[-1]))
        elif op is _sre_c.BRANCH:
            alts = [_required(b) for b in av[1]]
            if all(alts):
                consider([k for a in alts for k in a])  # type: ignore[union-attr]
        elif op in (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT) or op is getattr(_sre_c, "POSSESSIVE_REPEAT", None):
            if av[0] >= 1:
                consider(_required(av[2]))
        elif op is getattr(_sre_c, "ATOMIC_GROUP", None):
            consider(_required(av))
    flush()
    return best


def required_keys(regex: str) -> list[Key] | None:
    """The keys of ``regex`` (see :class:`Key`): a match is impossible unless one is present."""
    return _required(_sre_parse.parse(regex, FLAGS))


# -- matchers -------------------------------------------------------------------------------------
Span = tuple[int, int]


def _overlaps(span: Span, excluded: Sequence[Span]) -> bool:
    s, e = span
    return any(xs < e and s < xe for xs, xe in excluded) if s < e else any(xs <= s < xe for xs, xe in excluded)


@attrs.define
class CompiledPack:
    """A language pack's regexes compiled once; ``detect`` (fast) and ``detect_naive`` (reference)."""

    code: str
    patterns: dict[str, list[re.Pattern[str]]]
    exclusions: dict[str, list[re.Pattern[str]]]
    # fast-path index: regex id -> (kind, pattern, regex)
    _regexes: list[tuple[str, str, re.Pattern[str]]] = attrs.field(factory=list)
    _by_word: dict[str, list[int]] = attrs.field(factory=dict)
    _by_text: list[tuple[int, tuple[str, ...]]] = attrs.field(factory=list)
    _always: list[int] = attrs.field(factory=list)
    _ids: dict[tuple[str, str], list[int]] = attrs.field(factory=dict)

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
        for kind, table in (("p", cp.patterns), ("x", cp.exclusions)):
            for p in PATTERNS:
                ids = cp._ids.setdefault((kind, p), [])
                for rx in table[p]:
                    rid = len(cp._regexes)
                    cp._regexes.append((kind, p, rx))
                    ids.append(rid)
                    keys = required_keys(rx.pattern)
                    if not keys:
                        cp._always.append(rid)
                    elif all(k.word for k in keys):
                        for w in {k.word for k in keys}:  # type: ignore[misc]
                            cp._by_word.setdefault(w, []).append(rid)
                    else:
                        cp._by_text.append((rid, tuple(sorted({k.text for k in keys}))))
        return cp

    # reference: every regex, one by one -----------------------------------------------------
    def detect_naive(self, text: str) -> dict[str, list[Span]]:
        t = normalize(text)
        out: dict[str, list[Span]] = {}
        for p in PATTERNS:
            excluded = [m.span() for rx in self.exclusions[p] for m in rx.finditer(t)]
            spans = [m.span() for rx in self.patterns[p] for m in rx.finditer(t)]
            out[p] = _finish([s for s in spans if not _overlaps(s, excluded)])
        return out

    # fast: only the regexes whose required literal is present -------------------------------
    def candidates(self, folded: str) -> set[int]:
        cand = set(self._always)
        by_word = self._by_word
        for w in set(_WORD.findall(folded)):
            ids = by_word.get(w)
            if ids:
                cand.update(ids)
        for rid, texts in self._by_text:
            for s in texts:
                if s in folded:
                    cand.add(rid)
                    break
        return cand

    def detect(self, text: str) -> dict[str, list[Span]]:
        t = normalize(text)
        cand = self.candidates(fold(t)) if FOLD_UNSAFE.isdisjoint(t) else set(range(len(self._regexes)))
        regexes = self._regexes
        ids = self._ids
        out: dict[str, list[Span]] = {}
        for p in PATTERNS:
            spans = [m.span() for rid in ids[("p", p)] if rid in cand for m in regexes[rid][2].finditer(t)]
            if spans:
                excluded = [m.span() for rid in ids[("x", p)] if rid in cand for m in regexes[rid][2].finditer(t)]
                if excluded:
                    spans = [s for s in spans if not _overlaps(s, excluded)]
                out[p] = _finish(spans)
            else:
                out[p] = []
        return out

    def stats(self) -> dict[str, int]:
        return {"regexes": len(self._regexes), "indexed_by_word": len({i for v in self._by_word.values() for i in v}),
                "by_substring": len(self._by_text), "always_run": len(self._always)}


def _finish(spans: list[Span]) -> list[Span]:
    return sorted(set(spans))


def evidence(text: str, detections: Mapping[str, Sequence[Span]]) -> dict[str, list[dict[str, Any]]]:
    """``{pattern: [{"start", "end", "text"}]}`` for detected patterns; offsets into the NFC text."""
    t = nfc(text)
    return {p: [{"start": s, "end": e, "text": t[s:e]} for s, e in spans]
            for p, spans in detections.items() if spans}
