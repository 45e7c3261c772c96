"""The app never just closes: a broken site override file, a damaged log, a bad settings file
each get a screen that says what is wrong and what to do; idle time drops the consultation."""

import hashlib
import subprocess
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from conftest import ROOT, TARGET
from ui import answer, assert_accessible, choose_language, shoot, start, wait_screen

SOAK = TARGET / "debug" / "madoguchi-store-soak"


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def ftl_texts(lang, file="ui.ftl"):
    text = (ROOT / "locales" / lang / file).read_text(encoding="utf-8")
    return dict(line.split(" = ", 1) for line in text.splitlines() if " = " in line and not line.startswith((" ", "#")))


def foreign_wal(tmp_path):
    """The WAL of another real log with records: its writer is killed (SIGKILL) while it saves,
    so the WAL is left behind with committed frames, as a folder moved between desks leaves it."""
    other = tmp_path / "other-desk" / "madoguchi.sqlite3"
    other.parent.mkdir()
    writer = subprocess.Popen([str(SOAK), "save", "--db", str(other), "--seed", "9"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    for _ in range(30):
        assert writer.stdout.readline().strip(), "the writer saved a record"
    writer.kill()
    writer.wait()
    wal = (other.parent / "madoguchi.sqlite3-wal").read_bytes()
    assert len(wal) > 32, "the killed writer left its WAL"
    return wal

BROKEN_OVERRIDE = """\
# This desk's local numbers
[[service]]
id = "onestop_8891"
bogus_key = "typo"
"""


def test_a_broken_override_file_shows_file_and_line_and_what_to_do(launch, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "site-override.toml").write_text(BROKEN_OVERRIDE, encoding="utf-8")
    app = launch(data)
    main = wait_screen(app, "problem")
    problem = main.find_element(By.CSS_SELECTOR, "[data-problem]")
    assert problem.get_attribute("data-problem") == "override_invalid"
    errors = [e.text for e in problem.find_elements(By.CSS_SELECTOR, ".problem-errors li")]
    assert errors and any("site-override.toml:" in e for e in errors), errors
    assert any(":4:" in e or ":3:" in e for e in errors), f"no line number: {errors}"
    assert problem.find_element(By.CSS_SELECTOR, ".problem-todo").text.strip()
    assert app.find_element(By.CSS_SELECTOR, ".strip").is_displayed()
    shoot(app, "problem-override")
    assert_accessible(app, "broken override")
    # Going on works, with the shipped directory.
    problem.find_element(By.CSS_SELECTOR, "button.continue").click()
    assert start(app) == "danger"


def test_a_damaged_log_is_read_only_and_save_says_so(launch, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    damaged = b"SQLite format 3\x00" + b"\xde\xad\xbe\xef" * 2048
    (data / "madoguchi.sqlite3").write_bytes(damaged)
    app = launch(data)
    main = wait_screen(app, "problem")
    problem = main.find_element(By.CSS_SELECTOR, "[data-problem]")
    assert problem.get_attribute("data-problem") == "log_read_only"
    assert "madoguchi.sqlite3" in problem.find_element(By.CSS_SELECTOR, ".problem-path").text
    shoot(app, "problem-log")
    assert_accessible(app, "damaged log")
    problem.find_element(By.CSS_SELECTOR, "button.continue").click()
    start(app)
    answer(app, ["none"])
    assert (data / "madoguchi.sqlite3").read_bytes() == damaged, "the damaged file is never written"


def test_a_wal_of_another_log_is_moved_aside_and_shown(launch, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    log = data / "madoguchi.sqlite3"
    subprocess.run([str(SOAK), "fill", "--db", str(log), "--records", "500", "--from", "2025-01-01",
                    "--to", "2025-12-31", "--seed", "3"], check=True, capture_output=True)
    wal = foreign_wal(tmp_path)
    (data / "madoguchi.sqlite3-wal").write_bytes(wal)
    before = sha256(log)
    app = launch(data)
    main = wait_screen(app, "problem")
    problem = main.find_element(By.CSS_SELECTOR, "[data-problem]")
    assert problem.get_attribute("data-problem") == "log_set_aside"
    ja = ftl_texts("ja")
    assert problem.find_element(By.CSS_SELECTOR, "h1").text == ja["ui-problem-set-aside-title"]
    assert problem.find_element(By.CSS_SELECTOR, ".problem-what").text == ja["ui-problem-set-aside-what"]
    files = [e.text for e in problem.find_elements(By.CSS_SELECTOR, ".problem-errors li")]
    moved = [p for p in data.iterdir() if "madoguchi.sqlite3-wal.set-aside-" in p.name]
    assert len(moved) == 1, list(data.iterdir())
    assert moved[0].read_bytes() == wal, "the WAL is kept whole, never deleted"
    assert any(str(moved[0]) in f for f in files), files
    assert sha256(log) == before, "the other log's pages were not written into this one"
    shoot(app, "problem-log-set-aside")
    assert_accessible(app, "WAL set aside")
    # A way on: the log itself is sound, so consultations go on and can be saved.
    problem.find_element(By.CSS_SELECTOR, "button.continue").click()
    assert start(app) == "danger"


def test_an_empty_log_file_is_a_problem_not_a_new_log(launch, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    log = data / "madoguchi.sqlite3"
    log.write_bytes(b"")
    app = launch(data)
    main = wait_screen(app, "problem")
    problem = main.find_element(By.CSS_SELECTOR, "[data-problem]")
    assert problem.get_attribute("data-problem") == "log_read_only"
    ja = ftl_texts("ja")
    assert problem.find_element(By.CSS_SELECTOR, ".problem-what").text == ja["ui-problem-log-empty"]
    assert "madoguchi.sqlite3" in problem.find_element(By.CSS_SELECTOR, ".problem-path").text
    shoot(app, "problem-log-empty")
    problem.find_element(By.CSS_SELECTOR, "button.continue").click()
    start(app)
    answer(app, ["none"])
    assert log.read_bytes() == b"", "the empty file is never made into a new log"
    assert not (data / "madoguchi.sqlite3-wal").exists()


def test_idle_time_drops_the_consultation(launch, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.toml").write_text("idle_seconds = 2\n", encoding="utf-8")
    app = launch(data)
    start(app)
    answer(app, ["immediate"])
    assert app.find_elements(By.CSS_SELECTOR, ".emergencies")
    time.sleep(2.5)
    wait_screen(app, "blank", timeout=5)
    assert "police_emergency" not in app.page_source


def test_a_broken_settings_file_is_reported_and_defaults_are_used(launch, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.toml").write_text("idle_seconds = 300\nidle_minuts = 5\n", encoding="utf-8")
    app = launch(data)
    main = wait_screen(app, "problem")
    problem = main.find_element(By.CSS_SELECTOR, "[data-problem]")
    assert problem.get_attribute("data-problem") == "settings_invalid"
    errors = [e.text for e in problem.find_elements(By.CSS_SELECTOR, ".problem-errors li")]
    assert any("settings.toml:2:" in e for e in errors), errors
    assert_accessible(app, "broken settings")
    problem.find_element(By.CSS_SELECTOR, "button.continue").click()
    assert start(app) == "danger"


UNSAFE_OVERRIDE = """\
# Someone's idea of a local police number
[[service]]
id = "police_emergency"
contacts = [{ kind = "dial", value = "117" }]

[[service]]
id = "Prefecture-OneStop Center"
label = "Prefectural One-Stop Center"
refer_with = "onestop_8891"
"""


def test_an_override_of_the_110_card_is_refused_in_the_staff_s_words(launch, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "site-override.toml").write_text(UNSAFE_OVERRIDE, encoding="utf-8")
    app = launch(data)
    problem = wait_screen(app, "problem").find_element(By.CSS_SELECTOR, "[data-problem]")
    assert problem.get_attribute("data-problem") == "override_invalid"
    ja = ftl_texts("ja", "ui.ftl")
    kinds = [(e.get_attribute("data-kind"), e.text) for e in problem.find_elements(By.CSS_SELECTOR, ".error-kinds li")]
    assert kinds == [
        ("ui-override-error-emergency", ja["ui-override-error-emergency"]),
        ("ui-override-error-entry", ja["ui-override-error-entry"]),
    ], kinds
    errors = [e.text for e in problem.find_elements(By.CSS_SELECTOR, ".problem-errors li")]
    assert any("site-override.toml:2:" in e and "police_emergency" in e for e in errors), errors
    assert any("site-override.toml:6:" in e for e in errors), errors
    shoot(app, "problem-override-emergency")
    assert_accessible(app, "override of the 110 card")
    # The shipped 110 stays: the strip at the top still says 110, never 117.
    strip = app.find_element(By.CSS_SELECTOR, ".strip").text
    assert "110" in strip and "117" not in strip, strip
    problem.find_element(By.CSS_SELECTOR, "button.continue").click()
    assert start(app) == "danger"



UNKNOWN_DIMENSION = """
// A dimension the app does not offer, chosen as a script in the page could: Rust refuses it.
const select = document.getElementById('report-dimension');
const option = document.createElement('option');
option.value = 'colour';
option.textContent = 'colour';
select.appendChild(option);
select.value = 'colour';
select.dispatchEvent(new Event('change', { bubbles: true }));
"""


def failing_reports(app):
    """The Reports screen, then a report request Rust refuses: the error screen."""
    wait_screen(app, "start")
    app.find_element(By.CSS_SELECTOR, "button.open-reports").click()
    wait_screen(app, "reports")
    WebDriverWait(app, 30).until(lambda d: d.find_elements(By.ID, "report-dimension"))
    app.execute_script(UNKNOWN_DIMENSION)
    return wait_screen(app, "fatal")


def error_shown(main, message):
    """The error screen's headline and message in Japanese; Rust's detail only in the collapsed
    technical line, never the headline."""
    ja = ftl_texts("ja")
    assert main.find_element(By.CSS_SELECTOR, "h1").text == ja["ui-error-title"]
    alert = main.find_element(By.CSS_SELECTOR, "[role=alert]")
    shown = alert.find_element(By.CSS_SELECTOR, ".error-message")
    assert shown.get_attribute("data-message") == message
    assert shown.text == ja[message]
    detail = alert.find_element(By.CSS_SELECTOR, ".error-detail").get_attribute("textContent")
    assert detail.strip(), "the detail is there for whoever looks after the desk"
    folded = alert.find_element(By.CSS_SELECTOR, "details.error-details")
    assert folded.get_attribute("open") is None, "the technical detail is folded away"
    return detail


def test_a_tool_screen_that_fails_shows_why_and_leads_back_to_start(app):
    """No screen is a dead end: a command Rust refuses on the Reports screen says so in the
    staff's language with Rust's detail, and the button, Alt+Left and Escape twice lead on."""
    ja = ftl_texts("ja")
    main = failing_reports(app)
    assert "colour" in error_shown(main, "ui-error-request")
    assert app.switch_to.active_element.text == ja["ui-error-title"], "focus on the heading"
    shoot(app, "error-reports-ja")
    assert_accessible(app, "error screen")
    main.find_element(By.CSS_SELECTOR, "button.error-back").click()
    wait_screen(app, "start")

    failing_reports(app)
    app.switch_to.active_element.send_keys(Keys.ALT, Keys.ARROW_LEFT)
    wait_screen(app, "start")

    failing_reports(app)
    app.switch_to.active_element.send_keys(Keys.ESCAPE, Keys.ESCAPE)
    wait_screen(app, "blank")


def settings_temp(data):
    """Where the app writes the new settings first (`madoguchi_store::temp_beside`: named by its
    process id, so two writers never share one)."""
    found = subprocess.run(["pgrep", "-f", "--", f"--data-dir {data}"], capture_output=True, text=True).stdout.split()
    assert len(found) == 1, f"one app process on {data}: {found}"
    return data / f".settings.toml.{found[0]}.tmp"


def back_to_start_by_escape_twice(app):
    app.switch_to.active_element.send_keys(Keys.ESCAPE, Keys.ESCAPE)
    wait_screen(app, "blank")
    app.find_element(By.CSS_SELECTOR, "button.new-consultation").click()
    wait_screen(app, "start")


def damage(log):
    """Every page after the first overwritten in place, as a failing disk leaves a file."""
    data = bytearray(log.read_bytes())
    assert len(data) > 64 * 1024, len(data)
    data[4096:] = b"\x5a" * (len(data) - 4096)
    with open(log, "r+b") as f:
        f.write(data)


UNKNOWN_CONCERN = """
// A concern the flow does not have, chosen as a script in the page could: Rust refuses it.
const select = document.getElementById('directory-concern');
const option = document.createElement('option');
option.value = 'colour';
option.textContent = 'colour';
select.appendChild(option);
select.value = 'colour';
select.dispatchEvent(new Event('change', { bubbles: true }));
"""


def test_every_tool_screen_that_fails_says_why_in_the_staff_language_and_leads_back(launch, tmp_path):
    """The log damaged while the app runs (Records, Reports), a request Rust refuses
    (Directory), a settings file that cannot be written (Settings): each screen says so in
    Japanese — SQLite's English only in the folded detail — and Back, Alt+Left and Escape twice
    lead back to Start."""
    data = tmp_path / "data"
    data.mkdir()
    log = data / "madoguchi.sqlite3"
    subprocess.run([str(SOAK), "fill", "--db", str(log), "--records", "3000", "--from", "2025-04-01",
                    "--to", "2026-03-31", "--seed", "5"], check=True, capture_output=True)
    app = launch(data)
    wait_screen(app, "start")
    damage(log)
    ja = ftl_texts("ja")

    # Records: the log cannot be read.
    app.find_element(By.CSS_SELECTOR, "button.open-records").click()
    main = wait_screen(app, "fatal")
    detail = error_shown(main, "ui-error-log")
    assert "malformed" in detail or "not a database" in detail, detail
    shoot(app, "error-records-log-ja")
    assert_accessible(app, "records error")
    main.find_element(By.CSS_SELECTOR, "button.error-back").click()
    wait_screen(app, "start")

    # Reports: the same log, and Escape twice.
    app.find_element(By.CSS_SELECTOR, "button.open-reports").click()
    main = wait_screen(app, "fatal")
    error_shown(main, "ui-error-log")
    back_to_start_by_escape_twice(app)

    # Directory: a request Rust refuses, and Alt+Left.
    app.find_element(By.CSS_SELECTOR, "button.open-directory").click()
    wait_screen(app, "directory")
    WebDriverWait(app, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "section.directory[data-loaded=true]"))
    app.execute_script(UNKNOWN_CONCERN)
    main = wait_screen(app, "fatal")
    assert "colour" in error_shown(main, "ui-error-request")
    app.switch_to.active_element.send_keys(Keys.ALT, Keys.ARROW_LEFT)
    wait_screen(app, "start")

    # Settings: where the new file is written first is taken by a folder.
    temp = settings_temp(data)
    temp.mkdir()
    app.find_element(By.CSS_SELECTOR, "button.open-settings").click()
    main = wait_screen(app, "settings")
    WebDriverWait(app, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "section.settings[data-loaded=true]"))
    log_state = app.find_element(By.CSS_SELECTOR, ".settings-log")
    assert "malformed" in log_state.text or "not a database" in log_state.text, "the log's state says it cannot be counted"
    app.find_element(By.CSS_SELECTOR, "button.settings-save").click()
    refused = WebDriverWait(app, 10).until(lambda d: d.find_element(By.CSS_SELECTOR, ".settings-outcome[data-outcome=refused]"))
    assert refused.find_element(By.CSS_SELECTOR, "[data-field=write]").text == ja["settings-error-write"]
    assert temp.name in refused.find_element(By.CSS_SELECTOR, ".detail").text
    assert not (data / "settings.toml").exists()
    shoot(app, "error-settings-write-ja")
    app.find_element(By.CSS_SELECTOR, "section.settings button.back").send_keys(Keys.ENTER)
    wait_screen(app, "start")
    app.find_element(By.CSS_SELECTOR, "button.open-settings").click()
    wait_screen(app, "settings")
    back_to_start_by_escape_twice(app)


def test_the_error_is_worded_in_the_staff_language_chosen(app):
    """Staff working in Thai read the error in Thai: the message id is rendered in the staff
    language of the moment, not the one the app started in."""
    wait_screen(app, "start")
    choose_language(app, "staff-lang", "th")
    WebDriverWait(app, 10).until(lambda d: d.find_element(By.ID, "staff-lang").get_attribute("value") == "th")
    th = ftl_texts("th")
    WebDriverWait(app, 10).until(lambda d: d.find_element(By.CSS_SELECTOR, "button.open-reports").text == th["reports-title"])
    main = failing_reports(app)
    assert main.find_element(By.CSS_SELECTOR, "h1").text == th["ui-error-title"]
    message = main.find_element(By.CSS_SELECTOR, ".error-message")
    assert message.text == th["ui-error-request"]
    assert main.find_element(By.CSS_SELECTOR, "section.error-screen").get_attribute("lang") == "th"
    shoot(app, "error-reports-th")
    main.find_element(By.CSS_SELECTOR, "button.error-back").click()
    wait_screen(app, "start")

def test_retry_sends_the_failed_request_again_in_the_staff_language(app):
    """Retry on the error screen sends the very request that failed (the refused dimension, not
    the screen's defaults), so it fails again; the screen speaks the staff language (Russian here,
    another script), and Escape twice still leaves it."""
    ru = ftl_texts("ru")
    wait_screen(app, "start")
    choose_language(app, "staff-lang", "ru")
    WebDriverWait(app, 30).until(lambda d: d.find_element(By.CSS_SELECTOR, "#start-title").text == ru["ui-start-title"])
    main = failing_reports(app)
    assert main.find_element(By.CSS_SELECTOR, "h1").text == ru["ui-error-title"]
    assert main.find_element(By.CSS_SELECTOR, ".error-message").text == ru["ui-error-request"]
    retry = main.find_element(By.CSS_SELECTOR, "button.error-retry")
    assert retry.text == ru["ui-error-retry"]
    shoot(app, "error-reports-ru")
    assert_accessible(app, "error screen in Russian")
    heading = main.find_element(By.CSS_SELECTOR, "h1")
    retry.click()
    # Retry leaves this error screen for the Reports screen as it was, which sends the request
    # with the refused dimension again (not the defaults, which Rust would answer): a new error.
    WebDriverWait(app, 30).until(expected_conditions.staleness_of(heading))
    main = wait_screen(app, "fatal")
    assert "colour" in main.find_element(By.CSS_SELECTOR, "[role=alert]").get_attribute("textContent")
    app.switch_to.active_element.send_keys(Keys.ESCAPE, Keys.ESCAPE)
    wait_screen(app, "blank")
