"""The ``empathy`` command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from . import __version__
from .errors import EmpathyError, InputError

KIND_CHOICES = ("generators", "scorers", "languages", "datasets")


def _registry() -> Any:
    from .plugins import get_registry

    return get_registry()


class _Group(click.Group):
    """Turns EmpathyError into a one-line message and exit status 2 (no traceback)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except EmpathyError as e:
            from .secrets import scrub

            click.echo(f"error: {scrub(str(e))}", err=True)
            ctx.exit(2)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="empathy-core")
@click.option("-v", "--verbose", count=True, help="More logging (-v info, -vv debug) on stderr.")
def cli(verbose: int) -> None:
    """Evaluate how dialogue systems handle emotion: empathy and honest emotional boundaries."""
    import logging

    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def _dump_json(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, indent=2, default=str))


@cli.command("plugins")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def plugins_cmd(as_json: bool) -> None:
    """List loaded plugins, their hooks and the components they provide."""
    reg = _registry()
    infos = [p.to_dict() for p in reg.plugins.values()]
    for name, msg in reg.failed.items():
        click.echo(f"FAILED {name}: {msg}", err=True)
    if as_json:
        _dump_json(infos)
        return
    from tabulate import tabulate

    rows = [[p["name"], p["distribution"] or "", p["version"] or "", ", ".join(p["hooks"]),
             "; ".join(f"{k}: {', '.join(v)}" for k, v in p["components"].items())] for p in infos]
    click.echo(tabulate(rows, headers=["plugin", "distribution", "version", "hooks", "components"], tablefmt="github"))


@cli.command("list")
@click.argument("kind", type=click.Choice(KIND_CHOICES))
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def list_cmd(kind: str, as_json: bool) -> None:
    """List registered generators, scorers, languages or datasets."""
    reg = _registry()
    entries = reg.list(kind)
    if as_json:
        _dump_json([e.to_dict() for e in entries])
        return
    from tabulate import tabulate

    click.echo(tabulate([[e.name, e.plugin, e.distribution or "", e.get_description()] for e in entries],
                        headers=["name", "plugin", "distribution", "description"], tablefmt="github"))


def _read_score_input(path: str, skip_invalid: bool) -> tuple[list[tuple[dict[str, Any], Any, Any]], list[InputError]]:
    from .io import iter_samples

    skipped: list[InputError] = []
    rows = list(iter_samples(path, skip_invalid=skip_invalid, skipped=skipped, with_response=True))
    return rows, skipped


def _report_skipped(skipped: list[InputError]) -> None:
    if skipped:
        click.echo(f"skipped {len(skipped)} invalid record(s):", err=True)
        for e in skipped[:50]:
            click.echo(f"  {e}", err=True)
        if len(skipped) > 50:
            click.echo(f"  … and {len(skipped) - 50} more", err=True)


@cli.command("score")
@click.option("--input", "input_path", required=True, type=click.Path(dir_okay=False),
              help="JSONL: id, prompt, response, [language, reference(s), meta].")
@click.option("--scorer", "scorers", multiple=True, required=True, help="Scorer spec (repeatable).")
@click.option("--output", type=click.Path(dir_okay=False), help="Write the input lines plus scores here (JSONL).")
@click.option("--summary", type=click.Path(dir_okay=False), help="Write corpus aggregates and signatures (JSON).")
@click.option("--skip-invalid", is_flag=True, help="Skip malformed lines (reported on stderr) instead of stopping.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal).")
@click.option("--bootstrap", type=click.IntRange(min=0), default=1000, show_default=True,
              help="Bootstrap resamples for the 95% intervals (0: none).")
def score_cmd(input_path: str, scorers: tuple[str, ...], output: str | None, summary: str | None,
              skip_invalid: bool, progress: bool | None, bootstrap: int) -> None:
    """Score saved responses (no generation, no database)."""
    from .runner import score_records

    rows, skipped = _read_score_input(input_path, skip_invalid)
    prog = sys.stderr.isatty() if progress is None else progress
    res = score_records([(s, r) for _, s, r in rows], list(scorers), prog, bootstrap=bootstrap)
    for name, reason in res.skipped.items():
        click.echo(f"scorer {name} skipped: {reason}", err=True)
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            for (rec, _, _), r in zip(rows, res.results):
                out = dict(rec)
                out.update(r)
                fh.write(json.dumps(out, ensure_ascii=False) + "\n")
    summ: dict[str, Any] = {**res.aggregates, "intervals": res.intervals, "signatures": res.signatures,
                            "n": len(rows), "skipped_records": len(skipped)}
    if res.skipped:
        summ["skipped_scorers"] = res.skipped
    if res.notes:
        summ["notes"] = res.notes
    if summary:
        Path(summary).write_text(json.dumps(summ, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    from tabulate import tabulate

    from .report import _pm

    click.echo(tabulate([(k, _pm(v, res.intervals.get(k))) for k, v in res.aggregates.items()],
                        headers=["metric", "value"], tablefmt="github", disable_numparse=True))
    for note in res.notes:
        click.echo(note)
    _report_skipped(skipped)


@cli.command("run")
@click.option("--dataset", required=True, help="Dataset spec, e.g. boundary-mini or jsonl:path=f.jsonl")
@click.option("--generator", required=True, help="Generator spec, e.g. replay:path=out.jsonl")
@click.option("--scorer", "scorers", multiple=True, help="Scorer spec (repeatable).")
@click.option("--limit", type=int, help="Only the first N samples.")
@click.option("--db", type=click.Path(dir_okay=False), help="SQLite file (default: user data dir, or $EMPATHY_DB).")
@click.option("--concurrency", type=int, help="Parallel requests for generators that support it.")
@click.option("--name", help="Run name; re-running a name resumes it (retrying only failures).")
@click.option("--by", default="language", show_default=True, help="Group the table by these fields.")
@click.option("--skip-invalid", is_flag=True, help="Skip malformed dataset records (reported) instead of stopping.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal).")
@click.option("--bootstrap", type=click.IntRange(min=0), default=1000, show_default=True,
              help="Bootstrap resamples for the 95% intervals (0: none).")
def run_cmd(dataset: str, generator: str, scorers: tuple[str, ...], limit: int | None, db: str | None,
            concurrency: int | None, name: str | None, by: str, skip_invalid: bool, progress: bool | None,
            bootstrap: int) -> None:
    """Generate responses for a dataset, score them and store the run."""
    from .report import build_report, render_table
    from .runner import evaluate
    from .store import Store

    prog = sys.stderr.isatty() if progress is None else progress
    ds: Any = dataset
    if skip_invalid:
        ds = _registry().dataset(dataset)
        if not hasattr(ds, "skip_invalid"):
            raise click.UsageError(f"dataset {ds.name!r} has no skip_invalid option")
        ds.skip_invalid = True
    res = evaluate(ds, generator, list(scorers), db=db, name=name, limit=limit, concurrency=concurrency,
                   progress=prog)
    if skip_invalid:
        _report_skipped(list(getattr(ds, "skipped", [])))
    click.echo(f"run {res.run_id}" + (f" ({res.name})" if res.name else "") +
               f": {res.n_samples} samples, {res.n_generated} generated, {res.n_cached} cached, "
               f"{res.n_errors} errors — {res.db}")
    for sc, reason in res.skipped_scorers.items():
        click.echo(f"scorer {sc} skipped: {reason}", err=True)
    with Store(res.db) as store:
        rep = build_report(store, res.run_id, [b for b in by.split(",") if b], bootstrap=bootstrap)
    click.echo(render_table([rep]))
    if res.n_errors:
        click.echo(f"{res.n_errors} sample(s) failed; re-run with the same --name to retry only those.", err=True)


@cli.command("runs")
@click.option("--db", type=click.Path(dir_okay=False), help="SQLite file (default: user data dir, or $EMPATHY_DB).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def runs_cmd(db: str | None, as_json: bool) -> None:
    """List stored runs."""
    from .store import Store

    with Store(db) as store:
        runs = store.list_runs()
    if as_json:
        _dump_json(runs)
        return
    from tabulate import tabulate

    click.echo(tabulate([[r["id"], r["name"] or "", r["status"], r["dataset"], r["generator"],
                          ",".join(s["name"] for s in r["scorers"]), r["n_samples"], r["created_at"]] for r in runs],
                        headers=["id", "name", "status", "dataset", "generator", "scorers", "samples", "created"],
                        tablefmt="github"))


def bootstrap_options(f: Any) -> Any:
    """--bootstrap, --seed and --correction (shared by report, run and eval)."""
    f = click.option("--correction", type=click.Choice(["none", "holm"]), default="none", show_default=True,
                     help="How comparisons mark a difference: its 95% interval excludes 0 (none), or its "
                          "Holm-adjusted p < 0.05 (holm; for many metrics at once).")(f)
    f = click.option("--seed", type=int, default=0, show_default=True, help="Seed of the bootstrap resamples.")(f)
    return click.option("--bootstrap", type=click.IntRange(min=0), default=1000, show_default=True,
                        help="Bootstrap resamples for the 95% intervals and paired tests (0: none).")(f)


@cli.command("report")
@click.argument("runs", nargs=-1, required=True)
@click.option("--db", type=click.Path(dir_okay=False), help="SQLite file (default: user data dir, or $EMPATHY_DB).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "html"]), default="table", show_default=True)
@click.option("--by", default="", help="Comma-separated fields to group by (language, category, any meta key; "
                                       "'language+category' crosses them).")
@click.option("--output", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
@bootstrap_options
def report_cmd(runs: tuple[str, ...], db: str | None, fmt: str, by: str, output: str | None, bootstrap: int,
               seed: int, correction: str) -> None:
    """Report one run (id, name or 'latest'), or compare several: each run after the first is
    compared with the first on their shared sample ids (paired bootstrap; see docs/STATISTICS.md)."""
    from .comparison import compare_runs
    from .report import RENDERERS, build_report
    from .store import Store

    with Store(db) as store:
        reports = [build_report(store, r, [b for b in by.split(",") if b], bootstrap=bootstrap, seed=seed)
                   for r in runs]
        comparisons = compare_runs(store, list(runs), bootstrap=bootstrap, seed=seed) if len(runs) > 1 else []
    text = RENDERERS[fmt](reports, comparisons, correction)
    if output:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(text, nl=False)


@cli.command("eval")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--dry-run", is_flag=True, help="List the runs the file would run (and which would resume); run nothing.")
@click.option("--db", type=click.Path(dir_okay=False), help="SQLite file (overrides the file's db).")
@click.option("--output", type=click.Path(dir_okay=False), help="Also write the summary and comparisons here (JSON).")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal).")
@bootstrap_options
def eval_cmd(file: str, dry_run: bool, db: str | None, output: str | None, progress: bool | None, bootstrap: int,
             seed: int, correction: str) -> None:
    """Run an evaluation written down in a TOML file (see docs/EVAL_FILES.md): every dataset with
    every generator, runs named <dataset>/<generator> (re-running resumes), then the comparison of
    the generators on each dataset."""
    from . import evalfile

    plan = evalfile.load_evalfile(file)
    unavailable = evalfile.check_components(plan)
    src = click.get_current_context().get_parameter_source
    if src("bootstrap") == click.core.ParameterSource.DEFAULT and plan.bootstrap is not None:
        bootstrap = plan.bootstrap
    if src("seed") == click.core.ParameterSource.DEFAULT and plan.seed is not None:
        seed = plan.seed
    if dry_run:
        status = evalfile.run_status(plan, db or plan.db)
        from tabulate import tabulate

        rows = [[r.name, r.dataset, r.generator, status[r.name] if r.generator_key not in unavailable
                 else f"cannot run here: {unavailable[r.generator_key]}"] for r in plan.runs]
        click.echo(tabulate(rows, headers=["run", "dataset", "generator", "state"], tablefmt="github"))
        click.echo(f"scorers: {', '.join(plan.scorers) or '(none)'}; database: {db or plan.db or 'default'}")
        return
    prog = sys.stderr.isatty() if progress is None else progress
    summary = evalfile.execute(plan, db=db, bootstrap=bootstrap, seed=seed, progress=prog,
                               echo=lambda m: click.echo(m, err=True))
    click.echo(evalfile.render_summary(plan, summary, correction), nl=False)
    if output:
        Path(output).write_text(json.dumps(summary, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
        click.echo(f"wrote {output}", err=True)
    if summary["failed"]:
        raise EmpathyError(f"{len(summary['failed'])} of {len(plan.runs)} run(s) failed: "
                           f"{', '.join(summary['failed'])} (the others are stored; re-run the file to resume)")


_plugins_added = False
_default_formatwarning: Any = None


def build_cli() -> click.Group:
    global _plugins_added
    if not _plugins_added:
        _plugins_added = True
        _registry().commands(cli)
    return cli


def _format_warning(message: Any, category: type, filename: str, lineno: int, line: str | None = None) -> str:
    from .plugins import PluginWarning

    if issubclass(category, PluginWarning):
        return f"warning: {message}\n"
    return _default_formatwarning(message, category, filename, lineno, line)


def main(argv: list[str] | None = None) -> Any:
    import warnings

    global _default_formatwarning
    _default_formatwarning = warnings.formatwarning
    warnings.formatwarning = _format_warning  # type: ignore[assignment]
    try:
        group = build_cli()
    except EmpathyError as e:  # e.g. a plugin collision, or a broken plugin in strict mode
        from .secrets import scrub

        click.echo(f"error: {scrub(str(e))}", err=True)
        sys.exit(2)
    return group.main(args=argv, prog_name="empathy")


if __name__ == "__main__":
    main()
