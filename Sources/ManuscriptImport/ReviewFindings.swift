import SiteModel

/// The warnings of an import that concern the body: comments (each listed, so none is lost),
/// tracked changes (accepted), images without a description, and what Markdown cannot hold.
enum ReviewFindings {
    static func diagnostics(_ writer: MarkdownWriter, document: PandocDocument, path: String, bodyStart: Int) -> [Diagnostic] {
        func at(_ line: Int) -> SourceLocation { SourceLocation(file: path, line: bodyStart + line - 1, column: 1) }
        var out: [Diagnostic] = []
        let review = writer.review
        if review.insertions + review.deletions > 0, let first = review.changedLines.min() {
            var message = "the manuscript has tracked changes (\(review.insertions) insertion\(review.insertions == 1 ? "" : "s"), "
                + "\(review.deletions) deletion\(review.deletions == 1 ? "" : "s")"
            if !review.authors.isEmpty { message += " by " + review.authors.sorted().joined(separator: ", ") }
            message += "); they were accepted"
            let lines = review.changedLines.sorted().map { "\(bodyStart + $0 - 1)" }
            if lines.count > 1 { message += " (lines " + lines.joined(separator: ", ") + ")" }
            out.append(.warning("import-tracked-changes", message, at: at(first)))
        }
        for comment in review.comments {
            var who = comment.author.isEmpty ? "a reviewer" : comment.author
            if comment.date.count >= 10 { who += " (\(comment.date.prefix(10)))" }
            out.append(.warning("import-comment", "comment by \(who): \(comment.text)", at: at(comment.line)))
        }
        for line in writer.imagesWithoutAlt {
            out.append(.warning("import-image-alt", "an image has no description for readers who cannot see it: write one between the brackets", at: at(line)))
        }
        let dropped = writer.dropped.merging(document.unknown.mapValues { $0 }) { $0 + $1 }
        for (kind, count) in dropped.sorted(by: { $0.key < $1.key }) {
            out.append(.warning("import-dropped", "\(count) \(kind) element\(count == 1 ? "" : "s") of the manuscript could not be written in Markdown and were left out", at: at(1)))
        }
        return out
    }
}
