"""Known values for the matching engine on a tiny pack built here (issue 16, mutation testing): the
text normalisation, case folding, span helpers and every matcher (naive reference, pure-Python
prefilter, Hyperscan) on a handful of texts whose spans are written out, then fast == naive on ~60
varied texts (accents, case folding, typographic quotes, overlaps, exclusions). Each test runs in well
under a second: these are the tests the mutation run of the engine selects (see
docs/results/mutation.md); the whole-pack comparisons over the dev sets stay in
test_boundary_engine.py."""

from __future__ import annotations

import pytest
from empathy_boundary import PATTERNS, engine
from empathy_boundary.engine import MAX_STARTS, CompiledPack, _finish, _Rx, fold, fold_unsafe, normalize

PACK = CompiledPack.build(
    "zz",
    {"direct_refusal": [r"\bI can'?t\b", r"\bje ne peux pas\b"],
     "apology": [r"\bsorry\b", r"\bd\u00e9sol\u00e9e?\b"],
     # a back reference: no Hyperscan superset, so this one runs on every text (``hsx.always``)
     "explanation": [r"\bbecause\b", r"\b(so|very) \1\b"],
     "deflection": [r"\blet'?s talk about\b"],
     # the second regex has no usable literal window: it runs on every text (not anchored)
     "acknowledgment": [r"\bI hear you\b", r"\b[ao]+h+\b"],
     "boundary_setting": [r"\bI'?m an AI\b"],
     "emotional_awareness": [r"\b(?:lonely|sad|triste)\b", r"\bsad(?:ness)?\b"]},
    {"direct_refusal": [r"\bI can'?t wait\b"], "apology": [r"\bsorry to bother\b"],
     "emotional_awareness": [r"\bnot sad\b"], "explanation": [r"\b(so) \1 \1\b"]},
)

pytestmark = pytest.mark.engine_fast

NONE = dict.fromkeys(PATTERNS, ())


def _d(**spans: tuple[tuple[int, int], ...]) -> dict[str, tuple[tuple[int, int], ...]]:
    return {**NONE, **spans}


# text -> every pattern's counted spans (offsets into the normalised text)
KNOWN = [
    ("", NONE),
    ("hello there", NONE),
    ("I can't do that, sorry.", _d(direct_refusal=((0, 7),), apology=((17, 22),))),
    # the exclusion overlaps the first match only
    ("I can't wait! But I cant.", _d(direct_refusal=((18, 24),))),
    ("Sorry to bother you. So SORRY.", _d(apology=((24, 29),))),
    # typographic apostrophe, upper case
    ("I CAN\u2019T, I\u2019M AN AI.", _d(direct_refusal=((0, 7),), boundary_setting=((9, 18),))),
    # NFD accents are composed first (offsets into the NFC text)
    ("Je suis de\u0301sole\u0301e", _d(apology=((8, 15),))),
    ("JE NE PEUX PAS, D\u00c9SOL\u00c9.", _d(direct_refusal=((0, 14),), apology=((16, 22),))),
    # two regexes of one pattern matching the same and overlapping spans: counted once, sorted
    ("So sad. Sadness.", _d(emotional_awareness=((3, 6), (8, 15)))),
    ("I am not sad, just lonely", _d(emotional_awareness=((19, 25),))),
    ("Ohh, ahhh! I hear you because you're triste",
     _d(acknowledgment=((0, 3), (5, 9), (11, 21)), explanation=((22, 29),), emotional_awareness=((37, 43),))),
    ("Lets talk about it. let's TALK ABOUT you", _d(deflection=((0, 15), (20, 36)))),
    # dotted capital I (re equates it with i), Kelvin sign, long s
    ("\u0130 can't. \u017forry. \u212aind of sad", _d(direct_refusal=((0, 7),), apology=((9, 14),),
                                                   emotional_awareness=((24, 27),))),
    # the regexes Hyperscan cannot index: a match with no Hyperscan start at all, an exclusion of them
    ("so so", _d(explanation=((0, 5),))),
    ("So so so.", NONE),
    ("Very very sad, because", _d(explanation=((0, 9), (15, 22)), emotional_awareness=((10, 13),))),
    # candidate starts that fail (Hyperscan reports them first: they lie further right), then a match
    ("Sorry, I can'tt", _d(apology=((0, 5),))),
    ("Sorry, I can'tt, I can'tt", _d(apology=((0, 5),))),  # two candidate starts, neither matches
    # U+0345 changes \w-ness under fold: the prefilter is bypassed, same spans
    ("sorry\u0345 I'm an AI", _d(apology=((0, 5),), boundary_setting=((7, 16),))),
]


@pytest.mark.parametrize("text,expected", KNOWN)
def test_every_matcher_gives_the_known_spans(text, expected) -> None:  # type: ignore[no-untyped-def]
    t = normalize(text)
    assert PACK.detect_naive(text) == expected
    assert PACK.detect_python(t) == expected
    assert PACK.detect(text) == expected
    hsx = PACK.hyperscan()
    if hsx is not None:
        assert PACK._detect_hs(t, hsx) == expected


def test_hyperscan_is_used_here() -> None:
    # the fast extra is installed in the dev venv: _detect_hs is exercised above, not skipped
    assert engine._have_hyperscan() and engine._hyperscan_in_use()
    hsx = PACK.hyperscan()
    assert hsx is not None
    # exactly the two back-reference regexes run on every text (the explanation pattern's second
    # regex and its exclusion)
    assert sorted((PACK._rx[i].kind, PACK._rx[i].pattern) for i in hsx.always) == [
        ("p", "explanation"), ("x", "explanation")]


VARIED = [
    "I can't", "i cant", "I CAN'T WAIT", "I can't wait, I can't", "can't", "Ican't", "I can'tt",
    "sorry", "SoRrY", "sorry to bother", "sorry to bother, sorry", "sorrysorry", "not sorry", "\u017fORRY",
    "d\u00e9sol\u00e9", "D\u00c9SOL\u00c9E", "de\u0301sole\u0301", "desole", "d\u00e9sol\u00e9es",
    "because", "BECAUSE because", "becausee", "let's talk about", "lets  talk about", "let\u2019s talk about",
    "I hear you", "i HEAR you", "oh", "ah", "ohhh aaah", "hoh", "oooh!", "\u00f6h",
    "I'm an AI", "Im an ai", "I\u2019m an AI", "I\u02bcm an AI", "I'm an AIs",
    "sad", "not sad", "not sad, sad", "sadness", "SADNESS sad", "lonely", "triste", "TRISTE!", "tristesse",
    "je ne peux pas", "Je Ne Peux Pas", "je ne peux", "\u0130 can't", "\u0131 can't", "I can\u00b4t",
    "`I can`t`", "\u00abI hear you\u00bb", "\u201cI'm an AI\u201d", "sorry\u0345", "sad\u0345ness",
    "I can't \u2014 sorry \u2014 because I'm an AI and I hear you; let's talk about how sad you are",
    "\U0001f600 sorry \U0001f600", "\u212a sad", "x" * 40 + " sad " + "y" * 40,
]


def test_fast_matchers_equal_naive_on_varied_texts() -> None:
    hsx = PACK.hyperscan()
    hits = 0
    for text in VARIED:
        want = PACK.detect_naive(text)
        t = normalize(text)
        assert PACK.detect_python(t) == want, text
        assert PACK.detect(text) == want, text
        if hsx is not None:
            assert PACK._detect_hs(t, hsx) == want, text
        hits += sum(len(v) for v in want.values())
    assert hits == 55  # the texts really exercise the patterns


def test_normalize_known_values() -> None:
    assert normalize("plain ascii") == "plain ascii"
    assert normalize("it`s") == "it's"  # the one ASCII entry of the table
    assert normalize("caf\u00e9") == "caf\u00e9"
    assert normalize("cafe\u0301") == "caf\u00e9"  # NFC, no quote
    assert normalize("cafe\u0301 `x`") == "caf\u00e9 'x'"  # non-ASCII, backtick only
    assert normalize("\u201cno\u201d \u2018so\u2019 \u00abbien\u00bb \u02bc\u00b4") == "\"no\" 'so' \"bien\" ''"
    assert normalize("\u2019`") == "''"
    assert normalize("\u00e9\u2014") == "\u00e9\u2014"  # other punctuation untouched


def test_fold_known_values() -> None:
    assert fold("HeLLo World") == "hello world"
    assert fold("\u0130STANBUL") == "istanbul"  # one char for one char (str.lower gives two)
    assert fold("\u00c9COLE \u00c7A") == "\u00e9cole \u00e7a"
    # re's equivalence classes: one representative each
    assert fold("\u017f") == fold("s") == fold("S") == "s"
    assert fold("\u212a") == "k"
    assert fold("\u03a3") == fold("\u03c3") == fold("\u03c2")
    assert fold("\u1e9e") == fold("\u00df")
    assert fold("\u00b5") == fold("\u03bc") == fold("\u039c")
    for text in ("\u0130\u017f\u212a\u03a3", "\u00c9t\u00c9", "ab\u0130"):
        assert len(fold(text)) == len(text)
    assert fold("\u0130\u03a3") == "i" + fold("\u03c3")  # both steps in one text
    assert fold_unsafe("a\u0345") and not fold_unsafe("abc") and not fold_unsafe("\u00e9")


def _rx(regex: str) -> _Rx:
    pack = CompiledPack.build("zz", {"apology": [regex]}, {})
    return pack._rx[0]


def test_finditer_spans_anchored_scan_and_none() -> None:
    r = _rx(r"\bsorry\b")
    assert r.anchored and [k.text for k in r.keys] == ["sorry"]  # type: ignore[union-attr]

    def spans(text: str) -> list[tuple[int, int]]:
        t = normalize(text)
        return r.finditer_spans(t, fold(t))

    assert spans("nothing here") == []
    assert spans("Sorry, so sorry. sorryy") == [(0, 5), (10, 15)]
    assert spans("xsorry sorry") == [(7, 12)]
    # overlapping occurrences of the literal: each is a candidate start
    o = _rx(r"oo\b")
    assert o.anchored and o.finditer_spans("ooo", "ooo") == [(1, 3)]
    assert o.finditer_spans("oo ooo", "oo ooo") == [(0, 2), (4, 6)]
    many = " ".join(["sorry"] * (MAX_STARTS + 3))  # more candidate starts than MAX_STARTS: one scan
    assert spans(many) == [(6 * i, 6 * i + 5) for i in range(MAX_STARTS + 3)]
    few = " ".join(["sorry"] * MAX_STARTS)
    assert spans(few) == [(6 * i, 6 * i + 5) for i in range(MAX_STARTS)]
    # a key with an offset window: starts are tried before the literal too
    w = _rx(r"\b(?:so |very )?sorry\b")
    t = "I am so sorry, very sorry"
    assert w.anchored and w.finditer_spans(t, fold(t)) == [(5, 13), (15, 25)]
    # a regex without a usable literal scans
    s = _rx(r"\b[ao]+h+\b")
    assert not s.anchored and s.finditer_spans("oh ahh x", "oh ahh x") == [(0, 2), (3, 6)]


def test_finish_sorts_and_deduplicates() -> None:
    assert _finish([]) == ()
    assert _finish([(3, 4), (1, 2), (3, 4)]) == ((1, 2), (3, 4))
