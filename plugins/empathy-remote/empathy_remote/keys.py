"""API keys: from the environment or a keys file (``keys.json``, mode 0600, like ``llm keys``).

The keys file lives at ``$EMPATHY_KEYS_FILE`` or ``<user config dir>/empathy-core/keys.json``
(``~/.config/empathy-core/keys.json`` on Linux). It is a JSON object ``{"openai": "sk-..."}``.
A file that other users can read or write (mode not 0600) is refused with a warning: the keys
in it are treated as leaked, and the fix is ``chmod 600 PATH``.

Every key this module hands out is registered with :func:`empathy_core.secrets.register_secret`,
so the core's scrubbing removes it from any stored or printed text.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import tempfile
import warnings
from pathlib import Path

from empathy_core.secrets import register_secret

log = logging.getLogger("empathy_remote.keys")

KEYS_ENV = "EMPATHY_KEYS_FILE"


class KeysFileWarning(UserWarning):
    """The keys file is unsafe (mode not 0600) or unreadable; it was ignored."""


class KeysFileError(Exception):
    """The keys file cannot be written or is not a JSON object."""


def keys_path() -> Path:
    """Where the keys file is (it may not exist yet)."""
    env = os.environ.get(KEYS_ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir("empathy-core", appauthor=False)) / "keys.json"


def _unsafe_mode(path: Path) -> int | None:
    """The file's permission bits when group/others have any access (POSIX), else None."""
    if os.name != "posix":
        return None
    mode = stat.S_IMODE(path.stat().st_mode)
    return mode if mode & 0o077 else None


def load_keys(path: Path | None = None) -> dict[str, str]:
    """The keys in the keys file; {} when it is absent, unsafe (warned) or unreadable (warned)."""
    p = path or keys_path()
    if not p.exists():
        return {}
    bad = _unsafe_mode(p)
    if bad is not None:
        msg = (f"keys file {p} has mode {bad:04o}; it must be readable by you only (0600). "
               f"Ignoring it: run `chmod 600 {p}` (and consider rotating the keys in it)")
        warnings.warn(msg, KeysFileWarning, stacklevel=2)
        log.warning(msg)
        return {}
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        # never echo the file's content: it holds keys
        msg = f"keys file {p} cannot be read as JSON ({type(e).__name__}); ignoring it"
        warnings.warn(msg, KeysFileWarning, stacklevel=2)
        return {}
    if not isinstance(data, dict):
        warnings.warn(f"keys file {p} is not a JSON object; ignoring it", KeysFileWarning, stacklevel=2)
        return {}
    keys = {str(k): v for k, v in data.items() if isinstance(v, str) and not str(k).startswith("//")}
    for v in keys.values():
        register_secret(v)
    return keys


def save_key(name: str, value: str, path: Path | None = None) -> Path:
    """Store ``name`` -> ``value`` in the keys file, written atomically with mode 0600."""
    if not name or not name.strip():
        raise KeysFileError("a key needs a name")
    if not value:
        raise KeysFileError("empty key value")
    register_secret(value)
    p = path or keys_path()
    p.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    data: dict[str, str] = {}
    if p.exists():
        try:
            loaded = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise KeysFileError(f"keys file {p} is not valid JSON ({type(e).__name__}); fix or remove it first") from None
        if not isinstance(loaded, dict):
            raise KeysFileError(f"keys file {p} is not a JSON object; fix or remove it first")
        data = loaded
    data.setdefault("// Note", "This file stores secret API keys and should not be shared.")
    data[name.strip()] = value
    fd, tmp = tempfile.mkstemp(prefix=".keys.", dir=str(p.parent))
    try:
        os.chmod(tmp, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=2)
            fh.write("\n")
        os.replace(tmp, p)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    os.chmod(p, 0o600)
    return p


def resolve_key(explicit: str | None, env_name: str | None, key_name: str | None) -> tuple[str | None, str]:
    """The key to use and where it came from (``option``, ``env:NAME``, ``keys-file:NAME`` or ``none``).

    Order: an explicit value, the environment variable ``env_name``, the keys file entry ``key_name``.
    """
    if explicit:
        register_secret(explicit)
        return explicit, "option"
    if env_name:
        v = os.environ.get(env_name)
        if v:
            register_secret(v)
            return v, f"env:{env_name}"
    if key_name:
        v = load_keys().get(key_name)
        if v:
            return v, f"keys-file:{key_name}"
    return None, "none"
