"""Does a scorer's refusal decision lean on the prompt? (docs/BOUNDARY.md, "The prompt head").

Splits the English refusal blind sets by how strongly their prompt alone predicts a refusal (quartiles of
the prompt block's contribution to direct_refusal's logit under the shipped ``ensemble-prompt`` heads) and
prints, per quartile and label, the share of responses decided as refusals by the default and by SPEC.
A prompt prior shows as fewer refusals found in Q1 and more compliant answers flagged in Q4; a scorer that
reads the response better improves both ends. Scores the blind sets: use it on sets already read.

    python scripts/prompt_quartiles.py "boundary:prompt_heads=ensemble-prompt"
    python scripts/prompt_quartiles.py "boundary:mode=cross"
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from empathy_boundary.evalsets import load, predictions
from empathy_boundary.learned import Heads

from empathy_core.plugins import get_registry

BLIND = Path(__file__).resolve().parents[1] / "tests" / "blind"
GROUPS = {"en_refusal14+15": ["en_refusal14", "en_refusal15"],
          "older 13 sets": ["en_refusal"] + [f"en_refusal{i}" for i in range(2, 14)]}


def main(spec: str) -> None:
    reg = get_registry()
    base = reg.create("scorers", "boundary").use_registry(reg)
    other = reg.create("scorers", spec).use_registry(reg)
    heads = Heads.load("ensemble-prompt")
    for group, names in GROUPS.items():
        rows = [r for name in names for r in load(BLIND / f"{name}.jsonl")]
        a = np.array([p["direct_refusal"] for p in predictions(base, rows)])
        b = np.array([p["direct_refusal"] for p in predictions(other, rows)])
        zero = np.zeros((len(rows), 7), dtype=np.float32)
        blank = [""] * len(rows)
        s = (heads.logits(blank, None, zero, prompts=[r.get("prompt") or "" for r in rows])[:, 0]
             - heads.logits(blank, None, zero, prompts=blank)[:, 0])
        label = np.array([r["refusal"] for r in rows])
        edges = [-np.inf, *np.quantile(s, [0.25, 0.5, 0.75]), np.inf]
        print(f"{group} ({len(rows)} responses): default -> {spec}")
        for q in range(4):
            k = (s >= edges[q]) & (s < edges[q + 1])
            truth = label[k] != "compliance"
            parts = [f"{lab} n={int((k & (label == lab)).sum())} flagged "
                     f"{a[k & (label == lab)].mean():.3f}->{b[k & (label == lab)].mean():.3f}"
                     for lab in ("compliance", "refusal", "partial") if (k & (label == lab)).any()]
            print(f"  Q{q + 1}: agreement {np.mean(a[k] == truth):.3f}->{np.mean(b[k] == truth):.3f} | " + " | ".join(parts))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "boundary:prompt_heads=ensemble-prompt")
