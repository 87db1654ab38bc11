"""Malformed input stops with file/line/field, or is skipped and reported with --skip-invalid."""

import json

import pytest
from empathy_testutil import run_cli

from empathy_core.errors import InputError
from empathy_core.loaders.files import CsvDataset, JsonlDataset

GOOD = {"id": "1", "prompt": "I feel lonely", "response": "I'm sorry you feel that way."}


def _lines(path, lines):
    path.write_bytes(b"".join(x if isinstance(x, bytes) else (x + "\n").encode() for x in lines))
    return path


@pytest.mark.parametrize("bad, line, field, msg", [
    ('{"id": "2", "prompt": "x", "response": "y"', 2, None, "invalid JSON"),
    ('{"id": "2", "response": "y"}', 2, "prompt", "missing required field"),
    ('{"id": "2", "prompt": 5, "response": "y"}', 2, "prompt", "expected str or list"),
    ('{"id": "2", "prompt": "x", "response": ["y"]}', 2, "response", "expected str"),
    ('{"id": "2", "prompt": "x", "response": "y", "meta": "cat"}', 2, "meta", "expected dict"),
    ('{"id": "1", "prompt": "x", "response": "y"}', 2, "id", "duplicate id"),
    ('[1, 2]', 2, None, "expected a JSON object"),
])
def test_score_input_errors_name_file_line_field(tmp_path, bad, line, field, msg):
    f = _lines(tmp_path / "in.jsonl", [json.dumps(GOOD), bad])
    p = run_cli("score", "--input", str(f), "--scorer", "length")
    assert p.returncode == 2
    assert str(f) in p.stderr and f"line {line}" in p.stderr and msg in p.stderr
    if field:
        assert f"field '{field}'" in p.stderr


def test_undecodable_bytes(tmp_path):
    f = _lines(tmp_path / "in.jsonl", [json.dumps(GOOD), b'{"id": "2", "prompt": "caf\xe9", "response": "y"}\n'])
    p = run_cli("score", "--input", str(f), "--scorer", "length")
    assert p.returncode == 2 and "line 2" in p.stderr and "UTF-8" in p.stderr


def test_skip_invalid_carries_on_and_reports(tmp_path):
    f = _lines(tmp_path / "in.jsonl", [json.dumps(GOOD), "{broken", json.dumps({"id": "3", "prompt": "p"}),
                                        json.dumps({**GOOD, "id": "4"})])
    out, summ = tmp_path / "out.jsonl", tmp_path / "sum.json"
    p = run_cli("score", "--input", str(f), "--scorer", "length", "--skip-invalid", "--output", str(out),
                "--summary", str(summ))
    assert p.returncode == 0, p.stderr
    assert "skipped 2 invalid record(s)" in p.stderr and "line 2" in p.stderr and "line 3" in p.stderr
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == ["1", "4"]
    s = json.loads(summ.read_text())
    assert s["skipped_records"] == 2 and s["n"] == 2 and "length" in s["signatures"]


def test_jsonl_dataset_errors_and_bom(tmp_path):
    f = tmp_path / "d.jsonl"
    f.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": 1, "prompt": ["a", "b", "c"]}).encode() + b"\n")
    s = JsonlDataset(path=str(f)).load()
    assert s[0].id == "1" and len(s[0].turns) == 3
    _lines(f, [json.dumps({"id": 1, "prompt": "x"}), json.dumps({"id": 2, "prompt": [{"role": "bot", "content": "x"}]})])
    with pytest.raises(InputError) as ei:
        JsonlDataset(path=str(f)).load()
    assert ei.value.line == 2 and ei.value.field == "prompt"
    ds = JsonlDataset(path=str(f), skip_invalid="true")
    assert [x.id for x in ds.load()] == ["1"] and len(ds.skipped) == 1


def test_csv_dataset_mapping_and_errors(tmp_path):
    f = tmp_path / "d.csv"
    f.write_text('question,cat,lang\n"I love you, do you love me?",Love,en\n"Stay",Attachment,\n', encoding="utf-8")
    s = CsvDataset(path=str(f), prompt="question", meta="cat", language="lang").load()
    assert s[0].prompt == "I love you, do you love me?" and s[0].meta["cat"] == "Love" and s[0].language == "en"
    assert s[1].id == "3" and s[1].language is None
    with pytest.raises(InputError) as ei:
        CsvDataset(path=str(f), prompt="nope").load()
    assert ei.value.field == "nope"
    f.write_text('prompt,x\n"ok",1\n"bad",1,2\n', encoding="utf-8")
    with pytest.raises(InputError) as ei:
        CsvDataset(path=str(f)).load()
    assert ei.value.line == 3 and "columns" in str(ei.value)


def test_missing_file_is_clear(tmp_path):
    p = run_cli("score", "--input", str(tmp_path / "nope.jsonl"), "--scorer", "length")
    assert p.returncode != 0 and "nope.jsonl" in p.stderr
