"""End-to-end tests of the real app: whole consultations as staff run them, by keyboard."""

import sqlite3
import subprocess
import time
import unicodedata

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from ui import (
    TOFU_FREE_SCRIPTS,
    answer,
    assert_accessible,
    cli_route,
    press,
    question_id,
    run_consultation,
    screen,
    services,
    shoot,
    start,
    switch_client_language,
    wait_screen,
    wait_until,
    WebDriverWait,
)

def xdotool(*args):
    return subprocess.run(["xdotool", *args], check=True, capture_output=True, text=True, timeout=30).stdout.strip()


# A foreign woman, raped within the last 72 hours, in danger now, undecided about the police.
PLAN = {
    "danger": ["immediate"],
    "injured": ["no"],
    "concern": ["sexual_violence"],
    "age_group": ["adult"],
    "gender": ["female"],
    "nationality": ["foreign"],
    "residence": ["technical_intern"],
    "recent": ["within_72h"],
    "police": ["undecided"],
}


def facts_of(plan, asked):
    return {q: v for q, v in plan.items() if q in asked and v != ["unknown"]}


def test_full_consultation_ja_staff_vi_client_reaches_the_expected_referrals(app):
    wait_screen(app, "start")
    assert_accessible(app, "start")
    first = start(app, staff="ja", client="vi", shot="start-ja-vi")
    assert first == "danger", "safety is asked first"
    assert app.find_element(By.CSS_SELECTOR, ".question-staff").get_attribute("lang") == "ja"
    assert app.find_element(By.CSS_SELECTOR, ".question-client").get_attribute("lang") == "vi"
    assert TOFU_FREE_SCRIPTS["vi"].search(app.find_element(By.CSS_SELECTOR, ".question-client").text)
    assert "1" in app.find_element(By.CSS_SELECTOR, ".progress").text
    shoot(app, "question-ja-vi")
    assert_accessible(app, "question")

    # "Yes, in danger" puts the police at the top at once; the consultation goes on.
    answer(app, ["immediate"])
    assert screen(app) == "question" and question_id(app) == "injured"
    assert services(app, ".emergencies [data-service]") == ["police_emergency"]
    assert "110" in app.find_element(By.CSS_SELECTOR, ".emergencies").text
    shoot(app, "emergency-ja-vi")
    assert_accessible(app, "question with emergency")

    # The strip is there on every screen.
    asked = ["danger"] + run_consultation(app, PLAN)
    assert app.find_element(By.CSS_SELECTOR, ".strip").is_displayed()
    cards = services(app)
    expected = cli_route(facts_of(PLAN, asked), client_lang="vi")
    assert cards == expected, f"result {cards} != madoguchi route --client-lang vi {expected}"
    assert cards[0] == "police_emergency"
    assert "onestop_8891" in cards and "police_sexual_crime_8103" in cards
    assert cards.index("onestop_8891") < cards.index("police_sexual_crime_8103")
    first_card = app.find_element(By.CSS_SELECTOR, ".card[data-service=onestop_8891]")
    text = first_card.text
    assert "#8891" in text
    assert first_card.find_elements(By.CSS_SELECTOR, ".reasons li[data-rule]"), "every card says why"
    assert first_card.find_element(By.CSS_SELECTOR, ".sources code").text, "and gives the source"
    assert first_card.find_element(By.CSS_SELECTOR, "[data-free-call]").text
    shoot(app, "result-ja-vi")
    assert_accessible(app, "result")

    # Back goes to the last question with the answers kept.
    press(app, Keys.BACKSPACE)
    wait_screen(app, "question")
    assert question_id(app) == asked[-1]
    answer(app, PLAN[asked[-1]])
    wait_screen(app, "result")
    assert services(app) == expected


def test_the_slip_is_in_the_client_language_with_japanese_beside_it(app):
    start(app, staff="ja", client="vi")
    run_consultation(app, PLAN)
    app.find_element(By.CSS_SELECTOR, "button.slip-button").click()
    wait_screen(app, "slip")
    cards = app.find_elements(By.CSS_SELECTOR, ".slip-card")
    assert [c.get_attribute("data-service") for c in cards] == services(app, ".slip-card")
    assert len(cards) >= 3
    name = cards[1].find_element(By.CSS_SELECTOR, ".slip-name")
    client, japanese = name.find_elements(By.CSS_SELECTOR, "span")
    assert client.get_attribute("lang") == "vi" and TOFU_FREE_SCRIPTS["vi"].search(client.text)
    assert japanese.get_attribute("lang") == "ja" and TOFU_FREE_SCRIPTS["ja"].search(japanese.text)
    assert cards[1].find_element(By.CSS_SELECTOR, ".slip-client dl").get_attribute("class") == "card-details"
    shoot(app, "slip-ja-vi")
    assert_accessible(app, "slip")


def flat(text):
    """Text as compared with a PDF's: its letters and digits only, NFKC. The CJK fonts map some
    ideographs to radicals and 「・」 to 「‧」 on the way back from glyphs; layout adds spaces."""
    return "".join(c for c in unicodedata.normalize("NFKC", text) if unicodedata.category(c)[0] in "LN")


def test_the_slip_prints_every_card_in_both_languages_without_the_buttons(app):
    """The client leaves with the paper: Print opens the desktop's print dialog; "Print to File"
    gives a PDF that holds every card's name in Vietnamese and in Japanese, and no strip or button."""
    from conftest import PRINTS

    out = PRINTS / "output.pdf"
    out.unlink(missing_ok=True)
    start(app, staff="ja", client="vi")
    run_consultation(app, PLAN)
    app.find_element(By.CSS_SELECTOR, "button.slip-button").click()
    wait_screen(app, "slip")
    names = [
        (c.get_attribute("data-service"), [flat(s.text) for s in c.find_elements(By.CSS_SELECTOR, ".slip-name span")])
        for c in app.find_elements(By.CSS_SELECTOR, ".slip-card")
    ]
    assert names and all(len(n) == 2 and all(n) for _, n in names), names
    chrome = [flat(e.text) for e in app.find_elements(By.CSS_SELECTOR, ".strip button, .actions button") if e.text.strip()]
    assert chrome, "the screen has buttons to leave out"

    app.find_element(By.CSS_SELECTOR, "button.print").click()
    dialog = xdotool("search", "--sync", "--onlyvisible", "--name", "^Print$").split()[0]
    xdotool("windowfocus", "--sync", dialog)
    # The printer list has the focus: Down picks its only entry, "Print to File"; Return prints.
    xdotool("key", "--clearmodifiers", "Down")
    time.sleep(0.5)
    xdotool("key", "--clearmodifiers", "Return")
    assert wait_until(lambda: out.exists() and out.stat().st_size > 0 and b"%%EOF" in out.read_bytes()[-1024:], timeout=60)
    printed = flat(subprocess.run(["pdftotext", "-raw", str(out), "-"], check=True, capture_output=True, text=True).stdout)
    for service, (client_name, japanese_name) in names:
        assert client_name in printed, f"{service}: {client_name} is not on the paper"
        assert japanese_name in printed, f"{service}: {japanese_name} is not on the paper"
    for label in chrome:
        assert label not in printed, f"the button {label!r} is printed"
    assert screen(app) == "slip", "printing leaves the slip on screen"


def test_save_writes_one_anonymized_record_and_clears_the_screen(app):
    start(app, staff="ja", client="vi")
    asked = ["danger"] + run_consultation(app, PLAN)
    log = app.data_dir / "madoguchi.sqlite3"
    db = sqlite3.connect(f"file:{log}?mode=ro", uri=True)
    assert db.execute("SELECT count(*) FROM record").fetchone()[0] == 0, "nothing is written before Save"
    db.close()
    app.find_element(By.CSS_SELECTOR, "button.save-button").click()
    wait_screen(app, "save")
    assert app.find_element(By.ID, "region").is_displayed(), "a foreign client's region is asked"
    shoot(app, "save-ja")
    assert_accessible(app, "save")
    app.find_element(By.CSS_SELECTOR, "input[value=referred_with_handover]").click()
    app.find_element(By.CSS_SELECTOR, "input[name=interpreter]").click()
    # Handover without consent is refused, and says why.
    app.find_element(By.CSS_SELECTOR, "button.save-submit").click()
    WebDriverWait(app, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".save [role=alert]"))
    app.find_element(By.CSS_SELECTOR, "input[name=consent]").click()
    app.execute_script(
        """
        const s = document.getElementById("region");
        Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value").set.call(s, "southeast_asia");
        s.dispatchEvent(new Event("change", { bubbles: true }));
        """
    )
    app.find_element(By.CSS_SELECTOR, "button.save-submit").click()
    wait_screen(app, "saved")
    page = app.find_element(By.CSS_SELECTOR, ".app").text
    assert "#8891" not in page and "data-service" not in app.page_source, "the consultation is gone from the screen"
    assert_accessible(app, "saved")

    db = sqlite3.connect(f"file:{app.data_dir / 'madoguchi.sqlite3'}?mode=ro", uri=True)
    db.row_factory = sqlite3.Row
    rows = db.execute("SELECT * FROM record").fetchall()
    assert len(rows) == 1
    row = dict(rows[0])
    assert row["mode"] == "live"
    assert row["staff_lang"] == "ja" and row["client_lang"] == "vi"
    assert row["nationality"] == "foreign" and row["region"] == "southeast_asia"
    assert row["concern_sexual_violence"] == 1 and row["danger"] == 1
    assert row["outcome"] == "referred_with_handover" and row["handover_consent"] == 1
    assert row["interpreter"] == 1
    # Nothing that identifies anyone: no such column, and no free text anywhere.
    identifying = {"name", "phone", "email", "address", "birth", "birthday", "note", "notes", "comment", "text", "dob"}
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        for col in db.execute(f"PRAGMA table_info({table})"):
            assert not any(word in col[1].lower().split("_") for word in identifying), f"{table}.{col[1]}"
    for value in row.values():
        assert not (isinstance(value, str) and len(value) > 40), f"long text stored: {value!r}"
    referred = [r[0] for r in db.execute("SELECT service FROM referral ORDER BY position")]
    assert referred == cli_route(facts_of(PLAN, asked))
    db.close()


def test_the_privacy_hotkey_blanks_the_screen_and_drops_the_consultation(app):
    start(app, staff="ja", client="vi")
    answer(app, ["immediate"])
    answer(app, ["no"])
    assert app.find_elements(By.CSS_SELECTOR, ".emergencies")
    press(app, Keys.ESCAPE)
    press(app, Keys.ESCAPE)
    wait_screen(app, "blank", timeout=2)
    assert app.find_element(By.CSS_SELECTOR, ".strip").is_displayed(), "110/119 stay"
    src = app.page_source
    assert "data-question-id" not in src and "emergencies" not in src and "police_emergency" not in src
    shoot(app, "blank")
    assert_accessible(app, "blank")
    # A new consultation starts from the first question: nothing was kept.
    app.find_element(By.CSS_SELECTOR, "button.new-consultation").click()
    assert start(app, staff="ja", client="vi") == "danger"
    assert not app.find_elements(By.CSS_SELECTOR, ".emergencies")


def test_switching_the_client_language_mid_consultation_keeps_the_answers(app):
    start(app, staff="ja", client="vi")
    answer(app, ["immediate"])
    answer(app, ["no"])
    q = question_id(app)
    staff_before = app.find_element(By.CSS_SELECTOR, ".question-staff").text
    for tag in ["th", "my"]:
        switch_client_language(app, tag)
        WebDriverWait(app, 10).until(
            lambda d: d.find_element(By.CSS_SELECTOR, ".question-client").get_attribute("lang") == tag
        )
        client = app.find_element(By.CSS_SELECTOR, ".question-client")
        assert TOFU_FREE_SCRIPTS[tag].search(client.text), f"{tag}: {client.text!r}"
        assert question_id(app) == q, "still the same question"
        assert app.find_element(By.CSS_SELECTOR, ".question-staff").text == staff_before
        assert services(app, ".emergencies [data-service]") == ["police_emergency"], "answers kept"
        shoot(app, f"question-ja-{tag}")
    run_consultation(app, PLAN)
    assert app.find_element(By.CSS_SELECTOR, ".card-name-client").get_attribute("lang") == "my"
    shoot(app, "result-ja-my")
    app.find_element(By.CSS_SELECTOR, "button.slip-button").click()
    wait_screen(app, "slip")
    shoot(app, "slip-ja-my")
    switch_client_language(app, "th")
    WebDriverWait(app, 10).until(
        lambda d: d.find_element(By.CSS_SELECTOR, ".slip-name span").get_attribute("lang") == "th"
    )
    shoot(app, "slip-ja-th")


def test_keyboard_only_with_a_visible_focus(app):
    wait_screen(app, "start")
    # Tab reaches the begin button; Enter starts.
    for _ in range(12):
        press(app, Keys.TAB)
        if "begin" in (app.switch_to.active_element.get_attribute("class") or ""):
            break
    focused = app.switch_to.active_element
    assert "begin" in focused.get_attribute("class")
    outline = app.execute_script("return getComputedStyle(document.activeElement).outlineStyle;")
    assert outline not in ("none", ""), "focus is visible"
    press(app, Keys.ENTER)
    wait_screen(app, "question")
    # Tab moves through the options; Alt+Left goes back to the start.
    press(app, Keys.TAB)
    assert app.switch_to.active_element.get_attribute("data-key") == "1"
    press(app, "2")
    WebDriverWait(app, 5).until(lambda d: question_id(d) == "injured")
    app.switch_to.active_element.send_keys(Keys.ALT, Keys.ARROW_LEFT)
    WebDriverWait(app, 5).until(lambda d: question_id(d) == "danger")


def test_every_client_language_renders_on_the_question_screen(app):
    """One screenshot per shipped client language (look at them: no missing-glyph boxes)."""
    start(app, staff="ja", client="vi")
    tags = [o.get_attribute("value") for o in app.find_elements(By.CSS_SELECTOR, "select.client-lang-switch option")]
    assert len(tags) >= 18, tags
    for tag in tags:
        switch_client_language(app, tag)
        WebDriverWait(app, 10).until(
            lambda d: d.find_element(By.CSS_SELECTOR, ".question-client").get_attribute("lang") == tag
        )
        assert app.find_element(By.CSS_SELECTOR, ".question-client").text.strip()
        shoot(app, f"languages/question-{tag}")
