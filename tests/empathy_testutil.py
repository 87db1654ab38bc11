"""Helpers shared by the core's tests (importable as ``empathy_testutil``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIXTURE_PLUGINS = REPO / "tests" / "fixtures" / "plugins"
EXAMPLE_PLUGIN = REPO / "plugins" / "empathy-example-questions"
#: EMPATHY_* variables the subprocesses keep: the shared data and the session's tmp cache folder
KEEP_ENV = ("EMPATHY_SHARED_DATA", "EMPATHY_CACHE_DIR")


def clean_env() -> dict[str, str]:
    """The environment without EMPATHY_* settings, except those in :data:`KEEP_ENV`."""
    return {k: v for k, v in os.environ.items() if not k.startswith("EMPATHY_") or k in KEEP_ENV}


def shared_data_dir() -> Path | None:
    env = os.environ.get("EMPATHY_SHARED_DATA")
    for cand in ([Path(env)] if env else []) + [REPO.parent / "shared" / "data"]:
        if cand.is_dir():
            return cand
    return None


def run_cli(*args: str, env: dict[str, str] | None = None, site: Path | None = None, check: bool = False,
            cwd: Path | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run ``empathy`` in a subprocess (``python -m empathy_core``)."""
    e = clean_env()
    if site is not None:
        e["PYTHONPATH"] = str(site) + os.pathsep + e.get("PYTHONPATH", "")
    e.update(env or {})
    p = subprocess.run([sys.executable, "-m", "empathy_core", *args], capture_output=True, text=True, env=e,
                       cwd=cwd, timeout=timeout)
    if check and p.returncode != 0:
        raise AssertionError(f"empathy {' '.join(args)} failed ({p.returncode}):\n{p.stdout}\n{p.stderr}")
    return p


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path
