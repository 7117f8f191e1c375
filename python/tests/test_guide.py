"""The ```python blocks of docs/python.md run, in order in one namespace, from the
repository's root, and each `print(…)` line prints what its `  # ` comment says. They
use pandas and DuckDB, and python-docx to write a Word document."""

import contextlib
import io
import os

import pytest

from conftest import ROOT, need

GUIDE = ROOT / "docs" / "python.md"


def blocks():
    text = GUIDE.read_text(encoding="utf-8")
    return [part.split("```", 1)[0] for part in text.split("```python\n")[1:]]


def expected_prints(block):
    lines = []
    for line in block.splitlines():
        if line.lstrip().startswith("print("):
            assert "  # " in line, f"`{line}` does not say what it prints"
            lines.append(line.rsplit("  # ", 1)[1])
    return lines


def test_the_guide_has_examples_and_a_pandas_one():
    found = blocks()
    assert len(found) >= 3
    assert any("import pandas" in block for block in found)


def test_the_guide_examples_print_what_they_say(monkeypatch):
    need("pandas")
    need("duckdb")
    need("docx")
    monkeypatch.chdir(ROOT)
    namespace = {"__name__": "guide"}
    for block in blocks():
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(block, str(GUIDE), "exec"), namespace)
        assert out.getvalue().splitlines() == expected_prints(block), block
