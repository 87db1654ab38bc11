"""The core's fallback tokenizer: Unicode-aware words, keeping inner apostrophes and hyphens."""

from __future__ import annotations

import re

# letters/digits (any script, incl. combining marks), joined by ' ’ - inside a word
_WORD = re.compile(r"[^\W_](?:[^\W_]|['’\-](?=[^\W_]))*", re.UNICODE)
_TOKEN = re.compile(r"[^\W_](?:[^\W_]|['’\-](?=[^\W_]))*|[^\w\s]", re.UNICODE)


def word_tokens(text: str) -> list[str]:
    """Words only (no punctuation): ``"I'm fine, thanks!"`` -> ``["I'm", "fine", "thanks"]``."""
    return _WORD.findall(text)


def tokens(text: str) -> list[str]:
    """Words and punctuation marks as separate tokens."""
    return _TOKEN.findall(text)
