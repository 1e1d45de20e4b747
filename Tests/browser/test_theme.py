"""Theme quality that a browser can measure: no third-party requests, sized images, text
spacing (WCAG 1.4.12), reduced motion, focus visible."""

from urllib.parse import urlsplit

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

PAGES = ["/", "/briefs/pricing-water-for-informal-settlements/", "/briefs/", "/people/halima-osman/",
         "/centres/climate/", "/topics/", "/about/", "/search/?q=water", "/404.html"]


@pytest.mark.parametrize("path", PAGES)
def test_every_request_stays_on_the_site(page, path):
    page.open(path)
    page.js("return new Promise(r => setTimeout(r, 300))")
    urls = page.js("return performance.getEntriesByType('resource').map(e => e.name)")
    # What the page loads, whether or not it has loaded yet (canonical and alternate links are not loads).
    urls += page.js("return [...document.querySelectorAll('[src], link[rel~=stylesheet], link[rel~=icon],"
                    " link[rel~=preload], link[rel~=modulepreload]')].map(e => e.src || e.href)")
    host = urlsplit(page.base_url).netloc
    foreign = [u for u in urls if urlsplit(u).scheme in ("http", "https") and urlsplit(u).netloc != host]
    assert not foreign, f"requests to other hosts: {foreign}"


@pytest.mark.parametrize("path", PAGES)
def test_every_image_has_width_and_height(page, path):
    page.open(path)
    for image in page.driver.find_elements(By.CSS_SELECTOR, "img"):
        assert image.get_attribute("width") and image.get_attribute("height"), image.get_attribute("src")


TEXT_SPACING = """
const style = document.createElement('style');
style.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important;'
  + ' word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
document.head.appendChild(style);
"""


@pytest.mark.parametrize("width", [375, 1280])
def test_text_spacing_loses_nothing(page, width):
    """WCAG 1.4.12: with the spacing the criterion names, nothing overflows or is cut off."""
    page.viewport(width)
    page.open("/briefs/pricing-water-for-informal-settlements/")
    page.js(TEXT_SPACING)
    assert page.js("return document.documentElement.scrollWidth") <= width
    clipped = page.js("""
        return [...document.querySelectorAll('main *')].filter(e => {
          const s = getComputedStyle(e);
          if (s.display === 'none' || e.closest('table, pre, [aria-hidden=true]')) return false;
          const hides = s.overflowX === 'hidden' || s.overflowY === 'hidden' || s.overflowX === 'clip';
          return hides && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)
            && !e.classList.contains('visually-hidden');
        }).map(e => e.outerHTML.slice(0, 80));""")
    assert not clipped


def test_reduced_motion_turns_off_smooth_scrolling_and_animation(page):
    page.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "features": [{"name": "prefers-reduced-motion", "value": "reduce"}]})
    try:
        page.open("/briefs/pricing-water-for-informal-settlements/")
        assert page.js("return getComputedStyle(document.documentElement).scrollBehavior") == "auto"
        page.js("document.querySelector('.skip-link').focus()")
        assert page.js("return parseFloat(getComputedStyle(document.querySelector('.skip-link')).transitionDuration)") < 0.001
    finally:
        page.color_scheme("light")
    page.open("/briefs/pricing-water-for-informal-settlements/")
    assert page.js("return getComputedStyle(document.documentElement).scrollBehavior") == "smooth"


def test_focus_is_visible(page):
    page.open("/briefs/pricing-water-for-informal-settlements/")
    body = page.driver.find_element(By.TAG_NAME, "body")
    for _ in range(6):
        ActionChains(page.driver).send_keys(Keys.TAB).perform()
        outline = page.js("const s = getComputedStyle(document.activeElement);"
                          "return [s.outlineStyle, parseFloat(s.outlineWidth)]")
        assert page.js("return document.activeElement") != body
        assert outline[0] != "none" and outline[1] >= 2, page.js("return document.activeElement.outerHTML")
