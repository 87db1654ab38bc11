"""SQLite store: runs, their samples, cached generations and scores.

WAL mode; each finished generation is committed at once, so a killed run loses nothing and a
re-run repeats no finished work. Generations are cached by (generator signature, sample content
hash) across runs. Schema changes are numbered migrations recorded in ``PRAGMA user_version``.
"""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .errors import EmpathyError
from .models import Generation, ItemScore, Sample
from .secrets import scrub

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
]


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


class Store:
    """One SQLite database. Use it from one thread at a time (the runner hands it to a writer
    thread while an async generator runs)."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else default_db_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.conn = sqlite3.connect(str(self.path), timeout=30, isolation_level=None,
                                        check_same_thread=False)
        except sqlite3.Error as e:
            raise EmpathyError(f"cannot open database {self.path}: {e}") from None
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.migrate()

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
            raise EmpathyError(f"database {self.path} has schema version {current}, newer than this "
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
        d["scorers"] = json.loads(d["scorers"])
        d["options"] = json.loads(d["options"])
        return d

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

    # -- samples -----------------------------------------------------------------------------
    def add_samples(self, run_id: str, samples: Sequence[Sample]) -> None:
        self.conn.execute("BEGIN")
        try:
            self.conn.executemany(
                "INSERT OR REPLACE INTO run_samples (run_id, position, sample_id, content_hash, sample)"
                " VALUES (?,?,?,?,?)",
                [(run_id, i, s.id, content_key(s), _dumps(s.to_dict())) for i, s in enumerate(samples)],
            )
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

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
        self.conn.execute("BEGIN")
        try:
            self.conn.execute("DELETE FROM scores WHERE run_id = ? AND scorer = ?", (run_id, scorer))
            self.conn.execute("DELETE FROM aggregates WHERE run_id = ? AND scorer = ?", (run_id, scorer))
            self.conn.executemany(
                "INSERT INTO scores (run_id, sample_id, scorer, scores, evidence, unscored, language)"
                " VALUES (?,?,?,?,?,?,?)",
                [(run_id, sid, scorer, _dumps(dict(r.scores)), _dumps(r.evidence) if r.evidence is not None else None,
                  r.unscored, r.language) for sid, r in rows])
            self.conn.executemany(
                "INSERT INTO aggregates (run_id, scorer, key, value) VALUES (?,?,?,?)",
                [(run_id, scorer, k, float(v)) for k, v in aggregates.items()])
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def scores(self, run_id: str) -> dict[str, dict[str, ItemScore]]:
        """scorer -> sample id -> ItemScore."""
        out: dict[str, dict[str, ItemScore]] = {}
        for r in self.conn.execute("SELECT * FROM scores WHERE run_id = ?", (run_id,)):
            out.setdefault(r["scorer"], {})[r["sample_id"]] = ItemScore(
                scores=json.loads(r["scores"]), evidence=json.loads(r["evidence"]) if r["evidence"] else None,
                unscored=r["unscored"], language=r["language"])
        return out

    def aggregates(self, run_id: str) -> dict[str, dict[str, float]]:
        out: dict[str, dict[str, float]] = {}
        for r in self.conn.execute("SELECT scorer, key, value FROM aggregates WHERE run_id = ? ORDER BY scorer, key",
                                   (run_id,)):
            out.setdefault(r["scorer"], {})[r["key"]] = r["value"]
        return out


def content_key(sample: Sample) -> str:
    """The generation cache key of a sample: its id and what the generator sees."""
    import hashlib

    return hashlib.sha256(f"{sample.id}\x00{sample.content_hash()}".encode()).hexdigest()


def _split_sql(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]

