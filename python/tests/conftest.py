"""What the tests share: the repository's root, and whether they run on CI, where a
missing file fails a test instead of skipping it."""

import os
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
"""The repository's root: data/, docs/ and README.md are read from it."""

CORPUS = ROOT.parent / "shared" / "corpus"
"""The real documents of the genre kept beside the repository."""


def is_ci() -> bool:
    """Whether `CI` says the tests run on CI: any value but none, empty or `false`."""
    value = os.environ.get("CI")
    return value is not None and value not in ("", "false")


def corpus_text(name: str) -> str:
    """The text of a file of ../shared/corpus/; the test is skipped when the folder is
    absent, except on CI, where it fails."""
    if not CORPUS.is_dir():
        if is_ci():
            pytest.fail(f"../shared/corpus not found (looked in {CORPUS}), and CI is set")
        pytest.skip("../shared/corpus not found")
    return (CORPUS / name).read_text(encoding="utf-8")


def need(module: str):
    """The module `module` imported; the test is skipped when it is not installed, except
    on CI, whose environment installs it (pandas), where it fails."""
    try:
        return __import__(module)
    except ImportError:
        if is_ci():
            pytest.fail(f"{module} is not installed, and CI is set: pip install {module}")
        pytest.skip(f"{module} is not installed")
