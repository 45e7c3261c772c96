"""Smoke test of the real built app: the first question, shown in both languages."""

import re

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import ROOT, SCREENSHOTS

STAFF_LANG = "ja"
CLIENT_LANG = "en"
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def wait_ready(driver):
    """Waits until the UI has left its loading state; fails with the error it shows, if any."""
    main = WebDriverWait(driver, 30).until(
        lambda d: next(
            (m for m in d.find_elements(By.CSS_SELECTOR, "main[data-state]") if m.get_attribute("data-state") != "loading"),
            None,
        )
    )
    if main.get_attribute("data-state") != "ready":
        alert = main.find_elements(By.CSS_SELECTOR, "[role=alert]")
        raise AssertionError(f"app shows an error: {alert[0].text if alert else main.text!r}")
    return main


def ftl_message(lang, message_id):
    """The plain text of a simple Fluent message in locales/<lang>/*.ftl (no placeables)."""
    pattern = re.compile(rf"^{re.escape(message_id)}\s*=[ \t]*(.*)$")
    for path in sorted((ROOT / "locales" / lang).glob("*.ftl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines):
            m = pattern.match(line)
            if not m:
                continue
            parts = [m.group(1).strip()]
            for more in lines[i + 1 :]:
                if not more.startswith((" ", "\t")) or not more.strip():
                    break
                parts.append(more.strip())
            return " ".join(p for p in parts if p)
    raise AssertionError(f"no message {message_id} in locales/{lang}/*.ftl")


def squash(text):
    return " ".join(text.split())


def rust_question_view(driver):
    """What the app's Rust side answers to the UI's command, asked from inside the window."""
    result = driver.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        window.__TAURI_INTERNALS__
          .invoke("question_view", { staffLang: arguments[0], clientLang: arguments[1] })
          .then((view) => done({ view }), (error) => done({ error: String(error) }));
        """,
        STAFF_LANG,
        CLIENT_LANG,
    )
    assert "view" in result, f"question_view failed: {result}"
    return result["view"]


def test_first_question_is_shown_in_both_languages(app):
    main = wait_ready(app)
    view = rust_question_view(app)

    staff = main.find_element(By.CSS_SELECTOR, "h1.question-staff")
    client = main.find_element(By.CSS_SELECTOR, "h2.question-client")
    assert staff.text == view["staff"]["question"].strip()
    assert JAPANESE.search(staff.text), f"staff question is not Japanese: {staff.text!r}"
    assert staff.get_attribute("lang") == STAFF_LANG
    question = main.find_element(By.CSS_SELECTOR, "[data-question-id]").get_attribute("data-question-id")
    assert question == view["id"]
    # The Japanese text comes from the locale file, not from anything the UI made up.
    assert squash(staff.text) == squash(ftl_message(STAFF_LANG, f"question-{question}"))
    assert client.text == view["client"]["question"].strip()
    assert client.text and client.text != staff.text
    assert client.get_attribute("lang") == CLIENT_LANG

    buttons = main.find_elements(By.CSS_SELECTOR, "button.option")
    assert len(buttons) >= 2
    assert len(buttons) == len(view["options"])
    for i, (button, option) in enumerate(zip(buttons, view["options"]), start=1):
        assert button.find_element(By.CSS_SELECTOR, ".option-key").text == str(i)
        assert option["key"] == i
        assert button.find_element(By.CSS_SELECTOR, ".option-staff").text == option["staff"].strip()
        assert button.find_element(By.CSS_SELECTOR, ".option-client").text == option["client"].strip()
        assert button.size["height"] >= 60, "options are large buttons"

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert app.save_screenshot(str(SCREENSHOTS / "first-question.png"))


def test_number_keys_and_clicks_choose_an_option(app):
    main = wait_ready(app)
    buttons = main.find_elements(By.CSS_SELECTOR, "button.option")

    def pressed():
        return [b.get_attribute("aria-pressed") for b in buttons]

    app.find_element(By.TAG_NAME, "body").send_keys("2")
    WebDriverWait(app, 5).until(lambda _: pressed()[1] == "true")
    assert pressed().count("true") == 1

    buttons[0].click()
    WebDriverWait(app, 5).until(lambda _: pressed()[0] == "true")
    assert pressed().count("true") == 1


def test_content_security_policy_blocks_inline_script(app):
    wait_ready(app)
    ran = app.execute_script(
        """
        const s = document.createElement("script");
        s.textContent = "window.__madoguchiInlineRan = true";
        document.head.appendChild(s);
        return window.__madoguchiInlineRan === true;
        """
    )
    assert ran is False, "an inline script ran: the CSP is not in force"
