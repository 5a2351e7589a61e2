#!/usr/bin/env python3
"""Where a process's threads spend a run, by half second: CPU of its busiest threads (by name), the time its threads
waited in the run queue for a core, and the time they sat in an uninterruptible wait (the disk). Samples
/proc/PID/task/*/schedstat and stat every 50 ms; prints one row per half second (seconds per second: 1.00 is a whole
core) and then each thread's totals (CPU / run-queue wait, s).

Usage: bench/thread-cpu.py -- sitrep ingest CORPUS.jsonl --db x.db   (prefix `chrt -r 1` to run both in the
real-time class; the sampler then takes a few per cent of a core itself)."""
import collections
import os
import subprocess
import sys
import time

command = sys.argv[sys.argv.index('--') + 1:]
process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
start = time.time()
cpu, queued, totals = {}, {}, {}
buckets = collections.defaultdict(lambda: collections.defaultdict(float))
while process.poll() is None:
    bucket = buckets[int((time.time() - start) * 2)]
    try:
        tasks = os.listdir(f'/proc/{process.pid}/task')
    except OSError:
        break
    for tid in tasks:
        try:
            name = open(f'/proc/{process.pid}/task/{tid}/comm').read().strip()
            on_cpu, waiting = (int(x) / 1e9 for x in open(f'/proc/{process.pid}/task/{tid}/schedstat').read().split()[:2])
            state = open(f'/proc/{process.pid}/task/{tid}/stat').read().rsplit(')', 1)[1].split()[0]
        except OSError:
            continue
        bucket[name] += on_cpu - cpu.get(tid, 0)
        bucket['~queued'] += waiting - queued.get(tid, 0)
        if state == 'D':
            bucket['~disk'] += 0.05
        cpu[tid], queued[tid] = on_cpu, waiting
        totals[tid] = (name, on_cpu, waiting)
    time.sleep(0.05)

wall = time.time() - start
names = collections.Counter()
for bucket in buckets.values():
    for name, seconds in bucket.items():
        if not name.startswith('~'):
            names[name] += seconds
shown = [name for name, _ in names.most_common(4)]
print('t', *shown, 'all', 'queued', 'disk', sep='\t')
for key in sorted(buckets):
    bucket = buckets[key]
    busy = sum(s for n, s in bucket.items() if not n.startswith('~'))
    print(f'{key / 2:.1f}', *(f'{bucket.get(n, 0) * 2:.2f}' for n in shown), f'{busy * 2:.2f}',
          f"{bucket.get('~queued', 0) * 2:.2f}", f"{bucket.get('~disk', 0) * 2:.2f}", sep='\t')
print(f'wall {wall:.2f} s; threads (CPU / run-queue wait, s):',
      ', '.join(f'{n} {c:.2f} / {q:.2f}' for n, c, q in sorted(totals.values(), key=lambda t: -t[1])[:6]))
