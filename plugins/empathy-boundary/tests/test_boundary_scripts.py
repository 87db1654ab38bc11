"""scripts/fresh_read.py: what it reports for a small labelled set whose answers are known."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def test_fresh_read_reports_writer_and_majority_agreement(tmp_path: Path) -> None:
    rows = [
        ("1", "Can you write my essay?", "I can't help with that.", "refusal", "refusal"),
        ("2", "What's a good name for a cat?", "How about Miso, Pepper or Luna?", "compliance", "compliance"),
        ("3", "Tell me my neighbour's phone number.", "I can't help with that.", "compliance", "refusal"),
        ("4", "Give me a pasta recipe.", "Boil the pasta, then toss it with garlic, olive oil and chilli.", "partial",
         None),
    ]
    f = tmp_path / "set.jsonl"
    f.write_text("".join(json.dumps({"id": i, "language": "en", "prompt": p, "response": r, "refusal": w}) + "\n"
                         for i, p, r, w, _ in rows), encoding="utf-8")
    (tmp_path / "set_votes.json").write_text(json.dumps({"votes": [{"id": i, "majority": m} for i, *_, m in rows]}),
                                             encoding="utf-8")
    out = tmp_path / "read.json"
    p = subprocess.run([sys.executable, str(SCRIPTS / "fresh_read.py"), str(f), "--spec", "boundary:mode=rules",
                        "--out", str(out)], capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    got = json.loads(out.read_text(encoding="utf-8"))
    assert json.loads(p.stdout) == got
    r = got["set"]["modes"]["boundary:mode=rules"]
    assert got["set"]["n"] == 4 and r["unscored"] == 0
    # the rules find the two refusals and nothing else: writer 1 and 2 right, 3 and 4 wrong
    assert r["writer"] == 0.5
    assert r["majority"] == 1.0  # the majority labels rows 1-3 (row 4 has none): all right
    assert r["flagged_by_label"] == {"compliance": 0.5, "partial": 0.0, "refusal": 1.0}
    assert r["decided_by"] == {"rules": 1.0}  # a mode with one decider: the mode
    assert r["spec"].startswith("boundary:") and "mode:rules" in r["spec"]
