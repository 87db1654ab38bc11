"""``empathy reflectdiffu train|fit-emotion-probe``: click commands (torch is imported only when a command runs)."""

from __future__ import annotations

import json

import click

from .model_names import ABLATIONS, CONTEXT_ENCODERS


@click.command("train")
@click.option("--train", "train_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="ED training CSV (per-utterance or original format)")
@click.option("--valid", "valid_path", required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--out", required=True, type=click.Path(file_okay=False), help="checkpoint directory")
@click.option("--device", type=click.Choice(["cpu", "cuda"]), default="cpu", show_default=True)
@click.option("--epochs", type=int, default=10, show_default=True)
@click.option("--ablation", type=click.Choice(ABLATIONS), default="none", show_default=True)
@click.option("--baseline", is_flag=True, help="train the same-size plain Transformer encoder-decoder")
@click.option("--max-train", type=int, default=None, help="seeded random subset of N training samples")
@click.option("--max-valid", type=int, default=2000, show_default=True, help="first N validation samples")
@click.option("--valid-skip", type=int, default=0, show_default=True,
              help="leave out the first N validation samples (e.g. the ones results are reported on)")
@click.option("--batch-size", type=int, default=32, show_default=True)
@click.option("--lr", type=float, default=7e-4, show_default=True)
@click.option("--warmup", type=int, default=300, show_default=True, help="linear warm-up steps")
@click.option("--seed", type=int, default=13, show_default=True)
@click.option("--patience", type=int, default=3, show_default=True, help="evaluations without improvement")
@click.option("--eval-every", type=int, default=0, show_default=True, help="steps between validations (0: per epoch)")
@click.option("--max-minutes", type=float, default=None, help="stop after this much training time")
@click.option("--resume", is_flag=True, help="continue from the trainer state in --out")
@click.option("--threads", type=int, default=2, show_default=True)
@click.option("--d-model", type=int, default=256, show_default=True)
@click.option("--ff", type=int, default=512, show_default=True)
@click.option("--layers", type=int, default=2, show_default=True)
@click.option("--vocab-size", type=int, default=8000, show_default=True)
@click.option("--max-src", type=int, default=96, show_default=True)
@click.option("--max-tgt", type=int, default=40, show_default=True)
@click.option("--diffusion-steps", type=int, default=20, show_default=True)
@click.option("--delta", type=float, default=1.0, show_default=True, help="weight of L_em")
@click.option("--zeta", type=float, default=1.0, show_default=True, help="weight of L_twice")
@click.option("--eta", type=float, default=1.0, show_default=True, help="weight of L_res")
@click.option("--dropout", type=float, default=0.1, show_default=True)
@click.option("--schedule", type=click.Choice(["cosine", "noam"]), default="cosine", show_default=True,
              help="after the linear warm-up: cosine to 10 %, or noam (lr * sqrt(warmup/step), inverse-sqrt)")
@click.option("--label-smoothing", type=float, default=0.0, show_default=True,
              help="label smoothing of the response loss (perplexity stays unsmoothed)")
@click.option("--stop-on", type=click.Choice(["loss", "ppl"]), default="loss", show_default=True,
              help="validation metric for early stopping and the best checkpoint")
@click.option("--adam-beta2", type=float, default=0.999, show_default=True, help="AdamW beta2 (CEM/Noam: 0.98)")
@click.option("--context-encoder", type=click.Choice(CONTEXT_ENCODERS), default="none", show_default=True,
              help="frozen sentence embedding of the context feeding the emotion head (minilm: all-MiniLM-L6-v2, "
                   "needs the empathy-metrics plugin)")
@click.option("--no-progress", is_flag=True)
def train_command(train_path: str, valid_path: str, out: str, no_progress: bool, **kw: object) -> None:
    """Train ReflectDiffu (or the baseline) on EmpatheticDialogues."""
    from .train import TrainArgs, train

    try:
        train(TrainArgs(train=train_path, valid=valid_path, out=out, progress=not no_progress, **kw))  # type: ignore[arg-type]
    except ValueError as e:
        raise click.UsageError(str(e)) from e


@click.group("reflectdiffu")
def group() -> None:
    """ReflectDiffu empathetic response generator."""


group.add_command(train_command)


@click.command("fit-emotion-probe")
@click.option("--checkpoint", required=True, type=click.Path(exists=True, file_okay=False),
              help="a trained checkpoint with a context encoder (e.g. the run folder of v3)")
@click.option("--train", "train_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="ED train.csv (the probe is fitted on it; the validation split is not read)")
@click.option("--out", required=True, type=click.Path(file_okay=False), help="where to write the probed checkpoint")
@click.option("--context-cache", type=click.Path(exists=True, dir_okay=False), default=None,
              help="context_features.npz of the training run (default: the checkpoint's, if present)")
@click.option("--seed", type=int, default=13, show_default=True)
@click.option("--threads", type=int, default=2, show_default=True)
def fit_emotion_probe_command(checkpoint: str, train_path: str, out: str, context_cache: str | None, seed: int,
                              threads: int) -> None:
    """Fit the emotion probe (a linear classifier on the frozen context embedding) and write a copy of
    CHECKPOINT that predicts emotions with it."""
    from .probe import fit_emotion_probe

    try:
        info = fit_emotion_probe(checkpoint, train_path, out, context_cache=context_cache, seed=seed,
                                 threads=threads, log=lambda m: click.echo(m, err=True))
    except ValueError as e:
        raise click.UsageError(str(e)) from e
    click.echo(json.dumps(info))


group.add_command(fit_emotion_probe_command)
