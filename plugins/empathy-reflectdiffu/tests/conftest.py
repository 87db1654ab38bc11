"""Shared fixtures: a tiny per-utterance ED file and a tiny checkpoint trained by the real trainer."""

from __future__ import annotations

from pathlib import Path

import pytest

DIALOGUES = [
    ("c1", "sad", "My dog died last week.", [
        ("speaker", "My dog died last week and I miss him so much.", "sad"),
        ("listener", "i am so sorry for your loss.", "sympathizing")]),
    ("c2", "joyful", "I got a new job.", [
        ("speaker", "I got the new job I wanted, I am so happy!", "joyful"),
        ("listener", "congratulations, that is wonderful news!", "encouraging")]),
    ("c3", "afraid", "A spider in my room.", [
        ("speaker", "There was a huge spider in my room last night.", "afraid"),
        ("listener", "what did you do about it?", "questioning")]),
    ("c4", "angry", "My neighbour was loud.", [
        ("speaker", "My neighbour played loud music all night again.", "angry"),
        ("listener", "you should talk to your landlord.", "suggesting")]),
]


def write_ed(path: Path) -> Path:
    import csv

    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["split", "conv_id", "utterance_idx", "emotion", "situation", "role", "utterance", "ei_label"])
        for cid, emo, sit, utts in DIALOGUES:
            for i, (role, text, label) in enumerate(utts, start=1):
                w.writerow(["train", cid, i, emo, sit, role, text, label])
    return path


@pytest.fixture(scope="session")
def tiny_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_ed(tmp_path_factory.mktemp("ed") / "tiny.csv")


@pytest.fixture(scope="session")
def tiny_checkpoint(tiny_data: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """Overfits the 4 dialogues with the real trainer (a few seconds)."""
    from empathy_reflectdiffu.train import TrainArgs, train

    out = tmp_path_factory.mktemp("ckpt")
    st = train(TrainArgs(train=str(tiny_data), valid=str(tiny_data), out=str(out), epochs=100, batch_size=4,
                         max_valid=None, lr=3e-3, warmup=10, patience=1000, threads=1, vocab_size=200, d_model=32,
                         ff=64, layers=1, heads=2, max_src=32, max_tgt=40, diffusion_steps=4, dropout=0.0,
                         progress=False))
    return out, st
