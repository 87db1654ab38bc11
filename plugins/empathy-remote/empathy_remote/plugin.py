"""Entry point ``remote``: registers the generators, the judge scorer and the CLI commands.

Everything is registered by ``"module:attr"`` strings, so nothing heavy is imported at registration.
"""

from __future__ import annotations

from empathy_core.base import Capabilities
from empathy_core.hookspecs import hookimpl

EMPATHY_CORE_API = "1"

_NET = Capabilities(needs_network=True)


@hookimpl
def register_generators(register):  # type: ignore[no-untyped-def]
    register("openai", "empathy_remote.remote:OpenAIGenerator", capabilities=_NET,
             description="OpenAI Chat Completions or any compatible server (base_url=): vLLM, Ollama, llama.cpp, LM Studio")
    register("anthropic", "empathy_remote.remote:AnthropicGenerator", capabilities=_NET,
             description="Anthropic Messages API")
    register("mistral", "empathy_remote.remote:MistralGenerator", capabilities=_NET,
             description="Mistral chat completions API")
    register("transformers", "empathy_remote.hf:TransformersGenerator",
             description="A local causal or seq2seq checkpoint through transformers (path=DIR; never downloads)")


@hookimpl
def register_scorers(register):  # type: ignore[no-untyped-def]
    from empathy_remote.judge_meta import JUDGE_CAPABILITIES

    register("judge", "empathy_remote.judge:make_judge", capabilities=JUDGE_CAPABILITIES,
             description="LLM judge: the seven boundary patterns and 1-5 boundary/empathy ratings from any generator")


@hookimpl
def register_commands(cli):  # type: ignore[no-untyped-def]
    from empathy_remote.commands import add_commands

    add_commands(cli)
