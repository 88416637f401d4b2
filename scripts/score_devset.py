"""Score extraction on the real-news development set, whole and in two halves (by article id).

    .venv/bin/python scripts/score_devset.py [--devset ../shared/eval/devset] [--half A|B|all] [--errors]

Builds each part into its own temporary store, exports TriG and runs the shared scorer on it. The halves
let a change be judged on articles whose errors were not studied: develop on A, report B beside it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIGURES = [
    ("macro", "macro_f1"),
    ("Zone", "entities.Zone"),
    ("Person", "entities.Person"),
    ("Company", "entities.Company"),
    ("Project", "entities.Project"),
    ("leads", "relations.leads"),
    ("invests", "relations.invests"),
    ("locatedIn", "relations.locatedIn"),
    ("posts", "posts"),
    ("authors", "articles.author_accuracy"),
    ("amounts", "investment.accuracy"),
]


def split(devset: Path) -> dict[str, tuple[list[dict], dict]]:
    """{part: (article records, gold restricted to them)} for all, A (first half by id) and B."""
    records = [
        json.loads(line)
        for line in (devset / "articles.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    gold = json.loads((devset / "gold.json").read_text(encoding="utf-8"))
    ids = sorted(r["id"] for r in records)
    half = {"A": set(ids[: len(ids) // 2]), "B": set(ids[len(ids) // 2 :]), "all": set(ids)}
    parts = {}
    for name, keep in half.items():

        def mine(ident: str, keep: set[str] = keep) -> bool:
            return ident.split("_", 1)[0] in keep

        ents = [e for e in gold["entities"] if mine(e["id"])]
        kept = {e["id"] for e in ents}
        sub = {
            **gold,
            "articles": [a for a in gold["articles"] if a["id"] in keep],
            "entities": ents,
            "relations": [r for r in gold["relations"] if r["s"] in kept and r["o"] in kept],
            "posts": [p for p in gold["posts"] if p["person"] in kept],
        }
        parts[name] = ([r for r in records if r["id"] in keep], sub)
    return parts


def score(records: list[dict], gold: dict, scorer: Path, work: Path, errors: bool) -> dict:
    work.mkdir(parents=True, exist_ok=True)
    corpus, gold_file, out = work / "articles.jsonl", work / "gold.json", work / "out.trig"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    gold_file.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    zg = [sys.executable, "-m", "zonegraph.cli"]
    subprocess.run(
        [*zg, "build", str(corpus), "--store", str(work / "store"), "-q", "--force"],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [*zg, "export", "--store", str(work / "store"), "-f", "trig", "-o", str(out)],
        check=True,
        capture_output=True,
    )
    # the scorer matches in set order: a fixed hash seed makes its figures the same from run to run
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    if errors:
        subprocess.run(
            [sys.executable, str(scorer), str(out), str(gold_file), "--errors"], check=False, env=env
        )
    res = subprocess.run(
        [sys.executable, str(scorer), str(out), str(gold_file), "--json"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return json.loads(res.stdout)["report"]


def cell(report: dict, key: str) -> str:
    v = report.get(key)
    if key == "macro_f1":
        return f"{float(v):.3f}"
    return f"{v['f1']:.2f}" if isinstance(v, dict) else f"{float(v):.2f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--devset", type=Path, default=ROOT.parent / "shared" / "eval" / "devset")
    ap.add_argument("--half", choices=["A", "B", "all"], action="append")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--scorer", type=Path, help="score.py (default: beside the set, else ../shared/eval)")
    args = ap.parse_args()
    scorer = args.scorer or args.devset.parent / "score.py"
    if not scorer.exists():
        scorer = ROOT.parent / "shared" / "eval" / "score.py"
    parts = split(args.devset)
    print("| part | " + " | ".join(n for n, _ in FIGURES) + " |")
    print("| --- " * (len(FIGURES) + 1) + "|")
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.half or ["all", "A", "B"]:
            records, gold = parts[name]
            report = score(records, gold, scorer, Path(tmp) / name, args.errors)
            print(f"| {name} ({len(records)}) | " + " | ".join(cell(report, k) for _, k in FIGURES) + " |")


if __name__ == "__main__":
    main()
