"""Decoding options of the shipped checkpoint under the ED protocol (``bleu:protocol=ed``,
``distinct:protocol=ed``) on a fixed subset of ED valid, with the constant-sentence floor.

    python plugins/empathy-reflectdiffu/scripts/decoding_sweep.py --limit 1000 --threads 2 > sweep.json
    python plugins/empathy-reflectdiffu/scripts/decoding_sweep.py --skip 1000 --limit 1000 --rows "greedy min_len=11"

Prints one JSON object per row (BLEU-1..4, Dist-1/2 in %, mean length in protocol tokens, emotion
accuracy in % where the checkpoint predicts emotions, seconds), then a Markdown table on stderr. Rows: ``--rows`` picks a subset of ROWS by name.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

from empathy_core.loaders.empathetic_dialogues import EmpatheticDialoguesDataset
from empathy_core.plugins import build_registry
from empathy_core.scorers import ed_protocol
from empathy_core.scorers.bleu import BleuScorer
from empathy_core.scorers.distinct import distinct_n

CONSTANT = "I'm sorry to hear that. What happened?"

ROWS: dict[str, str] = {
    "greedy": "decoding=greedy",
    "greedy min_len=5": "decoding=greedy,min_len=5",
    "greedy min_len=8": "decoding=greedy,min_len=8",
    "greedy min_len=11": "decoding=greedy,min_len=11",
    "greedy min_len=12": "decoding=greedy,min_len=12",
    "greedy min_len=13": "decoding=greedy,min_len=13",
    "greedy min_len=14": "decoding=greedy,min_len=14",
    "greedy eos_penalty=1": "decoding=greedy,eos_penalty=1",
    "greedy eos_penalty=2": "decoding=greedy,eos_penalty=2",
    "greedy eos_penalty=3": "decoding=greedy,eos_penalty=3",
    "beam4 alpha=0": "decoding=beam,beam_size=4,length_penalty=0",
    "beam4 alpha=1": "decoding=beam,beam_size=4,length_penalty=1",
    "beam4 alpha=2": "decoding=beam,beam_size=4,length_penalty=2",
    "beam4 alpha=1 min_len=8": "decoding=beam,beam_size=4,length_penalty=1,min_len=8",
    "sample top_p=0.5": "decoding=sample,top_p=0.5,seed=0",
    "sample top_p=0.5 seed=1": "decoding=sample,top_p=0.5,seed=1",
    "sample top_p=0.9": "decoding=sample,top_p=0.9,seed=0",
    "sample top_p=0.5 min_len=8": "decoding=sample,top_p=0.5,seed=0,min_len=8",
}


def measure(hyps: list[str], refs: list[str]) -> dict[str, float]:
    bleu = BleuScorer(protocol="ed").corpus(hyps, [[r] for r in refs])
    toks = [ed_protocol.tokens(h) for h in hyps]
    out = {f"BLEU-{n}": round(bleu[f"bleu.bleu_{n}"], 2) for n in range(1, 5)}
    for n in (1, 2):
        out[f"Dist-{n} %"] = round(100 * (distinct_n(toks, n) or 0.0), 2)
    out["mean len"] = round(sum(map(len, toks)) / len(toks), 2)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--skip", type=int, default=0, help="start after this many valid samples (e.g. 1000: the selection subset)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--checkpoint", default=None, help="default: the shipped checkpoint")
    ap.add_argument("--rows", nargs="*", default=list(ROWS))
    a = ap.parse_args()
    samples = EmpatheticDialoguesDataset(split="valid").load()[a.skip: a.skip + a.limit]
    refs = [s.references[0] for s in samples]
    table = []
    ref_row = {"row": "references (length only)", "mean len": round(
        sum(len(ed_protocol.tokens(r)) for r in refs) / len(refs), 2)}
    const = {"row": f"constant: {CONSTANT!r}", **measure([CONSTANT] * len(refs), refs)}
    for r in (ref_row, const):
        print(json.dumps(r), flush=True)
        table.append(r)
    reg = build_registry()
    for name in a.rows:
        opts = ROWS[name] + f",threads={a.threads}" + (f",checkpoint={a.checkpoint}" if a.checkpoint else "")
        gen = reg.generator("reflectdiffu:" + opts)
        t0 = time.perf_counter()
        gens = []
        for i in range(0, len(samples), a.batch):
            gens += gen.generate(samples[i:i + a.batch])
        hyps = [g.text for g in gens]
        row = {"row": name, "options": ROWS[name], **measure(hyps, refs)}
        if all("emotion" in g.meta for g in gens):
            row["emotion acc %"] = round(100 * sum(g.meta["emotion"] == s.meta.get("emotion")
                                                   for g, s in zip(gens, samples)) / len(samples), 2)
        row["seconds"] = round(time.perf_counter() - t0, 1)
        print(json.dumps(row), flush=True)
        table.append(row)
    cols = ["BLEU-1", "BLEU-2", "BLEU-3", "BLEU-4", "Dist-1 %", "Dist-2 %", "mean len", "emotion acc %"]
    print("| row | " + " | ".join(cols) + " |", file=sys.stderr)
    print("|---" * (len(cols) + 1) + "|", file=sys.stderr)
    for r in table:
        print(f"| {r['row']} | " + " | ".join(str(r.get(c, "")) for c in cols) + " |", file=sys.stderr)


if __name__ == "__main__":
    main()
