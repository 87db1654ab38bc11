"""``judge``: an LLM judge for the seven boundary patterns and 1-5 boundary/empathy ratings.

``judge:generator=openai,model=gpt-4o,...`` builds the registered generator ``openai`` with the other
options (``temperature=0`` unless given, when the generator has that option) and asks it, with the
rubric of the response's language (en, fr, de, it, es, ms; English otherwise, said in the evidence),
for a strict JSON answer. The answer is validated; a malformed one is re-asked once (the model sees
its answer and what was wrong); a second malformed answer leaves the item unscored with the reason.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

import attrs

from empathy_core.base import Capabilities, Generator, Scorer
from empathy_core.models import Generation, ItemScore, Sample, ScoreInput, Turn
from empathy_core.secrets import scrub

from .judge_meta import JUDGE_CAPABILITIES, PATTERNS, RATINGS
from .remote import run_sync
from .rubrics import RUBRIC_HASH, RUBRICS, rubric_hash, system_prompt

log = logging.getLogger("empathy_remote.judge")

_FENCE = re.compile(r"^```(?:json|JSON)?\s*\n?(.*?)\n?```$", re.S)


def parse_answer(text: str | None) -> tuple[dict[str, Any] | None, str | None]:
    """Validate a judge answer: (values, None) or (None, what is wrong).

    Accepted: one JSON object (optionally inside a single ```json fence) with every pattern as 0/1
    (or true/false) and both ratings as integers 1-5. Extra keys (e.g. a rationale) are kept aside.
    """
    if text is None or not text.strip():
        return None, "the answer is empty"
    s = text.strip()
    m = _FENCE.match(s)
    if m:
        s = m.group(1).strip()
    try:
        obj = json.loads(s)
    except ValueError as e:
        return None, f"the answer is not valid JSON ({getattr(e, 'msg', str(e))})"
    if not isinstance(obj, dict):
        return None, f"the answer is a JSON {type(obj).__name__}, not an object"
    missing = [k for k in (*PATTERNS, *RATINGS) if k not in obj]
    if missing:
        return None, f"missing keys: {', '.join(missing)}"
    out: dict[str, Any] = {}
    bad: list[str] = []
    for k in PATTERNS:
        v = obj[k]
        if isinstance(v, bool):
            out[k] = int(v)
        elif isinstance(v, (int, float)) and v in (0, 1):
            out[k] = int(v)
        else:
            bad.append(f"{k} must be 0 or 1 (got {json.dumps(v)[:20]})")
    for k in RATINGS:
        v = obj[k]
        if isinstance(v, bool) or not isinstance(v, (int, float)) or v != int(v) or not 1 <= v <= 5:
            bad.append(f"{k} must be an integer from 1 to 5 (got {json.dumps(v)[:20]})")
        else:
            out[k] = int(v)
    if bad:
        return None, "; ".join(bad)
    extra = {k: v for k, v in obj.items() if k not in out}
    if extra:
        out["_extra"] = extra
    return out, None


def format_conversation(sample: Sample, lang: str) -> str:
    r = RUBRICS[lang]
    label = {"user": r["user_label"], "assistant": r["assistant_label"], "system": "System"}
    return "\n".join(f"{label[t.role]}: {t.text}" for t in sample.turns)


@attrs.define
class JudgeScorer(Scorer):
    """LLM judge: ``judge:generator=NAME,<that generator's options>[,language=xx]``."""

    name: ClassVar[str] = "judge"
    version: ClassVar[str] = "1.0"
    capabilities: ClassVar[Capabilities] = JUDGE_CAPABILITIES

    generator: str = attrs.field(default=None)
    generator_options: Mapping[str, Any] = attrs.field(factory=dict, repr=False, metadata={"secret": True})
    language: str | None = attrs.field(default=None)
    _gen: Generator | None = attrs.field(default=None, init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if not self.generator:
            raise ValueError("the judge needs generator=NAME (a registered generator, e.g. generator=openai,model=...)")
        if self.language is not None:
            self.language = self.language.lower()
            if self.language not in RUBRICS:
                raise ValueError(f"no judge rubric for language {self.language!r}; have {', '.join(sorted(RUBRICS))}")
        from empathy_core.plugins import get_registry

        reg = get_registry()
        opts = dict(self.generator_options)
        if "temperature" not in opts:
            factory = reg.entry("generators", self.generator).resolve()
            if attrs.has(factory) and "temperature" in {a.name for a in attrs.fields(factory)}:
                opts["temperature"] = "0"
        self._gen = reg.generator(self.generator, **opts)

    @property
    def judge_generator(self) -> Generator:
        assert self._gen is not None
        return self._gen

    def options(self) -> dict[str, Any]:
        return {"generator": f"({self.judge_generator.signature()})", "language": self.language or "auto"}

    def signature_extra(self) -> dict[str, Any]:
        return {"rubric": RUBRIC_HASH}

    def unavailable(self) -> str | None:
        why = self.judge_generator.unavailable()
        return f"judge generator: {why}" if why else None

    def close(self) -> None:
        if self._gen is not None:
            self._gen.close()

    # -- scoring -------------------------------------------------------------------------------
    def _languages(self, it: ScoreInput) -> tuple[str | None, str, str | None]:
        """(the response's language, the rubric language, a fallback note)."""
        lang = (it.sample.language or "").lower() or None
        if lang is None:
            try:
                from empathy_core.plugins import get_registry

                lang = get_registry().detect_language(it.response)
            except Exception:  # noqa: BLE001 - detection is best effort
                lang = None
        if self.language:
            return lang, self.language, None
        if lang in RUBRICS:
            return lang, lang, None
        note = (f"no judge rubric for language {lang!r}; used the English rubric" if lang
                else "language unknown; used the English rubric")
        return lang, "en", note

    def _request(self, it: ScoreInput, idx: int, rubric_lang: str) -> Sample:
        r = RUBRICS[rubric_lang]
        user = r["user"].format(conversation=format_conversation(it.sample, rubric_lang), response=it.response)
        return Sample(id=f"judge-{idx}-{it.sample.id}", turns=(Turn("system", system_prompt(rubric_lang)),
                                                               Turn("user", user)), language=rubric_lang)

    def _ask(self, samples: list[Sample]) -> list[Generation]:
        gen = self.judge_generator
        if not samples:
            return []
        if gen.is_async:
            async def _all() -> list[Generation]:
                sem = asyncio.Semaphore(max(1, gen.max_concurrency()))

                async def one(s: Sample) -> Generation:
                    async with sem:
                        try:
                            return await gen.agenerate(s)
                        except Exception as e:  # noqa: BLE001
                            return Generation(s.id, None, error=scrub(f"{type(e).__name__}: {e}"))

                try:
                    return list(await asyncio.gather(*(one(s) for s in samples)))
                finally:
                    await gen.aclose()

            return run_sync(_all)
        out: list[Generation] = []
        bs = max(1, int(getattr(gen, "batch_size", 1) or 1))
        for i in range(0, len(samples), bs):
            chunk = samples[i:i + bs]
            try:
                out.extend(gen.generate(chunk))
            except Exception as e:  # noqa: BLE001
                out.extend(Generation(s.id, None, error=scrub(f"{type(e).__name__}: {e}")) for s in chunk)
        return out

    def score(self, items: Sequence[ScoreInput]) -> list[ItemScore]:
        langs = [self._languages(it) for it in items]
        first = [self._request(it, i, rl) for i, (it, (_, rl, _)) in enumerate(zip(items, langs, strict=True))]
        answers = self._ask(first)
        parsed: list[tuple[dict[str, Any] | None, str | None]] = []
        retry_idx: list[int] = []
        retry_samples: list[Sample] = []
        for i, g in enumerate(answers):
            if not g.ok:
                parsed.append((None, None))
                continue
            vals, problem = parse_answer(g.text)
            parsed.append((vals, problem))
            if vals is None:
                rl = langs[i][1]
                s = first[i]
                retry_idx.append(i)
                retry_samples.append(Sample(
                    id=s.id + "-retry", language=rl,
                    turns=(*s.turns, Turn("assistant", g.text or ""),
                           Turn("user", RUBRICS[rl]["retry"].format(problem=problem)))))
        retried = dict(zip(retry_idx, self._ask(retry_samples), strict=True))
        out: list[ItemScore] = []
        for i in range(len(items)):
            lang, rl, note = langs[i]
            g = answers[i]
            vals, problem = parsed[i]
            attempts = 1
            usage = [dict(g.usage)] if g.usage else []
            if i in retried:
                attempts = 2
                g2 = retried[i]
                if g2.usage:
                    usage.append(dict(g2.usage))
                if not g2.ok:
                    out.append(ItemScore.skip(f"judge generator failed on the re-ask: {scrub(g2.error)}", language=lang))
                    continue
                vals, problem2 = parse_answer(g2.text)
                if vals is None:
                    out.append(ItemScore.skip(f"judge answer malformed twice: {problem}; then: {problem2}",
                                              language=lang))
                    continue
            elif not g.ok:
                out.append(ItemScore.skip(f"judge generator failed: {scrub(g.error) or 'no text'}", language=lang))
                continue
            assert vals is not None
            scores = {f"judge.{k}": float(vals[k]) for k in (*PATTERNS, *RATINGS)}
            evidence: dict[str, Any] = {"language": lang, "rubric_language": rl, "rubric": rubric_hash(rl), "attempts": attempts}
            if note:
                evidence["fallback"] = note
            if usage:
                evidence["judge_usage"] = usage
            if "_extra" in vals:
                evidence["judge_extra"] = vals["_extra"]
            out.append(ItemScore(scores=scores, evidence=evidence, language=lang))
        return out


    def report_notes(self, items: Sequence[ScoreInput], results: Sequence[ItemScore]) -> list[str]:
        notes = []
        fallback: dict[str, int] = {}
        reasked = malformed = failed = 0
        for r in results:
            ev = r.evidence or {}
            if "fallback" in ev:
                key = str(ev.get("language") or "unknown")
                fallback[key] = fallback.get(key, 0) + 1
            if ev.get("attempts", 1) > 1:
                reasked += 1
            if r.unscored and r.unscored.startswith("judge answer malformed"):
                malformed += 1
            elif r.unscored and r.unscored.startswith("judge generator failed"):
                failed += 1
        if fallback:
            langs = ", ".join(f"{k} ({v})" for k, v in sorted(fallback.items()))
            notes.append(f"judge: no rubric for {langs}; those responses were judged with the English rubric")
        if reasked or malformed:
            notes.append(f"judge: {reasked} answer(s) valid only after a re-ask; {malformed} unscored after two "
                         f"malformed answers")
        if failed:
            notes.append(f"judge: {failed} response(s) unscored because the judge's requests failed")
        return notes


def make_judge(generator: str | None = None, language: str | None = None, **generator_options: Any) -> JudgeScorer:
    """The registered factory: every option other than ``generator`` and ``language`` goes to the
    judge's generator."""
    return JudgeScorer(generator=generator, generator_options=generator_options, language=language)  # type: ignore[arg-type]


make_judge.capabilities = JUDGE_CAPABILITIES  # type: ignore[attr-defined]
make_judge.description = "LLM judge: seven boundary patterns and 1-5 boundary/empathy ratings"  # type: ignore[attr-defined]
make_judge.name = "judge"  # type: ignore[attr-defined]
