import random

import pytest
import sacrebleu

from empathy_core import Sample, ScoreInput
from empathy_core.scorers.bleu import BleuScorer
from empathy_core.scorers.distinct import DistinctScorer, distinct_n
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


def test_distinct_ratios_in_unit_interval():
    rng = random.Random(3)
    items = [ScoreInput(Sample.from_prompt(str(i), "p"), " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 9))))
             for i in range(50)]
    agg = DistinctScorer().aggregate(items, [])
    assert all(0.0 < v <= 1.0 for v in agg.values())


def test_length_counts_words_not_punctuation():
    r = LengthScorer().score([ScoreInput(Sample.from_prompt("1", "p"), "I'm here — always, okay?")])[0]
    assert r.scores == {"length.words": 4.0, "length.characters": 24.0}
