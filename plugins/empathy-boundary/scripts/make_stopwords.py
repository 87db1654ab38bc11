"""Write empathy_boundary/data/stopwords.json from spaCy's stop-word lists (run when spaCy changes).

The quick same-language check needs these lists; shipping them keeps spaCy (seconds to import)
out of the scorer's start-up. tests/test_boundary_langsel.py checks the file against spaCy.

    python plugins/empathy-boundary/scripts/make_stopwords.py
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import spacy
from empathy_boundary.langsel import QUICK_COMPETITORS
from empathy_boundary.packs import BUILTIN_CODES

OUT = Path(__file__).resolve().parents[1] / "empathy_boundary" / "data" / "stopwords.json"


def main() -> None:
    codes = sorted(set(QUICK_COMPETITORS) | set(BUILTIN_CODES) | {"pt", "ms"})
    lists = {}
    for code in codes:
        try:
            mod = importlib.import_module(f"spacy.lang.{code}.stop_words")
        except ImportError:
            continue
        lists[code] = sorted({w.lower() for w in mod.STOP_WORDS})
    OUT.write_text(json.dumps({"spacy": spacy.__version__, "lists": lists}, ensure_ascii=False, indent=0) + "\n",
                   encoding="utf-8")
    print(f"wrote {OUT} ({', '.join(f'{c}:{len(v)}' for c, v in lists.items())})")


if __name__ == "__main__":
    main()
