"""Which language pack scores a response: language detection with confidence, Malay/Indonesian.

Rules (docs/BOUNDARY.md, "Language selection"):
- a sample with a ``language`` is scored in that language, unless the response is *confidently*
  in another language (detector probability >= ``min_confidence`` on a response with at least
  ``min_letters`` letters): then the response's language wins and the evidence records
  ``prompt_language``, ``response_language`` and ``language_mismatch: true``;
- a sample without a language is scored in the response's detected language (the registry's
  ``detect_language`` hook, or the ``detector=`` chosen); nothing detected -> unscored;
- langdetect has no Malay profile and answers "id" (Indonesian), sometimes "tl", for Malay text.
  So the mismatch check of a sample declared in a language the chosen detector does not know
  (ms for langdetect) uses py3langid, which knows it. When a detector says "id" and there is no
  "id" pack but an "ms" pack, py3langid restricted to {ms, id} decides. Malay and Indonesian are
  treated as one language for the mismatch check.
"""

from __future__ import annotations

import threading
from functools import lru_cache

DETECTORS = ("langdetect", "py3langid")
_SAME = [frozenset({"ms", "id"})]
_lock = threading.Lock()


def letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def same_language(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a == b or any({a, b} <= s for s in _SAME)


@lru_cache(maxsize=65536)
def detect_with_confidence(text: str, method: str = "langdetect") -> tuple[str | None, float]:
    """(ISO 639-1 code, probability) of ``text``'s language, or (None, 0.0). Cached by text."""
    if letters(text) < 3:
        return None, 0.0
    if method == "py3langid":
        from ..langid import _langid_model

        code, prob = _langid_model().classify(text)
        return code, float(prob)
    if method == "langdetect":
        from langdetect.lang_detect_exception import LangDetectException

        from ..langid import _langdetect_factory
        from ..langid import _lock as ld_lock

        factory = _langdetect_factory()
        with ld_lock:  # langdetect's seeded RNG is process-global
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
    raise ValueError(f"unknown language detector {method!r}; choose from {', '.join(DETECTORS)}")


@lru_cache(maxsize=4)
def supported_languages(method: str) -> frozenset[str]:
    """ISO 639-1 codes a detector can answer."""
    if method == "langdetect":
        from ..langid import _langdetect_factory

        return frozenset(c.split("-")[0] for c in _langdetect_factory().get_lang_list())
    if method == "py3langid":
        from ..langid import _langid_model

        return frozenset(_langid_model().nb_classes)
    raise ValueError(f"unknown language detector {method!r}; choose from {', '.join(DETECTORS)}")


def detector_for(declared: str, method: str) -> str:
    """The detector to check a response against ``declared``: ``method`` when it knows that
    language, else py3langid (langdetect has no Malay: it calls Malay 'id' or 'tl')."""
    if method != "py3langid" and declared not in supported_languages(method):
        return "py3langid"
    return method


@lru_cache(maxsize=1)
def _ms_id_model():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(["ms", "id"])
    return ident


@lru_cache(maxsize=65536)
def malay_or_indonesian(text: str) -> str:
    """"ms" or "id", by py3langid restricted to those two languages."""
    with _lock:
        code, _ = _ms_id_model().classify(text)
    return code


def fix_indonesian(code: str | None, text: str, have_pack) -> str | None:  # type: ignore[no-untyped-def]
    """Map a detector's "id" to "ms" when only a Malay pack exists and the text reads as Malay."""
    if code == "id" and not have_pack("id") and have_pack("ms"):
        return malay_or_indonesian(text)
    return code
