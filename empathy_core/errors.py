"""Exceptions raised by the core. Messages never contain secrets."""

from __future__ import annotations


class EmpathyError(Exception):
    """Base class of every error empathy-core raises on purpose."""


class PluginError(EmpathyError):
    """A plugin could not be loaded, is incompatible, or collides with another."""


class PluginCollisionError(PluginError):
    """Two plugins registered the same component name (an error only with EMPATHY_STRICT_PLUGINS=1;
    otherwise the later registration is refused with a warning)."""


class ComponentError(EmpathyError):
    """A component spec is unknown or its options are invalid."""


class UsageError(EmpathyError):
    """An option of a command or API call has an invalid value (exit status 2)."""


class StoreError(EmpathyError):
    """The database is missing, unreadable, not SQLite, or from a newer empathy-core."""


class RunLockedError(EmpathyError):
    """Another live process holds the lease on this run (see ``--wait``)."""


class InputError(EmpathyError):
    """Malformed input: names the file, the line (1-based) and the field."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 field: str | None = None) -> None:
        self.path = path
        self.line = line
        self.field = field
        self.reason = message
        where = []
        if path is not None:
            where.append(str(path))
        if line is not None:
            where.append(f"line {line}")
        if field is not None:
            where.append(f"field '{field}'")
        prefix = ", ".join(where)
        super().__init__(f"{prefix}: {message}" if prefix else message)
