"""The remote generators against a real HTTP server on 127.0.0.1 with injected faults."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest
from remote_testutil import KEY, KEY_ENV, run_all, spec

from empathy_core.models import Sample
from empathy_core.plugins import get_registry

PROVIDERS = ["openai", "anthropic", "mistral"]
FAULT_PLAN = {
    "p0": ["429", "500"], "p1": ["503"], "p2": ["timeout"], "p3": ["malformed", "malformed"], "p4": ["drop"],
    "p5": ["drop", "429", "timeout", "500"], "p6": [], "p7": ["500", "malformed", "drop"],
}


def _samples(n=8):
    return [Sample.from_prompt(f"s{i}", f"p{i}") for i in range(n)]


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_sample_completes_despite_faults(server, keyenv, provider):
    # a healthy answer takes milliseconds; a client timeout of 1 s leaves a loaded machine a wide margin,
    # so that only the planned 'timeout' faults (the server hangs 3 s) time out
    srv = server(plan=FAULT_PLAN, retry_after="0.05", hang_s=3.0)
    gen = get_registry().generator(spec(srv, provider, timeout=1.0, concurrency=4, retries=5))
    out = run_all(gen, _samples())
    assert [g.sample_id for g in out] == [f"s{i}" for i in range(8)]
    assert all(g.ok for g in out), [g.error for g in out]
    for i, g in enumerate(out):
        assert g.text == f"[{provider}:m-1] reply to: p{i}"
        assert g.meta["attempts"] == len(FAULT_PLAN[f"p{i}"]) + 1
        # the server saw exactly those attempts, the faults in the planned order (a hung 'timeout'
        # answer is recorded only when its hang ends, after the test)
        assert srv.attempts[f"p{i}"] == len(FAULT_PLAN[f"p{i}"]) + 1
        assert [r.get("fault") for r in srv.requests if r["text"] == f"p{i}"] == \
            [f for f in FAULT_PLAN[f"p{i}"] if f != "timeout"] + [None]
        # token usage as the server reported it (words here), under the same keys for every provider
        assert g.usage == {"prompt_tokens": 1, "completion_tokens": 4, "total_tokens": 5}
    sent = sum(len(v) for v in FAULT_PLAN.values())
    assert sum(srv.faults_sent.values()) >= sent - 2  # the hung 'timeout' answers may still be sleeping
    assert len(srv.completed(provider)) == 8


def test_retry_after_is_honoured_and_pauses_other_requests(server, keyenv):
    srv = server(plan={"first": ["429"]}, retry_after="0.6")
    gen = get_registry().generator(spec(srv, "openai", concurrency=2, backoff=0.001))

    async def main():
        try:
            a = asyncio.create_task(gen.agenerate(Sample.from_prompt("a", "first")))
            # wait (however long a loaded machine takes) until the 429 has arrived and set the cool-down;
            # then this request must wait for it too
            deadline = time.monotonic() + 30
            while gen._cooldown_until == 0.0 and time.monotonic() < deadline:
                await asyncio.sleep(0.005)
            assert gen._cooldown_until > 0.0
            b = await gen.agenerate(Sample.from_prompt("b", "second"))
            return await a, b
        finally:
            await gen.aclose()

    a, b = asyncio.run(main())
    assert a.ok and b.ok
    times = {r["text"]: [] for r in srv.requests}
    for r in srv.requests:
        times[r["text"]].append(r["t"])
    first, second = times["first"], times["second"]
    assert [r["text"] for r in srv.requests][0] == "first" and len(first) == 2 and len(second) == 1
    # lower bounds only (a loaded machine makes waits longer, never shorter): the 429 reached the client
    # after the server got the first request, and everything waited Retry-After (0.6 s) from then on
    assert first[1] - first[0] >= 0.6 - 0.01
    assert second[0] - first[0] >= 0.6 - 0.01  # the whole generator paused, not only the request that got 429


def test_final_failure_is_a_per_sample_error(server, keyenv):
    srv = server(plan={"bad": ["500"] * 10})
    gen = get_registry().generator(spec(srv, "openai", retries=2))
    ok, bad = run_all(gen, [Sample.from_prompt("ok", "fine"), Sample.from_prompt("bad", "bad")])
    assert ok.ok and not bad.ok
    assert bad.text is None
    assert "failed after 3 attempts" in bad.error and "HTTP 500" in bad.error
    assert len([r for r in srv.requests if r["text"] == "bad"]) == 3


def test_client_errors_are_not_retried_and_the_key_is_scrubbed(server, monkeypatch):
    wrong = "sk-wrong-Q8hJ3kL0pZ5tY2"
    monkeypatch.setenv(KEY_ENV, wrong)
    srv = server(echo_key_in_errors=True)  # like real APIs, the server quotes the key it got
    for provider in PROVIDERS:
        gen = get_registry().generator(spec(srv, provider))
        (g,) = run_all(gen, [Sample.from_prompt("x", "hello")])
        assert not g.ok and "HTTP 401" in g.error
        assert wrong not in g.error and "***" in g.error
    assert len(srv.requests) == 3  # one request each: 401 is final


def test_multi_turn_message_lists(server, keyenv):
    srv = server()
    turns = [{"role": "system", "content": "Persona: a kind listener."}, {"role": "user", "content": "hi"},
             {"role": "assistant", "content": "hello, how are you?"}, {"role": "user", "content": "lonely"}]
    sample = Sample.from_prompt("m", turns)
    for provider in PROVIDERS:
        gen = get_registry().generator(spec(srv, provider, system="Be honest.", seed=7, temperature=0.2, max_tokens=50))
        (g,) = run_all(gen, [sample])
        assert g.ok, g.error
    by = {r["provider"]: r for r in srv.requests}
    assert by["openai"]["body"]["messages"] == [{"role": "system", "content": "Be honest."}, *turns]
    assert by["openai"]["body"]["seed"] == 7 and by["openai"]["body"]["max_tokens"] == 50
    assert by["openai"]["headers"]["authorization"] == f"Bearer {KEY}"
    assert by["mistral"]["body"]["messages"] == by["openai"]["body"]["messages"]
    assert by["mistral"]["body"]["random_seed"] == 7 and "seed" not in by["mistral"]["body"]
    a = by["anthropic"]
    assert a["headers"]["x-api-key"] == KEY and a["headers"]["anthropic-version"] == "2023-06-01"
    assert a["body"]["system"] == "Be honest.\n\nPersona: a kind listener."
    assert a["body"]["messages"] == turns[1:]
    assert a["body"]["max_tokens"] == 50 and a["body"]["temperature"] == 0.2


def test_anthropic_merges_consecutive_roles_and_defaults_max_tokens(server, keyenv):
    srv = server()
    gen = get_registry().generator(spec(srv, "anthropic"))
    (g,) = run_all(gen, [Sample.from_prompt("m", [{"role": "user", "content": "a"}, {"role": "user", "content": "b"}])])
    assert g.ok, g.error
    body = srv.requests[0]["body"]
    assert body["messages"] == [{"role": "user", "content": "a\n\nb"}] and body["max_tokens"] == 1024


def test_concurrency_is_bounded(server, keyenv):
    srv = server(latency=0.3)  # long enough for a loaded client to fill all three slots
    gen = get_registry().generator(spec(srv, "openai", concurrency=3))
    assert gen.max_concurrency() == 3
    out = run_all(gen, _samples(12))
    assert all(g.ok for g in out)
    assert srv.max_inflight == 3


def test_rpm_rate_limit(server, keyenv):
    srv = server()
    gen = get_registry().generator(spec(srv, "openai", concurrency=8, rpm=600))  # one request per 0.1 s
    t0 = time.monotonic()  # the server stamps requests with the same clock
    out = run_all(gen, _samples(6))
    assert all(g.ok for g in out)
    assert time.monotonic() - t0 >= 0.5 - 0.01
    # the k-th request can leave no earlier than k intervals after the start (delays on a loaded machine
    # only push arrivals later, so gaps between two arrivals are not asserted)
    ts = sorted(r["t"] for r in srv.requests)
    assert len(ts) == 6
    for k, t in enumerate(ts):
        assert t - t0 >= k * 0.1 - 0.01, (k, t - t0)


def test_key_not_in_signature_repr_or_options(server):
    srv = server()
    gen = get_registry().generator(spec(srv, "openai", api_key=KEY, api_key_env="NO_SUCH_VAR_X"))
    (g,) = run_all(gen, [Sample.from_prompt("a", "hi")])
    assert g.ok  # the explicit key was used
    for text in (gen.signature(), repr(gen), str(gen.options()), g.generator):
        assert KEY not in text


def test_signature_is_what_changes_outputs(server):
    srv = server()
    url = f"http://user:pw-Secret-777@127.0.0.1:{srv.url.rsplit(':', 1)[1]}/v1?api-key=QueryKey-123456"
    g1 = get_registry().generator(f"openai:model=m,base_url={url},system=Be kind.,temperature=0,seed=1")
    sig = g1.signature()
    assert sig.startswith("openai:1.0|model:m|base_url:http://127.0.0.1:")
    assert "pw-Secret-777" not in sig and "QueryKey" not in sig and "user" not in sig
    assert "system:" in sig and "Be kind" not in sig  # hashed
    g2 = get_registry().generator(f"openai:model=m,base_url={url},system=Be kind.,temperature=0,seed=1,"
                                  f"concurrency=9,rpm=5,retries=1,timeout=3")
    assert g2.signature() == sig  # operational options keep the cache valid
    g3 = get_registry().generator(f"openai:model=m,base_url={url},system=Be cold.,temperature=0,seed=1")
    assert g3.signature() != sig


def test_missing_key_for_official_api(monkeypatch, tmp_path):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.setenv("EMPATHY_KEYS_FILE", str(tmp_path / "none.json"))
    gen = get_registry().generator("openai:model=gpt-4o")
    reason = gen.unavailable()
    assert "OPENAI_API_KEY" in reason and "empathy keys set openai" in reason
    (g,) = run_all(gen, [Sample.from_prompt("a", "hi")])  # no request is made
    assert not g.ok and "no API key" in g.error


def test_logs_never_show_the_key(server, keyenv, caplog):
    srv = server(plan={"p0": ["429", "drop"], "p1": ["500"]}, retry_after="0.01")
    caplog.set_level(logging.DEBUG)
    gen = get_registry().generator(spec(srv, "openai", retries=1))
    out = run_all(gen, _samples(3))
    assert out[1].ok and not out[0].ok
    assert "retrying" in caplog.text and "HTTP Request" in caplog.text  # httpx's own logs were captured
    assert KEY not in caplog.text


def test_sync_generate_inside_and_outside_a_loop(server, keyenv):
    srv = server()
    gen = get_registry().generator(spec(srv, "openai"))
    assert [g.text for g in gen.generate(_samples(2))] == ["[openai:m-1] reply to: p0", "[openai:m-1] reply to: p1"]

    async def inside():
        return gen.generate_one(Sample.from_prompt("x", "again"))

    assert asyncio.run(inside()).ok
