"""empathy-remote: remote chat generators (OpenAI-compatible, Anthropic, Mistral), a local
transformers generator and the LLM-judge scorer for empathy-core.

Importing this package is light: httpx, tenacity, torch and transformers load on first use.
"""

__version__ = "0.1.0"
EMPATHY_CORE_API = "1"
