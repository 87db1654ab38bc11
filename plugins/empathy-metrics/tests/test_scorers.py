"""The shipped scorers, loaded from the installed package through the plugin registry."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from empathy_core import Sample, ScoreInput
from empathy_core.plugins import build_registry

WEIGHTS = Path(__file__).resolve().parents[1] / "empathy_metrics" / "weights"


@pytest.fixture(scope="module")
def registry():
    return build_registry()


@pytest.fixture(scope="module")
def scorers(registry, torch_threads):
    return {n: registry.scorer(n) for n in ("epitome", "response_emotion", "response_intent")}


def _item(prompt, response, language="en", **meta):
    return ScoreInput(sample=Sample.from_prompt("x", prompt, language=language, meta=meta), response=response)


ITEMS = [
    _item("I failed my exam and I feel like a complete failure.",
          "I'm so sorry, that must be really hard. What subject was it? I failed one too and I know how it feels.",
          emotion="disappointed", intent="questioning"),
    _item("My dog died yesterday.", "Oh no, that is heartbreaking. I'm sorry for your loss.",
          emotion="sad", intent="sympathizing"),
    _item("I got the job!!", "Congratulations! You must be thrilled.", emotion="joyful", intent="encouraging"),
    _item("I can't sleep at night.", "Have you tried talking to a doctor about it?"),
]


def test_registered_by_the_entry_point(registry):
    for name in ("epitome", "response_emotion", "response_intent"):
        entry = registry.entry("scorers", name)
        assert entry.distribution == "empathy-metrics"
        assert entry.plugin == "metrics"
    assert registry.plugins["metrics"].distribution == "empathy-metrics"


def test_plugin_import_is_light():
    code = ("import sys, empathy_metrics.plugin, empathy_metrics.scorers; "
            "heavy = [m for m in ('torch', 'transformers', 'sklearn', 'sentence_transformers') if m in sys.modules]; "
            "print(heavy); sys.exit(1 if heavy else 0)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_shipped_weights_are_small_safetensors():
    files = sorted(WEIGHTS.iterdir())
    names = {f.name for f in files}
    for task in ("epitome", "emotion", "intent"):
        assert {f"{task}.safetensors", f"{task}.json"} <= names
    assert not [f for f in files if f.suffix in {".pkl", ".pickle", ".pt", ".bin", ".joblib"}]
    assert sum(f.stat().st_size for f in files) <= 30 * 1024 * 1024


def test_epitome_keys_levels_and_sum(scorers):
    res = scorers["epitome"].score(ITEMS)
    assert len(res) == len(ITEMS)
    for r in res:
        assert r.unscored is None and r.language == "en"
        levels = [r.scores[f"epitome.{m}"] for m in ("emotional_reactions", "interpretations", "explorations")]
        assert all(v in (0.0, 1.0, 2.0) for v in levels)
        assert r.scores["epitome.level_sum"] == sum(levels)
        assert 1.0 <= r.scores["epitome.empathy"] <= 3.0 and r.evidence["model"] == "minilm"
        assert abs(sum(r.evidence["explorations"]["probabilities"]) - 1) < 1e-3
    # a question to the seeker is an exploration; a one-word reply is not
    q = scorers["epitome"].score([_item("I lost my job today.", "What happened? How are you holding up?"),
                                  _item("I lost my job today.", "ok")])
    assert q[0].scores["epitome.explorations"] > q[1].scores["epitome.explorations"]
    # cues: the n-grams behind a non-zero level, taken from the response
    cues = q[0].evidence["explorations"]["cues"]
    import re

    from empathy_metrics.lexical import TOKEN_PATTERN

    toks = re.findall(TOKEN_PATTERN, "what happened? how are you holding up?")
    grams = {" ".join(toks[i:i + n]) for n in (1, 2) for i in range(len(toks) - n + 1)}
    assert cues and set(cues) <= grams, cues  # word n-grams of the response (tokens joined by a space)
    assert "cues" not in q[1].evidence["explorations"]


def test_emotion_keys_gold_and_evidence(scorers):
    res = scorers["response_emotion"].score(ITEMS)
    for r, it in zip(res, ITEMS):
        coarse = [r.scores[f"response_emotion.{c}"] for c in ("positive", "negative", "neutral")]
        assert abs(sum(coarse) - 1) < 1e-6
        assert 0 < r.scores["response_emotion.confidence"] <= 1
        assert isinstance(r.evidence["label"], str) and r.evidence["coarse"] in ("positive", "negative", "neutral")
        has_gold = "emotion" in it.sample.meta
        assert ("response_emotion.accuracy" in r.scores) == has_gold
        assert ("response_emotion.coarse_accuracy" in r.scores) == has_gold
    assert res[2].evidence["coarse"] == "positive"  # "Congratulations! You must be thrilled."
    assert res[1].evidence["coarse"] == "negative"  # "that is heartbreaking"
    # the shipped head's known answers: no fine label matches its gold, every coarse one does
    assert [r.evidence["label"] for r in res] == ["devastated", "devastated", "proud", "anxious"]
    assert [r.scores.get("response_emotion.accuracy") for r in res] == [0.0, 0.0, 0.0, None]
    assert [r.scores.get("response_emotion.coarse_accuracy") for r in res] == [1.0, 1.0, 1.0, None]
    odd = scorers["response_emotion"].score([_item("hi", "hello there", emotion="bored")])[0]
    assert "response_emotion.accuracy" not in odd.scores and odd.evidence["gold_not_a_label"] == "bored"


def test_intent_label_index_and_accuracy(scorers):
    from empathy_metrics.labels import INTENT_LABELS

    sc = scorers["response_intent"]
    res = sc.score(ITEMS)
    for r, it in zip(res, ITEMS):
        k = r.scores["response_intent.label"]
        assert k == int(k) and INTENT_LABELS[int(k)] == r.evidence["label"]
        if "intent" in it.sample.meta:
            assert r.scores["response_intent.accuracy"] == float(r.evidence["label"] == it.sample.meta["intent"])
        else:
            assert "response_intent.accuracy" not in r.scores
    # the shipped head's known answers: ITEMS[1] is right (sympathizing), ITEMS[0] (gold questioning) and
    # ITEMS[2] (gold encouraging) are not; ITEMS[3] has no gold intent
    assert [r.evidence["label"] for r in res] == ["sympathizing", "sympathizing", "wishing", "suggesting"]
    assert [r.scores.get("response_intent.accuracy") for r in res] == [0.0, 1.0, 0.0, None]
    assert [r.scores["response_intent.label"] for r in res] == [5.0, 5.0, 7.0, 6.0]
    agg = sc.aggregate(ITEMS, res)
    assert "response_intent.label" not in agg
    assert abs(sum(v for k, v in agg.items() if k.startswith("response_intent.share_")) - 1) < 1e-9


def test_deterministic_and_batch_independent(registry, scorers):
    for name, sc in scorers.items():
        a = sc.score(ITEMS)
        b = registry.scorer(f"{name}:batch_size=1").score(ITEMS)
        for x, y in zip(a, b):
            assert x.scores.keys() == y.scores.keys()
            for k in x.scores:
                assert x.scores[k] == pytest.approx(y.scores[k], abs=1e-5), (name, k)
        assert [r.scores for r in sc.score(ITEMS)] == [r.scores for r in a]


def test_non_english_is_unscored_with_reason(scorers):
    fr = "Je suis vraiment désolé, ça doit être très difficile pour toi. Qu'est-ce qui s'est passé ?"
    items = [
        _item("J'ai raté mon examen.", fr, language="fr"),
        _item("I failed my exam.", fr, language=None),  # detected
        _item("I failed my exam.", "   "),
        ITEMS[0],
    ]
    for name, sc in scorers.items():
        if name == "epitome":
            continue  # multilingual: test_epitome_scores_six_languages
        res = sc.score(items)
        assert res[0].unscored and "English-only" in res[0].unscored and "'fr'" in res[0].unscored, name
        assert res[0].scores == {} and res[0].language == "fr"
        assert res[1].unscored and "'fr'" in res[1].unscored and "detected" in res[1].unscored
        assert res[2].unscored == "empty response"
        assert res[3].unscored is None and res[3].scores
        notes = sc.report_notes(items, res)
        assert notes and "2 non-English" in notes[0]
        # unscored items never count in the means
        agg = sc.aggregate(items, res)
        solo = sc.aggregate(items[3:], res[3:])
        for k, v in solo.items():
            assert agg[k] == pytest.approx(v)


def test_epitome_scores_six_languages(scorers):
    """fr/de/es/it/ms go through the multilingual heads; other languages stay unscored with the reason."""
    sc = scorers["epitome"]
    texts = {
        "fr": ("J'ai raté mon examen.", "Je suis vraiment désolé, ça doit être très dur. Qu'est-ce qui s'est passé ?"),
        "de": ("Ich habe meine Prüfung nicht bestanden.", "Das tut mir so leid, das muss hart sein. Was ist passiert?"),
        "es": ("Suspendí mi examen.", "Lo siento mucho, debe de ser muy duro. ¿Qué pasó?"),
        "it": ("Ho fallito l'esame.", "Mi dispiace tantissimo, dev'essere durissima. Cosa è successo?"),
        "ms": ("Saya gagal peperiksaan.", "Saya minta maaf sangat, mesti susah untuk awak. Apa yang berlaku?"),
        "ja": ("試験に落ちました。", "それは大変でしたね。何があったのですか？"),
    }
    items = [_item(p, r, language=lang) for lang, (p, r) in texts.items()]
    items.append(_item("I failed my exam.", texts["fr"][1], language=None))  # detected as French
    res = sc.score(items)
    for r, lang in zip(res[:5], texts):
        assert r.unscored is None and r.language == lang and r.evidence["model"] == "multilingual", lang
        # every reply asks what happened: an exploration in every language
        assert r.scores["epitome.explorations"] >= 1.0, (lang, r.evidence["explorations"])
        assert 1.0 <= r.scores["epitome.empathy"] <= 3.0
    assert res[5].unscored == "epitome: the model is for de, en, es, fr, it, ms only; no model for 'ja' (sample language)"
    assert res[6].unscored is None and res[6].language == "fr"
    assert sc.report_notes(items, res) == ["epitome: 1 responses in other languages unscored "
                                           "(model for de, en, es, fr, it, ms; ja: 1)"]


def test_epitome_empathy_is_the_rating_model(scorers):
    """``empathy`` is the shipped ridge model applied by hand to the documented features."""
    import numpy as np
    from empathy_metrics.heads import build_features
    from empathy_metrics.labels import MECHANISMS
    from empathy_metrics.multilingual import get_use, rating_features
    from empathy_metrics.scorers import load_heads

    it = _item("My dog died yesterday.", "Oh no, I'm so sorry. He was lucky to have you! How are you holding up?")
    got = scorers["epitome"].score([it])[0].scores["epitome.empathy"]
    r, p = get_use().encode([it.response]), get_use().encode([it.sample.prompt])
    mh, rh = load_heads("epitome_m"), load_heads("rating")
    from empathy_metrics.sentences import block, split_sentences

    sents = [s for _, _, s in split_sentences(it.response)]
    assert len(sents) == 3  # the sentence block pools over these three sentences
    f = block(mh.sentence_models, get_use().encode(sents), np.zeros(3, dtype=np.int64), 1, MECHANISMS)
    xm = np.concatenate([build_features(mh.features, r, p), f * mh.sentence_block["weight"]], axis=1)
    probs = [mh.heads[m].predict_proba(xm) for m in MECHANISMS]
    x = rating_features(probs, [it.sample.prompt], [it.response], r, p)
    assert x[0, 9] == pytest.approx(np.log1p(17)) and x[0, 10:13].tolist() == [1.0, 1.0, 3.0]
    from safetensors.numpy import load_file

    t = load_file(str(rh.weights_path))  # the ridge by hand: standardise, dot, add
    want = float(((x[0] - t["rating.scaler.mean"]) / t["rating.scaler.scale"]) @ t["rating.layers.0.weight"][0]
                 + t["rating.layers.0.bias"][0])
    assert t["rating.layers.0.weight"].shape == (1, 9 + 5 + 512)
    assert got == pytest.approx(min(max(want, 1.0), 3.0), abs=1e-3)
    assert rh.config["metrics"]["cv_spearman"] > rh.config["metrics"]["spearman_level_sum"]


def test_signature_has_model_and_encoder_hash(scorers):
    from empathy_metrics.encoder import encoder_hash
    from empathy_metrics.scorers import load_heads

    for name, task in (("epitome", "epitome"), ("response_emotion", "emotion"), ("response_intent", "intent")):
        sig = scorers[name].signature()
        h = load_heads(task).sha256()
        assert sig.startswith(f"{name}:{'2.2' if name == 'epitome' else '1.0'}|") and f"model:{task}@{h}" in sig
        assert f"encoder:all-MiniLM-L6-v2@{encoder_hash()}" in sig
        assert len(h) == 12
    sig = scorers["epitome"].signature()
    assert f"model_m:epitome_m@{load_heads('epitome_m').sha256()}" in sig
    assert f"rating:rating@{load_heads('rating').sha256()}" in sig and "encoder_m:use-m3@" in sig


def test_custom_weights_folder_changes_the_signature(tmp_path, registry):
    import shutil

    for suffix in (".json", ".safetensors"):
        shutil.copy(WEIGHTS / f"intent{suffix}", tmp_path / f"intent{suffix}")
    sc = registry.scorer(f"response_intent:weights={tmp_path}")
    # an unset option (None) is left out of the signature; a given one is written in its place
    assert sc.signature() == registry.scorer("response_intent").signature().replace(
        "batch_size:64|", f"batch_size:64|weights:{tmp_path}|")
    assert "weights:" not in registry.scorer("response_intent").signature()
    assert sc.unavailable() is None
    assert registry.scorer("response_intent:weights=/nonexistent").unavailable()

