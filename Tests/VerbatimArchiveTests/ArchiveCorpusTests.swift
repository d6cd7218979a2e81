import Foundation
import GRDB
import Testing
import VerbatimSources
@testable import VerbatimArchive

/// `../shared/corpus/reuters-2017` packed by the test as zip, tar.gz and tar.xz imports the same articles and
/// statements as the folder does.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: sharedDirectory.appendingPathComponent("corpus/reuters-2017").path),
                "../shared/corpus/reuters-2017 is not beside the checkout: the archive corpus test is skipped"))
struct ArchiveCorpusTests {
    static let folder = sharedDirectory.appendingPathComponent("corpus/reuters-2017").path

    /// Each article's name, title, date, source and statements, as rows to compare; and the summary.
    static func imported(_ path: String, into dir: TemporaryDirectory, as name: String) throws -> ([[String]], ImportSummary) {
        let archive = try Archive(path: dir.path("\(name).sqlite"), lexicon: sharedLexicon)
        let summary = try Importer(archive: archive, lexicon: sharedLexicon).run(paths: [path])
        let rows = try archive.read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.name, a.title, coalesce(a.published_on, '-') AS day, coalesce(s.name, '-') AS source,
                       (SELECT count(*) FROM statements st WHERE st.article_id = a.id) AS statements,
                       coalesce((SELECT group_concat(st.text, ' | ') FROM statements st WHERE st.article_id = a.id), '') AS texts
                FROM articles a LEFT JOIN sources s ON s.id = a.source_id ORDER BY a.name
                """).map { row in
                [row["name"], row["title"], row["day"], row["source"], String(row["statements"] as Int), row["texts"]] as [String]
            }
        }
        return (rows, summary)
    }

    @Test func zipTarGzAndTarXzImportWhatTheFolderDoes() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder).sorted()
        let entries = try names.map { name in
            ("reuters-2017/\(name)", try [UInt8](Data(contentsOf: URL(fileURLWithPath: "\(Self.folder)/\(name)"))))
        }
        let (expected, plain) = try Self.imported(Self.folder, into: dir, as: "folder")
        #expect(plain.imported > 400)
        for format in [ArchiveWriter.Format.zip, .tarGzip, .tarXz] {
            let path = dir.path("reuters-2017" + format.suffix)
            try ArchiveWriter.write(path, format: format, entries)
            let (rows, summary) = try Self.imported(path, into: dir, as: "packed\(format.suffix)")
            #expect(rows == expected, "\(format.suffix)")
            #expect(summary.imported == plain.imported)
            #expect(summary.statements == plain.statements)
            #expect(summary.failed == 0)
            #expect(summary.entries == names.count - 1, "every file but the manifest")
        }
    }
}
