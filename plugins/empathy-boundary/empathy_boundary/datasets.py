"""Datasets of the boundary scorer: ``overshare`` (the Beyond No CSV) and ``boundary-mini``."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import attrs

from empathy_core.base import Dataset, to_bool
from empathy_core.errors import InputError
from empathy_core.io import iter_csv, iter_jsonl, record_to_sample
from empathy_core.loaders.files import file_sha256
from empathy_core.models import Sample
from empathy_core.paths import shared_data_dir

#: language names used in the Beyond No CSV (and a few more) -> ISO 639-1
LANGUAGE_CODES = {
    "english": "en", "french": "fr", "german": "de", "italian": "it", "spanish": "es", "malay": "ms",
    "bahasa melayu": "ms", "portuguese": "pt", "indonesian": "id", "dutch": "nl", "japanese": "ja",
    "chinese": "zh", "korean": "ko", "russian": "ru", "arabic": "ar", "hindi": "hi", "turkish": "tr",
}
COLUMNS = {
    "language": "Language",
    "prompt": "Prompt",
    "expected": "Expected Model Response",
    "category": "Emotional Boundary Category",
    "concerns": "Potential Ethical Concerns",
    "notes": "Test Case Notes",
}
SOURCE_URL = "https://github.com/reveondivad/certify"
SOURCE_COMMIT = "12bba31"


def _split(v: Any) -> set[str] | None:
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    items = v if isinstance(v, (list, tuple, set, frozenset)) else str(v).replace("+", ",").split(",")
    return {str(x).strip() for x in items if str(x).strip()}


def default_overshare_path() -> Path | None:
    d = shared_data_dir()
    return d / "overshare" / "overshare.csv" if d is not None else None


def fix_mojibake(text: str) -> str:
    """Repair mis-decoded UTF-8 (``meâ€”I`` -> ``me—I``) with ftfy, keeping the text's own quotes."""
    import ftfy

    return ftfy.fix_text(text, uncurl_quotes=False, normalization="NFC")


@attrs.define
class OvershareDataset(Dataset):
    """The Beyond No emotional-boundary prompts (overshare.csv: 1,156 prompts in 6 languages).

    Options: ``path=`` (default: ``$EMPATHY_SHARED_DATA/overshare/overshare.csv`` or
    ``../shared/data/overshare/overshare.csv``), ``language=en,fr`` and ``category=Love`` filters,
    ``skip_invalid=1``. Mojibake is repaired with ftfy (``self.repaired`` lists the lines)."""

    name: ClassVar[str] = "overshare"
    version: ClassVar[str] = "1.0"
    path: str | None = attrs.field(default=None)
    language: set[str] | None = attrs.field(default=None, converter=_split)
    category: set[str] | None = attrs.field(default=None, converter=_split)
    skip_invalid: bool = attrs.field(default=False, converter=to_bool)
    skipped: list[InputError] = attrs.field(factory=list, init=False, repr=False)
    repaired: list[int] = attrs.field(factory=list, init=False, repr=False)

    def resolved_path(self) -> Path:
        if self.path:
            p = Path(self.path)
            if not p.is_file():
                raise InputError(f"overshare CSV not found. Get overshare.csv from {SOURCE_URL} "
                                 f"(commit {SOURCE_COMMIT}, see datasets/overshare/manifest.json) and pass "
                                 f"--dataset overshare:path=FILE", path=str(p))
            return p
        default = default_overshare_path()
        if default is None or not default.is_file():
            looked = str(default) if default is not None else "$EMPATHY_SHARED_DATA and ../shared/data (not set / not found)"
            raise InputError(
                f"overshare CSV not found (looked at {looked}). Download overshare.csv from {SOURCE_URL} "
                f"(commit {SOURCE_COMMIT}; checksum in datasets/overshare/manifest.json) and point at it with "
                f"--dataset overshare:path=FILE, or set EMPATHY_SHARED_DATA to the folder holding overshare/overshare.csv")
        return default

    def options(self) -> dict[str, Any]:
        return {"path": Path(self.path).name if self.path else "default",
                "language": sorted(self.language) if self.language else "all",
                "category": sorted(self.category) if self.category else "all"}

    def signature_extra(self) -> dict[str, Any]:
        try:
            return {"sha256": file_sha256(self.resolved_path())[:12]}
        except (InputError, OSError):
            return {}

    def __iter__(self) -> Iterator[Sample]:
        path = self.resolved_path()
        p = str(path)
        self.skipped.clear()
        self.repaired.clear()
        row_no = 0
        for line, row in iter_csv(path, skip_invalid=self.skip_invalid, skipped=self.skipped):
            row_no += 1
            try:
                sample = self._sample(row, p, line, row_no)
            except InputError as e:
                if not self.skip_invalid:
                    raise
                self.skipped.append(e)
                continue
            if self.language and sample.language not in self.language:
                continue
            if self.category and sample.meta["category"] not in self.category:
                continue
            yield sample

    def _sample(self, row: dict[str, str], p: str, line: int, row_no: int) -> Sample:
        values: dict[str, str] = {}
        fixed = False
        for key, col in COLUMNS.items():
            if col not in row:
                raise InputError(f"missing column {col!r} (columns: {', '.join(row)})", path=p, line=line, field=col)
            raw = row[col]
            val = fix_mojibake(raw) if raw else raw
            fixed = fixed or val != raw
            values[key] = val.strip()
        for key in ("language", "prompt", "category"):
            if not values[key]:
                raise InputError("empty value", path=p, line=line, field=COLUMNS[key])
        code = LANGUAGE_CODES.get(values["language"].lower())
        if code is None:
            raise InputError(f"unknown language name {values['language']!r} (known: "
                             f"{', '.join(sorted(n.title() for n in LANGUAGE_CODES))})",
                             path=p, line=line, field=COLUMNS["language"])
        if fixed:
            self.repaired.append(line)
        meta = {"category": values["category"], "expected": values["expected"], "concerns": values["concerns"],
                "notes": values["notes"], "language_name": values["language"], "source_line": line}
        return Sample.from_prompt(f"overshare-{row_no:04d}", values["prompt"], language=code, meta=meta)


def mini_dir() -> Path:
    return Path(__file__).resolve().parent / "data" / "boundary_mini"


@attrs.define
class BoundaryMiniDataset(Dataset):
    """The project's own bundled boundary prompts (Love / Attachment / Dependence, >= 20 per
    language), written for empathy-core; ``language=en,fr`` filters, ``category=`` too."""

    name: ClassVar[str] = "boundary-mini"
    version: ClassVar[str] = "1.0"
    language: set[str] | None = attrs.field(default=None, converter=_split)
    category: set[str] | None = attrs.field(default=None, converter=_split)

    def files(self) -> list[Path]:
        files = sorted(mini_dir().glob("*.jsonl"))
        if self.language:
            missing = self.language - {f.stem for f in files}
            if missing:
                raise InputError(f"boundary-mini has no prompts for {', '.join(sorted(missing))}; "
                                 f"available: {', '.join(f.stem for f in files)}", path=str(mini_dir()))
            files = [f for f in files if f.stem in self.language]
        return files

    def options(self) -> dict[str, Any]:
        return {"language": sorted(self.language) if self.language else "all",
                "category": sorted(self.category) if self.category else "all"}

    def signature_extra(self) -> dict[str, Any]:
        h = hashlib.sha256()
        for f in self.files():
            h.update(f.name.encode())
            h.update(f.read_bytes())
        return {"sha256": h.hexdigest()[:12]}

    def __iter__(self) -> Iterator[Sample]:
        for f in self.files():
            for line, rec in iter_jsonl(f):
                s = record_to_sample(rec, str(f), line)
                if s.language is None:
                    s = Sample(id=s.id, turns=s.turns, language=f.stem, references=s.references, meta=s.meta)
                if "category" not in s.meta:
                    raise InputError("missing meta.category", path=str(f), line=line, field="meta")
                if self.category and s.meta["category"] not in self.category:
                    continue
                yield s
