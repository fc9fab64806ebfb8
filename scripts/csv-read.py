#!/usr/bin/env python3
"""Reads a CSV file with Python's own csv module (RFC 4180 dialect, strict) and prints it as JSON: a list of rows,
each a list of fields, the header first. The CSV export tests compare this with the rows they exported."""
import csv
import json
import sys


def main() -> int:
    with open(sys.argv[1], newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle, strict=True))
    json.dump(rows, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
