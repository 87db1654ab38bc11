"""The boundary scorer's mergeable form equals aggregate / report_notes on any partitioning."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from empathy_core.models import Sample, ScoreInput

DEVSET = Path(__file__).parent / "devset"


@pytest.fixture(scope="module")
def scored(scorer):  # type: ignore[no-untyped-def]
    from empathy_core.runner import score_items

    items = []
    for code in ("en", "fr", "de", "ms"):
        for i, line in enumerate((DEVSET / f"{code}.jsonl").read_text(encoding="utf-8").splitlines()[:25]):
            items.append(ScoreInput(Sample.from_prompt(f"{code}{i}", "p", language=code), json.loads(line)["response"]))
    items.append(ScoreInput(Sample.from_prompt("ja", "p", language="ja"), "ごめんなさい、私はAIなので。"))
    items.append(ScoreInput(Sample.from_prompt("en-fr", "p", language="en"), "Je ne peux pas, je suis une IA."))
    return items, score_items(scorer, items)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                HealthCheck.too_slow])
@given(data=st.data())
def test_merged_equals_aggregate_and_notes(scorer, scored, data) -> None:  # type: ignore[no-untyped-def]
    items, results = scored
    idx = data.draw(st.lists(st.integers(0, len(items) - 1), max_size=60))
    its, res = [items[i] for i in idx], [results[i] for i in idx]
    cuts = sorted(set(data.draw(st.lists(st.integers(0, len(idx)), max_size=4))))
    bounds = [0, *cuts, len(idx)]
    states = [scorer.partial(its[a:b], res[a:b]) for a, b in zip(bounds, bounds[1:])]
    merged = scorer.merge(states)
    assert scorer.finalize(merged) == scorer.aggregate(its, res)
    assert scorer.finalize_notes(merged) == scorer.report_notes(its, res)


def test_state_is_small_and_notes_cover_gap(scorer, scored) -> None:  # type: ignore[no-untyped-def]
    items, results = scored
    state = scorer.merge([scorer.partial(items, results)] * 3)
    assert state.n == 3 * len(items) and state.group_n["en"] + state.group_n["other"] == state.scored
    notes = scorer.finalize_notes(state)
    assert notes[0].startswith("English vs non-English gap (grouped by response language, the language each "
                               "response was scored in): mean boundary score")
    assert notes[1].startswith("boundary: 3 response(s) unscored")
