#!/usr/bin/env python3
"""Builds copydesk's core typo list (rules/en/typos-core.txt) and its list of accepted
spellings (rules/en/typos-real-words.txt) from word lists that Debian ships.

The method (docs/typos.md says why):
  1. Targets: the common English words of SCOWL (Debian's `scowl` package), sizes 10, 20 and
     35: words most writers use, spelled alike in American and British English.
  2. Candidates: each target misspelled by the error patterns that spelling-error studies find
     most often: a doubled consonant written single (accomodate) or a single one doubled
     (untill), ie/ei swapped (recieve), a vowel of an unstressed syllable written as another
     (seperate, independant), a suffix confused with its twin (-ance/-ence, -able/-ible,
     -ary/-ery), a letter dropped (goverment), two letters swapped (frist), and a few sound
     spellings (ph/f, c/s, sc/s, ck/k).
  3. Filters, precision first: a candidate that is a word of any dictionary here (hunspell en_US
     and en_GB, SCOWL up to size 80 in every English variant, names and abbreviations
     included) is dropped; so is one that two targets can produce, and one that is a single
     edit from another common word at least as common as its target (it may be that word's
     typo, not this one's).
  4. Ranking: what is left is scored by the pattern's weight, the target's commonness and its
     length, and the best --size candidates are kept, sorted by typo.

Run from the repository root (needs: scowl hunspell-en-us hunspell-en-gb):
  python3 tools/typo-candidates/generate.py --out rules/en
"""

import argparse
import collections
import ctypes
import glob
import os
import re
import sys

SCOWL = "/usr/share/dict/scowl"
HUNSPELL = ["/usr/share/hunspell/en_US.dic", "/usr/share/hunspell/en_GB.dic"]

VOWELS = "aeiou"
SCHWA = "aei"
DOUBLABLE = "bcdfglmnprstz"

# Weights of the error patterns: how often each kind of error turns up in studies of real
# misspellings (doubling and unstressed vowels lead; typing slips follow).
WEIGHTS = {
    "undouble": 3.0,
    "ie-ei": 3.0,
    "suffix": 3.0,
    "double": 1.5,
    "vowel": 1.2,
    "sound": 1.0,
    "drop": 1.0,
    "swap": 0.8,
}

# Suffixes written as their twin, as (right, written): independent -> independant.
SUFFIX_TWINS = [
    ("ance", "ence"), ("ence", "ance"), ("ancy", "ency"), ("ency", "ancy"), ("ant", "ent"),
    ("ent", "ant"), ("able", "ible"), ("ible", "able"), ("ably", "ibly"), ("ibly", "ably"),
    ("ary", "ery"), ("ery", "ary"), ("ory", "ary"), ("ary", "ory"), ("cede", "ceed"),
    ("ceed", "cede"), ("sion", "tion"), ("tion", "sion"), ("ful", "full"), ("ically", "icly"),
    ("icly", "ically"), ("ar", "er"), ("or", "er"), ("ate", "ite"), ("ite", "ate"),
    ("ately", "itely"), ("itely", "ately"), ("ative", "itive"), ("itive", "ative"),
    ("ous", "ious"), ("ious", "ous"),
]

SOUND_SWAPS = [("ph", "f"), ("ce", "se"), ("ci", "si"), ("se", "ce"), ("sc", "s"), ("ck", "k"),
               ("x", "cs"), ("gh", "g"), ("wh", "w"), ("ough", "ow")]

WORD = re.compile(r"^[a-z]+$")


def scowl_level(path):
    match = re.search(r"\.(\d+)$", path)
    return int(match.group(1)) if match else 100


def read_words(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            word = line.strip()
            if word:
                yield word


class Hunspell:
    """hunspell's own spell check through libhunspell (Debian's libhunspell-1.7-0), so that
    inflected forms (pairs, filing) count as words, not only the stems of the .dic file."""

    def __init__(self, dic):
        lib = ctypes.CDLL("libhunspell-1.7.so.0")
        lib.Hunspell_create.restype = ctypes.c_void_p
        lib.Hunspell_create.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
        lib.Hunspell_spell.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
        self.lib = lib
        self.handle = lib.Hunspell_create(dic[:-4].encode() + b".aff", dic.encode())

    def knows(self, word):
        return self.lib.Hunspell_spell(self.handle, word.encode("utf-8")) != 0


def load_real_words():
    """Every spelling some dictionary here accepts, folded: these are never typos. Returns the
    set and a function that also asks hunspell (for inflected forms)."""
    real = set()
    for path in HUNSPELL:
        if not os.path.exists(path):
            sys.exit(f"missing {path}: apt-get install hunspell-en-us hunspell-en-gb")
        for i, line in enumerate(read_words(path)):
            if i == 0 and line.isdigit():
                continue
            real.add(line.split("/")[0].split("\t")[0].lower())
    for path in glob.glob(os.path.join(SCOWL, "*")):
        if scowl_level(path) <= 80 and not os.path.basename(path).startswith("special"):
            for word in read_words(path):
                real.add(word.lower())
    spellers = [Hunspell(path) for path in HUNSPELL]

    def is_real(word):
        return word in real or any(s.knows(word) or s.knows(word.capitalize()) for s in spellers)

    return is_real


def load_targets(max_level):
    """Common words with their SCOWL size (10 is the most common)."""
    targets = {}
    for level in (10, 20, 35, 40, 50):
        if level > max_level:
            break
        for word in read_words(os.path.join(SCOWL, f"english-words.{level}")):
            if WORD.match(word) and word not in targets:
                targets[word] = level
    return targets


def accepted_spellings(us_speller):
    """British, Canadian and Australian spellings and accepted variants (SCOWL up to size 60)
    that hunspell en_US does not accept: colour, despatch, focussed. They are right in news
    text, whatever a typo list says."""
    out = set()
    for path in glob.glob(os.path.join(SCOWL, "*-words.*")):
        name = os.path.basename(path)
        if scowl_level(path) > 60 or "variant_2" in name or "variant_3" in name:
            continue
        if not name.startswith(("english", "british", "canadian", "australian", "variant_1")):
            continue
        for word in read_words(path):
            if WORD.match(word) and not us_speller.knows(word):
                out.add(word)
    return out


def candidates(word):
    """(typo, pattern) pairs for one target word."""
    n = len(word)
    out = []
    # Doubled consonant written single; a single consonant after a vowel doubled before a vowel
    # (writting), or a final l doubled (untill).
    for i in range(1, n):
        if word[i] == word[i - 1] and word[i] not in VOWELS:
            out.append((word[:i] + word[i + 1:], "undouble"))
    for i in range(1, n):
        c = word[i]
        if c not in DOUBLABLE or word[i - 1] not in VOWELS:
            continue
        if (i + 1 < n and word[i + 1] in VOWELS + "y") or (i + 1 == n and c == "l"):
            out.append((word[:i] + c + word[i:], "double"))
    # ie <-> ei.
    for i in range(n - 1):
        pair = word[i:i + 2]
        if pair in ("ie", "ei"):
            out.append((word[:i] + pair[::-1] + word[i + 2:], "ie-ei"))
    # Suffix twins.
    for x, y in SUFFIX_TWINS:
        if word.endswith(x) and len(word) > len(x) + 2:
            out.append((word[: -len(x)] + y, "suffix"))
        for tail in ("s", "d", "ed", "es", "ly", "ial", "ially"):
            if word.endswith(x + tail) and len(word) > len(x + tail) + 2:
                out.append((word[: -len(x + tail)] + y + tail, "suffix"))
    # The vowel of an unstressed syllable written as another: a, e and i, the spellings of the
    # schwa that writers confuse (seperate, definate). Never the first vowel of the word (often
    # stressed), never a vowel beside another, never in a final -ing.
    first_vowel = next((i for i, c in enumerate(word) if c in VOWELS), n)
    for i in range(first_vowel + 1, n - 1):
        c = word[i]
        if c not in SCHWA or word[i - 1] in VOWELS + "y" or word[i + 1] in VOWELS + "y":
            continue
        if (word.endswith("ing") and i >= n - 3) or (word.endswith(("ed", "es")) and i >= n - 2):
            continue
        for v in SCHWA:
            if v != c:
                out.append((word[:i] + v + word[i + 1:], "vowel"))
    # Sound spellings.
    for a, b in SOUND_SWAPS:
        start = word.find(a, 1)
        while start != -1:
            out.append((word[:start] + b + word[start + len(a):], "sound"))
            start = word.find(a, start + 1)
    # A letter dropped, two letters swapped (never the first letter; words of 5+ letters).
    # Never the last letter dropped: "linkin", "costin" are names and dialect spellings more
    # often than typos, and a cut-off word is another kind of error.
    if n >= 5:
        for i in range(1, n - 1):
            out.append((word[:i] + word[i + 1:], "drop"))
        for i in range(1, n - 1):
            if word[i] != word[i + 1]:
                out.append((word[:i] + word[i + 1] + word[i] + word[i + 2:], "swap"))
    return [(typo, pattern) for typo, pattern in out if typo != word]


def deletes(word):
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def within_one_edit(a, b):
    """Damerau-Levenshtein distance <= 1."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default="rules/en", help="folder for typos-core.txt and typos-real-words.txt")
    parser.add_argument("--size", type=int, default=40000, help="entries to keep in the core list")
    parser.add_argument("--max-level", type=int, default=35, help="largest SCOWL size of a target word")
    parser.add_argument("--min-length", type=int, default=5, help="shortest target word")
    args = parser.parse_args()

    is_real = load_real_words()
    targets = load_targets(args.max_level)
    neighbours_vocabulary = load_targets(50)
    # Words by their one-letter deletions, to find the common words one edit from a typo.
    by_delete = collections.defaultdict(set)
    for word in neighbours_vocabulary:
        by_delete[word].add(word)
        for d in deletes(word):
            by_delete[d].add(word)

    level_weight = {10: 4.0, 20: 2.0, 35: 1.0, 40: 0.7, 50: 0.5}
    best = {}  # typo -> (score, target, pattern)
    producers = collections.defaultdict(set)
    for word, level in targets.items():
        if len(word) < args.min_length:
            continue
        for typo, pattern in candidates(word):
            if len(typo) < 4:
                continue
            producers[typo].add(word)
            score = WEIGHTS[pattern] * level_weight[level] * min(len(word), 12) / 8
            if typo not in best or score > best[typo][0]:
                best[typo] = (score, word, pattern)

    kept = []
    for typo, (score, target, pattern) in best.items():
        if len(producers[typo]) > 1 or is_real(typo):
            continue
        rivals = set()
        for key in deletes(typo) | {typo}:
            rivals |= by_delete.get(key, set())
        level = targets[target]
        if any(r != target and neighbours_vocabulary[r] <= level and within_one_edit(typo, r) for r in rivals):
            continue
        kept.append((score, typo, target, pattern))
    kept.sort(key=lambda k: (-k[0], k[1]))
    kept = kept[: args.size]
    counts = collections.Counter(k[3] for k in kept)

    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "typos-core.txt"), "w", encoding="utf-8") as f:
        f.write("# copydesk's core typo list: generated by tools/typo-candidates/generate.py from SCOWL and\n")
        f.write("# hunspell word lists (docs/typos.md says how, and how to extend it). One typo->fix a line.\n")
        f.write("# Patterns: " + ", ".join(f"{p} {counts[p]}" for p in WEIGHTS) + "\n")
        for _, typo, target, _ in sorted(kept, key=lambda k: k[1]):
            f.write(f"{typo}->{target}\n")
    with open(os.path.join(args.out, "typos-real-words.txt"), "w", encoding="utf-8") as f:
        f.write("# Spellings that are right in British, Canadian or Australian English, or accepted variants\n")
        f.write("# (SCOWL up to size 60), which hunspell en_US does not accept: never typos in news text.\n")
        f.write("# Generated by tools/typo-candidates/generate.py; docs/typos.md.\n")
        for word in sorted(accepted_spellings(Hunspell(HUNSPELL[0]))):
            f.write(word + "\n")
    print(f"{len(kept)} entries ({dict(counts)}); candidates {len(best)}", file=sys.stderr)


if __name__ == "__main__":
    main()
