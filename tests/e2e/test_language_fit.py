"""The client's language in every referral: a Vietnamese and a Nepali technical intern with a labour
problem and domestic violence. Result cards, the slip and the Directory show, for the client's
language, the fit and the contact to use first, as `madoguchi route --client-lang` gives them."""

import json
import re
import subprocess

import pytest
from selenium.webdriver.common.by import By

from conftest import CLI
from test_directory_records import open_with_keyboard, wait_list
from ui import (
    TOFU_FREE_SCRIPTS,
    assert_accessible,
    choose_language,
    run_consultation,
    services,
    shoot,
    start,
    wait_screen,
    WebDriverWait,
)

SCRIPTS = {**TOFU_FREE_SCRIPTS, "ne": re.compile(r"[\u0900-\u097f]")}

# A technical intern, an adult woman, not in danger now: unpaid wages and a violent partner.
INTERN = {
    "danger": ["none"],
    "injured": ["no"],
    "concern": ["labour_problem", "domestic_violence"],
    "age_group": ["adult"],
    "gender": ["female"],
    "nationality": ["foreign"],
    "residence": ["technical_intern"],
}


def facts_of(plan, asked):
    return {q: v for q, v in plan.items() if q in asked and v != ["unknown"]}


def cli_fits(facts, client_lang):
    """`madoguchi route --client-lang --json`: (service, fit, contact to use first), in order."""
    args = [str(CLI), "route", "--json", "--client-lang", client_lang]
    for key, values in facts.items():
        for v in values:
            args += ["--fact", f"{key}={v}"]
    out = json.loads(subprocess.run(args, check=True, capture_output=True, text=True).stdout)
    return [(r["service"], r["language"]["fit"], r["language"]["contact"]) for r in out["referrals"]]


def shown_fits(driver, card_selector, contacts_within=""):
    """Per card, read in one go: service, data-fit, the contact marked "use first" and the first
    contact listed (values), the texts of the fit and their languages."""
    return driver.execute_script(
        """
        const [cards, within] = arguments;
        return [...document.querySelectorAll(cards)].map((c) => {
          const root = within ? c.querySelector(within) : c;
          const marked = root.querySelectorAll('[data-use-first=true]');
          const value = (li) => li ? li.querySelector('.contact-value').textContent : null;
          return {
            service: c.dataset.service,
            fit: c.dataset.fit ?? null,
            marked: marked.length ? value(marked[0]) : null,
            markedCount: marked.length,
            firstListed: value(root.querySelector('.contacts > li')),
            markLangs: marked.length ? [...marked[0].querySelectorAll('.use-first [lang]')].map((s) => s.lang) : [],
            labels: [...root.querySelectorAll('.language-fit .fit-label')].map((s) => [s.lang, s.textContent]),
            advice: [...root.querySelectorAll('.language-fit .fit-advice [lang]')].map((s) => [s.lang, s.textContent]),
          };
        });
        """,
        card_selector,
        contacts_within,
    )


def assert_matches_cli(shown, expected, langs, where):
    assert [s["service"] for s in shown] == [s for s, _, _ in expected], f"{where}: order differs from the CLI"
    for card, (service, fit, contact) in zip(shown, expected):
        assert card["fit"] == fit, f"{where} {service}: shows {card['fit']}, CLI says {fit}"
        assert card["marked"] == contact, f"{where} {service}: marks {card['marked']}, CLI says {contact}"
        if contact is not None:
            assert card["markedCount"] == 1 and card["firstListed"] == contact, f"{where} {service}: not listed first"
            assert card["markLangs"] == langs, f"{where} {service}: mark in {card['markLangs']}"
        assert [lang for lang, _ in card["labels"]] == langs, f"{where} {service}: fit in {card['labels']}"
        for lang, text in card["labels"]:
            assert SCRIPTS[lang].search(text), f"{where} {service}: fit text {text!r} is not {lang}"
        if fit in ("unknown", "none"):
            assert [lang for lang, _ in card["advice"]] == langs, f"{where} {service}: advice {card['advice']}"
        else:
            assert card["advice"] == [], f"{where} {service}: advice on a usable line"


def fit_for(expected, service):
    return next((fit, contact) for s, fit, contact in expected if s == service)


def scroll_to(driver, selector, at=90):
    """Puts the element `at` pixels from the top (below the strip). Cards off screen are laid out only when
    scrolled to (content-visibility), which moves what follows: scroll until it stays."""
    driver.execute_async_script(
        """
        const [selector, at, done] = arguments;
        const e = document.querySelector(selector);
        let tries = 0;
        const step = () => {
          const top = e.getBoundingClientRect().top;
          if (Math.abs(top - at) < 2 || ++tries > 10) return done();
          window.scrollBy(0, top - at);
          requestAnimationFrame(() => requestAnimationFrame(step));
        };
        step();
        """,
        selector,
        at,
    )


@pytest.mark.parametrize("client", ["vi", "ne"])
def test_result_and_slip_give_the_clients_language_first(app, client):
    start(app, staff="ja", client=client)
    asked = ["danger"] + run_consultation(app, INTERN)
    expected = cli_fits(facts_of(INTERN, asked), client)
    fits = {fit for _, fit, _ in expected}
    assert "native" in fits and fits & {"unknown", "none"}, f"the case should show both kinds: {expected}"

    # Result: the CLI's order, fit and contact on every card; the fit in Japanese and the client's language.
    assert services(app) == [s for s, _, _ in expected]
    assert_matches_cli(shown_fits(app, ".card[data-service]"), expected, ["ja", client], "result")
    # Within standard, what the client can use in their language comes first.
    ranks = [fit in ("native", "interpreter") for _, fit, _ in expected]
    assert ranks == sorted(ranks, reverse=True), expected
    if client == "vi":
        assert fit_for(expected, "otit_native_language")[0] == "native", "OTIT has a Vietnamese line"
    # The number stays in sight: the first card's marked contact is on screen at the top.
    first = app.find_element(By.CSS_SELECTOR, ".card [data-use-first=true] .contact-value")
    assert first.is_displayed()
    assert app.execute_script("return arguments[0].getBoundingClientRect().bottom <= window.innerHeight;", first)
    shoot(app, f"fit-result-ja-{client}")
    assert_accessible(app, f"result, {client} client")
    unusable = next(s for s, fit, _ in expected if fit in ("unknown", "none"))
    scroll_to(app, f".card[data-service={unusable}] .language-fit", at=330)
    shoot(app, f"fit-result-advice-ja-{client}")

    # The slip (the client takes it): the same order; each column in its own language, the
    # client's-language contact first.
    app.execute_script("window.scrollTo(0, 0);")
    app.find_element(By.CSS_SELECTOR, "button.slip-button").click()
    wait_screen(app, "slip")
    assert_matches_cli(shown_fits(app, ".slip-card", ".slip-client"), expected, [client], "slip, client side")
    assert_matches_cli(shown_fits(app, ".slip-card", ".slip-reference"), expected, ["ja"], "slip, Japanese side")
    shoot(app, f"fit-slip-ja-{client}")
    assert_accessible(app, f"slip, {client} client")
    scroll_to(app, f".slip-card[data-service={unusable}] .slip-client .language-fit", at=330)
    shoot(app, f"fit-slip-advice-ja-{client}")


def directory_fits(driver):
    return driver.execute_script(
        """
        return Object.fromEntries([...document.querySelectorAll('.directory-entry[data-service]')].map((e) => {
          const marked = e.querySelector('[data-use-first=true] .contact-value');
          return [e.dataset.service, [e.dataset.fit ?? null, marked ? marked.textContent : null]];
        }));
        """
    )


@pytest.mark.parametrize("client", ["vi", "ne"])
def test_the_directory_shows_each_entrys_fit_for_the_start_screens_client_language(app, client):
    wait_screen(app, "start")
    choose_language(app, "client-lang", client)
    WebDriverWait(app, 10).until(lambda d: d.find_element(By.ID, "client-lang").get_attribute("value") == client)
    open_with_keyboard(app, "button.open-directory", "directory")
    total = int(app.find_element(By.CSS_SELECTOR, ".directory-count").get_attribute("data-total"))
    wait_list(app, lambda s: len(s) == total)
    # The language the fit is for is on screen: the start screen's choice.
    assert app.find_element(By.ID, "directory-fit-language").get_attribute("value") == client
    shown = directory_fits(app)
    # The same fit and contact as the route gives for the services of the consultation above.
    expected = cli_fits(INTERN, client)
    for service, fit, contact in expected:
        assert shown[service] == [fit, contact], f"{service}: directory {shown[service]}, CLI {fit} {contact}"
    labels = app.execute_script(
        "return [...document.querySelectorAll('.directory-entry .fit-label')].map((s) => [s.lang, s.textContent]);"
    )
    assert {lang for lang, _ in labels} == {"ja", client}
    assert all(SCRIPTS[lang].search(text) for lang, text in labels), labels
    shoot(app, f"fit-directory-top-ja-{client}")
    scroll_to(app, ".directory-entry[data-service=otit_native_language]" if client == "vi" else ".directory-entry[data-service=houterasu_multilingual]")
    shoot(app, f"fit-directory-ja-{client}")
    assert_accessible(app, f"directory, {client} client")

    # The language filter speaks canonical tags (Filipino is `fil`, never `tl`); filtered by the
    # client's language, every entry is one the client can use in it.
    options = app.execute_script("return [...document.querySelectorAll('#directory-language option')].map((o) => o.value);")
    assert "fil" in options and "tl" not in options, options
    choose_language(app, "directory-language", client)
    listed = wait_list(app, lambda s: 0 < len(s) < total)
    fits = directory_fits(app)
    assert {fits[s][0] for s in listed} <= {"native", "interpreter"}, fits

    # Another client language, chosen here: the fits follow, and it is the app's client language.
    other = "ne" if client == "vi" else "vi"
    choose_language(app, "directory-language", "")
    wait_list(app, lambda s: len(s) == total)
    choose_language(app, "directory-fit-language", other)
    wanted = {service: [fit, contact] for service, fit, contact in cli_fits(INTERN, other)}
    WebDriverWait(app, 10).until(lambda d: {s: v for s, v in directory_fits(d).items() if s in wanted} == wanted)
    app.execute_script("window.scrollTo(0, 0);")
    app.find_element(By.CSS_SELECTOR, "button.back").click()
    wait_screen(app, "start")
    assert app.find_element(By.ID, "client-lang").get_attribute("value") == other


def test_the_directory_uses_the_settings_client_language_when_none_was_chosen(launch, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.toml").write_text('staff_lang = "ja"\nclient_lang = "ne"\n', encoding="utf-8")
    app = launch(data)
    open_with_keyboard(app, "button.open-directory", "directory")
    assert app.find_element(By.ID, "directory-fit-language").get_attribute("value") == "ne"
    total = int(app.find_element(By.CSS_SELECTOR, ".directory-count").get_attribute("data-total"))
    wait_list(app, lambda s: len(s) == total)
    shown = directory_fits(app)
    for service, fit, contact in cli_fits(INTERN, "ne"):
        assert shown[service] == [fit, contact], service
