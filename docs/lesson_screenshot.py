"""Screenshot of a lesson: python docs/lesson_screenshot.py OUT.png LESSON_ID en|ko [present] [contrast] [customize] [play]

Run under Xvfb at 1920x1080 (see docs/LESSONS.md); SHOT_AFTER=seconds before the picture (default 4)."""
import sys


def main():
    out, lesson, lang = sys.argv[1:4]
    flags = set(sys.argv[4:])
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from nnviz.app.i18n.fonts import register_korean_font  # Hangul without a CJK font
    from nnviz.app.i18n.language import install_translator
    register_korean_font(app)
    switcher = install_translator(app, lang)  # noqa: F841 - kept alive while the app runs
    from nnviz.app.main_window import MainWindow
    w = MainWindow()
    w.resize(1920, 1080)
    w.show()
    w.lessons.open_lesson(lesson)
    if "present" in flags:
        w.classroom.set_presentation(True)
    if "contrast" in flags:
        w.classroom.contrast_action.setChecked(True)
    if "customize" in flags:
        w.classroom.set_customizing(True)
    if "play" in flags:
        QTimer.singleShot(300, lambda: w.set_playing(True))

    def shoot():
        screen = w.screen()
        screen.grabWindow(0).save(out) if "screen" in flags else w.grab().save(out)
        print("saved", out, w.size().width(), w.size().height(), w.lessons.done)
        w.close()
        app.quit()
    QTimer.singleShot(int(float(__import__("os").environ.get("SHOT_AFTER", "4")) * 1000), shoot)
    app.exec()


if __name__ == "__main__":
    main()
