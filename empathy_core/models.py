"""The data model: samples, generations and scores (attrs, frozen)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any

import attrs

ROLES = ("system", "user", "assistant")


def _freeze_meta(value: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return MappingProxyType(dict(value or {}))


def _to_tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


@attrs.frozen
class Turn:
    """One turn of a conversation. ``role`` is ``user``, ``assistant`` or ``system``."""

    role: str = attrs.field(validator=attrs.validators.in_(ROLES))
    text: str = attrs.field(validator=attrs.validators.instance_of(str))

    def to_dict(self) -> dict[str, str]:
        return {"role": self.role, "content": self.text}


def turns_from_prompt(prompt: str | Sequence[Any]) -> tuple[Turn, ...]:
    """Build turns from a prompt string, a list of strings (alternating user/assistant, ending with
    the user's turn) or a list of ``{"role": ..., "content"|"text": ...}`` objects."""
    if isinstance(prompt, str):
        return (Turn("user", prompt),)
    items = list(prompt)
    if not items:
        raise ValueError("prompt has no turns")
    if all(isinstance(t, str) for t in items):
        n = len(items)
        # the last turn is the user's; roles alternate backwards from it
        return tuple(Turn("user" if (n - 1 - i) % 2 == 0 else "assistant", t) for i, t in enumerate(items))
    turns = []
    for i, t in enumerate(items):
        if isinstance(t, Turn):
            turns.append(t)
            continue
        if not isinstance(t, Mapping):
            raise ValueError(f"turn {i} is {type(t).__name__}, expected a string or an object")
        text = t.get("content", t.get("text"))
        if not isinstance(text, str):
            raise ValueError(f"turn {i} has no string 'content'")
        role = t.get("role", "user")
        if role not in ROLES:
            raise ValueError(f"turn {i} has role {role!r}; expected one of {', '.join(ROLES)}")
        turns.append(Turn(role, text))
    return tuple(turns)


@attrs.frozen
class Sample:
    """One evaluation item: a prompt or a conversation, plus what is known about it.

    ``meta`` holds dataset-specific facts: ``category``, ``emotion``, ``intent``,
    ``expected`` (expected behaviour), ``situation``, ...
    """

    id: str = attrs.field(converter=str)
    turns: tuple[Turn, ...] = attrs.field(converter=_to_tuple)
    language: str | None = None
    references: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple)
    meta: Mapping[str, Any] = attrs.field(factory=dict, converter=_freeze_meta, eq=False, hash=False)

    @classmethod
    def from_prompt(cls, id: str, prompt: str | Sequence[Any], **kw: Any) -> Sample:
        return cls(id=id, turns=turns_from_prompt(prompt), **kw)

    @property
    def prompt(self) -> str:
        """The text of the last user turn (the one a response answers)."""
        for t in reversed(self.turns):
            if t.role == "user":
                return t.text
        return self.turns[-1].text if self.turns else ""

    @property
    def context(self) -> str:
        """All non-system turns joined by newlines."""
        return "\n".join(t.text for t in self.turns if t.role != "system")

    def content_hash(self) -> str:
        """Hash of what a generator sees (turns + language); the key of the generation cache."""
        import hashlib
        import json

        payload = json.dumps(
            {"turns": [t.to_dict() for t in self.turns], "language": self.language},
            ensure_ascii=False, sort_keys=True,
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        if len(self.turns) == 1 and self.turns[0].role == "user":
            prompt: Any = self.turns[0].text
        else:
            prompt = [t.to_dict() for t in self.turns]
        d: dict[str, Any] = {"id": self.id, "prompt": prompt}
        if self.language:
            d["language"] = self.language
        if self.references:
            d["references"] = list(self.references)
        if self.meta:
            d["meta"] = dict(self.meta)
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Sample:
        refs = d.get("references")
        if refs is None and d.get("reference") is not None:
            refs = [d["reference"]]
        return cls.from_prompt(str(d["id"]), d["prompt"], language=d.get("language"),
                               references=tuple(refs or ()), meta=d.get("meta") or {})


@attrs.frozen
class Generation:
    """What a generator produced for one sample (or the error it hit)."""

    sample_id: str
    text: str | None
    generator: str = ""  # the generator's signature
    elapsed_s: float = 0.0
    usage: Mapping[str, int] | None = None  # e.g. {"prompt_tokens": 12, "completion_tokens": 40}
    error: str | None = None
    meta: Mapping[str, Any] = attrs.field(factory=dict, converter=_freeze_meta, eq=False, hash=False)

    @property
    def ok(self) -> bool:
        return self.error is None and self.text is not None


@attrs.frozen
class ScoreInput:
    """What a scorer sees: the sample, the response text and the generation's metadata."""

    sample: Sample
    response: str
    meta: Mapping[str, Any] = attrs.field(factory=dict, converter=_freeze_meta, eq=False, hash=False)


@attrs.frozen
class ItemScore:
    """Per-response result of one scorer.

    ``scores`` keys are ``<scorer>.<metric>``. A response the scorer cannot handle has empty
    ``scores`` and ``unscored`` set to the reason (never a silent 0). ``evidence`` is free-form
    JSON-able detail (e.g. matched spans with character offsets). ``language`` is the language the
    scorer used, when it matters.
    """

    scores: Mapping[str, float] = attrs.field(factory=dict, converter=_freeze_meta)
    evidence: Mapping[str, Any] | None = None
    unscored: str | None = None
    language: str | None = None

    @classmethod
    def skip(cls, reason: str, language: str | None = None) -> ItemScore:
        return cls(scores={}, unscored=reason, language=language)
