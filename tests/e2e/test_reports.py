"""The Reports screen over a real log: every shown count equals an independent count of the
SQLite file, the hiding rule is checked against SQL too (a concern below k in some month is
hidden in every month and the total; no small number is ever shown), periods are fixed (fiscal
year, quarter, month), training records are never counted, the charts are drawn, and the CSV
export goes through the system's save dialog (answered with xdotool, as a person would type a
path) and holds the screen's own cells."""

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
HIDDEN = "X"


def fiscal_year_start(day):
    """April 1st of the fiscal year (April to March) holding `day`."""
    return datetime.date(day.year if day.month >= 4 else day.year - 1, 4, 1)


def fill(data_dir, live, training, seed):
    """A log of synthetic records: `live` from up to six months of this fiscal year (the screen's
    default period), `training` as well."""
    not_across_midnight()
    data_dir.mkdir(parents=True, exist_ok=True)
    today = datetime.date.today()
    first = max((today.replace(day=1) - datetime.timedelta(days=150)).replace(day=1), fiscal_year_start(today))
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
    """The first table as shown: (row, column) -> int, or 'X' for a hidden cell."""
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
    # The screen's records: the live ones of the period (the default: this fiscal year).
    records = int(driver.find_element(By.CSS_SELECTOR, ".report-records").get_attribute("data-records"))
    assert records == live, "training records are never counted"
    assert driver.find_element(By.ID, "report-period").get_attribute("value") == (
        f"FY{fiscal_year_start(datetime.date.today()).year}"
    )

    # The months the log covers (first to last live record): the table's months.
    months = sorted({m for m, _ in expected})
    concerns = {key.split("|")[0] for key in shown}
    hidden = 0
    for concern in concerns:
        by_month = [expected.get((m, concern), 0) for m in months]
        cells = [shown[f"{concern}|{m}"] for m in months]
        total = shown[f"{concern}|total"]
        if min(by_month) < K:
            # Small (zero included) in some month: hidden in every month and in the total.
            assert all(c == HIDDEN for c in cells) and total == HIDDEN, f"{concern}: {cells} {total}"
        if total == HIDDEN:
            hidden += 1
            assert all(c == HIDDEN for c in cells), f"{concern}: hidden in some months only: {cells}"
        else:
            # Shown: every month and the total are the log's own counts, none below k.
            assert cells == by_month, f"{concern}: shown {cells}, the log holds {by_month}"
            assert total == sum(by_month)
            assert min(by_month) >= K
    assert hidden > 0, "this log has small counts: some cells must be hidden"
    # No small number anywhere in the table's text, totals included.
    for value in shown.values():
        assert not (isinstance(value, int) and value < K), shown

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

    # Two dimensions: a table for the fiscal year, then one per month, no charts.
    choose_language(driver, "report-second", "gender")
    WebDriverWait(driver, 30).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, ".report-table[data-period]")
        and d.find_elements(By.CSS_SELECTOR, "section.reports[data-loaded=true]")
    )
    periods = [t.get_attribute("data-period") for t in driver.find_elements(By.CSS_SELECTOR, ".report-table")]
    assert periods == [f"FY{fiscal_year_start(datetime.date.today()).year}"] + months, periods
    assert not driver.find_elements(By.CSS_SELECTOR, ".bar-chart, .line-chart")
    assert_accessible(driver, "reports (two dimensions)")

    # Only fixed periods are offered: fiscal years, their quarters, months; a month is one row.
    offered = driver.execute_script(
        "return [...document.querySelectorAll('#report-period option')].map((o) => o.value);"
    )
    assert all(re.fullmatch(r"FY\d{4}(-Q[1-4])?|\d{4}-\d{2}", v) for v in offered), offered
    choose_language(driver, "report-second", "")
    choose_language(driver, "report-period", months[-1])
    WebDriverWait(driver, 30).until(
        lambda d: d.find_element(By.ID, "report-period").get_attribute("value") == months[-1]
        and d.find_elements(By.CSS_SELECTOR, "section.reports[data-loaded=true]")
    )


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
    assert compared >= 11
    assert any(v == HIDDEN for line in body for v in line), "hidden cells stay hidden in the file"

    # The export is in the log's audit table; the file holds no record, only counts.
    con = sqlite3.connect(data / LOG)
    audit = con.execute("SELECT action, format, first_dim FROM audit").fetchall()
    con.close()
    assert audit == [("export", "csv", "concern")]
