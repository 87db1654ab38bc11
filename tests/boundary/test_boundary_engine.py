"""The matching engine: normalisation, case folding, required literals, fast == naive."""

from __future__ import annotations

import random
import re

import pytest

from empathy_core.boundary import PATTERNS
from empathy_core.boundary.engine import FOLD_UNSAFE, CompiledPack, fold, normalize, required_keys


def test_normalize_quotes_one_to_one() -> None:
    text = "I\u2019m sorry \u2014 I can\u02bct say \u201cI love you\u201d \u00abbien\u00bb `x\u00b4"
    out = normalize(text)
    assert len(out) == len(text)
    assert out == "I'm sorry \u2014 I can't say \"I love you\" \"bien\" 'x'"


def test_normalize_is_nfc() -> None:
    assert normalize("de\u0301sole\u0301") == "d\u00e9sol\u00e9"


def test_fold_matches_re_ignorecase_for_every_codepoint() -> None:
    """fold() must equal re's own case-insensitive comparison key for each character, and keep
    \\w-ness except for the documented FOLD_UNSAFE characters; otherwise the prefilter could skip
    a regex that matches."""
    import _sre

    from empathy_core.boundary.engine import _CANON_TABLE

    word = re.compile(r"\w")
    wrong, unsafe = [], set()
    for c in range(0x110000):
        if 0xD800 <= c <= 0xDFFF:
            continue
        ch = chr(c)
        f = fold(ch)
        if f != chr(_sre.unicode_tolower(c)).translate(_CANON_TABLE):
            wrong.append(hex(c))
        if bool(word.match(ch)) != bool(word.match(f)):
            unsafe.add(ch)
    assert wrong == []
    assert unsafe == set(FOLD_UNSAFE)


@pytest.mark.parametrize("a,b", [("I", "i"), ("\u0130", "i"), ("\u0131", "I"), ("\u017f", "S"), ("\u212a", "k"),
                                 ("\u00c9", "\u00e9"), ("\u03a3", "\u03c2")])
def test_fold_equates_what_re_equates(a: str, b: str) -> None:
    assert re.fullmatch(re.escape(b), a, re.IGNORECASE)
    assert fold(a) == fold(b)


@pytest.mark.parametrize("regex,texts,words", [
    (r"\bno problem\b", ["no problem"], ["problem"]),
    (r"\bI'?m (?:so )?sorry\b", ["sorry"], [None]),
    (r"\b(?:I can't|I cannot) say\b", ["i can"], ["i"]),
    (r"\b(?:sorry|apologies)\b", ["sorry", "apologies"], ["sorry", "apologies"]),
    (r"(?:a|b)\w+", None, None),
    (r"x*", None, None),
])
def test_required_keys(regex: str, texts, words) -> None:  # type: ignore[no-untyped-def]
    keys = required_keys(regex)
    if texts is None:
        assert keys is None
    else:
        assert sorted(k.text for k in keys) == sorted(texts)
        assert sorted(k.word or "" for k in keys) == sorted(w or "" for w in words)


TOY = CompiledPack.build(
    "xx",
    {"direct_refusal": [r"\bI can'?t (?:say|do)\b", r"\bno\b"], "apology": [r"\bsorry\b", r"(?:so|very) sorr(?:y|ow)"],
     "explanation": [r"because\s+I"], "deflection": [r"[a-z]+ else\b"], "acknowledgment": [r"\bI (?:hear|see) you\b"],
     "boundary_setting": [r"\bI'?m an? AI\b"], "emotional_awareness": [r"\b(?:lonely|sad)\b"]},
    {"direct_refusal": [r"\bno problem\b", r"\bcan'?t wait\b"], "apology": [r"\bsorry for the long\b"]},
)


def test_exclusions_only_remove_overlapping_matches() -> None:
    d = TOY.detect("No problem! I'm an AI.")
    assert d["direct_refusal"] == [] and d["boundary_setting"] == [(12, 21)]
    d = TOY.detect("No problem, but no, I can't say it.")
    assert d["direct_refusal"] == [(16, 18), (20, 31)]
    d = TOY.detect("Sorry for the long answer. I'm so sorry you're sad.")
    assert d["apology"] == [(31, 39), (34, 39)]


def test_fast_equals_naive_on_random_texts() -> None:
    """Random recombinations of words the toy pack cares about, with case/Unicode variants."""
    rng = random.Random(7)
    vocab = ["I", "can't", "cant", "CAN\u2019T", "say", "do", "no", "problem", "wait", "sorry", "SORROW", "so",
             "very", "for", "the", "long", "because", "\u0130", "\u0131", "else", "something", "hear", "see", "you",
             "I'm", "Im", "an", "a", "AI", "lonely", "sad", "\u017forry", ",", ".", "!", "\u0345", "Kelvin\u212a"]
    for _ in range(3000):
        text = " ".join(rng.choice(vocab) for _ in range(rng.randint(1, 14)))
        assert TOY.detect(text) == TOY.detect_naive(text), text


def test_bad_pack_regex_names_the_pattern() -> None:
    with pytest.raises(ValueError, match=r"apology.*#0"):
        CompiledPack.build("xx", {"apology": ["(unclosed"]}, {})
    with pytest.raises(ValueError, match="unknown pattern"):
        CompiledPack.build("xx", {"apologies": ["x"]}, {})


def test_every_pattern_key_present() -> None:
    assert set(TOY.detect("")) == set(PATTERNS)


def test_fast_engine_without_ahocorasick(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The pure-Python literal search (used when pyahocorasick is not installed) finds the same
    literals and gives the same detections."""
    import json
    from pathlib import Path

    from empathy_core.boundary import engine
    from empathy_core.boundary.packs import load_module

    mod = load_module("en")
    monkeypatch.setattr(engine, "_USE_AHOCORASICK", False)
    plain = CompiledPack.build("en", mod.PATTERNS, mod.EXCLUSIONS)
    rows = [json.loads(x) for x in (Path(__file__).parent / "devset" / "en.jsonl").read_text().splitlines() if x]
    for r in rows:
        assert plain.detect(r["response"]) == plain.detect_naive(r["response"]), r["id"]
    if engine._have_ahocorasick():
        monkeypatch.setattr(engine, "_USE_AHOCORASICK", True)
        aho = CompiledPack.build("en", mod.PATTERNS, mod.EXCLUSIONS)
        for r in rows:
            f = fold(normalize(r["response"]))
            assert aho.present(f) == plain.present(f), r["id"]
