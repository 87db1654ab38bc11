"""Language packs: registration, pack format, tokenizer."""

from __future__ import annotations

import subprocess
import sys

import pytest
from empathy_boundary import PATTERNS
from empathy_boundary.pack import BoundaryPack, spacy_tokenizer
from empathy_boundary.packs import BUILTIN_CODES, available_codes, load_module

from empathy_core.base import LanguagePack


def test_registered_languages_and_components(registry) -> None:  # type: ignore[no-untyped-def]
    codes = registry.language_codes()
    assert "en" in codes
    assert set(available_codes()) <= set(codes)
    entry = registry.entry("languages", "en")
    assert entry.plugin == "boundary"
    assert registry.entry("scorers", "boundary").plugin == "boundary"
    assert {"overshare", "boundary-mini"} <= set(registry.entries["datasets"])


@pytest.mark.parametrize("code", available_codes())
def test_builtin_pack_module_format(code: str) -> None:
    mod = load_module(code)
    assert mod.CODE == code and code in BUILTIN_CODES
    assert isinstance(mod.NAME, str) and isinstance(mod.VERSION, str) and mod.VERSION
    assert set(mod.PATTERNS) == set(PATTERNS), "PATTERNS must have the seven patterns"
    assert set(mod.EXCLUSIONS) == set(PATTERNS), "EXCLUSIONS must have the seven patterns"
    for p in PATTERNS:
        assert mod.PATTERNS[p], f"{code}: no regex for {p}"
        assert all(isinstance(r, str) for r in mod.PATTERNS[p] + mod.EXCLUSIONS[p])
    pack = BoundaryPack.from_module(mod)
    assert isinstance(pack, LanguagePack) and pack.signature() == f"{code}:{mod.VERSION}"
    pack.compiled()  # every regex compiles


def test_english_tokenizer_word_counts(registry) -> None:  # type: ignore[no-untyped-def]
    en = registry.language("en")
    assert en.tokenize("I can't say that, I'm sorry!! 😊 It's 10 o'clock.") == [
        "I", "can", "t", "say", "that", "I", "m", "sorry", "It", "s", "10", "o", "clock"]
    assert en.tokenize("  ...  ") == []
    assert en.tokenize("Hello,\n\nworld") == ["Hello", "world"]


def test_spacy_pipeline_is_built_once() -> None:
    assert spacy_tokenizer("en") is spacy_tokenizer("en")


def test_pack_without_spacy_uses_the_regex_words() -> None:
    pack = BoundaryPack(code="xx", name="Test", version="0", patterns={}, exclusions={}, spacy_lang=None)
    assert pack.tokenize("Don't stop — it's well-known.") == ["Don", "t", "stop", "it", "s", "well-known"]


def test_import_stays_light() -> None:
    """Registering the boundary plugin must not import spaCy or the language detectors."""
    code = ("import sys; from empathy_core.plugins import build_registry; import empathy_boundary.plugin as bp; r = build_registry(entrypoints=False, extra=[('boundary', bp)]); "
            "r.entry('scorers', 'boundary'); "
            "bad = [m for m in ('spacy', 'langdetect', 'py3langid', 'ftfy', 'ahocorasick') if m in sys.modules]; "
            "print(bad); sys.exit(1 if bad else 0)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
