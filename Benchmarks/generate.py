#!/usr/bin/env python3
"""Deterministic synthetic corpus of think-tank briefs, written twice: as an Imprint site and as
a Hugo site with the same text, so both generators do the same work.

    Benchmarks/generate.py N OUTDIR      writes OUTDIR/imprint and OUTDIR/hugo

Briefs have 1,500-4,000 words, 8-30 footnotes (some cited twice, with long URLs), a table
in most, 60 authors, 8 centres and 40 topics, as in issue 8.
"""
import os
import random
import shutil
import sys

WORDS = ("policy water tariff subsidy utility household district budget reform evidence "
         "regulator market price survey region treaty climate finance grid energy labour "
         "migration trade export import revenue province council ministry audit report data "
         "growth inflation credit lending bank capital investment transport housing health "
         "school teacher clinic farmer irrigation harvest rainfall drought flood resilience").split()
CENTRES = [("economy", "Centre for Economic Governance"), ("climate", "Centre for Climate and Resources"),
           ("security", "Centre for Security Studies"), ("health", "Centre for Health Systems"),
           ("cities", "Centre for Urban Futures"), ("trade", "Trade Policy Programme"),
           ("digital", "Digital Governance Lab"), ("labour", "Labour and Migration Unit")]
TYPES = [("issue-brief", "Issue Brief"), ("policy-brief", "Policy Brief"), ("working-paper", "Working Paper")]
FIRST = "Amna Bilal Sara Daniyal Halima Tobias Wanjiru Priya Farid Ruth Samuel Amara".split()
LAST = "Rauf Khan Qureshi Haider Osman Lindqvist Kamau Menon Nasser Achieng Mwangi Diallo".split()


def sentence(rng, n):
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def paragraph(rng, words, notes, cited):
    out, count = [], 0
    while count < words:
        n = rng.randint(12, 28)
        s = sentence(rng, n)
        count += n
        if notes and rng.random() < 0.25:
            note = rng.randint(1, notes)
            cited.add(note)
            s = s[:-1] + f".[^{note}]"
        out.append(s)
    return " ".join(out), count


def body(rng, notes):
    target = rng.randint(1500, 4000)
    words, parts, cited = 0, [], set()
    sections = ["Background", "What the evidence shows", "Costs and who bears them", "Options", "Recommendations"]
    per_section = target // len(sections)
    for i, title in enumerate(sections):
        parts.append(f"## {title}\n")
        section_words = 0
        while section_words < per_section:
            text, n = paragraph(rng, rng.randint(60, 140), notes, cited)
            parts.append(text + "\n")
            section_words += n
        if i == 1 and rng.random() < 0.8:
            parts.append("| Indicator | 2023 | 2024 | Change |\n|---|--:|--:|--:|")
            for _ in range(rng.randint(3, 8)):
                parts.append(f"| {rng.choice(WORDS)} {rng.choice(WORDS)} | {rng.randint(10, 99)} | {rng.randint(10, 99)} | {rng.randint(-9, 9)}% |")
            parts.append("")
        words += section_words
    # Every note is cited at least once (Imprint rejects unreferenced notes, as it should).
    missing = [n for n in range(1, notes + 1) if n not in cited]
    if missing:
        parts.append("Further sources." + "".join(f"[^{n}]" for n in missing) + "\n")
    for n in range(1, notes + 1):
        parts.append(f"[^{n}]: {rng.choice(LAST)}, *{sentence(rng, 6)[:-1]}* ({rng.choice(CENTRES)[1]}, "
                     f"{rng.randint(2015, 2025)}), https://data.example.org/reports/{rng.randint(2015, 2025)}/"
                     f"{'-'.join(rng.choice(WORDS) for _ in range(8))}.pdf.")
    return "\n".join(parts) + "\n"


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(42)
    shutil.rmtree(out, ignore_errors=True)
    imprint, hugo = os.path.join(out, "imprint"), os.path.join(out, "hugo")
    for d in ["content/briefs", "content/people", "content/centres", "content/pages"]:
        os.makedirs(os.path.join(imprint, d))
    os.makedirs(os.path.join(hugo, "content/briefs"))
    here = os.path.dirname(os.path.abspath(__file__))
    shutil.copytree(os.path.join(here, "hugo-site/layouts"), os.path.join(hugo, "layouts"))
    shutil.copy(os.path.join(here, "hugo-site/hugo.toml"), os.path.join(hugo, "hugo.toml"))

    with open(os.path.join(imprint, "site.yaml"), "w") as f:
        f.write("title: Benchmark Institute\nbase_url: https://bench.example.org/\nlanguage: en\n"
                "organisation: { name: Benchmark Institute, short_name: BI, place: Nairobi }\n"
                "disclaimer: Views are the authors' own.\npaginate: 20\ntypes:\n"
                + "".join(f"  {i}: {l}\n" for i, l in TYPES))
    for cid, name in CENTRES:
        with open(os.path.join(imprint, f"content/centres/{cid}.md"), "w") as f:
            f.write(f"---\nname: {name}\n---\n{sentence(rng, 30)}\n")
    people = []
    for i in range(60):
        pid = f"person-{i:02d}"
        name = f"{FIRST[i % len(FIRST)]} {LAST[(i * 7) % len(LAST)]}"
        people.append((pid, name))
        with open(os.path.join(imprint, f"content/people/{pid}.md"), "w") as f:
            f.write(f"---\nname: {name}\nrole: Research Fellow\ncentre: {CENTRES[i % 8][0]}\n---\n{sentence(rng, 40)}\n")
    topics = [f"{rng.choice(WORDS)} {rng.choice(WORDS)} {i}" for i in range(40)]

    for i in range(n):
        slug = f"brief-{i:05d}"
        year = 2015 + i % 11
        date = f"{year}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        authors = rng.sample(people, rng.randint(1, 3))
        editor = rng.choice(people)
        centre = rng.choice(CENTRES)
        btype = rng.choice(TYPES)
        ts = rng.sample(topics, rng.randint(2, 4))
        title = sentence(rng, rng.randint(5, 10))[:-1]
        summary = sentence(rng, 14)
        text = body(rng, rng.randint(8, 30))
        with open(os.path.join(imprint, f"content/briefs/{slug}.md"), "w") as f:
            f.write(f"---\ntitle: \"{title}\"\ndate: {date}\nauthors: [{', '.join(a for a, _ in authors)}]\n"
                    f"editors: [{editor[0]}]\ncentre: {centre[0]}\ntype: {btype[0]}\nnumber: \"{btype[0][:2].upper()}-{year}-{i:05d}\"\n"
                    f"topics: [{', '.join(ts)}]\nsummary: \"{summary}\"\n---\n{text}")
        with open(os.path.join(hugo, f"content/briefs/{slug}.md"), "w") as f:
            f.write(f"---\ntitle: \"{title}\"\ndate: {date}\nauthors: [{', '.join(n for _, n in authors)}]\n"
                    f"editors: [{editor[1]}]\ncentres: [\"{centre[1]}\"]\ntypes: [\"{btype[1]}\"]\nnumber: \"{btype[0][:2].upper()}-{year}-{i:05d}\"\n"
                    f"topics: [{', '.join(ts)}]\nsummary: \"{summary}\"\n---\n{text}")
    print(f"wrote {n} briefs to {out}/imprint and {out}/hugo")


if __name__ == "__main__":
    main()
