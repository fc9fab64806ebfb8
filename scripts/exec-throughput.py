#!/usr/bin/env python3
"""Commands per second of one `clinicdesk exec` reading commands on stdin, as the journal grows.

usage: scripts/exec-throughput.py [--bin PATH] [--commands 100000] [--folder DIR]

Creates a small demo practice in DIR (default: a new folder under /dev/shm, so the figure is the program's cost, not
the disk's fsync), pipes `task add` commands into one exec process, and reports the rate over each block of 1,000
commands: the 100,000th command should cost what the 1,000th does.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=".build/release/clinicdesk")
    parser.add_argument("--commands", type=int, default=100_000)
    parser.add_argument("--folder")
    args = parser.parse_args()
    if not os.access(args.bin, os.X_OK):
        print(f"error: {args.bin} is not an executable (swift build -c release --product clinicdesk)", file=sys.stderr)
        return 2
    base = "/dev/shm" if os.path.isdir("/dev/shm") else None
    folder = args.folder or tempfile.mkdtemp(prefix="clinicdesk-throughput-", dir=base)
    try:
        subprocess.run([args.bin, "demo", "--size", "small", "--data", folder, "--force"], check=True,
                       stdout=subprocess.DEVNULL)
        process = subprocess.Popen([args.bin, "exec", "--data", folder, "--user", "bench"], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1)

        def feed() -> None:
            for n in range(args.commands):
                process.stdin.write(f'task add "Throughput card {n}"\n')
            process.stdin.close()

        threading.Thread(target=feed, daemon=True).start()
        stamps = []
        for line in process.stdout:
            if line.startswith("ok "):
                stamps.append(time.perf_counter())
        process.wait()
        errors = process.stderr.read().strip()
        if process.returncode != 0 or len(stamps) != args.commands:
            print(f"error: exec exited {process.returncode} after {len(stamps)} ok lines: {errors[:500]}", file=sys.stderr)
            return 1
        rates = []
        for start in range(0, len(stamps) - 1000 + 1, 1000):
            block = stamps[start + 999] - stamps[start] if start + 999 < len(stamps) else None
            if block:
                rates.append(999 / block)
        print(f"{args.commands} commands through one exec in {stamps[-1] - stamps[0]:.2f} s")
        print(f"commands/s, first 1,000: {rates[0]:.0f}; last 1,000: {rates[-1]:.0f}; "
              f"median block: {statistics.median(rates):.0f}; slowest block: {min(rates):.0f}")
        return 0
    finally:
        if not args.folder:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
