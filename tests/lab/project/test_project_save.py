"""Saving is atomic: a failure midway leaves the previous file whole and no temporary file."""
import os

import pytest

from nnviz.lab.project import ProjectDocument, load_project, save_project
from nnviz.lab.project import storage
from project_helpers import SMALL, trained_document


@pytest.fixture
def saved(tmp_path):
    """A folder holding one saved project; returns (path, its bytes)."""
    path = save_project(tmp_path / "lesson.nnviz", ProjectDocument(SMALL))
    return path, path.read_bytes()


class HalfWriter:
    """A file that writes half of what it is given, then fails (a full disk, a crash)."""

    def __init__(self, f):
        self._f = f

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._f.close()

    def write(self, data):
        self._f.write(data[: len(data) // 2])
        self._f.flush()
        raise OSError(28, "No space left on device")

    def __getattr__(self, name):
        return getattr(self._f, name)


def test_a_write_failing_midway_keeps_the_old_file_and_leaves_no_temporary(saved, monkeypatch):
    path, before = saved
    real_fdopen = os.fdopen
    monkeypatch.setattr(storage.os, "fdopen", lambda *a, **k: HalfWriter(real_fdopen(*a, **k)))
    with pytest.raises(OSError, match="No space"):
        save_project(path, trained_document())
    assert path.read_bytes() == before
    assert os.listdir(path.parent) == [path.name]
    assert load_project(path).checkpoint is None


@pytest.mark.parametrize("step", ["fsync", "replace"])
def test_a_failure_at_sync_or_rename_keeps_the_old_file(saved, monkeypatch, step):
    path, before = saved

    def fail(*args):
        raise OSError(5, "Input/output error")
    monkeypatch.setattr(storage.os, step, fail)
    with pytest.raises(OSError, match="Input/output"):
        save_project(path, trained_document())
    assert path.read_bytes() == before
    assert os.listdir(path.parent) == [path.name]


def test_saving_replaces_the_file_and_keeps_nothing_else(saved):
    path, before = saved
    save_project(path, trained_document())
    assert path.read_bytes() != before
    assert load_project(path).checkpoint.step_count == 23
    assert os.listdir(path.parent) == [path.name]


def test_an_unwritable_folder_raises_and_creates_nothing(tmp_path):
    with pytest.raises(OSError):
        save_project(tmp_path / "missing" / "p.nnviz", ProjectDocument(SMALL))
    assert os.listdir(tmp_path) == []
