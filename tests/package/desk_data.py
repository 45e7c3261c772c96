"""The desk's data survives the package: removing Madoguchi leaves its data folder as it was.

Two steps around `apt-get remove` (scripts/test.sh runs them with the installed package):

    python tests/package/desk_data.py prepare DIR   # under a display, the package installed
    apt-get remove -y madoguchi
    python tests/package/desk_data.py check DIR

`prepare` makes a desk's data where the installed app looks for it by default — the platform's
app-data folder, here $XDG_DATA_HOME/jp.madoguchi.desktop with XDG_DATA_HOME and XDG_CONFIG_HOME
pointed into DIR, so no real desk's data is touched — : a referral log of 50 records
(madoguchi-store-soak fill), settings.toml and site-override.toml. It starts the INSTALLED app
(/usr/bin/madoguchi-app, over WebDriver, no --data-dir) and checks, on its Settings screen, that
it found that folder, read the 50 records and loaded the override; the app is quit, and every file
under DIR is fingerprinted (SHA-256) into DIR/manifest.json. `check` finds the package gone and
every file as it was.
"""

import hashlib
import json
import os
import pathlib
import subprocess
import sys

E2E = pathlib.Path(__file__).resolve().parents[1] / "e2e"
sys.path.insert(0, str(E2E))

APP = pathlib.Path(os.environ.get("MADOGUCHI_APP", "/usr/bin/madoguchi-app"))
IDENTIFIER = "jp.madoguchi.desktop"  # tauri.conf.json: the app-data folder's name
RECORDS = 50
SETTINGS = 'idle_seconds = 240\ndesk = "desk-3"\nstaff_lang = "ja"\nclient_lang = "vi"\nretention_years = 3\n'
OVERRIDE = """\
# This desk's own entry
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


def fingerprints(root):
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != "manifest.json"
    }


def prepare(root):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    import test_reports  # the tests' own seeding: madoguchi-store-soak fill
    import ui
    from bench_desktop import start_driver
    from conftest import TARGET, _stop, new_session

    os.environ["XDG_DATA_HOME"] = str(root / "share")
    os.environ["XDG_CONFIG_HOME"] = str(root / "config")
    os.environ.pop("MADOGUCHI_DATA_DIR", None)
    folder = root / "share" / IDENTIFIER
    test_reports.fill(folder, live=RECORDS, training=0, seed=3)
    (folder / "settings.toml").write_text(SETTINGS, encoding="utf-8")
    (folder / "site-override.toml").write_text(OVERRIDE, encoding="utf-8")

    proc, url = start_driver()  # inherits XDG_*: the app launched through it does too
    try:
        d = new_session(url, APP)
        ui.wait_screen(d, "start", timeout=60)
        ActionChains(d).key_down(Keys.ALT).send_keys("s").key_up(Keys.ALT).perform()
        ui.wait_screen(d, "settings")
        ui.wait_until(lambda: d.find_elements(By.CSS_SELECTOR, "section.settings[data-loaded=true]"), timeout=30)
        shown = d.find_element(By.CSS_SELECTOR, ".data-dir").text
        count = d.find_element(By.CSS_SELECTOR, ".log-records").get_attribute("data-count")
        status = d.find_element(By.CSS_SELECTOR, ".settings-override").get_attribute("data-status")
        d.quit()
    finally:
        _stop(proc, TARGET / "bench-tauri-driver.log")
    assert shown == str(folder), f"the installed app used {shown}, not the platform's folder {folder}"
    assert count == str(RECORDS), f"the installed app counted {count} records, not {RECORDS}"
    assert status == "loaded", f"the override file is {status}"
    manifest = fingerprints(root)
    assert {"share/jp.madoguchi.desktop/madoguchi.sqlite3", "share/jp.madoguchi.desktop/settings.toml",
            "share/jp.madoguchi.desktop/site-override.toml"} <= manifest.keys(), manifest
    (root / "manifest.json").write_text(json.dumps(manifest, indent=1))
    print(f"desk data prepared and read by {APP}: {len(manifest)} files under {root}")


def check(root):
    installed = subprocess.run(["dpkg-query", "-W", "-f=${Status}", "madoguchi"], capture_output=True, text=True)
    assert "install ok installed" not in installed.stdout, "the package is still installed"
    assert not APP.exists(), f"{APP} is still there after removal"
    before = json.loads((root / "manifest.json").read_text())
    after = fingerprints(root)
    missing = sorted(before.keys() - after.keys())
    changed = sorted(k for k in before.keys() & after.keys() if before[k] != after[k])
    assert not missing and not changed, f"after removal: missing {missing}, changed {changed}"
    print(f"desk data untouched by the removal: {len(before)} files, each with the same SHA-256")


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("prepare", "check"):
        sys.exit(__doc__)
    root = pathlib.Path(sys.argv[2]).resolve()
    root.mkdir(parents=True, exist_ok=True)
    (prepare if sys.argv[1] == "prepare" else check)(root)
