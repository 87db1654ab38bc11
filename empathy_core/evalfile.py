"""Evaluation files: a whole evaluation written down in TOML and run with ``empathy eval FILE``.

```toml
db = "runs.sqlite"                 # optional, relative to this file
scorers = ["boundary", "length"]
[datasets]
mini = "boundary-mini"
[generators]
saved = "replay:path=outputs.jsonl"
```

Every dataset is run with every generator; runs are named ``<dataset>/<generator>``, so running
the file again resumes them. See docs/EVAL_FILES.md.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from .errors import ComponentError, EmpathyError, InputError

TOP_KEYS = {"db", "scorers", "datasets", "generators", "by", "limit", "concurrency", "bootstrap", "seed"}
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")
#: option keys whose relative values are paths resolved against the eval file's folder
PATH_KEYS = {"path", "checkpoint", "weights"}
PATH_SUFFIXES = ("_path", "_dir", "_file")


def _toml() -> Any:
    if sys.version_info >= (3, 11):
        import tomllib

        return tomllib
    import tomli  # the conditional dependency on Python 3.10

    return tomli


class EvalFileError(InputError):
    """An error in an eval file: names the file, the line and the key."""

    def __init__(self, message: str, *, path: str | Path, line: int | None = None, key: str | None = None,
                 column: int | None = None) -> None:
        super().__init__(message, path=str(path), line=line, field=key)
        self.key = key
        where = [str(path)]
        if line is not None:
            where.append(f"line {line}" + (f", column {column}" if column is not None else ""))
        if key is not None:
            where.append(f"key '{key}'")
        self.args = (f"{', '.join(where)}: {message}",)


def key_line(text: str, dotted: str) -> int | None:
    """The 1-based line where ``dotted`` (``"generators.gpt"`` or ``"scorers"``) is set: a
    ``key =`` line under its ``[table]``, a dotted key, or the table header itself."""
    parts = dotted.split(".")
    table, key = ".".join(parts[:-1]), parts[-1]
    current = ""
    header_line = None
    kpat = re.compile(r"^\s*(?:" + re.escape(key) + r"|\"" + re.escape(key) + r"\"|'" + re.escape(key) + r"')\s*=")
    dpat = re.compile(r"^\s*" + r"\s*\.\s*".join(re.escape(p) for p in parts) + r"\s*=")
    for i, line in enumerate(text.splitlines(), 1):
        m = re.match(r"^\s*\[\s*([^\]]+?)\s*\]", line)
        if m and not line.lstrip().startswith("[["):
            current = m.group(1).replace(" ", "").replace('"', "").replace("'", "")
            if current == dotted:
                header_line = i
            continue
        if current == table and kpat.match(line):
            return i
        if current == "" and dpat.match(line):
            return i
    if header_line is not None:
        return header_line
    if table:
        return key_line(text, table)
    return None


def _looks_like_path(value: str) -> bool:
    return "/" in value or os.sep in value or bool(Path(value).suffix)


def resolve_spec_paths(spec: str, base: Path) -> str:
    """The spec with relative values of path options resolved against ``base`` (the eval file's
    folder). A value that names no file there and does not look like a path (e.g. a model id) is
    left as it is."""
    from .spec import parse_spec

    name, options = parse_spec(spec)
    if not options:
        return name
    changed = False
    for k, v in options.items():
        if not (k in PATH_KEYS or k.endswith(PATH_SUFFIXES)) or not v or v.lower() in {"none", "null"}:
            continue
        p = Path(v).expanduser()
        if p.is_absolute():
            continue
        cand = base / p
        if cand.exists() or _looks_like_path(v):
            options[k] = str(cand.resolve() if cand.exists() else cand)
            changed = True
    if not changed:
        return spec.strip()
    return name + ":" + ",".join(f"{k}={v.replace(',', chr(92) + ',')}" for k, v in options.items())


@attrs.define
class PlannedRun:
    name: str
    dataset_key: str
    generator_key: str
    dataset: str
    generator: str


@attrs.define
class EvalPlan:
    path: Path
    text: str
    db: str | None
    scorers: list[str]
    datasets: dict[str, str]
    generators: dict[str, str]
    by: list[str]
    limit: int | None
    concurrency: int | None
    bootstrap: int | None
    seed: int | None
    runs: list[PlannedRun]
    #: generators (keys) that take the file's ``concurrency`` (filled by :func:`check_components`)
    concurrent: set[str] = attrs.field(factory=set)

    def line(self, dotted: str) -> int | None:
        return key_line(self.text, dotted)

    def error(self, message: str, dotted: str) -> EvalFileError:
        return EvalFileError(message, path=self.path, line=self.line(dotted), key=dotted)


def load_evalfile(path: str | Path) -> EvalPlan:
    """Read and check an eval file (syntax, keys, types, component names and options)."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as e:
        raise EvalFileError(f"cannot read: {e.strerror or e}", path=p) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise EvalFileError(f"not UTF-8 ({e.reason})", path=p, line=raw[: e.start].count(b"\n") + 1) from None
    toml = _toml()
    try:
        data = toml.loads(text)
    except toml.TOMLDecodeError as e:
        msg = str(e)
        line = getattr(e, "lineno", None)
        col = getattr(e, "colno", None)
        m = re.search(r"\s*\(at line (\d+), column (\d+)\)", msg)
        if m:
            line, col = line or int(m.group(1)), col or int(m.group(2))
            msg = msg[: m.start()] + msg[m.end():]
        raise EvalFileError(f"invalid TOML: {msg}", path=p, line=line, column=col) from None

    def err(message: str, dotted: str) -> EvalFileError:
        return EvalFileError(message, path=p, line=key_line(text, dotted), key=dotted)

    for k in data:
        if k not in TOP_KEYS:
            raise err(f"unknown key; expected one of {', '.join(sorted(TOP_KEYS))}", k)
    base = p.resolve().parent

    def opt_int(k: str, minimum: int) -> int | None:
        v = data.get(k)
        if v is None:
            return None
        if not isinstance(v, int) or isinstance(v, bool) or v < minimum:
            raise err(f"must be an integer >= {minimum}, got {v!r}", k)
        return v

    db = data.get("db")
    if db is not None:
        if not isinstance(db, str) or not db.strip():
            raise err("must be a file name (a string)", "db")
        dbp = Path(db).expanduser()
        db = str(dbp if dbp.is_absolute() else base / dbp)
    scorers = data.get("scorers", [])
    if not isinstance(scorers, list) or not all(isinstance(s, str) and s.strip() for s in scorers):
        raise err("must be a list of scorer specs (strings)", "scorers")
    by = data.get("by", "language")
    if isinstance(by, str):
        by = [b for b in by.split(",") if b.strip()]
    if not isinstance(by, list) or not all(isinstance(b, str) for b in by):
        raise err("must be a string ('language,category') or a list of strings", "by")

    tables: dict[str, dict[str, str]] = {}
    for t in ("datasets", "generators"):
        v = data.get(t)
        if v is None:
            raise EvalFileError(f"missing the [{t}] table", path=p, key=t)
        if not isinstance(v, dict) or not v:
            raise err(f"must be a table of name = \"spec\" with at least one entry ([{t}])", t)
        tables[t] = {}
        for name, spec in v.items():
            dotted = f"{t}.{name}"
            if not _NAME.match(name):
                raise err("names may use letters, digits, '_', '.' and '-' (runs are named <dataset>/<generator>)",
                          dotted)
            if not isinstance(spec, str) or not spec.strip():
                raise err("must be a component spec string, e.g. \"replay:path=outputs.jsonl\"", dotted)
            try:
                tables[t][name] = resolve_spec_paths(spec, base)
            except ComponentError as e:
                raise err(str(e), dotted) from None
    runs = [PlannedRun(f"{d}/{g}", d, g, tables["datasets"][d], tables["generators"][g])
            for d in tables["datasets"] for g in tables["generators"]]
    resolved_scorers = []
    for i, s in enumerate(scorers):
        try:
            resolved_scorers.append(resolve_spec_paths(s, base))
        except ComponentError as e:
            raise EvalFileError(f"scorers[{i}]: {e}", path=p, line=key_line(text, "scorers"), key="scorers") from None
    return EvalPlan(path=p, text=text, db=db, scorers=resolved_scorers, datasets=tables["datasets"],
                    generators=tables["generators"], by=by, limit=opt_int("limit", 1),
                    concurrency=opt_int("concurrency", 1), bootstrap=opt_int("bootstrap", 0), seed=opt_int("seed", 0),
                    runs=runs)


def check_components(plan: EvalPlan) -> dict[str, str]:
    """Build every component once to check names and options (errors name file, line and key).
    Returns why a generator cannot run here (generator key -> reason), for those that cannot."""
    from .plugins import get_registry

    reg = get_registry()
    unavailable: dict[str, str] = {}

    def build(kind: str, spec: str, dotted: str) -> Any:
        try:
            return reg.create(kind, spec)
        except EmpathyError as e:
            raise plan.error(str(e), dotted) from None
        except Exception as e:  # noqa: BLE001 - a component's own validation error
            raise plan.error(f"{type(e).__name__}: {e}", dotted) from None

    for i, s in enumerate(plan.scorers):
        obj = build("scorers", s, "scorers")
        if hasattr(obj, "close"):
            obj.close()
        del i
    for name, spec in plan.datasets.items():
        build("datasets", spec, f"datasets.{name}")
    for name, spec in plan.generators.items():
        gen = build("generators", spec, f"generators.{name}")
        if hasattr(gen, "concurrency"):
            plan.concurrent.add(name)
        try:
            reason = gen.unavailable()
        finally:
            gen.close()
        if reason:
            unavailable[name] = reason
    return unavailable


def run_status(plan: EvalPlan, db: str | None) -> dict[str, str]:
    """For --dry-run: each run's state in the database (new, or its status and progress).
    Does not create the database."""
    from .store import Store, default_db_path

    path = Path(db) if db else default_db_path()
    if not path.exists():
        return {r.name: "new" for r in plan.runs}
    out = {}
    with Store(path, create=False) as store:
        for r in plan.runs:
            run = store.find_run(r.name)
            if run is None:
                out[r.name] = "new"
                continue
            keys = [k for _, k in store.run_samples(run["id"])]
            done = len(store.finished_keys(run["generator_signature"], keys))
            out[r.name] = f"resume ({run['status']}; {done}/{len(keys)} generated)"
    return out


def execute(plan: EvalPlan, *, db: str | None = None, bootstrap: int = 1000, seed: int = 0,
            progress: bool = False, echo: Callable[[str], None] = print) -> dict[str, Any]:
    """Run (or resume) every run of the plan; one failing run does not stop the others. Returns a
    JSON-able summary: runs (name, run id, status or error, aggregates, intervals) and the paired
    comparisons of the generators on each dataset (each against the first generator of the file)."""
    from .comparison import compare_runs
    from .report import build_report
    from .runner import evaluate
    from .store import Store

    db = db or plan.db
    summary: dict[str, Any] = {"file": str(plan.path), "db": None, "runs": [], "comparisons": {}}
    failed: list[str] = []
    for r in plan.runs:
        echo(f"== {r.name}: {r.dataset} × {r.generator}")
        try:
            # the file's concurrency applies to the generators that have the option (not e.g. replay)
            conc = plan.concurrency if r.generator_key in plan.concurrent else None
            res = evaluate(r.dataset, r.generator, plan.scorers, db=db, name=r.name, limit=plan.limit,
                           concurrency=conc, progress=progress, bootstrap=0)
        except EmpathyError as e:
            from .secrets import scrub

            line = plan.line(f"generators.{r.generator_key}")
            msg = f"{plan.path}, line {line}, key 'generators.{r.generator_key}': {scrub(str(e))}"
            echo(f"   FAILED: {msg}")
            summary["runs"].append({"name": r.name, "error": msg})
            failed.append(r.name)
            continue
        summary["db"] = res.db
        echo(f"   run {res.run_id}: {res.n_samples} samples, {res.n_generated} generated, {res.n_cached} cached, "
             f"{res.n_errors} errors")
        for sc, err in getattr(res, "failed_scorers", {}).items():
            echo(f"   scorer {sc} FAILED: {err}")
        summary["runs"].append({"name": r.name, "run_id": res.run_id, "dataset": r.dataset_key,
                                "generator": r.generator_key, "n_samples": res.n_samples, "n_errors": res.n_errors,
                                "skipped_scorers": res.skipped_scorers,
                                "failed_scorers": dict(getattr(res, "failed_scorers", {}))})
    if summary["db"] is None:
        return {**summary, "failed": failed}
    with Store(summary["db"], create=False) as store:
        for rec in summary["runs"]:
            if "run_id" in rec:
                rep = build_report(store, rec["run_id"], plan.by, bootstrap=bootstrap, seed=seed)
                rec["aggregates"], rec["intervals"] = rep["aggregates"], rep["intervals"]
                rec["groups"] = rep["groups"]
        for d in plan.datasets:
            names = [rec["name"] for rec in summary["runs"] if rec.get("dataset") == d and "run_id" in rec]
            if len(names) > 1:
                summary["comparisons"][d] = compare_runs(store, names, bootstrap=bootstrap, seed=seed)
    summary["failed"] = failed
    return summary


def render_summary(plan: EvalPlan, summary: dict[str, Any], correction: str = "none") -> str:
    """Per dataset: the generators side by side (value ± half-width) and their paired comparisons."""
    from tabulate import tabulate

    from .report import _pm, render_comparisons

    out: list[str] = []
    for d in plan.datasets:
        recs = [r for r in summary["runs"] if r.get("dataset") == d and "run_id" in r]
        if not recs:
            continue
        metrics = list(dict.fromkeys(k for r in recs for k in r["aggregates"]))
        out.append("")
        out.append(f"dataset {d}:")
        out.append(tabulate([[m] + [_pm(r["aggregates"].get(m, ""), r["intervals"].get(m)) for r in recs]
                             for m in metrics], headers=["metric"] + [r["generator"] for r in recs],
                            tablefmt="github", disable_numparse=True))
        for spec in plan.by:
            cols = [(f"{r['generator']}: {key}", g) for r in recs for key, g in r.get("groups", {}).get(spec, {}).items()]
            if not cols:
                continue
            gm = list(dict.fromkeys(m for _, g in cols for m in g["aggregates"]))
            out.append("")
            out.append(f"by {spec}:")
            out.append(tabulate([["n"] + [str(g["n"]) for _, g in cols]] +
                                [[m] + [_pm(g["aggregates"].get(m, ""), g["intervals"].get(m)) for _, g in cols]
                                 for m in gm], headers=[spec] + [c for c, _ in cols], tablefmt="github",
                                disable_numparse=True))
        cmp = summary["comparisons"].get(d)
        if cmp:
            out.append("")
            out.append(render_comparisons(cmp, correction).rstrip("\n"))
    return "\n".join(out).lstrip("\n") + "\n"
