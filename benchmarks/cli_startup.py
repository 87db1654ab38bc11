"""`empathy --help` start-up time vs `python -c "import pluggy, attr"`, and the cold start of
`empathy score` on a two-line file with `length` and with `boundary` vs `empathy --help`. Prints JSON.

Goals: `empathy --help` <= 2x the bare import; `empathy score` of two lines <= 3x `empathy --help`
with `length`, <= 6x with `boundary` (warm disk caches: each command runs once before timing).
All are fresh processes; the best of --repeat runs is kept (start-up noise only ever adds time).

    python benchmarks/cli_startup.py [--repeat 15]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time


def best(cmd: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=15)
    args = ap.parse_args()
    exe = shutil.which("empathy")
    help_cmd = [exe, "--help"] if exe else [sys.executable, "-m", "empathy_core", "--help"]
    base = best([sys.executable, "-c", "import pluggy, attr"], args.repeat)
    hlp = best(help_cmd, args.repeat)
    heavy = subprocess.run([sys.executable, "-c", "import sys; from empathy_core.cli import build_cli; build_cli(); "
                            "print(','.join(m for m in ('torch','transformers','spacy','sentence_transformers','httpx') "
                            "if m in sys.modules))"], capture_output=True, text=True).stdout.strip()
    import tempfile
    from pathlib import Path

    tmp = Path(tempfile.mkdtemp(prefix="empathy-startup-"))
    two = tmp / "two.jsonl"
    two.write_text('{"id": "1", "prompt": "Do you love me?", "response": "I love you too!", "language": "en"}\n'
                   '{"id": "2", "prompt": "Tu m\'aimes ?", "response": "Je suis une IA : je ne peux pas t\'aimer.",'
                   ' "language": "fr"}\n', encoding="utf-8")
    score = {}
    for spec in ("length", "boundary", "boundary:mode=rules"):
        cmd = help_cmd[:-1] + ["score", "--input", str(two), "--scorer", spec]
        best(cmd, 1)  # warm the disk caches (entry points, Hyperscan databases, regex analysis)
        score[spec] = round(best(cmd, max(3, args.repeat // 3)), 4)
    print(json.dumps({
        "benchmark": "cli_startup",
        "command": " ".join(help_cmd),
        "empathy_help_s": round(hlp, 4),
        "import_pluggy_attr_s": round(base, 4),
        "ratio": round(hlp / base, 3),
        "heavy_modules_loaded_by_cli": heavy.split(",") if heavy else [],
        "goal_ratio_max": 2.0,
        "goal_met": hlp / base <= 2.0,
        "score_two_lines_s": score,
        "score_vs_help": {k: round(v / hlp, 2) for k, v in score.items()},
        "score_goals": {"length": 3.0, "boundary": 6.0},
        "score_goals_met": {"length": score["length"] / hlp <= 3.0, "boundary": score["boundary"] / hlp <= 6.0},
    }, indent=2))


if __name__ == "__main__":
    main()
