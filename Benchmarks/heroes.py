#!/usr/bin/env python3
"""Gives every brief of a corpus made by generate.py a hero image (issue 22's benchmark).

    Benchmarks/heroes.py CORPUS [WIDTH HEIGHT]

Each brief `content/briefs/<slug>.md` becomes a bundle `<slug>/index.md` with `image: hero.png`,
a PNG of WIDTHxHEIGHT (default 2400x1600). The pixels are one smooth picture made once with
libvips (flat blocks of colour with a fine grain: it compresses like a generated illustration, a few MB);
each copy carries its own PNG text chunk, so every hero has its own content hash and the build
treats it as its own image (makes its own copies and card) at no cost to make here.
"""
import os
import struct
import subprocess
import sys
import tempfile
import zlib


def base_png(width, height):
    with tempfile.TemporaryDirectory() as tmp:
        bands = []
        for seed in (1, 2, 3):
            small = os.path.join(tmp, f"n{seed}.v")
            subprocess.run(["vips", "gaussnoise", small, str(width // 10), str(height // 10),
                            "--sigma", "40", "--mean", "128", "--seed", str(seed)], check=True)
            bands.append(small)
        joined = os.path.join(tmp, "joined.v")
        subprocess.run(["vips", "bandjoin", " ".join(bands), joined], check=True)
        big = os.path.join(tmp, "big.v")
        subprocess.run(["vips", "resize", joined, big, "10", "--kernel", "nearest"], check=True)
        # Fine grain over the flat blocks, as in a generated or scanned illustration.
        grain = os.path.join(tmp, "grain.v")
        subprocess.run(["vips", "gaussnoise", grain, str(width), str(height), "--sigma", "0.8", "--mean", "0"], check=True)
        grained = os.path.join(tmp, "grained.v")
        subprocess.run(["vips", "add", big, grain, grained], check=True)
        png = os.path.join(tmp, "base.png")
        subprocess.run(["vips", "cast", grained, png + "[compression=6]", "uchar"], check=True)
        with open(png, "rb") as f:
            return f.read()


def with_text(png, text):
    """The PNG with a tEXt chunk inserted before IEND."""
    data = b"Comment\0" + text.encode()
    chunk = struct.pack(">I", len(data)) + b"tEXt" + data + struct.pack(">I", zlib.crc32(b"tEXt" + data))
    end = png.rindex(b"IEND") - 4
    return png[:end] + chunk + png[end:]


def main():
    corpus = sys.argv[1]
    width, height = (int(sys.argv[2]), int(sys.argv[3])) if len(sys.argv) > 3 else (2400, 1600)
    briefs = os.path.join(corpus, "content", "briefs")
    png = base_png(width, height)
    count = 0
    for name in sorted(os.listdir(briefs)):
        if not name.endswith(".md"):
            continue
        slug = name[:-3]
        with open(os.path.join(briefs, name)) as f:
            text = f.read()
        assert text.startswith("---\n")
        text = ("---\nimage:\n  src: hero.png\n  alt: \"A smooth field of colour standing for brief "
                + slug + "\"\n" + text[4:])
        bundle = os.path.join(briefs, slug)
        os.makedirs(bundle)
        with open(os.path.join(bundle, "index.md"), "w") as f:
            f.write(text)
        with open(os.path.join(bundle, "hero.png"), "wb") as f:
            f.write(with_text(png, slug))
        os.remove(os.path.join(briefs, name))
        count += 1
    print(f"{count} briefs now have a {width}x{height} PNG hero of {len(png) // 1024} KB")


if __name__ == "__main__":
    main()
