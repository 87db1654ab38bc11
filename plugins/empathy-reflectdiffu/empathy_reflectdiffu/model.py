"""ReflectDiffu (clean-room PyTorch) and the same-size plain Transformer baseline.

Modules, in the order of the forward pass (``B`` batch, ``L`` context tokens, ``d`` model width):

1. Emotion contagion encoder: token + position + ERA reason embedding (``<em>``/``<noem>``) ->
   Transformer encoder -> ``H`` [B, L, d]. Emotion-reasoning attention: every token attends only to the
   ``<em>`` tokens of its context (all tokens when a context has none) -> ``Z = LN(H + attn)``; masked
   mean pool -> ``Q`` [B, d]. Contrastive experts: a positive- and a negative-polarity expert MLP mixed by
   a polarity gate ``g = sigmoid(w.Q)`` (supervised by the emotion's polarity) -> emotion representation
   ``E = Q + g*pos(Q) + (1-g)*neg(Q)``; emotion logits over the 32 ED emotions.
   ``L_em = CE(emotion) + BCE(gate, polarity) + w_con * SupCon-NT-Xent(normalize(proj(Q)), emotion)``.
2. Intent twice. Exploring: ``logits = cos(E, prototypes)/tau + prior(Q)`` over 9 intents (CE against
   the gold response intent where known). Sampling: DDPM latent diffusion of ``E`` over T steps (linear
   beta), epsilon-predictor ``eps(x_t, t, c)`` with a sinusoidal timestep embedding and intent condition
   ``c = p_explore @ intent_embeddings``; loss = MSE on epsilon at a random t; the representation is made
   by the reverse process x_T -> x_0 visiting t = T..1 (x_T = q(x_T | E)), once conditioned on ``c``
   (positive branch) and once on a learned null condition (negative branch); both are fused with
   cross-attention over H -> F [B, 2, d]. Correcting: candidate intents = reference intents of the
   emotion's group (from the ED train table) + the two explored top intents; a policy head over
   [Q; mean(F)] (added to the detached explore logits: it corrects the explored distribution) samples an intent; reward = 1[intent == gold intent] + w_fit * p(intent | emotion);
   REINFORCE with a moving-average baseline; the gradient flows into the policy, the fusion and the encoder.
3. Decoder: Transformer decoder over memory [H; E; F; intent embedding] with a pointer-generator copy
   over the context tokens (tied input/output embeddings; the copy distribution is scattered onto the
   shared vocabulary, so no extended vocabulary is needed: the BPE tokenizer has no OOV).

``L = delta*L_em + zeta*L_twice + eta*L_res``. Ablations: ``no_era`` (no reason embedding; attention over
all tokens), ``no_contrastive`` (one expert, no gate/SupCon), ``no_intent_twice`` (no intent modules),
``no_diffusion`` (the branches are E and Q without diffusion). ``baseline``: encoder -> decoder over H,
no ERA, no heads, no copy.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field, fields
from typing import Any

import torch
import torch.nn.functional as F
from torch import nn

from .model_names import ABLATIONS, CONTEXT_ENCODERS

PAD, UNK, BOS, EOS, SEP, USR, SYS = range(7)
SPECIAL_TOKENS = ["[PAD]", "[UNK]", "[BOS]", "[EOS]", "[SEP]", "[USR]", "[SYS]"]


@dataclass
class ModelConfig:
    vocab_size: int = 8000
    d_model: int = 256
    n_heads: int = 4
    ff: int = 512
    enc_layers: int = 2
    dec_layers: int = 2
    dropout: float = 0.1
    max_src: int = 128
    max_tgt: int = 40
    n_emotions: int = 32
    n_intents: int = 9
    diffusion_steps: int = 20
    beta_start: float = 1e-4
    beta_end: float = 0.2
    delta: float = 1.0
    zeta: float = 1.0
    eta: float = 1.0
    supcon_weight: float = 0.2
    supcon_tau: float = 0.1
    proto_tau: float = 0.1
    reward_fit: float = 0.5
    #: emotional-fit term of the policy reward: "lift" = p(i|e)/p(i), scaled to [0, 1] per emotion
    #: (rewards the intents an emotion makes *more* likely); "prob" = p(i|e) (version 1: since
    #: `questioning` has the highest p(i|e) under every emotion, the policy collapsed onto it)
    reward_fit_mode: str = "lift"
    baseline_momentum: float = 0.95
    ablation: str = "none"
    baseline: bool = False
    #: frozen sentence embedding of the context added to the emotion representation Q before the
    #: experts (so it feeds the emotion head and the emotion the decoder is conditioned on): "none" or
    #: "minilm" (all-MiniLM-L6-v2, 384 dims); the baseline never uses it
    context_encoder: str = "none"
    context_dim: int = 0
    #: the frozen encoder's weights (name@sha256 prefix), recorded for provenance
    context_encoder_id: str = ""
    #: the predicted emotion (reported, and the one that picks the intent candidates at inference)
    #: comes from a linear probe on the frozen context embedding, fitted after training on ED train
    #: (``empathy reflectdiffu fit-emotion-probe``) instead of the jointly trained head, which
    #: memorises the training contexts (v3: 98 % train, 37 % valid); needs a context encoder
    emotion_probe: bool = False
    polarity: list[int] = field(default_factory=lambda: [0] * 32)
    candidates: list[list[int]] = field(default_factory=lambda: [[0, 1] for _ in range(32)])
    p_intent_given_emotion: list[list[float]] = field(default_factory=lambda: [[1 / 9] * 9 for _ in range(32)])

    def __post_init__(self) -> None:
        if self.ablation not in ABLATIONS:
            raise ValueError(f"ablation must be one of {', '.join(ABLATIONS)}")
        if self.context_encoder not in CONTEXT_ENCODERS:
            raise ValueError(f"context_encoder must be {' or '.join(CONTEXT_ENCODERS)}, not {self.context_encoder!r}")
        if self.baseline and self.context_encoder != "none":
            raise ValueError("the baseline is the plain Transformer: it takes no context encoder")
        if self.context_encoder != "none" and self.context_dim < 1:
            raise ValueError("context_dim must be set (>= 1) with a context encoder")
        if self.emotion_probe and self.context_encoder == "none":
            raise ValueError("emotion_probe reads the frozen context embedding: it needs a context encoder")

    @property
    def use_context(self) -> bool:
        return self.context_encoder != "none"

    @property
    def use_era(self) -> bool:
        return not self.baseline and self.ablation != "no_era"

    @property
    def use_contrastive(self) -> bool:
        return self.ablation != "no_contrastive"

    @property
    def use_intent(self) -> bool:
        return not self.baseline and self.ablation != "no_intent_twice"

    @property
    def use_diffusion(self) -> bool:
        return self.use_intent and self.ablation != "no_diffusion"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ModelConfig:
        names = {f.name for f in fields(cls)}
        d = {"reward_fit_mode": "prob", **d}  # checkpoints written before the option used p(i|e)
        return cls(**{k: v for k, v in d.items() if k in names})


def _mlp(d: int, hidden: int, out: int | None = None) -> nn.Sequential:
    return nn.Sequential(nn.Linear(d, hidden), nn.GELU(), nn.Linear(hidden, out or d))


def timestep_embedding(t: torch.Tensor, dim: int) -> torch.Tensor:
    half = dim // 2
    freqs = torch.exp(-math.log(10000.0) * torch.arange(half, dtype=torch.float32, device=t.device) / half)
    args = t.float()[:, None] * freqs[None]
    return torch.cat([torch.sin(args), torch.cos(args)], dim=-1)


def supcon_loss(z: torch.Tensor, labels: torch.Tensor, tau: float) -> torch.Tensor:
    """Supervised NT-Xent (Khosla et al. 2020) over L2-normalised ``z``; anchors without a positive
    are left out. Returns 0 when no anchor has a positive."""
    z = F.normalize(z, dim=-1)
    sim = z @ z.t() / tau
    n = z.size(0)
    eye = torch.eye(n, dtype=torch.bool, device=z.device)
    sim = sim.masked_fill(eye, -1e9)
    pos = labels[:, None].eq(labels[None, :]) & ~eye
    log_prob = sim - torch.logsumexp(sim, dim=1, keepdim=True)
    has = pos.any(1)
    if not has.any():
        return z.sum() * 0.0
    mean_pos = (log_prob * pos).sum(1)[has] / pos.sum(1)[has]
    return -mean_pos.mean()


def era_key_mask(pad: torch.Tensor, era: torch.Tensor) -> torch.Tensor:
    """Key padding mask of the emotion-reasoning attention: only ``<em>`` tokens are attended to;
    a context without any ``<em>`` token attends to all its tokens."""
    em_mask = pad | era.ne(2)
    none = em_mask.all(1, keepdim=True)
    return torch.where(none, pad, em_mask)


class Diffusion(nn.Module):
    """DDPM over a d-dim latent with a linear beta schedule and an intent-conditioned eps-predictor."""

    def __init__(self, d: int, steps: int, beta_start: float, beta_end: float) -> None:
        super().__init__()
        self.d = d
        self.steps = steps
        betas = torch.linspace(beta_start, beta_end, steps, dtype=torch.float32)
        self.register_buffer("alpha_bars", torch.cumprod(1.0 - betas, 0), persistent=False)
        self.time = _mlp(d, d)
        self.eps_net = nn.Sequential(nn.Linear(3 * d, 2 * d), nn.GELU(), nn.Linear(2 * d, 2 * d), nn.GELU(),
                                     nn.Linear(2 * d, d))

    def predict_eps(self, x: torch.Tensor, t: torch.Tensor, cond: torch.Tensor) -> torch.Tensor:
        """``t`` holds 1-based timesteps of the full schedule."""
        return self.eps_net(torch.cat([x, self.time(timestep_embedding(t, self.d)), cond], dim=-1))

    def q_sample(self, x0: torch.Tensor, t: torch.Tensor, noise: torch.Tensor) -> torch.Tensor:
        ab = self.alpha_bars[t - 1][:, None]
        return ab.sqrt() * x0 + (1 - ab).sqrt() * noise

    def loss(self, x0: torch.Tensor, cond: torch.Tensor) -> torch.Tensor:
        t = torch.randint(1, self.steps + 1, (x0.size(0),), device=x0.device)
        noise = torch.randn_like(x0)
        return F.mse_loss(self.predict_eps(self.q_sample(x0, t, noise), t, cond), noise)

    def schedule(self, steps: int | None) -> tuple[list[int], torch.Tensor]:
        """Timesteps (1-based, ascending) and their alpha-bars. ``steps`` < T respaces the chain
        (Nichol & Dhariwal 2021): the sub-chain's betas are 1 - abar_i / abar_{i-1}."""
        n = self.steps if steps is None else int(steps)
        if not 1 <= n <= self.steps:
            raise ValueError(f"steps must be between 1 and {self.steps} (the trained T)")
        if n == self.steps:
            ts = list(range(1, n + 1))
        else:
            ts = sorted({int(round(x)) for x in torch.linspace(1, self.steps, n).tolist()})
        return ts, self.alpha_bars[torch.tensor(ts, device=self.alpha_bars.device) - 1]

    def reverse(self, x0: torch.Tensor, cond: torch.Tensor, steps: int | None = None,
                generator: torch.Generator | None = None, visited: list[int] | None = None) -> torch.Tensor:
        """x_T ~ q(x_T | x0), then the DDPM reverse step for t = T..1 (every step of the chain)."""
        ts, abars = self.schedule(steps)
        n = len(ts)

        def noise() -> torch.Tensor:
            return torch.randn(x0.shape, generator=generator, device=x0.device, dtype=x0.dtype)

        x = abars[-1].sqrt() * x0 + (1 - abars[-1]).sqrt() * noise()
        for i in range(n - 1, -1, -1):
            ab = abars[i]
            ab_prev = abars[i - 1] if i > 0 else torch.ones_like(ab)
            beta = 1 - ab / ab_prev
            t = torch.full((x.size(0),), ts[i], device=x.device, dtype=torch.long)
            eps = self.predict_eps(x, t, cond)
            mean = (x - beta / (1 - ab).sqrt() * eps) / (1 - beta).sqrt()
            if i > 0:
                var = beta * (1 - ab_prev) / (1 - ab)
                x = mean + var.sqrt() * noise()
            else:
                x = mean
            if visited is not None:
                visited.append(i + 1)
        return x


class ReflectDiffu(nn.Module):
    def __init__(self, cfg: ModelConfig) -> None:
        super().__init__()
        self.cfg = cfg
        d = cfg.d_model
        self.tok = nn.Embedding(cfg.vocab_size, d, padding_idx=PAD)
        nn.init.normal_(self.tok.weight, std=d ** -0.5)  # tied output projection: unit-scale logits
        with torch.no_grad():
            self.tok.weight[PAD].zero_()
        self.pos = nn.Embedding(max(cfg.max_src, cfg.max_tgt + 2), d)
        enc_layer = nn.TransformerEncoderLayer(d, cfg.n_heads, cfg.ff, cfg.dropout, batch_first=True, norm_first=True)
        self.encoder = nn.TransformerEncoder(enc_layer, cfg.enc_layers, enable_nested_tensor=False)
        self.enc_norm = nn.LayerNorm(d)
        dec_layer = nn.TransformerDecoderLayer(d, cfg.n_heads, cfg.ff, cfg.dropout, batch_first=True, norm_first=True)
        self.decoder = nn.TransformerDecoder(dec_layer, cfg.dec_layers)
        self.dec_norm = nn.LayerNorm(d)
        self.drop = nn.Dropout(cfg.dropout)
        if cfg.baseline:
            return
        if cfg.use_era:
            self.era = nn.Embedding(3, d, padding_idx=0)  # 0 pad, 1 <noem>, 2 <em>
        self.era_attn = nn.MultiheadAttention(d, cfg.n_heads, dropout=cfg.dropout, batch_first=True)
        self.era_norm = nn.LayerNorm(d)
        if cfg.use_contrastive:
            self.gate = nn.Linear(d, 1)
            self.expert_pos = _mlp(d, 2 * d)
            self.expert_neg = _mlp(d, 2 * d)
            self.con_proj = nn.Linear(d, 128)
        else:
            self.expert = _mlp(d, 2 * d)
        if cfg.use_context:
            self.ctx_proj = _mlp(cfg.context_dim, 2 * d, d)
            self.ctx_norm = nn.LayerNorm(d)
        self.emo_norm = nn.LayerNorm(d)
        self.emo_head = nn.Linear(d, cfg.n_emotions)
        if cfg.emotion_probe:
            self.emo_probe = nn.Linear(cfg.context_dim, cfg.n_emotions)
        self.register_buffer("polarity", torch.tensor(cfg.polarity, dtype=torch.float32), persistent=False)
        if cfg.use_intent:
            self.intent_emb = nn.Embedding(cfg.n_intents, d)
            self.prototypes = nn.Parameter(torch.randn(cfg.n_intents, d) * 0.02)
            self.prior = nn.Linear(d, cfg.n_intents)
            if cfg.use_diffusion:
                self.diffusion = Diffusion(d, cfg.diffusion_steps, cfg.beta_start, cfg.beta_end)
                self.null_cond = nn.Parameter(torch.zeros(d))
            self.fuse_attn = nn.MultiheadAttention(d, cfg.n_heads, dropout=cfg.dropout, batch_first=True)
            self.fuse_norm = nn.LayerNorm(d)
            self.policy = nn.Sequential(nn.Linear(2 * d, d), nn.GELU(), nn.Linear(d, cfg.n_intents))
            cand = torch.zeros(cfg.n_emotions, cfg.n_intents, dtype=torch.bool)
            for e, ids in enumerate(cfg.candidates):
                cand[e, ids] = True
            self.register_buffer("candidate_mask", cand, persistent=False)
            fit = torch.tensor(cfg.p_intent_given_emotion, dtype=torch.float32)
            if cfg.reward_fit_mode == "lift":
                prior = fit.mean(0, keepdim=True).clamp_min(1e-6)  # p(i), emotions ~ balanced in ED
                lift = fit / prior
                fit = lift / lift.max(1, keepdim=True).values.clamp_min(1e-6)
            elif cfg.reward_fit_mode != "prob":
                raise ValueError(f"reward_fit_mode must be 'lift' or 'prob', not {cfg.reward_fit_mode!r}")
            self.register_buffer("fit", fit, persistent=False)
            # the moving-average REINFORCE baseline is part of the trained state (saved)
            self.register_buffer("reward_baseline", torch.zeros(()))
        self.copy_q = nn.Linear(d, d)
        self.p_gen = nn.Linear(3 * d, 1)

    # -- encoder ---------------------------------------------------------------------------
    def encode(self, src: torch.Tensor, era: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        pad = src.eq(PAD)
        pos = torch.arange(src.size(1), device=src.device)
        x = self.tok(src) * math.sqrt(self.cfg.d_model) + self.pos(pos)[None]
        if self.cfg.use_era:
            x = x + self.era(era)
        h = self.enc_norm(self.encoder(self.drop(x), src_key_padding_mask=pad))
        return h, pad

    def emotion(self, h: torch.Tensor, pad: torch.Tensor, era: torch.Tensor,
                ctx: torch.Tensor | None = None) -> dict[str, torch.Tensor]:
        keymask = era_key_mask(pad, era) if self.cfg.use_era else pad
        a, _ = self.era_attn(h, h, h, key_padding_mask=keymask, need_weights=False)
        z = self.era_norm(h + a)
        valid = (~pad).unsqueeze(-1).float()
        q = (z * valid).sum(1) / valid.sum(1).clamp(min=1.0)
        if self.cfg.use_context:
            if ctx is None:
                raise ValueError(f"this checkpoint needs {self.cfg.context_encoder} context features (batch['ctx'])")
            if ctx.shape != (q.size(0), self.cfg.context_dim):
                raise ValueError(f"context features have shape {tuple(ctx.shape)}, expected "
                                 f"({q.size(0)}, {self.cfg.context_dim})")
            q = self.ctx_norm(q + self.ctx_proj(ctx.to(q.dtype)))
        out = {"Q": q}
        if self.cfg.use_contrastive:
            g = torch.sigmoid(self.gate(q))
            e = q + g * self.expert_pos(q) + (1 - g) * self.expert_neg(q)
            out["gate"] = g.squeeze(-1)
        else:
            e = q + self.expert(q)
        e = self.emo_norm(e)
        out["E"] = e
        out["emotion_logits"] = self.emo_head(e)
        if self.cfg.emotion_probe:
            assert ctx is not None  # checked above (use_context)
            out["emotion_logits_joint"] = out["emotion_logits"]
            out["emotion_logits"] = self.emo_probe(ctx.to(e.dtype))
        return out

    def intent_twice(self, h: torch.Tensor, pad: torch.Tensor, q: torch.Tensor, e: torch.Tensor,
                     emotion_ids: torch.Tensor, gold_intent: torch.Tensor | None, *, sample: bool,
                     steps: int | None = None, generator: torch.Generator | None = None,
                     visited: list[int] | None = None) -> dict[str, torch.Tensor]:
        cfg = self.cfg
        protos = F.normalize(self.prototypes, dim=-1)
        explore_logits = F.normalize(e, dim=-1) @ protos.t() / cfg.proto_tau + self.prior(q)
        p_explore = explore_logits.softmax(-1)
        cond = p_explore @ self.intent_emb.weight
        out: dict[str, torch.Tensor] = {"explore_logits": explore_logits}
        if cfg.use_diffusion:
            if self.training:
                out["diff_loss"] = self.diffusion.loss(e, cond)
            # both branches in one reverse pass (stacked on the batch axis): T sequential steps, not 2T
            both = self.diffusion.reverse(torch.cat([e, e]), torch.cat([cond, self.null_cond.expand_as(cond)]),
                                          steps, generator, visited)
            s_pos, s_neg = both.chunk(2)
        else:
            s_pos, s_neg = e, q
        branches = torch.stack([s_pos, s_neg], dim=1)
        a, _ = self.fuse_attn(branches, h, h, key_padding_mask=pad, need_weights=False)
        fused = self.fuse_norm(branches + a)
        # Correcting: a policy over the candidate intents of the emotion's group
        top2 = explore_logits.topk(2, dim=-1).indices
        cand = self.candidate_mask[emotion_ids].clone()
        cand.scatter_(1, top2, True)
        # the policy corrects the explored distribution: its head adds to the (detached) explore logits
        logits = explore_logits.detach() + self.policy(torch.cat([q, fused.mean(1)], dim=-1))
        logits = logits.masked_fill(~cand, float("-inf"))
        dist = torch.distributions.Categorical(logits=logits)
        action = dist.sample() if sample else logits.argmax(-1)
        out.update(fused=fused, policy_logits=logits, action=action, candidates=cand)
        if self.training:
            reward = cfg.reward_fit * self.fit[emotion_ids, action]
            if gold_intent is not None:
                known = gold_intent.ge(0)
                reward = reward + (known & action.eq(gold_intent)).float()
            adv = (reward - self.reward_baseline).detach()
            out["pg_loss"] = -(adv * dist.log_prob(action)).mean()
            out["reward"] = reward.mean().detach()
            with torch.no_grad():
                m = cfg.baseline_momentum
                self.reward_baseline.mul_(m).add_((1 - m) * reward.mean())
        return out

    def memory(self, src: torch.Tensor, era: torch.Tensor, emotion: torch.Tensor | None = None,
               intent: torch.Tensor | None = None, *, steps: int | None = None,
               generator: torch.Generator | None = None, visited: list[int] | None = None,
               intent_source: str = "policy", ctx: torch.Tensor | None = None) -> dict[str, torch.Tensor]:
        """Everything the decoder needs (+ the auxiliary outputs). In training, the gold emotion picks the
        candidate intents and the gold intent (where known) is the decoder's intent token (teacher forcing);
        at inference both are the model's own predictions."""
        h, pad = self.encode(src, era)
        out: dict[str, torch.Tensor] = {"H": h, "src_pad": pad}
        extra: list[torch.Tensor] = []
        if not self.cfg.baseline:
            emo = self.emotion(h, pad, era, ctx)
            out.update(emo)
            extra.append(emo["E"][:, None])
            pred_emotion = emo["emotion_logits"].argmax(-1)
            out["pred_emotion"] = pred_emotion
            if self.cfg.use_intent:
                use_emotion = emotion if (self.training and emotion is not None) else pred_emotion
                use_emotion = torch.where(use_emotion.ge(0), use_emotion, pred_emotion)
                it = self.intent_twice(h, pad, emo["Q"], emo["E"], use_emotion, intent, sample=self.training,
                                       steps=steps, generator=generator, visited=visited)
                out.update(it)
                chosen = it["action"]
                if intent_source == "explore" and not self.training:
                    # inference option: the exploring head's argmax instead of the correcting policy's
                    chosen = it["explore_logits"].argmax(-1)
                elif intent_source != "policy":
                    raise ValueError(f"intent_source must be policy or explore, got {intent_source!r}")
                out["pred_intent"] = chosen
                if self.training and intent is not None:
                    chosen = torch.where(intent.ge(0), intent, chosen)
                extra.append(it["fused"])
                extra.append(self.intent_emb(chosen)[:, None])
        if extra:
            ex = torch.cat(extra, dim=1)
            mem = torch.cat([h, ex], dim=1)
            mem_pad = torch.cat([pad, torch.zeros(ex.shape[:2], dtype=torch.bool, device=pad.device)], dim=1)
        else:
            mem, mem_pad = h, pad
        out["memory"], out["mem_pad"] = mem, mem_pad
        return out

    # -- decoder ---------------------------------------------------------------------------
    def decode(self, mem: dict[str, torch.Tensor], src: torch.Tensor, tgt_in: torch.Tensor,
               last_only: bool = False) -> torch.Tensor:
        """Log-probabilities [B, T, V] of the next token after each prefix position ([B, 1, V] for the
        last position only with ``last_only``, as in step-by-step decoding)."""
        T = tgt_in.size(1)
        pos = torch.arange(T, device=tgt_in.device)
        y = self.tok(tgt_in) * math.sqrt(self.cfg.d_model) + self.pos(pos)[None]
        causal = torch.triu(torch.full((T, T), float("-inf"), device=tgt_in.device), diagonal=1)
        hd = self.decoder(self.drop(y), mem["memory"], tgt_mask=causal, memory_key_padding_mask=mem["mem_pad"])
        hd = self.dec_norm(hd)
        if last_only:
            hd, y, T = hd[:, -1:], y[:, -1:], 1
        logits = hd @ self.tok.weight.t()
        if self.cfg.baseline:
            return logits.log_softmax(-1)
        h, pad = mem["H"], mem["src_pad"]
        scores = (self.copy_q(hd) @ h.transpose(1, 2)) / math.sqrt(self.cfg.d_model)
        attn = scores.masked_fill(pad[:, None, :], float("-inf")).softmax(-1)
        ctx = attn @ h
        p_gen = torch.sigmoid(self.p_gen(torch.cat([hd, ctx, y], dim=-1)))
        p = p_gen * logits.softmax(-1)
        p = p.scatter_add(2, src[:, None, :].expand(-1, T, -1), (1 - p_gen) * attn)
        return torch.log(p.clamp(min=1e-10))

    # -- losses ----------------------------------------------------------------------------
    def forward(self, batch: dict[str, torch.Tensor], label_smoothing: float = 0.0) -> dict[str, torch.Tensor]:
        """Losses. ``label_smoothing`` eps: L_res = (1 - eps) * NLL + eps * mean over the vocabulary of
        -log p (per target token, as torch's CE label smoothing, applied to the copy mixture's
        log-probabilities); ``nll_sum`` (perplexity) is always the unsmoothed NLL."""
        cfg = self.cfg
        mem = self.memory(batch["src"], batch["era"], batch.get("emotion"), batch.get("intent"), ctx=batch.get("ctx"))
        logp = self.decode(mem, batch["src"], batch["tgt_in"])
        tgt = batch["tgt_out"]
        nll = F.nll_loss(logp.reshape(-1, logp.size(-1)), tgt.reshape(-1), ignore_index=PAD, reduction="sum")
        ntok = tgt.ne(PAD).sum()
        l_res = nll / ntok.clamp(min=1)
        if label_smoothing:
            uniform = -(logp.mean(-1) * tgt.ne(PAD)).sum() / ntok.clamp(min=1)
            l_res = (1 - label_smoothing) * l_res + label_smoothing * uniform
        out = {"l_res": l_res, "nll_sum": nll.detach(), "ntok": ntok}
        loss = cfg.eta * l_res
        if not cfg.baseline:
            emo_gold = batch["emotion"]
            # the joint head is what training fits; a post-hoc probe is never trained here
            l_em = F.cross_entropy(mem.get("emotion_logits_joint", mem["emotion_logits"]), emo_gold)
            out["emo_ce"] = l_em.detach()
            if cfg.use_contrastive:
                l_em = l_em + F.binary_cross_entropy(mem["gate"], self.polarity[emo_gold])
                l_em = l_em + cfg.supcon_weight * supcon_loss(self.con_proj(mem["Q"]), emo_gold, cfg.supcon_tau)
            out["l_em"] = l_em
            loss = loss + cfg.delta * l_em
            out["emo_correct"] = mem["pred_emotion"].eq(emo_gold).sum()
            if cfg.use_intent:
                gold_i = batch["intent"]
                known = gold_i.ge(0)
                l_twice = torch.zeros((), device=loss.device)
                if known.any():
                    ce = F.cross_entropy(mem["explore_logits"][known], gold_i[known])
                    l_twice = l_twice + ce
                    out["explore_ce"] = ce.detach()
                if "pg_loss" in mem:
                    l_twice = l_twice + mem["pg_loss"]
                    out["reward"] = mem["reward"]
                if "diff_loss" in mem:
                    l_twice = l_twice + mem["diff_loss"]
                    out["diff_loss"] = mem["diff_loss"].detach()
                out["l_twice"] = l_twice
                loss = loss + cfg.zeta * l_twice
                out["intent_correct"] = (mem["pred_intent"].eq(gold_i) & known).sum()
                out["intent_known"] = known.sum()
        out["loss"] = loss
        return out

    # -- generation ------------------------------------------------------------------------
    @torch.no_grad()
    def generate(self, src: torch.Tensor, era: torch.Tensor, *, decoding: str = "greedy", max_len: int | None = None,
                 beam_size: int = 4, steps: int | None = None, seed: int = 0, top_p: float = 0.9,
                 temperature: float = 1.0, length_penalty: float = 1.0, intent_source: str = "policy",
                 min_len: int = 0, eos_penalty: float = 0.0, ctx: torch.Tensor | None = None) -> dict[str, Any]:
        """Token ids per sample (without BOS/EOS) and the predicted emotion / intent ids.

        Length controls (every decoding): ``min_len`` forbids EOS before that many tokens;
        ``eos_penalty`` is subtracted from EOS's log-probability at every step. ``length_penalty``
        (alpha, beam only) ranks finished beams by log-probability / length**alpha (0: raw sum,
        which favours short beams). ``top_p``/``temperature`` (sampling only): nucleus sampling from
        the seeded generator."""
        self.eval()
        max_len = max_len or self.cfg.max_tgt
        if not 0 <= int(min_len) <= max_len:
            raise ValueError(f"min_len must be between 0 and max_len ({max_len})")
        if not 0.0 < top_p <= 1.0:
            raise ValueError("top_p must be in (0, 1]")
        if temperature <= 0:
            raise ValueError("temperature must be > 0")
        gen = torch.Generator(device=src.device)
        gen.manual_seed(int(seed))
        mem = self.memory(src, era, steps=steps, generator=gen, intent_source=intent_source, ctx=ctx)
        self._length_rule = (int(min_len), float(eos_penalty))
        if decoding == "greedy":
            seqs = self._greedy(mem, src, max_len)
        elif decoding == "sample":
            seqs = self._sample(mem, src, max_len, gen, top_p, temperature)
        elif decoding == "beam":
            seqs = self._beam(mem, src, max_len, beam_size, length_penalty)
        else:
            raise ValueError(f"decoding must be greedy, beam or sample, got {decoding!r}")
        return {"tokens": seqs,
                "emotion": mem["pred_emotion"].tolist() if "pred_emotion" in mem else None,
                "intent": mem["pred_intent"].tolist() if "pred_intent" in mem else None}

    _length_rule: tuple[int, float] = (0, 0.0)

    def _lengths_rule(self, logp: torch.Tensor, step: int) -> torch.Tensor:
        """EOS forbidden before ``min_len`` tokens (step counts tokens already emitted), and the
        EOS penalty subtracted from its log-probability."""
        min_len, eos_penalty = self._length_rule
        if step < min_len:
            logp = logp.clone()
            logp[:, EOS] = float("-inf")
        elif eos_penalty:
            logp = logp.clone()
            logp[:, EOS] -= eos_penalty
        return logp

    def _step_loop(self, mem: dict[str, torch.Tensor], src: torch.Tensor, max_len: int, pick: Any) -> list[list[int]]:
        B = src.size(0)
        ys = torch.full((B, 1), BOS, dtype=torch.long, device=src.device)
        done = torch.zeros(B, dtype=torch.bool, device=src.device)
        for step in range(max_len):
            logp = self._lengths_rule(self.decode(mem, src, ys, last_only=True)[:, -1], step)
            nxt = pick(logp)
            nxt = torch.where(done, torch.full_like(nxt, PAD), nxt)
            ys = torch.cat([ys, nxt[:, None]], dim=1)
            done |= nxt.eq(EOS)
            if done.all():
                break
        return [_strip(row) for row in ys[:, 1:].tolist()]

    def _greedy(self, mem: dict[str, torch.Tensor], src: torch.Tensor, max_len: int) -> list[list[int]]:
        return self._step_loop(mem, src, max_len, lambda lp: lp.argmax(-1))

    def _sample(self, mem: dict[str, torch.Tensor], src: torch.Tensor, max_len: int, gen: torch.Generator,
                top_p: float, temperature: float) -> list[list[int]]:
        def pick(lp: torch.Tensor) -> torch.Tensor:
            probs = (lp / temperature).softmax(-1)
            sp, idx = probs.sort(-1, descending=True)
            keep = sp.cumsum(-1) - sp < top_p
            sp = sp * keep
            choice = torch.multinomial(sp / sp.sum(-1, keepdim=True), 1, generator=gen)
            return idx.gather(-1, choice).squeeze(-1)

        return self._step_loop(mem, src, max_len, pick)

    def _beam(self, mem: dict[str, torch.Tensor], src: torch.Tensor, max_len: int, k: int,
              length_penalty: float) -> list[list[int]]:
        B, dev = src.size(0), src.device
        rep = {key: (v.repeat_interleave(k, 0) if torch.is_tensor(v) and v.dim() >= 1 and v.size(0) == B else v)
               for key, v in mem.items()}
        src_k = src.repeat_interleave(k, 0)
        ys = torch.full((B * k, 1), BOS, dtype=torch.long, device=dev)
        scores = torch.full((B, k), float("-inf"), device=dev)
        scores[:, 0] = 0.0
        done = torch.zeros(B * k, dtype=torch.bool, device=dev)
        lengths = torch.zeros(B * k, device=dev)
        for step in range(max_len):
            logp = self._lengths_rule(self.decode(rep, src_k, ys, last_only=True)[:, -1], step)  # [B*k, V]
            V = logp.size(-1)
            # finished beams only extend with PAD at no cost
            fin = torch.full_like(logp, float("-inf"))
            fin[:, PAD] = 0.0
            logp = torch.where(done[:, None], fin, logp)
            cand = (scores.view(-1, 1) + logp).view(B, k * V)
            top, idx = cand.topk(k, dim=-1)
            beam = idx // V
            tok = idx % V
            base = (torch.arange(B, device=dev) * k)[:, None]
            sel = (base + beam).view(-1)
            ys = torch.cat([ys[sel], tok.view(-1, 1)], dim=1)
            prev_done = done[sel]
            lengths = lengths[sel] + (~prev_done).float()
            done = prev_done | tok.view(-1).eq(EOS)
            scores = top
            if done.all():
                break
        norm = scores.view(-1) / lengths.clamp(min=1) ** length_penalty
        best = norm.view(B, k).argmax(-1)
        rows = ys[(torch.arange(B, device=dev) * k + best)]
        return [_strip(r) for r in rows[:, 1:].tolist()]

    @torch.no_grad()
    def reference_nll(self, batch: dict[str, torch.Tensor], steps: int | None = None,
                      seed: int = 0) -> tuple[list[float], list[int]]:
        """Per-sample summed NLL and token count of ``tgt_out`` (the reference + EOS) under the model's
        own predictions (no gold emotion/intent)."""
        self.eval()
        gen = torch.Generator(device=batch["src"].device)
        gen.manual_seed(int(seed))
        mem = self.memory(batch["src"], batch["era"], steps=steps, generator=gen, ctx=batch.get("ctx"))
        logp = self.decode(mem, batch["src"], batch["tgt_in"])
        tgt = batch["tgt_out"]
        tok_lp = logp.gather(-1, tgt.unsqueeze(-1)).squeeze(-1) * tgt.ne(PAD)
        return (-tok_lp.sum(1)).tolist(), tgt.ne(PAD).sum(1).tolist()


def _strip(ids: list[int]) -> list[int]:
    out = []
    for t in ids:
        if t in (EOS, PAD):
            break
        out.append(t)
    return out
