#!/usr/bin/env python3
"""Lists the story pairs a binary gets wrong on dev/gva, with their evidence.

Copies every article of the gva set into ONE folder, as the scorer does
(articles/<incident>/<id>.md -> mixed/<incident>__<id>.md), runs
`factlint stories --format json mixed` and compares the grouping with the
incidents: a missed pair is two articles of one incident in two stories, a
false pair two of different incidents in one. Prints the pairwise P/R/F1
line the scorer's stories_f1 is computed from, then (unless --summary) each
missed and false pair with the evidence line of each file and the
articles' dates and titles. With --save FILE the grouping is kept, and with
--against FILE only the pairs that changed since that grouping are listed
(made: joined now, undone: joined then), which is how a change's moved
pairs are read before a commit.

Usage: scripts/story-pairs.py BINARY [--summary] [--save FILE] [--against FILE]
Python 3, standard library only. SHARED overrides ../shared.
"""
import argparse
import collections
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get('SHARED', os.path.join(ROOT, '..', 'shared'))
GVA = os.path.join(SHARED, 'eval', 'dev', 'gva', 'articles')


def incident(name):
    return os.path.basename(name).split('__', 1)[0]


def front(path):
    """The date and title of an article's front matter."""
    date = title = ''
    with open(path, encoding='utf-8', errors='replace') as f:
        for line in itertools.islice(f, 12):
            m = re.match(r'^(date|title):\s*"?(.*?)"?\s*$', line)
            if m:
                if m.group(1) == 'date':
                    date = m.group(2)[:10]
                else:
                    title = m.group(2)[:90]
    return date, title


def group(binary, tmp):
    mixed = os.path.join(tmp, 'mixed')
    os.makedirs(mixed)
    for inc in sorted(os.listdir(GVA)):
        for f in sorted(os.listdir(os.path.join(GVA, inc))):
            shutil.copyfile(os.path.join(GVA, inc, f), os.path.join(mixed, f'{inc}__{f}'))
    out = subprocess.run([binary, 'stories', '--format', 'json', 'mixed'], cwd=tmp,
                         capture_output=True, text=True, check=False)
    if not out.stdout.strip():
        sys.exit(f'story-pairs: no output from {binary}: {out.stderr.strip()}')
    story_of, evidence = {}, {}
    for k, s in enumerate(json.loads(out.stdout)['stories']):
        for f in s.get('files') or []:
            story_of[os.path.basename(f)] = k
        for e in s.get('evidence') or []:
            f, _, why = e.partition(': ')
            evidence[os.path.basename(f)] = why
    files = sorted(os.listdir(mixed))
    return files, story_of, evidence, mixed


def pairs(files, story_of):
    by = collections.defaultdict(list)
    for f in files:
        by[story_of.get(f, ('alone', f))].append(f)
    return {p for fs in by.values() for p in itertools.combinations(sorted(fs), 2)}


def show(kind, a, b, evidence, mixed):
    print(f'{kind} {a} {b}')
    for f in (a, b):
        date, title = front(os.path.join(mixed, f))
        print(f'    {f} {date} "{title}"')
        print(f'        {evidence.get(f, "alone") [:400]}')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('binary')
    ap.add_argument('--summary', action='store_true', help='print only the P/R/F1 line')
    ap.add_argument('--save', help='write the grouping (file -> story) as JSON')
    ap.add_argument('--against', help='list only the pairs moved since this saved grouping')
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix='story-pairs-')
    try:
        files, story_of, evidence, mixed = group(os.path.abspath(args.binary), tmp)
        sys_pairs = pairs(files, story_of)
        gold = {p for p in itertools.combinations(files, 2) if incident(p[0]) == incident(p[1])}
        tp = len(sys_pairs & gold)
        p, r = tp / max(1, len(sys_pairs)), tp / max(1, len(gold))
        f1 = 2 * p * r / max(1e-9, p + r)
        print(f'stories: P {p:.4f} R {r:.4f} F1 {f1:.4f} tp={tp} sys={len(sys_pairs)} gold={len(gold)}')
        if args.save:
            with open(args.save, 'w') as out:
                json.dump(story_of, out)
        if args.summary:
            return
        if args.against:
            with open(args.against) as f:
                before = pairs(files, json.load(f))
            for tag, ps in (('made', sys_pairs - before), ('undone', before - sys_pairs)):
                for a, b in sorted(ps):
                    show(f'{tag} {"one-incident" if incident(a) == incident(b) else "two-incidents"}', a, b, evidence, mixed)
            return
        for a, b in sorted(gold - sys_pairs):
            show('missed', a, b, evidence, mixed)
        for a, b in sorted(sys_pairs - gold):
            show('false', a, b, evidence, mixed)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == '__main__':
    main()
