"""Model internals: shapes and masks, the reverse diffusion chain, the policy gradient, the copy mixture."""

from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")

from empathy_reflectdiffu.model import BOS, PAD, ModelConfig, ReflectDiffu, era_key_mask  # noqa: E402


def tiny(**kw):
    torch.manual_seed(0)
    return ReflectDiffu(ModelConfig(vocab_size=120, d_model=32, ff=64, n_heads=2, enc_layers=1, dec_layers=1,
                                    diffusion_steps=6, dropout=0.0, **kw))


def batch(B=3, L=7, T=5):
    g = torch.Generator().manual_seed(1)
    src = torch.randint(7, 120, (B, L), generator=g)
    src[0, 5:] = PAD
    era = torch.ones(B, L, dtype=torch.long)
    era[0, 5:] = 0
    era[1, 2] = 2
    return {"src": src, "era": era, "emotion": torch.tensor([0, 5, 31]), "intent": torch.tensor([0, -1, 8]),
            "tgt_in": torch.randint(7, 120, (B, T), generator=g), "tgt_out": torch.randint(7, 120, (B, T), generator=g)}


def test_era_key_mask() -> None:
    pad = torch.tensor([[False, False, False, True], [False, False, False, False]])
    era = torch.tensor([[1, 2, 1, 0], [1, 1, 1, 1]])
    m = era_key_mask(pad, era)
    # row 0 attends only to its <em> token; row 1 has none and falls back to every real token
    assert m.tolist() == [[True, False, True, True], [False, False, False, False]]


@pytest.mark.parametrize("kw,extra", [({}, 4), ({"ablation": "no_intent_twice"}, 1), ({"ablation": "no_diffusion"}, 4),
                                      ({"ablation": "no_era"}, 4), ({"ablation": "no_contrastive"}, 4),
                                      ({"baseline": True}, 0)])
def test_shapes_masks_and_loss(kw, extra) -> None:
    m = tiny(**kw).eval()
    b = batch()
    mem = m.memory(b["src"], b["era"])
    assert mem["H"].shape == (3, 7, 32)
    assert mem["memory"].shape == (3, 7 + extra, 32)
    assert mem["mem_pad"][0].tolist() == [False] * 5 + [True] * 2 + [False] * extra
    logp = m.decode(mem, b["src"], b["tgt_in"])
    assert logp.shape == (3, 5, 120)
    # vocabulary + copy mixture is a distribution; padded context tokens receive no copy mass
    assert torch.allclose(logp.exp().sum(-1), torch.ones(3, 5), atol=1e-4)
    m.train()
    out = m(b)
    assert torch.isfinite(out["loss"])
    out["loss"].backward()
    if not kw.get("baseline"):
        assert mem["emotion_logits"].shape == (3, 32)


def test_padding_does_not_change_outputs() -> None:
    m = tiny().eval()
    b = batch()
    short = {k: v[:1, :5] if k in ("src", "era") else v[:1] for k, v in b.items()}
    a = m.generate(b["src"][:1], b["era"][:1], max_len=6)
    c = m.generate(short["src"], short["era"], max_len=6)
    assert a == c


def test_reverse_diffusion_visits_every_step() -> None:
    m = tiny().eval()
    x0 = torch.randn(2, 32)
    visited: list[int] = []
    out = m.diffusion.reverse(x0, torch.zeros(2, 32), visited=visited)
    assert visited == [6, 5, 4, 3, 2, 1] and out.shape == (2, 32)
    visited = []
    ts, _ = m.diffusion.schedule(3)
    m.diffusion.reverse(x0, torch.zeros(2, 32), steps=3, visited=visited)
    assert visited == [3, 2, 1] and len(ts) == 3 and ts[-1] == 6  # respaced chain still ends at T
    with pytest.raises(ValueError):
        m.diffusion.schedule(7)
    # the generator's reverse pass runs inside memory(): every step, both branches
    calls: list[int] = []
    m.memory(batch()["src"], batch()["era"], visited=calls)
    assert calls == [6, 5, 4, 3, 2, 1]


def test_policy_gradient_changes_policy_and_reaches_encoder() -> None:
    m = tiny().train()
    b = batch()
    before = [p.detach().clone() for p in m.policy.parameters()]
    h, pad = m.encode(b["src"], b["era"])
    emo = m.emotion(h, pad, b["era"])
    it = m.intent_twice(h, pad, emo["Q"], emo["E"], b["emotion"], torch.tensor([0, 0, 0]), sample=True)
    m.reward_baseline.fill_(-1.0)  # every reward beats the baseline: a non-zero advantage
    m.zero_grad()
    it["pg_loss"].backward()
    assert m.encoder.layers[0].linear1.weight.grad is not None
    assert m.encoder.layers[0].linear1.weight.grad.abs().sum() > 0
    torch.optim.SGD(m.policy.parameters(), lr=1.0).step()
    assert any(not torch.equal(a, p) for a, p in zip(before, m.policy.parameters()))


def test_policy_only_picks_candidates() -> None:
    m = tiny().eval()
    b = batch()
    mem = m.memory(b["src"], b["era"])
    cand = mem["candidates"]
    assert cand.gather(1, mem["pred_intent"][:, None]).all()


def test_decodings() -> None:
    m = tiny().eval()
    b = batch()
    for dec in ("greedy", "beam", "sample"):
        out = m.generate(b["src"], b["era"], decoding=dec, max_len=4, beam_size=3)
        assert len(out["tokens"]) == 3 and all(len(t) <= 4 for t in out["tokens"])
        assert BOS not in sum(out["tokens"], [])
    s1 = m.generate(b["src"], b["era"], decoding="sample", max_len=4, seed=3)
    s2 = m.generate(b["src"], b["era"], decoding="sample", max_len=4, seed=3)
    assert s1 == s2  # seeded
    with pytest.raises(ValueError):
        m.generate(b["src"], b["era"], decoding="nucleus")


def test_intent_source_explore() -> None:
    m = tiny().eval()
    b = batch()
    mem = m.memory(b["src"], b["era"], intent_source="explore")
    assert torch.equal(mem["pred_intent"], mem["explore_logits"].argmax(-1))
    pol = m.memory(b["src"], b["era"])
    assert torch.equal(pol["pred_intent"], pol["policy_logits"].argmax(-1))
    with pytest.raises(ValueError):
        m.memory(b["src"], b["era"], intent_source="oracle")


def test_lift_fit_rewards_distinctive_intents_not_the_majority() -> None:
    # intent 0 ("questioning") has the highest p(i|e) under every emotion, as in ED
    table = [[0.4, 0.3, 0.3] + [0.0] * 6, [0.46, 0.1, 0.44] + [0.0] * 6] + [[0.4, 0.3, 0.3] + [0.0] * 6] * 30
    prob = tiny(p_intent_given_emotion=table, reward_fit_mode="prob")
    lift = tiny(p_intent_given_emotion=table, reward_fit_mode="lift")
    assert prob.fit.argmax(1).tolist() == [0] * 32
    assert lift.fit[1].argmax().item() == 2  # emotion 1 makes intent 2 more likely than its prior
    assert torch.allclose(lift.fit.max(1).values, torch.ones(32))
    # checkpoints written before the option keep the reward they were trained with
    assert ModelConfig.from_dict({}).reward_fit_mode == "prob" and ModelConfig().reward_fit_mode == "lift"
