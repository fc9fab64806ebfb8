#!/usr/bin/env python3
"""usage: scripts/era-totals.py FILE.edi

Reads an 835 with somebody else's parser (edi-835-parser, `from edi_835_parser import parse`) and prints its totals
per claim as JSON, in cents, for Remittance835ComparisonTests to hold against ClinicX12's RemittanceTotals:

    [{"claim": "C-2048", "status": "1", "charge": 18000, "paid": 18000, "patient_responsibility": 0,
      "adjustments": {"CO": 0, ...}}, ...]

One entry per CLP in file order (a reversal and its correction share a claim ID). What the library gives:
- it reads CAS only inside service lines (loop 2110): claim-level CAS (loop 2100) it drops, so "adjustments" here
  are service-level only;
- it keeps CAS01-CAS04 of a CAS (the first triple); the other triples are read from the segment text it kept
  (`adjustment.segment`), split with its own split_segment;
- it has no CLP05, so "patient_responsibility" is the sum of its PR adjustments.
Amounts come out of it as floats; they are rounded to cents once, here.
Exits 2 with the library's error on stderr when it cannot read the file."""
import json
import sys
import warnings


def cents(dollars) -> int:
    return round(float(dollars or 0) * 100)


def adjustments_of(service, split_segment) -> dict:
    sums = {}
    for adjustment in service.adjustments:
        group = adjustment.group_code.code
        elements = split_segment(adjustment.segment)
        sums[group] = sums.get(group, 0) + cents(adjustment.amount)
        # Triples 2-6: reason at 5, 8, 11, 14, 17; amount right after.
        for reason_at in range(5, 18, 3):
            if reason_at + 1 < len(elements) and elements[reason_at]:
                sums[group] += round(float(elements[reason_at + 1]) * 100)
    return sums


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    from edi_835_parser import parse
    from edi_835_parser.segments.utilities import split_segment

    warnings.simplefilter("ignore")  # it warns for every segment it does not model
    try:
        transaction_sets = parse(sys.argv[1], debug=True)
    except Exception as error:  # noqa: BLE001 - any failure of the library means "cannot read this file"
        print(f"edi_835_parser cannot read {sys.argv[1]}: {type(error).__name__}: {error}", file=sys.stderr)
        return 2
    claims = []
    for transaction_set in transaction_sets:
        for claim in transaction_set.claims:
            groups = {}
            for service in claim.services:
                for group, amount in adjustments_of(service, split_segment).items():
                    groups[group] = groups.get(group, 0) + amount
            claims.append({
                "claim": claim.claim.marker,
                "status": claim.claim.status.code,
                "charge": cents(claim.claim.charge_amount),
                "paid": cents(claim.claim.paid_amount),
                "patient_responsibility": groups.get("PR", 0),
                "adjustments": groups,
            })
    if not claims:
        print(f"edi_835_parser found no claims in {sys.argv[1]}", file=sys.stderr)
        return 2
    json.dump(claims, sys.stdout, indent=1, sort_keys=True)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
