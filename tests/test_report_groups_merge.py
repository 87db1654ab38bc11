"""Report groups from mergeable states: equal to ``aggregate`` on each group's items (the old path)."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from empathy_core.base import Scorer, mean_scores
from empathy_core.mergeable import StateAccumulator, grouped_states
from empathy_core.models import ItemScore, Sample, ScoreInput
from empathy_core.plugins import get_registry
from empathy_core.report import group_aggregates, group_notes
from empathy_core.runner import score_items
from empathy_core.scorers.bleu import BleuScorer
from empathy_core.scorers.distinct import DistinctScorer
from empathy_core.scorers.length import LengthScorer

PHRASES = ["I love you", "I'm sorry, but I can't", "as an AI I don't have feelings", "I care about you",
           "maybe talk to a friend", "je t'aime", "je suis désolé", "ich liebe dich", "the", "!", "sad", "..."]
LANGS = ["en", "fr", "de", None]
CATS = ["Love", "Attachment", None]

text = st.lists(st.sampled_from(PHRASES), min_size=0, max_size=4).map(" ".join)
row = st.tuples(text, st.sampled_from(LANGS), st.sampled_from(CATS), st.lists(text, min_size=0, max_size=2))


def make_items(rows: list) -> list[tuple[Sample, ScoreInput]]:
    out = []
    for i, (resp, lang, cat, refs) in enumerate(rows):
        s = Sample.from_prompt(f"s{i}", "I love you", language=lang, references=tuple(refs),
                               meta={"category": cat} if cat else {})
        out.append((s, ScoreInput(sample=s, response=resp)))
    return out


def old_groups(ok_items, scores, instances, key_of) -> dict[str, dict[str, float]]:
    """What the report computed before: each scorer's ``aggregate`` on each group's item list."""
    buckets: dict[str, list] = {}
    for s, it in ok_items:
        buckets.setdefault(key_of(s), []).append((s, it))
    out = {}
    for key, sub in buckets.items():
        agg: dict[str, float] = {}
        for name, per in scores.items():
            items = [it for s, it in sub if s.id in per]
            results = [per[s.id] for s, _ in sub if s.id in per]
            inst = instances.get(name)
            agg.update(inst.aggregate(items, results) if inst is not None else mean_scores(results))
        out[key] = agg
    return out


def scorers() -> dict[str, Scorer]:
    return {"bleu": BleuScorer(), "bleu2": BleuScorer(max_order=2, sentence=True), "distinct": DistinctScorer(),
            "length": LengthScorer(), "boundary": get_registry().scorer("boundary:mode=rules")}


KEYS = {"language": lambda s: s.language or "unknown",
        "category": lambda s: s.meta.get("category", "(none)"),
        "language+category": lambda s: f"{s.language or 'unknown'} × {s.meta.get('category', '(none)')}"}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(row, min_size=0, max_size=30), chunk=st.integers(1, 6),
       spec=st.sampled_from(sorted(KEYS)), drop=st.sets(st.integers(0, 29), max_size=5))
def test_groups_from_states_equal_aggregate_per_group(rows, chunk, spec, drop) -> None:
    ok_items = make_items(rows)
    insts = scorers()
    # bleu2 is stored under its own name; a scorer that misses some responses (drop) and one
    # whose instance cannot be rebuilt (None: plain means) are covered too
    scores: dict[str, dict[str, ItemScore]] = {}
    for name, sc in insts.items():
        res = score_items(sc, [it for _, it in ok_items])
        scores[name] = {s.id: r for (s, _), r in zip(ok_items, res) if not (name == "length" and
                                                                            int(s.id[1:]) in drop)}
    scores["plain"] = dict(scores["length"])
    instances: dict[str, Scorer | None] = {**insts, "plain": None}
    key_of = KEYS[spec]
    new = group_aggregates(ok_items, scores, instances, key_of, chunk_size=chunk)
    old = old_groups(ok_items, scores, instances, key_of)
    assert new == old  # exact, no tolerance
    # notes from the merged state equal report_notes on every item
    exp_notes = []
    for name, per in scores.items():
        inst = instances[name]
        if inst is not None:
            items = [it for s, it in ok_items if s.id in per]
            exp_notes.extend(inst.report_notes(items, [per[it.sample.id] for it in items]))
    assert group_notes(ok_items, scores, instances) == exp_notes


def test_empty_group_gets_aggregate_of_nothing() -> None:
    b = get_registry().scorer("boundary:mode=rules")
    out = group_aggregates([], {"boundary": {}}, {"boundary": b}, lambda s: "x", all_keys=["fr"])
    assert out == {"fr": {"boundary.n": 0.0, "boundary.scored": 0.0, "boundary.unscored": 0.0}}


def test_accumulator_compacts_and_keeps_order() -> None:
    sc = DistinctScorer()
    items = [it for _, it in make_items([(f"w{i} w{i + 1} the", "en", None, []) for i in range(40)])]
    res = score_items(sc, items)
    acc = StateAccumulator(sc, compact_every=3)
    for a in range(0, 40, 4):
        acc.add(items[a:a + 4], res[a:a + 4])
        assert len(acc._pending) < 3  # merged every 3 partials
    assert sc.finalize(acc.state()) == sc.aggregate(items, res)
    by = grouped_states(sc, [("all", it, r) for it, r in zip(items, res)], chunk_size=7)
    assert sc.finalize(by["all"]) == sc.aggregate(items, res)
    # known values: 42 distinct unigrams (w0..w40 and "the") over 120 tokens
    assert sc.finalize(by["all"])["distinct.distinct_1"] == 42 / 120


class _Boom(LengthScorer):
    name = "boom"

    def partial(self, items, results):  # type: ignore[no-untyped-def]
        raise RuntimeError("no state")


def test_failing_state_falls_back_to_means() -> None:
    ok_items = make_items([("a b c", "en", None, []), ("a b", "fr", None, []), ("x", "en", None, [])])
    sc = _Boom()
    res = score_items(sc, [it for _, it in ok_items])
    per = {s.id: r for (s, _), r in zip(ok_items, res)}
    out = group_aggregates(ok_items, {"boom": per}, {"boom": sc}, lambda s: s.language)
    assert out["en"]["length.words"] == 2.0 and out["fr"]["length.words"] == 2.0


@pytest.mark.stats_slow  # seconds per run: left out of `.ci/mutation stats`
def test_report_groups_equal_old_path(tmp_path) -> None:
    from empathy_testutil import run_cli, write_jsonl

    from empathy_core.report import load_run
    from empathy_core.store import Store

    rows = [{"id": str(i), "prompt": "I love you", "language": ["en", "fr", "de"][i % 3],
             "reference": PHRASES[(i + 3) % len(PHRASES)], "meta": {"category": CATS[i % 2]},
             "response": " ".join(PHRASES[i % len(PHRASES):i % len(PHRASES) + 3])} for i in range(30)]
    f = write_jsonl(tmp_path / "d.jsonl", rows)
    db = tmp_path / "r.sqlite"
    run_cli("run", "--dataset", f"jsonl:path={f}", "--generator", f"replay:path={f}", "--scorer", "bleu",
            "--scorer", "length", "--scorer", "distinct", "--scorer", "boundary:mode=rules", "--db", str(db),
            "--name", "g", "--bootstrap", "0", check=True)
    rep = json.loads(run_cli("report", "g", "--db", str(db), "--format", "json", "--by", "language,category",
                             "--bootstrap", "0", check=True).stdout)
    with Store(db) as store:
        data = load_run(store, "g")
    for spec, key_of in (("language", lambda s: s.language), ("category", lambda s: s.meta["category"])):
        old = old_groups(data["ok_items"], data["scores"], data["instances"], key_of)
        assert {k: g["aggregates"] for k, g in rep["groups"][spec].items()} == old
    assert rep["groups"]["language"]["fr"]["aggregates"]["boundary.n"] == 10.0
