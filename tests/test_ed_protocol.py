"""protocol=ed (MoEL/MIME/CEM normalisation, multi-bleu-equivalent BLEU, corpus Dist-n) and tokenize=none."""

import math

import pytest
import sacrebleu

from empathy_core.models import Sample, ScoreInput
from empathy_core.scorers import ed_protocol as E
from empathy_core.scorers.bleu import BleuScorer
from empathy_core.scorers.distinct import DistinctScorer


@pytest.fixture(autouse=True)
def _fresh_normalize_cache():
    """normalize() is lru-cached: each test computes its texts again (a cached result from an
    earlier test, or from the unmutated code in a mutation run, would hide a bug in the steps)."""
    E.normalize.cache_clear()
    yield
    E.normalize.cache_clear()


def _items(hyps, refs):
    return [ScoreInput(sample=Sample(id=str(i), turns=(), references=tuple(r), language="en"), response=h)
            for i, (h, r) in enumerate(zip(hyps, refs))]


def _agg(sc, items):
    return sc.aggregate(items, sc.score(items))


@pytest.mark.parametrize("text, expected", [
    ("I'm sorry to hear that. What happened?", "i am sorry to hear that . what happened ?"),
    # WORD_PAIRS first ("can't" -> "cannot"), then the word tokenizer splits "cannot" like nltk does
    ("I can't wait!", "i can not wait !"),
    ("That's great!! \"Wow\" she said.", "that is great ! ! `` wow '' she said ."),
    # not in WORD_PAIRS: nltk's clitic split
    ("You shouldn't, he'll see", "you should n't , he 'll see"),
    # substring replacement, as their str.replace does
    ("The bit's end", "the bit is end"),
    ("It was $5.00, ok... fine", "it was $ 5.00 , ok ... fine"),
    # abbreviation / initial / number + lower-case word: no sentence break, the period stays
    ("Mr. Smith came. He left", "mr. smith came . he left"),
    ("I was 5. it was fun", "i was 5. it was fun"),
    ("Wow (really)? Yes.", "wow ( really ) ? yes ."),
    ("", ""),
])
def test_normalize_known_cases(text, expected):
    assert E.normalize(text) == expected


def test_word_pairs_are_cems_list():
    keys = [k for k, _ in E.WORD_PAIRS]
    assert len(keys) == 23 and len(set(keys)) == 23
    assert dict(E.WORD_PAIRS)["can't"] == "cannot" and dict(E.WORD_PAIRS)["i'm"] == "i am"


def test_word_step_agrees_with_nltk_on_ed_text(shared_data):
    nltk_tok = pytest.importorskip("nltk.tokenize", reason="nltk (test extra) not installed").NLTKWordTokenizer()
    ed_valid = shared_data / "empatheticdialogues" / "valid.csv"
    if not ed_valid.is_file():
        pytest.skip("shared ED data not present")
    from empathy_core.loaders.empathetic_dialogues import EmpatheticDialoguesDataset

    samples = EmpatheticDialoguesDataset(path=str(ed_valid)).load()[:1500]
    n = 0
    for s in samples:
        for sent in E.split_sentences(E.expand_contractions(s.references[0].lower())):
            assert E.treebank_tokens(sent) == nltk_tok.tokenize(sent), sent
            n += 1
    assert n > 1500


# A corpus small enough to compute by hand (normalised forms on the right):
#   hyp "I'm sad."     -> i am sad .        ref "I am so sad."  -> i am so sad .
#   hyp "Can't wait!"  -> can not wait !    ref "I can't wait!" -> i can not wait !
# c = 8, r = 10 -> BP = exp(1 - 10/8) = exp(-0.25)
# 1-grams: 4/4 + 4/4 = 8/8; 2-grams: 2/3 + 3/3 = 5/6; 3-grams: 0/2 + 2/2 = 2/4; 4-grams: 0/1 + 1/1 = 1/2
HYPS = ["I'm sad.", "Can't wait!"]
REFS = [["I am so sad."], ["I can't wait!"]]


def test_bleu_protocol_ed_hand_computed():
    bp = math.exp(-0.25)
    expected = {1: bp * 1.0, 2: bp * (5 / 6) ** (1 / 2), 3: bp * (5 / 6 * 1 / 2) ** (1 / 3),
                4: bp * (5 / 6 * 1 / 2 * 1 / 2) ** (1 / 4)}
    sc = BleuScorer(protocol="ed")
    agg = _agg(sc, _items(HYPS, REFS))
    for n, v in expected.items():
        assert agg[f"bleu.bleu_{n}"] == pytest.approx(100 * v, abs=1e-9)
    assert sc.signature().startswith("bleu:1.0|") and "protocol:ed" in sc.signature()
    assert "tok:none" in sc.signature() and E.SIGNATURE in sc.signature() and "smooth:none" in sc.signature()


def test_bleu_protocol_ed_no_smoothing_zero_and_default_differs():
    # only the first pair: no 3-gram matches -> BLEU-3 = BLEU-4 = 0 exactly (no smoothing)
    agg = _agg(BleuScorer(protocol="ed"), _items(HYPS[:1], REFS[:1]))
    bp = math.exp(1 - 5 / 4)
    assert agg["bleu.bleu_1"] == pytest.approx(100 * bp)
    assert agg["bleu.bleu_2"] == pytest.approx(100 * bp * (2 / 3) ** 0.5)
    assert agg["bleu.bleu_3"] == 0.0 and agg["bleu.bleu_4"] == 0.0
    # sacrebleu's default (13a, cased, exp smoothing) gives another number on the same corpus
    default = _agg(BleuScorer(), _items(HYPS, REFS))
    assert default["bleu.bleu_1"] != pytest.approx(_agg(BleuScorer(protocol="ed"), _items(HYPS, REFS))["bleu.bleu_1"])


def test_bleu_protocol_ed_equals_sacrebleu_none_on_normalised_text():
    hyps = ["I'm so sorry. That's awful!", "What happened?", "I don't know, it's hard.", "Good luck!!"]
    refs = [["That is awful. I'm sorry"], ["Oh no, what happened?"], ["It's hard, I know."], ["Good luck with it!"]]
    agg = _agg(BleuScorer(protocol="ed"), _items(hyps, refs))
    nh = [E.normalize(h) for h in hyps]
    nr = [[E.normalize(r[0]) for r in refs]]
    for n in range(1, 5):
        exp = sacrebleu.BLEU(max_ngram_order=n, tokenize="none", lowercase=True, smooth_method="none")
        assert agg[f"bleu.bleu_{n}"] == pytest.approx(exp.corpus_score(nh, nr).score, abs=1e-9)


def test_bleu_protocol_ed_mergeable_equals_aggregate():
    items = _items(HYPS * 3, REFS * 3)
    sc = BleuScorer(protocol="ed")
    whole = _agg(sc, items)
    merged = sc.finalize(sc.merge([sc.partial(items[:2], sc.score(items[:2])), sc.partial(items[2:], sc.score(items[2:]))]))
    assert merged == pytest.approx(whole)


def test_bleu_protocol_bad_values_are_clear():
    with pytest.raises(ValueError, match="protocol must be 'ed'"):
        BleuScorer(protocol="moel")
    with pytest.raises(ValueError, match="protocol=ed fixes tokenize=none"):
        BleuScorer(protocol="ed", tokenize="13a")


def test_bleu_tokenize_none_is_sacrebleus_none_tokenizer():
    hyps, refs = ["hello,world"], [["hello , world"]]
    assert _agg(BleuScorer(tokenize="none", max_order=1), _items(hyps, refs))["bleu.bleu_1"] == 0.0
    # 13a (the default) splits the comma off, so the same pair matches completely
    assert _agg(BleuScorer(max_order=1), _items(hyps, refs))["bleu.bleu_1"] == pytest.approx(100.0)
    sig = BleuScorer(tokenize="none").signature()
    assert "tokenize:none" in sig and "tok:none" in sig
    assert "tok:13a" in BleuScorer(tokenize="").signature() and "tokenize:" not in BleuScorer().signature()


def test_distinct_protocol_ed_hand_computed():
    # "I'm sad. I'm sad." -> i am sad . i am sad .  : 8 unigrams, 4 distinct; 7 bigrams
    # (i am)(am sad)(sad .)(. i)(i am)(am sad)(sad .), 4 distinct
    # + "Can't wait!" -> can not wait ! : 4 unigrams, 4 new; 3 bigrams, 3 new
    items = _items(["I'm sad. I'm sad.", "Can't wait!"], [[], []])
    sc = DistinctScorer(protocol="ed")
    assert sc.aggregate(items, []) == {"distinct.distinct_1": pytest.approx(8 / 12),
                                       "distinct.distinct_2": pytest.approx(7 / 10)}
    # the default tokenizer keeps words only ("I'm" one token): I'm sad I'm sad + Can't wait
    assert DistinctScorer().aggregate(items, [])["distinct.distinct_1"] == pytest.approx(4 / 6)
    assert E.SIGNATURE in sc.signature() and "protocol:ed" in sc.signature()
    assert "protocol" not in DistinctScorer().signature()
    with pytest.raises(ValueError, match="protocol must be 'ed'"):
        DistinctScorer(protocol="cem")


def test_protocol_ed_options_accepted_fixed_and_refused():
    # the values the protocol fixes may be given explicitly
    for kw in ({"tokenize": "none"}, {"smooth": "none"}, {"smooth": "exp"}, {}):
        sc = BleuScorer(protocol="ed", **kw)
        assert (sc.tokenize, sc.lowercase, sc.smooth) == ("none", True, "none")
        sig = sc.signature()
        assert "lowercase:True" in sig and f"norm:{E.SIGNATURE}" in sig
    with pytest.raises(ValueError) as e:
        BleuScorer(protocol="ed", smooth="floor")
    assert str(e.value) == "protocol=ed fixes tokenize=none, lowercase=true and smooth=none: leave those options out"
    assert f"tok:{E.SIGNATURE}" in DistinctScorer(protocol="ed").signature()
    assert DistinctScorer(protocol="ed", lowercase=True).lowercase is True
    with pytest.raises(ValueError) as e:
        DistinctScorer(protocol="ed", lowercase=False)
    assert str(e.value) == "protocol=ed lowercases: leave lowercase out"
    assert DistinctScorer(lowercase=False).lowercase is False  # without the protocol it is allowed


def test_split_sentences_goes_on_after_each_exception():
    # a number + lower-case word, an abbreviation or an ellipsis is no sentence end, and the text
    # after it is still split (the period of "fun." is split off only as the end of a sentence)
    assert E.split_sentences("I was 5. it was fun. So sad") == ["I was 5. it was fun.", "So sad"]
    assert E.split_sentences("Wait... what. So sad") == ["Wait... what.", "So sad"]
    assert E.split_sentences("Dr. Who came. Then left") == ["Dr. Who came.", "Then left"]
    assert E.split_sentences("Why?! \"Because.\"  Fine") == ["Why?!", "\"Because.\"", "Fine"]
    assert E.split_sentences("  ") == [] and E.split_sentences("no end") == ["no end"]
    assert E.normalize("I was 5. it was fun. So sad") == "i was 5. it was fun . so sad"
    assert E.normalize("Wait... what. So sad") == "wait ... what . so sad"
