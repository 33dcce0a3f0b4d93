"""pyproject lists every sub-package: one left out is missing from ``pip install .`` and the
wheel, while the editable install and the tests still find it."""
from __future__ import annotations

from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib")  # Python 3.11+

ROOT = Path(__file__).resolve().parents[2]


def test_every_nnviz_package_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
                 ["packages"])
    found = {".".join(init.parent.relative_to(ROOT).parts)
             for init in (ROOT / "nnviz").rglob("__init__.py")}
    assert found - listed == set(), "add these to [tool.setuptools] packages"
