"""The training command end to end on a small synthetic EPITOME-format file (real MiniLM, real sklearn)."""

from __future__ import annotations

import csv
import json

import pytest

pytest.importorskip("sklearn")

ER = ["", "I'm so sorry. ", "My heart goes out to you, that is heartbreaking. "]
IP = ["", "I understand. ", "I went through the same thing last year and I know how that feels. "]
EX = ["", "Tell me more. ", "What happened next? How are you holding up? "]
FILLER = ["The weather is nice.", "Try a different keyboard.", "Go to bed early.", "Drink more water.", "Read a book."]


def _write_epitome(root, n=90):
    (root / "epitome").mkdir(parents=True)
    with open(root / "epitome" / "train.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["sp_id", "rp_id", "seeker_post", "response_post", "emotional_reactions",
                    "emotional_reactions_rationale", "interpretations", "interpretations_rationale",
                    "explorations", "explorations_rationale"])
        for i in range(n):
            a, b, c = i % 3, (i // 3) % 3, (i // 9) % 3
            text = ER[a] + IP[b] + EX[c] + FILLER[i % len(FILLER)]
            # rationales as in EPITOME: the span(s) of the response that carry the mechanism, '|'-separated
            ra, rb, rc = (f"{part.strip()}|" if lvl else "" for part, lvl in ((ER[a], a), (IP[b], b), (EX[c], c)))
            w.writerow([f"s{i}", f"r{i}", f"I feel bad about thing number {i}.", text, a, ra, b, rb, c, rc])


def test_train_epitome_writes_loadable_weights(tmp_path, torch_threads):
    from empathy_metrics.train import main

    from empathy_core import Sample, ScoreInput
    from empathy_core.plugins import build_registry

    data, out = tmp_path / "data", tmp_path / "weights"
    _write_epitome(data)
    assert main(["epitome", "--data", str(data), "--out", str(out), "--cache", "", "--threads", "1",
                 "--config", json.dumps({"model": "tfidf_lr", "ngram_range": [1, 2], "min_df": 1,
                                         "emb_weight": 1.0, "C": 10.0, "sentence_weight": 1.0})]) == 0
    cfg = json.loads((out / "epitome.json").read_text())
    assert cfg["kind"] == "tfidf_emb" and cfg["training"]["fit_rows"] == "0..80"
    # the sentence block: one sentence model per mechanism, trained on the rationale sentences
    from empathy_metrics.heads import HeadSet
    from empathy_metrics.multilingual import get_use

    hs = HeadSet("epitome", out)
    assert hs.sentence_block["mechanisms"] == ["emotional_reactions", "interpretations", "explorations"]
    assert hs.heads["interpretations"].n_features == len(hs.tfidf.vocabulary) + 384 + 9
    ip_w, ip_b = hs.sentence_models["interpretations"]
    e = get_use().encode(["I went through the same thing last year and I know how that feels.", "Drink more water."])
    assert e[0] @ ip_w + ip_b > e[1] @ ip_w + ip_b  # the rationale sentence scores higher than filler
    for m in ("emotional_reactions", "interpretations", "explorations"):
        assert cfg["metrics"][m]["cv5"]["accuracy"] > 0.8  # the synthetic signal is easy
    sc = build_registry().scorer(f"epitome:weights={out}")
    res = sc.score([ScoreInput(sample=Sample.from_prompt("a", "I feel bad.", language="en"),
                               response=ER[2] + IP[0] + EX[2] + "Read a book.")])[0]
    assert (res.scores["epitome.emotional_reactions"], res.scores["epitome.interpretations"],
            res.scores["epitome.explorations"]) == (2.0, 0.0, 2.0)
    assert f"weights:{out}" in sc.signature()


def test_train_pair_model_and_score_with_it(tmp_path, torch_threads):
    """The experimental pair model (fine-tuned top MiniLM layer): trains, saves, loads, scores."""
    from empathy_metrics.train import main

    from empathy_core import Sample, ScoreInput
    from empathy_core.plugins import build_registry

    data, out = tmp_path / "data", tmp_path / "weights"
    _write_epitome(data, n=30)
    assert main(["epitome", "--data", str(data), "--out", str(out), "--cache", "", "--threads", "2",
                 "--config", json.dumps({"model": "pair", "frozen_layers": 5, "epochs": 1, "lr": 1e-4,
                                         "folds_run": 1, "device": "cpu"})]) == 0
    cfg = json.loads((out / "epitome.json").read_text())
    assert cfg["kind"] == "pair_top" and "cv5_first_1_folds" in cfg["metrics"]["explorations"]
    assert cfg["training"]["config"]["device"] == "cpu"
    sc = build_registry().scorer(f"epitome:weights={out}")
    items = [ScoreInput(sample=Sample.from_prompt(str(i), "I feel bad.", language="en"), response=t)
             for i, t in enumerate([ER[2] + EX[2] + "Read a book.", "Go to bed early."])]
    a, b = sc.score(items), sc.score(items[::-1])[::-1]
    for x, y in zip(a, b):
        assert x.unscored is None and x.scores == y.scores
        assert x.scores["epitome.level_sum"] == sum(x.scores[f"epitome.{m}"] for m in
                                                  ("emotional_reactions", "interpretations", "explorations"))


def _ed_slice(src, dst, per_emotion_train=3, per_emotion_valid=1, min_intent=3):
    """A small EmpatheticDialogues slice with every emotion (and, in train, every intent label) present:
    whole conversations, the first ones of each emotion, then more until each intent label has
    ``min_intent`` listener turns."""
    from empathy_metrics.labels import INTENT_LABELS

    (dst / "empatheticdialogues").mkdir(parents=True)
    sizes = {}
    for split, per in (("train", per_emotion_train), ("valid", per_emotion_valid)):
        with open(src / "empatheticdialogues" / f"{split}.csv", newline="", encoding="utf-8") as f:
            reader = csv.DictReader(f)
            header, rows = reader.fieldnames, list(reader)
        convs: dict[str, list] = {}
        for r in rows:
            convs.setdefault(r["conv_id"], []).append(r)
        taken, per_emotion, intents = [], {}, {}
        for cid, turns in convs.items():
            emo = turns[0]["emotion"]
            need_intent = split == "train" and any(
                t["role"] == "listener" and t["ei_label"] in INTENT_LABELS and intents.get(t["ei_label"], 0) < min_intent
                for t in turns)
            if per_emotion.get(emo, 0) < per or need_intent:
                taken.append(cid)
                per_emotion[emo] = per_emotion.get(emo, 0) + 1
                for t in turns:
                    if t["role"] == "listener":
                        intents[t["ei_label"]] = intents.get(t["ei_label"], 0) + 1
        with open(dst / "empatheticdialogues" / f"{split}.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=header)
            w.writeheader()
            for cid in taken:
                w.writerows(convs[cid])
        sizes[split] = (len(taken), per_emotion, intents)
    return sizes


@pytest.mark.slow
def test_train_emotion_and_intent_heads_on_a_slice(tmp_path, shared_data, torch_threads, capsys):
    """The code that trained the shipped emotion and intent heads (``python -m empathy_metrics.train``)
    runs end to end on a slice of EmpatheticDialogues; the heads it writes load in the scorers."""
    from empathy_metrics.labels import EMOTIONS, INTENT_LABELS
    from empathy_metrics.train import main

    from empathy_core import Sample, ScoreInput
    from empathy_core.plugins import build_registry

    data, out = tmp_path / "data", tmp_path / "weights"
    sizes = _ed_slice(shared_data, data)
    assert set(sizes["train"][1]) == set(EMOTIONS) and set(sizes["valid"][1]) == set(EMOTIONS)
    assert all(sizes["train"][2].get(k, 0) >= 3 for k in INTENT_LABELS)
    printed = {}
    for task in ("emotion", "intent"):
        assert main([task, "--data", str(data), "--out", str(out), "--cache", "", "--threads", "1"]) == 0
        printed.update(json.loads(capsys.readouterr().out))
    assert printed["intent"]["config"] == {"features": ["r"], "model": "lr", "C": 0.1}
    assert printed["emotion"]["config"] == {"features": ["r"], "model": "lr", "C": 0.1, "train_on": "listener"}
    emo = json.loads((out / "emotion.json").read_text())
    assert emo["heads"]["emotion"]["labels"] == list(EMOTIONS) and emo["heads"]["emotion"]["layers"] == 1
    m = emo["metrics"]["valid_listener"]
    assert emo["metrics"]["train_rows"] == sum(1 for _ in _listener_rows(data, "train"))
    assert 0.0 <= m["accuracy"] <= 1.0 and m["majority_accuracy"] <= 1.0
    intent = json.loads((out / "intent.json").read_text())
    assert intent["heads"]["intent"]["labels"] == list(INTENT_LABELS)
    assert intent["metrics"]["train_rows"] == sum(1 for r in _listener_rows(data, "train")
                                                  if r["ei_label"] in INTENT_LABELS)
    reg = build_registry()
    item = ScoreInput(sample=Sample.from_prompt("a", "My dog died.", language="en"),
                      response="I'm so sorry for your loss. What was his name?")
    for name, labels in (("response_emotion", EMOTIONS), ("response_intent", INTENT_LABELS)):
        sc = reg.scorer(f"{name}:weights={out}")
        (r,) = sc.score([item])
        assert r.unscored is None and r.evidence["label"] in labels
        assert f"weights:{out}" in sc.signature()


def _listener_rows(data, split):
    with open(data / "empatheticdialogues" / f"{split}.csv", newline="", encoding="utf-8") as f:
        yield from (r for r in csv.DictReader(f) if r["role"] == "listener")


FR_ER = ["", "Je suis vraiment désolé. ", "J'ai le cœur brisé pour toi, c'est terrible. "]
FR_EX = ["", "Dis-m'en plus. ", "Que s'est-il passé ensuite ? Comment tu tiens le coup ? "]


def test_train_multilingual_heads_and_rating_model(tmp_path, torch_threads):
    """epitome_m (English + translated rows, USE) and the rating model train on small synthetic
    files, and the scorer uses them through ``multilingual_weights``."""
    from empathy_metrics.heads import HeadSet
    from empathy_metrics.train import train_epitome_m, train_rating

    from empathy_core import Sample, ScoreInput
    from empathy_core.plugins import build_registry

    data, out, tr = tmp_path / "data", tmp_path / "weights", tmp_path / "translated"
    _write_epitome(data)
    tr.mkdir()
    rows = []
    for i in range(90):  # French rows: train split below row 81 (the English fit rows), dev above
        a, c = i % 3, (i // 9) % 3
        rows.append({"id": f"ep-{i:04d}", "sp_id": f"s{i}", "rp_id": f"r{i}", "split": "dev" if i >= 81 else "train",
                     "language": "fr", "seeker_post": f"Je me sens mal, chose {i}.",
                     "response_post": FR_ER[a] + FR_EX[c] + "Lis un livre."})
    # a second translation of the dev rows (split "dev_b"): reported on its own, never fitted
    rows += [{**r, "split": "dev_b", "response_post": r["response_post"].replace("Lis", "Va lire")} for r in rows[81:]]
    (tr / "fr.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    res = train_epitome_m(data, out, None, False, 1, translated=tr)
    assert res["translated_train_rows"] == 81 and res["dev_rows"] == {"fr": 9, "fr/dev_b": 9}
    ex = res["metrics"]["explorations"]
    assert set(ex["dev"]) == {"en", "fr", "fr/dev_b"} and ex["cv5_en"]["accuracy"] > 0.6
    # the rating model: raters here reward a question (3) over none (1)
    (data / "llm_empathy").mkdir()
    with open(data / "llm_empathy" / "dev.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["dialog_id", "emotion", "sentiment", "situation", "speaker_uttr", "response_human",
                    "response_chatgpt", "response_chatgpt_empathy", "rating_human", "rating_chatgpt",
                    "rating_chatgpt_empathy"])
        for i in range(40):
            w.writerow([f"d{i}", "sad", "negative", "x", f"I lost thing {i}.", FILLER[i % 5],
                        EX[2] + FILLER[(i + 1) % 5], ER[1] + FILLER[(i + 2) % 5], 1, 3, 2])
    res = train_rating(data, out, None, False, 1)
    m = res["metrics"]
    assert m["rows"] == 120 and m["cv_spearman"] > 0.5 and m["cv_grouped_by"] == "context"
    rh = HeadSet("rating", out)
    assert rh.heads["rating"].n_features == 9 + 5 + 512 and rh.config["range"] == [1.0, 3.0]
    mh = HeadSet("epitome_m", out)  # USE(response) + the sentence block (3 pooled values x 3 mechanisms)
    assert mh.sentence_block is not None and mh.heads["explorations"].n_features == 512 + 9
    # the Malay e5 heads (2.2): e5(response) + the same sentence block, fitted on the same rows
    assert set(mh.language_heads) == {"ms"} and mh.language_heads["ms"]["combine"] == "mean"
    assert mh.language_heads["ms"]["heads"]["explorations"].n_features == 384 + 9
    sc = build_registry().scorer(f"epitome:multilingual_weights={out}")
    a, b = sc.score([ScoreInput(sample=Sample.from_prompt("a", "J'ai perdu mon chien.", language="fr"),
                                response=FR_EX[2] + "Lis un livre."),
                     ScoreInput(sample=Sample.from_prompt("b", "J'ai perdu mon chien.", language="fr"),
                                response="Lis un livre.")])
    assert a.evidence["model"] == "multilingual" and a.scores["epitome.explorations"] == 2.0
    assert a.scores["epitome.empathy"] > b.scores["epitome.empathy"]
    assert f"multilingual_weights:{out}" in sc.signature()


def test_pair_model_device_errors_are_clear(tmp_path, capsys):
    """A device torch cannot use here stops before any work, with a message naming it (no traceback)."""
    import torch
    from empathy_metrics.train import main

    data = tmp_path / "data"
    _write_epitome(data, n=30)
    bad = ["not-a-device"] + ([] if torch.cuda.is_available() else ["cuda"])
    for dev in bad:
        rc = main(["epitome", "--data", str(data), "--out", str(tmp_path / "w"), "--cache", "",
                   "--config", json.dumps({"model": "pair", "frozen_layers": 5, "epochs": 1, "device": dev})])
        err = capsys.readouterr().err
        assert rc == 2 and f"device {dev!r}" in err and "Traceback" not in err, err
    assert not (tmp_path / "w").exists()


def test_train_top_runs_on_the_requested_device(torch_threads):
    """train_top puts the model and every batch on ``device``; predict_top follows the model's device
    and returns numpy probabilities that sum to one."""
    import numpy as np
    import torch
    from empathy_metrics import pairmodel as P
    from transformers import BertConfig, BertModel

    base = BertModel(BertConfig(hidden_size=16, num_hidden_layers=2, num_attention_heads=2, intermediate_size=32))
    rng = np.random.default_rng(0)
    feats = [(rng.normal(size=(n, 16)).astype(np.float32), np.array([0] * (n - 2) + [1, 1])) for n in (5, 7, 9, 6)]
    y = np.array([[0, 1, 2], [1, 2, 0], [2, 0, 1], [0, 0, 0]])
    devices = ["cpu"] + (["cuda"] if torch.cuda.is_available() else [])
    for dev in devices:
        model = P.train_top(base, 1, feats, y, epochs=1, batch_size=2, device=dev)
        assert {p.device.type for p in model.parameters()} == {torch.device(dev).type}
        prob = P.predict_top(model, feats)
        assert prob.shape == (4, 3, 3) and np.allclose(prob.sum(-1), 1.0)


def test_length_batches_close_at_the_count_or_the_padded_token_budget():
    from empathy_metrics.pairmodel import length_batches

    lengths = [300, 10, 12, 11, 100, 90, 95, 13]
    got = length_batches(lengths, batch_size=3, max_tokens=300)
    # sorted by length; the count closes the first batch, the budget the third (2 * 300 > 300)
    assert got == [[1, 3, 2], [7, 5, 6], [4], [0]]
    assert sorted(i for b in got for i in b) == list(range(len(lengths)))
    for b in got:
        assert len(b) <= 3 and (len(b) == 1 or len(b) * max(lengths[i] for i in b) <= 300)
    assert length_batches([5, 400], batch_size=8, max_tokens=100) == [[0], [1]]  # one item may pass the budget alone
    assert length_batches([], 4) == []


def test_frozen_hidden_runs_only_the_lower_layers_and_matches_the_full_model(torch_threads):
    """``frozen_hidden`` runs the embeddings and the first ``frozen`` MiniLM layers only (the top
    runs its own copies of the others); its states are bit-identical to the full model's
    ``hidden_states[frozen]``, and the shared model is left whole."""
    import numpy as np
    import torch
    from empathy_metrics import pairmodel as P
    from empathy_metrics.encoder import get_encoder

    enc = get_encoder()
    layers = list(enc.model.encoder.layer)
    responses = ["I'm so sorry, that sounds awful.", "No.", "Here is how to do it: first, open the settings. " * 8]
    seekers = ["My dog died yesterday.", "Can you say you love me?", "How do I reset my router?"]
    for frozen in (0, 2, 4, 6):
        got = P.frozen_hidden(enc, responses, seekers, frozen, batch_size=len(responses), max_tokens=10**9)
        # the full model on the same batch (frozen_hidden orders a batch by word pieces)
        n_tok = [len(x) for x in P.tokenize_pairs(enc.tokenizer, responses, seekers, padded=False)["input_ids"]]
        order = sorted(range(len(responses)), key=lambda i: n_tok[i])
        x = P.tokenize_pairs(enc.tokenizer, [responses[i] for i in order], [seekers[i] for i in order])
        with torch.inference_mode():
            full = enc.model(**x, output_hidden_states=True).hidden_states[frozen]
        for j, i in enumerate(order):
            n = int(x["attention_mask"][j].sum())
            h, tt = got[i]
            assert h.shape == (n, 384) and np.array_equal(h, full[j, :n].numpy())
            assert np.array_equal(tt, x["token_type_ids"][j, :n].numpy())
        view = P.lower_layers(enc.model, frozen)
        assert len(view.encoder.layer) == frozen and all(a is b for a, b in zip(view.encoder.layer, layers))
    assert list(enc.model.encoder.layer) == layers and len(layers) == 6  # the shared model is untouched
    # batches of similar length under a token budget (what inference uses on a CPU) change the
    # states only by float rounding
    small = P.frozen_hidden(enc, responses, seekers, 2, max_tokens=64)
    whole = P.frozen_hidden(enc, responses, seekers, 2, max_tokens=10**9)
    assert all(np.allclose(a[0], b[0], atol=1e-5) and np.array_equal(a[1], b[1]) for a, b in zip(small, whole))
    with pytest.raises(ValueError, match="frozen must be between 0 and the model's 6 layers, not 7"):
        P.lower_layers(enc.model, 7)


def test_predict_top_uses_fused_attention_and_matches_eager(torch_threads, monkeypatch):
    """Inference runs the top's layers with SDPA attention (training keeps eager); the logits agree
    with eager attention to 1e-4 on padded batches of mixed lengths, and the top's own setting is
    put back afterwards."""
    import numpy as np
    import torch
    from empathy_metrics import pairmodel as P
    from empathy_metrics.encoder import get_encoder

    enc = get_encoder()
    top = P.make_top(enc.model, 4, heads={"a": 1, "b": 1})
    responses = ["No.", "I'm sorry, I can't help with that, but a doctor can.", "Sure! Step one: " + "stir. " * 40]
    feats = P.frozen_hidden(enc, responses, ["hi", "Can you prescribe me pills?", "How do I make soup?"], 4)

    def impls():
        return {m.config._attn_implementation for layer in top.layers for m in layer.modules() if hasattr(m, "config")}

    calls = []
    sdpa = torch.nn.functional.scaled_dot_product_attention
    monkeypatch.setattr(torch.nn.functional, "scaled_dot_product_attention",
                        lambda *a, **k: calls.append(1) or sdpa(*a, **k))
    assert impls() == {"eager"}
    fused = P.predict_top(top, feats, batch_size=3, logits=True)
    assert impls() == {"eager"} and len(calls) == 2  # put back; one fused call per top layer
    monkeypatch.setattr(P, "INFERENCE_ATTENTION", "eager")
    eager = P.predict_top(top, feats, batch_size=3, logits=True)
    assert len(calls) == 2  # eager did not call it
    assert fused.shape == (3, 2, 1) and np.abs(fused - eager).max() < 1e-4
