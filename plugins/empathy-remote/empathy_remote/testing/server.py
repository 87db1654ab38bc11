"""A fake LLM server on 127.0.0.1 speaking the OpenAI, Anthropic and Mistral wire formats, with
fault injection. Used by the tests and ``benchmarks/remote_throughput.py``; also runnable::

    python -m empathy_remote.testing.server --port 8765 --latency 0.1 --fault-rate 0.1

Routes (POST): ``/v1/chat/completions`` (OpenAI), ``/mistral/v1/chat/completions`` (Mistral:
``random_seed``, unknown fields -> 422), ``/v1/messages`` (Anthropic: ``x-api-key``,
``anthropic-version`` and ``max_tokens`` required, no ``system`` role inside ``messages``).

Faults, per request: ``429`` (with ``Retry-After``), ``500``, ``503``, ``timeout`` (the answer comes
after ``hang_s``), ``malformed`` (200 with broken JSON), ``drop`` (the connection is closed with no
answer). They come from ``plan`` (last user text -> faults of its successive attempts, so tests are
deterministic whatever the request order) or from ``fault_rate`` (a deterministic draw per
(text, attempt), so a text cannot fail forever).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import socket
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

FAULTS = ("429", "500", "503", "timeout", "malformed", "drop")

MISTRAL_FIELDS = {"model", "messages", "temperature", "top_p", "max_tokens", "stream", "stop", "random_seed",
                  "response_format", "tools", "tool_choice", "presence_penalty", "frequency_penalty", "n",
                  "safe_prompt"}


def default_responder(provider: str, body: dict[str, Any], text: str) -> str:
    return f"[{provider}:{body.get('model')}] reply to: {text}"


class FakeLLMServer:
    """Start with ``with FakeLLMServer(...) as srv:``; ``srv.url`` is ``http://127.0.0.1:PORT``."""

    def __init__(self, *, latency: float = 0.0, fault_rate: float = 0.0, fault_kinds: tuple[str, ...] = FAULTS,
                 plan: dict[str, list[str | None]] | None = None, keys: dict[str, str] | None = None,
                 responder: Callable[[str, dict[str, Any], str], str] | None = None, retry_after: str = "1",
                 hang_s: float = 3.0, seed: int = 0, port: int = 0, echo_key_in_errors: bool = True) -> None:
        self.latency = latency
        self.fault_rate = fault_rate
        self.fault_kinds = tuple(fault_kinds)
        self.plan = dict(plan or {})
        self.keys = dict(keys or {})
        self.responder = responder or default_responder
        self.retry_after = retry_after
        self.hang_s = hang_s
        self.seed = seed
        self.echo_key_in_errors = echo_key_in_errors
        self.requests: list[dict[str, Any]] = []
        self.attempts: dict[str, int] = {}
        self.faults_sent: dict[str, int] = {}
        self.inflight = 0
        self.max_inflight = 0
        self.lock = threading.Lock()
        self._port = port
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        assert self._httpd is not None
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def start(self) -> FakeLLMServer:
        server = self

        class Handler(_Handler):
            srv = server

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            request_queue_size = 256
            allow_reuse_address = True

        self._httpd = Server(("127.0.0.1", self._port), Handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True, name="fake-llm-server")
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> FakeLLMServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- behaviour -------------------------------------------------------------------------------
    def choose_fault(self, text: str) -> str | None:
        with self.lock:
            n = self.attempts.get(text, 0)
            self.attempts[text] = n + 1
        if text in self.plan:
            seq = self.plan[text]
            return seq[n] if n < len(seq) else None
        if self.fault_rate > 0:
            h = hashlib.sha256(f"{self.seed}\x00{text}\x00{n}".encode()).digest()
            u = int.from_bytes(h[:8], "big") / 2**64
            if u < self.fault_rate:
                return self.fault_kinds[h[8] % len(self.fault_kinds)]
        return None

    def record(self, entry: dict[str, Any]) -> None:
        with self.lock:
            self.requests.append(entry)
            if entry.get("fault"):
                self.faults_sent[entry["fault"]] = self.faults_sent.get(entry["fault"], 0) + 1

    def completed(self, provider: str | None = None) -> list[dict[str, Any]]:
        """Requests that got a normal 200 answer."""
        with self.lock:
            return [r for r in self.requests if r.get("status") == 200 and not r.get("fault")
                    and (provider is None or r["provider"] == provider)]


def _last_user_text(messages: Any) -> str:
    if isinstance(messages, list):
        for m in reversed(messages):
            if isinstance(m, dict) and m.get("role") == "user":
                c = m.get("content")
                if isinstance(c, str):
                    return c
                if isinstance(c, list):  # content blocks
                    return " ".join(b.get("text", "") for b in c if isinstance(b, dict))
    return ""


def _words(text: str) -> int:
    return len(text.split())


class _Handler(BaseHTTPRequestHandler):
    srv: FakeLLMServer
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are separate writes: no 40 ms delayed-ACK stalls

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet
        pass

    def _send(self, status: int, obj: Any = None, raw: bytes | None = None,
              headers: dict[str, str] | None = None) -> None:
        body = raw if raw is not None else json.dumps(obj).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            # one write for the head and the body (end_headers() would flush the head alone)
            self._headers_buffer.append(b"\r\n" + body)
            self.flush_headers()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def do_GET(self) -> None:  # noqa: N802
        self._send(200, {"object": "list", "data": [{"id": "fake-model"}]})

    def do_POST(self) -> None:  # noqa: N802
        srv = self.srv
        with srv.lock:
            srv.inflight += 1
            srv.max_inflight = max(srv.max_inflight, srv.inflight)
        try:
            self._post()
        finally:
            with srv.lock:
                srv.inflight -= 1

    def _post(self) -> None:
        srv = self.srv
        t0 = time.monotonic()
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        path = self.path.split("?")[0]
        if path == "/v1/chat/completions":
            provider = "openai"
        elif path == "/mistral/v1/chat/completions":
            provider = "mistral"
        elif path == "/v1/messages":
            provider = "anthropic"
        else:
            self._send(404, {"error": {"message": f"no route {path}"}})
            return
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            self._send(400, {"error": {"message": "request body is not JSON"}})
            return
        headers = {k.lower(): v for k, v in self.headers.items()}
        text = _last_user_text(body.get("messages"))
        entry: dict[str, Any] = {"provider": provider, "path": path, "headers": headers, "body": body,
                                 "text": text, "t": t0, "client_port": self.client_address[1]}
        # auth
        expected = srv.keys.get(provider)
        if provider == "anthropic":
            given = headers.get("x-api-key")
        else:
            auth = headers.get("authorization", "")
            given = auth[7:] if auth.startswith("Bearer ") else None
        if expected is not None and given != expected:
            entry["status"] = 401
            srv.record(entry)
            shown = given if srv.echo_key_in_errors else "***"
            self._send(401, {"error": {"message": f"Incorrect API key provided: {shown}", "type": "invalid_request_error"}})
            return
        # validation
        problem = self._validate(provider, body, headers)
        if problem:
            entry["status"] = problem[0]
            srv.record(entry)
            self._send(problem[0], {"error": {"message": problem[1]}})
            return
        fault = srv.choose_fault(text)
        entry["fault"] = fault
        if srv.latency:
            time.sleep(srv.latency)
        if fault == "drop":
            entry["status"] = None
            srv.record(entry)
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return
        if fault == "429":
            entry["status"] = 429
            srv.record(entry)
            self._send(429, {"error": {"message": "Rate limit reached", "type": "rate_limit_error"}},
                       headers={"Retry-After": srv.retry_after})
            return
        if fault in ("500", "503"):
            entry["status"] = int(fault)
            srv.record(entry)
            self._send(int(fault), {"error": {"message": "The server had an error", "type": "server_error"}})
            return
        if fault == "malformed":
            entry["status"] = 200
            srv.record(entry)
            self._send(200, raw=b'{"id": "x", "choices": [{"message": {"content": "trunc')
            return
        if fault == "timeout":
            time.sleep(srv.hang_s)
        reply = srv.responder(provider, body, text)
        prompt_tokens = sum(_words(m.get("content", "")) for m in body.get("messages", [])
                            if isinstance(m.get("content"), str)) + _words(body.get("system") or "")
        completion_tokens = _words(reply)
        if provider == "anthropic":
            obj = {"id": "msg_fake", "type": "message", "role": "assistant", "model": body.get("model"),
                   "content": [{"type": "text", "text": reply}], "stop_reason": "end_turn",
                   "usage": {"input_tokens": prompt_tokens, "output_tokens": completion_tokens}}
        else:
            obj = {"id": "chatcmpl-fake", "object": "chat.completion", "model": body.get("model"),
                   "choices": [{"index": 0, "message": {"role": "assistant", "content": reply},
                                "finish_reason": "stop"}],
                   "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                             "total_tokens": prompt_tokens + completion_tokens}}
        entry["status"] = 200
        srv.record(entry)
        self._send(200, obj)

    @staticmethod
    def _validate(provider: str, body: dict[str, Any], headers: dict[str, str]) -> tuple[int, str] | None:
        if not body.get("model"):
            return 400, "model is required"
        msgs = body.get("messages")
        if not isinstance(msgs, list) or not msgs:
            return 400, "messages must be a non-empty list"
        if provider == "anthropic":
            if not headers.get("anthropic-version"):
                return 400, "anthropic-version header is required"
            if not isinstance(body.get("max_tokens"), int):
                return 400, "max_tokens: field required"
            roles = [m.get("role") for m in msgs]
            if any(r not in ("user", "assistant") for r in roles):
                return 400, "messages: roles must be user or assistant (system goes in the system field)"
            if any(a == b for a, b in zip(roles, roles[1:], strict=False)):
                return 400, "messages: roles must alternate"
            if "seed" in body:
                return 400, "seed: extra inputs are not permitted"
        elif provider == "mistral":
            extra = set(body) - MISTRAL_FIELDS
            if extra:
                return 422, f"extra fields not permitted: {sorted(extra)}"
        return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--latency", type=float, default=0.0)
    ap.add_argument("--fault-rate", type=float, default=0.0)
    ap.add_argument("--hang", type=float, default=3.0)
    ap.add_argument("--retry-after", default="1")
    args = ap.parse_args()
    srv = FakeLLMServer(latency=args.latency, fault_rate=args.fault_rate, hang_s=args.hang,
                        retry_after=args.retry_after, port=args.port).start()
    print(srv.url, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        srv.stop()


if __name__ == "__main__":
    main()
