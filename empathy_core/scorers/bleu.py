"""Corpus BLEU-1..4 (cumulative), computed by sacrebleu from one pass of n-gram statistics."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

import attrs

from ..base import Capabilities, Scorer, opt_str, to_bool
from ..models import ItemScore, ScoreInput


@attrs.define
class BleuScorer(Scorer):
    """Cumulative corpus BLEU-1..4 (sacrebleu). ``bleu.bleu_n`` equals
    ``sacrebleu.BLEU(max_ngram_order=n).corpus_score(hyps, refs).score``."""

    name: ClassVar[str] = "bleu"
    version: ClassVar[str] = "1.0"
    capabilities: ClassVar[Capabilities] = Capabilities(
        needs_reference=True,
        higher_is_better={"bleu_1": True, "bleu_2": True, "bleu_3": True, "bleu_4": True, "sentence_bleu": True},
    )
    max_order: int = attrs.field(default=4, converter=int, metadata={"help": "highest n-gram order (1-8): bleu_1..bleu_N are reported"})
    tokenize: str | None = attrs.field(default=None, converter=opt_str, metadata={"help": "sacrebleu tokenizer (13a, intl, char, ...); default: sacrebleu's own"})
    lowercase: bool = attrs.field(default=False, converter=to_bool, metadata={"help": "lowercase before matching"})
    smooth: str = attrs.field(default="exp", metadata={"help": "sacrebleu smoothing: exp, floor, add-k, none"})
    sentence: bool = attrs.field(default=False, converter=to_bool, metadata={"help": "also score each response (bleu.sentence_bleu)"})
    _metric: Any = attrs.field(default=None, init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if not 1 <= self.max_order <= 8:
            raise ValueError("max_order must be between 1 and 8")
        from sacrebleu.metrics import BLEU

        self._metric = BLEU(max_ngram_order=self.max_order, tokenize=self.tokenize, lowercase=self.lowercase,
                            smooth_method=self.smooth)

    def signature_extra(self) -> dict[str, Any]:
        import sacrebleu

        return {"tok": self._metric.tokenizer.signature(), "sacrebleu": sacrebleu.__version__}

    def score(self, items: Sequence[ScoreInput]) -> list[ItemScore]:
        out = []
        for it in items:
            refs = list(it.sample.references)
            if not refs:
                out.append(ItemScore.skip("no reference"))
            elif self.sentence:
                from sacrebleu.metrics import BLEU

                s = BLEU(max_ngram_order=self.max_order, tokenize=self.tokenize, lowercase=self.lowercase,
                         effective_order=True).sentence_score(it.response, refs).score
                out.append(ItemScore(scores={"bleu.sentence_bleu": s}))
            else:
                out.append(ItemScore(scores={}))
        return out

    def corpus(self, hyps: Sequence[str], refs: Sequence[Sequence[str]]) -> dict[str, float]:
        """BLEU-1..max_order for hypotheses and their reference lists (lists may differ in length)."""
        if not hyps:
            return {}
        width = max(len(r) for r in refs)
        streams = [[(r[i] if i < len(r) else None) for r in refs] for i in range(width)]
        stats = self._metric._extract_corpus_statistics(list(hyps), streams)
        totals = [sum(col) for col in zip(*stats)]
        m = self.max_order
        sys_len, ref_len = int(totals[0]), int(totals[1])
        correct, total = totals[2:2 + m], totals[2 + m:2 + 2 * m]
        out = {}
        for n in range(1, m + 1):
            out[f"bleu.bleu_{n}"] = self._metric.compute_bleu(
                correct[:n], total[:n], sys_len, ref_len, smooth_method=self.smooth, max_ngram_order=n).score
        return out

    def aggregate(self, items: Sequence[ScoreInput], results: Sequence[ItemScore]) -> dict[str, float]:
        pairs = [(it.response, list(it.sample.references)) for it, r in zip(items, results) if r.unscored is None]
        out = self.corpus([h for h, _ in pairs], [r for _, r in pairs])
        if self.sentence:
            out.update(super().aggregate(items, results))
        return out
