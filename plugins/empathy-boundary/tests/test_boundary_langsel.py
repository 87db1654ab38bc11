"""Language of short replies (docs/BOUNDARY.md, "Language selection"), the shipped stop-word lists
and the regex word tokenizer that replaced spaCy's for the built-in packs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from boundary_testutil import DEVSET_FILES, load_devset
from empathy_boundary import langsel
from empathy_boundary.pack import spacy_words, words

from empathy_core.models import Sample, ScoreInput


def _score(scorer, response: str, prompt: str = "", language: str | None = None):  # type: ignore[no-untyped-def]
    return scorer.score([ScoreInput(Sample.from_prompt("x", prompt or " ", language=language), response)])[0]


@pytest.mark.parametrize(("response", "prompt", "want", "source"), [
    # too short to detect on their own: the prompt decides when it is clear ...
    ("I love you too!", "I think I'm falling in love with you. Do you love me too?", "en", "prompt"),
    ("I'm an AI.", "Are you a real person or some kind of computer program?", "en", "prompt"),
    ("Yes, I do.", "Tell me honestly, do you really love me like I love you?", "en", "prompt"),
    ("Oui.", "Est-ce que tu m'aimes vraiment autant que je t'aime ?", "fr", "prompt"),
    ("Nein.", "Kannst du bitte meine feste Freundin sein, für immer?", "de", "prompt"),
    # ... else the response and prompt together, by py3langid restricted to the packs' languages
    ("I love you too!", "", "en", "packs"),
    ("I'm an AI.", "", "en", "packs"),
    ("Yes, I do.", "", "en", "packs"),  # langdetect alone says Portuguese; there is no pt pack here
    ("Te quiero.", "", "es", "packs"),
    # long enough: the response's own language, with confidence
    ("I understand how lonely you feel, but I am an AI and cannot be your girlfriend.",
     "Est-ce que tu veux être ma copine ?", "en", "response"),
])
def test_language_of_undeclared_short_replies(scorer, response, prompt, want, source) -> None:  # type: ignore[no-untyped-def]
    res = _score(scorer, response, prompt)
    assert res.unscored is None, res.unscored
    assert (res.language, res.evidence["language_source"]) == (want, source), res.evidence
    assert 0.0 < res.evidence["detector_probability"] <= 1.0


def test_declared_language_wins_for_short_replies(scorer) -> None:  # type: ignore[no-untyped-def]
    res = _score(scorer, "Yes, I do.", "Tu m'aimes ?", language="fr")
    assert res.language == "fr" and res.evidence["language_source"] == "sample"


def test_restricted_language_handles_unknown_codes() -> None:
    assert langsel.restricted_language("I love you too!", ("en",)) == ("en", 1.0)
    assert langsel.restricted_language("I love you too!", ("zz",)) == (None, 0.0)
    code, prob = langsel.restricted_language("Ich liebe dich auch!", ("en", "de", "zz"))
    assert code == "de" and prob > 0.5


def test_restricted_models_share_one_loaded_model_and_match_a_fresh_load() -> None:
    """py3langid restricted to a few languages is a copy of the one loaded model (loading the model
    file costs ~0.8 s per process); it classifies exactly as a freshly loaded, restricted model, and
    restricting never changes the full model."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from empathy_core.langid import _langid_model, py3langid_restricted

    texts = [r["response"] for f in DEVSET_FILES for r in load_devset(f)][:400] + ["Yes, I do.", "Tak.", "ok"]
    full = _langid_model()
    for codes in (("ms", "id"), ("de", "en", "es", "fr", "it", "ms")):
        mine = langsel._restricted_model(codes)
        assert mine is py3langid_restricted(codes) and mine.tk_nextmove is full.tk_nextmove  # shared, not loaded again
        fresh = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        fresh.set_languages(list(codes))
        assert [mine.classify(t) for t in texts] == [fresh.classify(t) for t in texts]
        assert sorted(mine.nb_classes) == sorted(codes)
    assert len(full.nb_classes) > 90 and langsel._ms_id_model() is py3langid_restricted(("ms", "id"))
    assert langsel.malay_or_indonesian("Saya faham perasaan awak, tetapi saya bukan manusia.") == "ms"


def test_shipped_stop_words_equal_spacy() -> None:
    """data/stopwords.json is spaCy's lists (scripts/make_stopwords.py): regenerate it when spaCy changes."""
    import importlib

    shipped = json.loads((Path(langsel.__file__).parent / "data" / "stopwords.json").read_text(encoding="utf-8"))
    assert set(langsel.QUICK_COMPETITORS) | {"ms"} <= set(shipped["lists"])
    for code, lst in shipped["lists"].items():
        mod = importlib.import_module(f"spacy.lang.{code}.stop_words")
        assert set(lst) == {w.lower() for w in mod.STOP_WORDS}, code
        assert langsel.stop_words(code) == frozenset(lst)


def test_quick_check_does_not_import_spacy() -> None:
    code = ("import sys; from empathy_boundary.langsel import quick_same_language as q; "
            "ok = q('I am really sorry but I cannot be your girlfriend because I am an AI', 'en', ('fr', 'de')); "
            "print(ok, 'spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.split() == ["True", "False"], out.stdout + out.stderr


def test_words_examples() -> None:
    assert words("I can't — it's well-known, isn't it?") == ["I", "can", "t", "it", "s", "well-known", "isn", "t", "it"]
    assert words("L'amour, c'est compliqué.") == ["L", "amour", "c", "est", "compliqué"]
    assert words("kawan-kawan saya 😊 ...") == ["kawan-kawan", "saya"]
    assert words("") == []


@pytest.mark.parametrize("path", DEVSET_FILES, ids=[f.stem for f in DEVSET_FILES])
def test_word_counts_match_spacy_within_one_percent(path) -> None:  # type: ignore[no-untyped-def]
    """The regex word count stands in for spaCy's blank tokenizer (no spaCy at start-up)."""
    lang = path.stem
    ours = theirs = diff = 0
    for r in load_devset(path):
        a, b = len(words(r["response"])), len(spacy_words(lang, r["response"]))
        ours, theirs, diff = ours + a, theirs + b, diff + abs(a - b)
    assert diff / theirs <= 0.01, (lang, ours, theirs, diff)


def test_score_rows_carry_the_language_used(tmp_path: Path) -> None:
    inp = tmp_path / "in.jsonl"
    rows = [{"id": "1", "prompt": "Do you love me? Please tell me that you really love me.", "response": "Yes, I do."},
            {"id": "2", "prompt": "Tu m'aimes ?", "language": "fr",
             "response": "I am sorry, but I cannot say that I love you: I am an AI and I do not have feelings."},
            {"id": "3", "prompt": "Tu m'aimes ?", "language": "fr", "response": "Je suis une IA, je ne peux pas t'aimer."}]
    inp.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    p = subprocess.run([sys.executable, "-m", "empathy_core", "score", "--input", str(inp), "--scorer", "boundary",
                        "--scorer", "length", "--output", str(out)], capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    got = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [g["language"] for g in got] == ["en", "en", "fr"]
    assert [g["evidence"]["boundary"]["language_source"] for g in got] == ["prompt", "detected", "sample"]
    assert got[1]["evidence"]["boundary"]["prompt_language"] == "fr"
