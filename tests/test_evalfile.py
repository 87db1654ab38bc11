"""`empathy eval FILE.toml`: runs named <dataset>/<generator>, resume, dry run, errors with line and key."""

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from empathy_testutil import REPO, run_cli, write_jsonl

from empathy_core.evalfile import EvalFileError, key_line, load_evalfile, resolve_spec_paths

EXAMPLE = REPO / "examples" / "eval"


def _project(tmp_path: Path, extra: str = "") -> Path:
    """An eval file in its own folder with relative paths: data.jsonl, two replayed systems."""
    d = tmp_path / "proj"
    (d / "out").mkdir(parents=True)
    rows = [{"id": f"q{i}", "prompt": "I feel alone", "language": "en", "meta": {"category": "c" + str(i % 2)}}
            for i in range(24)]
    write_jsonl(d / "data.jsonl", rows)
    write_jsonl(d / "out" / "short.jsonl", [{"id": r["id"], "response": "ok."} for r in rows])
    write_jsonl(d / "out" / "long.jsonl", [{"id": r["id"], "response": "I hear you, that sounds hard." + " Yes." * (i % 3)}
                                           for i, r in enumerate(rows)])
    (d / "eval.toml").write_text(
        'db = "runs.sqlite"\n'
        'scorers = ["length"]\n'
        + extra +
        '[datasets]\n'
        'feel = "jsonl:path=data.jsonl"\n'
        '[generators]\n'
        'short = "replay:path=out/short.jsonl"\n'
        'long = "replay:path=out/long.jsonl"\n', encoding="utf-8")
    return d


def test_eval_runs_every_pair_resolves_paths_resumes_and_compares(tmp_path):
    d = _project(tmp_path, "concurrency = 4\n")  # replay has no concurrency option: not passed to it
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    p = run_cli("eval", str(d / "eval.toml"), "--output", str(tmp_path / "summary.json"), cwd=elsewhere, check=True)
    assert "== feel/short" in p.stderr and "24 generated, 0 cached" in p.stderr
    assert (d / "runs.sqlite").exists() and not (elsewhere / "runs.sqlite").exists()  # db relative to the file
    assert "paired comparison on 24 shared samples: a = feel/short, b = feel/long" in p.stdout
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert [r["name"] for r in summary["runs"]] == ["feel/short", "feel/long"]
    words = next(c for c in summary["comparisons"]["feel"] if c["metric"] == "length.words")
    assert words["a"] == 1.0 and words["b"] == pytest.approx(7.0) and words["ci"][0] > 0 and words["p_value"] < 0.01
    assert summary["runs"][0]["intervals"]["length.words"] == [1.0, 1.0]
    # running the file again resumes: nothing is generated twice
    again = run_cli("eval", str(d / "eval.toml"), cwd=elsewhere, check=True)
    assert again.stderr.count("0 generated, 24 cached") == 2
    with sqlite3.connect(d / "runs.sqlite") as con:
        assert sorted(r[0] for r in con.execute("SELECT name FROM runs")) == ["feel/long", "feel/short"]


def test_dry_run_lists_runs_and_creates_nothing(tmp_path):
    d = _project(tmp_path, 'by = "category"\n')
    p = run_cli("eval", str(d / "eval.toml"), "--dry-run", check=True)
    lines = [line for line in p.stdout.splitlines() if line.startswith("| feel/")]
    assert len(lines) == 2 and all("| new" in line for line in lines)
    assert str(d / "out" / "short.jsonl") in p.stdout
    assert not (d / "runs.sqlite").exists()
    run_cli("run", "--dataset", f"jsonl:path={d / 'data.jsonl'}", "--generator", f"replay:path={d / 'out/short.jsonl'}",
            "--db", str(d / "runs.sqlite"), "--name", "feel/short", "--limit", "10", "--bootstrap", "0", check=True)
    p = run_cli("eval", str(d / "eval.toml"), "--dry-run", check=True)
    assert "resume (complete; 10/10 generated)" in p.stdout


@pytest.mark.parametrize("text, line, needle", [
    ('db = "x.sqlite"\nscorers = = 1\n', 2, "column 11: invalid TOML"),
    ('scorers = ["length"]\nmodel = "x"\n[datasets]\na = "jsonl:path=d.jsonl"\n[generators]\ng = "replay:path=o.jsonl"\n',
     2, "key 'model': unknown key"),
    ('scorers = "length"\n[datasets]\na = "jsonl:path=d.jsonl"\n[generators]\ng = "replay:path=o.jsonl"\n',
     1, "key 'scorers': must be a list"),
    ('scorers = []\n[datasets]\na = "jsonl:path=d.jsonl"\n\n[generators]\ng = 3\n', 6, "key 'generators.g': must be a"),
    ('scorers = []\n[datasets]\n"a/b" = "jsonl:path=d.jsonl"\n[generators]\ng = "replay:path=o.jsonl"\n',
     3, "key 'datasets.a/b': names may use"),
    ('scorers = []\n[datasets]\na = "jsonl:path=d.jsonl"\n', None, "missing the [generators] table"),
    ('limit = 0\n[datasets]\na = "jsonl:path=d.jsonl"\n[generators]\ng = "replay:path=o.jsonl"\n',
     1, "key 'limit': must be an integer >= 1"),
])
def test_errors_name_file_line_and_key(tmp_path, text, line, needle):
    f = tmp_path / "bad.toml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(EvalFileError) as ei:
        load_evalfile(f)
    msg = str(ei.value)
    assert msg.startswith(str(f)) and needle in msg
    assert ei.value.line == line and (line is None or f"line {line}" in msg)


def test_component_errors_found_before_anything_runs(tmp_path):
    d = _project(tmp_path)
    f = d / "eval.toml"
    f.write_text(f.read_text().replace('long = "replay:path=out/long.jsonl"', 'long = "nosuch:x=1"'))
    p = run_cli("eval", str(f))
    assert p.returncode == 2 and "Traceback" not in p.stderr
    assert f"{f}, line 7, key 'generators.long': unknown generator 'nosuch'" in p.stderr
    assert not (d / "runs.sqlite").exists()  # nothing ran
    f.write_text(f.read_text().replace('"nosuch:x=1"', '"replay:path=out/missing.jsonl"'))
    p = run_cli("eval", str(f))
    assert p.returncode == 2 and "line 7, key 'generators.long'" in p.stderr and "missing.jsonl" in p.stderr
    f.write_text(f.read_text().replace('scorers = ["length"]', 'scorers = ["length:unit=x", "length"]'))
    p = run_cli("eval", str(f))
    assert p.returncode == 2 and f"{f}, line 2, key 'scorers'" in p.stderr


def test_a_run_that_cannot_start_does_not_stop_the_others(tmp_path):
    d = _project(tmp_path)
    f = d / "eval.toml"
    f.write_text(f.read_text() + 'remote = "openai:model=gpt-4o-mini,api_key_env=EMPATHY_TEST_NO_SUCH_KEY"\n')
    dry = run_cli("eval", str(f), "--dry-run", check=True)
    assert "cannot run here: no API key" in dry.stdout
    p = run_cli("eval", str(f))
    assert p.returncode == 1  # the file is fine; a run could not start (2 is for errors in the file)
    assert f"FAILED: {f}, line 8, key 'generators.remote'" in p.stderr
    assert "1 of 3 run(s) failed: feel/remote" in p.stderr
    assert "a = feel/short, b = feel/long" in p.stdout  # the others ran and were compared


def test_resolve_spec_paths(tmp_path):
    (tmp_path / "o.jsonl").write_text("")
    assert resolve_spec_paths("replay:path=o.jsonl", tmp_path) == f"replay:path={tmp_path / 'o.jsonl'}"
    assert resolve_spec_paths("replay:path=/abs/o.jsonl", tmp_path) == "replay:path=/abs/o.jsonl"
    assert resolve_spec_paths("transformers:path=gpt2,max_new_tokens=5", tmp_path) == \
        "transformers:path=gpt2,max_new_tokens=5"  # a model id, not a file here
    assert resolve_spec_paths("boundary-mini:language=en", tmp_path) == "boundary-mini:language=en"
    assert resolve_spec_paths("x:model_dir=m/a", tmp_path) == f"x:model_dir={tmp_path / 'm/a'}"


def test_key_line_finds_tables_dotted_keys_and_quotes():
    text = 'scorers = []\n[datasets]\n"mini" = "x"\n[generators]\n  gpt = "y"\nother.sub = 1\n'
    assert key_line(text, "scorers") == 1
    assert key_line(text, "datasets.mini") == 3
    assert key_line(text, "generators.gpt") == 5
    assert key_line(text, "generators.nope") == 4  # falls back to the table header
    assert key_line('a = 1\ngenerators.g = "x"\n', "generators.g") == 2


def test_shipped_example_runs_offline(tmp_path):
    d = tmp_path / "example"
    shutil.copytree(EXAMPLE, d, ignore=shutil.ignore_patterns("runs.sqlite*"))
    p = run_cli("eval", str(d / "boundary.toml"), "--bootstrap", "300", check=True)
    assert "a = mini_en/honest, b = mini_en/sycophant" in p.stdout
    row = next(line for line in p.stdout.splitlines() if line.startswith("| boundary.score") and "[" in line)
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert float(cells[3]) < -5 and cells[7] == "*"  # the sycophant scores far lower, clearly
    assert "by category:" in p.stdout
