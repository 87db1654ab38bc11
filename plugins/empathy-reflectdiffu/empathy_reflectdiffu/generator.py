"""Generator ``reflectdiffu``: batched responses with the predicted emotion and intent in ``meta``."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from typing import Any, ClassVar

import attrs

from empathy_core.base import Capabilities, Generator, opt_float, opt_int, opt_str
from empathy_core.loaders.empathetic_dialogues import EMOTIONS, INTENTS
from empathy_core.models import Generation, Sample

from .checkpoint import CheckpointOptions

DECODINGS = ("greedy", "beam", "sample")


@attrs.define
class ReflectDiffuGenerator(CheckpointOptions, Generator):
    """ReflectDiffu (clean-room) trained on EmpatheticDialogues; without ``checkpoint`` the shipped one."""

    name: ClassVar[str] = "reflectdiffu"
    version: ClassVar[str] = "1.0"
    batch_size: ClassVar[int] = 32
    local_model: ClassVar[bool] = True  # --executor ray: generates on Ray actors (GPU ones for device=cuda)
    capabilities: ClassVar[Capabilities] = Capabilities(languages=frozenset({"en"}))
    checkpoint: str | None = attrs.field(default=None, converter=opt_str)
    steps: int | None = attrs.field(default=None, converter=opt_int)
    decoding: str = attrs.field(default="greedy", validator=attrs.validators.in_(DECODINGS))
    beam_size: int = attrs.field(default=4, converter=int)
    max_len: int | None = attrs.field(default=None, converter=opt_int)
    top_p: float = attrs.field(default=0.9, converter=float)
    seed: int = attrs.field(default=0, converter=int)
    # length-aware decoding (unset: off, and left out of the signature, so older signatures stay valid)
    #: no EOS before this many tokens (every decoding)
    min_len: int | None = attrs.field(default=None, converter=opt_int)
    #: subtracted from EOS's log-probability at every step (every decoding)
    eos_penalty: float | None = attrs.field(default=None, converter=opt_float)
    #: beam: finished beams ranked by log-prob / length**alpha (unset: 1.0; 0 = raw sum)
    length_penalty: float | None = attrs.field(default=None, converter=opt_float)
    #: sampling: softmax temperature (unset: 1.0)
    temperature: float | None = attrs.field(default=None, converter=opt_float)
    #: which head gives the intent: the correcting ``policy`` (the paper) or the ``explore`` head
    intent: str = attrs.field(default="policy", validator=attrs.validators.in_(("policy", "explore")))
    device: str = "cpu"
    threads: int | None = attrs.field(default=None, converter=opt_int)
    _loaded: Any = attrs.field(default=None, init=False, repr=False)
    _lock: Any = attrs.field(factory=threading.Lock, init=False, repr=False)
    runtime_options: ClassVar[tuple[str, ...]] = ("device", "threads")

    def __attrs_post_init__(self) -> None:
        if self.steps is not None and self.steps < 1:
            raise ValueError("steps must be at least 1")
        if self.min_len is not None and self.min_len < 0:
            raise ValueError("min_len must be >= 0")
        if self.eos_penalty is not None and self.eos_penalty < 0:
            raise ValueError("eos_penalty must be >= 0")
        if not 0.0 < self.top_p <= 1.0:
            raise ValueError("top_p must be in (0, 1]")
        if self.temperature is not None and self.temperature <= 0:
            raise ValueError("temperature must be > 0")

    def unavailable(self) -> str | None:
        problem = self.checkpoint_problem()
        if problem:
            return problem
        if self.device.startswith("cuda"):
            import torch

            if not torch.cuda.is_available():
                return "device=cuda but no GPU is available"
        return None

    def model(self) -> Any:
        with self._lock:
            if self._loaded is None:
                import torch

                from .checkpoint import Loaded

                if self.threads:
                    torch.set_num_threads(self.threads)
                self._loaded = Loaded(self.checkpoint, self.device)
            return self._loaded

    def generate(self, samples: Sequence[Sample]) -> list[Generation]:
        from .textproc import collate

        if not samples:
            return []
        lm = self.model()
        t0 = time.perf_counter()
        examples = lm.encoder.encode(samples, with_target=False)
        batch = collate(examples, self.device)
        out = lm.model.generate(batch["src"], batch["era"], decoding=self.decoding, max_len=self.max_len,
                                beam_size=self.beam_size, steps=self.steps, seed=self.seed, top_p=self.top_p,
                                intent_source=self.intent, min_len=self.min_len or 0,
                                eos_penalty=self.eos_penalty or 0.0,
                                length_penalty=1.0 if self.length_penalty is None else self.length_penalty,
                                temperature=1.0 if self.temperature is None else self.temperature,
                                ctx=batch.get("ctx"))
        elapsed = (time.perf_counter() - t0) / len(samples)
        sig = self.signature()
        gens = []
        for i, s in enumerate(samples):
            meta = {}
            if out["emotion"] is not None:
                meta["emotion"] = EMOTIONS[out["emotion"][i]]
            if out["intent"] is not None:
                meta["intent"] = INTENTS[out["intent"][i]]
            toks = out["tokens"][i]
            gens.append(Generation(sample_id=s.id, text=lm.encoder.decode(toks), generator=sig, elapsed_s=elapsed,
                                   usage={"prompt_tokens": len(examples[i]["src"]), "completion_tokens": len(toks)},
                                   meta=meta))
        return gens

    def generate_one(self, sample: Sample) -> Generation:
        return self.generate([sample])[0]

    def close(self) -> None:
        self._loaded = None
