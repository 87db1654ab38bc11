"""Example empathy-core plugin: the ``questions`` scorer."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

import attrs

from empathy_core import Capabilities, ItemScore, ScoreInput, Scorer, hookimpl

EMPATHY_CORE_API = "1"

# sentence ends: . ! ? … and their CJK/Arabic/Spanish variants; a question ends with ? ？ ؟ (or opens with ¿)
_SENT = re.compile(r"[^.!?…？！؟]+[.!?…？！؟]*")
_QMARK = re.compile(r"[?？؟]\s*$|^\s*¿")


@attrs.define
class QuestionsScorer(Scorer):
    """Does the response ask the user questions? (questions.asks, questions.question_ratio)"""

    name: ClassVar[str] = "questions"
    version: ClassVar[str] = "0.1.0"
    capabilities: ClassVar[Capabilities] = Capabilities(higher_is_better={"asks": True, "question_ratio": True})

    def score(self, items: Sequence[ScoreInput]) -> list[ItemScore]:
        out = []
        for it in items:
            sents = [s for s in _SENT.findall(it.response) if s.strip()]
            if not sents:
                out.append(ItemScore.skip("empty response"))
                continue
            q = sum(1 for s in sents if _QMARK.search(s))
            out.append(ItemScore(scores={"questions.asks": float(q > 0), "questions.question_ratio": q / len(sents)}))
        return out


@hookimpl
def register_scorers(register):  # type: ignore[no-untyped-def]
    register("questions", QuestionsScorer)
