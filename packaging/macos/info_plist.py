"""The macOS app's ``Info.plist``: one definition for PyInstaller's ``nnviz.app`` and make_dmg.sh.

    python packaging/macos/info_plist.py --out dist/nnviz.app/Contents/Info.plist
    python packaging/macos/info_plist.py --print-version

It declares the ``.nnviz`` project type (``CFBundleDocumentTypes`` and an exported UTI with the
MIME type the Linux package registers), so double-clicking a project opens it in nnviz.
Pure Python (``plistlib``): it runs, and is tested, on any system.
"""
from __future__ import annotations

import argparse
import plistlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from deb import project_version  # noqa: E402 - packaging/deb.py reads pyproject.toml

BUNDLE_ID = "org.nnviz.nnviz"
EXECUTABLE = "nnviz"
ICON_FILE = "nnviz.icns"
EXTENSION = "nnviz"
MIME_TYPE = "application/x-nnviz"        # as resources/mime/nnviz.xml
DOCUMENT_UTI = "org.nnviz.project"


def info_plist(version: str) -> dict:
    """The Info.plist entries of ``nnviz.app`` at ``version``."""
    return {
        "CFBundleName": "nnviz",
        "CFBundleDisplayName": "nnviz",
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleExecutable": EXECUTABLE,
        "CFBundleIconFile": ICON_FILE,
        "CFBundlePackageType": "APPL",
        "CFBundleInfoDictionaryVersion": "6.0",
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "NSHighResolutionCapable": True,
        "LSApplicationCategoryType": "public.app-category.education",
        "NSHumanReadableCopyright": "MIT License, the nnviz developers",
        # Double-clicking a .nnviz project opens it in nnviz (the launcher gets its path).
        "CFBundleDocumentTypes": [{
            "CFBundleTypeName": "nnviz project",
            "CFBundleTypeRole": "Editor",
            "CFBundleTypeIconFile": ICON_FILE,
            "LSHandlerRank": "Owner",
            "CFBundleTypeExtensions": [EXTENSION],
            "LSItemContentTypes": [DOCUMENT_UTI],
        }],
        "UTExportedTypeDeclarations": [{
            "UTTypeIdentifier": DOCUMENT_UTI,
            "UTTypeDescription": "nnviz project",
            "UTTypeConformsTo": ["public.json"],
            "UTTypeTagSpecification": {"public.filename-extension": [EXTENSION],
                                       "public.mime-type": [MIME_TYPE]},
        }],
    }


def write_info_plist(path: Path, version: str) -> Path:
    """Write the XML Info.plist of ``version`` to ``path``; return it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as f:
        plistlib.dump(info_plist(version), f)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", help="where to write Info.plist")
    parser.add_argument("--version", help="the app's version (default: pyproject.toml's)")
    parser.add_argument("--print-version", action="store_true",
                        help="print pyproject.toml's version and exit")
    args = parser.parse_args(argv)
    version = args.version or project_version()
    if args.print_version:
        print(version)
        return 0
    if not args.out:
        parser.error("--out is required (or --print-version)")
    write_info_plist(Path(args.out), version)
    return 0


if __name__ == "__main__":
    sys.exit(main())
