from __future__ import annotations

import asyncio
import warnings

import pytest
from empathy_remote.testing.server import FakeLLMServer

KEY = "sk-test-Z9fQ2pL7xW4mN8vB3kR6"  # the secret that must never leak
KEY_ENV = "EMPATHY_TEST_API_KEY"


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


def base_url(srv, provider):
    return {"openai": f"{srv.url}/v1", "mistral": f"{srv.url}/mistral/v1", "anthropic": srv.url}[provider]


def spec(srv, provider, **opts):
    o = {"model": "m-1", "base_url": base_url(srv, provider), "api_key_env": KEY_ENV, "backoff": "0.01",
         "timeout": "1", **{k: str(v) for k, v in opts.items()}}
    return provider + ":" + ",".join(f"{k}={v}" for k, v in o.items())


def run_all(gen, samples):
    async def main():
        try:
            return await asyncio.gather(*(gen.agenerate(s) for s in samples))
        finally:
            await gen.aclose()

    return asyncio.run(main())
