"""Length-aware decoding: minimum length, EOS penalty, length-normalised beam, seeded top-p sampling."""

from __future__ import annotations

import math

import pytest

torch = pytest.importorskip("torch")

from empathy_core.errors import ComponentError  # noqa: E402
from empathy_core.loaders.empathetic_dialogues import EmpatheticDialoguesDataset  # noqa: E402
from empathy_core.plugins import build_registry  # noqa: E402


def _gen(out, opts: str):
    return build_registry().generator(f"reflectdiffu:checkpoint={out}{opts}")


def _lens(gens) -> list[int]:
    return [g.usage["completion_tokens"] for g in gens]


def test_min_len_and_eos_penalty_lengthen(tiny_checkpoint, tiny_data) -> None:
    out, _ = tiny_checkpoint
    samples = EmpatheticDialoguesDataset(path=str(tiny_data)).load()
    plain = _lens(_gen(out, ",decoding=greedy").generate(samples))
    floor = max(plain) + 3
    for dec in ("greedy", "beam", "sample"):
        longer = _lens(_gen(out, f",decoding={dec},min_len={floor},max_len={floor + 5}").generate(samples))
        assert all(n >= floor for n in longer), (dec, longer)
    # a prohibitive EOS penalty: no response ends before max_len
    capped = _lens(_gen(out, ",decoding=greedy,eos_penalty=1000,max_len=17").generate(samples))
    assert capped == [17] * len(samples)
    # a zero penalty is the plain decoding; the unset options stay out of the signature
    assert _lens(_gen(out, ",decoding=greedy,eos_penalty=0").generate(samples)) == plain
    sig = _gen(out, ",decoding=greedy").signature()
    assert "min_len" not in sig and "eos_penalty" not in sig and "length_penalty" not in sig
    assert "min_len:4" in _gen(out, ",min_len=4").signature()


def test_top_p_sampling_is_seeded_and_tiny_p_is_greedy(tiny_checkpoint, tiny_data) -> None:
    out, _ = tiny_checkpoint
    samples = EmpatheticDialoguesDataset(path=str(tiny_data)).load()
    greedy = [g.text for g in _gen(out, ",decoding=greedy").generate(samples)]
    # nucleus of one token = the argmax
    assert [g.text for g in _gen(out, ",decoding=sample,top_p=1e-6,seed=3").generate(samples)] == greedy
    # a hot, full-nucleus sampler is reproducible from its seed
    a = [g.text for g in _gen(out, ",decoding=sample,top_p=1.0,temperature=5,seed=7").generate(samples)]
    b = [g.text for g in _gen(out, ",decoding=sample,top_p=1.0,temperature=5,seed=7").generate(samples)]
    c = [g.text for g in _gen(out, ",decoding=sample,top_p=1.0,temperature=5,seed=8").generate(samples)]
    assert a == b and a != c


def test_bad_decoding_options_are_clear(tiny_checkpoint) -> None:
    out, _ = tiny_checkpoint
    for opts, msg in ((",top_p=0", "top_p"), (",min_len=-1", "min_len"), (",eos_penalty=-2", "eos_penalty"),
                      (",temperature=0", "temperature")):
        with pytest.raises(ComponentError, match=msg):
            _gen(out, opts)


def test_length_normalised_beam_prefers_the_longer_hypothesis() -> None:
    """A scripted next-token distribution: after BOS, EOS 0.4 / token 7 0.6; after 7, EOS 0.55 / 7 0.45.
    [EOS] scores log 0.4 = -0.916 (length 1); [7, EOS] scores log 0.6 + log 0.55 = -1.109 (length 2).
    alpha = 0 keeps the raw sum (the empty response wins); alpha = 1 divides by length
    (-0.916 vs -0.554: the longer one wins)."""
    from empathy_reflectdiffu.model import BOS, EOS, ModelConfig, ReflectDiffu

    model = ReflectDiffu(ModelConfig(vocab_size=8, d_model=16, n_heads=2, ff=32, baseline=True)).eval()
    tiny = 1e-6

    def dist(p_eos: float, p7: float) -> torch.Tensor:
        p = torch.full((8,), tiny)
        p[EOS], p[7] = p_eos, p7
        return (p / p.sum()).log()

    after_bos, after_7 = dist(0.4, 0.6), dist(0.55, 0.45)

    def decode(mem, src, ys, last_only=False):
        last = ys[:, -1]
        rows = torch.stack([after_bos if t == BOS else after_7 for t in last.tolist()])
        return rows[:, None, :]

    model.decode = decode  # type: ignore[method-assign]
    src = torch.ones(1, 3, dtype=torch.long)
    assert model._beam({}, src, 5, 2, 0.0) == [[]]
    assert model._beam({}, src, 5, 2, 1.0) == [[7]]
    # the scripted numbers behind the two answers
    assert math.log(0.4) > math.log(0.6) + math.log(0.55)
    assert math.log(0.4) < (math.log(0.6) + math.log(0.55)) / 2
    # min_len=1 forbids the empty [EOS] beam even at alpha = 0: the best remaining one is [7, EOS]
    model._length_rule = (1, 0.0)
    assert model._beam({}, src, 5, 2, 0.0) == [[7]]
    # an EOS penalty of 0.5 lowers [EOS] to -1.416 and [7, EOS] to -1.609: alpha = 0 still picks [EOS]
    model._length_rule = (0, 0.5)
    assert model._beam({}, src, 5, 2, 0.0) == [[]]
