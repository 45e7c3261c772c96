"""The Directory and Records screens: reached from the start screen by keyboard, filtered as staff
filter them, a site's own entry marked as local, a saved consultation listed; axe-core on both."""

import datetime
import re
import tomllib

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from conftest import ROOT
from test_consultation import PLAN, facts_of
from ui import assert_accessible, bring_to_rest, cli_route, click_when_still, not_across_midnight, run_consultation, shoot, start, wait_screen, wait_until, WebDriverWait

DIRECTORY = tomllib.loads((ROOT / "data" / "directory.toml").read_text(encoding="utf-8"))["service"]

SITE = """\
# This desk's own entries
[[service]]
id = "onestop_8891"
contacts = [{ kind = "phone", value = "000-2222-3333", languages = ["ja"] }]
assured_date = "2026-04-01"
assured_by = "https://example.org/prefecture"
sources = ["https://example.org/prefecture"]

[[service]]
id = "prefecture_onestop"
label = "Prefectural One-Stop Center"
refer_with = "onestop_8891"
contacts = [{ kind = "phone", value = "000-1111-2222", languages = ["ja", "vi"] }]
hours = "always"
free_call = "yes"
anonymous = "yes"
languages = ["ja", "vi"]
languages_confirmed = true
assured_date = "2026-04-01"
assured_by = "https://example.org/prefecture"
confidence = "high"
sources = ["https://example.org/prefecture"]
"""


def ftl_texts(lang, file="directory.ftl"):
    text = (ROOT / "locales" / lang / file).read_text(encoding="utf-8")
    return dict(re.findall(r"(?m)^([a-z][\w-]*) = (.*)$", text))


def open_with_keyboard(driver, button, screen_name):
    """From the start screen: the button, reached and pressed from the keyboard."""
    wait_screen(driver, "start")
    driver.find_element(By.CSS_SELECTOR, button).send_keys(Keys.ENTER)
    main = wait_screen(driver, screen_name)
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, f"section.{screen_name}[data-loaded=true]"))
    return main


def shown(driver):
    # Read in one go inside the page: the list is redrawn while staff type.
    return driver.execute_script(
        "return [...document.querySelectorAll('.directory-entry[data-service]')].map((e) => e.dataset.service);"
    )


def wait_list(driver, predicate, timeout=10):
    """Waits until the listed services satisfy `predicate`; returns them."""
    try:
        WebDriverWait(driver, timeout).until(lambda d: predicate(shown(d)))
    except Exception:
        raise AssertionError(f"listed: {shown(driver)}")
    return shown(driver)


def clear_search(driver):
    # As the search box's clear button does: an input event with the empty value.
    driver.execute_script(
        """
        const s = document.getElementById("directory-search");
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set.call(s, "");
        s.dispatchEvent(new Event("input", { bubbles: true }));
        """
    )
    WebDriverWait(driver, 10).until(lambda d: d.find_element(By.CSS_SELECTOR, ".directory-count strong"))


def set_checkbox(driver, name, on=True):
    box = driver.find_element(By.CSS_SELECTOR, f".filters input[name={name}]")
    if box.is_selected() != on:
        box.click()


def test_the_directory_filters_by_search_term_and_free_call(app):
    open_with_keyboard(app, "button.open-directory", "directory")
    total = int(app.find_element(By.CSS_SELECTOR, ".directory-count").get_attribute("data-total"))
    every = wait_list(app, lambda s: len(s) == total)
    assert sorted(every) == sorted(s["id"] for s in DIRECTORY), "every shipped service is listed"
    # Each entry has its sources, the date it was checked and a confidence.
    for entry in app.find_elements(By.CSS_SELECTOR, ".directory-entry"):
        assert entry.find_elements(By.CSS_SELECTOR, ".sources-list code"), entry.get_attribute("data-service")
        assert re.search(r"\d{4}-\d{2}-\d{2}", entry.find_element(By.CSS_SELECTOR, "[data-assured]").text)
        assert entry.find_element(By.CSS_SELECTOR, "[data-confidence]").text.strip()
    assert app.find_elements(By.CSS_SELECTOR, ".directory-entry .check-before-use"), "old entries say check before use"
    # Every language a service speaks by name, also those the app has no texts for (zh, pt, ko...).
    named = app.execute_script(
        "return [...document.querySelectorAll('.directory-entry .language-tag')].map(e => [e.lang, e.textContent]);"
    )
    spoken = {tag for s in DIRECTORY for tag in s.get("languages", [])}
    assert {tag for tag, _ in named} == spoken
    raw = sorted({tag for tag, text in named if not text.strip() or text.strip() == tag})
    assert not raw, f"languages shown as bare tags: {raw}"
    shoot(app, "directory-ja")
    assert_accessible(app, "directory")

    # A search term, as staff type it (staff Japanese, client English: names in both are searched).
    term = "法務省"
    ja, en = ftl_texts("ja"), ftl_texts("en")
    matching = {
        s["id"]
        for s in DIRECTORY
        if any(term in t.get(f"service-{s['id']}-{k}", "") for t in (ja, en) for k in ("name", "expect"))
    }
    assert len(matching) >= 2
    app.find_element(By.ID, "directory-search").send_keys(term)
    found = wait_list(app, lambda s: set(s) == matching)
    assert set(found) == matching

    # ... and free calls only.
    set_checkbox(app, "free_call")
    free = {s["id"] for s in DIRECTORY if s["free_call"] == "yes"}
    assert matching & free and matching - free, "the check filters something out"
    found = wait_list(app, lambda s: set(s) == matching & free)
    for entry in app.find_elements(By.CSS_SELECTOR, ".directory-entry"):
        assert entry.find_element(By.CSS_SELECTOR, "[data-free-call]").get_attribute("data-free-call") == "yes"
    shoot(app, "directory-search-free-ja")
    app.execute_script("document.querySelector('.directory-entry .directory-details').scrollIntoView({ block: 'center' });")
    shoot(app, "directory-entry-ja")
    assert_accessible(app, "directory filtered")

    # Without the search term: every free-call service.
    clear_search(app)
    wait_list(app, lambda s: set(s) == free)

    # Back to the start screen by keyboard.
    app.switch_to.active_element.send_keys(Keys.ALT, Keys.ARROW_LEFT)
    wait_screen(app, "start")


def test_a_site_entry_is_listed_and_marked_local(launch, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "site-override.toml").write_text(SITE, encoding="utf-8")
    app = launch(data)
    open_with_keyboard(app, "button.open-directory", "directory")
    app.find_element(By.ID, "directory-search").send_keys("Prefectural One-Stop")
    assert wait_list(app, lambda s: s == ["prefecture_onestop"]) == ["prefecture_onestop"]
    local = app.find_element(By.CSS_SELECTOR, ".directory-entry[data-service=prefecture_onestop]")
    assert local.get_attribute("data-origin") == "local"
    badge = local.find_element(By.CSS_SELECTOR, ".origin-badge")
    assert badge.text == ftl_texts("ja", "ui.ftl")["directory-origin-local"]
    assert "Prefectural One-Stop Center" in local.find_element(By.CSS_SELECTOR, ".card-name").text
    assert "000-1111-2222" in local.text
    shoot(app, "directory-local-ja")
    assert_accessible(app, "directory with a local entry")

    # The shipped entry the site changed is marked as changed; the others as shipped.
    clear_search(app)
    app.find_element(By.ID, "directory-search").send_keys("8891")
    wait_list(app, lambda s: "onestop_8891" in s)
    changed = app.find_element(By.CSS_SELECTOR, ".directory-entry[data-service=onestop_8891]")
    assert changed.get_attribute("data-origin") == "overridden"
    assert "000-2222-3333" in changed.text


def save_consultation(app):
    start(app, staff="ja", client="vi")
    asked = ["danger"] + run_consultation(app, PLAN)
    app.find_element(By.CSS_SELECTOR, "button.save-button").click()
    wait_screen(app, "save")
    app.find_element(By.CSS_SELECTOR, "input[value=referred]").click()
    app.find_element(By.CSS_SELECTOR, "button.save-submit").click()
    wait_screen(app, "saved")
    return asked


def test_the_records_screen_lists_a_saved_consultation(app):
    not_across_midnight()
    open_with_keyboard(app, "button.open-records", "records")
    assert app.find_element(By.CSS_SELECTOR, ".records-count").get_attribute("data-total") == "0"
    assert app.find_elements(By.CSS_SELECTOR, ".records-none")
    assert_accessible(app, "records (empty)")
    app.find_element(By.CSS_SELECTOR, "section.records button.back").click()

    asked = save_consultation(app)
    app.find_element(By.CSS_SELECTOR, "button.new-consultation").click()
    open_with_keyboard(app, "button.open-records", "records")
    WebDriverWait(app, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "article.record"))
    records = app.find_elements(By.CSS_SELECTOR, "article.record")
    assert len(records) == 1
    record = records[0]
    # The month it was saved in, never the day.
    month = datetime.date.today().strftime("%Y-%m")
    assert record.get_attribute("data-month") == month and month in record.text
    assert datetime.date.today().isoformat() not in record.text
    assert record.find_element(By.CSS_SELECTOR, "h2").text.startswith(ftl_texts("ja", "ui.ftl")["records-month"])
    flow = ftl_texts("ja", "flow.ftl")
    concern = record.find_element(By.CSS_SELECTOR, "[data-dimension=concern] [data-category]")
    assert concern.get_attribute("data-category") == "sexual_violence"
    if "value-concern-sexual_violence" in flow:
        assert concern.text == flow["value-concern-sexual_violence"]
    gender = record.find_element(By.CSS_SELECTOR, "[data-dimension=gender] [data-category]")
    assert gender.get_attribute("data-category") == "female"
    outcome = record.find_element(By.CSS_SELECTOR, "[data-dimension=outcome] [data-category]")
    assert outcome.get_attribute("data-category") == "referred"
    referred = [e.get_attribute("data-service") for e in record.find_elements(By.CSS_SELECTOR, ".referral-names [data-service]")]
    assert referred == cli_route(facts_of(PLAN, asked))
    names = ftl_texts("ja")
    first = record.find_element(By.CSS_SELECTOR, ".referral-names [data-service]")
    assert first.text == names[f"service-{referred[0]}-name"], "referrals are shown by name"
    # Only what the record holds: no answers' text, no free text.
    assert "data-question" not in app.page_source
    shoot(app, "records-ja")
    app.execute_script("document.querySelector('.record-referrals dd').scrollIntoView({ block: 'center' });")
    shoot(app, "records-referrals-ja")
    assert_accessible(app, "records")


def test_a_contact_opens_as_tel_or_https_through_the_desktop(app):
    """A click on a number hands `tel:` to the desktop's handler (a softphone, a dialer), a click
    on a web contact its https page — as the directory lists them, nothing else."""
    from conftest import opened_urls

    open_with_keyboard(app, "button.open-directory", "directory")
    wait_list(app, lambda s: len(s) == len(DIRECTORY))

    def first(kinds):
        for s in DIRECTORY:
            for i, c in enumerate(s.get("contacts", [])):
                if c["kind"] in kinds and (c["kind"] != "web" or c["value"].startswith("https://")):
                    return s["id"], i, c["value"]
        raise AssertionError(f"no {kinds} contact in the directory")

    before = len(opened_urls())
    expected = []
    for kinds in (("dial", "phone"), ("web",)):
        service, index, value = first(kinds)
        buttons = app.find_elements(By.CSS_SELECTOR, f".directory-entry[data-service={service}] .contacts li")
        button = buttons[index].find_element(By.CSS_SELECTOR, "button.contact-value")
        # Entries far down the list are drawn only once scrolled to.
        bring_to_rest(app, button)
        assert wait_until(lambda: button.text == value), button.text
        click_when_still(app, button)
        expected.append(value if kinds == ("web",) else "tel:" + value.replace("#", "%23"))
        assert wait_until(lambda: opened_urls()[before:] == expected), f"opened {opened_urls()[before:]}, expected {expected}"
        status = buttons[index].find_element(By.CSS_SELECTOR, ".contact-failed")
        assert status.text == "", "an opened contact shows no failure"


def test_a_contact_the_desktop_cannot_open_says_so_beside_it(app):
    """With no dialer for `tel:` the click must not look like a call in progress: the desk is told,
    beside the number, to dial it by hand; once the desktop can open it again, the notice goes."""
    from conftest import REFUSE, opened_urls

    open_with_keyboard(app, "button.open-directory", "directory")
    wait_list(app, lambda s: len(s) == len(DIRECTORY))
    service, value = next(
        (s["id"], c["value"]) for s in DIRECTORY for c in s.get("contacts", [])[:1] if c["kind"] in ("dial", "phone")
    )
    contact = app.find_element(By.CSS_SELECTOR, f".directory-entry[data-service={service}] .contacts li")
    button = contact.find_element(By.CSS_SELECTOR, "button.contact-value")
    status = contact.find_element(By.CSS_SELECTOR, ".contact-failed[role=status]")
    notice = ftl_texts("ja", "ui.ftl")["ui-contact-open-failed"]
    before = len(opened_urls())
    REFUSE.touch()
    try:
        click_when_still(app, button)
        assert wait_until(lambda: status.text == notice), f"notice {status.text!r}"
        assert opened_urls()[before:] == []
        app.execute_script("arguments[0].scrollIntoView({ block: 'center' });", contact)
        shoot(app, "directory-contact-failed-ja")
    finally:
        REFUSE.unlink(missing_ok=True)
    click_when_still(app, button)
    assert wait_until(lambda: opened_urls()[before:] == ["tel:" + value.replace("#", "%23")]), opened_urls()[before:]
    assert wait_until(lambda: status.text == ""), f"notice still shown: {status.text!r}"
