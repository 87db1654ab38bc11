"""Running an evaluation: dataset -> generator -> scorers, stored in SQLite.

Nothing finished is repeated: generations are cached by (generator signature, sample key) and
committed one by one, so an interrupted or killed run resumes where it stopped; a run re-run
under the same name retries only the samples whose generation failed.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import queue
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import Any

import attrs

from .base import Dataset, Generator, Scorer
from .errors import ComponentError, EmpathyError, UsageError
from .models import Generation, ItemScore, Sample, ScoreInput
from .plugins import get_registry
from .secrets import scrub
from .spec import redact_spec
from .store import Store, content_key, now_iso, response_hash, score_sample_key

log = logging.getLogger("empathy_core")

#: responses per ``Scorer.score`` call (a scorer may set ``chunk_size``); each chunk's results are
#: committed to the score cache at once
SCORE_CHUNK = 256


@attrs.define
class RunResult:
    run_id: str
    name: str | None
    db: str
    n_samples: int
    n_cached: int
    n_generated: int
    n_errors: int
    aggregates: dict[str, float]
    skipped_scorers: dict[str, str]
    signatures: dict[str, str]
    #: scorer -> its error (secrets scrubbed), for scorers that raised
    failed_scorers: dict[str, str] = attrs.field(factory=dict)
    #: scorer -> responses whose scores came from the score cache
    n_scores_cached: dict[str, int] = attrs.field(factory=dict)
    #: 95 % bootstrap interval of each aggregate (metric -> [low, high]); see docs/STATISTICS.md
    intervals: dict[str, list[float]] = attrs.field(factory=dict)

    @property
    def ok(self) -> bool:
        """Every sample generated and every scorer finished (skipped scorers aside)."""
        return self.n_errors == 0 and not self.failed_scorers

    def to_pandas(self, what: str = "aggregates") -> Any:
        """A pandas DataFrame: ``"aggregates"`` (metric, value, low, high) or ``"samples"`` (one row
        per sample, read from the database). pandas is optional: a clear error when missing."""
        from .notebook import run_frame

        return run_frame(self, what)

    def _repr_html_(self) -> str:
        from .notebook import run_html

        return run_html(self)


def _progress(total: int, desc: str, enabled: bool) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="it", file=sys.stderr, disable=not enabled, leave=False)


def _resolve(kind: str, obj: Any, base: type[Any]) -> tuple[Any, str]:
    """(component, spec string for the record)."""
    if isinstance(obj, str):
        return get_registry().create(kind, obj), redact_spec(obj)
    if not isinstance(obj, base):
        raise ComponentError(f"expected a {base.__name__} or a spec string, got {type(obj).__name__}")
    opts = ",".join(f"{k}={v}" for k, v in obj.options().items())
    return obj, redact_spec(f"{obj.name}:{opts}" if opts else obj.name)


def _errmsg(e: BaseException) -> str:
    return scrub(f"{type(e).__name__}: {e}") or type(e).__name__


def check_scorer(scorer: Scorer, samples: Sequence[Sample]) -> str | None:
    """Why ``scorer`` cannot run on these samples here, or None."""
    reason = scorer.unavailable()
    if reason:
        return reason
    if scorer.capabilities.needs_reference and samples and not any(s.references for s in samples):
        return "needs references and no sample has one"
    return None


class _Checkpoint:
    """Per-response results of one scorer cached in the store by (scorer signature, sample key,
    response hash): looked up before scoring, written after each chunk."""

    def __init__(self, store: Store, signature: str, items: Sequence[ScoreInput]) -> None:
        self.store, self.signature = store, signature
        self.keys = [(score_sample_key(it.sample), response_hash(it.response, it.meta)) for it in items]
        self.cached = store.cached_scores(signature, self.keys)

    def get(self, i: int) -> ItemScore | None:
        return self.cached.get(self.keys[i])

    def put(self, idx: Sequence[int], results: Sequence[ItemScore]) -> None:
        self.store.put_cached_scores(self.signature, [(*self.keys[i], r) for i, r in zip(idx, results)])


def _score_items(scorer: Scorer, items: Sequence[ScoreInput], progress: bool,
                 checkpoint: _Checkpoint | None) -> tuple[list[ItemScore], int]:
    langs = scorer.capabilities.languages
    results: list[ItemScore | None] = [None] * len(items)
    todo: list[int] = []
    n_cached = 0
    for i, it in enumerate(items):
        if langs is not None and it.sample.language and it.sample.language not in langs:
            results[i] = ItemScore.skip(
                f"{scorer.name} supports {', '.join(sorted(langs))}; not '{it.sample.language}'",
                language=it.sample.language)
            continue
        cached = checkpoint.get(i) if checkpoint is not None else None
        if cached is not None:
            results[i] = cached
            n_cached += 1
        else:
            todo.append(i)
    bar = _progress(len(todo), f"score {scorer.name}", progress)
    chunk = max(1, int(getattr(scorer, "chunk_size", 0) or SCORE_CHUNK))
    try:
        for start in range(0, len(todo), chunk):
            idx = todo[start:start + chunk]
            out = scorer.score([items[i] for i in idx])
            if len(out) != len(idx):
                raise EmpathyError(f"scorer {scorer.name!r} returned {len(out)} results for {len(idx)} responses")
            for i, r in zip(idx, out):
                if not isinstance(r, ItemScore):
                    raise EmpathyError(f"scorer {scorer.name!r} returned a {type(r).__name__}, not an ItemScore")
                results[i] = r
            if checkpoint is not None:
                checkpoint.put(idx, out)
            bar.update(len(idx))
    finally:
        bar.close()
    return results, n_cached  # type: ignore[return-value]


def score_items(scorer: Scorer, items: Sequence[ScoreInput], progress: bool = False) -> list[ItemScore]:
    """Per-response scores; responses in a language the scorer does not declare are unscored."""
    return _score_items(scorer, items, progress, None)[0]


@attrs.define
class ScorerOutcome:
    """What one scorer did on a set of responses."""

    name: str
    signature: str
    status: str  # "complete", "failed" or "skipped"
    results: list[ItemScore] | None = None
    aggregates: dict[str, float] = attrs.field(factory=dict)
    reason: str | None = None  # why it was skipped
    error: str | None = None  # why it failed (secrets scrubbed)
    n_cached: int = 0

    def record(self, spec: str) -> dict[str, Any]:
        return {"name": self.name, "spec": spec, "signature": self.signature, "status": self.status,
                "skipped": self.reason, "error": self.error}


def run_scorer(scorer: Scorer, items: Sequence[ScoreInput], progress: bool = False,
               store: Store | None = None) -> ScorerOutcome:
    """Run one scorer in isolation: an exception it raises is recorded as its failure (message
    scrubbed of secrets), never propagated. With ``store``, results are read from and written to
    the score cache chunk by chunk, so a failed or killed scorer resumes where it stopped."""
    try:
        sig = scorer.signature()
    except Exception as e:  # noqa: BLE001 - isolation
        return ScorerOutcome(scorer.name, scorer.name, "failed", error=_errmsg(e))
    reason = check_scorer(scorer, [it.sample for it in items])
    if reason:
        log.warning("scorer %s skipped: %s", scorer.name, reason)
        return ScorerOutcome(scorer.name, sig, "skipped", reason=reason)
    try:
        cp = _Checkpoint(store, sig, items) if store is not None else None
        res, n_cached = _score_items(scorer, items, progress, cp)
        aggs = scorer.aggregate(items, res) if items else {}
    except KeyboardInterrupt:
        raise
    except Exception as e:  # noqa: BLE001 - one failing scorer must not lose the others' results
        msg = _errmsg(e)
        log.warning("scorer %s failed: %s", scorer.name, msg)
        log.debug("scorer %s traceback", scorer.name, exc_info=True)
        return ScorerOutcome(scorer.name, sig, "failed", error=msg)
    return ScorerOutcome(scorer.name, sig, "complete", results=res, aggregates=dict(aggs), n_cached=n_cached)


def score_all(scorers: Sequence[Scorer], items: Sequence[ScoreInput], progress: bool = False
              ) -> tuple[dict[str, list[ItemScore]], dict[str, dict[str, float]], dict[str, str]]:
    """Score with each runnable scorer: (results per scorer, aggregates per scorer, skipped reasons).
    A scorer that fails is reported in the skipped reasons as ``failed: ...``; see :func:`run_scorer`."""
    per: dict[str, list[ItemScore]] = {}
    aggs: dict[str, dict[str, float]] = {}
    skipped: dict[str, str] = {}
    for sc in scorers:
        o = run_scorer(sc, items, progress)
        if o.status == "complete":
            per[sc.name] = o.results or []
            aggs[sc.name] = o.aggregates
        else:
            skipped[sc.name] = (o.reason or "") if o.status == "skipped" else f"failed: {o.error}"
    return per, aggs, skipped


def _unique_names(scorers: Sequence[Scorer]) -> None:
    seen: set[str] = set()
    for s in scorers:
        if s.name in seen:
            raise ComponentError(f"scorer {s.name!r} given twice; a run takes each scorer once")
        seen.add(s.name)


def _check_positive(value: int | None, option: str) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise UsageError(f"{option} must be a whole number of at least 1, got {value!r}")


#: samples per chunk of the streamed run: read from the spool, generated, looked up in the caches
RUN_CHUNK = 1024


class _Spool:
    """The run's samples in input order, in a private temporary SQLite file (deleted on close):
    the dataset is read once, all of it (so a bad record stops the run before anything is stored
    or generated, as before), and the run then streams through it chunk by chunk without a list
    of all samples. Samples travel as pickled tuples (``pack_sample``), so they come back equal."""

    def __init__(self) -> None:
        import sqlite3

        self.conn = sqlite3.connect("", isolation_level=None)  # "": a temporary file, private
        self.conn.execute("CREATE TABLE spool (pos INTEGER PRIMARY KEY, key TEXT NOT NULL, refs INTEGER NOT NULL,"
                          " sample BLOB NOT NULL)")
        self.n = 0
        self.n_refs = 0

    def fill(self, samples: Iterable[Sample], chunk: int | None = None) -> int:
        import pickle

        from .executors import pack_sample

        chunk = chunk or RUN_CHUNK
        it = iter(samples)
        while batch := list(itertools.islice(it, chunk)):
            rows = [(self.n + i, content_key(s), int(bool(s.references)),
                     pickle.dumps(pack_sample(s), protocol=pickle.HIGHEST_PROTOCOL)) for i, s in enumerate(batch)]
            self.conn.execute("BEGIN")
            self.conn.executemany("INSERT INTO spool VALUES (?,?,?,?)", rows)
            self.conn.execute("COMMIT")
            self.n += len(batch)
            self.n_refs += sum(r[2] for r in rows)
        return self.n

    def chunks(self, size: int | None = None, refs_only: bool = False) -> Iterator[list[tuple[Sample, str]]]:
        """Lists of (sample, generation key) of at most ``size`` (``RUN_CHUNK``) samples, in input order."""
        import pickle

        from .executors import unpack_sample

        size = size or RUN_CHUNK
        where = " AND refs = 1" if refs_only else ""
        for start in range(0, self.n, size):
            rows = self.conn.execute(f"SELECT key, sample FROM spool WHERE pos >= ? AND pos < ?{where} ORDER BY pos",
                                     (start, start + size)).fetchall()
            if rows:
                yield [(unpack_sample(pickle.loads(blob)), key) for key, blob in rows]

    def samples(self) -> Iterator[Sample]:
        for chunk in self.chunks():
            for s, _ in chunk:
                yield s

    def close(self) -> None:
        self.conn.close()


def _dataset_stream(dataset: str | Dataset | Iterable[Sample], limit: int | None
                    ) -> tuple[Iterable[Sample], str, str | None]:
    """(samples as a stream, dataset spec, dataset signature; None for a plain iterable: it is
    ``samples:N`` once counted). A dataset is iterated (``iter(ds)``); one that only overrides
    ``load()`` is loaded and its list walked (no copy)."""
    if isinstance(dataset, (str, Dataset)):
        ds, ds_spec = _resolve("datasets", dataset, Dataset)
        ds_sig = ds.signature()
        cls = type(ds)
        source: Iterable[Sample] = (ds.load() if cls.__iter__ is Dataset.__iter__ and cls.load is not Dataset.load
                                    else ds)
        return (itertools.islice(source, limit) if limit is not None else source), ds_spec, ds_sig
    return itertools.islice(dataset, limit), "samples", None


@attrs.define
class _Track:
    """One scorer of a streamed run: its mergeable state and bootstrap data, folded chunk by
    chunk over the run's responses in input order; its rows are staged in the store."""

    sc: Scorer
    spec: str | Scorer
    sig: str
    record_spec: str
    acc: Any = None
    boot: Any = None
    error: str | None = None
    n: int = 0
    n_cached: int = 0

    @property
    def name(self) -> str:
        return self.sc.name

    def fail(self, store: Store, msg: str) -> None:
        if self.error is None:
            self.error = msg
            log.warning("scorer %s failed: %s", self.name, msg)
            self.acc = self.boot = None
            store.drop_staged_scores(self.name)

    def fold(self, store: Store, ids: Sequence[str], items: Sequence[ScoreInput], results: Sequence[ItemScore]
             ) -> None:
        """Add one chunk: its partial state, its bootstrap columns, its staged rows."""
        try:
            self.acc.add(items, results)
        except KeyboardInterrupt:
            raise
        except Exception as e:  # noqa: BLE001 - isolation: the scorer fails, not the run
            log.debug("scorer %s traceback", self.name, exc_info=True)
            self.fail(store, _errmsg(e))
            return
        self.n += len(items)
        if self.boot is not None:
            try:
                self.boot.add(self.sc.bootstrap_partial(items, results))
            except Exception as e:  # noqa: BLE001 - costs the intervals only
                log.warning("bootstrap intervals of %s failed: %s", self.name, _errmsg(e))
                self.boot = None
        store.stage_scores(self.name, zip(ids, results))

    def outcome(self, bootstrap: int, seed: int) -> tuple[ScorerOutcome, dict[str, list[float]]]:
        if self.error is not None:
            return ScorerOutcome(self.name, self.sig, "failed", error=self.error), {}
        try:
            aggs = dict(self.sc.finalize(self.acc.state())) if self.n else {}
        except KeyboardInterrupt:
            raise
        except Exception as e:  # noqa: BLE001 - as a raising aggregate did
            msg = _errmsg(e)
            log.warning("scorer %s failed: %s", self.name, msg)
            return ScorerOutcome(self.name, self.sig, "failed", error=msg), {}
        intervals: dict[str, list[float]] = {}
        if bootstrap > 0 and self.boot is not None and self.n >= 2:
            from .stats import intervals_from_resamplers

            try:
                intervals = intervals_from_resamplers({self.name: self.boot.resampler()}, self.n, bootstrap, seed,
                                                      keys=lambda k: k in aggs)[0]
            except Exception as e:  # noqa: BLE001 - e.g. a plugin's resampler
                log.warning("bootstrap intervals failed: %s", _errmsg(e))
        self.boot = None
        return ScorerOutcome(self.name, self.sig, "complete", aggregates=aggs, n_cached=self.n_cached), intervals


def _lang_skip(sc: Scorer, it: ScoreInput) -> ItemScore | None:
    langs = sc.capabilities.languages
    if langs is not None and it.sample.language and it.sample.language not in langs:
        return ItemScore.skip(f"{sc.name} supports {', '.join(sorted(langs))}; not '{it.sample.language}'",
                              language=it.sample.language)
    return None


def _score_stream(tracks: list[_Track], chunks: Iterator[tuple[list[ScoreInput], list[str]]], store: Store,
                  workers: int, executor: str, bar: Any) -> None:
    """Score the run's responses chunk by chunk with every scorer of ``tracks``, folding each
    scorer's state and bootstrap data and staging its rows; results are read from and written to
    the score cache (same keys as always). One process: each scorer scores each chunk
    (:func:`_score_items`). Workers: the responses some scorer has not cached go to the workers
    (:class:`~empathy_core.executors.ParallelScoring`), in input order with the cached ones."""
    if workers <= 1 and executor == "local":
        for items, ids in chunks:
            for t in tracks:
                if t.error is not None:
                    continue
                try:
                    res, n_cached = _score_items(t.sc, items, False, _Checkpoint(store, t.sig, items))
                except KeyboardInterrupt:
                    raise
                except Exception as e:  # noqa: BLE001 - one failing scorer must not lose the others' results
                    log.debug("scorer %s traceback", t.name, exc_info=True)
                    t.fail(store, _errmsg(e))
                    continue
                t.n_cached += n_cached
                t.fold(store, ids, items, res)
            bar.update(len(items))
        return

    from .executors import DEFAULT_CHUNK, ParallelScoring

    ps = ParallelScoring([t.spec for t in tracks], workers=workers, executor=executor, chunk_size=DEFAULT_CHUNK,
                         has_references=True, corpus=False)

    def source() -> Iterator[tuple[Any, ScoreInput | None]]:
        for items, ids in chunks:
            live = [t for t in tracks if t.error is None]
            cps = {t.name: _Checkpoint(store, t.sig, items) for t in live}
            for i, it in enumerate(items):
                hits: dict[str, ItemScore] = {}
                complete = True
                for t in live:
                    skip = _lang_skip(t.sc, it)
                    if skip is not None:
                        hits[t.name] = skip
                        continue
                    hit = cps[t.name].get(i)
                    if hit is None:
                        complete = False
                        break
                    hits[t.name] = hit
                keys = {t.name: cps[t.name].keys[i] for t in live}
                yield (ids[i], it, hits if complete else None, keys), (None if complete else it)

    buf: list[tuple[str, ScoreInput, dict[str, ItemScore], bool, dict[str, tuple[str, str]]]] = []

    def sync() -> None:  # scorers the workers dropped: failed (or skipped there) for the run
        lost = {**{n: f"skipped on the workers: {r}" for n, r in ps.skipped.items()}, **ps.failed}
        for t in tracks:
            if t.name in lost:
                t.fail(store, lost[t.name])

    def flush() -> None:
        sync()
        for t in tracks:
            if t.error is not None:
                continue
            fresh = [(*keys[t.name], d[t.name]) for _, it, d, cached, keys in buf
                     if not cached and _lang_skip(t.sc, it) is None]
            if fresh:
                store.put_cached_scores(t.sig, fresh)
            t.n_cached += sum(1 for _, it, _, cached, _ in buf if cached and _lang_skip(t.sc, it) is None)
            t.fold(store, [b[0] for b in buf], [b[1] for b in buf], [b[2][t.name] for b in buf])
        bar.update(len(buf))
        buf.clear()

    for (sid, it, hits, keys), _, d in ps.run(source()):
        buf.append((sid, it, hits if hits is not None else d, hits is not None, keys))
        if len(buf) >= DEFAULT_CHUNK:
            flush()
    flush()
    sync()


def evaluate(dataset: str | Dataset | Iterable[Sample], generator: str | Generator,
             scorers: Sequence[str | Scorer] = (), *, db: str | Path | None = None, name: str | None = None,
             limit: int | None = None, concurrency: int | None = None, progress: bool = False,
             wait: bool = False, bootstrap: int = 1000, seed: int = 0, workers: int = 1,
             executor: str = "local") -> RunResult:
    """Generate a response for each sample, score them and store everything.

    ``dataset``, ``generator`` and ``scorers`` are spec strings (``"jsonl:path=f.jsonl"``) or
    component instances (a dataset may also be any iterable of Samples). Re-running with the same
    ``name`` resumes that run. The run is leased while it works: another process on the same
    ``name`` raises :class:`~empathy_core.errors.RunLockedError`, or with ``wait`` waits for it.
    A scorer that raises is recorded as failed for the run (``RunResult.failed_scorers``); the
    other scorers' results are kept.
    ``bootstrap`` resamples give ``RunResult.intervals`` (0: none). Works inside a running event
    loop (Jupyter): an async generator's loop then runs in a worker thread; from async code prefer
    ``await aevaluate(...)``. ``workers``/``executor``: score on N worker processes or Ray actors
    (:mod:`empathy_core.executors`); this process stays the only writer of the store.

    The run streams (docs/SCALE.md): the dataset is read once into a temporary spool, then
    generation and scoring go through it ``RUN_CHUNK`` samples at a time; corpus values and
    bootstrap intervals come from each scorer's mergeable state and compact bootstrap data, and
    each scorer's rows are staged in SQLite and copied into the run in one transaction.
    """
    _check_positive(limit, "limit")
    _check_positive(concurrency, "concurrency")
    gen, gen_spec = _resolve("generators", generator, Generator)
    if concurrency is not None:
        if hasattr(gen, "concurrency"):
            gen.concurrency = int(concurrency)
        else:
            raise ComponentError(f"generator {gen.name!r} has no concurrency option")
    from .executors import on_ray

    ray_gen = on_ray(gen, executor)  # a local model on Ray actors: they check it (GPU) where it runs
    reason = None if ray_gen else gen.unavailable()
    if reason:
        raise EmpathyError(f"generator {gen.name!r} cannot run here: {reason}")
    sc_objs = [_resolve("scorers", s, Scorer) for s in scorers]
    _unique_names([s for s, _ in sc_objs])
    gen_sig = gen.signature()
    source, ds_spec, ds_sig = _dataset_stream(dataset, limit)
    spool = _Spool()
    try:
        n = spool.fill(source)
        if ds_sig is None:
            ds_sig = f"samples:{n}"
        if not n:
            raise EmpathyError(f"dataset {ds_spec!r} has no samples")
        return _evaluate_spooled(spool, ds_spec, ds_sig, gen, gen_spec, gen_sig, generator, scorers, sc_objs,
                                 db=db, name=name, limit=limit, progress=progress, wait=wait, bootstrap=bootstrap,
                                 seed=seed, workers=workers, executor=executor, ray_gen=ray_gen)
    finally:
        spool.close()


def _evaluate_spooled(spool: _Spool, ds_spec: str, ds_sig: str, gen: Generator, gen_spec: str, gen_sig: str,
                      generator: str | Generator, scorers: Sequence[str | Scorer],
                      sc_objs: list[tuple[Scorer, str]], *, db: str | Path | None, name: str | None,
                      limit: int | None, progress: bool, wait: bool, bootstrap: int, seed: int, workers: int,
                      executor: str, ray_gen: bool) -> RunResult:
    store = Store(db)
    lease = None
    run_id: str | None = None
    try:
        if name:
            lease = store.acquire_lease(f"name:{name}", wait=wait, label=f"run {name!r}")
        run = store.find_run(name) if name else None
        if run is not None:
            if run["generator_signature"] != gen_sig or run["dataset_signature"] != ds_sig:
                raise EmpathyError(
                    f"run {name!r} exists with another dataset or generator "
                    f"({run['dataset']} / {run['generator']}); choose another --name")
            run_id = run["id"]
            log.info("resuming run %s (%s)", name, run_id)
        else:
            run_id = store.create_run(name=name, dataset=ds_spec, dataset_signature=ds_sig, generator=gen_spec,
                                      generator_signature=gen_sig, scorers=[],
                                      options={"limit": limit, "concurrency": gen.max_concurrency()})
        if lease is None:
            lease = store.acquire_lease(f"id:{run_id}", label=f"run {run_id}")
        lease.bind(run_id)
        store.add_samples(run_id, spool.samples())
        store.update_run(run_id, status="generating")
        counts = {"done": 0, "todo": 0}

        def todo_of(chunk: list[tuple[Sample, str]]) -> list[tuple[Sample, str]]:
            done = store.finished_keys(gen_sig, [k for _, k in chunk])
            counts["done"] += len(done)
            todo = [(s, k) for s, k in chunk if k not in done]
            counts["todo"] += len(todo)
            bar.update(len(chunk) - len(todo))
            return todo

        n_errors = 0
        bar = _progress(spool.n, f"generate {gen.name}", progress)
        try:
            if ray_gen:  # one stream through the actors: they keep the model loaded for the whole run
                n_errors = _generate(gen, gen_sig, (x for chunk in spool.chunks() for x in todo_of(chunk)), store,
                                     progress, ray=(generator, workers), bar=bar)
            else:
                for chunk in spool.chunks():
                    n_errors += _generate(gen, gen_sig, todo_of(chunk), store, progress, bar=bar)
        finally:
            bar.close()
            gen.close()

        store.update_run(run_id, status="scoring")
        outcomes, intervals, n_failed = _score_run(store, spool, gen_sig, scorers, sc_objs, workers=workers,
                                                   executor=executor, bootstrap=bootstrap, seed=seed,
                                                   progress=progress)
        for (sc, spec), o in zip(sc_objs, outcomes):
            if o.status == "complete":
                store.commit_staged_scores(run_id, sc.name, o.aggregates)
            else:
                store.drop_staged_scores(sc.name)
                store.delete_scores(run_id, sc.name)
            store.merge_scorers(run_id, [o.record(spec)])
        failed_scorers = {o.name: o.error or "" for o in outcomes if o.status == "failed"}
        status = "complete" if n_failed == 0 and not failed_scorers else "complete_with_errors"
        store.update_run(run_id, status=status, finished_at=now_iso())
        flat = {k: v for o in outcomes for k, v in o.aggregates.items()}
        return RunResult(run_id=run_id, name=name, db=str(store.path), n_samples=spool.n,
                         n_cached=counts["done"], n_generated=counts["todo"] - n_errors, n_errors=n_failed,
                         aggregates=flat, skipped_scorers={o.name: o.reason or "" for o in outcomes
                                                           if o.status == "skipped"},
                         signatures={"generator": gen_sig, **{o.name: o.signature for o in outcomes}},
                         failed_scorers=failed_scorers, intervals=intervals,
                         n_scores_cached={o.name: o.n_cached for o in outcomes})
    except BaseException:
        if run_id is not None:
            try:
                store.update_run(run_id, status="interrupted")
            except Exception:  # noqa: BLE001 - keep the original error
                log.debug("could not mark run %s interrupted", run_id, exc_info=True)
        raise
    finally:
        if lease is not None:
            lease.release()
        store.close()


def _score_run(store: Store, spool: _Spool, gen_sig: str, scorers: Sequence[str | Scorer],
               sc_objs: list[tuple[Scorer, str]], *, workers: int, executor: str, bootstrap: int, seed: int,
               progress: bool) -> tuple[list[ScorerOutcome], dict[str, list[float]], int]:
    """Score the run's successful generations (streamed from the spool and the store) with every
    scorer: (one outcome per scorer, intervals, number of samples without a successful generation).
    Each complete scorer's rows are left staged in the store for :meth:`Store.commit_staged_scores`."""
    from .mergeable import StateAccumulator

    def any_ok(refs_only: bool) -> bool:
        for chunk in spool.chunks(refs_only=refs_only):
            if store.finished_keys(gen_sig, [k for _, k in chunk]):
                return True
        return False

    has_ok: bool | None = None
    has_refs: bool | None = None
    outcomes: dict[str, ScorerOutcome] = {}
    tracks: list[_Track] = []
    for (sc, rec_spec), spec in zip(sc_objs, scorers):
        try:
            sig = sc.signature()
        except Exception as e:  # noqa: BLE001 - isolation
            outcomes[sc.name] = ScorerOutcome(sc.name, sc.name, "failed", error=_errmsg(e))
            continue
        reason = sc.unavailable()
        if not reason and sc.capabilities.needs_reference:
            # as check_scorer on the successful generations' samples: none has a reference
            if has_refs is None:
                has_refs = spool.n_refs > 0 and any_ok(True)
            if not has_refs:
                if has_ok is None:
                    has_ok = any_ok(False)
                if has_ok:
                    reason = "needs references and no sample has one"
        if reason:
            log.warning("scorer %s skipped: %s", sc.name, reason)
            outcomes[sc.name] = ScorerOutcome(sc.name, sig, "skipped", reason=reason)
            continue
        tracks.append(_Track(sc, spec if isinstance(spec, str) else sc, sig, rec_spec, acc=StateAccumulator(sc),
                             boot=sc.bootstrap_accumulator() if bootstrap > 0 else None))
    n_failed = 0

    def chunks() -> Iterator[tuple[list[ScoreInput], list[str]]]:
        nonlocal n_failed
        for chunk in spool.chunks():
            gens = store.generations(gen_sig, [k for _, k in chunk])
            items: list[ScoreInput] = []
            ids: list[str] = []
            for s, k in chunk:
                g = gens.get(k)
                if g is not None and g.ok:
                    items.append(ScoreInput(sample=s, response=g.text or "", meta=g.meta))
                    ids.append(s.id)
                else:
                    n_failed += 1
            if items:
                yield items, ids

    intervals: dict[str, list[float]] = {}
    bar = _progress(spool.n, "score", progress)
    try:
        if tracks:
            _score_stream(tracks, chunks(), store, workers, executor, bar)
        else:
            for _ in chunks():
                pass
        for t in tracks:
            o, iv = t.outcome(bootstrap, seed)
            outcomes[t.name] = o
            intervals.update(iv)
    finally:
        bar.close()
        for sc, _ in sc_objs:
            sc.close()
    return [outcomes[sc.name] for sc, _ in sc_objs], intervals, n_failed


def _finish(gen_sig: str, sample: Sample, g: Generation | None, t0: float, err: BaseException | None) -> Generation:
    elapsed = time.perf_counter() - t0
    if err is not None:
        return Generation(sample.id, None, generator=gen_sig, elapsed_s=elapsed, error=_errmsg(err))
    assert g is not None
    return attrs.evolve(g, sample_id=sample.id, generator=gen_sig, elapsed_s=g.elapsed_s or elapsed,
                        error=scrub(g.error))


def _generate(gen: Generator, gen_sig: str, todo: Iterable[tuple[Sample, str]], store: Store, progress: bool,
              ray: tuple[Any, int] | None = None, bar: Any = None) -> int:
    """Generate for ``todo``, storing each result as it completes. Returns the number of errors.
    ``ray``: (generator spec or instance, number of actors) to generate on Ray actors; ``todo`` is
    then read as a stream, one batch at a time. ``bar``: a progress bar to update (else one of its own)."""
    if ray is None:
        todo = list(todo)
        if not todo:
            return 0
    else:
        stream = iter(todo)
        first = next(stream, None)
        if first is None:
            return 0
        todo = itertools.chain([first], stream)
    own = bar is None
    if own:
        bar = _progress(len(todo) if isinstance(todo, list) else 0, f"generate {gen.name}", progress)
    errors = 0

    def put(k: str, g: Generation) -> None:
        nonlocal errors
        store.put_generation(k, g)
        if not g.ok:
            errors += 1
            log.warning("generation failed for sample %s: %s", g.sample_id, g.error)
        bar.update(1)

    try:
        if ray is not None:
            from .executors import ray_generate

            held: dict[int, tuple[Sample, str]] = {}  # the samples in flight on the actors

            def samples() -> Iterator[Sample]:
                for i, (s, k) in enumerate(todo):
                    held[i] = (s, k)
                    yield s

            for idx, outs, secs, _pid in ray_generate(gen, ray[0], samples(), ray[1]):
                chunk = [held.pop(i) for i in idx]
                per = secs / len(chunk)
                if isinstance(outs, str):  # the batch failed: each sample records the error
                    for s, k in chunk:
                        put(k, Generation(s.id, None, generator=gen_sig, elapsed_s=per, error=scrub(outs)))
                else:
                    for (s, k), g in zip(chunk, outs):
                        put(k, attrs.evolve(g, sample_id=s.id, generator=gen_sig, elapsed_s=g.elapsed_s or per,
                                            error=scrub(g.error)))
        elif gen.is_async:
            # the event loop only queues results; a writer thread commits them, so SQLite never
            # blocks the requests in flight
            results: queue.SimpleQueue[tuple[str, Generation] | None] = queue.SimpleQueue()

            def writer() -> None:
                while (item := results.get()) is not None:
                    put(*item)

            t = threading.Thread(target=writer, name="empathy-store-writer", daemon=True)
            t.start()
            try:
                _run_coroutine(_generate_async(gen, gen_sig, todo, lambda k, g: results.put((k, g))))
            finally:
                results.put(None)
                t.join()
        elif gen.batch_size > 1:
            for start in range(0, len(todo), gen.batch_size):
                chunk = todo[start:start + gen.batch_size]
                t0 = time.perf_counter()
                try:
                    outs = gen.generate([s for s, _ in chunk])
                    if len(outs) != len(chunk):
                        raise EmpathyError(f"generator returned {len(outs)} results for {len(chunk)} samples")
                    per = (time.perf_counter() - t0) / len(chunk)
                    for (s, k), g in zip(chunk, outs):
                        put(k, attrs.evolve(_finish(gen_sig, s, g, t0, None), elapsed_s=g.elapsed_s or per))
                except Exception as e:  # noqa: BLE001 - a failing batch is recorded, the run goes on
                    for s, k in chunk:
                        put(k, _finish(gen_sig, s, None, t0, e))
        elif gen.max_concurrency() > 1:
            with ThreadPoolExecutor(max_workers=gen.max_concurrency()) as pool:
                def one(s: Sample) -> Generation:
                    t0 = time.perf_counter()
                    try:
                        return _finish(gen_sig, s, gen.generate_one(s), t0, None)
                    except Exception as e:  # noqa: BLE001
                        return _finish(gen_sig, s, None, t0, e)

                futs = {pool.submit(one, s): k for s, k in todo}
                for f in as_completed(futs):
                    put(futs[f], f.result())
        else:
            for s, k in todo:
                t0 = time.perf_counter()
                try:
                    g = _finish(gen_sig, s, gen.generate_one(s), t0, None)
                except Exception as e:  # noqa: BLE001
                    g = _finish(gen_sig, s, None, t0, e)
                put(k, g)
    finally:
        if own:
            bar.close()
    return errors


def bootstrap_intervals(scorers: dict[str, Scorer], items: Sequence[ScoreInput], per: dict[str, list[ItemScore]],
                        aggregates: dict[str, float], bootstrap: int, seed: int) -> dict[str, list[float]]:
    """95 % bootstrap intervals of ``aggregates`` (see docs/STATISTICS.md); a failure costs the
    intervals only, never the run."""
    if bootstrap <= 0 or not items or not per:
        return {}
    from .stats import intervals

    try:
        return intervals(scorers, items, per, bootstrap, seed, keys=lambda k: k in aggregates)[0]
    except Exception as e:  # noqa: BLE001 - e.g. a plugin's resampler
        log.warning("bootstrap intervals failed: %s", _errmsg(e))
        return {}


def _run_coroutine(coro: Any) -> Any:
    """``asyncio.run(coro)``, or, when this thread already runs an event loop (Jupyter, async
    code), ``asyncio.run`` in a worker thread whose result (or exception) is returned here."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="empathy-loop") as pool:
        return pool.submit(asyncio.run, coro).result()


async def aevaluate(dataset: str | Dataset | Iterable[Sample], generator: str | Generator,
                    scorers: Sequence[str | Scorer] = (), **kwargs: Any) -> RunResult:
    """:func:`evaluate` for async code and notebooks: ``res = await aevaluate(...)``. The run
    (generation, scoring, the database) happens in a worker thread, so the caller's event loop
    stays free."""
    return await asyncio.to_thread(evaluate, dataset, generator, scorers, **kwargs)


async def _generate_async(gen: Generator, gen_sig: str, todo: list[tuple[Sample, str]], put: Any) -> None:
    queue: asyncio.Queue[tuple[Sample, str]] = asyncio.Queue()
    for item in todo:
        queue.put_nowait(item)

    async def worker() -> None:
        while True:
            try:
                s, k = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            t0 = time.perf_counter()
            try:
                g = _finish(gen_sig, s, await gen.agenerate(s), t0, None)
            except Exception as e:  # noqa: BLE001
                g = _finish(gen_sig, s, None, t0, e)
            put(k, g)

    try:
        await asyncio.gather(*(worker() for _ in range(max(1, min(gen.max_concurrency(), len(todo))))))
    finally:
        await gen.aclose()


@attrs.define
class ScoreSummary:
    """What :func:`score_records` returns."""

    #: per response: "scores"; "evidence"/"unscored" (scorer -> ...) if any; "language": the code the
    #: language-aware scorers used ("languages": scorer -> code when they differ)
    results: list[dict[str, Any]]
    aggregates: dict[str, float]
    signatures: dict[str, str]
    skipped: dict[str, str]  # scorer -> why it did not run
    notes: list[str]  # scorers' report notes (e.g. the English vs non-English gap)
    failed: dict[str, str] = attrs.field(factory=dict)  # scorer -> its error (secrets scrubbed)
    #: scorer -> unscored reason -> number of responses
    unscored: dict[str, dict[str, int]] = attrs.field(factory=dict)
    #: 95 % bootstrap interval per aggregate (metric -> [low, high])
    intervals: dict[str, list[float]] = attrs.field(factory=dict)


def unscored_reasons(results: Sequence[ItemScore]) -> dict[str, int]:
    """Unscored reason -> number of responses, most frequent first."""
    counts: dict[str, int] = {}
    for r in results:
        if r.unscored is not None:
            counts[r.unscored] = counts.get(r.unscored, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def score_records(pairs: Sequence[tuple[Sample, str]], scorers: Sequence[str | Scorer],
                  progress: bool = False, bootstrap: int = 1000, seed: int = 0) -> ScoreSummary:
    """Score saved (sample, response) pairs without a database. A scorer that raises is reported
    in ``failed``; the others' results are kept. ``bootstrap`` resamples give the 95 % intervals
    (0: none)."""
    sc_objs = [_resolve("scorers", s, Scorer)[0] for s in scorers]
    _unique_names(sc_objs)
    items = [ScoreInput(sample=s, response=r) for s, r in pairs]
    outcomes = [run_scorer(sc, items, progress) for sc in sc_objs]
    per = {o.name: o.results or [] for o in outcomes if o.status == "complete"}
    from .executors import item_record

    out = [item_record(it.sample, {name: res[i] for name, res in per.items()}) for i, it in enumerate(items)]
    notes: list[str] = []
    for s in sc_objs:
        if s.name in per:
            try:
                notes.extend(s.report_notes(items, per[s.name]))
            except Exception as e:  # noqa: BLE001
                log.warning("report notes of %s failed: %s", s.name, _errmsg(e))
    sigs = {o.name: o.signature for o in outcomes}
    aggs = {k: v for o in outcomes for k, v in o.aggregates.items()}
    intervals = bootstrap_intervals({s.name: s for s in sc_objs if s.name in per}, items, per, aggs, bootstrap, seed)
    for s in sc_objs:
        s.close()
    return ScoreSummary(out, {k: v for o in outcomes for k, v in o.aggregates.items()}, sigs,
                        {o.name: o.reason or "" for o in outcomes if o.status == "skipped"}, notes,
                        failed={o.name: o.error or "" for o in outcomes if o.status == "failed"},
                        unscored={n: u for n, res in per.items() if (u := unscored_reasons(res))},
                        intervals=intervals)
