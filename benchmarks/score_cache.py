"""Cost of checkpointed scoring: one scorer on N responses without a store, with the score cache
(first run: every chunk committed), and repeated (every result read from the cache). Prints JSON.

    python benchmarks/score_cache.py [N] [SCORER]
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time

from empathy_core import Sample
from empathy_core.models import ScoreInput
from empathy_core.plugins import get_registry
from empathy_core.runner import run_scorer
from empathy_core.store import Store


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    spec = sys.argv[2] if len(sys.argv) > 2 else "length"
    items = [ScoreInput(sample=Sample.from_prompt(f"s{i}", f"prompt {i} about love", language="en"),
                        response=f"a reply to prompt {i} with some words in it") for i in range(n)]
    sc = get_registry().scorer(spec)
    run_scorer(sc, items[:50])  # warm-up: lazy imports, language packs
    t = time.perf_counter()
    run_scorer(sc, items)
    plain = time.perf_counter() - t
    with tempfile.TemporaryDirectory() as d, Store(os.path.join(d, "bench.sqlite")) as st:
        t = time.perf_counter()
        run_scorer(sc, items, store=st)
        first = time.perf_counter() - t
        t = time.perf_counter()
        again = run_scorer(sc, items, store=st)
        repeat = time.perf_counter() - t
    print(json.dumps({"benchmark": "score_cache", "scorer": spec, "n": n, "no_store_s": round(plain, 3),
                      "with_cache_first_s": round(first, 3), "with_cache_repeat_s": round(repeat, 3),
                      "overhead_per_response_us": round((first - plain) / n * 1e6, 1),
                      "repeat_from_cache": again.n_cached}))


if __name__ == "__main__":
    main()
