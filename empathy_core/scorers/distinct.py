"""Distinct-n (Li et al. 2016): distinct n-grams / total n-grams over the corpus."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

import attrs

from ..base import Capabilities, Scorer, opt_str, to_bool
from ..models import ItemScore, ScoreInput
from ..tokenize import word_tokens


def ngrams(tokens: Sequence[str], n: int) -> list[tuple[str, ...]]:
    return [tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)]


def distinct_n(token_lists: Sequence[Sequence[str]], n: int) -> float | None:
    """Corpus Dist-n; None when the corpus has no n-gram at all."""
    seen: set[tuple[str, ...]] = set()
    total = 0
    for toks in token_lists:
        grams = ngrams(toks, n)
        total += len(grams)
        seen.update(grams)
    return len(seen) / total if total else None


def language_tokenizer(lang: str | None) -> Callable[[str], list[str]]:
    """The tokenizer of ``lang``'s language pack, or the core's Unicode word tokenizer."""
    if lang:
        from ..plugins import get_registry

        pack = get_registry().language(lang)
        if pack is not None:
            return pack.tokenize
    return word_tokens


@attrs.define
class DistinctScorer(Scorer):
    """Dist-1/Dist-2 over the corpus (tokens from the language pack's tokenizer; with ``protocol=ed``
    the ED protocol's tokens, :mod:`.ed_protocol`, = CEM ``calc_distinct_n`` over the whole split)."""

    name: ClassVar[str] = "distinct"
    version: ClassVar[str] = "1.0"
    capabilities: ClassVar[Capabilities] = Capabilities(higher_is_better={"distinct_1": True, "distinct_2": True})
    max_n: int = attrs.field(default=2, converter=int, metadata={"help": "distinct-1..N are reported"})
    lowercase: bool = attrs.field(default=True, converter=to_bool, metadata={"help": "lowercase tokens first"})
    protocol: str | None = attrs.field(default=None, converter=opt_str, metadata={"help": "ed: tokens of the MoEL/MIME/CEM EmpatheticDialogues protocol (lowercase, contractions expanded, nltk word tokens, punctuation included); default: the language pack's words"})

    def __attrs_post_init__(self) -> None:
        if self.protocol not in (None, "ed"):
            raise ValueError(f"protocol must be 'ed' (or unset for the language pack's tokens), not {self.protocol!r}")
        if self.protocol == "ed" and not self.lowercase:
            raise ValueError("protocol=ed lowercases: leave lowercase out")

    def _tokens(self, it: ScoreInput) -> list[str]:
        if self.protocol == "ed":
            from .ed_protocol import tokens

            return tokens(it.response)
        toks = language_tokenizer(it.sample.language)(it.response)
        return [t.lower() for t in toks] if self.lowercase else list(toks)

    def signature_extra(self) -> dict[str, Any]:
        if self.protocol == "ed":
            from .ed_protocol import SIGNATURE

            return {"tok": SIGNATURE}
        return {"tok": "language-pack|unicode-words"}

    def score(self, items: Sequence[ScoreInput]) -> list[ItemScore]:
        out = []
        for it in items:
            toks = self._tokens(it)
            scores = {}
            for n in range(1, self.max_n + 1):
                d = distinct_n([toks], n)
                if d is not None:
                    scores[f"distinct.response_distinct_{n}"] = d
            out.append(ItemScore(scores=scores, language=it.sample.language))
        return out

    def aggregate(self, items: Sequence[ScoreInput], results: Sequence[ItemScore]) -> dict[str, float]:
        toks = [self._tokens(it) for it in items]
        out = {}
        for n in range(1, self.max_n + 1):
            d = distinct_n(toks, n)
            if d is not None:
                out[f"distinct.distinct_{n}"] = d
        return out

    def resampler(self, items: Sequence[ScoreInput], results: Sequence[ItemScore]) -> Any:
        """Distinct-n on each resample without re-tokenising: an n-gram is present in a resample
        when any item containing it was drawn; totals are weighted sums of per-item n-gram counts."""
        import numpy as np

        from ..stats import Resampler

        toks = [self._tokens(it) for it in items]
        tables = []
        for n in range(1, self.max_n + 1):
            ids: dict[tuple[str, ...], int] = {}
            occ_item: list[int] = []
            occ_gram: list[int] = []
            counts = np.zeros(len(items))
            for i, t in enumerate(toks):
                grams = ngrams(t, n)
                counts[i] = len(grams)
                for g in set(grams):  # presence only: one occurrence per item and n-gram
                    occ_item.append(i)
                    occ_gram.append(ids.setdefault(g, len(ids)))
            order = np.argsort(np.asarray(occ_gram, dtype=np.int64), kind="stable")
            gram_sorted = np.asarray(occ_gram, dtype=np.int64)[order]
            starts = np.flatnonzero(np.r_[True, gram_sorted[1:] != gram_sorted[:-1]]) if len(order) else order
            tables.append((n, np.asarray(occ_item, dtype=np.int64)[order], starts, counts))

        class _Distinct(Resampler):
            method = "distinct-presence"
            recentre = True  # duplicated responses in a resample lower distinct-n
            bounds = (0.0, 1.0)

            def __call__(self, w: Any) -> dict[str, Any]:
                out: dict[str, Any] = {}
                for n, item_of, starts, counts in tables:
                    total = w @ counts
                    if not len(item_of):
                        continue
                    vals = np.empty(len(w))
                    step = max(1, 4_000_000 // len(item_of))  # bound the (rows x occurrences) mask
                    for a in range(0, len(w), step):
                        drawn = w[a:a + step, item_of] > 0
                        vals[a:a + step] = np.logical_or.reduceat(drawn, starts, axis=1).sum(axis=1)
                    with np.errstate(invalid="ignore", divide="ignore"):
                        out[f"distinct.distinct_{n}"] = np.where(total > 0, vals / np.maximum(total, 1), np.nan)
                return out

        return _Distinct()

    # mergeable form (--workers / --executor ray): per n, the set of distinct n-grams and the number
    # of n-grams; finalize(merge(partials)) == aggregate(all)
    def partial(self, items: Sequence[ScoreInput], results: Sequence[ItemScore]) -> DistinctState:
        st = DistinctState(seen=[set() for _ in range(self.max_n)], totals=[0] * self.max_n)
        for it in items:
            toks = self._tokens(it)
            for n in range(1, self.max_n + 1):
                grams = ngrams(toks, n)
                st.totals[n - 1] += len(grams)
                st.seen[n - 1].update(grams)
        return st

    def merge(self, states: Sequence[DistinctState]) -> DistinctState:
        out = DistinctState(seen=[set() for _ in range(self.max_n)], totals=[0] * self.max_n)
        for st in states:
            for i in range(self.max_n):
                out.seen[i] |= st.seen[i]
                out.totals[i] += st.totals[i]
        return out

    def finalize(self, state: DistinctState) -> dict[str, float]:
        return {f"distinct.distinct_{n}": len(state.seen[n - 1]) / state.totals[n - 1]
                for n in range(1, self.max_n + 1) if state.totals[n - 1]}

    def finalize_notes(self, state: Any) -> list[str]:
        return []


@attrs.define
class DistinctState:
    seen: list[set[tuple[str, ...]]]
    totals: list[int]
