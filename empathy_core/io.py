"""Reading records (JSONL, CSV) with errors that name the file, line and field.

Text read by :func:`iter_samples` (prompts, responses, references) is repaired with ftfy when it
is mojibake (UTF-8 decoded as cp1252: ``Iâ€™m`` -> ``I’m``), as the bundled datasets are; the
lines repaired are counted."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from .errors import InputError
from .models import Sample, turns_from_prompt


def _decode(raw: bytes, path: str, line: int) -> str:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"bytes are not valid UTF-8 at column {e.start + 1} ({raw[e.start:e.start + 4]!r})",
                         path=path, line=line) from None
    if line == 1 and text.startswith("\ufeff"):
        text = text[1:]
    return text


def repair_text(text: str) -> str:
    """``text`` with mis-decoded UTF-8 repaired by ftfy (quotes kept as they are, NFC)."""
    if text.isascii():
        return text
    import ftfy

    return ftfy.fix_text(text, uncurl_quotes=False, normalization="NFC")


def _json_error(e: json.JSONDecodeError, text: str, line: int) -> str:
    msg = e.msg[:-3] if e.msg.endswith(" at") else e.msg
    if e.msg.startswith("Unterminated string") or e.pos >= len(text.rstrip()):
        return (f"invalid JSON, truncated: the line ends before the object is complete ({msg} "
                f"at column {e.colno}); is the line cut short?")
    hint = ""
    if line == 1 and not text.lstrip().startswith(("{", "[")) and "," in text:
        hint = " (this looks like CSV: give the file a .csv name)"
    return f"invalid JSON: {msg} at column {e.colno}{hint}"


def iter_jsonl(path: str | Path, *, skip_invalid: bool = False,
               skipped: list[InputError] | None = None) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (line number, object) for each non-blank line. Bad lines raise :class:`InputError`,
    or with ``skip_invalid`` are appended to ``skipped`` and passed over."""
    p = str(path)
    try:
        fh = open(path, "rb")  # noqa: SIM115
    except OSError as e:
        raise InputError(f"cannot open: {e.strerror}", path=p) from None
    with fh:
        for n, raw in enumerate(fh, start=1):
            try:
                text = _decode(raw, p, n).rstrip("\r\n")
                if not text.strip():
                    continue
                try:
                    obj = json.loads(text)
                except json.JSONDecodeError as e:
                    raise InputError(_json_error(e, text, n), path=p, line=n) from None
                if not isinstance(obj, dict):
                    raise InputError(f"expected a JSON object, got {type(obj).__name__}", path=p, line=n)
            except InputError as err:
                if not skip_invalid:
                    raise
                if skipped is not None:
                    skipped.append(err)
                continue
            yield n, obj


def iter_csv(path: str | Path, *, skip_invalid: bool = False,
             skipped: list[InputError] | None = None, delimiter: str = ",") -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row dict) from a CSV with a header (UTF-8, BOM allowed).
    The line number is that of the row's first physical line."""
    p = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise InputError(f"cannot open: {e.strerror}", path=p) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise InputError(f"bytes are not valid UTF-8 ({data[e.start:e.start + 4]!r})", path=p, line=line) from None
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError("empty CSV file (no header)", path=p, line=1) from None
    header = [h.strip() for h in header]
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            if "unexpected end of data" in str(e):
                # a quote opened on this row is never closed: every later row would be swallowed
                raise InputError(f"unterminated quoted field: the quote opened in the row starting here is never "
                                 f"closed (it runs to the end of the file, line {reader.line_num})",
                                 path=p, line=start) from None
            err = InputError(f"malformed CSV: {e}", path=p, line=start)
            if not skip_invalid:
                raise err from None
            if skipped is not None:
                skipped.append(err)
            start = reader.line_num + 1
            continue
        line = start
        start = reader.line_num + 1
        if not any(c.strip() for c in row):
            continue
        if len(row) != len(header):
            err = InputError(f"expected {len(header)} columns, found {len(row)}", path=p, line=line)
            if not skip_invalid:
                raise err
            if skipped is not None:
                skipped.append(err)
            continue
        yield line, dict(zip(header, row))


def _field(rec: Mapping[str, Any], name: str, path: str, line: int, types: tuple[type, ...],
           required: bool) -> Any:
    if name not in rec or rec[name] is None:
        if required:
            raise InputError("missing required field", path=path, line=line, field=name)
        return None
    v = rec[name]
    if not isinstance(v, types) or isinstance(v, bool):
        want = " or ".join(t.__name__ for t in types)
        raise InputError(f"expected {want}, got {type(v).__name__}", path=path, line=line, field=name)
    return v


def record_to_sample(rec: Mapping[str, Any], path: str, line: int) -> Sample:
    """Validate a record of the ``empathy score`` / ``jsonl`` format and build a Sample."""
    sid = _field(rec, "id", path, line, (str, int), True)
    prompt = _field(rec, "prompt", path, line, (str, list), True)
    try:
        turns = turns_from_prompt(prompt)
    except ValueError as e:
        raise InputError(str(e), path=path, line=line, field="prompt") from None
    language = _field(rec, "language", path, line, (str,), False)
    refs: Sequence[str] = ()
    if rec.get("references") is not None:
        refs = _field(rec, "references", path, line, (list,), True)
        if not all(isinstance(r, str) for r in refs):
            raise InputError("expected a list of strings", path=path, line=line, field="references")
    elif rec.get("reference") is not None:
        refs = [_field(rec, "reference", path, line, (str,), True)]
    meta = _field(rec, "meta", path, line, (dict,), False) or {}
    return Sample(id=str(sid), turns=turns, language=language.lower() if language else None,
                  references=tuple(refs), meta=meta)


def record_response(rec: Mapping[str, Any], path: str, line: int, required: bool = True) -> str | None:
    return _field(rec, "response", path, line, (str,), required)


_CSV_FIELDS = ("id", "prompt", "response", "language", "reference")


def iter_csv_records(path: str | Path, *, skip_invalid: bool = False,
                     skipped: list[InputError] | None = None) -> Iterator[tuple[int, dict[str, Any]]]:
    """CSV rows as ``empathy score`` records: columns id, prompt, response, [language, reference];
    any other column goes into ``meta``. Empty cells count as absent."""
    for line, row in iter_csv(path, skip_invalid=skip_invalid, skipped=skipped):
        rec: dict[str, Any] = {k: v for k, v in row.items() if k in _CSV_FIELDS and v != ""}
        meta = {k: v for k, v in row.items() if k not in _CSV_FIELDS and k and v != ""}
        if meta:
            rec["meta"] = meta
        yield line, rec


def iter_records(path: str | Path, *, skip_invalid: bool = False,
                 skipped: list[InputError] | None = None) -> Iterator[tuple[int, dict[str, Any]]]:
    """Records from a JSONL file, or from a CSV file when its name ends in ``.csv``."""
    if str(path).lower().endswith(".csv"):
        return iter_csv_records(path, skip_invalid=skip_invalid, skipped=skipped)
    return iter_jsonl(path, skip_invalid=skip_invalid, skipped=skipped)


def _repair_sample(sample: Sample, resp: str | None) -> tuple[Sample, str | None, bool]:
    import attrs

    turns = tuple(attrs.evolve(t, text=repair_text(t.text)) for t in sample.turns)
    refs = tuple(repair_text(r) for r in sample.references)
    new_resp = repair_text(resp) if resp is not None else None
    changed = turns != sample.turns or refs != sample.references or new_resp != resp
    if not changed:
        return sample, resp, False
    return attrs.evolve(sample, turns=turns, references=refs), new_resp, True


def iter_samples(path: str | Path, *, skip_invalid: bool = False, skipped: list[InputError] | None = None,
                 with_response: bool = False, repaired: list[int] | None = None
                 ) -> Iterator[tuple[dict[str, Any], Sample, str | None]]:
    """(record, Sample, response) for each valid record of a JSONL (or ``.csv``) file in the
    ``empathy score`` format. Ids must be unique; ``with_response`` makes ``response`` required.
    Bad records raise :class:`InputError`, or with ``skip_invalid`` go to ``skipped``. Mojibake
    in the texts is repaired (:func:`repair_text`); the line numbers repaired go to ``repaired``."""
    p = str(path)
    seen = SeenIds()
    for line, rec in iter_records(path, skip_invalid=skip_invalid, skipped=skipped):
        try:
            sample = record_to_sample(rec, p, line)
            resp = record_response(rec, p, line) if with_response else None
            sample, resp, fixed = _repair_sample(sample, resp)
            if fixed and repaired is not None:
                repaired.append(line)
            if sample.id in seen:
                raise InputError(f"duplicate id {sample.id!r}", path=p, line=line, field="id")
        except InputError as e:
            if not skip_invalid:
                raise
            if skipped is not None:
                skipped.append(e)
            continue
        seen.add(sample.id)
        yield rec, sample, resp


class SeenIds:
    """The ids met so far, for duplicate checks on inputs of any size: a set up to ``in_memory`` ids,
    then a private temporary SQLite table (on disk past SQLite's page cache), so a file of millions
    of records does not hold every id in memory (a set costs ~90 bytes per id)."""

    def __init__(self, in_memory: int = 100_000) -> None:
        self.in_memory = in_memory
        self._set: set[str] | None = set()
        self._db: Any = None

    def __contains__(self, key: str) -> bool:
        if self._set is not None:
            return key in self._set
        return self._db.execute("SELECT 1 FROM ids WHERE id = ?", (key,)).fetchone() is not None

    def add(self, key: str) -> None:
        if self._set is not None:
            self._set.add(key)
            if len(self._set) > self.in_memory:
                self._spill()
        else:
            self._db.execute("INSERT OR IGNORE INTO ids VALUES (?)", (key,))

    def _spill(self) -> None:
        import sqlite3

        self._db = sqlite3.connect("", isolation_level=None)  # "": a temporary file, private
        self._db.execute("CREATE TABLE ids (id TEXT PRIMARY KEY) WITHOUT ROWID")
        self._db.execute("BEGIN")  # never committed: private, and faster in one transaction
        self._db.executemany("INSERT INTO ids VALUES (?)", ((k,) for k in self._set or ()))
        self._set = None


class FirstAndCount(list):  # type: ignore[type-arg]
    """A list for ``skipped``/``repaired`` on inputs of any size: it keeps the first ``keep``
    items appended and counts every one (``len()`` is the count), so a file with millions of
    bad or repaired lines does not fill memory."""

    def __init__(self, keep: int = 50) -> None:
        super().__init__()
        self.keep = keep
        self.total = 0

    def append(self, x: Any) -> None:
        self.total += 1
        if super().__len__() < self.keep:
            super().append(x)

    def __len__(self) -> int:
        return self.total
