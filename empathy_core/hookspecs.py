"""Hook specifications: the whole plugin surface of empathy-core.

A plugin is a module (or object) with functions decorated by ``empathy_core.hookimpl`` whose
names match the specs below, published through the ``empathy_core`` entry-point group::

    [project.entry-points.empathy_core]
    length = "empathy_length"

Registration is lazy: ``register(name, factory)`` accepts a class, a callable or a
``"module:attr"`` string that is imported only when the component is first used, so heavy
libraries (torch, transformers, spaCy) never load at ``import empathy_core`` or ``empathy --help``.
"""

from __future__ import annotations

from typing import Any

import pluggy

PROJECT = "empathy_core"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def register_generators(register: Any) -> None:
    """Register response generators.

    Call ``register(name, factory, description="", capabilities=None)`` once per generator.
    ``factory`` is a :class:`empathy_core.Generator` subclass, a callable returning one, or a
    ``"module:attr"`` string resolved on first use. It is called with the spec's options as
    keyword arguments (``openai:model=gpt-4o,temperature=0`` -> ``model="gpt-4o", temperature="0"``).
    """


@hookspec
def register_scorers(register: Any) -> None:
    """Register scorers (:class:`empathy_core.Scorer`); same ``register`` signature as generators.
    A scorer's per-response keys are ``<name>.<metric>``."""


@hookspec
def register_languages(register: Any) -> None:
    """Register language packs: ``register(code, factory, description="")`` where ``code`` is the
    ISO 639-1 code and ``factory()`` returns a :class:`empathy_core.LanguagePack`."""


@hookspec
def register_datasets(register: Any) -> None:
    """Register datasets (:class:`empathy_core.Dataset`); options come from the spec, e.g.
    ``jsonl:path=prompts.jsonl``."""


@hookspec
def register_commands(cli: Any) -> None:
    """Add commands to the ``empathy`` command line. ``cli`` is the root :class:`click.Group`."""


@hookspec(firstresult=True)
def detect_language(text: str) -> str | None:
    """Return the ISO 639-1 code of ``text``'s language, or None to let the next plugin try.

    The first non-None answer wins. The core's default (langdetect, seeded) runs last, so a
    plugin's detector is asked first.
    """
