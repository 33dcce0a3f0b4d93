"""Installers for Windows and macOS, made from the bundle ``dist/nnviz/`` on their own system.

    python packaging/build.py --installer               (builds the bundle, then the installer)
    python packaging/build.py --installer --no-bundle   (packs the existing bundle)

- Windows: Inno Setup 6's compiler ``ISCC.exe`` runs ``packaging/windows/nnviz.iss`` and writes
  ``dist/nnviz-<version>-setup.exe``;
- macOS: ``packaging/macos/make_dmg.sh`` writes ``dist/nnviz-<version>.dmg`` with ``hdiutil``;
- Linux: the installer is the .deb (``--deb``).

Neither installer can be made or tried on Linux; the commands are built here in pure Python so
that the tests can check them.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ISS = ROOT / "packaging" / "windows" / "nnviz.iss"
MAKE_DMG = ROOT / "packaging" / "macos" / "make_dmg.sh"
INNO_SETUP_URL = "https://jrsoftware.org/isdl.php"


class InstallerToolMissing(RuntimeError):
    """The tool that makes this platform's installer is not installed."""


def iscc_candidates(env: dict[str, str] | None = None) -> list[Path]:
    """Where Inno Setup 6 puts ``ISCC.exe``: for all users, and for the current user only."""
    env = os.environ if env is None else env
    folders = [env.get("ProgramFiles(x86)"), env.get("ProgramFiles")]
    places = [Path(f) / "Inno Setup 6" / "ISCC.exe" for f in folders if f]
    if env.get("LOCALAPPDATA"):
        places.append(Path(env["LOCALAPPDATA"]) / "Programs" / "Inno Setup 6" / "ISCC.exe")
    return places


def find_iscc(env: dict[str, str] | None = None) -> Path:
    """``ISCC.exe`` from ``$ISCC``, the PATH or Inno Setup's usual folders; else explain."""
    env = os.environ if env is None else env
    if env.get("ISCC"):
        return Path(env["ISCC"])
    on_path = shutil.which("iscc") or shutil.which("ISCC.exe")
    if on_path:
        return Path(on_path)
    for place in iscc_candidates(env):
        if place.is_file():
            return place
    raise InstallerToolMissing(
        "Inno Setup 6 is not installed (no ISCC.exe on the PATH or in "
        + ", ".join(str(p.parent) for p in iscc_candidates(env)) + ").\n"
        f"  Install it from {INNO_SETUP_URL} (or: winget install JRSoftware.InnoSetup),\n"
        "  or point the ISCC environment variable at ISCC.exe.")


def iscc_command(iscc: Path, version: str, bundle: Path, dist: Path) -> list[str]:
    """The ISCC command that packs ``bundle`` into ``dist/nnviz-<version>-setup.exe``."""
    return [str(iscc), f"/DAppVersion={version}", f"/DBundleDir={Path(bundle).resolve()}",
            f"/DOutputDir={Path(dist).resolve()}", str(ISS)]


def dmg_command(version: str, dist: Path) -> tuple[list[str], dict[str, str]]:
    """The command and extra environment that make ``dist/nnviz-<version>.dmg``."""
    return (["bash", str(MAKE_DMG)],
            {"DIST": str(Path(dist).resolve()), "VERSION": version, "PYTHON": sys.executable})


def installer_path(platform: str, version: str, dist: Path) -> Path:
    """Where the installer of ``platform`` (``sys.platform``) lands."""
    name = f"nnviz-{version}-setup.exe" if platform == "win32" else f"nnviz-{version}.dmg"
    return Path(dist) / name


def build_installer(bundle: Path, dist: Path, version: str,
                    platform: str = sys.platform) -> Path:
    """Make this platform's installer from ``bundle`` into ``dist``; return its path.

    Raises
    ------
    InstallerToolMissing
        On Linux (use the .deb), or when ISCC.exe / hdiutil is not installed.
    subprocess.CalledProcessError
        When the tool fails (its own output says why).
    """
    if platform == "win32":
        command, env = iscc_command(find_iscc(), version, bundle, dist), None
    elif platform == "darwin":
        if shutil.which("hdiutil") is None:
            raise InstallerToolMissing("hdiutil is missing; it comes with macOS itself")
        command, extra = dmg_command(version, dist)
        env = {**os.environ, **extra}
    else:
        raise InstallerToolMissing(
            "--installer makes the Windows installer on Windows (Inno Setup) and the .dmg on "
            "macOS; on Linux build the .deb instead: python packaging/build.py --deb")
    print("build: " + " ".join(command), flush=True)
    subprocess.run(command, check=True, env=env)
    out = installer_path(platform, version, dist)
    if not out.is_file():
        raise RuntimeError(f"the installer tool finished but {out} is missing")
    return out
