"""Reading a brief: note references and backlinks, the note popover, sidenotes, screenshots."""

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from conftest import NARROW, WIDE

BRIEF = "/briefs/pricing-water-for-informal-settlements/"


def wait(page, condition, timeout=5):
    return WebDriverWait(page.driver, timeout).until(lambda _: condition())


def in_viewport(page, element):
    r = page.rect(element)
    height = page.js("return window.innerHeight")
    return r["top"] >= -1 and r["top"] < height - 10


def click(page, element):
    """Scrolls the element into view at once (the theme scrolls smoothly), then clicks it."""
    page.js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element)
    element.click()


def popover(page):
    return page.driver.find_element(By.CSS_SELECTOR, ".note-popover")


def popover_open(page):
    return page.js("const b = document.querySelector('.note-popover'); return !!b && !b.hidden;")


def test_home_to_brief_to_note_and_back(page):
    page.open("/")
    link = page.driver.find_element(By.CSS_SELECTOR, f'.home-latest .card-title a[href="{BRIEF}"]')
    click(page, link)
    wait(page, lambda: page.driver.current_url.endswith(BRIEF))
    assert page.driver.find_element(By.TAG_NAME, "h1").text == "Paying More for Less"

    for width in (WIDE, NARROW):
        page.viewport(width)
        page.open(BRIEF)
        ref = page.driver.find_element(By.CSS_SELECTOR, 'a[role="doc-noteref"]')
        note_id = ref.get_attribute("href").split("#", 1)[1]
        ref_id = ref.get_attribute("id")
        click(page, ref)
        wait(page, lambda: page.js("return location.hash") == "#" + note_id)
        note = page.driver.find_element(By.ID, note_id)
        wait(page, lambda: in_viewport(page, note))
        assert page.js("return arguments[0].matches(':target')", note)
        assert not popover_open(page), "a mouse click follows the link; it does not open the popover"

        backlink = note.find_element(By.CSS_SELECTOR, 'a[role="doc-backlink"]')
        assert backlink.get_attribute("aria-label") == "Back to reference 1"
        click(page, backlink)
        wait(page, lambda: page.js("return location.hash") == "#" + ref_id)
        wait(page, lambda: in_viewport(page, page.driver.find_element(By.ID, ref_id)))


def test_without_javascript_notes_are_plain_endnotes(page):
    page.driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        page.viewport(NARROW)
        page.open(BRIEF)
        assert not page.driver.find_elements(By.CSS_SELECTOR, ".note-popover")
        ref = page.driver.find_elements(By.CSS_SELECTOR, 'a[role="doc-noteref"]')[3]
        note_id = ref.get_attribute("href").split("#", 1)[1]
        ActionChains(page.driver).move_to_element(ref).perform()
        click(page, ref)
        wait(page, lambda: in_viewport(page, page.driver.find_element(By.ID, note_id)))
        backlink = page.driver.find_element(By.CSS_SELECTOR, f'#{note_id} a[role="doc-backlink"]')
        click(page, backlink)
        wait(page, lambda: in_viewport(page, page.driver.find_element(By.ID, ref.get_attribute("id"))))
    finally:
        page.driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def tab_to(page, element, limit=80):
    """Presses Tab until `element` has focus, as a keyboard user would."""
    page.js("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)")
    body = page.driver.find_element(By.TAG_NAME, "body")
    ActionChains(page.driver).move_to_element_with_offset(body, 0, 0).perform()
    for _ in range(limit):
        ActionChains(page.driver).send_keys(Keys.TAB).perform()
        if page.js("return document.activeElement === arguments[0]", element):
            return
    raise AssertionError("Tab never reached the note reference")


def test_note_popover_opens_with_keyboard_and_closes_with_escape(page):
    page.viewport(NARROW, 800)
    page.open(BRIEF)
    ref = page.driver.find_element(By.CSS_SELECTOR, 'a[role="doc-noteref"]')
    note = page.driver.find_element(By.ID, ref.get_attribute("href").split("#", 1)[1])
    tab_to(page, ref)
    wait(page, lambda: popover_open(page))
    box = popover(page)
    assert box.get_attribute("aria-hidden") == "true", "screen readers hear the note once, in the Notes list"
    note_text = note.text.replace("↩", "").strip()
    assert note_text[:60] in box.text
    assert "↩" not in box.text
    # Beside the number (once focus has scrolled it into view) and inside the 375 px viewport.
    def positions():
        return page.js("return [arguments[0], arguments[1]].map(e => e.getBoundingClientRect().toJSON())", ref, box)
    settled = []
    wait(page, lambda: settled.append(positions()) or len(settled) > 1 and settled[-1] == settled[-2])
    r, b = settled[-1]
    assert 0 <= b["left"] and b["right"] <= NARROW
    assert 0 <= b["top"] - r["bottom"] <= 12 or 0 <= r["top"] - b["bottom"] <= 12
    # Nothing in the popover takes focus.
    assert page.js("return [...arguments[0].querySelectorAll('a')].every(a => a.tabIndex === -1)", box)
    page.viewport_screenshot("brief-375-popover")

    ActionChains(page.driver).send_keys(Keys.ESCAPE).perform()
    wait(page, lambda: not popover_open(page))
    assert page.js("return document.activeElement === arguments[0]", ref), "Esc leaves focus where it was"

    # Space shows it again; Enter follows the link to the note.
    ActionChains(page.driver).send_keys(Keys.SPACE).perform()
    wait(page, lambda: popover_open(page))
    ActionChains(page.driver).send_keys(Keys.ENTER).perform()
    wait(page, lambda: page.js("return location.hash") == "#" + note.get_attribute("id"))
    assert not popover_open(page)


def test_note_popover_stays_open_while_hovered(page):
    page.viewport(NARROW, 800)
    page.open(BRIEF)
    ref = page.driver.find_element(By.CSS_SELECTOR, 'a[role="doc-noteref"]')
    page.js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", ref)
    ActionChains(page.driver).move_to_element(ref).perform()
    wait(page, lambda: popover_open(page))
    # The pointer moves from the number onto the popover: it stays (hoverable) ...
    ActionChains(page.driver).move_to_element(popover(page)).pause(0.6).perform()
    assert popover_open(page)
    # ... and Esc dismisses it without moving the pointer.
    ActionChains(page.driver).send_keys(Keys.ESCAPE).perform()
    wait(page, lambda: not popover_open(page))
    # Hovered again, then left: it closes.
    ActionChains(page.driver).move_to_element(ref).perform()
    wait(page, lambda: popover_open(page))
    heading = page.driver.find_element(By.CSS_SELECTOR, ".brief-title")
    page.js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", heading)
    ActionChains(page.driver).move_to_element(heading).perform()
    wait(page, lambda: not popover_open(page))


def tap(page, element):
    """A finger's tap: touch events, and the pointer events and click a browser makes of them."""
    r = page.rect(element)
    point = {"x": (r["left"] + r["right"]) / 2, "y": (r["top"] + r["bottom"]) / 2}
    page.driver.execute_cdp_cmd("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [point]})
    page.driver.execute_cdp_cmd("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})


def test_a_tap_shows_the_note_and_a_second_tap_goes_to_it(page):
    page.viewport(NARROW, 800)
    page.driver.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": True, "maxTouchPoints": 1})
    try:
        page.open(BRIEF)
        ref = page.driver.find_element(By.CSS_SELECTOR, 'a[role="doc-noteref"]')
        page.js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", ref)
        tap(page, ref)
        wait(page, lambda: popover_open(page))
        assert page.js("return location.hash") == ""
        tap(page, ref)
        wait(page, lambda: page.js("return location.hash") == ref.get_attribute("href")[ref.get_attribute("href").index("#"):])
        assert not popover_open(page)
    finally:
        page.driver.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": False})


def test_sidenotes_sit_beside_their_paragraphs_on_wide_screens(page):
    page.viewport(WIDE)
    page.open(BRIEF)
    sidenotes = page.driver.find_elements(By.CSS_SELECTOR, ".body > .sidenote")
    refs = page.driver.find_elements(By.CSS_SELECTOR, '.body a[role="doc-noteref"]')
    assert len(sidenotes) == len(refs) > 5
    previous_bottom = None
    for sidenote in sidenotes:
        block = page.js("let e = arguments[0].nextElementSibling;"
                        "while (e && e.classList.contains('sidenote')) e = e.nextElementSibling; return e;", sidenote)
        s, p = page.rect(sidenote), page.rect(block)
        number = sidenote.find_element(By.CSS_SELECTOR, ".sidenote-number").text
        assert block.find_elements(By.XPATH, f'.//a[@role="doc-noteref" and text()="{number}"]')
        assert s["width"] > 150, "the sidenote is shown"
        assert s["left"] >= p["right"] + 16, "the sidenote is in the margin, right of its paragraph"
        assert s["right"] <= WIDE, "the sidenote fits in the window"
        assert s["top"] < p["bottom"], "the sidenote starts beside its paragraph"
        if previous_bottom is None:
            assert abs(s["top"] - p["top"]) < 16, "the first sidenote is level with its paragraph"
        else:
            assert s["top"] >= previous_bottom, "sidenotes do not overlap"
        previous_bottom = s["bottom"]
        assert sidenote.get_attribute("aria-hidden") == "true"
    # Endnotes stay: every reference still leads to one.
    assert page.driver.find_element(By.CSS_SELECTOR, ".footnotes").is_displayed()
    # With sidenotes on screen, hovering a number opens no popover.
    page.js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", refs[0])
    ActionChains(page.driver).move_to_element(refs[0]).pause(0.3).perform()
    assert not popover_open(page)


def test_sidenotes_give_way_to_endnotes_on_narrow_screens(page):
    page.viewport(NARROW)
    page.open(BRIEF)
    for sidenote in page.driver.find_elements(By.CSS_SELECTOR, ".sidenote"):
        assert not sidenote.is_displayed()
    notes = page.driver.find_element(By.CSS_SELECTOR, ".footnotes")
    assert notes.is_displayed()
    assert page.rect(notes)["right"] <= NARROW
    # Reflow: nothing scrolls sideways.
    assert page.js("return document.documentElement.scrollWidth") <= NARROW


def test_pages_reflow_at_320_pixels(page):
    page.viewport(320)
    for path in ("/", BRIEF, "/briefs/", "/people/", "/centres/climate/", "/search/"):
        page.open(path)
        assert page.js("return document.documentElement.scrollWidth") <= 320, f"{path} scrolls sideways at 320 px"


def test_images_have_their_size_before_they_load(page):
    page.open(BRIEF)
    for image in page.driver.find_elements(By.CSS_SELECTOR, "img"):
        assert image.get_attribute("width") and image.get_attribute("height"), image.get_attribute("src")


def test_a_phone_gets_a_smaller_copy_of_the_hero(page):
    """The hero is a 2400-pixel PNG; at 390 CSS pixels the browser takes a WebP copy from srcset."""
    page.viewport(390)
    page.open(BRIEF)
    hero = page.driver.find_element(By.CSS_SELECTOR, ".hero img")
    wait(page, lambda: page.js("return arguments[0].complete && arguments[0].naturalWidth > 0", hero))
    current = page.js("return arguments[0].currentSrc", hero)
    assert current.endswith("w.webp"), current
    assert page.js("return arguments[0].naturalWidth", hero) < 2400


def test_print_button_opens_the_print_dialog_and_share_links_are_plain(page):
    page.open(BRIEF)
    page.js("window.__printed = 0; window.print = function () { window.__printed += 1; };")
    button = page.driver.find_element(By.CSS_SELECTOR, "button[data-print]")
    assert button.is_displayed(), "the script shows the button"
    click(page, button)
    assert page.js("return window.__printed") == 1
    links = page.driver.find_elements(By.CSS_SELECTOR, "nav.share a")
    assert [a.text for a in links] == ["E-mail", "X", "LinkedIn", "Facebook", "WhatsApp"]
    for a in links:
        href = a.get_attribute("href")
        assert href.startswith(("mailto:", "https://")), href
        assert "pricing-water-for-informal-settlements" in href, href
    assert not page.driver.find_elements(By.CSS_SELECTOR, "script[src*='facebook'], script[src*='x.com'], iframe")
    page.driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        page.open(BRIEF)
        assert not page.driver.find_element(By.CSS_SELECTOR, "button[data-print]").is_displayed(), \
            "without the script there is no button that does nothing"
    finally:
        page.driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def test_screenshots_of_a_brief(page):
    for scheme in ("light", "dark"):
        page.color_scheme(scheme)
        for width in (WIDE, NARROW):
            page.viewport(width)
            page.open(BRIEF)
            suffix = "" if scheme == "light" else "-dark"
            path = page.screenshot(f"brief-{width}{suffix}")
            assert path.stat().st_size > 10_000
    page.color_scheme("light")
    page.viewport(WIDE)
    page.open("/")
    page.screenshot("home-1280")
    page.viewport(NARROW)
    page.screenshot("home-375")
