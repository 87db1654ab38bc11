"""``--context-encoder minilm``: a frozen sentence embedding of the context feeding the emotion head —
shapes, the on-disk feature cache, the option recorded in and restored from the checkpoint, training and
generation end to end (real MiniLM) on the tiny slice."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from empathy_reflectdiffu.context_features import ContextFeatures, context_text, text_key  # noqa: E402
from empathy_reflectdiffu.model import ModelConfig, ReflectDiffu  # noqa: E402

from empathy_core.loaders.empathetic_dialogues import EmpatheticDialoguesDataset  # noqa: E402
from empathy_core.models import Turn  # noqa: E402


def test_context_text_is_the_dialogue_before_the_response() -> None:
    turns = [Turn(role="system", text="be kind"), Turn(role="user", text="I lost my keys."),
             Turn(role="assistant", text="Oh no!"), Turn(role="user", text="And my wallet.")]
    assert context_text(turns) == "I lost my keys. Oh no! And my wallet."


def test_feature_cache_on_disk(tmp_path: Path) -> None:
    seen: list[str] = []

    def embed(texts: list[str]) -> np.ndarray:  # a known function of the text: [len, first char code, 0, ...]
        seen.extend(texts)
        out = np.zeros((len(texts), 384), dtype=np.float32)
        for i, t in enumerate(texts):
            out[i, 0], out[i, 1] = len(t), ord(t[0])
        return out

    cache = tmp_path / "f.npz"
    f = ContextFeatures("minilm", cache_file=cache, embed=embed)
    x = f(["ab", "xyz", "ab"])
    assert x.shape == (3, 384) and x.dtype == np.float32
    assert x[:, :2].tolist() == [[2, 97], [3, 120], [2, 97]]
    assert seen == ["ab", "xyz"] and f.calls == 2  # duplicates embedded once
    with np.load(cache) as z:
        assert sorted(z["keys"].tolist()) == sorted([text_key("ab"), text_key("xyz")])
    g = ContextFeatures("minilm", cache_file=cache, embed=embed)  # a new process: read from disk
    y = g(["xyz", "ab", "new"])
    assert g.calls == 1 and seen[-1] == "new"
    assert np.array_equal(y[:2], x[[1, 0]]) and y[2, 0] == 3
    with pytest.raises(ValueError, match="context encoder must be one of minilm"):
        ContextFeatures("bert")
    bad = ContextFeatures("minilm", embed=lambda t: np.zeros((len(t), 3)))
    with pytest.raises(ValueError, match=r"expected \(1, 384\)"):
        bad(["a"])


def _tiny(**kw) -> ReflectDiffu:
    torch.manual_seed(0)
    return ReflectDiffu(ModelConfig(vocab_size=60, d_model=16, ff=32, n_heads=2, enc_layers=1, dec_layers=1,
                                    diffusion_steps=3, dropout=0.0, **kw)).eval()


def test_emotion_head_sees_the_features() -> None:
    m = _tiny(context_encoder="minilm", context_dim=384)
    src = torch.tensor([[8, 9, 10], [11, 12, 0]])
    era = torch.tensor([[1, 2, 1], [1, 1, 0]])
    ctx = torch.randn(2, 384, requires_grad=True)
    mem = m.memory(src, era, ctx=ctx)
    assert mem["emotion_logits"].shape == (2, 32) and mem["memory"].shape == (2, 3 + 4, 16)
    mem["emotion_logits"][0].sum().backward()
    assert ctx.grad[0].abs().sum() > 0 and ctx.grad[1].abs().sum() == 0  # per sample, through the head
    other = m.memory(src, era, ctx=torch.randn(2, 384))
    assert not torch.allclose(other["emotion_logits"], mem["emotion_logits"])  # the features move the logits
    assert sum(p.numel() for p in m.ctx_proj.parameters()) == 384 * 32 + 32 + 32 * 16 + 16
    with pytest.raises(ValueError, match="needs minilm context features"):
        m.memory(src, era)
    with pytest.raises(ValueError, match=r"shape \(2, 100\), expected \(2, 384\)"):
        m.memory(src, era, ctx=torch.zeros(2, 100))
    plain = _tiny()
    assert not hasattr(plain, "ctx_proj")
    # same everything else: the option adds exactly the projection and its norm
    extra = sum(p.numel() for p in m.parameters()) - sum(p.numel() for p in plain.parameters())
    assert extra == 384 * 32 + 32 + 32 * 16 + 16 + 2 * 16
    with pytest.raises(ValueError, match="baseline is the plain Transformer"):
        ModelConfig(baseline=True, context_encoder="minilm", context_dim=384)
    with pytest.raises(ValueError, match="context_encoder must be none or minilm"):
        ModelConfig(context_encoder="bert")


def test_old_configs_load_without_a_context_encoder() -> None:
    cfg = ModelConfig.from_dict({"d_model": 16})
    assert cfg.context_encoder == "none" and not cfg.use_context


def test_train_record_restore_generate_with_minilm(tiny_data: Path, tmp_path: Path, capsys) -> None:
    pytest.importorskip("empathy_metrics.encoder")
    from empathy_reflectdiffu.checkpoint import Loaded
    from empathy_reflectdiffu.train import TrainArgs, train

    from empathy_core.plugins import build_registry

    out = tmp_path / "ctx"
    kw = dict(train=str(tiny_data), valid=str(tiny_data), out=str(out), batch_size=4, max_valid=None, lr=3e-3,
              warmup=10, patience=1000, threads=1, vocab_size=200, d_model=32, ff=64, layers=1, heads=2,
              max_src=32, max_tgt=40, diffusion_steps=4, dropout=0.0, progress=False, context_encoder="minilm")
    st = train(TrainArgs(epochs=60, **kw))
    meta = json.loads((out / "config.json").read_text())
    assert meta["model"]["context_encoder"] == "minilm" and meta["model"]["context_dim"] == 384
    assert meta["model"]["context_encoder_id"].startswith("all-MiniLM-L6-v2@")
    assert meta["training"]["context_encoder"] == "minilm"
    assert st["history"][-1]["emotion_acc"] == 1.0  # the 4 training emotions are learnt
    samples = EmpatheticDialoguesDataset(path=str(tiny_data)).load()
    with np.load(out / "context_features.npz") as z:  # the 4 contexts, embedded once, unit vectors
        assert z["emb"].shape == (4, 384)
        assert np.allclose(np.linalg.norm(z["emb"], axis=1), 1.0, atol=1e-5)
        cached = dict(zip(z["keys"].tolist(), z["emb"]))
    lm = Loaded(str(out))  # the option is restored from config.json
    assert lm.cfg.use_context and lm.encoder.features is not None
    ex = lm.encoder.encode(samples, with_target=False)
    for s, e in zip(samples, ex):  # generation embeds the same vectors the trainer cached
        assert np.allclose(e["ctx"], cached[text_key(context_text(s.turns))], atol=1e-5)
    gens = build_registry().generator(f"reflectdiffu:checkpoint={out},decoding=greedy").generate(samples)
    assert [g.meta["emotion"] for g in gens] == [s.meta["emotion"] for s in samples]
    assert all(g.text for g in gens)
    # resuming with another context encoder is refused; the same one continues without re-embedding
    with pytest.raises(ValueError, match="--context-encoder 'minilm' -> 'none'"):
        train(TrainArgs(epochs=61, resume=True, **{**kw, "context_encoder": "none"}))
    capsys.readouterr()
    again = train(TrainArgs(epochs=61, resume=True, **kw))
    assert again["step"] == 61
    assert "minilm context features: 0 contexts embedded now" in capsys.readouterr().err


def test_cli_refuses_baseline_with_context_encoder(tiny_data: Path, tmp_path: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "empathy_reflectdiffu.train", "--train", str(tiny_data), "--valid",
                        str(tiny_data), "--out", str(tmp_path / "b"), "--baseline", "--context-encoder", "minilm"],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "takes no --context-encoder" in r.stderr and "Traceback" not in r.stderr


def test_fit_softmax_is_scikit_learns_logistic_regression() -> None:
    sk = pytest.importorskip("sklearn.linear_model")
    from empathy_reflectdiffu.probe import fit_softmax

    rng = np.random.default_rng(0)
    x = rng.normal(size=(300, 6)).astype(np.float32)
    y = (x[:, 0] + 0.5 * x[:, 1] > 0).astype(int) + (x[:, 2] > 1).astype(int)  # 3 classes
    for C in (0.1, 1.0):
        w, b = fit_softmax(x, y, 3, C)
        ref = sk.LogisticRegression(C=C, max_iter=5000, tol=1e-8).fit(x, y)
        ours = torch.softmax(torch.from_numpy(x) @ w.T + b, -1).numpy()
        assert np.allclose(ours, ref.predict_proba(x), atol=2e-3), C


def test_emotion_probe_predicts_from_the_frozen_features_and_is_not_trained() -> None:
    m = _tiny(context_encoder="minilm", context_dim=384, emotion_probe=True)
    src = torch.tensor([[8, 9, 10], [11, 12, 0]])
    era = torch.tensor([[1, 2, 1], [1, 1, 0]])
    ctx = torch.randn(2, 384)
    mem = m.memory(src, era, ctx=ctx)
    assert torch.allclose(mem["emotion_logits"], m.emo_probe(ctx))
    assert torch.equal(mem["pred_emotion"], m.emo_probe(ctx).argmax(-1))
    assert not torch.allclose(mem["emotion_logits_joint"], mem["emotion_logits"])
    batch = {"src": src, "era": era, "ctx": ctx, "emotion": torch.tensor([3, 5]), "intent": torch.tensor([-1, -1]),
             "tgt_in": torch.tensor([[1, 8, 9]]).repeat(2, 1), "tgt_out": torch.tensor([[8, 9, 2]]).repeat(2, 1)}
    m.train()
    out = m(batch)
    joint = torch.nn.functional.cross_entropy(m.memory(src, era, ctx=ctx)["emotion_logits_joint"], batch["emotion"])
    assert torch.allclose(out["emo_ce"], joint.detach(), atol=1e-5)  # the loss is the joint head's
    out["loss"].backward()
    assert m.emo_probe.weight.grad is None  # the probe is fitted after training, never by it
    with pytest.raises(ValueError, match="emotion_probe reads the frozen context embedding"):
        ModelConfig(emotion_probe=True)


def test_fit_emotion_probe_writes_a_checkpoint_that_predicts_with_it(tiny_data: Path, tmp_path: Path) -> None:
    pytest.importorskip("empathy_metrics.encoder")
    from click.testing import CliRunner
    from empathy_reflectdiffu.checkpoint import Loaded
    from empathy_reflectdiffu.cli import group
    from empathy_reflectdiffu.probe import fit_emotion_probe
    from empathy_reflectdiffu.train import TrainArgs, train

    from empathy_core.plugins import build_registry

    run = tmp_path / "run"
    train(TrainArgs(train=str(tiny_data), valid=str(tiny_data), out=str(run), batch_size=4, max_valid=None,
                    lr=3e-3, warmup=10, patience=1000, threads=1, vocab_size=200, d_model=32, ff=64, layers=1,
                    heads=2, max_src=32, max_tgt=40, diffusion_steps=4, dropout=0.0, progress=False,
                    context_encoder="minilm", epochs=10))
    with pytest.raises(ValueError, match="another folder"):
        fit_emotion_probe(str(run), str(tiny_data), str(run), log=lambda m: None)
    out = tmp_path / "probed"
    info = fit_emotion_probe(str(run), str(tiny_data), str(out), c_grid=(1.0, 100.0), log=lambda m: None)
    assert info["contexts"] == 4 and info["C"] in (1.0, 100.0) and len(info["selection"]) == 2
    meta = json.loads((out / "config.json").read_text())
    assert meta["model"]["emotion_probe"] is True and meta["emotion_probe"]["C"] == info["C"]
    lm = Loaded(str(out))
    assert lm.cfg.emotion_probe and lm.model.emo_probe.weight.shape == (32, 384)
    samples = EmpatheticDialoguesDataset(path=str(tiny_data)).load()
    ex = lm.encoder.encode(samples, with_target=False)
    probe_pred = (torch.from_numpy(np.stack([e["ctx"] for e in ex])) @ lm.model.emo_probe.weight.T
                  + lm.model.emo_probe.bias).argmax(-1).tolist()
    gens = build_registry().generator(f"reflectdiffu:checkpoint={out},decoding=greedy").generate(samples)
    from empathy_reflectdiffu.textproc import EMOTIONS

    assert [g.meta["emotion"] for g in gens] == [EMOTIONS[i] for i in probe_pred]
    # the CLI: a checkpoint without a context encoder is a usage error naming its config
    plain = tmp_path / "plain"
    train(TrainArgs(train=str(tiny_data), valid=str(tiny_data), out=str(plain), batch_size=4, max_valid=None,
                    lr=3e-3, warmup=10, patience=1000, threads=1, vocab_size=200, d_model=32, ff=64, layers=1,
                    heads=2, max_src=32, max_tgt=40, diffusion_steps=4, dropout=0.0, progress=False, epochs=2))
    res = CliRunner().invoke(group, ["fit-emotion-probe", "--checkpoint", str(plain), "--train", str(tiny_data),
                                     "--out", str(tmp_path / "x")])
    assert res.exit_code == 2 and "has no context encoder" in res.output and "config.json" in res.output
