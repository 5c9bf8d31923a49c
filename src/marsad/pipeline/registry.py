"""Components registered by versioned name (``marsad.text.v1``).

A factory takes the component's name in the pipeline and its settings from
the TOML config, and returns a :class:`~marsad.pipeline.protocol.Component`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from marsad.errors import ConfigError
from marsad.pipeline.protocol import Component

Factory = Callable[[str, dict[str, Any]], Component]
_FACTORIES: dict[str, Factory] = {}


def register(factory_name: str) -> Callable[[Factory], Factory]:
    """Decorator: register ``factory`` under ``factory_name``."""

    def wrap(factory: Factory) -> Factory:
        if factory_name in _FACTORIES and _FACTORIES[factory_name] is not factory:
            raise ConfigError(f"factory {factory_name!r} is registered twice", code="M021")
        _FACTORIES[factory_name] = factory
        return factory

    return wrap


def get_factory(factory_name: str) -> Factory:
    """The factory registered under ``factory_name``.

    Raises:
        ConfigError: no such factory.
    """
    _load_builtin()
    try:
        return _FACTORIES[factory_name]
    except KeyError:
        known = ", ".join(sorted(_FACTORIES))
        raise ConfigError(f"unknown component factory {factory_name!r} (known: {known})",
                          code="M022") from None


def factories() -> list[str]:
    """All registered factory names."""
    _load_builtin()
    return sorted(_FACTORIES)


def _load_builtin() -> None:
    # Importing the package registers Marsad's own components.
    import marsad.components  # noqa: F401
