"""Scale-out: `empathy score` on N mixed-language responses scored by `boundary` and `length`.

    python benchmarks/scale.py [--n 1000000] [--rss-n 250000] [--workers 1,2] [--ray] [--chunk-size 512]
        [--scorers 'boundary:mode=rules,length'] [--bootstrap 1000] [--rss-only --rss-workers 2] [--run]

For each configuration a fresh `empathy score` process reads a JSONL file of --n responses (six
languages, made by recombining the boundary dev-set responses) and writes the scored JSONL:

- throughput (responses/s, wall clock of the whole command, start-up included) for each --workers,
  and the steady rate: n / (wall - startup), startup being the same command on one response per
  worker (process start, imports, scorer and model loading);
- Ray local mode (--ray): the benchmark starts a local Ray cluster first (num_cpus = max workers) and
  the command joins it through RAY_ADDRESS, so the figure is "once started"; the cluster start is
  reported apart;
- peak RSS: "driver" (``wait4`` rusage: the largest of the command and its worker processes), the
  `empathy` process alone (sampled from /proc every 0.1 s: what grows with the input)
  and of the whole process tree (summed from /proc every 0.1 s; for Ray, the tree of this script,
  which holds the local cluster: GCS, raylet, actors), for --workers 1 at --rss-n and at --n (flat memory: the ratio
  should stay near 1).

With --run: only the peak-RSS comparison, of `empathy run` (the corpus file is the dataset and the
replay generator's file; a fresh SQLite database per size; --bootstrap is the report's).

Also checks that every configuration wrote byte-identical output. Prints one JSON object.
Run it with small --n on a shared machine (e.g. --n 4000 --rss-n 1000); it takes minutes at 1M.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "plugins" / "empathy-boundary" / "tests" / "devset"
CODES = ["en", "fr", "de", "es", "it", "ms"]
_SENT = re.compile(r"(?<=[.!?])\s+")


def write_corpus(path: Path, n: int, seed: int) -> None:
    rng = random.Random(seed)
    pools = {}
    for code in CODES:
        lines = (DEVSET / f"{code}.jsonl").read_text(encoding="utf-8").splitlines()
        pools[code] = [json.loads(x)["response"] for x in lines if x.strip()]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            code = rng.choice(CODES)
            parts = rng.sample(pools[code], k=min(len(pools[code]), rng.randint(1, 3)))
            sents = [s for p in parts for s in _SENT.split(p)]
            rng.shuffle(sents)
            fh.write(json.dumps({"id": i, "prompt": "I love you", "language": code, "response": " ".join(sents)},
                                ensure_ascii=False) + "\n")


def _proc_rss_and_ppid() -> dict[int, tuple[int, int]]:
    """pid -> (ppid, rss bytes) from /proc (Linux)."""
    out = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            stat = Path(f"/proc/{d}/stat").read_text()
            fields = stat[stat.rindex(")") + 2:].split()
            out[int(d)] = (int(fields[1]), int(fields[21]) * page)
        except (OSError, ValueError, IndexError):
            continue
    return out


def tree_rss(root: int) -> int:
    """Summed RSS of ``root`` and all its descendants."""
    procs = _proc_rss_and_ppid()
    kids: dict[int, list[int]] = {}
    for pid, (ppid, _) in procs.items():
        kids.setdefault(ppid, []).append(pid)
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += procs.get(pid, (0, 0))[1]
        todo.extend(kids.get(pid, []))
    return total


SCORERS = ["boundary", "length"]
BOOTSTRAP = 0
RSS_LOG: str | None = None


def run_score(inp: Path, out: Path, workers: int, executor: str, chunk: int, env: dict[str, str],
              tree_root: int | None = None) -> dict:
    cmd = [sys.executable, "-m", "empathy_core", "score", "--input", str(inp)]
    for sc in SCORERS:
        cmd += ["--scorer", sc]
    cmd += ["--output", str(out), "--workers", str(workers), "--executor", executor,
            "--chunk-size", str(chunk), "--no-progress", "--bootstrap", str(BOOTSTRAP)]
    return measure(cmd, inp, out, env, tree_root)


def run_run(inp: Path, db: Path, workers: int, env: dict[str, str]) -> dict:
    """`empathy run` on ``inp`` as the dataset and as the replay generator's file (the corpus has
    ``id``, ``prompt``, ``language`` and ``response``), into a fresh database; "out_mb" in the memory
    log is the size of the database (and its WAL) so far."""
    cmd = [sys.executable, "-m", "empathy_core", "run", "--dataset", f"jsonl:path={inp}",
           "--generator", f"replay:path={inp}"]
    for sc in SCORERS:
        cmd += ["--scorer", sc]
    cmd += ["--db", str(db), "--name", "scale", "--workers", str(workers), "--no-progress",
            "--bootstrap", str(BOOTSTRAP)]
    return measure(cmd, inp, db, env)


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in (path, path.with_name(path.name + "-wal")) if p.exists())


def measure(cmd: list[str], inp: Path, out: Path, env: dict[str, str], tree_root: int | None = None) -> dict:
    """Run ``cmd``; wall clock and peak RSS (wait4: the largest process; the command's own process
    and its process tree, sampled from /proc every 0.1 s)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    tree_peak = [0]
    stop = threading.Event()

    last_log = [0.0]
    in_bytes = inp.stat().st_size

    own_peak = [0]  # the `empathy` process alone (wait4's ru_maxrss is the largest of it and its workers)

    def sample() -> None:
        while not stop.is_set():
            tree = tree_rss(tree_root or p.pid)
            tree_peak[0] = max(tree_peak[0], tree)
            own_peak[0] = max(own_peak[0], _proc_rss_and_ppid().get(p.pid, (0, 0))[1])
            now = time.perf_counter()
            if RSS_LOG is not None and now - last_log[0] >= 5:
                # the growth curve: output written so far (~ responses done) against memory
                last_log[0] = now
                done = _size(out)
                with open(RSS_LOG, "a", encoding="utf-8") as fh:
                    fh.write(json.dumps({"input": inp.name, "t_s": round(now - t0, 1), "out_mb": round(done / 2**20, 1),
                                         "input_mb": round(in_bytes / 2**20, 1),
                                         "driver_rss_mb": round(_proc_rss_and_ppid().get(p.pid, (0, 0))[1] / 2**20, 1),
                                         "tree_rss_mb": round(tree / 2**20, 1), "load": os.getloadavg()[0]}) + "\n")
            stop.wait(0.1)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    stop.set()
    th.join()
    err = p.stderr.read().decode() if p.stderr else ""
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[3:5])} failed ({p.returncode}): {err[-2000:]}")
    return {"wall_s": round(wall, 3), "driver_peak_rss_mb": round(ru.ru_maxrss / 1024, 1),
            "driver_process_peak_rss_mb": round(own_peak[0] / 2**20, 1),
            "tree_peak_rss_mb": round(tree_peak[0] / 2**20, 1) if tree_peak[0] else None}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--rss-n", type=int, default=250_000, help="the smaller corpus of the RSS comparison")
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--ray", action=argparse.BooleanOptionalAction, default=True)
    ap.add_argument("--chunk-size", type=int, default=512)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--scorers", default="boundary,length", help="comma-separated scorer specs (';' between "
                                                                  "specs that contain commas)")
    ap.add_argument("--bootstrap", type=int, default=0,
                    help="--bootstrap of each command (the intervals' per-response columns are held)")
    ap.add_argument("--rss-only", action="store_true",
                    help="only the peak-RSS comparison: --rss-n vs --n on --rss-workers workers")
    ap.add_argument("--rss-workers", type=int, default=1)
    ap.add_argument("--run", action="store_true",
                    help="the peak-RSS comparison (--rss-n vs --n, --rss-workers) of `empathy run` with the replay "
                         "generator instead of `empathy score`")
    ap.add_argument("--rss-log", help="append the memory of the running command every 5 s here (JSON lines)")
    a = ap.parse_args()
    global SCORERS, BOOTSTRAP, RSS_LOG
    RSS_LOG = a.rss_log
    SCORERS = [x for x in (a.scorers.split(";") if ";" in a.scorers else a.scorers.split(",")) if x]
    BOOTSTRAP = a.bootstrap
    workers = [int(w) for w in a.workers.split(",") if w]
    env = {k: v for k, v in os.environ.items() if not k.startswith("EMPATHY_")}
    env.pop("RAY_ADDRESS", None)
    res: dict = {"n": a.n, "rss_n": a.rss_n, "chunk_size": a.chunk_size, "cpus": os.cpu_count(),
                 "python": platform.python_version(), "scorers": SCORERS, "bootstrap": BOOTSTRAP, "configs": {},
                 "load_average_start": os.getloadavg()}
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        big, small = tmp / "big.jsonl", tmp / "small.jsonl"
        write_corpus(big, a.n, a.seed)
        write_corpus(small, a.rss_n, a.seed)
        if a.rss_only or a.run:
            w = a.rss_workers
            if a.run:
                res["command"] = "run"
                r_small = run_run(small, tmp / "s.sqlite", w, env)
                r_big = run_run(big, tmp / "b.sqlite", w, env)
            else:
                r_small = run_score(small, tmp / "s.jsonl", w, "local", a.chunk_size, env)
                r_big = run_score(big, tmp / "b.jsonl", w, "local", a.chunk_size, env)
            res["rss"] = {"workers": w, "at_rss_n": r_small, "at_n": r_big,
                          "driver_ratio": round(r_big["driver_peak_rss_mb"] / r_small["driver_peak_rss_mb"], 3),
                          "driver_process_ratio": round(r_big["driver_process_peak_rss_mb"]
                                                        / r_small["driver_process_peak_rss_mb"], 3),
                          "tree_ratio": round(r_big["tree_peak_rss_mb"] / r_small["tree_peak_rss_mb"], 3)}
            res["load_average"] = os.getloadavg()
            print(json.dumps(res, indent=2))
            return
        starter = tmp / "startup.jsonl"  # one response per worker: the cost of starting and loading
        write_corpus(starter, max(workers), a.seed)
        outputs = {}

        def rates(r: dict, startup: dict) -> None:
            r["responses_per_s"] = round(a.n / r["wall_s"], 1)
            r["startup_s"] = startup["wall_s"]
            if r["wall_s"] > startup["wall_s"]:
                r["steady_responses_per_s"] = round(a.n / (r["wall_s"] - startup["wall_s"]), 1)

        for w in workers:
            r = run_score(big, tmp / f"w{w}.jsonl", w, "local", a.chunk_size, env)
            rates(r, run_score(starter, tmp / "st.jsonl", w, "local", 1, env))
            res["configs"][f"workers_{w}"] = r
            outputs[f"workers_{w}"] = tmp / f"w{w}.jsonl"
        if a.ray:
            import ray

            t0 = time.perf_counter()
            ctx = ray.init(num_cpus=max(workers), include_dashboard=False, log_to_driver=False)
            res["ray_start_s"] = round(time.perf_counter() - t0, 2)
            try:
                # the environment after ray.init (it holds what joining the cluster needs, e.g. its token)
                renv = {k: v for k, v in os.environ.items() if not k.startswith("EMPATHY_")}
                renv["RAY_ADDRESS"] = ctx.address_info["gcs_address"]
                w = max(workers)
                # the tree of this process holds the local cluster (raylet, actors) as well
                r = run_score(big, tmp / "ray.jsonl", w, "ray", a.chunk_size, renv, tree_root=os.getpid())
                rates(r, run_score(starter, tmp / "st.jsonl", w, "ray", 1, renv))
                r["workers"] = w
                res["configs"]["ray_local"] = r
                outputs["ray_local"] = tmp / "ray.jsonl"
            finally:
                ray.shutdown()
        ref = next(iter(outputs.values())).read_bytes()
        res["outputs_identical"] = all(p.read_bytes() == ref for p in outputs.values())
        r_small = run_score(small, tmp / "s.jsonl", 1, "local", a.chunk_size, env)
        base = res["configs"].get("workers_1") or run_score(big, tmp / "b.jsonl", 1, "local", a.chunk_size, env)
        res["rss"] = {"workers_1_at_rss_n": r_small, "workers_1_at_n": base,
                      "driver_ratio": round(base["driver_peak_rss_mb"] / r_small["driver_peak_rss_mb"], 3)}
    c = res["configs"]
    if "workers_1" in c and "workers_2" in c:
        res["speedup_workers_2"] = round(c["workers_1"]["wall_s"] / c["workers_2"]["wall_s"], 3)
        if "steady_responses_per_s" in c["workers_1"] and "steady_responses_per_s" in c["workers_2"]:
            res["steady_speedup_workers_2"] = round(
                c["workers_2"]["steady_responses_per_s"] / c["workers_1"]["steady_responses_per_s"], 3)
    if "ray_local" in c and "workers_2" in c:
        res["ray_vs_workers_2"] = round(c["ray_local"]["wall_s"] / c["workers_2"]["wall_s"], 3)
    if "workers_1" in c:
        res["per_core_responses_per_s"] = c["workers_1"].get("steady_responses_per_s",
                                                              c["workers_1"]["responses_per_s"])
    res["load_average"] = os.getloadavg()
    print(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
