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
    assert report["macro_f1"] >= 0.95
    for rel in ("leads", "invests", "locatedIn"):
        assert report[f"relations.{rel}"]["f1"] >= 0.9
