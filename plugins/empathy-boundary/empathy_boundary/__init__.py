"""The seven-pattern boundary scorer ("Beyond No"): language packs, matching engine, datasets.

Importing this package is light (no spaCy, no language detector); those load on first use.
"""

from __future__ import annotations

PATTERNS = (
    "direct_refusal",
    "apology",
    "explanation",
    "deflection",
    "acknowledgment",
    "boundary_setting",
    "emotional_awareness",
)

__all__ = ["PATTERNS"]
