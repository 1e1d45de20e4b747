import Testing
import MarkdownRender
import SiteModel

/// One convention per brief (issue 21): the body's smart punctuation, with the apostrophe after
/// a full stop or a bracket mended, and the same for titles and summaries.
@Suite struct SmartPunctuationTests {
    @Test func anApostropheAfterAFullStopOrABracketClosesInTheBody() {
        let html = MarkdownRenderer().render("The U.S.'s tariff and the EU('s) rule; [a]'s note; \"quoted\" and 'single'.\n",
                                             file: "x.md", idPrefix: "x").html
        #expect(html.contains("U.S.\u{2019}s tariff"), "\(html)")
        #expect(html.contains("EU(\u{2019}s)") || html.contains("EU(\u{2018}s)"), "inside a bracket cmark decides")
        #expect(html.contains("[a]\u{2019}s note"), "\(html)")
        #expect(html.contains("\u{201C}quoted\u{201D} and \u{2018}single\u{2019}."), "ordinary quotes are untouched: \(html)")
    }

    @Test func titlesGetTheBodysTypography() {
        #expect(SmartPunctuation.apply(#"The U.S.'s "New" Deal -- and 'Old' Rules --- Again..."#)
                == "The U.S.\u{2019}s \u{201C}New\u{201D} Deal \u{2013} and \u{2018}Old\u{2019} Rules \u{2014} Again\u{2026}")
        #expect(SmartPunctuation.apply("Pakistan's '90s (\"Lost\") decade") == "Pakistan\u{2019}s \u{2019}90s (\u{201C}Lost\u{201D}) decade")
        #expect(SmartPunctuation.apply("\"Quoted at the start\"") == "\u{201C}Quoted at the start\u{201D}")
        #expect(SmartPunctuation.apply("No marks - one hyphen. Two dots..") == "No marks - one hyphen. Two dots..")
        #expect(SmartPunctuation.apply("") == "")
    }

    @Test func mendingTouchesOnlyQuotesThatAreApostrophes() {
        #expect(SmartPunctuation.mendApostrophes("U.S.\u{2018}s and (2024)\u{2018}s") == "U.S.\u{2019}s and (2024)\u{2019}s")
        #expect(SmartPunctuation.mendApostrophes("He said \u{2018}no\u{2019}.") == "He said \u{2018}no\u{2019}.")
        #expect(SmartPunctuation.mendApostrophes("end.\u{2018}") == "end.\u{2018}", "nothing follows it")
    }
}
