"""Offline resources derived from the ED training split (no torch here).

* **ERA (emotion reason annotator)**: a word is tagged ``<em>`` when it is in the ERA lexicon, else
  ``<noem>``. The lexicon is the union of (a) VADER lexicon entries with |mean valence| >= ``vader_min``
  and (b) *peaked* ED words: words that occur in at least ``min_df`` training conversations (speaker
  turns + situation) and whose conversation distribution over the 32 emotions has
  max_e p(e|w) >= ``peak`` (8x the uniform 1/32) and at least 3x the emotion's prior. The paper used
  LLM-made reason tags and a trained tagger; these silver lexicon tags replace both.
* **Emotion polarity** (for the contrastive experts): sign of the mean VADER compound score of the
  training situations of each emotion.
* **Emotion -> group -> reference intents** (intent mimicry): p(intent | emotion) from the co-occurrence
  of each conversation's emotion with its listener turns' ``ei_label`` (9 intent classes); emotions are
  grouped by deterministic k-means (farthest-point init, ``n_groups``) on these distributions; a group's
  reference intents are its intents with p(i|group) >= ``ref_min`` (2 to 4 of them, most likely first).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from empathy_core.loaders.empathetic_dialogues import EMOTIONS, INTENTS

WORD_RE = re.compile(r"[a-z][a-z']*")

STOPWORDS = frozenset("""a about above after again against all am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have having
he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not
now of off on once only or other our ours ourselves out over own same she should so some such than that the their
theirs them themselves then there these they this those through to too under until up very was we were what when
where which while who whom why will with would you your yours yourself yourselves i'm it's don't didn't was
got get really one day time today last yesterday week year went go going like know think also""".split())


def words(text: str) -> list[str]:
    return WORD_RE.findall(text.lower())


def vader_lexicon(min_abs: float = 1.5) -> dict[str, float]:
    """VADER lexicon words (single tokens) with |valence| >= ``min_abs``."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    lex = SentimentIntensityAnalyzer().lexicon
    return {w: float(v) for w, v in lex.items() if abs(float(v)) >= min_abs and WORD_RE.fullmatch(w)}


def build_era_lexicon(samples: Sequence[Any], *, min_df: int = 8, peak: float = 0.25,
                      vader_min: float = 1.5) -> dict[str, Any]:
    """The ERA lexicon from training samples (see the module docstring). JSON-able."""
    conv_words: dict[str, set[str]] = {}
    conv_emotion: dict[str, str] = {}
    for s in samples:
        cid = s.meta.get("conv_id", s.id)
        if cid in conv_words:
            continue
        text = " ".join([s.meta.get("situation", "")] + [t.text for t in s.turns if t.role == "user"][:1])
        conv_words[cid] = set(words(text))
        conv_emotion[cid] = s.meta["emotion"]
    prior = Counter(conv_emotion.values())
    n_conv = len(conv_words)
    df: dict[str, Counter[str]] = defaultdict(Counter)
    for cid, ws in conv_words.items():
        for w in ws:
            df[w][conv_emotion[cid]] += 1
    peaked = {}
    for w, c in df.items():
        total = sum(c.values())
        if total < min_df or w in STOPWORDS or len(w) < 3:
            continue
        e, k = c.most_common(1)[0]
        p = k / total
        if p >= peak and p >= 3 * prior[e] / n_conv:
            peaked[w] = e
    vader = vader_lexicon(vader_min)
    return {"version": 1, "min_df": min_df, "peak": peak, "vader_min": vader_min,
            "peaked": dict(sorted(peaked.items())), "vader": sorted(vader)}


class EraAnnotator:
    """Tags words ``<em>`` (True) / ``<noem>`` (False) with the ERA lexicon."""

    def __init__(self, lexicon: dict[str, Any]) -> None:
        self.words = frozenset(lexicon.get("peaked", {})) | frozenset(lexicon.get("vader", []))

    def is_em(self, word: str) -> bool:
        w = word.lower().strip().strip(".,!?;:\"()[]{}-_*~`' ")
        return w in self.words

    def tag(self, text: str) -> list[tuple[str, bool]]:
        return [(w, w in self.words) for w in words(text)]


def emotion_polarity(samples: Sequence[Any]) -> list[int]:
    """1 (positive) / 0 (negative) per emotion in :data:`EMOTIONS` order, from mean VADER compound."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    sia = SentimentIntensityAnalyzer()
    sums: dict[str, list[float]] = defaultdict(list)
    seen: set[str] = set()
    for s in samples:
        cid = s.meta.get("conv_id", s.id)
        if cid in seen:
            continue
        seen.add(cid)
        sums[s.meta["emotion"]].append(sia.polarity_scores(s.meta.get("situation") or s.turns[0].text)["compound"])
    return [1 if (sum(sums[e]) / len(sums[e]) if sums[e] else 0.0) > 0 else 0 for e in EMOTIONS]


def _kmeans(x: Any, k: int, iters: int = 50) -> list[int]:
    import numpy as np

    centers = [x[int(np.argmax(x[:, 0]))]]  # deterministic farthest-point init
    while len(centers) < k:
        d = np.min(np.stack([((x - c) ** 2).sum(1) for c in centers]), axis=0)
        centers.append(x[int(np.argmax(d))])
    c = np.stack(centers)
    assign = np.zeros(len(x), dtype=int)
    for _ in range(iters):
        new = np.argmin(((x[:, None, :] - c[None]) ** 2).sum(-1), axis=1)
        if (new == assign).all() and _ > 0:
            break
        assign = new
        for j in range(k):
            if (assign == j).any():
                c[j] = x[assign == j].mean(0)
    return [int(a) for a in assign]


def intent_tables(samples: Iterable[Any], n_groups: int = 6, ref_min: float = 0.08) -> dict[str, Any]:
    """p(intent|emotion), emotion groups and each group's reference intents (JSON-able)."""
    import numpy as np

    counts = np.ones((len(EMOTIONS), len(INTENTS)))  # add-one smoothing
    e_idx = {e: i for i, e in enumerate(EMOTIONS)}
    i_idx = {x: i for i, x in enumerate(INTENTS)}
    for s in samples:
        e, it = s.meta.get("emotion"), s.meta.get("intent")
        if e in e_idx and it in i_idx:
            counts[e_idx[e], i_idx[it]] += 1
    p = counts / counts.sum(1, keepdims=True)
    groups = _kmeans(p, n_groups)
    refs: dict[int, list[int]] = {}
    for g in sorted(set(groups)):
        members = [i for i, gg in enumerate(groups) if gg == g]
        pg = counts[members].sum(0) / counts[members].sum()
        order = [int(j) for j in np.argsort(-pg)]
        chosen = [j for j in order if pg[j] >= ref_min][:4]
        refs[g] = chosen if len(chosen) >= 2 else order[:2]
    return {
        "p_intent_given_emotion": [[round(float(v), 5) for v in row] for row in p],
        "groups": groups,
        "group_intents": {str(g): v for g, v in refs.items()},
        "candidates": [refs[groups[i]] for i in range(len(EMOTIONS))],
    }
