"""``transformers``: a local causal or seq2seq checkpoint, batched, offline.

``transformers:path=DIR,device=cpu|cuda,max_new_tokens=N[,batch_size=B]``. The model type comes from
the checkpoint's config (``is_encoder_decoder``). Hubs are never contacted: ``HF_HUB_OFFLINE=1`` and
``local_files_only=True``; a missing directory is an error at construction. torch and transformers
are imported on first generation only.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import Any, ClassVar

import attrs

from empathy_core.base import Generator, opt_float, opt_int, opt_str, to_bool
from empathy_core.models import Generation, Sample
from empathy_core.secrets import scrub

WEIGHT_SUFFIXES = (".safetensors", ".bin", ".pt", ".pth", ".h5", ".msgpack", ".gguf")
_CHUNK = 1 << 20


def checkpoint_fingerprint(path: Path) -> str:
    """A cheap, stable hash of a checkpoint directory: small files in full; weight files by name,
    size and their first and last MiB (hashing many GB in full at every start is too slow)."""
    h = hashlib.sha256()
    for p in sorted(x for x in path.rglob("*") if x.is_file() and not x.name.startswith(".")):
        rel = p.relative_to(path).as_posix()
        size = p.stat().st_size
        h.update(f"{rel}\x00{size}\x00".encode())
        with open(p, "rb") as fh:
            if p.suffix in WEIGHT_SUFFIXES and size > 2 * _CHUNK:
                h.update(fh.read(_CHUNK))
                fh.seek(size - _CHUNK)
                h.update(fh.read(_CHUNK))
            else:
                h.update(fh.read())
    return h.hexdigest()[:12]


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "missing"


@attrs.define
class TransformersGenerator(Generator):
    """A local transformers checkpoint (``path=DIR``): causal or seq2seq, chat template when the
    tokenizer has one, batched generation."""

    name: ClassVar[str] = "transformers"
    version: ClassVar[str] = "1.0"
    local_model: ClassVar[bool] = True  # --executor ray: generates on Ray actors (GPU ones for device=cuda)

    path: str = attrs.field(default=None)
    device: str = attrs.field(default="cpu")
    max_new_tokens: int = attrs.field(default=128, converter=int)
    batch_size: int = attrs.field(default=8, converter=int)
    do_sample: bool = attrs.field(default=False, converter=to_bool)
    temperature: float | None = attrs.field(default=None, converter=opt_float)
    top_p: float | None = attrs.field(default=None, converter=opt_float)
    seed: int = attrs.field(default=0, converter=int)
    system: str | None = attrs.field(default=None, converter=opt_str)
    chat_template: bool = attrs.field(default=True, converter=to_bool)
    dtype: str | None = attrs.field(default=None, converter=opt_str)
    max_input_tokens: int | None = attrs.field(default=None, converter=opt_int)

    _model: Any = attrs.field(default=None, init=False, repr=False)
    _tok: Any = attrs.field(default=None, init=False, repr=False)
    _seq2seq: bool | None = attrs.field(default=None, init=False, repr=False)
    _fingerprint: str | None = attrs.field(default=None, init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if not self.path:
            raise ValueError("the transformers generator needs path=DIR (a local checkpoint directory)")
        p = Path(self.path).expanduser()
        if not p.is_dir():
            raise ValueError(f"transformers: model path {str(p)!r} is not a directory. Give path= a local "
                             f"checkpoint (config.json, weights, tokenizer files); models are never downloaded")
        if not (p / "config.json").is_file():
            raise ValueError(f"transformers: {str(p)!r} has no config.json; is it a transformers checkpoint "
                             f"saved with save_pretrained()?")
        self.path = str(p)
        dev = self.device.lower()
        if not (dev == "cpu" or dev == "mps" or dev == "cuda" or dev.startswith("cuda:")):
            raise ValueError(f"device must be cpu, cuda, cuda:N or mps, got {self.device!r}")
        self.device = dev
        if self.batch_size < 1 or self.max_new_tokens < 1:
            raise ValueError("batch_size and max_new_tokens must be >= 1")
        if self.dtype not in (None, "auto", "float32", "float16", "bfloat16"):
            raise ValueError("dtype must be auto, float32, float16 or bfloat16")

    # -- signature ---------------------------------------------------------------------------
    def options(self) -> dict[str, Any]:
        opts: dict[str, Any] = {"path": Path(self.path).name, "max_new_tokens": self.max_new_tokens,
                                "do_sample": self.do_sample}
        if self.do_sample:
            opts.update(temperature=self.temperature, top_p=self.top_p, seed=self.seed)
        opts["chat_template"] = self.chat_template
        if self.dtype:
            opts["dtype"] = self.dtype
        if self.max_input_tokens:
            opts["max_input_tokens"] = self.max_input_tokens
        return opts

    def signature_extra(self) -> dict[str, Any]:
        if self._fingerprint is None:
            self._fingerprint = checkpoint_fingerprint(Path(self.path))
        system = hashlib.sha256(self.system.encode()).hexdigest()[:12] if self.system else "none"
        return {"system": system, "model": self._fingerprint, "transformers": _version("transformers"),
                "torch": _version("torch")}

    def unavailable(self) -> str | None:
        for dist in ("torch", "transformers"):
            if _version(dist) == "missing":
                return f"{dist} is not installed: pip install 'empathy-remote[transformers]'"
        if self.device.startswith("cuda"):
            import torch

            if not torch.cuda.is_available():
                return f"device={self.device} but no CUDA GPU is available (use device=cpu)"
        return None

    # -- model -----------------------------------------------------------------------------------
    def _load(self) -> None:
        if self._model is not None:
            return
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"
        import torch
        from transformers import AutoConfig, AutoModelForCausalLM, AutoModelForSeq2SeqLM, AutoTokenizer

        config = AutoConfig.from_pretrained(self.path, local_files_only=True)
        self._seq2seq = bool(getattr(config, "is_encoder_decoder", False))
        tok = AutoTokenizer.from_pretrained(self.path, local_files_only=True)
        kw: dict[str, Any] = {"local_files_only": True}
        if self.dtype:
            dt = "auto" if self.dtype == "auto" else getattr(torch, self.dtype)
            major = int(_version("transformers").split(".")[0] or 0)
            kw["dtype" if major >= 5 else "torch_dtype"] = dt
        cls = AutoModelForSeq2SeqLM if self._seq2seq else AutoModelForCausalLM
        model = cls.from_pretrained(self.path, **kw)
        model.to(self.device)
        model.eval()
        if not self._seq2seq:
            tok.padding_side = "left"  # generation continues on the right
        if tok.pad_token is None:
            if tok.eos_token is not None:
                tok.pad_token = tok.eos_token
            else:
                tok.add_special_tokens({"pad_token": "<pad>"})
                model.resize_token_embeddings(len(tok))
        self._tok, self._model = tok, model

    def uses_chat_template(self) -> bool:
        self._load()
        return bool(self.chat_template and getattr(self._tok, "chat_template", None))

    def build_prompt(self, sample: Sample) -> str:
        """The text the model sees: the tokenizer's chat template when it has one, else the user's
        text (one turn) or ``role: text`` lines ending with ``assistant:``."""
        self._load()
        messages = ([{"role": "system", "content": self.system}] if self.system else []) + \
                   [{"role": t.role, "content": t.text} for t in sample.turns]
        if self.uses_chat_template():
            return self._tok.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
        if len(messages) == 1 and messages[0]["role"] == "user":
            return messages[0]["content"]
        return "\n".join(f"{m['role']}: {m['content']}" for m in messages) + "\nassistant:"

    def generate(self, samples: Sequence[Sample]) -> list[Generation]:
        out: list[Generation] = []
        for i in range(0, len(samples), self.batch_size):
            out.extend(self._generate_batch(list(samples[i:i + self.batch_size])))
        return out

    def generate_one(self, sample: Sample) -> Generation:
        return self.generate([sample])[0]

    def _generate_batch(self, samples: list[Sample]) -> list[Generation]:
        import time

        t0 = time.perf_counter()
        try:
            self._load()
            import torch

            tok, model = self._tok, self._model
            prompts = [self.build_prompt(s) for s in samples]
            enc = tok(prompts, return_tensors="pt", padding=True,
                      truncation=self.max_input_tokens is not None, max_length=self.max_input_tokens,
                      add_special_tokens=not self.uses_chat_template())
            enc = {k: v.to(self.device) for k, v in enc.items() if k in ("input_ids", "attention_mask")}
            gen_kw: dict[str, Any] = {"max_new_tokens": self.max_new_tokens, "do_sample": self.do_sample,
                                      "pad_token_id": tok.pad_token_id}
            if self.do_sample:
                torch.manual_seed(self.seed)
                if self.temperature is not None:
                    gen_kw["temperature"] = self.temperature
                if self.top_p is not None:
                    gen_kw["top_p"] = self.top_p
            with torch.inference_mode():
                seqs = model.generate(**enc, **gen_kw)
            new = seqs if self._seq2seq else seqs[:, enc["input_ids"].shape[1]:]
            texts = tok.batch_decode(new, skip_special_tokens=True)
        except Exception as e:  # noqa: BLE001 - a failed batch is recorded per sample, the run goes on
            err = scrub(f"transformers: {type(e).__name__}: {e}")
            return [Generation(s.id, None, generator=self.signature(), error=err) for s in samples]
        elapsed = round((time.perf_counter() - t0) / max(1, len(samples)), 6)
        prompt_lens = enc["attention_mask"].sum(dim=1).tolist()
        stop = {tok.eos_token_id, tok.pad_token_id} - {None}
        if self._seq2seq and getattr(model.config, "decoder_start_token_id", None) is not None:
            start_skip = 1
        else:
            start_skip = 0
        out = []
        sig = self.signature()
        for j, s in enumerate(samples):
            ids = new[j].tolist()[start_skip:]
            n = len(ids)
            for k, t in enumerate(ids):
                if t in stop:
                    n = k + (1 if t == tok.eos_token_id else 0)
                    break
            out.append(Generation(s.id, texts[j].strip(), generator=sig, elapsed_s=elapsed,
                                  usage={"prompt_tokens": int(prompt_lens[j]), "completion_tokens": n,
                                         "total_tokens": int(prompt_lens[j]) + n},
                                  meta={"seq2seq": bool(self._seq2seq), "chat_template": self.uses_chat_template()}))
        return out

    def close(self) -> None:
        self._model = None
        self._tok = None
