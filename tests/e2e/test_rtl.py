"""Right to left: a consultation with an Arabic-speaking client. The staff's Japanese stays left to
right beside the client's Arabic; the slip, which leads with the client's language, is laid out
from the right; phone numbers and dial codes read left to right in every context; axe-core finds
nothing. Measured in the rendered page (where the letters are), not only in the attributes."""

import re
import subprocess
import time
import unicodedata

from selenium.webdriver.common.by import By

from ui import answer, assert_accessible, run_consultation, shoot, start, wait_screen, wait_until

ARABIC = re.compile(r"[\u0600-\u06ff]")

# A Syrian woman (the documents name Syrian evacuees: 004_ec95494c84c58a00.txt L1623-1627), raped
# within the last 72 hours, in danger now, undecided about the police.
PLAN = {
    "danger": ["immediate"],
    "injured": ["no"],
    "concern": ["sexual_violence"],
    "age_group": ["adult"],
    "gender": ["female"],
    "nationality": ["foreign"],
    "residence": ["other_status"],
    "recent": ["within_72h"],
    "police": ["undecided"],
}

# For each element: its lang, dir, the direction it is laid out in, where its text starts and
# ends on screen, and whether each run of digits (with # and -) in it, a phone number or dial code,
# runs left to right on screen, in whatever text surrounds it.
MEASURE = """
const els = [...document.querySelectorAll(arguments[0])];
return els.map((e) => {
  // An inline element is as wide as its text: where it starts is read in the block around it.
  const block = getComputedStyle(e).display === "inline" ? e.parentElement : e;
  const box = block.getBoundingClientRect();
  const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
  const runs = [];
  let left = Infinity, right = -Infinity;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    let run = null;
    for (let i = 0; i < n.length; i++) {
      const ch = n.data[i];
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + 1);
      const c = r.getBoundingClientRect();
      if (/\\S/.test(ch) && c.width > 0) {
        left = Math.min(left, c.left);
        right = Math.max(right, c.right);
      }
      if (/[0-9#-]/.test(ch)) {
        if (!run) runs.push((run = []));
        run.push(c.left);
      } else {
        run = null;
      }
    }
  }
  return {
    text: e.textContent, lang: e.getAttribute("lang"), dir: e.getAttribute("dir"),
    direction: getComputedStyle(e).direction, font: getComputedStyle(e).fontFamily,
    boxLeft: box.left, boxRight: box.right, textLeft: left, textRight: right,
    numbers: runs.length,
    leftToRight: runs.every((xs) => xs.every((x, i) => i === 0 || x > xs[i - 1])),
  };
});
"""


def measure(driver, css):
    found = driver.execute_script(MEASURE, css)
    assert found, f"nothing matches {css}"
    return found


def assert_right_to_left_block(m):
    assert (m["lang"], m["dir"], m["direction"]) == ("ar", "rtl", "rtl"), m
    assert m["font"].startswith('"Noto Naskh Arabic"'), m
    assert ARABIC.search(m["text"]), m
    # Starts at the right edge of its box (it reads from the right).
    assert abs(m["textRight"] - m["boxRight"]) < 4 and m["textLeft"] - m["boxLeft"] > 4, m


def assert_left_to_right_block(m, lang="ja"):
    assert (m["lang"], m["direction"]) == (lang, "ltr"), m
    assert abs(m["textLeft"] - m["boxLeft"]) < 4, m
    if lang == "ja":
        # Linux's stack: the package's Noto fonts only (a family the system lacks costs a lookup).
        assert m["font"].split(",")[0].strip('" ') == "Noto Sans CJK JP", m
        assert all(f.strip('" ').startswith("Noto ") or f.strip() == "sans-serif" for f in m["font"].split(",")), m


def assert_numbers_read_left_to_right(driver, css):
    """Every number in the matches reads left to right; contacts (numbers, addresses) are also laid
    out left to right. Returns the texts."""
    values = measure(driver, css)
    assert any(v["numbers"] for v in values), f"{css}: no number in {values}"
    for v in values:
        assert v["leftToRight"], f"{css}: {v}"
        if "contact-value" in css or "emergency-number" in css:
            assert (v["dir"], v["direction"]) == ("ltr", "ltr"), f"{css}: {v}"
    return [v["text"] for v in values]


def test_an_arabic_consultation_question_result_and_slip(app):
    first = start(app, staff="ja", client="ar")
    assert first == "danger"
    # The page is the staff's (Japanese, left to right); the client's blocks carry their own.
    assert app.execute_script("return [document.documentElement.lang, document.documentElement.dir];") == ["ja", "ltr"]
    assert_left_to_right_block(measure(app, ".question-staff")[0])
    assert_right_to_left_block(measure(app, ".question-client")[0])
    for option in measure(app, ".option-client"):
        assert_right_to_left_block(option)
    for option in measure(app, ".option-staff"):
        assert_left_to_right_block(option)
    # The strip: "Police 110" in Arabic reads from the right, and 110 is still 110.
    strip = measure(app, ".strip-number .secondary")
    assert all(s["dir"] == "rtl" and ARABIC.search(s["text"]) for s in strip), strip
    assert_numbers_read_left_to_right(app, ".strip-number[data-number='110']")
    shoot(app, "question-ja-ar")
    assert_accessible(app, "question in Arabic")

    # Danger: the police at the top at once; the number left to right beside the Arabic name.
    answer(app, ["immediate"])
    assert assert_numbers_read_left_to_right(app, ".emergency-number") == ["110"]
    assert_accessible(app, "question with an emergency in Arabic")

    run_consultation(app, PLAN)
    shoot(app, "result-ja-ar")
    cards = [c.get_attribute("data-service") for c in app.find_elements(By.CSS_SELECTOR, ".card[data-service]")]
    assert cards[0] == "police_emergency" and "police_sexual_crime_8103" in cards, cards
    for name in measure(app, ".card-name-client"):
        assert_right_to_left_block(name)
    for name in measure(app, ".card-name"):
        assert_left_to_right_block(name)
    numbers = assert_numbers_read_left_to_right(app, ".card button.contact-value")
    assert "#8103" in numbers and "110" in numbers, numbers
    fit = measure(app, ".language-fit .fit-label.secondary")
    assert fit and all(f["dir"] == "rtl" and f["direction"] == "rtl" for f in fit), fit
    assert_accessible(app, "result in Arabic")

    app.find_element(By.CSS_SELECTOR, "button.slip-button").click()
    wait_screen(app, "slip")
    slip = measure(app, "section.slip")[0]
    assert (slip["dir"], slip["direction"]) == ("rtl", "rtl"), slip
    # Mirrored: the client's Arabic column on the right, the Japanese one on the left.
    client = measure(app, ".slip-card .slip-client")
    reference = measure(app, ".slip-card .slip-reference")
    assert len(client) == len(reference) == len(cards)
    for c, r in zip(client, reference):
        assert c["boxLeft"] >= r["boxRight"] - 1, (c, r)
    for label in measure(app, ".slip-client dt"):
        assert_right_to_left_block(label)
    for label in measure(app, ".slip-reference dt"):
        assert_left_to_right_block(label)
    # The Japanese column is laid out left to right throughout, its numbers at its left.
    for contacts in measure(app, ".slip-reference .contacts"):
        assert contacts["direction"] == "ltr" and contacts["textLeft"] - contacts["boxLeft"] < 20, contacts
    for title in measure(app, ".slip-name > span[lang=ar]"):
        assert_right_to_left_block(title)
    for title in measure(app, ".slip-name > span[lang=ja]"):
        assert (title["dir"], title["direction"]) == ("ltr", "ltr"), title
    numbers = assert_numbers_read_left_to_right(app, ".slip-client button.contact-value")
    assert "#8103" in numbers and "110" in numbers, numbers
    shoot(app, "slip-ja-ar")
    assert_accessible(app, "slip in Arabic")


def flat(text):
    """Letters and digits only, NFKC (Arabic presentation forms back to letters)."""
    return "".join(c for c in unicodedata.normalize("NFKC", text) if unicodedata.category(c)[0] in "LN")


def xdotool(*args):
    return subprocess.run(["xdotool", *args], check=True, capture_output=True, text=True, timeout=30).stdout.strip()


def test_the_arabic_slip_prints_numbers_left_to_right_with_japanese_beside_them(app):
    """On paper, as on screen: every card's Japanese name, Arabic letters, and each phone number
    and dial code with its digits in their order."""
    from conftest import PRINTS

    out = PRINTS / "output.pdf"
    out.unlink(missing_ok=True)
    start(app, staff="ja", client="ar")
    run_consultation(app, PLAN)
    app.find_element(By.CSS_SELECTOR, "button.slip-button").click()
    wait_screen(app, "slip")
    japanese = [flat(e.text) for e in app.find_elements(By.CSS_SELECTOR, ".slip-name > span[lang=ja]")]
    numbers = {e.text for e in app.find_elements(By.CSS_SELECTOR, ".slip-client button.contact-value") if re.fullmatch(r"[#0-9-]+", e.text)}
    assert japanese and "#8103" in numbers, (japanese, numbers)

    app.find_element(By.CSS_SELECTOR, "button.print").click()
    dialog = xdotool("search", "--sync", "--onlyvisible", "--name", "^Print$").split()[0]
    xdotool("windowfocus", "--sync", dialog)
    xdotool("key", "--clearmodifiers", "Down")
    time.sleep(0.5)
    xdotool("key", "--clearmodifiers", "Return")
    assert wait_until(lambda: out.exists() and out.stat().st_size > 0 and b"%%EOF" in out.read_bytes()[-1024:], timeout=60)
    raw = subprocess.run(["pdftotext", "-raw", str(out), "-"], check=True, capture_output=True, text=True).stdout
    printed = flat(raw)
    for name in japanese:
        assert name in printed, f"{name} is not on the paper"
    assert ARABIC.search(unicodedata.normalize("NFKC", raw)), "no Arabic on the paper"
    for number in numbers:
        assert number in raw, f"{number} is not on the paper in its order"
