"""The ``empathy`` command line."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import click

from . import __version__
from .errors import EmpathyError, InputError, UsageError

KIND_CHOICES = ("generators", "scorers", "languages", "datasets")


def _registry() -> Any:
    from .plugins import get_registry

    return get_registry()


#: exit statuses: everything done; the run finished but some generations or scorers failed;
#: a usage or input error (nothing was run)
EXIT_OK, EXIT_FAILURES, EXIT_USAGE = 0, 1, 2
_VERBOSE = 0


def _error(ctx: click.Context, message: str, status: int) -> None:
    import traceback

    from .secrets import scrub

    if _VERBOSE:
        click.echo(scrub(traceback.format_exc()), err=True, nl=False)
    click.echo(f"error: {scrub(message)}", err=True)
    ctx.exit(status)


class _Group(click.Group):
    """Turns errors into a one-line message (no traceback unless -v): EmpathyError (usage and
    input errors) exits 2; an unexpected exception exits 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except EmpathyError as e:
            _error(ctx, str(e), EXIT_USAGE)
        except (click.exceptions.Exit, click.ClickException, click.Abort, KeyboardInterrupt):
            raise
        except BrokenPipeError:  # `empathy ... | head`: the reader went away
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            ctx.exit(EXIT_OK)
        except Exception as e:  # noqa: BLE001 - no traceback reaches a user
            hint = "" if _VERBOSE else " (run with -v to see the traceback)"
            _error(ctx, f"unexpected {type(e).__name__}: {e}{hint}", EXIT_FAILURES)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="empathy-core")
@click.option("-v", "--verbose", count=True, help="More logging (-v info, -vv debug) on stderr.")
def cli(verbose: int) -> None:
    """Evaluate how dialogue systems handle emotion: empathy and honest emotional boundaries."""
    import logging

    global _VERBOSE
    _VERBOSE = verbose
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
    if reg.collisions:
        click.echo("")
        click.echo(f"refused registrations ({len(reg.collisions)}; the first plugin keeps the name):")
        for msg in reg.collisions:
            click.echo(f"  {msg.removeprefix('empathy-core: ')}")


@cli.command("list")
@click.argument("kind", type=click.Choice(KIND_CHOICES))
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--options", "with_options", is_flag=True,
              help="Also each component's options (type, default, help); imports every component.")
def list_cmd(kind: str, as_json: bool, with_options: bool) -> None:
    """List registered generators, scorers, languages or datasets."""
    reg = _registry()
    entries = reg.list(kind)
    if as_json:
        out = []
        for e in entries:
            d = e.to_dict()
            if with_options and kind != "languages":
                d.update(_safe_docs(e))
            out.append(d)
        _dump_json(out)
        return
    from tabulate import tabulate

    if not with_options or kind == "languages":
        click.echo(tabulate([[e.name, e.plugin, e.distribution or "", e.get_description()] for e in entries],
                            headers=["name", "plugin", "distribution", "description"], tablefmt="github"))
        return
    for i, e in enumerate(entries):
        if i:
            click.echo("")
        click.echo(_info_text(e))


def _safe_docs(e: Any) -> dict[str, Any]:
    """Options and file format of an entry; a component that cannot be imported says why."""
    try:
        return {"options": e.option_docs(), "file_format": e.file_format() or None}
    except EmpathyError as err:
        return {"options": None, "file_format": None, "error": str(err)}


def _fmt_default(o: dict[str, Any]) -> str:
    if o["required"]:
        return "(required)"
    d = o["default"]
    return "none" if d is None else json.dumps(d, ensure_ascii=False) if isinstance(d, str) else str(d)


def _info_text(e: Any) -> str:
    import textwrap

    from tabulate import tabulate

    lines = [f"{e.name}  ({e.kind[:-1]}, plugin {e.plugin}" + (f", {e.distribution}" if e.distribution else "") + ")"]
    desc = e.get_description()
    if desc:
        lines.append(f"  {desc}")
    docs = _safe_docs(e)
    if docs.get("error"):
        lines.append(f"  cannot load it: {docs['error']}")
        return "\n".join(lines)
    opts = docs["options"] or []
    if opts:
        lines.append(f"  options (spec: {e.name}:key=value,key=value):")
        table = tabulate([[o["name"], o["type"], _fmt_default(o), ("[secret] " if o["secret"] else "") + o["help"]]
                          for o in opts], headers=["option", "type", "default", "help"], tablefmt="github")
        lines += ["    " + x for x in table.splitlines()]
    else:
        lines.append("  options: none")
    if docs["file_format"]:
        lines.append("  file format:")
        lines += textwrap.wrap(docs["file_format"], width=100, initial_indent="    ", subsequent_indent="    ")
    return "\n".join(lines)


@cli.command("info")
@click.argument("name")
@click.option("--kind", type=click.Choice(KIND_CHOICES), help="Only this kind (when a name is used by several).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def info_cmd(name: str, kind: str | None, as_json: bool) -> None:
    """Show a component's options (type, default, help) and, for file readers, the file format."""
    reg = _registry()
    kinds = [kind] if kind else [k for k in KIND_CHOICES if k != "languages"]
    found = [reg.entries[k][name] for k in kinds if name in reg.entries[k]]
    if not found:
        known = sorted({n for k in kinds for n in reg.entries[k]})
        raise UsageError(f"no component named {name!r}; known: {', '.join(known)}")
    if as_json:
        _dump_json([{**e.to_dict(), **_safe_docs(e)} for e in found])
        return
    click.echo("\n\n".join(_info_text(e) for e in found))


def _report_skipped(skipped: list[InputError]) -> None:
    if skipped:
        click.echo(f"skipped {len(skipped)} invalid record(s):", err=True)
        for e in skipped[:50]:
            click.echo(f"  {e}", err=True)
        if len(skipped) > 50:
            click.echo(f"  … and {len(skipped) - 50} more", err=True)


def _echo_unscored(unscored: dict[str, dict[str, int]]) -> None:
    from .report import format_unscored

    for line in format_unscored(unscored):
        click.echo(line)


@cli.command("score")
@click.option("--input", "input_path", required=True, type=click.Path(dir_okay=False),
              help="JSONL (id, prompt, response, [language, reference(s), meta]) or CSV (a .csv file with "
                   "those columns; other columns become meta).")
@click.option("--scorer", "scorers", multiple=True, required=True, help="Scorer spec (repeatable).")
@click.option("--output", type=click.Path(dir_okay=False), help="Write the input lines plus scores here (JSONL).")
@click.option("--summary", type=click.Path(dir_okay=False), help="Write corpus aggregates and signatures (JSON).")
@click.option("--skip-invalid", is_flag=True, help="Skip malformed lines (reported on stderr) instead of stopping.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal).")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Score in N worker processes (or N Ray actors with --executor ray).")
@click.option("--executor", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="local: this machine; ray: a Ray cluster ($RAY_ADDRESS, else a local one).")
@click.option("--chunk-size", type=click.IntRange(min=1), default=512, show_default=True,
              help="Responses per partition sent to a worker.")
@click.option("--bootstrap", type=click.IntRange(min=0), default=1000, show_default=True,
              help="Bootstrap resamples for the 95% intervals (0: none; then memory stays flat on any input).")
@click.pass_context
def score_cmd(ctx: click.Context, input_path: str, scorers: tuple[str, ...], output: str | None,
              summary: str | None, skip_invalid: bool, progress: bool | None, workers: int, executor: str,
              chunk_size: int, bootstrap: int) -> None:
    """Score saved responses (no generation, no database). The input is read and the output
    written as a stream, in input order (--workers N: on N processes, the same output).

    Exit status: 0 when no scorer failed (a scorer that cannot run here, e.g. one that needs
    references none of the rows has, is skipped: reported once on stderr and under
    skipped_scorers in --summary), 1 when a scorer failed (the others' results are still
    written), 2 for a usage or input error (one found before the first row is scored leaves an
    existing --output file as it was)."""
    from .executors import ParallelScoring, item_record
    from .io import FirstAndCount, iter_samples
    from .models import ScoreInput
    from .report import split_counts

    # the first 50 skipped records / 20 repaired lines are shown; the rest are only counted
    skipped: list[InputError] = FirstAndCount(50)
    repaired: list[int] = FirstAndCount(20)
    prog = sys.stderr.isatty() if progress is None else progress

    def has_references() -> bool:  # a first pass, only when a scorer needs references
        return any(s.references for _, s, _ in iter_samples(input_path, skip_invalid=True, with_response=True))

    ps = ParallelScoring(list(scorers), workers=workers, executor=executor, chunk_size=chunk_size,
                         has_references=has_references, bootstrap=bootstrap)
    rows = ((rec, ScoreInput(sample=s, response=r or ""))
            for rec, s, r in iter_samples(input_path, skip_invalid=skip_invalid, skipped=skipped, with_response=True,
                                          repaired=repaired))
    from tqdm import tqdm

    for target, opt in ((output, "--output"), (summary, "--summary")):
        if target and not os.access(Path(target).resolve().parent, os.W_OK):
            raise UsageError(f"{opt} {target}: its folder does not exist or is not writable")
    # the output is opened at the first scored row (or at the end, for an input with no rows), so a
    # usage error found while the scorers are set up leaves an existing --output file untouched
    fh = None
    try:
        for rec, it, per in tqdm(ps.run(rows), desc="score", unit="it", file=sys.stderr, disable=not prog,
                                 leave=False):
            if output:
                if fh is None:
                    fh = open(output, "w", encoding="utf-8")  # noqa: SIM115
                out = dict(rec)
                out.update(item_record(it.sample, per))
                fh.write(json.dumps(out, ensure_ascii=False) + "\n")
    finally:
        if fh is not None:
            fh.close()
    if output and fh is None:
        Path(output).write_text("", encoding="utf-8")
    if repaired:
        click.echo(f"repaired mojibake (mis-decoded UTF-8) in {len(repaired)} record(s), line(s) "
                   + ", ".join(map(str, repaired[:20])) + (" …" if len(repaired) > 20 else ""), err=True)
    # a skipped scorer is reported once, by the scoring code's warning (the logging set up above)
    aggregates = {k: v for n, a in ps.aggregates.items() if n not in ps.failed for k, v in a.items()}
    summ: dict[str, Any] = {**aggregates, "intervals": ps.intervals, "signatures": ps.signatures, "n": ps.n,
                            "skipped_records": len(skipped), "repaired_records": len(repaired)}
    if ps.skipped:
        summ["skipped_scorers"] = ps.skipped
    if ps.failed:
        summ["failed_scorers"] = ps.failed
    if ps.unscored:
        summ["unscored"] = ps.unscored
    if ps.notes:
        summ["notes"] = ps.notes
    if summary:
        Path(summary).write_text(json.dumps(summ, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    from tabulate import tabulate

    rates, counts = split_counts(aggregates)
    from .report import _pm

    if ps.intervals:
        click.echo(tabulate([(k, _pm(v, ps.intervals.get(k))) for k, v in rates.items()],
                            headers=["metric", "value"], tablefmt="github", disable_numparse=True))
    else:  # --bootstrap 0, or a single response
        click.echo(tabulate([(k, f"{v:.4f}") for k, v in rates.items()], headers=["metric", "value"],
                            tablefmt="github"))
    if counts:
        click.echo("")
        click.echo(tabulate([(k, f"{v:g}") for k, v in counts.items()], headers=["count", "responses"],
                            tablefmt="github"))
    _echo_unscored(ps.unscored)
    for note in ps.notes:
        click.echo(note)
    _report_skipped(skipped)
    if ps.failed:
        for name, err in ps.failed.items():
            click.echo(f"scorer {name} FAILED: {err}", err=True)
        click.echo(f"{len(ps.failed)} scorer(s) failed ({', '.join(ps.failed)}); the other scorers' results "
                   f"are written. Fix the cause and re-run with --scorer {' --scorer '.join(ps.failed)}.", err=True)
        ctx.exit(EXIT_FAILURES)


@cli.command("run")
@click.option("--dataset", required=True, help="Dataset spec, e.g. boundary-mini or jsonl:path=f.jsonl")
@click.option("--generator", required=True, help="Generator spec, e.g. replay:path=out.jsonl")
@click.option("--scorer", "scorers", multiple=True, help="Scorer spec (repeatable).")
@click.option("--limit", type=click.IntRange(min=1), help="Only the first N samples.")
@click.option("--db", type=click.Path(dir_okay=False), help="SQLite file (default: user data dir, or $EMPATHY_DB).")
@click.option("--concurrency", type=click.IntRange(min=1), help="Parallel requests for generators that support it.")
@click.option("--name", help="Run name; re-running a name resumes it (retrying only failures).")
@click.option("--wait", is_flag=True, help="If another process is working on this --name, wait for it "
                                           "instead of stopping.")
@click.option("--by", default="language", show_default=True,
              help="Group the table by these fields (language = the prompt's language).")
@click.option("--skip-invalid", is_flag=True, help="Skip malformed dataset records (reported) instead of stopping.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal).")
@click.option("--bootstrap", type=click.IntRange(min=0), default=1000, show_default=True,
              help="Bootstrap resamples for the 95% intervals (0: none).")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Score in N worker processes (or N Ray actors with --executor ray).")
@click.option("--executor", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="local: this machine; ray: a Ray cluster ($RAY_ADDRESS, else a local one).")
@click.pass_context
def run_cmd(ctx: click.Context, dataset: str, generator: str, scorers: tuple[str, ...], limit: int | None,
            db: str | None, concurrency: int | None, name: str | None, wait: bool, by: str, skip_invalid: bool,
            progress: bool | None, bootstrap: int, workers: int, executor: str) -> None:
    """Generate responses for a dataset, score them and store the run.

    Exit status: 0 when every sample was generated and scored, 1 when the run finished with failed
    generations or scorers (re-run the same --name to retry only those), 2 for a usage or input error."""
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
    # the intervals shown are the report's (below): the run itself needs none
    res = evaluate(ds, generator, list(scorers), db=db, name=name, limit=limit, concurrency=concurrency,
                   progress=prog, wait=wait, workers=workers, executor=executor, bootstrap=0)
    if skip_invalid:
        _report_skipped(list(getattr(ds, "skipped", [])))
    click.echo(f"run {res.run_id}" + (f" ({res.name})" if res.name else "") +
               f": {res.n_samples} samples, {res.n_generated} generated, {res.n_cached} cached, "
               f"{res.n_errors} failed generation(s) — {res.db}")
    with Store(res.db) as store:
        try:
            rep = build_report(store, res.run_id, [b for b in by.split(",") if b], bootstrap=bootstrap)
        except UsageError as e:
            raise UsageError(f"{e} (the run itself is stored: see `empathy report "
                             f"{res.name or res.run_id} --by FIELD`)") from None
    click.echo(render_table([rep]))
    if not res.ok:
        parts = []
        if res.n_errors:
            parts.append(f"{res.n_errors} of {res.n_samples} generation(s) failed")
        if res.failed_scorers:
            parts.append(f"{len(res.failed_scorers)} scorer(s) failed ({', '.join(res.failed_scorers)})")
        for sc, err in res.failed_scorers.items():
            click.echo(f"scorer {sc} FAILED: {err}", err=True)
        click.echo("; ".join(parts) + f". Re-run with --name {res.name or res.run_id} to retry only those "
                   f"(finished generations and scores are kept).", err=True)
        ctx.exit(EXIT_FAILURES)


def _scorers_cell(recs: list[dict[str, Any]]) -> str:
    out = []
    for r in recs:
        st = r.get("status")
        out.append(r["name"] + ("" if st == "complete" else f" ({st})"))
    return ", ".join(out)


@cli.command("runs")
@click.option("--db", type=click.Path(dir_okay=False), help="SQLite file (default: user data dir, or $EMPATHY_DB).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def runs_cmd(db: str | None, as_json: bool) -> None:
    """List stored runs (never creates a database).

    A run's scorers are every scorer stored for it (the latest record per name, with its signature
    and status: complete, failed or skipped). A run whose process died shows as 'interrupted'."""
    from .store import Store

    with Store(db, create=False) as store:
        runs = store.list_runs()
    if as_json:
        _dump_json(runs)
        return
    from tabulate import tabulate

    click.echo(tabulate([[r["id"], r["name"] or "", r["status"], r["dataset"], r["generator"],
                          _scorers_cell(r["scorers"]), r["n_samples"], r["created_at"]] for r in runs],
                        headers=["id", "name", "status", "dataset", "generator", "scorers", "samples", "created"],
                        tablefmt="github"))
    for r in runs:
        for sc in r["scorers"]:
            if sc.get("status") == "failed":
                click.echo(f"run {r['name'] or r['id']}: scorer {sc['name']} failed: {sc.get('error')}")


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
@click.option("--by", default="", help="Comma-separated fields to group by (language = the prompt's language, "
                                       "category, any meta key; 'language+category' crosses them).")
@click.option("--output", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
@bootstrap_options
def report_cmd(runs: tuple[str, ...], db: str | None, fmt: str, by: str, output: str | None, bootstrap: int,
               seed: int, correction: str) -> None:
    """Report one run (id, name or 'latest'), or compare several (never creates a database): each
    run after the first is compared with the first on their shared sample ids (paired bootstrap;
    see docs/STATISTICS.md)."""
    from .comparison import compare_runs
    from .report import build_report, write_report
    from .store import Store

    with Store(db, create=False) as store:
        reports = [build_report(store, r, [b for b in by.split(",") if b], bootstrap=bootstrap, seed=seed)
                   for r in runs]
        comparisons = compare_runs(store, list(runs), bootstrap=bootstrap, seed=seed) if len(runs) > 1 else []
        # the samples are streamed from the database while the report is written
        if output:
            try:
                with open(output, "w", encoding="utf-8") as fh:
                    write_report(fh.write, fmt, reports, comparisons, correction)
            except OSError as e:
                raise UsageError(f"--output {output}: cannot write: {e.strerror}") from None
            click.echo(f"wrote {output}", err=True)
        else:
            write_report(lambda text: click.echo(text, nl=False), fmt, reports, comparisons, correction)


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
    the generators on each dataset.

    Exit status: 0 when every run finished cleanly, 1 when a run could not start or finished with
    failed generations or scorers (the others are stored and compared), 2 for an error in the file."""
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
    incomplete = [r["name"] for r in summary["runs"] if r.get("n_errors") or r.get("failed_scorers")]
    if summary["failed"] or incomplete:
        parts = []
        if summary["failed"]:
            parts.append(f"{len(summary['failed'])} of {len(plan.runs)} run(s) failed: {', '.join(summary['failed'])}")
        if incomplete:
            parts.append(f"finished with failed generations or scorers: {', '.join(incomplete)}")
        click.echo("; ".join(parts) + " (the rest is stored; re-run the file to resume)", err=True)
        click.get_current_context().exit(EXIT_FAILURES)


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
