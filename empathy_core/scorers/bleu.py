"""Corpus BLEU-1..4 (cumulative), computed by sacrebleu from one pass of n-gram statistics."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

import attrs

from ..base import Capabilities, Scorer, opt_str, to_bool
from ..mergeable import MeanState
from ..models import ItemScore, ScoreInput


def _tokenizer_name(v: Any) -> str | None:
    """Converter of ``tokenize``: unset/empty -> None (sacrebleu's default, 13a); any other value,
    ``none`` included (sacrebleu's whitespace-only tokenizer), is the sacrebleu tokenizer's name."""
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    return str(v).strip()


@attrs.define
class BleuScorer(Scorer):
    """Cumulative corpus BLEU-1..4 (sacrebleu). ``bleu.bleu_n`` equals
    ``sacrebleu.BLEU(max_ngram_order=n).corpus_score(hyps, refs).score``. With ``protocol=ed``
    hypotheses and references are normalised first (:mod:`.ed_protocol`) and BLEU is
    ``BLEU(tokenize="none", lowercase=True, smooth_method="none")`` on them (= multi-bleu.perl -lc)."""

    name: ClassVar[str] = "bleu"
    version: ClassVar[str] = "1.0"
    capabilities: ClassVar[Capabilities] = Capabilities(
        needs_reference=True,
        higher_is_better={"bleu_1": True, "bleu_2": True, "bleu_3": True, "bleu_4": True, "sentence_bleu": True},
    )
    max_order: int = attrs.field(default=4, converter=int, metadata={"help": "highest n-gram order (1-8): bleu_1..bleu_N are reported"})
    tokenize: str | None = attrs.field(default=None, converter=_tokenizer_name, metadata={"help": "sacrebleu tokenizer (13a, intl, char, none, ...); default: sacrebleu's own (13a)"})
    lowercase: bool = attrs.field(default=False, converter=to_bool, metadata={"help": "lowercase before matching"})
    smooth: str = attrs.field(default="exp", metadata={"help": "sacrebleu smoothing: exp, floor, add-k, none"})
    sentence: bool = attrs.field(default=False, converter=to_bool, metadata={"help": "also score each response (bleu.sentence_bleu)"})
    protocol: str | None = attrs.field(default=None, converter=opt_str, metadata={"help": "ed: the MoEL/MIME/CEM EmpatheticDialogues protocol (lowercase, contractions expanded, nltk word tokens; tokenize=none, no smoothing); default: sacrebleu's"})
    _metric: Any = attrs.field(default=None, init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if not 1 <= self.max_order <= 8:
            raise ValueError("max_order must be between 1 and 8")
        if self.protocol is not None:
            if self.protocol != "ed":
                raise ValueError(f"protocol must be 'ed' (or unset for sacrebleu's default), not {self.protocol!r}")
            if self.tokenize not in (None, "none") or self.smooth not in ("exp", "none"):
                raise ValueError("protocol=ed fixes tokenize=none, lowercase=true and smooth=none: leave those options out")
            # the protocol's tokens are made by ed_protocol.normalize; sacrebleu only splits on spaces
            self.tokenize, self.lowercase, self.smooth = "none", True, "none"
        from sacrebleu.metrics import BLEU

        self._metric = BLEU(max_ngram_order=self.max_order, tokenize=self.tokenize, lowercase=self.lowercase,
                            smooth_method=self.smooth)

    def signature_extra(self) -> dict[str, Any]:
        import sacrebleu

        extra = {"tok": self._metric.tokenizer.signature(), "sacrebleu": sacrebleu.__version__}
        if self.protocol == "ed":
            from .ed_protocol import SIGNATURE

            extra["norm"] = SIGNATURE
        return extra

    def _norm(self, text: str) -> str:
        if self.protocol == "ed":
            from .ed_protocol import normalize

            return normalize(text)
        return text

    def score(self, items: Sequence[ScoreInput]) -> list[ItemScore]:
        out = []
        for it in items:
            refs = list(it.sample.references)
            if not refs:
                out.append(ItemScore.skip("no reference"))
            elif self.sentence:
                from sacrebleu.metrics import BLEU

                s = BLEU(max_ngram_order=self.max_order, tokenize=self.tokenize, lowercase=self.lowercase,
                         effective_order=True).sentence_score(self._norm(it.response), [self._norm(r) for r in refs]).score
                out.append(ItemScore(scores={"bleu.sentence_bleu": s}))
            else:
                out.append(ItemScore(scores={}))
        return out

    def corpus(self, hyps: Sequence[str], refs: Sequence[Sequence[str]]) -> dict[str, float]:
        """BLEU-1..max_order for hypotheses and their reference lists (lists may differ in length)."""
        if not hyps:
            return {}
        stats = self.sentence_stats(hyps, refs)
        return self.from_totals([sum(col) for col in zip(*stats)])

    def sentence_stats(self, hyps: Sequence[str], refs: Sequence[Sequence[str]]) -> list[list[int]]:
        """sacrebleu's sufficient statistics per sentence: hyp length, ref length, correct and
        total n-grams for n = 1..max_order. Corpus BLEU is computed from their column sums."""
        width = max(len(r) for r in refs)
        streams = [[(self._norm(r[i]) if i < len(r) else None) for r in refs] for i in range(width)]
        return self._metric._extract_corpus_statistics([self._norm(h) for h in hyps], streams)

    def from_totals(self, totals: Sequence[float]) -> dict[str, float]:
        """BLEU-1..max_order from summed sufficient statistics (sacrebleu's compute_bleu)."""
        m = self.max_order
        sys_len, ref_len = int(totals[0]), int(totals[1])
        correct = [int(x) for x in totals[2:2 + m]]
        total = [int(x) for x in totals[2 + m:2 + 2 * m]]
        out = {}
        for n in range(1, m + 1):
            out[f"bleu.bleu_{n}"] = self._metric.compute_bleu(
                correct[:n], total[:n], sys_len, ref_len, smooth_method=self.smooth, max_ngram_order=n).score
        return out

    def _stats(self, items: Sequence[ScoreInput], results: Sequence[ItemScore]) -> tuple[Any, Any]:
        """(per-sentence sufficient statistics, int32, zero rows for unscored items; scored flags)."""
        import numpy as np

        scored = [i for i, r in enumerate(results) if r.unscored is None]
        stats = np.zeros((len(items), 2 + 2 * self.max_order), dtype=np.int32)
        if scored:
            stats[scored] = np.asarray(self.sentence_stats(
                [items[i].response for i in scored], [list(items[i].sample.references) for i in scored]))
        present = np.zeros(len(items), dtype=np.int8)
        present[scored] = 1
        return stats, present

    def _resampler_from(self, stats: Any, present: Any, sentence: Any) -> Any:
        import numpy as np

        from ..stats import CombinedResampler, Resampler

        stats = stats.astype(np.float64)
        present = present.astype(np.float64)
        any_scored = bool(present.any())
        scorer = self

        class _CorpusBleu(Resampler):
            method = "sacrebleu-sufficient-statistics"

            def __call__(self, w: Any) -> dict[str, Any]:
                if not any_scored:
                    return {}
                totals, seen = w @ stats, w @ present
                out = {f"bleu.bleu_{n}": np.full(len(w), np.nan) for n in range(1, scorer.max_order + 1)}
                for r in range(len(w)):
                    if seen[r] > 0:
                        for k, v in scorer.from_totals(totals[r]).items():
                            out[k][r] = v
                return out

        if sentence is None:
            return _CorpusBleu()
        return CombinedResampler([_CorpusBleu(), sentence])

    def resampler(self, items: Sequence[ScoreInput], results: Sequence[ItemScore]) -> Any:
        """sacrebleu's bootstrap: per-sentence sufficient statistics are summed over each resample
        (one matrix product for all resamples) and BLEU is recomputed from the sums."""
        from ..stats import MeanResampler

        stats, present = self._stats(items, results)
        sentence = MeanResampler.from_results(results, ["bleu.sentence_bleu"]) if self.sentence else None
        return self._resampler_from(stats, present, sentence)

    def bootstrap_partial(self, items: Sequence[ScoreInput], results: Sequence[ItemScore]) -> Any:
        """Per response: the int32 sufficient statistics (+ the sentence BLEU when ``sentence``)."""
        from ..stats import MeanColumns, MeanResampler

        stats, present = self._stats(items, results)
        sent = MeanColumns.of(MeanResampler.from_results(results, ["bleu.sentence_bleu"])) if self.sentence else None
        return stats, present, sent

    def bootstrap_accumulator(self) -> Any:
        return _BleuBootstrap(self)

    def aggregate(self, items: Sequence[ScoreInput], results: Sequence[ItemScore]) -> dict[str, float]:
        pairs = [(it.response, list(it.sample.references)) for it, r in zip(items, results) if r.unscored is None]
        out = self.corpus([h for h, _ in pairs], [r for _, r in pairs])
        if self.sentence:
            out.update(super().aggregate(items, results))
        return out

    # mergeable form (--workers / --executor ray): sacrebleu's sufficient statistics summed
    # (+ exact sums of sentence BLEU); finalize(merge(partials)) == aggregate(all)
    def partial(self, items: Sequence[ScoreInput], results: Sequence[ItemScore]) -> BleuState:
        pairs = [(it.response, list(it.sample.references)) for it, r in zip(items, results) if r.unscored is None]
        totals = [0] * (2 + 2 * self.max_order)
        if pairs:
            totals = [int(sum(col)) for col in zip(*self.sentence_stats([h for h, _ in pairs], [r for _, r in pairs]))]
        return BleuState(n=len(pairs), totals=totals, means=MeanState().add_results(results) if self.sentence else None)

    def merge(self, states: Sequence[BleuState]) -> BleuState:
        out = BleuState(n=0, totals=[0] * (2 + 2 * self.max_order), means=MeanState() if self.sentence else None)
        for st in states:
            out.n += st.n
            out.totals = [a + b for a, b in zip(out.totals, st.totals)]
            if out.means is not None and st.means is not None:
                out.means.update(st.means)
        return out

    def finalize(self, state: BleuState) -> dict[str, float]:
        if not state.n:
            return {}
        out = self.from_totals(state.totals)
        if state.means is not None:
            out.update(state.means.means())
        return out

    def finalize_notes(self, state: Any) -> list[str]:
        return []


@attrs.define
class BleuState:
    n: int
    totals: list[int]
    means: MeanState | None = None


class _BleuBootstrap:
    """Sufficient statistics of every partition appended to growing int32 buffers (40 bytes per
    response at max_order 4), then one resampler: the same as ``BleuScorer.resampler`` on all items."""

    def __init__(self, scorer: BleuScorer) -> None:
        import array

        from ..stats import ColumnBuffer

        self.scorer = scorer
        self.stats = array.array("i")
        self.present = array.array("b")
        self.sentence = ColumnBuffer() if scorer.sentence else None

    def add(self, part: Any) -> None:
        stats, present, sent = part
        self.stats.frombytes(stats.astype("int32").tobytes())
        self.present.frombytes(present.astype("int8").tobytes())
        if self.sentence is not None and sent is not None:
            self.sentence.add(sent)

    def resampler(self) -> Any:
        import numpy as np

        width = 2 + 2 * self.scorer.max_order
        stats = np.frombuffer(self.stats, dtype=np.int32).reshape(-1, width)
        present = np.frombuffer(self.present, dtype=np.int8)
        return self.scorer._resampler_from(stats, present, self.sentence.resampler() if self.sentence else None)
