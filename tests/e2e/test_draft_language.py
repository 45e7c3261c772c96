"""A draft translation says so to the client: a small mark beside each client-language text
nobody has reviewed, and, on the slip in a draft language, a footer in that language and in
Japanese ("machine translation, not checked — ask the staff if unclear"). Japanese, the
reference, carries neither."""

import re
from pathlib import Path

from selenium.webdriver.common.by import By

from test_language_fit import INTERN
from ui import assert_accessible, run_consultation, shoot, start, wait_screen

LOCALES = Path(__file__).resolve().parents[2] / "locales"


def message(lang, id):
    """A one-line message as the locale's ui.ftl writes it."""
    text = (LOCALES / lang / "ui.ftl").read_text(encoding="utf-8")
    return re.search(rf"^{re.escape(id)} = (.*)$", text, re.M).group(1).strip()


def test_the_slip_in_a_draft_language_carries_the_footer_in_both_languages(app):
    start(app, staff="ja", client="ne")
    marks = app.find_elements(By.CSS_SELECTOR, ".question-client .draft-mark")
    assert len(marks) == 1 and marks[0].text == message("ne", "ui-draft-marker")
    assert marks[0].get_attribute("lang") == "ne"
    shoot(app, "draft-question-ja-ne")
    run_consultation(app, INTERN)
    # Every result card in Nepali is an unreviewed translation: each one says so.
    cards = app.find_elements(By.CSS_SELECTOR, ".card[data-service]")
    assert cards
    for card in cards:
        assert card.find_elements(By.CSS_SELECTOR, ".card-name-client .draft-mark"), card.get_attribute("data-service")
    app.find_element(By.CSS_SELECTOR, "button.slip-button").click()
    wait_screen(app, "slip")
    footer = app.find_element(By.CSS_SELECTOR, ".slip-draft-footer")
    texts = {p.get_attribute("lang"): p.text for p in footer.find_elements(By.TAG_NAME, "p")}
    assert texts == {
        "ne": message("ne", "ui-slip-draft-footer"),
        "ja": message("ja", "ui-slip-draft-footer"),
    }
    assert "機械翻訳" in texts["ja"]
    app.execute_script("arguments[0].scrollIntoView({block: 'end'})", footer)
    shoot(app, "draft-slip-footer-ja-ne")
    assert_accessible(app, "slip in a draft language")


def test_japanese_the_reference_carries_no_draft_mark_or_footer(app):
    start(app, staff="ja", client="ja")
    assert not app.find_elements(By.CSS_SELECTOR, ".draft-mark")
    run_consultation(app, INTERN)
    assert not app.find_elements(By.CSS_SELECTOR, ".draft-mark")
    app.find_element(By.CSS_SELECTOR, "button.slip-button").click()
    wait_screen(app, "slip")
    assert not app.find_elements(By.CSS_SELECTOR, ".slip-draft-footer, .draft-mark")
