"""Held-out data scored through the real scorers beats the majority-class baseline by a clear margin.

EPITOME: the last 10% of epitome/train.csv, which the shipped model never saw (it is fitted on the
first 90%). Emotion and intent: a slice of ED valid listener turns (the models are fitted on ED train).
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from empathy_core import Sample, ScoreInput
from empathy_core.plugins import build_registry

pytestmark = pytest.mark.shared_data


@pytest.fixture(scope="module")
def registry(torch_threads):
    return build_registry()


def _majority_acc(train_labels, test_labels):
    top = Counter(train_labels).most_common(1)[0][0]
    return float(np.mean([y == top for y in test_labels]))


def test_epitome_heldout_slice_beats_majority(shared_data, registry):
    from empathy_metrics.data import load_epitome
    from empathy_metrics.labels import MECHANISMS
    from empathy_metrics.train import HELDOUT_FRACTION

    ep = load_epitome(shared_data)
    n = len(ep["response"])
    cut = int(round(n * (1 - HELDOUT_FRACTION)))
    items = [ScoreInput(sample=Sample.from_prompt(str(i), ep["seeker"][i], language="en"), response=ep["response"][i])
             for i in range(cut, n)]
    res = registry.scorer("epitome").score(items)
    assert all(r.unscored is None for r in res)
    margins = {}
    for m in MECHANISMS:
        y = ep["labels"][m]
        pred = np.array([r.scores[f"epitome.{m}"] for r in res])
        acc = float(np.mean(pred == y[cut:]))
        margins[m] = (acc, _majority_acc(y[:cut].tolist(), y[cut:].tolist()))
    # majority baselines are about 0.67 / 0.52 / 0.85; require a clear gain on each mechanism
    for acc, base in margins.values():
        assert acc >= base + 0.04, margins
    assert sum(acc - base for acc, base in margins.values()) >= 0.30, margins


def test_translated_dev_rows_through_the_scorer_match_the_training_report(shared_data, registry):
    """The hand-translated dev rows (2250..2499 in fr, de, es, it, ms), scored through the real scorer,
    give exactly the accuracies the training command recorded in ``epitome_m.json`` (so the scoring
    path builds the same features as training, sentence block included), and each beats the
    majority class."""
    from empathy_metrics.data import load_epitome, load_translated
    from empathy_metrics.labels import MECHANISMS
    from empathy_metrics.scorers import load_heads

    ep = load_epitome(shared_data)
    rows = [r for r in load_translated(ep) if r["split"] == "dev"]
    langs = sorted({r["language"] for r in rows})
    assert langs == ["de", "es", "fr", "it", "ms"] and len(rows) == 5 * 250
    items = [ScoreInput(sample=Sample.from_prompt(str(i), r["seeker"], language=r["language"]), response=r["response"])
             for i, r in enumerate(rows)]
    res = registry.scorer("epitome").score(items)
    assert all(r.unscored is None and r.evidence["model"] == "multilingual" for r in res)
    recorded = load_heads("epitome_m").config["metrics"]
    for m in MECHANISMS:
        major = _majority_acc(ep["labels"][m][:2250].tolist(), ep["labels"][m][2250:].tolist())
        for lang in langs:
            idx = [i for i, r in enumerate(rows) if r["language"] == lang]
            acc = float(np.mean([res[i].scores[f"epitome.{m}"] == rows[i]["labels"][m] for i in idx]))
            assert acc == pytest.approx(recorded[m]["dev"][lang]["accuracy"], abs=1e-9), (m, lang)
            assert acc > major, (m, lang, acc, major)


def test_four_malay_translations_of_the_dev_rows_stay_within_the_goal(shared_data, registry):
    """The four independent Malay translations of the dev rows (``dev``, ``dev_b``, ``dev_c``,
    ``dev_d``; ``dev_d`` was read once, in session 12, after the heads were final), scored through
    the real scorer: each mechanism's mean accuracy over the four is >= 0.9 x the English heads'
    on the same rows (the issue's goal; the recorded English dev accuracy), every translation beats
    the majority class, and no translation is more than 4 points below a mechanism's goal line
    (the documented ER numbers: 70.4 / 68.8 / 71.2 / 71.2 against 0.9 x 77.6 = 69.8)."""
    from empathy_metrics.data import load_epitome, load_translated
    from empathy_metrics.labels import MECHANISMS
    from empathy_metrics.scorers import load_heads

    ep = load_epitome(shared_data)
    rows = [r for r in load_translated(ep) if r["language"] == "ms" and r["split"].startswith("dev")]
    splits = sorted({r["split"] for r in rows})
    assert splits == ["dev", "dev_b", "dev_c", "dev_d"] and len(rows) == 4 * 250
    items = [ScoreInput(sample=Sample.from_prompt(str(i), r["seeker"], language="ms"), response=r["response"])
             for i, r in enumerate(rows)]
    res = registry.scorer("epitome").score(items)
    assert all(r.unscored is None for r in res)
    english = load_heads("epitome_m").config["metrics"]
    for m in MECHANISMS:
        goal = 0.9 * english[m]["dev"]["en"]["accuracy"]
        major = _majority_acc(ep["labels"][m][:2250].tolist(), ep["labels"][m][2250:].tolist())
        accs = {}
        for sp in splits:
            idx = [i for i, r in enumerate(rows) if r["split"] == sp]
            accs[sp] = float(np.mean([res[i].scores[f"epitome.{m}"] == rows[i]["labels"][m] for i in idx]))
            assert accs[sp] > major and accs[sp] >= goal - 0.04, (m, sp, accs[sp], goal)
        assert np.mean(list(accs.values())) >= goal, (m, accs, goal)


def _ed_slice(shared_data, n=300):
    from empathy_metrics.data import ed_listener, load_ed

    rows = ed_listener(load_ed(shared_data, "valid"))
    step = max(1, len(rows) // n)
    return rows[::step][:n]


def test_emotion_valid_slice_beats_majority(shared_data, registry):
    rows = _ed_slice(shared_data)
    items = [ScoreInput(sample=Sample.from_prompt(str(i), "...", language="en", meta={"emotion": r["emotion"]}),
                        response=r["utterance"]) for i, r in enumerate(rows)]
    res = registry.scorer("response_emotion").score(items)
    acc = np.mean([r.scores["response_emotion.accuracy"] for r in res])
    coarse = np.mean([r.scores["response_emotion.coarse_accuracy"] for r in res])
    # 32 near-balanced classes: the majority class ('surprised') is about 5% of rows
    base = max(Counter(r["emotion"] for r in rows).values()) / len(rows)
    assert acc >= base + 0.15, (acc, base)
    from empathy_metrics.labels import POLARITY

    coarse_base = max(Counter(POLARITY[r["emotion"]] for r in rows).values()) / len(rows)
    assert coarse >= coarse_base + 0.10, (coarse, coarse_base)


def test_intent_valid_slice_beats_majority(shared_data, registry):
    from empathy_metrics.labels import INTENT_LABELS

    rows = [r for r in _ed_slice(shared_data, 400) if r["ei_label"] in INTENT_LABELS]
    items = [ScoreInput(sample=Sample.from_prompt(str(i), "...", language="en", meta={"intent": r["ei_label"]}),
                        response=r["utterance"]) for i, r in enumerate(rows)]
    res = registry.scorer("response_intent").score(items)
    acc = np.mean([r.scores["response_intent.accuracy"] for r in res])
    base = max(Counter(r["ei_label"] for r in rows).values()) / len(rows)  # 'questioning', about 0.36
    assert acc >= base + 0.25, (acc, base)
