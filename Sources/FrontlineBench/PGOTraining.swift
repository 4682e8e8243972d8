import Gazetteer
import Geoparser

/// The run that profile-guided optimisation records (`FRONTLINE_BENCH_ONLY=training`, run by the
/// Makefile on a build of the Geoparser module with counters): the geoparser over
/// ``TrainingTexts``, once with its caches cold, then round after round with them warm, as over a
/// long news stream, mostly with the default options and a few rounds with the others.
enum PGOTraining {
    /// Rounds over the texts with the default options, with `--demonyms --embedded`, and with a focus.
    static let rounds = 20
    static let flaggedRounds = 4
    static let focusRounds = 2

    static func run() throws {
        let gazetteer = try Gazetteer(configuration: .fromEnvironment())
        let parser = Geoparser(gazetteer: gazetteer, lexicon: try Lexicon(dataRoot: gazetteer.configuration.dataRoot))
        var mentions = 0
        func parseAll(_ options: GeoparseOptions, _ times: Int) {
            for _ in 0..<times {
                for t in TrainingTexts.all { mentions += parser.parse(t, options: options).mentions.count }
            }
        }
        parseAll(GeoparseOptions(), rounds)
        parseAll(GeoparseOptions(demonyms: true, embedded: true), flaggedRounds)
        parseAll(GeoparseOptions(focus: ["SY", "IQ"]), focusRounds)
        print("Training run: \(TrainingTexts.all.count) texts, \(rounds + flaggedRounds + focusRounds) rounds, \(mentions) mentions")
    }
}
