#!/usr/bin/env python3
"""Checks that Package.swift's target dependencies match the imports: every module a target imports is declared,
and every declared dependency is imported somewhere in the target. Run from the package root; `.ci/run` runs it.
System modules (Foundation, Glibc, Darwin, Synchronization, Dispatch, Testing) need no declaration."""
import json
import os
import re
import subprocess
import sys

SYSTEM = {"Foundation", "FoundationEssentials", "Glibc", "Darwin", "Synchronization", "Dispatch", "Testing",
          "XCTest", "os", "Musl"}
IMPORT = re.compile(r"^\s*(?:@testable\s+|@_exported\s+|@preconcurrency\s+)*import\s+(?:(?:struct|class|enum|func|"
                    r"protocol|typealias|var|let)\s+)?([A-Za-z_][A-Za-z0-9_]*)", re.M)


def main() -> int:
    package = json.loads(subprocess.run(["swift", "package", "dump-package"], check=True, capture_output=True,
                                        text=True).stdout)
    problems = []
    # A test target may depend on an executable only so that `swift test` builds it first; nothing imports it.
    executables = {t["name"] for t in package["targets"] if t["type"] == "executable"}
    for target in package["targets"]:
        if target["type"] in ("system", "binary", "plugin"):
            continue
        name = target["name"]
        path = target.get("path") or os.path.join("Tests" if target["type"] == "test" else "Sources", name)
        declared = set()
        for dependency in target.get("dependencies", []):
            for kind in ("byName", "target", "product"):
                if kind in dependency:
                    declared.add(dependency[kind][0])
        imported = set()
        for root, _, files in os.walk(path):
            for file in files:
                if file.endswith(".swift"):
                    with open(os.path.join(root, file), encoding="utf-8") as source:
                        imported.update(IMPORT.findall(source.read()))
        has_swift = any(f.endswith(".swift") for _, _, fs in os.walk(path) for f in fs)
        if not has_swift:
            continue
        for module in sorted(imported - declared - SYSTEM):
            problems.append(f"{name}: imports {module} but Package.swift does not declare it")
        for module in sorted(declared - imported - executables):
            problems.append(f"{name}: declares {module} but no file imports it")
    for problem in problems:
        print("package edges: " + problem, file=sys.stderr)
    if not problems:
        print("package edges: every import declared, every declared dependency imported")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
