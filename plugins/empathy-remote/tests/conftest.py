from __future__ import annotations

import warnings

import pytest
from empathy_remote.testing.server import FakeLLMServer
from remote_testutil import KEY, KEY_ENV


@pytest.fixture(autouse=True)
def _quiet_plugin_warnings():
    # other engineers' plugins may be half-installed in a shared dev tree; not our concern here
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*failed to load.*")
        yield


@pytest.fixture
def keyenv(monkeypatch):
    monkeypatch.setenv(KEY_ENV, KEY)
    return KEY_ENV


@pytest.fixture
def server():
    servers = []

    def make(**kw):
        kw.setdefault("keys", {"openai": KEY, "anthropic": KEY, "mistral": KEY})
        srv = FakeLLMServer(**kw).start()
        servers.append(srv)
        return srv

    yield make
    for s in servers:
        s.stop()



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
