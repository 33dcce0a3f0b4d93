"""packaging/deb.py lays out the .deb's tree and control file right (pure Python, no dpkg here;
.ci/deb_smoke builds, installs and removes the real package)."""
from __future__ import annotations

import importlib.util
import os
import stat
from pathlib import Path

import pytest

import nnviz

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"


def load_deb():
    spec = importlib.util.spec_from_file_location("deb", ROOT / "packaging" / "deb.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


deb = load_deb()


def fake_bundle(path: Path, payload: int = 3000) -> Path:
    """A folder shaped like PyInstaller's: launcher, _internal/ with a library and a symlink."""
    internal = path / "_internal"
    internal.mkdir(parents=True)
    launcher = path / "nnviz"
    launcher.write_bytes(b"\x7fELF" + b"\0" * 2044)
    launcher.chmod(0o700)
    (internal / "libQt6Core.so.6").write_bytes(b"q" * payload)
    os.symlink("libQt6Core.so.6", internal / "libQt6Core.so")
    (path / "LICENSE").write_text("MIT\n")
    return path


def parse_control(text: str) -> dict[str, str]:
    fields, key = {}, None
    for line in text.splitlines():
        if line.startswith(" "):
            fields[key] += "\n" + line
        else:
            key, value = line.split(": ", 1)
            fields[key] = value
    return fields


@pytest.fixture
def tree(tmp_path):
    return deb.stage(fake_bundle(tmp_path / "bundle"), tmp_path / "root", "0.1.0", "amd64")


def test_bundle_goes_to_opt_with_its_symlinks_and_launcher_executable(tree):
    opt = tree / "opt" / "nnviz"
    assert (opt / "nnviz").read_bytes()[:4] == b"\x7fELF"
    assert stat.S_IMODE((opt / "nnviz").stat().st_mode) == 0o755
    assert stat.S_IMODE((opt / "LICENSE").stat().st_mode) == 0o644
    assert os.readlink(opt / "_internal" / "libQt6Core.so") == "libQt6Core.so.6"
    assert stat.S_IMODE((opt / "_internal").stat().st_mode) == 0o755


def test_usr_bin_nnviz_starts_the_bundle_with_its_arguments(tree):
    wrapper = tree / "usr" / "bin" / "nnviz"
    assert wrapper.read_text().startswith("#!/bin/sh\n")
    assert 'exec /opt/nnviz/nnviz "$@"' in wrapper.read_text()
    assert stat.S_IMODE(wrapper.stat().st_mode) == 0o755


def test_desktop_entry_icons_and_mime_type_go_where_desktops_look(tree):
    share = tree / "usr" / "share"
    assert (share / "applications" / "nnviz.desktop").read_bytes() == \
        (RESOURCES / "nnviz.desktop").read_bytes()
    assert (share / "mime" / "packages" / "nnviz.xml").read_bytes() == \
        (RESOURCES / "mime" / "nnviz.xml").read_bytes()
    apps = sorted(p.relative_to(share / "icons" / "hicolor").as_posix()
                  for p in (share / "icons" / "hicolor").rglob("*.png"))
    assert apps == sorted(f"{s}x{s}/apps/nnviz.png" for s in (16, 24, 32, 48, 64, 128, 256, 512))
    assert (share / "icons" / "hicolor" / "48x48" / "apps" / "nnviz.png").read_bytes() == \
        (RESOURCES / "icons" / "nnviz-48.png").read_bytes()
    assert (share / "doc" / "nnviz" / "copyright").read_bytes() == (ROOT / "LICENSE").read_bytes()
    # Nothing else lands outside /opt/nnviz, /usr and DEBIAN.
    assert sorted(p.name for p in tree.iterdir()) == ["DEBIAN", "opt", "usr"]


def test_control_file_names_package_version_arch_and_the_libraries_a_bundle_cannot_carry(tree):
    fields = parse_control((tree / "DEBIAN" / "control").read_text())
    assert fields["Package"] == "nnviz"
    assert fields["Version"] == "0.1.0"
    assert fields["Architecture"] == "amd64"
    assert fields["Maintainer"] == "The nnviz developers"
    assert fields["Section"] == "education"
    assert [d.strip() for d in fields["Depends"].split(",")] == [
        "libgl1", "libegl1", "libxkbcommon0", "libfontconfig1", "libdbus-1-3", "libglib2.0-0",
        "fonts-dejavu-core | fonts-dejavu"]
    summary, *body = fields["Description"].split("\n")
    assert summary and len(summary) < 80 and body and all(line.startswith(" ") for line in body)
    assert (tree / "DEBIAN" / "control").read_text().endswith("\n")


def test_installed_size_counts_the_bundle_in_kib(tmp_path):
    small = deb.stage(fake_bundle(tmp_path / "b1", payload=3000), tmp_path / "r1", "0.1.0", "amd64")
    big = deb.stage(fake_bundle(tmp_path / "b2", payload=3000 + 100 * 1024), tmp_path / "r2",
                    "0.1.0", "amd64")
    size = {t: int(parse_control((t / "DEBIAN" / "control").read_text())["Installed-Size"])
            for t in (small, big)}
    assert size[big] - size[small] == 100
    # The icons alone are tens of KiB; the launcher (2 KiB) and library (3 KiB) count too.
    assert size[small] > 5 + 20


def test_maintainer_scripts_refresh_caches_only_with_the_tools_present(tree):
    for name in ("postinst", "postrm"):
        script = tree / "DEBIAN" / name
        text = script.read_text()
        assert stat.S_IMODE(script.stat().st_mode) == 0o755
        assert text.startswith("#!/bin/sh\n")
        for tool in ("update-mime-database", "update-desktop-database", "gtk-update-icon-cache"):
            line = next(l for l in text.splitlines() if f"{tool} " in l and "command -v" in l)
            assert line.startswith(f"if command -v {tool} ") and "|| true" in line


def test_a_missing_bundle_is_named(tmp_path):
    with pytest.raises(FileNotFoundError, match="nnviz.*build the bundle first"):
        deb.stage(tmp_path / "nothing", tmp_path / "root", "0.1.0", "amd64")
    assert not (tmp_path / "root").exists()


def test_version_comes_from_pyproject_and_sorts_prereleases_first():
    assert deb.project_version() == nnviz.__version__
    assert deb.debian_version("1.2.0") == "1.2.0"
    assert deb.debian_version("1.2.0rc1") == "1.2.0~rc1"
    assert deb.debian_version("1.2.0.dev3") == "1.2.0~.dev3"
    assert deb.deb_name("0.1.0", "arm64") == "nnviz_0.1.0_arm64.deb"
