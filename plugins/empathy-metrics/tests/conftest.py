from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import pytest  # noqa: E402
from empathy_metrics.data import shared_data_dir  # noqa: E402


@pytest.fixture(scope="session")
def shared_data():
    d = shared_data_dir()
    if d is None:
        pytest.skip("shared data not found (set EMPATHY_SHARED_DATA or place it at <repo>/../shared/data)")
    return d


@pytest.fixture(scope="session")
def torch_threads():
    import torch

    torch.set_num_threads(2)
