"""The EmpatheticDialogues loader: both file formats, counts on the shared files, errors."""

from __future__ import annotations

import collections
from pathlib import Path

import pytest

from empathy_core.errors import InputError
from empathy_core.loaders.empathetic_dialogues import INTENTS, EmpatheticDialoguesDataset
from empathy_core.paths import shared_data_dir
from empathy_core.plugins import build_registry

ORIGINAL = """conv_id,utterance_idx,context,prompt,speaker_idx,utterance,selfeval,tags
hit:0_conv:1,1,sentimental,I remember going to the fireworks with my best friend_comma_ it was fun.,1,I remember going to see the fireworks with my best friend.,5|5|5_2|2|5,
hit:0_conv:1,2,sentimental,I remember going to the fireworks with my best friend_comma_ it was fun.,0,Was this a friend you were in love with_comma_ or just a best friend?,5|5|5_2|2|5,
hit:0_conv:1,3,sentimental,I remember going to the fireworks with my best friend_comma_ it was fun.,1,This was a best friend. I miss her.,5|5|5_2|2|5,
hit:0_conv:1,4,sentimental,I remember going to the fireworks with my best friend_comma_ it was fun.,0,Where has she gone?,5|5|5_2|2|5,
hit:0_conv:1,5,sentimental,I remember going to the fireworks with my best friend_comma_ it was fun.,1,We no longer talk.,5|5|5_2|2|5,
hit:1_conv:2,1,afraid,it feels like hitting to blank wall when i see the darkness,2,Its easy to feel like that.,,
hit:1_conv:2,2,afraid,it feels like hitting to blank wall when i see the darkness,3,That_comma_ I don't know.,,
"""

UTTERANCE = """split,conv_id,utterance_idx,emotion,situation,role,utterance,ei_label
train,c1,1,afraid,"My car caught fire",speaker,"My car caught fire!",devastated
train,c1,2,afraid,"My car caught fire",listener,"Oh my gosh, what did you do?",questioning
train,c1,3,afraid,"My car caught fire",speaker,"Pulled over.",afraid
train,c1,4,afraid,"My car caught fire",listener,"Glad you are ok",encouraging
train,c2,2,proud,"My son graduated",listener,"Congratulations!",hopeful
train,c2,1,proud,"My son graduated",speaker,"My son graduated today.",proud
"""


def _write(tmp_path: Path, name: str, text: str) -> str:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return str(p)


def test_original_format(tmp_path: Path) -> None:
    samples = EmpatheticDialoguesDataset(path=_write(tmp_path, "ed.csv", ORIGINAL)).load()
    assert [s.id for s in samples] == ["hit:0_conv:1:2", "hit:0_conv:1:4", "hit:1_conv:2:2"]
    s = samples[1]
    assert [t.role for t in s.turns] == ["user", "assistant", "user"]
    assert s.turns[1].text == "Was this a friend you were in love with, or just a best friend?"
    assert s.references == ("Where has she gone?",)
    assert s.language == "en"
    assert s.meta["emotion"] == "sentimental"
    assert s.meta["situation"] == "I remember going to the fireworks with my best friend, it was fun."
    assert "intent" not in s.meta  # the original format has no intent labels
    assert samples[2].references == ("That, I don't know.",)


def test_utterance_format_order_intent_and_max_context(tmp_path: Path) -> None:
    path = _write(tmp_path, "u.csv", UTTERANCE)
    samples = EmpatheticDialoguesDataset(path=path).load()
    assert [s.id for s in samples] == ["c1:2", "c1:4", "c2:2"]
    assert samples[0].meta["intent"] == "questioning"
    assert samples[1].meta["intent"] == "encouraging"
    assert "intent" not in samples[2].meta  # "hopeful" is an emotion label, not an intent
    assert samples[2].turns[0].text == "My son graduated today."  # rows sorted by utterance_idx
    assert len(samples[1].turns) == 3
    short = EmpatheticDialoguesDataset(path=path, max_context="1").load()
    assert [t.text for t in short[1].turns] == ["Pulled over."]


def test_errors_name_file_line_field(tmp_path: Path) -> None:
    bad = UTTERANCE.replace("train,c1,3,", "train,c1,three,")
    path = _write(tmp_path, "bad.csv", bad)
    with pytest.raises(InputError) as ei:
        EmpatheticDialoguesDataset(path=path).load()
    assert ei.value.line == 4 and ei.value.field == "utterance_idx" and ei.value.path == path
    ds = EmpatheticDialoguesDataset(path=path, skip_invalid="true")
    assert [s.id for s in ds.load()] == ["c1:2", "c1:4", "c2:2"]
    assert len(ds.skipped) == 1

    crossing = UTTERANCE + 'valid,c1,5,afraid,"My car caught fire",speaker,"again",neutral\n'
    with pytest.raises(InputError, match="never cross splits") as ei:
        EmpatheticDialoguesDataset(path=_write(tmp_path, "x.csv", crossing)).load()
    assert ei.value.field == "split" and ei.value.line == 8

    with pytest.raises(InputError) as ei:
        EmpatheticDialoguesDataset(path=_write(tmp_path, "h.csv", "a,b\n1,2\n")).load()
    assert ei.value.line == 1


def test_registered_and_options() -> None:
    reg = build_registry(entrypoints=False)
    with pytest.raises(Exception, match="path=FILE or split"):
        reg.dataset("empathetic_dialogues")
    with pytest.raises(Exception, match="split must be"):
        reg.dataset("empathetic_dialogues:split=dev")


SHARED = shared_data_dir()
needs_shared = pytest.mark.skipif(
    SHARED is None or not (SHARED / "empatheticdialogues" / "train.csv").is_file(),
    reason="shared EmpatheticDialogues data not found (set EMPATHY_SHARED_DATA or provide ../shared/data)")


@needs_shared
def test_shared_valid_counts() -> None:
    ds = EmpatheticDialoguesDataset(split="valid")
    samples = ds.load()
    assert ds.skipped == []
    assert len(samples) == 5738  # listener turns of the 2,770 valid conversations
    assert len({s.meta["conv_id"] for s in samples}) == 2769  # of 2,770: one has a single utterance
    assert sum("intent" in s.meta for s in samples) == 4646
    assert all(s.meta["intent"] in INTENTS for s in samples if "intent" in s.meta)
    assert len({s.meta["emotion"] for s in samples}) == 32
    assert all(s.turns[-1].role == "user" and s.references[0] for s in samples)


@needs_shared
def test_shared_splits_disjoint() -> None:
    train = EmpatheticDialoguesDataset(split="train").load()
    assert len(train) == 40252
    valid = EmpatheticDialoguesDataset(split="valid").load()
    assert not {s.meta["conv_id"] for s in train} & {s.meta["conv_id"] for s in valid}
    counts = collections.Counter(s.meta.get("intent") for s in train)
    assert counts["questioning"] == 13097
