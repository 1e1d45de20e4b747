/// One output page: what it shows and the folder it is written to.
enum PageJob: Sendable {
    case home
    case brief(Int)
    case briefList(page: Int)
    case termIndex(kind: String)
    case term(kind: String, index: Int, page: Int)
    case person(String)
    case people
    case centre(String)
    case centres
    case page(Int)
    case notFound
    /// `/search/`, only when `site.yaml` enables search.
    case search
}
