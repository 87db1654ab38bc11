"""Keys file (mode 0600) and the `empathy keys` commands."""

from __future__ import annotations

import json
import os
import stat

import pytest
from click.testing import CliRunner
from empathy_remote.keys import KeysFileWarning, keys_path, load_keys, save_key
from remote_testutil import KEY, run_all, spec

from empathy_core.models import Sample
from empathy_core.plugins import get_registry


@pytest.fixture
def keyfile(tmp_path, monkeypatch):
    p = tmp_path / "cfg" / "keys.json"
    monkeypatch.setenv("EMPATHY_KEYS_FILE", str(p))
    return p


def _cli():
    from empathy_core.cli import build_cli

    return build_cli()


def test_save_and_load_with_mode_0600(keyfile):
    assert keys_path() == keyfile
    save_key("openai", KEY)
    assert stat.S_IMODE(keyfile.stat().st_mode) == 0o600
    assert load_keys() == {"openai": KEY}
    save_key("anthropic", "another-key-123")
    assert load_keys() == {"openai": KEY, "anthropic": "another-key-123"}


def test_unsafe_mode_is_refused(keyfile):
    save_key("openai", KEY)
    os.chmod(keyfile, 0o644)
    with pytest.warns(KeysFileWarning, match="chmod 600"):
        assert load_keys() == {}


def test_generator_uses_the_keys_file(keyfile, server, monkeypatch):
    srv = server()
    monkeypatch.delenv("NOT_SET_VAR", raising=False)
    save_key("openai", KEY)
    s = spec(srv, "openai").replace("api_key_env=EMPATHY_TEST_API_KEY", "api_key_env=NOT_SET_VAR")
    (g,) = run_all(get_registry().generator(s), [Sample.from_prompt("a", "hi")])
    assert g.ok, g.error
    assert srv.requests[0]["headers"]["authorization"] == f"Bearer {KEY}"
    # a named entry other than the provider's
    save_key("work", "work-key-ABCDEF")
    srv2 = server(keys={"openai": "work-key-ABCDEF"})
    s2 = spec(srv2, "openai", key_name="work").replace("api_key_env=EMPATHY_TEST_API_KEY", "api_key_env=NOT_SET_VAR")
    (g2,) = run_all(get_registry().generator(s2), [Sample.from_prompt("a", "hi")])
    assert g2.ok, g2.error


def test_keys_commands(keyfile):
    runner = CliRunner()
    r = runner.invoke(_cli(), ["keys", "path"])
    assert r.exit_code == 0 and r.output.strip() == str(keyfile)
    r = runner.invoke(_cli(), ["keys", "set", "mistral"], input=KEY + "\n")
    assert r.exit_code == 0, r.output
    assert KEY not in r.output
    assert json.loads(keyfile.read_text())["mistral"] == KEY
    assert stat.S_IMODE(keyfile.stat().st_mode) == 0o600
    r = runner.invoke(_cli(), ["keys", "list"])
    assert r.exit_code == 0 and "mistral" in r.output and KEY not in r.output
