"""`empathy run` end to end against the fake server (subprocesses, a real SQLite file): resume
without regeneration, a killed run resumes with no loss, a re-run retries only failures, and the
key never reaches the database, logs (-vv), reports or errors."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from remote_testutil import KEY, KEY_ENV

pytest.importorskip("empathy_core.runner")

JUDGE_ANSWER = {"direct_refusal": 1, "apology": 1, "explanation": 0, "deflection": 0, "acknowledgment": 0,
                "boundary_setting": 1, "emotional_awareness": 0, "boundary_rating": 4, "empathy_rating": 2}


def responder(provider, body, text):
    system = next((m["content"] for m in body["messages"] if m["role"] == "system"), "")
    if "direct_refusal" in system:  # a judge request
        return json.dumps(JUDGE_ANSWER)
    if "numéro" in text:
        return f"Je suis désolé, mais en tant qu'IA je ne peux pas être ta partenaire. ({text})"
    return f"I'm sorry, but as an AI I can't be your partner. You said: {text}"


def _dataset(tmp_path: Path, n: int) -> Path:
    p = tmp_path / "prompts.jsonl"
    with p.open("w", encoding="utf-8") as fh:
        for i in range(n):
            lang = "en" if i % 2 == 0 else "fr"
            prompt = f"prompt number {i}" if lang == "en" else f"message numéro {i}"
            fh.write(json.dumps({"id": f"q{i}", "prompt": prompt, "language": lang,
                                 "meta": {"category": "Love"}}) + "\n")
    return p


def _env(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "EMPATHY_DB")}
    env[KEY_ENV] = KEY
    env["EMPATHY_KEYS_FILE"] = str(tmp_path / "no-keys.json")
    env["PYTHONWARNINGS"] = "ignore"
    return env


def _empathy(args, tmp_path, check=True):
    p = subprocess.run([sys.executable, "-m", "empathy_core.cli", *args], capture_output=True, text=True,
                       env=_env(tmp_path), timeout=120)
    if check:
        assert p.returncode == 0, p.stdout + p.stderr
    return p


def _gen_spec(srv, **kw):
    opts = {"model": "m-1", "base_url": f"{srv.url}/v1", "api_key_env": KEY_ENV, "backoff": "0.01",
            "timeout": "1", **kw}
    return "openai:" + ",".join(f"{k}={v}" for k, v in opts.items())


def _db_rows(db):
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT sample_id, text, error FROM generations").fetchall()
    finally:
        con.close()


def _assert_no_key(*texts):
    for t in texts:
        assert KEY not in t


def test_run_resume_retry_failures_and_no_key_leak(server, tmp_path):
    plan = {"message numéro 1": ["429", "500"], "prompt number 2": ["drop"], "message numéro 3": ["malformed"],
            "prompt number 6": ["500", "500"], "message numéro 7": ["500", "500", "500"]}
    srv = server(plan=plan, responder=responder, retry_after="0.05")
    ds = _dataset(tmp_path, 8)
    db = str(tmp_path / "runs.sqlite")
    gen = _gen_spec(srv, retries=2, concurrency=4)
    judge = f"judge:generator=openai,model=judge-1,base_url={srv.url}/v1,api_key_env={KEY_ENV},backoff=0.01"
    args = ["-vv", "run", "--dataset", f"jsonl:path={ds}", "--generator", gen, "--db", db, "--name", "r1"]
    scorers = ["--scorer", "boundary", "--scorer", judge]  # once (spaCy takes seconds to load)
    r1 = _empathy(args, tmp_path, check=False)
    assert r1.returncode == 1  # finished with a failed generation
    assert "8 samples, 7 generated, 0 cached, 1 failed generation(s)" in r1.stdout, r1.stdout
    assert "1 of 8 generation(s) failed. Re-run with --name r1 to retry only those" in r1.stderr
    assert "failed after 3 attempts" in r1.stderr
    texts_1 = [r["text"] for r in srv.requests if r["body"]["model"] == "m-1"]
    assert texts_1.count("message numéro 7") == 3  # 1 + retries
    n1 = len(srv.requests)

    # same name: only the failed sample is generated again (its 4th attempt succeeds)
    r2 = _empathy(args + scorers, tmp_path)
    assert "8 samples, 1 generated, 7 cached, 0 failed generation(s)" in r2.stdout, r2.stdout
    gen_2 = [r["text"] for r in srv.requests[n1:] if r["body"]["model"] == "m-1"]
    assert gen_2 == ["message numéro 7"]
    n2 = len(srv.requests)

    # nothing generated twice: a third run makes no generation request at all
    r3 = _empathy(args, tmp_path)
    assert "8 samples, 0 generated, 8 cached, 0 failed generation(s)" in r3.stdout
    assert [r for r in srv.requests[n2:] if r["body"]["model"] == "m-1"] == []
    rows = _db_rows(db)
    assert len(rows) == 8 and all(t and e is None for _, t, e in rows)
    # usage is stored
    con = sqlite3.connect(db)
    usage = [json.loads(u) for (u,) in con.execute("SELECT usage FROM generations")]
    con.close()
    assert all(u["prompt_tokens"] == 3 and u["completion_tokens"] > 5 for u in usage), usage

    rep_json = _empathy(["report", "r1", "--db", db, "--format", "json"], tmp_path).stdout
    rep_html = _empathy(["report", "r1", "--db", db, "--format", "html"], tmp_path).stdout
    assert "judge.boundary_rating" in rep_json
    agree = _empathy(["agreement", "r1", "--db", db, "--format", "json"], tmp_path).stdout
    result = json.loads(agree)
    assert result["n_both_scored"] == 8 and set(result["by_language"]) == {"en", "fr"}
    assert result["overall"]["patterns"]["apology"]["both"] == 8

    # the key is nowhere: database (and its WAL), -vv logs, reports, error strings
    blobs = [p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("runs.sqlite")]
    for b in blobs:
        assert KEY.encode() not in b
    _assert_no_key(r1.stdout, r1.stderr, r2.stdout, r2.stderr, r3.stderr, rep_json, rep_html, agree)
    assert "HTTP Request" in r1.stderr  # -vv really showed the HTTP layer's logs


def test_killed_run_resumes_with_no_loss(server, tmp_path):
    srv = server(latency=0.25, responder=responder)
    n = 16
    ds = _dataset(tmp_path, n)
    db = str(tmp_path / "kill.sqlite")
    args = ["run", "--dataset", f"jsonl:path={ds}", "--generator", _gen_spec(srv, concurrency=2),
            "--db", db, "--name", "k"]
    proc = subprocess.Popen([sys.executable, "-m", "empathy_core.cli", *args], env=_env(tmp_path),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while len(srv.completed()) < 5 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert len(srv.completed()) >= 5
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    killed_at = time.monotonic()
    stored_before = {sid for sid, t, e in _db_rows(db) if t}
    assert 3 <= len(stored_before) < n
    r = _empathy(args, tmp_path)
    assert f"{n} samples" in r.stdout and "0 failed generation(s)" in r.stdout
    rows = _db_rows(db)
    assert len(rows) == n and all(t for _, t, _ in rows)
    texts = {json.loads(line)["id"]: json.loads(line)["prompt"] for line in ds.read_text().splitlines()}
    # the resumed run asked exactly once for each sample not stored before the kill, and for nothing else
    # (by connection: a request of the killed process may reach the server a moment after the kill)
    old_conns = {q["client_port"] for q in srv.requests if q["t"] < killed_at}
    asked_after = sorted(q["text"] for q in srv.requests if q["client_port"] not in old_conns)
    assert asked_after == sorted(texts[s] for s in texts if s not in stored_before)
