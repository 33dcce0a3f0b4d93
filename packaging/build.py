"""Build the packaged nnviz app (a folder that runs without a Python installation).

    python packaging/build.py

Run it with the Python whose packages should go into the app (a venv with ``pip install
-e ".[build]"`` — nnviz's dependencies plus PyInstaller). The same command works on Linux,
Windows and macOS and builds for the platform it runs on:

- ``dist/nnviz/`` with the launcher ``nnviz`` (``nnviz.exe`` on Windows) and ``_internal/``;
- on macOS also ``dist/nnviz.app``.

It installs nothing: it checks that PyInstaller and nnviz's dependencies import, runs
PyInstaller on ``packaging/nnviz.spec``, then prints the bundle's size and fails if it is
larger than the budget (``--max-mb``, 250 by default).

On Debian or Ubuntu, ``--deb`` also packs the bundle into ``dist/nnviz_<version>_<arch>.deb``
(``packaging/deb.py``); ``--deb --no-bundle`` packs an existing ``dist/nnviz`` without rebuilding.

On Windows and macOS, ``--installer`` packs it into ``dist/nnviz-<version>-setup.exe`` (Inno Setup
6's ISCC.exe on ``packaging/windows/nnviz.iss``) or ``dist/nnviz-<version>.dmg``
(``packaging/macos/make_dmg.sh``); see ``packaging/installers.py``.
"""
from __future__ import annotations

import argparse
import importlib
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "nnviz.spec"
RUNTIME_DEPENDENCIES = ("numpy", "PySide6", "pyqtgraph", "threadpoolctl")


def check_imports() -> list[str]:
    """Messages for every missing build or runtime dependency (empty when all import)."""
    problems = []
    try:
        import PyInstaller
        version = getattr(PyInstaller, "__version__", "?")
        print(f"build: PyInstaller {version}, Python {sys.version.split()[0]} ({sys.executable})")
    except ImportError:
        problems.append(
            f"PyInstaller is not installed for this Python ({sys.executable}).\n"
            f"  Install the build extra:  {Path(sys.executable).name} -m pip install -e \".[build]\"\n"
            f"  (or just PyInstaller:     {Path(sys.executable).name} -m pip install pyinstaller)")
    missing = []
    for name in RUNTIME_DEPENDENCIES:
        try:
            importlib.import_module(name)
        except ImportError:
            missing.append(name)
    if missing:
        problems.append(
            f"nnviz's dependencies are missing for this Python: {', '.join(missing)} — the app "
            f"would be built without them.\n"
            f"  Install them:  {Path(sys.executable).name} -m pip install -e \".[build]\"")
    return problems


def folder_size(path: Path) -> tuple[int, int]:
    """(bytes, files) under ``path``; symbolic links are counted once, as links."""
    total = files = 0
    for dirpath, _dirnames, filenames in os.walk(path):
        for name in filenames:
            total += os.lstat(os.path.join(dirpath, name)).st_size
            files += 1
    return total, files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--max-mb", type=float, default=250.0,
                        help="fail if the unpacked bundle is larger (MB, default 250)")
    parser.add_argument("--dist", default=str(ROOT / "dist"),
                        help="where the bundle goes (default: dist/ at the top of the repository)")
    parser.add_argument("--verbose", action="store_true",
                        help="show PyInstaller's full log instead of its warnings only")
    parser.add_argument("--deb", action="store_true",
                        help="also pack the bundle into dist/nnviz_<version>_<arch>.deb (Debian/Ubuntu)")
    parser.add_argument("--no-bundle", action="store_true",
                        help="with --deb or --installer: pack the existing dist/nnviz instead of "
                             "rebuilding it")
    parser.add_argument("--installer", action="store_true",
                        help="also make this platform's installer: nnviz-<version>-setup.exe on "
                             "Windows (Inno Setup 6), nnviz-<version>.dmg on macOS")
    args = parser.parse_args(argv)
    if args.no_bundle and not (args.deb or args.installer):
        parser.error("--no-bundle only makes sense with --deb or --installer")
    if args.installer and not sys.platform.startswith(("win32", "darwin")):
        parser.error("--installer makes the Windows installer on Windows and the .dmg on macOS; "
                     "on Linux use --deb")

    dist = Path(args.dist).resolve()
    bundle = dist / "nnviz"
    if not (args.no_bundle and (bundle / launcher_name()).is_file()):
        if args.no_bundle:
            print(f"build: --no-bundle, but there is no bundle in {bundle}; building it first")
        rc = build_bundle(args)
        if rc != 0:
            return rc
    if args.deb and (rc := build_deb(bundle, dist)) != 0:
        return rc
    return build_installer(bundle, dist) if args.installer else 0


def launcher_name(platform: str = sys.platform) -> str:
    """The launcher's file name in the bundle."""
    return "nnviz.exe" if platform == "win32" else "nnviz"


def build_installer(bundle: Path, dist: Path) -> int:
    """Make the Windows or macOS installer from ``bundle`` (packaging/installers.py); 0 on success."""
    import deb
    import installers  # packaging/installers.py, next to this script

    started = time.monotonic()
    try:
        out = installers.build_installer(bundle, dist, deb.project_version())
    except installers.InstallerToolMissing as exc:
        print(f"build: cannot make the installer: {exc}", file=sys.stderr)
        return 2
    except (OSError, RuntimeError, ValueError, subprocess.CalledProcessError) as exc:
        print(f"build: the installer failed: {exc}", file=sys.stderr)
        return 1
    print(f"build: {out} — {out.stat().st_size / 1e6:.1f} MB, made in "
          f"{time.monotonic() - started:.0f} s")
    return 0


def build_deb(bundle: Path, dist: Path) -> int:
    """Pack ``bundle`` into a .deb in ``dist`` (packaging/deb.py); 0 on success."""
    import deb  # packaging/deb.py, next to this script

    started = time.monotonic()
    try:
        out = deb.build_deb(bundle, dist)
    except (OSError, RuntimeError, ValueError, subprocess.CalledProcessError) as exc:
        print(f"build: the .deb failed: {exc}", file=sys.stderr)
        return 1
    print(f"build: {out} — {out.stat().st_size / 1e6:.1f} MB, packed in "
          f"{time.monotonic() - started:.0f} s")
    print(f"build: install it with  sudo apt install {out}")
    return 0


def build_bundle(args: argparse.Namespace) -> int:
    """Run PyInstaller into ``args.dist`` and check the bundle's size; 0 on success."""
    problems = check_imports()
    if problems:
        for p in problems:
            print(f"build: {p}", file=sys.stderr)
        return 2

    dist = Path(args.dist).resolve()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
               "--distpath", str(dist), "--workpath", str(ROOT / "build" / "pyinstaller"),
               "--log-level", "INFO" if args.verbose else "WARN", str(SPEC)]
    print("build: " + " ".join(command), flush=True)
    started = time.monotonic()
    rc = subprocess.call(command, cwd=ROOT)
    elapsed = time.monotonic() - started
    if rc != 0:
        print(f"build: PyInstaller failed (exit {rc}) after {elapsed:.0f} s", file=sys.stderr)
        return rc

    bundle = dist / "nnviz"
    launcher = bundle / launcher_name()
    if not launcher.is_file():
        print(f"build: PyInstaller finished but {launcher} is missing", file=sys.stderr)
        return 1
    size, files = folder_size(bundle)
    mb = size / 1e6
    print(f"build: {bundle} — {files} files, {mb:.1f} MB unpacked, built in {elapsed:.0f} s")
    print(f"build: run it with {launcher}")
    if sys.platform == "darwin" and (dist / "nnviz.app").is_dir():
        print(f"build: macOS app bundle {dist / 'nnviz.app'}")
    if mb > args.max_mb:
        print(f"build: the bundle is {mb:.1f} MB, over the {args.max_mb:g} MB budget; look in "
              f"{bundle / '_internal'} for what grew (PySide6/Qt/lib is the usual suspect)",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
