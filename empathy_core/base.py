"""Base classes for components: scorers, generators, datasets and language packs.

A component is usually an attrs class whose fields are its options::

    @attrs.define
    class LengthScorer(Scorer):
        name: ClassVar[str] = "length"
        version: ClassVar[str] = "1.0"
        unit: str = "words"

Options arrive from a spec such as ``length:unit=words`` as strings; give fields converters
(``attrs.field(converter=int)``, :func:`to_bool`). Fields marked ``metadata={"secret": True}``
never appear in signatures, the database, logs or reports.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, ClassVar

import attrs

from .models import Generation, ItemScore, Sample, ScoreInput

SECRET_MARK = "secret"


def to_bool(value: Any) -> bool:
    """Converter for boolean options given as strings ("1", "true", "yes", "on")."""
    if isinstance(value, bool):
        return value
    s = str(value).strip().lower()
    if s in {"1", "true", "yes", "on", "y"}:
        return True
    if s in {"0", "false", "no", "off", "n", ""}:
        return False
    raise ValueError(f"not a boolean: {value!r}")


def _is_none(v: Any) -> bool:
    return v is None or (isinstance(v, str) and v.strip().lower() in {"none", "null", ""})


def opt_str(v: Any) -> str | None:
    """Converter: an optional string option ("none"/"" -> None)."""
    return None if _is_none(v) else str(v)


def opt_int(v: Any) -> int | None:
    """Converter: an optional integer option ("none"/"" -> None)."""
    return None if _is_none(v) else int(v)


def opt_float(v: Any) -> float | None:
    """Converter: an optional float option ("none"/"" -> None)."""
    return None if _is_none(v) else float(v)


@attrs.frozen
class Capabilities:
    """What a component needs and supports; the runner uses it to skip what cannot run.

    ``languages``: ISO 639-1 codes handled, or None for any language.
    ``higher_is_better``: per metric key (without the scorer prefix), True/False.
    """

    languages: frozenset[str] | None = attrs.field(default=None, converter=attrs.converters.optional(frozenset))
    needs_gpu: bool = False
    needs_network: bool = False
    needs_reference: bool = False
    higher_is_better: Mapping[str, bool] = attrs.field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "languages": sorted(self.languages) if self.languages is not None else None,
            "needs_gpu": self.needs_gpu,
            "needs_network": self.needs_network,
            "needs_reference": self.needs_reference,
            "higher_is_better": dict(self.higher_is_better),
        }


class Component:
    """Shared behaviour: options, signature and availability."""

    name: ClassVar[str] = "component"
    version: ClassVar[str] = "0"
    description: ClassVar[str] = ""
    capabilities: ClassVar[Capabilities] = Capabilities()
    #: for components that read files: the format they expect (shown by ``empathy info``)
    file_format: ClassVar[str] = ""

    def options(self) -> dict[str, Any]:
        """Public options (secrets excluded), in declaration order."""
        cls: Any = type(self)
        if attrs.has(cls):
            return {
                f.name: getattr(self, f.name)
                for f in attrs.fields(cls)
                if not f.metadata.get(SECRET_MARK) and not f.name.startswith("_")
            }
        return {}

    def signature_extra(self) -> dict[str, Any]:
        """Extra signature parts (library versions, language pack versions, model hashes)."""
        return {}

    def signature(self) -> str:
        """sacrebleu-style signature: ``name:version|opt:value|...``. Contains no secrets.

        Options and extras whose value is None (unset) are left out, so an option that was not
        given adds nothing; any other value, defaults included, is always written, in declaration
        order, so the signature of the same component, version and options never changes."""
        parts = [f"{self.name}:{self.version}"]
        for k, v in {**self.options(), **self.signature_extra()}.items():
            if v is None:
                continue
            if isinstance(v, (list, tuple, set, frozenset)):
                v = "+".join(str(x) for x in (sorted(v) if isinstance(v, (set, frozenset)) else v))
            parts.append(f"{k}:{v}")
        return "|".join(parts)

    def unavailable(self) -> str | None:
        """Why this component cannot run here, or None. The default checks ``needs_gpu``."""
        if self.capabilities.needs_gpu:
            try:
                import torch  # noqa: PLC0415 - only when a GPU component is used
            except ImportError:
                return "needs a GPU and torch is not installed"
            if not torch.cuda.is_available():
                return "needs a GPU and none is available"
        return None

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release resources (clients, models)."""


def mean_scores(results: Sequence[ItemScore]) -> dict[str, float]:
    """The mean of each per-response metric over the scored (not unscored) results
    (``math.fsum(values) / n``: exact sum, rounded once, so merged partitions give the same value)."""
    import math

    values: dict[str, list[float]] = {}
    for r in results:
        if r.unscored is not None:
            continue
        for k, v in r.scores.items():
            values.setdefault(k, []).append(float(v))
    return {k: math.fsum(v) / len(v) for k, v in values.items() if v}


class Scorer(Component):
    """Scores responses. Subclasses implement :meth:`score`; keys are ``<name>.<metric>``.

    ``count_metrics``: aggregate keys that are counts of responses (reports list them apart from
    rates and means; keys named ``n``, ``n_*``, ``*_count``, ``scored``, ``unscored`` are counts
    without being declared)."""

    count_metrics: ClassVar[frozenset[str]] = frozenset()

    def score(self, items: Sequence[ScoreInput]) -> list[ItemScore]:
        raise NotImplementedError

    def aggregate(self, items: Sequence[ScoreInput], results: Sequence[ItemScore]) -> dict[str, float]:
        """Corpus-level values. Default: the mean of each per-response metric over scored items.
        Corpus metrics (BLEU, distinct-n) override this. Must work on any subset (report groups)."""
        return mean_scores(results)

    def resampler(self, items: Sequence[ScoreInput], results: Sequence[ItemScore]) -> Any:
        """Bootstrap support: a :class:`empathy_core.stats.Resampler` computing this scorer's
        aggregates on many resamples at once (see docs/STATISTICS.md). Default: vectorised means
        when :meth:`aggregate` is not overridden, else :meth:`aggregate` called on each resample
        (bounded cost). Override it for a corpus metric to make its intervals fast."""
        from .stats import default_resampler

        return default_resampler(self, items, results)

    def bootstrap_partial(self, items: Sequence[ScoreInput], results: Sequence[ItemScore]) -> Any:
        """What the bootstrap needs of one partition, compact and picklable (computed on the worker).
        Default: the columns of :meth:`resampler` when it is a ``MeanResampler`` (8 bytes per
        response and metric), else the items and results themselves (not flat in memory). A corpus
        metric overrides this and :meth:`bootstrap_accumulator` (BLEU keeps sufficient statistics)."""
        from .stats import bootstrap_partial

        return bootstrap_partial(self, items, results)

    def bootstrap_accumulator(self) -> Any:
        """An object with ``add(part)`` (the :meth:`bootstrap_partial` of each partition, in input
        order) and ``resampler()`` (equal to :meth:`resampler` on all the partitions' items)."""
        from .stats import BootstrapAccumulator

        return BootstrapAccumulator(self)

    def report_notes(self, items: Sequence[ScoreInput], results: Sequence[ItemScore]) -> list[str]:
        """Plain-text lines the report prints under this scorer's tables (e.g. a language gap)."""
        return []

    # -- mergeable form: corpus values from partitions scored elsewhere --------------------------
    # ``finalize(merge([partial(a, ra), partial(b, rb)]))`` must equal ``aggregate(a + b, ra + rb)``.
    # The defaults are always correct: a scorer that keeps the default ``aggregate`` and
    # ``report_notes`` gets exact sums and counts (flat memory); any other scorer that does not
    # override these methods gets a state that keeps its items and results (see empathy_core.mergeable).

    def _keeps_items(self) -> bool:
        cls = type(self)
        return cls.aggregate is not Scorer.aggregate or cls.report_notes is not Scorer.report_notes

    def partial(self, items: Sequence[ScoreInput], results: Sequence[ItemScore]) -> Any:
        """The mergeable state of one partition (picklable)."""
        from .mergeable import KeptState, MeanState

        if self._keeps_items():
            return KeptState(list(items), list(results))
        return MeanState().add_results(results)

    def merge(self, states: Sequence[Any]) -> Any:
        """One state from several (any order of partitions that keeps input order)."""
        from .mergeable import KeptState, merge_kept, merge_means

        if states and isinstance(states[0], KeptState):
            return merge_kept(states)
        return merge_means(states)

    def finalize(self, state: Any) -> dict[str, float]:
        """Corpus values from a merged state (what :meth:`aggregate` returns)."""
        from .mergeable import KeptState

        if isinstance(state, KeptState):
            return self.aggregate(state.items, state.results) if state.items else {}
        return state.means()

    def finalize_notes(self, state: Any) -> list[str]:
        """Report notes from a merged state (what :meth:`report_notes` returns)."""
        from .mergeable import KeptState

        if isinstance(state, KeptState):
            return self.report_notes(state.items, state.results)
        return self.report_notes([], [])


class Generator(Component):
    """Produces responses. Implement :meth:`generate_one` (simple), :meth:`generate`
    (batched, e.g. a neural model) or the coroutine :meth:`agenerate` (remote APIs: the runner
    then runs up to ``max_concurrency()`` requests at once)."""

    #: how many samples the runner passes to :meth:`generate` at once
    batch_size: ClassVar[int] = 1
    #: runs a model in this process (transformers, reflectdiffu): with ``--executor ray`` it generates
    #: on Ray actors (GPU actors when it wants a GPU) instead of in the driver
    local_model: ClassVar[bool] = False

    def max_concurrency(self) -> int:
        return int(getattr(self, "concurrency", 1) or 1)

    @property
    def is_async(self) -> bool:
        return type(self).agenerate is not Generator.agenerate

    def generate_one(self, sample: Sample) -> Generation:
        raise NotImplementedError

    def generate(self, samples: Sequence[Sample]) -> list[Generation]:
        return [self.generate_one(s) for s in samples]

    async def agenerate(self, sample: Sample) -> Generation:
        raise NotImplementedError

    async def aclose(self) -> None:  # noqa: B027 - optional hook
        """Release async resources (called inside the runner's event loop)."""


class Dataset(Component):
    """Yields samples. ``skip_invalid`` datasets record skipped rows in ``self.skipped``."""

    def __iter__(self) -> Iterator[Sample]:
        raise NotImplementedError

    def load(self) -> list[Sample]:
        return list(iter(self))


@attrs.define
class LanguagePack:
    """Language data: boundary patterns and exclusions (pattern -> list of regex strings), a
    tokenizer and a version. Register one per language through ``register_languages``."""

    code: str
    name: str
    version: str
    patterns: Mapping[str, Sequence[str]] = attrs.field(factory=dict)
    exclusions: Mapping[str, Sequence[str]] = attrs.field(factory=dict)

    def tokenize(self, text: str) -> list[str]:
        """Word tokens (punctuation removed). Default: the core's Unicode word tokenizer."""
        from .tokenize import word_tokens

        return word_tokens(text)

    def signature(self) -> str:
        return f"{self.code}:{self.version}"
