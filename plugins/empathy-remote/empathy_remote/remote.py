"""Remote chat generators: OpenAI-compatible Chat Completions, Anthropic Messages, Mistral chat.

One shared HTTP layer (``httpx.AsyncClient``) with:

* bounded concurrency (``concurrency``: a semaphore and the connection pool size),
* a request rate limit (``rpm``: requests per minute, every attempt counts; ``aiolimiter``),
* retries with exponential backoff and full jitter (``tenacity``) on 429, 408, 5xx, timeouts,
  dropped connections and malformed bodies, honouring ``Retry-After`` / ``retry-after-ms``; a
  429/503 with ``Retry-After`` pauses every request of the generator, not only the one that got it,
* a per-sample error (``Generation.error``) when a request still fails, never an exception,
* the API key kept out of signatures, errors and logs (scrubbed defensively).
"""

from __future__ import annotations

import asyncio
import email.utils
import hashlib
import logging
import random
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, ClassVar
from urllib.parse import urlsplit, urlunsplit

import attrs

from empathy_core.base import Capabilities, Generator, opt_float, opt_int, opt_str
from empathy_core.models import Generation, Sample
from empathy_core.secrets import register_secret, scrub

from .keys import resolve_key

log = logging.getLogger("empathy_remote")

#: connections per httpx client; more concurrency uses several clients
POOL_SIZE = 8

#: loggers of the HTTP stack that get a scrubbing filter (filters do not propagate to children)
_HTTP_LOGGERS = ("httpx", "httpcore", "httpcore.http11", "httpcore.http2", "httpcore.connection",
                 "httpcore.proxy", "empathy_remote", "empathy_remote.keys", "empathy_remote.judge")


class _ScrubFilter(logging.Filter):
    """Replaces known secret values in a log record's final message."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            msg = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken record is not ours to fix
            return True
        clean = scrub(msg)
        if clean != msg:
            record.msg, record.args = clean, None
        return True


_FILTER = _ScrubFilter()


def install_log_scrubbing() -> None:
    for name in _HTTP_LOGGERS:
        lg = logging.getLogger(name)
        if _FILTER not in lg.filters:
            lg.addFilter(_FILTER)


class RetryableError(Exception):
    """A failure worth retrying (rate limit, server error, timeout, dropped connection, bad body)."""

    def __init__(self, message: str, retry_after: float | None = None, status: int | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.status = status


class FatalError(Exception):
    """A failure retrying cannot fix (400, 401, 403, 404, 422, no text in the answer)."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


def parse_retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds to wait from ``retry-after-ms``, ``Retry-After`` (seconds or an HTTP date)."""
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return max(0.0, float(ms) / 1000.0)
        except ValueError:
            pass
    ra = headers.get("retry-after")
    if not ra:
        return None
    ra = ra.strip()
    try:
        return max(0.0, float(ra))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(ra)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - time.time())


def clean_base_url(url: str) -> str:
    """The URL without user:password, query string or fragment (what goes in signatures)."""
    parts = urlsplit(url)
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), "", ""))


def text_hash(text: str | None) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12] if text else "none"


def run_sync(factory: Any) -> Any:
    """Run the coroutine ``factory()`` to completion from synchronous code, also when an event
    loop is already running in this thread (then in a worker thread with its own loop)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(factory())
    with ThreadPoolExecutor(1) as ex:
        return ex.submit(lambda: asyncio.run(factory())).result()


def _excerpt(resp: Any, limit: int = 300) -> str:
    """A short, scrubbed description of an error body: the API's message when it has one."""
    try:
        data = resp.json()
    except ValueError:
        data = None
    msg = None
    if isinstance(data, dict):
        err = data.get("error", data)
        if isinstance(err, dict):
            msg = err.get("message") or err.get("type")
        elif isinstance(err, str):
            msg = err
        if msg is None and isinstance(data.get("message"), str):
            msg = data["message"]
        if msg is None and "detail" in data:
            msg = str(data["detail"])
    if msg is None:
        msg = resp.text
    msg = " ".join(str(msg).split())
    if len(msg) > limit:
        msg = msg[:limit] + "..."
    return scrub(msg) or ""


@attrs.define
class RemoteGenerator(Generator):
    """Base class of the HTTP chat generators. Subclasses define the wire format."""

    name: ClassVar[str] = "remote"
    version: ClassVar[str] = "1.0"
    capabilities: ClassVar[Capabilities] = Capabilities(needs_network=True)
    provider: ClassVar[str] = "remote"
    default_base_url: ClassVar[str] = ""
    default_key_env: ClassVar[str] = ""
    default_max_tokens: ClassVar[int | None] = None
    #: hosts for which a missing key is an error (local servers need none)
    official_hosts: ClassVar[tuple[str, ...]] = ()

    model: str | None = attrs.field(default=None, converter=opt_str)
    base_url: str | None = attrs.field(default=None, converter=opt_str)
    system: str | None = attrs.field(default=None, converter=opt_str)
    temperature: float | None = attrs.field(default=None, converter=opt_float)
    max_tokens: int | None = attrs.field(default=None, converter=opt_int)
    seed: int | None = attrs.field(default=None, converter=opt_int)
    timeout: float = attrs.field(default=60.0, converter=float)
    concurrency: int = attrs.field(default=4, converter=int)
    rpm: float | None = attrs.field(default=None, converter=opt_float)
    retries: int = attrs.field(default=6, converter=int)
    backoff: float = attrs.field(default=1.0, converter=float)
    backoff_max: float = attrs.field(default=60.0, converter=float)
    retry_after_max: float = attrs.field(default=300.0, converter=float)
    api_key_env: str | None = attrs.field(default=None, converter=opt_str)
    key_name: str | None = attrs.field(default=None, converter=opt_str)
    api_key: str | None = attrs.field(default=None, converter=opt_str, repr=False, metadata={"secret": True})

    _key: str | None = attrs.field(default=None, init=False, repr=False, metadata={"secret": True})
    _key_source: str = attrs.field(default="none", init=False, repr=False)
    _loop: Any = attrs.field(default=None, init=False, repr=False)
    _client: Any = attrs.field(default=None, init=False, repr=False)
    _clients: list[Any] = attrs.field(factory=list, init=False, repr=False)
    _rr: int = attrs.field(default=0, init=False, repr=False)
    _sem: Any = attrs.field(default=None, init=False, repr=False)
    _limiter: Any = attrs.field(default=None, init=False, repr=False)
    _cooldown_until: float = attrs.field(default=0.0, init=False, repr=False)
    _sig: str | None = attrs.field(default=None, init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if not self.model:
            raise ValueError(f"the {self.name} generator needs model=NAME")
        if self.base_url is None:
            self.base_url = self.default_base_url
        self.base_url = self.base_url.rstrip("/")
        if not urlsplit(self.base_url).scheme.startswith("http"):
            raise ValueError(f"base_url must be an http(s) URL, got {clean_base_url(self.base_url)!r}")
        if self.max_tokens is None:
            self.max_tokens = self.default_max_tokens
        if self.concurrency < 1:
            raise ValueError("concurrency must be >= 1")
        if self.retries < 0:
            raise ValueError("retries must be >= 0")
        if self.rpm is not None and self.rpm <= 0:
            raise ValueError("rpm must be > 0")
        if self.timeout <= 0:
            raise ValueError("timeout must be > 0")
        # a base_url may carry credentials (user:pass@ or ?key=): never print or store them
        parts = urlsplit(self.base_url)
        if parts.password:
            register_secret(parts.password)
        if parts.query:
            for kv in parts.query.split("&"):
                register_secret(kv.partition("=")[2])
        self._key, self._key_source = resolve_key(self.api_key, self.api_key_env or self.default_key_env,
                                                  self.key_name or self.provider)
        install_log_scrubbing()

    # -- signature ---------------------------------------------------------------------------
    def options(self) -> dict[str, Any]:
        """What changes the output: concurrency, rpm, retries and timeouts are left out, so changing
        them keeps cached generations valid."""
        return {
            "model": self.model,
            "base_url": clean_base_url(self.base_url or ""),
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
            "seed": self.seed,
        }

    def signature_extra(self) -> dict[str, Any]:
        return {"system": text_hash(self.system)}

    def signature(self) -> str:
        if self._sig is None:
            self._sig = scrub(super().signature()) or ""
        return self._sig

    def unavailable(self) -> str | None:
        if self._key is None and self._needs_key():
            env = self.api_key_env or self.default_key_env
            return (f"no API key for {self.name}: set {env}, or run `empathy keys set {self.key_name or self.provider}`"
                    f" (or pass api_key_env=NAME)")
        return None

    def _needs_key(self) -> bool:
        host = (urlsplit(self.base_url or "").hostname or "").lower()
        return self.api_key_env is not None or any(host == h or host.endswith("." + h) for h in self.official_hosts)

    # -- wire format (subclasses) --------------------------------------------------------------
    def endpoint(self) -> str:
        raise NotImplementedError

    def headers(self) -> dict[str, str]:
        raise NotImplementedError

    def payload(self, sample: Sample) -> dict[str, Any]:
        raise NotImplementedError

    def parse(self, data: Any) -> tuple[str, dict[str, int] | None, dict[str, Any]]:
        raise NotImplementedError

    def chat_messages(self, sample: Sample) -> list[dict[str, str]]:
        """OpenAI-style message list: the ``system`` option first, then the sample's turns."""
        msgs = [{"role": "system", "content": self.system}] if self.system else []
        msgs.extend({"role": t.role, "content": t.text} for t in sample.turns)
        return msgs

    # -- HTTP ----------------------------------------------------------------------------------
    def max_concurrency(self) -> int:
        return self.concurrency

    def _ensure_state(self) -> None:
        loop = asyncio.get_running_loop()
        if self._loop is loop and self._client is not None:
            return
        import httpx
        from aiolimiter import AsyncLimiter

        self._loop = loop
        # Several small pools instead of one big one: httpcore scans every connection for every
        # queued request, so CPU per request grows with the pool size (measured: -25% client CPU
        # at concurrency 32 with pools of <= 8 connections).
        n = -(-self.concurrency // POOL_SIZE)
        per = -(-self.concurrency // n)
        self._clients = [httpx.AsyncClient(timeout=httpx.Timeout(self.timeout),
                                           limits=httpx.Limits(max_connections=per, max_keepalive_connections=per),
                                           follow_redirects=False) for _ in range(n)]
        self._client = self._clients[0]
        self._rr = 0
        self._sem = asyncio.Semaphore(self.concurrency)
        self._limiter = AsyncLimiter(1, 60.0 / self.rpm) if self.rpm else None
        self._cooldown_until = 0.0

    async def aclose(self) -> None:
        clients, self._clients, self._client, self._loop = self._clients, [], None, None
        for client in clients:
            try:
                await client.aclose()
            except RuntimeError:  # created in another (closed) loop
                pass

    def _wait_s(self, err: BaseException | None, attempt: int) -> float:
        """Exponential backoff with full jitter, or the server's Retry-After when it gave one."""
        ra = getattr(err, "retry_after", None)
        if ra is not None:
            return min(float(ra), self.retry_after_max) + random.uniform(0, min(0.1 * ra, 1.0) if ra else 0.0)
        cap = min(self.backoff_max, self.backoff * (2 ** (attempt - 1)))
        return random.uniform(cap / 2, cap)

    async def _attempt(self, sample_payload: dict[str, Any]) -> tuple[str, dict[str, int] | None, dict[str, Any]]:
        import httpx

        delay = self._cooldown_until - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        if self._limiter is not None:
            await self._limiter.acquire()
        self._rr += 1
        client = self._clients[self._rr % len(self._clients)]
        try:
            resp = await client.post(self.endpoint(), json=sample_payload, headers=self.headers())
        except httpx.TimeoutException as e:
            raise RetryableError(f"timed out after {self.timeout:g}s ({type(e).__name__})") from None
        except httpx.TransportError as e:
            raise RetryableError(f"connection error: {type(e).__name__}: {scrub(str(e)) or 'no detail'}") from None
        status = resp.status_code
        if status == 429 or status == 408 or status >= 500:
            ra = parse_retry_after(resp.headers)
            if ra is not None and status in (429, 503):
                self._cooldown_until = max(self._cooldown_until, time.monotonic() + min(ra, self.retry_after_max))
            raise RetryableError(f"HTTP {status}: {_excerpt(resp)}", retry_after=ra, status=status)
        if status >= 400:
            raise FatalError(f"HTTP {status}: {_excerpt(resp)}", status=status)
        try:
            data = resp.json()
        except ValueError:
            raise RetryableError(f"malformed JSON in the response (HTTP {status}): {_excerpt(resp, 80)}") from None
        try:
            return self.parse(data)
        except FatalError:
            raise
        except (KeyError, IndexError, TypeError, ValueError, AttributeError) as e:
            raise RetryableError(f"unexpected response shape ({type(e).__name__}: {scrub(str(e))})") from None

    async def _request(self, body: dict[str, Any]) -> tuple[str, dict[str, int] | None, dict[str, Any], int]:
        from tenacity import AsyncRetrying, retry_if_exception_type, stop_after_attempt

        attempts = 0

        def wait(state: Any) -> float:
            exc = state.outcome.exception() if state.outcome else None
            w = self._wait_s(exc, state.attempt_number)
            log.info("%s: attempt %d failed (%s); retrying in %.2fs", self.name, state.attempt_number,
                     scrub(str(exc)), w)
            return w

        retrying = AsyncRetrying(stop=stop_after_attempt(self.retries + 1), wait=wait,
                                 retry=retry_if_exception_type(RetryableError), reraise=True)
        async for attempt in retrying:
            with attempt:
                attempts += 1
                text, usage, meta = await self._attempt(body)
        return text, usage, meta, attempts

    async def agenerate(self, sample: Sample) -> Generation:
        t0 = time.perf_counter()
        sig = self.signature()
        try:
            reason = self.unavailable()
            if reason:
                raise FatalError(reason)
            self._ensure_state()
            body = self.payload(sample)
            async with self._sem:
                text, usage, meta, attempts = await self._request(body)
        except (RetryableError, FatalError) as e:
            n = self.retries + 1 if isinstance(e, RetryableError) else None
            msg = f"{self.name}: " + (f"failed after {n} attempts: " if n else "") + str(e)
            log.warning("sample %s: %s", sample.id, scrub(msg))
            return Generation(sample.id, None, generator=sig, elapsed_s=round(time.perf_counter() - t0, 6),
                              error=scrub(msg))
        except Exception as e:  # noqa: BLE001 - one sample's failure never stops the run
            msg = f"{self.name}: {type(e).__name__}: {e}"
            log.warning("sample %s: %s", sample.id, scrub(msg))
            return Generation(sample.id, None, generator=sig, elapsed_s=round(time.perf_counter() - t0, 6),
                              error=scrub(msg))
        meta["attempts"] = attempts
        return Generation(sample.id, text, generator=sig, elapsed_s=round(time.perf_counter() - t0, 6),
                          usage=usage, meta=meta)

    def generate(self, samples: Sequence[Sample]) -> list[Generation]:
        """Synchronous batch (for code without an event loop): all samples concurrently."""

        async def _all() -> list[Generation]:
            try:
                return list(await asyncio.gather(*(self.agenerate(s) for s in samples)))
            finally:
                await self.aclose()

        return run_sync(_all)

    def generate_one(self, sample: Sample) -> Generation:
        return self.generate([sample])[0]

    def close(self) -> None:
        if self._client is not None and self._loop is not None and not self._loop.is_closed():
            return  # the owner of the loop closes it with aclose()
        self._client = None
        self._clients = []
        self._loop = None


def _usage(u: Any, prompt_key: str, completion_key: str) -> dict[str, int] | None:
    if not isinstance(u, dict):
        return None
    out: dict[str, int] = {}
    if isinstance(u.get(prompt_key), int):
        out["prompt_tokens"] = u[prompt_key]
    if isinstance(u.get(completion_key), int):
        out["completion_tokens"] = u[completion_key]
    if isinstance(u.get("total_tokens"), int):
        out["total_tokens"] = u["total_tokens"]
    elif len(out) == 2:
        out["total_tokens"] = out["prompt_tokens"] + out["completion_tokens"]
    return out or None


@attrs.define
class OpenAIGenerator(RemoteGenerator):
    """OpenAI Chat Completions, or any compatible server through base_url (vLLM, Ollama, llama.cpp, LM Studio)."""

    name: ClassVar[str] = "openai"
    version: ClassVar[str] = "1.0"
    provider: ClassVar[str] = "openai"
    default_base_url: ClassVar[str] = "https://api.openai.com/v1"
    default_key_env: ClassVar[str] = "OPENAI_API_KEY"
    official_hosts: ClassVar[tuple[str, ...]] = ("api.openai.com",)

    def endpoint(self) -> str:
        return f"{self.base_url}/chat/completions"

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._key}"} if self._key else {}

    def payload(self, sample: Sample) -> dict[str, Any]:
        body: dict[str, Any] = {"model": self.model, "messages": self.chat_messages(sample)}
        if self.temperature is not None:
            body["temperature"] = self.temperature
        if self.max_tokens is not None:
            body["max_tokens"] = self.max_tokens
        if self.seed is not None:
            body["seed"] = self.seed
        return body

    def parse(self, data: Any) -> tuple[str, dict[str, int] | None, dict[str, Any]]:
        choice = data["choices"][0]
        msg = choice["message"]
        text = msg.get("content")
        meta: dict[str, Any] = {"finish_reason": choice.get("finish_reason")}
        if data.get("model"):
            meta["model"] = data["model"]
        if not isinstance(text, str):
            refusal = msg.get("refusal")
            if isinstance(refusal, str):
                text, meta["refusal"] = refusal, True
            else:
                raise FatalError(f"no text in the answer (finish_reason={choice.get('finish_reason')})")
        return text, _usage(data.get("usage"), "prompt_tokens", "completion_tokens"), meta


@attrs.define
class MistralGenerator(OpenAIGenerator):
    """Mistral's chat completions API (``random_seed`` instead of ``seed``)."""

    name: ClassVar[str] = "mistral"
    version: ClassVar[str] = "1.0"
    provider: ClassVar[str] = "mistral"
    default_base_url: ClassVar[str] = "https://api.mistral.ai/v1"
    default_key_env: ClassVar[str] = "MISTRAL_API_KEY"
    official_hosts: ClassVar[tuple[str, ...]] = ("api.mistral.ai",)

    def payload(self, sample: Sample) -> dict[str, Any]:
        body = super().payload(sample)
        if "seed" in body:
            body["random_seed"] = body.pop("seed")
        return body


@attrs.define
class AnthropicGenerator(RemoteGenerator):
    """Anthropic Messages API (``x-api-key``, ``anthropic-version``; system prompt field; max_tokens required)."""

    name: ClassVar[str] = "anthropic"
    version: ClassVar[str] = "1.0"
    provider: ClassVar[str] = "anthropic"
    default_base_url: ClassVar[str] = "https://api.anthropic.com"
    default_key_env: ClassVar[str] = "ANTHROPIC_API_KEY"
    default_max_tokens: ClassVar[int | None] = 1024
    official_hosts: ClassVar[tuple[str, ...]] = ("api.anthropic.com",)
    api_version: str = "2023-06-01"

    def options(self) -> dict[str, Any]:
        opts = super().options()
        opts.pop("seed")  # the Messages API has no seed: it is not sent, so it is not in the signature
        return opts

    def signature_extra(self) -> dict[str, Any]:
        return {**super().signature_extra(), "api": self.api_version}

    def endpoint(self) -> str:
        base = self.base_url or ""
        return f"{base}/messages" if base.endswith("/v1") else f"{base}/v1/messages"

    def headers(self) -> dict[str, str]:
        h = {"anthropic-version": self.api_version}
        if self._key:
            h["x-api-key"] = self._key
        return h

    def payload(self, sample: Sample) -> dict[str, Any]:
        systems = [self.system] if self.system else []
        messages: list[dict[str, str]] = []
        for t in sample.turns:
            if t.role == "system":
                systems.append(t.text)
            elif messages and messages[-1]["role"] == t.role:  # the API wants alternating roles
                messages[-1]["content"] += "\n\n" + t.text
            else:
                messages.append({"role": t.role, "content": t.text})
        body: dict[str, Any] = {"model": self.model, "max_tokens": self.max_tokens, "messages": messages}
        if systems:
            body["system"] = "\n\n".join(systems)
        if self.temperature is not None:
            body["temperature"] = self.temperature
        return body

    def parse(self, data: Any) -> tuple[str, dict[str, int] | None, dict[str, Any]]:
        if data.get("type") == "error":
            raise RetryableError(f"error event: {scrub(str(data.get('error')))}")
        blocks = data["content"]
        text = "".join(b.get("text", "") for b in blocks if isinstance(b, dict) and b.get("type") == "text")
        meta: dict[str, Any] = {"finish_reason": data.get("stop_reason")}
        if data.get("model"):
            meta["model"] = data["model"]
        if not blocks:
            raise FatalError(f"no text in the answer (stop_reason={data.get('stop_reason')})")
        return text, _usage(data.get("usage"), "input_tokens", "output_tokens"), meta
