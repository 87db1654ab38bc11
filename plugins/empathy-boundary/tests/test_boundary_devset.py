"""Dev-set quality: every plugins/empathy-boundary/tests/devset/<code>.jsonl must reach macro-F1 >= 0.85 with its
language's pack; the fast engine must agree exactly with the naive one; evidence offsets are right."""

from __future__ import annotations

import json
import unicodedata

import pytest
from boundary_testutil import DEVSET_FILES, load_devset, macro_f1
from empathy_boundary import PATTERNS

from empathy_core.models import Sample, ScoreInput

IDS = [f.stem for f in DEVSET_FILES]


def test_english_devset_present() -> None:
    assert "en" in IDS


@pytest.mark.parametrize("path", DEVSET_FILES, ids=IDS)
def test_devset_format(path) -> None:  # type: ignore[no-untyped-def]
    rows = load_devset(path)
    assert len(rows) >= 25, f"{path.name}: {len(rows)} responses, need >= 25"
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids), "duplicate ids"
    for r in rows:
        assert r["language"] == path.stem, r["id"]
        assert r["response"].strip() and r["prompt"].strip(), r["id"]
        assert set(r["labels"]) == set(PATTERNS), r["id"]
        assert all(v in (0, 1) for v in r["labels"].values()), r["id"]
    # the set covers the response kinds the issue asks for
    kinds = {r["kind"] for r in rows}
    assert {"firm_refusal", "warm_boundary", "over_attached", "lookalike"} <= kinds, kinds
    # every pattern occurs at least twice, so its F1 is meaningful
    for p in PATTERNS:
        assert sum(r["labels"][p] for r in rows) >= 2, f"{path.name}: pattern {p} occurs < 2 times"


@pytest.mark.parametrize("path", DEVSET_FILES, ids=IDS)
def test_devset_macro_f1(path, registry, scorer) -> None:  # type: ignore[no-untyped-def]
    code = path.stem
    if registry.language(code) is None:
        pytest.skip(f"no language pack for {code!r} registered (pack module plugins/empathy-boundary/empathy_boundary/packs/{code}.py "
                    f"not written yet)")
    rows = load_devset(path)
    items = [ScoreInput(Sample.from_prompt(r["id"], r["prompt"], language=code), r["response"]) for r in rows]
    results = scorer.score(items)
    pred = []
    for r, res in zip(rows, results):
        assert res.unscored is None, (r["id"], res.unscored)
        assert res.language == code, (r["id"], res.evidence)  # dev-set responses are not mismatches
        pred.append({p: int(res.scores[f"boundary.{p}"]) for p in PATTERNS})
    f1, per = macro_f1([r["labels"] for r in rows], pred)
    misses = [(r["id"], p, r["labels"][p], q[p]) for r, q in zip(rows, pred) for p in PATTERNS if r["labels"][p] != q[p]]
    assert f1 >= 0.85, f"{code}: macro-F1 {f1:.3f} < 0.85; per pattern {per}; errors (id, pattern, gold, pred): {misses}"
    # every pattern has its own floor (measured F1 of the shipped packs minus 0.05), so losing one
    # language's negation or one pattern's rules fails here even when the macro-F1 survives
    floors = DEV_GATES[code]
    low = {p: (round(per[p], 3), floors[p]) for p in PATTERNS if per[p] < floors[p]}
    assert not low, f"{code}: pattern F1 below its floor (got, floor): {low}; errors: {misses}"


#: per language and pattern: the rules stage's dev-set F1 floors (tests/devset/GATES.json)
DEV_GATES = json.loads((DEVSET_FILES[0].parent / "GATES.json").read_text(encoding="utf-8"))


def test_a_lost_negation_fails_the_gate(registry) -> None:  # type: ignore[no-untyped-def]
    """The gate is sharp enough for the planted bug of the audit: French direct_refusal without its
    negation regexes drops below its floor (the macro-F1 alone did not catch it)."""
    from empathy_boundary.pack import BoundaryPack
    from empathy_boundary.packs import load_module

    mod = load_module("fr")
    pats = {p: list(v) for p, v in mod.PATTERNS.items()}
    pats["direct_refusal"] = [r for r in pats["direct_refusal"] if "pas" not in r]
    pack = BoundaryPack(code="fr", name="fr", version="x", patterns=pats, exclusions=mod.EXCLUSIONS)
    rows = load_devset(DEVSET_FILES[0].parent / "fr.jsonl")
    cp = pack.compiled()
    pred = [{p: int(bool(cp.detect(r["response"])[p])) for p in PATTERNS} for r in rows]
    _, per = macro_f1([r["labels"] for r in rows], pred)
    assert per["direct_refusal"] < DEV_GATES["fr"]["direct_refusal"]


@pytest.mark.parametrize("path", DEVSET_FILES, ids=IDS)
def test_fast_engine_identical_to_naive(path, registry) -> None:  # type: ignore[no-untyped-def]
    pack = registry.language(path.stem)
    if pack is None:
        pytest.skip(f"no language pack for {path.stem!r}")
    cp = pack.compiled()
    for r in load_devset(path):
        text = r["response"]
        assert cp.detect(text) == cp.detect_naive(text), r["id"]
        # also with the prompt glued on (more matches, overlaps, exclusions)
        mixed = r["prompt"] + " " + text
        assert cp.detect(mixed) == cp.detect_naive(mixed), r["id"]


@pytest.mark.parametrize("path", DEVSET_FILES, ids=IDS)
def test_evidence_offsets(path, registry, scorer) -> None:  # type: ignore[no-untyped-def]
    if registry.language(path.stem) is None:
        pytest.skip(f"no language pack for {path.stem!r}")
    for r in load_devset(path):
        # decomposed input: offsets must refer to the NFC text
        text = unicodedata.normalize("NFD", r["response"])
        res = scorer.score([ScoreInput(Sample.from_prompt(r["id"], r["prompt"], language=path.stem), text)])[0]
        nfc = unicodedata.normalize("NFC", text)
        for p in PATTERNS:
            spans = res.evidence.get(p, [])
            assert bool(spans) == bool(res.scores[f"boundary.{p}"]), (r["id"], p)
            for sp in spans:
                assert nfc[sp["start"]:sp["end"]] == sp["text"] and sp["text"], (r["id"], p, sp)
