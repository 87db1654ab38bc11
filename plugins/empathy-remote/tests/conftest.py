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
