"""Floor systems for the results table, written as ``replay`` files (JSONL: id, response).

* constant: one fixed generic sentence for every sample;
* retrieval: the reference response of the most similar training context (TF-IDF cosine over the
  context turns, word 1-2 grams, sublinear tf; scikit-learn).

Also prints the label floors: majority-class emotion / intent accuracy and the accuracy of the
retrieved neighbour's gold emotion / intent (replay carries no labels, so the table's emotion/intent
cells of the floor rows are these numbers).

    python plugins/empathy-reflectdiffu/scripts/floors.py --out /tmp/rd_floors --limit 1000
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from empathy_core.loaders.empathetic_dialogues import EmpatheticDialoguesDataset

CONSTANT = "I'm sorry to hear that. What happened?"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--constant", default=CONSTANT)
    a = ap.parse_args()
    from sklearn.feature_extraction.text import TfidfVectorizer

    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    train = EmpatheticDialoguesDataset(split="train").load()
    valid = EmpatheticDialoguesDataset(split="valid").load()[: a.limit]
    with open(out / "constant.jsonl", "w", encoding="utf-8") as fh:
        for s in valid:
            fh.write(json.dumps({"id": s.id, "response": a.constant}) + "\n")
    vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2, lowercase=True)
    X = vec.fit_transform([s.context for s in train])
    V = vec.transform([s.context for s in valid])
    best = (V @ X.T).toarray().argmax(1)
    emo_hit = int_hit = int_n = 0
    with open(out / "retrieval.jsonl", "w", encoding="utf-8") as fh:
        for s, j in zip(valid, best):
            nb = train[int(j)]
            fh.write(json.dumps({"id": s.id, "response": nb.references[0]}) + "\n")
            emo_hit += nb.meta["emotion"] == s.meta["emotion"]
            if "intent" in s.meta:
                int_n += 1
                int_hit += nb.meta.get("intent") == s.meta["intent"]
    maj_e = Counter(s.meta["emotion"] for s in train).most_common(1)[0][0]
    maj_i = Counter(s.meta["intent"] for s in train if "intent" in s.meta).most_common(1)[0][0]
    info = {
        "n": len(valid),
        "majority_emotion": maj_e,
        "majority_emotion_acc": sum(s.meta["emotion"] == maj_e for s in valid) / len(valid),
        "majority_intent": maj_i,
        "majority_intent_acc": sum(s.meta.get("intent") == maj_i for s in valid if "intent" in s.meta) / int_n,
        "retrieval_emotion_acc": emo_hit / len(valid),
        "retrieval_intent_acc": int_hit / int_n,
    }
    (out / "label_floors.json").write_text(json.dumps(info, indent=1))
    print(json.dumps(info))


if __name__ == "__main__":
    main()
