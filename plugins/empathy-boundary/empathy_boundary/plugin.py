"""The boundary scorer's plugin (a default plugin of the core): language packs, the ``boundary``
scorer and the ``overshare`` / ``boundary-mini`` datasets. Nothing heavy is imported here."""

from __future__ import annotations

from collections.abc import Callable

from empathy_core.hookspecs import hookimpl

from .packs import available_codes

EMPATHY_CORE_API = "1"

_NAMES = {"en": "English", "fr": "French", "de": "German", "it": "Italian", "es": "Spanish", "ms": "Malay"}


def _pack_factory(code: str) -> Callable[[], object]:
    def factory() -> object:
        from .pack import builtin_pack

        return builtin_pack(code)

    factory.__name__ = f"{code}_pack"
    return factory


@hookimpl
def register_languages(register):  # type: ignore[no-untyped-def]
    for code in available_codes():  # only packs whose module exists
        register(code, _pack_factory(code), description=f"{_NAMES.get(code, code)} boundary patterns + spaCy tokenizer")


@hookimpl
def register_scorers(register):  # type: ignore[no-untyped-def]
    register("boundary", "empathy_boundary.scorer:BoundaryScorer",
             description="Seven emotional-boundary patterns per response, 0-10 score, evidence spans")


@hookimpl
def register_datasets(register):  # type: ignore[no-untyped-def]
    register("overshare", "empathy_boundary.datasets:OvershareDataset",
             description="Beyond No / overshare.csv emotional-boundary prompts (path=)")
    register("boundary-mini", "empathy_boundary.datasets:BoundaryMiniDataset",
             description="Bundled Love/Attachment/Dependence prompts per language (language=)")
