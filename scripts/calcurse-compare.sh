#!/usr/bin/env bash
# Side by side (issue 7): calcurse 4.7 and clinicdesk each load the same appointments and print one day.
#
#   scripts/calcurse-compare.sh [--data DIR] [--date YYYY-MM-DD] [--bin PATH] [--runs N]
#
# --data   a ClinicDesk data folder (default: the large demo, generated into a temp dir)
# --date   the day to print (default: today on the practice's clock)
# --bin    the clinicdesk binary (default: .build/release/clinicdesk; build it with
#          swift build -c release --product clinicdesk)
# --runs   runs per program; the table shows the fastest wall time and the largest max RSS (default 3)
#
# The appointments go to calcurse's `apts` file via `clinicdesk export --format json` and python3, sorted as
# calcurse saves them (start time, then description). Both programs run under /usr/bin/time -v. Run from the repo
# root; temp dirs are removed on exit.
set -euo pipefail

data="" day="" bin=".build/release/clinicdesk" runs=3
while [ $# -gt 0 ]; do
    case "$1" in
        --data) data="${2:?--data wants a folder}"; shift 2 ;;
        --date) day="${2:?--date wants YYYY-MM-DD}"; shift 2 ;;
        --bin) bin="${2:?--bin wants a path}"; shift 2 ;;
        --runs) runs="${2:?--runs wants a number}"; shift 2 ;;
        -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "error: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
done

fail() { echo "error: $*" >&2; exit 1; }
command -v calcurse >/dev/null || fail "calcurse is not installed (Debian: apt-get install -y calcurse)"
command -v python3 >/dev/null || fail "python3 is needed to write calcurse's apts file"
[ -x /usr/bin/time ] || fail "/usr/bin/time (GNU time) is needed for wall time and max RSS (apt-get install -y time)"
[ -x "$bin" ] || fail "no clinicdesk binary at $bin; run from the repo root after: swift build -c release --product clinicdesk"
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || fail "--runs wants a positive number, not '$runs'"
if [ -n "$day" ] && ! [[ "$day" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]]; then fail "--date wants YYYY-MM-DD, not '$day'"; fi

work="$(mktemp -d "${TMPDIR:-/tmp}/calcurse-compare.XXXXXX")"
trap 'rm -rf "$work"' EXIT

if [ -z "$data" ]; then
    data="$work/data"
    echo "generating the large demo practice into $data ..." >&2
    "$bin" demo --size large --data "$data" >/dev/null
fi
[ -d "$data" ] || fail "no data folder at $data"

echo "exporting and converting to calcurse's apts format ..." >&2
"$bin" export --format json --data "$data" --out "$work/practice.json"
mkdir -p "$work/calcurse"
: > "$work/calcurse/todo"
zone="$(python3 - "$work/practice.json" "$work/calcurse/apts" <<'PY'
import json, sys
from datetime import datetime, timedelta

practice_path, apts_path = sys.argv[1], sys.argv[2]
with open(practice_path, encoding="utf-8") as f:
    practice = json.load(f)

def display_name(member):
    prefix = {"physician": "Dr", "nurse-practitioner": "NP", "physician-assistant": "PA"}.get(member["role"])
    if prefix:
        return f"{prefix} {member['familyName']}"
    family = member["familyName"]
    return f"{member['givenName']} {family[0]}." if family else member["givenName"]

def one_line(text):
    # calcurse reads one appointment per line: no control characters inside a description.
    return "".join(" " if ord(c) < 0x20 or ord(c) == 0x7F else c for c in text)

staff = {s["id"]: display_name(s) for s in practice["staff"]}
patients = {p["id"]: f"{p['givenName']} {p['familyName']}" for p in practice["patients"]}
stamp = "%m/%d/%Y @ %H:%M"
entries = []
for a in practice["appointments"]:
    hour, minute = map(int, a["start"].split(":"))
    start = datetime.strptime(a["day"], "%Y-%m-%d") + timedelta(hours=hour, minutes=minute)
    end = start + timedelta(minutes=a["minutes"])
    text = one_line(f"{a['id']} {staff.get(a['provider'], a['provider'])}: {patients.get(a['patient'], a['patient'])}, "
                    f"{a['visitType']}, {a['status']}, {a['reason']}")
    entries.append((start, text.encode("utf-8"), f"{start.strftime(stamp)} -> {end.strftime(stamp)} |{text}\n"))
# calcurse keeps appointments ordered by start, then by description (strcmp), and saves them in that order.
entries.sort(key=lambda e: (e[0], e[1]))
with open(apts_path, "w", encoding="utf-8") as f:
    f.writelines(e[2] for e in entries)
print(practice["settings"]["timeZoneID"])
PY
)"
appointments="$(wc -l < "$work/calcurse/apts")"
[ -n "$day" ] || day="$(TZ="$zone" date +%F)"
us_day="${day:5:2}/${day:8:2}/${day:0:4}"

# measure PATTERN COMMAND...: runs COMMAND $runs times; sets best_wall (s), max_rss (MiB) and items (output lines
# matching PATTERN in the last run: one per appointment).
measure() {
    local pattern="$1"; shift
    best_wall="" max_rss=0 items=0
    local i wall rss
    for ((i = 0; i < runs; i++)); do
        /usr/bin/time -v -o "$work/time.txt" "$@" > "$work/out.txt" 2> "$work/err.txt" \
            || { cat "$work/err.txt" >&2; fail "$* failed"; }
        wall="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0
                  for (k = 1; k <= n; k++) s = s * 60 + t[k]; printf "%.2f", s }' "$work/time.txt")"
        rss="$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$work/time.txt")"
        if [ -z "$best_wall" ] || awk -v a="$wall" -v b="$best_wall" 'BEGIN { exit !(a < b) }'; then best_wall="$wall"; fi
        [ "$rss" -gt "$max_rss" ] && max_rss="$rss"
    done
    items="$(grep -c -- "$pattern" "$work/out.txt" || true)"
}

echo "timing $runs run(s) each for $day ($appointments appointments in all) ..." >&2
measure '^ - ' env TZ="$zone" calcurse -D "$work/calcurse" -C "$work/calcurse" --read-only -Q --from "$us_day" --days 1
cal_wall="$best_wall" cal_rss="$max_rss" cal_items="$items"
measure $'\t' "$bin" day --data "$data" --date "$day"
cd_wall="$best_wall" cd_rss="$max_rss" cd_items="$items"

printf '\nLoad %s appointments, print %s (fastest wall of %s; max RSS):\n\n' "$appointments" "$day" "$runs"
row() { printf '| %-44s | %8s | %13s | %12s |\n' "$@"; }
row "command" "wall (s)" "max RSS (MiB)" "appointments"
row "$(printf -- '-%.0s' {1..44})" "--------" "-------------" "------------"
row "calcurse -Q --from $us_day --days 1" "$cal_wall" "$cal_rss" "$cal_items"
row "clinicdesk day --date $day" "$cd_wall" "$cd_rss" "$cd_items"
[ "$cal_items" = "$cd_items" ] || echo "note: the two printed different numbers of appointments ($cal_items vs $cd_items)" >&2
