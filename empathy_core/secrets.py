"""Keeping secrets out of stored and printed text.

Every error message the core stores or prints passes through :func:`scrub`, which replaces the
values of secret-looking environment variables (``*_API_KEY``, ``*_TOKEN``, ``*_SECRET``, ...)
and any values registered with :func:`register_secret` (e.g. keys read from a keys file).
"""

from __future__ import annotations

import os
import re
import threading

_SECRET_ENV = re.compile(r"(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|AUTH)", re.I)
_registered: set[str] = set()
_lock = threading.Lock()
MIN_LEN = 6


def register_secret(value: str | None) -> None:
    """Remember a secret value so that :func:`scrub` removes it from any text."""
    if value and len(value) >= MIN_LEN:
        with _lock:
            _registered.add(value)


def _secret_values() -> list[str]:
    vals = {v for k, v in os.environ.items() if _SECRET_ENV.search(k) and v and len(v) >= MIN_LEN}
    with _lock:
        vals |= _registered
    return sorted(vals, key=len, reverse=True)


def scrub(text: str | None) -> str | None:
    """``text`` with every known secret value replaced by ``***``."""
    if not text:
        return text
    for v in _secret_values():
        if v in text:
            text = text.replace(v, "***")
    return text
