"""GUI-thread cost of one frame of each view: ``show_snapshot`` plus the repaint it causes.

Trains a real :class:`~nnviz.lab.session.Session` (circle data, tanh, batch 10) for a while,
then takes ``--frames`` snapshots ``--epochs-per-frame`` epochs apart (5: about what 30 frames a
second see of [8]*6 training at full speed), so every frame has new weights, new maps and a
longer history, as while the teacher presses Play. Each view is its own window offscreen, at the
size it has in a 1280 x 800 main window (measured: graph 589 x 671, curves 418 x 242, boundary
418 x 425). One frame of a view is timed as

    view.show_snapshot(snap); flush(app)

i.e. the update plus the synchronous delivery of every event it posted — pyqtgraph's deferred
scene updates and the paint of whatever became dirty, exactly what the event loop does for the
real window (``flush`` runs ``processEvents`` a few times, since a scene change posts the
viewport's update only when it is delivered). The paint events are counted, so a frame that
paints nothing would show up (and so would children repainted for nothing). Views are measured interleaved frame by frame (graph, curves, boundary, graph, ...), and the
median over all frames is printed (wall clock, and the GUI thread's CPU time, which a busy
machine distorts less, with its mean: rare expensive frames count there), per view and in total, for hidden [8]*6, [4, 2] and [16]*8
with all seven input features; snapshots have the worker's grids (output 200, maps 50).

``--cold`` makes the graph redraw every link every frame, as when each frame moves some weight
across a line-width step (the graph otherwise reuses its drawn links): the worst case.

Targets for [8]*6: graph <= 6 ms, curves <= 5 ms, boundary <= 3 ms; at 60 frames a second
the whole frame has 16 ms, shared with the training process's pipe and Qt's own work.

    python benchmarks/view_paint.py [--frames 120] [--epochs 300] [--epochs-per-frame 5]
                                    [--cold] [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gui_bench_setup import ALL_FEATURES, PaintCounter, make_config  # noqa: E402

#: (width, height) of each view in a 1280 x 800 main window.
SIZES = {"graph": (589, 671), "curves": (418, 242), "boundary": (418, 425)}
CONFIGS = (("[8]*6", (8,) * 6, ("x1", "x2")), ("[4,2]", (4, 2), ("x1", "x2")),
           ("[16]*8 7f", (16,) * 8, ALL_FEATURES))


def make_snapshots(units, features, frames: int, epochs: int, per_frame: int = 1) -> list:
    """``frames`` snapshots ``per_frame`` epochs apart, after ``epochs`` epochs of training,
    with the grids the training worker asks for."""
    from nnviz.app.worker import GRID_RESOLUTION, MAP_RESOLUTION
    from nnviz.lab.session import Session
    session = Session(make_config(units, features))
    session.step_epochs(epochs)
    snaps = []
    for _ in range(frames):
        session.step_epochs(per_frame)
        snaps.append(session.snapshot(grids=True, resolution=GRID_RESOLUTION,
                                      map_resolution=MAP_RESOLUTION))
    return snaps


def make_views() -> dict:
    from nnviz.app.views.boundary_view import BoundaryView
    from nnviz.app.views.curves_view import CurvesView
    from nnviz.app.views.network_graph import NetworkGraphView
    views = {"graph": NetworkGraphView(), "curves": CurvesView(), "boundary": BoundaryView()}
    for name, view in views.items():
        view.resize(*SIZES[name])
        view.show()
    return views


def flush(app, rounds: int = 3) -> None:
    """Deliver posted events, and the events those post, so nothing spills into the next view."""
    for _ in range(rounds):
        app.processEvents()


def settle(app, seconds: float = 0.3) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()


def forget_drawn_links(view) -> None:
    """Make the graph stroke every link again on its next paint (``--cold``)."""
    canvas = getattr(view, "canvas", None)
    if canvas is not None and hasattr(canvas, "_links"):
        canvas._links.image = None


def measure(app, units, features, frames: int, epochs: int, counter: PaintCounter,
            per_frame: int = 1, cold: bool = False) -> dict:
    snaps = make_snapshots(units, features, frames + 10, epochs, per_frame)
    views = make_views()
    settle(app)
    for snap in snaps[:10]:  # warm up: first layout, caches, pyqtgraph's lazy set-up
        for view in views.values():
            view.show_snapshot(snap)
            flush(app)
    settle(app)
    times = {name: [] for name in views}
    cpu = {name: [] for name in views}  # this thread's CPU time: what other load barely moves
    paints = {name: 0 for name in views}
    for snap in snaps[10:]:
        for name, view in views.items():
            if cold:
                forget_drawn_links(view)
            before = counter.count
            t0, c0 = time.perf_counter(), time.thread_time()
            view.show_snapshot(snap)
            flush(app)
            times[name].append((time.perf_counter() - t0) * 1000.0)
            cpu[name].append((time.thread_time() - c0) * 1000.0)
            paints[name] += counter.count - before
    for view in views.values():
        view.close()
        view.deleteLater()
    app.processEvents()
    med = {name: statistics.median(t) for name, t in times.items()}
    p90 = {name: sorted(t)[int(0.9 * (len(t) - 1))] for name, t in times.items()}
    med_cpu = {name: statistics.median(t) for name, t in cpu.items()}
    mean_cpu = {name: statistics.fmean(t) for name, t in cpu.items()}
    return {"median_ms": med, "p90_ms": p90, "total_ms": sum(med.values()),
            "cpu_median_ms": med_cpu, "cpu_total_ms": sum(med_cpu.values()),
            "cpu_mean_ms": mean_cpu, "cpu_mean_total_ms": sum(mean_cpu.values()),
            "paints_per_frame": {n: paints[n] / frames for n in paints}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--frames", type=int, default=120)
    parser.add_argument("--epochs", type=int, default=300,
                        help="epochs trained before the first snapshot (history length)")
    parser.add_argument("--epochs-per-frame", type=int, default=5,
                        help="epochs trained between two snapshots")
    parser.add_argument("--cold", action="store_true",
                        help="the graph redraws every link every frame (worst case)")
    parser.add_argument("--json", action="store_true", help="also print one JSON line")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    counter = PaintCounter()
    app.installEventFilter(counter)
    results = {}
    print(f"load average (1/5/15 min): {' / '.join(f'{v:.1f}' for v in os.getloadavg())}")
    for label, units, features in CONFIGS:
        r = measure(app, units, features, args.frames, args.epochs, counter,
                    args.epochs_per_frame, args.cold)
        results[label] = r
        parts = "  ".join(f"{n} {r['median_ms'][n]:5.2f} ms (cpu {r['cpu_median_ms'][n]:5.2f}, "
                          f"mean {r['cpu_mean_ms'][n]:5.2f}, "
                          f"p90 {r['p90_ms'][n]:5.2f}, {r['paints_per_frame'][n]:.1f} paints)"
                          for n in r["median_ms"])
        print(f"{label:9s}  {parts}  total {r['total_ms']:5.2f} ms (cpu "
              f"{r['cpu_total_ms']:5.2f}, mean {r['cpu_mean_total_ms']:5.2f})", flush=True)
    if args.json:
        print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
