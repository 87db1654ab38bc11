"""The sentence block of the EPITOME heads (version 2.1): rationale-supervised sentence scores.

EPITOME's annotators marked, for every mechanism, the words of the response that carry it (the
rationale). A response's mechanism often lives in one sentence of a long reply ("I went through
the same thing last year"), which a whole-response embedding dilutes. So, per mechanism, a
logistic regression on the multilingual USE embedding of each *sentence* predicts whether that
sentence overlaps the rationale; its probabilities are pooled over the response's sentences
(maximum, mean, mean of the top two) into three features per mechanism, and those nine features
join the response-level features of the heads. The sentence models are trained on English
sentences only; because USE is multilingual they score sentences of every language it covers.

When the heads are trained, a training response's sentence features come from sentence models
that did not see that response (inner 5-fold out-of-fold predictions), so the heads learn how much
to trust features they will meet on unseen text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

#: sentence ends (incl. the CJK/Spanish marks), or line breaks
_SPLIT = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])\s*|\n+")
AGGREGATES = ("max", "mean", "top2_mean")
#: rationale fragments shorter than this (in characters) are ignored (stray punctuation)
MIN_FRAGMENT = 3


def split_sentences(text: str) -> list[tuple[int, int, str]]:
    """(start, end, sentence) for each non-empty sentence of ``text`` in order; the whole text (possibly
    empty) as one sentence when it has none."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    for piece in _SPLIT.split(text):
        if not piece or not piece.strip():
            continue
        start = text.find(piece, pos)
        end = start + len(piece)
        pos = end
        out.append((start, end, piece.strip()))
    return out or [(0, len(text), text.strip())]


def rationale_labels(text: str, rationale: str) -> list[int]:
    """1 for each sentence of ``text`` that overlaps a fragment of ``rationale`` (EPITOME's
    ``|``-separated substrings of the response), else 0."""
    spans = []
    for frag in rationale.split("|"):
        frag = frag.strip()
        if len(frag) < MIN_FRAGMENT:
            continue
        i = text.find(frag)
        if i >= 0:
            spans.append((i, i + len(frag)))
    return [int(any(a < e and s < b for s, e in spans)) for a, b, _ in split_sentences(text)]


def sentences_of(texts: Sequence[str]) -> tuple[list[str], np.ndarray]:
    """All sentences of ``texts`` and, for each, the index of its text."""
    sents: list[str] = []
    owner: list[int] = []
    for k, t in enumerate(texts):
        for _, _, s in split_sentences(t if isinstance(t, str) else ""):
            sents.append(s)
            owner.append(k)
    return sents, np.asarray(owner, dtype=np.int64)


def pool(p: np.ndarray, owner: np.ndarray, n: int) -> np.ndarray:
    """(n, 3): per text, max, mean and mean of the top two of its sentences' probabilities ``p``."""
    out = np.zeros((n, len(AGGREGATES)), dtype=np.float64)
    order = np.lexsort((-p, owner))  # by text, then probability descending
    o, q = owner[order], p[order]
    starts = np.searchsorted(o, np.arange(n), side="left")
    ends = np.searchsorted(o, np.arange(n), side="right")
    for k in range(n):
        v = q[starts[k]:ends[k]]
        if len(v) == 0:
            continue
        out[k] = (v[0], v.mean(), v[:2].mean())
    return out


def block(models: Mapping[str, tuple[np.ndarray, float]], sent_emb: np.ndarray, owner: np.ndarray, n: int,
          mechanisms: Sequence[str]) -> np.ndarray:
    """(n, 3 * len(mechanisms)): the pooled sentence probabilities of each mechanism's sentence model
    (``models[m] = (weight [dims], bias)``) over the sentence embeddings ``sent_emb``."""
    parts = []
    for m in mechanisms:
        w, b = models[m]
        z = sent_emb.astype(np.float64) @ np.asarray(w, dtype=np.float64).ravel() + float(b)
        parts.append(pool(1.0 / (1.0 + np.exp(-z)), owner, n))
    return np.concatenate(parts, axis=1) if parts else np.zeros((n, 0))


def models_from_tensors(tensors: Mapping[str, Any], mechanisms: Sequence[str]) -> dict[str, tuple[np.ndarray, float]]:
    """The sentence models stored as ``sentence.<mechanism>.weight`` / ``.bias`` tensors."""
    out = {}
    for m in mechanisms:
        w, b = tensors.get(f"sentence.{m}.weight"), tensors.get(f"sentence.{m}.bias")
        if w is None or b is None:
            raise ValueError(f"sentence block: no sentence.{m}.weight/bias tensors in the weights file")
        out[m] = (np.asarray(w, dtype=np.float64).ravel(), float(np.asarray(b).ravel()[0]))
    return out
