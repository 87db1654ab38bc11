"""The streamed report's fold (``report._Fold``) when a scorer's bootstrap data, resampler or
mergeable state fails: the intervals or values it costs, the reason logged, and the responses
without a result counted as unscored. Small and fast: it is in the mutation selection."""

from __future__ import annotations

import pytest

from empathy_core.models import ItemScore, Sample, ScoreInput


def _length_rows(n: int) -> list[tuple[ScoreInput, ItemScore]]:
    from empathy_core.scorers.length import LengthScorer

    sc = LengthScorer()
    items = [ScoreInput(Sample.from_prompt(f"s{i}", "p", language="en"), "word " * (i + 1)) for i in range(n)]
    return list(zip(items, sc.score(items)))


def test_fold_when_a_scorers_bootstrap_or_mergeable_form_fails(caplog: pytest.LogCaptureFixture) -> None:
    """The report's fold: a scorer whose bootstrap data, resampler or mergeable state raises loses
    its intervals (or falls back to means) with a logged reason naming it; a response without a
    result enters the bootstrap columns as unscored ("not scored"); a healthy scorer is untouched."""
    import logging

    from empathy_core.report import _Fold
    from empathy_core.scorers.length import LengthScorer

    seen: list[str | None] = []

    class Recording(LengthScorer):
        def bootstrap_partial(self, items, results):  # type: ignore[no-untyped-def]
            seen.extend(r.unscored for r in results)
            return super().bootstrap_partial(items, results)

    class BadData(LengthScorer):
        def bootstrap_partial(self, items, results):  # type: ignore[no-untyped-def]
            raise ValueError("no columns")

    class BadResampler(LengthScorer):
        def bootstrap_accumulator(self):  # type: ignore[no-untyped-def]
            inner = super().bootstrap_accumulator()

            class Acc:
                def add(self, part):  # type: ignore[no-untyped-def]
                    inner.add(part)

                def resampler(self):  # type: ignore[no-untyped-def]
                    raise ValueError("no resampler")
            return Acc()

    class BadState(LengthScorer):
        def partial(self, items, results):  # type: ignore[no-untyped-def]
            raise ValueError("no state")

    rows = _length_rows(7)
    for cls, name in ((Recording, "ok"), (BadData, "data"), (BadResampler, "res"), (BadState, "state")):
        fold = _Fold([name], {name: cls()}, chunk_size=3, boot=True)
        for i, (it, res) in enumerate(rows):
            fold.add("g", it, {name: res} if i != 4 else {})  # the 5th response has no result
        fold.finish()
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="empathy_core"):
            iv, _ = fold.intervals("g", None, 200, 0)
        msgs = [r.getMessage() for r in caplog.records]
        assert fold.n == {"g": 7}
        if name == "ok":
            # a group the fold never saw has no intervals; a key filter keeps only the keys asked for
            assert fold.intervals("other", None, 200, 0)[0] == {}
            assert set(fold.intervals("g", lambda k: k == "length.words", 200, 0)[0]) == {"length.words"}
            assert seen == [None, None, None, None, "not scored", None, None]
            assert set(iv) >= {"length.words"} and not msgs and fold.boot_broken == set() and fold.broken == {}
            assert fold.values("ok") == {"g": LengthScorer().aggregate([it for it, _ in rows[:4] + rows[5:]],
                                                                       [r for _, r in rows[:4] + rows[5:]])}
        elif name == "data":
            assert iv == {} and fold.boot_broken == {"data"} and fold.broken == {}
            # logged when the columns were built (before this capture), not again here
            assert msgs == []
        elif name == "res":
            assert iv == {} and fold.boot_broken == set()
            assert msgs == ["report: bootstrap of res failed (no resampler); no intervals for it"]
        else:
            assert fold.broken == {"state": "no state"} and fold.values("state") is None
            assert set(iv) >= {"length.words"}  # its intervals do not need the state


def test_fold_logs_the_scorer_whose_bootstrap_data_fails(caplog: pytest.LogCaptureFixture) -> None:
    import logging

    from empathy_core.report import _Fold
    from empathy_core.scorers.length import LengthScorer

    class BadData(LengthScorer):
        def bootstrap_partial(self, items, results):  # type: ignore[no-untyped-def]
            raise ValueError("no columns")

    fold = _Fold(["data", "ok"], {"data": BadData(), "ok": LengthScorer()}, chunk_size=2, boot=True)
    with caplog.at_level(logging.INFO, logger="empathy_core"):
        for it, res in _length_rows(5):
            fold.add("g", it, {"data": res, "ok": res})
        fold.finish()
    assert [r.getMessage() for r in caplog.records] == [
        "report: bootstrap data of data failed (no columns); no intervals for it"]  # once, not per chunk
    assert fold.boot_broken == {"data"} and fold.broken == {}
    assert set(fold.intervals("g", None, 100, 0)[0]) >= {"length.words"}  # the healthy scorer's
