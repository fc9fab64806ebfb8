#!/usr/bin/env bash
# usage: scripts/fuzz.sh TARGET [SECONDS]       TARGET: command | record | snapshot | theme | keys | era
# Fuzzes one parser or decoder of outside bytes with libFuzzer (ClinicDeskFuzz built with -sanitize=fuzzer) for
# SECONDS (default 60), starting from the seed corpus in Tests/FuzzCorpus/TARGET. What it learns is kept in
# .build/fuzz/corpus/TARGET between runs; a crash leaves its input in .build/fuzz/findings/ and the script fails.
# A finding becomes a seed (copy it into Tests/FuzzCorpus/TARGET) and a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:?usage: scripts/fuzz.sh command|record|snapshot|theme|keys [SECONDS]}"
seconds="${2:-60}"
[ -d "Tests/FuzzCorpus/$target" ] || { echo "fuzz: no seed corpus Tests/FuzzCorpus/$target" >&2; exit 2; }

# Its own build folder: the instrumented modules must not mix with the ordinary build's.
# lld: gold stops with an internal error on the fuzzer runtime here; lld links it.
flags=(-c release --build-path .build/fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING -Xswiftc -use-ld=lld)
swift build "${flags[@]}" --product ClinicDeskFuzz
bin="$(swift build "${flags[@]}" --show-bin-path)/ClinicDeskFuzz"

work=".build/fuzz/corpus/$target"
mkdir -p "$work" .build/fuzz/findings
echo "fuzz: $target for ${seconds}s (seeds: $(ls "Tests/FuzzCorpus/$target" | wc -l), corpus: $(ls "$work" | wc -l))"
status=0
# The Swift runtime's backtracer would catch a crash before libFuzzer can save the input that caused it.
SWIFT_BACKTRACE=enable=no CLINICDESK_FUZZ_TARGET="$target" "$bin" -max_total_time="$seconds" -print_final_stats=1 -max_len=65536 \
    -artifact_prefix=".build/fuzz/findings/$target-" "$work" "Tests/FuzzCorpus/$target" || status=$?
echo "fuzz: corpus now $(ls "$work" | wc -l) inputs"
if [ "$status" -ne 0 ]; then
    echo "fuzz: $target found a crash (exit $status); replay it with:" >&2
    echo "  swift run ClinicDeskFuzz $target .build/fuzz/findings/$target-*" >&2
fi
exit "$status"
