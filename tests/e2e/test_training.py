"""End-to-end test of a training run: case picker, vignette, the usual consultation, debrief."""

import sqlite3
import tomllib

from selenium.webdriver.common.by import By

from conftest import ROOT
from ui import TOFU_FREE_SCRIPTS, assert_accessible, choose_language, run_consultation, shoot, wait_screen, WebDriverWait

CASE_FILE = ROOT / "data" / "scenarios" / "labour.toml"
CASE_ID = "lb-intern-wages"


def ja_title(case_id):
    """The case's title as the Japanese training messages give it."""
    key = f"case-{case_id}-title = "
    ftl = (ROOT / "locales" / "ja" / "training.ftl").read_text(encoding="utf-8")
    return next(line[len(key):] for line in ftl.splitlines() if line.startswith(key))


def the_case():
    cases = tomllib.loads(CASE_FILE.read_text(encoding="utf-8"))["case"]
    return next(c for c in cases if c["id"] == CASE_ID)


def test_a_trainer_runs_a_case_vi_client_ja_staff_and_the_debrief_shows_every_referral_hit(launch, tmp_path):
    case = the_case()
    assert "vi" in case["languages"] and "ja" in case["languages"]
    app = launch(tmp_path / "training-data")
    wait_screen(app, "start")
    choose_language(app, "client-lang", "vi")
    WebDriverWait(app, 10).until(lambda d: d.find_element(By.ID, "client-lang").get_attribute("value") == "vi")
    app.find_element(By.CSS_SELECTOR, "input[name=mode][value=training]").click()
    app.find_element(By.CSS_SELECTOR, "button.begin").click()

    # The picker: every case with its difficulty and routes.
    wait_screen(app, "picker")
    items = app.find_elements(By.CSS_SELECTOR, ".case-list li[data-case]")
    assert len(items) >= 24
    item = app.find_element(By.CSS_SELECTOR, f'.case-list li[data-case="{CASE_ID}"]')
    assert item.get_attribute("data-difficulty") == case["difficulty"]
    assert [r.get_attribute("data-route") for r in item.find_elements(By.CSS_SELECTOR, "[data-route]")] == case["routes"]
    assert all(r.text and "train-route" not in r.text for r in item.find_elements(By.CSS_SELECTOR, "[data-route]"))
    # Each case by its title in the staff language, the id beside it for `madoguchi train --case`.
    title = ja_title(CASE_ID)
    assert item.find_element(By.CSS_SELECTOR, ".case-title").text == title
    assert item.find_element(By.CSS_SELECTOR, ".case-id").text == CASE_ID
    assert all(i.find_element(By.CSS_SELECTOR, ".case-title").text for i in items)
    shoot(app, "training-picker-ja-vi")
    assert_accessible(app, "training picker")

    # The vignette: in the client's language, Japanese beside it.
    item.find_element(By.CSS_SELECTOR, "button.pick-case").click()
    wait_screen(app, "vignette")
    client = app.find_element(By.CSS_SELECTOR, ".vignette-client .vignette-text")
    staff = app.find_element(By.CSS_SELECTOR, ".vignette-staff .vignette-text")
    assert client.get_attribute("lang") == "vi" and TOFU_FREE_SCRIPTS["vi"].search(client.text)
    assert staff.get_attribute("lang") == "ja" and TOFU_FREE_SCRIPTS["ja"].search(staff.text)
    assert client.get_attribute("data-fallback") == "false"
    assert title in app.find_element(By.ID, "vignette-title").text
    shoot(app, "training-vignette-ja-vi")
    assert_accessible(app, "training vignette")

    # The consultation as usual, answered from the case's facts ("unknown" for the rest).
    app.find_element(By.CSS_SELECTOR, "button.begin-case").click()
    wait_screen(app, "question")
    assert app.find_element(By.CSS_SELECTOR, ".app").get_attribute("data-training") == "true"
    run_consultation(app, case["facts"])
    assert not app.find_elements(By.CSS_SELECTOR, "button.save-button"), "a training run has no Save"
    app.find_element(By.CSS_SELECTOR, "button.debrief-button").click()

    # The debrief: every expected referral hit, nothing missed or wrongly given, each with why and a source.
    wait_screen(app, "debrief")
    hit = [e.get_attribute("data-service") for e in app.find_elements(By.CSS_SELECTOR, ".debrief-hit li[data-service]")]
    for service in case["must"]:
        assert service in hit, f"{service} not shown as hit: {hit}"
    assert not app.find_elements(By.CSS_SELECTOR, ".debrief-missed li[data-service]")
    assert not app.find_elements(By.CSS_SELECTOR, ".debrief-must-not li[data-service]")
    expected = app.find_elements(By.CSS_SELECTOR, ".expected > li[data-service]")
    assert {e.get_attribute("data-service") for e in expected} >= set(case["must"])
    for e in expected:
        assert e.get_attribute("data-given") == "true", e.get_attribute("data-service")
        assert e.find_elements(By.CSS_SELECTOR, ".reasons li[data-rule]"), "every expected referral says why"
        assert e.find_element(By.CSS_SELECTOR, ".sources code").text, "and gives its source"
    assert app.find_element(By.CSS_SELECTOR, ".emergency-check").get_attribute("data-status") == "not_needed"
    assert app.find_element(By.CSS_SELECTOR, ".debrief").get_attribute("data-passed") == "true"
    assert app.find_elements(By.CSS_SELECTOR, ".mattered [data-question]"), "the questions that mattered"
    assert app.find_element(By.CSS_SELECTOR, ".training-saved").text
    shoot(app, "training-debrief-ja-vi")
    assert_accessible(app, "training debrief")

    # The log: one training result, and no record at all (live or training).
    db = sqlite3.connect(f"file:{app.data_dir / 'madoguchi.sqlite3'}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT case_id, staff_lang, client_lang, passed FROM training_result").fetchall()
        assert len(rows) == 1, rows
        assert db.execute("SELECT count(*) FROM record WHERE mode = 'live'").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM record").fetchone()[0] == 0
    finally:
        db.close()
