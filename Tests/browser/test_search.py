"""Search: Pagefind's index of the built site, through its default UI on /search/."""

import re

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

BRIEF = "/briefs/pricing-water-for-informal-settlements/"
BODY_ONLY_WORD = "handcart"


def results(page):
    """The brief URLs of every current result (sub-results folded into their page), after
    pressing "Load more results" until all are shown."""
    for _ in range(20):
        buttons = page.driver.find_elements(By.CSS_SELECTOR, "button.pagefind-ui__button")
        if not buttons:
            break
        before = len(page.driver.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result"))
        page.js("arguments[0].click()", buttons[0])
        WebDriverWait(page.driver, 10).until(
            lambda d: len(d.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result")) > before)
    hrefs = page.js("return [...document.querySelectorAll('.pagefind-ui__result-link')].map(a => a.href)")
    return sorted({href.split("#", 1)[0].removeprefix(page.base_url) for href in hrefs})


def search(page, query):
    page.open("/search/")
    box = WebDriverWait(page.driver, 10).until(
        lambda d: d.find_element(By.CSS_SELECTOR, ".pagefind-ui__search-input"))
    box.send_keys(query)
    WebDriverWait(page.driver, 10).until(lambda _: results(page))
    return results(page)


def centre_of(site_dir, url):
    html = (site_dir / url.strip("/") / "index.html").read_text()
    return re.search(r'data-pagefind-filter="centre"><a href="[^"]*">([^<]+)</a>', html).group(1)


def test_the_word_is_only_in_one_brief_body(site_dir):
    """The premise of the next test, checked on the built pages."""
    holders = [p for p in (site_dir / "briefs").glob("*/index.html") if BODY_ONLY_WORD in p.read_text()]
    assert [p.parent.name for p in holders] == [BRIEF.strip("/").split("/")[-1]]
    html = holders[0].read_text()
    body = html.split('<div class="body">', 1)[1].split('<div class="notes"', 1)[0]
    assert BODY_ONLY_WORD in body
    assert BODY_ONLY_WORD not in html.split('<div class="body">', 1)[0]


def test_search_finds_a_brief_by_a_word_in_its_body(page):
    assert search(page, BODY_ONLY_WORD) == [BRIEF]
    page.screenshot("search-1280")


def test_search_filters_by_centre(page, site_dir):
    everything = search(page, "government")
    centres = {centre_of(site_dir, url) for url in everything}
    assert len(centres) >= 2, "the query should reach briefs of more than one centre"
    chosen = "Centre for Economic Governance"

    page.driver.find_element(By.XPATH, '//summary[contains(@class, "pagefind-ui__filter-name") and .="Centre"]').click()
    checkbox = page.driver.find_element(By.CSS_SELECTOR, f'input.pagefind-ui__filter-checkbox[value="{chosen}"]')
    page.js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", checkbox)
    checkbox.click()
    WebDriverWait(page.driver, 10).until(lambda _: results(page) and results(page) != everything)
    filtered = results(page)
    assert filtered and set(filtered) < set(everything)
    assert {centre_of(site_dir, url) for url in filtered} == {chosen}


def test_notes_and_navigation_are_not_indexed(page):
    page.open("/search/")
    # A phrase that is only in a note of the brief, and a word only in the site's navigation.
    for query in ("Kjellén", "Skip"):
        box = page.driver.find_element(By.CSS_SELECTOR, ".pagefind-ui__search-input")
        box.clear()
        box.send_keys(query)
        WebDriverWait(page.driver, 10).until(
            lambda d: "No results" in d.find_element(By.CSS_SELECTOR, ".pagefind-ui").text
            or results(page))
        assert results(page) == [], f"{query!r} should not be in the index"
