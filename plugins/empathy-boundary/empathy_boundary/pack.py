"""Language packs for the boundary scorer, built from pack modules (``packs/<code>.py``)."""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import Any

import attrs

from empathy_core.base import LanguagePack

from . import PATTERNS
from .engine import CompiledPack

_NLP: dict[str, Any] = {}
_NLP_LOCK = threading.Lock()


def spacy_tokenizer(lang: str) -> Any:
    """The tokenizer of ``spacy.blank(lang)``, built once per process (blank("fr") takes seconds)."""
    tok = _NLP.get(lang)
    if tok is None:
        with _NLP_LOCK:
            tok = _NLP.get(lang)
            if tok is None:
                import spacy  # noqa: PLC0415 - heavy, only when a pack tokenizes

                tok = _NLP[lang] = spacy.blank(lang).tokenizer
    return tok


#: one character for which ``str.isalnum()`` is true (``re``'s ``\w`` is exactly isalnum() or "_")
_ALNUM = re.compile(r"[^\W_]")


#: a word: letters/digits, hyphen-joined parts stay one word, apostrophes split ("can't" -> can, t;
#: "l'amour" -> l, amour) -- the same count as spaCy's blank tokenizers within 0.7 % on the dev sets
_WORDS = re.compile(r"[^\W_]+(?:[-\u2010][^\W_]+)*")


def words(text: str) -> list[str]:
    """Word tokens of the built-in packs: see ``_WORDS`` (docs/BOUNDARY.md, "Per-response output")."""
    return _WORDS.findall(text)


def spacy_words(lang: str, text: str) -> list[str]:
    """Word tokens of spaCy's blank ``lang`` tokenizer: no punctuation, space or symbol-only tokens
    (a token counts when it has at least one letter or digit)."""
    alnum = _ALNUM.search
    return [w for t in spacy_tokenizer(lang)(text)
            if not t.is_punct and not t.is_space and alnum(w := t.text)]


@attrs.define
class BoundaryPack(LanguagePack):
    """A :class:`LanguagePack` with the boundary patterns, exclusions and a word tokenizer (regex, or
    spaCy's blank tokenizer when ``spacy_lang`` is set)."""

    spacy_lang: str | None = None
    source: str | None = None  # module or distribution the data came from
    _compiled: CompiledPack | None = attrs.field(default=None, init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        self.patterns = {p: list(self.patterns.get(p, ())) for p in PATTERNS} | {
            p: list(v) for p, v in self.patterns.items() if p not in PATTERNS}
        self.exclusions = {p: list(self.exclusions.get(p, ())) for p in PATTERNS} | {
            p: list(v) for p, v in self.exclusions.items() if p not in PATTERNS}

    @classmethod
    def from_module(cls, mod: ModuleType) -> BoundaryPack:
        missing = [a for a in ("CODE", "NAME", "VERSION", "PATTERNS", "EXCLUSIONS") if not hasattr(mod, a)]
        if missing:
            raise ValueError(f"language pack module {mod.__name__} lacks {', '.join(missing)}")
        return cls(code=mod.CODE, name=mod.NAME, version=str(mod.VERSION), patterns=mod.PATTERNS,
                   exclusions=mod.EXCLUSIONS, spacy_lang=getattr(mod, "SPACY_LANG", None), source=mod.__name__)

    def tokenize(self, text: str) -> list[str]:
        """Words: spaCy's blank tokenizer when the pack asks for it (``SPACY_LANG``), else
        :func:`words` (the built-in packs: no spaCy import, same counts within 0.7 %)."""
        if self.spacy_lang:
            return spacy_words(self.spacy_lang, text)
        return words(text)

    def compiled(self) -> CompiledPack:
        if self._compiled is None:
            self._compiled = compile_pack(self)
        return self._compiled


def compile_pack(pack: LanguagePack) -> CompiledPack:
    """Compile any :class:`LanguagePack`'s patterns/exclusions (third-party packs need not subclass
    :class:`BoundaryPack`)."""
    return CompiledPack.build(pack.code, _as_lists(pack.patterns), _as_lists(pack.exclusions))


def _as_lists(m: Mapping[str, Sequence[str]]) -> dict[str, list[str]]:
    return {k: list(v) for k, v in (m or {}).items()}


def builtin_pack(code: str) -> BoundaryPack:
    """The built-in pack ``packs/<code>.py``."""
    from .packs import load_module

    return BoundaryPack.from_module(load_module(code))
