"""Memory of the whole app — the Rust process and WebKit's web and network processes — as PSS, beside
an empty Tauri app (the floor, benches/empty-tauri) started the same way in the same run.

Not a test (pytest does not collect it). Run under a display, after building both apps the same
way (release, see BENCHMARKS.md "Memory"):

    xvfb-run -a -s "-screen 0 1280x800x24" $E2E_PYTHON tests/e2e/bench_memory.py \\
        --app target/release/madoguchi-app \\
        --floor target/release/empty-tauri [--runs 3] [--records 20000] [--settle 5] \\
        [--before another/build/of/madoguchi-app]

PSS (proportional set size) is read from /proc/PID/smaps_rollup for the app's process and every
process below it (WebKitWebProcess, WebKitNetworkProcess and any sandbox helper), so pages shared
between them — WebKit's libraries, fonts — are counted once in the sum, split between sharers.
Both apps are launched by WebDriver (tauri-driver + WebKitWebDriver), so the automation session's
own cost is in both figures. Each figure is taken `--settle` seconds after the screen showed.

Madoguchi is measured at the start screen (idle), on the result screen after one consultation,
and on the Reports screen over a log of `--records` live records (madoguchi-store-soak fill); the
floor once its page shows its button. Runs are interleaved (floor, app, floor, app, …).
"""

import argparse
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).parent))

from bench_desktop import start_driver  # noqa: E402
from conftest import TARGET, _stop, new_session  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402

import ui  # noqa: E402


def _processes():
    """pid -> (ppid, name, exe) for every process we can read."""
    out = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = pathlib.Path(f"/proc/{entry}/stat").read_text()
            name = stat[stat.index("(") + 1 : stat.rindex(")")]
            ppid = int(stat[stat.rindex(")") + 2 :].split()[1])
            try:
                exe = os.readlink(f"/proc/{entry}/exe")
            except OSError:
                exe = ""
            out[int(entry)] = (ppid, name, exe)
        except (OSError, ValueError):
            continue
    return out


def pss_kib(pid):
    for line in pathlib.Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1])
    raise RuntimeError(f"no Pss in /proc/{pid}/smaps_rollup")


def app_tree(binary):
    """The PIDs of the running `binary` and of every process below it, with their names."""
    procs = _processes()
    want = os.path.realpath(binary)
    roots = [pid for pid, (_, _, exe) in procs.items() if exe and os.path.realpath(exe.removesuffix(" (deleted)")) == want]
    if len(roots) != 1:
        raise RuntimeError(f"expected one running {binary}, found {roots}")
    tree, todo = [], [roots[0]]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo += [c for c, (ppid, _, _) in procs.items() if ppid == pid]
    # The name of the executable (the kernel's `comm` is cut at 15 characters).
    return [(pid, os.path.basename(procs[pid][2]) or procs[pid][1]) for pid in tree]


def measure(binary):
    """Total PSS (MiB) of the app's tree, and per process kind: the app itself, web, network, other."""
    parts = {"rust": 0, "web": 0, "network": 0, "other": 0}
    for i, (pid, name) in enumerate(app_tree(binary)):
        try:
            kib = pss_kib(pid)
        except OSError:
            continue  # gone between the listing and the read
        kind = "rust" if i == 0 else "web" if "WebProcess" in name else "network" if "NetworkProcess" in name else "other"
        parts[kind] += kib
    mib = {k: v / 1024 for k, v in parts.items()}
    mib["total"] = sum(mib.values())
    return mib


def seed_log(records):
    """A data folder whose log holds `records` live records over the last months (the Reports
    screen's default period, this fiscal year, shows them)."""
    folder = pathlib.Path(tempfile.mkdtemp(prefix="bench-memory-seed-"))
    import test_reports  # the tests' own seeding: madoguchi-store-soak fill

    test_reports.fill(folder, live=records, training=0, seed=5)
    return folder


def measure_app(url, name, binary, seeded, a):
    """The app on a copy of the seeded data folder: start screen, one consultation, Reports."""
    rows = []
    data = pathlib.Path(tempfile.mkdtemp(prefix="bench-memory-"))
    try:
        shutil.copytree(seeded, data, dirs_exist_ok=True)
        d = new_session(url, binary, ["--data-dir", str(data)])
        ui.wait_screen(d, "start", timeout=60)
        time.sleep(a.settle)
        rows.append((f"{name}, start screen (idle)", measure(binary)))
        ui.start(d, staff="ja", client="vi")
        # A labour problem; every other question answered "unknown" where it can be.
        ui.run_consultation(d, {"concern": ["labour_problem"]})
        time.sleep(a.settle)
        rows.append((f"{name}, after one consultation", measure(binary)))
        # Escape twice blanks the screen and drops the consultation, as staff do; then a new
        # consultation's start screen, and the Reports screen over the seeded log.
        ui.press(d, Keys.ESCAPE)
        ui.press(d, Keys.ESCAPE)
        ui.wait_screen(d, "blank", timeout=5)
        d.find_element(By.CSS_SELECTOR, "button.new-consultation").click()
        ui.wait_screen(d, "start")
        d.find_element(By.CSS_SELECTOR, "button.open-reports").click()
        ui.wait_screen(d, "reports")
        ui.wait_until(lambda: d.find_elements(By.CSS_SELECTOR, "section.reports[data-loaded=true]"), timeout=120)
        time.sleep(a.settle)
        rows.append((f"{name}, Reports screen ({a.records:,} records)", measure(binary)))
        d.quit()
    finally:
        shutil.rmtree(data, ignore_errors=True)
    return rows


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--app", default=str(TARGET / "release" / "madoguchi-app"))
    p.add_argument("--floor", default=str(TARGET / "release" / "empty-tauri"))
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--records", type=int, default=20000)
    p.add_argument("--settle", type=float, default=5.0)
    p.add_argument("--before", default=None, help="another build of the app, measured the same way (e.g. another profile)")
    a = p.parse_args()
    seeded = seed_log(a.records)
    proc, url = start_driver()
    rows, table = [], []  # (what, figures) of this run; (run, what, figures) of all
    try:
        for run in range(1, a.runs + 1):
            d = new_session(url, a.floor)
            ui.wait_until(lambda: d.find_elements(By.CSS_SELECTOR, "#ready"), timeout=60)
            time.sleep(a.settle)
            rows.append(("empty Tauri app, idle", measure(a.floor)))
            d.quit()

            for name, binary in [("Madoguchi", a.app)] + ([("Madoguchi (--before)", a.before)] if a.before else []):
                rows += measure_app(url, name, binary, seeded, a)
            table += [(run, what, m) for what, m in rows]
            rows = []
    finally:
        _stop(proc, TARGET / "bench-tauri-driver.log")
        shutil.rmtree(seeded, ignore_errors=True)

    print(f"{'run':>3}  {'what':44s} {'total':>8} {'rust':>7} {'web':>7} {'network':>8} {'other':>6}  (PSS, MiB)")
    for run, what, m in table:
        print(f"{run:>3}  {what:44s} {m['total']:8.1f} {m['rust']:7.1f} {m['web']:7.1f} {m['network']:8.1f} {m['other']:6.1f}")
    floor = [m["total"] for _, w, m in table if w.startswith("empty")]
    idle = [m["total"] for _, w, m in table if w == "Madoguchi, start screen (idle)"]
    print(f"median idle PSS: Madoguchi {statistics.median(idle):.1f} MiB, empty Tauri app {statistics.median(floor):.1f} MiB, "
          f"ratio {statistics.median(idle) / statistics.median(floor):.2f} (goal <= 1.3)")
    for path in [a.app, a.floor] + ([a.before] if a.before else []):
        print(f"binary size: {path}: {os.path.getsize(path) / 1024 / 1024:.1f} MiB")


if __name__ == "__main__":
    main()
