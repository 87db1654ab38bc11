"""Scoring partitions of a stream in worker processes (one machine) or on Ray (many machines).

The driver reads the input as a stream, cuts it into partitions of ``chunk_size`` responses and
hands them to workers that built their scorers once. Results come back in input order (a bounded
window of partitions is in flight, so memory stays flat); corpus values are merged from each
scorer's mergeable state (``Scorer.partial/merge/finalize``), never from a list of all responses.

Executors:

- ``local`` with ``workers=1``: the partitions run in the driver (no process, no pickling);
- ``local`` with ``workers=N``: a :class:`concurrent.futures.ProcessPoolExecutor` (spawn start
  method); a worker process that dies has its partitions re-run on a fresh pool;
- ``ray``: one Ray actor per worker holding the scorers (models stay loaded); an actor asks Ray for
  a GPU when a scorer declares ``needs_gpu``; Ray restarts a dead actor and retries its partitions
  (``max_restarts``/``max_task_retries``). ``ray.init()`` starts a local cluster unless
  ``RAY_ADDRESS`` names one. Ray is imported only here, only when this executor is used.

Per-response results are identical whatever the executor and number of workers: each partition is
scored by the same :func:`empathy_core.runner.score_items`, and corpus values come from exact states.
"""

from __future__ import annotations

import itertools
import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import attrs

from .base import Scorer
from .errors import ComponentError, EmpathyError
from .mergeable import pack_item, pack_score, unpack_item, unpack_score
from .models import ItemScore, Sample, ScoreInput

log = logging.getLogger("empathy_core")

EXECUTORS = ("local", "ray")
DEFAULT_CHUNK = 512
MAX_RETRIES = 3


def build_scorer(spec: str | Scorer) -> Scorer:
    if isinstance(spec, Scorer):
        return spec
    from .plugins import get_registry

    return get_registry().create("scorers", spec)


class ScorerSet:
    """The scorers of one worker, built once; scores one partition at a time."""

    def __init__(self, specs: Sequence[str | Scorer], boot: bool = False) -> None:
        self.scorers = [build_scorer(s) for s in specs]
        self.failed: dict[str, str] = {}
        self.boot = boot

    def run(self, packed: Sequence[tuple[Any, ...]]
            ) -> tuple[list[dict[str, tuple[Any, ...]]], dict[str, Any], int, dict[str, str], dict[str, Any]]:
        """(per item: scorer -> packed score, scorer -> mergeable state, worker pid, scorer -> error,
        scorer -> its bootstrap data of the partition (``Scorer.bootstrap_partial``; None when it
        failed: that scorer gets no intervals) when built with ``boot``)."""
        from .runner import score_items

        items = [unpack_item(t) for t in packed]
        per_item: list[dict[str, tuple[Any, ...]]] = [{} for _ in items]
        states: dict[str, Any] = {}
        failed: dict[str, str] = {}
        boots: dict[str, Any] = {}
        for sc in self.scorers:
            if sc.name in self.failed:
                failed[sc.name] = self.failed[sc.name]
                continue
            try:  # a scorer that raises fails alone; the others go on (as in one process)
                res = score_items(sc, items)
                states[sc.name] = sc.partial(items, res)
            except Exception as e:  # noqa: BLE001 - isolation
                from .runner import _errmsg

                failed[sc.name] = self.failed[sc.name] = _errmsg(e)
                continue
            if self.boot:
                try:
                    boots[sc.name] = sc.bootstrap_partial(items, res)
                except Exception as e:  # noqa: BLE001 - costs the intervals only
                    from .runner import _errmsg

                    log.warning("bootstrap data of %s failed: %s", sc.name, _errmsg(e))
                    boots[sc.name] = None
            for d, r in zip(per_item, res):
                d[sc.name] = pack_score(r)
        return per_item, states, os.getpid(), failed, boots

    def close(self) -> None:
        for sc in self.scorers:
            sc.close()


# process-pool workers: one ScorerSet per process, built by the initializer (works with spawn)
_WORKER_SET: ScorerSet | None = None


def _pool_init(specs: Sequence[str | Scorer], boot: bool = False) -> None:
    global _WORKER_SET
    import logging as _logging

    _logging.getLogger("empathy_core").setLevel(_logging.WARNING)
    _WORKER_SET = ScorerSet(specs, boot)


def _pool_run(packed: Sequence[tuple[Any, ...]]) -> tuple[Any, ...]:
    assert _WORKER_SET is not None, "worker not initialised"
    return _WORKER_SET.run(packed)


# -- backends: submit(partition) -> handle; result(handle) -> (per_item, states, pid, failed, boots) -

class _InProcess:
    def __init__(self, scorers: Sequence[Scorer], specs: Sequence[str | Scorer], workers: int,
                 boot: bool = False) -> None:
        self.set = ScorerSet(scorers, boot)
        self.window = 1

    def submit(self, packed: list[tuple[Any, ...]]) -> Any:
        return packed

    def result(self, handle: Any, packed: list[tuple[Any, ...]]) -> tuple[Any, ...]:
        return self.set.run(handle)

    def close(self) -> None:
        pass


class _Pool:
    def __init__(self, scorers: Sequence[Scorer], specs: Sequence[str | Scorer], workers: int,
                 boot: bool = False) -> None:
        self.specs = list(specs)
        self.boot = boot
        self.workers = workers
        self.window = 2 * workers
        self.retries = 0
        self._start()

    def _start(self) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"),
                                        initializer=_pool_init, initargs=(self.specs, self.boot))

    def submit(self, packed: list[tuple[Any, ...]]) -> Any:
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self.pool.submit(_pool_run, packed)
        except BrokenProcessPool as e:
            # a worker died since the last result: this partition fails like the ones in flight,
            # and result() rebuilds the pool and resubmits them all
            lost: Future[Any] = Future()
            lost.set_exception(e)
            return lost

    def result(self, handle: Any, packed: list[tuple[Any, ...]]) -> tuple[Any, ...]:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return handle.result()
        except BrokenProcessPool:
            # a worker died (killed, out of memory): every partition in flight is lost with the
            # pool; a fresh pool re-runs them (the caller resubmits the others in flight)
            self.retries += 1
            if self.retries > MAX_RETRIES * max(1, self.workers):
                raise EmpathyError("scoring workers keep dying; giving up") from None
            log.warning("a scoring worker died; retrying its partitions on a new pool")
            self.pool.shutdown(wait=False, cancel_futures=True)
            self._start()
            raise _Resubmit(self.submit(packed)) from None

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def _finished_ok(handle: Any) -> bool:
    done = getattr(handle, "done", None)
    return bool(done and done() and handle.exception() is None)


class _Resubmit(Exception):  # noqa: N818 - control flow between a backend and the scheduler
    def __init__(self, handle: Any) -> None:
        self.handle = handle


def ray_init() -> Any:
    """Import Ray and connect: to ``RAY_ADDRESS`` when set, else a local cluster."""
    try:
        import ray  # noqa: PLC0415 - optional, heavy
    except ImportError:
        raise EmpathyError("--executor ray needs Ray: pip install 'empathy-core[ray]'") from None
    if not ray.is_initialized():
        address = os.environ.get("RAY_ADDRESS") or None
        _check_reachable(address)
        try:
            ray.init(address=address, include_dashboard=False, log_to_driver=False, logging_level=logging.WARNING)
        except (ConnectionError, RuntimeError, ValueError) as e:
            where = f"the Ray cluster at RAY_ADDRESS={address}" if address else "a local Ray cluster"
            raise EmpathyError(f"--executor ray: cannot connect to {where}: {e}") from e
    return ray


def _check_reachable(address: str | None) -> None:
    """Fail fast (Ray retries an unreachable GCS for minutes) when RAY_ADDRESS is host:port."""
    if not address or "://" in address or address == "auto" or ":" not in address:
        return
    import socket

    host, _, port = address.rpartition(":")
    try:
        with socket.create_connection((host, int(port)), timeout=10):
            pass
    except (OSError, ValueError) as e:
        why = (e.strerror if isinstance(e, OSError) else None) or str(e)
        raise EmpathyError(f"--executor ray: cannot connect to the Ray cluster at RAY_ADDRESS={address}: "
                           f"{why}") from None


_RAY_ACTOR: Any = None


def _ray_actor_class(ray: Any) -> Any:
    global _RAY_ACTOR
    if _RAY_ACTOR is None:
        class ScorerActor:
            def __init__(self, specs: Sequence[str | Scorer], boot: bool = False) -> None:
                self.set = ScorerSet(specs, boot)

            def run(self, packed: Sequence[tuple[Any, ...]]) -> tuple[Any, ...]:
                return self.set.run(packed)

        # a dead actor is restarted (its scorers rebuilt) and its pending partitions retried
        _RAY_ACTOR = ray.remote(max_restarts=-1, max_task_retries=-1)(ScorerActor)
    return _RAY_ACTOR


def _ray_errmsg(e: BaseException) -> str:
    """One line for an error Ray raised: the remote exception it wraps (``.cause``) when there is one."""
    from .runner import _errmsg

    cause = getattr(e, "cause", None)
    return _errmsg(cause if isinstance(cause, BaseException) else e)


#: how long a run waits for all its Ray actors to start before going on with those that have
#: (at least one); the others join when Ray places them
RAY_START_WAIT_S = 60.0


class _ActorStarts:
    """The actors of a run that Ray has placed and started. Work goes only to started actors, so an
    actor Ray cannot place (its CPU held by another job, or by a killed actor not yet gone) never
    holds up the run: the others do its share, and it joins if Ray places it later."""

    def __init__(self, ray: Any, actors: Sequence[Any], what: str) -> None:
        self.ray = ray
        self.what = what
        self.n = len(actors)
        self.starting = {a.__ray_ready__.remote(): a for a in actors}

    def _started(self, refs: Sequence[Any]) -> list[Any]:
        out = []
        for ref in refs:
            actor = self.starting.pop(ref)
            try:
                self.ray.get(ref)
            except Exception as e:  # noqa: BLE001 - e.g. the actor's constructor raised
                raise EmpathyError(f"{self.what} on Ray: an actor did not start: {_ray_errmsg(e)}") from None
            out.append(actor)
        return out

    def poll(self) -> list[Any]:
        """The actors started since the last call (no waiting)."""
        if not self.starting:
            return []
        done, _ = self.ray.wait(list(self.starting), num_returns=len(self.starting), timeout=0)
        return self._started(done)

    def first(self) -> list[Any]:
        """Wait up to RAY_START_WAIT_S for every actor to start, then for at least one (with a
        warning every RAY_START_WAIT_S); return the started ones."""
        wait_s = RAY_START_WAIT_S
        done, _ = self.ray.wait(list(self.starting), num_returns=len(self.starting), timeout=wait_s)
        live = self._started(done)
        while not live:
            log.warning("none of the %d Ray actors for %s has started after %.0f s: Ray cannot place them yet "
                        "(cluster resources: %s); still waiting", self.n, self.what, wait_s,
                        self.ray.available_resources())
            done, _ = self.ray.wait(list(self.starting), num_returns=1, timeout=wait_s)
            live = self._started(done)
        if self.starting:
            log.warning("%d of the %d Ray actors for %s started within %.0f s; going on with them (the others "
                        "join when Ray places them)", len(live), self.n, self.what, wait_s)
        return live


class _Ray:
    def __init__(self, scorers: Sequence[Scorer], specs: Sequence[str | Scorer], workers: int,
                 boot: bool = False) -> None:
        self.ray = ray_init()
        gpus = 1 if any(s.capabilities.needs_gpu for s in scorers) else 0
        cpus = int(float(self.ray.cluster_resources().get("CPU", 0)))
        if workers > cpus and not os.environ.get("RAY_ADDRESS"):
            # a local cluster never grows: actors beyond its CPUs would wait forever
            log.warning("--workers %d > the %d CPUs of the local Ray cluster; using %d actors", workers, cpus, cpus)
            workers = max(1, cpus)
        elif workers > cpus:
            log.warning("--workers %d > the %d CPUs the Ray cluster has now; the extra actors wait for "
                        "resources (autoscaling)", workers, cpus)
        cls = _ray_actor_class(self.ray)
        self.actors = [cls.options(num_cpus=1, num_gpus=gpus).remote(list(specs), boot) for _ in range(workers)]
        self.window = 2 * workers
        self._next = 0
        try:
            self.starts = _ActorStarts(self.ray, self.actors, "scorers")
            self.live = self.starts.first()
        except BaseException:
            self.close()
            raise

    def submit(self, packed: list[tuple[Any, ...]]) -> Any:
        self.live.extend(self.starts.poll())  # an actor Ray placed late joins from here on
        actor = self.live[self._next % len(self.live)]
        self._next += 1
        return actor.run.remote(packed)

    def result(self, handle: Any, packed: list[tuple[Any, ...]]) -> tuple[Any, ...]:
        return self.ray.get(handle)

    def close(self) -> None:
        for a in self.actors:
            self.ray.kill(a)
        self.actors = []


def ray_has_gpus() -> bool:
    ray = ray_init()
    return float(ray.cluster_resources().get("GPU", 0)) > 0


@attrs.define
class ParallelScoring:
    """Score a stream of responses with ``scorers`` on ``workers`` workers of ``executor``.

    :meth:`run` yields ``(key, item, {scorer: ItemScore})`` in input order; afterwards
    :attr:`aggregates`, :attr:`notes`, :attr:`skipped` and :attr:`signatures` hold the corpus values.
    ``has_references``: whether any sample has a reference (False skips scorers that need one, as
    the single-process scorer does; None: unknown, run them).
    """

    scorers: Sequence[str | Scorer]
    workers: int = 1
    executor: str = "local"
    chunk_size: int = DEFAULT_CHUNK
    has_references: bool | Callable[[], bool] | None = None
    aggregates: dict[str, dict[str, float]] = attrs.field(factory=dict)
    notes: list[str] = attrs.field(factory=list)
    skipped: dict[str, str] = attrs.field(factory=dict)
    signatures: dict[str, str] = attrs.field(factory=dict)
    #: bootstrap resamples for 95 % intervals of the corpus values (0: none). Resampling needs every
    #: response, but not the objects: the workers send each scorer's compact per-response columns
    #: (``Scorer.bootstrap_partial``: 8 bytes per response and mean metric, BLEU's int32 statistics),
    #: which the driver appends to one buffer per scorer; scorers without a compact form (distinct-n,
    #: a custom ``aggregate`` without a vectorised resampler) send their items (not flat)
    bootstrap: int = 0
    #: bytes of bootstrap data held at the end, per scorer (what --bootstrap costs in memory)
    bootstrap_bytes: dict[str, int] = attrs.field(factory=dict)
    seed: int = 0
    intervals: dict[str, list[float]] = attrs.field(factory=dict)
    n: int = 0
    backend: Any = None
    pids: list[int] = attrs.field(factory=list)  # the worker process of each partition, in input order
    #: scorer -> its error: a scorer that raised on a partition is dropped from then on (rows already
    #: streamed keep its scores); no corpus values for it
    failed: dict[str, str] = attrs.field(factory=dict)
    #: scorer -> unscored reason -> number of responses (most frequent first after run())
    unscored: dict[str, dict[str, int]] = attrs.field(factory=dict)
    #: keep the corpus values (mergeable states) of what is scored here; False when the caller
    #: folds its own states (``empathy run``: cached results count too), so none are held here
    corpus: bool = True
    _boots: dict[str, Any] = attrs.field(factory=dict, init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if self.workers < 1:
            raise EmpathyError(f"--workers must be at least 1 (got {self.workers})")
        if self.executor not in EXECUTORS:
            raise EmpathyError(f"--executor must be one of {', '.join(EXECUTORS)} (got {self.executor!r})")
        if self.chunk_size < 1:
            raise EmpathyError("chunk size must be at least 1")

    def run(self, items: Iterable[tuple[Any, ScoreInput | None]]
            ) -> Iterator[tuple[Any, ScoreInput | None, dict[str, ItemScore]]]:
        """Yield ``(key, item, {scorer: result})`` in input order. An item given as None is not
        scored: it keeps its place in the order and comes back as ``(key, None, {})`` (the caller's
        cached responses, passed through without holding up the stream)."""
        built = [(build_scorer(s), s) for s in self.scorers]
        seen: set[str] = set()
        for sc, _ in built:
            if sc.name in seen:
                raise ComponentError(f"scorer {sc.name!r} given twice; a run takes each scorer once")
            seen.add(sc.name)
        self.signatures = {sc.name: sc.signature() for sc, _ in built}
        ray_gpu = self.executor == "ray" and any(sc.capabilities.needs_gpu for sc, _ in built) and ray_has_gpus()
        active: list[tuple[Scorer, str | Scorer]] = []
        for sc, spec in built:
            reason = None if (ray_gpu and sc.capabilities.needs_gpu) else sc.unavailable()
            if reason is None and sc.capabilities.needs_reference and callable(self.has_references):
                self.has_references = bool(self.has_references())
            if reason is None and sc.capabilities.needs_reference and self.has_references is False:
                reason = "needs references and no sample has one"
            if reason:
                self.skipped[sc.name] = reason
                log.warning("scorer %s skipped: %s", sc.name, reason)
            else:
                active.append((sc, spec))
        scorers = [sc for sc, _ in active]
        from .mergeable import StateAccumulator

        # partition states are merged as they come (every 32), never held as a list of all partitions
        states: dict[str, Any] = {sc.name: StateAccumulator(sc) for sc in scorers}
        if self.executor == "ray":
            backend_cls: Any = _Ray
        else:
            backend_cls = _InProcess if self.workers == 1 else _Pool
        specs = [spec for _, spec in active]
        boot = self.bootstrap > 0
        self.backend = backend = backend_cls(scorers, specs, self.workers, boot) if scorers else None
        self._boots = {sc.name: sc.bootstrap_accumulator() for sc in scorers} if boot else {}
        try:
            yield from self._schedule(backend, items, states)
        finally:
            if backend is not None:
                backend.close()
            self.backend = None
        from .runner import _errmsg

        for sc in scorers:
            if sc.name in self.failed or not self.corpus:
                continue
            try:
                merged = states[sc.name].state()
                self.aggregates[sc.name] = sc.finalize(merged) if self.n else {}
            except Exception as e:  # noqa: BLE001 - isolation, as in one process
                self.failed[sc.name] = _errmsg(e)
                continue
            try:
                self.notes.extend(sc.finalize_notes(merged))
            except Exception as e:  # noqa: BLE001
                log.warning("report notes of %s failed: %s", sc.name, _errmsg(e))
        self.unscored = {n: dict(sorted(u.items(), key=lambda kv: (-kv[1], kv[0])))
                         for n, u in self.unscored.items() if n not in self.failed}
        if self.bootstrap > 0 and self.n >= 2:
            self.intervals = self._intervals(scorers)
        for sc, _ in built:
            sc.close()

    def _intervals(self, scorers: Sequence[Scorer]) -> dict[str, list[float]]:
        """95 % intervals from the accumulated bootstrap data (a failure costs the intervals only)."""
        from .runner import _errmsg
        from .stats import intervals_from_resamplers

        rs = {}
        for sc in scorers:
            acc = self._boots.get(sc.name)
            if sc.name in self.failed or sc.name not in self.aggregates or acc is None:
                continue
            self.bootstrap_bytes[sc.name] = _nbytes(acc)
            try:
                rs[sc.name] = acc.resampler()
            except Exception as e:  # noqa: BLE001
                log.warning("bootstrap intervals of %s failed: %s", sc.name, _errmsg(e))
        self._boots = {}
        flat = {k for n in rs for k in self.aggregates[n]}
        try:
            return intervals_from_resamplers(rs, self.n, self.bootstrap, self.seed, keys=lambda k: k in flat)[0]
        except Exception as e:  # noqa: BLE001 - e.g. a plugin's resampler
            log.warning("bootstrap intervals failed: %s", _errmsg(e))
            return {}

    def _schedule(self, backend: Any, items: Iterable[tuple[Any, ScoreInput]],
                  states: dict[str, Any]) -> Iterator[tuple[Any, ScoreInput, dict[str, ItemScore]]]:
        window: deque[list[Any]] = deque()  # [keys, items, packed, handle]

        def drain_one() -> Iterator[tuple[Any, ScoreInput, dict[str, ItemScore]]]:
            keys, its, packed, handle = window[0]
            failed: dict[str, str] = {}
            boots: dict[str, Any] = {}
            if backend is None or not packed:  # no scorer, or nothing of this partition to score
                per_item: list[dict[str, Any]] = [{} for _ in packed]
                st: dict[str, Any] = {}
            else:
                while True:
                    try:
                        per_item, st, pid, failed, boots = backend.result(handle, packed)
                        self.pids.append(pid)
                        break
                    except _Resubmit as again:  # the pool was rebuilt: resubmit everything in flight
                        handle = again.handle
                        for entry in list(window)[1:]:
                            if entry[2] and not _finished_ok(entry[3]):
                                entry[3] = backend.submit(entry[2])
            window.popleft()
            for name, err in failed.items():
                if name not in self.failed:
                    self.failed[name] = err
                    log.warning("scorer %s failed: %s", name, err)
            for name, s in st.items():
                if name not in self.failed and self.corpus:
                    states[name].add_state(s)
            if boots:
                for name, part in boots.items():
                    acc = self._boots.get(name)
                    if acc is None or name in self.failed:
                        continue
                    if part is None:  # its bootstrap data failed on this partition: no intervals
                        self._boots[name] = None
                    else:
                        acc.add(part)
            sent = iter(per_item)
            for k, it in zip(keys, its):
                if it is None:
                    yield k, None, {}
                    continue
                d = next(sent)
                out = {name: unpack_score(t) for name, t in d.items() if name not in self.failed}
                for name, res in out.items():
                    if res.unscored is not None:
                        u = self.unscored.setdefault(name, {})
                        u[res.unscored] = u.get(res.unscored, 0) + 1
                yield k, it, out

        chunk_keys: list[Any] = []
        chunk_items: list[ScoreInput] = []

        def flush() -> None:
            packed = [pack_item(it) for it in chunk_items if it is not None]
            window.append([list(chunk_keys), list(chunk_items), packed,
                           backend.submit(packed) if backend is not None and packed else None])
            chunk_keys.clear()
            chunk_items.clear()

        for key, it in items:
            if it is not None:
                self.n += 1
            chunk_keys.append(key)
            chunk_items.append(it)
            if len(chunk_items) >= self.chunk_size:
                flush()
                while len(window) > (backend.window if backend is not None else 0):
                    yield from drain_one()
        if chunk_items:
            flush()
        while window:
            yield from drain_one()


def _nbytes(acc: Any) -> int:
    """Bytes held by a bootstrap accumulator's buffers (arrays; kept items are not counted)."""
    total = 0
    for v in vars(acc).values():
        if hasattr(v, "buffer_info"):  # array.array
            total += v.itemsize * len(v)
        elif hasattr(v, "nbytes") and isinstance(getattr(v, "nbytes", None), int):
            total += v.nbytes
    return total


def item_record(sample: Sample, per: dict[str, ItemScore]) -> dict[str, Any]:
    """The output record of one response: "scores"; "evidence"/"unscored" (scorer -> ...) if any;
    "language": the code the language-aware scorers used ("languages": scorer -> code when they differ)."""
    rec: dict[str, Any] = {"scores": {}}
    for name, r in per.items():
        rec["scores"].update(r.scores)
        if r.evidence is not None:
            rec.setdefault("evidence", {})[name] = r.evidence
        if r.unscored is not None:
            rec.setdefault("unscored", {})[name] = r.unscored
    langs = {name: r.language for name, r in per.items() if r.language}
    if langs:
        declared = sample.language  # a scorer that re-assigned the language (mismatch) wins
        rec["language"] = next((c for c in langs.values() if c != declared), next(iter(langs.values())))
        if len(set(langs.values())) > 1:
            rec["languages"] = langs
    return rec


def score_all_parallel(scorers: Sequence[str | Scorer], items: Sequence[ScoreInput], *, workers: int = 1,
                       executor: str = "local", chunk_size: int = DEFAULT_CHUNK
                       ) -> tuple[dict[str, list[ItemScore]], dict[str, dict[str, float]], dict[str, str]]:
    """Like :func:`empathy_core.runner.score_all`, on workers: (results per scorer, aggregates,
    skipped reasons; a failed scorer's reason is ``failed: ...``)."""
    ps = ParallelScoring(scorers, workers=workers, executor=executor, chunk_size=chunk_size,
                         has_references=any(it.sample.references for it in items))
    per: dict[str, list[ItemScore]] = {}
    for _, _, d in ps.run((None, it) for it in items):
        for name, r in d.items():
            per.setdefault(name, []).append(r)
    for name in ps.aggregates:
        per.setdefault(name, [])
    skipped = dict(ps.skipped)
    for name, err in ps.failed.items():
        per.pop(name, None)
        skipped[name] = f"failed: {err}"
    return per, {n: a for n, a in ps.aggregates.items() if n not in ps.failed}, skipped


# -- local-model generators on Ray (GPU actors) --------------------------------------------------
# `empathy run --executor ray`: a generator that runs a model in-process (``Generator.local_model``:
# transformers, reflectdiffu) generates on ``workers`` Ray actors that keep the model loaded; an actor
# asks Ray for a GPU when the generator wants one (``needs_gpu`` or ``device=cuda...``). Remote-API
# generators (async) stay in the driver, where their rate limits are global. The driver stays the
# only writer of the store: batches come back as they complete and are committed at once.

def pack_sample(s: Sample) -> tuple[Any, ...]:
    return (s.id, tuple((t.role, t.text) for t in s.turns), s.language, s.references, dict(s.meta))


def unpack_sample(t: tuple[Any, ...]) -> Sample:
    from .models import Turn

    sid, turns, lang, refs, meta = t
    return Sample(id=sid, turns=tuple(Turn(r, x) for r, x in turns), language=lang, references=refs, meta=meta)


def pack_generation(g: Any) -> tuple[Any, ...]:
    return (g.sample_id, g.text, g.generator, g.elapsed_s, dict(g.usage) if g.usage else None, g.error, dict(g.meta))


def unpack_generation(t: tuple[Any, ...]) -> Any:
    from .models import Generation

    sid, text, gen, el, usage, err, meta = t
    return Generation(sid, text, generator=gen, elapsed_s=el, usage=usage, error=err, meta=meta)


def wants_gpu(gen: Any) -> bool:
    """Whether a generator asks for a GPU: ``needs_gpu``, or a ``device`` option naming CUDA."""
    return bool(gen.capabilities.needs_gpu or str(getattr(gen, "device", "") or "").lower().startswith("cuda"))


def on_ray(gen: Any, executor: str) -> bool:
    """Whether ``empathy run --executor ray`` generates with this generator on Ray actors."""
    return executor == "ray" and bool(getattr(gen, "local_model", False)) and not gen.is_async


class GeneratorActorImpl:
    """One Ray actor: the generator built once (model loaded once), batches generated on demand."""

    def __init__(self, spec: Any, cpu: bool) -> None:
        from .plugins import get_registry

        self.gen = spec if not isinstance(spec, str) else get_registry().create("generators", spec)
        if cpu and str(getattr(self.gen, "device", "") or "").lower().startswith("cuda"):
            self.gen.device = "cpu"  # the cluster has no GPU: the fallback the driver announced
        reason = self.gen.unavailable()
        if reason:
            raise EmpathyError(f"generator {self.gen.name!r} cannot run on this Ray worker: {reason}")

    def generate(self, packed: Sequence[tuple[Any, ...]]) -> tuple[str, Any, float, int]:
        """("ok", packed generations, seconds, pid) or ("error", message, seconds, pid)."""
        import time

        t0 = time.perf_counter()
        try:
            outs = self.gen.generate([unpack_sample(t) for t in packed])
            if len(outs) != len(packed):
                raise EmpathyError(f"generator returned {len(outs)} results for {len(packed)} samples")
            return "ok", [pack_generation(g) for g in outs], time.perf_counter() - t0, os.getpid()
        except Exception as e:  # noqa: BLE001 - a failing batch is recorded, the run goes on
            from .runner import _errmsg

            return "error", _errmsg(e), time.perf_counter() - t0, os.getpid()

    def close(self) -> None:
        self.gen.close()


_RAY_GEN_ACTOR: Any = None


def ray_generate(gen: Any, spec: Any, samples: Iterable[Sample], workers: int = 1, batch_size: int | None = None
                 ) -> Iterator[tuple[list[int], list[Any] | str, float, int]]:
    """Generate ``samples`` on ``workers`` Ray actors holding ``spec``'s generator; yields
    ``(indices, generations or error message, seconds, actor pid)`` per batch as batches complete
    (at most 2 batches per started actor in flight; an actor Ray cannot place gets none, see
    :class:`_ActorStarts`). A generator that wants a GPU gets ``num_gpus=1`` per
    actor when the cluster has GPUs; otherwise its actors run with ``num_gpus=0`` and ``device=cpu``
    after a warning saying so. A dead actor is restarted and its batch retried by Ray. ``samples``
    may be a stream: it is read one batch at a time, as actors become free (indices count from 0
    in the order read)."""
    global _RAY_GEN_ACTOR
    ray = ray_init()
    gpu = wants_gpu(gen)
    has_gpu = float(ray.cluster_resources().get("GPU", 0)) > 0
    if gpu and not has_gpu:
        log.warning("generator %s asks for a GPU but the Ray cluster has none: its %d actor(s) run on CPU "
                    "(num_gpus=0, device=cpu); start GPU nodes (ray start --num-gpus=1) to use GPUs",
                    gen.name, workers)
    if _RAY_GEN_ACTOR is None:
        _RAY_GEN_ACTOR = ray.remote(max_restarts=-1, max_task_retries=-1)(GeneratorActorImpl)
    cpus = int(float(ray.cluster_resources().get("CPU", 0)))
    if workers > cpus and not os.environ.get("RAY_ADDRESS"):
        workers = max(1, cpus)
    opts = {"num_cpus": 1, "num_gpus": 1 if gpu and has_gpu else 0}
    actors = [_RAY_GEN_ACTOR.options(**opts).remote(spec, gpu and not has_gpu) for _ in range(workers)]
    bs = max(1, int(batch_size or getattr(gen, "batch_size", 1) or 1))
    source = iter(samples)
    try:
        starts = _ActorStarts(ray, actors, f"generator {gen.name!r}")
        pending: dict[Any, list[int]] = {}
        nxt = 0
        exhausted = False
        free = [a for a in starts.first() for _ in range(2)]  # two batches in flight per started actor
        owner: dict[Any, Any] = {}
        while True:
            free.extend(a for a in starts.poll() for _ in range(2))
            while free and not exhausted:
                batch = list(itertools.islice(source, bs))
                if not batch:
                    exhausted = True
                    break
                actor = free.pop(0)
                idx = list(range(nxt, nxt + len(batch)))
                nxt += len(batch)
                ref = actor.generate.remote([pack_sample(x) for x in batch])
                pending[ref] = idx
                owner[ref] = actor
            if not pending:
                break
            done, _ = ray.wait(list(pending), num_returns=1)
            ref = done[0]
            idx = pending.pop(ref)
            free.append(owner.pop(ref))
            try:
                status, payload, secs, pid = ray.get(ref)
            except Exception as e:  # noqa: BLE001 - e.g. the actor died for good
                raise EmpathyError(f"generator {gen.name!r} on Ray: {_ray_errmsg(e)}") from None
            yield idx, ([unpack_generation(t) for t in payload] if status == "ok" else payload), secs, pid
    finally:
        for a in actors:
            try:
                a.close.options(max_task_retries=0).remote()  # not retried on the killed actor
            except Exception:  # noqa: BLE001
                pass
            ray.kill(a)
