"""For desk coordinators (issue 17): the site override created from the commented example on the
Settings screen; its local entry in the desk's own words, Japanese for staff and Vietnamese for
the client (result card, slip, Directory), Japanese marked where the desk wrote no Vietnamese;
entries assured longer ago than the desk's review interval marked in the Directory and counted
in Settings."""

import calendar
import datetime
import tomllib

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from conftest import ROOT
from test_directory_records import open_with_keyboard, wait_list
from test_settings import ftl_texts, open_settings, scroll_to, text
from ui import WebDriverWait, assert_accessible, click_when_still, not_across_midnight, run_consultation, shoot, start, wait_screen

EXAMPLE = (ROOT / "data" / "site-override.example.toml").read_text(encoding="utf-8")
EXAMPLE_ENTRIES = {s["id"]: s for s in tomllib.loads(EXAMPLE)["service"]}
LOCAL = EXAMPLE_ENTRIES["prefecture_onestop"]
SHIPPED = tomllib.loads((ROOT / "data" / "directory.toml").read_text(encoding="utf-8"))["service"]

# A consultation that reaches the One-Stop Center, which the example's local entry goes with.
PLAN = {"danger": ["none"], "injured": ["no"], "concern": ["sexual_violence"], "nationality": ["foreign"]}


def test_settings_create_the_override_from_the_example_only_when_there_is_none(app):
    ja = ftl_texts("ja")
    open_settings(app)
    override = app.find_element(By.CSS_SELECTOR, ".settings-override")
    assert override.get_attribute("data-status") == "absent"
    scroll_to(app, ".settings-override")
    create = app.find_element(By.CSS_SELECTOR, "button.settings-override-create")
    assert create.text == ja["settings-override-create"]
    create.click()
    created = WebDriverWait(app, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".override-created"))[0]
    assert created.text == ja["settings-override-created"]
    assert (app.data_dir / "site-override.toml").read_text(encoding="utf-8") == EXAMPLE
    # Created once: the button is gone, and the file on disk passes the check.
    assert not app.find_elements(By.CSS_SELECTOR, "button.settings-override-create")
    scroll_to(app, ".settings-check")
    app.find_element(By.CSS_SELECTOR, "button.check-again").click()
    WebDriverWait(app, 30).until(
        lambda d: d.find_element(By.CSS_SELECTOR, ".settings-check").get_attribute("data-source") == "disk"
    )
    assert app.find_element(By.CSS_SELECTOR, ".settings-check").get_attribute("data-ok") == "true"
    scroll_to(app, ".settings-override")
    shoot(app, "settings-override-created-ja")
    assert_accessible(app, "settings, override created")


def test_a_local_entry_in_the_desk_s_own_words_in_japanese_and_vietnamese(launch, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "site-override.toml").write_text(EXAMPLE, encoding="utf-8")
    (data / "settings.toml").write_text('client_lang = "vi"\n', encoding="utf-8")
    app = launch(data)
    vi = ftl_texts("vi")
    note = LOCAL["contacts"][0]["note"]
    assert "vi" not in note, "the example leaves one note without Vietnamese"

    # The Directory: the entry marked as the desk's own, named in both languages.
    open_with_keyboard(app, "button.open-directory", "directory")
    app.find_element(By.ID, "directory-search").send_keys(LOCAL["name"]["ja"])
    wait_list(app, lambda s: s == ["prefecture_onestop"])
    entry = app.find_element(By.CSS_SELECTOR, ".directory-entry[data-service=prefecture_onestop]")
    assert entry.get_attribute("data-origin") == "local"
    assert entry.find_element(By.CSS_SELECTOR, ".card-name").text == LOCAL["name"]["ja"]
    assert entry.find_element(By.CSS_SELECTOR, ".card-name-client").text == LOCAL["name"]["vi"]
    assert LOCAL["hours_text"]["ja"] in entry.text
    app.execute_script("arguments[0].scrollIntoView({ block: 'start' }); window.scrollBy(0, -80);", entry)
    shoot(app, "coordinator-directory-ja-vi")
    back_to_start(app)

    # The result: the local card right after the service it goes with, named in both languages.
    start(app, staff="ja", client="vi")
    run_consultation(app, PLAN)
    card = app.find_element(By.CSS_SELECTOR, ".card[data-service=prefecture_onestop]")
    assert card.find_element(By.CSS_SELECTOR, ".card-name").text == LOCAL["name"]["ja"]
    client_name = card.find_element(By.CSS_SELECTOR, ".card-name-client")
    assert (client_name.text, client_name.get_attribute("lang")) == (LOCAL["name"]["vi"], "vi")
    assert LOCAL["hours_text"]["ja"] in card.text
    assert LOCAL["expect"]["ja"] in card.text
    order = [e.get_attribute("data-service") for e in app.find_elements(By.CSS_SELECTOR, ".card[data-service]")]
    assert order.index("prefecture_onestop") == order.index("onestop_8891") + 1, order
    app.execute_script("document.querySelector('.card[data-service=prefecture_onestop]').scrollIntoView({block: 'center'});")
    shoot(app, "coordinator-result-ja-vi")
    assert_accessible(app, "result with a local entry")

    # The slip: the client's column in Vietnamese; the note the desk wrote only in Japanese is
    # shown in Japanese, marked as such in Vietnamese.
    app.execute_script("window.scrollTo(0, 0);")
    click_when_still(app, app.find_element(By.CSS_SELECTOR, "button.slip-button"))
    wait_screen(app, "slip")
    slip = app.find_element(By.CSS_SELECTOR, ".slip-card[data-service=prefecture_onestop]")
    assert slip.find_element(By.CSS_SELECTOR, ".slip-name span[lang=vi]").text == LOCAL["name"]["vi"]
    client = slip.find_element(By.CSS_SELECTOR, ".slip-client")
    assert LOCAL["hours_text"]["vi"] in client.text
    assert LOCAL["expect"]["vi"] in client.text
    marked = client.find_element(By.CSS_SELECTOR, ".contact-note[lang=ja]")
    assert note["ja"] in marked.text
    mark = marked.find_element(By.CSS_SELECTOR, ".japanese-only")
    assert (mark.text, mark.get_attribute("lang")) == (vi["card-japanese-only"], "vi")
    app.execute_script("document.querySelector('.slip-card[data-service=prefecture_onestop]').scrollIntoView({block: 'center'});")
    shoot(app, "coordinator-slip-ja-vi")
    assert_accessible(app, "slip with a local entry")


def back_to_start(app):
    """Alt+Left, as staff go back to the start screen from a tool screen."""
    ActionChains(app).key_down(Keys.ALT).send_keys(Keys.ARROW_LEFT).key_up(Keys.ALT).perform()
    wait_screen(app, "start")


def months_before(day, months):
    """`day` less `months` months, the day clamped to the month's last (as chrono's)."""
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    return datetime.date(y, m + 1, min(day.day, calendar.monthrange(y, m + 1)[1]))


def test_entries_older_than_the_review_interval_are_marked_and_counted(launch, tmp_path):
    not_across_midnight()
    today = datetime.date.today()
    stale = today - datetime.timedelta(days=500)
    fresh = today - datetime.timedelta(days=20)
    site = EXAMPLE.replace('assured_date = "2026-04-01"\nassured_by', f'assured_date = "{stale}"\nassured_by', 1)
    site = site.replace('assured_date = "2026-04-01"      #', f'assured_date = "{fresh}"      #', 1)
    entries = {s["id"]: s for s in tomllib.loads(site)["service"]}
    assert (entries["houterasu"]["assured_date"], entries["prefecture_onestop"]["assured_date"]) == (str(stale), str(fresh))
    data = tmp_path / "data"
    data.mkdir()
    (data / "site-override.toml").write_text(site, encoding="utf-8")
    (data / "settings.toml").write_text('client_lang = "vi"\nreview_months = 12\n', encoding="utf-8")
    limit = months_before(today, 12)
    dates = {s["id"]: datetime.date.fromisoformat(s["assured_date"]) for s in SHIPPED}
    dates.update({i: datetime.date.fromisoformat(s["assured_date"]) for i, s in entries.items()})
    due = sorted(i for i, d in dates.items() if d < limit)
    assert "houterasu" in due and "prefecture_onestop" not in due

    app = launch(data)
    ja = ftl_texts("ja")
    open_settings(app)
    assert app.find_element(By.ID, "settings-review_months").get_attribute("value") == "12"
    count = app.find_element(By.CSS_SELECTOR, ".review-due-count")
    assert int(count.text) == len(due), (count.text, due)
    assert ja["settings-review-due"] in text(app, ".settings-review-due")
    scroll_to(app, ".settings-override")
    shoot(app, "coordinator-settings-review-ja")
    back_to_start(app)

    open_with_keyboard(app, "button.open-directory", "directory")
    marked = app.execute_script(
        "return [...document.querySelectorAll('.directory-entry[data-review-due=true]')].map((e) => e.dataset.service);"
    )
    assert sorted(marked) == due
    app.find_element(By.ID, "directory-search").send_keys("法テラス")
    wait_list(app, lambda s: "houterasu" in s and len(s) < 5)
    entry = app.find_element(By.CSS_SELECTOR, ".directory-entry[data-service=houterasu]")
    app.execute_script("arguments[0].scrollIntoView({ block: 'start' }); window.scrollBy(0, -80);", entry)
    mark = entry.find_element(By.CSS_SELECTOR, ".review-due")
    assert mark.text.startswith(ja["directory-review-due"].split("{")[0].strip()), mark.text
    assert "12" in mark.text
    assert entry.find_element(By.CSS_SELECTOR, "[data-assured]").get_attribute("data-assured") == str(stale)
    shoot(app, "coordinator-directory-review-ja")
    assert_accessible(app, "directory with entries due for review")
