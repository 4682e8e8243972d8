import ArgumentParser

/// Report formats for commands that print results.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case json
    case table
}
