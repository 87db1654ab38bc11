"""Judge/boundary agreement: the statistics and the `empathy agreement` command on a score file."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from empathy_remote.agreement import cohen_kappa, judge_boundary_agreement, spearman


def test_kappa_matches_sklearn():
    sk = pytest.importorskip("sklearn.metrics")
    judge = [1, 1, 0, 0, 1, 0, 1, 0, 0, 1]
    bound = [1, 0, 0, 0, 1, 1, 1, 0, 1, 1]
    a = sum(j and b for j, b in zip(judge, bound, strict=False))
    b = sum(j and not x for j, x in zip(judge, bound, strict=False))
    c = sum(not j and x for j, x in zip(judge, bound, strict=False))
    d = sum(not j and not x for j, x in zip(judge, bound, strict=False))
    assert cohen_kappa(a, b, c, d) == pytest.approx(sk.cohen_kappa_score(judge, bound))


def test_kappa_edge_cases():
    assert cohen_kappa(0, 0, 0, 0) is None
    assert cohen_kappa(5, 0, 0, 0) is None  # both constant and equal: kappa undefined
    assert cohen_kappa(3, 0, 0, 3) == 1.0
    assert cohen_kappa(0, 3, 3, 0) == -1.0


def test_spearman_with_ties():
    scipy_stats = pytest.importorskip("scipy.stats")
    xs, ys = [1, 2, 2, 3, 5, 4], [0.5, 3, 3, 2, 9, 7]
    assert spearman(xs, ys) == pytest.approx(scipy_stats.spearmanr(xs, ys).statistic)
    assert spearman([1, 1, 1], [1, 2, 3]) is None


def _rec(lang, judge, boundary, extra=None):
    scores = {f"judge.{k}": v for k, v in judge.items()}
    scores.update({f"boundary.{k}": v for k, v in boundary.items()})
    return {"id": "x", "language": lang, "scores": scores, **(extra or {})}


def test_per_language_and_pattern():
    recs = [
        _rec("en", {"apology": 1, "deflection": 0}, {"apology": 1, "deflection": 1}),
        _rec("en", {"apology": 0, "deflection": 0}, {"apology": 0, "deflection": 0}),
        _rec("fr", {"apology": 1}, {"apology": 0}),
        # the boundary scorer found the response was in Italian although the prompt was French
        _rec("fr", {"apology": 1}, {"apology": 1}, {"evidence": {"boundary": {"response_language": "it"}}}),
        {"id": "only-judge", "language": "en", "scores": {"judge.apology": 1}},
    ]
    res = judge_boundary_agreement(recs)
    assert res["n_records"] == 5 and res["n_both_scored"] == 4
    en = res["by_language"]["en"]["patterns"]
    assert en["apology"] == {"n": 2, "both": 1, "judge_only": 0, "boundary_only": 0, "neither": 1,
                             "agreement": 1.0, "kappa": 1.0, "judge_rate": 0.5, "boundary_rate": 0.5}
    assert en["deflection"]["boundary_only"] == 1 and en["deflection"]["agreement"] == 0.5
    assert res["by_language"]["fr"]["patterns"]["apology"]["judge_only"] == 1
    assert res["by_language"]["it"]["patterns"]["apology"]["both"] == 1
    assert res["overall"]["patterns"]["apology"]["n"] == 4


def test_agreement_command_on_a_score_file(tmp_path):
    from empathy_core.cli import build_cli

    p = tmp_path / "scored.jsonl"
    recs = [_rec("en", {"apology": i % 2, "boundary_rating": 1 + i % 5}, {"apology": i % 2, "score": i % 7})
            for i in range(6)]
    p.write_text("".join(json.dumps(r) + "\n" for r in recs))
    runner = CliRunner()
    r = runner.invoke(build_cli(), ["agreement", str(p), "--format", "json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.output[r.output.index("{"):])
    assert out["by_language"]["en"]["patterns"]["apology"]["kappa"] == 1.0
    assert out["by_language"]["en"]["rating_spearman"]["n"] == 6
    r = runner.invoke(build_cli(), ["agreement", str(p)])
    assert r.exit_code == 0 and "| en " in r.output and "apology" in r.output
