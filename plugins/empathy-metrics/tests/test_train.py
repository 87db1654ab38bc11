"""The training command end to end on a small synthetic EPITOME-format file (real MiniLM, real sklearn)."""

from __future__ import annotations

import csv
import json

import pytest

pytest.importorskip("sklearn")

ER = ["", "I'm so sorry. ", "My heart goes out to you, that is heartbreaking. "]
IP = ["", "I understand. ", "I went through the same thing last year and I know how that feels. "]
EX = ["", "Tell me more. ", "What happened next? How are you holding up? "]
FILLER = ["The weather is nice.", "Try a different keyboard.", "Go to bed early.", "Drink more water.", "Read a book."]


def _write_epitome(root, n=90):
    (root / "epitome").mkdir(parents=True)
    with open(root / "epitome" / "train.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["sp_id", "rp_id", "seeker_post", "response_post", "emotional_reactions",
                    "emotional_reactions_rationale", "interpretations", "interpretations_rationale",
                    "explorations", "explorations_rationale"])
        for i in range(n):
            a, b, c = i % 3, (i // 3) % 3, (i // 9) % 3
            text = ER[a] + IP[b] + EX[c] + FILLER[i % len(FILLER)]
            w.writerow([f"s{i}", f"r{i}", f"I feel bad about thing number {i}.", text, a, "", b, "", c, ""])


def test_train_epitome_writes_loadable_weights(tmp_path, torch_threads):
    from empathy_metrics.train import main

    from empathy_core import Sample, ScoreInput
    from empathy_core.plugins import build_registry

    data, out = tmp_path / "data", tmp_path / "weights"
    _write_epitome(data)
    assert main(["epitome", "--data", str(data), "--out", str(out), "--cache", "", "--threads", "1",
                 "--config", json.dumps({"model": "tfidf_lr", "ngram_range": [1, 2], "min_df": 1,
                                         "emb_weight": 1.0, "C": 10.0})]) == 0
    cfg = json.loads((out / "epitome.json").read_text())
    assert cfg["kind"] == "tfidf_emb" and cfg["training"]["fit_rows"] == "0..80"
    for m in ("emotional_reactions", "interpretations", "explorations"):
        assert cfg["metrics"][m]["cv5"]["accuracy"] > 0.8  # the synthetic signal is easy
    sc = build_registry().scorer(f"epitome:weights={out}")
    res = sc.score([ScoreInput(sample=Sample.from_prompt("a", "I feel bad.", language="en"),
                               response=ER[2] + IP[0] + EX[2] + "Read a book.")])[0]
    assert (res.scores["epitome.emotional_reactions"], res.scores["epitome.interpretations"],
            res.scores["epitome.explorations"]) == (2.0, 0.0, 2.0)
    assert f"weights:{out}" in sc.signature()


def test_train_pair_model_and_score_with_it(tmp_path, torch_threads):
    """The experimental pair model (fine-tuned top MiniLM layer): trains, saves, loads, scores."""
    from empathy_metrics.train import main

    from empathy_core import Sample, ScoreInput
    from empathy_core.plugins import build_registry

    data, out = tmp_path / "data", tmp_path / "weights"
    _write_epitome(data, n=30)
    assert main(["epitome", "--data", str(data), "--out", str(out), "--cache", "", "--threads", "2",
                 "--config", json.dumps({"model": "pair", "frozen_layers": 5, "epochs": 1, "lr": 1e-4,
                                         "folds_run": 1})]) == 0
    cfg = json.loads((out / "epitome.json").read_text())
    assert cfg["kind"] == "pair_top" and "cv5_first_1_folds" in cfg["metrics"]["explorations"]
    sc = build_registry().scorer(f"epitome:weights={out}")
    items = [ScoreInput(sample=Sample.from_prompt(str(i), "I feel bad.", language="en"), response=t)
             for i, t in enumerate([ER[2] + EX[2] + "Read a book.", "Go to bed early."])]
    a, b = sc.score(items), sc.score(items[::-1])[::-1]
    for x, y in zip(a, b):
        assert x.unscored is None and x.scores == y.scores
        assert x.scores["epitome.empathy"] == sum(x.scores[f"epitome.{m}"] for m in
                                                  ("emotional_reactions", "interpretations", "explorations"))
