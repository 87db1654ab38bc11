"""SQLite store: runs, their samples, cached generations and scores, run leases.

WAL mode; each finished generation and each scored chunk is committed at once, so a killed run
loses nothing finished and a re-run repeats no finished work. Generations are cached by (generator
signature, sample content hash) and per-response scores by (scorer signature, sample key, response
hash), across runs. A run being worked on holds a lease (owner + heartbeat); a run whose lease is
gone or stale while its status says it is working is shown as ``interrupted``. Schema changes are
numbered migrations recorded in ``PRAGMA user_version``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import socket
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .errors import EmpathyError, RunLockedError, StoreError
from .models import Generation, ItemScore, Sample
from .secrets import scrub

log = logging.getLogger("empathy_core")

MIGRATIONS: list[str] = [
    # 1: initial schema
    """
    CREATE TABLE runs (
        id TEXT PRIMARY KEY,
        name TEXT UNIQUE,
        dataset TEXT NOT NULL,
        dataset_signature TEXT NOT NULL,
        generator TEXT NOT NULL,
        generator_signature TEXT NOT NULL,
        scorers TEXT NOT NULL DEFAULT '[]',
        options TEXT NOT NULL DEFAULT '{}',
        status TEXT NOT NULL DEFAULT 'created',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        finished_at TEXT
    );
    CREATE TABLE run_samples (
        run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        sample_id TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        sample TEXT NOT NULL,
        PRIMARY KEY (run_id, sample_id)
    );
    CREATE TABLE generations (
        generator_signature TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        sample_id TEXT NOT NULL,
        text TEXT,
        error TEXT,
        elapsed_s REAL NOT NULL DEFAULT 0,
        usage TEXT,
        meta TEXT NOT NULL DEFAULT '{}',
        attempts INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        PRIMARY KEY (generator_signature, content_hash)
    );
    CREATE TABLE scores (
        run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        sample_id TEXT NOT NULL,
        scorer TEXT NOT NULL,
        scores TEXT NOT NULL DEFAULT '{}',
        evidence TEXT,
        unscored TEXT,
        language TEXT,
        PRIMARY KEY (run_id, sample_id, scorer)
    );
    CREATE TABLE aggregates (
        run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        scorer TEXT NOT NULL,
        key TEXT NOT NULL,
        value REAL NOT NULL,
        PRIMARY KEY (run_id, scorer, key)
    );
    CREATE INDEX run_samples_position ON run_samples(run_id, position);
    """,
    # 2: per-response score cache (checkpointed per chunk) and run leases
    """
    CREATE TABLE score_cache (
        scorer_signature TEXT NOT NULL,
        sample_key TEXT NOT NULL,
        response_hash TEXT NOT NULL,
        scores TEXT NOT NULL DEFAULT '{}',
        evidence TEXT,
        unscored TEXT,
        language TEXT,
        created_at TEXT NOT NULL,
        PRIMARY KEY (scorer_signature, sample_key, response_hash)
    );
    CREATE TABLE leases (
        key TEXT PRIMARY KEY,
        run_id TEXT,
        owner TEXT NOT NULL,
        host TEXT NOT NULL,
        pid INTEGER NOT NULL,
        acquired_at TEXT NOT NULL,
        heartbeat REAL NOT NULL
    );
    """,
]

#: run statuses that mean "a process is working on it"; shown as ``interrupted`` without a live lease
ACTIVE_STATUSES = ("created", "generating", "scoring")


def heartbeat_interval() -> float:
    """Seconds between lease heartbeats (``$EMPATHY_LEASE_HEARTBEAT_S``, default 5)."""
    return float(os.environ.get("EMPATHY_LEASE_HEARTBEAT_S", "5"))


def stale_after() -> float:
    """A lease whose heartbeat is older than this many seconds is stale (``$EMPATHY_LEASE_STALE_S``,
    default 30). A lease held by a process of this host that no longer exists is stale at once."""
    return float(os.environ.get("EMPATHY_LEASE_STALE_S", "30"))


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def default_db_path() -> Path:
    env = os.environ.get("EMPATHY_DB")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("empathy-core", appauthor=False)) / "empathy.sqlite"


def now_iso() -> str:
    """The current UTC time as stored in the database."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, default=str)


def _score_values(r: ItemScore) -> tuple[str, str | None, str | None, str | None]:
    """(scores, evidence, unscored, language) of a result as stored in a scores-shaped table."""
    return _dumps(dict(r.scores)), _dumps(r.evidence) if r.evidence is not None else None, r.unscored, r.language


class Store:
    """One SQLite database. Use it from one thread at a time (the runner hands it to a writer
    thread while an async generator runs)."""

    def __init__(self, path: str | Path | None = None, *, create: bool = True) -> None:
        """Open (and with ``create``, create) the database. ``create=False`` (reports, listings)
        never creates a file or a folder: a missing database is a :class:`StoreError`."""
        self.path = Path(path) if path else default_db_path()
        if self.path.is_dir():
            raise StoreError(f"database {self.path} is a folder, not an SQLite file")
        if not create and not self.path.exists():
            raise StoreError(f"no database at {self.path} (nothing has been run there yet; "
                             f"give the file of an earlier `empathy run` with --db or $EMPATHY_DB)")
        if create:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise StoreError(f"cannot create the folder of database {self.path}: {e.strerror}") from None
        try:
            self.conn = sqlite3.connect(str(self.path), timeout=30, isolation_level=None,
                                        check_same_thread=False)
        except sqlite3.Error as e:
            raise StoreError(f"cannot open database {self.path}: {e}") from None
        self.conn.row_factory = sqlite3.Row
        try:
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.migrate()
        except sqlite3.DatabaseError as e:
            self.conn.close()
            raise StoreError(f"cannot use database {self.path}: {e} (is it an empathy-core SQLite file?)") from None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema ------------------------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        current = self.schema_version
        if current > len(MIGRATIONS):
            raise StoreError(f"database {self.path} has schema version {current}, newer than this "
                               f"empathy-core supports ({len(MIGRATIONS)}); upgrade empathy-core")
        for version in range(current + 1, len(MIGRATIONS) + 1):
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                for stmt in _split_sql(MIGRATIONS[version - 1]):
                    self.conn.execute(stmt)
                self.conn.execute(f"PRAGMA user_version = {version}")
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    # -- runs --------------------------------------------------------------------------------
    def create_run(self, *, name: str | None, dataset: str, dataset_signature: str, generator: str,
                   generator_signature: str, scorers: list[dict[str, Any]], options: dict[str, Any]) -> str:
        run_id = uuid.uuid4().hex[:12]
        now = now_iso()
        self.conn.execute(
            "INSERT INTO runs (id, name, dataset, dataset_signature, generator, generator_signature, scorers,"
            " options, status, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (run_id, name, dataset, dataset_signature, generator, generator_signature, _dumps(scorers),
             _dumps(options), "created", now, now),
        )
        return run_id

    def update_run(self, run_id: str, **fields: Any) -> None:
        fields["updated_at"] = now_iso()
        for k in ("scorers", "options"):
            if k in fields and not isinstance(fields[k], str):
                fields[k] = _dumps(fields[k])
        cols = ", ".join(f"{k} = ?" for k in fields)
        self.conn.execute(f"UPDATE runs SET {cols} WHERE id = ?", (*fields.values(), run_id))

    def _run_row(self, row: sqlite3.Row | None) -> dict[str, Any] | None:
        if row is None:
            return None
        d = dict(row)
        d["scorers"] = [_scorer_record(r) for r in json.loads(d["scorers"])]
        d["options"] = json.loads(d["options"])
        if d["status"] in ACTIVE_STATUSES and not self.lease_alive(d["id"]):
            d["stored_status"] = d["status"]
            d["status"] = "interrupted"
        return d

    def merge_scorers(self, run_id: str, records: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        """A run's scorers are the union of every scorer stored for it, one record per name (the
        latest wins, with its signature and status). Returns the merged list."""
        row = self.conn.execute("SELECT scorers FROM runs WHERE id = ?", (run_id,)).fetchone()
        merged = {r["name"]: _scorer_record(r) for r in json.loads(row["scorers"])} if row else {}
        for r in records:
            merged[r["name"]] = _scorer_record(r)
        out = list(merged.values())
        self.update_run(run_id, scorers=out)
        return out

    def find_run(self, ref: str) -> dict[str, Any] | None:
        """A run by id, unique id prefix, name, or ``latest``."""
        if ref == "latest":
            row = self.conn.execute("SELECT * FROM runs ORDER BY created_at DESC, rowid DESC LIMIT 1").fetchone()
            return self._run_row(row)
        row = self.conn.execute("SELECT * FROM runs WHERE id = ? OR name = ?", (ref, ref)).fetchone()
        if row is None and len(ref) >= 4:
            rows = self.conn.execute("SELECT * FROM runs WHERE id LIKE ?", (ref + "%",)).fetchall()
            row = rows[0] if len(rows) == 1 else None
        return self._run_row(row)

    def get_run(self, ref: str) -> dict[str, Any]:
        run = self.find_run(ref)
        if run is None:
            raise EmpathyError(f"no run {ref!r} in {self.path}")
        return run

    def list_runs(self) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT r.*, (SELECT COUNT(*) FROM run_samples s WHERE s.run_id = r.id) AS n_samples "
            "FROM runs r ORDER BY created_at, rowid").fetchall()
        return [self._run_row(r) for r in rows]  # type: ignore[misc]

    # -- leases -------------------------------------------------------------------------------
    def _lease_rows(self, run_id: str) -> list[sqlite3.Row]:
        return self.conn.execute("SELECT * FROM leases WHERE run_id = ?", (run_id,)).fetchall()

    @staticmethod
    def _lease_is_live(row: sqlite3.Row) -> bool:
        if time.time() - float(row["heartbeat"]) > stale_after():
            return False
        if row["host"] == socket.gethostname() and not _pid_alive(int(row["pid"])):
            return False
        return True

    def lease_alive(self, run_id: str) -> bool:
        """Whether a live process holds a lease on this run."""
        return any(self._lease_is_live(r) for r in self._lease_rows(run_id))

    def acquire_lease(self, key: str, *, wait: bool = False, label: str | None = None,
                      poll_s: float = 0.5) -> Lease:
        """Take the lease ``key`` (``name:<run name>`` or ``id:<run id>``), replacing a stale one.
        A live lease held by another process raises :class:`RunLockedError`, or with ``wait``
        is waited for."""
        host, pid = socket.gethostname(), os.getpid()
        owner = f"{host} pid {pid} {uuid.uuid4().hex[:8]}"
        announced = False
        while True:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                row = self.conn.execute("SELECT * FROM leases WHERE key = ?", (key,)).fetchone()
                if row is None or not self._lease_is_live(row):
                    self.conn.execute(
                        "INSERT OR REPLACE INTO leases (key, run_id, owner, host, pid, acquired_at, heartbeat)"
                        " VALUES (?,?,?,?,?,?,?)", (key, None, owner, host, pid, now_iso(), time.time()))
                    self.conn.execute("COMMIT")
                    return Lease(self, key, owner)
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            what = label or key
            holder = f"{row['host']} pid {row['pid']}, since {row['acquired_at']}, last heartbeat " \
                     f"{time.time() - float(row['heartbeat']):.0f}s ago"
            if not wait:
                raise RunLockedError(f"{what} is being worked on by another process ({holder}); "
                                     f"let it finish, or add --wait to wait for it")
            if not announced:
                log.warning("%s is being worked on by another process (%s); waiting", what, holder)
                announced = True
            time.sleep(poll_s)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """BEGIN ... COMMIT, or ROLLBACK when the block raises (anything, KeyboardInterrupt too)."""
        self.conn.execute("BEGIN")
        try:
            yield
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    # -- samples -----------------------------------------------------------------------------
    def add_samples(self, run_id: str, samples: Iterable[Sample]) -> None:
        """Record the run's samples in order (one transaction; ``samples`` may be a stream)."""
        with self._transaction():
            self.conn.executemany(
                "INSERT OR REPLACE INTO run_samples (run_id, position, sample_id, content_hash, sample)"
                " VALUES (?,?,?,?,?)",
                ((run_id, i, s.id, content_key(s), _dumps(s.to_dict())) for i, s in enumerate(samples)),
            )

    def run_samples(self, run_id: str) -> list[tuple[Sample, str]]:
        rows = self.conn.execute("SELECT sample, content_hash FROM run_samples WHERE run_id = ? ORDER BY position",
                                 (run_id,)).fetchall()
        return [(Sample.from_dict(json.loads(r["sample"])), r["content_hash"]) for r in rows]

    # -- generations -------------------------------------------------------------------------
    def finished_keys(self, generator_signature: str, keys: Iterable[str]) -> set[str]:
        """Content keys that already have a successful generation for this generator."""
        keys = list(keys)
        done: set[str] = set()
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            q = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                f"SELECT content_hash FROM generations WHERE generator_signature = ? AND error IS NULL "
                f"AND text IS NOT NULL AND content_hash IN ({q})", (generator_signature, *chunk)).fetchall()
            done.update(r[0] for r in rows)
        return done

    def put_generation(self, key: str, gen: Generation) -> None:
        """Store (or replace a failed) generation; committed immediately."""
        self.conn.execute(
            "INSERT INTO generations (generator_signature, content_hash, sample_id, text, error, elapsed_s, usage,"
            " meta, attempts, created_at) VALUES (?,?,?,?,?,?,?,?,1,?)"
            " ON CONFLICT(generator_signature, content_hash) DO UPDATE SET sample_id=excluded.sample_id,"
            " text=excluded.text, error=excluded.error, elapsed_s=excluded.elapsed_s, usage=excluded.usage,"
            " meta=excluded.meta, attempts=generations.attempts+1, created_at=excluded.created_at",
            (gen.generator, key, gen.sample_id, gen.text, scrub(gen.error), gen.elapsed_s,
             _dumps(dict(gen.usage)) if gen.usage else None, _dumps(dict(gen.meta)), now_iso()),
        )

    def generations(self, generator_signature: str, keys: Sequence[str]) -> dict[str, Generation]:
        out: dict[str, Generation] = {}
        for i in range(0, len(keys), 500):
            chunk = list(keys[i:i + 500])
            q = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                f"SELECT * FROM generations WHERE generator_signature = ? AND content_hash IN ({q})",
                (generator_signature, *chunk)).fetchall()
            for r in rows:
                out[r["content_hash"]] = Generation(
                    sample_id=r["sample_id"], text=r["text"], generator=generator_signature,
                    elapsed_s=r["elapsed_s"], usage=json.loads(r["usage"]) if r["usage"] else None,
                    error=r["error"], meta=json.loads(r["meta"] or "{}"))
        return out

    # -- scores ------------------------------------------------------------------------------
    def put_scores(self, run_id: str, scorer: str, rows: Sequence[tuple[str, ItemScore]],
                   aggregates: dict[str, float]) -> None:
        def insert() -> None:
            self.conn.executemany(
                "INSERT INTO scores (run_id, sample_id, scorer, scores, evidence, unscored, language)"
                " VALUES (?,?,?,?,?,?,?)", [(run_id, sid, scorer, *_score_values(r)) for sid, r in rows])

        self._replace_run_scores(run_id, scorer, aggregates, insert)

    def delete_scores(self, run_id: str, scorer: str) -> None:
        """Remove a scorer's results from a run (it failed this time: nothing partial is shown)."""
        self._replace_run_scores(run_id, scorer, {}, None)

    def _replace_run_scores(self, run_id: str, scorer: str, aggregates: dict[str, float],
                            insert: Callable[[], None] | None) -> None:
        """In one transaction: delete the run's scores and aggregates of ``scorer``, run ``insert``
        (which writes its new rows), and insert ``aggregates``."""
        with self._transaction():
            self.conn.execute("DELETE FROM scores WHERE run_id = ? AND scorer = ?", (run_id, scorer))
            self.conn.execute("DELETE FROM aggregates WHERE run_id = ? AND scorer = ?", (run_id, scorer))
            if insert is not None:
                insert()
            self.conn.executemany(
                "INSERT INTO aggregates (run_id, scorer, key, value) VALUES (?,?,?,?)",
                [(run_id, scorer, k, float(v)) for k, v in aggregates.items()])

    def cached_scores(self, scorer_signature: str, keys: Sequence[tuple[str, str]]) -> dict[tuple[str, str], ItemScore]:
        """Cached per-response results of a scorer: (sample key, response hash) -> ItemScore."""
        wanted = set(keys)
        sample_keys = sorted({k for k, _ in wanted})
        out: dict[tuple[str, str], ItemScore] = {}
        for i in range(0, len(sample_keys), 500):
            chunk = sample_keys[i:i + 500]
            q = ",".join("?" * len(chunk))
            for r in self.conn.execute(
                    f"SELECT * FROM score_cache WHERE scorer_signature = ? AND sample_key IN ({q})",
                    (scorer_signature, *chunk)):
                k = (r["sample_key"], r["response_hash"])
                if k in wanted:
                    out[k] = _item_score(r)
        return out

    def put_cached_scores(self, scorer_signature: str, rows: Sequence[tuple[str, str, ItemScore]]) -> None:
        """Store one chunk of per-response results (committed at once)."""
        now = now_iso()
        with self._transaction():
            self.conn.executemany(
                "INSERT OR REPLACE INTO score_cache (scorer_signature, sample_key, response_hash, scores, evidence,"
                " unscored, language, created_at) VALUES (?,?,?,?,?,?,?,?)",
                [(scorer_signature, sk, rh, *_score_values(r), now) for sk, rh, r in rows])

    # -- a run's scores, staged chunk by chunk and copied in one transaction ----------------
    # `empathy run` streams: each chunk's results go to a TEMP table of this connection (on disk
    # past SQLite's page cache, never a Python list); when the scorer has finished, its rows are
    # copied to `scores` with its aggregates in one transaction, so a scorer that fails half-way
    # leaves nothing partial in the run.
    def stage_scores(self, scorer: str, rows: Iterable[tuple[str, ItemScore]]) -> None:
        self.conn.execute(
            "CREATE TEMP TABLE IF NOT EXISTS staged_scores (scorer TEXT NOT NULL, sample_id TEXT NOT NULL,"
            " scores TEXT NOT NULL, evidence TEXT, unscored TEXT, language TEXT)")
        with self._transaction():
            self.conn.executemany(
                "INSERT INTO temp.staged_scores (scorer, sample_id, scores, evidence, unscored, language)"
                " VALUES (?,?,?,?,?,?)", ((scorer, sid, *_score_values(r)) for sid, r in rows))

    def _has_staged(self) -> bool:
        return self.conn.execute(
            "SELECT 1 FROM sqlite_temp_master WHERE type = 'table' AND name = 'staged_scores'").fetchone() is not None

    def commit_staged_scores(self, run_id: str, scorer: str, aggregates: dict[str, float]) -> None:
        """Replace the run's scores of ``scorer`` by its staged rows, and its aggregates (one
        transaction), then drop the staged rows."""
        def insert() -> None:
            self.conn.execute(
                "INSERT INTO scores (run_id, sample_id, scorer, scores, evidence, unscored, language)"
                " SELECT ?, sample_id, scorer, scores, evidence, unscored, language FROM temp.staged_scores"
                " WHERE scorer = ? ORDER BY rowid", (run_id, scorer))

        self._replace_run_scores(run_id, scorer, aggregates, insert if self._has_staged() else None)
        self.drop_staged_scores(scorer)

    def drop_staged_scores(self, scorer: str) -> None:
        if self._has_staged():
            self.conn.execute("DELETE FROM temp.staged_scores WHERE scorer = ?", (scorer,))

    def scores(self, run_id: str) -> dict[str, dict[str, ItemScore]]:
        """scorer -> sample id -> ItemScore."""
        out: dict[str, dict[str, ItemScore]] = {}
        for r in self.conn.execute("SELECT * FROM scores WHERE run_id = ?", (run_id,)):
            out.setdefault(r["scorer"], {})[r["sample_id"]] = _item_score(r)
        return out

    def aggregates(self, run_id: str) -> dict[str, dict[str, float]]:
        out: dict[str, dict[str, float]] = {}
        for r in self.conn.execute("SELECT scorer, key, value FROM aggregates WHERE run_id = ? ORDER BY scorer, key",
                                   (run_id,)):
            out.setdefault(r["scorer"], {})[r["key"]] = r["value"]
        return out


class Lease:
    """A held run lease; a daemon thread refreshes its heartbeat until :meth:`release`."""

    def __init__(self, store: Store, key: str, owner: str) -> None:
        self.store, self.key, self.owner = store, key, owner
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._beat, name="empathy-lease", daemon=True)
        self._thread.start()

    def _beat(self) -> None:
        conn = sqlite3.connect(str(self.store.path), timeout=30, isolation_level=None)
        try:
            while not self._stop.wait(heartbeat_interval()):
                try:
                    conn.execute("UPDATE leases SET heartbeat = ? WHERE key = ? AND owner = ?",
                                 (time.time(), self.key, self.owner))
                except sqlite3.Error as e:  # a busy database: try again at the next beat
                    log.debug("lease heartbeat failed: %s", e)
        finally:
            conn.close()

    def bind(self, run_id: str) -> None:
        """Record which run this lease covers (so listings can tell a live run from a killed one)."""
        self.store.conn.execute("UPDATE leases SET run_id = ?, heartbeat = ? WHERE key = ? AND owner = ?",
                                (run_id, time.time(), self.key, self.owner))

    def release(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        try:
            self.store.conn.execute("DELETE FROM leases WHERE key = ? AND owner = ?", (self.key, self.owner))
        except sqlite3.Error as e:
            log.debug("lease release failed: %s", e)


def _scorer_record(r: dict[str, Any]) -> dict[str, Any]:
    """A stored scorer record with every field (older databases lack ``status`` and ``error``)."""
    d = dict(r)
    d.setdefault("skipped", None)
    d.setdefault("error", None)
    d.setdefault("status", "skipped" if d.get("skipped") else "complete")
    return d


def _item_score(r: sqlite3.Row) -> ItemScore:
    return ItemScore(scores=json.loads(r["scores"]), evidence=json.loads(r["evidence"]) if r["evidence"] else None,
                     unscored=r["unscored"], language=r["language"])


def score_sample_key(sample: Sample) -> str:
    """The score cache key of a sample: everything a scorer may read (id, turns, language,
    references, meta)."""
    return hashlib.sha256(_dumps(sample.to_dict()).encode()).hexdigest()


def response_hash(response: str, meta: Any = None) -> str:
    """The score cache key of a response: its text and the generator's meta (predicted emotion...)."""
    return hashlib.sha256(_dumps([response, dict(meta or {})]).encode()).hexdigest()


def content_key(sample: Sample) -> str:
    """The generation cache key of a sample: its id and what the generator sees."""
    return hashlib.sha256(f"{sample.id}\x00{sample.content_hash()}".encode()).hexdigest()


def _split_sql(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]

