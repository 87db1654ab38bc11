"""Language identification: langdetect (seeded, deterministic; the default) or py3langid (fast).

Choose with ``EMPATHY_LANGID=langdetect|py3langid``. Both load lazily. Short or empty text
returns None rather than a guess.
"""

from __future__ import annotations

import os
import threading
from functools import lru_cache

_lock = threading.Lock()
_MIN_LETTERS = 3


@lru_cache(maxsize=1)
def _langdetect_factory():  # type: ignore[no-untyped-def]
    from langdetect import DetectorFactory
    from langdetect.detector_factory import init_factory

    DetectorFactory.seed = 0
    init_factory()
    from langdetect import detector_factory

    return detector_factory._factory


@lru_cache(maxsize=1)
def _langid_model():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@lru_cache(maxsize=16)
def py3langid_restricted(codes: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """py3langid restricted to ``codes``: a shallow copy of the one loaded model (loading the model
    file takes ~0.8 s; restricting only slices its arrays), so every restriction shares it."""
    import copy

    ident = copy.copy(_langid_model())
    ident.set_languages(list(codes))
    return ident


DETECTORS = ("langdetect", "py3langid")


def _check(method: str) -> None:
    if method not in DETECTORS:
        raise ValueError(f"unknown language detector {method!r}; choose from {', '.join(DETECTORS)}")


def detect_with_confidence(text: str, method: str = "langdetect") -> tuple[str | None, float]:
    """(ISO 639-1 code, probability) of ``text``'s language by ``method``, or (None, 0.0)."""
    _check(method)
    if sum(ch.isalpha() for ch in text) < _MIN_LETTERS:
        return None, 0.0
    if method == "py3langid":
        code, prob = _langid_model().classify(text)
        return code, float(prob)
    from langdetect.lang_detect_exception import LangDetectException

    factory = _langdetect_factory()
    with _lock:  # langdetect's seeded RNG is process-global
        try:
            det = factory.create()
            det.append(text)
            probs = det.get_probabilities()
        except LangDetectException:
            return None, 0.0
    if not probs:
        return None, 0.0
    top = probs[0]
    return top.lang.split("-")[0].lower(), float(top.prob)


@lru_cache(maxsize=4)
def supported_languages(method: str) -> frozenset[str]:
    """ISO 639-1 codes a detector can answer (langdetect has no Malay: it says 'id' or 'tl')."""
    _check(method)
    if method == "langdetect":
        return frozenset(c.split("-")[0] for c in _langdetect_factory().get_lang_list())
    return frozenset(_langid_model().nb_classes)


def detect(text: str, method: str | None = None) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None (short text, nothing detected)."""
    return detect_with_confidence(text, method or os.environ.get("EMPATHY_LANGID", "langdetect"))[0]


def detect_langdetect(text: str) -> str | None:
    return detect(text, "langdetect")


def detect_py3langid(text: str) -> str | None:
    return detect(text, "py3langid")
