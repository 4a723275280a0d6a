#!/usr/bin/env python3
"""Baseline for scripts/bench/labels: times brother_ql_next's `convert` (PyPI brother_ql_next) turning the
same asset-tag image Refurb encodes into QL raster, in-process, per label. Prints JSON."""
import argparse
import json
import statistics
import time

from PIL import Image
from brother_ql.conversion import convert
from brother_ql.raster import BrotherQLRaster


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("image")
    parser.add_argument("--model", default="QL-700")
    parser.add_argument("--label", default="62x29")
    parser.add_argument("--iterations", type=int, default=100)
    args = parser.parse_args()
    image = Image.open(args.image)
    image.load()

    def once():
        raster = BrotherQLRaster(args.model)
        raster.exception_on_warning = True
        return convert(raster, [image], args.label, cut=True, dither=False, compress=False, red=False, rotate="0")

    for _ in range(min(10, args.iterations)):
        once()
    samples = []
    for _ in range(args.iterations):
        start = time.perf_counter()
        data = once()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    print(json.dumps({
        "name": f"brother_ql_next-convert-{args.model}",
        "iterations": len(samples),
        "medianMs": round(statistics.median(samples), 3),
        "p95Ms": round(samples[min(len(samples) - 1, len(samples) * 95 // 100)], 3),
        "minMs": round(samples[0], 3),
        "bytes": len(data),
    }))


if __name__ == "__main__":
    main()
