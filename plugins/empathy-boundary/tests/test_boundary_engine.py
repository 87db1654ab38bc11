"""The matching engine: normalisation, case folding, required literals, fast == naive."""

from __future__ import annotations

import random
import re

import pytest
from empathy_boundary import PATTERNS
from empathy_boundary.engine import FOLD_UNSAFE, CompiledPack, fold, normalize, required_keys


@pytest.mark.engine_fast
def test_normalize_quotes_one_to_one() -> None:
    text = "I\u2019m sorry \u2014 I can\u02bct say \u201cI love you\u201d \u00abbien\u00bb `x\u00b4"
    out = normalize(text)
    assert len(out) == len(text)
    assert out == "I'm sorry \u2014 I can't say \"I love you\" \"bien\" 'x'"


@pytest.mark.engine_fast
def test_normalize_is_nfc() -> None:
    assert normalize("de\u0301sole\u0301") == "d\u00e9sol\u00e9"


def test_fold_matches_re_ignorecase_for_every_codepoint() -> None:
    """fold() must equal re's own case-insensitive comparison key for each character, and keep
    \\w-ness except for the documented FOLD_UNSAFE characters; otherwise the prefilter could skip
    a regex that matches."""
    import _sre

    from empathy_boundary.engine import _CANON_TABLE

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


@pytest.mark.engine_fast
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


@pytest.mark.engine_fast
def test_exclusions_only_remove_overlapping_matches() -> None:
    d = TOY.detect("No problem! I'm an AI.")
    assert d["direct_refusal"] == () and d["boundary_setting"] == ((12, 21),)
    d = TOY.detect("No problem, but no, I can't say it.")
    assert d["direct_refusal"] == ((16, 18), (20, 31))
    d = TOY.detect("Sorry for the long answer. I'm so sorry you're sad.")
    assert d["apology"] == ((31, 39), (34, 39))


@pytest.mark.engine_fast
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


@pytest.mark.engine_fast
def test_every_pattern_key_present() -> None:
    assert set(TOY.detect("")) == set(PATTERNS)


def test_fast_engine_without_ahocorasick(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The pure-Python literal search (used when pyahocorasick is not installed) finds the same
    literals and gives the same detections."""
    import json
    from pathlib import Path

    from empathy_boundary import engine
    from empathy_boundary.packs import load_module

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


# -- fast normalisation paths and the Hyperscan prefilter ------------------------------------------
_ODD = ("\u00df\u1e9e\u0130\u0131\u017f\u212a\u212b\u03a3\u03c3\u03c2\u0345\u00a0\u2007\u202f\u0301\u0308"
        "\u2019\u2018\u201c\u201d\u00ab\u00bb\u02bc\u00b4`\u00c9\u00e9\u00ff\u0178\u00b5\u03bc\u039c\u0101\u2013\u2014"
        "\u2026\u0085\u009f\u00ad\u200b\ufb01\U0001f600\ud800\u01c5\u01c6\u0149\u1e9b\u1fbe")


def _random_odd_text(rng: random.Random, base: str) -> str:
    """``base`` with random case flips and odd characters (casing oddities, quotes, accents,
    spaces, combining marks, a lone surrogate) substituted or inserted."""
    out = []
    for ch in base:
        r = rng.random()
        if r < 0.08:
            out.append(rng.choice(_ODD))
        elif r < 0.12:
            out.append(ch + rng.choice(_ODD))
        elif r < 0.30:
            out.append(ch.swapcase())
        else:
            out.append(ch)
    return "".join(out)


@pytest.mark.engine_fast
def test_fast_normalize_and_fold_equal_the_plain_translates() -> None:
    from empathy_boundary import engine

    rng = random.Random(3)
    pool = _ODD + "abcIiSsKk .,!?'\"\u00e0\u00c0"
    for _ in range(20000):
        t = "".join(rng.choice(pool) for _ in range(rng.randint(0, 16)))
        assert normalize(t) == engine.nfc(t).translate(engine.QUOTE_TABLE), ascii(t)
        assert fold(t) == t.translate(engine._PRE_TABLE).lower().translate(engine._CANON_TABLE), ascii(t)


def _all_chars() -> str:
    return "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))


def test_latin_fold_extra_is_complete() -> None:
    """Every character above U+00FF whose fold lies in U+0000-U+00FF is in LATIN_FOLD_EXTRA (the
    Hyperscan byte sets of classes test only those beyond Latin-1)."""
    from empathy_boundary.engine import LATIN_FOLD_EXTRA

    folded = fold(_all_chars()[0x100:])
    extra = {c for c, f in zip(_all_chars()[0x100:], folded) if ord(f) < 0x100}
    assert extra == set(LATIN_FOLD_EXTRA)


def _char_items(items, acc):  # type: ignore[no-untyped-def]
    from re import _constants as c

    for op, av in items:
        if op in (c.IN, c.NOT_LITERAL, c.ANY):
            acc[(op, repr(av))] = (op, av)
        elif op is c.SUBPATTERN:
            _char_items(av[-1].data, acc)
        elif op is c.BRANCH:
            for b in av[1]:
                _char_items(b.data, acc)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            _char_items(av[2].data, acc)
        elif op in (c.ASSERT, c.ASSERT_NOT):
            _char_items(av[1].data, acc)


def test_hyperscan_byte_sets_cover_every_matching_character() -> None:
    """For every character class of every built-in pack: each code point the class matches under
    re.IGNORECASE has its folded byte in the Hyperscan byte set (the prefilter is a superset)."""
    from re import _parser  # type: ignore[attr-defined]

    from empathy_boundary.engine import FLAGS, hs_bytes, hs_byteset
    from empathy_boundary.packs import load_module

    items: dict = {}
    for code in ("de", "en", "es", "fr", "it", "ms"):
        mod = load_module(code)
        for table in (mod.PATTERNS, mod.EXCLUSIONS):
            for regexes in table.values():
                for rx in regexes:
                    _char_items(_parser.parse(rx, FLAGS).data, items)
    assert len(items) > 20
    everything = _all_chars()
    for op, av in items.values():
        sub = _parser.SubPattern(_parser.State(), [(op, av)])
        from re import _compiler  # type: ignore[attr-defined]

        rx = _compiler.compile(sub, FLAGS)
        matched = "".join(rx.findall(everything))
        missing = set(hs_bytes(fold(matched))) - hs_byteset(op, av)
        assert not missing, (op, av, sorted(missing))


def _packs_and_rows():  # type: ignore[no-untyped-def]
    import json
    from pathlib import Path

    from empathy_boundary.packs import load_module

    for path in sorted((Path(__file__).parent / "devset").glob("*.jsonl")):
        mod = load_module(path.stem)
        rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        yield path.stem, CompiledPack.build(path.stem, mod.PATTERNS, mod.EXCLUSIONS), rows


hyperscan_only = pytest.mark.skipif(not __import__("empathy_boundary.engine", fromlist=["x"])._have_hyperscan(),
                                    reason="hyperscan not installed (optional extra 'fast')")


@hyperscan_only
def test_hyperscan_engine_equals_naive_on_devsets_and_odd_unicode(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """fast (Hyperscan prefilter) == naive on every dev-set response, on random recombinations,
    and on versions with casing oddities (\u00df \u0130 \u0131 \u017f Kelvin sign, sigma), curly quotes,
    accents, NBSP, combining marks and a lone surrogate."""
    from empathy_boundary import engine

    monkeypatch.setattr(engine, "_USE_HYPERSCAN", True)  # even when EMPATHY_BOUNDARY_NO_HYPERSCAN is set
    rng = random.Random(11)
    n = 0
    for code, cp, rows in _packs_and_rows():
        assert cp.hyperscan() is not None
        texts = [r["response"] for r in rows]
        for _ in range(60):
            mixed = " ".join(rng.sample(texts, k=min(3, len(texts))))
            texts.append(_random_odd_text(rng, mixed))
            texts.append(mixed.upper())
        for t in texts:
            assert cp.detect(t) == cp.detect_naive(t), (code, ascii(t))
            n += 1
    assert n > 1000


@hyperscan_only
def test_hyperscan_reports_every_position_where_a_regex_matches(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The contract the Hyperscan engine rests on: for every regex of every pack, every position
    where ``re`` can match (not only finditer's) is among the starts the reversed scan reports.
    Random recombinations and odd-Unicode variants of the dev-set responses."""
    from empathy_boundary import engine

    monkeypatch.setattr(engine, "_USE_HYPERSCAN", True)
    rng = random.Random(13)
    checked = 0
    for code, cp, rows in _packs_and_rows():
        hsx = cp.hyperscan()
        assert hsx is not None and not hsx.always  # every built-in regex has a start superset
        anywhere = [re.compile("(?=(?:" + r.rx.pattern + "))", engine.FLAGS) for r in cp._rx]
        texts = [r["response"] for r in rows]
        texts += [_random_odd_text(rng, " ".join(rng.sample(texts, k=min(3, len(texts))))) for _ in range(40)]
        for raw in texts:
            t = normalize(raw)
            if engine.fold_unsafe(t):  # detect() sends these to the naive loop
                continue
            starts = hsx.starts(fold(t))
            for rid, rx in enumerate(anywhere):
                need = {m.start() for m in rx.finditer(t)}
                missing = need - set(starts.get(rid, ()))
                assert not missing, (code, rid, cp._rx[rid].pattern, sorted(missing), ascii(t))
                checked += len(need)
    assert checked > 1500


@hyperscan_only
def test_hyperscan_known_answer_and_fallback(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The installed Hyperscan passes the known-answer check (python-hyperscan 0.7.23-0.9.1 bundle a
    Vectorscan that misses this match; pyproject pins a sound version). A build that fails it is
    not used: the pure-Python prefilter runs, with the same results, and the signature says so."""
    from empathy_boundary import engine

    monkeypatch.setattr(engine, "_hs_sound", None)
    assert engine.hyperscan_sound() is True
    monkeypatch.setattr(engine, "_USE_HYPERSCAN", True)
    monkeypatch.setattr(engine, "_hs_sound", False)
    name = CompiledPack.active_engine()
    assert name.startswith("fast-python")
    code, cp, rows = next(_packs_and_rows())
    assert cp.hyperscan() is None
    for r in rows[:20]:
        assert cp.detect(r["response"]) == cp.detect_naive(r["response"])


def test_python_prefilter_equals_naive_on_devsets_and_odd_unicode(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from empathy_boundary import engine

    monkeypatch.setattr(engine, "_USE_HYPERSCAN", False)
    rng = random.Random(12)
    for code, cp, rows in _packs_and_rows():
        texts = [r["response"] for r in rows]
        texts += [_random_odd_text(rng, " ".join(rng.sample(texts, k=min(2, len(texts))))) for _ in range(60)]
        for t in texts:
            assert cp.detect(t) == cp.detect_naive(t), (code, ascii(t))


def _engine_in_subprocess(**env: str) -> str:
    import os
    import subprocess
    import sys

    e = {k: v for k, v in os.environ.items() if not k.startswith("EMPATHY_BOUNDARY_NO_")}
    e.update(env)
    code = "from empathy_boundary.engine import CompiledPack; print(CompiledPack.active_engine())"
    p = subprocess.run([sys.executable, "-W", "ignore", "-c", code], capture_output=True, text=True, env=e, timeout=120)
    assert p.returncode == 0, p.stderr
    return p.stdout.strip()


def test_engine_name() -> None:
    """The engine name follows from what is installed and from the switches, not from the module's
    own flags: Hyperscan (pinned to a sound version by the extra 'fast') when importable, else the
    Python prefilter with or without Aho-Corasick."""
    import importlib.metadata
    import importlib.util

    have_hs = importlib.util.find_spec("hyperscan") is not None
    have_ac = importlib.util.find_spec("ahocorasick") is not None
    python = "fast-python-ahocorasick" if have_ac else "fast-python"
    if have_hs:
        assert _engine_in_subprocess() == "fast-hyperscan-" + importlib.metadata.version("hyperscan")
    else:
        assert _engine_in_subprocess() == python
    assert _engine_in_subprocess(EMPATHY_BOUNDARY_NO_HYPERSCAN="1") == python
    assert _engine_in_subprocess(EMPATHY_BOUNDARY_NO_HYPERSCAN="1", EMPATHY_BOUNDARY_NO_AHOCORASICK="1") == "fast-python"


def test_word_token_test_is_isalnum_for_every_codepoint() -> None:
    """spacy_words keeps a token when it has a character with str.isalnum(); the regex it uses for
    that must agree with isalnum() on every code point."""
    from empathy_boundary.pack import _ALNUM

    wrong = [c for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF
             and bool(_ALNUM.search(chr(c))) != chr(c).isalnum()]
    assert not wrong, [hex(c) for c in wrong[:10]]


def test_quick_check_accepts_exactly_the_documented_margin() -> None:
    """Declared language accepted when its stop-word share is >= 20 % and >= 1.5x every other
    candidate's (an exact 1.5x tie counts as clear); otherwise "not sure"."""
    from empathy_boundary.langsel import quick_same_language

    tie = "nosotros usted ellos questo quella perro gato mesa sol luz"  # es 3, it 2 of 10 words
    assert quick_same_language(tie, "es", ("es", "it")) is True
    assert quick_same_language(tie.replace("luz", "quindi"), "es", ("es", "it")) is False  # es 3, it 3
    assert quick_same_language(tie, "es", ("es",)) is True
    assert quick_same_language("perro gato casa mesa sol luna mar cielo", "es", ("es", "en")) is False  # share 0
    assert quick_same_language("que de", "es", ("es", "en")) is False  # too few words


@hyperscan_only
def test_hyperscan_engine_runs_regexes_it_cannot_index(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Regexes with back references (no superset) or that can match the empty string are run on
    every text, as patterns and as exclusions, and still give the naive loop's results."""
    from empathy_boundary import engine

    monkeypatch.setattr(engine, "_USE_HYPERSCAN", True)
    cp = CompiledPack.build(
        "xx",
        {"direct_refusal": [r"\bno\b", r"\b(\w+) \1\b"], "apology": [r"\bsorry\b", r"(?:so )?"],
         "acknowledgment": [r"\bI (?:hear|see) you\b"]},
        {"direct_refusal": [r"\b(no) \1\b"], "apology": [r"\bsorry for\b"]},
    )
    hsx = cp.hyperscan()
    assert hsx is not None and len(hsx.always) == 3
    rng = random.Random(5)
    vocab = ["no", "No", "sorry", "for", "so", "I", "hear", "see", "you", "the", "the", "very", ",", "."]
    for _ in range(2000):
        text = " ".join(rng.choice(vocab) for _ in range(rng.randint(0, 12)))
        assert cp.detect(text) == cp.detect_naive(text), text
    assert cp.detect("no no, the the")["direct_refusal"] == ((7, 14),)  # both "no" excluded
