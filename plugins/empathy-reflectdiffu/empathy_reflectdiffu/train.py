"""The trainer: seeded, length-bucketed batches, AdamW with warm-up + cosine or inverse-sqrt (Noam)
decay, optional label smoothing, early stopping on the validation loss or perplexity with patience,
resumable from safetensors/JSON trainer state (never pickle)."""

from __future__ import annotations

import json
import math
import random
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .checkpoint import save_model, write_json
from .model_names import CONTEXT_ENCODERS


@dataclass
class TrainArgs:
    train: str
    valid: str
    out: str
    device: str = "cpu"
    epochs: int = 10
    ablation: str = "none"
    baseline: bool = False
    max_train: int | None = None
    max_valid: int | None = 2000
    valid_skip: int = 0
    batch_size: int = 32
    lr: float = 7e-4
    warmup: int = 300
    seed: int = 13
    patience: int = 3
    eval_every: int = 0  # 0: once per epoch
    max_minutes: float | None = None
    resume: bool = False
    threads: int = 2
    vocab_size: int = 8000
    d_model: int = 256
    ff: int = 512
    layers: int = 2
    heads: int = 4
    max_src: int = 96
    max_tgt: int = 40
    diffusion_steps: int = 20
    delta: float = 1.0
    zeta: float = 1.0
    eta: float = 1.0
    dropout: float = 0.1
    #: "cosine": linear warm-up to lr, cosine to 10 % over the planned steps; "noam": linear warm-up to
    #: lr, then lr * sqrt(warmup / step) (the Noam / inverse-sqrt shape with an explicit peak:
    #: NoamOpt(factor f, d, warmup w) peaks at f * d**-0.5 * w**-0.5)
    schedule: str = "cosine"
    label_smoothing: float = 0.0
    #: early stopping / best-checkpoint metric on validation: "loss" (the eval-mode total loss) or "ppl"
    stop_on: str = "loss"
    adam_beta2: float = 0.999
    #: frozen sentence encoder of the context feeding the emotion head: "none" or "minilm"
    context_encoder: str = "none"
    progress: bool = True

    def __post_init__(self) -> None:
        if self.schedule not in SCHEDULES:
            raise ValueError(f"schedule must be one of {', '.join(SCHEDULES)}")
        if self.stop_on not in ("loss", "ppl"):
            raise ValueError("stop_on must be loss or ppl")
        if not 0.0 <= self.label_smoothing < 1.0:
            raise ValueError("label_smoothing must be in [0, 1)")
        if self.context_encoder not in CONTEXT_ENCODERS:
            raise ValueError(f"context_encoder must be {' or '.join(CONTEXT_ENCODERS)}")
        if self.baseline and self.context_encoder != "none":
            raise ValueError("--baseline is the plain Transformer: it takes no --context-encoder")


SCHEDULES = ("cosine", "noam")

#: options that define the run: a resumed run must use the values it was started with
RECIPE = ("batch_size", "lr", "warmup", "schedule", "label_smoothing", "stop_on", "adam_beta2", "seed", "max_train",
          "context_encoder")


def lr_at(a: TrainArgs, step: int, total: int) -> float:
    """Learning rate of optimizer step ``step`` (0-based) of ``total`` planned steps."""
    if step < a.warmup:
        return a.lr * (step + 1) / a.warmup
    if a.schedule == "noam":
        return a.lr * math.sqrt(max(a.warmup, 1) / (step + 1))
    prog = min(1.0, (step - a.warmup) / max(1, total - a.warmup))
    return a.lr * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * prog)))


def _load_samples(path: str, limit: int | None, seed: int, subset: bool, skip: int = 0) -> list[Any]:
    from empathy_core.loaders.empathetic_dialogues import EmpatheticDialoguesDataset

    from .textproc import EMO_ID

    samples = [s for s in EmpatheticDialoguesDataset(path=path).load() if s.meta.get("emotion") in EMO_ID][skip:]
    if limit is not None and limit < len(samples):
        if subset:  # a seeded random subset (kept in file order)
            keep = sorted(random.Random(seed).sample(range(len(samples)), limit))
            samples = [samples[i] for i in keep]
        else:
            samples = samples[:limit]
    return samples


def _log(*msg: object) -> None:
    print(*msg, file=sys.stderr, flush=True)


def _batches(examples: list[dict[str, Any]], bs: int, seed: int) -> list[list[int]]:
    """Shuffled, then sorted by length inside windows of 50 batches (less padding), batches shuffled."""
    rng = random.Random(seed)
    idx = list(range(len(examples)))
    rng.shuffle(idx)
    out = []
    win = bs * 50
    for w in range(0, len(idx), win):
        chunk = sorted(idx[w:w + win], key=lambda i: len(examples[i]["src"]) + 2 * len(examples[i]["tgt"]))
        out += [chunk[i:i + bs] for i in range(0, len(chunk), bs)]
    rng.shuffle(out)
    return out


def evaluate(model: Any, examples: list[dict[str, Any]], bs: int, device: str) -> dict[str, float]:
    import torch

    from .textproc import collate

    model.eval()
    tot: dict[str, float] = {}
    n = 0
    with torch.no_grad():
        for i in range(0, len(examples), bs):
            chunk = examples[i:i + bs]
            out = model(collate(chunk, device))
            k = len(chunk)
            n += k
            for key in ("loss", "emo_ce", "explore_ce"):
                if key in out:
                    tot[key] = tot.get(key, 0.0) + float(out[key]) * k
            for key in ("nll_sum", "ntok", "emo_correct", "intent_correct", "intent_known"):
                if key in out:
                    tot[key] = tot.get(key, 0.0) + float(out[key])
    model.train()
    res = {"loss": tot["loss"] / n, "ppl": math.exp(tot["nll_sum"] / max(tot["ntok"], 1))}
    if "emo_correct" in tot:
        res["emotion_acc"] = tot["emo_correct"] / n
    if tot.get("intent_known"):
        res["intent_acc"] = tot["intent_correct"] / tot["intent_known"]
    return res


def _save_optimizer(opt: Any, path: Path) -> dict[str, Any]:
    import torch
    from safetensors.torch import save_file

    sd = opt.state_dict()
    tensors = {}
    for pid, st in sd["state"].items():
        for k, v in st.items():
            tensors[f"{pid}.{k}"] = v.detach().contiguous().cpu() if torch.is_tensor(v) else torch.tensor(v)
    save_file(tensors, str(path))
    return {"param_groups": sd["param_groups"]}


def _load_optimizer(opt: Any, path: Path, groups: list[dict[str, Any]]) -> None:
    from safetensors.torch import load_file

    flat = load_file(str(path))
    state: dict[int, dict[str, Any]] = {}
    for key, v in flat.items():
        pid, _, name = key.partition(".")
        state.setdefault(int(pid), {})[name] = v
    opt.load_state_dict({"state": state, "param_groups": groups})


def train(a: TrainArgs) -> dict[str, Any]:
    import torch
    from safetensors.torch import load_file, save_file

    from .annotate import EraAnnotator, build_era_lexicon, emotion_polarity, intent_tables
    from .context_features import DIMS, ContextFeatures, encoder_fingerprint
    from .model import ModelConfig, ReflectDiffu
    from .textproc import Encoder, collate, load_tokenizer, train_tokenizer

    torch.set_num_threads(max(1, a.threads))
    random.seed(a.seed)
    torch.manual_seed(a.seed)
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    state_path = out / "trainer_state.json"
    resuming = a.resume and state_path.is_file()
    log = _log

    t0 = time.time()
    train_s = _load_samples(a.train, a.max_train, a.seed, subset=True)
    valid_s = _load_samples(a.valid, a.max_valid, a.seed, subset=False, skip=a.valid_skip)
    log(f"[reflectdiffu] {len(train_s)} train / {len(valid_s)} valid samples ({time.time() - t0:.1f}s)")

    if resuming:
        meta = json.loads((out / "config.json").read_text(encoding="utf-8"))
        saved = meta.get("training", {})
        defaults = TrainArgs(train="", valid="", out="")
        changed = [f"--{k.replace('_', '-')} {saved.get(k, getattr(defaults, k))!r} -> {getattr(a, k)!r}"
                   for k in RECIPE if saved.get(k, getattr(defaults, k)) != getattr(a, k)]
        if changed:
            raise ValueError(f"{out / 'config.json'}: --resume with another recipe than the run was started with "
                             f"({'; '.join(changed)}); pass the same options")
        cfg = ModelConfig.from_dict(meta["model"])
        tokenizer = load_tokenizer(str(out / "tokenizer.json"))
        lexicon = json.loads((out / "era_lexicon.json").read_text(encoding="utf-8"))
    else:
        texts = sorted({t.text for s in train_s for t in s.turns} | {s.references[0] for s in train_s})
        tokenizer = train_tokenizer(texts, a.vocab_size)
        tokenizer.save(str(out / "tokenizer.json"))
        lexicon = build_era_lexicon(train_s)
        write_json(out / "era_lexicon.json", lexicon)
        tables = intent_tables(train_s)
        use_ctx = a.context_encoder != "none"
        cfg = ModelConfig(vocab_size=tokenizer.get_vocab_size(), d_model=a.d_model, n_heads=a.heads, ff=a.ff,
                          enc_layers=a.layers, dec_layers=a.layers, dropout=a.dropout, max_src=a.max_src,
                          max_tgt=a.max_tgt, diffusion_steps=a.diffusion_steps, delta=a.delta, zeta=a.zeta,
                          eta=a.eta, ablation=a.ablation, baseline=a.baseline,
                          polarity=emotion_polarity(train_s), candidates=tables["candidates"],
                          p_intent_given_emotion=tables["p_intent_given_emotion"],
                          context_encoder=a.context_encoder, context_dim=DIMS.get(a.context_encoder, 0),
                          context_encoder_id=encoder_fingerprint(a.context_encoder) if use_ctx else "")
        meta = {"format": "empathy-reflectdiffu/1", "model": cfg.to_dict(), "tables": tables,
                "training": {k: v for k, v in asdict(a).items() if k not in ("resume", "progress")}}
        write_json(out / "config.json", meta)
    features = None
    if cfg.use_context:  # frozen: every context is embedded once, kept in the run folder
        features = ContextFeatures(cfg.context_encoder, threads=a.threads, cache_file=out / "context_features.npz")
    enc = Encoder(tokenizer, EraAnnotator(lexicon), cfg.max_src, cfg.max_tgt, features=features)
    train_ex = enc.encode(train_s)
    valid_ex = enc.encode(valid_s)
    if features is not None:
        log(f"[reflectdiffu] {cfg.context_encoder} context features: {features.calls} contexts embedded now, "
            f"the rest from {out / 'context_features.npz'} ({time.time() - t0:.1f}s)")
    log(f"[reflectdiffu] encoded ({time.time() - t0:.1f}s); em-tag rate "
        f"{sum(t == 2 for e in train_ex[:2000] for t in e['era']) / max(1, sum(len(e['era']) for e in train_ex[:2000])):.3f}")

    model = ReflectDiffu(cfg).to(a.device)
    opt = torch.optim.AdamW(model.parameters(), lr=a.lr, weight_decay=0.01, betas=(0.9, a.adam_beta2))
    steps_per_epoch = math.ceil(len(train_ex) / a.batch_size)
    total = steps_per_epoch * a.epochs

    st: dict[str, Any] = {"epoch": 0, "batch": 0, "step": 0, "best": None, "bad_evals": 0, "history": [],
                          "train_seconds": 0.0, "examples": 0, "done": False, "stop_reason": None}
    if resuming:
        st = json.loads(state_path.read_text(encoding="utf-8"))
        model.load_state_dict(load_file(str(out / "last.safetensors")))
        _load_optimizer(opt, out / "optim.safetensors", st.pop("optimizer"))
        torch.set_rng_state(load_file(str(out / "rng.safetensors"))["torch"])
        log(f"[reflectdiffu] resumed at epoch {st['epoch']} batch {st['batch']} step {st['step']}")
        if st.get("done") and (st.get("stop_reason") == "patience" or st["epoch"] >= a.epochs):
            log(f"[reflectdiffu] training already finished ({st.get('stop_reason')})")
            return st
        st["done"] = False
    session_start = st["train_seconds"]  # after the resume: --max-minutes is this invocation's time

    def checkpoint_state() -> None:
        save_model(model, out, "last.safetensors")
        groups = _save_optimizer(opt, out / "optim.safetensors")
        save_file({"torch": torch.get_rng_state()}, str(out / "rng.safetensors"))
        write_json(state_path, {**st, "optimizer": groups["param_groups"]})

    def out_of_time() -> bool:  # --max-minutes counts this invocation's training time
        return a.max_minutes is not None and st["train_seconds"] - session_start >= a.max_minutes * 60

    def do_eval() -> bool:
        """Validate, keep the best weights; True when training should stop."""
        res = evaluate(model, valid_ex, 64, a.device)
        res.update(step=st["step"], epoch=st["epoch"], train_seconds=round(st["train_seconds"], 1),
                   examples_per_s=round(st["examples"] / max(st["train_seconds"], 1e-9), 2))
        st["history"].append(res)
        log(f"[reflectdiffu] eval {json.dumps(res)}")
        if st["best"] is None or res[a.stop_on] < st["best"][a.stop_on]:
            st["best"] = res
            st["bad_evals"] = 0
            save_model(model, out)
        else:
            st["bad_evals"] += 1
        # the emotion head can peak long before the perplexity: its best weights are kept beside
        # (best_emotion.safetensors; selection and early stopping stay on ``stop_on``)
        if "emotion_acc" in res and (st.get("best_emotion") is None
                                     or res["emotion_acc"] > st["best_emotion"]["emotion_acc"]):
            st["best_emotion"] = res
            save_model(model, out, "best_emotion.safetensors")
        stop = st["bad_evals"] >= a.patience
        if stop:
            st["stop_reason"] = "patience"
        elif out_of_time():
            st["stop_reason"] = "time"
            stop = True
        return stop

    model.train()
    stop = False
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover
        tqdm = None
    while st["epoch"] < a.epochs and not stop:
        order = _batches(train_ex, a.batch_size, a.seed * 1000 + st["epoch"])
        bar = tqdm(total=len(order), initial=st["batch"], desc=f"epoch {st['epoch'] + 1}/{a.epochs}",
                   disable=not a.progress or tqdm is None, mininterval=5, file=sys.stderr) if tqdm else None
        while st["batch"] < len(order):
            idx = order[st["batch"]]
            t1 = time.time()
            batch = collate([train_ex[i] for i in idx], a.device)
            for g in opt.param_groups:
                g["lr"] = lr_at(a, st["step"], total)
            outd = model(batch, label_smoothing=a.label_smoothing)
            opt.zero_grad(set_to_none=True)
            outd["loss"].backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            st["train_seconds"] += time.time() - t1
            st["examples"] += len(idx)
            st["step"] += 1
            st["batch"] += 1
            if bar is not None:
                bar.update(1)
                bar.set_postfix(loss=f"{outd['loss'].item():.3f}", res=f"{outd['l_res'].item():.3f}")
            timed_out = out_of_time()
            if (a.eval_every and st["step"] % a.eval_every == 0) or timed_out:
                stop = do_eval()
                checkpoint_state()
                if stop:
                    break
        if bar is not None:
            bar.close()
        if stop:
            break
        st["epoch"] += 1
        st["batch"] = 0
        if not a.eval_every or st["step"] % a.eval_every != 0:
            stop = do_eval()
        checkpoint_state()
    st["done"] = True
    st["stop_reason"] = st.get("stop_reason") or "epochs"
    checkpoint_state()
    meta = json.loads((out / "config.json").read_text(encoding="utf-8"))
    meta["result"] = {"best_valid": st["best"], "steps": st["step"], "epochs_completed": st["epoch"],
                      "train_examples": len(train_ex), "valid_examples": len(valid_ex),
                      "train_seconds": round(st["train_seconds"], 1),
                      "examples_per_s": round(st["examples"] / max(st["train_seconds"], 1e-9), 2),
                      "device": a.device, "threads": a.threads, "torch": torch.__version__}
    write_json(out / "config.json", meta)
    log(f"[reflectdiffu] done: {json.dumps(meta['result'])}")
    return st


def main(argv: list[str] | None = None) -> None:
    """``python -m empathy_reflectdiffu.train`` (the same options as ``empathy reflectdiffu train``)."""
    from .cli import train_command

    train_command.main(args=argv, standalone_mode=True)


if __name__ == "__main__":
    main()
