"""The core's default plugin: built-in scorers, datasets, the replay generator and the
fallback language detector. Registered exactly like a third-party plugin."""

from __future__ import annotations

from .hookspecs import hookimpl


@hookimpl
def register_scorers(register):  # type: ignore[no-untyped-def]
    register("bleu", "empathy_core.scorers.bleu:BleuScorer", description="Cumulative corpus BLEU-1..4 (sacrebleu)")
    register("distinct", "empathy_core.scorers.distinct:DistinctScorer", description="Corpus Dist-1/Dist-2")
    register("length", "empathy_core.scorers.length:LengthScorer", description="Response length: words, characters")


@hookimpl
def register_datasets(register):  # type: ignore[no-untyped-def]
    register("jsonl", "empathy_core.loaders.files:JsonlDataset", description="Samples from a JSONL file (path=)")
    register("csv", "empathy_core.loaders.files:CsvDataset", description="Samples from a CSV file with column mapping")
    register("empathetic_dialogues", "empathy_core.loaders.empathetic_dialogues:EmpatheticDialoguesDataset",
             description="EmpatheticDialogues: one sample per listener turn (path=)")


@hookimpl
def register_generators(register):  # type: ignore[no-untyped-def]
    register("replay", "empathy_core.generators.replay:ReplayGenerator",
             description="Saved responses from a JSONL/CSV file (path=)")


@hookimpl(trylast=True)
def detect_language(text):  # type: ignore[no-untyped-def]
    from .langid import detect

    return detect(text)
