"""Python / notebook use: evaluate() inside a running event loop (as in Jupyter), aevaluate,
RunResult.to_pandas / _repr_html_, compare(a, b)."""

import asyncio
import subprocess
import sys
import threading
from typing import ClassVar

import attrs
import pytest

import empathy_core
from empathy_core import Generation, Generator, Sample
from empathy_core.report import build_report
from empathy_core.store import Store

SAMPLES = [Sample.from_prompt(f"n{i}", "I feel alone", language="en", meta={"category": "c"}) for i in range(25)]


@attrs.define
class EchoAsync(Generator):
    """An async generator (like the remote API clients) that records the loop and thread it ran in."""

    name: ClassVar[str] = "echo-async"
    version: ClassVar[str] = "1"
    words: int = 3
    concurrency: int = 4
    seen: list = attrs.field(factory=list, eq=False, repr=False)

    async def agenerate(self, sample):
        await asyncio.sleep(0)
        self.seen.append((id(asyncio.get_running_loop()), threading.get_ident()))
        return Generation(sample.id, " ".join(["word"] * (self.words + int(sample.id[1:]) % 2)))


def test_evaluate_with_an_async_generator_inside_a_running_loop(tmp_path):
    db = tmp_path / "nb.sqlite"
    gen = EchoAsync()

    async def cell():  # what a notebook cell is: code running inside the kernel's event loop
        loop_id = id(asyncio.get_running_loop())
        res = empathy_core.evaluate(SAMPLES, gen, ["length"], db=db, name="nb")
        return loop_id, res

    loop_id, res = asyncio.run(cell())
    assert res.n_generated == 25 and res.n_errors == 0
    assert res.aggregates["length.words"] == pytest.approx(3 + 12 / 25)
    # the generator ran in its own loop, in a worker thread, not in the caller's loop
    assert {lid for lid, _ in gen.seen} and loop_id not in {lid for lid, _ in gen.seen}
    assert threading.get_ident() not in {t for _, t in gen.seen}
    # intervals come with the result, equal to the report's (same seed, same resamples)
    lo, hi = res.intervals["length.words"]
    assert lo < res.aggregates["length.words"] < hi
    with Store(db) as store:
        assert build_report(store, "nb")["intervals"] == res.intervals


def test_aevaluate_keeps_the_loop_free(tmp_path):
    async def cell():
        ticks = 0

        async def ticker():
            nonlocal ticks
            while True:
                ticks += 1
                await asyncio.sleep(0.001)

        t = asyncio.ensure_future(ticker())
        res = await empathy_core.aevaluate(SAMPLES, EchoAsync(words=5), ["length"], db=tmp_path / "a.sqlite",
                                           name="anb", bootstrap=200)
        t.cancel()
        return res, ticks

    res, ticks = asyncio.run(cell())
    assert res.aggregates["length.words"] == pytest.approx(5 + 12 / 25) and ticks > 1


def test_to_pandas_repr_html_and_compare(tmp_path):
    pd = pytest.importorskip("pandas")
    db = tmp_path / "c.sqlite"
    a = empathy_core.evaluate(SAMPLES, EchoAsync(words=3), ["length"], db=db, name="three")
    b = empathy_core.evaluate(SAMPLES, EchoAsync(words=6), ["length"], db=db, name="<b>six</b>")
    df = a.to_pandas()
    assert isinstance(df, pd.DataFrame) and list(df.columns) == ["value", "low", "high"]
    assert df.loc["length.words", "value"] == pytest.approx(3.48)
    assert df.loc["length.words", "low"] < 3.48 < df.loc["length.words", "high"]
    samples = b.to_pandas("samples")
    assert len(samples) == 25 and samples.loc["n1", "length.words"] == 7.0 and samples.loc["n1", "meta.category"] == "c"
    html = b._repr_html_()
    assert "&lt;b&gt;six&lt;/b&gt;" in html and "<b>six</b>" not in html and "95% CI" in html

    cmp = empathy_core.compare(a, b)
    words = next(c for c in cmp if c["metric"] == "length.words")
    assert words["diff"] == pytest.approx(3.0) and words["ci"][0] > 0 and words["p_value"] < 0.01 and words["n"] == 25
    same = empathy_core.compare("three", "three", db=db)
    assert all(c["diff"] == 0 and c["p_value"] == 1.0 for c in same)
    frame = cmp.to_pandas()
    assert frame.loc["length.words", "diff"] == pytest.approx(3.0) and "p_holm" in frame.columns
    assert "<table>" in cmp._repr_html_()


def test_to_pandas_without_pandas_is_a_clear_error(tmp_path):
    code = ("import sys; sys.modules['pandas'] = None\n"
            "from empathy_core import evaluate, Sample, EmpathyError\n"
            f"r = evaluate([Sample.from_prompt('1', 'hi')], 'replay:path={tmp_path / 'o.jsonl'}', ['length'],"
            f" db={str(tmp_path / 'p.sqlite')!r})\n"
            "try:\n    r.to_pandas()\nexcept EmpathyError as e:\n    print(e)\n")
    (tmp_path / "o.jsonl").write_text('{"id": "1", "response": "hello there"}\n')
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert p.stdout.strip() == "to_pandas() needs pandas, which is not installed: pip install pandas", p.stderr
