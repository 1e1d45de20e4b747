"""axe-core (from axe-selenium-python) on every kind of page, in light and dark mode."""

import json

import pytest
from axe_selenium_python import Axe
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

PAGES = {
    "home": "/",
    "brief": "/briefs/pricing-water-for-informal-settlements/",
    "person": "/people/halima-osman/",
    "centre": "/centres/climate/",
    "listing": "/briefs/",
    "search": "/search/?q=water",
    # Right to left (DESIGN §7): the Urdu and Arabic versions of a brief, a listing in Urdu.
    "brief-ur": "/ur/briefs/pricing-water-for-informal-settlements/",
    "brief-ar": "/ar/briefs/recruitment-fees-gulf-labour-corridor/",
    "listing-ur": "/ur/briefs/",
}

# WCAG 2.0–2.2 A and AA, and axe's best practices.
RULES = json.dumps({"runOnly": {"type": "tag", "values": [
    "wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]}})


def axe_version(axe, driver):
    axe.inject()
    return driver.execute_script("return axe.version")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", list(PAGES))
def test_no_serious_or_critical_violations(page, name, scheme):
    page.color_scheme(scheme)
    page.open(PAGES[name])
    if name == "search":
        WebDriverWait(page.driver, 10).until(
            lambda d: d.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result-link"))
    axe = Axe(page.driver)
    version = axe_version(axe, page.driver)
    assert int(version.split(".")[0]) >= 4, (
        f"axe-core {version} predates WCAG 2.2 rules; install axe-selenium-python 3 (scripts/setup.sh --test)")
    found = axe.run(options=RULES)
    bad = [v for v in found["violations"] if v["impact"] in ("serious", "critical")]
    assert not bad, axe.report(bad) + "\n" + "\n".join(str(n["target"]) for v in bad for n in v["nodes"])
