"""Timing of the real app, beside an empty Tauri app started the same way (the floor).

Not a test (pytest does not collect it). Run under a display, after building the app:

    xvfb-run -a -s "-screen 0 1280x800x24" $E2E_PYTHON tests/e2e/bench_desktop.py \\
        [--floor /path/to/empty-tauri-app] [--compare /path/to/other/madoguchi-app] [--rounds 7]

- Cold start: from asking tauri-driver for a new session (which launches the binary) until the
  first interactive element exists in the page: Madoguchi's start button, the floor app's only
  button. Both apps start through the same WebDriver path, so its overhead is in both figures.
- `--compare`: another build of the app (say, the main branch's) measured the same way, rounds
  interleaved with this one, so that machine load hits both alike.
- Next question: inside the page, from `click()` on an option to the animation frame after the
  next question's id is in the DOM (the IPC round trip to Rust, routing, React render, paint).
"""

import argparse
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).parent))

from conftest import TARGET, _accepts, _free_port, _stop, new_session  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

import ui  # noqa: E402


def start_driver():
    exe = os.environ.get("TAURI_DRIVER") or "tauri-driver"
    port, native = _free_port(), _free_port()
    log = open(TARGET / "bench-tauri-driver.log", "wb")
    proc = subprocess.Popen(
        [exe, "--port", str(port), "--native-port", str(native), "--native-driver", "/usr/bin/WebKitWebDriver"],
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    while not (_accepts(port) and _accepts(native)):
        time.sleep(0.05)
    return proc, f"http://127.0.0.1:{port}"


def cold_start(url, binary, css, args=()):
    t0 = time.perf_counter()
    driver = new_session(url, binary, args)
    while not driver.find_elements(By.CSS_SELECTOR, css):
        time.sleep(0.005)
    elapsed = (time.perf_counter() - t0) * 1000
    return driver, elapsed


def summary(name, xs):
    xs = sorted(xs)
    return f"{name}: median {statistics.median(xs):.0f} ms, min {xs[0]:.0f}, max {xs[-1]:.0f} (n={len(xs)})"


FIRST_OPTION = "button.option[data-key='1']"


def run_app(url, binary):
    """One cold start and one consultation: the start time and the click times by question."""
    with tempfile.TemporaryDirectory() as data:
        d, start = cold_start(url, binary, "button.begin", ["--data-dir", data])
        ui.start(d, staff="ja", client="vi")
        clicks = consultation(d, lambda: ui.timed_click(d, FIRST_OPTION))
        d.quit()
    return start, clicks


def consultation(d, click):
    """Answers every question, a single-answer one by `click()` (on its first option): the
    question each click answered, with what `click` returned."""
    clicks = []
    while ui.screen(d) == "question":
        if d.find_elements(By.CSS_SELECTOR, "button.next"):
            ui.answer(d, ["labour_problem"])  # several options: not a single click
            continue
        clicks.append((ui.question_id(d), click()))
    return clicks


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--app", default=str(TARGET / "debug" / "madoguchi-app"))
    p.add_argument("--floor", default=None)
    p.add_argument("--compare", default=None)
    p.add_argument("--rounds", type=int, default=7)
    a = p.parse_args()
    proc, url = start_driver()
    app_starts, floor_starts, clicks, per_question = [], [], [], {}
    other_starts, other_clicks = [], []
    try:
        for _ in range(a.rounds):
            if a.floor:
                d, ms = cold_start(url, a.floor, "#ready")
                floor_starts.append(ms)
                d.quit()
            if a.compare:
                ms, timed = run_app(url, a.compare)
                other_starts.append(ms)
                other_clicks.extend(t for _, t in timed)
            ms, timed = run_app(url, a.app)
            app_starts.append(ms)
            for q, t in timed:
                clicks.append(t)
                per_question.setdefault(q, []).append(t)
    finally:
        _stop(proc, TARGET / "bench-tauri-driver.log")
    print(summary("cold start, Madoguchi", app_starts))
    if floor_starts:
        print(summary("cold start, empty Tauri app", floor_starts))
        print(f"ratio of medians: {statistics.median(app_starts) / statistics.median(floor_starts):.2f}")
    if other_starts:
        print(summary("cold start, the other build", other_starts))
        print(summary("click to next question, the other build", other_clicks))
    print(summary("click to next question", clicks))
    for q, xs in per_question.items():
        print(f"  after {q}: " + ", ".join(f"{x:.0f}" for x in xs))
    print(f"click to next question, 95th percentile: {sorted(clicks)[int(0.95 * (len(clicks) - 1))]:.0f} ms")


if __name__ == "__main__":
    main()
