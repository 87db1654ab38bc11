"""The sentence block (sentences.py): splitting, rationale labels, pooling, and a clear error for a
weights file that declares a block but lacks its tensors."""

from __future__ import annotations

import json

import numpy as np
import pytest
from empathy_metrics import sentences as S


def test_split_sentences_keeps_offsets_and_order():
    t = "I'm sorry.  That sucks!\nWhat happened? ok"
    got = S.split_sentences(t)
    assert [s for _, _, s in got] == ["I'm sorry.", "That sucks!", "What happened?", "ok"]
    for a, b, s in got:
        assert t[a:b].strip() == s
    assert S.split_sentences("") == [(0, 0, "")]
    assert S.split_sentences("no end mark") == [(0, 11, "no end mark")]
    assert [s for *_, s in S.split_sentences("¿Qué pasó? Lo siento。真的！好")] == ["¿Qué pasó?", "Lo siento。", "真的！", "好"]


def test_rationale_labels_mark_overlapping_sentences():
    t = "That is awful. I went through the same. Drink water."
    # one fragment inside sentence 2, one spanning the end of 1 and start of 2, and noise shorter than 3
    assert S.rationale_labels(t, "the same|") == [0, 1, 0]
    assert S.rationale_labels(t, "awful. I went|") == [1, 1, 0]
    assert S.rationale_labels(t, "") == [0, 0, 0]
    assert S.rationale_labels(t, ".|a|not in the text|") == [0, 0, 0]


def test_pool_max_mean_top2_per_text():
    p = np.array([0.2, 0.9, 0.5, 0.1, 0.7])
    owner = np.array([0, 0, 0, 2, 2])  # text 1 has no sentence: zeros
    got = S.pool(p, owner, 3)
    np.testing.assert_allclose(got[0], [0.9, (0.2 + 0.9 + 0.5) / 3, (0.9 + 0.5) / 2])
    np.testing.assert_allclose(got[1], [0, 0, 0])
    np.testing.assert_allclose(got[2], [0.7, 0.4, 0.4])


def test_block_is_a_sigmoid_of_a_linear_sentence_model():
    emb = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    owner = np.array([0, 0, 1])
    models = {"a": (np.array([2.0, -1.0]), 0.5)}
    got = S.block(models, emb, owner, 2, ["a"])
    sig = lambda z: 1 / (1 + np.exp(-z))  # noqa: E731
    s = sig(np.array([2.5, -0.5, 1.5]))
    np.testing.assert_allclose(got, [[s[0], (s[0] + s[1]) / 2, (s[0] + s[1]) / 2], [s[2], s[2], s[2]]])


def test_headset_with_a_block_but_no_sentence_tensors_is_a_clear_error(tmp_path):
    from empathy_metrics.heads import HeadSet, save_headset

    cfg = {"task": "epitome_m", "features": ["r"], "sentence_block": {"weight": 1.0, "mechanisms": ["explorations"]},
           "heads": {"explorations": {"labels": [0, 1, 2], "layers": 1, "activation": "identity"}}}
    tensors = {"explorations.layers.0.weight": np.zeros((3, 4)), "explorations.layers.0.bias": np.zeros(3)}
    save_headset(tmp_path, "epitome_m", cfg, tensors)
    with pytest.raises(ValueError, match=r"epitome_m\.safetensors: sentence block: no sentence\.explorations"):
        HeadSet("epitome_m", tmp_path)
    tensors.update({"sentence.explorations.weight": np.ones((1, 2)), "sentence.explorations.bias": np.array([0.0])})
    save_headset(tmp_path, "epitome_m", cfg, tensors)
    hs = HeadSet("epitome_m", tmp_path)
    f = hs.sentence_features(np.array([[1.0, 1.0]]), np.array([0]), 1)
    assert f.shape == (1, 3) and np.allclose(f, 1 / (1 + np.exp(-2.0)))
    assert json.loads((tmp_path / "epitome_m.json").read_text())["sentence_block"]["weight"] == 1.0


def test_out_of_fold_sentence_features_never_come_from_a_model_that_saw_the_row():
    """``_Sentences.oof``: every English row's features, and every translated row's (via its English
    original), come from sentence models fitted without that row; rows outside the fitting set get
    the model fitted on all of it."""
    pytest.importorskip("sklearn")
    from empathy_metrics.labels import MECHANISMS
    from empathy_metrics.train import _Sentences

    rng = np.random.default_rng(0)
    n, per = 40, 2
    sd = object.__new__(_Sentences)
    sd.n = n
    sd.en_owner = np.repeat(np.arange(n), per)
    sd.en_emb = rng.normal(size=(n * per, 8)).astype(np.float32)
    sd.labels = {m: rng.integers(0, 2, n * per) for m in MECHANISMS}
    sd.tr_row = np.array([3, 3, 17, 35, 38])  # translations of rows 3 (twice), 17, 35 (fit rows) and 38 (not)
    sd.tr_owner = np.repeat(np.arange(len(sd.tr_row)), per)
    sd.tr_emb = rng.normal(size=(len(sd.tr_row) * per, 8)).astype(np.float32)
    seen: list[set[int]] = []
    real_fit = _Sentences.fit

    def fit(self, rows):
        seen.append({int(r) for r in rows})
        models = real_fit(self, rows)
        # tag each model with its call number in the bias, so a feature tells which model made it
        return {m: (np.zeros_like(w), float(len(seen))) for m, (w, b) in models.items()}

    sd.fit = fit.__get__(sd)
    rows = np.arange(36)  # rows 36..39 are not fitting rows
    f_en, f_t, full = sd.oof(rows, [0, 1, 2, 3, 4])
    sig = 1 / (1 + np.exp(-np.arange(1, 10, dtype=float)))
    model_of = lambda v: int(np.argmin(np.abs(sig - v[0]))) + 1  # noqa: E731  call number from the pooled max
    for i, r in enumerate(rows):
        assert int(r) not in seen[model_of(f_en[i]) - 1]
    for k, orig in enumerate(sd.tr_row):
        trained_on = seen[model_of(f_t[k]) - 1]
        if orig < 36:
            assert int(orig) not in trained_on  # out of fold, like its English original
        else:
            assert trained_on == set(range(36))  # not a fitting row: the model on all fitting rows
    assert len(seen) == 6  # five inner folds + one full fit (row 38's translation, and returned)
    assert seen[int(full["interpretations"][1]) - 1] == set(range(36))  # the returned models saw every fitting row
