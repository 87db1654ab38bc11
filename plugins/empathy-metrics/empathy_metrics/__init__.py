"""empathy-metrics: learned empathy metrics for empathy-core (EPITOME mechanisms, response emotion
and intent), MiniLM sentence embeddings with small trained heads. English only."""

__version__ = "0.1.0"
EMPATHY_CORE_API = "1"
