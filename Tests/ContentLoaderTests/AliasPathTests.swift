import Testing
import SiteModel

/// `aliases:` entries become output-relative paths, or an error that says why; none can leave
/// the output folder or mean something in HTML or a redirects file.
@Suite struct AliasPathTests {
    @Test func oldAddressesAsTeamsWriteThem() throws {
        #expect(try AliasPath.normalise("/briefs/old-slug/").get() == "briefs/old-slug/")
        #expect(try AliasPath.normalise("briefs/old-slug").get() == "briefs/old-slug/")
        #expect(try AliasPath.normalise("/2019/05/old-post").get() == "2019/05/old-post/")
    }

    @Test func filesKeepTheirNamesAndEscapesAreAllowed() throws {
        #expect(try AliasPath.normalise("/reports/2019/water.html").get() == "reports/2019/water.html")
        #expect(try AliasPath.normalise("/publications/caf%C3%A9/").get() == "publications/caf%C3%A9/")
        #expect(try AliasPath.normalise("/a.b/c.pdf").get() == "a.b/c.pdf", "a dot in the last part names a file")
        #expect(try AliasPath.normalise("/a.b/c").get() == "a.b/c/", "one in an earlier part does not")
    }

    @Test func anythingElseIsRefusedWithItsReason() {
        let cases: [(String, AliasProblem)] = [
            ("https://old.example.org/briefs/x/", .notAPath), ("//old.example.org/x", .notAPath),
            ("/", .root), ("", .root), ("/briefs/x/?page=2", .queryOrFragment), ("/briefs/x/#notes", .queryOrFragment),
            ("/briefs//x/", .emptySegment), ("/briefs/../../etc/", .dotSegment), ("/./x", .dotSegment),
            ("/briefs/a b/", .character), ("/briefs/<x>/", .character), ("/briefs/x\"/", .character),
            ("/briefs/%zz/", .character), ("/briefs/100%/", .character), ("/briefs/\\x/", .character),
            ("/briefs/x\n/", .character), ("/briefs/ünï/", .character),
        ]
        for (text, problem) in cases {
            #expect(AliasPath.normalise(text) == .failure(problem), "\(text)")
        }
    }
}
