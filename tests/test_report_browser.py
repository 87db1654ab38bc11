"""The HTML report in a real headless Chromium (Debian package ``chromium``): no cell's content
overflows its box, every chart title and label is whole, long texts are collapsed, nothing is
fetched, no script runs from the report itself. The checks run as JavaScript inside the page: a
copy of the report gets a test-only script that writes its findings into the DOM, which
``chromium --dump-dom`` prints."""

import html
import json
import re
import shutil
import subprocess

import pytest
from empathy_testutil import run_cli, write_jsonl

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="needs the Debian package chromium (.ci/run installs it)")

LONG_TOKEN = "x" * 20000
URL = "https://example.org/" + "/".join(f"segment{i}-{'q' * 30}" for i in range(12)) + "?a=1&b=2"
BIG = ("I hear you, and this matters. " * 800)[:23000]
RUN_NAME = "a-very-long-run-name-" + "without-any-space-" * 8 + "end"
CATEGORY = "Category" + "-long" * 40
XSS = "<script>document.title='pwned'</script><img src=x onerror=alert(1)>"

CHECK_JS = r"""
(function () {
  const out = {overflow: [], titles: [], labels: [], page: null, details: 0, scripts: 0, external: []};
  const W = window.innerWidth;
  function clipped(el) { return el.scrollWidth > el.clientWidth + 1; }
  for (const el of document.querySelectorAll('td, th, figcaption, h1, h2, p, summary')) {
    const r = el.getBoundingClientRect();
    if (!r.width) continue;
    let bad = clipped(el) || r.left < -1 || r.right > W + 1;
    for (const c of el.querySelectorAll('*')) {
      const cr = c.getBoundingClientRect();
      if (cr.width && (cr.right > r.right + 1 || cr.left < r.left - 1)) { bad = true; }
    }
    if (bad) out.overflow.push(el.tagName + ': ' + el.textContent.slice(0, 60));
  }
  for (const t of document.querySelectorAll('table')) {
    if (t.getBoundingClientRect().right > W + 1) out.overflow.push('TABLE wider than the page');
  }
  for (const f of document.querySelectorAll('figure.chart figcaption')) {
    const r = f.getBoundingClientRect();
    out.titles.push({text: f.textContent, whole: !clipped(f) && r.left >= 0 && r.right <= W + 1 && r.height > 0});
  }
  for (const l of document.querySelectorAll('table.bars th.lab')) {
    const r = l.getBoundingClientRect();
    out.labels.push({text: l.textContent, whole: !clipped(l) && r.left >= 0 && r.right <= W + 1});
  }
  out.page = {scrollWidth: document.documentElement.scrollWidth, width: W};
  out.details = document.querySelectorAll('details:not([open])').length;
  out.scripts = document.querySelectorAll('script').length - 1;  // minus this checker
  for (const el of document.querySelectorAll('[src], link[href]')) out.external.push(el.outerHTML.slice(0, 80));
  out.title = document.title;
  const pre = document.createElement('pre');
  pre.id = 'empathy-check';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
"""


def _browser_env(tmp_path) -> dict:
    """Chromium writes crash-report settings and a dconf cache into ~ whatever --user-data-dir says:
    it gets a tmp home folder (the suite writes only under tmp folders)."""
    import os

    home = tmp_path / "browser-home"
    home.mkdir(exist_ok=True)
    return dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
                XDG_CACHE_HOME=str(home / ".cache"), XDG_DATA_HOME=str(home / ".local" / "share"))


def _check(page_html: str, tmp_path, name: str) -> dict:
    test_page = tmp_path / f"{name}.html"
    test_page.write_text(page_html.replace("</body>", f"<script>{CHECK_JS}</script></body>"), encoding="utf-8")
    p = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--no-first-run", "--window-size=1280,900", "--virtual-time-budget=3000",
                        f"--user-data-dir={tmp_path / ('profile-' + name)}", "--dump-dom", test_page.as_uri()],
                       capture_output=True, text=True, timeout=120, env=_browser_env(tmp_path))
    m = re.search(r'<pre id="empathy-check">(.*?)</pre>', p.stdout, re.S)
    assert m, f"no result from chromium (rc {p.returncode}): {p.stderr[-2000:]}"
    return json.loads(html.unescape(m.group(1)))


@pytest.fixture(scope="module")
def nasty_report(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("html")
    responses = [LONG_TOKEN, f"see {URL} for help", BIG, "I care about you, but I'm an AI. " + XSS, "short"]
    rows = [{"id": f"s{i}", "prompt": (f"prompt {i} " + (URL if i == 1 else "")), "language": "en" if i % 2 else "fr",
             "meta": {"category": CATEGORY if i < 3 else "Love"}, "response": r} for i, r in enumerate(responses)]
    f = write_jsonl(tmp / "d.jsonl", rows)
    db = tmp / "r.sqlite"
    for name in (RUN_NAME, "second"):
        run_cli("run", "--dataset", f"jsonl:path={f}", "--generator", f"replay:path={f}", "--scorer", "length",
                "--scorer", "boundary", "--db", str(db), "--name", name, check=True)
    out = tmp / "report.html"
    run_cli("report", RUN_NAME, "second", "--db", str(db), "--format", "html", "--by", "category,language",
            "--output", str(out), check=True)
    return out.read_text(encoding="utf-8"), tmp


def test_no_cell_overflows_and_chart_titles_are_whole(nasty_report):
    page, tmp = nasty_report
    res = _check(page, tmp, "report")
    assert res["overflow"] == []
    assert res["page"]["scrollWidth"] <= res["page"]["width"]
    assert res["titles"] and all(t["whole"] for t in res["titles"]), [t for t in res["titles"] if not t["whole"]]
    assert f"{RUN_NAME}: length.characters" in [t["text"] for t in res["titles"]]
    assert res["labels"] and all(lab["whole"] for lab in res["labels"])
    assert CATEGORY in [lab["text"] for lab in res["labels"]]
    # the 20,000-character token and the 23 KB response are collapsed (two runs: 2 x 2 responses)
    assert res["details"] == 4
    # self-contained and inert: no external resource, no script of its own, the injected title unchanged
    assert res["external"] == [] and res["scripts"] == 0 and res["title"] == "empathy-core report"


def test_the_check_catches_overflow(nasty_report):
    """The same page without its stylesheet overflows: the browser check must say so."""
    page, tmp = nasty_report
    bare = re.sub(r"<style>.*?</style>", "", page, flags=re.S)
    res = _check(bare, tmp, "bare")
    assert len(res["overflow"]) > 5 or res["page"]["scrollWidth"] > res["page"]["width"]
    assert res["page"]["scrollWidth"] > res["page"]["width"]
