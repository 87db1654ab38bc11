"""The scorers through the ``empathy`` command line (subprocess, real files)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest


def _empathy():
    exe = shutil.which("empathy")
    return [exe] if exe else [sys.executable, "-m", "empathy_core"]


def _run(args, **kw):
    return subprocess.run(_empathy() + args, capture_output=True, text=True, timeout=300, **kw)


def test_empathy_score_with_all_three(tmp_path):
    src = tmp_path / "in.jsonl"
    rows = [
        {"id": "a", "prompt": "My grandmother passed away last week.",
         "response": "I'm so sorry for your loss. How are you coping with it?", "language": "en",
         "meta": {"emotion": "sad", "intent": "questioning"}},
        {"id": "b", "prompt": "Je suis triste.", "response": "Je suis désolé, qu'est-ce qui se passe ?", "language": "fr"},
    ]
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    out, summ = tmp_path / "out.jsonl", tmp_path / "sum.json"
    r = _run(["score", "--input", str(src), "--scorer", "epitome", "--scorer", "response_emotion",
              "--scorer", "response_intent", "--output", str(out), "--summary", str(summ), "--no-progress"])
    assert r.returncode == 0, r.stdout + r.stderr  # a missing or renamed `score` command fails here
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == ["a", "b"]
    # the shipped weights' known answers for row a (the model hashes are in the signatures checked below)
    sa, ev = lines[0]["scores"], lines[0]["evidence"]
    assert {k: sa[k] for k in ("epitome.emotional_reactions", "epitome.interpretations", "epitome.explorations",
                               "epitome.level_sum")} == {"epitome.emotional_reactions": 2.0, "epitome.interpretations": 0.0,
                                                         "epitome.explorations": 2.0, "epitome.level_sum": 4.0}
    assert sa["epitome.empathy"] == pytest.approx(2.722, abs=2e-3)  # the rating model's expected crowd rating
    assert ev["epitome"]["model"] == "minilm"
    assert ev["response_emotion"]["label"] == "devastated" and ev["response_emotion"]["coarse"] == "negative"
    assert ev["response_emotion"]["gold"] == "sad"
    assert sa["response_emotion.accuracy"] == 0.0 and sa["response_emotion.coarse_accuracy"] == 1.0  # devastated ≠ sad
    assert sa["response_emotion.negative"] == pytest.approx(0.9072, abs=2e-3)
    assert sa["response_emotion.confidence"] == pytest.approx(0.4657, abs=2e-3)
    assert sa["response_intent.label"] == 5.0 and ev["response_intent"]["label"] == "sympathizing"
    assert sa["response_intent.accuracy"] == 0.0  # gold: questioning
    assert sa["response_intent.confidence"] == pytest.approx(0.9502, abs=2e-3)
    blob_b = json.dumps(lines[1])
    # French: epitome through the multilingual heads; the English-only scorers unscored with a reason
    # naming the language (the runner's capability check or the scorer's own gate)
    sb = lines[1]["scores"]
    assert {k: sb[k] for k in ("epitome.emotional_reactions", "epitome.interpretations", "epitome.explorations")} == {
        "epitome.emotional_reactions": 2.0, "epitome.interpretations": 0.0, "epitome.explorations": 1.0}
    assert sb["epitome.empathy"] == pytest.approx(2.139, abs=2e-3) and lines[1]["evidence"]["epitome"]["model"] == "multilingual"
    assert "response_intent.label" not in blob_b
    assert set(lines[1]["unscored"]) == {"response_emotion", "response_intent"}
    assert all("'fr'" in why for why in lines[1]["unscored"].values())
    summary = json.loads(summ.read_text())
    sigs = json.dumps(summary)
    assert "model:epitome@" in sigs and "encoder:all-MiniLM-L6-v2@" in sigs
    assert summary["n"] == 2 and summary["response_intent.share_sympathizing"] == 1.0
    assert summary["epitome.level_sum"] == 3.5  # the mean over both rows (4 and 3)
    assert summary["epitome.empathy"] == pytest.approx((2.722 + 2.139) / 2, abs=3e-3)


def test_metrics_train_command_is_registered():
    r = _run(["metrics", "train", "--help"])
    assert r.returncode == 0, r.stdout + r.stderr  # a missing or renamed command group fails here
    assert "epitome" in r.stdout and "--search" in r.stdout
