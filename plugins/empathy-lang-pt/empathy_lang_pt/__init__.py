"""Portuguese (pt-PT and pt-BR) for empathy-core's boundary scorer, added purely through the
``register_languages`` hook of the ``empathy_core`` entry-point group.

    pip install -e plugins/empathy-lang-pt
    empathy list languages          # pt ... empathy-lang-pt
"""

from __future__ import annotations

from empathy_core.hookspecs import hookimpl

EMPATHY_CORE_API = "1"
__version__ = "0.1.0"


def portuguese_pack():  # type: ignore[no-untyped-def]
    """The pack (built on first use by the registry): patterns, exclusions, spaCy blank("pt")."""
    from empathy_boundary.pack import BoundaryPack

    from . import patterns

    return BoundaryPack(code="pt", name="Portuguese", version=patterns.VERSION, patterns=patterns.PATTERNS,
                        exclusions=patterns.EXCLUSIONS, spacy_lang="pt", source="empathy-lang-pt")


@hookimpl
def register_languages(register):  # type: ignore[no-untyped-def]
    register("pt", portuguese_pack, description="Portuguese boundary patterns (pt-PT/pt-BR) + spaCy tokenizer")
