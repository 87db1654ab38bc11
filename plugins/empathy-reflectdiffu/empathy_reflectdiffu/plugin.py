"""empathy-core plugin: generator ``reflectdiffu``, scorers ``emotion``/``intent``/``perplexity`` and the
``empathy reflectdiffu`` command group. Importing this module does not import torch."""

from __future__ import annotations

from empathy_core.hookspecs import hookimpl

EMPATHY_CORE_API = "1"


@hookimpl
def register_generators(register):  # type: ignore[no-untyped-def]
    register("reflectdiffu", "empathy_reflectdiffu.generator:ReflectDiffuGenerator",
             description="ReflectDiffu (clean-room) empathetic responses + predicted emotion/intent")


@hookimpl
def register_scorers(register):  # type: ignore[no-untyped-def]
    register("emotion", "empathy_reflectdiffu.scorers:EmotionAccuracy",
             description="Accuracy of the predicted emotion (generation meta) vs the gold emotion")
    register("intent", "empathy_reflectdiffu.scorers:IntentAccuracy",
             description="Accuracy of the chosen intent (generation meta) vs the gold response intent")
    register("perplexity", "empathy_reflectdiffu.scorers:PerplexityScorer",
             description="Perplexity of the reference under a ReflectDiffu checkpoint (lower is better)")


@hookimpl
def register_commands(cli):  # type: ignore[no-untyped-def]
    from .cli import group

    cli.add_command(group)
