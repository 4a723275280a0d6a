#!/usr/bin/env python3
"""Independent decoding of Refurb's label output, for the Swift tests (Tests/LabelsTests).

Every subcommand prints one JSON object on stdout:
  barcodes IMAGE.png         -> {"width", "height", "barcodes": [{"format", "text"}],
                                 "mode", "topLeftPixel" (0 black … 255 white), "darkFraction"}
  brother JOB.bin            -> {"pages": [{"width", "height", "mediaWidth", "rasterLines",
                                             "compression", "barcodes": [...]}]}
                                 parsed by brother-label's reader, which understands `Z` lines
                                 (the brother_ql / brother_ql_next readers do not)
  zpl LABEL.zpl --dpi 203    -> {"width", "height", "warnings", "barcodes": [...]} rendered by zplkit
Decoding is done by zxing-cpp. Nothing here shares code with the Swift encoders.
"""
import argparse
import io
import json
import os
import sys
import tempfile

import zxingcpp
from PIL import Image


def decode_image(image):
    results = zxingcpp.read_barcodes(image.convert("L"))
    return [{"format": result.format.name, "text": result.text} for result in results]


def cmd_barcodes(args):
    image = Image.open(args.image)
    gray = image.convert("L")
    histogram = gray.histogram()
    dark = sum(histogram[:128])
    return {"width": image.width, "height": image.height, "barcodes": decode_image(image),
            "mode": image.mode, "topLeftPixel": gray.getpixel((0, 0)),
            "darkFraction": dark / float(image.width * image.height)}


def cmd_brother(args):
    from brother_label.reader import BrotherQLReader

    with tempfile.TemporaryDirectory() as folder:
        previous = os.getcwd()
        os.chdir(folder)
        try:
            reader = BrotherQLReader(os.path.abspath(os.path.join(previous, args.job)))
            reader.filename_fmt = "page{counter:04d}.png"
            # The reader prints "Page saved as …" on stdout: keep stdout for our JSON.
            saved_stdout = sys.stdout
            sys.stdout = sys.stderr
            try:
                reader.analyse()
            finally:
                sys.stdout = saved_stdout
            pages = []
            for name in sorted(n for n in os.listdir(folder) if n.startswith("page")):
                image = Image.open(os.path.join(folder, name))
                image.load()
                pages.append({
                    "width": image.width,
                    "height": image.height,
                    "mediaWidth": reader.mwidth,
                    "rasterLines": reader.raster_no,
                    "compression": reader.compression,
                    "barcodes": decode_image(image),
                })
        finally:
            os.chdir(previous)
    return {"pages": pages}


def cmd_zpl(args):
    import zplkit

    with open(args.label, "rb") as handle:
        document = zplkit.render(handle.read(), zplkit.Options(dpi=args.dpi))
    scene = document.labels[0]
    image = Image.open(io.BytesIO(scene.png()))
    if args.save:
        image.save(args.save)
    return {"width": scene.width, "height": scene.height, "warnings": list(document.warnings),
            "barcodes": decode_image(image)}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    barcodes = commands.add_parser("barcodes")
    barcodes.add_argument("image")
    barcodes.set_defaults(run=cmd_barcodes)
    brother = commands.add_parser("brother")
    brother.add_argument("job")
    brother.set_defaults(run=cmd_brother)
    zpl = commands.add_parser("zpl")
    zpl.add_argument("label")
    zpl.add_argument("--dpi", type=int, default=203)
    zpl.add_argument("--save", help="also write the rendered label as PNG")
    zpl.set_defaults(run=cmd_zpl)
    args = parser.parse_args()
    try:
        result = args.run(args)
    except Exception as error:  # report, do not hide: the Swift test prints it
        print(json.dumps({"error": f"{type(error).__name__}: {error}"}))
        return 1
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
