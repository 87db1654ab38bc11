"""Run leases (issue 16): the heartbeat thread, the message and wait of a locked run, rollback on a
failed acquisition, and the logged failures of heartbeat and release — in-process, real SQLite in tmp,
so that mutation testing sees them (docs/results/mutation.md). Also the async generation loop's
worker count."""

from __future__ import annotations

import asyncio
import logging
import os
import re
import socket
import threading
import time

import pytest

from empathy_core import Generation, RunLockedError, Sample
from empathy_core.runner import _generate_async
from empathy_core.store import Store

pytestmark = pytest.mark.resume_fast


def _wait_for(cond, timeout=10.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(0.01)
    return False


def _row(st, key):
    return st.conn.execute("SELECT * FROM leases WHERE key = ?", (key,)).fetchone()


def test_heartbeat_thread_refreshes_until_release(tmp_path, monkeypatch):
    monkeypatch.setenv("EMPATHY_LEASE_HEARTBEAT_S", "0.02")
    with Store(tmp_path / "s.sqlite") as st:
        lease = st.acquire_lease("name:x")
        host, pid = socket.gethostname(), os.getpid()
        assert re.fullmatch(rf"{re.escape(host)} pid {pid} [0-9a-f]{{8}}", lease.owner)
        row = _row(st, "name:x")
        assert (row["owner"], row["host"], row["pid"], row["run_id"]) == (lease.owner, host, pid, None)
        t = lease._thread
        assert t.name == "empathy-lease" and t.daemon and t.is_alive()
        first = float(row["heartbeat"])
        assert _wait_for(lambda: float(_row(st, "name:x")["heartbeat"]) > first), "no heartbeat"
        lease.bind("run-1")
        assert _row(st, "name:x")["run_id"] == "run-1"
        lease.release()
        assert not t.is_alive() and _row(st, "name:x") is None


def test_locked_run_message_then_wait_announced_once(tmp_path, caplog):
    with Store(tmp_path / "s.sqlite") as st:
        host, pid = socket.gethostname(), os.getpid()  # this process: alive, so the lease is live
        st.conn.execute("INSERT INTO leases (key, run_id, owner, host, pid, acquired_at, heartbeat)"
                        " VALUES (?,?,?,?,?,?,?)", ("name:x", None, "other", host, pid,
                                                     "2026-01-01T00:00:00", time.time() - 7.0))
        holder = rf"{re.escape(host)} pid {pid}, since 2026-01-01T00:00:00, last heartbeat (7|8|9)s ago"
        with pytest.raises(RunLockedError) as e:
            st.acquire_lease("name:x", label="run x")
        assert re.fullmatch(rf"run x is being worked on by another process \({holder}\); "
                            rf"let it finish, or add --wait to wait for it", str(e.value)), str(e.value)
        with pytest.raises(RunLockedError, match=r"^name:x is being worked on"):
            st.acquire_lease("name:x")
        assert not st.conn.in_transaction
        # with wait: polled until the holder goes; the wait is announced once, with the holder
        threading.Timer(0.3, lambda: Store(tmp_path / "s.sqlite").conn.execute(
            "DELETE FROM leases WHERE key = 'name:x'")).start()
        with caplog.at_level(logging.WARNING, logger="empathy_core"):
            lease = st.acquire_lease("name:x", wait=True, label="run x", poll_s=0.02)
        msgs = [r.getMessage() for r in caplog.records if "being worked on" in r.getMessage()]
        assert len(msgs) == 1 and re.fullmatch(rf"run x is being worked on by another process \({holder}\); waiting",
                                               msgs[0]), msgs
        assert _row(st, "name:x")["owner"] == lease.owner
        lease.release()


def test_failed_acquisition_rolls_back_and_reraises(tmp_path, monkeypatch):
    with Store(tmp_path / "s.sqlite") as st:
        st.conn.execute("INSERT INTO leases (key, run_id, owner, host, pid, acquired_at, heartbeat)"
                        " VALUES ('name:x', NULL, 'o', 'h', 1, 'now', 0)")

        def boom(row):
            raise KeyboardInterrupt

        monkeypatch.setattr(st, "_lease_is_live", boom)
        with pytest.raises(KeyboardInterrupt):
            st.acquire_lease("name:x")
        assert not st.conn.in_transaction and _row(st, "name:x")["owner"] == "o"


def test_heartbeat_and_release_failures_are_logged_not_raised(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("EMPATHY_LEASE_HEARTBEAT_S", "0.02")
    caplog.set_level(logging.DEBUG, logger="empathy_core")
    with Store(tmp_path / "s.sqlite") as st:
        lease = st.acquire_lease("name:x")
        st.conn.execute("ALTER TABLE leases RENAME TO leases_away")
        assert _wait_for(lambda: any(r.getMessage() == "lease heartbeat failed: no such table: leases"
                                     for r in caplog.records))
        lease.release()  # the DELETE fails too: logged, not raised
        assert "lease release failed: no such table: leases" in [r.getMessage() for r in caplog.records]
        assert not lease._thread.is_alive()


class _OneAtATime:
    """An async generator that allows one request at a time and records the peak."""

    def __init__(self, concurrency):
        self.concurrency, self.active, self.peak, self.closed = concurrency, 0, 0, False

    def max_concurrency(self):
        return self.concurrency

    async def agenerate(self, s):
        self.active += 1
        self.peak = max(self.peak, self.active)
        await asyncio.sleep(0.01)
        self.active -= 1
        return Generation(sample_id=s.id, text=f"re {s.id}", generator="g")

    async def aclose(self):
        self.closed = True


@pytest.mark.parametrize(("concurrency", "n", "peak"), [(1, 4, 1), (3, 5, 3), (8, 2, 2)])
def test_async_generation_runs_at_most_max_concurrency_workers(concurrency, n, peak):
    gen = _OneAtATime(concurrency)
    got = {}
    todo = [(Sample.from_prompt(f"s{i}", f"p{i}"), f"k{i}") for i in range(n)]
    asyncio.run(_generate_async(gen, "sig", todo, lambda k, g: got.__setitem__(k, g)))
    assert gen.peak == peak and gen.closed
    assert {k: g.text for k, g in got.items()} == {f"k{i}": f"re s{i}" for i in range(n)}
