"""Where empathy-core keeps caches (entry-point scans, compiled pattern databases)."""

from __future__ import annotations

import os
import sys


def cache_dir(*parts: str) -> str:
    """``$EMPATHY_CACHE_DIR``, else the user cache folder (``$XDG_CACHE_HOME``/``~/.cache`` on
    Linux), ``/empathy-core``, joined with ``parts``. Not created here."""
    base = os.environ.get("EMPATHY_CACHE_DIR")
    if not base and sys.platform.startswith("linux"):
        base = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "empathy-core")
    if not base:
        import platformdirs

        base = platformdirs.user_cache_dir("empathy-core", appauthor=False)
    return os.path.join(base, *parts)
