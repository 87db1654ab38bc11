"""Markdown table of stored runs: ``python table.py --db-dir DIR ROW ...`` (each row's run is in
``DIR/<row>.sqlite``, as written by ``evaluate.sh``; read with ``empathy report ROW --format json``)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess

COLS = [("bleu.bleu_1", "BLEU-1", 1), ("bleu.bleu_2", "BLEU-2", 1), ("bleu.bleu_3", "BLEU-3", 1),
        ("bleu.bleu_4", "BLEU-4", 1), ("distinct.distinct_1", "Dist-1 %", 100), ("distinct.distinct_2", "Dist-2 %", 100),
        ("emotion.accuracy", "Emotion acc %", 100), ("intent.accuracy", "Intent acc %", 100),
        ("perplexity.perplexity", "PPL", 1)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db-dir", default="/tmp/rd_eval")
    ap.add_argument("rows", nargs="+")
    a = ap.parse_args()
    print("| row | n | " + " | ".join(c[1] for c in COLS) + " |")
    print("|---|---|" + "---|" * len(COLS))
    for name in a.rows:
        env = {**os.environ, "EMPATHY_DB": os.path.join(a.db_dir, f"{name}.sqlite")}
        rep = json.loads(subprocess.run(["empathy", "report", name, "--format", "json"], check=True, env=env,
                                        capture_output=True, text=True).stdout)
        agg = rep["aggregates"]
        cells = ["—" if agg.get(k) is None else f"{agg[k] * s:.2f}" for k, _, s in COLS]
        print(f"| {name} | {rep['run']['n_samples']} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
