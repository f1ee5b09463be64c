"""What a person sees, in a real headless Chromium: the rendered review page, and the service's
web app with the sample article pasted in. Both leave a screenshot (in EXTRACTOR_SCREENSHOTS,
a folder, when set; the README's picture is made this way)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
# CI (.ci/run) installs the browser and sets EXTRACTOR_REQUIRE_BROWSER: there a missing browser fails.
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and DRIVER) and not os.environ.get("EXTRACTOR_REQUIRE_BROWSER"),
    reason="no headless Chromium here: apt-get install chromium chromium-driver (.ci/run installs them)",
)
SAMPLE = FIXTURES / "sample-yen-so.txt"


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM or ""
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1400,900",
    ):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def _screenshot(driver, tmp_path: Path, name: str) -> Path:
    folder = Path(os.environ.get("EXTRACTOR_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    assert driver.save_screenshot(str(path))
    assert path.stat().st_size > 10_000  # a picture, not an empty frame
    return path


def _in_view(driver, element) -> bool:
    return driver.execute_script(
        "var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;", element
    )


def _click_row_and_check_it_scrolls(driver, ref: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    piece = driver.find_element(By.CSS_SELECTOR, f'.pc[data-refs~="{ref}"]')
    driver.execute_script("window.scrollTo(0, 0)")
    row = driver.find_element(By.CSS_SELECTOR, f'.row[data-ref="{ref}"]')
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", row)  # the table scrolls on its own
    row.click()
    WebDriverWait(driver, 5).until(lambda d: "flash" in piece.get_attribute("class"))
    assert _in_view(driver, piece)


def test_the_rendered_page_highlights_and_scrolls(browser, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    out = tmp_path / "review"
    subprocess.run(
        [sys.executable, "-m", "extractor", "render", str(SAMPLE), "--out", str(out)], check=True, capture_output=True, timeout=120
    )  # fmt: skip
    browser.get((out / "sample-yen-so.html").as_uri())
    assert browser.find_elements(By.CSS_SELECTOR, ".pc.has-money")
    assert len(browser.find_elements(By.CSS_SELECTOR, "aside table tbody tr")) > 20
    money = browser.find_element(By.CSS_SELECTOR, '.pc[data-refs~="m0"]')
    assert "15\u202f800\u202f000\u202f000 VND" in money.get_attribute("title")  # the value on hover (thin spaces)
    bars = browser.find_elements(By.CSS_SELECTOR, ".bar.k-money")
    assert bars and all(bar.is_displayed() for bar in bars)
    # the last money row: far down the article, so the click must scroll to it
    _click_row_and_check_it_scrolls(browser, "m1")
    browser.find_element(By.CSS_SELECTOR, '.legend input[data-kind="money"]').click()
    assert not any(bar.is_displayed() for bar in bars)  # the legend switches a kind off
    browser.find_element(By.CSS_SELECTOR, '.legend input[data-kind="money"]').click()
    browser.execute_script("window.scrollTo(0, 0)")
    _screenshot(browser, tmp_path, "review-page.png")


def test_the_web_app_reads_a_pasted_article(browser, service_url: str, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(service_url + "/")
    box = browser.find_element(By.ID, "text")
    # Pasting: the whole text arrives at once (typing 5,000 characters one by one is not what a person does).
    browser.execute_script(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));",
        box,
        SAMPLE.read_text(encoding="utf-8"),
    )
    browser.find_element(By.ID, "read").click()
    WebDriverWait(browser, 60).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#result .pc"))
    assert "Done:" in browser.find_element(By.ID, "status").text
    names = [
        td.text
        for td in browser.find_elements(By.CSS_SELECTOR, "#result aside section:first-of-type tbody td:first-child")
    ]
    assert names == ["Nguyễn Minh Tâm"]
    assert "15800000000" in browser.find_element(By.ID, "json").get_attribute("textContent")
    assert browser.find_element(By.ID, "download").get_attribute("href").startswith("blob:")
    _click_row_and_check_it_scrolls(browser, "m1")
    browser.execute_script("window.scrollTo(0, 0)")
    _screenshot(browser, tmp_path, "review-app.png")


def test_the_web_app_shows_an_error_it_is_given(browser, service_url: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(service_url + "/")
    browser.find_element(By.ID, "read").click()  # nothing pasted
    WebDriverWait(browser, 30).until(lambda d: "error" in d.find_element(By.ID, "status").get_attribute("class"))
    assert browser.find_element(By.ID, "status").text.startswith("empty_text:")


def test_the_web_app_reads_an_uploaded_page(browser, service_url: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(service_url + "/")
    browser.find_element(By.ID, "page").send_keys(str(FIXTURES / "pages" / "longform-1238587.html"))
    browser.find_element(By.ID, "read").click()
    WebDriverWait(browser, 60).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#result header.meta h1"))
    assert browser.find_element(By.CSS_SELECTOR, "#result header.meta h1").text.startswith("Xã Phú Xuyên")
    assert browser.find_element(By.CSS_SELECTOR, "#result header.meta .author").text == "Hiền Thu"
    assert browser.find_elements(By.CSS_SELECTOR, "#result .pc.has-official")
