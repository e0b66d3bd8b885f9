"""The console and /docs in a real browser: headless Chromium (Debian's chromium + chromium-driver) driven by
Selenium against a real Gunicorn service.

Where Chromium is not installed these tests skip, unless PRODUCT_SEARCH_REQUIRE_BROWSER is set (CI). With
PRODUCT_SEARCH_SCREENSHOTS=<dir> (``make screenshots``) each page is also saved there as a PNG.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from product_search_harness.service import ServiceProcess

from .support import ADMIN, ADMIN_KEY

CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")
PRODUCTS = """id,description,brand
B-933-8,"Hex bolt M8x40 DIN 933, stainless steel A2, pack of 50",Fastenal
B-933-10,"Hex bolt M10x60 DIN 933, zinc plated steel, pack of 25",Fastenal
N-934-8,"Hex nut M8 DIN 934, stainless steel A2, pack of 100",Fastenal
D-18V,"Cordless drill driver 18V with two batteries and charger",Makita
S-600,"Hand saw for wood, 600 mm blade, hardened teeth",Bahco
"""
BAD = "id,description\nok-1,Claw hammer 450 g\nblank-2,   \n"


def _screenshot(driver: Any, name: str) -> None:
    target = os.environ.get("PRODUCT_SEARCH_SCREENSHOTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(Path(target) / f"{name}.png"))


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    if CHROMIUM is None or DRIVER is None:
        reason = "chromium or chromedriver missing (apt-get install chromium chromium-driver)"
        if os.environ.get("PRODUCT_SEARCH_REQUIRE_BROWSER"):
            pytest.fail(reason)
        pytest.skip(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


@pytest.fixture
def console(chromium: Any, gunicorn_factory: Callable[..., ServiceProcess]) -> tuple[Any, str]:
    service = gunicorn_factory(workers=1)
    return chromium, service.url


def _open(driver: Any, url: str, wait_for: str = "main[data-ready]") -> Any:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(url)
    return WebDriverWait(driver, 60).until(ec.presence_of_element_located((By.CSS_SELECTOR, wait_for)))


def _rendered(driver: Any, previous: str | None) -> None:
    """Wait until the view rendered again after an action (its data-ready stamp changed)."""
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 120).until(
        lambda d: d.execute_script("return document.getElementById('view').dataset.ready || null") != previous
    )


API_REFUSAL = re.compile(r"/v1/\S+ - Failed to load resource: the server responded with a status of 4\d\d")


def _errors(driver: Any) -> list[str]:
    """Errors in the browser's console: a script error, a resource the policy blocked or that is missing (the
    API's own 4xx answers, which the test provokes, aside)."""
    logged = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    return [m for m in logged if not API_REFUSAL.search(m)]


def test_console_upload_search_compare_and_errors(console: tuple[Any, str], tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    driver, base = console
    find = driver.find_element
    _open(driver, base + "/")
    assert "No catalog yet" in find(By.ID, "view").text
    _screenshot(driver, "console-empty")

    # The admin key, typed once, kept for the tab (never in the URL).
    find(By.CSS_SELECTOR, "details.keys summary").click()
    find(By.ID, "admin-key").send_keys(ADMIN_KEY)
    find(By.CSS_SELECTOR, "#keys button[type=submit]").click()
    assert driver.execute_script("return sessionStorage.getItem('product-search.admin-key')") == ADMIN_KEY

    # An upload with an invalid row: a readable message naming the row, nothing stored.
    bad = tmp_path / "bad.csv"
    bad.write_text(BAD)
    _open(driver, base + "/?view=upload&catalog=tools")
    find(By.ID, "upload-file").send_keys(str(bad))
    find(By.CSS_SELECTOR, "main form button[type=submit]").click()
    message = WebDriverWait(driver, 60).until(ec.visibility_of_element_located((By.CSS_SELECTOR, "#message strong")))
    text = find(By.ID, "message").text
    assert message.text == "request validation failed (422 validation_error)", text
    assert "products[1].description: must not be empty or blank" in text and "{" not in text, text
    _screenshot(driver, "console-upload-error")

    # The real file: progress, then the new catalog's version.
    good = tmp_path / "tools.csv"
    good.write_text(PRODUCTS)
    _open(driver, base + "/?view=upload&catalog=tools")
    find(By.ID, "upload-file").send_keys(str(good))
    find(By.CSS_SELECTOR, "main form button[type=submit]").click()
    WebDriverWait(driver, 120).until(ec.text_to_be_present_in_element((By.ID, "message"), "version"))
    assert re.fullmatch(r"tools: 5 products in a new catalog, version \d+", find(By.ID, "message").text)
    assert "ok" in find(By.ID, "message").get_attribute("class")
    _screenshot(driver, "console-upload")

    # A search from its URL alone: rank, score, signals, the size highlighted in the description.
    _open(driver, base + "/?view=search&catalog=tools&q=m8+hex+bolt+stainless&mode=hybrid", "#results")
    hits = driver.find_elements(By.CSS_SELECTOR, "#results li.hit")
    # The M8 bolt, then the other hex bolt (the type the query names), then the M8 nut.
    assert [h.get_attribute("data-id") for h in hits[:3]] == ["B-933-8", "B-933-10", "N-934-8"], [h.text for h in hits]
    assert "tools v" in find(By.CSS_SELECTOR, "#results > p").text
    assert "hybrid, model all-minilm-l6-v2:1" in find(By.CSS_SELECTOR, "#results > p").text
    first = hits[0]
    assert first.find_element(By.CSS_SELECTOR, ".rank").text == "#1"
    assert float(first.find_element(By.CSS_SELECTOR, ".score").text) > 0
    assert "dense" in first.text and "lexical" in first.text
    assert [m.text for m in first.find_elements(By.CSS_SELECTOR, "mark")] == ["M8"]
    assert find(By.ID, "q").get_attribute("value") == "m8 hex bolt stainless", "the form shows the URL's search"
    _screenshot(driver, "console-search")

    # The form changes the URL: the new search can be linked and reloaded.
    box = find(By.ID, "q")
    box.clear()
    box.send_keys("cordless drill")
    before = driver.execute_script("return document.getElementById('view').dataset.ready")
    find(By.CSS_SELECTOR, "form[role=search] button[type=submit]").click()
    _rendered(driver, before)
    assert "q=cordless+drill" in driver.current_url
    assert find(By.CSS_SELECTOR, "#results li.hit").get_attribute("data-id") == "D-18V"

    # Compare: the three modes side by side.
    _open(driver, base + "/?view=compare&catalog=tools&q=hand+saw", "#results")
    columns = driver.find_elements(By.CSS_SELECTOR, "#results > div[data-mode]")
    assert [c.get_attribute("data-mode") for c in columns] == ["dense", "lexical", "hybrid"]
    assert all(c.find_element(By.CSS_SELECTOR, "li.hit").get_attribute("data-id") == "S-600" for c in columns)
    _screenshot(driver, "console-compare")

    # An API error as a message: an unknown catalog.
    _open(driver, base + "/?view=search&catalog=nope&q=saw")
    assert "404" in find(By.ID, "message").text and "{" not in find(By.ID, "message").text

    # Catalogs, products, models, health.
    _open(driver, base + "/?view=catalogs")
    assert "tools 5" in find(By.CSS_SELECTOR, "main table").text and "all-minilm-l6-v2:1" in find(By.ID, "view").text
    _screenshot(driver, "console-catalogs")
    _open(driver, base + "/?view=products&catalog=tools")
    assert len(driver.find_elements(By.CSS_SELECTOR, "main tbody tr")) == 5
    _open(driver, base + "/?view=models")
    assert "all-minilm-l6-v2:1" in find(By.ID, "view").text
    _screenshot(driver, "console-models")
    _open(driver, base + "/?view=health")
    assert "Readiness: ready" in find(By.ID, "view").text
    assert "[object" not in find(By.ID, "view").text, "each fact as its name and value"
    _screenshot(driver, "console-health")
    assert not _errors(driver)

    # Readable at 360 px: nothing wider than the window but the tables' own scroll boxes.
    driver.set_window_size(360, 800)
    try:
        _open(driver, base + "/?view=search&catalog=tools&q=m8+hex+bolt&mode=hybrid", "#results")
        assert driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")
        _screenshot(driver, "console-search-360")
    finally:
        driver.set_window_size(1280, 900)


def test_console_edits_a_catalogs_synonyms(console: tuple[Any, str]) -> None:
    import requests
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    driver, base = console
    find = driver.find_element
    products = [{"id": f"p{i}", "description": d} for i, d in enumerate(["Check valve 1/2 inch brass", "Hex key set"])]
    created = requests.post(
        f"{base}/v1/catalogs/tools/products", json={"products": products}, headers=ADMIN, timeout=60
    )
    version = created.json()["version"]

    def stored() -> Any:
        return requests.get(f"{base}/v1/catalogs/tools/synonyms", timeout=10).json()

    def save(text: str) -> str:
        area = find(By.ID, "synonyms")
        area.clear()
        area.send_keys(text)
        find(By.ID, "save-synonyms").click()
        WebDriverWait(driver, 60).until(ec.visibility_of_element_located((By.CSS_SELECTOR, "#message strong")))
        return str(find(By.ID, "message").text)

    _open(driver, base + "/?view=products&catalog=tools", "#synonyms")
    assert find(By.ID, "synonyms").get_attribute("value") == ""
    assert find(By.ID, "synonyms-status").text == f"0 sets, catalog version {version}"
    assert "needs an admin key" in save("check valve, non-return valve"), "nothing is sent without the admin key"
    find(By.CSS_SELECTOR, "details.keys summary").click()
    find(By.ID, "admin-key").send_keys(ADMIN_KEY)
    before = driver.execute_script("return document.getElementById('view').dataset.ready")
    find(By.CSS_SELECTOR, "#keys button[type=submit]").click()
    _rendered(driver, before)

    # The API's field errors, placed where the operator typed them; nothing is stored.
    text = save("Non-return valve, check valve\n\nallen key\nhex key, Check Valves")
    assert text.startswith("2 problem(s) in the synonym sets; nothing was changed (422 validation_error)"), text
    assert "line 3: needs at least 2 different terms" in text, text
    assert "line 4, term 2: 'check valves' is also at line 1, term 2: a term may be in one set only" in text, text
    assert find(By.ID, "synonyms").get_attribute("aria-invalid") == "true"
    assert stored() == {"catalog": "tools", "version": version, "sets": []}
    _screenshot(driver, "console-synonyms-error")

    # Saved: normalized as stored, with the catalog's new version.
    text = save("Non-return valve,  check valve\n\nAllen key, hex key, ")
    assert text == f"tools: 2 synonym sets saved, version {version + 1}", text
    assert find(By.ID, "synonyms").get_attribute("value") == "non-return valve, check valve\nallen key, hex key"
    assert find(By.ID, "synonyms").get_attribute("aria-invalid") is None
    assert find(By.ID, "synonyms-status").text == f"2 sets, catalog version {version + 1}"
    sets = [["non-return valve", "check valve"], ["allen key", "hex key"]]
    assert stored() == {"catalog": "tools", "version": version + 1, "sets": sets}
    _open(driver, base + "/?view=products&catalog=tools", "#synonyms")  # a reload reads them back
    assert find(By.ID, "synonyms").get_attribute("value") == "non-return valve, check valve\nallen key, hex key"
    _screenshot(driver, "console-synonyms")
    assert not _errors(driver)


BMECAT = """<?xml version="1.0" encoding="UTF-8"?>
<BMECAT version="2005" xmlns="http://www.bmecat.org/bmecat/2005">
  <HEADER><CATALOG><LANGUAGE>eng</LANGUAGE><CATALOG_ID>ACME</CATALOG_ID></CATALOG></HEADER>
  <T_NEW_CATALOG>
    <PRODUCT mode="new"><SUPPLIER_PID>TD-8</SUPPLIER_PID>
      <PRODUCT_DETAILS><DESCRIPTION_SHORT>HSS twist drill 8 mm</DESCRIPTION_SHORT></PRODUCT_DETAILS>
      <PRODUCT_FEATURES>
        <REFERENCE_FEATURE_SYSTEM_NAME>ETIM-9.0</REFERENCE_FEATURE_SYSTEM_NAME>
        <REFERENCE_FEATURE_GROUP_ID>EC000180</REFERENCE_FEATURE_GROUP_ID>
        <REFERENCE_FEATURE_GROUP_NAME>Twist drill</REFERENCE_FEATURE_GROUP_NAME>
        <FEATURE><FNAME>Diameter</FNAME><FVALUE>8</FVALUE><FUNIT>mm</FUNIT></FEATURE>
      </PRODUCT_FEATURES>
    </PRODUCT>
    <PRODUCT mode="new"><SUPPLIER_PID>NO-TEXT</SUPPLIER_PID></PRODUCT>
  </T_NEW_CATALOG>
</BMECAT>
"""


def test_console_uploads_a_bmecat_file_and_shows_what_was_read(console: tuple[Any, str], tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    driver, base = console
    find = driver.find_element
    _open(driver, base + "/")
    find(By.CSS_SELECTOR, "details.keys summary").click()
    find(By.ID, "admin-key").send_keys(ADMIN_KEY)
    find(By.CSS_SELECTOR, "#keys button[type=submit]").click()
    catalog = tmp_path / "acme.xml"
    catalog.write_text(BMECAT)
    _open(driver, base + "/?view=upload&catalog=acme")
    find(By.ID, "upload-file").send_keys(str(catalog))
    find(By.CSS_SELECTOR, "main form button[type=submit]").click()
    read = WebDriverWait(driver, 120).until(ec.visibility_of_element_located((By.ID, "file-read")))
    assert re.fullmatch(r"acme: 1 products in a new catalog, version \d+", find(By.ID, "message").text)
    text = read.text
    assert "2005 new_catalog" in text and "Articles\n2" in text and "Skipped\n1" in text, text
    assert "PRODUCT 2 (NO-TEXT) no DESCRIPTION_SHORT or DESCRIPTION_LONG" in text, text
    assert "ETIM-9.0 EC000180 Twist drill 1" in text and "Diameter 1" in text, text
    assert "Language\neng" in text and not driver.find_elements(By.CSS_SELECTOR, "#file-read ul.warnings"), text
    _screenshot(driver, "console-upload-bmecat")
    import requests

    odd = {"id": "ZZ-ODD", "description": "Hex nut M8", "metadata": {"classes": "EC1", "features": [None, 5, {"x": 1}]}}
    sent = requests.post(f"{base}/v1/catalogs/acme/products", json={"products": [odd]}, headers=ADMIN, timeout=60)
    assert sent.status_code == 200, sent.text
    _open(driver, base + "/?view=products&catalog=acme")
    assert '"classes":"EC1"' in find(By.CSS_SELECTOR, "main tbody tr:last-child td.metadata").text, "odd shapes shown"
    row = find(By.CSS_SELECTOR, "main tbody tr")
    assert row.find_element(By.CSS_SELECTOR, "td.classes").text == "EC000180 Twist drill"
    assert row.find_element(By.CSS_SELECTOR, "td.features").text == "Diameter: 8 mm"
    # A German file: the upload says the default model reads English; the catalog list shows the language.
    catalog.write_text(BMECAT.replace("<LANGUAGE>eng</LANGUAGE>", "<LANGUAGE>deu</LANGUAGE>"))
    _open(driver, base + "/?view=upload&catalog=acme")
    find(By.ID, "upload-file").send_keys(str(catalog))
    find(By.CSS_SELECTOR, "main form button[type=submit]").click()
    read = WebDriverWait(driver, 120).until(ec.visibility_of_element_located((By.ID, "file-read")))
    assert "the catalog's language is 'deu'; the default model reads English" in read.text, read.text
    _open(driver, base + "/?view=catalogs", "main tbody tr")
    assert find(By.CSS_SELECTOR, "main tbody tr td.language").text == "deu"
    assert not _errors(driver)


def test_docs_render_the_operations_offline(console: tuple[Any, str]) -> None:
    from selenium.webdriver.common.by import By

    driver, base = console
    _open(driver, base + "/docs", ".opblock")
    operations = driver.find_elements(By.CSS_SELECTOR, ".opblock")
    assert len(operations) >= 15
    assert any("/v1/catalogs/{catalog}/search" in o.text for o in operations)
    _screenshot(driver, "docs")
    assert not _errors(driver)


def test_console_lists_stored_keys_and_revokes_one(console: tuple[Any, str]) -> None:
    import requests
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver, base = console
    body = {"name": "acme storefront", "actions": ["search"], "catalogs": ["acme-*"]}
    made = requests.post(f"{base}/v1/keys", json=body, headers=ADMIN, timeout=60).json()
    key_id, secret = made["key"]["id"], made["secret"]
    find = driver.find_element
    _open(driver, base + "/?view=keys")
    assert "401" in find(By.ID, "message").text, "the keys are an admin's to see"
    find(By.CSS_SELECTOR, "details.keys summary").click()
    find(By.ID, "admin-key").send_keys(ADMIN_KEY)
    before = driver.execute_script("return document.getElementById('view').dataset.ready")
    find(By.CSS_SELECTOR, "#keys button[type=submit]").click()
    _rendered(driver, before)
    row = find(By.CSS_SELECTOR, f"tr[data-key='{key_id}']")
    assert "acme storefront" in row.text and "active" in row.text and "acme-*" in row.text
    assert secret not in driver.page_source, "never a secret"
    before = driver.execute_script("return document.getElementById('view').dataset.ready")
    row.find_element(By.CSS_SELECTOR, "button.revoke").click()
    driver.switch_to.alert.accept()
    _rendered(driver, before)
    WebDriverWait(driver, 30).until(
        lambda d: "revoked" in d.find_element(By.CSS_SELECTOR, f"tr[data-key='{key_id}']").text
    )
    search = {"queries": ["x"]}
    refused = requests.post(
        f"{base}/v1/catalogs/acme-x/search", json=search, headers={"Authorization": f"Bearer {secret}"}, timeout=60
    )
    assert refused.status_code == 401
    _screenshot(driver, "console-keys")
    assert _errors(driver) == []
