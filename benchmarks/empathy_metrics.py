"""Throughput of the empathy-metrics scorers on CPU: responses/second in batches of 64.

    python benchmarks/empathy_metrics.py [--n 512] [--threads 2] [--scorers epitome,response_emotion,response_intent]
                                         [--language en|fr|de|es|it|ms]

Texts: ED valid listener turns (with their previous speaker turn as the seeker post) when the shared
data is available, otherwise generated sentences; with ``--language`` other than en, the package's
translated EPITOME rows in that language (the multilingual path; Malay adds the e5 heads). Model loading is timed separately (first batch
excluded from the throughput). Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sys
import time
from pathlib import Path

# this file's name equals the package's: keep its folder off sys.path so `empathy_metrics` is the package
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def texts(n: int, language: str = "en") -> tuple[list[tuple[str, str]], str]:
    from empathy_metrics.data import TRANSLATED_DIR, load_ed, shared_data_dir

    if language != "en":
        path = TRANSLATED_DIR / f"{language}.jsonl"
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        pairs = [(r["seeker_post"], r["response_post"]) for r in rows]
        return (pairs * (n // len(pairs) + 1))[:n], f"translated EPITOME rows ({language})"

    d = shared_data_dir()
    if d is not None:
        rows = load_ed(d, "valid")
        pairs = [(rows[i - 1]["utterance"], r["utterance"]) for i, r in enumerate(rows)
                 if r["role"] == "listener" and i > 0 and rows[i - 1]["conv_id"] == r["conv_id"]]
        return (pairs * (n // len(pairs) + 1))[:n], "ED valid listener turns"
    rng = random.Random(0)
    subj = ["my dog", "my exam", "my sister", "the new job", "our trip", "my health"]
    feel = ["sad", "anxious", "thrilled", "angry", "lonely", "proud"]
    out = []
    for _ in range(n):
        s, f = rng.choice(subj), rng.choice(feel)
        out.append((f"I feel {f} about {s}. I don't know what to do.",
                    f"That sounds hard. How long have you felt {f} about {s}? I'm here for you."))
    return out, "generated"


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--n", type=int, default=512)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--scorers", default="epitome,response_emotion,response_intent")
    p.add_argument("--language", default="en", help="the items' declared language (default en)")
    a = p.parse_args()
    import torch

    torch.set_num_threads(a.threads)
    from empathy_core import Sample, ScoreInput
    from empathy_core.plugins import get_registry

    pairs, source = texts(a.n, a.language)
    items = [ScoreInput(sample=Sample.from_prompt(str(i), s, language=a.language), response=r)
             for i, (s, r) in enumerate(pairs)]
    reg = get_registry()
    result = {"batch_size": 64, "n": len(items), "texts": source, "language": a.language, "torch_threads": a.threads,
              "cpu": platform.processor() or platform.machine(), "cpus": os.cpu_count(),
              "load_avg_1m": os.getloadavg()[0], "scorers": {}}
    from empathy_metrics.encoder import get_encoder

    names = a.scorers.split(",")
    scorers = {name: reg.scorer(f"{name}:batch_size=64") for name in names}
    warm_items = [ScoreInput(sample=Sample.from_prompt("w", "warm up", language=a.language), response=f"warm up {i}")
                  for i in range(64)]
    for name, sc in scorers.items():
        t0 = time.perf_counter()
        sc.score(warm_items)  # loads MiniLM and the heads
        result["scorers"][name] = {"first_batch_s_incl_load": round(time.perf_counter() - t0, 2)}
    for name, sc in scorers.items():  # each scorer alone, embedding cache cleared (cold)
        get_encoder()._cache.clear()
        t0 = time.perf_counter()
        for start in range(0, len(items), 64):
            sc.score(items[start:start + 64])
        dt = time.perf_counter() - t0
        result["scorers"][name].update({"responses_per_s": round(len(items) / dt, 1), "seconds": round(dt, 2)})
    # all scorers over the same responses, as `empathy score --scorer ... --scorer ...` runs them:
    # the encoder's cache embeds each response once
    get_encoder()._cache.clear()
    t0 = time.perf_counter()
    for sc in scorers.values():
        for start in range(0, len(items), 64):
            sc.score(items[start:start + 64])
    dt = time.perf_counter() - t0
    result["all_together"] = {"responses_per_s": round(len(items) / dt, 1), "seconds": round(dt, 2)}
    result["load_avg_1m_end"] = os.getloadavg()[0]
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
