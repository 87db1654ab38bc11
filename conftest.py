"""Session-wide test settings for the whole repository (core and plugin tests).

The suite writes only under temporary folders: the entry-point and pattern caches go to a
folder in the system tmp folder through ``EMPATHY_CACHE_DIR`` (subprocesses inherit it), never to
``~/.cache/empathy-core``; pip installs made by tests use no pip cache and build from a copy of the
source (see :func:`pip_install_target`), so no ``build/`` or ``*.egg-info`` appears in the tree.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

_CACHE_FLAG = "_EMPATHY_TEST_SESSION_CACHE"


def suite_cache_dir() -> str:
    """The tests' cache folder: ``$EMPATHY_TEST_CACHE_DIR``, else ``empathy-test-cache-<uid>`` in the
    system tmp folder. Kept between sessions: the caches in it are keyed by content (entry points by
    the path folders' times, boundary pattern analyses by a hash of the patterns), and a cold
    boundary cache costs every first boundary run of a session seconds to minutes on a loaded machine."""
    d = os.environ.get("EMPATHY_TEST_CACHE_DIR") or os.path.join(
        tempfile.gettempdir(), f"empathy-test-cache-{os.getuid() if hasattr(os, 'getuid') else 'user'}")
    os.makedirs(d, mode=0o700, exist_ok=True)
    return d


def pytest_configure(config: pytest.Config) -> None:
    # never the user's ~/.cache/empathy-core: subprocesses (the CLI tests) inherit the variable
    d = suite_cache_dir()
    os.environ["EMPATHY_CACHE_DIR"] = d
    os.environ[_CACHE_FLAG] = d
    # Ray (>= 2.5x) saves a generated auth token in ~/.ray/auth_token unless it is given one: the
    # local test clusters (and the CLI subprocesses that join them) share this one instead
    import secrets

    os.environ.setdefault("RAY_AUTH_TOKEN", secrets.token_hex(16))
    # hypothesis keeps its example database and a cache of constants in ./.hypothesis: the tests
    # run without the database and keep the rest in the tmp cache folder
    try:
        from hypothesis import settings
        from hypothesis.configuration import set_hypothesis_home_dir
    except ImportError:
        return
    set_hypothesis_home_dir(os.path.join(d, "hypothesis"))
    settings.register_profile("empathy-tests", database=None)
    settings.load_profile("empathy-tests")


_COPY_IGNORE = shutil.ignore_patterns("build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", "tests")


def pip_install_target(sources: list[Path], target: Path, workdir: Path) -> subprocess.CompletedProcess[str]:
    """``pip install --target TARGET`` of source folders, with no pip cache and no network, each
    built from a copy under ``workdir`` (setuptools writes ``build/`` and ``*.egg-info`` next to
    the sources it builds)."""
    copies = []
    for src in sources:
        dst = workdir / src.name
        shutil.copytree(src, dst, ignore=_COPY_IGNORE)
        copies.append(str(dst))
    # the build tools it runs may write into ~ (e.g. rustup's settings when a setuptools plugin asks
    # for rustc): they get a tmp home folder
    home = workdir / "home"
    home.mkdir(exist_ok=True)
    env = dict(os.environ, PIP_NO_CACHE_DIR="1", PIP_DISABLE_PIP_VERSION_CHECK="1", HOME=str(home),
               XDG_CACHE_HOME=str(home / ".cache"), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local" / "share"))
    return subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-cache-dir", "--no-deps",
                           "--no-build-isolation", "--no-index", "--target", str(target), *copies],
                          capture_output=True, text=True, env=env)


@pytest.fixture(scope="session")
def pip_install(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """``pip_install(sources, name)``: a fresh folder with the sources pip-installed (``--target``)."""

    def install(sources: list[Path], name: str = "site") -> tuple[Path, subprocess.CompletedProcess[str]]:
        target = tmp_path_factory.mktemp(name)
        work = tmp_path_factory.mktemp(name + "-src")
        return target, pip_install_target(list(sources), target, work)

    return install
