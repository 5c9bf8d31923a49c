from __future__ import annotations

from pathlib import Path

import pytest

from marsad.document import Document
from marsad.errors import ConfigError
from marsad.pipeline import Pipeline, build_pipeline, factories, load_pipeline
from marsad.pipeline.registry import register


class _Boom:
    name = "boom"
    requires: tuple[str, ...] = ("tokens",)
    assigns: tuple[str, ...] = ("mentions",)

    def __call__(self, doc: Document) -> Document:
        raise RuntimeError("model exploded")


class _NeedsMentions:
    name = "needs"
    requires: tuple[str, ...] = ("mentions",)
    assigns: tuple[str, ...] = ("entities",)

    def __call__(self, doc: Document) -> Document:
        return doc


def test_default_pipeline_fills_sentences_and_tokens(example_text: str) -> None:
    pipe = load_pipeline()
    assert "marsad.text.v1" in factories()
    doc = pipe.analyze(example_text)
    assert len(doc.sentences) == 11
    assert doc.tokens and not doc.failures


def test_failing_component_is_recorded_and_rest_runs() -> None:
    text_comp = load_pipeline().components[0]
    pipe = Pipeline([text_comp, _Boom(), _NeedsMentions()])
    doc = pipe.analyze("قال الوزير.")
    assert doc.tokens
    assert [f.component for f in doc.failures] == ["boom", "needs"]
    assert "model exploded" in doc.failures[0].reason
    assert "skipped" in doc.failures[1].reason


def test_unmet_requirement_fails_at_build() -> None:
    with pytest.raises(ConfigError, match="requires mentions"):
        Pipeline([_NeedsMentions()])


@register("test.boom.v1")
def _make_boom(name: str, settings: dict[str, object]) -> _Boom:
    return _Boom()


def test_build_from_toml(tmp_path: Path) -> None:
    cfg = tmp_path / "p.toml"
    cfg.write_text('[pipeline]\ncomponents = ["text", "boom"]\n'
                   '[components.text]\nfactory = "marsad.text.v1"\n'
                   '[components.boom]\nfactory = "test.boom.v1"\n', encoding="utf-8")
    assert load_pipeline(cfg).names == ["text", "boom"]


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ({}, "components"),
        ({"pipeline": {"components": ["x"]}}, "factory"),
        ({"pipeline": {"components": ["x"]}, "components": {"x": {"factory": "nope.v1"}}},
         "unknown component factory"),
        ({"pipeline": {"components": ["text"]},
          "components": {"text": {"factory": "marsad.text.v1", "bad": 1}}}, "no settings"),
    ],
)
def test_bad_configs(config: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        build_pipeline(config)


def test_load_pipeline_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[pipeline\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_pipeline(bad)
    with pytest.raises(ConfigError, match="cannot read"):
        load_pipeline(tmp_path / "missing.toml")
