"""The app as the desktop starts it, outside WebDriver: a second start, in a desktop session (a
D-Bus session bus, as every desktop has), leaves the first window as the only one — two windows
on one desk would be two consultations on screen at once."""

import os
import shutil
import subprocess
import textwrap

import pytest

from conftest import LOGS


def test_a_second_start_gives_way_to_the_running_app(app_binary, tmp_path):
    if not shutil.which("dbus-run-session"):
        pytest.fail("dbus-run-session not found (apt-get install dbus)")
    first, second = tmp_path / "first", tmp_path / "second"
    report = tmp_path / "report"
    # Inside one session bus: start the app, wait for its log, start it again, and report
    # whether the second start ended (and how) while the first one still runs.
    script = textwrap.dedent(
        f"""
        "$APP" --data-dir "{first}" >"{tmp_path}/first.log" 2>&1 &
        a=$!
        for i in $(seq 1 300); do [ -e "{first}/madoguchi.sqlite3" ] && break; sleep 0.1; done
        sleep 1
        "$APP" --data-dir "{second}" >"{tmp_path}/second.log" 2>&1 &
        b=$!
        for i in $(seq 1 150); do kill -0 $b 2>/dev/null || break; sleep 0.1; done
        if kill -0 $b 2>/dev/null; then echo "second=running"; kill $b; else wait $b; echo "second=$?"; fi
        if kill -0 $a 2>/dev/null; then echo "first=running"; else echo "first=ended"; fi
        kill $a 2>/dev/null; wait $a 2>/dev/null
        """
    )
    env = dict(os.environ, APP=str(app_binary))
    out = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", script],
        env=env, capture_output=True, text=True, timeout=120, cwd=LOGS,
    ).stdout
    report.write_text(out)
    lines = dict(line.split("=", 1) for line in out.split() if "=" in line)
    assert lines.get("first") == "running", f"the first app ended: {out}"
    assert lines.get("second") == "0", f"the second start did not give way: {out}"
    assert not second.exists(), "the second start opened a data folder of its own"
