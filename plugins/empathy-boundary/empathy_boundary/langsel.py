"""Which language pack scores a response: language detection with confidence, Malay/Indonesian.

Rules (docs/BOUNDARY.md, "Language selection"):
- a sample with a ``language`` is scored in that language, unless the response is *confidently*
  in another language (detector probability >= ``min_confidence`` on a response with at least
  ``min_letters`` letters): then the response's language wins and the evidence records
  ``prompt_language``, ``response_language`` and ``language_mismatch: true``;
- a sample without a language is scored in the response's detected language (the registry's
  ``detect_language`` hook, or the ``detector=`` chosen); nothing detected -> unscored;
- before running a detector on a sample that has a language, a quick check counts the response's
  words (of 2+ characters) that are spaCy stop words of each candidate language (the packs' languages and a few other
  common Latin-script ones): when at least 8 words, >= 20% of them stop words of the declared
  language and at least 1.5x the share of any other candidate, the response is taken to be in the
  declared language without running the detector (about 96 % of the benchmark's responses);
  otherwise, when the detector would be langdetect, py3langid naming the declared language with
  probability >= 0.95 also confirms it (the scorer's ``_quick_confirmed``); else the detector
  decides. Malay and Indonesian share spaCy's list and count as one.
- langdetect has no Malay profile and answers "id" (Indonesian), sometimes "tl", for Malay text.
  So the mismatch check of a sample declared in a language the chosen detector does not know
  (ms for langdetect) uses py3langid, which knows it. When a detector says "id" and there is no
  "id" pack but an "ms" pack, py3langid restricted to {ms, id} decides. Malay and Indonesian are
  treated as one language for the mismatch check.
"""

from __future__ import annotations

import importlib
import re
import threading
from functools import lru_cache
from pathlib import Path

DETECTORS = ("langdetect", "py3langid")
#: languages whose spaCy stop words compete in the quick same-language check (plus every pack's)
QUICK_COMPETITORS = ("en", "fr", "de", "it", "es", "pt", "nl", "id", "ca", "ro", "sv", "da", "nb", "pl", "tr")
QUICK_MIN_WORDS = 8
QUICK_MIN_SHARE = 0.2
QUICK_MARGIN = 1.5
_WORD_RE = re.compile(r"\w+")
_SAME = [frozenset({"ms", "id"})]
_lock = threading.Lock()


def has_letters(text: str, n: int) -> bool:
    """Has ``text`` at least ``n`` letters (``str.isalpha``)? Stops as soon as it is known."""
    if n <= 0:
        return True
    for ch in text:
        if ch.isalpha():
            n -= 1
            if n == 0:
                return True
    return False


def language_group(code: str) -> frozenset[str] | None:
    """The group of near-identical languages ``code`` belongs to (Malay/Indonesian), or None."""
    code = code.lower()
    return next((g for g in _SAME if code in g), None)


def same_language(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a == b or any({a, b} <= s for s in _SAME)


@lru_cache(maxsize=65536)
def detect_with_confidence(text: str, method: str = "langdetect") -> tuple[str | None, float]:
    """(ISO 639-1 code, probability) of ``text``'s language, or (None, 0.0). Cached by text."""
    from empathy_core.langid import detect_with_confidence as detect

    return detect(text, method)


def supported_languages(method: str) -> frozenset[str]:
    """ISO 639-1 codes a detector can answer."""
    from empathy_core.langid import supported_languages as supported

    return supported(method)


def detector_for(declared: str, method: str) -> str:
    """The detector to check a response against ``declared``: ``method`` when it knows that
    language, else py3langid (langdetect has no Malay: it calls Malay 'id' or 'tl')."""
    if method != "py3langid" and declared not in supported_languages(method):
        return "py3langid"
    return method


def _ms_id_model():  # type: ignore[no-untyped-def]
    return _restricted_model(("ms", "id"))


@lru_cache(maxsize=65536)
def malay_or_indonesian(text: str) -> str:
    """"ms" or "id", by py3langid restricted to those two languages."""
    with _lock:
        code, _ = _ms_id_model().classify(text)
    return code


def _restricted_model(codes: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """py3langid restricted to ``codes``, sharing the core's loaded model (one load per process)."""
    from empathy_core.langid import py3langid_restricted

    return py3langid_restricted(codes)


def restricted_language(text: str, codes: tuple[str, ...]) -> tuple[str | None, float]:
    """py3langid restricted to ``codes`` (the languages that have packs): the best of those for a
    text too short or unclear to detect freely ("Yes, I do." is not Portuguese when no Portuguese
    pack exists). Codes py3langid does not know are left out; (None, 0.0) when none is left."""
    from py3langid.langid import MODEL_FILE  # noqa: F401 - fail early when py3langid is missing

    known = tuple(c for c in codes if c in _langid_classes())
    if not known or not text.strip():
        return None, 0.0
    if len(known) == 1:
        return known[0], 1.0
    with _lock:
        code, prob = _restricted_model(known).classify(text)
    return code, float(prob)


@lru_cache(maxsize=1)
def _langid_classes() -> frozenset[str]:
    return supported_languages("py3langid")


def fix_indonesian(code: str | None, text: str, have_pack) -> str | None:  # type: ignore[no-untyped-def]
    """Map a detector's "id" to "ms" when only a Malay pack exists and the text reads as Malay."""
    if code == "id" and not have_pack("id") and have_pack("ms"):
        return malay_or_indonesian(text)
    return code


@lru_cache(maxsize=1)
def _stop_lists() -> dict[str, list[str]]:
    """spaCy's stop-word lists, shipped as data/stopwords.json (scripts/make_stopwords.py writes it)
    so that the quick check does not import spaCy (seconds) at start-up."""
    import json

    path = Path(__file__).resolve().parent / "data" / "stopwords.json"
    return json.loads(path.read_text(encoding="utf-8"))["lists"]


@lru_cache(maxsize=64)
def stop_words(code: str) -> frozenset[str]:
    """spaCy's stop words for ``code`` (empty when spaCy has none); read from the shipped copy,
    else from spaCy itself when it is installed (a language the copy lacks)."""
    words = _stop_lists().get(code)
    if words is not None:
        return frozenset(words)
    try:
        mod = importlib.import_module(f"spacy.lang.{code}.stop_words")
    except ImportError:
        return frozenset()
    return frozenset(w.lower() for w in getattr(mod, "STOP_WORDS", ()))


@lru_cache(maxsize=256)
def _stop_index(declared: str, others: tuple[str, ...]) -> tuple[dict[str, tuple[int, ...]], int]:
    """Every stop word of ``declared`` and of its competitors (``others`` that are not the same
    language and have stop words) -> the indexes of the lists it is in; index 0 is ``declared``.
    Also the number of lists."""
    codes = [declared] + [c for c in others if c != declared and not same_language(c, declared) and stop_words(c)]
    index: dict[str, list[int]] = {}
    for k, code in enumerate(codes):
        for w in stop_words(code):
            index.setdefault(w, []).append(k)
    return {w: tuple(ks) for w, ks in index.items()}, len(codes)


def quick_same_language(text: str, declared: str, others: tuple[str, ...]) -> bool:
    """True when ``text`` is clearly in ``declared`` by stop-word shares (see the module doc);
    False means "not sure": run the detector."""
    if not stop_words(declared):
        return False
    words = [w for w in _WORD_RE.findall(text.lower()) if len(w) > 1]  # "i", "m", "t", "a": in many lists
    if len(words) < QUICK_MIN_WORDS:
        return False
    index, n = _stop_index(declared, others)
    counts = [0] * n
    get = index.get
    for w in words:
        ks = get(w)
        if ks is not None:
            for k in ks:
                counts[k] += 1
    own = counts[0]
    if own / len(words) < QUICK_MIN_SHARE:
        return False
    # another list's share * margin above the declared language's share: not sure
    return all(c * QUICK_MARGIN <= own for c in counts[1:])
