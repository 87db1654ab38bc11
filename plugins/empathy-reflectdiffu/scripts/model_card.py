"""Write checkpoint/MODEL_CARD.md from a checkpoint's config.json (+ an optional results table).

    python model_card.py CHECKPOINT_DIR [--results results.md]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

TEMPLATE = """# ReflectDiffu (clean-room) — EmpatheticDialogues checkpoint

**What**: a small ReflectDiffu model (emotion contagion encoder with ERA reason embeddings, contrastive
polarity experts, intent twice: exploring / DDPM latent diffusion sampling / REINFORCE correcting, a
pointer-generator Transformer decoder), implemented from the paper (Yuan et al., ACL 2025,
arXiv 2409.10289) without the authors' code. Predicts one of 32 ED emotions and one of 9 response
intents, and generates an English empathetic response.

**Data**: EmpatheticDialogues (Rashkin et al., 2019), official train split (40,252 listener turns from
19,532 conversations), intent labels = EmpatheticIntents silver `ei_label`s. Model selection on ED valid
samples 1,001–2,000. **License: CC BY-NC 4.0** (the dataset's license applies to these weights:
non-commercial use only, with attribution to the ED authors).

**Size**: {params:,} parameters, d_model {d_model}, {enc_layers}+{dec_layers} layers, {vocab_size} BPE tokens,
context ≤ {max_src} tokens, response ≤ {max_tgt} tokens, diffusion T = {diffusion_steps}. Files:
`model.safetensors` (weights, sha256 {sha}), `config.json` (model config, derived tables, training
record), `tokenizer.json` (HF tokenizers BPE), `era_lexicon.json` (the ERA lexicon).

**Training**: CPU only ({threads} thread(s) of a shared 2-core machine), {train_seconds:.0f} s of training,
{steps} steps of batch 32 ({epochs:.2f} epochs), {eps:.1f} training examples/s, AdamW lr 1e-3, seed 13,
early stopping on the validation loss. Best validation (samples 1,001–2,000): perplexity
{ppl:.1f}, emotion accuracy {emo:.1%}, intent accuracy {intent:.1%}.

**Evaluation** (ED valid, first 1,000 samples; see docs/results/reflectdiffu.md in the repository for
every row, the baselines and the commands):

{results}

**Known problem**: the intent policy (trained with the lift reward p(i|e)/p(i)) picks 7 of the 9
intents but is no better than the exploring head it corrects (38.1 % vs 41.8 % intent accuracy on ED
valid, first 1,000 samples; majority floor 38.9 %). The generator option `intent=explore` takes the
intent from the exploring head.

**Limitations**: a small model trained 2 epochs on CPU; responses are short and generic ("that's
great" / "i'm sorry to hear that"-style) far more often than human listeners' responses; emotion and
intent predictions are made from the context before the response; the intent labels it learnt from are
silver classifier labels; English only; not a mental-health tool.
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("checkpoint")
    ap.add_argument("--results", default=None)
    a = ap.parse_args()
    from empathy_reflectdiffu.checkpoint import weights_sha256
    from safetensors import safe_open

    ck = Path(a.checkpoint)
    meta = json.loads((ck / "config.json").read_text())
    m, r = meta["model"], meta["result"]
    with safe_open(str(ck / "model.safetensors"), "np") as f:
        params = sum(f.get_tensor(k).size for k in f.keys())
    best = r["best_valid"]
    text = TEMPLATE.format(params=params, sha=weights_sha256(ck)[:16], threads=r["threads"],
                           train_seconds=r["train_seconds"], steps=r["steps"],
                           epochs=r["steps"] * 32 / r["train_examples"], eps=r["examples_per_s"],
                           ppl=best["ppl"], emo=best.get("emotion_acc", 0), intent=best.get("intent_acc", 0),
                           results=Path(a.results).read_text() if a.results else "(not yet evaluated)", **m)
    (ck / "MODEL_CARD.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
