"""The retry arithmetic on its own: Retry-After parsing, backoff bounds, the cool-down cap, option
checks and the URL kept in signatures (cases found by mutation testing, docs/results/mutation.md)."""

from __future__ import annotations

import email.utils
import random
import time

import pytest
from empathy_remote.remote import OpenAIGenerator, RetryableError, clean_base_url, parse_retry_after

URL = "http://127.0.0.1:9/v1"


def _gen(**kw):
    return OpenAIGenerator(model="m", base_url=URL, **kw)


@pytest.mark.parametrize("headers, expected", [
    ({"retry-after-ms": "1500"}, 1.5),
    ({"retry-after-ms": "0"}, 0.0),
    ({"retry-after-ms": "-5"}, 0.0),
    ({"retry-after-ms": "abc", "retry-after": "2"}, 2.0),  # unparsable ms: falls back to Retry-After
    ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),  # ms wins
    ({"retry-after": " 3 "}, 3.0),
    ({"retry-after": "0.5"}, 0.5),
    ({"retry-after": "-1"}, 0.0),
    ({"retry-after": ""}, None),
    ({"retry-after": "soon"}, None),
    ({}, None),
])
def test_parse_retry_after_seconds(headers, expected):
    assert parse_retry_after(headers) == expected


def test_parse_retry_after_http_date():
    future = email.utils.formatdate(time.time() + 120, usegmt=True)
    got = parse_retry_after({"retry-after": future})
    assert 117 <= got <= 120.5  # whole seconds in the header
    past = email.utils.formatdate(time.time() - 3600, usegmt=True)
    assert parse_retry_after({"retry-after": past}) == 0.0


def _draws(gen, err, attempt, n=400):
    random.seed(1)
    return [gen._wait_s(err, attempt) for _ in range(n)]


@pytest.mark.parametrize("backoff, backoff_max, attempt, lo, hi", [
    (1.0, 60.0, 1, 0.5, 1.0),     # cap = backoff: full jitter in [cap/2, cap]
    (1.0, 60.0, 2, 1.0, 2.0),     # cap doubles each attempt
    (1.0, 60.0, 3, 2.0, 4.0),
    (0.5, 60.0, 4, 2.0, 4.0),
    (1.0, 3.0, 5, 1.5, 3.0),      # capped by backoff_max (16 -> 3)
])
def test_backoff_bounds(backoff, backoff_max, attempt, lo, hi):
    w = _draws(_gen(backoff=backoff, backoff_max=backoff_max), RetryableError("x"), attempt)
    assert lo <= min(w) and max(w) <= hi
    assert max(w) - min(w) > 0.8 * (hi - lo)  # jittered over the whole range, not a constant
    assert _draws(_gen(backoff=backoff, backoff_max=backoff_max), None, attempt) == w  # no error: same rule


@pytest.mark.parametrize("ra, ra_max, lo, hi", [
    (2.0, 300.0, 2.0, 2.2),     # Retry-After plus up to 10 % jitter
    (50.0, 300.0, 50.0, 51.0),  # jitter at most 1 s
    (50.0, 10.0, 10.0, 11.0),   # capped by retry_after_max (the jitter is still from Retry-After)
])
def test_retry_after_wait_bounds(ra, ra_max, lo, hi):
    w = _draws(_gen(retry_after_max=ra_max), RetryableError("x", retry_after=ra), 3)
    assert lo <= min(w) and max(w) <= hi
    assert max(w) - min(w) > 0.8 * (hi - lo)


def test_retry_after_zero_means_no_wait():
    assert set(_draws(_gen(), RetryableError("x", retry_after=0.0), 4, n=20)) == {0.0}


@pytest.mark.parametrize("opts, msg", [
    ({"concurrency": 0}, "concurrency must be >= 1"),
    ({"retries": -1}, "retries must be >= 0"),
    ({"rpm": 0}, "rpm must be > 0"),
    ({"rpm": -3}, "rpm must be > 0"),
    ({"timeout": 0}, "timeout must be > 0"),
    ({"base_url": "ftp://h/v1"}, "base_url must be an http(s) URL, got 'ftp://h/v1'"),
])
def test_option_checks(opts, msg):
    kw = {"model": "m", "base_url": URL, **opts}
    with pytest.raises(ValueError) as e:
        OpenAIGenerator(**kw)
    assert str(e.value) == msg


def test_option_edges_accepted():
    g = OpenAIGenerator(model="m", base_url=URL + "/", concurrency=1, retries=0, rpm=0.5, timeout=0.1)
    assert g.base_url == URL and g.concurrency == 1 and g.retries == 0
    with pytest.raises(ValueError, match="needs model=NAME"):
        OpenAIGenerator(base_url=URL)


@pytest.mark.parametrize("url, clean", [
    ("http://user:pw@h:8000/v1/?key=x#frag", "http://h:8000/v1"),
    ("https://api.openai.com/v1/", "https://api.openai.com/v1"),
    ("http://h/v1", "http://h/v1"),
])
def test_clean_base_url(url, clean):
    assert clean_base_url(url) == clean


def test_url_path_trailing_characters():
    assert clean_base_url("http://h/apiX/") == "http://h/apiX"  # only slashes are stripped
    assert clean_base_url("http:///v1") == "http:///v1"  # no host: nothing invented
    assert OpenAIGenerator(model="m", base_url="http://127.0.0.1:9/X/").base_url == "http://127.0.0.1:9/X"


def test_credentials_in_base_url_are_registered_as_secrets(monkeypatch):
    from empathy_core import secrets
    from empathy_core.secrets import scrub

    monkeypatch.setattr(secrets, "_registered", set())  # none left from earlier tests in this process

    OpenAIGenerator(model="m", base_url="http://user:pw-Secret-777@127.0.0.1:9/v1"
                                        "?api-key=QueryKey-123456&token=abc=def123&x=Other-val-99")
    assert scrub("a pw-Secret-777 b QueryKey-123456 c Other-val-99 d abc=def123") == "a *** b *** c *** d ***"


def test_key_name_selects_the_keys_file_entry(tmp_path, monkeypatch):
    import json
    import os

    keys = tmp_path / "keys.json"
    keys.write_text(json.dumps({"openai": "sk-openai-file-123456", "other": "sk-other-file-654321"}))
    os.chmod(keys, 0o600)
    monkeypatch.setenv("EMPATHY_KEYS_FILE", str(keys))
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    assert OpenAIGenerator(model="m", base_url="https://api.openai.com/v1")._key == "sk-openai-file-123456"
    g = OpenAIGenerator(model="m", base_url="https://api.openai.com/v1", key_name="other")
    assert g._key == "sk-other-file-654321"


# -- the final error texts, statuses worth a retry, Retry-After on other statuses -------------------

def test_final_error_texts_for_timeouts_and_dropped_connections(server, keyenv):
    from remote_testutil import run_all, spec

    from empathy_core.models import Sample
    from empathy_core.plugins import get_registry

    srv = server(plan={"t": ["timeout", "timeout"], "d": ["drop", "drop"]}, hang_s=3.0)
    gen = get_registry().generator(spec(srv, "openai", timeout=0.5, retries=1))
    t, d = run_all(gen, [Sample.from_prompt("a", "t"), Sample.from_prompt("b", "d")])
    assert t.error == "openai: failed after 2 attempts: timed out after 0.5s (ReadTimeout)"
    assert d.error == ("openai: failed after 2 attempts: connection error: RemoteProtocolError: "
                       "Server disconnected without sending a response.")


class _ScriptedServer:
    """A bare HTTP server on 127.0.0.1 answering Chat Completions requests from a script of
    (status, headers) per request, then 200; it records (text, monotonic time) of each request."""

    def __init__(self, script):
        import http.server
        import json
        import threading

        self.script, self.requests, self.lock = list(script), [], threading.Lock()
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["content-length"])))
                with outer.lock:
                    outer.requests.append((body["messages"][-1]["content"], time.monotonic()))
                    status, headers, *raw_body = outer.script.pop(0) if outer.script else (200, {})
                if raw_body:
                    data = raw_body[0]
                elif status == 200:
                    data = {"choices": [{"message": {"content": "ok"}}],
                            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
                else:
                    data = {"error": {"message": f"status {status}"}}
                raw = data.encode() if isinstance(data, str) else json.dumps(data).encode()
                self.send_response(status)
                for k, v in {"content-type": "application/json", "content-length": str(len(raw)), **headers}.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(raw)

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def times(self, text):
        return [t for x, t in self.requests if x == text]

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def scripted():
    made = []

    def make(script):
        made.append(_ScriptedServer(script))
        return made[-1]

    yield make
    for s in made:
        s.close()


def _run(srv, samples, **opts):
    from remote_testutil import run_all

    from empathy_core.models import Sample

    gen = OpenAIGenerator(model="m", base_url=srv.url, backoff=0.001, **opts)
    return run_all(gen, [Sample.from_prompt(f"s{i}", t) for i, t in enumerate(samples)])


def test_408_is_retried(scripted):
    srv = scripted([(408, {})])
    (g,) = _run(srv, ["x"])
    assert g.ok and g.meta["attempts"] == 2 and len(srv.times("x")) == 2


@pytest.mark.parametrize("status", [500, 502])
def test_retry_after_on_a_server_error_is_waited_for(scripted, status, caplog):
    import logging

    caplog.set_level(logging.INFO, logger="empathy_remote")
    srv = scripted([(status, {"Retry-After": "0.5"})])
    (g,) = _run(srv, ["x"])
    assert g.ok and g.meta["attempts"] == 2
    first, second = srv.times("x")
    assert second - first >= 0.5 - 0.01  # not the 1 ms backoff
    msgs = [r.getMessage() for r in caplog.records if r.name == "empathy_remote"]
    assert len(msgs) == 1 and msgs[0].startswith(f"openai: attempt 1 failed (HTTP {status}: status {status}); retrying in 0.5")


def test_503_with_retry_after_pauses_the_whole_generator(scripted):
    import asyncio

    from empathy_core.models import Sample

    srv = scripted([(503, {"Retry-After": "0.6"})])
    gen = OpenAIGenerator(model="m", base_url=srv.url, backoff=0.001, concurrency=2)

    async def main():
        try:
            a = asyncio.create_task(gen.agenerate(Sample.from_prompt("a", "first")))
            deadline = time.monotonic() + 30
            while gen._cooldown_until == 0.0 and time.monotonic() < deadline:
                await asyncio.sleep(0.005)
            assert gen._cooldown_until > 0.0  # the 503's Retry-After set the generator-wide cool-down
            b = await gen.agenerate(Sample.from_prompt("b", "second"))
            return await a, b
        finally:
            await gen.aclose()

    a, b = asyncio.run(main())
    assert a.ok and b.ok
    assert srv.times("second")[0] - srv.times("first")[0] >= 0.6 - 0.01


def test_more_concurrency_than_one_pool_uses_several_clients(scripted):
    """concurrency 16 > POOL_SIZE (8): two HTTP clients of 8 connections, used in turn, so that more
    than 8 requests are in flight together (one client alone would queue everything past 8)."""
    import threading

    from empathy_remote.remote import POOL_SIZE

    assert POOL_SIZE == 8
    srv = scripted([])
    inflight = {"now": 0, "max": 0}
    lock = threading.Lock()
    handler = srv.httpd.RequestHandlerClass
    orig = handler.do_POST

    def slow_post(self):
        with lock:
            inflight["now"] += 1
            inflight["max"] = max(inflight["max"], inflight["now"])
        time.sleep(2.5)  # longer than a SYN retransmission (1 s) after a full listen backlog, and a loaded client
        try:
            orig(self)
        finally:
            with lock:
                inflight["now"] -= 1

    handler.do_POST = slow_post
    out = _run(srv, [f"q{i}" for i in range(16)], concurrency=16)
    assert all(g.ok for g in out)
    assert POOL_SIZE < inflight["max"] <= 16


def test_400_is_final_not_retried(scripted):
    srv = scripted([(400, {})])
    (g,) = _run(srv, ["x"])
    assert g.error == "openai: HTTP 400: status 400" and len(srv.times("x")) == 1


def test_malformed_and_unexpected_bodies_error_texts(scripted):
    long_broken = '{"choices": [{"message": {"content": "' + "x" * 200
    srv = scripted([(200, {}, long_broken), (200, {}, long_broken), (200, {}, {"choices": []}),
                    (200, {}, {"choices": []})])
    (g,) = _run(srv, ["x"], retries=1)
    assert g.error == ("openai: failed after 2 attempts: malformed JSON in the response (HTTP 200): "
                       + long_broken[:80] + "...")  # the body cut at 80 characters
    (h,) = _run(srv, ["y"], retries=1)
    assert h.error == "openai: failed after 2 attempts: unexpected response shape (IndexError: list index out of range)"
