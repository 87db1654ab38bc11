#!/usr/bin/env bash
# The full ReflectDiffu v3 recipe on a lent GPU, checkpoint written under $OUT (the device tool's
# `run` brings $OUT back). Run from the repository root, on the device machine:
#
#   here, once per session (ignored paths, never committed; ~21 MB data + a few wheels):
#     mkdir -p .gpu_data .gpu_wheels
#     cp ../shared/data/empatheticdialogues/{train,valid}.csv .gpu_data/
#     pip download -d .gpu_wheels --no-deps vaderSentiment platformdirs ftfy wcwidth langdetect py3langid
#   then the device tool:  run(command="bash plugins/empathy-reflectdiffu/scripts/train_gpu.sh",
#                              carry=[".gpu_data", ".gpu_wheels"], timeout_s=580)
#
# Knobs (environment): RUN=reflectdiffu|baseline, D_MODEL (256), FF (1024), LAYERS (2), EPOCHS (12),
# MINUTES (training-time cap per call, 8: a device call lasts at most 10 minutes), DEVICE (cuda),
# PY (python3), DATA (.gpu_data), EXTRA (more trainer options), SEED (13).
# The checkpoint that comes back: $OUT/<RUN>/{model.safetensors (fp16), config.json, tokenizer.json,
# era_lexicon.json, trainer_state.json} + $OUT/<RUN>.log (at most 8 files of 16 MiB each come back:
# d 256 / FFN 1024 / 2+2 layers: 7.98 M parameters, 15.2 MiB in fp16, fits; d 300: 10.1 M, 19.3 MiB,
# does not: the script stops with a clear message after training, so pick D_MODEL 256 here).
# The device starts bare: a run that does not reach early stopping in one call cannot be resumed in
# the next one unless last/optim/rng (fp32, larger) travel back too, so size EPOCHS/MINUTES to one call.
set -euo pipefail
PY=${PY:-python3}
DATA=${DATA:-.gpu_data}
OUT=${OUT:-out}
RUN=${RUN:-reflectdiffu}
DEVICE=${DEVICE:-cuda}
WORK=${WORK:-/tmp/rd_gpu/$RUN}
mkdir -p "$OUT" "$WORK"
if [ -d .gpu_wheels ] && ! $PY -c "import vaderSentiment, platformdirs" 2>/dev/null; then
  $PY -m pip install -q --no-index --no-deps --no-build-isolation .gpu_wheels/* >&2
fi
export PYTHONPATH=$PWD:$PWD/plugins/empathy-reflectdiffu${PYTHONPATH:+:$PYTHONPATH}
[ "$DEVICE" = cuda ] && nvidia-smi --query-gpu=name,memory.total --format=csv,noheader >&2 || true
base=()
[ "$RUN" = baseline ] && base=(--baseline)
# The recipe (docs/results/reflectdiffu.md, "v3 recipe"): CEM-like — label smoothing 0.1, Noam
# (warm-up 4000 steps of 32, inverse-sqrt decay, beta2 0.98), early stopping on validation
# perplexity (patience 5 evaluations of 500 steps), selection on valid samples 1,001-3,000.
$PY -m empathy_reflectdiffu.train --train "$DATA/train.csv" --valid "$DATA/valid.csv" --out "$WORK" \
  --device "$DEVICE" --epochs "${EPOCHS:-12}" --batch-size 32 --lr "${LR:-7e-4}" --warmup "${WARMUP:-4000}" \
  --schedule noam --adam-beta2 0.98 --label-smoothing 0.1 --stop-on ppl --patience 5 --eval-every 500 \
  --valid-skip 1000 --max-valid 2000 --d-model "${D_MODEL:-256}" --ff "${FF:-1024}" --layers "${LAYERS:-2}" \
  --max-src 96 --max-tgt 40 --threads 8 --seed "${SEED:-13}" --max-minutes "${MINUTES:-8}" \
  --no-progress --resume "${base[@]}" ${EXTRA:-} 2> >(tee "$OUT/$RUN.log" >&2)
# fp16 weights of the best evaluation + the files the generator needs
mkdir -p "$OUT/$RUN"
$PY - "$WORK" "$OUT/$RUN" <<'PY'
import shutil, sys
from pathlib import Path
from safetensors.torch import load_file, save_file
src, dst = Path(sys.argv[1]), Path(sys.argv[2])
state = {k: (v.half() if v.is_floating_point() else v).contiguous() for k, v in load_file(str(src / "model.safetensors")).items()}
save_file(state, str(dst / "model.safetensors"))
for name in ("config.json", "tokenizer.json", "era_lexicon.json", "trainer_state.json"):
    shutil.copy(src / name, dst / name)
size = (dst / "model.safetensors").stat().st_size
print(f"[train_gpu] {dst / 'model.safetensors'}: {size / 2**20:.1f} MiB fp16", file=sys.stderr)
if size > 16 * 2**20:
    sys.exit("[train_gpu] the fp16 weights exceed the device tool's 16 MiB per file: use a smaller D_MODEL/vocabulary")
PY
