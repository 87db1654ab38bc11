"""BLEU-1..4 through the `bleu` scorer vs calling sacrebleu directly. Prints JSON.

Goal: the scorer's corpus BLEU-1..4 costs <= 1.2x one direct sacrebleu BLEU-4 corpus_score
(the scorer extracts n-gram statistics once and derives BLEU-1..4 from them).

    python benchmarks/bleu_speed.py [--n 20000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import random
import time

import sacrebleu

from empathy_core import Sample, ScoreInput
from empathy_core.scorers.bleu import BleuScorer

WORDS = ("i you we feel sad happy sorry that sounds really hard what happened glad to hear it so much "
         "friend family time work lonely love miss here always talk about").split()


def corpus(n: int, seed: int = 0) -> tuple[list[str], list[str]]:
    rng = random.Random(seed)

    def sent() -> str:
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 25))) + rng.choice([".", "!", "?"])

    return [sent() for _ in range(n)], [sent() for _ in range(n)]


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    hyps, refs = corpus(args.n)
    items = [ScoreInput(Sample.from_prompt(str(i), "p", references=(r,)), h) for i, (h, r) in enumerate(zip(hyps, refs))]
    ours_out: dict = {}

    def ours() -> None:
        # a fresh scorer each time: sacrebleu's tokenizer caches per instance, and the direct
        # calls below build a new BLEU each time too
        scorer = BleuScorer()
        ours_out.update(scorer.aggregate(items, scorer.score(items)))

    direct_out: dict = {}

    def direct4() -> None:
        direct_out[4] = sacrebleu.BLEU(max_ngram_order=4).corpus_score(hyps, [refs]).score

    def direct_all() -> None:
        for n in range(1, 5):
            direct_out[n] = sacrebleu.BLEU(max_ngram_order=n).corpus_score(hyps, [refs]).score

    t_ours = best(ours, args.repeat)
    t_d4 = best(direct4, args.repeat)
    t_dall = best(direct_all, args.repeat)
    same = all(abs(ours_out[f"bleu.bleu_{n}"] - direct_out[n]) < 1e-9 for n in range(1, 5))
    print(json.dumps({
        "benchmark": "bleu_speed",
        "n_sentences": args.n,
        "scorer_bleu_1_to_4_s": round(t_ours, 4),
        "sacrebleu_bleu4_once_s": round(t_d4, 4),
        "sacrebleu_bleu_1_to_4_four_calls_s": round(t_dall, 4),
        "ratio_vs_one_sacrebleu_call": round(t_ours / t_d4, 3),
        "ratio_vs_four_sacrebleu_calls": round(t_ours / t_dall, 3),
        "identical_scores": same,
        "goal_ratio_max": 1.2,
        "goal_met": same and t_ours / t_d4 <= 1.2,
    }, indent=2))


if __name__ == "__main__":
    main()
