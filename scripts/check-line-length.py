#!/usr/bin/env python3
"""Fails when a Swift line is longer than 120 columns (characters, not bytes). swift-format wraps what it can;
this catches what it cannot break (long string literals, comments). Run from the package root; `.ci/run` runs it."""
import subprocess
import sys

LIMIT = 120
files = subprocess.run(["git", "ls-files", "*.swift"], check=True, capture_output=True, text=True).stdout.split()
long_lines = []
for name in files:
    with open(name, encoding="utf-8") as source:
        for number, line in enumerate(source, 1):
            if len(line.rstrip("\n")) > LIMIT:
                long_lines.append(f"{name}:{number}: {len(line.rstrip())} columns")
for entry in long_lines:
    print("line length: " + entry, file=sys.stderr)
print(f"line length: {len(files)} files, {len(long_lines)} lines over {LIMIT} columns")
sys.exit(1 if long_lines else 0)
