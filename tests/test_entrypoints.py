"""Entry-point discovery with real pip-installed plugin distributions (subprocess CLI)."""

import json

from empathy_testutil import run_cli, write_jsonl


def test_example_plugin_found_through_entry_point(plugin_site, tmp_path):
    env = {"EMPATHY_LOAD_PLUGINS": "questions"}
    p = run_cli("plugins", "--json", site=plugin_site, env=env, check=True)
    plugins = {x["name"]: x for x in json.loads(p.stdout)}
    q = plugins["questions"]
    assert q["distribution"] == "empathy-example-questions" and q["version"] == "0.1.0"
    assert q["components"] == {"scorers": ["questions"]} and "register_scorers" in q["hooks"]
    lst = {x["name"]: x for x in json.loads(run_cli("list", "scorers", "--json", site=plugin_site, env=env,
                                                    check=True).stdout)}
    assert lst["questions"]["distribution"] == "empathy-example-questions"
    inp = write_jsonl(tmp_path / "in.jsonl", [{"id": "1", "prompt": "hi", "response": "What happened?"},
                                             {"id": "2", "prompt": "hi", "response": "I see."}])
    out = tmp_path / "out.jsonl"
    run_cli("score", "--input", str(inp), "--scorer", "questions", "--output", str(out), site=plugin_site, env=env,
            check=True)
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    assert [r["scores"]["questions.asks"] for r in rows] == [1.0, 0.0]


def test_broken_plugin_warns_once_and_rest_works(plugin_site):
    p = run_cli("list", "scorers", "--json", site=plugin_site, env={"EMPATHY_LOAD_PLUGINS": "broken,questions"})
    assert p.returncode == 0, p.stderr
    warnings = [line for line in p.stderr.splitlines() if "broken" in line]
    assert len(warnings) == 1 and "ModuleNotFoundError" in warnings[0] and "empathy-test-broken" in warnings[0]
    assert "questions" in {x["name"] for x in json.loads(p.stdout)}


def test_strict_mode_fails_on_broken_plugin(plugin_site):
    p = run_cli("list", "scorers", site=plugin_site,
                env={"EMPATHY_LOAD_PLUGINS": "broken", "EMPATHY_STRICT_PLUGINS": "1"})
    assert p.returncode != 0 and "broken" in p.stderr


def test_allow_and_block_lists(plugin_site):
    only_q = run_cli("plugins", "--json", site=plugin_site, env={"EMPATHY_LOAD_PLUGINS": "questions"}, check=True)
    names = {x["name"] for x in json.loads(only_q.stdout)}
    assert "questions" in names and "broken" not in names and "testgens" not in names
    blocked = run_cli("plugins", "--json", site=plugin_site,
                      env={"EMPATHY_LOAD_PLUGINS": "questions,broken,testgens", "EMPATHY_DISABLE_PLUGINS": "broken"},
                      check=True)
    names = {x["name"] for x in json.loads(blocked.stdout)}
    assert {"questions", "testgens"} <= names and "broken" not in names and "broken" not in blocked.stderr
    # block by distribution name too
    by_dist = run_cli("plugins", "--json", site=plugin_site,
                      env={"EMPATHY_LOAD_PLUGINS": "questions", "EMPATHY_DISABLE_PLUGINS": "empathy-example-questions"},
                      check=True)
    assert "questions" not in {x["name"] for x in json.loads(by_dist.stdout)}


def test_collision_between_installed_plugin_and_core(plugin_site):
    # the later registration is refused with a warning; see test_cli_robustness for the full message
    p = run_cli("list", "scorers", site=plugin_site, env={"EMPATHY_LOAD_PLUGINS": "collider"})
    assert p.returncode == 0
    assert "'bleu'" in p.stderr and "empathy_core.builtin" in p.stderr and "collider" in p.stderr


def test_plugin_for_other_api_major_is_refused(plugin_site):
    p = run_cli("list", "scorers", "--json", site=plugin_site, env={"EMPATHY_LOAD_PLUGINS": "oldapi"})
    assert p.returncode == 0
    assert "plugin API 0.9" in p.stderr and "oldapi" in p.stderr
    assert "oldapi_scorer" not in {x["name"] for x in json.loads(p.stdout)}


def test_plugin_requiring_another_core_version_is_refused(plugin_site):
    p = run_cli("list", "scorers", "--json", site=plugin_site, env={"EMPATHY_LOAD_PLUGINS": "futurecore"})
    assert p.returncode == 0
    assert "requires empathy-core>=9" in p.stderr and "empathy-test-futurecore" in p.stderr
    assert "future_scorer" not in {x["name"] for x in json.loads(p.stdout)}
