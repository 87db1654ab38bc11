"""empathy-core: evaluate how dialogue systems handle emotion.

``import empathy_core`` is deliberately light: it imports attrs and the data model only.
Heavy libraries (torch, transformers, spaCy) load when a component that needs them is used.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
#: Plugin API version. A plugin declares the API it was built for with a module attribute
#: ``EMPATHY_CORE_API = "1"`` (or "1.x"); plugins built for another major version are refused.
API_VERSION = "1.0"

from .base import Capabilities, Dataset, Generator, LanguagePack, Scorer  # noqa: E402
from .errors import (  # noqa: E402
    ComponentError,
    EmpathyError,
    InputError,
    PluginCollisionError,
    PluginError,
    RunLockedError,
    StoreError,
    UsageError,
)
from .models import Generation, ItemScore, Sample, ScoreInput, Turn  # noqa: E402

__all__ = [
    "API_VERSION",
    "Capabilities",
    "ComponentError",
    "Dataset",
    "EmpathyError",
    "Generation",
    "Generator",
    "InputError",
    "ItemScore",
    "LanguagePack",
    "PluginCollisionError",
    "PluginError",
    "RunLockedError",
    "Sample",
    "ScoreInput",
    "Scorer",
    "StoreError",
    "Turn",
    "UsageError",
    "__version__",
    "aevaluate",
    "compare",
    "evaluate",
    "score_records",
    "get_registry",
    "hookimpl",
]


def __getattr__(name: str) -> Any:  # lazy public API: keeps ``import empathy_core`` fast
    if name == "evaluate":
        from .runner import evaluate

        return evaluate
    if name == "aevaluate":
        from .runner import aevaluate

        return aevaluate
    if name == "compare":
        from .notebook import compare

        return compare
    if name == "score_records":
        from .runner import score_records

        return score_records
    if name == "get_registry":
        from .plugins import get_registry

        return get_registry
    if name == "hookimpl":
        from .hookspecs import hookimpl

        return hookimpl
    raise AttributeError(f"module 'empathy_core' has no attribute {name!r}")
