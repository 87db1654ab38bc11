"""``empathetic_dialogues``: EmpatheticDialogues (Rashkin et al. 2019), one sample per listener turn.

Two file formats are read (detected from the header):

* the per-utterance format of the shared copy (``split,conv_id,utterance_idx,emotion,situation,role,
  utterance,ei_label``), where ``role`` is ``speaker`` or ``listener`` and ``ei_label`` is the
  EmpatheticIntents label of the utterance;
* the original ED CSV (``conv_id,utterance_idx,context,prompt,speaker_idx,utterance,selfeval,tags``,
  commas written ``_comma_``), where the speaker writes the 1st, 3rd, ... utterance and the listener the
  2nd, 4th, ...; it has no intent labels, so ``meta["intent"]`` is absent.

Each listener turn becomes a :class:`Sample` whose turns are the conversation before it (speaker ->
``user``, listener -> ``assistant``; the last ``max_context`` turns when set), whose reference is the
listener's utterance, with ``meta``: ``emotion``, ``situation``, ``conv_id``, ``utterance_idx`` and
``intent`` (the reference's ``ei_label`` when it is one of the 9 intent classes). Conversations never
cross splits: a ``conv_id`` seen under two ``split`` values is an error.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import attrs

from ..base import Dataset, opt_int, opt_str, to_bool
from ..errors import InputError
from ..io import iter_csv
from ..models import Sample, Turn
from ..paths import shared_data_dir
from .files import file_sha256

#: The 8 EmpatheticIntents response intents plus ``neutral`` (Welivita & Pu 2020).
INTENTS = ("questioning", "acknowledging", "agreeing", "sympathizing", "encouraging", "consoling",
           "suggesting", "wishing", "neutral")

#: The 32 EmpatheticDialogues emotion labels.
EMOTIONS = ("afraid", "angry", "annoyed", "anticipating", "anxious", "apprehensive", "ashamed", "caring",
            "confident", "content", "devastated", "disappointed", "disgusted", "embarrassed", "excited",
            "faithful", "furious", "grateful", "guilty", "hopeful", "impressed", "jealous", "joyful", "lonely",
            "nostalgic", "prepared", "proud", "sad", "sentimental", "surprised", "terrified", "trusting")

UTTERANCE_COLUMNS = ("conv_id", "utterance_idx", "emotion", "situation", "role", "utterance")
ORIGINAL_COLUMNS = ("conv_id", "utterance_idx", "context", "prompt", "speaker_idx", "utterance")
SPLITS = ("train", "valid", "test")


def split_path(split: str) -> Path:
    """The shared per-utterance file of ``split`` (raises when the shared data is absent)."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(SPLITS)}, got {split!r}")
    base = shared_data_dir()
    if base is None:
        raise ValueError("split= needs the shared data: set EMPATHY_SHARED_DATA or give path=FILE")
    p = base / "empatheticdialogues" / f"{split}.csv"
    if not p.is_file():
        raise ValueError(f"no EmpatheticDialogues file for split {split!r} at {p}")
    return p


def _unescape(s: str) -> str:
    return s.replace("_comma_", ",").strip()


@attrs.define
class _Utt:
    idx: int
    role: str  # "speaker" | "listener"
    text: str
    label: str | None
    line: int


@attrs.define
class _Conv:
    conv_id: str
    emotion: str
    situation: str
    split: str | None
    line: int
    utts: list[_Utt] = attrs.field(factory=list)


@attrs.define
class EmpatheticDialoguesDataset(Dataset):
    """EmpatheticDialogues: one sample per listener turn (``path=FILE`` or ``split=train|valid``)."""

    name: ClassVar[str] = "empathetic_dialogues"
    version: ClassVar[str] = "1.0"
    path: str | None = attrs.field(default=None, converter=opt_str, metadata={"help": "an EmpatheticDialogues CSV file (or give split=)"})
    split: str | None = attrs.field(default=None, converter=opt_str, metadata={"help": "train, valid or test from the shared data folder"})
    max_context: int | None = attrs.field(default=None, converter=opt_int, metadata={"help": "keep at most this many earlier turns"})
    skip_invalid: bool = attrs.field(default=False, converter=to_bool, metadata={"help": "skip malformed rows (reported) instead of stopping"})
    skipped: list[InputError] = attrs.field(factory=list, init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if not self.path and not self.split:
            raise ValueError("the empathetic_dialogues dataset needs path=FILE or split=train|valid")
        if self.split and self.split not in SPLITS:
            raise ValueError(f"split must be one of {', '.join(SPLITS)}, got {self.split!r}")
        if self.max_context is not None and self.max_context < 1:
            raise ValueError("max_context must be at least 1")

    @property
    def file(self) -> Path:
        return Path(self.path) if self.path else split_path(str(self.split))

    def options(self) -> dict[str, Any]:
        opts = super().options()
        if opts.get("path"):
            opts["path"] = Path(str(opts["path"])).name
        return opts

    def signature_extra(self) -> dict[str, Any]:
        try:
            return {"sha256": file_sha256(self.file)[:12]}
        except (OSError, ValueError):
            return {}

    # -- reading ---------------------------------------------------------------------------
    def _error(self, err: InputError) -> None:
        if not self.skip_invalid:
            raise err
        self.skipped.append(err)

    def _conversations(self) -> list[_Conv]:
        path = self.file
        p = str(path)
        rows = iter_csv(path, skip_invalid=self.skip_invalid, skipped=self.skipped)
        convs: dict[str, _Conv] = {}
        fmt: str | None = None
        for line, row in rows:
            if fmt is None:
                if all(c in row for c in UTTERANCE_COLUMNS):
                    fmt = "utterance"
                elif all(c in row for c in ORIGINAL_COLUMNS):
                    fmt = "original"
                else:
                    missing = [c for c in UTTERANCE_COLUMNS if c not in row]
                    raise InputError("not an EmpatheticDialogues CSV (expected the per-utterance or the original "
                                     "ED header)", path=p, line=1, field=missing[0])
            try:
                conv_id = row["conv_id"].strip()
                if not conv_id:
                    raise InputError("empty conv_id", path=p, line=line, field="conv_id")
                try:
                    idx = int(row["utterance_idx"])
                except ValueError:
                    raise InputError(f"expected an integer, got {row['utterance_idx']!r}", path=p, line=line,
                                     field="utterance_idx") from None
                if fmt == "utterance":
                    split = row.get("split", "").strip() or None
                    if self.split and self.path and split and split != self.split:
                        continue  # path= and split= together: keep that split's rows
                    role = row["role"].strip().lower()
                    if role not in ("speaker", "listener"):
                        raise InputError(f"expected 'speaker' or 'listener', got {row['role']!r}", path=p,
                                         line=line, field="role")
                    text = row["utterance"].strip()
                    emotion = row["emotion"].strip()
                    situation = row["situation"].strip()
                    label = (row.get("ei_label") or "").strip().lower() or None
                else:
                    split = None
                    role = ""  # from the position, below
                    text = _unescape(row["utterance"])
                    emotion = _unescape(row["context"])
                    situation = _unescape(row["prompt"])
                    label = None
                if not text:
                    raise InputError("empty utterance", path=p, line=line, field="utterance")
                if not emotion:
                    raise InputError("empty emotion", path=p, line=line,
                                     field="emotion" if fmt == "utterance" else "context")
                conv = convs.get(conv_id)
                if conv is None:
                    conv = convs[conv_id] = _Conv(conv_id, emotion, situation, split, line)
                elif split != conv.split:
                    raise InputError(f"conversation {conv_id!r} appears in splits {conv.split!r} and {split!r}; "
                                     "conversations never cross splits", path=p, line=line, field="split")
                if any(u.idx == idx for u in conv.utts):
                    raise InputError(f"duplicate utterance_idx {idx} in conversation {conv_id!r}", path=p,
                                     line=line, field="utterance_idx")
                conv.utts.append(_Utt(idx, role, text, label, line))
            except InputError as e:
                self._error(e)
        for conv in convs.values():
            conv.utts.sort(key=lambda u: u.idx)
            if fmt == "original":
                for i, u in enumerate(conv.utts):
                    u.role = "speaker" if i % 2 == 0 else "listener"
        return list(convs.values())

    def __iter__(self) -> Iterator[Sample]:
        self.skipped.clear()
        for conv in self._conversations():
            history: list[Turn] = []
            for u in conv.utts:
                if u.role == "listener" and history:
                    turns = history[-self.max_context:] if self.max_context else history
                    meta: dict[str, Any] = {"emotion": conv.emotion, "situation": conv.situation,
                                            "conv_id": conv.conv_id, "utterance_idx": u.idx}
                    if u.label in INTENTS:
                        meta["intent"] = u.label
                    if conv.split:
                        meta["split"] = conv.split
                    yield Sample(id=f"{conv.conv_id}:{u.idx}", turns=tuple(turns), language="en",
                                 references=(u.text,), meta=meta)
                history.append(Turn("user" if u.role == "speaker" else "assistant", u.text))
