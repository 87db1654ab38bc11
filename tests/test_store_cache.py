"""Issue 16: the store's cache keys, generation and score caches, scores and run records, in-process
(real SQLite in tmp) with known values, so that mutation testing sees them (docs/results/mutation.md)."""

import hashlib
import json

import pytest

from empathy_core import Generation, ItemScore, Sample
from empathy_core.errors import EmpathyError
from empathy_core.secrets import register_secret
from empathy_core.store import Store, _scorer_record, content_key, response_hash, score_sample_key


def _sha(text):
    return hashlib.sha256(text.encode()).hexdigest()


def _sample(i=0, **kw):
    return Sample.from_prompt(f"s{i}", f"prompt {i}", **kw)


def test_cache_keys_are_sha256_of_known_payloads():
    s = Sample.from_prompt("a", "héllo", language="fr", references=("r",), meta={"k": 1})
    assert score_sample_key(s) == _sha(json.dumps(s.to_dict(), ensure_ascii=False, sort_keys=True, default=str))
    assert response_hash("ré", {"b": 2, "a": 1}) == _sha('["ré", {"a": 1, "b": 2}]')
    assert response_hash("x") == response_hash("x", {}) == _sha('["x", {}]')
    assert content_key(s) == _sha(f"a\x00{s.content_hash()}")
    # what each key depends on
    base = _sample(language="en", references=("r",), meta={"k": 1})
    for other in (_sample(language="de", references=("r",), meta={"k": 1}),
                  _sample(language="en", references=("other",), meta={"k": 1}),
                  _sample(language="en", references=("r",), meta={"k": 2})):
        assert score_sample_key(other) != score_sample_key(base)
    # the generator sees no references and no meta: the generation key ignores them, not the language
    assert content_key(_sample(language="en", references=("x",), meta={"k": 9})) == content_key(base)
    assert content_key(_sample(language="de")) != content_key(base)
    assert content_key(Sample.from_prompt("s1", "prompt 0", language="en")) != content_key(base)


def _gen(i, text="t", error=None, **kw):
    return Generation(f"s{i}", text, generator="g1", error=error, **kw)


def test_finished_keys_and_generations_across_chunks(tmp_path):
    with Store(tmp_path / "s.sqlite") as st:
        keys = [f"k{i:04d}" for i in range(1203)]
        for i, k in enumerate(keys):
            if i % 7 == 0:
                st.put_generation(k, _gen(i, None, error="boom"))
            elif i % 11 == 0:
                st.put_generation(k, _gen(i, None))
            else:
                st.put_generation(k, _gen(i, f"text {i}", elapsed_s=0.5, usage={"tokens": i}, meta={"m": i}))
        st.put_generation("other", Generation("x", "t", generator="g2"))
        want = {k for i, k in enumerate(keys) if i % 7 and i % 11}
        assert st.finished_keys("g1", keys + ["other"]) == want
        assert st.finished_keys("g2", keys + ["other"]) == {"other"}
        assert st.finished_keys("g1", iter(keys[1:3])) == {"k0001", "k0002"}
        gens = st.generations("g1", keys)
        assert len(gens) == 1203 and "other" not in gens
        g = gens["k1202"]
        assert (g.sample_id, g.text, g.generator, g.elapsed_s, dict(g.usage), dict(g.meta), g.error) == \
            ("s1202", "text 1202", "g1", 0.5, {"tokens": 1202}, {"m": 1202}, None)
        assert gens["k0000"].error == "boom" and gens["k0000"].text is None and gens["k0000"].usage is None
        assert dict(gens["k0011"].meta) == {}


def test_put_generation_replaces_a_failure_counts_attempts_and_scrubs(tmp_path):
    register_secret("sk-very-secret-value")
    with Store(tmp_path / "s.sqlite") as st:
        st.put_generation("k", _gen(0, None, error="401 for sk-very-secret-value"))
        row = st.conn.execute("SELECT * FROM generations").fetchone()
        assert row["attempts"] == 1 and "sk-very-secret-value" not in row["error"] and row["usage"] is None
        assert st.finished_keys("g1", ["k"]) == set()
        st.put_generation("k", _gen(3, "ok", usage={"n": 1}, meta={"a": "b"}))
        rows = st.conn.execute("SELECT * FROM generations").fetchall()
        assert len(rows) == 1
        r = rows[0]
        assert (r["attempts"], r["sample_id"], r["text"], r["error"], json.loads(r["usage"]),
                json.loads(r["meta"])) == (2, "s3", "ok", None, {"n": 1}, {"a": "b"})
        assert st.finished_keys("g1", ["k"]) == {"k"}


def test_score_cache_returns_only_wanted_pairs_across_chunks(tmp_path):
    with Store(tmp_path / "s.sqlite") as st:
        rows = [(f"sk{i:04d}", f"rh{i}", ItemScore(scores={"x.v": float(i)}, evidence={"e": i} if i % 2 else None,
                                                  unscored=None, language="en" if i % 3 else None))
                for i in range(1100)]
        st.put_cached_scores("sig", rows)
        st.put_cached_scores("sig", [("sk0001", "other-response", ItemScore.skip("why", language="de"))])
        st.put_cached_scores("sig2", [("sk0002", "rh2", ItemScore(scores={"x.v": -1.0}))])
        wanted = [(sk, rh) for sk, rh, _ in rows] + [("sk0001", "missing")]
        got = st.cached_scores("sig", wanted)
        assert len(got) == 1100
        assert got[("sk1099", "rh1099")] == ItemScore(scores={"x.v": 1099.0}, evidence={"e": 1099}, language="en")
        assert got[("sk0000", "rh0")] == ItemScore(scores={"x.v": 0.0}, evidence=None, language=None)
        assert ("sk0001", "other-response") not in got
        assert st.cached_scores("sig", [("sk0001", "other-response")]) == {
            ("sk0001", "other-response"): ItemScore.skip("why", language="de")}
        assert st.cached_scores("sig2", [("sk0002", "rh2")])[("sk0002", "rh2")].scores == {"x.v": -1.0}
        # a write replaces the pair's result
        st.put_cached_scores("sig", [("sk0000", "rh0", ItemScore(scores={"x.v": 5.0}))])
        assert st.cached_scores("sig", [("sk0000", "rh0")])[("sk0000", "rh0")].scores == {"x.v": 5.0}


def _run(st, name="n"):
    return st.create_run(name=name, dataset="d", dataset_signature="ds", generator="g", generator_signature="gs",
                         scorers=[{"name": "a", "spec": "a", "signature": "a1", "status": "complete"}],
                         options={})


def test_put_scores_replaces_and_delete_scores_removes_one_scorer(tmp_path):
    with Store(tmp_path / "s.sqlite") as st:
        r1, r2 = _run(st, "one"), _run(st, "two")
        st.put_scores(r1, "a", [("s1", ItemScore(scores={"a.x": 1.0}, evidence={"e": [1]})),
                                  ("s2", ItemScore.skip("no", language="fr"))], {"a.x": 1, "a.n": 2.0})
        st.put_scores(r1, "b", [("s1", ItemScore(scores={"b.y": 2.0}))], {"b.y": 2.0})
        st.put_scores(r2, "a", [("s1", ItemScore(scores={"a.x": 9.0}))], {"a.x": 9.0})
        assert st.scores(r1) == {"a": {"s1": ItemScore(scores={"a.x": 1.0}, evidence={"e": [1]}),
                                         "s2": ItemScore.skip("no", language="fr")},
                                   "b": {"s1": ItemScore(scores={"b.y": 2.0})}}
        aggs = st.aggregates(r1)
        assert aggs == {"a": {"a.n": 2.0, "a.x": 1.0}, "b": {"b.y": 2.0}}
        assert list(aggs["a"]) == ["a.n", "a.x"] and isinstance(aggs["a"]["a.x"], float)
        st.put_scores(r1, "a", [("s3", ItemScore(scores={"a.x": 3.0}))], {"a.x": 3.0})
        assert st.scores(r1)["a"] == {"s3": ItemScore(scores={"a.x": 3.0})}
        assert st.aggregates(r1)["a"] == {"a.x": 3.0}
        st.delete_scores(r1, "a")
        assert st.scores(r1) == {"b": {"s1": ItemScore(scores={"b.y": 2.0})}}
        assert st.aggregates(r1) == {"b": {"b.y": 2.0}}
        assert st.scores(r2) == {"a": {"s1": ItemScore(scores={"a.x": 9.0})}}
        with pytest.raises(ValueError, match="could not convert string to float"):
            st.put_scores(r1, "b", [("s1", ItemScore(scores={"b.y": float("nan")}))], {"b.y": "not a number"})
        # the failed write rolled back: b is as before
        assert st.scores(r1) == {"b": {"s1": ItemScore(scores={"b.y": 2.0})}}
        assert not st.conn.in_transaction


def test_staged_scores_commit_per_scorer_and_evidence_none_is_sql_null(tmp_path):
    """A streamed run stages each scorer's rows in a TEMP table and commits them scorer by scorer:
    a commit takes only that scorer's staged rows, in staging order, drops them (a second staging
    of the same scorer starts empty), and leaves the other scorers' staged rows alone. Evidence
    None is stored as SQL NULL, not the JSON text 'null'."""
    with Store(tmp_path / "s.sqlite") as st:
        r = _run(st, "one")
        st.commit_staged_scores(r, "a", {"a.x": 0.0})  # nothing staged yet: the aggregates only
        assert st.scores(r) == {} and st.aggregates(r) == {"a": {"a.x": 0.0}}
        st.stage_scores("a", [("s2", ItemScore(scores={"a.x": 2.0})), ("s1", ItemScore(scores={"a.x": 1.0}))])
        st.stage_scores("b", [("s1", ItemScore(scores={"b.y": 5.0}, evidence={"e": 1}))])
        st.commit_staged_scores(r, "a", {"a.x": 1.5})
        assert st.scores(r) == {"a": {"s2": ItemScore(scores={"a.x": 2.0}), "s1": ItemScore(scores={"a.x": 1.0})}}
        staged = st.conn.execute("SELECT scorer, sample_id FROM temp.staged_scores ORDER BY rowid").fetchall()
        assert [tuple(x) for x in staged] == [("b", "s1")]
        assert [x[0] for x in st.conn.execute(
            "SELECT sample_id FROM scores WHERE run_id = ? AND scorer = 'a' ORDER BY rowid", (r,))] == ["s2", "s1"]
        raw = st.conn.execute("SELECT evidence FROM scores WHERE run_id = ? AND scorer = 'a'", (r,)).fetchall()
        assert [x[0] for x in raw] == [None, None]
        st.stage_scores("a", [("s3", ItemScore(scores={"a.x": 3.0}))])
        st.commit_staged_scores(r, "a", {"a.x": 3.0})
        assert st.scores(r)["a"] == {"s3": ItemScore(scores={"a.x": 3.0})}
        st.commit_staged_scores(r, "b", {"b.y": 5.0})
        assert st.scores(r)["b"] == {"s1": ItemScore(scores={"b.y": 5.0}, evidence={"e": 1})}
        assert st.conn.execute("SELECT evidence FROM scores WHERE scorer = 'b'").fetchone()[0] == '{"e": 1}'
        assert st.conn.execute("SELECT count(*) FROM temp.staged_scores").fetchone()[0] == 0


def test_merge_scorers_is_the_union_latest_wins_and_records_get_defaults(tmp_path):
    assert _scorer_record({"name": "x"}) == {"name": "x", "skipped": None, "error": None, "status": "complete"}
    assert _scorer_record({"name": "x", "skipped": "why"})["status"] == "skipped"
    assert _scorer_record({"name": "x", "status": "failed", "error": "e"}) == {
        "name": "x", "skipped": None, "error": "e", "status": "failed"}
    with Store(tmp_path / "s.sqlite") as st:
        rid = _run(st)
        out = st.merge_scorers(rid, [{"name": "b", "spec": "b", "signature": "b1", "status": "failed", "error": "E"},
                                     {"name": "a", "spec": "a:x=1", "signature": "a2", "status": "complete"}])
        assert [(r["name"], r["signature"], r["status"], r["error"]) for r in out] == [
            ("a", "a2", "complete", None), ("b", "b1", "failed", "E")]
        assert st.get_run(rid)["scorers"] == out
        assert st.merge_scorers("no-such-run", [{"name": "c"}]) == [
            {"name": "c", "skipped": None, "error": None, "status": "complete"}]


def test_find_run_by_id_prefix_name_and_latest(tmp_path):
    with Store(tmp_path / "s.sqlite") as st:
        a = _run(st, "first")
        b = _run(st, "second")
        st.conn.execute("UPDATE runs SET id = 'abcd1111' WHERE id = ?", (a,))
        st.conn.execute("UPDATE runs SET id = 'abcd2222' WHERE id = ?", (b,))
        c = _run(st, "third")
        st.conn.execute("UPDATE runs SET id = 'wxyz3333' WHERE id = ?", (c,))
        assert st.find_run("latest")["name"] == "third"
        assert st.find_run("wxyz")["name"] == "third"
        assert st.find_run("wxy") is None  # a prefix needs 4 characters
        assert st.find_run("abcd1")["name"] == "first"
        assert st.find_run("abcd") is None  # ambiguous prefix
        assert st.find_run("first")["id"] == "abcd1111"
        assert st.find_run("abcd2222")["name"] == "second"
        with pytest.raises(EmpathyError, match="no run 'zzzz' in "):
            st.get_run("zzzz")


def test_failed_writes_roll_back_whole(tmp_path):
    """A write that fails half way leaves nothing of itself (real SQLite triggers make the second
    statement fail) and no open transaction."""
    import sqlite3

    with Store(tmp_path / "s.sqlite") as st:
        rid = _run(st)
        st.put_scores(rid, "a", [("s1", ItemScore(scores={"a.x": 1.0}))], {"a.x": 1.0})
        st.conn.execute("CREATE TRIGGER no_delete BEFORE DELETE ON aggregates BEGIN SELECT RAISE(ABORT, 'kept'); END")
        with pytest.raises(sqlite3.IntegrityError, match="kept"):
            st.delete_scores(rid, "a")
        assert not st.conn.in_transaction
        assert st.scores(rid) == {"a": {"s1": ItemScore(scores={"a.x": 1.0})}}
        st.put_cached_scores("sig", [("k1", "h1", ItemScore(scores={"x.v": 1.0}))])
        with pytest.raises(sqlite3.ProgrammingError):  # an unbindable value in the second row
            st.put_cached_scores("sig", [("k2", "h2", ItemScore(scores={"x.v": 2.0})),
                                         ("k3", "h3", ItemScore(scores={}, language=object()))])
        assert not st.conn.in_transaction
        assert st.cached_scores("sig", [("k1", "h1"), ("k2", "h2")]) == {("k1", "h1"): ItemScore(scores={"x.v": 1.0})}


def test_generation_with_empty_stored_meta_reads_as_empty(tmp_path):
    with Store(tmp_path / "s.sqlite") as st:
        st.put_generation("k", _gen(0, "t", meta={"a": 1}))
        st.conn.execute("UPDATE generations SET meta = ''")  # the column is NOT NULL; an empty text reads as {}
        g = st.generations("g1", ["k"])["k"]
        assert dict(g.meta) == {} and g.text == "t"
