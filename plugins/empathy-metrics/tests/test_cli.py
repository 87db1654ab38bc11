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
    if r.returncode != 0 and "No such command" in r.stderr:
        pytest.skip("this empathy-core has no `empathy score` command")
    assert r.returncode == 0, r.stdout + r.stderr
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 2
    blob_a, blob_b = json.dumps(lines[0]), json.dumps(lines[1])
    for key in ("epitome.empathy", "epitome.explorations", "response_emotion.negative",
                "response_emotion.accuracy", "response_intent.label", "response_intent.accuracy"):
        assert f'"{key}"' in blob_a
    # unscored with a reason naming the language (the runner's capability check or the scorer's own gate)
    assert "epitome.empathy" not in blob_b and "response_intent.label" not in blob_b
    assert set(lines[1]["unscored"]) == {"epitome", "response_emotion", "response_intent"}
    assert all("'fr'" in why for why in lines[1]["unscored"].values())
    summary = json.loads(summ.read_text())
    sigs = json.dumps(summary)
    assert "model:epitome@" in sigs and "encoder:all-MiniLM-L6-v2@" in sigs


def test_metrics_train_command_is_registered():
    r = _run(["metrics", "train", "--help"])
    if r.returncode != 0 and "No such command" in r.stderr:
        pytest.skip("this empathy-core's CLI does not call register_commands")
    assert r.returncode == 0, r.stderr
    assert "epitome" in r.stdout and "--search" in r.stdout
