"""The transformers generator on tiny models built in the test (GPT-2 and T5 from configs, a
tokenizer trained here with HF tokenizers). Nothing is downloaded."""

from __future__ import annotations

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")
tokenizers = pytest.importorskip("tokenizers")

from empathy_core.errors import ComponentError  # noqa: E402
from empathy_core.models import Sample  # noqa: E402
from empathy_core.plugins import get_registry  # noqa: E402

CORPUS = [
    "I feel lonely tonight and I miss you",
    "I am an AI and I cannot love you but I am here to listen",
    "it sounds like you are going through a hard time",
    "thank you for telling me how you feel",
    "user: hello assistant: hi there how are you",
] * 4

SPECIALS = ["<pad>", "<unk>", "<s>", "</s>"]


def _tokenizer(path):
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tk = Tokenizer(models.WordLevel(unk_token="<unk>"))
    tk.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    tk.train_from_iterator(CORPUS, trainers.WordLevelTrainer(special_tokens=SPECIALS))
    fast = PreTrainedTokenizerFast(tokenizer_object=tk, pad_token="<pad>", unk_token="<unk>", bos_token="<s>",
                                   eos_token="</s>")
    fast.save_pretrained(path)
    return fast


@pytest.fixture(scope="module")
def gpt2_dir(tmp_path_factory):
    import torch
    from transformers import GPT2Config, GPT2LMHeadModel

    path = tmp_path_factory.mktemp("tiny-gpt2")
    tok = _tokenizer(path)
    torch.manual_seed(0)
    cfg = GPT2Config(vocab_size=len(tok), n_positions=128, n_embd=32, n_layer=2, n_head=2,
                     bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id, pad_token_id=tok.pad_token_id)
    GPT2LMHeadModel(cfg).save_pretrained(path)
    return path


@pytest.fixture(scope="module")
def t5_dir(tmp_path_factory):
    import torch
    from transformers import T5Config, T5ForConditionalGeneration

    path = tmp_path_factory.mktemp("tiny-t5")
    tok = _tokenizer(path)
    torch.manual_seed(0)
    cfg = T5Config(vocab_size=len(tok), d_model=32, d_ff=64, d_kv=16, num_layers=2, num_decoder_layers=2,
                   num_heads=2, pad_token_id=tok.pad_token_id, eos_token_id=tok.eos_token_id,
                   decoder_start_token_id=tok.pad_token_id)
    T5ForConditionalGeneration(cfg).save_pretrained(path)
    return path


SAMPLES = [
    Sample.from_prompt("a", "I feel lonely tonight"),
    Sample.from_prompt("b", ["hello", "hi there how are you", "I miss you and I feel lonely tonight and more"]),
    Sample.from_prompt("c", "thank you"),
]


def test_causal_batched_equals_one_by_one(gpt2_dir):
    gen = get_registry().generator(f"transformers:path={gpt2_dir},device=cpu,max_new_tokens=6,batch_size=3")
    batched = gen.generate(SAMPLES)
    single = [gen.generate([s])[0] for s in SAMPLES]
    assert [g.sample_id for g in batched] == ["a", "b", "c"]
    assert all(g.ok for g in batched), [g.error for g in batched]
    # left padding + attention mask: batching does not change greedy outputs
    assert [g.text for g in batched] == [g.text for g in single]
    for g, s in zip(batched, SAMPLES, strict=False):
        assert g.usage["prompt_tokens"] == len(gen.build_prompt(s).split())  # word-level tokenizer
        assert 0 <= g.usage["completion_tokens"] <= 6
        assert g.meta["seq2seq"] is False
    assert "model:" in gen.signature() and "transformers:" in gen.signature()


def test_multi_turn_without_template_is_role_lines(gpt2_dir):
    gen = get_registry().generator(f"transformers:path={gpt2_dir},max_new_tokens=2")
    assert gen.uses_chat_template() is False
    assert gen.build_prompt(SAMPLES[0]) == "I feel lonely tonight"
    assert gen.build_prompt(SAMPLES[1]).splitlines() == [
        "user: hello", "assistant: hi there how are you",
        "user: I miss you and I feel lonely tonight and more", "assistant:"]


def test_chat_template_is_used(gpt2_dir, tmp_path):
    import shutil

    from transformers import AutoTokenizer

    d = tmp_path / "with-template"
    shutil.copytree(gpt2_dir, d)
    tok = AutoTokenizer.from_pretrained(d)
    tok.chat_template = ("{% for m in messages %}<s> {{ m['role'] }}: {{ m['content'] }} </s> {% endfor %}"
                         "{% if add_generation_prompt %}<s> assistant:{% endif %}")
    tok.save_pretrained(d)
    gen = get_registry().generator(f"transformers:path={d},max_new_tokens=3,system=be kind")
    assert gen.uses_chat_template() is True
    prompt = gen.build_prompt(SAMPLES[1])
    assert prompt.startswith("<s> system: be kind </s> <s> user: hello </s>")
    assert prompt.endswith("<s> assistant:")
    out = gen.generate(SAMPLES)
    assert all(g.ok for g in out) and out[0].meta["chat_template"] is True
    # the template changes the prompt, so the signature changes with the checkpoint's files
    plain = get_registry().generator(f"transformers:path={gpt2_dir},max_new_tokens=3,system=be kind")
    assert gen.signature() != plain.signature()


def test_seq2seq_from_config(t5_dir):
    gen = get_registry().generator(f"transformers:path={t5_dir},max_new_tokens=5,batch_size=2")
    out = gen.generate(SAMPLES)
    assert [g.sample_id for g in out] == ["a", "b", "c"]
    assert all(g.ok and isinstance(g.text, str) for g in out)
    assert all(g.meta["seq2seq"] is True for g in out)
    assert all(0 <= g.usage["completion_tokens"] <= 5 for g in out)
    assert any(g.text for g in out)
    assert [g.text for g in out] == [gen.generate([s])[0].text for s in SAMPLES]


def test_missing_path_is_a_clear_error(tmp_path, gpt2_dir):
    with pytest.raises(ComponentError, match="is not a directory.*never downloaded"):
        get_registry().generator(f"transformers:path={tmp_path / 'nope'}")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ComponentError, match="no config.json"):
        get_registry().generator(f"transformers:path={tmp_path / 'empty'}")
    with pytest.raises(ComponentError, match="device"):
        get_registry().generator(f"transformers:path={gpt2_dir},device=tpu")


def test_offline_flags_set(gpt2_dir, monkeypatch):
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    gen = get_registry().generator(f"transformers:path={gpt2_dir},max_new_tokens=1")
    gen.generate(SAMPLES[:1])
    import os

    assert os.environ["HF_HUB_OFFLINE"] == "1"


def test_cuda_device_unavailable_reason(gpt2_dir):
    import torch

    gen = get_registry().generator(f"transformers:path={gpt2_dir},device=cuda")
    if torch.cuda.is_available():
        assert gen.unavailable() is None
    else:
        assert "no CUDA GPU" in gen.unavailable()
