"""Where the click-to-next-question time goes, for one or more builds of the app.

Not a test (pytest does not collect it). `bench_desktop.py` gives the figure; this splits it, to
find what made it slower. Run under a display:

    xvfb-run -a -s "-screen 0 1280x800x24" $E2E_PYTHON tests/e2e/bench_click_trace.py \\
        target/debug/madoguchi-app ../before/target/debug/madoguchi-app [--rounds 10]

Each click (the same consultation as `bench_desktop.py`, ja/vi) is split, inside the page, into:
- ipc: from the UI's request to Rust's answer (the IPC fetch resolving);
- ipc->commit: until React has put the next question in the DOM (a MutationObserver);
- forced layout: style and layout of the new DOM, forced right after the commit;
- dom->frame: from the first animation frame that sees the new question to the next one, which
  waits for that frame to be painted: what painting the new screen cost.
An app may be given as `PATH::RULE@@RULE…` to add CSS rules to the page (through the CSSOM: the
app's CSP refuses a <style> element) — how one rule's cost is measured without a rebuild.
Process CPU (clock ticks over the clicks) is printed per build: the app (Rust) and the web process.
"""

import argparse
import os
import pathlib
import statistics
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).parent))

from bench_desktop import FIRST_OPTION, cold_start, consultation, start_driver  # noqa: E402
from conftest import TARGET, _stop  # noqa: E402

import ui  # noqa: E402

# Tauri's IPC goes through fetch() on the `ipc:` scheme; `__TAURI_INTERNALS__.invoke` itself
# cannot be replaced (not writable), fetch can.
WRAP_IPC = """
if (!window.__traced) {
  window.__traced = true;
  window.__calls = [];
  const fetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = String((input && input.url) || input);
    if (!url.startsWith("ipc:") && !url.includes("ipc.localhost")) return fetch(input, init);
    const call = {cmd: url.split("/").pop(), t0: performance.now()};
    window.__calls.push(call);
    return fetch(input, init).then((r) => { call.t1 = performance.now(); return r; });
  };
}
"""

ADD_RULES = """
const sheet = document.styleSheets[0];
for (const rule of arguments[0].split("@@")) sheet.insertRule(rule, sheet.cssRules.length);
"""

CLICK = """
const [css, done] = arguments;
window.__calls = [];
const before = document.querySelector("[data-question-id]")?.getAttribute("data-question-id");
const changed = () =>
  document.querySelector("[data-question-id]")?.getAttribute("data-question-id") !== before ||
  document.querySelector(".app").dataset.screen !== "question";
const t0 = performance.now();
let commit = null, layout = null;
const observer = new MutationObserver(() => {
  if (commit === null && changed()) {
    commit = performance.now() - t0;
    const a = performance.now();
    document.body.offsetHeight;
    layout = performance.now() - a;
  }
});
observer.observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true});
const check = () => {
  if (changed()) {
    const dom = performance.now() - t0;
    requestAnimationFrame(() => {
      observer.disconnect();
      const calls = window.__calls.map((c) => ({cmd: c.cmd, start: c.t0 - t0, end: c.t1 - t0}));
      done({total: performance.now() - t0, dom, commit, layout, calls});
    });
  } else {
    requestAnimationFrame(check);
  }
};
document.querySelector(css).click();
requestAnimationFrame(check);
"""


def cpu_ticks():
    """User + system clock ticks of every process, by pid: (name, ticks)."""
    out = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            stat = pathlib.Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2 :].split()
        out[int(pid)] = (name, int(fields[11]) + int(fields[12]))
    return out


def run(url, spec, cpu):
    """One consultation: per click, the question it answered and the split of its time."""
    binary, _, rules = spec.partition("::")
    with tempfile.TemporaryDirectory() as data:
        d, _ = cold_start(url, binary, "button.begin", ["--data-dir", data])
        d.execute_script(WRAP_IPC)
        ui.start(d, staff="ja", client="vi")
        if rules:
            d.execute_script(ADD_RULES, rules)
        before = cpu_ticks()
        clicks = consultation(d, lambda: d.execute_async_script(CLICK, FIRST_OPTION))
        for pid, (name, ticks) in cpu_ticks().items():
            if pid in before and ticks > before[pid][1]:
                key = "app" if name == pathlib.Path(binary).name[:15] else name
                cpu[key] = cpu.get(key, 0) + ticks - before[pid][1]
        d.quit()
    return clicks


def line(name, xs):
    return f"  {name}: median {statistics.median(xs):.1f} ms, min {min(xs):.1f}, max {max(xs):.1f}"


def report(spec, clicks, cpu):
    print(f"== {spec}")
    timed = [r for _, r in clicks if r["calls"] and r["calls"][-1]["end"] is not None]
    print(line("total", [r["total"] for _, r in clicks]))
    print(line("ipc", [c["end"] - c["start"] for r in timed for c in r["calls"]]))
    print(line("ipc->commit", [r["commit"] - r["calls"][-1]["end"] for r in timed]))
    print(line("forced layout", [r["layout"] for _, r in clicks]))
    print(line("dom->frame", [r["total"] - r["dom"] for _, r in clicks]))
    busy = {k: v for k, v in sorted(cpu.items(), key=lambda kv: -kv[1]) if v >= 5}
    print(f"  CPU ticks over the clicks: {busy}")
    by_question = {}
    for q, r in clicks:
        by_question.setdefault(q, []).append(r)
    for q, rs in by_question.items():
        med = lambda key: statistics.median([r[key] for r in rs])  # noqa: E731
        print(f"    after {q}: total {med('total'):.1f}, commit {med('commit'):.1f}, layout {med('layout'):.1f}")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("apps", nargs="+", help="binaries, each optionally PATH::CSS-RULE@@CSS-RULE")
    p.add_argument("--rounds", type=int, default=7)
    a = p.parse_args()
    proc, url = start_driver()
    clicks = {spec: [] for spec in a.apps}
    cpu = {spec: {} for spec in a.apps}
    try:
        for _ in range(a.rounds):
            for spec in a.apps:  # interleaved, so that machine load hits every build alike
                clicks[spec].extend(run(url, spec, cpu[spec]))
    finally:
        _stop(proc, TARGET / "bench-tauri-driver.log")
    for spec in a.apps:
        report(spec, clicks[spec], cpu[spec])


if __name__ == "__main__":
    main()
