#!/usr/bin/env python3
"""Writes Sources/ClinicDomain/Resources/icd10cm.tsv, the ICD-10-CM code set ClinicDomain's `ICD10CM` looks codes up
in, from the CMS data the PyPI package simple-icd-10-cm bundles (public domain; the package itself is MIT).

Source: simple-icd-10-cm 1.5.0 (`python3 -m pip install simple-icd-10-cm==1.5.0`), which bundles the CMS files
`icd10c-tabular-April-1-2026.xml` and `code-list-April-2026.txt`: the FY2026 code set, April 1, 2026 update.
Run from the package root: `python3 scripts/extract-icd10cm.py`. It refuses another package version, so that the
header below stays true; bump EXPECTED_VERSION and CODE_SET together when updating.

Output (UTF-8, LF, sorted by code in byte order so the Swift side can binary-search it):
  # ...                          provenance comment lines, first
  +N<TAB>text                    seventh-character meanings, N = 0, 1, 2, ... in order
  CODE<TAB>B|C<TAB>description   one line per category, subcategory and code, e.g. `E11.9<TAB>B<TAB>Type 2 ...`
B is billable (a leaf: nothing below it), C a category or subcategory with codes below it (not billable). Chapters
and blocks (`A00-A09`) are not codes and are left out. A description `+N` belongs to a code made by a seventh
character (`S52.521A`, `S02.0XXA`): its text is the parent's description (the parent is the code without its seventh
character and placeholder Xs: `S52.521`, `S02.0`), a comma and a space, then meaning N. That keeps the
~51,000 seventh-character codes from repeating their parent's words (8 MB spelled out, about 3 MB this way).
Whitespace inside descriptions is collapsed to single spaces (a few CMS titles carry a tab).
"""
import os
import sys
from importlib.metadata import version

import simple_icd_10_cm as cm

EXPECTED_VERSION = "1.5.0"
CODE_SET = "ICD-10-CM FY2026, April 1, 2026 update (CMS)"
OUTPUT = os.path.join("Sources", "ClinicDomain", "Resources", "icd10cm.tsv")


def clean(text: str) -> str:
    return " ".join(text.split())


def main() -> int:
    installed = version("simple-icd-10-cm")
    if installed != EXPECTED_VERSION:
        print(f"extract-icd10cm: simple-icd-10-cm {installed} installed, {EXPECTED_VERSION} expected", file=sys.stderr)
        return 1
    # A block named by its one category (block B10 holds category B10) lists the name twice: keep one.
    codes = sorted({c for c in cm.get_all_codes(with_dots=True) if cm.is_category_or_subcategory(c)})
    suffix_index: dict[str, int] = {}
    rows = []
    for code in codes:
        description = clean(cm.get_description(code))
        if cm.is_extended_subcategory(code):
            # The Swift side finds the parent the same way: drop the seventh character, then placeholder Xs.
            if cm.get_parent(code) != code[:-1].rstrip("X").rstrip("."):
                raise SystemExit(f"extract-icd10cm: {code}'s parent is not its code minus placeholders")
            parent = clean(cm.get_description(cm.get_parent(code)))
            if not description.startswith(parent + ", "):
                raise SystemExit(f"extract-icd10cm: {code}'s title does not extend its parent's")
            suffix = description[len(parent) + 2:]
            description = "+" + str(suffix_index.setdefault(suffix, len(suffix_index)))
        if "\t" in description or not description:
            raise SystemExit(f"extract-icd10cm: {code} has an unusable description")
        rows.append(f"{code}\t{'B' if cm.is_leaf(code) else 'C'}\t{description}\n")
    billable = sum(1 for row in rows if "\tB\t" in row)
    with open(OUTPUT, "w", encoding="utf-8", newline="\n") as output:
        output.write(f"# {CODE_SET}, from simple-icd-10-cm {EXPECTED_VERSION} by scripts/extract-icd10cm.py\n")
        output.write(f"# {len(rows)} codes, {billable} billable; columns: code, B billable or C category, title\n")
        for suffix, number in sorted(suffix_index.items(), key=lambda item: item[1]):
            output.write(f"+{number}\t{suffix}\n")
        output.writelines(rows)
    print(f"extract-icd10cm: {OUTPUT}: {len(rows)} codes, {billable} billable, {len(suffix_index)} seventh characters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
