"""Secret scrubbing (by environment-variable name and by registration) and spec parsing/redaction,
case by case: each secret-looking name, the length threshold, longest-first replacement."""

from __future__ import annotations

import pytest

from empathy_core import secrets
from empathy_core.errors import ComponentError
from empathy_core.secrets import register_secret, scrub
from empathy_core.spec import SECRET_KEYS, parse_spec, redact_options, redact_spec


@pytest.fixture(autouse=True)
def _clean_registry(monkeypatch):
    """Each test starts with no registered secrets and none of the caller's secret-looking variables."""
    monkeypatch.setattr(secrets, "_registered", set())
    for k in [k for k in __import__("os").environ if secrets._SECRET_ENV.search(k)]:
        monkeypatch.delenv(k)


@pytest.mark.parametrize("var", [
    "MYPROVIDER_API_KEY",  # read by no generator: scrubbed by its name alone
    "SOME_KEY", "key", "HF_TOKEN", "github_token", "APP_SECRET", "DB_PASSWORD", "FTP_PASSWD",
    "AWS_CREDENTIALS", "BASIC_AUTH", "x_Auth_header",
])
def test_values_of_secret_looking_env_names_are_scrubbed(monkeypatch, var):
    value = "v4lue-Of-" + var
    monkeypatch.setenv(var, value)
    assert scrub(f"request failed: key={value}; again {value}.") == "request failed: key=***; again ***."


@pytest.mark.parametrize("var", ["HOME_DIR", "LANGUAGE", "EMPATHY_DB", "PATHS"])
def test_other_env_values_are_kept(monkeypatch, var):
    monkeypatch.setenv(var, "not-a-secret-value")
    assert scrub("x not-a-secret-value y") == "x not-a-secret-value y"


def test_name_match_is_a_search_anywhere_in_the_name(monkeypatch):
    monkeypatch.setenv("MONKEY_BUSINESS", "banana-split")  # contains KEY
    assert scrub("a banana-split") == "a ***"


def test_short_values_are_left_alone(monkeypatch):
    """Values shorter than MIN_LEN (6) would scrub ordinary words; exactly 6 is scrubbed."""
    assert secrets.MIN_LEN == 6
    monkeypatch.setenv("A_TOKEN", "abcde")
    monkeypatch.setenv("B_TOKEN", "fghijk")
    monkeypatch.setenv("C_TOKEN", "")
    assert scrub("abcde fghijk") == "abcde ***"


def test_registered_secrets_and_threshold():
    register_secret("s3cr3t-from-keys-file")
    register_secret("short")  # 5 characters: ignored
    register_secret("sixsix")  # 6: kept
    register_secret(None)
    register_secret("")
    assert secrets._registered == {"s3cr3t-from-keys-file", "sixsix"}
    assert scrub("a s3cr3t-from-keys-file b short c sixsix") == "a *** b short c ***"


def test_longest_secret_is_replaced_first(monkeypatch):
    register_secret("zz-secret")
    register_secret("aa-zz-secret-long")
    # the shorter secret inside the longer one must not leave the longer one's head and tail behind
    # (an alphabetical order would replace "zz-secret" first)
    assert scrub("k=aa-zz-secret-long") == "k=***"
    assert secrets._secret_values() == ["aa-zz-secret-long", "zz-secret"]


def test_env_and_registered_values_merge(monkeypatch):
    monkeypatch.setenv("SERVICE_API_KEY", "env-secret-1234")
    register_secret("reg-secret-56789")
    assert secrets._secret_values() == ["reg-secret-56789", "env-secret-1234"]  # longest first
    assert scrub("env-secret-1234 reg-secret-56789") == "*** ***"


def test_scrub_passes_empty_and_none_through():
    register_secret("whatever-123")
    assert scrub(None) is None
    assert scrub("") == ""
    assert scrub("nothing secret here") == "nothing secret here"


# -- specs ---------------------------------------------------------------------------------------

def test_parse_spec_cases():
    assert parse_spec("  bleu  ") == ("bleu", {})
    assert parse_spec("bleu:") == ("bleu", {})
    assert parse_spec("bleu:   ") == ("bleu", {})
    assert parse_spec("a.b-c_d:x=1") == ("a.b-c_d", {"x": "1"})
    assert parse_spec("n: k = v ,j=w") == ("n", {"k": "v", "j": "w"})
    assert parse_spec("n:k=a=b:c") == ("n", {"k": "a=b:c"})
    assert parse_spec("n:k=,j=2,") == ("n", {"k": "", "j": "2"})  # a trailing comma is harmless
    assert parse_spec("n:k=1, ") == ("n", {"k": "1"})
    assert parse_spec(r"n:k=a\,b\,c,j=1") == ("n", {"k": "a,b,c", "j": "1"})


@pytest.mark.parametrize("bad, msg", [
    ("9bad", "invalid component name '9bad'"),
    ("", "invalid component name ''"),
    ("_x", "invalid component name '_x'"),
    ("a b", "invalid component name 'a b'"),
    ("x:novalue", "invalid option 'novalue' in spec 'x:novalue': expected key=value"),
    ("x:=v", "invalid option '=v'"),
    ("x:1k=v", "invalid option '1k=v'"),
    ("x:a=1,a=2", "option 'a' given twice in spec 'x:a=1,a=2'"),
    ("x:a=1,,b=2", "empty option in the spec of 'x' (after 'a'): remove the extra comma "
                   "(write a literal comma in a value as \\,)"),
    ("x:a=1, ,b=2", "empty option in the spec of 'x' (after 'a')"),
    ("x:,a=1", "empty option in the spec of 'x' (before the first option)"),
    ("x:k = v=w,,b=2", "empty option in the spec of 'x' (after 'k')"),
])
def test_parse_spec_errors(bad, msg):
    with pytest.raises(ComponentError) as e:
        parse_spec(bad)
    assert msg in str(e.value)


@pytest.mark.parametrize("key, secret", [
    ("api_key", True), ("apikey", True), ("openai_api_key", True), ("key", True), ("KEY", True),
    ("token", True), ("hf_token", True), ("secret", True), ("password", True), ("passwd", True),
    ("auth", True), ("authorization", True), ("x_authorization", True),
    ("key_name", False), ("api_key_env", False), ("keyword", False), ("monkey", False), ("model", False),
    ("tokens", False), ("max_tokens", False), ("author", False),
])
def test_secret_option_names(key, secret):
    assert bool(SECRET_KEYS.search(key)) is secret
    assert redact_options({key: "val", "model": "m"}) == {key: "***" if secret else "val", "model": "m"}


def test_redact_spec_cases():
    assert redact_spec("openai:model=m,api_key=sk-123456") == "openai:model=m,api_key=***"
    assert redact_spec("x:token=tok-abcdef") == "x:token=***"
    assert redact_spec("bleu") == "bleu"
    assert redact_spec("bleu:") == "bleu"
    assert redact_spec(r"x:system=a\, b,password=p") == r"x:system=a\, b,password=***"
    # an unparsable spec keeps only its name part, so nothing after the colon can leak
    assert redact_spec("x:api_key") == "x"
    assert redact_spec("x:a=1,a=sk-secret") == "x"
    assert redact_spec("x:api_key=sk-1:2,api_key=sk-3") == "x"  # not "x:api_key=sk-1"
