#!/usr/bin/env python3
"""Who used the CPU during a measurement window, from /proc (Linux only).

  cpu.py snap FILE                         record machine and per-process CPU ticks
  cpu.py diff BEFORE AFTER name=PID ...    print each named process tree's share of the machine
                                           (all cores = 100 %), plus "other" for everything else

A named PID counts with all its descendants. Processes that ended inside the window are not seen; on
this benchmark's long-lived processes that leaves little out.
"""

import json
import os
import sys


def machine_ticks():
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    # user nice system idle iowait irq softirq steal (guest time is already inside user)
    total = sum(fields[:8])
    idle = fields[3] + fields[4]
    return total, idle


def processes():
    procs = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                raw = f.read()
        except OSError:
            continue
        comm = raw[raw.index("(") + 1 : raw.rindex(")")]
        rest = raw[raw.rindex(")") + 2 :].split()
        ppid, utime, stime = int(rest[1]), int(rest[11]), int(rest[12])
        procs[entry] = [comm, ppid, utime + stime]
    return procs


def snap(path):
    total, idle = machine_ticks()
    with open(path, "w") as f:
        json.dump({"total": total, "idle": idle, "procs": processes()}, f)


def diff(before_path, after_path, named):
    with open(before_path) as f:
        before = json.load(f)
    with open(after_path) as f:
        after = json.load(f)
    total = after["total"] - before["total"]
    busy = total - (after["idle"] - before["idle"])
    roots = {}
    for item in named:
        name, _, pid = item.partition("=")
        if pid:
            roots[pid] = name
    procs = after["procs"]

    def group(pid):
        seen = 0
        while pid in procs and seen < 64:
            if pid in roots:
                return roots[pid]
            pid = str(procs[pid][1])
            seen += 1
        return "other"

    used = {name: 0 for name in list(roots.values()) + ["other"]}
    for pid, (comm, _ppid, ticks) in procs.items():
        earlier = before["procs"].get(pid)
        delta = ticks - earlier[2] if earlier and earlier[0] == comm else ticks
        used[group(pid)] += max(delta, 0)
    # "other" from the machine totals, so kernel time and processes that came and went are not lost.
    used["other"] = max(busy - sum(v for k, v in used.items() if k != "other"), 0)
    pct = lambda ticks: 100.0 * ticks / total if total else 0.0  # noqa: E731
    print(f"busy={pct(busy):.0f}% " + " ".join(f"{k}={pct(v):.0f}%" for k, v in used.items()))


if __name__ == "__main__":
    if sys.argv[1] == "snap":
        snap(sys.argv[2])
    else:
        diff(sys.argv[2], sys.argv[3], sys.argv[4:])
