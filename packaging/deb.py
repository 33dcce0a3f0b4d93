"""A Debian package (``.deb``) of the packaged app, for school computers.

    python packaging/build.py --deb               (builds the bundle, then the .deb)
    python packaging/build.py --deb --no-bundle   (packs the existing dist/nnviz)

The package installs the PyInstaller bundle ``dist/nnviz/`` under ``/opt/nnviz``, a
``/usr/bin/nnviz`` wrapper, the desktop entry, the icons (hicolor theme) and the ``.nnviz`` MIME
type, and depends on the system libraries a bundle cannot carry (OpenGL/EGL, xkbcommon,
fontconfig, D-Bus, GLib, a font). ``stage`` lays the tree out in pure Python; ``build_deb`` runs
``dpkg-deb`` on it.
"""
from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
INSTALL_DIR = "/opt/nnviz"
PACKAGE = "nnviz"
MAINTAINER = "The nnviz developers"
# What the bundle links against but cannot ship: they must match the machine's drivers and setup.
DEPENDS = ("libgl1", "libegl1", "libxkbcommon0", "libfontconfig1", "libdbus-1-3",
           "libglib2.0-0", "fonts-dejavu-core | fonts-dejavu")
DESCRIPTION = (
    "Neural-network playground for teaching\n"
    " Watch a neural network learn, live: weights, decision boundary and loss\n"
    " curves, with instruments for forward propagation, backpropagation, gradient\n"
    " descent and optimizers, and a course of lessons in Korean and English.\n"
    " .\n"
    " This package carries its own Python and Qt (a PyInstaller bundle) in\n"
    " /opt/nnviz.")

WRAPPER = f"""#!/bin/sh
# nnviz is a self-contained bundle in {INSTALL_DIR}; start its launcher.
exec {INSTALL_DIR}/nnviz "$@"
"""

# Tools the scripts call may be missing (no desktop installed): skip them, never fail the install.
_REFRESH = """set -e
if command -v update-mime-database >/dev/null 2>&1; then update-mime-database /usr/share/mime || true; fi
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f /usr/share/icons/hicolor/index.theme ]; then gtk-update-icon-cache -q -f /usr/share/icons/hicolor || true; fi
"""
POSTINST = "#!/bin/sh\n# Register the .nnviz file type, the menu entry and the icons.\n" + _REFRESH
POSTRM = "#!/bin/sh\n# Forget the .nnviz file type, the menu entry and the icons.\n" + _REFRESH


def project_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """The version in ``pyproject.toml``'s ``[project]`` table (the one nnviz.__version__ repeats)."""
    text = pyproject.read_text(encoding="utf-8")
    project = re.search(r"^\[project\]\s*$(.*?)(?=^\[|\Z)", text, re.M | re.S)
    match = project and re.search(r'^version\s*=\s*"([^"]+)"', project.group(1), re.M)
    if not match:
        raise ValueError(f"no version = \"...\" in the [project] table of {pyproject}")
    return match.group(1)


def debian_version(version: str) -> str:
    """A Python version as dpkg orders it: pre-releases (``1.0rc1``) sort before ``1.0``."""
    return re.sub(r"(?<=\d)(a|b|rc|\.dev)(\d*)$", r"~\1\2", version)


def dpkg_architecture() -> str:
    """This machine's Debian architecture (``amd64``, ``arm64``, ...) from ``dpkg``."""
    try:
        out = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                             check=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        raise RuntimeError(f"cannot ask dpkg for the architecture ({exc}); build the .deb on "
                           f"Debian or Ubuntu") from exc
    return out.stdout.strip()


def control_text(version: str, arch: str, installed_kib: int) -> str:
    """The ``DEBIAN/control`` file."""
    fields = {
        "Package": PACKAGE,
        "Version": debian_version(version),
        "Architecture": arch,
        "Maintainer": MAINTAINER,
        "Installed-Size": str(installed_kib),
        "Depends": ", ".join(DEPENDS),
        "Section": "education",
        "Priority": "optional",
        "Description": DESCRIPTION,
    }
    return "".join(f"{key}: {value}\n" for key, value in fields.items())


def icon_sizes(resources: Path = RESOURCES) -> list[int]:
    """The sizes of ``resources/icons/nnviz-<size>.png``, smallest first."""
    sizes = [int(m.group(1)) for p in (resources / "icons").glob("nnviz-*.png")
             if (m := re.fullmatch(r"nnviz-(\d+)\.png", p.name))]
    return sorted(sizes)


def _write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)


def _copy(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dst)
    dst.chmod(0o644)


def _normalize_modes(tree: Path) -> None:
    """Directories 0755, files 0644 or 0755 (whatever the umask or checkout made of them)."""
    for dirpath, dirnames, filenames in os.walk(tree):
        os.chmod(dirpath, 0o755)
        for name in filenames:
            path = os.path.join(dirpath, name)
            if os.path.islink(path):
                continue
            executable = os.stat(path).st_mode & stat.S_IXUSR
            os.chmod(path, 0o755 if executable else 0o644)


def installed_kib(tree: Path) -> int:
    """Disk use of ``tree`` outside DEBIAN/, in KiB, as Debian's Installed-Size counts it."""
    total = 0
    for dirpath, dirnames, filenames in os.walk(tree):
        if Path(dirpath) == tree:
            dirnames[:] = [d for d in dirnames if d != "DEBIAN"]
        for name in filenames:
            total += (os.lstat(os.path.join(dirpath, name)).st_size + 1023) // 1024
    return total


def stage(bundle: Path, staging: Path, version: str, arch: str,
          resources: Path = RESOURCES, license_file: Path = ROOT / "LICENSE") -> Path:
    """Lay out the package's tree in ``staging`` (which must not exist); return it.

    Parameters
    ----------
    bundle : Path
        The PyInstaller folder (``dist/nnviz``) with the launcher ``nnviz`` in it.
    staging : Path
        Where the tree goes; ``dpkg-deb --build`` takes it as it is.
    version, arch : str
        The package's version (Python style, as in pyproject.toml) and Debian architecture.
    resources : Path
        The folder with ``nnviz.desktop``, ``icons/nnviz-<size>.png`` and ``mime/nnviz.xml``.
    license_file : Path
        Copied to ``/usr/share/doc/nnviz/copyright``.
    """
    bundle, staging = Path(bundle), Path(staging)
    launcher = bundle / "nnviz"
    if not launcher.is_file():
        raise FileNotFoundError(f"{launcher} is missing: build the bundle first "
                                f"(python packaging/build.py)")
    sizes = icon_sizes(resources)
    if not sizes:
        raise FileNotFoundError(f"no icons nnviz-<size>.png in {resources / 'icons'}")
    staging.mkdir(parents=True)
    shutil.copytree(bundle, staging / INSTALL_DIR.lstrip("/"), symlinks=True)
    usr = staging / "usr"
    _write(usr / "bin" / "nnviz", WRAPPER, 0o755)
    _copy(resources / "nnviz.desktop", usr / "share" / "applications" / "nnviz.desktop")
    for size in sizes:
        _copy(resources / "icons" / f"nnviz-{size}.png",
              usr / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "nnviz.png")
    _copy(resources / "mime" / "nnviz.xml", usr / "share" / "mime" / "packages" / "nnviz.xml")
    _copy(license_file, usr / "share" / "doc" / PACKAGE / "copyright")
    _normalize_modes(staging)
    debian = staging / "DEBIAN"
    _write(debian / "postinst", POSTINST, 0o755)
    _write(debian / "postrm", POSTRM, 0o755)
    _write(debian / "control", control_text(version, arch, installed_kib(staging)))
    debian.chmod(0o755)
    return staging


def deb_name(version: str, arch: str) -> str:
    """``nnviz_<version>_<arch>.deb``, Debian's file name for the package."""
    return f"{PACKAGE}_{debian_version(version)}_{arch}.deb"


def build_deb(bundle: Path, dist: Path, version: str | None = None,
              arch: str | None = None) -> Path:
    """Stage ``bundle`` and pack it with ``dpkg-deb`` into ``dist/nnviz_<version>_<arch>.deb``."""
    if shutil.which("dpkg-deb") is None:
        raise RuntimeError("dpkg-deb is not installed: build the .deb on Debian or Ubuntu "
                           "(apt install dpkg)")
    version = version or project_version()
    arch = arch or dpkg_architecture()
    out = Path(dist) / deb_name(version, arch)
    with tempfile.TemporaryDirectory(prefix="nnviz-deb-") as tmp:
        tree = stage(bundle, Path(tmp) / "root", version, arch)
        out.parent.mkdir(parents=True, exist_ok=True)
        # --root-owner-group: files belong to root in the package whoever builds it.
        subprocess.run(["dpkg-deb", "--build", "--root-owner-group", str(tree), str(out)],
                       check=True, stdout=subprocess.DEVNULL)
    return out
