from __future__ import annotations

from pathlib import Path

import pytest
from empathy_testutil import EXAMPLE_PLUGIN, FIXTURE_PLUGINS, shared_data_dir


@pytest.fixture(scope="session")
def shared_data() -> Path:
    d = shared_data_dir()
    if d is None:
        pytest.skip("shared data not found: set EMPATHY_SHARED_DATA or place it at ../shared/data")
    return d


@pytest.fixture(scope="session")
def plugin_site(pip_install) -> Path:
    """A directory with the example plugin and the test plugins really pip-installed into it
    (``pip install --target``, built from copies in a tmp folder, no pip cache); put it on
    PYTHONPATH to make their entry points visible."""
    pkgs = [EXAMPLE_PLUGIN] + [p for p in sorted(FIXTURE_PLUGINS.iterdir()) if (p / "pyproject.toml").exists()]
    target, p = pip_install(pkgs, "plugin-site")
    assert p.returncode == 0, p.stdout + p.stderr
    return target
