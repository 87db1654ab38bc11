from __future__ import annotations

from pathlib import Path

import pytest

from empathy_core.paths import shared_data_dir


@pytest.fixture(scope="session")
def shared_data() -> Path:
    d = shared_data_dir()
    if d is None:
        pytest.skip("shared data not found: set EMPATHY_SHARED_DATA or place it at ../shared/data")
    return d


@pytest.fixture(scope="session")
def registry():  # type: ignore[no-untyped-def]
    import empathy_boundary.plugin

    from empathy_core.plugins import build_registry

    return build_registry(entrypoints=False, extra=[("boundary", empathy_boundary.plugin)])


@pytest.fixture(scope="session")
def scorer(registry):  # type: ignore[no-untyped-def]
    """The rules stage (most tests here are about the regex packs and the engine)."""
    return registry.create("scorers", "boundary:mode=rules").use_registry(registry)


def pytest_configure(config: pytest.Config) -> None:
    # `.ci/mutation engine` runs with PYTEST_ADDOPTS="-m engine_fast": the engine's mutants then run
    # only these known-value tests (well under a second each), not the whole-pack comparisons
    config.addinivalue_line("markers", "engine_fast: fast known-value engine tests (the engine's mutation run)")
