"""Score English refusal sets once with several boundary specs (docs/BOUNDARY.md, "The cascade").

For each set and spec: refusal agreement with the writer's labels and with the labellers' majority
(``<set>_votes.json`` beside the set, when present), the share decided refusal per label, rows the
scorer left unscored, the share of rows each heads decided (``evidence.decided_by``, else the mode) and seconds
(each scorer is built once: its models load during its first set, whose seconds include that).
Prints JSON (and writes it with --out). Reading a blind set is not free: use it once per set on a
frozen candidate, as pre-registered.

    python scripts/fresh_read.py tests/blind/en_refusal16.jsonl tests/blind/en_refusal17.jsonl \\
        --spec boundary --spec boundary:mode=cross --out read.json
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

from empathy_boundary.evalsets import load, refusal_agreement, score_inputs

from empathy_core.plugins import get_registry


def read(path: Path, rows: list[dict], sc: Any) -> dict:
    """One set (its ``rows``, read from ``path``) scored by one scorer."""
    t0 = time.perf_counter()
    res = sc.score(score_inputs(rows))
    secs = time.perf_counter() - t0
    pred = [int(bool(r.scores.get("boundary.direct_refusal", 0))) if r.unscored is None else 0 for r in res]
    out = {"spec": sc.signature(), "seconds": round(secs, 2),
           "writer": round(refusal_agreement([r["refusal"] for r in rows], pred)["agreement"], 4),
           "unscored": sum(r.unscored is not None for r in res)}
    votes = path.with_name(path.stem + "_votes.json")
    if votes.is_file():
        maj = {v["id"]: v["majority"] for v in json.loads(votes.read_text(encoding="utf-8"))["votes"]}
        pairs = [(maj.get(str(r["id"])), q) for r, q in zip(rows, pred)]
        pairs = [(g, q) for g, q in pairs if g]
        out["majority"] = round(refusal_agreement([g for g, _ in pairs], [q for _, q in pairs])["agreement"], 4)
    by: dict[str, list[int]] = {}
    for r, q in zip(rows, pred):
        by.setdefault(r["refusal"], []).append(q)
    out["flagged_by_label"] = {k: round(sum(v) / len(v), 4) for k, v in sorted(by.items())}
    # the heads that decided (mode=cross, prompt heads); a mode with one decider records only the mode
    dec = Counter((r.evidence or {}).get("decided_by") or (r.evidence or {}).get("mode") or "(not recorded)"
                  for r in res if r.unscored is None)
    out["decided_by"] = {k: round(v / len(res), 4) for k, v in sorted(dec.items())}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--spec", action="append", required=True)
    ap.add_argument("--out", type=Path)
    a = ap.parse_args()
    reg = get_registry()
    scorers = {s: reg.create("scorers", s).use_registry(reg) for s in a.spec}  # each built (and its models loaded) once
    sets = {f: load(f) for f in a.files}
    result = {f.stem: {"n": len(rows), "modes": {s: read(f, rows, sc) for s, sc in scorers.items()}}
              for f, rows in sets.items()}
    text = json.dumps(result, indent=1, ensure_ascii=False)
    print(text)
    if a.out:
        a.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
