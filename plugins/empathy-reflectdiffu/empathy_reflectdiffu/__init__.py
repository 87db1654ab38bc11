"""ReflectDiffu (clean-room) for empathy-core. Importing this package does not import torch."""

__version__ = "0.1.0"
