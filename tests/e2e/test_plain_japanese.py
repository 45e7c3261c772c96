"""Plain Japanese (ja-x-plain) shows its readings as ruby: above the kanji of the client's
question and options, and of the slip's texts, which is what is printed. The staff's Japanese,
written without readings, is shown exactly as before (no <ruby>). Printed, the readings are on the
paper too."""

import subprocess
import time

from selenium.webdriver.common.by import By

from test_consultation import flat, xdotool
from test_language_fit import INTERN
from ui import assert_accessible, run_consultation, screen, shoot, start, wait_screen, wait_until

ANNOTATIONS = ("\ufff9", "\ufffa", "\ufffb", "《", "》", "｜")


def readings(element):
    return [rt.get_attribute("textContent") for rt in element.find_elements(By.CSS_SELECTOR, "ruby > rt")]


def assert_no_markup(app):
    text = app.execute_script("return document.body.textContent")
    assert not [c for c in ANNOTATIONS if c in text]


def test_plain_japanese_shows_ruby_on_the_question_and_on_the_slip(app):
    start(app, staff="ja", client="ja-x-plain")
    question = app.find_element(By.CSS_SELECTOR, ".question-client")
    assert question.get_attribute("lang") == "ja-x-plain"
    # question-danger: いま、危《あぶ》ない状態《じょうたい》の人《ひと》はいますか。
    assert readings(question)[:3] == ["あぶ", "じょうたい", "ひと"]
    assert not app.find_elements(By.CSS_SELECTOR, ".question-staff ruby")
    options = app.find_elements(By.CSS_SELECTOR, ".option-client ruby")
    assert options, "the options' kanji carry readings too"
    assert_no_markup(app)
    shoot(app, "plain-question-ruby")
    assert_accessible(app, "question in plain Japanese")

    run_consultation(app, INTERN)
    app.find_element(By.CSS_SELECTOR, "button.slip-button").click()
    wait_screen(app, "slip")
    slip = app.find_element(By.CSS_SELECTOR, ".slip")
    names = slip.find_elements(By.CSS_SELECTOR, ".slip-name > span[lang='ja-x-plain']:not(.draft-mark)")
    assert names and all(n.find_elements(By.TAG_NAME, "ruby") for n in names)
    details = slip.find_elements(By.CSS_SELECTOR, ".slip-client ruby")
    assert details, "the slip's client column carries readings"
    # The Japanese column beside it has none.
    assert not slip.find_elements(By.CSS_SELECTOR, ".slip-reference ruby")
    assert_no_markup(app)
    shoot(app, "plain-slip-ruby")
    assert_accessible(app, "slip in plain Japanese")

    # On paper: Print to File, and the readings are in the PDF (a page is kept as a PNG to look at).
    from conftest import PRINTS, SCREENSHOTS

    first = slip.find_elements(By.CSS_SELECTOR, ".slip-card")[0]
    reading = max(readings(first.find_element(By.CSS_SELECTOR, ".slip-name")), key=len)
    out = PRINTS / "output.pdf"
    out.unlink(missing_ok=True)
    app.find_element(By.CSS_SELECTOR, "button.print").click()
    dialog = xdotool("search", "--sync", "--onlyvisible", "--name", "^Print$").split()[0]
    xdotool("windowfocus", "--sync", dialog)
    xdotool("key", "--clearmodifiers", "Down")
    time.sleep(0.5)
    xdotool("key", "--clearmodifiers", "Return")
    assert wait_until(lambda: out.exists() and out.stat().st_size > 0 and b"%%EOF" in out.read_bytes()[-1024:], timeout=60)
    printed = flat(subprocess.run(["pdftotext", "-raw", str(out), "-"], check=True, capture_output=True, text=True).stdout)
    assert flat(reading) in printed, f"the reading {reading} is not on the paper"
    assert not [c for c in ANNOTATIONS if c in printed]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", str(out), str(SCREENSHOTS / "plain-slip-printed")], check=True)
    assert screen(app) == "slip"
