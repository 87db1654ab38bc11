"""--bootstrap with --workers: intervals from compact per-partition columns (never the items),
equal to the intervals computed on all items at once."""

from __future__ import annotations

import gc
import json

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from empathy_core.executors import ParallelScoring
from empathy_core.models import Sample, ScoreInput
from empathy_core.plugins import get_registry
from empathy_core.runner import bootstrap_intervals, score_all
from empathy_core.stats import ColumnBuffer, MeanColumns, MeanResampler

TEXTS = ["I care about you, but I'm an AI.", "Je ne peux pas t'aimer comme un humain.", "oh no! what happened?",
         "Ich bin eine KI und kann keine Beziehung eingehen.", "That sounds hard. I'm here to listen.", "ok", ""]
LANGS = ["en", "fr", "en", "de", "en", None, "xx"]


def corpus(picks: list[tuple[int, int, int]]) -> list[ScoreInput]:
    return [ScoreInput(Sample.from_prompt(str(i), "I love you", language=LANGS[lang],
                                          references=(TEXTS[ref],) if ref < len(TEXTS) else ()),
                       TEXTS[t] + " really" * (i % 3)) for i, (t, lang, ref) in enumerate(picks)]


SPECS = ["length", "bleu", "bleu:sentence=true,max_order=2", "boundary:mode=rules", "distinct"]


def old_intervals(specs: list[str], items: list[ScoreInput], boot: int) -> dict[str, list[float]]:
    """The path before: every item and result in memory, each scorer's resampler on all of them."""
    scs = [get_registry().create("scorers", s) for s in specs]
    per, aggs, _ = score_all(scs, items)
    flat = {k: v for a in aggs.values() for k, v in a.items()}
    return bootstrap_intervals({sc.name: sc for sc in scs if sc.name in per}, items, per, flat, boot, 0)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(picks=st.lists(st.tuples(st.integers(0, 6), st.integers(0, 6), st.integers(0, 8)), min_size=0, max_size=40),
       chunk=st.integers(1, 9), spec=st.sampled_from(SPECS))
def test_intervals_from_columns_equal_all_items(picks, chunk, spec) -> None:
    items = corpus(picks)
    ps = ParallelScoring([spec], chunk_size=chunk, bootstrap=200, has_references=True)
    for _ in ps.run((None, it) for it in items):
        pass
    assert ps.intervals == old_intervals([spec], items, 200)  # exact: the same matrices


@pytest.mark.stats_slow  # seconds per run: left out of `.ci/mutation stats`
def test_worker_processes_send_columns_not_items() -> None:
    items = corpus([(i % 7, i % 6, i % 9) for i in range(300)])
    specs = ["length", "bleu", "boundary:mode=rules"]
    ps = ParallelScoring(specs, workers=2, chunk_size=37, bootstrap=300, has_references=True)
    for _ in ps.run((None, it) for it in items):
        pass
    assert ps.intervals == old_intervals(specs, items, 300)
    assert len(set(ps.pids)) == 2
    # every column here holds small integers or 0/1 rates, exact in float16: 2 bytes per response and
    # metric; length has words and characters (2), boundary 7 patterns + words, score (integral on these
    # texts), refusal_rate, cold_refusal_rate (11); bleu 10 int32 statistics + 1 int8 flag
    assert ps.bootstrap_bytes == {"length": 300 * 2 * 2, "boundary": 300 * 11 * 2, "bleu": 300 * (10 * 4 + 1)}


@pytest.mark.stats_slow  # seconds per run: left out of `.ci/mutation stats`
def test_driver_holds_no_items_while_streaming() -> None:
    n, chunk = 3000, 100

    def gen():
        for i in range(n):
            yield None, ScoreInput(Sample.from_prompt(str(i), "p", language="en"), TEXTS[i % 6])

    ps = ParallelScoring(["length", "boundary:mode=rules"], chunk_size=chunk, bootstrap=50)
    for _ in ps.run(gen()):
        pass
    gc.collect()
    alive = sum(1 for o in gc.get_objects() if type(o) is ScoreInput)
    assert alive < 2 * chunk  # not the 3000 inputs
    assert ps.n == n and set(ps.intervals) >= {"length.words", "boundary.score"}


def test_column_buffer_widens_for_late_metrics_and_shares_mask() -> None:
    buf = ColumnBuffer()
    buf.add(MeanColumns(["a"], np.array([[1.0], [np.nan]])))
    buf.add(MeanColumns(["b", "a"], np.array([[5.0, 2.0]])))
    rs = buf.resampler()
    assert rs.keys == ["a", "b"] and buf.n == 3
    assert [m.tolist() for m in rs.masks] == [[1.0, 0.0, 1.0], [0.0, 0.0, 1.0]]
    out = rs(np.array([[1.0, 1.0, 1.0], [0.0, 0.0, 2.0]]))
    assert out["a"].tolist() == [1.5, 2.0] and out["b"].tolist() == [5.0, 5.0]
    shared = MeanResampler({"x": [1.0, None, 3.0], "y": [2.0, None, 4.0]})
    assert len(shared.masks) == 1  # one mask when every metric is missing on the same items
    assert shared(np.array([[1.0, 1.0, 1.0]]))["y"].tolist() == [3.0]


def test_column_buffer_keeps_values_exact_in_the_narrowest_type() -> None:
    buf = ColumnBuffer()
    buf.add(MeanColumns(["rate", "words", "score"], np.array([[1.0, 12.0, 2.0], [0.0, 2048.0, np.nan]])))
    assert buf.kinds == [0, 0, 0] and buf.nbytes == 2 * 3 * 2  # float16: 2 bytes per value
    buf.add(MeanColumns(["rate", "words", "score"], np.array([[1.0, 3001.0, 6.1]])))
    assert buf.kinds == [0, 1, 2]  # 3001 needs float32, 6.1 float64; held values widened exactly
    rs = buf.resampler()
    assert rs.column(1).tolist() == [12.0, 2048.0, 3001.0]
    assert np.array_equal(rs.column(2), [2.0, np.nan, 6.1], equal_nan=True)
    ref = MeanResampler({"rate": [1.0, 0.0, 1.0], "words": [12, 2048, 3001], "score": [2.0, None, 6.1]})
    w = np.array([[1.0, 2.0, 0.0], [0.0, 1.0, 2.0]])
    got, exp = rs(w), ref(w)
    assert all(np.array_equal(got[k], exp[k]) for k in exp)  # the same replicates as float64 values


def test_failing_bootstrap_data_costs_the_intervals_only(monkeypatch) -> None:
    from empathy_core.scorers.length import LengthScorer

    def boom(self, items, results):  # type: ignore[no-untyped-def]
        raise RuntimeError("no columns")

    monkeypatch.setattr(LengthScorer, "bootstrap_partial", boom)
    items = corpus([(i % 6, 0, 9) for i in range(20)])
    ps = ParallelScoring(["length", "boundary:mode=rules"], chunk_size=6, bootstrap=100)
    rows = list(ps.run((None, it) for it in items))
    assert len(rows) == 20 and "length" in ps.aggregates and not ps.failed
    assert not any(k.startswith("length.") for k in ps.intervals)
    assert "boundary.score" in ps.intervals
    assert ps.intervals["boundary.score"] == pytest.approx(
        old_intervals(["boundary:mode=rules"], items, 100)["boundary.score"], abs=0)


def test_skipped_records_kept_first_and_counted(tmp_path) -> None:
    from empathy_testutil import run_cli

    from empathy_core.io import FirstAndCount

    fc = FirstAndCount(3)
    for i in range(10):
        fc.append(i)
    assert len(fc) == 10 and fc[:50] == [0, 1, 2] and list(fc) == [0, 1, 2]
    lines = [f'{{"id": "{i}", "prompt": "p", "response": "r r"}}' if i % 2 else "{bad" for i in range(130)]
    f = tmp_path / "in.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    p = run_cli("score", "--input", str(f), "--scorer", "length", "--skip-invalid", "--bootstrap", "0", check=True)
    assert "skipped 65 invalid record(s):" in p.stderr and "… and 15 more" in p.stderr
    assert p.stderr.count("in.jsonl") == 50


def test_duplicate_ids_found_after_the_ids_leave_memory(tmp_path, monkeypatch) -> None:
    """`empathy score` checks that ids are unique without a set of every id: past ``in_memory`` ids
    they go to a temporary SQLite table, and duplicates are still found, with their line."""
    from empathy_core import io as eio
    from empathy_core.errors import InputError
    from empathy_core.io import SeenIds, iter_samples

    seen = SeenIds(in_memory=3)
    for i in range(10):
        assert str(i) not in seen
        seen.add(str(i))
    assert seen._set is None and all(str(i) in seen for i in range(10)) and "10" not in seen
    seen.add("3")  # already there: no error, still one
    assert seen._db.execute("SELECT COUNT(*) FROM ids").fetchone()[0] == 10

    monkeypatch.setattr(eio.SeenIds.__init__, "__defaults__", (4,))
    rows = [{"id": str(i % 9 if i != 9 else 2), "prompt": "p", "response": "r"} for i in range(10)]
    f = tmp_path / "dup.jsonl"
    f.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with pytest.raises(InputError, match="duplicate id '2'") as e:
        list(iter_samples(f, with_response=True))
    assert e.value.line == 10
    skipped: list = []
    ids = [s.id for _, s, _ in iter_samples(f, with_response=True, skip_invalid=True, skipped=skipped)]
    assert ids == [str(i) for i in range(9)] and [x.line for x in skipped] == [10]
