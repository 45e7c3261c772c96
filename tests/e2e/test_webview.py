"""A webview that cannot act alone: what a script running in the page (the threat if a rendering
bug ever let markup through) can and cannot do with the app's own commands and the window.

- The window stays on the app's own page: `location.href = "https://…"` and `window.open` are
  refused by Rust's navigation handler before any request is made (the network is closed here
  anyway; nothing is ever fetched).
- The purge and a shorter retention, called straight from script with the figures Rust itself
  gave, open the native confirmation dialog; closed without Yes (Escape, as xdotool types it),
  nothing is deleted and settings.toml is unchanged — read back from the files.
"""

import datetime
import time

from selenium.webdriver.common.by import By

from test_settings import fill, ftl_texts, read_log
from ui import answer_dialog, not_across_midnight, wait_screen, wait_until


def call_from_page(app, command, args):
    """Starts `invoke(command, args)` from the page as any script could, without waiting: the
    command may be waiting for a person to answer a dialog. `outcome` reads the result."""
    app.execute_script(
        """
        const [command, args] = arguments;
        window.__outcome = null;
        window.__TAURI_INTERNALS__.invoke(command, args).then(
          (ok) => { window.__outcome = { ok }; },
          (err) => { window.__outcome = { err }; },
        );
        """,
        command,
        args,
    )


def outcome(app):
    assert wait_until(lambda: app.execute_script("return window.__outcome") is not None, timeout=30), "no answer"
    return app.execute_script("return window.__outcome")


def test_the_window_stays_on_the_app_s_own_page(launch, tmp_path):
    app = launch(tmp_path / "data")
    start = wait_screen(app, "start")
    own = app.current_url
    assert own.startswith("tauri://localhost"), own
    handles = app.window_handles

    for target in ["https://example.org/", "https://example.org/?records=1234", "file:///etc/hostname"]:
        app.execute_script("location.href = arguments[0];", target)
        time.sleep(1.5)  # a navigation that went ahead would have unloaded the page by now
        assert app.current_url == own, f"navigated to {app.current_url} after {target}"
        assert start.is_displayed(), f"the start screen is gone after {target}"
        assert app.execute_script("return document.querySelector('section.start') !== null")

    # A new window, by script and by a link with a target: none opens.
    opened = app.execute_script("return window.open('https://example.org/') === null")
    app.execute_script(
        """
        const a = document.createElement("a");
        a.href = "https://example.org/"; a.target = "_blank"; a.className = "probe";
        document.body.append(a); a.click(); a.remove();
        """
    )
    time.sleep(1.5)
    assert opened, "window.open returned a window"
    assert app.window_handles == handles
    assert app.current_url == own
    # The page still works: the app answers as before.
    assert app.find_element(By.CSS_SELECTOR, "section.start").is_displayed()


def test_a_script_cannot_purge_or_shorten_the_retention_without_a_person(launch, tmp_path):
    not_across_midnight()
    today = datetime.date.today()
    data = tmp_path / "data"
    data.mkdir()
    db = data / "madoguchi.sqlite3"
    settings = data / "settings.toml"
    settings.write_text("retention_years = 1\n", encoding="utf-8")
    # Old records (before one year ago, after the log's first possible day) and newer ones.
    fill(db, 6, 2, datetime.date(2024, 1, 1), datetime.date(2024, 12, 31), seed=31)
    fill(db, 4, 0, today - datetime.timedelta(days=30), today, seed=32)
    before = read_log(db, "SELECT count(*) FROM record")
    assert before == [(12,)]
    settings_before = settings.read_bytes()
    ja = ftl_texts("ja")

    app = launch(data)
    wait_screen(app, "start")

    # The figures Rust itself shows, then the purge with them, straight from script.
    call_from_page(app, "settings_view", {"staffLang": "ja"})
    preview = outcome(app)["ok"]["purge"]
    assert preview["records"] == 8, preview
    call_from_page(app, "purge_old_records", {"shown": preview, "staffLang": "ja"})
    answer_dialog(ja["settings-purge-dialog-title"], yes=False)
    refused = outcome(app)["err"]
    assert (refused["kind"], refused["purge"], refused["message"]) == ("purge", {"kind": "cancelled"}, "settings-purge-failed")
    assert read_log(db, "SELECT count(*) FROM record") == before, "nothing was deleted"
    assert read_log(db, "SELECT count(*) FROM audit WHERE action = 'purge'") == [(0,)]

    # Made-up figures are refused before anyone is asked: no dialog, nothing deleted.
    call_from_page(app, "purge_old_records", {"shown": dict(preview, records=1), "staffLang": "ja"})
    assert outcome(app)["err"]["purge"]["kind"] == "changed"
    assert read_log(db, "SELECT count(*) FROM record") == before

    # The retention from 2 years to 1 would let a purge delete more; first raise it (not asked),
    # then lower it from script: asked, not confirmed, nothing saved.
    request = {"desk": "", "staff_lang": "ja", "client_lang": "en", "idle_seconds": "300", "retention_years": "2"}
    call_from_page(app, "save_settings", {"request": request, "staffLang": "ja"})
    assert outcome(app)["ok"]["settings"]["retention_years"] == 2
    saved = settings.read_bytes()
    assert saved != settings_before
    assert (data / "settings.toml.bak").read_bytes() == settings_before
    call_from_page(app, "save_settings", {"request": dict(request, retention_years="1"), "staffLang": "ja"})
    answer_dialog(ja["settings-retention-dialog-title"], yes=False)
    refused = outcome(app)["err"]
    assert (refused["kind"], refused["fields"]) == ("settings", [{"field": "retention_not_confirmed", "value": "1"}])
    assert refused["message"] == "ui-error-settings"
    assert settings.read_bytes() == saved, "settings.toml is unchanged"
    assert (data / "settings.toml.bak").read_bytes() == settings_before
    assert read_log(db, "SELECT count(*) FROM record") == before
