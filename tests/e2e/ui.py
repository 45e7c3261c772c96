"""Helpers that drive the app's screens the way staff do: by keys and clicks."""

import datetime
import json
import re
import subprocess
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.support.ui import WebDriverWait as SeleniumWait

from conftest import CLI, ROOT, SCREENSHOTS

AXE = ROOT / "ui" / "node_modules" / "axe-core" / "axe.min.js"
TOFU_FREE_SCRIPTS = {
    "ja": re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]"),
    "vi": re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I),
    "th": re.compile(r"[\u0e00-\u0e7f]"),
    "my": re.compile(r"[\u1000-\u109f]"),
}


class WebDriverWait(SeleniumWait):
    """A wait that outlives React redrawing the screen: an element found just before the redraw
    is stale when read, which says nothing about the condition; the next poll finds the new one."""

    def __init__(self, driver, timeout, poll_frequency=0.1, ignored_exceptions=()):
        super().__init__(driver, timeout, poll_frequency, (StaleElementReferenceException, *ignored_exceptions))


def attribute(driver, selector, name):
    """Reads an attribute of the first match in one step, so a redraw cannot come between find and read."""
    return driver.execute_script(
        "const e = document.querySelector(arguments[0]); return e ? e.getAttribute(arguments[1]) : null;",
        selector,
        name,
    )


def screen(driver):
    return attribute(driver, ".app", "data-screen")


def wait_screen(driver, name, timeout=30):
    """Waits until the app shows screen `name`; fails with what it shows instead."""
    try:
        WebDriverWait(driver, timeout).until(
            lambda d: any(e.get_attribute("data-screen") == name for e in d.find_elements(By.CSS_SELECTOR, ".app"))
        )
    except Exception:
        apps = driver.find_elements(By.CSS_SELECTOR, ".app")
        shown = apps[0].get_attribute("data-screen") if apps else None
        text = apps[0].text[:2000] if apps else driver.page_source[:2000]
        raise AssertionError(f"expected screen {name!r}, app shows {shown!r}: {text}")
    if name == "result":
        # The first cards are drawn at once, the rest in the next frame.
        WebDriverWait(driver, timeout).until(lambda d: d.find_elements(By.CSS_SELECTOR, "section.result[data-complete=true]"))
    return driver.find_element(By.CSS_SELECTOR, "main.content")


def choose_language(driver, select_id, tag):
    driver.execute_script(
        """
        const s = document.getElementById(arguments[0]);
        const set = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value").set;
        set.call(s, arguments[1]);
        s.dispatchEvent(new Event("change", { bubbles: true }));
        """,
        select_id,
        tag,
    )


def switch_client_language(driver, tag):
    driver.execute_script(
        """
        const s = document.querySelector("select.client-lang-switch");
        const set = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value").set;
        set.call(s, arguments[0]);
        s.dispatchEvent(new Event("change", { bubbles: true }));
        """,
        tag,
    )


def start(driver, staff="ja", client="vi", shot=None):
    """From the start screen: picks the languages and starts; returns the first question id."""
    wait_screen(driver, "start")
    if staff != "ja":
        choose_language(driver, "staff-lang", staff)
        WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "staff-lang").get_attribute("value") == staff)
    choose_language(driver, "client-lang", client)
    WebDriverWait(driver, 10).until(
        lambda d: d.find_element(By.CSS_SELECTOR, ".locale-status").get_attribute("data-status")
        and d.find_element(By.ID, "client-lang").get_attribute("value") == client
    )
    if shot:
        shoot(driver, shot)
    driver.find_element(By.CSS_SELECTOR, "button.begin").click()
    wait_screen(driver, "question")
    return question_id(driver)


def question_id(driver):
    return attribute(driver, "[data-question-id]", "data-question-id")


def press(driver, key):
    """Sends a key to whatever has the focus (as a person at the keyboard does)."""
    driver.switch_to.active_element.send_keys(key)


def answer(driver, values):
    """Answers the current question by number keys; Enter after a several-options question."""
    before = question_id(driver)
    steps = len(driver.find_elements(By.CSS_SELECTOR, "[data-question-id]"))
    options = driver.find_elements(By.CSS_SELECTOR, "button.option")
    keys = {o.get_attribute("data-value"): o.get_attribute("data-key") for o in options}
    multiple = bool(driver.find_elements(By.CSS_SELECTOR, "button.next"))
    for v in values:
        assert v in keys, f"question {before}: no option {v} in {sorted(keys)}"
        press(driver, keys[v])
    if multiple and values != ["unknown"]:
        WebDriverWait(driver, 5).until(
            lambda d: sum(b.get_attribute("aria-pressed") == "true" for b in d.find_elements(By.CSS_SELECTOR, "button.option")) == len(values)
        )
        press(driver, Keys.ENTER)
    WebDriverWait(driver, 10).until(lambda d: screen(d) != "question" or question_id(d) not in (before, None))
    return steps


def run_consultation(driver, plan, default="unknown"):
    """Answers every question the app asks, from `plan` (question id -> values); returns the ids asked."""
    asked = []
    while screen(driver) == "question":
        q = question_id(driver)
        asked.append(q)
        assert len(asked) <= 20, f"the flow does not end: {asked}"
        answer(driver, plan.get(q, [default]))
    wait_screen(driver, "result")
    return asked


def services(driver, selector=".card[data-service]"):
    return [e.get_attribute("data-service") for e in driver.find_elements(By.CSS_SELECTOR, selector)]


def cli_route(facts, client_lang=None):
    """The referrals `madoguchi route` gives for the facts: the routing contract's answer. With a
    client language, in the order a client of that language is shown them."""
    args = [str(CLI), "route", "--json"]
    if client_lang:
        args += ["--client-lang", client_lang]
    for key, values in facts.items():
        for v in values:
            args += ["--fact", f"{key}={v}"]
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    return [r["service"] for r in json.loads(out)["referrals"]]


def shoot(driver, name):
    (SCREENSHOTS / name).parent.mkdir(parents=True, exist_ok=True)
    # Let fonts and layout settle before the picture.
    driver.execute_async_script("const done = arguments[0]; document.fonts.ready.then(() => requestAnimationFrame(() => done()));")
    assert driver.save_screenshot(str(SCREENSHOTS / f"{name}.png"))


def axe_violations(driver):
    """Runs axe-core inside the window; returns its violations (id, impact, nodes)."""
    if not driver.execute_script("return typeof window.axe === 'object';"):
        driver.execute_script(AXE.read_text(encoding="utf-8") + "\n;return true;")
    result = driver.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        axe.run(document, { resultTypes: ["violations"] })
          .then((r) => done(r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
              nodes: v.nodes.slice(0, 5).map((n) => n.html.slice(0, 200)) }))))
          .catch((e) => done([{ id: "axe-error", impact: "error", help: String(e), nodes: [] }]));
        """
    )
    return result


def assert_accessible(driver, where):
    violations = axe_violations(driver)
    assert violations == [], f"axe-core on {where}:\n" + "\n".join(
        f"- {v['id']} ({v['impact']}): {v['help']}\n    " + "\n    ".join(v["nodes"]) for v in violations
    )


def timed_click(driver, css):
    """Clicks `css` inside the page and returns the milliseconds until the next question is painted."""
    return driver.execute_async_script(
        """
        const [css, done] = arguments;
        const before = document.querySelector("[data-question-id]")?.getAttribute("data-question-id");
        const t0 = performance.now();
        const check = () => {
          const now = document.querySelector("[data-question-id]")?.getAttribute("data-question-id");
          if (now !== before || document.querySelector(".app").dataset.screen !== "question") {
            requestAnimationFrame(() => done(performance.now() - t0));
          } else {
            requestAnimationFrame(check);
          }
        };
        document.querySelector(css).click();
        requestAnimationFrame(check);
        """,
        css,
    )


def wait_until(predicate, timeout=10, interval=0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if predicate():
                return True
        except StaleElementReferenceException:
            pass  # read during a redraw; the next poll reads the new element
        time.sleep(interval)
    return False


def not_across_midnight(longest=datetime.timedelta(minutes=3)):
    """The app and this test each read today's date; a run that straddles midnight would compare
    two different days. Near midnight, wait for the new day (at most `longest`)."""
    now = datetime.datetime.now()
    midnight = datetime.datetime.combine(now.date() + datetime.timedelta(days=1), datetime.time())
    if midnight - now < longest:
        time.sleep((midnight - now).total_seconds() + 1)


def bring_to_rest(driver, element, timeout=10):
    """Scrolls `element` to the middle and waits until the page stops moving. Lists draw their far
    entries only when scrolled to (content-visibility), which shifts what lies below them; a click
    computed before the shift lands on whatever moved under the pointer."""
    driver.execute_script("arguments[0].scrollIntoView({ block: 'center' });", element)
    rect = "const r = arguments[0].getBoundingClientRect(); return [r.x, r.y, r.width, r.height];"
    last = None

    def still():
        nonlocal last
        now = driver.execute_script(rect, element)
        settled, last = now == last, now
        return settled

    assert wait_until(still, timeout=timeout, interval=0.1), f"the element kept moving: {last}"


def click_when_still(driver, element, timeout=10):
    bring_to_rest(driver, element, timeout)
    element.click()


def dialog_window(title):
    """The native dialog titled `title` (GTK, opened by Rust), once it can take the focus."""
    found = subprocess.run(
        ["xdotool", "search", "--sync", "--onlyvisible", "--name", "^" + re.escape(title) + "$"],
        capture_output=True, text=True, timeout=30,
    )
    window = found.stdout.split()[-1]
    assert wait_until(
        lambda: subprocess.run(["xdotool", "windowfocus", "--sync", window], capture_output=True, timeout=10).returncode == 0
    ), f"the dialog ({window}) cannot take the focus"
    return window


def answer_dialog(title, yes=None, keys=None):
    """Answers the native yes/no dialog titled `title` as a person would with the keyboard:
    Escape closes it (the safe answer, as the window's close button); No has the focus when it
    opens, so Yes is Tab (to the next button) then Return. Or presses `keys` as given."""
    window = dialog_window(title)
    if keys is None:
        keys = ["Tab", "Return"] if yes else ["Escape"]
    for key in keys:
        subprocess.run(["xdotool", "key", "--clearmodifiers", key], check=True, timeout=10)
    assert wait_until(
        lambda: window not in subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "^" + re.escape(title) + "$"],
            capture_output=True, text=True, timeout=10,
        ).stdout.split(),
        timeout=10,
    ), f"the dialog {title!r} is still open after {keys}"
