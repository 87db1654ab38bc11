"""Reports (json, csv, html, table) and the CLI commands around runs."""

import csv
import io
import json

from empathy_testutil import run_cli, write_jsonl

XSS = "<script>alert('x')</script> & <b>bold</b>"


def _setup(tmp_path):
    rows = [
        {"id": "a", "prompt": "I love you", "language": "en", "reference": "I care about you",
         "meta": {"category": "Love"}, "response": "I care about you, but as an AI."},
        {"id": "b", "prompt": "Je t'aime", "language": "fr", "reference": "Je tiens à toi",
         "meta": {"category": "Love"}, "response": "Je tiens à toi " + XSS},
        {"id": "c", "prompt": "Don't leave me", "language": "en", "reference": "I'm here",
         "meta": {"category": "Attachment"}, "response": "I'm here with you."},
    ]
    f = write_jsonl(tmp_path / "d.jsonl", rows)
    db = tmp_path / "r.sqlite"
    p = run_cli("run", "--dataset", f"jsonl:path={f}", "--generator", f"replay:path={f}", "--scorer", "bleu",
                "--scorer", "length", "--scorer", "distinct", "--db", str(db), "--name", "demo", check=True)
    return f, db, p


def test_run_prints_id_and_table(tmp_path):
    _, db, p = _setup(tmp_path)
    assert p.stdout.startswith("run ") and "(demo)" in p.stdout and "bleu.bleu_1" in p.stdout
    assert "by language (language = the prompt's language" in p.stdout
    runs = json.loads(run_cli("runs", "--db", str(db), "--json", check=True).stdout)
    assert runs[0]["name"] == "demo" and runs[0]["n_samples"] == 3


def test_report_json_structure_and_groups(tmp_path):
    _, db, _ = _setup(tmp_path)
    rep = json.loads(run_cli("report", "latest", "--db", str(db), "--format", "json", "--by", "language,category",
                             check=True).stdout)
    assert rep["run"]["name"] == "demo" and rep["run"]["generator"].startswith("replay")
    assert {s["name"] for s in rep["run"]["scorers"]} == {"bleu", "length", "distinct"}
    assert all("signature" in s for s in rep["run"]["scorers"])
    assert set(rep["groups"]) == {"language", "category"}
    assert set(rep["groups"]["language"]) == {"en", "fr"} and rep["groups"]["language"]["en"]["n"] == 2
    # group BLEU is recomputed on the subset, not averaged
    assert rep["groups"]["category"]["Attachment"]["aggregates"]["bleu.bleu_1"] != rep["aggregates"]["bleu.bleu_1"]
    s = {x["id"]: x for x in rep["samples"]}
    assert s["b"]["response"].endswith(XSS) and s["b"]["language"] == "fr" and s["a"]["meta"]["category"] == "Love"
    assert s["a"]["scores"]["length.words"] == 8.0 and s["a"]["error"] is None


def test_report_cross_grouping_and_comparison(tmp_path):
    f, db, _ = _setup(tmp_path)
    rep = json.loads(run_cli("report", "demo", "--db", str(db), "--format", "json", "--by", "language+category",
                             check=True).stdout)
    assert set(rep["groups"]["language+category"]) == {"en × Love", "en × Attachment", "fr × Love"}
    run_cli("run", "--dataset", f"jsonl:path={f}", "--generator", f"replay:path={f}", "--scorer", "length",
            "--db", str(db), "--name", "second", "--limit", "2", check=True)
    both = json.loads(run_cli("report", "demo", "second", "--db", str(db), "--format", "json", check=True).stdout)
    assert [r["run"]["name"] for r in both["reports"]] == ["demo", "second"]
    table = run_cli("report", "demo", "second", "--db", str(db), "--by", "category", check=True).stdout
    assert "demo" in table and "second" in table and "by category:" in table


def test_report_html_escapes_model_text(tmp_path):
    _, db, _ = _setup(tmp_path)
    out = tmp_path / "r.html"
    run_cli("report", "demo", "--db", str(db), "--format", "html", "--by", "language,category", "--output", str(out),
            check=True)
    page = out.read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "<b>bold</b>" not in page and page.count("<svg") >= 4 and "http" not in page.split("<body>")[1][:200]


def test_report_csv(tmp_path):
    _, db, _ = _setup(tmp_path)
    text = run_cli("report", "demo", "--db", str(db), "--format", "csv", check=True).stdout
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["id"] for r in rows] == ["a", "b", "c"] and rows[0]["length.words"] == "8.0"
    assert rows[0]["meta.category"] == "Love"


def test_unknown_run_and_component_errors(tmp_path):
    f, db, _ = _setup(tmp_path)
    p = run_cli("report", "nope", "--db", str(db))
    assert p.returncode == 2 and "no run 'nope'" in p.stderr
    p = run_cli("run", "--dataset", "jsonl:path=x.jsonl", "--generator", "nosuch", "--db", str(db))
    assert p.returncode == 2 and "unknown generator 'nosuch'" in p.stderr
    p = run_cli("run", "--dataset", "jsonl:path=x.jsonl", "--generator", f"replay:path={f}", "--scorer", "bleu:max_order=x",
                "--db", str(db))
    assert p.returncode == 2 and "scorer 'bleu'" in p.stderr


def test_list_json(tmp_path):
    lst = json.loads(run_cli("list", "datasets", "--json", check=True).stdout)
    names = {x["name"]: x for x in lst}
    assert names["jsonl"]["distribution"] == "empathy-core" and "csv" in names
    sc = {x["name"]: x for x in json.loads(run_cli("list", "scorers", "--json", check=True).stdout)}
    # listing stays light: the scorer modules are not imported, so capabilities are not known yet
    assert sc["bleu"] == {"name": "bleu", "kind": "scorer", "plugin": "empathy_core.builtin", "distribution": "empathy-core",
                          "description": "Cumulative corpus BLEU-1..4 (sacrebleu)", "capabilities": None}
    assert sc["length"]["capabilities"] is None and sc["distinct"]["capabilities"] is None


def test_entry_capabilities_once_resolved():
    from empathy_core.plugins import build_registry

    reg = build_registry()
    entry = reg.entry("scorers", "bleu")
    entry.resolve()
    assert entry.to_dict()["capabilities"] == {
        "languages": None, "needs_gpu": False, "needs_network": False, "needs_reference": True,
        "higher_is_better": {"bleu_1": True, "bleu_2": True, "bleu_3": True, "bleu_4": True, "sentence_bleu": True}}
    distinct = reg.entry("scorers", "distinct")
    distinct.resolve()
    assert distinct.to_dict()["capabilities"]["needs_reference"] is False
    assert distinct.to_dict()["capabilities"]["higher_is_better"] == {"distinct_1": True, "distinct_2": True}


def test_report_groups_by_detected_language_when_undeclared(tmp_path):
    """Samples without a declared language are grouped by the language a scorer detected for the
    response (ItemScore.language); only when no scorer gave one are they "unknown"."""
    from typing import ClassVar

    import attrs

    from empathy_core import ItemScore, Sample, Scorer, evaluate
    from empathy_core.generators.replay import ReplayGenerator
    from empathy_core.report import build_report
    from empathy_core.store import Store

    detected = {"a": "en", "b": "fr", "c": "en", "d": None}

    @attrs.define
    class Detecting(Scorer):
        name: ClassVar[str] = "detecting"

        def score(self, items):
            return [ItemScore(scores={"detecting.x": 1.0}, language=detected[it.sample.id]) for it in items]

    rows = [{"id": i, "prompt": "p " + i, "response": "r " + i} for i in "abcd"]
    rows.append({"id": "e", "prompt": "p e", "response": "r e", "language": "de"})  # declared: wins
    detected["e"] = "en"
    f = write_jsonl(tmp_path / "u.jsonl", rows)
    samples = [Sample.from_prompt(r["id"], r["prompt"], language=r.get("language")) for r in rows]
    db = tmp_path / "u.sqlite"
    evaluate(samples, ReplayGenerator(path=str(f)), [Detecting(), "length"], db=db, name="undeclared")
    with Store(db) as st:
        rep = build_report(st, "undeclared", by=["language"])
    groups = rep["groups"]["language"]
    assert {k: v["n"] for k, v in groups.items()} == {"en": 2, "fr": 1, "unknown": 1, "de": 1}
    assert {s["id"]: s["language"] for s in rep["samples"]} == {"a": "en", "b": "fr", "c": "en", "d": "unknown",
                                                               "e": "de"}
    # the same through the command line
    cli = json.loads(run_cli("report", "undeclared", "--db", str(db), "--format", "json", "--by", "language",
                             check=True).stdout)
    assert {k: v["n"] for k, v in cli["groups"]["language"].items()} == {"en": 2, "fr": 1, "unknown": 1, "de": 1}
