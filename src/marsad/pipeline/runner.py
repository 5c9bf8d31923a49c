"""Build a pipeline from a TOML config and run it over documents."""

from __future__ import annotations

import logging
import time
import tomllib
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from marsad.document import Document, Failure
from marsad.errors import ConfigError
from marsad.pipeline.protocol import Component
from marsad.pipeline.registry import get_factory

log = logging.getLogger(__name__)

BASE_LAYERS = frozenset({"text"})


class Pipeline:
    """An ordered list of components whose requires/assigns were checked at build time."""

    def __init__(self, components: list[Component]) -> None:
        available = set(BASE_LAYERS)
        names: set[str] = set()
        for comp in components:
            if not isinstance(comp, Component):
                raise ConfigError(f"{comp!r} is not a component", code="M023")
            if comp.name in names:
                raise ConfigError(f"component name {comp.name!r} is used twice", code="M023")
            names.add(comp.name)
            missing = [r for r in comp.requires if r not in available]
            if missing:
                raise ConfigError(
                    f"component {comp.name!r} requires {', '.join(missing)}, "
                    "which no earlier component assigns",
                    code="M024",
                )
            available.update(comp.assigns)
        self.components = list(components)
        self.timings: dict[str, float] = {c.name: 0.0 for c in components}

    @property
    def names(self) -> list[str]:
        """The components' names in order."""
        return [c.name for c in self.components]

    def __call__(self, doc: Document) -> Document:
        """Run every component; a failing one is recorded and the rest still run."""
        failed: set[str] = set()
        for comp in self.components:
            if any(r in failed for r in comp.requires):
                doc.failures.append(Failure(comp.name, "skipped: a component it requires failed"))
                failed.update(comp.assigns)
                continue
            started = time.perf_counter()
            try:
                result = comp(doc)
                if result is not doc:
                    raise TypeError(f"{comp.name} returned a different document")
                doc.validate(comp.assigns)
            except Exception as err:
                log.debug("component %s failed on %s", comp.name, doc.id, exc_info=True)
                doc.failures.append(Failure(comp.name, f"{type(err).__name__}: {err}"))
                failed.update(comp.assigns)
            self.timings[comp.name] += time.perf_counter() - started
        return doc

    def analyze(self, text: str, *, meta: dict[str, Any] | None = None,
                doc_id: str = "") -> Document:
        """Analyse one text."""
        return self(Document(text=text, id=doc_id, meta=dict(meta or {})))

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Analyse documents one by one, in order."""
        for doc in docs:
            yield self(doc)


def default_config_text() -> str:
    """The TOML of the pipeline that ships with Marsad."""
    return resources.files("marsad.pipeline").joinpath("default.toml").read_text("utf-8")


def build_pipeline(config: dict[str, Any]) -> Pipeline:
    """Build a :class:`Pipeline` from a parsed config.

    Raises:
        ConfigError: unknown factories, bad settings, or unmet requirements.
    """
    try:
        order = config["pipeline"]["components"]
    except (KeyError, TypeError):
        raise ConfigError("config needs [pipeline] components = [...]", code="M025") from None
    if not isinstance(order, list) or not all(isinstance(n, str) for n in order):
        raise ConfigError("[pipeline] components must be a list of names", code="M025")
    settings = config.get("components", {})
    comps: list[Component] = []
    for name in order:
        section = dict(settings.get(name, {}))
        factory_name = section.pop("factory", None)
        if not isinstance(factory_name, str):
            raise ConfigError(f"[components.{name}] needs factory = \"...\"", code="M025")
        comps.append(get_factory(factory_name)(name, section))
    return Pipeline(comps)


def load_pipeline(path: str | Path | None = None) -> Pipeline:
    """Build the pipeline from a TOML file, or the default one.

    Raises:
        ConfigError: the file is missing, not TOML, or not a valid pipeline.
    """
    if path is None:
        text = default_config_text()
        where = "default pipeline"
    else:
        p = Path(path)
        try:
            text = p.read_text("utf-8")
        except OSError as err:
            raise ConfigError(f"cannot read config {p}: {err.strerror}", code="M026") from None
        where = str(p)
    try:
        config = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{where} is not valid TOML: {err}", code="M026") from None
    return build_pipeline(config)
