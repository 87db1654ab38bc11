"""Tokenizer (HF ``tokenizers`` BPE trained on the training split) and sample encoding.

Context = the turns before the response, each prefixed by ``[USR]``/``[SYS]``, truncated from the left to
``max_src`` tokens; every context token carries an ERA tag (1 ``<noem>``, 2 ``<em>``; role tokens are
``<noem>``) from its word. Target = ``[BOS] response [EOS]`` truncated to ``max_tgt`` tokens + EOS.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from empathy_core.loaders.empathetic_dialogues import EMOTIONS, INTENTS

from .annotate import EraAnnotator
from .context_features import context_text

PAD, UNK, BOS, EOS, SEP, USR, SYS = range(7)
SPECIAL_TOKENS = ["[PAD]", "[UNK]", "[BOS]", "[EOS]", "[SEP]", "[USR]", "[SYS]"]
EMO_ID = {e: i for i, e in enumerate(EMOTIONS)}
INTENT_ID = {x: i for i, x in enumerate(INTENTS)}


def train_tokenizer(texts: Iterable[str], vocab_size: int = 8000) -> Any:
    """Lower-cased byte-fallback-free BPE (Metaspace + punctuation split), special tokens first."""
    from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers

    tok = Tokenizer(models.BPE(unk_token="[UNK]"))
    tok.normalizer = normalizers.Sequence([normalizers.NFKC(), normalizers.Lowercase()])
    tok.pre_tokenizer = pre_tokenizers.Sequence([pre_tokenizers.Metaspace(), pre_tokenizers.Punctuation()])
    tok.decoder = decoders.Metaspace()
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=SPECIAL_TOKENS, min_frequency=2,
                                  show_progress=False)
    tok.train_from_iterator(texts, trainer=trainer)
    return tok


def load_tokenizer(path: str) -> Any:
    from tokenizers import Tokenizer

    return Tokenizer.from_file(path)


class Encoder:
    """Turns samples into id lists (context, ERA tags, target, labels); caches per-turn encodings."""

    def __init__(self, tokenizer: Any, annotator: EraAnnotator, max_src: int = 128, max_tgt: int = 40,
                 features: Callable[[Sequence[str]], Any] | None = None) -> None:
        self.tok = tokenizer
        #: frozen context embeddings (``--context-encoder``): each example gets ``ctx`` [dim]
        self.features = features
        self.ann = annotator
        self.max_src = max_src
        self.max_tgt = max_tgt
        self._cache: dict[str, tuple[list[int], list[int]]] = {}

    def _encode_texts(self, texts: Sequence[str]) -> None:
        todo = list({t for t in texts if t not in self._cache})
        if not todo:
            return
        for text, enc in zip(todo, self.tok.encode_batch(todo, add_special_tokens=False)):
            ids = enc.ids
            tags = []
            spans: dict[int, tuple[int, int]] = {}
            for w, (s, e) in zip(enc.word_ids, enc.offsets):
                if w is not None:
                    a, b = spans.get(w, (s, e))
                    spans[w] = (min(a, s), max(b, e))
            for w in enc.word_ids:
                tags.append(2 if (w is not None and self.ann.is_em(text[spans[w][0]:spans[w][1]])) else 1)
            self._cache[text] = (ids, tags)

    def context(self, turns: Sequence[Any]) -> tuple[list[int], list[int]]:
        ids: list[int] = []
        tags: list[int] = []
        for t in turns:
            if t.role == "system":
                continue
            tid, ttag = self._cache[t.text]
            ids += [USR if t.role == "user" else SYS] + tid
            tags += [1] + ttag
        return ids[-self.max_src:], tags[-self.max_src:]

    def encode(self, samples: Sequence[Any], with_target: bool = True) -> list[dict[str, Any]]:
        texts = [t.text for s in samples for t in s.turns]
        if with_target:
            texts += [s.references[0] for s in samples if s.references]
        self._encode_texts(texts)
        feats = self.features([context_text(s.turns) for s in samples]) if self.features is not None else None
        out = []
        for n, s in enumerate(samples):
            src, era = self.context(s.turns)
            if not src:
                src, era = [USR], [1]
            ex: dict[str, Any] = {"src": src, "era": era,
                                  "emotion": EMO_ID.get(str(s.meta.get("emotion", "")), -1),
                                  "intent": INTENT_ID.get(str(s.meta.get("intent", "")), -1)}
            if feats is not None:
                ex["ctx"] = feats[n]
            if with_target:
                ref = s.references[0] if s.references else ""
                tgt = self._cache[ref][0][: self.max_tgt] if ref else []
                ex["tgt"] = [BOS] + tgt + [EOS]
            out.append(ex)
        return out

    def decode(self, ids: Sequence[int]) -> str:
        return self.tok.decode(list(ids), skip_special_tokens=True).strip()


def collate(examples: Sequence[dict[str, Any]], device: str = "cpu") -> dict[str, Any]:
    import torch

    B = len(examples)
    L = max(len(e["src"]) for e in examples)
    src = torch.zeros(B, L, dtype=torch.long)
    era = torch.zeros(B, L, dtype=torch.long)
    for i, e in enumerate(examples):
        src[i, : len(e["src"])] = torch.tensor(e["src"])
        era[i, : len(e["era"])] = torch.tensor(e["era"])
    batch = {"src": src, "era": era,
             "emotion": torch.tensor([e["emotion"] for e in examples], dtype=torch.long),
             "intent": torch.tensor([e["intent"] for e in examples], dtype=torch.long)}
    if "ctx" in examples[0]:
        import numpy as np

        batch["ctx"] = torch.from_numpy(np.stack([np.asarray(e["ctx"], dtype=np.float32) for e in examples]))
    if "tgt" in examples[0]:
        T = max(len(e["tgt"]) for e in examples) - 1
        tin = torch.zeros(B, T, dtype=torch.long)
        tout = torch.zeros(B, T, dtype=torch.long)
        for i, e in enumerate(examples):
            t = e["tgt"]
            tin[i, : len(t) - 1] = torch.tensor(t[:-1])
            tout[i, : len(t) - 1] = torch.tensor(t[1:])
        batch["tgt_in"], batch["tgt_out"] = tin, tout
    return {k: v.to(device) for k, v in batch.items()}
