"""The Reports screen over a log of 1,000,000 records: how long each report takes to appear, and
whether the window stays responsive while Rust counts.

Not a test (pytest does not collect it). Run under a display, after building the app and the
million-record log of the store benchmark (`cargo bench -p madoguchi-store --bench log` leaves it
in target/tmp/bench-log-1000000.db: 1,000,000 live records over 2025 plus 1,000 training ones):

    cargo build --release -p madoguchi-app
    xvfb-run -a -s "-screen 0 1280x800x24" $E2E_PYTHON tests/e2e/bench_reports.py \\
        --app target/release/madoguchi-app --log target/tmp/bench-log-1000000.db [--rounds 5]

Measured inside the page:
- report: from the `change` of a select to the animation frame after the new report is drawn
  (IPC, counting and suppression in Rust, labelling, React render of tables and charts);
- longest frame gap: the longest time between two animation frames during that wait. The count
  runs on a Rust worker thread, so the page keeps drawing; a long gap would be a frozen window;
- Back while counting: from a click on Back, sent while a year-long report is being counted, to
  the start screen being shown.
"""

import argparse
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

import ui  # noqa: E402

MEASURE = """
const [id, value, done] = arguments;
const gaps = [];
let last = performance.now();
let busySeen = false;
const t0 = performance.now();
const select = document.getElementById(id);
const set = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value").set;
const frame = (t) => {
  gaps.push(t - last);
  last = t;
  const loaded = document.querySelector("section.reports")?.dataset.loaded === "true";
  if (!loaded) busySeen = true;
  if (busySeen && loaded) {
    done({ ms: performance.now() - t0, maxGap: Math.max(...gaps), frames: gaps.length });
  } else {
    requestAnimationFrame(frame);
  }
};
set.call(select, value);
select.dispatchEvent(new Event("change", { bubbles: true }));
requestAnimationFrame(frame);
"""

BACK_WHILE_COUNTING = """
const [done] = arguments;
const select = document.getElementById("report-dimension");
const set = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value").set;
set.call(select, select.value === "service" ? "concern" : "service");
select.dispatchEvent(new Event("change", { bubbles: true }));
requestAnimationFrame(() => {
  const t0 = performance.now();
  document.querySelector("button.back").click();
  const check = () => {
    if (document.querySelector(".app").dataset.screen === "start") done(performance.now() - t0);
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
});
"""


def summary(name, xs, unit="ms"):
    xs = sorted(xs)
    return f"{name}: median {statistics.median(xs):.0f} {unit}, min {xs[0]:.0f}, max {xs[-1]:.0f} (n={len(xs)})"


def measure(driver, select, value):
    driver.set_script_timeout(120)
    return driver.execute_async_script(MEASURE, select, value)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", default=str(TARGET / "release" / "madoguchi-app"))
    parser.add_argument("--log", default=str(TARGET / "tmp" / "bench-log-1000000.db"))
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    data = pathlib.Path(tempfile.mkdtemp(prefix="bench-reports-"))
    log = data / "madoguchi.sqlite3"
    shutil.copyfile(args.log, log)
    # A log made by an older build is migrated at its first open (once, at a desk's upgrade):
    # do that first, with the CLI, so the figures below are those of every later day.
    t0 = time.perf_counter()
    subprocess.run([str(TARGET / "debug" / "madoguchi"), "report", "--db", str(log), "--month", "2025-01", "--by", "danger"],
                   check=True, capture_output=True)
    print(f"first open of the copied log by the CLI (migrations, if any): {(time.perf_counter() - t0) * 1000:.0f} ms")
    proc, url = start_driver()
    try:
        t0 = time.perf_counter()
        driver = new_session(url, args.app, ["--data-dir", str(data)])
        ui.wait_screen(driver, "start", timeout=120)
        print(f"start screen with the million-record log: {(time.perf_counter() - t0) * 1000:.0f} ms")
        results = {}
        for r in range(args.rounds):
            driver.find_element(By.CSS_SELECTOR, "button.open-reports").click()
            ui.wait_screen(driver, "reports")
            ui.wait_until(lambda: driver.find_elements(By.CSS_SELECTOR, "section.reports[data-loaded=true]"), timeout=120)
            # The year of the log, by each dimension the government reports use, then two.
            steps = [
                ("report-period", "FY2024", "open: this fiscal year → FY2024, by concern"),
                ("report-period", "FY2025", "FY2025 by concern"),
                ("report-dimension", "gender", "2025 by gender"),
                ("report-dimension", "age_group", "2025 by age group"),
                ("report-dimension", "nationality", "2025 by nationality"),
                ("report-dimension", "region", "2025 by region"),
                ("report-dimension", "residence", "2025 by residence status"),
                ("report-dimension", "client_lang", "2025 by client language"),
                ("report-dimension", "service", "2025 by referral destination"),
                ("report-second", "age_group", "FY2025 by service × age group (the year and 12 months)"),
            ]
            if r == 0:
                # The select offers the log's fiscal years only once it has been read.
                ui.wait_until(lambda: driver.find_elements(By.CSS_SELECTOR, "#report-period option[value='FY2025']"), timeout=60)
            for select, value, name in steps:
                m = measure(driver, select, value)
                results.setdefault(name, []).append(m)
            driver.set_script_timeout(120)
            back = driver.execute_async_script(BACK_WHILE_COUNTING)
            results.setdefault("Back while counting", []).append({"ms": back, "maxGap": 0})
            ui.wait_screen(driver, "start")
        for name, ms in results.items():
            print(summary(f"{name:48s}", [m["ms"] for m in ms]), end="")
            if name != "Back while counting":
                print(f"; longest frame gap max {max(m['maxGap'] for m in ms):.0f} ms", end="")
            print()
        driver.quit()
    finally:
        _stop(proc, TARGET / "bench-tauri-driver.log")
        shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    main()
