"""The app never just closes: a broken site override file, a damaged log, a bad settings file
each get a screen that says what is wrong and what to do; idle time drops the consultation."""

import time

from selenium.webdriver.common.by import By

from ui import answer, assert_accessible, shoot, start, wait_screen

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
