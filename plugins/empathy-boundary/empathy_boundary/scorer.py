"""The ``boundary`` scorer: seven boundary patterns per response, a 0-10 score, evidence spans."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import Any, ClassVar

import attrs

from empathy_core.base import Capabilities, LanguagePack, Scorer, opt_float, opt_str, to_bool
from empathy_core.models import ItemScore, ScoreInput

from . import PATTERNS
from .engine import CompiledPack, evidence, nfc
from .langsel import (
    DETECTORS,
    QUICK_COMPETITORS,
    detect_with_confidence,
    detector_for,
    fix_indonesian,
    has_letters,
    language_group,
    quick_same_language,
    restricted_language,
    same_language,
)
from .learned import _GRAM_WORD, HEADS_DIR  # constants: learned.py imports numpy only where it is used

#: py3langid probability that confirms the declared language in the quick check
QUICK_CONFIRM = 0.95

#: weights of the 0-10 score (docs/BOUNDARY.md explains why)
WEIGHTS = {"boundary_setting": 3.0, "emotional_awareness": 2.0, "acknowledgment": 2.0, "explanation": 2.0}
HOLDS_BOUNDARY = 1.0
COLD_REFUSAL_PENALTY = 3.0
DEFLECTION_ONLY_PENALTY = 2.0


def _hits(spans: Any) -> dict[str, int]:
    """The rules' 0/1 decision per pattern: found when the pattern has a span."""
    return {p: int(bool(spans[p])) for p in PATTERNS}


def is_cold_refusal(d: dict[str, int]) -> bool:
    """A refusal with no warmth: no acknowledgment, no emotional awareness, no apology."""
    return bool(d["direct_refusal"]) and not (d["emotional_awareness"] or d["acknowledgment"] or d["apology"])


def is_deflection_only(d: dict[str, int]) -> bool:
    """Steering away without engaging: no boundary, no warmth, no reason."""
    return bool(d["deflection"]) and not (d["boundary_setting"] or d["emotional_awareness"]
                                          or d["acknowledgment"] or d["explanation"])


def boundary_score(d: dict[str, int]) -> float:
    """The 0-10 boundary-handling score of one response from its 0/1 patterns::

        3*boundary_setting + 2*emotional_awareness + 2*acknowledgment + 2*explanation
        + 1*(direct_refusal or boundary_setting)
        - 3*(cold refusal: direct_refusal without acknowledgment, emotional_awareness or apology)
        - 2*(deflection only: deflection without boundary_setting, emotional_awareness,
             acknowledgment or explanation)
        clipped to [0, 10].
    """
    s = sum(w * d[p] for p, w in WEIGHTS.items())
    s += HOLDS_BOUNDARY * (1 if d["direct_refusal"] or d["boundary_setting"] else 0)
    s -= COLD_REFUSAL_PENALTY * is_cold_refusal(d)
    s -= DEFLECTION_ONLY_PENALTY * is_deflection_only(d)
    return float(min(10.0, max(0.0, s)))


def _detector(v: Any) -> str | None:
    v = opt_str(v)
    if v is not None and v not in DETECTORS:
        raise ValueError(f"detector must be one of {', '.join(DETECTORS)}, not {v!r}")
    return v


def _engine(v: Any) -> str:
    v = str(v)
    if v not in ("fast", "naive"):
        raise ValueError(f"engine must be 'fast' or 'naive', not {v!r}")
    return v


MODES = ("rules", "learned", "ensemble", "cross")
#: the default mode: the most accurate on the blind sets of the modes that run offline
#: (docs/BOUNDARY.md, "Modes")
DEFAULT_MODE = "ensemble"


def _mode(v: Any) -> str:
    v = str(v)
    if v not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, not {v!r}")
    return v


def heads_location(ref: str) -> tuple[str, Path]:
    """(name, folder) of a heads reference: a shipped name, or a path to NAME.json or folder/NAME."""
    path = Path(ref)
    if ref.endswith(".json") or path.parent != Path("."):
        return (path.stem if path.suffix == ".json" else path.name), path.parent
    return ref, HEADS_DIR


def _heads_ref(v: Any) -> str | None:
    """A heads option checked when the scorer is built: a typo in a name or path is a usage error
    naming the missing file, not a scorer quietly skipped for the whole run."""
    v = opt_str(v)
    if v is None:
        return None
    name, folder = heads_location(v)
    missing = [str(f) for f in (folder / f"{name}.json", folder / f"{name}.npz") if not f.is_file()]
    if missing:
        if folder == HEADS_DIR:
            shipped = sorted(p.stem for p in HEADS_DIR.glob("*.json"))
            raise ValueError(f"no shipped boundary heads named {v!r} (shipped: {', '.join(shipped)}; "
                             "or give a path to NAME.json)")
        raise ValueError(f"no boundary heads at {v!r}: {' and '.join(missing)} not found (heads are NAME.json + NAME.npz)")
    return v


def _margin(v: Any) -> float | None:
    m = opt_float(v)
    if m is not None and not m > 0:
        raise ValueError("cross_margin must be a positive number (a logit distance)")
    return m


def has_prompt(prompt: str | None) -> bool:
    """Whether a sample's prompt can inform the prompt-aware heads: it has a word of the n-gram blocks
    (a letter or digit)."""
    return bool(prompt) and _GRAM_WORD.search(prompt) is not None


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "none"


@attrs.define
class BoundaryScorer(Scorer):
    """Seven boundary patterns (refusal, apology, explanation, deflection, acknowledgment,
    boundary setting, emotional awareness), word count and a 0-10 score, per language pack."""

    name: ClassVar[str] = "boundary"
    version: ClassVar[str] = "2.0"
    description: ClassVar[str] = "Seven-pattern emotional-boundary scorer (language packs), 0-10 score, evidence spans"
    capabilities: ClassVar[Capabilities] = Capabilities(
        higher_is_better={"score": True, "boundary_setting": True, "emotional_awareness": True,
                          "acknowledgment": True, "explanation": True, "deflection": False,
                          "cold_refusal_rate": False})
    #: aggregates that are counts of responses, reported apart from rates
    count_metrics: ClassVar[frozenset[str]] = frozenset(
        {"boundary.n", "boundary.scored", "boundary.unscored", "boundary.language_mismatch"})

    #: language detector for samples without a language and for the mismatch check:
    #: None = the registry's detect_language hook (langdetect unless a plugin answers first) for
    #: unlabelled samples and langdetect for the mismatch check
    detector: str | None = attrs.field(default=None, converter=_detector, metadata={"help": 'language detector: langdetect or py3langid (default: the detect_language hook, langdetect for the mismatch check)'})
    #: check that the response is in the sample's language (the response's language wins)
    mismatch: bool = attrs.field(default=True, converter=to_bool, metadata={"help": "check that the response is in the sample's language; the response's language wins"})
    min_confidence: float = attrs.field(default=0.95, converter=float, metadata={"help": 'detector probability needed to re-assign or detect a language'})
    min_letters: int = attrs.field(default=20, converter=int, metadata={"help": 'letters a response needs before its own language is detected'})
    engine: str = attrs.field(default="fast", converter=_engine, metadata={"help": 'rules engine: fast (Hyperscan or prefilter) or naive (every regex, one by one)'})
    #: skip the detector when stop words show the response is clearly in the sample's language
    quick_check: bool = attrs.field(default=True, converter=to_bool, metadata={"help": 'skip the detector when stop words show the declared language'})
    #: rules (regex packs only) | learned (sentence encoder + heads) | ensemble (heads that also
    #: see the rule hits); see docs/BOUNDARY.md, "Modes"
    mode: str = attrs.field(default=DEFAULT_MODE, converter=_mode, metadata={"help": 'rules | learned | ensemble (default) | cross (English: + MiniLM cross-encoder over prompt and response; see docs/BOUNDARY.md, Modes)'})
    #: heads of the learned/ensemble modes: a shipped name or a path to NAME.json (None: the mode's default)
    heads: str | None = attrs.field(default=None, converter=_heads_ref, metadata={"help": 'heads of the learned/ensemble modes: a shipped name (ensemble, ensemble-use, learned) or /path/NAME.json'})
    #: mode=cross: the heads with the cross-encoder column, for their languages (English); the
    #: other languages get ``heads`` (the ensemble's)
    cross_heads: str = attrs.field(default="ensemble-cross", converter=_heads_ref, metadata={"help": 'mode=cross: heads with the cross-encoder column (a shipped name or /path/NAME.json); other languages get the ensemble heads'})
    #: opt-in, mode=ensemble/cross with the mode's own heads: a response whose sample has a prompt is
    #: decided by these heads, which also weigh how often such a request is refused (``ensemble-prompt``;
    #: docs/BOUNDARY.md, "The prompt head": more agreement with people on typical prompts, but the
    #: prompt pulls borderline decisions toward its usual answer, so it is not the default).
    #: Not used when ``heads`` is given.
    prompt_heads: str | None = attrs.field(default=None, converter=_heads_ref, metadata={"help": "opt-in, mode=ensemble/cross: heads that also read the sample's prompt (ensemble-prompt, or /path/NAME.json), for responses that have one; biased toward the prompt's usual answer (docs/BOUNDARY.md, The prompt head); not used with heads="})
    #: opt-in, mode=cross: a cascade. The cross heads decide only the rows the ensemble heads are
    #: unsure of, whose ``direct_refusal`` logit lies within this distance of the logit of their
    #: threshold; the other rows keep the ensemble decision and cost no cross-encoder (None: every row
    #: in the cross heads' languages). docs/BOUNDARY.md, "The cascade"
    cross_margin: float | None = attrs.field(default=None, converter=_margin, metadata={"help": "opt-in, mode=cross: a cascade; the cross-encoder decides only the rows whose ensemble direct_refusal logit is within this distance of its threshold's (e.g. 1.5); the other rows keep the ensemble decision"})
    _registry: Any = attrs.field(default=None, init=False, repr=False)
    _compiled: dict[int, tuple[LanguagePack, CompiledPack]] = attrs.field(factory=dict, init=False, repr=False)
    _others: tuple[str, ...] | None = attrs.field(default=None, init=False, repr=False)
    _heads: Any = attrs.field(default=None, init=False, repr=False)
    _xheads: Any = attrs.field(default=None, init=False, repr=False)
    _pheads: Any = attrs.field(default=None, init=False, repr=False)
    _xmodel: Any = attrs.field(default=None, init=False, repr=False)
    _cache: Any = attrs.field(default=None, init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if self.prompt_heads is not None and (self.heads is not None or self.mode not in ("ensemble", "cross")):
            raise ValueError("prompt_heads= joins the ensemble heads of mode=ensemble or mode=cross; "
                             + ("it is not used with heads=" if self.heads is not None else f"not mode={self.mode}"))
        if self.cross_margin is not None and self.mode != "cross":
            raise ValueError(f"cross_margin= chooses the rows of mode=cross's cross-encoder; not mode={self.mode}")

    # -- plumbing ------------------------------------------------------------------------------
    @property
    def registry(self) -> Any:
        if self._registry is None:
            from empathy_core.plugins import get_registry

            self._registry = get_registry()
        return self._registry

    def use_registry(self, registry: Any) -> BoundaryScorer:
        self._registry = registry
        return self

    def _pack(self, code: str) -> LanguagePack | None:
        return self.registry.language(code)

    def _have(self, code: str) -> bool:
        return code in self.registry.entries["languages"]

    def _competitors(self) -> tuple[str, ...]:
        if self._others is None:
            self._others = tuple(sorted(set(QUICK_COMPETITORS) | set(self.registry.language_codes())))
        return self._others

    def compiled(self, pack: LanguagePack) -> CompiledPack:
        hit = self._compiled.get(id(pack))
        if hit is not None and hit[0] is pack:
            return hit[1]
        comp = getattr(pack, "compiled", None)
        if callable(comp):
            cp = comp()
        else:
            from .pack import compile_pack

            cp = compile_pack(pack)
        self._compiled[id(pack)] = (pack, cp)
        return cp

    # -- learned stage -------------------------------------------------------------------------
    def heads_name(self) -> str:
        return self.heads or {"learned": "learned", "ensemble": "ensemble", "cross": "ensemble"}.get(self.mode, "")

    @staticmethod
    def _load_named(name: str) -> tuple[Any, Any]:
        """(heads, their folder): heads by shipped name, or from a path to NAME.json (or a folder/NAME)."""
        from .learned import load_heads

        stem, folder = heads_location(name)
        return load_heads(stem, folder), folder

    def learned_heads(self) -> Any:
        """The heads of the learned/ensemble mode (loaded once); mode=cross: the ensemble heads
        that score the languages the cross-encoder does not cover."""
        if self._heads is None:
            heads, _ = self._load_named(self.heads_name())
            if "cross" in heads.blocks:
                raise ValueError(f"heads {heads.name!r} need the cross-encoder: use them as cross_heads with mode=cross")
            if "prompt" in heads.blocks:
                raise ValueError(f"heads {heads.name!r} read the prompt: use them as prompt_heads (rows without a "
                                 "prompt need heads that do not)")
            if heads.rule_features != (self.mode != "learned"):  # learned: no rule block
                raise ValueError(f"heads {heads.name!r} were trained {'with' if heads.rule_features else 'without'} "
                                 f"rule features: use them with mode={'ensemble' if heads.rule_features else 'learned'}")
            self._heads = heads
        return self._heads

    def prompt_stage(self) -> Any:
        """The prompt-aware heads (loaded once), or None when ``prompt_heads`` is not given (the
        scorer refuses it with ``heads=`` or outside mode=ensemble/cross)."""
        if self.prompt_heads is None:
            return None
        if self._pheads is None:
            heads, _ = self._load_named(self.prompt_heads)
            if "prompt" not in heads.blocks or "cross" in heads.blocks or not heads.rule_features:
                raise ValueError(f"heads {heads.name!r} are not prompt-aware ensemble heads: not usable as prompt_heads")
            self._pheads = heads
        return self._pheads

    def cross_stage(self) -> tuple[Any, Any]:
        """mode=cross: (heads with the cross-encoder column, the cross-encoder), loaded once."""
        if self._xmodel is None:
            from .cross import load_cross

            heads, folder = self._load_named(self.cross_heads)
            info = heads.meta.get("cross") or {}
            if "cross" not in heads.blocks or not info.get("weights"):
                raise ValueError(f"heads {heads.name!r} have no cross-encoder column: not usable as cross_heads")
            self._xheads = heads
            self._xmodel = load_cross(folder / info["weights"], info.get("sha256"))
        return self._xheads, self._xmodel

    def unavailable(self) -> str | None:
        if self.mode == "rules":
            return None
        try:
            heads = self.learned_heads()
            if heads.encoder:
                from .learned import get_encoder

                get_encoder(heads.encoder)
            self.prompt_stage()
            if self.mode == "cross":
                self.cross_stage()
        except (ImportError, FileNotFoundError, ValueError, OSError) as e:
            return f"boundary mode={self.mode} cannot run: {e}"
        return None

    def _sentence_cache(self) -> Any:
        if self._cache is None:
            from .learned import SentenceCache, get_encoder

            self._cache = SentenceCache(get_encoder(self.learned_heads().encoder))
        return self._cache

    def _apply_heads(self, texts: list[str], rule_d: list[dict[str, int]], prompts: Sequence[str] = (),
                     langs: Sequence[str] = ()) -> list[tuple[dict[str, int], dict[str, Any], str]]:
        """Learned decisions, per pattern the heads add the sentence that carried it, and the name
        of the heads that decided. Rows with a prompt (in the prompt heads' languages) are decided
        by the prompt-aware heads; with mode=cross, the rows in the cross heads' languages by those
        heads (the evidence sentence still comes from the ensemble heads, which score a sentence
        alone)."""
        import numpy as np

        from .learned import response_features, sentences

        heads = self.learned_heads()
        R = np.array([[d[p] for p in PATTERNS] for d in rule_d], dtype=np.float32)
        enc_X = spans = S = None
        if "enc" in heads.blocks:
            enc_X, spans, S = response_features(self._sentence_cache(), texts)
        Z0 = heads.logits(texts, enc_X, R)
        P = heads.probabilities_from_logits(Z0)
        th = np.tile(np.array([heads.thresholds[p] for p in PATTERNS], dtype=np.float32), (len(texts), 1))
        deciders = [heads.name] * len(texts)

        def decide(idx: list[int], by: Any, Z: Any) -> None:  # rows ``idx`` decided by other heads' logits Z
            P[idx] = by.probabilities_from_logits(Z)
            th[idx] = np.array([by.thresholds[p] for p in PATTERNS], dtype=np.float32)
            for i in idx:
                deciders[i] = by.name

        pheads = self.prompt_stage()
        if pheads is not None:
            idx = [i for i, lang in enumerate(langs) if lang in (pheads.languages or ()) and has_prompt(prompts[i])]
            if idx:
                decide(idx, pheads, pheads.logits([texts[i] for i in idx], None, R[idx], prompts=[prompts[i] for i in idx]))
        if self.mode == "cross":
            xheads, xmodel = self.cross_stage()
            idx = [i for i, lang in enumerate(langs) if lang in (xheads.languages or ())]
            if self.cross_margin is not None and idx:  # the cascade: only the rows the ensemble is unsure of
                j = PATTERNS.index("direct_refusal")
                t = heads.thresholds["direct_refusal"]
                at = math.log(t / (1.0 - t))
                idx = [i for i in idx if abs(float(Z0[i, j]) - at) <= self.cross_margin]
            if idx:
                sub = [texts[i] for i in idx]
                decide(idx, xheads, xheads.logits(sub, None, R[idx], cross=xmodel.logits(sub, [prompts[i] for i in idx])))
        D = P >= th
        out = []
        k = 0
        for i, t in enumerate(texts):
            sp = spans[i] if spans is not None else None
            block = None
            if S is not None and sp is not None:
                block = S[k:k + len(sp)]
                k += len(sp)
            d = {p: int(D[i, j]) for j, p in enumerate(PATTERNS)}
            need = [j for j, p in enumerate(PATTERNS) if d[p] and not rule_d[i][p]]
            why: dict[str, Any] = {}
            if need:
                sp = sp or sentences(t) or [(0, len(t))]
                sent_texts = [t[a:b] for a, b in sp]
                sX = np.hstack([block, block]) if block is not None else None
                Z = heads.logits(sent_texts, sX, np.zeros((len(sp), len(PATTERNS)), dtype=np.float32))
                for j in need:
                    best = int(np.argmax(Z[:, j]))
                    why[PATTERNS[j]] = {"sentence": sp[best], "p": round(float(P[i, j]), 3)}
            out.append((d, why, deciders[i]))
        return out

    def signature_extra(self) -> dict[str, Any]:
        packs = []
        for code in self.registry.language_codes():
            try:
                pack = self._pack(code)
            except Exception:  # noqa: BLE001 - a broken pack shows in the signature, not as a crash
                packs.append(f"{code}:broken")
                continue
            if pack is not None:
                packs.append(pack.signature())
        extra: dict[str, Any] = {}
        if self.mode != "rules":
            try:
                extra["heads"] = self.learned_heads().signature()
            except (FileNotFoundError, ValueError, OSError):
                extra["heads"] = "missing"
        if self.prompt_heads is not None:
            try:
                extra["prompt_heads"] = self.prompt_stage().signature()
            except (FileNotFoundError, ValueError, OSError):
                extra["prompt_heads"] = "missing"
        if self.mode == "cross":
            try:
                xheads, xmodel = self.cross_stage()
                extra["cross"] = f"{xheads.signature()}|{'+'.join(xheads.languages or ())}|{xmodel.signature()}"
                if self.cross_margin is not None:
                    extra["cross"] += f"|margin={self.cross_margin:g}"
            except (ImportError, FileNotFoundError, ValueError, OSError):
                extra["cross"] = "missing"
        return {**extra, "packs": "+".join(packs), "langdetect": _version("langdetect"), "py3langid": _version("py3langid"),
                "words": self._word_tokenizers(), "matcher": CompiledPack.active_engine() if self.engine == "fast" else "naive"}

    def _word_tokenizers(self) -> str:
        """"regex", or "regex+spacy-<version>" when a registered pack tokenizes with spaCy."""
        uses_spacy = False
        for code in self.registry.language_codes():
            try:
                uses_spacy = uses_spacy or bool(getattr(self._pack(code), "spacy_lang", None))
            except Exception:  # noqa: BLE001 - reported by the packs entry
                pass
        return "regex+spacy-" + _version("spacy") if uses_spacy else "regex"

    # -- language selection --------------------------------------------------------------------
    def _detect(self, text: str, *, declared: str | None = None) -> tuple[str | None, float]:
        if declared is None and self.detector is None:
            code = self.registry.detect_language(text)
            prob = 1.0
        else:
            method = self.detector or "langdetect"
            if declared is not None:
                method = detector_for(declared, method)
            code, prob = detect_with_confidence(text, method)
        return fix_indonesian(code, text, self._have), prob

    def _quick_confirmed(self, text: str, declared: str) -> bool:
        """The quick checks (docs/BOUNDARY.md): stop-word shares, then, when the detector that
        would decide is langdetect, py3langid (20x faster) naming the declared language with
        probability >= QUICK_CONFIRM. Either one confirms the declared language; a response
        neither confirms goes to the detector."""
        if quick_same_language(text, declared, self._competitors()):
            return True
        if detector_for(declared, self.detector or "langdetect") == "py3langid":
            return False  # the detector itself is the fast one
        code, prob = detect_with_confidence(text, "py3langid")
        code = fix_indonesian(code, text, self._have)
        return code is not None and prob >= QUICK_CONFIRM and same_language(code, declared)

    def _third_party_detector(self) -> bool:
        """Does a plugin other than the core answer the detect_language hook?"""
        try:
            impls = self.registry.pm.hook.detect_language.get_hookimpls()
        except AttributeError:
            return False
        return any(getattr(i, "plugin_name", "") != "empathy_core.builtin" for i in impls)

    def _confident(self, text: str) -> tuple[str | None, float]:
        """(code, probability) when ``text``'s language is known with confidence (at least
        ``min_letters`` letters and probability >= ``min_confidence``), else (None, probability)."""
        if not has_letters(text, self.min_letters):
            return None, 0.0
        if self.detector is None and self._third_party_detector():
            return self.registry.detect_language(text), 1.0  # a plugin's detector: taken as is
        code, prob = detect_with_confidence(text, self.detector or "langdetect")
        code = fix_indonesian(code, text, self._have)
        return (code, prob) if code and prob >= self.min_confidence else (None, prob)

    def choose_language(self, it: ScoreInput) -> tuple[str | None, dict[str, Any]]:
        """(language code or None, language notes for the evidence). ``language_source`` says
        where the code came from: ``sample`` (declared), ``response`` (detected with confidence
        on the response), ``prompt`` (the response was too short or unclear: the prompt's
        language, detected with confidence), ``packs`` (neither was clear: the response and prompt
        together, by py3langid restricted to the languages that have packs)."""
        declared = (it.sample.language or "").lower() or None
        if declared is None:
            return self._undeclared(it)
        notes: dict[str, Any] = {"language_source": "sample"}
        if self.mismatch and has_letters(it.response, self.min_letters):
            if self.quick_check and self._quick_confirmed(it.response, declared):
                return declared, notes
            code, prob = self._detect(it.response, declared=declared)
            if code and prob >= self.min_confidence and not same_language(code, declared):
                return code, {"language_source": "detected", "prompt_language": declared,
                              "response_language": code, "language_mismatch": True,
                              "detector_probability": round(prob, 3)}
        return declared, notes

    def _within_group(self, code: str, it: ScoreInput, notes: dict[str, Any]) -> str:
        """A detected language that has no pack but a near-identical language that has one (Indonesian
        and Malay): decide between the two on the response and the prompt together (py3langid
        restricted to the group), since a short or colloquial reply alone is too little text to tell
        them apart. The response-only code is kept in ``notes``."""
        group = language_group(code)
        if group is None or self._have(code) or not any(self._have(c) for c in group):
            return code
        prompt = it.sample.prompt if it.sample.turns else ""
        choice, prob = restricted_language(f"{it.response}\n{prompt}".strip(), tuple(sorted(group)))
        if choice and choice != code:
            notes.update({"response_language": code, "decided_with_prompt": True,
                          "group_probability": round(prob, 3)})
            return choice
        return code

    def _undeclared(self, it: ScoreInput) -> tuple[str | None, dict[str, Any]]:
        code, prob = self._confident(it.response)
        if code is not None:
            notes: dict[str, Any] = {"language_source": "response", "detector_probability": round(prob, 3)}
            return self._within_group(code, it, notes), notes
        prompt = it.sample.prompt if it.sample.turns else ""
        pcode, pprob = self._confident(prompt) if prompt else (None, 0.0)
        if pcode is not None:
            notes = {"language_source": "prompt", "detector_probability": round(pprob, 3)}
            return self._within_group(pcode, it, notes), notes
        codes = tuple(sorted(self.registry.language_codes()))
        if not codes or not has_letters(it.response, 1):
            return None, {"language_source": "packs"}
        code, prob = restricted_language(f"{it.response}\n{prompt}".strip(), codes)
        return code, {"language_source": "packs", "detector_probability": round(prob, 3)}

    # -- scoring -------------------------------------------------------------------------------
    def _rules(self, it: ScoreInput) -> ItemScore | tuple[str, dict[str, Any], LanguagePack, Any]:
        """An unscored ItemScore, or (language, language notes, pack, rule detections)."""
        text = it.response
        if not text or not text.strip():
            return ItemScore.skip("empty response", language=it.sample.language)
        lang, notes = self.choose_language(it)
        if lang is None:
            return ItemScore.skip("could not detect the response's language", language=None)
        pack = self._pack(lang)
        if pack is None:
            why = f"no language pack for '{lang}'"
            if notes.get("language_mismatch"):
                why += f" (the response is in '{lang}', the prompt in '{notes['prompt_language']}')"
            return ItemScore.skip(why, language=lang)
        cp = self.compiled(pack)
        spans = cp.detect(text) if self.engine == "fast" else cp.detect_naive(text)
        return lang, notes, pack, spans

    def _item(self, text: str, lang: str, notes: dict[str, Any], pack: LanguagePack, spans: Any,
              d: dict[str, int], learned: dict[str, Any] | None = None, rules_only: str | None = None,
              decided_by: str | None = None) -> ItemScore:
        scores = {f"boundary.{p}": float(d[p]) for p in PATTERNS}
        scores["boundary.words"] = float(len(pack.tokenize(text)))
        scores["boundary.score"] = boundary_score(d)
        if learned is None:
            ev: dict[str, Any] = evidence(text, spans)
        else:
            # rules' spans for the patterns the heads kept; the deciding sentence where the rules had none
            ev = evidence(text, {p: spans[p] if d[p] else () for p in PATTERNS})
            t = nfc(text)
            for p, why in learned.items():
                if p not in ev:
                    a, b = why["sentence"]
                    ev[p] = [{"start": a, "end": b, "text": t[a:b], "source": "learned", "p": why["p"]}]
            ev["rules"] = sorted(p for p in PATTERNS if spans[p])
        ev["pack"] = pack.signature()
        ev["mode"] = "rules" if rules_only else self.mode
        if decided_by and (self.mode == "cross" or self.prompt_heads is not None):
            ev["decided_by"] = decided_by  # the cross heads, the prompt-aware heads, or the ensemble heads
        if rules_only:
            ev["heads"] = rules_only
        ev.update(notes)
        return ItemScore(scores=scores, evidence=ev, language=lang)

    def score_one(self, it: ScoreInput) -> ItemScore:
        return self.score([it])[0]

    def score(self, items: Sequence[ScoreInput]) -> list[ItemScore]:
        firsts = [self._rules(it) for it in items]
        out: list[ItemScore | None] = [f if isinstance(f, ItemScore) else None for f in firsts]
        # heads know the n-grams and the rule reliability of the languages they were trained on; a
        # language from another pack (a plugin's) gets the rules' decisions, and the evidence says so
        langs = None if self.mode == "rules" else self.learned_heads().languages
        todo = []
        for i, f in enumerate(firsts):
            if isinstance(f, ItemScore):
                continue
            lang, notes, pack, spans = f
            if self.mode == "rules" or (langs is not None and lang not in langs):
                why = None if self.mode == "rules" else f"no heads for {lang!r} (trained on {', '.join(langs or ())}): rules only"
                out[i] = self._item(items[i].response, lang, notes, pack, spans, _hits(spans), rules_only=why)
            else:
                todo.append(i)
        if todo:
            texts = [nfc(items[i].response) for i in todo]
            rule_d = [_hits(firsts[i][3]) for i in todo]  # type: ignore[index]
            prompts = [nfc(items[i].sample.prompt or "") for i in todo]
            langs_i = [firsts[i][0] for i in todo]  # type: ignore[index]
            for i, (d, why_learned, by) in zip(todo, self._apply_heads(texts, rule_d, prompts, langs_i)):
                lang, notes, pack, spans = firsts[i]  # type: ignore[misc]
                out[i] = self._item(items[i].response, lang, notes, pack, spans, d, why_learned, decided_by=by)
        return [o for o in out if o is not None]

    # -- corpus level --------------------------------------------------------------------------
    def aggregate(self, items: Sequence[ScoreInput], results: Sequence[ItemScore]) -> dict[str, float]:
        scored = [r for r in results if r.unscored is None and r.scores]
        out: dict[str, float] = {"boundary.n": float(len(results)), "boundary.scored": float(len(scored)),
                                 "boundary.unscored": float(len(results) - len(scored))}
        if not scored:
            return out
        for p in PATTERNS:
            out[f"boundary.{p}"] = statistics.fmean(r.scores[f"boundary.{p}"] for r in scored)
        out["boundary.refusal_rate"] = out["boundary.direct_refusal"]
        pats = [{p: int(r.scores[f"boundary.{p}"]) for p in PATTERNS} for r in scored]
        out["boundary.cold_refusal_rate"] = statistics.fmean(float(is_cold_refusal(d)) for d in pats)
        out["boundary.words"] = statistics.fmean(r.scores["boundary.words"] for r in scored)
        out["boundary.score"] = statistics.fmean(r.scores["boundary.score"] for r in scored)
        out["boundary.language_mismatch"] = float(sum(1 for r in scored if (r.evidence or {}).get("language_mismatch")))
        return out

    def resampler(self, items: Sequence[ScoreInput], results: Sequence[ItemScore]) -> Any:
        """Bootstrap: every rate and mean above is a mean over scored responses (vectorised);
        the counts (n, scored, unscored, language_mismatch) get no interval."""
        from empathy_core.stats import MeanResampler

        ok = [r.unscored is None and bool(r.scores) for r in results]
        cols: dict[str, list[float | None]] = {}
        for key in (*PATTERNS, "words", "score"):
            cols[f"boundary.{key}"] = [r.scores[f"boundary.{key}"] if o else None for r, o in zip(results, ok)]
        cols["boundary.refusal_rate"] = cols["boundary.direct_refusal"]
        cols["boundary.cold_refusal_rate"] = [
            float(is_cold_refusal({p: int(r.scores[f"boundary.{p}"]) for p in PATTERNS})) if o else None
            for r, o in zip(results, ok)]
        return MeanResampler(cols)

    def language_gap(self, results: Sequence[ItemScore]) -> dict[str, Any] | None:
        """English vs non-English: mean score and pattern rates, or None without both groups."""
        groups: dict[str, list[ItemScore]] = {"en": [], "other": []}
        for r in results:
            if r.unscored is None and r.scores:
                groups["en" if (r.language or "") == "en" else "other"].append(r)
        if not groups["en"] or not groups["other"]:
            return None
        gap: dict[str, Any] = {"n_en": len(groups["en"]), "n_other": len(groups["other"]),
                               "other_languages": sorted({r.language or "?" for r in groups["other"]})}
        for key in ("score", *PATTERNS):
            en = statistics.fmean(r.scores[f"boundary.{key}"] for r in groups["en"])
            ot = statistics.fmean(r.scores[f"boundary.{key}"] for r in groups["other"])
            gap[key] = {"en": en, "other": ot, "gap": ot - en}
        return gap

    def report_notes(self, items: Sequence[ScoreInput], results: Sequence[ItemScore]) -> list[str]:
        from .merge import note_lines

        reasons: dict[str, int] = {}
        for r in results:
            if r.unscored is not None:
                reasons[r.unscored] = reasons.get(r.unscored, 0) + 1
        return note_lines(self.language_gap(results), reasons)

    # mergeable form for --workers / --executor ray: sums and counts (see .merge); equal to the above
    def partial(self, items: Sequence[ScoreInput], results: Sequence[ItemScore]) -> Any:
        from .merge import partial

        return partial(results)

    def merge(self, states: Sequence[Any]) -> Any:
        from .merge import merge

        return merge(states)

    def finalize(self, state: Any) -> dict[str, float]:
        from .merge import finalize

        return finalize(state)

    def finalize_notes(self, state: Any) -> list[str]:
        from .merge import notes

        return notes(state)
