from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import pytest  # noqa: E402
from empathy_metrics.data import shared_data_dir  # noqa: E402


@pytest.fixture(scope="session")
def shared_data():
    d = shared_data_dir()
    if d is None:
        pytest.skip("shared data not found (set EMPATHY_SHARED_DATA or place it at <repo>/../shared/data)")
    return d


@pytest.fixture(scope="session")
def torch_threads():
    import torch

    torch.set_num_threads(2)



def pytest_configure(config):
    """Run alone (this plugin's own rootdir, so not under the repository's conftest.py), the tests
    still keep empathy-core's caches in the tmp folder the repository's tests use, never in ~/.cache."""
    import os
    import tempfile

    if os.environ.get("_EMPATHY_TEST_SESSION_CACHE") and \
            os.environ.get("_EMPATHY_TEST_SESSION_CACHE") == os.environ.get("EMPATHY_CACHE_DIR"):
        return  # the repository's conftest did it
    uid = os.getuid() if hasattr(os, "getuid") else "user"
    d = os.environ.get("EMPATHY_TEST_CACHE_DIR") or os.path.join(tempfile.gettempdir(), f"empathy-test-cache-{uid}")
    os.makedirs(d, mode=0o700, exist_ok=True)
    os.environ["EMPATHY_CACHE_DIR"] = os.environ["_EMPATHY_TEST_SESSION_CACHE"] = d
