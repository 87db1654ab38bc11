"""The documented way to add another language: a subclass registered by another plugin under its own name."""

from __future__ import annotations

import shutil
import types
from pathlib import Path
from typing import ClassVar

import attrs
import pytest

from empathy_core import Capabilities, Sample, ScoreInput
from empathy_core.errors import PluginError
from empathy_core.hookspecs import hookimpl
from empathy_core.plugins import build_registry

WEIGHTS = Path(__file__).resolve().parents[1] / "empathy_metrics" / "weights"


def _german_plugin(weights_dir: Path) -> types.SimpleNamespace:
    from empathy_metrics.scorers import EpitomeScorer

    @attrs.define
    class GermanEpitome(EpitomeScorer):
        name: ClassVar[str] = "epitome_de"
        capabilities: ClassVar[Capabilities] = Capabilities(languages={"de"})
        minilm_languages: ClassVar[frozenset[str]] = frozenset({"de"})  # its own MiniLM heads for German
        weights: str | None = attrs.field(default=str(weights_dir))

    @hookimpl
    def register_scorers(register):
        register("epitome_de", GermanEpitome, description="EPITOME mechanisms, German")

    return types.SimpleNamespace(register_scorers=register_scorers, EMPATHY_CORE_API="1")


def test_language_variant_through_the_hooks(tmp_path, torch_threads):
    for suffix in (".json", ".safetensors"):  # stand-in "German" weights: a copy of the English ones
        shutil.copy(WEIGHTS / f"epitome{suffix}", tmp_path / f"epitome{suffix}")
    reg = build_registry(extra=[("de", _german_plugin(tmp_path))])
    sc = reg.scorer("epitome_de")
    de = ScoreInput(sample=Sample.from_prompt("1", "Ich habe meine Arbeit verloren.", language="de"),
                    response="Das tut mir so leid. Wie geht es dir damit?")
    en = ScoreInput(sample=Sample.from_prompt("2", "I lost my job.", language="en"), response="So sorry. How are you?")
    r_de, r_en = sc.score([de, en])
    assert r_de.unscored is None and r_de.language == "de" and r_de.evidence["model"] == "minilm"
    assert "epitome_de.empathy" in r_de.scores and "epitome.empathy" not in r_de.scores  # keys are its own
    assert r_en.unscored == "epitome_de: the model is for de only; no model for 'en' (sample language)"
    assert "responses in other languages" in sc.report_notes([de, en], [r_de, r_en])[0]
    assert f"weights:{tmp_path}" in sc.signature()
    # the built-in scorer is untouched: German through its multilingual heads, Japanese unscored
    builtin = reg.scorer("epitome")
    ja = ScoreInput(sample=Sample.from_prompt("3", "仕事を失いました。", language="ja"), response="それは大変でしたね。")
    r_b, r_ja = builtin.score([de, ja])
    assert r_b.unscored is None and r_b.evidence["model"] == "multilingual"
    assert r_ja.unscored == "epitome: the model is for de, en, es, fr, it, ms only; no model for 'ja' (sample language)"


def test_reusing_the_name_is_refused(monkeypatch):
    from empathy_metrics.scorers import EpitomeScorer

    @hookimpl
    def register_scorers(register):
        register("epitome", EpitomeScorer)

    # the first registration keeps the name; the later one is refused with a warning (an error in
    # strict mode)
    with pytest.warns(UserWarning, match="registered by two plugins"):
        reg = build_registry(extra=[("clash", types.SimpleNamespace(register_scorers=register_scorers))])
    assert reg.entry("scorers", "epitome").plugin != "clash"
    monkeypatch.setenv("EMPATHY_STRICT_PLUGINS", "1")
    with pytest.raises(PluginError, match="registered by two plugins"):
        build_registry(extra=[("clash", types.SimpleNamespace(register_scorers=register_scorers))])
