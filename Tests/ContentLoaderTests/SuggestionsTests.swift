import Testing
@testable import ContentLoader

@Suite struct SuggestionsTests {
    @Test func closeTyposAreSuggested() {
        #expect(Suggestions.closest(to: "autors", among: ["authors", "editors"]) == "authors")
        #expect(Suggestions.closest(to: "center", among: ["centre", "type"]) == "centre")
        #expect(Suggestions.closest(to: "titel", among: ["title", "date"]) == "title")
    }

    @Test func unrelatedWordsAreNot() {
        #expect(Suggestions.closest(to: "colour", among: ["authors", "date"]) == nil)
    }
}
