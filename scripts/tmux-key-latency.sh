#!/usr/bin/env bash
# Keystroke → screen latency of the real dashboard in tmux: focus the Flow pane, then press `j` KEYS times and time
# each from `send-keys` until `capture-pane` shows a different screen. From the first row (`g`), `k` presses
# (untimed) walk the selection back up every 10 keys so every `j` has a row to move to.
#
#   scripts/tmux-key-latency.sh DATA_DIR [KEYS] [WIDTHxHEIGHT]
#
#   CLINICDESK       the binary (default: .build/release/clinicdesk)
#   CLINICDESK_ARGS  extra dashboard arguments, e.g. "--now 2026-11-23T15:42:00Z" for a busy clinic hour
#
# One tmux control-mode client (driven from python3) carries every send-keys and capture-pane: a tmux client process
# per poll costs ≈8 ms here and a bash `read` loop ≈2 ms per capture, either of which would swamp the figure. What
# remains is tmux's own work (parsing the frame, ≈0.2 ms per capture), so compare runs on the same machine (small
# practice against large), not against the headless `bench-frames` numbers.
set -euo pipefail

data=${1:?usage: $0 DATA_DIR [KEYS] [WIDTHxHEIGHT]}
keys=${2:-200}
size=${3:-160x48}
binary=${CLINICDESK:-.build/release/clinicdesk}

[[ -x $binary ]] || { echo "no binary at $binary (swift build -c release --product clinicdesk)" >&2; exit 2; }
[[ -d $data ]] || { echo "no data folder $data (clinicdesk demo --size large --data $data)" >&2; exit 2; }
command -v tmux >/dev/null || { echo "tmux is not installed" >&2; exit 2; }
binary=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")
data=$(cd "$data" && pwd)

exec python3 - "$binary" "$data" "$keys" "$size" "${CLINICDESK_ARGS:-}" <<'PY'
import os, shlex, subprocess, sys, time

binary, data, keys, size, extra = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
width, height = size.split("x")
socket, session = f"clinicdesk-latency-{os.getpid()}", "latency"
tmux = ["tmux", "-L", socket, "-f", "/dev/null"]

command = (f"env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 {shlex.quote(binary)} --data {shlex.quote(data)} "
           f"--user bench {extra}")
subprocess.run(tmux + ["new-session", "-d", "-s", session, "-x", width, "-y", height, command], check=True)
subprocess.run(tmux + ["set-option", "-g", "window-size", "manual"], check=True)
client = subprocess.Popen(tmux + ["-C", "attach-session", "-t", session], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, bufsize=0)
buffer = b""

def next_block():
    """The next complete %begin … %end/%error block in the stream: (flags, reply lines)."""
    global buffer
    while True:
        begin = buffer.find(b"%begin ")
        header_end = buffer.find(b"\n", begin) if begin >= 0 else -1
        if header_end >= 0:
            for mark in (b"\n%end ", b"\n%error "):
                end = buffer.find(mark, header_end)
                stop = buffer.find(b"\n", end + 1) if end >= 0 else -1
                if stop >= 0:
                    flags = buffer[begin:header_end].split()[-1]
                    reply = buffer[header_end + 1:end + 1]
                    buffer = buffer[stop + 1:]
                    return flags, reply
        chunk = os.read(client.stdout.fileno(), 1 << 16)
        if not chunk:
            raise SystemExit("tmux control client went away")
        buffer += chunk

def control(line):
    """Sends one command and returns its reply; notifications and the attach's own block (flags 0) are skipped."""
    client.stdin.write(line.encode() + b"\n")
    while True:
        flags, reply = next_block()
        if flags == b"1":
            return reply

def wait_change(before, want=None, timeout=5.0):
    """Polls until the screen differs from `before` (or holds `want`); None after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        screen = control(f"capture-pane -t {session} -p")
        if (want is not None and want in screen) or (want is None and screen != before):
            return screen
        if time.monotonic() > deadline:
            return None

try:
    control("refresh-client -f no-output")
    if wait_change(b"", want=b"1 Flow", timeout=120) is None:   # opening the store is not what is measured
        raise SystemExit("the dashboard did not show the Flow pane within 120 s")
    control(f"send-keys -t {session} 1 g")                     # the Flow pane, its first row
    time.sleep(0.5)
    screen = control(f"capture-pane -t {session} -p")
    samples, missed = [], 0
    for i in range(keys):
        start = time.perf_counter()
        control(f"send-keys -t {session} j")
        changed = wait_change(screen, timeout=2)
        if changed is None:
            missed += 1   # no visible change (the last row?): not a sample
        else:
            samples.append((time.perf_counter() - start) * 1000)
            screen = changed
        if i % 10 == 9:
            for _ in range(10):
                control(f"send-keys -t {session} k")
                screen = wait_change(screen, timeout=2) or control(f"capture-pane -t {session} -p")
finally:
    try:
        control("kill-server")
    except BaseException:
        subprocess.run(tmux + ["kill-server"], stderr=subprocess.DEVNULL)

samples.sort()
median = samples[len(samples) // 2]
p99 = samples[min(len(samples) - 1, int(len(samples) * 0.99))]
print(f"j in tmux, Flow pane, {size}, {data}: {len(samples)} keys, median {median:.2f} ms, p99 {p99:.2f} ms, "
      f"max {samples[-1]:.2f} ms" + (f" ({missed} keys showed no change)" if missed else ""))
PY
