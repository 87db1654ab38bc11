"""Scorers for the executor tests (importable by spawned worker processes and Ray workers)."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import ClassVar

import attrs

from empathy_core.base import Generator, Scorer
from empathy_core.models import Generation, ItemScore


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


@attrs.define
class EchoModelGenerator(Generator):
    """A stand-in for a local model (``local_model``): answers ``<prompt> [<device>]`` in batches and
    records the process in ``meta.pid``. With ``device=cuda`` it is unavailable where no GPU is (as the
    transformers and reflectdiffu generators are); ``fail_on`` makes a batch containing it raise."""

    name: ClassVar[str] = "echomodel"
    batch_size: ClassVar[int] = 3
    local_model: ClassVar[bool] = True
    device: str = "cuda"
    fail_on: str = ""
    #: the process it was made in; with ``driver_only`` it is unavailable in any other (a model that
    #: a Ray worker cannot load: the actor's constructor raises)
    driver_only: bool = False
    home_pid: int = attrs.field(factory=os.getpid)
    delay: float = 0.0  # seconds per batch

    def unavailable(self):  # type: ignore[no-untyped-def]
        if self.driver_only and os.getpid() != self.home_pid:
            return "no model weights on this machine"
        return "device=cuda but no GPU is available" if self.device.startswith("cuda") else None

    def generate(self, samples):  # type: ignore[no-untyped-def]
        time.sleep(self.delay)
        if self.fail_on and any(s.id == self.fail_on for s in samples):
            raise RuntimeError(f"model crashed on {self.fail_on}")
        return [Generation(s.id, f"{s.prompt} [{self.device}]", meta={"pid": os.getpid()}) for s in samples]


@attrs.define
class AsyncEchoGenerator(Generator):
    """A stand-in for a remote API generator (async): runs in the driver whatever the executor."""

    name: ClassVar[str] = "asyncecho"

    async def agenerate(self, sample):  # type: ignore[no-untyped-def]
        return Generation(sample.id, sample.prompt.upper(), meta={"pid": os.getpid()})


@attrs.define
class FailOnScorer(Scorer):
    """Length in words; raises when it meets the sample ``fail_id`` (a scorer that fails half-way)."""

    name: ClassVar[str] = "failon"
    fail_id: str = ""

    def score(self, items):  # type: ignore[no-untyped-def]
        if any(it.sample.id == self.fail_id for it in items):
            raise RuntimeError(f"cannot score {self.fail_id}")
        return [ItemScore({"failon.words": float(len(it.response.split()))}) for it in items]


class Blocker:
    """A Ray actor that only holds its resources (made with ``ray.remote(num_cpus=1)(Blocker)``): the
    CPU another job, or a killed actor not yet gone, keeps from a run."""

    def ping(self) -> int:
        return os.getpid()
