"""The Settings screen, on a real log: reached from the start screen by Alt+S; the retention
shortened and saved after Yes in the native dialog Rust opens; the purge preview counts exactly the
records older than it, the purge asks first in a native dialog (answered with xdotool: closed
without Yes it deletes nothing) and then deletes exactly those (read back with sqlite3), and a purge
whose figures changed while the dialog was open (another program wrote to the log) deletes nothing
and shows the new ones; a
refused desk label is marked beside its field and leaves settings.toml as it was; valid values are
written to it; a broken site override file is listed with its lines, and checked again from disk;
axe-core on all of it.

The log cannot hold a day before 2024-01-01 (a CHECK of the schema), so while the default
retention of three years reaches back before that day nothing is old enough to purge: the test
shortens the retention to two years first, as a desk would.
"""

import datetime
import secrets
import sqlite3
import subprocess
import tomllib

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from conftest import ROOT, TARGET
from ui import (
    answer_dialog,
    assert_accessible,
    choose_language,
    dialog_window,
    not_across_midnight,
    shoot,
    wait_screen,
    WebDriverWait,
)

SOAK = TARGET / "debug" / "madoguchi-store-soak"
FIRST_DAY = datetime.date(2024, 1, 1)

BROKEN_OVERRIDE = """\
# This desk's local numbers
[[service]]
id = "onestop_8891"
bogus_key = "typo"
"""

# What the log holds: live and training records on both sides of the cutoff, and training
# results (one row per training run) on both sides too.
OLD_LIVE, OLD_TRAINING, OLD_RESULTS = 7, 3, 2
NEW_LIVE, NEW_TRAINING, NEW_RESULTS = 5, 2, 1


def years_before(day, years):
    """The cutoff as the store computes it: `years` × 12 months back, the 29th of February
    becoming the 28th."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def ftl_texts(lang):
    text = (ROOT / "locales" / lang / "ui.ftl").read_text(encoding="utf-8")
    return dict(line.split(" = ", 1) for line in text.splitlines() if " = " in line and not line.startswith((" ", "#")))


def fill(db, live, training, first, last, seed):
    """Synthetic records through the store's own writer (one transaction per batch)."""
    subprocess.run(
        [str(SOAK), "fill", "--db", str(db), "--records", str(live), "--training", str(training),
         "--from", first.isoformat(), "--to", last.isoformat(), "--seed", str(seed)],
        check=True, capture_output=True, text=True,
    )


def add_training_results(db, days):
    """Training results as a finished training run saves them (the soak writer has none)."""
    with sqlite3.connect(db) as conn:
        for day in days:
            conn.execute(
                "INSERT INTO training_result (day, id, case_id, staff_lang, client_lang, expected, hit,"
                " missed, must_not, extra, emergency_ok, passed) VALUES (?, ?, 'lb-intern-wages', 'ja', 'vi',"
                " 3, 3, 0, 0, 0, 1, 1)",
                (day.isoformat(), secrets.token_hex(16)),
            )
    conn.close()


def read_log(db, query, *args):
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute(query, args).fetchall()
    finally:
        conn.close()


def open_settings(app):
    """From the start screen, with the keyboard: Alt+S."""
    wait_screen(app, "start")
    ActionChains(app).key_down(Keys.ALT).send_keys("s").key_up(Keys.ALT).perform()
    main = wait_screen(app, "settings")
    WebDriverWait(app, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "section.settings[data-loaded=true]"))
    return main


def type_into(app, element_id, text):
    """Empties a field (as select-all and delete do) and types into it."""
    field = app.find_element(By.ID, element_id)
    app.execute_script(
        """
        const f = arguments[0];
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set.call(f, "");
        f.dispatchEvent(new Event("input", { bubbles: true }));
        """,
        field,
    )
    field.send_keys(text)
    WebDriverWait(app, 5).until(lambda d: d.find_element(By.ID, element_id).get_attribute("value") == text)


def save(app, outcome):
    """Presses Save and waits for the saved or the refused message."""
    app.find_element(By.CSS_SELECTOR, "button.settings-save").click()
    WebDriverWait(app, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, f"[data-outcome={outcome}]"))


def text(app, css):
    return app.find_element(By.CSS_SELECTOR, css).text.strip()


def scroll_to(app, css):
    """Scrolls `css` to the top of the window, just below the 110/119 strip that stays there."""
    app.execute_script(
        """
        document.querySelector(arguments[0]).scrollIntoView({ block: "start" });
        window.scrollBy(0, -document.querySelector(".strip").offsetHeight - 12);
        """,
        css,
    )


def test_settings_purge_by_retention_and_save_with_field_errors(launch, tmp_path):
    not_across_midnight()
    today = datetime.date.today()
    # Records keep their month, so retention counts whole months: the first kept day is the first
    # of the month two years back.
    cutoff = years_before(today, 2).replace(day=1)
    assert cutoff > FIRST_DAY + datetime.timedelta(days=1), "two years back must reach past the log's first day"
    data = tmp_path / "data"
    data.mkdir()
    db = data / "madoguchi.sqlite3"
    (data / "site-override.toml").write_text(BROKEN_OVERRIDE, encoding="utf-8")
    fill(db, OLD_LIVE, OLD_TRAINING, FIRST_DAY, cutoff - datetime.timedelta(days=1), seed=11)
    fill(db, NEW_LIVE, NEW_TRAINING, cutoff, today, seed=12)
    add_training_results(db, [FIRST_DAY, cutoff - datetime.timedelta(days=1), cutoff])
    assert read_log(db, "SELECT count(*) FROM record") == [(OLD_LIVE + OLD_TRAINING + NEW_LIVE + NEW_TRAINING,)]

    app = launch(data)
    # The broken override file is reported at start; going on works.
    problem = wait_screen(app, "problem").find_element(By.CSS_SELECTOR, "[data-problem]")
    assert problem.get_attribute("data-problem") == "override_invalid"
    problem.find_element(By.CSS_SELECTOR, "button.continue").click()
    ja = ftl_texts("ja")
    assert text(app, ".start-tools button.open-settings") == ja["settings-title"]
    assert ja["ui-keys-tools"] in app.find_element(By.CSS_SELECTOR, "section.start").text
    open_settings(app)
    assert text(app, "#settings-title") == ja["settings-title"]

    # The log: writable, every record counted. Three years reach before the log's first day:
    # nothing to delete, and the button says so by being off.
    log = app.find_element(By.CSS_SELECTOR, ".settings-log")
    assert log.get_attribute("data-writable") == "true"
    assert text(app, ".log-records") == str(OLD_LIVE + OLD_TRAINING + NEW_LIVE + NEW_TRAINING)
    assert text(app, ".data-dir") == str(data)
    assert text(app, ".purge-retention") == "3"
    assert text(app, ".purge-records") == "0"
    assert app.find_element(By.CSS_SELECTOR, ".purge-nothing").text == ja["settings-purge-nothing"]
    assert not app.find_element(By.CSS_SELECTOR, "button.purge-button").is_enabled()

    # The override section: the file's path, "invalid", and its lines.
    override = app.find_element(By.CSS_SELECTOR, ".settings-override")
    assert override.get_attribute("data-status") == "invalid"
    assert text(app, ".override-path") == str(data / "site-override.toml")
    lines = [e.text for e in override.find_elements(By.CSS_SELECTOR, ".override-errors li")]
    assert any("site-override.toml:4:" in line for line in lines), lines
    # The data check of the content in use passed; checked again from disk, the file fails.
    check = app.find_element(By.CSS_SELECTOR, ".settings-check")
    assert (check.get_attribute("data-ok"), check.get_attribute("data-source")) == ("true", "startup")
    counts = {e.get_attribute("data-count"): int(e.text) for e in check.find_elements(By.CSS_SELECTOR, "[data-count]")}
    flow = tomllib.loads((ROOT / "data" / "flow.toml").read_text(encoding="utf-8"))
    directory = tomllib.loads((ROOT / "data" / "directory.toml").read_text(encoding="utf-8"))
    assert counts == {
        "questions": len(flow["question"]),
        "rules": len(flow["rule"]),
        "services": len(directory["service"]),
        "languages": sum(1 for d in (ROOT / "locales").iterdir() if (d / "locale.toml").exists()),
    }
    assert_accessible(app, "settings")
    shoot(app, "settings-ja")

    # Two years, saved: shorter than three, so Rust asks first in a native dialog (in the staff
    # language); Yes there, and settings.toml holds it and the preview counts the older records.
    type_into(app, "settings-retention_years", "2")
    app.find_element(By.CSS_SELECTOR, "button.settings-save").click()
    answer_dialog(ja["settings-retention-dialog-title"], yes=True)
    WebDriverWait(app, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "[data-outcome=saved]"))
    assert tomllib.loads((data / "settings.toml").read_text(encoding="utf-8"))["retention_years"] == 2
    old = OLD_LIVE + OLD_TRAINING
    WebDriverWait(app, 10).until(lambda d: text(d, ".purge-records") == str(old))
    assert text(app, ".purge-cutoff") == cutoff.isoformat()
    assert text(app, ".purge-training") == str(OLD_RESULTS)
    scroll_to(app, ".settings-log")
    shoot(app, "settings-log-purge-ja")

    # The purge asks first, in the system's dialog titled in the staff language; closed without
    # Yes, nothing goes, the page says so and the focus is back on the button.
    scroll_to(app, ".settings-purge")
    purge_title = ja["settings-purge-dialog-title"]
    app.find_element(By.CSS_SELECTOR, "button.purge-button").click()
    answer_dialog(purge_title, yes=False)
    cancelled = WebDriverWait(app, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".purge-failed[data-kind=cancelled]"))[0]
    assert cancelled.text == ja["settings-purge-cancelled"]
    WebDriverWait(app, 5).until(lambda d: "purge-button" in d.switch_to.active_element.get_attribute("class"))
    assert read_log(db, "SELECT count(*) FROM record WHERE month < ?", cutoff.strftime("%Y-%m")) == [(old,)]
    assert_accessible(app, "settings, purge cancelled")
    # Return straight away (a clerk's reflex to make a dialog go) is No as well: No has the focus.
    app.find_element(By.CSS_SELECTOR, "button.purge-button").click()
    answer_dialog(purge_title, keys=["Return"])
    WebDriverWait(app, 30).until(lambda d: d.find_element(By.CSS_SELECTOR, "button.purge-button").get_attribute("aria-busy") == "false")
    assert not app.find_elements(By.CSS_SELECTOR, ".purge-done"), "Return purged the log"
    assert app.find_elements(By.CSS_SELECTOR, ".purge-failed[data-kind=cancelled]")
    assert read_log(db, "SELECT count(*) FROM record WHERE month < ?", cutoff.strftime("%Y-%m")) == [(old,)]

    # Another program adds an old record while the dialog is open: Yes deletes nothing, the page
    # says so, and shows the new figures to confirm.
    app.find_element(By.CSS_SELECTOR, "button.purge-button").click()
    dialog_window(purge_title)
    fill(db, 1, 0, FIRST_DAY, FIRST_DAY, seed=13)
    answer_dialog(purge_title, yes=True)
    changed = WebDriverWait(app, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".purge-failed[data-kind=changed]"))[0]
    assert changed.get_attribute("role") == "alert"
    assert changed.text == ja["settings-purge-changed"]
    assert read_log(db, "SELECT count(*) FROM record WHERE month < ?", cutoff.strftime("%Y-%m")) == [(old + 1,)]
    old += 1
    WebDriverWait(app, 10).until(lambda d: text(d, ".purge-records") == str(old))
    shoot(app, "settings-purge-changed-ja")

    # Yes to the new figures: exactly the older records and training results go, the newer stay.
    app.find_element(By.CSS_SELECTOR, "button.purge-button").click()
    answer_dialog(purge_title, yes=True)
    done = WebDriverWait(app, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".purge-done"))[0]
    assert done.get_attribute("data-records") == str(old)
    assert done.get_attribute("data-training-results") == str(OLD_RESULTS)
    assert ja["settings-purge-done"] in done.text and str(old) in done.text
    WebDriverWait(app, 10).until(lambda d: text(d, ".purge-records") == "0")
    assert not app.find_element(By.CSS_SELECTOR, "button.purge-button").is_enabled()
    assert text(app, ".log-records") == str(NEW_LIVE + NEW_TRAINING)
    assert read_log(db, "SELECT count(*) FROM record WHERE month < ?", cutoff.strftime("%Y-%m")) == [(0,)]
    assert read_log(db, "SELECT mode, count(*) FROM record GROUP BY mode ORDER BY mode") == [
        ("live", NEW_LIVE),
        ("training", NEW_TRAINING),
    ]
    assert read_log(db, "SELECT day FROM training_result") == [(cutoff.isoformat(),)]
    assert read_log(db, "SELECT count, training_results FROM audit WHERE action = 'purge'") == [(old, OLD_RESULTS)]
    shoot(app, "settings-purged-ja")
    assert_accessible(app, "settings after the purge")

    # A desk label that is a person's name, or could be a phone number: refused beside the
    # field, the file unchanged. The help says the label is a desk code.
    scroll_to(app, "#settings-title")
    assert text(app, "#settings-desk-code-help") == ja["settings-desk-code-help"]
    before = (data / "settings.toml").read_bytes()
    for refused in ["tanaka-hanako", "Tanaka Hanako", "090-1234-5678"]:
        type_into(app, "settings-desk", refused)
        save(app, "refused")
    desk = app.find_element(By.ID, "settings-desk")
    assert desk.get_attribute("aria-invalid") == "true"
    error = app.find_element(By.ID, "settings-desk-error")
    assert error.text == ja["settings-error-desk-code"]
    assert "settings-desk-error" in desk.get_attribute("aria-describedby").split()
    assert app.find_element(By.ID, "settings-idle_seconds").get_attribute("aria-invalid") == "false"
    assert (data / "settings.toml").read_bytes() == before
    scroll_to(app, ".settings-form-section")
    shoot(app, "settings-refused-ja")
    assert_accessible(app, "settings with a refused field")

    # Valid values: written, the previous file kept beside them.
    type_into(app, "settings-desk", "shinjuku-2f")
    type_into(app, "settings-idle_seconds", "120")
    choose_language(app, "settings-client_lang", "vi")
    WebDriverWait(app, 5).until(lambda d: d.find_element(By.ID, "settings-client_lang").get_attribute("value") == "vi")
    save(app, "saved")
    assert not app.find_elements(By.ID, "settings-desk-error")
    assert tomllib.loads((data / "settings.toml").read_text(encoding="utf-8")) == {
        "idle_seconds": 120,
        "desk": "shinjuku-2f",
        "staff_lang": "ja",
        "client_lang": "vi",
        "retention_years": 2,
        "review_months": 12,
    }
    assert (data / "settings.toml.bak").read_bytes() == before
    assert sorted(p.name for p in data.iterdir() if p.name.startswith("settings")) == ["settings.toml", "settings.toml.bak"]

    # Checked again from disk: the broken override file fails, with its line; restart applies.
    scroll_to(app, ".settings-check")
    app.find_element(By.CSS_SELECTOR, "button.check-again").click()
    WebDriverWait(app, 30).until(
        lambda d: d.find_element(By.CSS_SELECTOR, ".settings-check").get_attribute("data-source") == "disk"
    )
    check = app.find_element(By.CSS_SELECTOR, ".settings-check")
    assert check.get_attribute("data-ok") == "false"
    errors = [e.text for e in check.find_elements(By.CSS_SELECTOR, ".check-errors li")]
    assert any("site-override.toml:4:" in e for e in errors), errors
    assert text(app, ".check-restart") == ja["settings-check-restart"]
    shoot(app, "settings-check-ja")
    assert_accessible(app, "settings, data checked again")

    # Back to the start screen by keyboard; the current languages are as they were.
    ActionChains(app).key_down(Keys.ALT).send_keys(Keys.ARROW_LEFT).key_up(Keys.ALT).perform()
    wait_screen(app, "start")
    assert app.find_element(By.ID, "client-lang").get_attribute("value") == "en"


def test_the_saved_languages_are_the_ones_the_app_starts_in(launch, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.toml").write_text('staff_lang = "en"\nclient_lang = "th"\n', encoding="utf-8")
    app = launch(data)
    wait_screen(app, "start")
    assert app.find_element(By.ID, "staff-lang").get_attribute("value") == "en"
    assert app.find_element(By.ID, "client-lang").get_attribute("value") == "th"
    heading = app.find_element(By.CSS_SELECTOR, "#start-title span")
    assert heading.get_attribute("lang") == "en"
    assert heading.text == ftl_texts("en")["ui-start-title"]
    assert app.find_element(By.CSS_SELECTOR, ".locale-status").get_attribute("data-status")
    assert_accessible(app, "start in English")
