"""Response length in words (language pack tokenizer) and characters."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

import attrs

from ..base import Capabilities, Scorer
from ..models import ItemScore, ScoreInput
from .distinct import language_tokenizer


@attrs.define
class LengthScorer(Scorer):
    """Words (language pack tokenizer, punctuation excluded) and characters per response."""

    name: ClassVar[str] = "length"
    version: ClassVar[str] = "1.0"
    capabilities: ClassVar[Capabilities] = Capabilities(higher_is_better={})

    def score(self, items: Sequence[ScoreInput]) -> list[ItemScore]:
        return [
            ItemScore(scores={"length.words": float(len(language_tokenizer(it.sample.language)(it.response))),
                              "length.characters": float(len(it.response))})
            for it in items
        ]
