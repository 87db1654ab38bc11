"""Training of the learned stage's heads (``empathy boundary train``; needs the ``train`` extra:
scikit-learn).

Data: the labelled training sets shipped in ``data/train/<code>.jsonl`` (written for the learned
stage, separate from the blind sets) plus, with ``--with-devsets``, the rule dev sets. The blind
sets are never read here.

For each pattern a logistic regression (L2, ``C`` chosen by 5-fold cross-validation, folds
stratified by language) is fitted on [max-pool, mean-pool of sentence embeddings, (rule hits)];
its decision threshold is the one that maximises F1 on the out-of-fold probabilities. The
out-of-fold predictions give the cross-validated scores written into the heads' metadata.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import PATTERNS
from .evalsets import load, pattern_report
from .learned import HEADS_DIR, Heads, SentenceCache, get_encoder, response_features

TRAIN_DIR = Path(__file__).resolve().parent / "data" / "train"
C_GRID = (0.25, 0.5, 1.0, 2.0, 4.0, 8.0)
RULE_SCALE = 1.0


def training_rows(directory: Path = TRAIN_DIR, extra: Sequence[Path] = ()) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for f in sorted(directory.glob("*.jsonl")) + list(extra):
        for r in load(f):
            if "labels" in r:
                r = dict(r)
                r["_source"] = f.name
                rows.append(r)
    return rows


def rule_hits(rows: Sequence[dict[str, Any]], registry: Any = None) -> Any:
    """(n, 7) 0/1 matrix of the rules stage's patterns (the rows' declared languages)."""
    import numpy as np

    from .evalsets import predictions

    if registry is None:
        from empathy_core.plugins import get_registry

        registry = get_registry()
    sc = registry.create("scorers", "boundary:mode=rules") if hasattr(registry, "create") else registry.scorer("boundary")
    if hasattr(sc, "use_registry"):
        sc.use_registry(registry)
    pred = predictions(sc, rows)
    return np.array([[p[k] for k in PATTERNS] for p in pred], dtype=np.float32)


def features(rows: Sequence[dict[str, Any]], encoder: str, rules: bool, registry: Any = None,
             cache: SentenceCache | None = None) -> Any:
    import numpy as np

    cache = cache or SentenceCache(get_encoder(encoder))
    X, _, _ = response_features(cache, [r["response"] for r in rows])
    if rules:
        X = np.hstack([X, RULE_SCALE * rule_hits(rows, registry)])
    return X


def _folds(rows: Sequence[dict[str, Any]], k: int, seed: int) -> list[Any]:
    import numpy as np
    from sklearn.model_selection import StratifiedKFold

    strata = [r.get("language", "?") for r in rows]
    skf = StratifiedKFold(n_splits=k, shuffle=True, random_state=seed)
    return [test for _, test in skf.split(np.zeros(len(rows)), strata)]


def _fit(X: Any, y: Any, C: float) -> tuple[Any, float]:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    if y.min() == y.max():  # a pattern absent (or always present) in this slice: a constant head
        return np.zeros(X.shape[1], dtype=np.float32), (8.0 if y.max() else -8.0)
    m = LogisticRegression(C=C, max_iter=2000, class_weight="balanced")
    m.fit(X, y)
    return m.coef_[0].astype("float32"), float(m.intercept_[0])


def _best_threshold(y: Any, p: Any) -> tuple[float, float]:
    best = (0.5, -1.0)
    for t in [x / 100 for x in range(10, 91, 2)]:
        q = p >= t
        tp = float((q & (y == 1)).sum())
        fp = float((q & (y == 0)).sum())
        fn = float((~q & (y == 1)).sum())
        f1 = 1.0 if tp + fp + fn == 0 else 2 * tp / (2 * tp + fp + fn)
        if f1 > best[1] + 1e-9:
            best = (t, f1)
    return best


def cross_validate(X: Any, Y: Any, rows: Sequence[dict[str, Any]], k: int = 5, seed: int = 0
                   ) -> tuple[dict[str, float], dict[str, float], Any]:
    """Per pattern: the C with the best out-of-fold F1 (threshold tuned on the out-of-fold
    probabilities), that threshold, and the out-of-fold 0/1 predictions (n, 7)."""
    import numpy as np

    folds = _folds(rows, k, seed)
    n = len(rows)
    Cs: dict[str, float] = {}
    ths: dict[str, float] = {}
    oof_pred = np.zeros_like(Y)
    for j, p in enumerate(PATTERNS):
        y = Y[:, j]
        best = None
        for C in C_GRID:
            oof = np.zeros(n, dtype=np.float64)
            for test in folds:
                train = np.setdiff1d(np.arange(n), test)
                w, b = _fit(X[train], y[train], C)
                oof[test] = 1.0 / (1.0 + np.exp(-(X[test] @ w + b)))
            t, f1 = _best_threshold(y, oof)
            if best is None or f1 > best[0] + 1e-9:
                best = (f1, C, t, oof)
        assert best is not None
        Cs[p], ths[p] = best[1], best[2]
        oof_pred[:, j] = (best[3] >= best[2]).astype(Y.dtype)
    return Cs, ths, oof_pred


def train(name: str, encoder: str, *, rules: bool = True, out_dir: Path = HEADS_DIR,
          extra: Sequence[Path] = (), seed: int = 0, registry: Any = None, log: Any = print) -> Heads:
    import numpy as np

    t0 = time.time()
    rows = training_rows(extra=extra)
    if not rows:
        raise ValueError(f"no labelled training rows in {TRAIN_DIR}")
    enc = get_encoder(encoder)
    X = features(rows, encoder, rules, registry)
    Y = np.array([[r["labels"][p] for p in PATTERNS] for r in rows], dtype=np.float32)
    log(f"{len(rows)} training rows, {X.shape[1]} features ({enc.signature()}, rules={rules}); "
        f"features in {time.time() - t0:.0f} s")
    Cs, ths, oof = cross_validate(X, Y, rows, seed=seed)
    langs = sorted({r.get("language", "?") for r in rows})
    cv: dict[str, Any] = {}
    for lang in langs:
        idx = [i for i, r in enumerate(rows) if r.get("language", "?") == lang]
        gold = [{p: int(Y[i, j]) for j, p in enumerate(PATTERNS)} for i in idx]
        pred = [{p: int(oof[i, j]) for j, p in enumerate(PATTERNS)} for i in idx]
        rep = pattern_report(gold, pred)
        cv[lang] = {"n": len(idx), "macro_f1": round(rep["macro_f1"], 4),
                    "f1": {p: round(v["f1"], 4) for p, v in rep["patterns"].items()}}
        log(f"  cv {lang}: n={len(idx)} macro-F1 {rep['macro_f1']:.3f}")
    W = np.zeros((len(PATTERNS), X.shape[1]), dtype=np.float32)
    b = np.zeros(len(PATTERNS), dtype=np.float32)
    for j, p in enumerate(PATTERNS):
        W[j], b[j] = _fit(X, Y[:, j], Cs[p])
    from collections import Counter

    meta = {"version": "1", "trained_on": dict(Counter(r["_source"] for r in rows)), "n_train": len(rows),
            "C": Cs, "cv": cv, "cv_folds": 5, "seed": seed, "rule_scale": RULE_SCALE if rules else None}
    heads = Heads(name=name, encoder=encoder, encoder_signature=enc.signature(), rule_features=rules, W=W, b=b,
                  thresholds={p: round(t, 2) for p, t in ths.items()}, meta=meta)
    heads.save(out_dir)
    log(f"wrote {out_dir / (name + '.json')} and .npz in {time.time() - t0:.0f} s")
    return heads
