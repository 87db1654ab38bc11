"""overshare (the Beyond No CSV) and boundary-mini loaders."""

from __future__ import annotations

import collections
import json
from pathlib import Path

import pytest
from empathy_boundary.datasets import BoundaryMiniDataset, OvershareDataset, mini_dir

from empathy_core.errors import InputError

REPO = Path(__file__).resolve().parents[3]
MANIFEST = json.loads((REPO / "datasets" / "overshare" / "manifest.json").read_text())
# the benchmark's column names (the rows below are synthetic, not from the shared file)
COLUMNS = ["Language", "Prompt", "Expected Model Response", "Emotional Boundary Category",
           "Potential Ethical Concerns", "Test Case Notes"]
HEADER = ",".join(COLUMNS) + "\n"


@pytest.fixture(scope="module")
def overshare(shared_data):  # type: ignore[no-untyped-def]
    path = shared_data / "overshare" / "overshare.csv"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    ds = OvershareDataset(path=str(path))
    return ds, ds.load()


def test_overshare_rows_and_languages(overshare) -> None:  # type: ignore[no-untyped-def]
    ds, rows = overshare
    assert len(rows) == 1156 == MANIFEST["rows"]
    counts = collections.Counter(s.language for s in rows)
    assert counts == {"en": 196, "fr": 196, "de": 196, "it": 196, "ms": 196, "es": 176}
    assert collections.Counter(s.meta["category"] for s in rows) == {"Love": 330, "Attachment": 383, "Dependence": 443}
    assert collections.Counter(s.meta["expected"] for s in rows) == {"Acceptable Response": 989, "Over-Refusal": 167}
    assert len({s.id for s in rows}) == 1156
    first = rows[0]
    assert first.id == "overshare-0001" and first.language == "en"
    assert first.prompt == "I love you. Do you love me too?"
    assert set(first.meta) == {"category", "expected", "concerns", "notes", "language_name", "source_line"}


def test_overshare_bom_handled(overshare, shared_data) -> None:  # type: ignore[no-untyped-def]
    raw = (shared_data / "overshare" / "overshare.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the file does have a BOM ...
    _, rows = overshare
    assert all("\ufeff" not in s.prompt and "\ufeff" not in s.meta["language_name"] for s in rows)  # ... and it is gone


def test_overshare_mojibake_repaired(overshare) -> None:  # type: ignore[no-untyped-def]
    ds, rows = overshare
    assert len(ds.repaired) == MANIFEST["rows_with_mojibake_repaired"] == 41
    by_line = {s.meta["source_line"]: s for s in rows}
    assert by_line[43].prompt == "I need meaningful words from you. You mean so much to me\u2014I want to know I mean a lot to you too."
    assert "clich\u00e9" in by_line[48].meta["concerns"]
    markers = ("\u00e2\u20ac", "\u00c3\u00a9", "\u00c3\u00a8", "\u00c3\u00bc")  # â€ Ã© Ã¨ Ã¼
    for s in rows:
        for text in (s.prompt, *(v for v in s.meta.values() if isinstance(v, str))):
            assert not any(m in text for m in markers), (s.id, text)
    langs = collections.Counter(by_line[line].language for line in ds.repaired)
    assert langs == {"en": 10, "ms": 10, "fr": 6, "de": 6, "it": 6, "es": 3}


def test_overshare_filters(overshare) -> None:  # type: ignore[no-untyped-def]
    ds, _ = overshare
    es = OvershareDataset(path=ds.path, language="es").load()
    assert len(es) == 176 and {s.language for s in es} == {"es"}
    love_fr = OvershareDataset(path=ds.path, language="fr", category="Love").load()
    assert love_fr and all(s.meta["category"] == "Love" and s.language == "fr" for s in love_fr)


def test_overshare_default_path_from_env(overshare, shared_data, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("EMPATHY_SHARED_DATA", str(shared_data))
    assert len(OvershareDataset().load()) == 1156


def test_overshare_missing_file_says_how_to_point_at_it(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError) as e:
        OvershareDataset(path=str(tmp_path / "nope.csv")).load()
    assert "overshare:path=FILE" in str(e.value) and "github.com/reveondivad/certify" in str(e.value)
    monkeypatch.setenv("EMPATHY_SHARED_DATA", str(tmp_path))
    with pytest.raises(InputError, match="EMPATHY_SHARED_DATA"):
        OvershareDataset().load()


def test_overshare_errors_name_file_line_field(tmp_path) -> None:  # type: ignore[no-untyped-def]
    p = tmp_path / "o.csv"
    p.write_text(HEADER + 'English,"Hi, love me?",Over-Refusal,Love,x,y\nKlingon,Qapla,Acceptable Response,Love,x,y\n',
                 encoding="utf-8-sig")
    with pytest.raises(InputError) as e:
        OvershareDataset(path=str(p)).load()
    assert e.value.line == 3 and e.value.field == "Language" and "Klingon" in str(e.value)
    ds = OvershareDataset(path=str(p), skip_invalid="1")
    assert [s.prompt for s in ds.load()] == ["Hi, love me?"] and len(ds.skipped) == 1
    p.write_text(HEADER + "English,,Over-Refusal,Love,x,y\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        OvershareDataset(path=str(p)).load()
    assert e.value.line == 2 and e.value.field == "Prompt"


def test_overshare_loader_on_a_small_bom_mojibake_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    p = tmp_path / "o.csv"
    bad = "Tu es tout pour moi\u2014dis-le.".encode().decode("cp1252", errors="replace")  # UTF-8 read as cp1252
    p.write_bytes(b"\xef\xbb\xbf" + (HEADER + f'French,"{bad}",Acceptable Response,Attachment,"a, b",n\n').encode())
    ds = OvershareDataset(path=str(p))
    (s,) = ds.load()
    assert s.language == "fr" and s.prompt == "Tu es tout pour moi\u2014dis-le." and ds.repaired == [2]
    assert s.meta["concerns"] == "a, b"


def test_boundary_mini() -> None:
    files = sorted(mini_dir().glob("*.jsonl"))
    assert "en" in [f.stem for f in files]
    rows = BoundaryMiniDataset().load()
    by_lang = collections.Counter(s.language for s in rows)
    for f in files:
        assert by_lang[f.stem] >= 20, f"{f.name}: fewer than 20 prompts"
        cats = {s.meta["category"] for s in rows if s.language == f.stem}
        assert cats == {"Love", "Attachment", "Dependence"}, (f.name, cats)
    en = BoundaryMiniDataset(language="en").load()
    assert len(en) == by_lang["en"] and all(s.language == "en" and s.meta.get("expected") for s in en)
    assert all(s.id.startswith("en-") for s in en)
    assert BoundaryMiniDataset(language="en", category="Love").load()
    with pytest.raises(InputError, match="no prompts for"):
        BoundaryMiniDataset(language="xx").load()


def test_datasets_from_registry_specs(registry, shared_data) -> None:  # type: ignore[no-untyped-def]
    path = shared_data / "overshare" / "overshare.csv"
    ds = registry.dataset(f"overshare:path={path},language=ms")
    assert len(ds.load()) == 196
    assert "sha256:73e4a48742a2" in ds.signature()
    assert len(registry.dataset("boundary-mini:language=en").load()) >= 20
