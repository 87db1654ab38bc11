"""``replay``: responses read from a JSONL or CSV file, so any model's saved outputs can be scored."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any, ClassVar

import attrs

from ..base import Generator
from ..errors import InputError
from ..io import iter_csv, iter_jsonl
from ..loaders.files import file_sha256
from ..models import Generation, Sample


@attrs.define
class ReplayGenerator(Generator):
    """Replays saved responses (``replay:path=FILE``; JSONL objects or CSV rows with ``id`` and
    ``response``, column names changeable with ``id=`` and ``response=``)."""

    name: ClassVar[str] = "replay"
    version: ClassVar[str] = "1.0"
    file_format: ClassVar[str] = (
        "JSONL (one object per line) or CSV (a .csv file with a header row), UTF-8: an id field matching the "
        "dataset's sample ids and a response field (a string). Other fields are ignored. A sample whose id is "
        "missing from the file is a failed generation for that sample (the others go on).")
    path: str = attrs.field(default=None, metadata={"help": "the JSONL or .csv file of saved responses (required)"})
    id: str = attrs.field(default="id", metadata={"help": "field/column of the sample id"})
    response: str = attrs.field(default="response", metadata={"help": "field/column of the response text"})
    # id -> response, in a private temporary SQLite file (not a dict: a replay of millions of
    # responses holds none of them in memory); the last line of an id wins
    _responses: Any = attrs.field(default=None, init=False, repr=False)
    _lock: Any = attrs.field(factory=threading.Lock, init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if not self.path:
            raise ValueError("the replay generator needs path=FILE")
        p = str(self.path)
        rows: Any = iter_csv(p) if p.lower().endswith(".csv") else iter_jsonl(p)
        con = sqlite3.connect("", isolation_level=None, check_same_thread=False)  # "": temporary, private
        con.execute("CREATE TABLE responses (id TEXT PRIMARY KEY, response TEXT NOT NULL)")
        batch: list[tuple[str, str]] = []

        def flush() -> None:
            con.execute("BEGIN")
            con.executemany("INSERT OR REPLACE INTO responses VALUES (?, ?)", batch)
            con.execute("COMMIT")
            batch.clear()

        try:
            for line, rec in rows:
                if self.id not in rec:
                    raise InputError("missing required field", path=p, line=line, field=self.id)
                resp = rec.get(self.response)
                if not isinstance(resp, str):
                    raise InputError("missing or not a string", path=p, line=line, field=self.response)
                batch.append((str(rec[self.id]), resp))
                if len(batch) >= 4096:
                    flush()
            flush()
        except BaseException:
            con.close()
            raise
        self._responses = con

    def _lookup(self, sid: str) -> str | None:
        with self._lock:
            row = self._responses.execute("SELECT response FROM responses WHERE id = ?", (sid,)).fetchone()
        return row[0] if row else None

    def options(self) -> dict[str, Any]:
        return {"path": Path(self.path).name, "id": self.id, "response": self.response}

    def signature_extra(self) -> dict[str, Any]:
        return {"sha256": file_sha256(self.path)[:12]}

    def generate_one(self, sample: Sample) -> Generation:
        text = self._lookup(sample.id)
        if text is None:
            return Generation(sample.id, None, error=f"no response for id {sample.id!r} in {Path(self.path).name}")
        return Generation(sample.id, text)
