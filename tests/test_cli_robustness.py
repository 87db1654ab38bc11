"""Issue 11 through the real command line: exit codes, one-line errors (traceback only with -v),
reports that never create a database, input repairs and messages, leases between processes,
failed scorers, plugin collisions, `empathy info`, output labels."""

import json
import os
import signal
import subprocess
import sys
import time

from empathy_testutil import clean_env, run_cli, write_jsonl

from empathy_core.store import Store

TG = {"EMPATHY_LOAD_PLUGINS": "testgens"}


def _dataset(tmp_path, n, name="d.jsonl"):
    return write_jsonl(tmp_path / name, [{"id": f"s{i}", "prompt": f"hello {i}", "language": "en",
                                          "meta": {"category": "Love"}} for i in range(n)])


def _no_traceback(p):
    assert "Traceback" not in p.stderr, p.stderr
    lines = [x for x in p.stderr.splitlines() if x.startswith("error:")]
    assert len(lines) == 1, p.stderr
    return lines[0]


# -- exit codes ---------------------------------------------------------------------------------

def test_exit_codes_all_failed_generations_is_1(tmp_path):
    ds = _dataset(tmp_path, 4)
    replies = write_jsonl(tmp_path / "r.jsonl", [{"id": "other", "response": "x"}])
    p = run_cli("run", "--dataset", f"jsonl:path={ds}", "--generator", f"replay:path={replies}",
                "--scorer", "length", "--db", str(tmp_path / "x.sqlite"), "--name", "n")
    assert p.returncode == 1, p.stderr
    assert "4 of 4 generation(s) failed. Re-run with --name n to retry only those" in p.stderr
    ok = write_jsonl(tmp_path / "ok.jsonl", [{"id": f"s{i}", "response": "fine"} for i in range(4)])
    p = run_cli("run", "--dataset", f"jsonl:path={ds}", "--generator", f"replay:path={ok}",
                "--scorer", "length", "--db", str(tmp_path / "x.sqlite"), "--name", "ok")
    assert p.returncode == 0, p.stderr


def test_usage_errors_are_one_line_and_exit_2(tmp_path):
    ds = _dataset(tmp_path, 2)
    gen = f"replay:path={write_jsonl(tmp_path / 'r.jsonl', [{'id': 's0', 'response': 'ok'}])}"
    p = run_cli("run", "--dataset", f"jsonl:path={ds}", "--generator", gen, "--limit", "-1")
    assert p.returncode == 2 and "Invalid value for '--limit': -1 is not in the range x>=1" in p.stderr
    assert "Traceback" not in p.stderr
    p = run_cli("run", "--dataset", f"jsonl:path={ds}", "--generator", gen, "--concurrency", "0")
    assert p.returncode == 2 and "Invalid value for '--concurrency': 0 is not in the range x>=1" in p.stderr
    bad = tmp_path / "notdb.sqlite"
    bad.write_text("hello, I am a text file and not a database\n" * 200)
    for args in (["runs"], ["report", "latest"], ["run", "--dataset", f"jsonl:path={ds}", "--generator", gen]):
        p = run_cli(*args, "--db", str(bad))
        assert p.returncode == 2
        assert _no_traceback(p) == (f"error: cannot use database {bad}: file is not a database "
                                    f"(is it an empathy-core SQLite file?)")
    v = run_cli("-v", "runs", "--db", str(bad))
    assert v.returncode == 2 and "Traceback (most recent call last)" in v.stderr and "StoreError" in v.stderr


def test_report_and_runs_never_create_a_database(tmp_path):
    target = tmp_path / "missing" / "x.sqlite"
    for args in (["report", "latest"], ["runs"]):
        p = run_cli(*args, "--db", str(target))
        assert p.returncode == 2
        assert _no_traceback(p).startswith(f"error: no database at {target}")
    assert not (tmp_path / "missing").exists()
    home = tmp_path / "home"
    p = run_cli("runs", env={"EMPATHY_DB": str(home / "db.sqlite")})
    assert p.returncode == 2 and not home.exists()


# -- input ----------------------------------------------------------------------------------------

def test_mojibake_in_score_input_is_repaired_and_counted(tmp_path):
    clean = "I\u2019m an AI, so I can\u2019t love you back"
    broken = "I\u00e2\u20ac\u2122m an AI, so I can\u00e2\u20ac\u2122t love you back"
    rows = [{"id": "1", "prompt": "I love you", "language": "en", "response": clean},
            {"id": "2", "prompt": "I love you", "language": "en", "response": broken}]
    inp = write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out.jsonl"
    p = run_cli("score", "--input", str(inp), "--scorer", "boundary", "--output", str(out),
                "--summary", str(tmp_path / "s.json"), check=True)
    assert "repaired mojibake (mis-decoded UTF-8) in 1 record(s), line(s) 2" in p.stderr
    scores = [json.loads(x)["scores"]["boundary.score"] for x in out.read_text().splitlines()]
    assert scores[0] == scores[1] == 3.0
    assert json.loads((tmp_path / "s.json").read_text())["repaired_records"] == 1


def test_csv_with_unterminated_quote_names_the_line(tmp_path):
    f = tmp_path / "d.csv"
    f.write_text('id,prompt,response\n1,hello,hi\n2,"I love you,x\n3,bye,x\n4,ok,x\n', encoding="utf-8")
    r = write_jsonl(tmp_path / "r.jsonl", [{"id": str(i), "response": "ok"} for i in range(1, 5)])
    for args in (["run", "--dataset", f"csv:path={f}", "--generator", f"replay:path={r}", "--db",
                  str(tmp_path / "x.sqlite")], ["score", "--input", str(f), "--scorer", "length"]):
        p = run_cli(*args)
        assert p.returncode == 2
        assert _no_traceback(p) == (f"error: {f}, line 3: unterminated quoted field: the quote opened in the row "
                                    f"starting here is never closed (it runs to the end of the file, line 5)")


def test_truncated_json_line_and_csv_given_as_jsonl(tmp_path):
    f = tmp_path / "t.jsonl"
    f.write_text('{"id": "1", "prompt": "hi", "response": "ok"}\n{"id": "2", "prompt": "hello wor\n',
                 encoding="utf-8")
    p = run_cli("score", "--input", str(f), "--scorer", "length")
    assert p.returncode == 2
    assert _no_traceback(p) == (f"error: {f}, line 2: invalid JSON, truncated: the line ends before the object "
                                f"is complete (Unterminated string starting at column 23); is the line cut short?")
    g = tmp_path / "csv.txt"
    g.write_text("id,prompt,response\n1,hi,ok\n", encoding="utf-8")
    p = run_cli("score", "--input", str(g), "--scorer", "length")
    assert _no_traceback(p) == (f"error: {g}, line 1: invalid JSON: Expecting value at column 1 "
                                f"(this looks like CSV: give the file a .csv name)")


def test_score_accepts_csv_input(tmp_path):
    f = tmp_path / "in.csv"
    f.write_text('id,prompt,response,language,category\n1,hi,"fine, thanks",en,Love\n2,yo,ok,en,Love\n',
                 encoding="utf-8")
    out = tmp_path / "o.jsonl"
    run_cli("score", "--input", str(f), "--scorer", "length", "--output", str(out), check=True)
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    assert [r["scores"]["length.words"] for r in rows] == [2.0, 1.0]
    assert rows[0]["meta"] == {"category": "Love"}


def test_a_skipped_scorer_is_reported_once_and_the_others_run(tmp_path):
    f = write_jsonl(tmp_path / "in.jsonl", [{"id": "1", "prompt": "hi", "response": "fine, thanks"}])
    out, summ = tmp_path / "o.jsonl", tmp_path / "s.json"
    p = run_cli("score", "--input", str(f), "--scorer", "bleu", "--scorer", "length", "--output", str(out),
                "--summary", str(summ))
    assert p.returncode == 0, p.stderr
    assert p.stderr.count("scorer bleu skipped: needs references and no sample has one") == 1, p.stderr
    assert json.loads(out.read_text())["scores"] == {"length.words": 2.0, "length.characters": 12.0}
    assert json.loads(summ.read_text())["skipped_scorers"] == {"bleu": "needs references and no sample has one"}


def test_a_usage_error_leaves_an_existing_output_file_alone(tmp_path):
    f = write_jsonl(tmp_path / "in.jsonl", [{"id": "1", "prompt": "hi", "response": "fine, thanks"}])
    out = tmp_path / "o.jsonl"
    out.write_text("earlier results\n", encoding="utf-8")
    p = run_cli("score", "--input", str(f), "--scorer", "length:nope=1", "--output", str(out))
    assert p.returncode == 2 and "unknown option 'nope'" in _no_traceback(p)
    assert out.read_text(encoding="utf-8") == "earlier results\n"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "1", "response": \n', encoding="utf-8")  # line 1 is not JSON
    p = run_cli("score", "--input", str(bad), "--scorer", "length", "--output", str(out))
    assert p.returncode == 2 and "line 1" in _no_traceback(p)
    assert out.read_text(encoding="utf-8") == "earlier results\n"
    p = run_cli("score", "--input", str(f), "--scorer", "length", "--output", str(tmp_path / "no" / "o.jsonl"))
    assert p.returncode == 2 and "--output" in _no_traceback(p) and "does not exist or is not writable" in p.stderr
    empty = write_jsonl(tmp_path / "empty.jsonl", [])
    assert run_cli("score", "--input", str(empty), "--scorer", "length", "--output", str(out)).returncode == 0
    assert out.read_text(encoding="utf-8") == ""  # an input with no rows gives an empty output


def test_by_unknown_field_lists_fields(tmp_path):
    ds = _dataset(tmp_path, 2)
    db = tmp_path / "x.sqlite"
    r = write_jsonl(tmp_path / "r.jsonl", [{"id": "s0", "response": "ok"}, {"id": "s1", "response": "ok"}])
    p = run_cli("run", "--dataset", f"jsonl:path={ds}", "--generator", f"replay:path={r}", "--db", str(db),
                "--name", "b", "--by", "nosuchfield")
    assert p.returncode == 2 and "--by 'nosuchfield': run b has no such field; fields: category, language" in p.stderr
    p = run_cli("report", "b", "--db", str(db), "--by", "language+nosuchfield")
    assert p.returncode == 2 and _no_traceback(p).endswith("fields: category, language")


# -- scorers that fail, through the CLI -----------------------------------------------------------

def test_failed_scorer_exit_1_shown_by_runs_and_report_and_retried(tmp_path, plugin_site):
    ds, db = _dataset(tmp_path, 6), tmp_path / "x.sqlite"
    calls, state = tmp_path / "calls.txt", tmp_path / "state.txt"
    env = {**TG, "BOOM_API_KEY": "sk-boom-secret-42"}
    args = ["run", "--dataset", f"jsonl:path={ds}", "--generator", f"replay:path={tmp_path / 'r.jsonl'}",
            "--scorer", "length", "--scorer", f"boom:fail=s3,state={state},calls={calls}", "--db", str(db),
            "--name", "b"]
    write_jsonl(tmp_path / "r.jsonl", [{"id": f"s{i}", "response": "a reply"} for i in range(6)])
    p = run_cli(*args, site=plugin_site, env=env)
    assert p.returncode == 1, p.stderr
    assert "1 scorer(s) failed (boom). Re-run with --name b to retry only those" in p.stderr
    assert "sk-boom-secret-42" not in p.stderr + p.stdout
    assert calls.read_text().split() == ["s0", "s1"]  # chunks of 2: s2+s3 failed
    runs = run_cli("runs", "--db", str(db), site=plugin_site, env=TG, check=True).stdout
    assert "length, boom (failed)" in runs
    assert "run b: scorer boom failed: RuntimeError: boom on s3 with key ***" in runs
    rep = json.loads(run_cli("report", "b", "--db", str(db), "--format", "json", site=plugin_site, env=TG,
                             check=True).stdout)
    boom = [s for s in rep["run"]["scorers"] if s["name"] == "boom"][0]
    assert boom["status"] == "failed" and boom["error"] == "RuntimeError: boom on s3 with key ***"
    assert rep["aggregates"]["length.words"] == 2.0 and "boom.len" not in rep["aggregates"]
    page = run_cli("report", "b", "--db", str(db), "--format", "html", site=plugin_site, env=TG, check=True).stdout
    assert "<span class='failed'>FAILED: RuntimeError: boom on s3 with key ***</span>" in page
    table = run_cli("report", "b", "--db", str(db), site=plugin_site, env=TG, check=True).stdout
    assert "scorer:    boom   [boom:1|fail:s3]  FAILED: RuntimeError: boom on s3 with key ***" in table
    # retry: boom fails only once (state file); finished chunks are not rescored
    p = run_cli(*args, site=plugin_site, env=env)
    assert p.returncode == 0, p.stderr
    assert calls.read_text().split() == ["s0", "s1", "s2", "s3", "s4", "s5"]
    runs = run_cli("runs", "--db", str(db), "--json", site=plugin_site, env=TG, check=True).stdout
    assert [s["status"] for s in json.loads(runs)[0]["scorers"]] == ["complete", "complete"]


# -- leases between processes ---------------------------------------------------------------------

def _popen_run(plugin_site, *args):
    env = clean_env()
    env.update(PYTHONPATH=str(plugin_site), **TG)
    return subprocess.Popen([sys.executable, "-m", "empathy_core", "run", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for_lines(path, n, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if path.exists() and len(path.read_text().split()) >= n:
            return
        time.sleep(0.05)
    raise AssertionError(f"{path} never got {n} lines")


def test_second_process_refused_then_waits_and_killed_run_is_interrupted(tmp_path, plugin_site):
    ds, db, calls = _dataset(tmp_path, 12), tmp_path / "l.sqlite", tmp_path / "calls.txt"
    args = ["--dataset", f"jsonl:path={ds}", "--generator", f"sleepy:delay=1.0,calls={calls}", "--scorer",
            "length", "--db", str(db), "--name", "l"]
    first = _popen_run(plugin_site, *args)
    _wait_for_lines(calls, 2)
    p = run_cli("run", *args, site=plugin_site, env=TG)
    assert p.returncode == 2
    assert "error: run 'l' is being worked on by another process (" in p.stderr
    assert "let it finish, or add --wait to wait for it" in p.stderr and "Traceback" not in p.stderr
    waiter = run_cli("run", *args, "--wait", site=plugin_site, env=TG)
    assert first.wait(60) == 0
    assert waiter.returncode == 0, waiter.stderr
    assert "waiting" in waiter.stderr and "12 cached" in waiter.stdout
    assert sorted(calls.read_text().split()) == sorted(f"s{i}" for i in range(12))  # nothing done twice
    # kill -9 in the middle: the run is shown interrupted, not generating
    calls.write_text("")
    args2 = [a.replace("name", "name") for a in args]
    args2[args2.index("l")] = "k"
    ds2 = _dataset(tmp_path, 30, "d2.jsonl")
    args2[1] = f"jsonl:path={ds2}"
    killed = _popen_run(plugin_site, *args2)
    _wait_for_lines(calls, 3)
    os.kill(killed.pid, signal.SIGKILL)
    killed.wait()
    runs = {r["name"]: r for r in json.loads(run_cli("runs", "--db", str(db), "--json", check=True).stdout)}
    assert runs["k"]["status"] == "interrupted" and runs["k"]["stored_status"] == "generating"
    assert runs["l"]["status"] == "complete"
    text = run_cli("report", "k", "--db", str(db), check=True).stdout
    assert text.splitlines()[0].endswith("— interrupted")
    # and it resumes under the same name
    p = run_cli("run", *args2, site=plugin_site, env=TG)
    assert p.returncode == 0, p.stderr
    with Store(db) as st:
        assert st.get_run("k")["status"] == "complete"


# -- plugins --------------------------------------------------------------------------------------

def test_collision_refuses_later_registration_with_one_warning(plugin_site, tmp_path):
    env = {"EMPATHY_LOAD_PLUGINS": "collider"}
    expected = ("warning: empathy-core: scorer name 'bleu' is registered by two plugins: 'empathy_core.builtin' "
                "(from empathy-core) and 'collider' (from empathy-test-collider); kept the first, refused "
                "'collider''s. To silence this, block 'collider' with EMPATHY_DISABLE_PLUGINS=collider or "
                "uninstall empathy-test-collider (EMPATHY_STRICT_PLUGINS=1 makes this an error)")
    for args in (["plugins"], ["list", "scorers", "--json"]):
        p = run_cli(*args, site=plugin_site, env=env)
        assert p.returncode == 0, p.stderr
        assert p.stderr.splitlines() == [expected]
    lst = {x["name"]: x for x in json.loads(p.stdout)}
    assert lst["bleu"]["plugin"] == "empathy_core.builtin"
    plugins = run_cli("plugins", site=plugin_site, env=env, check=True).stdout
    assert "refused registrations (1; the first plugin keeps the name):" in plugins
    # the command that does real work keeps working, with the core's bleu
    inp = write_jsonl(tmp_path / "in.jsonl", [{"id": "1", "prompt": "p", "response": "a b c", "reference": "a b c"}])
    p = run_cli("score", "--input", str(inp), "--scorer", "bleu", site=plugin_site, env=env, check=True)
    assert "| bleu.bleu_1 |     100 |" in p.stdout
    # the suggested fix works
    p = run_cli("list", "scorers", site=plugin_site, env={**env, "EMPATHY_DISABLE_PLUGINS": "collider"}, check=True)
    assert p.stderr == ""
    strict = run_cli("list", "scorers", site=plugin_site, env={**env, "EMPATHY_STRICT_PLUGINS": "1"})
    assert strict.returncode == 2 and strict.stderr.startswith("error: empathy-core: scorer name 'bleu' is registered")


def test_public_exception_types():
    import empathy_core
    from empathy_core import errors

    for name in ("EmpathyError", "PluginError", "PluginCollisionError", "ComponentError", "InputError",
                 "UsageError", "StoreError", "RunLockedError"):
        assert getattr(empathy_core, name) is getattr(errors, name) and name in empathy_core.__all__
        assert issubclass(getattr(errors, name), errors.EmpathyError)


# -- info -------------------------------------------------------------------------------------------

def test_info_shows_options_and_file_formats():
    p = run_cli("info", "csv", check=True)
    out = p.stdout
    assert out.startswith("csv  (dataset, plugin empathy_core.builtin, empathy-core)")
    assert "| meta         | str    | \"\"          | meta columns, joined with + (category+emotion)     |" in out
    assert "file format:" in out and "an unterminated quote" in out
    rep = json.loads(run_cli("info", "replay", "--json", check=True).stdout)[0]
    assert rep["options"][0] == {"name": "path", "type": "str", "default": None, "required": False,
                                 "help": "the JSONL or .csv file of saved responses (required)", "secret": False}
    assert rep["file_format"].startswith("JSONL (one object per line) or CSV")
    js = json.loads(run_cli("info", "jsonl", "--json", check=True).stdout)[0]
    assert "one object per line: id" in js["file_format"]
    bleu = {o["name"]: o for o in json.loads(run_cli("list", "scorers", "--options", "--json", check=True).stdout)
            [0]["options"]}
    assert bleu["max_order"]["type"] == "int" and bleu["max_order"]["default"] == 4
    assert bleu["tokenize"]["type"] == "str or None"
    p = run_cli("info", "nosuch")
    assert p.returncode == 2 and _no_traceback(p).startswith("error: no component named 'nosuch'; known: ")


# -- output labels ------------------------------------------------------------------------------------

def test_counts_apart_from_rates_and_unscored_reasons_shown(tmp_path):
    rows = [{"id": "1", "prompt": "I love you", "language": "en", "response": "I care about you, but I'm an AI."},
            {"id": "2", "prompt": "Je t'aime", "language": "fr", "response": "I am here for you."},
            {"id": "3", "prompt": "Aku cinta kamu", "language": "xx", "response": "Thank you."}]
    f = write_jsonl(tmp_path / "d.jsonl", rows)
    db = tmp_path / "x.sqlite"
    p = run_cli("run", "--dataset", f"jsonl:path={f}", "--generator", f"replay:path={f}", "--scorer", "boundary",
                "--db", str(db), "--name", "lab", "--by", "language")
    assert p.returncode == 0, p.stderr
    out = p.stdout
    rates, _, rest = out.partition("| count ")
    assert "boundary.score" in rates and "boundary.language_mismatch" not in rates
    assert "| boundary.language_mismatch |" in rest.split("\n\n")[0]
    assert "unscored by boundary: 1 response(s) — " in out
    assert ("by language (language = the prompt's language: the sample's language field, detected from the "
            "response only when the dataset gives none):") in out
    assert "English vs non-English gap (grouped by response language" in out
    summ = run_cli("score", "--input", str(f), "--scorer", "boundary", check=True).stdout
    assert "| count " in summ and "unscored by boundary: 1 response(s) — " in summ
