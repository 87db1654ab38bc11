"""Names shared by the torch-free modules (CLI, plugin) and the model."""

ABLATIONS = ("none", "no_era", "no_contrastive", "no_intent_twice", "no_diffusion")

#: frozen sentence encoders of the context for the emotion head (``--context-encoder``)
CONTEXT_ENCODERS = ("none", "minilm")
