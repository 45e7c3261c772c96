"""End-to-end fixtures: the real built app, driven over WebDriver.

tauri-driver (a WebDriver intermediary) starts WebKitWebDriver, which launches the app binary
named in the `tauri:options` capability. Needs a display: run under `xvfb-run` (scripts/test.sh
does). Environment:

- MADOGUCHI_APP: the app binary (default: <target dir>/debug/madoguchi-app; the test command
  also runs the suite against the installed package's /usr/bin/madoguchi-app)
- MADOGUCHI_CLI: the `madoguchi` command the screens are compared with (default:
  <target dir>/debug/madoguchi; with the installed package, /usr/bin/madoguchi)
- TAURI_DRIVER: the tauri-driver binary (default: found on PATH)
- WEBKIT_WEBDRIVER: the native driver (default: /usr/bin/WebKitWebDriver)

Each test starts the app with `--data-dir` on a temporary folder, so the log and the site
override file are the test's own.
"""

import os
import pathlib
import shutil
import signal
import socket
import subprocess
import time

import pytest
from selenium import webdriver
from selenium.webdriver.common.options import ArgOptions
from selenium.webdriver.remote.client_config import ClientConfig
from selenium.webdriver.remote.remote_connection import RemoteConnection

ROOT = pathlib.Path(__file__).resolve().parents[2]
TARGET = pathlib.Path(os.environ.get("CARGO_TARGET_DIR") or ROOT / "target")
SCREENSHOTS = TARGET / "e2e-screenshots"
LOGS = TARGET / "e2e-logs"
CLI = pathlib.Path(os.environ.get("MADOGUCHI_CLI") or TARGET / "debug" / "madoguchi")


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _accepts(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def _stop(proc, log_path):
    """SIGTERM only: tauri-driver then stops WebKitWebDriver. SIGKILL would leave it running."""
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=15)
        return
    except subprocess.TimeoutExpired:
        pass
    # Still there: ask its whole process group (WebKitWebDriver, the app) to stop too.
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=15)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        print(f"warning: tauri-driver (pid {proc.pid}) did not stop on SIGTERM; see {log_path}")


@pytest.fixture(scope="session")
def app_binary():
    path = pathlib.Path(os.environ.get("MADOGUCHI_APP") or TARGET / "debug" / "madoguchi-app")
    if not os.access(path, os.X_OK):
        pytest.fail(f"app binary not found: {path} (build it with `cargo build -p madoguchi-app`)")
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        pytest.fail("no display: run the end-to-end tests under xvfb-run (see scripts/test.sh)")
    return path


# The desktop's URL handler, as the app sees it: `xdg-open` first on the PATH of tauri-driver (and
# so of the app it launches) records each URL instead of starting a dialer or a browser.
OPENED = LOGS / "opened-urls.txt"
# While this file exists the stand-in refuses every URL, as xdg-open does with no handler for it.
REFUSE = LOGS / "opener-refuses"
# The app's working folder: GTK's "Print to File" offers `output.pdf` in it.
PRINTS = LOGS / "prints"


def _desktop_env():
    bin_dir = LOGS / "desktop-bin"
    bin_dir.mkdir(parents=True, exist_ok=True)
    opener = bin_dir / "xdg-open"
    opener.write_text(
        '#!/bin/sh\n[ -e "$MADOGUCHI_E2E_REFUSE" ] && exit 4\nprintf \'%s\\n\' "$1" >> "$MADOGUCHI_E2E_OPENED"\n'
    )
    opener.chmod(0o755)
    OPENED.write_text("")
    REFUSE.unlink(missing_ok=True)
    env = dict(os.environ)
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    env["MADOGUCHI_E2E_OPENED"] = str(OPENED)
    env["MADOGUCHI_E2E_REFUSE"] = str(REFUSE)
    # The desktop's own dialogs (print) in English whatever the machine's locale, as the tests
    # find them by title; the app's texts come from its settings, never from the locale.
    env["LANGUAGE"] = "en"
    return env


def opened_urls():
    """The URLs the app handed to the desktop's handler so far, oldest first."""
    return OPENED.read_text().splitlines() if OPENED.exists() else []


@pytest.fixture(scope="session")
def driver_url():
    exe = os.environ.get("TAURI_DRIVER") or shutil.which("tauri-driver")
    native = os.environ.get("WEBKIT_WEBDRIVER", "/usr/bin/WebKitWebDriver")
    if not exe:
        pytest.fail("tauri-driver not found (cargo install tauri-driver --version '^2' --locked)")
    if not os.access(native, os.X_OK):
        pytest.fail(f"{native} not found (apt-get install webkit2gtk-driver)")
    port = _free_port()
    native_port = _free_port()
    while native_port == port:
        native_port = _free_port()
    LOGS.mkdir(parents=True, exist_ok=True)
    log_path = LOGS / "tauri-driver.log"
    # Output goes to a file, never to our stdout: nothing can hold a CI pipe open.
    with open(log_path, "wb") as log:
        PRINTS.mkdir(parents=True, exist_ok=True)
        proc = subprocess.Popen(
            [exe, "--port", str(port), "--native-port", str(native_port), "--native-driver", native],
            cwd=PRINTS,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            env=_desktop_env(),
        )
    try:
        # tauri-driver accepts connections before WebKitWebDriver listens: wait for both.
        deadline = time.monotonic() + 30
        while not (_accepts(port) and _accepts(native_port)):
            if proc.poll() is not None:
                pytest.fail(f"tauri-driver exited with {proc.returncode}:\n{log_path.read_text()}")
            if time.monotonic() > deadline:
                pytest.fail(f"tauri-driver did not listen on {port} and {native_port}:\n{log_path.read_text()}")
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        _stop(proc, log_path)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.failed_call = report.failed
    return report


# What the app prints when GTK cannot open the virtual display. Seen once in ~20 runs of the suite
# on a machine loaded on purpose (Xvfb starved of CPU); the app has run none of its own code then.
NO_DISPLAY = "Failed to initialize GTK"


def new_session(driver_url, app_binary, args=(), attempts=2):
    """A WebDriver session on a freshly started app, with extra command-line arguments.

    Only a start that failed before GTK had a display is tried again; any other failure fails the
    test at once, with what the drivers and the app printed."""
    options = ArgOptions()
    options.set_capability("browserName", "wry")
    options.set_capability("tauri:options", {"application": str(app_binary), "args": list(args)})
    log = LOGS / "tauri-driver.log"
    for attempt in range(1, attempts + 1):
        connection = RemoteConnection(client_config=ClientConfig(remote_server_addr=driver_url, timeout=60))
        offset = log.stat().st_size if log.exists() else 0
        started = time.monotonic()
        try:
            return webdriver.Remote(command_executor=connection, options=options)
        except Exception as e:
            with open(log, "rb") as f:
                f.seek(offset)
                printed = f.read().decode(errors="replace")
            if NO_DISPLAY in printed and attempt < attempts:
                print(f"warning: the app found no display (attempt {attempt}); starting it again")
                continue
            pytest.fail(
                f"no session on {app_binary} after {time.monotonic() - started:.1f} s (attempt {attempt}): {e}\n"
                f"{log} since this start:\n{printed[-4000:] or '(nothing)'}"
            )


@pytest.fixture
def launch(request, driver_url, app_binary, tmp_path):
    """Starts the app on a data folder (default: a fresh temporary one); quits it after the test.

    A failing test leaves a screenshot of every window it opened."""
    drivers = []

    def start(data_dir=None):
        data_dir = pathlib.Path(data_dir or tmp_path / "data")
        driver = new_session(driver_url, app_binary, ["--data-dir", str(data_dir)])
        driver.data_dir = data_dir
        drivers.append(driver)
        return driver

    try:
        yield start
    finally:
        for i, driver in enumerate(drivers):
            if getattr(request.node, "failed_call", False):
                SCREENSHOTS.mkdir(parents=True, exist_ok=True)
                driver.save_screenshot(str(SCREENSHOTS / f"FAILED-{request.node.name}-{i}.png"))
            driver.quit()


@pytest.fixture
def app(launch):
    """A fresh app window on a fresh, empty data folder."""
    return launch()
