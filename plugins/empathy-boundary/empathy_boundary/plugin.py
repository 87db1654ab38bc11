"""The boundary scorer's plugin (a default plugin of the core): language packs, the ``boundary``
scorer and the ``overshare`` / ``boundary-mini`` datasets. Nothing heavy is imported here."""

from __future__ import annotations

from collections.abc import Callable

from empathy_core.hookspecs import hookimpl

from .packs import available_codes

EMPATHY_CORE_API = "1"

_NAMES = {"en": "English", "fr": "French", "de": "German", "it": "Italian", "es": "Spanish", "ms": "Malay"}


def _pack_factory(code: str) -> Callable[[], object]:
    def factory() -> object:
        from .pack import builtin_pack

        return builtin_pack(code)

    factory.__name__ = f"{code}_pack"
    return factory


@hookimpl
def register_languages(register):  # type: ignore[no-untyped-def]
    for code in available_codes():  # only packs whose module exists
        register(code, _pack_factory(code), description=f"{_NAMES.get(code, code)} boundary patterns + spaCy tokenizer")


@hookimpl
def register_scorers(register):  # type: ignore[no-untyped-def]
    register("boundary", "empathy_boundary.scorer:BoundaryScorer",
             description="Seven emotional-boundary patterns per response, 0-10 score, evidence spans")


@hookimpl
def register_datasets(register):  # type: ignore[no-untyped-def]
    register("overshare", "empathy_boundary.datasets:OvershareDataset",
             description="Beyond No / overshare.csv emotional-boundary prompts (path=)")
    register("boundary-mini", "empathy_boundary.datasets:BoundaryMiniDataset",
             description="Bundled Love/Attachment/Dependence prompts per language (language=)")


@hookimpl
def register_commands(cli):  # type: ignore[no-untyped-def]
    import click

    @cli.group("boundary")
    def boundary() -> None:
        """The boundary scorer: train the learned stage, evaluate on labelled sets."""

    @boundary.command("train")
    @click.option("--mode", type=click.Choice(["learned", "ensemble", "both"]), default="both", show_default=True,
                  help="heads without (learned) or with (ensemble) the rule hits as features")
    @click.option("--blocks", default="enc,ngram", show_default=True,
                  help="feature blocks besides the rule hits: enc (sentence encoder), ngram (word uni/bigrams)")
    @click.option("--encoder", default="use", show_default=True, help="use | e5 | st:/path/to/sentence-transformers-model")
    @click.option("--name", default=None, help="heads name (default: the mode's name)")
    @click.option("--out", type=click.Path(file_okay=False), default=None,
                  help="folder for NAME.json/.npz (default: the package's heads/)")
    @click.option("--with-devsets", type=click.Path(exists=True, file_okay=False), default=None,
                  help="also train on the labelled *.jsonl of this folder (e.g. the rule dev sets)")
    @click.option("--seed", default=0, show_default=True, type=int)
    @click.option("--lead-words", default=None, type=click.IntRange(min=0),
                  help="n-grams of the first N words also as position-marked features (0: none) "
                       "[default: empathy_boundary.learned.LEAD_WORDS]")
    @click.option("--stacking/--no-stacking", default=True, show_default=True,
                  help="ensemble heads: learn the weight of the rule hits on data/stack/ (rows the rules were "
                       "not tuned on) instead of jointly on the training rows")
    @click.option("--cross", is_flag=True,
                  help="stacked ensemble heads with the English MiniLM cross-encoder over (response, prompt) as "
                       "one more stage-2 column: the heads of mode=cross (needs empathy-metrics; about an hour on 2 cores)")
    @click.option("--prompt", is_flag=True,
                  help="stacked ensemble heads with a head over the user's prompt as one more stage-2 column: "
                       "the opt-in heads of boundary:prompt_heads=ensemble-prompt")
    @click.option("--cross-epochs", default=None, type=click.IntRange(min=1),
                  help="cross-encoder fine-tuning epochs [default: empathy_boundary.cross.EPOCHS]")
    @click.option("--cross-frozen", default=None, type=click.IntRange(min=0, max=5),
                  help="MiniLM layers (of 6) kept as shipped; the ones above are fine-tuned "
                       "[default: empathy_boundary.cross.FROZEN]")
    @click.option("--train-dir", type=click.Path(exists=True, file_okay=False), default=None,
                  help="labelled training rows (*.jsonl) [default: the package's data/train/]")
    @click.option("--stack-dir", type=click.Path(exists=True, file_okay=False), default=None,
                  help="labelled stacking rows (*.jsonl) [default: the package's data/stack/]")
    def train_cmd(mode: str, blocks: str, encoder: str, name: str | None, out: str | None, with_devsets: str | None,
                  seed: int, lead_words: int | None, stacking: bool, cross: bool, prompt: bool,
                  cross_epochs: int | None, cross_frozen: int | None,
                  train_dir: str | None, stack_dir: str | None) -> None:
        """Train the learned stage's heads on data/train/*.jsonl (5-fold CV picks C and thresholds);
        ensemble heads are stacked on data/stack/*.jsonl (see docs/BOUNDARY.md)."""
        from pathlib import Path

        from .learned import HEADS_DIR, LEAD_WORDS
        from .train import train, train_stacked

        extra = sorted(Path(with_devsets).glob("*.jsonl")) if with_devsets else []
        base = [b.strip() for b in blocks.split(",") if b.strip()]
        bad = [b for b in base if b not in ("enc", "ngram")]
        if bad or not base:
            raise click.BadParameter(f"unknown block(s) {bad}; use enc and/or ngram", param_hint="--blocks")
        if stacking and extra and mode != "learned":
            raise click.BadParameter("stacked ensemble heads do not take extra training sets; add --no-stacking",
                                     param_hint="--with-devsets")
        if cross and (mode != "ensemble" or not stacking):
            raise click.BadParameter("the cross-encoder joins stacked ensemble heads: use --mode ensemble "
                                     "(with stacking)", param_hint="--cross")
        if prompt and (mode != "ensemble" or not stacking or cross):
            raise click.BadParameter("the prompt head joins stacked ensemble heads without the cross-encoder: use "
                                     "--mode ensemble (with stacking, without --cross)", param_hint="--prompt")
        log = lambda s: click.echo(s, err=True)  # noqa: E731
        out_dir = Path(out) if out else HEADS_DIR
        lead = LEAD_WORDS if lead_words is None else lead_words
        for m in (("learned", "ensemble") if mode == "both" else (mode,)):
            if m == "ensemble" and stacking:
                try:
                    default = "ensemble-cross" if cross else "ensemble-prompt" if prompt else m
                    train_stacked(name or default, base, encoder, out_dir=out_dir,
                                  train_dir=Path(train_dir) if train_dir else None,
                                  stack_dir=Path(stack_dir) if stack_dir else None, seed=seed, lead_words=lead,
                                  cross=cross, cross_epochs=cross_epochs, cross_frozen=cross_frozen, prompt=prompt,
                                  log=log)
                except (ValueError, ImportError) as e:
                    raise click.ClickException(str(e)) from None
            else:
                train(name or m, base + (["rules"] if m == "ensemble" else []), encoder,
                      out_dir=out_dir, train_dir=Path(train_dir) if train_dir else None, extra=extra, seed=seed,
                      lead_words=lead, log=log)

    @boundary.command("eval")
    @click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
    @click.option("--scorer", "spec", default="boundary", show_default=True, help="boundary scorer spec")
    @click.option("--undeclared", is_flag=True, help="do not give the scorer the rows' language")
    def eval_cmd(files: tuple[str, ...], spec: str, undeclared: bool) -> None:
        """Per-pattern precision/recall/F1 and refusal agreement of a labelled set (JSON)."""
        import json

        from empathy_core.plugins import get_registry

        from .evalsets import load, pattern_report, predictions, refusal_agreement

        reg = get_registry()
        sc = reg.create("scorers", spec)
        why = sc.unavailable()
        if why:
            raise click.ClickException(why)
        out = {"scorer": sc.signature(), "sets": {}}
        for f in files:
            try:
                rows = load(f)
            except ValueError as e:
                raise click.ClickException(str(e)) from None
            uns: list[str] = []
            pred = predictions(sc, rows, declared=not undeclared, unscored=uns)
            res: dict = {"n": len(rows), "unscored": uns}
            lab = [i for i, r in enumerate(rows) if "labels" in r]
            if lab:
                res.update(pattern_report([rows[i]["labels"] for i in lab], [pred[i] for i in lab]))
            ref = [i for i, r in enumerate(rows) if "refusal" in r]
            if ref:
                res["refusal"] = refusal_agreement([rows[i]["refusal"] for i in ref],
                                                   [pred[i]["direct_refusal"] for i in ref])
            out["sets"][f] = res
        click.echo(json.dumps(out, indent=1))
