#!/usr/bin/env python3
"""Reads an iCalendar file with the `icalendar` library (PyPI) and prints its VEVENTs as JSON, for the tests.

    scripts/ics-read.py FILE [--own-vtimezone]

Each event: uid, status, summary, description, location, x_status, and dtstart/dtend as UTC instants
(`2026-11-09T13:00:00Z`, null when absent). icalendar resolves a TZID itself; for a known IANA name it uses the
system's zoneinfo. --own-vtimezone renames every TZID before parsing, so the only rules left are the file's own
VTIMEZONE: that checks the VTIMEZONE, not just the name.
"""
import datetime
import json
import sys

import icalendar


def utc(prop):
    if prop is None:
        return None
    value = prop.dt
    if not isinstance(value, datetime.datetime) or value.tzinfo is None:
        raise SystemExit(f"not an instant: {value!r}")
    return value.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def main():
    args = sys.argv[1:]
    own = "--own-vtimezone" in args
    paths = [a for a in args if not a.startswith("--")]
    if len(paths) != 1:
        raise SystemExit(__doc__)
    data = open(paths[0], "rb").read()
    if own:
        calendar = icalendar.Calendar.from_ical(data)
        for zone in calendar.walk("VTIMEZONE"):
            name = str(zone["TZID"]).encode()
            data = data.replace(b"TZID:" + name, b"TZID:Own-" + name).replace(b"TZID=" + name, b"TZID=Own-" + name)
    calendar = icalendar.Calendar.from_ical(data)
    events = []
    for event in calendar.walk("VEVENT"):
        events.append({
            "uid": str(event["UID"]),
            "status": str(event.get("STATUS", "")),
            "summary": str(event.get("SUMMARY", "")),
            "description": str(event.get("DESCRIPTION", "")),
            "location": str(event.get("LOCATION", "")),
            "x_status": str(event.get("X-CLINICDESK-STATUS", "")),
            "dtstart": utc(event.get("DTSTART")),
            "dtend": utc(event.get("DTEND")),
            "tzinfo": type(event["DTSTART"].dt.tzinfo).__name__,
        })
    json.dump(events, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


main()
