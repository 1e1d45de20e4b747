import Foundation
import Testing
@testable import ManuscriptImport

/// Word's document properties, the fallback for a manuscript whose page names no title or authors.
@Suite struct CorePropertiesTests {
    @Test func titleAndAuthorsAreReadWithTheirEntities() {
        let xml = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="x" xmlns:dc="y"><dc:title>Water &amp; Power: \
        &#x201C;Shared&#x201D;   Rivers</dc:title><dc:subject/><dc:creator>Sana Mir;  Bilal Khan ;</dc:creator>
        <cp:lastModifiedBy>Admin</cp:lastModifiedBy></cp:coreProperties>
        """
        let properties = CoreProperties.parse(xml)
        #expect(properties.title == "Water & Power: \u{201C}Shared\u{201D} Rivers")
        #expect(properties.creators == ["Sana Mir", "Bilal Khan"])
    }

    @Test func emptySelfClosingAndPlaceholderValuesGiveNothing() {
        #expect(CoreProperties.parse("<dc:title/><dc:creator>Microsoft Office User</dc:creator>") == CoreProperties())
        #expect(CoreProperties.parse("<dc:title />\n<dc:creator>User</dc:creator><x:title>later</x:title>").title == "later")
        #expect(CoreProperties.parse("<dc:title></dc:title>").title == nil)
        #expect(CoreProperties.parse("<dc:titles>not it</dc:titles>").title == nil)
        #expect(CoreProperties.parse("no xml at all & &#0; <") == CoreProperties())
    }

    @Test func otherPrefixesAttributesAndCDATAAreRead() {
        #expect(CoreProperties.parse(#"<t:title xml:lang="en">Plain</t:title>"#).title == "Plain")
        #expect(CoreProperties.parse("<title><![CDATA[A <b> & c]]></title>").title == "A <b> & c")
        #expect(CoreProperties.parse("<dc:title>a &bogus; &#1; b</dc:title>").title == "a &bogus; &#1; b")
    }

    @Test func theBylineAndTitleOnThePageComeFirst() {
        let properties = CoreProperties(title: "Template title", creators: ["Someone Else"])
        let block = TitleBlock.read([.para([.str("Rivers"), .space, .str("Shared")]), .para([.str("By"), .space, .str("Sana"), .space, .str("Mir")])],
                                    meta: [:], properties: properties)
        #expect(block.title == "Rivers Shared")
        #expect(block.authors.map(\.name) == ["Sana Mir"])
        #expect(!block.titleFromProperties && !block.authorsFromProperties)
        let bare = TitleBlock.read([.para([.str("A"), .space, .str("sentence.")])], meta: [:], properties: properties)
        #expect(bare.title == "Template title" && bare.titleFromProperties)
        #expect(bare.authors.map(\.name) == ["Someone Else"] && bare.authorsFromProperties)
    }

    /// Found in review: markup-stripping by regular expression was quadratic in `<`.
    @Test func aPartFullOfAngleBracketsIsReadInLinearTime() {
        let start = Date()
        let brackets = String(repeating: "<", count: 300_000)
        #expect(CoreProperties.parse("<dc:title>" + brackets + "</dc:title>").title == nil)
        #expect(CoreProperties.parse(String(repeating: "<dc:title>", count: 50_000)).title == nil)
        #expect(CoreProperties.parse("<dc:title>A " + brackets + "</dc:title>").title == "A")
        #expect(Date().timeIntervalSince(start) < 5)
    }
}
