"""TF-IDF word n-grams (the transform of scikit-learn's ``TfidfVectorizer``, re-implemented in numpy so
that scoring needs no scikit-learn and no pickle): vocabulary in JSON, idf in safetensors."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

#: words plus '?' and '!' as tokens of their own (questions matter for explorations)
TOKEN_PATTERN = r"(?u)\b\w+\b|[?!]"


class Tfidf:
    """``TfidfVectorizer(lowercase=True, token_pattern=..., ngram_range=(lo, hi), sublinear_tf=..., norm='l2')``
    with a fixed vocabulary and idf."""

    def __init__(self, vocabulary: Sequence[str], idf: np.ndarray, params: Mapping[str, Any]) -> None:
        self.vocabulary = list(vocabulary)
        self.index = {t: i for i, t in enumerate(self.vocabulary)}
        self.idf = np.asarray(idf, dtype=np.float64)
        self.pattern = re.compile(params.get("token_pattern", TOKEN_PATTERN))
        self.lo, self.hi = (int(x) for x in params.get("ngram_range", (1, 1)))
        self.sublinear = bool(params.get("sublinear_tf", False))
        if len(self.index) != len(self.idf):
            raise ValueError(f"vocabulary has {len(self.index)} terms but idf has {len(self.idf)}")

    def _terms(self, text: str) -> list[str]:
        toks = self.pattern.findall(text.lower())
        out = []
        for n in range(self.lo, self.hi + 1):
            out += [" ".join(toks[i:i + n]) for i in range(len(toks) - n + 1)]
        return out

    def transform(self, texts: Sequence[str]) -> np.ndarray:
        x = np.zeros((len(texts), len(self.idf)), dtype=np.float64)
        for row, text in enumerate(texts):
            counts = Counter(t for t in self._terms(text) if t in self.index)
            for term, c in counts.items():
                j = self.index[term]
                x[row, j] = (1.0 + math.log(c) if self.sublinear else c) * self.idf[j]
            norm = np.linalg.norm(x[row])
            if norm > 0:
                x[row] /= norm
        return x
