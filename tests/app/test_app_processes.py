"""Whole-app process behaviour, in real subprocesses: Ctrl+C, and scripts without a main guard."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from window_helpers import REPO

TIMEOUT_S = 90


def offscreen_env() -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")])
    return env


UNGUARDED_SCRIPT = textwrap.dedent("""
    # A course script that opens the window with no `if __name__ == "__main__":` guard.
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from nnviz.app.main_window import MainWindow

    app = QApplication([])
    window = MainWindow()
    window.show()
    window.set_playing(True)

    def check():
        snap = window.controller.last_snapshot
        if snap is not None and snap.epoch >= 5:
            timer.stop()  # the timer could fire once more before the closed window quits
            print("trained", snap.epoch, "epochs; process", window.controller.worker.process_id)
            window.close()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(50)
    app.exec()
""")


def test_a_script_without_a_main_guard_trains_in_the_window_process(tmp_path):
    script = tmp_path / "course_script.py"
    script.write_text(UNGUARDED_SCRIPT)
    done = subprocess.run([sys.executable, str(script)], cwd=tmp_path, env=offscreen_env(),
                          capture_output=True, text=True, timeout=TIMEOUT_S)
    assert done.returncode == 0, done.stderr
    # One window trained, in its own process; the trainer it tried to start opened none.
    assert done.stdout.count("trained") == 1, done.stdout
    assert "process None" in done.stdout
    assert "Traceback" not in done.stderr and "bootstrapping" not in done.stderr
    # Said once, naming the cause.
    assert done.stderr.count("no 'if __name__ == \"__main__\":' guard") == 1, done.stderr


def children_of(pid: int) -> list[int]:
    """Child process ids of ``pid`` (all its threads), from /proc."""
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(p) for p in (task / "children").read_text().split()]
        except OSError:
            pass
    return found


def ignores_sigint(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    mask = int(next(line for line in status.splitlines() if line.startswith("SigIgn:"))
               .split()[1], 16)
    return bool(mask & (1 << (signal.SIGINT - 1)))


def is_spawned(pid: int) -> bool:
    """A process started by multiprocessing's spawn (not its resource tracker)."""
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return b"spawn_main" in command



def settled_children(pid: int) -> list[int]:
    """The spawned children of ``pid`` once there are some and every one ignores Ctrl+C."""
    spawned = [c for c in children_of(pid) if is_spawned(c)]
    return spawned if spawned and all(ignores_sigint(c) for c in spawned) else []


def poll(predicate, timeout_s: float = TIMEOUT_S, every_s: float = 0.05):
    """Wait for ``predicate()`` to return something true; return it (None on timeout)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(every_s)
    return None


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads /proc (Linux)")
def test_ctrl_c_in_the_terminal_closes_the_app_cleanly():
    # A new session: its own process group, as a shell gives a foreground job.
    app = subprocess.Popen([sys.executable, "-m", "nnviz", "--play"], cwd=REPO,
                           env=offscreen_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True, start_new_session=True)
    try:
        # Training runs once the trainer exists and every child (the trainer, and a maps
        # process where there is one) has set Ctrl+C aside.
        children = poll(lambda: settled_children(app.pid))
        assert children, "no training process started"
        os.killpg(app.pid, signal.SIGINT)  # what Ctrl+C in the terminal does
        out, err = app.communicate(timeout=TIMEOUT_S)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert app.returncode == 0, err
    assert "Traceback" not in err, err
    assert "interrupted" in err
    assert poll(lambda: not any(Path(f"/proc/{c}").exists() for c in children), timeout_s=10)
