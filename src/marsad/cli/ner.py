"""``marsad train ner``, ``marsad train clusters`` and ``marsad eval ner``."""

from __future__ import annotations

import json
import time
from pathlib import Path

import click

from marsad.cli.groups import eval_group, train_group
from marsad.errors import EvalError
from marsad.paths import shared_data, shared_root


@train_group.command("clusters")
@click.option("--out", type=click.Path(path_type=Path), required=True,
              help="Cluster file to write (gzip TSV).")
@click.option("--shared", type=click.Path(path_type=Path), default=None,
              help="Shared folder (default: $MARSAD_SHARED or ../shared).")
@click.option("--seed", type=int, default=13, show_default=True)
def train_clusters(out: Path, shared: Path | None, seed: int) -> None:
    """Word clusters for NER: word2vec on SaudiNewsNet, then k-means (64/256/1024)."""
    from marsad.ner.clusters import ClusterSettings, build_clusters

    started = time.perf_counter()
    clusters = build_clusters(shared_data("saudinewsnet", shared), out,
                              ClusterSettings(seed=seed))
    click.echo(f"{len(clusters)} words clustered in {time.perf_counter() - started:.0f} s "
               f"-> {out}")


@train_group.command("ner")
@click.option("--out", type=click.Path(path_type=Path), required=True,
              help="Model folder to write.")
@click.option("--shared", type=click.Path(path_type=Path), default=None,
              help="Shared folder (default: $MARSAD_SHARED or ../shared).")
@click.option("--seed", type=int, default=13, show_default=True)
@click.option("--clusters", type=click.Path(path_type=Path), default=None,
              help="Cluster file (default: the shipped one; rebuild it with "
                   "`marsad train clusters`).")
@click.option("--aqmar/--no-aqmar", default=None,
              help="Also train on AQMAR train+dev (default: as the shipped model).")
@click.option("--c1", type=float, default=None, help="L1 weight (default: tuned value).")
@click.option("--c2", type=float, default=None, help="L2 weight (default: tuned value).")
@click.option("--folds", type=int, default=None,
              help="Cross-validation folds for the second (stacked) stage; 0: no second stage "
                   "(default: as the shipped model).")
@click.option("--dev", is_flag=True,
              help="Hold out the last 10%% of ANERcorp train and report dev scores.")
def train_ner(out: Path, shared: Path | None, seed: int, clusters: Path | None,
              aqmar: bool | None, c1: float | None, c2: float | None, folds: int | None,
              dev: bool) -> None:
    """Train the NER model from ANERcorp (and AQMAR), gazetteers and word clusters."""
    from marsad.ner import defaults
    from marsad.ner.model import CLUSTERS_FILE, shipped_model_dir
    from marsad.ner.training import (
        TrainSettings,
        build_model,
        evaluate,
        load_features,
        read_aqmar,
        read_training_data,
        split_dev,
    )

    root = shared_root(shared)
    data = root / "data"
    cfile = clusters or shipped_model_dir() / CLUSTERS_FILE
    use_aqmar = defaults.AQMAR if aqmar is None else aqmar
    settings = TrainSettings(c1=defaults.C1 if c1 is None else c1,
                             c2=defaults.C2 if c2 is None else c2,
                             max_iterations=defaults.MAX_ITERATIONS, seed=seed,
                             folds=defaults.FOLDS if folds is None else folds,
                             fold_iterations=defaults.FOLD_ITERATIONS, window=defaults.WINDOW)
    features = load_features(data, cfile)
    sentences = read_training_data(data)
    held: list[tuple[list[str], list[str]]] = []
    if dev:
        sentences, held = split_dev(sentences)
    if use_aqmar:
        sentences += read_aqmar(data)
    started = time.perf_counter()
    model = build_model(out, sentences, features, cfile, settings,
                        {"aqmar": use_aqmar, "dev_held_out": dev})
    click.echo(f"trained on {len(sentences)} sentences in {time.perf_counter() - started:.0f} s;"
               f" {len(model.crf.attributes)} attributes -> {out}")
    if held:
        scores, _ = evaluate(model, held)
        click.echo(f"dev micro F1 {scores.micro.f1:.4f} (P {scores.micro.precision:.4f}, "
                   f"R {scores.micro.recall:.4f})")


@eval_group.command("ner")
@click.option("--data", type=click.Path(path_type=Path), default=None,
              help="CoNLL file: 'token TAG' lines (default: shared anercorp/test.txt).")
@click.option("--predictions", type=click.Path(path_type=Path), default=None,
              help="Also write 'token gold predicted' lines here.")
@click.option("--model", type=click.Path(path_type=Path), default=None,
              help="Model folder (default: the shipped model).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def eval_ner(data: Path | None, predictions: Path | None, model: Path | None, fmt: str) -> None:
    """Exact-span micro and per-label P/R/F1 (conlleval-style) on a CoNLL file."""
    from marsad.ner.io import read_conll, write_predictions
    from marsad.ner.model import NERModel
    from marsad.ner.training import evaluate

    path = data or shared_data("anercorp/test.txt")
    if not path.is_file():
        raise EvalError(f"CoNLL file not found: {path}", code="M060")
    sentences = read_conll(path)
    tagger = NERModel.load(model)
    started = time.perf_counter()
    scores, predicted = evaluate(tagger, sentences)
    seconds = time.perf_counter() - started
    if predictions is not None:
        write_predictions(predictions, sentences, predicted)
    if fmt == "json":
        click.echo(json.dumps(scores.as_dict(), indent=2))
        return
    click.echo(f"{scores.sentences} sentences, {scores.tokens} tokens, tagged in {seconds:.2f} s")
    click.echo(f"{'':<8} {'P':>7} {'R':>7} {'F1':>7} {'gold':>6} {'pred':>6}")
    rows = [*sorted(scores.per_label.items()), ("micro", scores.micro)]
    for name, s in rows:
        click.echo(f"{name:<8} {s.precision:7.4f} {s.recall:7.4f} {s.f1:7.4f} "
                   f"{s.tp + s.fn:6d} {s.tp + s.fp:6d}")


@eval_group.command("mentions")
@click.option("--gold", "gold_path", type=click.Path(path_type=Path), required=True,
              help="Gold JSON with 'article' (text file beside it) and 'mentions'.")
@click.option("--config", type=click.Path(path_type=Path), default=None,
              help="Pipeline TOML (default: the built-in pipeline).")
def eval_mentions(gold_path: Path, config: Path | None) -> None:
    """Mentions of one article against its gold file: found, missed, spurious."""
    from marsad.evaluation.mentions import score_article

    report = score_article(gold_path, config)
    for line in report.lines():
        click.echo(line)
