from __future__ import annotations

import subprocess
import sys
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
def plugin_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory with the example plugin and the test plugins really pip-installed into it
    (``pip install --target``); put it on PYTHONPATH to make their entry points visible."""
    target = tmp_path_factory.mktemp("plugin-site")
    pkgs = [str(EXAMPLE_PLUGIN)] + [str(p) for p in sorted(FIXTURE_PLUGINS.iterdir()) if (p / "pyproject.toml").exists()]
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
                    "--no-index", "--target", str(target), *pkgs], check=True, capture_output=True, text=True)
    return target
