"""The sample's gold annotation, scored by the shared scorer on an export of the built graph."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import shared_or_skip

from zonegraph.export import export


def test_sample_scores_above_the_bar(sample_store, tmp_path: Path) -> None:
    scorer = shared_or_skip("eval", "score.py")
    gold = shared_or_skip("eval", "seed-gold.json")
    out = tmp_path / "sample.ttl"
    export(sample_store, "ttl", out)
    res = subprocess.run(
        [sys.executable, str(scorer), str(out), str(gold), "--json"], capture_output=True, text=True
    )
    report = json.loads(res.stdout)["report"]
    assert report["articles.count"] == "9/9"
    assert report["articles.title_accuracy"] == 1.0 and report["articles.author_accuracy"] == 1.0
    assert report["macro_f1"] >= 0.99  # 1.0: a lost brand (联安) showed as 0.988
    for rel in ("leads", "invests", "locatedIn"):
        assert report[f"relations.{rel}"]["f1"] >= 0.95


def test_real_news_development_set_scores_above_its_floor(tmp_path: Path) -> None:
    """48 real articles with independent gold: a floor a little under today's figures, so that a change
    that loses ground on real news fails here (the figures themselves are in the closing notes)."""
    from zonegraph.pipeline import build
    from zonegraph.store import GraphStore

    scorer = shared_or_skip("eval", "score.py")
    devset = shared_or_skip("eval", "devset")
    store = GraphStore(tmp_path / "dev")
    report_ = build([devset / "articles.jsonl"], store, workers=1)
    assert report_.articles == 48 and not [e for e in report_.errors if "extraction failed" in str(e)]
    out = tmp_path / "dev.trig"
    export(store, "trig", out)
    res = subprocess.run(
        [sys.executable, str(scorer), str(out), str(devset / "gold.json"), "--json"],
        capture_output=True,
        text=True,
    )
    report = json.loads(res.stdout)["report"]
    assert report["macro_f1"] >= 0.90  # 0.93 on 2026-12-01
    for rel in ("leads", "invests", "locatedIn"):
        assert report[f"relations.{rel}"]["f1"] >= 0.82, rel  # 0.94 / 0.89 / 0.89
    assert report["articles.author_accuracy"] >= 0.94  # 1.0
    assert report["investment.accuracy"] >= 0.9  # 1.0


def test_synthetic_corpus_stays_consistent(tmp_path: Path) -> None:
    """Consistency, not quality: our own grammar, scored against the gold it was generated with. A drop
    here means a rule for real news broke a form the extractor handled (a brand that is also a county)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from synth import Corpus

    from zonegraph.pipeline import build
    from zonegraph.store import GraphStore

    scorer = shared_or_skip("eval", "score.py")
    corpus = Corpus(7)
    src = tmp_path / "synth.jsonl"
    src.write_text(
        "".join(json.dumps(corpus.article(i), ensure_ascii=False) + "\n" for i in range(200)),
        encoding="utf-8",
    )
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(corpus.finish(), ensure_ascii=False), encoding="utf-8")
    store = GraphStore(tmp_path / "g")
    build([src], store, workers=1)
    out = tmp_path / "synth.trig"
    export(store, "trig", out)
    res = subprocess.run(
        [sys.executable, str(scorer), str(out), str(gold), "--json"], capture_output=True, text=True
    )
    assert json.loads(res.stdout)["report"]["macro_f1"] >= 0.99
