"""A/B comparison in lockstep: how fast each run trains when two train side by side.

For each network, in one run:

* alone: run A (SGD) and run B (Adam) each alone in this process, one after the other; the
  slower one's epochs per second is the baseline (lockstep waits for the slower run),
* lockstep: two RemoteSessions (each in its own process, as the comparison window runs them),
  stepped by whole epochs together, run A from this thread and run B from a helper thread as
  ``CompareWorker`` does; epochs per second of each run, and the ratio to the baseline.

On 2 free cores the ratio should be near 1 (each run has a core); on one core near 0.5.

    python benchmarks/compare_lockstep.py [--seconds 5]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from nnviz.lab.compare import next_chunk, start_pair  # noqa: E402
from nnviz.lab.config import ExperimentConfig, LayerConfig  # noqa: E402
from nnviz.lab.remote_session import RemoteSession  # noqa: E402
from nnviz.lab.session import Session  # noqa: E402

CASES = (("circle [4,2]", (4, 2)), ("circle [8]x6", (8,) * 6))


def config(hidden) -> ExperimentConfig:
    return ExperimentConfig().with_network(hidden=tuple(LayerConfig(u) for u in hidden))


def alone(cfg, seconds: float) -> float:
    session = Session(cfg)
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        session.step_epochs(5)
    return session.epoch / (time.perf_counter() - start)


def make_pair(cfg):
    pair = start_pair(cfg)
    return pair.edited("B", pair.b.with_training(optimizer="adam"))


def lockstep(cfg, seconds: float) -> float:
    pair = make_pair(cfg)
    a, b = RemoteSession(pair.a), RemoteSession(pair.b)
    helper = ThreadPoolExecutor(1)
    try:
        chunk, start = 1, time.perf_counter()
        while time.perf_counter() - start < seconds:
            t = time.perf_counter()
            future = helper.submit(b.step_epochs, chunk)
            a.step_epochs(chunk)
            future.result()
            chunk = next_chunk(chunk, time.perf_counter() - t)
        assert a.epoch == b.epoch
        return a.epoch / (time.perf_counter() - start)
    finally:
        helper.shutdown()
        a.close()
        b.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    print(f"cores: {os.cpu_count()}  load: {os.getloadavg()[0]:.2f}", flush=True)
    results = {}
    for name, hidden in CASES:
        cfg = config(hidden)
        pair = make_pair(cfg)
        base = min(alone(pair.a, args.seconds / 2), alone(pair.b, args.seconds / 2))
        both = lockstep(cfg, args.seconds)
        results[name] = {"alone_epochs_s": round(base, 1), "lockstep_epochs_s": round(both, 1),
                         "ratio": round(both / base, 3)}
        print(f"{name}: slower run alone {base:.0f} epochs/s, each of two in lockstep {both:.0f} epochs/s "
              f"({both / base:.2f}x)", flush=True)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
