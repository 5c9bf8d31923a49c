"""Scoring helpers shared by the ``marsad eval`` commands."""

from marsad.evaluation.metrics import PRF, prf

__all__ = ["PRF", "prf"]
