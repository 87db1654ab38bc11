"""Scorers the ReflectDiffu paper reports: ``emotion`` and ``intent`` accuracy (torch-free) and
``perplexity`` of the reference under a ReflectDiffu/baseline checkpoint."""

from __future__ import annotations

import math
import threading
from collections.abc import Sequence
from typing import Any, ClassVar

import attrs

from empathy_core.base import Capabilities, Scorer, opt_int, opt_str
from empathy_core.models import ItemScore, ScoreInput

from .checkpoint import CheckpointOptions


def _norm(v: Any) -> str | None:
    if v is None:
        return None
    s = str(v).strip().lower()
    return s or None


class _LabelAccuracy(Scorer):
    key: ClassVar[str] = ""

    def score(self, items: Sequence[ScoreInput]) -> list[ItemScore]:
        out = []
        for it in items:
            gold = _norm(it.sample.meta.get(self.key))
            pred = _norm(it.meta.get(self.key))
            if gold is None:
                out.append(ItemScore.skip(f"the sample has no gold {self.key} (meta['{self.key}'])"))
            elif pred is None:
                out.append(ItemScore.skip(f"the generator predicted no {self.key} (generation meta['{self.key}'])"))
            else:
                out.append(ItemScore(scores={f"{self.name}.accuracy": 1.0 if gold == pred else 0.0},
                                     evidence={"gold": gold, "predicted": pred}))
        return out


@attrs.define
class EmotionAccuracy(_LabelAccuracy):
    """Accuracy of the generator's predicted emotion (generation meta) against the sample's gold emotion."""

    name: ClassVar[str] = "emotion"
    version: ClassVar[str] = "1.0"
    key: ClassVar[str] = "emotion"
    capabilities: ClassVar[Capabilities] = Capabilities(higher_is_better={"accuracy": True})


@attrs.define
class IntentAccuracy(_LabelAccuracy):
    """Accuracy of the generator's chosen intent against the gold response's intent (sample meta)."""

    name: ClassVar[str] = "intent"
    version: ClassVar[str] = "1.0"
    key: ClassVar[str] = "intent"
    capabilities: ClassVar[Capabilities] = Capabilities(higher_is_better={"accuracy": True})


@attrs.define
class PerplexityScorer(CheckpointOptions, Scorer):
    """Perplexity of the reference response under a ReflectDiffu checkpoint (the model's own emotion and
    intent predictions, deterministic diffusion noise): ``perplexity.nll`` / ``perplexity.tokens`` per
    response, corpus ``perplexity.perplexity = exp(total NLL / total tokens)`` (tokens include EOS)."""

    name: ClassVar[str] = "perplexity"
    version: ClassVar[str] = "1.0"
    capabilities: ClassVar[Capabilities] = Capabilities(
        languages=frozenset({"en"}), needs_reference=True,
        higher_is_better={"perplexity": False, "nll": False, "nll_per_token": False})
    checkpoint: str | None = attrs.field(default=None, converter=opt_str)
    steps: int | None = attrs.field(default=None, converter=opt_int)
    batch: int = attrs.field(default=32, converter=int)
    device: str = "cpu"
    _loaded: Any = attrs.field(default=None, init=False, repr=False)
    _lock: Any = attrs.field(factory=threading.Lock, init=False, repr=False)
    runtime_options: ClassVar[tuple[str, ...]] = ("device", "batch")

    def unavailable(self) -> str | None:
        return self.checkpoint_problem()

    def _model(self) -> Any:
        with self._lock:
            if self._loaded is None:
                from .checkpoint import Loaded

                self._loaded = Loaded(self.checkpoint, self.device)
            return self._loaded

    def score(self, items: Sequence[ScoreInput]) -> list[ItemScore]:
        from .textproc import collate

        out: list[ItemScore | None] = [None] * len(items)
        todo = []
        for i, it in enumerate(items):
            if not it.sample.references or not it.sample.references[0].strip():
                out[i] = ItemScore.skip("no reference")
            elif it.sample.language not in (None, "en"):
                out[i] = ItemScore.skip(f"the model is English-only (sample language {it.sample.language!r})")
            else:
                todo.append(i)
        if todo:
            lm = self._model()
            for j in range(0, len(todo), self.batch):
                idx = todo[j:j + self.batch]
                ex = lm.encoder.encode([items[i].sample for i in idx], with_target=True)
                nll, ntok = lm.model.reference_nll(collate(ex, self.device), steps=self.steps)
                for i, n, k in zip(idx, nll, ntok):
                    out[i] = ItemScore(scores={"perplexity.nll": float(n), "perplexity.tokens": float(k),
                                               "perplexity.nll_per_token": float(n) / max(k, 1)})
        return [o for o in out if o is not None]

    def aggregate(self, items: Sequence[ScoreInput], results: Sequence[ItemScore]) -> dict[str, float]:
        nll = sum(r.scores["perplexity.nll"] for r in results if r.unscored is None)
        tok = sum(r.scores["perplexity.tokens"] for r in results if r.unscored is None)
        if not tok:
            return {}
        return {"perplexity.perplexity": math.exp(nll / tok), "perplexity.nll_per_token": nll / tok,
                "perplexity.tokens": tok}

    def close(self) -> None:
        self._loaded = None
