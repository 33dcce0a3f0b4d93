"""Frame rate, training speed and GUI latency of the real main window while it trains.

Runs the main window offscreen (circle data, batch 10, tanh, learning rate 0.03) with hidden
layers [4, 2] and then [8, 8, 8, 8, 8, 8], each for ``--seconds`` while playing, and measures

* fps: new snapshots drawn by the views per second,
* epochs_per_s: training epochs completed per wall-clock second while drawing,
* latency_p99_ms: how late a 10 ms GUI-thread timer fires, 99th percentile.

Prints one readable line per config and, last, one JSON line. Targets: >= 30 fps;
>= 600 epochs/s for [4, 2] and >= 200 for [8]x6; p99 latency <= 50 ms.

    python benchmarks/gui_fps.py [--seconds 10]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gui_bench_setup import PaintCounter, make_config  # noqa: E402

CONFIGS = (("circle [4,2]", (4, 2)), ("circle [8,8,8,8,8,8]", (8,) * 6))
TIMER_MS = 10


def wait(app, seconds: float) -> None:
    """Run the event loop for ``seconds`` (as the app's own loop would)."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def training_alone(units, seconds: float = 2.0) -> float:
    """Epochs per second of the bare Session in this thread, without Qt: the ceiling."""
    from nnviz.lab.session import Session
    session = Session(make_config(units))
    session.run_for(0.3)
    epoch, start = session.epoch, time.perf_counter()
    session.run_for(seconds)
    return (session.epoch - epoch) / (time.perf_counter() - start)


def measure(app, name: str, units, seconds: float) -> dict:
    from nnviz.app.main_window import MainWindow
    alone = training_alone(units)
    window = MainWindow(make_config(units))
    window.resize(1280, 800)
    window.show()
    counter = PaintCounter()
    watched = [window.graph_view.canvas, window.boundary_view.plot_item().scene().views()[0]
               .viewport()]
    for w in watched:
        w.installEventFilter(counter)
    while window.controller.last_snapshot is None:
        wait(app, 0.05)
    wait(app, 0.5)

    late_ms: list[float] = []
    last = [0.0]

    def tick():
        now = time.perf_counter()
        if last[0]:
            late_ms.append(max(0.0, (now - last[0]) * 1000.0 - TIMER_MS))
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TIMER_MS)
    timer.timeout.connect(tick)

    window.set_playing(True)
    wait(app, 0.5)  # warm-up: first chunks, first frames
    snap0, frames0, paints0 = window.controller.last_snapshot, window.frames_shown, counter.count
    stats0 = dict(window.controller.worker.stats)
    t0 = time.perf_counter()
    timer.start()
    wait(app, seconds)
    timer.stop()
    t1 = time.perf_counter()
    snap1, frames1, paints1 = window.controller.last_snapshot, window.frames_shown, counter.count
    stats1 = dict(window.controller.worker.stats)
    window.set_playing(False)
    window.close()
    app.processEvents()

    elapsed = t1 - t0
    result = {
        "name": name,
        "fps": round((frames1 - frames0) / elapsed, 1),
        "epochs_per_s": round((snap1.epoch - snap0.epoch) / elapsed, 1),
        "latency_p99_ms": round(float(np.percentile(late_ms, 99)) if late_ms else 0.0, 1),
    }
    print(f"{name:<22} fps {result['fps']:6.1f}   epochs/s {result['epochs_per_s']:7.1f}   "
          f"steps/s {(snap1.step - snap0.step) / elapsed:9.0f}   "
          f"timer late p50 {np.percentile(late_ms, 50):5.1f} ms  p99 "
          f"{result['latency_p99_ms']:5.1f} ms  max {max(late_ms):6.1f} ms   "
          f"paints/s {(paints1 - paints0) / elapsed:6.1f}   "
          f"(epoch {snap1.epoch}, test loss {snap1.last_test_loss:.3f})", flush=True)
    share = {k: (stats1[k] - stats0[k]) / elapsed for k in ("train_s", "snapshot_s", "wait_s")}
    print(f"{'':<22} training alone (no GUI, same process): {alone:.0f} epochs/s; with the "
          f"window {result['epochs_per_s'] / alone:.0%} of that", flush=True)
    n_snaps = max(1, stats1["snapshots"] - stats0["snapshots"])
    snap_ms = (stats1["snapshot_s"] - stats0["snapshot_s"]) * 1000 / n_snaps
    print(f"{'':<22} worker thread: training {share['train_s']:4.0%}, snapshots "
          f"{share['snapshot_s']:4.0%} ({snap_ms:.1f} ms each), "
          f"waiting for frames {share['wait_s']:4.0%}", flush=True)
    return result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0, help="per config (default 10)")
    parser.add_argument("--switch-interval-ms", type=float, help="tuning: GIL switch interval")
    parser.add_argument("--chunk-ms", type=float, help="tuning: training chunk length")
    parser.add_argument("--frame-ms", type=int, help="tuning: snapshot pull interval")
    parser.add_argument("--curves-ms", type=int, help="tuning: curve redraw interval")
    parser.add_argument("--frame-wait-ms", type=float, help="tuning: 0 lets training and "
                        "drawing fight for the GIL")
    parser.add_argument("--resolution", type=int, help="tuning: boundary grid side")
    args = parser.parse_args(argv)
    from nnviz.app import controller, main_window, worker
    if args.switch_interval_ms is not None:
        controller.GIL_SWITCH_INTERVAL = args.switch_interval_ms / 1000.0
    if args.chunk_ms is not None:
        worker.CHUNK_SECONDS = args.chunk_ms / 1000.0
    if args.frame_ms is not None:
        controller.FRAME_INTERVAL_MS = args.frame_ms
    if args.frame_wait_ms is not None:
        worker.FRAME_WAIT_SECONDS = args.frame_wait_ms / 1000.0
    if args.resolution is not None:
        worker.GRID_RESOLUTION = args.resolution
        controller.GRID_RESOLUTION = args.resolution
    if args.curves_ms is not None:
        main_window.CURVES_INTERVAL_S = args.curves_ms / 1000.0
    try:
        from threadpoolctl import threadpool_limits
        limit = threadpool_limits(1)  # noqa: F841 - as the app does
    except ImportError:
        pass
    app = QApplication.instance() or QApplication([])
    print(f"nnviz GUI benchmark: {args.seconds:g} s per config, Qt platform "
          f"{app.platformName()}, {os.cpu_count()} CPUs", flush=True)
    results = [measure(app, name, units, args.seconds) for name, units in CONFIGS]
    print(json.dumps({"configs": results}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
