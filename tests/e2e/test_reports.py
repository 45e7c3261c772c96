"""The Reports screen over a real log: counts equal an independent count of the SQLite file,
small counts are hidden (never shown as a number), training records are never counted, the
charts are drawn, and the CSV export goes through the system's save dialog (answered with
xdotool, as a person would type a path) and holds the screen's own cells."""

import csv
import datetime
import io
import re
import sqlite3
import subprocess

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from conftest import TARGET
from test_directory_records import ftl_texts
from ui import assert_accessible, choose_language, not_across_midnight, shoot, wait_screen, wait_until, WebDriverWait

SOAK = TARGET / "debug" / "madoguchi-store-soak"
LOG = "madoguchi.sqlite3"
K = 5


def fill(data_dir, live, training, seed):
    """A log of synthetic records: `live` from the last six months, `training` as well."""
    not_across_midnight()
    data_dir.mkdir(parents=True, exist_ok=True)
    today = datetime.date.today()
    first = (today.replace(day=1) - datetime.timedelta(days=150)).replace(day=1)
    subprocess.run(
        [str(SOAK), "fill", "--db", str(data_dir / LOG), "--records", str(live), "--training", str(training),
         "--from", first.isoformat(), "--to", today.isoformat(), "--seed", str(seed)],
        check=True, capture_output=True, text=True,
    )


def concern_counts(db):
    """(month, concern) -> live records, counted by SQL straight from the file."""
    con = sqlite3.connect(db)
    columns = [r[1] for r in con.execute("PRAGMA table_info(record)") if r[1].startswith("concern_")]
    counts = {}
    for col in columns:
        for month, n in con.execute(
            f"SELECT month, count(*) FROM record WHERE mode = 'live' AND {col} = 1 GROUP BY 1"
        ):
            counts[(month, col.removeprefix("concern_"))] = n
    live, training = con.execute(
        "SELECT sum(mode = 'live'), sum(mode = 'training') FROM record"
    ).fetchone()
    con.close()
    return counts, live, training


def screen_table(driver):
    """The first table as shown: (row, column) -> int, or '<k' for a hidden cell."""
    return driver.execute_script(
        """
        const out = {};
        for (const td of document.querySelectorAll(".report-table table tbody td[data-column]")) {
          const row = td.closest("tr").dataset.row;
          const hidden = td.querySelector("[data-suppressed]");
          const value = td.querySelector("[data-value]");
          out[row + "|" + td.dataset.column] = hidden ? hidden.textContent : value ? Number(value.dataset.value) : null;
        }
        return out;
        """
    )


def open_reports(driver):
    wait_screen(driver, "start")
    driver.find_element(By.CSS_SELECTOR, "button.begin").send_keys(Keys.ALT, "t")
    main = wait_screen(driver, "reports")
    WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "section.reports[data-loaded=true]"))
    return main


def test_report_counts_match_the_log_and_hide_small_counts(launch, tmp_path):
    data = tmp_path / "data"
    fill(data, live=90, training=40, seed=11)
    expected, live, training = concern_counts(data / LOG)
    assert training == 40

    driver = launch(data)
    open_reports(driver)
    shown = screen_table(driver)
    # The screen's records: the live ones of the period (the default: the last twelve months).
    records = int(driver.find_element(By.CSS_SELECTOR, ".report-records").get_attribute("data-records"))
    assert records == live, "training records are never counted"

    hidden = 0
    for key, value in shown.items():
        concern, month = key.split("|")
        if month == "total":
            continue
        truth = expected.get((month, concern), 0)
        if value == f"<{K}":
            hidden += 1
            assert truth > 0, f"{key}: an empty cell needs no hiding"
        else:
            assert value == truth, f"{key}: shown {value}, the log holds {truth}"
            assert truth == 0 or truth >= K, f"{key}: a count below {K} is shown"
    assert hidden > 0, "this log has small counts: some cells must be hidden"
    # No small number anywhere in the table's text, totals included.
    for value in shown.values():
        assert not (isinstance(value, int) and 0 < value < K), shown

    # The bar chart has a bar per concern, hidden ones with the marker; the line chart is drawn.
    bars = driver.execute_script(
        """
        return Object.fromEntries([...document.querySelectorAll('.bar-chart .bar-row')].map((b) => {
          const hidden = b.querySelector('[data-suppressed]');
          const value = b.querySelector('[data-value]');
          return [b.dataset.category, hidden ? hidden.textContent : Number(value.dataset.value)];
        }));
        """
    )
    rows = {key.split("|")[0] for key in shown}
    assert set(bars) == rows, "a bar for every category of the table"
    for concern, value in bars.items():
        assert value == shown[f"{concern}|total"], f"bar {concern}: {value} vs table {shown[f'{concern}|total']}"
    assert driver.find_elements(By.CSS_SELECTOR, ".line-chart .series-total polyline")
    legend = ftl_texts("ja", "ui.ftl")
    assert legend["reports-title"] in driver.find_element(By.ID, "reports-title").text
    assert_accessible(driver, "reports (concern)")
    shoot(driver, "reports")
    for part in ("bar-chart", "line-chart", "report-table"):
        driver.execute_script(f"document.querySelector('.{part}').scrollIntoView();")
        shoot(driver, f"reports-{part}")

    # Another dimension: the referral destinations.
    choose_language(driver, "report-dimension", "service")
    WebDriverWait(driver, 30).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, ".report-table table[data-rows=service]")
        and d.find_elements(By.CSS_SELECTOR, "section.reports[data-loaded=true]")
    )
    assert driver.find_elements(By.CSS_SELECTOR, ".report-table tr[data-row=police_emergency]")

    # Two dimensions: a table per month, no charts.
    choose_language(driver, "report-second", "gender")
    WebDriverWait(driver, 30).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, ".report-table[data-month]")
        and d.find_elements(By.CSS_SELECTOR, "section.reports[data-loaded=true]")
    )
    assert not driver.find_elements(By.CSS_SELECTOR, ".bar-chart, .line-chart")
    assert_accessible(driver, "reports (two dimensions)")


def answer_save_dialog(title, path):
    """Types `path` into the save dialog titled `title` and presses Enter; None cancels."""
    # The dialog's window exists a moment before it is shown: wait until it can take the focus.
    found = subprocess.run(
        ["xdotool", "search", "--sync", "--onlyvisible", "--name", re.escape(title)],
        capture_output=True, text=True, timeout=30,
    )
    window = found.stdout.split()[-1]
    assert wait_until(
        lambda: subprocess.run(["xdotool", "windowfocus", "--sync", window], capture_output=True, timeout=10).returncode == 0
    ), f"the save dialog ({window}) cannot take the focus"
    if path is None:
        subprocess.run(["xdotool", "key", "--clearmodifiers", "Escape"], check=True, timeout=10)
        return
    subprocess.run(["xdotool", "key", "--clearmodifiers", "ctrl+a"], check=True, timeout=10)
    subprocess.run(["xdotool", "type", "--delay", "15", str(path)], check=True, timeout=30)
    subprocess.run(["xdotool", "key", "--clearmodifiers", "Return"], check=True, timeout=10)


def export_outcome(driver):
    WebDriverWait(driver, 30).until(
        lambda d: d.find_element(By.CSS_SELECTOR, ".export-status").get_attribute("data-outcome")
    )
    return driver.find_element(By.CSS_SELECTOR, ".export-status").get_attribute("data-outcome")


def test_csv_export_through_the_save_dialog_holds_the_screen_s_cells(launch, tmp_path):
    data = tmp_path / "data"
    fill(data, live=90, training=10, seed=23)
    driver = launch(data)
    open_reports(driver)
    shown = screen_table(driver)
    title = ftl_texts("ja", "ui.ftl")["reports-export-dialog"]

    # Cancelled: nothing is written, and the screen says so.
    driver.find_element(By.CSS_SELECTOR, "button.export-csv").click()
    answer_save_dialog(title, None)
    assert export_outcome(driver) == "cancelled"

    out = tmp_path / "exports" / "report.csv"
    out.parent.mkdir()
    driver.find_element(By.CSS_SELECTOR, "button.export-csv").click()
    answer_save_dialog(title, out)
    assert export_outcome(driver) == "saved", driver.find_element(By.CSS_SELECTOR, ".export-status").text
    assert str(out) in driver.find_element(By.CSS_SELECTOR, ".export-path").text

    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with a BOM, for Excel"
    rows = list(csv.reader(io.StringIO(raw[3:].decode("utf-8"))))
    header, body = rows[0], rows[1:]
    assert header[0] == "month" and header[-1] == "total"
    compared = 0
    for line in body:
        month = line[0]
        for concern, value in zip(header[1:-1], line[1:-1]):
            if month == "total":
                continue
            on_screen = shown[f"{concern}|{month}"]
            assert str(on_screen) == value, f"{month} {concern}: screen {on_screen}, CSV {value}"
            compared += 1
    assert compared >= 11 * 6
    assert any(v == f"<{K}" for line in body for v in line), "hidden cells stay hidden in the file"

    # The export is in the log's audit table; the file holds no record, only counts.
    con = sqlite3.connect(data / LOG)
    audit = con.execute("SELECT action, format, first_dim FROM audit").fetchall()
    con.close()
    assert audit == [("export", "csv", "concern")]
