"""The Korean translation is complete and compiled: no tr() string of the source is missing."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO / "packaging"))
import update_translations as ut  # noqa: E402


def test_every_source_string_has_a_korean_translation(tmp_path):
    # lupdate over today's sources into a copy: new strings arrive as "unfinished".
    ts = tmp_path / "nnviz_ko.ts"
    shutil.copy(ut.TS, ts)
    ut.run_lupdate(ts)
    missing = ut.unfinished(ts)
    assert missing == [], (
        f"{len(missing)} string(s) have no Korean translation; add them to "
        f"resources/i18n/ko_strings.py and run python packaging/update_translations.py: "
        + "; ".join(f"[{c}] {s!r}" for c, s in missing[:20]))


def test_the_committed_qm_holds_every_translation_of_the_ts():
    # Compared by content, not bytes: another Qt version's lrelease may lay the file out
    # differently. A .ts edited without running update_translations.py fails here.
    import xml.etree.ElementTree as ET

    from PySide6.QtCore import QTranslator
    qm = QTranslator()
    assert qm.load(str(ut.QM))
    stale = []
    for context in ET.parse(ut.TS).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source, wanted = message.findtext("source"), message.findtext("translation")
            if qm.translate(name, source) != wanted:
                stale.append((name, source))
    assert stale == [], ("resources/i18n/nnviz_ko.qm is stale: run python "
                         "packaging/update_translations.py; e.g. " + repr(stale[:5]))


def test_the_catalog_lists_every_registry_and_advice_text():
    from nnviz.app.i18n import catalog
    from nnviz.app.i18n.registry_texts import qt_free_texts
    listed = set(catalog.TEXTS)
    lost = [text for _, text in qt_free_texts() if text not in listed]
    assert lost == [], ("registry texts missing from nnviz/app/i18n/catalog.py (run "
                        "python packaging/update_translations.py): " + "; ".join(lost[:10]))
    assert ut.catalog_source() == ut.CATALOG.read_text(encoding="utf-8")


def test_a_new_registry_entry_is_reported_missing_from_the_catalog(monkeypatch):
    from nnviz.app.i18n import catalog
    from nnviz.app.i18n.registry_texts import qt_free_texts
    from nnviz.engine.activations import ACTIVATIONS
    ACTIVATIONS.register("wobble", object(), "Wobble", "Wobbles the weighted sum.")
    try:
        lost = [t for _, t in qt_free_texts() if t not in set(catalog.TEXTS)]
        assert lost == ["Wobble", "Wobbles the weighted sum."]
    finally:
        ACTIVATIONS._entries.pop("wobble")
        ACTIVATIONS._lookup.pop("wobble")


@pytest.mark.parametrize("text", ["{name}", "{layers}", "%1", "%2", "(&F)"])
def test_placeholders_survive_translation(text):
    import runpy
    strings = runpy.run_path(str(ut.STRINGS))["KO"]
    for source, korean in strings.items():
        english = source[1] if isinstance(source, tuple) else source
        token = text if text != "(&F)" else "&"
        assert english.count(token) <= korean.count(token) or token == "&" and (
            "&" in korean), (english, korean)
