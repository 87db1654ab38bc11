import math
import random

import pytest
import sacrebleu

from empathy_core import Sample, ScoreInput
from empathy_core.scorers.bleu import BleuScorer
from empathy_core.scorers.distinct import DistinctScorer, distinct_n, ngrams
from empathy_core.scorers.length import LengthScorer

WORDS = "i you feel sad happy sorry that sounds hard what happened really glad to hear it . , ! ?".split()


def _corpus(rng, n):
    def sent():
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 18)))

    hyps = [sent() for _ in range(n)]
    refs = [[sent() for _ in range(rng.randint(1, 3))] for _ in range(n)]
    return hyps, refs


@pytest.mark.parametrize("seed", range(6))
def test_bleu_matches_sacrebleu_on_random_corpora(seed):
    rng = random.Random(seed)
    hyps, refs = _corpus(rng, rng.randint(1, 60))
    items = [ScoreInput(Sample.from_prompt(str(i), "p", references=r), h) for i, (h, r) in enumerate(zip(hyps, refs))]
    sc = BleuScorer()
    agg = sc.aggregate(items, sc.score(items))
    width = max(len(r) for r in refs)
    streams = [[r[i] if i < len(r) else None for r in refs] for i in range(width)]
    for n in range(1, 5):
        expected = sacrebleu.BLEU(max_ngram_order=n).corpus_score(hyps, streams).score
        assert agg[f"bleu.bleu_{n}"] == pytest.approx(expected, abs=1e-9)


def test_bleu_single_reference_exact_and_unscored_without_reference():
    hyps = ["the cat sat on the mat", "hello there my friend"]
    refs = ["the cat sat on a mat", "hello there friend"]
    items = [ScoreInput(Sample.from_prompt(str(i), "p", references=(r,)), h) for i, (h, r) in enumerate(zip(hyps, refs))]
    items.append(ScoreInput(Sample.from_prompt("x", "p"), "no reference here"))
    sc = BleuScorer()
    res = sc.score(items)
    assert res[2].unscored == "no reference"
    agg = sc.aggregate(items, res)
    for n in range(1, 5):
        assert agg[f"bleu.bleu_{n}"] == pytest.approx(sacrebleu.BLEU(max_ngram_order=n).corpus_score(hyps, [refs]).score)
    assert "sacrebleu:" in sc.signature() and "tok:13a" in sc.signature()


def test_distinct_hand_checked():
    # tokens: [a b a b] [a c]  -> unigrams 6 total, distinct {a,b,c}=3 -> 0.5
    # bigrams: (a b)(b a)(a b) + (a c) = 4 total, distinct 3 -> 0.75
    toks = [["a", "b", "a", "b"], ["a", "c"]]
    assert distinct_n(toks, 1) == 0.5
    assert distinct_n(toks, 2) == 0.75
    assert distinct_n([["x"]], 2) is None
    items = [ScoreInput(Sample.from_prompt("1", "p"), "A b, a B!"), ScoreInput(Sample.from_prompt("2", "p"), "a c")]
    sc = DistinctScorer()
    agg = sc.aggregate(items, sc.score(items))
    assert agg == {"distinct.distinct_1": 0.5, "distinct.distinct_2": 0.75}
    agg_cased = DistinctScorer(lowercase="false").aggregate(items, [])
    assert agg_cased["distinct.distinct_1"] == pytest.approx(5 / 6)


def test_distinct_known_values_with_punctuation_and_case():
    # words (punctuation dropped, lowercased): [i feel sad i feel sad] [sad really sad]
    # unigrams: 9 in all, {i, feel, sad, really} = 4 distinct -> 4/9
    # bigrams: (i feel)(feel sad)(sad i)(i feel)(feel sad) + (sad really)(really sad) = 7, 5 distinct -> 5/7
    items = [ScoreInput(Sample.from_prompt("1", "p"), "I feel sad. I feel sad!"),
             ScoreInput(Sample.from_prompt("2", "p"), "Sad, really sad.")]
    sc = DistinctScorer()
    assert sc.aggregate(items, []) == {"distinct.distinct_1": pytest.approx(4 / 9), "distinct.distinct_2": pytest.approx(5 / 7)}
    per = sc.score(items)
    # per response: 3/6 and 2/4 unigrams; 3/5 and 2/2 bigrams
    assert per[0].scores == {"distinct.response_distinct_1": 0.5, "distinct.response_distinct_2": 0.6}
    assert per[1].scores == {"distinct.response_distinct_1": 2 / 3, "distinct.response_distinct_2": 1.0}


@pytest.mark.parametrize("tokens, n, grams", [
    (["a", "b", "c"], 1, [("a",), ("b",), ("c",)]),
    (["a", "b", "c"], 2, [("a", "b"), ("b", "c")]),
    (["a", "b", "c"], 3, [("a", "b", "c")]),
    (["a", "b", "c"], 4, []),
    (["a"], 1, [("a",)]),
    ([], 1, []),
])
def test_ngrams_boundaries(tokens, n, grams):
    assert ngrams(tokens, n) == grams


@pytest.mark.parametrize("corpus, n, expected", [
    ([["a", "a", "a"]], 1, 1 / 3),
    ([["a", "a", "a"]], 2, 1 / 2),   # (a a) twice
    ([["a", "a", "a"]], 3, 1.0),     # exactly one trigram
    ([["a", "a", "a"]], 4, None),    # sentence shorter than n
    ([["x"]], 1, 1.0),
    ([["x"]], 2, None),
    ([["a", "b"], ["a", "b"]], 2, 1 / 2),  # n-grams never span two responses
    ([["a", "b"], ["b", "a"]], 2, 1.0),
    ([["a", "b"], ["c"]], 2, 1.0),          # "c" has no bigram; (b c) is not formed
    ([[], []], 1, None),
    ([], 1, None),
])
def test_distinct_n_hand_computed(corpus, n, expected):
    assert distinct_n(corpus, n) == (pytest.approx(expected) if expected is not None else None)


def test_distinct_max_n_three_per_response():
    # "a a a b": unigrams 4, 2 distinct; bigrams (a a)(a a)(a b) 3, 2 distinct; trigrams (a a a)(a a b) 2, 2 distinct
    items = [ScoreInput(Sample.from_prompt("1", "p"), "a a a b"), ScoreInput(Sample.from_prompt("2", "p"), "  ")]
    sc = DistinctScorer(max_n=3)
    per = sc.score(items)
    assert per[0].scores == {"distinct.response_distinct_1": 0.5, "distinct.response_distinct_2": 2 / 3,
                             "distinct.response_distinct_3": 1.0}
    assert per[1].scores == {}  # no token: no ratio, never a 0
    assert sc.aggregate(items, per) == {"distinct.distinct_1": 0.5, "distinct.distinct_2": 2 / 3,
                                        "distinct.distinct_3": 1.0}
    assert DistinctScorer(max_n=1).aggregate(items, []) == {"distinct.distinct_1": 0.5}


def _bleu(hyps, refs, **opts):
    items = [ScoreInput(Sample.from_prompt(str(i), "p", references=tuple(r)), h) for i, (h, r) in enumerate(zip(hyps, refs))]
    sc = BleuScorer(**opts)
    return sc.aggregate(items, sc.score(items))


@pytest.mark.parametrize("hyps, refs, bleu1, bleu2", [
    # shorter than the reference: all unigrams/bigrams right, BP = exp(1 - 6/2) = exp(-2)
    (["the cat"], [["the cat sat on the mat"]], 100 * math.exp(-2), 100 * math.exp(-2)),
    # longer than the reference: no penalty, p1 = 6/7, p2 = 5/6
    (["the cat sat on the mat today"], [["the cat sat on the mat"]], 100 * 6 / 7, 100 * math.sqrt(6 / 7 * 5 / 6)),
    # same length: p1 = 3/4, p2 = 2/3, BP = 1
    (["a b c d"], [["a b c e"]], 75.0, 100 * math.sqrt(3 / 4 * 2 / 3)),
    # corpus-level BP: lengths summed first (5 vs 7), BP = exp(1 - 7/5)
    (["a b", "x y z"], [["a b c d"], ["x y z"]], 100 * math.exp(-0.4), 100 * math.exp(-0.4)),
    # closest reference length (3 of 3 and 5) for the brevity penalty: exp(1 - 3/2)
    (["a b"], [["a b c", "a b c d e"]], 100 * math.exp(-0.5), 100 * math.exp(-0.5)),
    # a tie in distance (6 and 2 from 4) takes the shorter reference: no penalty
    (["a b c d"], [["a b c d e f", "a b"]], 100.0, 100.0),
    # the penalty does not depend on the order of the references
    (["a b"], [["a b c d e", "a b c"]], 100 * math.exp(-0.5), 100 * math.exp(-0.5)),
])
def test_bleu_brevity_penalty_hand_computed(hyps, refs, bleu1, bleu2):
    agg = _bleu(hyps, refs)
    assert agg["bleu.bleu_1"] == pytest.approx(bleu1, abs=1e-9)
    assert agg["bleu.bleu_2"] == pytest.approx(bleu2, abs=1e-9)


def test_bleu_max_order_and_options():
    agg = _bleu(["a b c d"], [["a b c d"]], max_order=2)
    assert agg == {"bleu.bleu_1": pytest.approx(100.0), "bleu.bleu_2": pytest.approx(100.0)}
    assert _bleu(["The Cat"], [["the cat"]])["bleu.bleu_1"] == 0.0
    assert _bleu(["The Cat"], [["the cat"]], lowercase="true")["bleu.bleu_1"] == pytest.approx(100.0)
    assert _bleu([], []) == {}
    with pytest.raises(ValueError, match="between 1 and 8"):
        BleuScorer(max_order=0)
    with pytest.raises(ValueError, match="between 1 and 8"):
        BleuScorer(max_order=9)
    assert BleuScorer(max_order=8).max_order == 8 and BleuScorer(max_order=1).max_order == 1


def test_bleu_sentence_scores():
    items = [ScoreInput(Sample.from_prompt("1", "p", references=("a b c d",)), "a b c d"),
             ScoreInput(Sample.from_prompt("2", "p", references=("a b c d",)), "a b c e")]
    sc = BleuScorer(sentence="true")
    res = sc.score(items)
    assert res[0].scores == {"bleu.sentence_bleu": pytest.approx(100.0)}
    assert res[1].scores["bleu.sentence_bleu"] == pytest.approx(
        sacrebleu.BLEU(effective_order=True).sentence_score("a b c e", ["a b c d"]).score)
    agg = sc.aggregate(items, res)
    assert agg["bleu.sentence_bleu"] == pytest.approx((100.0 + res[1].scores["bleu.sentence_bleu"]) / 2)
    assert agg["bleu.bleu_1"] == pytest.approx(100 * 7 / 8)
    assert BleuScorer().score(items)[0].scores == {}


def test_length_counts_words_not_punctuation():
    r = LengthScorer().score([ScoreInput(Sample.from_prompt("1", "p"), "I'm here — always, okay?")])[0]
    assert r.scores == {"length.words": 4.0, "length.characters": 24.0}


@pytest.mark.parametrize("text, words, chars", [
    ("", 0.0, 0.0),
    ("   ", 0.0, 3.0),
    ("...!?", 0.0, 5.0),
    ("one", 1.0, 3.0),
    ("Je t'aime, vraiment.", 3.0, 20.0),
])
def test_length_cases(text, words, chars):
    for lang in (None, "zz"):  # no pack for "zz": the core's Unicode word tokenizer, as without a language
        r = LengthScorer().score([ScoreInput(Sample.from_prompt("1", "p", language=lang), text)])[0]
        assert r.scores == {"length.words": words, "length.characters": chars}


# -- language packs, options and signatures (cases found by mutation testing) ----------------------

class _CharPack:
    """A plugin with one language pack, "xx", whose tokenizer yields single characters."""

    from empathy_core import hookimpl as _hookimpl

    @staticmethod
    @_hookimpl
    def register_languages(register):
        from empathy_core.base import LanguagePack

        class CharPack(LanguagePack):
            def tokenize(self, text):
                return [c for c in text if not c.isspace()]

        register("xx", lambda: CharPack(code="xx", name="chars", version="1"))


@pytest.fixture
def char_pack_registry(monkeypatch):
    from empathy_core import plugins

    reg = plugins.build_registry(entrypoints=False, extra=[("charpack", _CharPack)])
    monkeypatch.setattr(plugins, "_REGISTRY", reg)
    return reg


def test_scorers_use_the_language_packs_tokenizer(char_pack_registry):
    items = [ScoreInput(Sample.from_prompt("1", "p", language="xx"), "ab ab"),
             ScoreInput(Sample.from_prompt("2", "p", language="en"), "ab ab")]
    length = LengthScorer().score(items)
    assert length[0].scores["length.words"] == 4.0  # characters a b a b
    assert length[1].scores["length.words"] == 2.0  # no "en" pack in this registry: Unicode words
    per = DistinctScorer().score(items)
    assert per[0].scores == {"distinct.response_distinct_1": 0.5, "distinct.response_distinct_2": 2 / 3}
    assert per[0].language == "xx" and per[1].language == "en"
    assert per[1].scores == {"distinct.response_distinct_1": 0.5, "distinct.response_distinct_2": 1.0}


def test_distinct_lowercases_not_uppercases():
    # "ß".upper() is "SS": upper-casing would merge "straße" and "strasse"; lower-casing keeps them apart
    items = [ScoreInput(Sample.from_prompt("1", "p"), "Straße strasse")]
    assert DistinctScorer().aggregate(items, [])["distinct.distinct_1"] == 1.0


def test_signatures():
    assert DistinctScorer().signature() == "distinct:1.0|max_n:2|lowercase:True|tok:language-pack|unicode-words"
    assert LengthScorer().signature() == "length:1.0"
    assert BleuScorer().signature() == f"bleu:1.0|max_order:4|lowercase:False|smooth:exp|sentence:False|tok:13a|sacrebleu:{sacrebleu.__version__}"
    assert "|tokenize:char|" in BleuScorer(tokenize="char").signature() and "|tok:char|" in BleuScorer(tokenize="char").signature()


def test_bleu_error_message_is_exact():
    with pytest.raises(ValueError, match=r"^max_order must be between 1 and 8$"):
        BleuScorer(max_order=0)


def test_bleu_tokenize_option_is_used():
    # 13a: one token each, "abc" vs "cab", no match; char: the characters a, b, c all match
    assert _bleu(["abc"], [["cab"]])["bleu.bleu_1"] == 0.0
    assert _bleu(["abc"], [["cab"]], tokenize="char")["bleu.bleu_1"] == pytest.approx(100.0)


@pytest.mark.parametrize("opts, hyp, ref, expected", [
    ({}, "a b", "a b", 100.0),                                   # effective order: no 3/4-grams, still 100
    ({"max_order": 1}, "a b c d", "a b c e", 75.0),              # unigram precision only
    ({"lowercase": "true"}, "The Cat", "the cat", 100.0),
    ({"tokenize": "char", "max_order": 1}, "abc", "cab", 100.0),
])
def test_sentence_bleu_options(opts, hyp, ref, expected):
    sc = BleuScorer(sentence="true", **opts)
    (r,) = sc.score([ScoreInput(Sample.from_prompt("1", "p", references=(ref,)), hyp)])
    assert r.scores["bleu.sentence_bleu"] == pytest.approx(expected)
