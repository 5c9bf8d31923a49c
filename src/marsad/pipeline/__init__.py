"""Components, their registry, and the pipeline that runs them."""

from marsad.pipeline.protocol import Component
from marsad.pipeline.registry import factories, get_factory, register
from marsad.pipeline.runner import Pipeline, build_pipeline, default_config_text, load_pipeline

__all__ = [
    "Component", "Pipeline", "build_pipeline", "default_config_text", "factories",
    "get_factory", "load_pipeline", "register",
]
