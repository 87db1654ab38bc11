"""List mutmut's surviving mutants, setting aside those that only change the letter case of an SQL
statement or of an ``sqlite3.Row`` column name (both case-insensitive in SQLite: equivalent mutants).

Run from the folder that holds ``mutants/`` (the repository root or a plugin folder), after
``mutmut run``: ``python <repo>/.ci/mutation_survivors.py [GLOB ...]``. Prints one line per
remaining survivor with its diff, then the counts per module as JSON.
"""

from __future__ import annotations

import fnmatch
import json
import re
import subprocess
import sys

SQL = re.compile(r"\b(select|insert|update|delete|begin|commit|rollback|from|where|into|values|order by|limit|"
                 r"like|and|desc|conflict|set)\b", re.IGNORECASE)
ROW_KEY = re.compile(r"""\b(r|row)\[["'][a-z_]+["']\]""", re.IGNORECASE)


def survivors(globs: list[str]) -> list[str]:
    out = subprocess.run(["mutmut", "results"], capture_output=True, text=True, check=True).stdout
    names = [line.split(":")[0].strip() for line in out.splitlines() if line.strip().endswith(": survived")]
    return [n for n in names if not globs or any(fnmatch.fnmatch(n, g) for g in globs)]


def diff(name: str) -> tuple[list[str], list[str]]:
    text = subprocess.run(["mutmut", "show", name], capture_output=True, text=True).stdout
    minus = [line[1:] for line in text.splitlines() if line.startswith("-") and not line.startswith("---")]
    plus = [line[1:] for line in text.splitlines() if line.startswith("+") and not line.startswith("+++")]
    return minus, plus


def case_only_sql(minus: list[str], plus: list[str]) -> bool:
    if len(minus) != 1 or len(plus) != 1 or minus[0] == plus[0] or minus[0].lower() != plus[0].lower():
        return False
    # what changed case: the string literals that differ
    lits_a = re.findall(r'"[^"]*"', minus[0])
    lits_b = re.findall(r'"[^"]*"', plus[0])
    changed = [a for a, b in zip(lits_a, lits_b) if a != b]
    if len(changed) != 1:
        return False
    lit = changed[0]
    if (SQL.search(lit) or re.search(r"\w=\w", lit)) and "'" not in lit:  # SQL text, no quoted SQL value
        return True
    return bool(ROW_KEY.search(minus[0])) and bool(re.fullmatch(r'"[a-z_]+"', lit))


def main() -> None:
    counts: dict[str, dict[str, int]] = {}
    for name in survivors(sys.argv[1:]):
        module = name.split(".x")[0]
        c = counts.setdefault(module, {"survived": 0, "case_only_sql": 0})
        c["survived"] += 1
        minus, plus = diff(name)
        if case_only_sql(minus, plus):
            c["case_only_sql"] += 1
            continue
        print(f"{name}\n  - {' | '.join(s.strip() for s in minus)}\n  + {' | '.join(s.strip() for s in plus)}")
    print(json.dumps(counts, indent=1))


if __name__ == "__main__":
    main()
