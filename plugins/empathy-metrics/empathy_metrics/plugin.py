"""empathy-core plugin entry point: registers the scorers and the ``empathy metrics`` commands.

Nothing heavy is imported here: scorers are registered as ``"module:attr"`` strings and torch /
transformers load only when a scorer is first used.
"""

from __future__ import annotations

from typing import Any

from empathy_core.hookspecs import hookimpl

EMPATHY_CORE_API = "1"


@hookimpl
def register_scorers(register: Any) -> None:
    register("epitome", "empathy_metrics.scorers:EpitomeScorer",
             description="EPITOME empathy mechanisms 0/1/2 + sum (MiniLM + trained heads, English)")
    register("response_emotion", "empathy_metrics.scorers:ResponseEmotionScorer",
             description="Response emotion: ED 32 labels + positive/negative/neutral (English)")
    register("response_intent", "empathy_metrics.scorers:ResponseIntentScorer",
             description="Response intent: 8 EmpatheticIntents + neutral (English)")


@hookimpl
def register_commands(cli: Any) -> None:
    import click

    @cli.group("metrics")
    def metrics() -> None:
        """Learned empathy metrics (empathy-metrics plugin)."""

    @metrics.command("train")
    @click.argument("task", type=click.Choice(["epitome", "emotion", "intent", "epitome_m", "rating", "all"]))
    @click.option("--data", default=None, help="shared data folder (default: $EMPATHY_SHARED_DATA or ../shared/data)")
    @click.option("--out", default=None, help="output folder (default: the package's weights/)")
    @click.option("--cache", default=None, help="embedding cache folder (default: $TMPDIR/empathy_metrics_cache)")
    @click.option("--search", is_flag=True, help="also evaluate the candidate configurations")
    @click.option("--threads", default=2, show_default=True, type=int)
    def train(task: str, data: str | None, out: str | None, cache: str | None, search: bool, threads: int) -> None:
        """Train the heads of TASK from the shared data and print the metrics as JSON (epitome_m: the
        multilingual EPITOME heads; rating: the empathy rating model, after epitome_m)."""
        import json

        from .train import DEFAULT_CACHE, run

        res = run(task, data, out, DEFAULT_CACHE if cache is None else (cache or None), search, threads)
        click.echo(json.dumps(res, indent=2))
