"""Language heads of the multilingual EPITOME heads (version 2.2): for Malay, heads over e5 embeddings
whose probabilities are averaged with the USE heads'; other languages keep the USE heads alone."""

from __future__ import annotations

import json

import numpy as np
import pytest

from empathy_core import Sample, ScoreInput
from empathy_core.plugins import build_registry


def _headset(tmp_path, language_heads, tensors):
    from empathy_metrics.heads import save_headset

    cfg = {"task": "epitome_m", "features": ["r"], "language_heads": language_heads,
           "heads": {"explorations": {"labels": [0, 1, 2], "layers": 1, "activation": "identity"}}}
    base = {"explorations.layers.0.weight": np.zeros((3, 4)), "explorations.layers.0.bias": np.zeros(3)}
    save_headset(tmp_path, "epitome_m", cfg, {**base, **tensors})


def test_language_heads_without_their_tensors_are_a_clear_error(tmp_path):
    from empathy_metrics.heads import HeadSet

    spec = {"ms": {"encoder": "e5-small-q4@0.3.0", "features": ["e5"], "combine": "mean",
                   "heads": {"explorations": {"labels": [0, 1, 2], "layers": 1, "activation": "identity"}}}}
    _headset(tmp_path, spec, {})
    with pytest.raises(ValueError, match=r"epitome_m\.safetensors: the 'ms' language heads lack the tensor "
                                         r"'ms\.explorations\.layers\.0\.weight'"):
        HeadSet("epitome_m", tmp_path)
    _headset(tmp_path, spec, {"ms.explorations.layers.0.weight": np.eye(3, 2), "ms.explorations.layers.0.bias": np.zeros(3)})
    hs = HeadSet("epitome_m", tmp_path)
    p = hs.language_heads["ms"]["heads"]["explorations"].predict_proba(np.array([[2.0, 0.0]]))
    assert p.shape == (1, 3) and p.argmax() == 0
    spec["ms"]["combine"] = "max"
    _headset(tmp_path, spec, {"ms.explorations.layers.0.weight": np.eye(3, 2), "ms.explorations.layers.0.bias": np.zeros(3)})
    with pytest.raises(ValueError, match=r"epitome_m\.json: language heads 'ms': unknown combine 'max'"):
        HeadSet("epitome_m", tmp_path)


@pytest.fixture(scope="module")
def epitome(torch_threads):
    return build_registry().scorer("epitome")


def _item(prompt, response, language):
    return ScoreInput(sample=Sample.from_prompt("x", prompt, language=language), response=response)


def test_malay_probabilities_are_the_mean_of_the_use_and_e5_heads(epitome):
    """Recomputed by hand from the shipped weights: Malay = (USE head + e5 head) / 2; French = USE head."""
    from empathy_metrics.multilingual import get_e5, get_use
    from empathy_metrics.scorers import _sentence_embeddings

    mh = epitome.m_heads
    assert set(mh.language_heads) == {"ms"}, "the shipped epitome_m has Malay e5 heads"
    spec = mh.language_heads["ms"]
    assert spec["combine"] == "mean" and spec["features"] == ["e5", "block"]
    text = "Saya minta maaf sangat, mesti susah untuk awak. Apa yang berlaku selepas itu?"
    items = [_item("Saya gagal peperiksaan.", text, "ms"), _item("J'ai raté mon examen.", text, "fr")]
    res = epitome.score(items)
    r = get_use().encode([text])
    s_emb, owner = _sentence_embeddings([text])
    block = mh.sentence_features(s_emb, owner, 1)
    x_use = np.concatenate([r, block], axis=1)
    x_e5 = np.concatenate([get_e5().encode([text]), block], axis=1)
    for m in ("emotional_reactions", "interpretations", "explorations"):
        p_use = mh.heads[m].predict_proba(x_use)[0]
        p_ms = (p_use + spec["heads"][m].predict_proba(x_e5)[0]) / 2
        got_ms = np.array(res[0].evidence[m]["probabilities"])
        got_fr = np.array(res[1].evidence[m]["probabilities"])
        assert np.allclose(got_ms, p_ms, atol=2e-4), (m, got_ms, p_ms)
        assert np.allclose(got_fr, p_use, atol=2e-4), (m, got_fr, p_use)
        assert res[0].scores[f"epitome.{m}"] == float(p_ms.argmax())
    # the same text in two languages differs only through the Malay heads
    assert res[0].evidence["model"] == res[1].evidence["model"] == "multilingual"


def test_signature_names_the_malay_encoders(epitome):
    sig = epitome.signature_extra()
    assert sig["encoder_ms"].startswith("use-m3@") and "+e5-small-q4@" in sig["encoder_ms"]
    assert sig["encoder_ms"].endswith("(mean)")


def test_shipped_config_records_the_malay_heads_training(epitome):
    cfg = json.loads(epitome.m_heads.config_path.read_text(encoding="utf-8"))
    assert cfg["language_heads"]["ms"]["C"] == 3.0
    dev = cfg["metrics"]["emotional_reactions"]
    assert "ms" in dev["dev"] and "ms" in dev["dev_main_only"]
