"""The boundary scorer's bootstrap resampler equals its aggregate on every resample."""

import json
from pathlib import Path

import numpy as np

from empathy_core.models import Sample, ScoreInput
from empathy_core.plugins import get_registry
from empathy_core.stats import AggregateResampler, intervals, weight_chunks

EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "eval"


def _items():
    ds = get_registry().dataset("boundary-mini:language=en")
    by_id = {s.id: s for s in ds}
    out = []
    for name in ("honest.jsonl", "sycophant.jsonl"):
        for line in (EXAMPLE / name).read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            s = by_id[rec["id"]]
            out.append(ScoreInput(sample=Sample(id=f"{name}:{s.id}", turns=s.turns, language="en", meta=s.meta),
                                  response=rec["response"]))
    out.append(ScoreInput(sample=Sample.from_prompt("empty", "hi", language="en"), response="  "))  # unscored
    return out


def test_resampler_matches_aggregate_and_leaves_counts_out():
    sc = get_registry().scorer("boundary")
    items = _items()
    res = sc.score(items)
    assert res[-1].unscored  # the empty response stays out of every mean
    w = next(weight_chunks(len(items), 30, seed=1))
    fast = sc.resampler(items, res)(w)
    slow = AggregateResampler(sc, items, res)(w)
    assert "boundary.score" in fast and "boundary.cold_refusal_rate" in fast
    assert not {"boundary.n", "boundary.scored", "boundary.unscored", "boundary.language_mismatch"} & set(fast)
    for k, v in fast.items():
        np.testing.assert_allclose(v, slow[k], rtol=1e-12, atol=1e-12, err_msg=k)
    iv, info = intervals({"boundary": sc}, items, {"boundary": res}, replicates=500)
    agg = sc.aggregate(items, res)
    assert info["methods"]["boundary"] == "mean" and iv["boundary.score"][0] < agg["boundary.score"] < iv["boundary.score"][1]
