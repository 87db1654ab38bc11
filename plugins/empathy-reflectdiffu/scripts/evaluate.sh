#!/usr/bin/env bash
# Reproduces the rows of docs/results/reflectdiffu.md (ED valid, first 1,000 listener turns).
#   RUNS=/tmp/rd_runs FLOORS=/tmp/rd_floors DBDIR=/tmp/rd_eval bash evaluate.sh [row ...]
# Each row has its own SQLite file ($DBDIR/<row>.sqlite), so rows can run in parallel.
# Rows: constant, retrieval (replay files from floors.py), shipped (the packaged checkpoint), or the
# name of a checkpoint directory under $RUNS (trained with the commands in the results doc).
set -euo pipefail
RUNS=${RUNS:-/tmp/rd_runs}
FLOORS=${FLOORS:-/tmp/rd_floors}
DBDIR=${DBDIR:-/tmp/rd_eval}
LIMIT=${LIMIT:-1000}
GEN_OPTS=${GEN_OPTS:-}   # e.g. ",decoding=beam" or ",steps=10"
mkdir -p "$DBDIR"
DS="empathetic_dialogues:split=valid"
SC=(--scorer bleu --scorer distinct --scorer emotion --scorer intent)
rows=("$@")
[ ${#rows[@]} -eq 0 ] && rows=(constant retrieval shipped)
for row in "${rows[@]}"; do
  export EMPATHY_DB="$DBDIR/$row.sqlite"
  case $row in
    constant|retrieval)
      empathy run --dataset $DS --generator "replay:path=$FLOORS/$row.jsonl" "${SC[@]}" --limit $LIMIT --name "$row" --no-progress ;;
    shipped)
      empathy run --dataset $DS --generator "reflectdiffu${GEN_OPTS:+:${GEN_OPTS#,}}" "${SC[@]}" --scorer perplexity \
        --limit $LIMIT --name "$row" --no-progress ;;
    *)
      empathy run --dataset $DS --generator "reflectdiffu:checkpoint=$RUNS/$row$GEN_OPTS" "${SC[@]}" \
        --scorer "perplexity:checkpoint=$RUNS/$row" --limit $LIMIT --name "$row" --no-progress ;;
  esac
done
