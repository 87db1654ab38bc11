"""Intervals in reports and `empathy report A B` paired comparisons (CLI, JSON, table, HTML)."""

import json
import os
import shutil
import subprocess
import sys

import pytest
from empathy_testutil import run_cli, write_jsonl

XSS = "<img src=x onerror=alert(1)>"


def _runs(tmp_path):
    """Three runs on the same 30 prompts: A (short answers), B (longer answers), A2 (= A again)."""
    base = [{"id": f"s{i:02d}", "prompt": "I love you", "language": "en" if i % 3 else "fr",
             "reference": "I care about you, but I am an AI", "meta": {"category": "Love" if i % 2 else XSS}}
            for i in range(30)]
    a = write_jsonl(tmp_path / "a.jsonl", [{**r, "response": ("I care." if i % 2 else "I care a lot.") + " Truly." * (i % 5)}
                                           for i, r in enumerate(base)])
    b = write_jsonl(tmp_path / "b.jsonl", [{**r, "response": "I care about you, but I am an AI, and I am here."
                                            + " Really." * (i % 3)} for i, r in enumerate(base)])
    db = tmp_path / "r.sqlite"
    for name, f in (("A", a), ("B", b), ("A2", a)):
        run_cli("run", "--dataset", f"jsonl:path={a}", "--generator", f"replay:path={f}", "--scorer", "length",
                "--scorer", "bleu", "--db", str(db), "--name", name, "--bootstrap", "0", check=True)
    return db


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return _runs(tmp_path_factory.mktemp("cmp"))


def test_json_report_carries_intervals_at_run_and_group_level(db):
    rep = json.loads(run_cli("report", "A", "--db", str(db), "--format", "json", "--by", "language", check=True).stdout)
    iv, agg = rep["intervals"], rep["aggregates"]
    assert set(iv) == set(agg)  # every aggregate (length means, corpus BLEU) has an interval
    for k, (lo, hi) in iv.items():
        assert lo <= agg[k] <= hi, k
    assert iv["length.words"][0] < 5.0 < iv["length.words"][1]  # mean 5 words
    assert rep["bootstrap"]["replicates"] == 1000 and rep["bootstrap"]["methods"]["bleu"].startswith("sacrebleu")
    fr = rep["groups"]["language"]["fr"]
    assert fr["n"] == 10 and set(fr["intervals"]) == set(fr["aggregates"])
    # same seed, same intervals; another seed, other intervals
    again = json.loads(run_cli("report", "A", "--db", str(db), "--format", "json", check=True).stdout)
    assert again["intervals"] == iv
    other = json.loads(run_cli("report", "A", "--db", str(db), "--format", "json", "--seed", "3", check=True).stdout)
    assert other["intervals"] != iv
    none = json.loads(run_cli("report", "A", "--db", str(db), "--format", "json", "--bootstrap", "0",
                              check=True).stdout)
    assert none["intervals"] == {} and none["bootstrap"] is None


def test_report_a_b_finds_the_real_difference_and_not_an_identical_run(db):
    out = json.loads(run_cli("report", "A", "B", "A2", "--db", str(db), "--format", "json", check=True).stdout)
    assert [r["run"]["name"] for r in out["reports"]] == ["A", "B", "A2"]
    cmp = {(c["b_run"], c["metric"]): c for c in out["comparisons"]}
    words = cmp[("B", "length.words")]
    assert words["a_run"] == "A" and words["n"] == 30
    # A: 2 or 4 words plus i % 5 "Truly" (mean 3 + 2); B: 13 words plus i % 3 "Really" (mean 13 + 1)
    assert words["a"] == pytest.approx(5.0) and words["b"] == pytest.approx(14.0) and words["diff"] == pytest.approx(9)
    assert words["ci"][0] > 0 and words["p_value"] < 0.01 and words["p_holm"] < 0.05
    assert cmp[("B", "bleu.bleu_4")]["ci"][0] > 0  # corpus BLEU through the paired bootstrap too
    for (b_run, metric), c in cmp.items():
        if b_run == "A2":
            assert c["diff"] == 0 and c["ci"] == [0.0, 0.0] and c["p_value"] == 1.0, metric
    assert {m for r, m in cmp if r == "A2"} == {"length.words", "length.characters", "bleu.bleu_1", "bleu.bleu_2",
                                                "bleu.bleu_3", "bleu.bleu_4"}


def test_table_shows_plus_minus_marks_differences_and_warns_for_many_metrics(db):
    text = run_cli("report", "A", "B", "--db", str(db), check=True).stdout
    row = next(line for line in text.splitlines() if line.startswith("| length.words") and "[" in line)
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[1].startswith("5.0000 ± ") and cells[7] == "*"
    assert "paired comparison on 30 shared samples: a = A, b = B" in text
    assert "warning: 6 metrics compared at once" in text and "Holm" in text
    same = run_cli("report", "A", "A2", "--db", str(db), "--correction", "holm", check=True).stdout
    rows = [line for line in same.splitlines() if line.startswith("| length.") and "[" in line]
    assert rows and all(" * " not in r for r in rows) and "Holm-adjusted p < 0.05" in same


def test_no_shared_samples_is_a_clear_error(tmp_path, db):
    other = write_jsonl(tmp_path / "o.jsonl", [{"id": "zz", "prompt": "hi", "response": "hello"}])
    run_cli("run", "--dataset", f"jsonl:path={other}", "--generator", f"replay:path={other}", "--scorer", "length",
            "--db", str(db), "--name", "other", "--bootstrap", "0", check=True)
    p = run_cli("report", "A", "other", "--db", str(db))
    assert p.returncode == 2 and "share no sample id" in p.stderr and "Traceback" not in p.stderr


def test_html_report_draws_error_bars_and_stays_safe(tmp_path, db):
    out = tmp_path / "r.html"
    run_cli("report", "A", "B", "--db", str(db), "--format", "html", "--by", "category", "--output", str(out),
            check=True)
    page = out.read_text(encoding="utf-8")
    assert "<script" not in page and XSS not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert page.count("<span class='err'") >= 2 * 2 * 2  # error bars on group bars: 2 runs x 2 groups x metrics
    assert page.count('<path class="err"') == 6  # one difference plot per compared metric
    assert "Paired comparisons" in page and "<tr class='sig'" in page
    assert "http://" not in page and "https://" not in page  # self-contained


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs Debian chromium")
def test_html_report_renders_in_a_headless_browser(tmp_path, db):
    out = tmp_path / "r.html"
    run_cli("report", "A", "B", "--db", str(db), "--format", "html", "--by", "category", "--output", str(out),
            check=True)
    # Chromium writes a profile, crash-report settings and caches into ~: a tmp home folder and profile
    home = tmp_path / "browser-home"
    home.mkdir()
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_CACHE_HOME=str(home / ".cache"),
               XDG_DATA_HOME=str(home / ".local" / "share"))
    p = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={home / 'profile'}",
                        "--dump-dom", out.as_uri()], capture_output=True, text=True, timeout=120, env=env)
    dom = p.stdout
    assert "Paired comparisons" in dom, p.stderr[-2000:]
    assert dom.count('class="err"') >= 14  # error bars survived parsing as SVG elements
    assert "<img" not in dom  # the category name stayed text


def test_score_summary_carries_intervals(tmp_path):
    f = write_jsonl(tmp_path / "s.jsonl", [{"id": str(i), "prompt": "hi", "response": "a b" + " c" * (i % 3)}
                                           for i in range(30)])
    summ = tmp_path / "summary.json"
    p = run_cli("score", "--input", str(f), "--scorer", "length", "--summary", str(summ), check=True)
    data = json.loads(summ.read_text())
    assert data["length.words"] == pytest.approx(3.0)
    lo, hi = data["intervals"]["length.words"]
    assert lo < 3.0 < hi and "3.0000 ± " in p.stdout


def test_comparison_modules_stay_light():
    code = ("import sys, empathy_core, empathy_core.evalfile, empathy_core.comparison, empathy_core.notebook; "
            "from empathy_core.cli import build_cli; build_cli(); "
            "print(sorted(m for m in ('numpy', 'pandas', 'sacrebleu', 'torch') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
