"""ReflectDiffu generation speed on CPU: responses/s for ReflectDiffu (T=10 and T=20) and the same-size
plain Transformer baseline, batch 1 and 32. Goal: ReflectDiffu's time <= 1.5x the baseline's.

Two modes: ``fixed`` decodes exactly ``--tokens`` tokens for every response (equal work, the fair
compute comparison); ``greedy`` is the generator's real greedy decoding (stops at EOS; needs trained
checkpoints for both). Prints one JSON object.

    python benchmarks/reflectdiffu_speed.py [--checkpoint DIR] [--baseline DIR] [--n 64] [--threads 2]

Without ``--checkpoint`` the checkpoint shipped in empathy-reflectdiffu is used; without ``--baseline``
an untrained baseline of the same size (``fixed`` mode only).
"""

from __future__ import annotations

import argparse
import json
import platform
import time


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--checkpoint", default=None)
    ap.add_argument("--baseline", default=None)
    ap.add_argument("--n", type=int, default=64, help="samples (ED valid) per measurement")
    ap.add_argument("--tokens", type=int, default=20)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=2, help="best of N")
    a = ap.parse_args()

    import torch
    from empathy_reflectdiffu.checkpoint import Loaded
    from empathy_reflectdiffu.model import BOS, ModelConfig, ReflectDiffu
    from empathy_reflectdiffu.textproc import collate

    from empathy_core.loaders.empathetic_dialogues import EmpatheticDialoguesDataset

    torch.set_num_threads(a.threads)
    rd = Loaded(a.checkpoint)
    if a.baseline:
        base = Loaded(a.baseline)
        base_model, base_enc = base.model, base.encoder
    else:
        cfg = ModelConfig.from_dict({**rd.cfg.to_dict(), "baseline": True})
        torch.manual_seed(0)
        base_model, base_enc = ReflectDiffu(cfg).eval(), rd.encoder
    samples = EmpatheticDialoguesDataset(split="valid").load()[: a.n]

    def fixed(model, enc, bs, steps):
        def run():
            with torch.no_grad():
                for i in range(0, len(samples), bs):
                    b = collate(enc.encode(samples[i:i + bs], with_target=False))
                    mem = model.memory(b["src"], b["era"], steps=steps, generator=torch.Generator().manual_seed(0))
                    ys = torch.full((b["src"].size(0), 1), BOS, dtype=torch.long)
                    for _ in range(a.tokens):
                        nxt = model.decode(mem, b["src"], ys, last_only=True)[:, -1].argmax(-1)
                        ys = torch.cat([ys, nxt[:, None]], 1)
        return run

    def greedy(model, enc, bs, steps):
        def run():
            for i in range(0, len(samples), bs):
                b = collate(enc.encode(samples[i:i + bs], with_target=False))
                model.generate(b["src"], b["era"], steps=steps)
        return run

    def measure(fn):
        best = float("inf")
        for _ in range(a.repeat):
            t = time.perf_counter()
            fn()
            best = min(best, time.perf_counter() - t)
        return round(len(samples) / best, 2)

    systems = {"reflectdiffu_T10": (rd.model, rd.encoder, 10), "reflectdiffu_T20": (rd.model, rd.encoder, 20),
               "baseline": (base_model, base_enc, None)}
    res: dict = {"cpu": platform.processor() or platform.machine(), "threads": a.threads, "n": len(samples),
                 "torch": torch.__version__, "trained_T": rd.cfg.diffusion_steps,
                 "baseline_trained": bool(a.baseline), "fixed_tokens": a.tokens, "responses_per_s": {}}
    modes = ["fixed"] + (["greedy"] if a.baseline else [])
    for mode in modes:
        for bs in (1, 32):
            for name, (m, enc, steps) in systems.items():
                if steps is not None and steps > rd.cfg.diffusion_steps:
                    continue
                fn = (fixed if mode == "fixed" else greedy)(m, enc, bs, steps)
                res["responses_per_s"][f"{mode}/batch{bs}/{name}"] = measure(fn)
    ratios = {}
    for key, v in res["responses_per_s"].items():
        mode, bsz, name = key.split("/")
        if name.startswith("reflectdiffu"):
            b = res["responses_per_s"][f"{mode}/{bsz}/baseline"]
            ratios[key] = round(b / v, 3)  # time(ReflectDiffu) / time(baseline)
    res["time_ratio_vs_baseline"] = ratios
    res["goal_met_fixed"] = all(r <= 1.5 for k, r in ratios.items() if k.startswith("fixed"))
    print(json.dumps(res, indent=1))


if __name__ == "__main__":
    main()
