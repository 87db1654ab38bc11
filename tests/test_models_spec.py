import pytest

from empathy_core import Sample, Turn
from empathy_core.errors import ComponentError
from empathy_core.spec import parse_spec, redact_spec


def test_turns_from_strings_alternate_ending_with_user():
    s = Sample.from_prompt("1", ["I feel alone", "I'm here.", "Will you stay?"])
    assert [t.role for t in s.turns] == ["user", "assistant", "user"]
    assert s.prompt == "Will you stay?"


def test_turns_from_objects_and_invalid_role():
    s = Sample.from_prompt("1", [{"role": "system", "content": "be kind"}, {"role": "user", "content": "hi"}])
    assert s.turns[0] == Turn("system", "be kind")
    with pytest.raises(ValueError, match="role"):
        Sample.from_prompt("1", [{"role": "robot", "content": "x"}])


def test_content_hash_depends_on_turns_not_meta():
    a = Sample.from_prompt("1", "hello", meta={"category": "Love"})
    b = Sample.from_prompt("1", "hello", meta={"category": "Other"})
    c = Sample.from_prompt("1", "hello!")
    assert a.content_hash() == b.content_hash() != c.content_hash()


def test_sample_dict_roundtrip():
    s = Sample.from_prompt("x", ["a", "b", "c"], language="fr", references=("r",), meta={"emotion": "sad"})
    assert Sample.from_dict(s.to_dict()) == s


def test_parse_spec():
    assert parse_spec("bleu") == ("bleu", {})
    assert parse_spec("openai:model=gpt-4o,base_url=http://h:8000/v1,temperature=0") == (
        "openai", {"model": "gpt-4o", "base_url": "http://h:8000/v1", "temperature": "0"})
    assert parse_spec(r"x:system=a\, b") == ("x", {"system": "a, b"})
    with pytest.raises(ComponentError):
        parse_spec("x:novalue")
    with pytest.raises(ComponentError):
        parse_spec("x:a=1,a=2")
    with pytest.raises(ComponentError):
        parse_spec("9bad")


def test_redact_spec_hides_secret_options():
    assert redact_spec("openai:model=m,api_key=sk-123456") == "openai:model=m,api_key=***"
    assert redact_spec("x:token=tok-abcdef") == "x:token=***"
