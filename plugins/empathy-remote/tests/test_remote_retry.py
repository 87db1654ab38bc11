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


def test_credentials_in_base_url_are_registered_as_secrets():
    from empathy_core.secrets import scrub

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
