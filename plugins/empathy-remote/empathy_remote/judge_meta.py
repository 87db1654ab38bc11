"""Light constants of the judge scorer (imported at registration time)."""

from __future__ import annotations

from empathy_core.base import Capabilities

PATTERNS = ("direct_refusal", "apology", "explanation", "deflection", "acknowledgment", "boundary_setting",
            "emotional_awareness")
RATINGS = ("boundary_rating", "empathy_rating")

JUDGE_CAPABILITIES = Capabilities(higher_is_better={"boundary_rating": True, "empathy_rating": True})
