import Foundation
import GRDB
import VerbatimText

/// A Verbatim archive: one SQLite file of articles, countries, organizations, people, events and statements.
///
/// Opening an archive applies the pure-SQL migrations in `migrations/` that it has not yet applied, each in its own
/// transaction, and refuses a file written by a newer Verbatim. Every connection enforces foreign keys; the file uses
/// WAL.
public final class Archive: Sendable {
    /// The database connections: a pool, or one read-only connection for an archive opened read-only.
    public let writer: any DatabaseWriter
    /// The file path.
    public let path: String
    /// The gazetteers used to import and to understand questions (office titles, demonyms).
    public let lexicon: Lexicon

    /// Opens or creates the archive at `path`.
    ///
    /// - Parameters:
    ///   - path: the SQLite file.
    ///   - migrations: a directory of `NNNN_name.sql` files; the bundled one when nil.
    ///   - lexicon: the gazetteers; the bundled `data/` when nil.
    ///   - readOnly: whether to open the file for reading only: nothing is written, not even a WAL to create, so a
    ///     question starts and ends sooner. An archive that needs a migration is still opened for writing to apply
    ///     it. A read-only archive that does not exist cannot be opened.
    /// - Throws: ``ArchiveError`` when the file is not a database, is from a newer Verbatim, or a migration fails;
    ///   ``LexiconError`` when a gazetteer file is malformed.
    public init(path: String, migrations: URL? = nil, lexicon: Lexicon? = nil, readOnly: Bool = false) throws {
        self.path = path
        self.lexicon = try lexicon ?? Lexicon.load()
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: directory.path) {
            throw ArchiveError("\(path): the directory \(directory.path) does not exist")
        }
        let migrator = try Self.migrator(directory: migrations)
        do {
            var connections = try Self.connections(path, readOnly: readOnly)
            let (superseded, current) = try connections.read { db in
                (try migrator.hasBeenSuperseded(db), try migrator.hasCompletedMigrations(db))
            }
            if superseded {
                throw ArchiveError("\(path): written by a newer Verbatim (its schema has migrations this version does not know); upgrade Verbatim to open it")
            }
            // An archive that is up to date is not written to.
            if !current {
                if readOnly { connections = try Self.connections(path, readOnly: false) }
                try migrator.migrate(connections)
            }
            writer = connections
        } catch let error as DatabaseError {
            throw ArchiveError("\(path): cannot be opened as a Verbatim archive (\(error.message ?? "\(error)"))")
        }
    }

    /// A pool of connections on `path`, or one read-only connection (which reads the schema once, not once per
    /// connection), with the settings of every connection.
    private static func connections(_ path: String, readOnly: Bool) throws -> any DatabaseWriter {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.readonly = readOnly
        // A writer waits for another's transaction (an import commits a batch at a time) rather than failing.
        config.busyMode = .timeout(Self.busyTimeout)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = \(Self.cacheSize); PRAGMA temp_store = MEMORY")
        }
        return readOnly ? try DatabaseQueue(path: path, configuration: config)
            : try DatabasePool(path: path, configuration: config)
    }

    /// How long a connection waits for another's lock before it fails with "database is locked", in seconds.
    static let busyTimeout: TimeInterval = 60

    /// The page cache of each connection (`PRAGMA cache_size`: negative is KiB), 32 MB.
    static let cacheSize = -32_768

    /// The migrations directory shipped with the library.
    public static var bundledMigrations: URL? {
        Bundle.module.url(forResource: "migrations", withExtension: nil)
    }

    /// A migrator with one migration per `NNNN_name.sql` file of `directory`, in file-name order.
    static func migrator(directory: URL?) throws -> DatabaseMigrator {
        guard let directory = directory ?? bundledMigrations else {
            throw ArchiveError("migrations: the bundled migrations directory is missing")
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
                .filter { $0.hasSuffix(".sql") }.sorted()
        } catch {
            throw ArchiveError("\(directory.path): cannot list migrations (\(error.localizedDescription))")
        }
        if names.isEmpty { throw ArchiveError("\(directory.path): holds no .sql migrations") }
        var migrator = DatabaseMigrator()
        for name in names {
            // Read when applied: an archive that is up to date needs the names only.
            let url = directory.appendingPathComponent(name)
            migrator.registerMigration(String(name.dropLast(4))) { db in
                guard let data = FileManager.default.contents(atPath: url.path),
                      let sql = String(data: data, encoding: .utf8)
                else {
                    throw ArchiveError("\(url.path): cannot be read as UTF-8")
                }
                try db.execute(sql: sql)
            }
        }
        return migrator
    }

    /// Reads from the archive.
    public func read<T>(_ block: (Database) throws -> T) throws -> T {
        try writer.read(block)
    }

    /// Writes to the archive in one transaction.
    public func write<T>(_ block: (Database) throws -> T) throws -> T {
        try writer.write(block)
    }
}

/// An archive that cannot be used, or a request it cannot answer, with a message naming the reason.
public struct ArchiveError: Error, CustomStringConvertible, Sendable {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
