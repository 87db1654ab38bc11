"""Checkpoints: ``model.safetensors`` + ``config.json`` + ``tokenizer.json`` + ``era_lexicon.json``.
Nothing is ever unpickled: weights and optimizer tensors are safetensors, the rest JSON."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, ClassVar

SHIPPED = Path(__file__).resolve().parent / "checkpoint"


def resolve(checkpoint: str | None) -> Path:
    p = Path(checkpoint) if checkpoint else SHIPPED
    if not (p / "model.safetensors").is_file() or not (p / "config.json").is_file():
        raise FileNotFoundError(f"no ReflectDiffu checkpoint at {p} (expected model.safetensors and config.json)")
    return p


def weights_sha256(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(Path(path) / "model.safetensors", "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def save_model(model: Any, out: Path, filename: str = "model.safetensors") -> None:
    from safetensors.torch import save_file

    state = {k: v.detach().contiguous().cpu() for k, v in model.state_dict().items()}
    tmp = out / (filename + ".tmp")
    save_file(state, str(tmp))
    tmp.replace(out / filename)


def write_json(path: Path, obj: Any) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(obj, indent=1, sort_keys=False), encoding="utf-8")
    tmp.replace(path)


class Loaded:
    """A model, its encoder and config loaded from a checkpoint directory."""

    def __init__(self, checkpoint: str | None, device: str = "cpu") -> None:
        import torch
        from safetensors.torch import load_file

        from .annotate import EraAnnotator
        from .model import ModelConfig, ReflectDiffu
        from .textproc import Encoder, load_tokenizer

        self.path = resolve(checkpoint)
        meta = json.loads((self.path / "config.json").read_text(encoding="utf-8"))
        self.meta = meta
        self.cfg = ModelConfig.from_dict(meta["model"])
        self.model = ReflectDiffu(self.cfg)
        state = load_file(str(self.path / "model.safetensors"), device="cpu")
        self.model.load_state_dict(state)
        self.model.to(torch.device(device)).eval()
        self.device = device
        lex = json.loads((self.path / "era_lexicon.json").read_text(encoding="utf-8"))
        features = None
        if self.cfg.use_context:  # the frozen encoder loads when the first batch is encoded
            from .context_features import ContextFeatures

            features = ContextFeatures(self.cfg.context_encoder)
        self.encoder = Encoder(load_tokenizer(str(self.path / "tokenizer.json")), EraAnnotator(lex),
                               self.cfg.max_src, self.cfg.max_tgt, features=features)
        self.sha256 = weights_sha256(self.path)


class CheckpointOptions:
    """Mixin of the components that load a checkpoint (generator, perplexity scorer): the signature
    names the checkpoint folder and its weights' hash, not run-time options such as the device."""

    checkpoint: str | None
    #: options that change how, not what, is computed: left out of the signature
    runtime_options: ClassVar[tuple[str, ...]] = ("device",)

    def options(self) -> dict[str, Any]:
        opts = super().options()  # type: ignore[misc]
        for k in self.runtime_options:
            opts.pop(k, None)
        if opts.get("checkpoint"):
            opts["checkpoint"] = Path(str(opts["checkpoint"])).name
        return opts

    def signature_extra(self) -> dict[str, Any]:
        try:
            return {"model_sha256": weights_sha256(resolve(self.checkpoint))[:12]}
        except (FileNotFoundError, OSError):
            return {}

    def checkpoint_problem(self) -> str | None:
        try:
            resolve(self.checkpoint)
        except FileNotFoundError as e:
            return str(e)
        return None
