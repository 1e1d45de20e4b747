/// Where a build says how far it has got: the phase it is in and, for the long ones, a count
/// (`imprint build` and `imprint serve` draw it on a terminal: "Rendering briefs 4,210/10,000").
/// Called from the rendering threads, so implementations are thread-safe.
public protocol BuildProgress: Sendable {
    /// A new phase; `total` 0 when there is nothing to count.
    func begin(_ phase: String, total: Int)
    /// One more item of the current phase done.
    func advance()
}
