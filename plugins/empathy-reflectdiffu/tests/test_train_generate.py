"""The trainer, checkpoints, the generator, the scorers and the CLI, end to end on a tiny model."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("torch")

from empathy_core.loaders.empathetic_dialogues import EmpatheticDialoguesDataset  # noqa: E402
from empathy_core.models import Sample, ScoreInput  # noqa: E402
from empathy_core.plugins import build_registry  # noqa: E402


def test_plugin_module_does_not_import_torch() -> None:
    code = ("import sys, empathy_reflectdiffu.plugin as p; from empathy_core.plugins import build_registry; "
            "r = build_registry(); r.entry('generators', 'reflectdiffu'); r.scorer('emotion'); "
            "assert p.EMPATHY_CORE_API == '1'; print('torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_tiny_model_overfits(tiny_checkpoint, tiny_data) -> None:
    out, st = tiny_checkpoint
    hist = st["history"]
    assert hist[-1]["loss"] < hist[0]["loss"] / 3  # the loss falls
    for name in ("model.safetensors", "config.json", "tokenizer.json", "era_lexicon.json", "last.safetensors",
                 "optim.safetensors", "trainer_state.json"):
        assert (out / name).is_file()
    samples = EmpatheticDialoguesDataset(path=str(tiny_data)).load()
    gen = build_registry().generator(f"reflectdiffu:checkpoint={out},decoding=greedy")
    gens = gen.generate(samples)
    # greedy generation reproduces the memorised targets
    assert [g.text for g in gens] == [s.references[0] for s in samples]
    assert all(g.meta["emotion"] == s.meta["emotion"] for g, s in zip(gens, samples))
    assert all(g.meta["intent"] in {"sympathizing", "encouraging", "questioning", "suggesting", "acknowledging",
                                    "agreeing", "consoling", "wishing", "neutral"} for g in gens)
    beams = build_registry().generator(f"reflectdiffu:checkpoint={out},decoding=beam,steps=2").generate(samples)
    assert [g.text for g in beams] == [s.references[0] for s in samples]


def test_checkpoint_round_trip_identical(tiny_checkpoint, tiny_data, tmp_path: Path) -> None:
    import shutil

    import torch
    from empathy_reflectdiffu.checkpoint import Loaded, save_model
    from empathy_reflectdiffu.textproc import collate

    out, _ = tiny_checkpoint
    a = Loaded(str(out))
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    save_model(a.model, copy)  # re-save the loaded weights
    b = Loaded(str(copy))
    samples = EmpatheticDialoguesDataset(path=str(tiny_data)).load()
    batch = collate(a.encoder.encode(samples, with_target=True))
    for key, va in a.model.state_dict().items():
        assert torch.equal(va, b.model.state_dict()[key]), key
    for dec in ("greedy", "sample"):
        assert a.model.generate(batch["src"], batch["era"], decoding=dec) == \
            b.model.generate(batch["src"], batch["era"], decoding=dec)
    assert a.model.reference_nll(batch) == b.model.reference_nll(batch)


def test_resume_continues_from_trainer_state(tiny_checkpoint, tiny_data, tmp_path: Path) -> None:
    from empathy_reflectdiffu.train import TrainArgs, train

    kw = dict(train=str(tiny_data), valid=str(tiny_data), out=str(tmp_path / "r"), batch_size=2, max_valid=None,
              threads=1, vocab_size=200, d_model=16, ff=32, layers=1, heads=2, max_src=32, max_tgt=16,
              diffusion_steps=3, progress=False, patience=100)
    first = train(TrainArgs(epochs=1, **kw))
    assert first["step"] == 2 and first["epoch"] == 1
    again = train(TrainArgs(epochs=2, resume=True, **kw))
    assert again["step"] == 4 and again["epoch"] == 2 and len(again["history"]) == 2
    assert json.loads((tmp_path / "r" / "trainer_state.json").read_text())["done"] is True


def test_scorers() -> None:
    reg = build_registry()
    s = Sample.from_prompt("1", "hi", meta={"emotion": "sad", "intent": "questioning"})
    items = [ScoreInput(s, "x", {"emotion": "sad", "intent": "consoling"}), ScoreInput(s, "y", {}),
             ScoreInput(Sample.from_prompt("2", "hi"), "z", {"emotion": "sad"})]
    emo = reg.scorer("emotion")
    res = emo.score(items)
    assert res[0].scores == {"emotion.accuracy": 1.0}
    assert res[1].unscored and "predicted no emotion" in res[1].unscored
    assert res[2].unscored and "no gold emotion" in res[2].unscored
    assert emo.aggregate(items, res) == {"emotion.accuracy": 1.0}
    ires = reg.scorer("intent").score(items)
    assert ires[0].scores == {"intent.accuracy": 0.0}
    assert type(reg.scorer("perplexity")).capabilities.higher_is_better["perplexity"] is False


def test_perplexity_scorer(tiny_checkpoint, tiny_data) -> None:
    import math

    out, st = tiny_checkpoint
    samples = EmpatheticDialoguesDataset(path=str(tiny_data)).load()
    sc = build_registry().scorer(f"perplexity:checkpoint={out}")
    items = [ScoreInput(s, "ignored") for s in samples] + [ScoreInput(Sample.from_prompt("n", "hi"), "x")]
    res = sc.score(items)
    assert res[-1].unscored == "no reference"
    agg = sc.aggregate(items, res)
    nll = sum(r.scores["perplexity.nll"] for r in res[:-1])
    tok = sum(r.scores["perplexity.tokens"] for r in res[:-1])
    assert agg["perplexity.perplexity"] == pytest.approx(math.exp(nll / tok))
    assert agg["perplexity.perplexity"] < 2.0  # memorised references are near-certain


def test_empathy_run_cli(tiny_checkpoint, tiny_data, tmp_path: Path) -> None:
    out, _ = tiny_checkpoint
    db = tmp_path / "runs.sqlite"
    env = {**os.environ, "EMPATHY_DB": str(db)}
    cmd = [sys.executable, "-m", "empathy_core.cli", "run", "--dataset", f"empathetic_dialogues:path={tiny_data}",
           "--generator", f"reflectdiffu:checkpoint={out}", "--scorer", "bleu", "--scorer", "emotion",
           "--scorer", "intent", "--scorer", f"perplexity:checkpoint={out}", "--name", "tiny", "--no-progress"]
    r = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    rep = subprocess.run([sys.executable, "-m", "empathy_core.cli", "report", "tiny", "--format", "json"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert rep.returncode == 0, rep.stderr[-2000:]
    text = rep.stdout
    for key in ("bleu.bleu_1", "emotion.accuracy", "intent.accuracy", "perplexity.perplexity"):
        assert key in text
    data = json.loads(text)
    flat = json.dumps(data)
    assert '"emotion.accuracy": 1.0' in flat
