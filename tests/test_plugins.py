"""Hook registration, lazy loading, collisions, capabilities (in-process registries)."""

import subprocess
import sys
import types

import attrs
import pytest

from empathy_core import Capabilities, ItemScore, Scorer, hookimpl
from empathy_core.errors import ComponentError, PluginCollisionError, PluginError
from empathy_core.plugins import PluginWarning, build_registry


def _plugin(**hooks):
    mod = types.SimpleNamespace()
    for name, fn in hooks.items():
        setattr(mod, name, hookimpl(fn))
    return mod


@attrs.define
class Echo(Scorer):
    name = "echo"
    version = "2.0"
    capabilities = Capabilities(languages={"en"}, higher_is_better={"n": True})
    times: int = attrs.field(default=1, converter=int)

    def score(self, items):
        return [ItemScore(scores={"echo.n": float(self.times)}) for _ in items]


def test_register_records_plugin_and_builds_with_options():
    reg = build_registry(entrypoints=False, extra=[("mine", _plugin(register_scorers=lambda register: register("echo", Echo)))])
    e = reg.entry("scorers", "echo")
    assert e.plugin == "mine"
    sc = reg.scorer("echo:times=3")
    assert sc.times == 3 and sc.signature() == "echo:2.0|times:3"
    assert "echo" in reg.plugins["mine"].components["scorers"]
    with pytest.raises(ComponentError, match="times"):
        reg.scorer("echo:tims=3")
    with pytest.raises(ComponentError, match="unknown scorer 'nope'"):
        reg.scorer("nope")


def test_collision_keeps_the_first_and_warns_once_naming_both(monkeypatch):
    monkeypatch.delenv("EMPATHY_STRICT_PLUGINS", raising=False)
    a = _plugin(register_scorers=lambda register: register("echo", Echo))
    b = _plugin(register_scorers=lambda register: (register("echo", Echo), register("echo2", Echo)))
    with pytest.warns(PluginWarning) as rec:
        reg = build_registry(entrypoints=False, extra=[("alpha", a), ("beta", b)])
    msgs = [str(w.message) for w in rec]
    assert msgs == ["empathy-core: scorer name 'echo' is registered by two plugins: 'alpha' and 'beta'; kept the "
                    "first, refused 'beta''s. To silence this, block 'beta' with EMPATHY_DISABLE_PLUGINS=beta "
                    "(EMPATHY_STRICT_PLUGINS=1 makes this an error)"]
    assert reg.entry("scorers", "echo").plugin == "alpha" and reg.entry("scorers", "echo2").plugin == "beta"
    assert reg.collisions == msgs


def test_collision_with_builtin_keeps_core_strict_mode_raises(monkeypatch):
    p = _plugin(register_scorers=lambda register: register("bleu", Echo))
    with pytest.warns(PluginWarning, match="'empathy_core.builtin' .* and 'thief'"):
        reg = build_registry(entrypoints=False, extra=[("thief", p)])
    assert reg.entry("scorers", "bleu").plugin == "empathy_core.builtin"
    monkeypatch.setenv("EMPATHY_STRICT_PLUGINS", "1")
    with pytest.raises(PluginCollisionError, match="empathy_core.builtin"):
        build_registry(entrypoints=False, extra=[("thief", p)])


def test_invalid_registrations_are_refused_with_plugin_name():
    for bad in (lambda register: register("bad name!", Echo),
                lambda register: register("x", 42),
                lambda register: register("x", "no_colon_here"),
                lambda register: register("x", dict)):
        p = _plugin(register_scorers=bad)
        with pytest.warns(UserWarning, match="'badplug'"):
            reg = build_registry(entrypoints=False, extra=[("badplug", p)])
        assert "badplug" in reg.failed


def test_strict_mode_turns_plugin_failure_into_error(monkeypatch):
    monkeypatch.setenv("EMPATHY_STRICT_PLUGINS", "1")
    p = _plugin(register_scorers=lambda register: register("x", 42))
    with pytest.raises(PluginError, match="badplug"):
        build_registry(entrypoints=False, extra=[("badplug", p)])


def test_lazy_string_factory_imports_only_on_use(tmp_path, monkeypatch):
    (tmp_path / "lazy_mod_for_test.py").write_text(
        "import attrs\nfrom empathy_core import Scorer, ItemScore\n"
        "@attrs.define\nclass L(Scorer):\n    name='lazy'\n    def score(self, items):\n"
        "        return [ItemScore(scores={'lazy.x': 1.0}) for _ in items]\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    p = _plugin(register_scorers=lambda register: register("lazy", "lazy_mod_for_test:L"))
    reg = build_registry(entrypoints=False, extra=[("lz", p)])
    assert "lazy_mod_for_test" not in sys.modules
    reg.scorer("lazy")
    assert "lazy_mod_for_test" in sys.modules
    p2 = _plugin(register_scorers=lambda register: register("broken", "no_such_module_xyz:Thing"))
    reg2 = build_registry(entrypoints=False, extra=[("lz2", p2)])
    with pytest.raises(PluginError, match="no_such_module_xyz"):
        reg2.scorer("broken")


def test_detect_language_plugin_first_default_last():
    reg = build_registry(entrypoints=False)
    assert reg.detect_language("Je ne peux pas être ta petite amie, mais je suis là pour toi.") == "fr"
    always = _plugin(detect_language=lambda text: "xx")
    assert build_registry(entrypoints=False, extra=[("d", always)]).detect_language("Hello there my friend") == "xx"
    abstain = _plugin(detect_language=lambda text: None)
    assert build_registry(entrypoints=False, extra=[("d", abstain)]).detect_language(
        "Hello there my friend, how are you doing today?") == "en"


def test_builtins_are_default_plugins():
    reg = build_registry(entrypoints=False)
    info = reg.plugins["empathy_core.builtin"]
    assert info.default and info.distribution == "empathy-core"
    assert {"bleu", "distinct", "length"} <= set(info.components["scorers"])
    assert {"jsonl", "csv"} <= set(info.components["datasets"])
    assert "replay" in info.components["generators"]


def test_import_is_light():
    code = ("import sys, empathy_core; from empathy_core.plugins import get_registry; "
            "from empathy_core.cli import build_cli; r = get_registry(); build_cli(); "
            "r.list('scorers'); r.list('generators'); "
            "print(sorted(m for m in ('torch', 'transformers', 'spacy', 'sentence_transformers') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
