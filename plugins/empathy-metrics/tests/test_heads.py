"""Head storage: safetensors + JSON round trip, numpy inference equals the trained sklearn model."""

from __future__ import annotations

import json

import numpy as np
import pytest
from empathy_metrics.heads import HeadSet, build_features, save_headset

sklearn = pytest.importorskip("sklearn")


def _data(n=300, d=12, k=3, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, d)).astype(np.float32)
    y = (x[:, 0] > 0.5).astype(int) + (x[:, 1] > 0).astype(int)  # 3 classes
    return x, y


@pytest.mark.parametrize("model", ["lr", "mlp"])
def test_exported_head_matches_sklearn(tmp_path, model):
    from empathy_metrics.train import export, make_model

    x, y = _data()
    pipe = make_model({"model": model, "hidden": 16, "C": 1.0}).fit(x, y)
    head_cfg, tensors = export(pipe, "toy", [0, 1, 2])
    save_headset(tmp_path, "toy", {"task": "toy", "features": ["r"], "heads": {"toy": head_cfg}}, tensors)
    hs = HeadSet("toy", tmp_path)
    got = hs.heads["toy"].predict_proba(x)
    np.testing.assert_allclose(got, pipe.predict_proba(x), atol=1e-4)
    assert (got.argmax(1) == pipe.predict(x)).all()
    # the config is plain JSON, the weights are safetensors (no pickle anywhere)
    assert json.loads((tmp_path / "toy.json").read_text())["heads"]["toy"]["labels"] == [0, 1, 2]
    assert (tmp_path / "toy.safetensors").read_bytes()[8:9] == b"{"


def test_hash_changes_with_weights(tmp_path):
    from empathy_metrics.train import export, make_model

    x, y = _data()
    for i, C in enumerate((0.1, 10.0)):
        pipe = make_model({"model": "lr", "C": C}).fit(x, y)
        cfg, t = export(pipe, "toy", [0, 1, 2])
        save_headset(tmp_path / str(i), "toy", {"task": "toy", "features": ["r"], "heads": {"toy": cfg}}, t)
    assert HeadSet("toy", tmp_path / "0").sha256() != HeadSet("toy", tmp_path / "1").sha256()


def test_missing_weights_name_the_training_command(tmp_path):
    with pytest.raises(FileNotFoundError, match="empathy_metrics.train nothing"):
        HeadSet("nothing", tmp_path)


def test_feature_blocks():
    r = np.array([[1.0, 0.0]], dtype=np.float32)
    s = np.array([[0.6, 0.8]], dtype=np.float32)
    x = build_features(["r", "s", "rs", "absdiff", "cos"], r, s)
    np.testing.assert_allclose(x, [[1, 0, 0.6, 0.8, 0.6, 0, 0.4, 0.8, 0.6]], atol=1e-6)
    with pytest.raises(ValueError, match="seeker"):
        build_features(["rs"], r)


def test_numpy_tfidf_equals_sklearn():
    from empathy_metrics.lexical import TOKEN_PATTERN, Tfidf
    from sklearn.feature_extraction.text import TfidfVectorizer

    docs = ["How are you holding up? I'm so sorry!", "That sounds awful. I understand how you feel.",
            "have you tried talking to someone?? sorry sorry", "I know, I KNOW. It is hard.", "ok"]
    vec = TfidfVectorizer(token_pattern=TOKEN_PATTERN, ngram_range=(1, 2), min_df=1, sublinear_tf=True)
    want = vec.fit_transform(docs).toarray()
    vocab = [t for t, _ in sorted(vec.vocabulary_.items(), key=lambda kv: kv[1])]
    got = Tfidf(vocab, vec.idf_, {"token_pattern": TOKEN_PATTERN, "ngram_range": [1, 2], "sublinear_tf": True})
    new = ["Are you OK? sorry to hear that", "unseen words only", ""]
    np.testing.assert_allclose(got.transform(docs), want, atol=1e-12)
    np.testing.assert_allclose(got.transform(new), vec.transform(new).toarray(), atol=1e-12)
    assert "?" in got.index and "you holding" in got.index
