"""Where empathy-core keeps caches (entry-point scans, compiled pattern databases)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


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


def shared_data_dir() -> Path | None:
    """The research data folder: ``$EMPATHY_SHARED_DATA`` when set (returned even if missing, so
    that errors name it), else ``../shared/data`` beside the working folder or beside the checkout
    this package runs from; None when there is none."""
    env = os.environ.get("EMPATHY_SHARED_DATA")
    if env:
        return Path(env)
    for base in (Path.cwd(), Path(__file__).resolve().parents[1]):
        cand = base.parent / "shared" / "data"
        if cand.is_dir():
            return cand
    return None
