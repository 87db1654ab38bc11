"""The cost of the bootstrap intervals and paired comparisons on a large run. Prints JSON.

Goal: 95 % intervals for every aggregate of a 10,000-sample run with 1,000 resamples take seconds,
not minutes, in bounded memory: per-item means (boundary-like rates), corpus BLEU-1..4 through
sacrebleu's sufficient statistics, distinct-1/2, a paired comparison of two runs, and the bounded
fallback for a corpus aggregate without a resampler.

    python benchmarks/bootstrap_cost.py [--n 10000] [--replicates 1000]
"""

from __future__ import annotations

import argparse
import json
import random
import time
import tracemalloc
from typing import Any

from empathy_core import ItemScore, Sample, ScoreInput, Scorer
from empathy_core.scorers.bleu import BleuScorer
from empathy_core.scorers.distinct import DistinctScorer
from empathy_core.stats import intervals, paired_comparisons

WORDS = ("i you we feel sad happy sorry that sounds really hard what happened glad to hear it so much "
         "friend family time work lonely love miss here always talk about").split()


class Rates(Scorer):
    """Per-item 0/1 patterns and a 0-10 score, like the boundary scorer (default mean aggregate)."""

    name = "rates"

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def score(self, items: Any) -> list[ItemScore]:
        out = []
        for _ in items:
            d = {f"rates.p{j}": float(self.rng.random() < 0.1 * (j + 1)) for j in range(7)}
            d["rates.score"] = self.rng.uniform(0, 10)
            out.append(ItemScore(scores=d))
        return out


class Ratio(Scorer):
    """A corpus aggregate without a resampler: the bounded fallback calls aggregate per resample."""

    name = "ratio"

    def score(self, items: Any) -> list[ItemScore]:
        return [ItemScore(scores={"ratio.num": float(len(it.response)), "ratio.den": 1.0 + len(it.response) % 7})
                for it in items]

    def aggregate(self, items: Any, results: Any) -> dict[str, float]:
        return {"ratio.r": sum(r.scores["ratio.num"] for r in results) / sum(r.scores["ratio.den"] for r in results)}


def corpus(n: int, seed: int) -> list[ScoreInput]:
    rng = random.Random(seed)

    def sent() -> str:
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 25))) + "."

    return [ScoreInput(sample=Sample.from_prompt(f"s{i}", "p", language="en", references=[sent()]), response=sent())
            for i in range(n)]


def measure(fn: Any) -> tuple[Any, float, float]:
    """(result, seconds untraced, peak MiB allocated in a second, traced call; numpy arrays count)."""
    t0 = time.perf_counter()
    out = fn()
    dt = time.perf_counter() - t0
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return out, dt, peak / 2**20


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--replicates", type=int, default=1000)
    args = ap.parse_args()
    items_a, items_b = corpus(args.n, 0), corpus(args.n, 1)
    scorers: dict[str, Any] = {"rates": Rates(0), "bleu": BleuScorer(), "distinct": DistinctScorer(), "ratio": Ratio()}
    res_a = {k: s.score(items_a) for k, s in scorers.items()}
    scorers_b = {**scorers, "rates": Rates(1)}
    res_b = {k: s.score(items_b) for k, s in scorers_b.items()}
    out: dict[str, Any] = {"n": args.n, "replicates": args.replicates, "per_scorer": {}}
    for name, sc in scorers.items():
        (iv, info), dt, peak = measure(lambda sc=sc, name=name: intervals({name: sc}, items_a, {name: res_a[name]},
                                                                          args.replicates, 0))
        out["per_scorer"][name] = {"seconds": round(dt, 3), "peak_mib": round(peak, 1), "metrics": len(iv),
                                   "method": info["methods"][name], "replicates_used": info.get("replicates_used")}
    (cmp, dt, peak) = measure(lambda: paired_comparisons(scorers, res_a, items_a, scorers_b, res_b, items_b,
                                                         args.replicates, 0))
    out["paired_comparison_all_scorers"] = {"seconds": round(dt, 3), "peak_mib": round(peak, 1),
                                            "comparisons": len(cmp)}
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
