"""The emotion probe: a linear classifier of the 32 ED emotions on the frozen context embedding
(``context_encoder``, e.g. MiniLM), fitted after training on ED train and written into a copy of
the checkpoint (``ModelConfig.emotion_probe``).

Why: the jointly trained emotion head reads the encoder's emotion representation, which memorises
the training contexts (v3 at its best validation perplexity: 98 % of the training emotions, 37 % of
ED valid), while a linear model on the frozen embedding cannot memorise them. The probe's
prediction becomes the model's emotion: it is reported as emotion accuracy and picks the intent
candidates that condition the decoder, so generation is re-measured with it.

Fitting: multinomial logistic regression with an L2 penalty (the objective of scikit-learn's
``LogisticRegression(C)``: 0.5·|W|² + C·Σ cross-entropy), by L-BFGS in torch. C is chosen on a
held-out 10 % of the training *conversations* (no conversation on both sides), then the probe is
refitted on every training context. The validation split is not read.
"""

from __future__ import annotations

import json
import random
import shutil
import time
from pathlib import Path
from typing import Any

C_GRID = (0.1, 0.3, 1.0, 3.0)


def fit_softmax(x: Any, y: Any, n_classes: int, C: float, max_iter: int = 500) -> tuple[Any, Any]:
    """(weight [K, D], bias [K]) minimising 0.5·|W|² + C·Σ CE(x W^T + b, y) (bias unpenalised)."""
    import torch
    import torch.nn.functional as F

    x = torch.as_tensor(x, dtype=torch.float64)
    y = torch.as_tensor(y, dtype=torch.long)
    w = torch.zeros(n_classes, x.size(1), dtype=torch.float64, requires_grad=True)
    b = torch.zeros(n_classes, dtype=torch.float64, requires_grad=True)
    opt = torch.optim.LBFGS([w, b], lr=1.0, max_iter=max_iter, tolerance_grad=1e-7, tolerance_change=1e-10,
                            history_size=20, line_search_fn="strong_wolfe")
    n = x.size(0)

    def closure() -> Any:
        opt.zero_grad()
        # divided by C·n: the same minimiser, better scaled
        loss = F.cross_entropy(x @ w.T + b, y, reduction="mean") + 0.5 * (w * w).sum() / (C * n)
        loss.backward()
        return loss

    opt.step(closure)
    return w.detach().float(), b.detach().float()


def _features(loaded: Any, samples: list[Any]) -> tuple[Any, Any, list[str]]:
    import numpy as np

    ex = loaded.encoder.encode(samples)
    x = np.stack([np.asarray(e["ctx"], dtype=np.float32) for e in ex])
    y = np.asarray([e["emotion"] for e in ex], dtype=np.int64)
    conv = [str(s.meta.get("conv_id", s.id)) for s in samples]
    return x, y, conv


def fit_emotion_probe(checkpoint: str, train_path: str, out: str, *, context_cache: str | None = None,
                      seed: int = 13, threads: int = 2, c_grid: tuple[float, ...] = C_GRID,
                      log: Any = print) -> dict[str, Any]:
    """Fit the probe on ``train_path`` (ED train) for the model in ``checkpoint`` and write the
    checkpoint with the probe to ``out``. Returns the selection table and the chosen C."""
    import numpy as np
    import torch
    from safetensors.torch import load_file, save_file

    from .checkpoint import Loaded, write_json
    from .context_features import ContextFeatures
    from .train import _load_samples

    torch.set_num_threads(max(1, threads))
    src, dst = Path(checkpoint), Path(out)
    if src.resolve() == dst.resolve():
        raise ValueError(f"{dst}: write the probed checkpoint to another folder than {src}")
    loaded = Loaded(str(src))
    cfg = loaded.cfg
    if not cfg.use_context:
        raise ValueError(f"{src / 'config.json'}: the model has no context encoder, so there is nothing to probe")
    cache = Path(context_cache) if context_cache else (src / "context_features.npz")
    loaded.encoder.features = ContextFeatures(cfg.context_encoder, threads=threads,
                                              cache_file=cache if cache.is_file() else None)
    t0 = time.time()
    samples = _load_samples(train_path, None, seed, subset=True)
    x, y, conv = _features(loaded, samples)
    log(f"[reflectdiffu] probe: {len(y)} training contexts embedded ({time.time() - t0:.0f}s)")
    convs = sorted(set(conv))
    held = set(random.Random(seed).sample(convs, max(1, len(convs) // 10)))
    ho = np.array([c in held for c in conv])
    table = []
    for C in c_grid:
        w, b = fit_softmax(x[~ho], y[~ho], cfg.n_emotions, C)
        acc = float(((torch.from_numpy(x[ho]) @ w.T + b).argmax(-1).numpy() == y[ho]).mean())
        table.append({"C": C, "holdout_accuracy": round(acc, 4)})
        log(f"[reflectdiffu] probe: C {C}: held-out accuracy {acc:.4f}")
    best = max(table, key=lambda r: (r["holdout_accuracy"], -r["C"]))
    w, b = fit_softmax(x, y, cfg.n_emotions, float(best["C"]))
    train_acc = float(((torch.from_numpy(x) @ w.T + b).argmax(-1).numpy() == y).mean())

    dst.mkdir(parents=True, exist_ok=True)
    for name in ("tokenizer.json", "era_lexicon.json"):
        shutil.copyfile(src / name, dst / name)
    state = load_file(str(src / "model.safetensors"))
    state = {k: v for k, v in state.items() if not k.startswith("emo_probe.")}
    state["emo_probe.weight"] = w.contiguous()
    state["emo_probe.bias"] = b.contiguous()
    save_file(state, str(dst / "model.safetensors"))
    meta = json.loads((src / "config.json").read_text(encoding="utf-8"))
    meta["model"]["emotion_probe"] = True
    info = {"train": str(train_path), "contexts": int(len(y)), "conversations": len(convs),
            "held_out_conversations": len(held), "selection": table, "C": best["C"],
            "train_accuracy": round(train_acc, 4), "seed": seed, "from_checkpoint": str(src)}
    meta["emotion_probe"] = info
    write_json(dst / "config.json", meta)
    log(f"[reflectdiffu] probe: C {best['C']} chosen; written to {dst} ({time.time() - t0:.0f}s)")
    return info
