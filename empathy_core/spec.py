"""Component specs: ``NAME`` or ``NAME:key=value,key=value``."""

from __future__ import annotations

import re

from .errors import ComponentError

_NAME = re.compile(r"^[A-Za-z][\w.\-]*$")


def parse_spec(spec: str) -> tuple[str, dict[str, str]]:
    """Split a spec into its name and options. Values may contain ``=`` and ``:`` (paths, URLs);
    a literal comma in a value is written ``\\,``."""
    spec = spec.strip()
    name, sep, rest = spec.partition(":")
    name = name.strip()
    if not _NAME.match(name):
        raise ComponentError(f"invalid component name {name!r} in spec {spec!r}")
    options: dict[str, str] = {}
    if sep and rest.strip():
        parts = re.split(r"(?<!\\),", rest)
        for i, part in enumerate(parts):
            part = part.replace("\\,", ",")
            if not part.strip():
                if i == len(parts) - 1:
                    continue  # a trailing comma is harmless
                where = "before the first option" if i == 0 else f"after {parts[i - 1].split('=')[0].strip()!r}"
                raise ComponentError(f"empty option in the spec of {name!r} ({where}): remove the extra comma "
                                     f"(write a literal comma in a value as \\,)")
            key, eq, value = part.partition("=")
            key = key.strip()
            if not eq or not key.isidentifier():
                raise ComponentError(f"invalid option {part!r} in spec {spec!r}: expected key=value")
            if key in options:
                raise ComponentError(f"option {key!r} given twice in spec {spec!r}")
            options[key] = value.strip()
    return name, options


SECRET_KEYS = re.compile(r"(^|_)(api_?key|key|token|secret|password|passwd|auth|authorization)$", re.I)


def redact_options(options: dict[str, object]) -> dict[str, object]:
    """Options with secret-looking values replaced by ``***`` (for storage and display)."""
    return {k: ("***" if SECRET_KEYS.search(k) else v) for k, v in options.items()}


def redact_spec(spec: str) -> str:
    """The spec with secret-looking option values replaced by ``***``."""
    try:
        name, options = parse_spec(spec)
    except ComponentError:
        return spec.split(":", 1)[0]
    if not options:
        return name
    red = redact_options(dict(options))
    return name + ":" + ",".join(f"{k}={str(v).replace(',', chr(92) + ',')}" for k, v in red.items())
