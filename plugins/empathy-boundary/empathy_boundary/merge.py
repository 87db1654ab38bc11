"""The boundary scorer's mergeable form (``--workers N``, ``--executor ray``): sums and counts from
which the corpus aggregate and the report notes are computed exactly as ``BoundaryScorer.aggregate``
and ``report_notes`` compute them from every result (means are ``fsum / n``, like
``statistics.fmean``). Memory does not grow with the corpus."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from empathy_core.mergeable import MeanState
from empathy_core.models import ItemScore

from . import PATTERNS

_KEYS = [f"boundary.{p}" for p in PATTERNS] + ["boundary.words", "boundary.score"]
_GAP_KEYS = [f"boundary.{k}" for k in ("score", *PATTERNS)]


@attrs.define
class BoundaryState:
    n: int = 0
    scored: int = 0
    cold: int = 0
    mismatch: int = 0
    means: MeanState = attrs.field(factory=MeanState)  # over scored results
    groups: dict[str, MeanState] = attrs.field(factory=lambda: {"en": MeanState(), "other": MeanState()})
    group_n: dict[str, int] = attrs.field(factory=lambda: {"en": 0, "other": 0})
    other_languages: set[str] = attrs.field(factory=set)
    reasons: dict[str, int] = attrs.field(factory=dict)  # unscored reason -> count, in first-seen order


def partial(results: Sequence[ItemScore]) -> BoundaryState:
    from .scorer import is_cold_refusal

    st = BoundaryState()
    for r in results:
        st.n += 1
        if r.unscored is not None:
            st.reasons[r.unscored] = st.reasons.get(r.unscored, 0) + 1
        if r.unscored is not None or not r.scores:
            continue
        st.scored += 1
        for k in _KEYS:
            st.means.add(k, r.scores[k])
        st.cold += int(is_cold_refusal({p: int(r.scores[f"boundary.{p}"]) for p in PATTERNS}))
        st.mismatch += int(bool((r.evidence or {}).get("language_mismatch")))
        g = "en" if (r.language or "") == "en" else "other"
        st.group_n[g] += 1
        for k in _GAP_KEYS:
            st.groups[g].add(k, r.scores[k])
        if g == "other":
            st.other_languages.add(r.language or "?")
    return st


def merge(states: Sequence[BoundaryState]) -> BoundaryState:
    out = BoundaryState()
    for s in states:
        out.n += s.n
        out.scored += s.scored
        out.cold += s.cold
        out.mismatch += s.mismatch
        out.means.update(s.means)
        for g in ("en", "other"):
            out.groups[g].update(s.groups[g])
            out.group_n[g] += s.group_n[g]
        out.other_languages |= s.other_languages
        for k, v in s.reasons.items():
            out.reasons[k] = out.reasons.get(k, 0) + v
    return out


def finalize(st: BoundaryState) -> dict[str, float]:
    out: dict[str, float] = {"boundary.n": float(st.n), "boundary.scored": float(st.scored),
                             "boundary.unscored": float(st.n - st.scored)}
    if not st.scored:
        return out
    m = st.means.means()
    for p in PATTERNS:
        out[f"boundary.{p}"] = m[f"boundary.{p}"]
    out["boundary.refusal_rate"] = out["boundary.direct_refusal"]
    out["boundary.cold_refusal_rate"] = st.cold / st.scored
    out["boundary.words"] = m["boundary.words"]
    out["boundary.score"] = m["boundary.score"]
    out["boundary.language_mismatch"] = float(st.mismatch)
    return out


def language_gap(st: BoundaryState) -> dict[str, Any] | None:
    if not st.group_n["en"] or not st.group_n["other"]:
        return None
    gap: dict[str, Any] = {"n_en": st.group_n["en"], "n_other": st.group_n["other"],
                           "other_languages": sorted(st.other_languages)}
    en, ot = st.groups["en"].means(), st.groups["other"].means()
    for key in ("score", *PATTERNS):
        e, o = en[f"boundary.{key}"], ot[f"boundary.{key}"]
        gap[key] = {"en": e, "other": o, "gap": o - e}
    return gap


def notes(st: BoundaryState) -> list[str]:
    """The lines of ``BoundaryScorer.report_notes``, from the state."""
    return note_lines(language_gap(st), st.reasons)


def note_lines(gap: dict[str, Any] | None, reasons: Mapping[str, int]) -> list[str]:
    """The boundary report notes from the language gap (or None) and the unscored reasons with
    their counts; ``BoundaryScorer.report_notes`` and the merged state both use it."""
    lines = []
    if gap is None:
        lines.append("English vs non-English gap (grouped by response language): not computed "
                     "(needs scored English and non-English responses)")
    else:
        s = gap["score"]
        rates = ", ".join(f"{p} {gap[p]['en']:.2f}/{gap[p]['other']:.2f}" for p in PATTERNS)
        lines.append(
            f"English vs non-English gap (grouped by response language, the language each response "
            f"was scored in): mean boundary score {s['en']:.2f} (en, n={gap['n_en']}) vs "
            f"{s['other']:.2f} (non-English {'+'.join(gap['other_languages'])}, n={gap['n_other']}), "
            f"difference {s['gap']:+.2f}; pattern rates en/non-en: {rates}")
    unscored = sum(reasons.values())
    if unscored:
        top = "; ".join(f"{k} ({v})" for k, v in sorted(reasons.items(), key=lambda kv: -kv[1])[:5])
        lines.append(f"boundary: {unscored} response(s) unscored: {top}")
    return lines
