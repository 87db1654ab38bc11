"""The blind sets (tests/blind/): written and labelled by helpers that never tuned the scorer,
committed before any tuning, never tuned on. These tests check that they are unchanged and gate
every pattern in every language (plus the general-refusal agreement), for the rules stage and for
the default mode, so that losing one language's negation fails a test.

Gates are the measured blind scores of the shipped version minus a small margin (0.03 per
language macro-F1, 0.06 per pattern: a handful of responses); docs/BOUNDARY.md gives the measured
numbers. They are floors that catch regressions, not targets to tune to.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from empathy_boundary import PATTERNS
from empathy_boundary.evalsets import load, pattern_report, predictions, refusal_agreement

BLIND = Path(__file__).resolve().parent / "blind"
LANGS = ("en", "fr", "de", "es", "it", "ms")
MANIFEST = json.loads((BLIND / "MANIFEST.json").read_text(encoding="utf-8"))

#: floors per mode: language -> (macro-F1, {pattern: F1}); "en_refusal" -> agreement
GATES: dict[str, dict[str, object]] = json.loads((BLIND / "GATES.json").read_text(encoding="utf-8"))


def test_blind_sets_are_frozen() -> None:
    files = {f.name for f in BLIND.glob("*.jsonl")}
    assert files == set(MANIFEST["files"]), "a blind set was added or removed"
    for name, digest in MANIFEST["files"].items():
        assert hashlib.sha256((BLIND / name).read_bytes()).hexdigest() == digest, f"{name} was edited"


@pytest.mark.parametrize("lang", LANGS)
def test_blind_set_shape(lang: str) -> None:
    rows = load(BLIND / f"{lang}.jsonl")
    assert len(rows) >= 100 and len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert r["language"] == lang
        assert int(r["labels"]["direct_refusal"]) == int(r["refusal"] != "compliance"), r["id"]
    styles = {r["style"] for r in rows}
    assert {"short", "informal", "formal", "code_switch"} <= styles and styles & {"long", "markdown"}
    assert {r["domain"] for r in rows} == {"emotional", "general", "safety"}


@pytest.fixture(scope="module", params=sorted(GATES))
def mode_scorer(request, registry):  # type: ignore[no-untyped-def]
    sc = registry.create("scorers", f"boundary:mode={request.param}").use_registry(registry)
    why = sc.unavailable()
    assert why is None, why
    return request.param, sc


@pytest.mark.parametrize("lang", LANGS)
def test_blind_f1_per_language_and_pattern(mode_scorer, lang: str) -> None:  # type: ignore[no-untyped-def]
    mode, sc = mode_scorer
    rows = load(BLIND / f"{lang}.jsonl")
    unscored: list[str] = []
    rep = pattern_report([r["labels"] for r in rows], predictions(sc, rows, unscored=unscored))
    macro, per = GATES[mode][lang]  # type: ignore[misc]
    got = {p: round(v["f1"], 3) for p, v in rep["patterns"].items()}
    low = {p: (got[p], per[p]) for p in PATTERNS if got[p] < per[p]}
    assert not low, f"{mode} {lang}: pattern F1 below its floor (got, floor): {low}"
    assert rep["macro_f1"] >= macro, f"{mode} {lang}: macro-F1 {rep['macro_f1']:.3f} < {macro}; {got}"
    assert len(unscored) <= 2, unscored


@pytest.mark.parametrize("lang", LANGS)
def test_blind_b2_set_shape_and_votes(lang: str) -> None:
    """<lang>_b2 (session 11): 90 fresh responses per language by a new writer, frozen before anything was
    scored on them; the two blind labellers' votes cover exactly its rows, and the majority is the
    label of at least two of the three per pattern."""
    rows = load(BLIND / f"{lang}_b2.jsonl")
    assert len(rows) == 90 and all(r["language"] == lang for r in rows)
    assert {"short", "long", "informal", "formal", "code_switching"} <= {r["style"] for r in rows}
    assert {r["domain"] for r in rows} == {"emotional", "general", "safety", "advice", "about_ai"}
    votes = json.loads((BLIND / f"{lang}_b2_votes.json").read_text(encoding="utf-8"))["votes"]
    assert [v["id"] for v in votes] == [r["id"] for r in rows]
    for v, r in zip(votes, rows):
        assert v["writer"] == {p: int(r["labels"][p]) for p in PATTERNS} and v["refusal"]["writer"] == r["refusal"]
        for p in PATTERNS:
            assert v["majority"][p] == int(v["writer"][p] + v["A"][p] + v["B"][p] >= 2), (v["id"], p)
        for who in ("writer", "A", "B", "majority"):
            assert v[who]["direct_refusal"] == int(v["refusal"][who] not in ("compliance", None)) or \
                v["refusal"][who] is None, (v["id"], who)


@pytest.mark.parametrize("lang", LANGS)
def test_blind_b2_f1_per_language_and_pattern(mode_scorer, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The fresh b2 sets, against the majority of writer + two blind labellers."""
    mode, sc = mode_scorer
    rows = load(BLIND / f"{lang}_b2.jsonl")
    votes = json.loads((BLIND / f"{lang}_b2_votes.json").read_text(encoding="utf-8"))["votes"]
    unscored: list[str] = []
    rep = pattern_report([v["majority"] for v in votes], predictions(sc, rows, unscored=unscored))
    macro, per = GATES[mode][f"{lang}_b2"]  # type: ignore[misc]
    got = {p: round(v["f1"], 3) for p, v in rep["patterns"].items()}
    low = {p: (got[p], per[p]) for p in PATTERNS if got[p] < per[p]}
    assert not low, f"{mode} {lang}_b2: pattern F1 below its floor (got, floor): {low}"
    assert rep["macro_f1"] >= macro, f"{mode} {lang}_b2: macro-F1 {rep['macro_f1']:.3f} < {macro}; {got}"
    assert not unscored, unscored


@pytest.mark.parametrize("name", ["en_refusal", "en_refusal2", "en_refusal3", "en_refusal4", "en_refusal5", "en_refusal6",
                                  "en_refusal7", "en_refusal8", "en_refusal9", "en_refusal10", "en_refusal11",
                                  "en_refusal12", "en_refusal13", "en_refusal14", "en_refusal15", "en_refusal16",
                                  "en_refusal17", "en_refusal18", "en_refusal19"])
def test_blind_general_refusal_agreement(mode_scorer, name: str) -> None:  # type: ignore[no-untyped-def]
    """en_refusal: 237 responses (session 3); en_refusal2: 300 more, written by one helper and
    labelled again by two others (majority label), frozen before the second stacking round;
    en_refusal3: 240 more (the writer's labels; the two other labellers' votes are in
    en_refusal3_votes.json), frozen before the third stacking round; en_refusal4: 240 more in the
    house styles of real LLMs, half of them safe requests that sound dangerous (the writer's labels;
    votes in en_refusal4_votes.json), frozen before the fourth stacking round; en_refusal5: 240 more
    of the same kind, the writer told to avoid the textbook examples (writer's labels; votes in
    en_refusal5_votes.json), frozen before the fifth round and the lead-word heads; en_refusal6: 240
    more concentrated on what is hard for a detector (refusals without stock refusal words, partial
    refusals, hedged compliance; writer's labels, votes in en_refusal6_votes.json), frozen before the
    sixth round; en_refusal7: 240 more of the same kind with a written rule for capability limits
    (writer's labels; votes in en_refusal7_votes.json), frozen before the seventh round; en_refusal8:
    240 more from the same brief (writer's labels; votes in en_refusal8_votes.json), frozen before the
    cross-encoder of mode=cross was trained; en_refusal9: 240 more from the same brief (writer's labels;
    votes in en_refusal9_votes.json), frozen before the cross-encoder with three fine-tuned layers was
    trained; en_refusal10: 240 more from the same brief (writer's labels; votes in
    en_refusal10_votes.json), frozen before the session-9 stacking rows were trained on; en_refusal11:
    240 more from the same brief (writer's labels; votes in en_refusal11_votes.json), frozen in
    session 9 and first scored in session 11, with the shipped heads (no change made for it);
    en_refusal12: 240 more from the same brief (writer's labels; votes in en_refusal12_votes.json),
    frozen in session 11 and first scored in session 12, where it decided whether the cross-encoder
    with four fine-tuned layers replaces the one with three; en_refusal13: 240 in the house styles of
    real LLMs, half safe requests that sound dangerous (the en_refusal4 brief plus the no-textbook
    rule; writer's labels, votes in en_refusal13_votes.json), frozen in session 12 and read once
    after that decision; en_refusal14 (the en_refusal13 brief) and en_refusal15 (the en_refusal12
    brief), 240 each by new writers (writer's labels; votes in en_refusal14_votes.json,
    en_refusal15_votes.json), frozen in session 12 and first read in session 14, once, where they
    decided whether the prompt-aware heads join the default mode; en_refusal16 (the en_refusal13
    brief) and en_refusal17 (the en_refusal12 brief), 240 each by new writers (votes in
    en_refusal16_votes.json, en_refusal17_votes.json), frozen in session 14 and first read in
    session 15, once, where they decided whether the cascade (mode=cross,cross_margin=1.5) ships;
    en_refusal18 (the en_refusal13 brief) and en_refusal19 (the en_refusal12 brief), 240 each by new
    writers (votes in en_refusal18_votes.json, en_refusal19_votes.json), frozen in session 15 and first
    read in session 16, once, as a confirmation read of the shipped modes (docs/results/boundary_prereg_s16.md)."""
    mode, sc = mode_scorer
    rows = load(BLIND / f"{name}.jsonl")
    assert {r["refusal"] for r in rows} == {"refusal", "partial", "compliance"}
    pred = predictions(sc, rows)
    agr = refusal_agreement([r["refusal"] for r in rows], [p["direct_refusal"] for p in pred])
    assert agr["agreement"] >= GATES[mode][name], (mode, agr)


@pytest.mark.parametrize("name", ["en_refusal3", "en_refusal4", "en_refusal5", "en_refusal6", "en_refusal7", "en_refusal8",
                                  "en_refusal9", "en_refusal10", "en_refusal11", "en_refusal12", "en_refusal13",
                                  "en_refusal14", "en_refusal15", "en_refusal16", "en_refusal17", "en_refusal18",
                                  "en_refusal19", "en_refusal20", "en_refusal21"])
def test_blind_refusal_votes_match_the_frozen_file(name: str) -> None:
    """The independent labels of en_refusal3 … en_refusal21 cover exactly their rows, and the writer's label
    recorded with the votes is the label in the frozen file."""
    votes = json.loads((BLIND / f"{name}_votes.json").read_text(encoding="utf-8"))["votes"]
    rows = load(BLIND / f"{name}.jsonl")
    assert [v["id"] for v in votes] == [r["id"] for r in rows]
    assert all(v["writer"] == r["refusal"] for v, r in zip(votes, rows))
    labels = {"refusal", "partial", "compliance"}
    assert all({v["A"], v["B"]} <= labels and v["majority"] in labels | {None} for v in votes)
    for v in votes:  # majority = the label of at least two of the three
        trio = [v["writer"], v["A"], v["B"]]
        assert v["majority"] == next((x for x in trio if trio.count(x) >= 2), None), v
