"""Small classifier heads over MiniLM embeddings, stored as safetensors + a JSON config.

A model folder holds ``<task>.safetensors`` and ``<task>.json``. The JSON names the heads, their
labels, layer count, activation and input features; the tensors are, per head ``H``::

    H.scaler.mean, H.scaler.scale      (optional) standardisation of the input features
    H.layers.<i>.weight  (out, in)     dense layers; ``activation`` between them, softmax at the end
    H.layers.<i>.bias    (out,)

Inference is plain numpy (no pickle, no torch needed for the heads).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .encoder import file_sha256

FORMAT_VERSION = 1


def default_weights_dir() -> Path:
    from importlib.resources import files

    return Path(str(files("empathy_metrics") / "weights"))


def _act(name: str, x: np.ndarray) -> np.ndarray:
    if name == "relu":
        return np.maximum(x, 0.0)
    if name == "tanh":
        return np.tanh(x)
    if name == "gelu":
        return 0.5 * x * (1.0 + np.tanh(0.7978845608028654 * (x + 0.044715 * x ** 3)))
    if name == "identity":
        return x
    raise ValueError(f"unknown activation {name!r}")


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


class Head:
    """One classifier: features -> class probabilities."""

    def __init__(self, name: str, config: Mapping[str, Any], tensors: Mapping[str, np.ndarray]) -> None:
        self.name = name
        self.labels: list[Any] = list(config["labels"])
        self.activation: str = config.get("activation", "relu")
        n = int(config["layers"])
        self.weights = [np.asarray(tensors[f"{name}.layers.{i}.weight"], dtype=np.float32) for i in range(n)]
        self.biases = [np.asarray(tensors[f"{name}.layers.{i}.bias"], dtype=np.float32) for i in range(n)]
        self.mean = tensors.get(f"{name}.scaler.mean")
        self.scale = tensors.get(f"{name}.scaler.scale")
        if self.weights[-1].shape[0] != len(self.labels):
            raise ValueError(f"head {name!r}: {self.weights[-1].shape[0]} outputs for {len(self.labels)} labels")

    @property
    def n_features(self) -> int:
        return int(self.weights[0].shape[1])

    def logits(self, x: np.ndarray) -> np.ndarray:
        x = np.asarray(x, dtype=np.float32)
        if self.mean is not None:
            x = (x - self.mean) / self.scale
        for i, (w, b) in enumerate(zip(self.weights, self.biases)):
            x = x @ w.T + b
            if i < len(self.weights) - 1:
                x = _act(self.activation, x)
        return x

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        return softmax(self.logits(x).astype(np.float64))


class HeadSet:
    """All heads of one task, loaded from ``<folder>/<task>.{json,safetensors}``."""

    def __init__(self, task: str, folder: str | Path | None = None) -> None:
        from safetensors.numpy import load_file

        folder = Path(folder) if folder else default_weights_dir()
        self.task = task
        self.config_path = folder / f"{task}.json"
        self.weights_path = folder / f"{task}.safetensors"
        for p in (self.config_path, self.weights_path):
            if not p.is_file():
                raise FileNotFoundError(f"{p} not found: train it with `python -m empathy_metrics.train {task}`")
        self.config: dict[str, Any] = json.loads(self.config_path.read_text(encoding="utf-8"))
        if int(self.config.get("format", FORMAT_VERSION)) != FORMAT_VERSION:
            raise ValueError(f"{self.config_path}: unsupported format {self.config.get('format')}")
        tensors = load_file(str(self.weights_path))
        #: ``heads`` (numpy heads over sentence embeddings), ``tfidf_emb`` (linear heads over TF-IDF
        #: word n-grams of the response + its sentence embedding; see lexical.py) or ``pair_top``
        #: (fine-tuned top MiniLM layers + heads, run with torch; see pairmodel.py)
        self.kind: str = self.config.get("kind", "heads")
        if self.kind == "heads":
            self.heads = {name: Head(name, cfg, tensors) for name, cfg in self.config["heads"].items()}
            self.tensors: dict[str, np.ndarray] = {}
        elif self.kind == "tfidf_emb":
            from .lexical import Tfidf

            self.tfidf = Tfidf(self.config["tfidf"]["vocabulary"], tensors["tfidf.idf"], self.config["tfidf"]["params"])
            self.heads = {name: Head(name, cfg, tensors) for name, cfg in self.config["heads"].items()}
            self.tensors = {}
        elif self.kind == "pair_top":
            self.heads = {}
            self.tensors = tensors
        else:
            raise ValueError(f"{self.config_path}: unknown model kind {self.kind!r}")
        self.features: list[str] = list(self.config.get("features", ["r"]))
        #: version 2.1 heads: the rationale-supervised sentence block (see sentences.py), or None
        self.sentence_block: dict[str, Any] | None = self.config.get("sentence_block")
        self.sentence_models: dict[str, tuple[np.ndarray, float]] = {}
        if self.sentence_block:
            from .sentences import models_from_tensors

            try:
                self.sentence_models = models_from_tensors(tensors, self.sentence_block["mechanisms"])
            except (KeyError, ValueError) as e:
                raise ValueError(f"{self.weights_path}: {e}") from None

        #: version 2.2 multilingual heads: extra heads for some languages over another encoder, whose
        #: probabilities are averaged with the main heads' for responses in that language
        #: ({language: {"encoder", "combine", "features", "heads": {mechanism: Head}}})
        self.language_heads: dict[str, dict[str, Any]] = {}
        for lang, spec in (self.config.get("language_heads") or {}).items():
            try:
                heads = {m: Head(f"{lang}.{m}", cfg, tensors) for m, cfg in spec["heads"].items()}
            except KeyError as e:
                raise ValueError(f"{self.weights_path}: the {lang!r} language heads lack the tensor {e}") from None
            if spec.get("combine", "mean") != "mean":
                raise ValueError(f"{self.config_path}: language heads {lang!r}: unknown combine {spec.get('combine')!r}")
            self.language_heads[lang] = {**spec, "heads": heads}

    def sentence_features(self, sent_emb: np.ndarray, owner: np.ndarray, n: int) -> np.ndarray:
        """The sentence block's features (times its weight) for ``n`` texts whose sentences have the
        USE embeddings ``sent_emb`` (``owner[i]`` = the text of sentence i); (n, 0) without a block."""
        if not self.sentence_block:
            return np.zeros((n, 0), dtype=np.float32)
        from .sentences import block

        x = block(self.sentence_models, sent_emb, owner, n, self.sentence_block["mechanisms"])
        return (x * float(self.sentence_block.get("weight", 1.0))).astype(np.float32)

    def sha256(self) -> str:
        """Hash of the weights and the config together (12 hex digits)."""
        import hashlib

        h = hashlib.sha256()
        h.update(file_sha256(self.weights_path).encode())
        h.update(file_sha256(self.config_path).encode())
        return h.hexdigest()[:12]


def build_features(spec: Sequence[str], r: np.ndarray, s: np.ndarray | None = None) -> np.ndarray:
    """Concatenate feature blocks: ``r`` (response), ``s`` (seeker), ``rs`` (r*s), ``absdiff`` (|r-s|),
    ``cos`` (cosine of r and s, one column), ``r*<w>`` (the response embedding times w)."""
    parts = []
    for f in spec:
        if f == "r":
            parts.append(r)
        elif f.startswith("r*"):
            parts.append(r * float(f[2:]))
        elif s is None:
            raise ValueError(f"feature {f!r} needs the seeker embedding")
        elif f == "s":
            parts.append(s)
        elif f == "rs":
            parts.append(r * s)
        elif f == "absdiff":
            parts.append(np.abs(r - s))
        elif f == "cos":
            parts.append((r * s).sum(1, keepdims=True))
        else:
            raise ValueError(f"unknown feature block {f!r}")
    return np.concatenate(parts, axis=1).astype(np.float32)


def save_headset(folder: Path, task: str, config: dict[str, Any], tensors: dict[str, np.ndarray]) -> None:
    from safetensors.numpy import save_file

    folder.mkdir(parents=True, exist_ok=True)
    config = {"format": FORMAT_VERSION, **config}
    save_file({k: np.ascontiguousarray(v, dtype=np.float32) for k, v in sorted(tensors.items())},
              str(folder / f"{task}.safetensors"), metadata={"task": task, "format": str(FORMAT_VERSION)})
    (folder / f"{task}.json").write_text(json.dumps(config, indent=2, sort_keys=False) + "\n", encoding="utf-8")
