"""Generic file datasets: ``jsonl`` and ``csv`` (with column mapping)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import attrs

from ..base import Dataset, to_bool
from ..errors import InputError
from ..io import iter_csv, iter_samples
from ..models import Sample


def file_sha256(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


@attrs.define
class JsonlDataset(Dataset):
    """Samples from a JSONL file: one object per line with id, prompt (string or list of turns),
    and optional language, reference/references, meta. A ``response`` field is ignored."""

    name: ClassVar[str] = "jsonl"
    version: ClassVar[str] = "1.0"
    file_format: ClassVar[str] = (
        "JSONL, UTF-8, one object per line: id (string or number, unique), prompt (a string, or a list of "
        "turns {role: user|assistant|system, content}), and optional language (ISO 639-1), reference (string) "
        "or references (list of strings), meta (object: category, expected, emotion, ...). A 'response' field "
        "is ignored. Mojibake is repaired (ftfy). A file named .csv is read as CSV with those columns.")
    path: str = attrs.field(default=None, metadata={"help": "the JSONL file (required)"})
    skip_invalid: bool = attrs.field(default=False, converter=to_bool,
                                     metadata={"help": "skip malformed lines (reported) instead of stopping"})
    skipped: list[InputError] = attrs.field(factory=list, init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if not self.path:
            raise ValueError("the jsonl dataset needs path=FILE")

    def options(self) -> dict[str, Any]:
        return {"path": Path(self.path).name}

    def signature_extra(self) -> dict[str, Any]:
        try:
            return {"sha256": file_sha256(self.path)[:12]}
        except OSError:
            return {}

    def __iter__(self) -> Iterator[Sample]:
        self.skipped.clear()
        for _, sample, _ in iter_samples(self.path, skip_invalid=self.skip_invalid, skipped=self.skipped):
            yield sample


@attrs.define
class CsvDataset(Dataset):
    """Samples from a CSV file with a header. Map columns with options: ``id``, ``prompt``,
    ``language``, ``reference``, ``meta`` (columns joined with ``+``), e.g.
    ``csv:path=f.csv,prompt=question,meta=category+emotion``. Without an id column, ids are row numbers."""

    name: ClassVar[str] = "csv"
    version: ClassVar[str] = "1.0"
    file_format: ClassVar[str] = (
        "CSV, UTF-8 (a BOM is allowed), a header row, then one sample per row. Columns (names changeable "
        "with the options): id (row number when absent), prompt (required, not empty), language, reference, "
        "and meta columns joined with '+'. Quoted fields may span lines; an unterminated quote is an error "
        "naming its line.")
    path: str = attrs.field(default=None, metadata={"help": "the CSV file (required)"})
    id: str = attrs.field(default="id", metadata={"help": "column of the sample id"})
    prompt: str = attrs.field(default="prompt", metadata={"help": "column of the prompt"})
    language: str = attrs.field(default="language", metadata={"help": "column of the language code"})
    reference: str = attrs.field(default="reference", metadata={"help": "column of the reference response"})
    meta: str = attrs.field(default="", metadata={"help": "meta columns, joined with + (category+emotion)"})
    delimiter: str = attrs.field(default=",", metadata={"help": "field delimiter"})
    skip_invalid: bool = attrs.field(default=False, converter=to_bool,
                                     metadata={"help": "skip malformed rows (reported) instead of stopping"})
    skipped: list[InputError] = attrs.field(factory=list, init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if not self.path:
            raise ValueError("the csv dataset needs path=FILE")

    def options(self) -> dict[str, Any]:
        opts = super().options()
        opts["path"] = Path(self.path).name
        return opts

    def signature_extra(self) -> dict[str, Any]:
        try:
            return {"sha256": file_sha256(self.path)[:12]}
        except OSError:
            return {}

    def __iter__(self) -> Iterator[Sample]:
        self.skipped.clear()
        p = str(self.path)
        meta_cols = [c for c in self.meta.split("+") if c]
        for line, row in iter_csv(self.path, skip_invalid=self.skip_invalid, skipped=self.skipped,
                                  delimiter=self.delimiter):
            try:
                if self.prompt not in row:
                    raise InputError("column not found in the header", path=p, line=1, field=self.prompt)
                text = row[self.prompt]
                if not text.strip():
                    raise InputError("empty prompt", path=p, line=line, field=self.prompt)
                sid = row.get(self.id) or str(line)
                missing = [c for c in meta_cols if c not in row]
                if missing:
                    raise InputError("column not found in the header", path=p, line=1, field=missing[0])
                ref = row.get(self.reference) or None
                yield Sample.from_prompt(sid, text, language=(row.get(self.language) or None),
                                         references=(ref,) if ref else (),
                                         meta={c: row[c] for c in meta_cols})
            except InputError as e:
                if not self.skip_invalid or e.line == 1:
                    raise
                self.skipped.append(e)
