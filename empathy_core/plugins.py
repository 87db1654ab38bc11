"""Plugin manager and component registry.

Plugins are found through the ``empathy_core`` entry-point group (each loaded inside its own error
guard) plus the core's default plugins. Each ``register_*`` hook implementation is called with a
``register`` callback bound to that plugin, so every component records the plugin and the
distribution that provided it, and a name registered twice is refused naming both plugins.

Environment:
  EMPATHY_LOAD_PLUGINS=a,b     load only these entry-point plugins (entry-point or distribution names)
  EMPATHY_DISABLE_PLUGINS=a,b  never load these
  EMPATHY_STRICT_PLUGINS=1     a plugin that fails to load is an error instead of a warning
"""

from __future__ import annotations

import importlib
import inspect
import os
import re
import threading
import warnings
from collections.abc import Callable, Iterable
from typing import Any

import attrs
import pluggy

from . import API_VERSION, __version__, hookspecs
from .base import Capabilities, Component, LanguagePack
from .errors import ComponentError, PluginCollisionError, PluginError
from .spec import parse_spec

KINDS = ("generators", "scorers", "languages", "datasets")
_SINGULAR = {"generators": "generator", "scorers": "scorer", "languages": "language", "datasets": "dataset"}

#: The core's own components, registered as plugins like any other.
DEFAULT_PLUGINS = (
    "empathy_core.builtin",
)

_NAME_RE = re.compile(r"^[A-Za-z][\w.\-]*$")


class PluginWarning(UserWarning):
    """A plugin failed to load, or a registration was refused, and was skipped."""


def _env_list(name: str) -> set[str] | None:
    raw = os.environ.get(name)
    if raw is None:
        return None
    return {x.strip() for x in raw.split(",") if x.strip()}


def _strict() -> bool:
    return os.environ.get("EMPATHY_STRICT_PLUGINS", "").strip().lower() in {"1", "true", "yes", "on"}


@attrs.define
class PluginInfo:
    name: str
    module: str
    distribution: str | None = None
    version: str | None = None
    default: bool = False
    hooks: list[str] = attrs.field(factory=list)
    components: dict[str, list[str]] = attrs.field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


@attrs.define
class Entry:
    """A registered component: how to build it and who provided it."""

    kind: str
    name: str
    factory: Any
    plugin: str
    distribution: str | None = None
    description: str = ""
    capabilities: Capabilities | None = None
    _resolved: Any = None

    def resolve(self) -> Any:
        """The factory, importing ``"module:attr"`` strings on first use."""
        if self._resolved is None:
            f = self.factory
            if isinstance(f, str):
                mod_name, _, attr = f.partition(":")
                try:
                    obj: Any = importlib.import_module(mod_name)
                    for part in attr.split("."):
                        obj = getattr(obj, part)
                except Exception as e:  # noqa: BLE001
                    raise PluginError(
                        f"{_SINGULAR[self.kind]} {self.name!r} (plugin {self.plugin!r}): cannot load {f!r}: "
                        f"{type(e).__name__}: {e}"
                    ) from e
                f = obj
            self._resolved = f
        return self._resolved

    def get_capabilities(self) -> Capabilities | None:
        if self.capabilities is not None:
            return self.capabilities
        f = self.factory if not isinstance(self.factory, str) else self._resolved
        caps = getattr(f, "capabilities", None)
        return caps if isinstance(caps, Capabilities) else None

    def get_description(self) -> str:
        if self.description:
            return self.description
        f = self.factory if not isinstance(self.factory, str) else self._resolved
        d = getattr(f, "description", "") if f is not None else ""
        if not d and inspect.isclass(f) and f.__doc__:
            d = f.__doc__.strip().splitlines()[0]
        return d if isinstance(d, str) else ""

    def create(self, **options: Any) -> Any:
        what = f"{_SINGULAR[self.kind]} {self.name!r}"
        f = self.resolve()
        if inspect.isclass(f) and attrs.has(f):
            fields = {a.name: a for a in attrs.fields(f) if a.init and not a.name.startswith("_")}
            unknown = sorted(k for k in options if k not in fields)
            if unknown:
                raise ComponentError(f"{what}: unknown option{'s' if len(unknown) > 1 else ''} "
                                     f"{', '.join(map(repr, unknown))}; its options: {', '.join(fields) or 'none'} "
                                     f"(see `empathy info {self.name}`)")
            for k, v in options.items():
                conv = fields[k].converter
                if conv is None or not callable(conv):
                    continue
                try:
                    conv(v)
                except (ValueError, TypeError) as e:
                    shown = "***" if fields[k].metadata.get("secret") else repr(v)
                    raise ComponentError(f"{what}: option {k}={shown} is not valid: {e}") from e
        try:
            return f(**options)
        except TypeError as e:
            valid = ""
            if inspect.isclass(f) and attrs.has(f):
                valid = " (options: " + ", ".join(a.name for a in attrs.fields(f) if a.init) + ")"
            raise ComponentError(f"{what}: bad options {sorted(options)}: {e}{valid}") from e
        except ValueError as e:
            raise ComponentError(f"{what}: bad option value: {e}") from e

    def option_docs(self) -> list[dict[str, Any]]:
        """The component's options from its attrs fields: name, type, default, required, help
        (field ``metadata["help"]``), secret. Imports the component's module."""
        f = self.resolve()
        if not (inspect.isclass(f) and attrs.has(f)):
            return []
        out = []
        for a in attrs.fields(f):
            if not a.init or a.name.startswith("_"):
                continue
            secret = bool(a.metadata.get("secret"))
            required = a.default is attrs.NOTHING
            if required:
                default: Any = None
            elif isinstance(a.default, attrs.Factory):  # type: ignore[arg-type]
                default = f"{getattr(a.default.factory, '__name__', 'factory')}()"
            else:
                default = a.default
            typ = a.type if isinstance(a.type, str) else getattr(a.type, "__name__", str(a.type))
            out.append({"name": a.name, "type": str(typ).replace("typing.", "").replace(" | ", " or ") if typ is not None else "str",
                        "default": "***" if secret and default not in (None, "") else default,
                        "required": required, "help": str(a.metadata.get("help", "")), "secret": secret})
        return out

    def file_format(self) -> str:
        return str(getattr(self.resolve(), "file_format", "") or "")

    def to_dict(self) -> dict[str, Any]:
        caps = self.get_capabilities()
        return {
            "name": self.name,
            "kind": _SINGULAR[self.kind],
            "plugin": self.plugin,
            "distribution": self.distribution,
            "description": self.get_description(),
            "capabilities": caps.to_dict() if caps else None,
        }


def _api_major(v: object) -> str:
    return str(v).strip().split(".")[0]


@attrs.frozen
class DistInfo:
    """What the core needs to know of a plugin's distribution."""

    name: str
    version: str
    #: why this distribution cannot work with the installed core (its empathy-core requirement
    #: excludes this version), or None; computed when entry points are scanned
    core_problem: str | None = None


@attrs.frozen
class EntryPointInfo:
    name: str
    value: str  # "module" or "module:attr"
    dist: DistInfo | None

    def load(self) -> Any:
        mod_name, _, attr = self.value.partition(":")
        obj: Any = importlib.import_module(mod_name.strip())
        attr = attr.split("[")[0].strip()
        for part in attr.split(".") if attr else []:
            obj = getattr(obj, part)
        return obj


def _scan_entry_points(group: str) -> list[EntryPointInfo]:
    from importlib import metadata

    out = []
    for ep in metadata.entry_points(group=group):
        d = getattr(ep, "dist", None)
        dist = None
        if d is not None:
            name, version = d.metadata["Name"], d.version
            dist = DistInfo(name, version, _core_requirement_problem(name, version, d.requires or ()))
        out.append(EntryPointInfo(ep.name, ep.value, dist))
    return sorted(out, key=lambda e: e.name)


_EP_CACHE_VERSION = 2


def find_entry_points(group: str = hookspecs.PROJECT) -> list[EntryPointInfo]:
    """Entry points of ``group``. Scanning every installed distribution costs tens of
    milliseconds, so the result is cached on disk, keyed by the modification times of the
    ``sys.path`` folders (installing or removing a distribution changes them).
    ``EMPATHY_ENTRYPOINT_CACHE=0`` turns the cache off."""
    import json
    import sys
    import zlib

    if os.environ.get("EMPATHY_ENTRYPOINT_CACHE", "1") == "0":
        return _scan_entry_points(group)
    stamp: list[Any] = []
    cwd = os.getcwd()
    for i, p in enumerate(sys.path):
        try:
            if i == 0 and p in ("", cwd):
                # `python -m`/`-c` put the working folder first; its mtime changes all the time,
                # so it is stamped by the distributions it holds instead
                stamp.append((p, sorted(n for n in os.listdir(p or ".") if n.endswith((".dist-info", ".egg-info")))))
            else:
                stamp.append((p, os.stat(p or ".").st_mtime_ns))
        except OSError:
            continue
    raw_key = json.dumps([_EP_CACHE_VERSION, __version__, group, sys.version, stamp]).encode()
    key = f"{zlib.crc32(raw_key):08x}{zlib.adler32(raw_key):08x}"
    from .paths import cache_dir as _cache_dir

    cache_dir = _cache_dir()
    path = os.path.join(cache_dir, f"entrypoints-{key}.json")
    try:
        with open(path, encoding="utf-8") as fh:
            raw = json.load(fh)
        return [EntryPointInfo(r["name"], r["value"], DistInfo(*r["dist"]) if r["dist"] else None) for r in raw]
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        pass
    eps = _scan_entry_points(group)
    try:
        os.makedirs(cache_dir, exist_ok=True)
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump([{"name": e.name, "value": e.value,
                        "dist": [e.dist.name, e.dist.version, e.dist.core_problem] if e.dist else None}
                       for e in eps], fh)
        os.replace(tmp, path)
    except OSError:
        pass
    return eps


def _check_api(name: str, module: Any, dist: DistInfo | None) -> None:
    declared = getattr(module, "EMPATHY_CORE_API", None)
    where = f"plugin {name!r}" + (f" (distribution {dist.name} {dist.version})" if dist else "")
    if declared is not None and _api_major(declared) != _api_major(API_VERSION):
        raise PluginError(
            f"{where} was built for empathy-core plugin API {declared}, but this is API {API_VERSION} "
            f"(empathy-core {__version__}); install a version of the plugin built for API {_api_major(API_VERSION)}.x"
        )
    if dist is not None and dist.core_problem:
        raise PluginError(f"{where} {dist.core_problem}")


def _core_requirement_problem(name: str, version: str, requires: Any) -> str | None:
    """The distribution's empathy-core requirement, when it excludes the installed core."""
    for req_s in requires:
        m = _CORE_REQ.match(req_s)
        if m is None or m.group("marker"):
            continue
        from packaging.specifiers import InvalidSpecifier, SpecifierSet

        try:
            spec = SpecifierSet(m.group("spec").strip().strip("()"))
        except InvalidSpecifier:
            continue
        if spec and not spec.contains(__version__, prereleases=True):
            return (f"requires empathy-core{spec}, but empathy-core {__version__} "
                    f"(plugin API {API_VERSION}) is installed")
    return None


# "empathy-core>=0.1,<1", "empathy_core (>=0.1)", with optional extras; a marker (;) means conditional
_CORE_REQ = re.compile(r"^\s*empathy[-_.]core(?![\w.-])\s*(?:\[[^\]]*\])?\s*(?P<spec>[^;]*)(?P<marker>;.*)?$", re.I)


class Registry:
    """All components, by kind and name, with their provenance."""

    def __init__(self) -> None:
        self.pm = pluggy.PluginManager(hookspecs.PROJECT)
        self.pm.add_hookspecs(hookspecs)
        self.entries: dict[str, dict[str, Entry]] = {k: {} for k in KINDS}
        self.plugins: dict[str, PluginInfo] = {}
        self.failed: dict[str, str] = {}
        #: registrations refused because another plugin had the name (one message each)
        self.collisions: list[str] = []
        self._languages: dict[str, LanguagePack] = {}
        self._lock = threading.Lock()

    # -- loading -----------------------------------------------------------------------------
    def _fail(self, name: str, message: str, exc: BaseException | None = None) -> None:
        if _strict():
            raise PluginError(message) from exc
        self.failed[name] = message
        warnings.warn(message, PluginWarning, stacklevel=3)

    def add_plugin(self, module: Any, name: str, *, dist: DistInfo | None = None,
                   default: bool = False) -> None:
        _check_api(name, module, dist)
        self.pm.register(module, name=name)
        self.plugins[name] = PluginInfo(
            name=name,
            module=getattr(module, "__name__", type(module).__name__),
            distribution=dist.name if dist else ("empathy-core" if default else None),
            version=dist.version if dist else (__version__ if default else None),
            default=default,
            hooks=sorted(h.name for h in self.pm.get_hookcallers(module) or []),
        )

    def load_defaults(self) -> None:
        for mod_name in DEFAULT_PLUGINS:
            try:
                mod = importlib.import_module(mod_name)
            except Exception as e:  # noqa: BLE001 - one broken default must not stop the rest
                self._fail(mod_name, f"empathy-core: default plugin {mod_name!r} failed to load: "
                                     f"{type(e).__name__}: {e}", e)
                continue
            self.add_plugin(mod, mod_name, default=True)

    def load_entrypoints(self, group: str = hookspecs.PROJECT) -> None:
        allow = _env_list("EMPATHY_LOAD_PLUGINS")
        block = _env_list("EMPATHY_DISABLE_PLUGINS") or set()
        for ep in find_entry_points(group):
            dist = ep.dist
            dist_name = dist.name if dist is not None else None
            names = {ep.name} | ({dist_name} if dist_name else set())
            if allow is not None and not names & allow:
                continue
            if names & block:
                continue
            if ep.name in self.plugins:
                self._fail(ep.name, f"empathy-core: plugin name {ep.name!r} from {dist_name} is already taken "
                                    f"by {self.plugins[ep.name].distribution}; skipped")
                continue
            try:
                mod = ep.load()
                self.add_plugin(mod, ep.name, dist=dist)
            except Exception as e:  # noqa: BLE001 - plugin isolation
                self._fail(ep.name, f"empathy-core: plugin {ep.name!r}"
                                    + (f" ({dist_name} {dist.version})" if dist is not None else "")
                                    + f" failed to load: {type(e).__name__}: {e}", e)

    def collect(self) -> None:
        """Call every ``register_*`` hook, one implementation at a time, so each registration
        knows its plugin."""
        for kind in KINDS:
            hook = getattr(self.pm.hook, f"register_{kind}")
            # in load order (default plugins first, then entry points by name), so that the first
            # plugin to load keeps a name and a later one registering it again is refused
            order = {name: i for i, name in enumerate(self.plugins)}
            impls = sorted(hook.get_hookimpls(), key=lambda im: order.get(self.pm.get_name(im.plugin) or "", 1 << 30))
            for impl in impls:
                plugin_name = self.pm.get_name(impl.plugin) or "?"
                try:
                    impl.function(register=self._make_register(kind, plugin_name))
                except PluginCollisionError:
                    raise  # strict mode
                except Exception as e:  # noqa: BLE001
                    self._fail(plugin_name, f"empathy-core: plugin {plugin_name!r} failed in register_{kind}: "
                                            f"{type(e).__name__}: {e}", e)

    def _make_register(self, kind: str, plugin: str) -> Callable[..., None]:
        info = self.plugins.get(plugin)

        def register(name: str, factory: Any, description: str = "", capabilities: Capabilities | None = None) -> None:
            what = _SINGULAR[kind]
            if not isinstance(name, str) or not _NAME_RE.match(name):
                raise PluginError(f"plugin {plugin!r} registered a {what} with an invalid name {name!r}")
            if isinstance(factory, str):
                if ":" not in factory:
                    raise PluginError(f"plugin {plugin!r}: {what} {name!r} factory {factory!r} must be 'module:attr'")
            elif not callable(factory):
                raise PluginError(f"plugin {plugin!r}: {what} {name!r} factory must be callable or 'module:attr', "
                                  f"got {type(factory).__name__}")
            if capabilities is not None and not isinstance(capabilities, Capabilities):
                raise PluginError(f"plugin {plugin!r}: {what} {name!r} capabilities must be empathy_core.Capabilities")
            if inspect.isclass(factory) and kind != "languages":
                if not issubclass(factory, Component):
                    raise PluginError(f"plugin {plugin!r}: {what} {name!r} must subclass empathy_core.Component")
            existing = self.entries[kind].get(name)
            if existing is not None:
                dist = info.distribution if info else None
                msg = (f"empathy-core: {what} name {name!r} is registered by two plugins: {existing.plugin!r}"
                       f"{_dist_note(existing.distribution)} and {plugin!r}{_dist_note(dist)}; kept the first, "
                       f"refused {plugin!r}'s. To silence this, block {plugin!r} with "
                       f"EMPATHY_DISABLE_PLUGINS={plugin}" + (f" or uninstall {dist}" if dist else "")
                       + " (EMPATHY_STRICT_PLUGINS=1 makes this an error)")
                if _strict():
                    raise PluginCollisionError(msg)
                self.collisions.append(msg)
                warnings.warn(msg, PluginWarning, stacklevel=2)
                return
            self.entries[kind][name] = Entry(kind, name, factory, plugin,
                                             distribution=info.distribution if info else None,
                                             description=description, capabilities=capabilities)
            if info is not None:
                info.components.setdefault(kind, []).append(name)

        return register

    # -- lookup ------------------------------------------------------------------------------
    def entry(self, kind: str, name: str) -> Entry:
        try:
            return self.entries[kind][name]
        except KeyError:
            known = ", ".join(sorted(self.entries[kind])) or "none"
            raise ComponentError(f"unknown {_SINGULAR[kind]} {name!r}; available: {known}") from None

    def create(self, kind: str, spec: str, **overrides: Any) -> Any:
        """Build a component from ``NAME`` or ``NAME:key=value,...``."""
        name, options = parse_spec(spec)
        options.update(overrides)
        return self.entry(kind, name).create(**options)

    def generator(self, spec: str, **kw: Any) -> Any:
        return self.create("generators", spec, **kw)

    def scorer(self, spec: str, **kw: Any) -> Any:
        return self.create("scorers", spec, **kw)

    def dataset(self, spec: str, **kw: Any) -> Any:
        return self.create("datasets", spec, **kw)

    def language(self, code: str) -> LanguagePack | None:
        """The language pack for ``code`` (built once), or None when no plugin provides one."""
        code = (code or "").lower()
        with self._lock:
            if code in self._languages:
                return self._languages[code]
            entry = self.entries["languages"].get(code)
            if entry is None:
                return None
            pack = entry.resolve()()
            if not isinstance(pack, LanguagePack):
                raise PluginError(f"language {code!r} from plugin {entry.plugin!r} did not return a LanguagePack")
            self._languages[code] = pack
            return pack

    def language_codes(self) -> list[str]:
        return sorted(self.entries["languages"])

    def detect_language(self, text: str) -> str | None:
        return self.pm.hook.detect_language(text=text)

    def list(self, kind: str) -> list[Entry]:
        return [self.entries[kind][n] for n in sorted(self.entries[kind])]

    def commands(self, cli: Any) -> None:
        for impl in reversed(self.pm.hook.register_commands.get_hookimpls()):
            name = self.pm.get_name(impl.plugin) or "?"
            try:
                impl.function(cli=cli)
            except Exception as e:  # noqa: BLE001
                self._fail(name, f"empathy-core: plugin {name!r} failed in register_commands: {type(e).__name__}: {e}", e)


def _dist_note(dist: str | None) -> str:
    return f" (from {dist})" if dist else ""


def build_registry(*, entrypoints: bool = True, defaults: bool = True, extra: Iterable[tuple[str, Any]] = ()) -> Registry:
    """A fresh registry. ``extra``: (name, module-or-object) plugins registered after the others."""
    reg = Registry()
    if defaults:
        reg.load_defaults()
    if entrypoints:
        reg.load_entrypoints()
    for name, obj in extra:
        reg.add_plugin(obj, name)
    reg.collect()
    return reg


_REGISTRY: Registry | None = None
_REG_LOCK = threading.Lock()


def get_registry() -> Registry:
    """The process-wide registry (built on first use)."""
    global _REGISTRY
    with _REG_LOCK:
        if _REGISTRY is None:
            _REGISTRY = build_registry()
        return _REGISTRY


def reset_registry() -> None:
    global _REGISTRY
    with _REG_LOCK:
        _REGISTRY = None
