from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def registry():  # type: ignore[no-untyped-def]
    from empathy_core.plugins import build_registry

    return build_registry(entrypoints=False)


@pytest.fixture(scope="session")
def scorer(registry):  # type: ignore[no-untyped-def]
    return registry.scorer("boundary").use_registry(registry)
