"""A brief in several languages (DESIGN §7): the language switcher, alternates, a right-to-left
page that mirrors, notes that keep a Latin citation's order, and search per language."""

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import WIDE

ENGLISH = "/briefs/pricing-water-for-informal-settlements/"
URDU = "/ur/briefs/pricing-water-for-informal-settlements/"


def switcher_links(page):
    return page.driver.find_elements(By.CSS_SELECTOR, "nav.language-switcher a")


def test_the_switcher_goes_to_the_translation_and_back(page):
    page.open(ENGLISH)
    links = switcher_links(page)
    assert [a.text for a in links] == ["English", "اردو"]
    assert links[0].get_attribute("aria-current") == "true"
    assert links[1].get_attribute("lang") == "ur" and links[1].get_attribute("hreflang") == "ur"
    links[1].click()
    WebDriverWait(page.driver, 10).until(lambda d: d.current_url.endswith(URDU))
    assert page.js("return [document.documentElement.lang, document.documentElement.dir]") == ["ur", "rtl"]
    assert page.js("return getComputedStyle(document.body).direction") == "rtl"
    links = switcher_links(page)
    assert links[1].get_attribute("aria-current") == "true"
    assert page.driver.find_element(By.CSS_SELECTOR, "h1.brief-title").text == "کم پانی، زیادہ قیمت"
    links[0].click()
    WebDriverWait(page.driver, 10).until(lambda d: d.current_url.endswith(ENGLISH))
    assert page.js("return document.documentElement.lang") == "en"


def test_each_version_names_the_others_for_search_engines(page):
    page.open(URDU)
    alternates = page.js("return [...document.querySelectorAll('link[rel=alternate][hreflang]')]"
                         ".map(l => [l.hreflang, new URL(l.href).pathname])")
    assert alternates == [["en", ENGLISH], ["ur", URDU], ["x-default", ENGLISH]]
    page.open("/briefs/county-water-services-bill-submission/")
    assert not switcher_links(page), "a brief in one language has no switcher"


def test_the_right_to_left_page_mirrors(page):
    page.viewport(WIDE)
    page.open(URDU)
    title = page.driver.find_element(By.CSS_SELECTOR, "h1.brief-title")
    body = page.driver.find_element(By.CSS_SELECTOR, ".body")
    sidenote = page.driver.find_element(By.CSS_SELECTOR, ".body > .sidenote")
    paragraph = page.js("let e = arguments[0].nextElementSibling;"
                        "while (e && e.classList.contains('sidenote')) e = e.nextElementSibling; return e;", sidenote)
    t, b, s, p = (page.rect(e) for e in (title, body, sidenote, paragraph))
    assert abs(t["right"] - b["right"]) < 2, "the title starts at the right edge of the text column"
    assert s["right"] <= p["left"] - 16, "sidenotes sit in the left margin"
    assert page.js("return getComputedStyle(arguments[0]).textAlign", paragraph) in ("start", "right")
    font = page.js("return getComputedStyle(arguments[0]).fontFamily", paragraph)
    assert "Noto Nastaliq Urdu" in font
    page.screenshot("brief-ur-1280")


def test_a_latin_citation_in_an_urdu_note_keeps_its_order(page):
    page.open(URDU)
    notes = page.driver.find_elements(By.CSS_SELECTOR, ".footnotes li")
    assert len(notes) == 11
    assert all(n.get_attribute("dir") == "auto" for n in notes)
    first = notes[0]
    # The citation starts with a Latin letter, so the note reads left to right in its own line.
    assert page.js("return arguments[0].matches(':dir(ltr)')", first)
    assert page.js("return getComputedStyle(arguments[0]).direction", first) == "ltr"


def test_search_finds_urdu_pages_in_urdu(page):
    page.open("/ur/search/")
    box = WebDriverWait(page.driver, 10).until(
        lambda d: d.find_element(By.CSS_SELECTOR, ".pagefind-ui__search-input"))
    assert box.get_attribute("placeholder") == "بریف میں تلاش کریں"
    box.send_keys("پانی")
    WebDriverWait(page.driver, 10).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result-link"))
    hrefs = page.js("return [...document.querySelectorAll('.pagefind-ui__result-link')].map(a => new URL(a.href).pathname)")
    assert URDU in hrefs, hrefs
    assert all(h.startswith("/ur/") and not h.startswith("/ur/ur/") for h in hrefs), hrefs
