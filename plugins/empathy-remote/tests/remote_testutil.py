"""Helpers shared by the empathy-remote tests (a module with a unique name: several plugins'
test folders are collected together)."""

from __future__ import annotations

import asyncio

KEY = "sk-test-Z9fQ2pL7xW4mN8vB3kR6"  # the secret that must never leak
KEY_ENV = "EMPATHY_TEST_API_KEY"


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
