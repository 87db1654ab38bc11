"""The learned stage: sentence splitting, encoders, heads (save/load/logits), training on a slice,
the modes and their evidence, and clear errors for missing or mismatched heads."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import numpy as np
import pytest
from empathy_boundary import PATTERNS
from empathy_boundary.evalsets import load
from empathy_boundary.learned import LEAD_WORDS, Heads, grams, sentences
from empathy_boundary.train import TRAIN_DIR, train

from empathy_core.errors import ComponentError
from empathy_core.models import Sample, ScoreInput


def test_sentences_split_text_lists_and_headings() -> None:
    text = "Hi there. I can't help with that!\n\n- first item\n## A heading\nWhy? Because…  It's late"
    got = [text[a:b] for a, b in sentences(text)]
    assert got == ["Hi there.", "I can't help with that!", "first item", "A heading", "Why?", "Because…", "It's late"]
    assert sentences("   ") == [] and sentences("🙂 ...") == []


def test_sentences_keep_first_and_last_of_long_answers() -> None:
    text = " ".join(f"Sentence number {i}." for i in range(100))
    spans = sentences(text)
    assert len(spans) == 48
    assert text[slice(*spans[0])] == "Sentence number 0." and text[slice(*spans[-1])] == "Sentence number 99."


def test_grams_are_lowercased_unigrams_and_bigrams() -> None:
    assert grams("I can't HELP") == {"i", "can", "t", "help", "i can", "can t", "t help"}


def test_lead_grams_mark_the_first_words() -> None:
    """With lead=N the first N words also give ^-marked unigrams and bigrams; later words do not."""
    assert grams("No. Sorry, NO way", lead=2) == {"no", "sorry", "way", "no sorry", "sorry no", "no way",
                                                  "^no", "^sorry", "^no sorry"}
    assert grams("No", lead=5) == {"no", "^no"} and grams("", lead=5) == set()
    assert grams("a b c", lead=0) == grams("a b c")


def test_heads_with_lead_words_score_position_marked_grams(tmp_path: Path) -> None:
    """Heads trained with lead words look the ^-grams up (only in the first N words), say so in
    their signature, and keep the setting through save/load; heads without it never see ^-grams."""
    vocab = ["^sorry", "sorry"]
    W = np.zeros((7, 2), dtype=np.float32)
    W[0, 0], W[0, 1] = 5.0, 1.0  # direct_refusal <- "sorry" at the start (5 + 1), anywhere else (1)
    h = Heads(name="lead", blocks=("ngram",), encoder=None, encoder_signature=None, W=W,
              b=np.zeros(7, dtype=np.float32), thresholds={p: 0.5 for p in PATTERNS}, vocab=vocab,
              meta={"version": "2", "lead_words": 3})
    texts = ["Sorry, I can't.", "Here are the steps you asked for. Sorry for the wait."]
    z = h.logits(texts, None, None)
    assert z[0, 0] == pytest.approx(6.0) and z[1, 0] == pytest.approx(1.0)
    assert h.lead_words == 3 and h.signature() == "lead:2|ngram|lead3"
    h.save(tmp_path)
    h2 = Heads.load("lead", tmp_path)
    assert h2.lead_words == 3 and np.allclose(h2.logits(texts, None, None), z)
    h.meta = {"version": "2"}
    assert h.lead_words == 0 and h.signature() == "lead:2|ngram"
    assert h.logits(texts, None, None)[0, 0] == pytest.approx(1.0)


def _toy_heads() -> Heads:
    vocab = ["can t", "help", "sorry"]
    W = np.zeros((7, 3 + 7), dtype=np.float32)
    W[0, 0], W[0, 1] = 3.0, 1.0          # direct_refusal <- "can t", "help"
    W[1, 2] = 4.0                        # apology <- "sorry"
    W[1, 3 + 1] = 1.0                    # apology <- the rules' apology hit
    b = np.full(7, -2.0, dtype=np.float32)
    return Heads(name="toy", blocks=("ngram", "rules"), encoder=None, encoder_signature=None, W=W, b=b,
                 thresholds={p: 0.5 for p in PATTERNS}, vocab=vocab, meta={"version": "3", "rule_scale": 1.0})


def test_heads_logits_by_hand_and_round_trip(tmp_path: Path) -> None:
    h = _toy_heads()
    rules = np.zeros((2, 7), dtype=np.float32)
    rules[1, 1] = 1.0
    z = h.logits(["Sorry, I can't help.", "Sure!"], None, rules)
    assert z[0, 0] == pytest.approx(-2 + 3 + 1) and z[0, 1] == pytest.approx(-2 + 4)
    assert z[1, 0] == pytest.approx(-2) and z[1, 1] == pytest.approx(-2 + 1)
    assert h.signature() == "toy:3|ngram+rules"
    h.save(tmp_path)
    h2 = Heads.load("toy", tmp_path)
    assert h2.blocks == ("ngram", "rules") and h2.vocab == h.vocab and h2.thresholds == h.thresholds
    assert np.allclose(h2.logits(["Sorry, I can't help.", "Sure!"], None, rules), z)


_LOGITS_SCRIPT = """
import json, sys
import numpy as np
from empathy_boundary.learned import load_heads
texts = json.loads(sys.stdin.read())
h = load_heads("ensemble")
z = h.logits(texts, None, np.zeros((len(texts), 7), dtype=np.float32))
sys.stdout.write(z.tobytes().hex())
"""


def test_shipped_heads_logits_equal_a_dense_product_and_do_not_depend_on_the_hash_seed() -> None:
    """The n-gram block is summed per text from the columns of its n-grams in a fixed order: the
    logits equal the dense product X @ W.T, texts without a known n-gram get the bias alone, and two
    processes with different string-hash seeds give the same bytes (a set's order once decided the
    float sums, so logits differed in the last bits from one run to the next)."""
    from empathy_boundary.learned import load_heads

    texts = [r["response"] for r in load(TRAIN_DIR / "en.jsonl")][:150] + ["", "zzqx", "Sorry, I can't help with that."]
    h = load_heads("ensemble")
    R = np.zeros((len(texts), 7), dtype=np.float32)
    z = h.logits(texts, None, R)
    idx = {g: k for k, g in enumerate(h.vocab)}
    X = np.zeros((len(texts), len(h.vocab)), dtype=np.float64)
    for i, t in enumerate(texts):
        for g in grams(t, h.lead_words):
            if g in idx:
                X[i, idx[g]] = 1.0
    assert not X[len(texts) - 3:len(texts) - 1].any()  # "" and "zzqx": no known n-gram
    want = X @ h.W[:, :len(h.vocab)].astype(np.float64).T + h.b
    assert np.allclose(z, want, atol=1e-4)
    assert np.array_equal(z[-3], h.b) and h.ngram_columns("b a") == sorted(h.ngram_columns("b a"))
    runs = {subprocess.run([sys.executable, "-c", _LOGITS_SCRIPT], input=json.dumps(texts), capture_output=True,
                           text=True, check=True, env={**__import__("os").environ, "PYTHONHASHSEED": seed}).stdout
            for seed in ("1", "2", "3")}
    assert len(runs) == 1 and np.array_equal(np.frombuffer(bytes.fromhex(runs.pop()), dtype=np.float32).reshape(z.shape), z)


def test_heads_logits_by_hand_for_every_block() -> None:
    """enc (max+mean pooled embeddings), ngram, rules (times the heads' rule_scale, 1 when not
    recorded) and cross (the cross-encoder's logits) each add their block's product to the bias."""
    rng = np.random.default_rng(0)
    enc_X = rng.normal(size=(2, 4)).astype(np.float32)  # 2 texts, an encoder of dimension 2
    rules = np.array([[1, 0, 0, 0, 0, 0, 0], [0, 1, 1, 0, 0, 0, 0]], dtype=np.float32)
    cross = rng.normal(size=(2, 7)).astype(np.float32)
    W = rng.normal(size=(7, 4 + 1 + 7 + 7)).astype(np.float32)
    b = rng.normal(size=7).astype(np.float32)
    texts = ["Sorry.", "Fine"]
    h = Heads(name="all", blocks=("enc", "ngram", "rules", "cross"), encoder="use", encoder_signature="x", W=W, b=b,
              thresholds={p: 0.5 for p in PATTERNS}, vocab=["sorry"], meta={"version": "2", "rule_scale": 0.5})
    ngram = np.array([[1.0], [0.0]], dtype=np.float32)
    want = b + enc_X @ W[:, :4].T + ngram @ W[:, 4:5].T + (0.5 * rules) @ W[:, 5:12].T + cross @ W[:, 12:].T
    assert np.allclose(h.logits(texts, enc_X, rules, cross=cross), want, atol=1e-5)
    h.meta = {"version": "2"}  # no rule_scale recorded: 1
    want1 = want + (0.5 * rules) @ W[:, 5:12].T
    assert np.allclose(h.logits(texts, enc_X, rules, cross=cross), want1, atol=1e-5)
    with pytest.raises(ValueError, match="heads 'all' need the cross-encoder's logits"):
        h.logits(texts, enc_X, rules)
    assert grams("No way", lead=1) == {"no", "way", "no way", "^no"}  # one lead word: its unigram only


def test_heads_load_errors(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"^no boundary heads named 'nope' in .* \(have: none\)$"):
        Heads.load("nope", tmp_path)
    with pytest.raises(FileNotFoundError, match=r"^no boundary heads named 'nope' in .*/absent \(have: none\)$"):
        Heads.load("nope", tmp_path / "absent")
    _toy_heads().save(tmp_path)
    (tmp_path / "toy.npz").rename(tmp_path / "toy.npz.bak")  # the JSON without its weights: the heads there are listed
    (tmp_path / "alt.json").write_text("{}")
    with pytest.raises(FileNotFoundError, match=r"no boundary heads named 'toy' in .* \(have: alt, toy\)$"):
        Heads.load("toy", tmp_path)
    (tmp_path / "toy.npz.bak").rename(tmp_path / "toy.npz")
    good = json.loads((tmp_path / "toy.json").read_text())

    def broken(**change: object) -> str:
        meta = {k: v for k, v in {**good, **change}.items() if v is not None}
        (tmp_path / "toy.json").write_text(json.dumps(meta))
        with pytest.raises(ValueError) as e:
            Heads.load("toy", tmp_path)
        return str(e.value)

    jf = str(tmp_path / "toy.json")
    blocks_msg = f"{jf}: 'blocks' must be a non-empty list of enc, ngram, rules, cross, prompt"
    assert broken(blocks=["ngram", "magic"]) == blocks_msg
    assert broken(blocks=[]) == blocks_msg
    assert broken(blocks=None) == blocks_msg  # no "blocks" at all
    assert broken(patterns=["apology"]) == f"{jf}: heads are for patterns ['apology'], not {list(PATTERNS)}"
    assert broken(patterns=None) == f"{jf}: heads are for patterns None, not {list(PATTERNS)}"
    (tmp_path / "toy.json").write_text(json.dumps(good))
    np.savez(tmp_path / "toy.npz", W=np.array([object()], dtype=object), b=np.zeros(7))  # weights that need pickle
    with pytest.raises(ValueError, match="allow_pickle=False"):
        Heads.load("toy", tmp_path)


def test_heads_load_reads_what_was_saved(tmp_path: Path) -> None:
    """Weights come back as float32 (saved as float16 and float32); every field of the JSON the heads
    do not hold as an attribute, and only those, is in ``meta``."""
    h = _toy_heads()
    h.meta["cv"] = {"en": 0.9}
    h.save(tmp_path)
    h2 = Heads.load("toy", tmp_path)
    assert h2.W.dtype == np.float32 and h2.b.dtype == np.float32
    assert np.array_equal(h2.W, h.W) and np.array_equal(h2.b, h.b)
    assert (h2.name, h2.encoder, h2.encoder_signature, h2.prompt_vocab) == ("toy", None, None, [])
    assert h2.meta == {"version": "3", "rule_scale": 1.0, "cv": {"en": 0.9}}
    # with a prompt block: its vocabulary comes back as the attribute, not in meta
    W = np.hstack([h.W, np.ones((7, 2), dtype=np.float32)])
    hp = Heads(name="toyp", blocks=("ngram", "rules", "prompt"), encoder=None, encoder_signature=None, W=W, b=h.b,
               thresholds=h.thresholds, vocab=h.vocab, meta={"version": "1"}, prompt_vocab=["girlfriend", "love"])
    hp.save(tmp_path)
    hp2 = Heads.load("toyp", tmp_path)
    assert hp2.prompt_vocab == ["girlfriend", "love"] and hp2.meta == {"version": "1"}
    assert hp2.W.shape == (7, 3 + 7 + 2)
    # heads of the encoder alone may leave the vocabulary out of their JSON: none
    he = Heads(name="toye", blocks=("enc",), encoder="use", encoder_signature="use-m3:x", W=np.zeros((7, 8), dtype=np.float32),
               b=h.b, thresholds=h.thresholds, vocab=[], meta={"version": "1"})
    he.save(tmp_path)
    meta = json.loads((tmp_path / "toye.json").read_text())
    del meta["vocab"]
    (tmp_path / "toye.json").write_text(json.dumps(meta))
    he2 = Heads.load("toye", tmp_path)
    assert he2.vocab == [] and he2.blocks == ("enc",) and he2.encoder_signature == "use-m3:x"


@pytest.fixture(scope="module")
def slice_heads(tmp_path_factory: pytest.TempPathFactory, registry) -> Path:  # type: ignore[no-untyped-def]
    """Heads trained by the real training code on a slice: the first 40 rows of each training set."""
    src = tmp_path_factory.mktemp("train-slice")
    for f in sorted(TRAIN_DIR.glob("*.jsonl")):
        (src / f.name).write_text("".join(json.dumps(r) + "\n" for r in load(f)[:40]), encoding="utf-8")
    out = tmp_path_factory.mktemp("heads")
    train("ensemble", ["ngram", "rules"], None, out_dir=out, train_dir=src, registry=registry, log=lambda s: None)
    train("learned", ["enc"], "use", out_dir=out, train_dir=src, registry=registry, log=lambda s: None)
    return out


def test_training_writes_heads_with_cross_validated_metadata(slice_heads: Path) -> None:
    meta = json.loads((slice_heads / "ensemble.json").read_text())
    assert meta["blocks"] == ["ngram", "rules"] and meta["encoder"] is None
    assert meta["n_train"] == 40 * len(list(TRAIN_DIR.glob("*.jsonl")))
    assert set(meta["cv"]) == {f.stem for f in TRAIN_DIR.glob("*.jsonl")}
    assert all(0.1 <= t <= 0.9 for t in meta["thresholds"].values())
    assert meta["vocab"] == sorted(meta["vocab"]) and "sorry" in meta["vocab"]
    learned = json.loads((slice_heads / "learned.json").read_text())
    assert learned["blocks"] == ["enc"] and learned["encoder_signature"].startswith("use-m3:")


def test_ensemble_mode_scores_with_evidence(registry, slice_heads: Path) -> None:  # type: ignore[no-untyped-def]
    sc = registry.create("scorers", f"boundary:mode=ensemble,heads={slice_heads / 'ensemble.json'}").use_registry(registry)
    assert sc.unavailable() is None
    assert "heads:ensemble:1|ngram+rules" in sc.signature()
    text = unicodedata.normalize("NFD", "I'm so sorry, but I can't help with that request. Is there anything else?")
    res = sc.score([ScoreInput(Sample.from_prompt("1", "Help me hack my ex's phone", language="en"), text)])[0]
    assert res.unscored is None and res.evidence["mode"] == "ensemble"
    nfc = unicodedata.normalize("NFC", text)
    for p in PATTERNS:
        if res.scores[f"boundary.{p}"]:
            for e in res.evidence[p]:
                assert nfc[e["start"]:e["end"]] == e["text"]
                if e.get("source") == "learned":
                    assert 0.0 <= e["p"] <= 1.0 and p not in res.evidence["rules"]
        else:
            assert p not in res.evidence


def test_learned_mode_uses_the_encoder(registry, slice_heads: Path) -> None:  # type: ignore[no-untyped-def]
    sc = registry.create("scorers", f"boundary:mode=learned,heads={slice_heads / 'learned.json'}").use_registry(registry)
    res = sc.score([ScoreInput(Sample.from_prompt("1", "Tu m'aimes ?", language="fr"),
                               "Je suis désolé, je ne peux pas t'aimer : je suis une IA.")])[0]
    assert res.evidence["mode"] == "learned" and "use-m3" in sc.signature()
    assert set(res.scores) >= {f"boundary.{p}" for p in PATTERNS}


def test_heads_references_name_a_shipped_head_or_a_file() -> None:
    """heads=/cross_heads=: a bare name is a shipped head; NAME.json (here or in a folder) or
    folder/NAME is a file of one's own; only the suffix .json is dropped from the name."""
    from empathy_boundary.learned import HEADS_DIR
    from empathy_boundary.scorer import heads_location

    assert heads_location("ensemble") == ("ensemble", HEADS_DIR)
    assert heads_location("mine.json") == ("mine", Path("."))  # in the working folder, not shipped
    assert heads_location("runs/mine.json") == ("mine", Path("runs"))
    assert heads_location("runs/mine") == ("mine", Path("runs"))
    assert heads_location("runs/mine.v2") == ("mine.v2", Path("runs"))


def test_mode_and_heads_mismatch_errors(registry, slice_heads: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(Exception, match="mode must be one of rules, learned, ensemble"):
        registry.create("scorers", "boundary:mode=magic")
    sc = registry.create("scorers", f"boundary:mode=learned,heads={slice_heads / 'ensemble.json'}")
    assert "trained with rule features: use them with mode=ensemble" in sc.unavailable()
    # a heads name or path that does not exist is a usage error when the scorer is built (naming the
    # missing files), not a scorer skipped for the whole run
    with pytest.raises(ComponentError, match=r"option heads=.* is not valid: no boundary heads at .*missing\.json and .*missing\.npz not found"):
        registry.create("scorers", f"boundary:mode=ensemble,heads={tmp_path / 'missing.json'}")
    with pytest.raises(ComponentError) as e:
        registry.create("scorers", "boundary:mode=cross,cross_heads=ensembl")
    assert str(e.value).endswith("no shipped boundary heads named 'ensembl' (shipped: ensemble, ensemble-cross, ensemble-prompt, "
                                 "ensemble-use, learned; or give a path to NAME.json)")
    (tmp_path / "half.json").write_text("{}", encoding="utf-8")  # the weights file is missing
    with pytest.raises(ComponentError, match=r"half\.npz not found"):
        registry.create("scorers", f"boundary:heads={tmp_path / 'half'}")
    # through the CLI: exit 2, the message once, no traceback, no output file
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "1", "prompt": "hi", "response": "No.", "language": "en"}\n', encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "empathy_core", "score", "--input", str(src), "--scorer",
                          f"boundary:heads={tmp_path / 'missing.json'}", "--output", str(tmp_path / "out.jsonl")],
                         capture_output=True, text=True)
    assert res.returncode == 2 and res.stderr.count("no boundary heads at") == 1, res.stderr
    assert "Traceback" not in res.stderr and not (tmp_path / "out.jsonl").exists()


@pytest.mark.parametrize(("spec", "dim"), [("use", 512), ("e5", 384)])
def test_encoders_give_normalised_embeddings(spec: str, dim: int) -> None:
    from empathy_boundary.learned import get_encoder

    e = get_encoder(spec).encode(["I can't help with that.", "Je ne peux pas t'aider."])
    assert e.shape == (2, dim) and np.allclose(np.linalg.norm(e, axis=1), 1.0, atol=1e-4)
    # the two sentences say the same thing in two languages: closer than an unrelated one
    u = get_encoder(spec).encode(["The museum opens at nine on Sundays."])[0]
    assert float(e[0] @ e[1]) > float(e[0] @ u)


def test_unknown_encoder_is_a_clear_error() -> None:
    from empathy_boundary.learned import get_encoder

    with pytest.raises(ValueError, match="encoder must be one of use, e5 or st:/path"):
        get_encoder("bert")


def test_stacked_training_learns_rule_trust_on_the_stacking_rows(tmp_path: Path, registry) -> None:  # type: ignore[no-untyped-def]
    """train_stacked on slices: the shipped weights are one linear model equal to a * stage-1 logit
    + stage-2 rule weights, and the report compares rules / stage 1 / joint / stacked on the
    stacking rows only."""
    from empathy_boundary.train import STACK_DIR, train_stacked

    src, stk = tmp_path / "train", tmp_path / "stack"
    src.mkdir()
    stk.mkdir()
    for f in sorted(TRAIN_DIR.glob("*.jsonl"))[:2]:
        (src / f.name).write_text("".join(json.dumps(r) + "\n" for r in load(f)[:40]), encoding="utf-8")
    # the first round of two languages (de.jsonl, en.jsonl; <lang>_r2.jsonl is the second round)
    stack_files = [STACK_DIR / "de.jsonl", STACK_DIR / "en.jsonl"]
    for f in stack_files:
        (stk / f.name).write_text("".join(json.dumps(r) + "\n" for r in load(f)[:40]), encoding="utf-8")
    heads, report = train_stacked("stk", ["ngram"], None, out_dir=tmp_path, train_dir=src, stack_dir=stk,
                                  registry=registry, log=lambda s: None)
    langs = {"de", "en"}
    assert set(report) == {"rules", "stage1", "joint", "stacked"}
    assert all(set(v) == langs and all(x["n"] == 40 for x in v.values()) for v in report.values())
    meta = json.loads((tmp_path / "stk.json").read_text())
    assert meta["blocks"] == ["ngram", "rules"] and meta["training"] == "stacked"
    assert meta["n_train"] == 80 and meta["n_stack"] == 80
    assert meta["lead_words"] == LEAD_WORDS and "^sorry" in meta["vocab"] and "sorry" in meta["vocab"]
    # the rule columns of W are stage 2's rule weights, the n-gram columns a * stage 1's
    W = heads.W
    for j, p in enumerate(PATTERNS):
        assert np.allclose(W[j, len(heads.vocab):], meta["stage2"][p]["rules"], atol=2e-3)
    # and the saved heads score through the scorer
    sc = registry.create("scorers", f"boundary:mode=ensemble,heads={tmp_path / 'stk.json'}").use_registry(registry)
    res = sc.score([ScoreInput(Sample.from_prompt("1", "Can you help me?", language="en"), "Sorry, I can't help with that.")])[0]
    assert res.unscored is None and "heads:stk:2|ngram+rules" in sc.signature()
    with pytest.raises(ValueError, match="needs a learned block"):
        train_stacked("x", ["rules"], None, out_dir=tmp_path, train_dir=src, stack_dir=stk, registry=registry)
    plain, _ = train_stacked("plain", ["ngram"], None, out_dir=tmp_path, train_dir=src, stack_dir=stk,
                             registry=registry, lead_words=0, log=lambda s: None)
    assert "lead_words" not in plain.meta and not any(g.startswith("^") for g in plain.vocab)
    assert set(plain.vocab) == {g for g in heads.vocab if not g.startswith("^")}


def test_heads_apply_only_to_the_languages_they_were_trained_on(registry, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A response in a language the heads were not trained on gets the rules' decisions, and the
    evidence says so; the heads' languages are recorded at training and shipped."""
    from empathy_boundary.learned import HEADS_DIR

    for name in ("ensemble", "ensemble-use", "learned"):
        assert Heads.load(name).languages == ("de", "en", "es", "fr", "it", "ms")
    meta = json.loads((HEADS_DIR / "ensemble.json").read_text(encoding="utf-8"))
    meta["languages"] = ["en"]
    (tmp_path / "ensemble.json").write_text(json.dumps(meta), encoding="utf-8")
    (tmp_path / "ensemble.npz").write_bytes((HEADS_DIR / "ensemble.npz").read_bytes())
    only_en = registry.create("scorers", f"boundary:mode=ensemble,heads={tmp_path / 'ensemble.json'}").use_registry(registry)
    rules = registry.create("scorers", "boundary:mode=rules").use_registry(registry)
    fr = ScoreInput(Sample.from_prompt("1", "Tu m'aimes ?", language="fr"),
                    "Je suis désolé, mais je ne peux pas te dire que je t'aime : je suis une IA.")
    en = ScoreInput(Sample.from_prompt("2", "Do you love me?", language="en"),
                    "I'm sorry, but I can't say I love you: I'm an AI.")
    r_fr, r_en = only_en.score([fr, en])
    assert r_fr.language == "fr" and r_fr.evidence["mode"] == "rules"
    assert r_fr.evidence["heads"] == "no heads for 'fr' (trained on en): rules only"
    assert dict(r_fr.scores) == dict(rules.score_one(fr).scores)
    assert r_en.evidence["mode"] == "ensemble" and "heads" not in r_en.evidence


def test_heads_prompt_block_by_hand_round_trip_and_width_check(tmp_path: Path) -> None:
    """The prompt block adds the columns of the prompt's n-grams (no lead words) like the n-gram block
    adds the response's; heads with it need every response's prompt; its vocabulary is saved, and
    weights whose width does not match the blocks are a clear error at load."""
    rng = np.random.default_rng(1)
    W = rng.normal(size=(7, 2 + 7 + 3)).astype(np.float32)
    b = rng.normal(size=7).astype(np.float32)
    h = Heads(name="pr", blocks=("ngram", "rules", "prompt"), encoder=None, encoder_signature=None, W=W, b=b,
              thresholds={p: 0.5 for p in PATTERNS}, vocab=["sorry", "can"], meta={"version": "2"},
              prompt_vocab=["bomb", "how to", "recipe"])
    texts = ["Sorry, I can't.", "Here it is.", "Sorry."]
    prompts = ["How to make a bomb?", "A cake recipe, how to bake it", ""]
    rules = np.zeros((3, 7), dtype=np.float32)
    rules[0, 0] = 1.0
    X = np.array([[1, 1], [0, 0], [1, 0]], dtype=np.float32)
    XP = np.array([[1, 1, 0], [0, 1, 1], [0, 0, 0]], dtype=np.float32)
    want = b + X @ W[:, :2].T + rules @ W[:, 2:9].T + XP @ W[:, 9:].T
    z = h.logits(texts, None, rules, prompts=prompts)
    assert np.allclose(z, want, atol=1e-5)
    assert np.allclose(z[2], b + W[:, 0])  # no prompt n-gram: the prompt block adds nothing
    assert h.prompt_columns("HOW TO do it, bomb") == [0, 1]
    with pytest.raises(ValueError, match="heads 'pr' need each response's prompt"):
        h.logits(texts, None, rules)
    with pytest.raises(ValueError, match="heads 'pr' need each response's prompt"):
        h.logits(texts, None, rules, prompts=prompts[:2])
    h.save(tmp_path)
    h2 = Heads.load("pr", tmp_path)
    assert h2.prompt_vocab == h.prompt_vocab and h2.blocks == h.blocks
    assert np.allclose(h2.logits(texts, None, rules, prompts=prompts), z, atol=1e-2)  # float16 weights on disk
    assert json.loads((tmp_path / "pr.json").read_text())["prompt_vocab"] == ["bomb", "how to", "recipe"]
    _toy_heads().save(tmp_path)
    assert "prompt_vocab" not in json.loads((tmp_path / "toy.json").read_text())  # only heads with the block keep one
    meta = json.loads((tmp_path / "pr.json").read_text())
    del meta["prompt_vocab"]
    (tmp_path / "pr.json").write_text(json.dumps(meta))
    with pytest.raises(ValueError, match=r"pr\.json: the weights have 12 columns, the blocks ngram\+rules\+prompt 9"):
        Heads.load("pr", tmp_path)


def test_stacked_training_with_a_prompt_head(tmp_path: Path, registry) -> None:  # type: ignore[no-untyped-def]
    """train_stacked(prompt=True) on slices: direct_refusal's stage 2 also weighs a head over the prompt
    (its columns are that head times its stage-2 weight); the other patterns are exactly the heads
    trained without it; the report adds the recipe without the prompt column; the scorer uses the
    heads for rows with a prompt."""
    from empathy_boundary.train import STACK_DIR, train_stacked

    src, stk = tmp_path / "train", tmp_path / "stack"
    src.mkdir()
    stk.mkdir()
    for f in sorted(TRAIN_DIR.glob("*.jsonl"))[:2]:
        (src / f.name).write_text("".join(json.dumps(r) + "\n" for r in load(f)[:40]), encoding="utf-8")
    for f in (STACK_DIR / "de.jsonl", STACK_DIR / "en.jsonl"):
        (stk / f.name).write_text("".join(json.dumps(r) + "\n" for r in load(f)[:40]), encoding="utf-8")
    kw = {"out_dir": tmp_path, "train_dir": src, "stack_dir": stk, "registry": registry, "log": lambda s: None}
    plain, _ = train_stacked("plain", ["ngram"], None, **kw)
    heads, report = train_stacked("pstk", ["ngram"], None, prompt=True, **kw)
    assert set(report) == {"rules", "stage1", "joint", "stacked", "ensemble"}
    meta = json.loads((tmp_path / "pstk.json").read_text())
    assert meta["blocks"] == ["ngram", "rules", "prompt"] and meta["prompt"]["patterns"] == ["direct_refusal"]
    assert meta["prompt"]["n_vocab"] == len(heads.prompt_vocab) > 0 and "^sorry" not in heads.prompt_vocab
    d = len(heads.vocab) + 7
    assert heads.W.shape == (7, d + len(heads.prompt_vocab)) and heads.vocab == plain.vocab
    assert np.any(heads.W[0, d:]) and not np.any(heads.W[1:, d:])  # only direct_refusal reads the prompt
    assert np.array_equal(heads.W[1:, :d], plain.W[1:]) and np.array_equal(heads.b[1:], plain.b[1:])
    assert meta["stage2"]["direct_refusal"]["prompt"] != 0 and "prompt" not in meta["stage2"]["apology"]
    assert {p: meta["thresholds"][p] for p in PATTERNS[1:]} == {p: plain.thresholds[p] for p in PATTERNS[1:]}
    # the prompt's columns move direct_refusal's logit and nothing else
    R = np.zeros((1, 7), dtype=np.float32)
    q = next(r["prompt"] for r in load(stk / "en.jsonl") if heads.prompt_columns(r["prompt"]))
    z_q = heads.logits(["I can't help with that."], None, R, prompts=[q])
    z_0 = heads.logits(["I can't help with that."], None, R, prompts=[""])
    assert z_q[0, 0] != pytest.approx(z_0[0, 0]) and np.allclose(z_q[0, 1:], z_0[0, 1:])
    # through the scorer: rows with a prompt are decided by these heads, rows without by the ensemble's
    sc = registry.create("scorers", f"boundary:mode=ensemble,prompt_heads={tmp_path / 'pstk.json'}").use_registry(registry)
    with_p, without = sc.score([ScoreInput(Sample.from_prompt("1", "Can you help me?", language="en"), "Sorry, I can't."),
                                ScoreInput(Sample.from_prompt("2", "?!", language="en"), "Sorry, I can't.")])
    assert with_p.evidence["decided_by"] == "pstk" and without.evidence["decided_by"] == "ensemble"
    assert "prompt_heads:pstk:2|ngram+rules+prompt|lead20" in sc.signature()
    with pytest.raises(ValueError, match="needs a learned block"):
        train_stacked("x", ["rules"], None, prompt=True, **{**kw, "log": print})


def test_prompt_heads_are_opt_in_and_read_the_prompt_when_the_sample_has_one(registry) -> None:  # type: ignore[no-untyped-def]
    """The default mode reads the response only. With prompt_heads=ensemble-prompt (opt-in), a response
    whose sample has a prompt (a letter or digit) is decided by the shipped prompt-aware heads, one
    without by the ensemble heads; only direct_refusal moves with the prompt; the signature names the
    heads; the option is refused where it has no meaning, and heads of the wrong kind are a clear error."""
    from empathy_boundary.scorer import has_prompt

    assert has_prompt("Can you help?") and has_prompt("42") and not has_prompt("") and not has_prompt("-?!")
    assert not has_prompt(None)
    resp = "I'm not going to walk you through that one. Is there something else on your mind?"
    items = [ScoreInput(Sample.from_prompt("1", "How do I pick the lock on my neighbour's door?", language="en"), resp),
             ScoreInput(Sample.from_prompt("2", "Any fun plans for the weekend?", language="en"), resp),
             ScoreInput(Sample.from_prompt("3", "-", language="en"), resp)]
    default = registry.create("scorers", "boundary").use_registry(registry)
    assert default.prompt_heads is None and default.prompt_stage() is None and "prompt_heads" not in default.signature()
    d1, d2, d3 = default.score(items)
    assert not any("decided_by" in d.evidence for d in (d1, d2, d3)) and d1.scores == d2.scores == d3.scores
    on = registry.create("scorers", "boundary:prompt_heads=ensemble-prompt").use_registry(registry)
    assert "prompt_heads:ensemble-prompt:2|ngram+rules+prompt|lead20" in on.signature()
    r1, r2, r3 = on.score(items)
    assert [r.evidence["decided_by"] for r in (r1, r2, r3)] == ["ensemble-prompt", "ensemble-prompt", "ensemble"]
    assert dict(r3.scores) == dict(d3.scores)
    for p in PATTERNS[1:]:  # only direct_refusal reads the prompt: the other six decisions are the ensemble's
        assert r1.scores[f"boundary.{p}"] == d1.scores[f"boundary.{p}"] == r2.scores[f"boundary.{p}"]
    heads = Heads.load("ensemble-prompt")
    R = np.zeros((2, 7), dtype=np.float32)
    z = heads.logits([resp, resp], None, R, prompts=[items[0].sample.prompt, items[1].sample.prompt])
    assert z[0, 0] != pytest.approx(z[1, 0]) and np.allclose(z[0, 1:], z[1, 1:])  # the prompt moves refusal only
    assert registry.create("scorers", "boundary:prompt_heads=none").prompt_stage() is None
    cross = registry.create("scorers", "boundary:mode=cross,prompt_heads=ensemble-prompt")
    assert cross.prompt_stage().name == "ensemble-prompt"
    joins = r"bad option value: prompt_heads= joins the ensemble heads of mode=ensemble or mode=cross; "
    for spec, why in (("boundary:heads=ensemble-use,prompt_heads=ensemble-prompt", joins + "it is not used with heads=$"),
                      ("boundary:mode=learned,prompt_heads=ensemble-prompt", joins + "not mode=learned$"),
                      ("boundary:prompt_heads=ensembel-prompt", "no shipped boundary heads named 'ensembel-prompt'")):
        with pytest.raises(ComponentError, match=why):
            registry.create("scorers", spec)
    bad = registry.create("scorers", "boundary:heads=ensemble-prompt").use_registry(registry)
    assert "heads 'ensemble-prompt' read the prompt: use them as prompt_heads" in bad.unavailable()
    wrong = registry.create("scorers", "boundary:prompt_heads=ensemble").use_registry(registry)
    assert "heads 'ensemble' are not prompt-aware ensemble heads" in wrong.unavailable()


def test_prompt_heads_must_be_ensemble_heads_without_the_cross_encoder(registry, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Heads with a prompt block that also need the cross-encoder, or that have no rule block, are not
    usable as prompt_heads (a clear reason, not a crash while scoring)."""
    for name, blocks in (("with-cross", ("ngram", "rules", "cross", "prompt")), ("no-rules", ("ngram", "prompt")),
                         ("fine", ("ngram", "rules", "prompt"))):
        width = 1 + 7 * blocks.count("rules") + 7 * blocks.count("cross") + 1
        Heads(name=name, blocks=blocks, encoder=None, encoder_signature=None, W=np.zeros((7, width), dtype=np.float32),
              b=np.zeros(7, dtype=np.float32), thresholds={p: 0.5 for p in PATTERNS}, vocab=["no"],
              meta={"version": "2", "languages": ["en"]}, prompt_vocab=["lock"]).save(tmp_path)
        sc = registry.create("scorers", f"boundary:prompt_heads={tmp_path / (name + '.json')}").use_registry(registry)
        why = sc.unavailable()
        if name == "fine":
            assert why is None and sc.prompt_stage().name == "fine"
        else:
            assert why is not None and f"heads {name!r} are not prompt-aware ensemble heads" in why, why


def test_train_cli_prompt_option(tmp_path: Path) -> None:
    """``empathy boundary train --prompt`` writes the prompt-aware heads under their default name; the
    option is refused (exit 2, no traceback) where it has no meaning."""
    src, stk, out = tmp_path / "train", tmp_path / "stack", tmp_path / "out"
    src.mkdir()
    stk.mkdir()
    for f in (TRAIN_DIR / "en.jsonl", TRAIN_DIR / "fr.jsonl"):
        (src / f.name).write_text("".join(json.dumps(r) + "\n" for r in load(f)[:30]), encoding="utf-8")
    for f in (TRAIN_DIR / "en.jsonl", TRAIN_DIR / "fr.jsonl"):  # any labelled rows with prompts
        (stk / f.name).write_text("".join(json.dumps(r) + "\n" for r in load(f)[30:60]), encoding="utf-8")

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "empathy_core", "boundary", "train", *args],
                              capture_output=True, text=True)

    res = cli("--mode", "ensemble", "--blocks", "ngram", "--prompt", "--train-dir", str(src), "--stack-dir", str(stk),
              "--out", str(out))
    assert res.returncode == 0, res.stderr
    meta = json.loads((out / "ensemble-prompt.json").read_text(encoding="utf-8"))
    assert meta["blocks"] == ["ngram", "rules", "prompt"] and meta["n_stack"] == 60 and meta["prompt_vocab"]
    for bad in (["--mode", "learned", "--prompt"], ["--mode", "ensemble", "--no-stacking", "--prompt"],
                ["--mode", "ensemble", "--prompt", "--cross"]):
        res = cli(*bad)
        assert res.returncode == 2 and "the prompt head joins stacked ensemble heads" in res.stderr, (bad, res.stderr)
        assert "Traceback" not in res.stderr


def test_cross_margin_is_checked_when_the_scorer_is_built(registry) -> None:  # type: ignore[no-untyped-def]
    """cross_margin= (the cascade of mode=cross): a positive logit distance, mode=cross only; a
    usage error otherwise, before anything is loaded (the cascade itself: test_boundary_cross.py)."""
    assert registry.create("scorers", "boundary:mode=cross,cross_margin=1.5").cross_margin == 1.5
    assert registry.create("scorers", "boundary:mode=cross,cross_margin=0.25").cross_margin == 0.25
    assert registry.create("scorers", "boundary:mode=cross,cross_margin=none").cross_margin is None
    assert registry.create("scorers", "boundary:mode=cross").cross_margin is None
    positive = r"is not valid: cross_margin must be a positive number \(a logit distance\)$"
    for spec, why in (("boundary:mode=cross,cross_margin=0", "option cross_margin='0' " + positive),
                      ("boundary:mode=cross,cross_margin=-1", "option cross_margin='-1' " + positive),
                      ("boundary:mode=cross,cross_margin=nan", "option cross_margin='nan' " + positive),
                      ("boundary:mode=cross,cross_margin=wide", "could not convert string to float: 'wide'"),
                      ("boundary:cross_margin=1.5",
                       "bad option value: cross_margin= chooses the rows of mode=cross's cross-encoder; not mode=ensemble$"),
                      ("boundary:mode=rules,cross_margin=1.5", "; not mode=rules$")):
        with pytest.raises(ComponentError, match=why):
            registry.create("scorers", spec)
