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
from .learned import BLOCKS, HEADS_DIR, LEAD_WORDS, Heads, SentenceCache, get_encoder, grams, response_features

TRAIN_DIR = Path(__file__).resolve().parent / "data" / "train"
C_GRID = (0.25, 1.0, 4.0)
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


def _features(rows: Sequence[dict[str, Any]], with_encoder: bool, encoder: str | None, registry: Any,
              lead: int) -> tuple[Any, str | None, Any, Any, list[set[str]]]:
    """(encoder features or None, the encoder's signature or None, rule hits, 0/1 labels, each row's
    n-grams with ``lead`` words) of ``rows`` (``encoder``: the spec, ``use`` when not given)."""
    import numpy as np

    enc_X = enc_sig = None
    if with_encoder:
        enc = get_encoder(encoder or "use")
        enc_sig = enc.signature()
        enc_X, _, _ = response_features(SentenceCache(enc), [r["response"] for r in rows])
    Y = np.array([[r["labels"][p] for p in PATTERNS] for r in rows], dtype=np.float32)
    return enc_X, enc_sig, rule_hits(rows, registry), Y, [grams(r["response"], lead) for r in rows]


def _ngram_vocab(G: Sequence[set[str]], idx: Any, min_count: int = 2) -> list[str]:
    """The n-grams seen at least ``min_count`` times in the rows ``idx`` (``G``: each row's n-grams)."""
    from collections import Counter

    cnt = Counter(g for i in idx for g in G[i])
    return sorted(g for g, c in cnt.items() if c >= min_count)


def _lead_meta(blocks: Sequence[str], lead: int) -> dict[str, int]:
    """``lead_words`` of the heads' meta: recorded only when the n-gram block uses it."""
    return {"lead_words": lead} if "ngram" in blocks and lead > 0 else {}


def _design(G: Sequence[set[str]], blocks: Sequence[str], idx: Any, vocab: list[str],
            enc_X: Any, R: Any) -> Any:
    """The sparse design matrix of rows ``idx`` for ``blocks`` (n-gram columns from ``vocab``; ``G``: each
    row's n-grams)."""
    import numpy as np
    from scipy import sparse

    parts = []
    for blk in blocks:
        if blk == "enc":
            parts.append(sparse.csr_matrix(enc_X[idx]))
        elif blk == "ngram":
            col = {g: k for k, g in enumerate(vocab)}
            r_, c_ = [], []
            for n, i in enumerate(idx):
                for g in G[i]:
                    k = col.get(g)
                    if k is not None:
                        r_.append(n)
                        c_.append(k)
            parts.append(sparse.csr_matrix((np.ones(len(r_), dtype=np.float32), (r_, c_)), shape=(len(idx), len(vocab))))
        else:
            parts.append(sparse.csr_matrix(RULE_SCALE * R[idx]))
    return sparse.hstack(parts).tocsr()


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
    m = LogisticRegression(C=C, max_iter=3000, class_weight="balanced")
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


def cross_validate(rows: Sequence[dict[str, Any]], G: Sequence[set[str]], blocks: Sequence[str], enc_X: Any, R: Any,
                   Y: Any, k: int = 5, seed: int = 0) -> tuple[dict[str, float], dict[str, float], Any]:
    """Per pattern: the C with the best out-of-fold F1 (threshold tuned on the out-of-fold
    probabilities), that threshold, and the out-of-fold 0/1 predictions (n, 7). The n-gram
    vocabulary is rebuilt from each fold's training part."""
    import numpy as np

    folds = _folds(rows, k, seed)
    n = len(rows)
    designs = []
    for test in folds:
        train = np.setdiff1d(np.arange(n), test)
        vocab = _ngram_vocab(G, train) if "ngram" in blocks else []
        designs.append((train, test, _design(G, blocks, train, vocab, enc_X, R),
                        _design(G, blocks, test, vocab, enc_X, R)))
    Cs: dict[str, float] = {}
    ths: dict[str, float] = {}
    oof_pred = np.zeros_like(Y)
    for j, p in enumerate(PATTERNS):
        y = Y[:, j]
        best = None
        for C in C_GRID:
            oof = np.zeros(n, dtype=np.float64)
            for train, test, Xtr, Xte in designs:
                w, b = _fit(Xtr, y[train], C)
                oof[test] = 1.0 / (1.0 + np.exp(-(Xte @ w + b)))
            t, f1 = _best_threshold(y, oof)
            if best is None or f1 > best[0] + 1e-9:
                best = (f1, C, t, oof)
        assert best is not None
        Cs[p], ths[p] = best[1], best[2]
        oof_pred[:, j] = (best[3] >= best[2]).astype(Y.dtype)
    return Cs, ths, oof_pred


def train(name: str, blocks: Sequence[str], encoder: str | None = "use", *, out_dir: Path = HEADS_DIR,
          train_dir: Path | None = None, extra: Sequence[Path] = (), seed: int = 0, registry: Any = None,
          lead_words: int = LEAD_WORDS, log: Any = print) -> Heads:
    import numpy as np

    t0 = time.time()
    blocks = tuple(b for b in BLOCKS if b in blocks)
    train_dir = TRAIN_DIR if train_dir is None else train_dir
    rows = training_rows(train_dir, extra=extra)
    if not rows:
        raise ValueError(f"no labelled training rows in {train_dir}")
    if "enc" in blocks and not encoder:
        raise ValueError("the 'enc' block needs an encoder")
    enc_X, enc_sig, R, Y, G = _features(rows, "enc" in blocks, encoder, registry, lead_words)
    log(f"{len(rows)} training rows, blocks {'+'.join(blocks)} ({enc_sig or 'no encoder'}); "
        f"features in {time.time() - t0:.0f} s")
    Cs, ths, oof = cross_validate(rows, G, blocks, enc_X, R, Y, seed=seed)
    cv = _report(rows, Y, oof, refusal=False)
    for lang, v in cv.items():
        log(f"  cv {lang}: n={v['n']} macro-F1 {v['macro_f1']:.3f}")
    allidx = np.arange(len(rows))
    vocab = _ngram_vocab(G, allidx) if "ngram" in blocks else []
    X = _design(G, blocks, allidx, vocab, enc_X, R)
    W = np.zeros((len(PATTERNS), X.shape[1]), dtype=np.float32)
    b = np.zeros(len(PATTERNS), dtype=np.float32)
    for j, p in enumerate(PATTERNS):
        W[j], b[j] = _fit(X, Y[:, j], Cs[p])
    from collections import Counter

    meta = {"version": "1", "trained_on": dict(Counter(r["_source"] for r in rows)), "n_train": len(rows),
            **_lead_meta(blocks, lead_words),
            "languages": sorted({r["language"] for r in rows}),
            "C": Cs, "cv": cv, "cv_folds": 5, "seed": seed, "rule_scale": RULE_SCALE,
            "rules_signature": _rules_signature(registry)}
    heads = Heads(name=name, blocks=blocks, encoder=encoder if "enc" in blocks else None, encoder_signature=enc_sig,
                  W=W, b=b, thresholds={p: round(t, 2) for p, t in ths.items()}, vocab=vocab, meta=meta)
    heads.save(out_dir)
    log(f"wrote {out_dir / (name + '.json')} and .npz in {time.time() - t0:.0f} s")
    return heads


def _rules_signature(registry: Any) -> str:
    if registry is None:
        from empathy_core.plugins import get_registry

        registry = get_registry()
    return "+".join(p.signature() for c in registry.language_codes() if (p := registry.language(c)) is not None)


# -- stacking: how far to trust the rules, learned on rows the rules were not tuned on ------------

STACK_DIR = Path(__file__).resolve().parent / "data" / "stack"
STAGE2_C = 1.0
#: patterns whose stage 2 also reads the prompt head's logit (``train_stacked(prompt=True)``)
PROMPT_PATTERNS = ("direct_refusal",)


def _stage2_fit(F: Any, y: Any) -> tuple[Any, float]:
    return _fit(F, y, STAGE2_C)


def _sigmoid(z: Any) -> Any:
    import numpy as np

    return 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))


def _stage2_design(z1: Any, Rs: Any, ce: Any, j: int, sub: Any, zp: Any = None) -> Any:
    """Stage-2 columns of the stacking rows ``sub``: [stage-1 logit, rule hits, (cross logit j),
    (prompt-head logit)]."""
    import numpy as np

    cols = [z1[sub], Rs[sub]] + ([ce[sub, j]] if ce is not None else []) + ([zp[sub]] if zp is not None else [])
    return np.column_stack(cols)


def _stage2_oof(F: Any, y: Any, folds: Sequence[Any]) -> Any:
    """Out-of-fold stage-2 probabilities (``folds``: test positions in ``F``)."""
    import numpy as np

    p2 = np.zeros(len(y))
    for te in folds:
        tr = np.setdiff1d(np.arange(len(y)), te)
        w2, b2 = _stage2_fit(F[tr], y[tr])
        p2[te] = _sigmoid(F[te] @ w2 + b2)
    return p2


def _cross_logits(train_rows: Sequence[dict[str, Any]], stack_rows: Sequence[dict[str, Any]], sub: Any,
                  folds: Sequence[Any], Y: Any, epochs: int, log: Any,
                  frozen: int | None = None) -> tuple[Any, Any, dict[str, Any]]:
    """Out-of-fold cross-encoder logits [len(stack_rows), 7] (NaN outside ``sub``), the
    cross-encoder fitted on all rows of its languages, and its metadata. ``folds``: test
    positions among the stacking rows; ``Y``: labels of training + stacking rows."""
    import numpy as np

    from . import cross as X

    frozen = X.frozen_layers(frozen)
    t0 = time.time()
    n_t = len(train_rows)
    tr_idx = [i for i, r in enumerate(train_rows) if r["language"] in X.CROSS_LANGUAGES]
    pairs = tr_idx + [n_t + int(k) for k in sub]  # rows of training + stacking sets
    all_rows = list(train_rows) + list(stack_rows)
    feats = X.frozen_features([all_rows[i]["response"] for i in pairs], [all_rows[i].get("prompt") or "" for i in pairs],
                              frozen=frozen)
    Yp = Y[pairs]
    at = {int(k): len(tr_idx) + m for m, k in enumerate(sub)}  # stacking row -> position in ``pairs``
    log(f"cross-encoder: {len(pairs)} rows ({len(tr_idx)} training) in {', '.join(X.CROSS_LANGUAGES)}; "
        f"frozen MiniLM features in {time.time() - t0:.0f} s")
    ce = np.full((len(stack_rows), len(PATTERNS)), np.nan)
    for f, te in enumerate(folds):
        mine = [int(k) for k in te if int(k) in at]
        test = [at[k] for k in mine]
        fit = np.setdiff1d(np.arange(len(pairs)), test)
        model = X.fit([feats[i] for i in fit], Yp[fit], epochs=epochs, frozen=frozen)
        ce[mine] = X.logits_of(model, [feats[i] for i in test])
        log(f"  cross-encoder fold {f + 1}/{len(folds)}: {len(fit)} fit, {len(test)} out of fold ({time.time() - t0:.0f} s)")
    final = X.fit(feats, Yp, epochs=epochs, frozen=frozen)
    log(f"  cross-encoder on all {len(pairs)} rows ({time.time() - t0:.0f} s)")
    meta = {"languages": list(X.CROSS_LANGUAGES), "base": X.base_signature(), "frozen": frozen,
            "max_length": X.MAX_LENGTH, "epochs": epochs, "seed": X.SEED, "n_rows": len(pairs)}
    return ce, final, meta


def _report(rows: Sequence[dict[str, Any]], Y: Any, pred: Any, refusal: bool = True) -> dict[str, Any]:
    """Per language: n, macro-F1 and per-pattern F1 of 0/1 predictions; with ``refusal``, also the
    refusal agreement of rows that have a refusal label."""
    from .evalsets import refusal_agreement

    out: dict[str, Any] = {}
    for lang in sorted({r.get("language", "?") for r in rows}):
        idx = [i for i, r in enumerate(rows) if r.get("language", "?") == lang]
        gold = [{p: int(Y[i, j]) for j, p in enumerate(PATTERNS)} for i in idx]
        q = [{p: int(pred[i, j]) for j, p in enumerate(PATTERNS)} for i in idx]
        rep = pattern_report(gold, q)
        ref = [i for i in idx if "refusal" in rows[i]] if refusal else []
        out[lang] = {"n": len(idx), "macro_f1": round(rep["macro_f1"], 4),
                     "f1": {p: round(v["f1"], 4) for p, v in rep["patterns"].items()}}
        if ref:
            agr = refusal_agreement([rows[i]["refusal"] for i in ref], [int(pred[i, 0]) for i in ref])
            out[lang]["refusal_agreement"] = round(agr["agreement"], 4)
    return out


def train_stacked(name: str, blocks: Sequence[str], encoder: str | None = None, *, out_dir: Path = HEADS_DIR,
                  train_dir: Path | None = None, stack_dir: Path | None = None, seed: int = 0,
                  registry: Any = None, lead_words: int = LEAD_WORDS, cross: bool = False,
                  cross_epochs: int | None = None, cross_frozen: int | None = None, prompt: bool = False,
                  prompt_patterns: Sequence[str] = PROMPT_PATTERNS,
                  log: Any = print) -> tuple[Heads, dict[str, Any]]:
    """Heads whose trust in the rules is learned on a *stacking* set the rules were not tuned on.

    Stage 1: per pattern, a logistic head over ``blocks`` (n-grams and/or encoder; no rule hits)
    trained on the training set plus the stacking set; its logits on the stacking rows are
    out-of-fold (5 folds over the stacking rows, each fit on everything else). Stage 2: per
    pattern, a logistic regression on [stage-1 logit, the seven rule hits] fitted on the stacking
    rows only, where the rule hits are as good or as bad as on unseen text. Both stages are linear,
    so the shipped heads are one linear model: ``W = [a * W1, w_rules]``, ``b = a * b1 + c``.

    With ``cross`` (the heads of ``boundary:mode=cross``; see ``cross.py``): the MiniLM
    cross-encoder over (response, prompt) is fine-tuned on the rows of ``cross.CROSS_LANGUAGES``,
    its logits on the stacking rows are out-of-fold (the same folds), and each pattern's stage 2
    takes the cross-encoder's logit for that pattern as one more column; stage 2 and the report
    cover those languages' stacking rows only, and the heads are for those languages. The final
    cross-encoder (all those rows) is written beside the heads as ``<name>.safetensors``.
    ``cross_frozen``: MiniLM layers kept as shipped (default ``cross.FROZEN``); the ones above are
    fine-tuned.

    With ``prompt`` (the default heads' prompt-aware twin, ``ensemble-prompt``): for each pattern of
    ``prompt_patterns`` (default: ``direct_refusal`` only) a second stage-1 head reads the user's
    prompt alone (its binary word uni/bigrams; the same C and folds), and its out-of-fold logit is
    one more stage-2 column: how often a request like this one is refused, weighed against what the
    response says. The other patterns are trained exactly as without ``prompt``. The prompt heads
    are a block of the shipped linear model (``prompt_vocab``), so such heads need every row's prompt.

    The returned report gives, on the stacking rows (out-of-fold): the rules alone, stage 1 alone,
    the joint head of :func:`train` (rule hits in-sample for the training rows) and the stacked
    heads, per language and pattern.
    """
    import numpy as np

    t0 = time.time()
    blocks1 = tuple(b for b in BLOCKS if b in blocks and b not in ("rules", "cross", "prompt"))
    if not blocks1:
        raise ValueError("stacking needs a learned block (enc and/or ngram) besides the rules")
    train_rows = training_rows(TRAIN_DIR if train_dir is None else train_dir)
    stack_rows = training_rows(STACK_DIR if stack_dir is None else stack_dir)
    if not stack_rows:
        raise ValueError(f"no labelled stacking rows in {stack_dir or STACK_DIR}")
    rows = train_rows + stack_rows
    n_t, n = len(train_rows), len(rows)
    S = np.arange(n_t, n)
    enc_X, enc_sig, R, Y, G = _features(rows, "enc" in blocks1, encoder, registry, lead_words)
    log(f"{n_t} training + {len(stack_rows)} stacking rows, stage 1 {'+'.join(blocks1)} "
        f"({enc_sig or 'no encoder'}); features in {time.time() - t0:.0f} s")
    folds = [S[f] for f in _folds(stack_rows, 5, seed)]
    # stage 2 rows (positions among the stacking rows): all, or with ``cross`` its languages only
    sub = np.arange(len(S))
    ce = None
    cross_meta: dict[str, Any] = {}
    if cross:
        from . import cross as X

        sub = np.array([k for k, r in enumerate(stack_rows) if r["language"] in X.CROSS_LANGUAGES], dtype=int)
        if not len(sub):
            raise ValueError(f"no stacking rows in {', '.join(X.CROSS_LANGUAGES)} for the cross-encoder")
        ce, final_ce, cross_meta = _cross_logits(train_rows, stack_rows, sub, [f - n_t for f in folds],
                                                 Y, cross_epochs or X.EPOCHS, log, frozen=cross_frozen)
    sub_folds = [np.flatnonzero(np.isin(sub, f - n_t)) for f in folds]
    designs = []
    for test in folds:
        fit = np.setdiff1d(np.arange(n), test)
        vocab = _ngram_vocab(G, fit) if "ngram" in blocks1 else []
        designs.append((fit, test, _design(G, blocks1, fit, vocab, enc_X, R),
                        _design(G, blocks1, test, vocab, enc_X, R),
                        _design(G, blocks1 + ("rules",), fit, vocab, enc_X, R),
                        _design(G, blocks1 + ("rules",), test, vocab, enc_X, R)))
    GP: list[set[str]] = []
    pdesigns = []
    if prompt:
        GP = [grams(r.get("prompt") or "") for r in rows]
        for test in folds:
            fit = np.setdiff1d(np.arange(n), test)
            pv = _ngram_vocab(GP, fit)
            pdesigns.append((fit, test, _design(GP, ("ngram",), fit, pv, None, R), _design(GP, ("ngram",), test, pv, None, R)))
    Y_S = Y[S]
    Ys = Y_S[sub]
    Rs = R[S]
    pred = {"rules": Rs[sub].copy(), **{k: np.zeros_like(Ys) for k in ("stage1", "joint", "stacked")}}
    if cross or prompt:
        pred["ensemble"] = np.zeros_like(Ys)  # the same recipe without the cross-encoder's or the prompt's column
    Cs: dict[str, float] = {}
    ths: dict[str, float] = {}
    z1_best: dict[str, Any] = {}
    zp_best: dict[str, Any] = {}
    for j, p in enumerate(PATTERNS):
        y_all = Y[:, j]
        ys = Y_S[:, j]
        best = None
        for C in C_GRID:
            z1 = np.zeros(len(S))
            zj = np.zeros(len(S))
            for fit, test, Xf, Xt, XfR, XtR in designs:  # test: row indices; test - n_t: stacking rows
                w, b = _fit(Xf, y_all[fit], C)
                z1[test - n_t] = Xt @ w + b
                w, b = _fit(XfR, y_all[fit], C)
                zj[test - n_t] = XtR @ w + b
            zp = None
            if prompt and p in prompt_patterns:  # the prompt head, out of fold on the same folds, with the same C
                zp = np.zeros(len(S))
                for fit, test, Xf, Xt in pdesigns:
                    w, b = _fit(Xf, y_all[fit], C)
                    zp[test - n_t] = Xt @ w + b
            p2 = _stage2_oof(_stage2_design(z1, Rs, ce, j, sub, zp), ys[sub], sub_folds)
            t, f1 = _best_threshold(ys[sub], p2)
            if best is None or f1 > best[0] + 1e-9:
                t1, _ = _best_threshold(ys[sub], _sigmoid(z1[sub]))
                tj, _ = _best_threshold(ys[sub], _sigmoid(zj[sub]))
                best = (f1, C, t, p2, z1, _sigmoid(z1[sub]) >= t1, _sigmoid(zj[sub]) >= tj, zp)
        assert best is not None
        f1, Cs[p], ths[p], p2, z1_best[p], s1, jt, zp_best[p] = best
        pred["stacked"][:, j] = p2 >= ths[p]
        pred["stage1"][:, j] = s1
        pred["joint"][:, j] = jt
        if cross or prompt:
            p0 = _stage2_oof(_stage2_design(z1_best[p], Rs, None, j, sub), ys[sub], sub_folds)
            pred["ensemble"][:, j] = p0 >= _best_threshold(ys[sub], p0)[0]
    sub_rows = [stack_rows[k] for k in sub]
    report = {k: _report(sub_rows, Ys, v) for k, v in pred.items()}
    for k in report:
        log(f"  stacking-set CV {k:8s} " + " ".join(f"{lang} {v['macro_f1']:.3f}" for lang, v in report[k].items()))
    # final: stage 1 on everything, stage 2 on the stacking rows' out-of-fold logits
    allidx = np.arange(n)
    vocab = _ngram_vocab(G, allidx) if "ngram" in blocks1 else []
    X1 = _design(G, blocks1, allidx, vocab, enc_X, R)
    d1, k = X1.shape[1], len(PATTERNS)
    prompt_vocab = _ngram_vocab(GP, allidx) if prompt else []
    XP = _design(GP, ("ngram",), allidx, prompt_vocab, None, R) if prompt else None
    dp = d1 + k + (k if cross else 0)  # where the prompt block starts
    W = np.zeros((k, dp + len(prompt_vocab)), dtype=np.float32)
    b = np.zeros(k, dtype=np.float32)
    stage2: dict[str, Any] = {}
    for j, p in enumerate(PATTERNS):
        w1, b1 = _fit(X1, Y[:, j], Cs[p])
        w2, c = _stage2_fit(_stage2_design(z1_best[p], Rs, ce, j, sub, zp_best[p]), Ys[:, j])
        a = float(w2[0])
        W[j, :d1] = a * w1
        W[j, d1:d1 + k] = w2[1:1 + k]
        b[j] = a * b1 + c
        stage2[p] = {"a": round(a, 4), "rules": [round(float(v), 3) for v in w2[1:1 + k]], "c": round(c, 4)}
        if cross:
            W[j, d1 + k + j] = w2[1 + k]  # the pattern's own cross-encoder logit (a diagonal block)
            stage2[p]["cross"] = round(float(w2[1 + k]), 4)
        if zp_best[p] is not None:  # the prompt head on all rows, scaled by its stage-2 weight
            wp, bp = _fit(XP, Y[:, j], Cs[p])
            d = float(w2[-1])
            W[j, dp:] = d * wp
            b[j] += d * bp
            stage2[p]["prompt"] = round(d, 4)
    from collections import Counter

    meta = {"version": "2", **_lead_meta(blocks1, lead_words), "training": "stacked",
            "trained_on": dict(Counter(r["_source"] for r in train_rows)),
            "stacked_on": dict(Counter(r["_source"] for r in stack_rows)), "n_train": n_t, "n_stack": len(stack_rows),
            "languages": sorted({r["language"] for r in (sub_rows if cross else rows)}),
            "C": Cs, "stage2_C": STAGE2_C, "stage2": stage2, "cv": report["stacked"], "cv_on": "stacking rows, 5 folds",
            "cv_baselines": {k: report[k] for k in report if k != "stacked"}, "cv_folds": 5, "seed": seed,
            "rule_scale": 1.0, "rules_signature": _rules_signature(registry)}
    if prompt:
        meta["prompt"] = {"patterns": [p for p in PATTERNS if p in prompt_patterns], "vocab_min_count": 2,
                          "n_vocab": len(prompt_vocab)}
    if cross:
        cross_meta["weights"] = f"{name}.safetensors"
        cross_meta["sha256"] = X.save(final_ce, out_dir / cross_meta["weights"], frozen=cross_meta["frozen"])
        meta["cross"] = cross_meta
    heads = Heads(name=name, blocks=blocks1 + ("rules",) + (("cross",) if cross else ()) + (("prompt",) if prompt else ()),
                  encoder=encoder if "enc" in blocks1 else None,
                  encoder_signature=enc_sig, W=W, b=b, thresholds={p: round(t, 2) for p, t in ths.items()},
                  vocab=vocab, meta=meta, prompt_vocab=prompt_vocab)
    heads.save(out_dir)
    log(f"wrote {out_dir / (name + '.json')} and .npz in {time.time() - t0:.0f} s")
    return heads, report
