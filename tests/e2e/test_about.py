"""The About text (Settings screen): the version of Cargo.toml and the data's date, the same as
`madoguchi --version` says — for the built app, and for the installed package when the test
command runs the suite against it (MADOGUCHI_APP, MADOGUCHI_CLI)."""

import re
import subprocess
import tomllib

from conftest import CLI, ROOT
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait
from ui import assert_accessible, choose_language, shoot, wait_screen


def open_settings(app):
    wait_screen(app, "start")
    ActionChains(app).key_down(Keys.ALT).send_keys("s").key_up(Keys.ALT).perform()
    wait_screen(app, "settings")
    WebDriverWait(app, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".settings-about .about-version"))


def test_about_names_the_version_and_the_data_date(app):
    line = subprocess.run([str(CLI), "--version"], check=True, capture_output=True, text=True).stdout
    m = re.fullmatch(r"madoguchi (\S+) \(data (\d{4}-\d{2}-\d{2})\)\n", line)
    assert m, f"unexpected --version line: {line!r}"
    version, date = m.groups()
    cargo = tomllib.loads((ROOT / "Cargo.toml").read_text(encoding="utf-8"))
    assert version == cargo["workspace"]["package"]["version"]

    open_settings(app)
    about = app.find_element(By.CSS_SELECTOR, ".settings-about")
    app.execute_script("arguments[0].scrollIntoView({block: 'end'})", about)
    assert about.find_element(By.CSS_SELECTOR, ".about-version").text == version
    assert about.find_element(By.CSS_SELECTOR, ".about-data-date time").get_attribute("datetime") == date
    assert about.find_element(By.CSS_SELECTOR, "h2").text == "このアプリについて"
    shoot(app, "settings-about-ja")
    assert_accessible(app, "settings (about)")

    # In another script: the staff language of the start screen carries into Settings.
    app.switch_to.active_element.send_keys(Keys.ALT, Keys.ARROW_LEFT)
    wait_screen(app, "start")
    choose_language(app, "staff-lang", "th")
    WebDriverWait(app, 10).until(lambda d: d.find_element(By.ID, "staff-lang").get_attribute("value") == "th")
    open_settings(app)
    about = app.find_element(By.CSS_SELECTOR, ".settings-about")
    app.execute_script("arguments[0].scrollIntoView({block: 'end'})", about)
    WebDriverWait(app, 10).until(lambda d: about.find_element(By.CSS_SELECTOR, "h2").text == "เกี่ยวกับ Madoguchi")
    assert about.find_element(By.CSS_SELECTOR, ".about-version").text == version
    shoot(app, "settings-about-th")
