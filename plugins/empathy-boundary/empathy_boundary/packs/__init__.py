"""Built-in boundary language packs: one module per language, ``packs/<code>.py``.

A pack module defines ``CODE`` (ISO 639-1), ``NAME``, ``VERSION``, ``SPACY_LANG`` (spaCy blank
language code or None), ``PATTERNS`` and ``EXCLUSIONS`` (pattern -> list of regex strings, keyed by
the seven patterns in :data:`empathy_boundary.PATTERNS`). See docs/BOUNDARY.md.
"""

from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType

#: The languages the core ships packs for (a code is registered only when its module exists).
BUILTIN_CODES = ("en", "fr", "de", "it", "es", "ms")


def module_name(code: str) -> str:
    return f"{__name__}.{code}"


def available_codes() -> list[str]:
    """Built-in codes whose pack module exists (found without importing it)."""
    return [c for c in BUILTIN_CODES if importlib.util.find_spec(module_name(c)) is not None]


def load_module(code: str) -> ModuleType:
    return importlib.import_module(module_name(code))
