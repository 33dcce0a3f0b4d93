"""The Windows installer script and the macOS disk image agree with pyproject.toml, the bundle
and the Linux package (pure Python: neither ISCC.exe nor hdiutil exists here; make_dmg.sh runs
against a stand-in hdiutil)."""
from __future__ import annotations

import importlib.util
import os
import plistlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import nnviz

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ISS = PACKAGING / "windows" / "nnviz.iss"
MAKE_DMG = PACKAGING / "macos" / "make_dmg.sh"
# Windows recognises an installed nnviz by this id: changing it installs a second copy.
APP_ID = "{{C2159DDF-3EC3-4DA9-94E0-E02A2DBB3F4B}"


def load(name: str, path: Path):
    sys.path.insert(0, str(PACKAGING))
    try:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(PACKAGING))
    return module


deb = load("deb", PACKAGING / "deb.py")
installers = load("installers", PACKAGING / "installers.py")
build = load("build", PACKAGING / "build.py")
plist_module = load("info_plist", PACKAGING / "macos" / "info_plist.py")
VERSION = deb.project_version()


def mime_info() -> tuple[str, str]:
    """(MIME type, extension) that resources/mime/nnviz.xml registers on Linux."""
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(ROOT / "resources" / "mime" / "nnviz.xml").getroot().find("m:mime-type", ns)
    return mime.get("type"), mime.find("m:glob", ns).get("pattern").removeprefix("*.")


def iss_text() -> str:
    return ISS.read_text(encoding="utf-8")


def iss_defines() -> dict[str, str]:
    """``#define Name "value"`` lines, the defaults the command line may override."""
    return dict(re.findall(r'^\s*#define\s+(\w+)\s+"([^"]*)"', iss_text(), re.M))


def iss_section(name: str) -> list[str]:
    """The lines of ``[name]`` without comments and blank lines, ``{#Define}`` expanded."""
    match = re.search(rf"^\[{name}\]\s*$(.*?)(?=^\[|\Z)", iss_text(), re.M | re.S | re.I)
    assert match, f"no [{name}] section in {ISS.name}"
    defines = iss_defines()
    lines = []
    for line in match.group(1).splitlines():
        line = line.strip()
        if line and not line.startswith((";", "#")):
            lines.append(re.sub(r"\{#(\w+)\}", lambda m: defines.get(m.group(1), m.group(0)), line))
    return lines


def iss_entries(section: str) -> list[dict[str, str]]:
    """``Key: value; Key: "value"`` entries of a section (values unquoted, "" kept as ")."""
    entries = []
    for line in iss_section(section):
        entry = {}
        for key, value in re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line):
            value = value.strip()
            if value.startswith('"'):
                value = value[1:-1].replace('""', '"')
            entry[key] = value
        entries.append(entry)
    return entries


def iss_setup() -> dict[str, str]:
    return dict(line.split("=", 1) for line in iss_section("Setup"))


def from_iss(path: str) -> Path:
    """A path written in the .iss (relative to its folder, backslashes) as a Path."""
    return (ISS.parent / path.replace("\\", "/")).resolve()


# --- Windows ---------------------------------------------------------------------------------

def test_iss_has_a_fixed_app_id_and_takes_its_version_from_the_command_line():
    setup = iss_setup()
    assert setup["AppId"] == APP_ID
    assert setup["AppVersion"] == "{#AppVersion}"
    assert setup["OutputBaseFilename"] == "nnviz-{#AppVersion}-setup"
    # No version written into the script: without /DAppVersion the compiler stops with a message.
    assert re.search(r"#ifndef AppVersion\s*\n\s*#error .*build\.py --installer", iss_text())
    assert not re.search(r"\b\d+\.\d+\.\d+\b", "\n".join(
        v for k, v in setup.items() if k.startswith(("AppVer", "Version"))))


def test_iscc_command_passes_the_project_version_and_every_define_the_script_reads(tmp_path):
    command = installers.iscc_command(Path("ISCC.exe"), VERSION, tmp_path / "b", tmp_path / "d")
    passed = dict(arg[2:].split("=", 1) for arg in command if arg.startswith("/D"))
    assert passed["AppVersion"] == VERSION == nnviz.__version__
    assert passed["BundleDir"] == str((tmp_path / "b").resolve())
    assert set(passed) <= set(re.findall(r"#ifndef (\w+)", iss_text()))
    assert command[-1] == str(ISS)
    assert installers.installer_path("win32", VERSION, tmp_path).name == f"nnviz-{VERSION}-setup.exe"


def test_every_file_the_iss_packs_is_in_the_tree_or_is_the_bundle_build_py_makes():
    bundle = from_iss(iss_defines()["BundleDir"])
    assert bundle == ROOT / "dist" / "nnviz"        # build.py's default --dist, folder nnviz
    sources = [e["Source"] for e in iss_entries("Files")]
    assert any(s.endswith("\\*") and from_iss(s[:-2]) == bundle for s in sources)
    for source in sources:
        path = from_iss(source.removesuffix("\\*"))
        if path != bundle:
            assert path.is_file(), f"{source} in [Files] does not exist"
    setup = iss_setup()
    for key in ("LicenseFile", "SetupIconFile"):
        assert from_iss(setup[key]).is_file(), f"{key}={setup[key]} does not exist"
    assert from_iss(setup["OutputDir"]) == ROOT / "dist"


def test_shortcuts_and_uninstaller_start_the_bundle_launcher():
    exe = build.launcher_name("win32")
    icons = iss_entries("Icons")
    assert {e["Filename"] for e in icons} == {"{app}\\" + exe}
    assert any(e["Name"].startswith("{autoprograms}") and "Tasks" not in e for e in icons)
    desktop = [e for e in icons if e["Name"].startswith("{autodesktop}")]
    assert desktop and desktop[0]["Tasks"] == "desktopicon"
    task = iss_entries("Tasks")[0]
    assert task["Name"] == "desktopicon" and "unchecked" in task["Flags"]
    assert iss_setup()["UninstallDisplayIcon"] == "{app}\\" + exe


def test_nnviz_files_open_in_nnviz_with_the_linux_mime_type():
    mime_type, extension = mime_info()
    registry = {(e["Subkey"], e["ValueName"]): e for e in iss_entries("Registry")}
    prog_id = registry[(f"Software\\Classes\\.{extension}", "")]["ValueData"]
    assert registry[(f"Software\\Classes\\.{extension}", "Content Type")]["ValueData"] == mime_type
    command = registry[(f"Software\\Classes\\{prog_id}\\shell\\open\\command", "")]["ValueData"]
    assert command == f'"{{app}}\\{build.launcher_name("win32")}" "%1"'
    assert "uninsdeletekey" in registry[(f"Software\\Classes\\{prog_id}", "")]["Flags"]
    assert iss_setup()["ChangesAssociations"] == "yes"
    assert extension == plist_module.EXTENSION and mime_type == plist_module.MIME_TYPE


def test_find_iscc_explains_where_to_get_inno_setup(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    env = {"ProgramFiles(x86)": str(tmp_path / "pf86"), "LOCALAPPDATA": str(tmp_path / "local")}
    with pytest.raises(installers.InstallerToolMissing, match="jrsoftware.org"):
        installers.find_iscc(env)
    iscc = tmp_path / "local" / "Programs" / "Inno Setup 6" / "ISCC.exe"
    iscc.parent.mkdir(parents=True)
    iscc.write_bytes(b"MZ")
    assert installers.find_iscc(env) == iscc


def test_installer_on_linux_points_to_the_deb(tmp_path, capsys):
    with pytest.raises(installers.InstallerToolMissing, match="--deb"):
        installers.build_installer(tmp_path, tmp_path, VERSION, platform="linux")
    if sys.platform.startswith("linux"):
        with pytest.raises(SystemExit) as stop:
            build.main(["--installer", "--dist", str(tmp_path)])
        assert stop.value.code == 2 and "--deb" in capsys.readouterr().err


# --- macOS -----------------------------------------------------------------------------------

def read_plist(path: Path) -> dict:
    with open(path, "rb") as f:
        return plistlib.load(f)


def test_info_plist_declares_the_nnviz_document_type_at_the_project_version(tmp_path):
    out = tmp_path / "Info.plist"
    subprocess.run([sys.executable, str(PACKAGING / "macos" / "info_plist.py"), "--out", str(out)],
                   check=True)
    plist = read_plist(out)
    mime_type, extension = mime_info()
    assert plist["CFBundleShortVersionString"] == VERSION == plist["CFBundleVersion"]
    assert plist["CFBundleExecutable"] == build.launcher_name("darwin")
    assert plist["CFBundleIdentifier"] == "org.nnviz.nnviz"
    (doc,) = plist["CFBundleDocumentTypes"]
    assert doc["CFBundleTypeExtensions"] == [extension]
    (uti,) = plist["UTExportedTypeDeclarations"]
    assert uti["UTTypeIdentifier"] in doc["LSItemContentTypes"]
    assert uti["UTTypeTagSpecification"]["public.mime-type"] == [mime_type]
    assert (ROOT / "resources" / "icons" / plist["CFBundleIconFile"]).is_file()


def test_pyinstaller_app_uses_the_same_info_plist():
    spec = (PACKAGING / "nnviz.spec").read_text(encoding="utf-8")
    assert "info_plist=info_plist(VERSION)" in spec and "CFBundleDocumentTypes" not in spec


def test_make_dmg_is_valid_bash():
    subprocess.run(["bash", "-n", str(MAKE_DMG)], check=True)


FAKE_HDIUTIL = """#!/bin/sh
# Stand-in for macOS's hdiutil: record the arguments and the source folder, write the "image".
printf '%s\\n' "$@" > "$LOG/args"
while [ $# -gt 0 ]; do
  case "$1" in -srcfolder) src=$2; shift;; esac
  last=$1; shift
done
(cd "$src" && find . | sort) > "$LOG/listing"
cp -R "$src" "$LOG/image"
echo image > "$last"
"""


@pytest.fixture
def fake_mac(tmp_path):
    """A PATH with a stand-in hdiutil, and dist/nnviz shaped like PyInstaller's one folder."""
    bin_dir, log = tmp_path / "bin", tmp_path / "log"
    bin_dir.mkdir()
    log.mkdir()
    (bin_dir / "hdiutil").write_text(FAKE_HDIUTIL)
    (bin_dir / "hdiutil").chmod(0o755)
    bundle = tmp_path / "dist" / "nnviz"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "nnviz").write_bytes(b"\xcf\xfa\xed\xfe")
    (bundle / "nnviz").chmod(0o755)
    (bundle / "_internal" / "libQt6Core.dylib").write_bytes(b"q")
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}", "LOG": str(log),
           "DIST": str(tmp_path / "dist"), "PYTHON": sys.executable}
    return env, tmp_path


def test_make_dmg_lays_out_the_app_and_links_applications(fake_mac):
    env, tmp = fake_mac
    subprocess.run(["bash", str(MAKE_DMG)], env=env, check=True, capture_output=True)
    args = (tmp / "log" / "args").read_text().splitlines()
    assert args[:3] == ["create", "-volname", "nnviz"]
    assert args[args.index("-format") + 1] == "UDZO" and "-ov" in args
    assert args[-1] == str(tmp / "dist" / f"nnviz-{VERSION}.dmg")
    assert (tmp / "dist" / f"nnviz-{VERSION}.dmg").is_file()
    image = tmp / "log" / "image"
    assert os.readlink(image / "Applications") == "/Applications"
    contents = image / "nnviz.app" / "Contents"
    assert os.access(contents / "MacOS" / "nnviz", os.X_OK)
    assert (contents / "MacOS" / "_internal" / "libQt6Core.dylib").is_file()
    assert (contents / "Resources" / "nnviz.icns").read_bytes() == \
        (ROOT / "resources" / "icons" / "nnviz.icns").read_bytes()
    plist = read_plist(contents / "Info.plist")
    assert plist["CFBundleShortVersionString"] == VERSION
    assert plist["CFBundleDocumentTypes"][0]["CFBundleTypeExtensions"] == ["nnviz"]


def test_make_dmg_packs_pyinstallers_app_as_it_is(fake_mac):
    env, tmp = fake_mac
    app = tmp / "dist" / "nnviz.app" / "Contents"
    (app / "MacOS").mkdir(parents=True)
    (app / "MacOS" / "nnviz").write_bytes(b"pyinstaller")
    subprocess.run(["bash", str(MAKE_DMG)], env={**env, "VERSION": "9.9"}, check=True,
                   capture_output=True)
    listing = (tmp / "log" / "listing").read_text().splitlines()
    assert listing == [".", "./Applications", "./nnviz.app", "./nnviz.app/Contents",
                       "./nnviz.app/Contents/MacOS", "./nnviz.app/Contents/MacOS/nnviz"]
    assert (tmp / "dist" / "nnviz-9.9.dmg").is_file()


@pytest.mark.parametrize("what, message", [("no hdiutil", "only be made on macOS"),
                                           ("no bundle", "build the app first")])
def test_make_dmg_says_what_is_missing(fake_mac, what, message):
    env, tmp = fake_mac
    if what == "no hdiutil":
        (tmp / "bin" / "hdiutil").unlink()
        env["PATH"] = f"{tmp / 'bin'}:/usr/bin:/bin"
    else:
        (tmp / "dist" / "nnviz" / "nnviz").unlink()
    run = subprocess.run(["bash", str(MAKE_DMG)], env=env, capture_output=True, text=True)
    assert run.returncode != 0 and message in run.stderr
    assert not list((tmp / "dist").glob("*.dmg"))
