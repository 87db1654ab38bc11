"""Scorers for the executor tests (importable by spawned worker processes and Ray workers)."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import ClassVar

import attrs

from empathy_core.base import Scorer
from empathy_core.models import ItemScore


@attrs.define
class SlowScorer(Scorer):
    """Length in characters, ``delay`` seconds per partition; records which process scored what."""

    name: ClassVar[str] = "slow"
    delay: float = 0.05

    def score(self, items):  # type: ignore[no-untyped-def]
        time.sleep(self.delay)
        return [ItemScore({"slow.chars": float(len(it.response))}) for it in items]


@attrs.define
class DieOnceScorer(Scorer):
    """Kills its own process (SIGKILL) the first time it meets the response ``DIE``."""

    name: ClassVar[str] = "dieonce"
    marker: str = ""

    def score(self, items):  # type: ignore[no-untyped-def]
        for it in items:
            if it.response == "DIE" and not Path(self.marker).exists():
                Path(self.marker).write_text(str(os.getpid()))
                os.kill(os.getpid(), 9)
        return [ItemScore({"dieonce.chars": float(len(it.response))}) for it in items]
