#!/usr/bin/env bash
# Torture the data folder through the real binary and print ONE summary line:
#   scripts/torture.sh [ROUNDS] [SEED]      (default 8 rounds; the release binary if built, else the debug one)
# Each round is one of:
#   kill       W `clinicdesk exec` writers append to one folder, all killed with SIGKILL at a random moment; then a
#              writable reopen must succeed and `check` must say healthy. Every `ok N` any writer printed must be in
#              `clinicdesk log` (and at the end every acknowledged title in `export`): zero acknowledged events lost.
#   torn tail  a copy of the folder with its newest journal segment cut at a random byte: a writable reopen must
#              succeed, `check` must then be healthy, and the log must be a prefix of the original's.
#   bit flip   a copy with one random bit flipped in the newest journal segment or the newest snapshot: `check`
#              must detect it (exit 1), and a read that succeeds without a warning must equal the original (never
#              silently wrong); a refusal must say what to do.
#   full disk  a copy of a folder at seq 9 999 (the next command makes a snapshot due) written under a random
#              `ulimit -f`, so the snapshot, or the journal append, fails part-way with EFBIG: everything
#              acknowledged must be in the log, `check` must be healthy, and a reopen without the limit must work.
# Environment: TORTURE_WRITERS (3), TORTURE_DIR (a scratch parent; default /dev/shm when present), CLINICDESK_BIN,
# TORTURE_KINDS (torn,flip,disk: the damage done to a copy after each kill round, in turn).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-8}"
seed="${2:-$RANDOM}"
bin="${CLINICDESK_BIN:-}"
if [ -z "$bin" ]; then
    for config in release debug; do
        candidate="$(swift build -c "$config" --show-bin-path 2>/dev/null)/clinicdesk"
        if [ -x "$candidate" ]; then bin="$candidate"; break; fi
    done
fi
if [ -z "$bin" ] || [ ! -x "$bin" ]; then
    echo "torture: no clinicdesk binary; run \`swift build\` first (or set CLINICDESK_BIN)" >&2
    exit 2
fi
parent="${TORTURE_DIR:-}"
if [ -z "$parent" ]; then if [ -d /dev/shm ] && [ -w /dev/shm ]; then parent=/dev/shm; else parent="${TMPDIR:-/tmp}"; fi; fi
scratch="$(mktemp -d "$parent/clinicdesk-torture.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
python3 - "$bin" "$rounds" "$seed" "${TORTURE_WRITERS:-3}" "$scratch" <<'PYTHON'
import json, os, random, re, shutil, signal, subprocess, sys, time

binary, rounds, seed, writers, scratch = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
rng = random.Random(seed)
NOW = "2026-11-24T09:00:00Z"
counts = dict(acknowledged=0, lost=0, torn=0, flips=0, detected=0, full=0, failed=0, wrong=0)
problems = []

def run(args, stdin=None, prefix=(), check_status=None):
    result = subprocess.run(list(prefix) + [binary] + args, input=stdin, capture_output=True, text=True)
    return result

def fail(kind, message):
    counts[kind] += 1
    if len(problems) < 20: problems.append(message)

def log_lines(folder):
    result = run(["log", "--data", folder])
    return result.returncode, [line for line in result.stdout.split("\n") if line]

def log_seqs(folder):
    status, lines = log_lines(folder)
    return status, {int(line.split("\t")[0]) for line in lines}

def reopen(folder, label):
    """A writable open (which cuts a torn tail) and then `check`: both must succeed."""
    result = run(["exec", "--data", folder, "--now", NOW, "--user", "torture", f'task add "reopen {label}"'])
    if result.returncode != 0:
        fail("failed", f"{label}: reopen failed: {result.stderr.strip()[:300]}")
        return None
    check = run(["check", "--data", folder])
    if check.returncode != 0:
        fail("failed", f"{label}: check after reopen: {(check.stdout + check.stderr).strip()[:300]}")
    return int(result.stdout.split()[1])

def newest(folder, prefix, suffix):
    names = [n for n in os.listdir(folder) if n.startswith(prefix) and n.endswith(suffix)]
    key = lambda n: int(re.sub(r"\D", "", n) or 0)
    return os.path.join(folder, max(names, key=key)) if names else None

def copy(folder, name):
    target = os.path.join(scratch, name)
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(folder, target)
    return target

main = os.path.join(scratch, "main")
subprocess.run([binary, "demo", "--data", main, "--seed", str(seed % 1000)], check=True, capture_output=True)
acked_seqs, acked_titles = set(), []

def kill_round(r):
    procs = []
    for w in range(writers):
        p = subprocess.Popen([binary, "exec", "--data", main, "--now", NOW, "--user", f"w{w}"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        lines = "".join(f'task add "r{r}-w{w}-n{n}"\n' for n in range(rng.randint(50, 400)))
        procs.append(p)
        p.stdin.write(lines.encode()); p.stdin.flush()
    time.sleep(rng.uniform(0.05, 0.6))
    for p in procs: os.kill(p.pid, signal.SIGKILL)
    for w, p in enumerate(procs):
        out, _ = p.communicate()
        for n, line in enumerate(out.decode(errors="replace").splitlines()):
            parts = line.split()
            if len(parts) >= 2 and parts[0] == "ok":
                acked_seqs.add(int(parts[1])); acked_titles.append(f"r{r}-w{w}-n{n}")
                counts["acknowledged"] += 1
            else:
                fail("failed", f"round {r}: writer {w} printed {line!r}")
    seq = reopen(main, f"round {r}")
    if seq is not None: acked_seqs.add(seq); counts["acknowledged"] += 1
    status, seqs = log_seqs(main)
    missing = acked_seqs - seqs
    if status != 0 or missing:
        fail("lost", f"round {r}: log status {status}, acknowledged but missing: {sorted(missing)[:5]}")
        acked_seqs.difference_update(missing)

def torn_round(r):
    copied = copy(main, "torn")
    segment = newest(copied, "journal-", ".log")
    size = os.path.getsize(segment)
    if size == 0: return
    _, before = log_lines(copied)
    cut = rng.randrange(0, size)
    os.truncate(segment, cut)
    counts["torn"] += 1
    if reopen(copied, f"round {r} (torn at {cut} of {size})") is None: return
    _, after = log_lines(copied)
    kept = after[:-1]  # the reopen's own event is last
    if kept != before[:len(kept)]:
        fail("wrong", f"round {r}: after a torn tail at byte {cut} the log is not a prefix of the original")

def flip_round(r):
    copied = copy(main, "flip")
    _, before = log_lines(copied)
    original = run(["export", "--data", copied]).stdout
    target = newest(copied, "journal-", ".log") if rng.random() < 0.7 else newest(copied, "snapshot-", ".snap")
    if target is None or os.path.getsize(target) == 0:
        target = newest(copied, "snapshot-", ".snap")
    size = os.path.getsize(target)
    offset, bit = rng.randrange(size), rng.randrange(8)
    with open(target, "r+b") as f:
        f.seek(offset); byte = f.read(1)[0]; f.seek(offset); f.write(bytes([byte ^ (1 << bit)]))
    counts["flips"] += 1  # every flip changes a byte covered by a CRC, so every one must be detected
    where = f"round {r}: bit {bit} of byte {offset} in {os.path.basename(target)}"
    check = run(["check", "--data", copied])
    if check.returncode == 1 and "problem:" in check.stdout:
        counts["detected"] += 1
    else:
        fail("failed", f"{where}: check did not detect it (exit {check.returncode}): {check.stdout.strip()[:200]}")
    export = run(["export", "--data", copied])
    if export.returncode == 0 and "warning" not in export.stderr and export.stdout != original:
        fail("wrong", f"{where}: export succeeded without a warning but differs from the original")
    if export.returncode != 0 and "check" not in export.stderr:
        fail("failed", f"{where}: export refused without saying what to do: {export.stderr.strip()[:200]}")
    status, after = log_lines(copied)
    if status == 0 and after != before[:len(after)]:
        fail("wrong", f"{where}: the log is not a prefix of the original")

base9999 = None
def prepare_9999():
    global base9999
    base9999 = os.path.join(scratch, "base9999")
    subprocess.run([binary, "demo", "--data", base9999], check=True, capture_output=True)
    added = run(["exec", "--data", base9999, "--now", NOW, 'task add "mover"'])
    task = added.stdout.split()[-1]
    moves = "".join(f"task move {task} {'doing' if i % 2 == 0 else 'backlog'} --override\n" for i in range(9_998))
    bulk = subprocess.run([binary, "exec", "--data", base9999, "--now", NOW], input=moves, text=True,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if bulk.returncode != 0: raise SystemExit(f"torture: could not prepare the seq-9999 folder: {bulk.stderr[:300]}")

def full_round(r):
    if base9999 is None: prepare_9999()
    copied = copy(base9999, "full")
    snapshot = os.path.getsize(newest(copied, "snapshot-", ".snap"))
    journal = os.path.getsize(newest(copied, "journal-", ".log"))
    # below the snapshot's size (so writing it fails part-way), sometimes below the journal's too
    limit_bytes = rng.randint(min(journal, snapshot) // 2, snapshot - 1)
    blocks = max(1, limit_bytes // 512)
    script = "".join(f'task add "full-r{r}-n{n}"\n' for n in range(rng.randint(1, 20)))
    result = run(["exec", "--data", copied, "--now", NOW, "--user", "full"], stdin=script,
                 prefix=["/bin/sh", "-c", f'ulimit -f {blocks} && exec "$0" "$@"'])
    if "disk full" in result.stderr or "snapshot" in result.stderr: counts["full"] += 1  # the limit was hit
    oks = [int(l.split()[1]) for l in result.stdout.splitlines() if l.startswith("ok ")]
    counts["acknowledged"] += len(oks)
    if result.returncode != 0 and "disk full" not in result.stderr:
        fail("failed", f"round {r}: a failure that does not say disk full: {result.stderr.strip()[:300]}")
    status, seqs = log_seqs(copied)
    missing = set(oks) - seqs
    if status != 0 or missing:
        fail("lost", f"round {r} (ulimit -f {blocks}): acknowledged but missing {sorted(missing)[:5]}")
    check = run(["check", "--data", copied])
    if check.returncode != 0:
        fail("failed", f"round {r} (ulimit -f {blocks}): check: {(check.stdout + check.stderr).strip()[:300]}")
    reopen(copied, f"round {r} (after ulimit -f {blocks})")

# TORTURE_KINDS (default torn,flip,disk) picks what is done to a copy after each kill round, in turn.
by_name = {"torn": torn_round, "flip": flip_round, "disk": full_round}
chosen = [by_name[k] for k in os.environ.get("TORTURE_KINDS", "torn,flip,disk").split(",") if k in by_name]
for r in range(rounds):
    # every round kills writers (the folder keeps growing); then one kind of damage to a copy
    kill_round(r)
    if chosen: chosen[r % len(chosen)](r)

export = run(["export", "--data", main])
present = set(re.findall(r'"title" : "([^"]*)"', export.stdout))
missing_titles = [t for t in acked_titles if t not in present]
if missing_titles: fail("lost", f"acknowledged titles missing from the export: {missing_titles[:5]}")
for p in problems: print("torture: " + p, file=sys.stderr)
print(f"torture: {rounds} rounds, {writers} writers, seed {seed}, {counts['acknowledged']} acknowledged, "
      f"{counts['lost']} lost, {counts['torn']} torn tails, {counts['flips']} bit flips ({counts['detected']} detected), "
      f"{counts['full']} full disks, {counts['failed']} failed reopens/checks, {counts['wrong']} silently wrong")
sys.exit(1 if counts["lost"] or counts["failed"] or counts["wrong"] else 0)
PYTHON
