"""The training recipe: label smoothing, warm-up + Noam (inverse-sqrt) schedule, early stopping on
validation perplexity with patience, resuming with the same recipe — on a tiny slice."""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")

from empathy_reflectdiffu.train import TrainArgs, lr_at, train  # noqa: E402


def _args(**kw) -> TrainArgs:
    return TrainArgs(train="", valid="", out="", **kw)


def test_noam_and_cosine_schedules_known_values() -> None:
    a = _args(lr=1e-3, warmup=100, schedule="noam")
    assert lr_at(a, 0, 1000) == pytest.approx(1e-5)            # warm-up: lr * 1/100
    assert lr_at(a, 99, 1000) == pytest.approx(1e-3)           # peak at the end of warm-up
    assert lr_at(a, 399, 1000) == pytest.approx(5e-4)          # lr * sqrt(100/400)
    assert lr_at(a, 9999, 1000) == pytest.approx(1e-4)         # no floor, no dependence on the plan
    # = NoamOpt(factor 1, d 300, warmup 8000): d**-0.5 * min(s**-0.5, s * w**-1.5), s = step + 1
    noam = _args(lr=300 ** -0.5 * 8000 ** -0.5, warmup=8000, schedule="noam")
    for step in (0, 500, 7999, 8000, 20000):
        s = step + 1
        assert lr_at(noam, step, 1) == pytest.approx(300 ** -0.5 * min(s ** -0.5, s * 8000 ** -1.5))
    c = _args(lr=1e-3, warmup=100)
    assert lr_at(c, 100, 1100) == pytest.approx(1e-3) and lr_at(c, 1100, 1100) == pytest.approx(1e-4)
    assert lr_at(c, 600, 1100) == pytest.approx(1e-4 + 0.9e-3 * 0.5)
    with pytest.raises(ValueError, match="schedule"):
        _args(schedule="linear")
    with pytest.raises(ValueError, match="stop_on"):
        _args(stop_on="bleu")


def test_label_smoothing_loss_hand_computed() -> None:
    from empathy_reflectdiffu.model import PAD, ModelConfig, ReflectDiffu

    torch.manual_seed(0)
    model = ReflectDiffu(ModelConfig(vocab_size=12, d_model=16, n_heads=2, ff=32, baseline=True, dropout=0.0)).eval()
    src = torch.tensor([[7, 8, 9, PAD]])
    batch = {"src": src, "era": torch.zeros_like(src), "tgt_in": torch.tensor([[2, 10, 11]]),
             "tgt_out": torch.tensor([[10, 11, PAD]])}
    logp = model.decode(model.memory(src, batch["era"]), src, batch["tgt_in"])[0]
    nll = -(logp[0, 10] + logp[1, 11]) / 2
    smooth = -(logp[0].mean() + logp[1].mean()) / 2
    plain, ls = model(batch), model(batch, label_smoothing=0.1)
    assert plain["l_res"].item() == pytest.approx(nll.item(), rel=1e-5)
    assert ls["l_res"].item() == pytest.approx(0.9 * nll.item() + 0.1 * smooth.item(), rel=1e-5)
    assert ls["nll_sum"].item() == pytest.approx(plain["nll_sum"].item())  # perplexity stays unsmoothed
    # = torch's own CE label smoothing for a plain softmax model
    ref = torch.nn.functional.nll_loss(logp[:2], torch.tensor([10, 11]))
    assert ref.item() == pytest.approx(nll.item(), rel=1e-5)
    ce = torch.nn.functional.cross_entropy(logp[:2], torch.tensor([10, 11]), label_smoothing=0.1)
    assert ce.item() == pytest.approx(ls["l_res"].item(), rel=1e-5)


VALID = [  # dialogues unlike the training ones: memorising the 4 training replies raises their perplexity
    ("v1", "proud", "My son graduated.", [
        ("speaker", "My son graduated from college today.", "proud"),
        ("listener", "that is a big day, you must be proud.", "acknowledging")]),
    ("v2", "lonely", "Moved to a new city.", [
        ("speaker", "I moved to a new city and know nobody here.", "lonely"),
        ("listener", "have you tried joining a club?", "suggesting")]),
]


def _write(path: Path, dialogues) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["split", "conv_id", "utterance_idx", "emotion", "situation", "role", "utterance", "ei_label"])
        for cid, emo, sit, utts in dialogues:
            for i, (role, text, label) in enumerate(utts, start=1):
                w.writerow(["valid", cid, i, emo, sit, role, text, label])
    return path


def test_early_stopping_on_ppl_with_patience_and_resume(tiny_data, tmp_path: Path) -> None:
    valid = _write(tmp_path / "valid.csv", VALID)
    out = tmp_path / "run"
    kw = dict(train=str(tiny_data), valid=str(valid), out=str(out), batch_size=4, max_valid=None, lr=1e-2,
              warmup=2, schedule="noam", label_smoothing=0.1, stop_on="ppl", patience=2, eval_every=1,
              threads=1, vocab_size=200, d_model=32, ff=64, layers=1, heads=2, max_src=32, max_tgt=20,
              diffusion_steps=2, dropout=0.0, progress=False)
    st = train(TrainArgs(epochs=200, **kw))
    hist = st["history"]
    assert st["stop_reason"] == "patience" and len(hist) < 200
    best = min(hist, key=lambda r: r["ppl"])
    assert st["best"] == best
    # it stopped exactly `patience` evaluations after the best one
    assert hist.index(best) == len(hist) - 1 - 2
    assert all(r["ppl"] >= best["ppl"] for r in hist[-2:])
    # model.safetensors holds the best weights: re-evaluating them gives the best perplexity
    from empathy_reflectdiffu.checkpoint import Loaded

    cfg = json.loads((out / "config.json").read_text())
    assert cfg["training"]["schedule"] == "noam" and cfg["training"]["label_smoothing"] == 0.1
    assert cfg["result"]["best_valid"]["ppl"] == best["ppl"]
    assert math.isfinite(best["ppl"]) and Loaded(str(out)).model is not None
    # the weights of the best emotion accuracy are kept beside (the first evaluation reaching the maximum)
    best_emo = max(hist, key=lambda r: r["emotion_acc"])
    assert st["best_emotion"] == best_emo and (out / "best_emotion.safetensors").is_file()
    if best_emo is not best:  # a different evaluation: different weights
        from safetensors.torch import load_file

        a, b = load_file(str(out / "best_emotion.safetensors")), load_file(str(out / "model.safetensors"))
        assert any(not torch.equal(a[k], b[k]) for k in a)
    # resuming a finished (patience) run does nothing; resuming with another recipe is refused
    again = train(TrainArgs(epochs=200, resume=True, **kw))
    assert again["history"] == hist
    with pytest.raises(ValueError, match=r"another recipe.*--label-smoothing 0.1 -> 0.0"):
        train(TrainArgs(epochs=200, resume=True, **{**kw, "label_smoothing": 0.0}))


def test_resume_is_exact_with_the_recipe(tiny_data, tmp_path: Path) -> None:
    """Two epochs in one go == one epoch, then --resume to two (noam + label smoothing)."""
    from safetensors.torch import load_file

    kw = dict(train=str(tiny_data), valid=str(tiny_data), batch_size=2, max_valid=None, lr=5e-3, warmup=2,
              schedule="noam", label_smoothing=0.1, stop_on="ppl", patience=100, threads=1, vocab_size=200,
              d_model=32, ff=64, layers=1, heads=2, max_src=32, max_tgt=20, diffusion_steps=2, dropout=0.0,
              progress=False)
    train(TrainArgs(out=str(tmp_path / "a"), epochs=2, **kw))
    train(TrainArgs(out=str(tmp_path / "b"), epochs=1, **kw))
    train(TrainArgs(out=str(tmp_path / "b"), epochs=2, resume=True, **kw))
    a = load_file(str(tmp_path / "a" / "last.safetensors"))
    b = load_file(str(tmp_path / "b" / "last.safetensors"))
    assert a.keys() == b.keys()
    for k in a:
        assert torch.allclose(a[k], b[k], atol=1e-6), k


def test_max_minutes_counts_this_invocation_after_a_resume(tiny_data, tmp_path: Path) -> None:
    """--max-minutes caps the time of this invocation: a resumed run whose earlier sessions already
    trained longer than the cap still trains (it used to stop at once, counting the earlier time)."""
    kw = dict(train=str(tiny_data), valid=str(tiny_data), out=str(tmp_path / "run"), batch_size=2, max_valid=None,
              lr=5e-3, warmup=2, schedule="noam", stop_on="ppl", patience=100, threads=1, vocab_size=200,
              d_model=32, ff=64, layers=1, heads=2, max_src=32, max_tgt=20, diffusion_steps=2, dropout=0.0,
              progress=False)
    first = train(TrainArgs(epochs=1, **kw))
    state_path = tmp_path / "run" / "trainer_state.json"
    state = json.loads(state_path.read_text(encoding="utf-8"))
    state["train_seconds"] = 36_000.0  # ten hours in earlier sessions
    state_path.write_text(json.dumps(state), encoding="utf-8")
    again = train(TrainArgs(epochs=2, resume=True, max_minutes=10, **kw))
    assert again["epoch"] == 2 and again["step"] == 2 * first["step"]
    assert again["stop_reason"] != "time" and again["train_seconds"] > 36_000.0
