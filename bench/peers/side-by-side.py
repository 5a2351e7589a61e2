"""Prints several text reports next to each other, one column per system, line by line.
Usage: python3 side-by-side.py NAME FILE [NAME FILE]...
"""
import sys


def main(args):
    names, columns = args[0::2], [open(f, encoding="utf-8").read().rstrip("\n").split("\n") for f in args[1::2]]
    widths = [max(len(n), *(len(line) for line in col)) for n, col in zip(names, columns)]
    rows = max(len(col) for col in columns)
    print(" | ".join(n.ljust(w) for n, w in zip(names, widths)))
    print("-+-".join("-" * w for w in widths))
    for i in range(rows):
        print(" | ".join((col[i] if i < len(col) else "").ljust(w) for col, w in zip(columns, widths)).rstrip())


if __name__ == "__main__":
    if len(sys.argv) < 3 or len(sys.argv) % 2 == 0:
        sys.exit(__doc__)
    main(sys.argv[1:])
