import Foundation
import Testing
@testable import VerbatimText

/// A small lexicon written for the extraction tests, so they do not depend on the shipped `data/` files.
enum Fixture {
    static let files: [String: String] = [
        "countries.tsv": """
            alpha3\talpha2\tname\tofficial_name\tcommon_name
            RUS\tRU\tRussian Federation\t\t
            GBR\tGB\tUnited Kingdom of Great Britain and Northern Ireland\t\t
            FRA\tFR\tFrance\tFrench Republic\t
            USA\tUS\tUnited States\tUnited States of America\t
            SYR\tSY\tSyrian Arab Republic\t\tSyria
            NOR\tNO\tNorway\tKingdom of Norway\t
            CHE\tCH\tSwitzerland\tSwiss Confederation\t
            """,
        "country_aliases.tsv": """
            alpha3\tkind\talias
            RUS\tshort\tRussia
            RUS\tdemonym\tRussian
            RUS\tcapital\tMoscow
            RUS\tseat\tthe Kremlin
            GBR\tshort\tBritain
            GBR\tdemonym\tBritish
            GBR\tabbreviation\tUK
            GBR\tcapital\tLondon
            FRA\tdemonym\tFrench
            FRA\tcapital\tParis
            USA\tabbreviation\tU.S.
            USA\tabbreviation\tUS
            USA\tdemonym\tAmerican
            USA\tseat\tthe White House
            USA\tcapital\tWashington
            SYR\tshort\tSyria
            SYR\tdemonym\tSyrian
            SYR\tcapital\tDamascus
            NOR\tdemonym\tNorwegian
            NOR\tcapital\tOslo
            CHE\tdemonym\tSwiss
            """,
        "organizations.tsv": """
            key\tname\tacronym\tkind\tparent\tcountry\thead_role\taliases
            un\tUnited Nations\tUN\tintergovernmental\t\t\tsecretary general\tU.N.
            unsc\tUN Security Council\tUNSC\tintergovernmental\tun\t\tpresident\tSecurity Council|U.N. Security Council
            nato\tNorth Atlantic Treaty Organization\tNATO\tintergovernmental\t\t\tsecretary general\t
            us-state-department\tState Department\t\tgovernment body\t\tUSA\tsecretary of state\tU.S. State Department
            afp\tAgence France-Presse\tAFP\tnews agency\t\tFRA\t\t
            us-senate\tUnited States Senate\t\tgovernment body\t\tUSA\t\tSenate
            democrats-us\tDemocratic Party\t\tparty\t\tUSA\t\tDemocratic
            rus-mfa\tRussian Foreign Ministry\t\tgovernment body\t\tRUS\t\tRussian foreign ministry
            """,
        "first_names.tsv": """
            name\tgender
            Maria\tf
            John\tm
            Bill\tm
            Alex\tu
            """,
        "offices.tsv": """
            surface\trole\tcategory\tcountry
            ambassador\tambassador\tdiplomat
            envoy\tenvoy\tdiplomat
            special envoy\tspecial envoy\tdiplomat
            secretary of state\tsecretary of state\tminister
            foreign minister\tforeign minister\tminister
            minister\tminister\tminister
            president\tpresident\thead_of_state
            prime minister\tprime minister\thead_of_government
            sen.\tsenator\tlegislator
            sen\tsenator\tlegislator
            representative\trepresentative\tlegislator
            treasury secretary\tsecretary of the treasury\tminister\tUSA
            secretary\tsecretary\tofficial
            senator\tsenator\tlegislator
            head\thead\torg_head
            chief\tchief\torg_head
            secretary general\tsecretary general\torg_head
            spokesman\tspokesperson\tspokesperson
            senate minority leader\tsenate minority leader\tlegislator
            director\tdirector\tofficial
            mayor\tmayor\tofficial
            foreign ministry spokesman\tforeign ministry spokesperson\tspokesperson
            """,
        "speech_cues.tsv": """
            lemma\tforms\tact\ttype\tframes
            say\tsay|says|said|saying\tsay\tverb\tclause|continuation
            tell\ttell|tells|told|telling\tsay\tverb\tclause|addressee
            call\tcall|calls|called|calling\tsay\tverb\tnaming
            add\tadd|adds|added|adding\tsay\tverb\tclause|continuation
            according to\taccording to\tsay\tphrase\t
            criticize\tcriticize|criticizes|criticized|criticizing\tcriticize\tverb\tevaluative
            defend\tdefend|defends|defended|defending\tdefend\tverb\tevaluative
            reject\treject|rejects|rejected|rejecting\treject\tverb\tevaluative
            deny\tdeny|denies|denied|denying\tdeny\tverb\tclause|evaluative
            urge\turge|urges|urged|urging\turge\tverb\tobject
            demand\tdemand|demands|demanded|demanding\tdemand\tverb\tobject
            blame\tblame|blames|blamed|blaming\tcriticize\tverb\tevaluative
            vow\tvow|vows|vowed|vowing\tpromise\tverb\tclause|infinitive
            ask\task|asks|asked|asking\task\tverb\tobject
            reiterate\treiterate|reiterates|reiterated|reiterating\tsay\tverb\tclause
            report\treport|reports|reported|reporting\treport\tverb\tclause
            warn\twarn|warns|warned|warning\twarn\tverb\tclause|object|addressee|continuation
            comment\tcomment|comments\tsay\tnoun\tclause
            """,
        "acts.tsv": """
            act\tcameo\tcameo_root\tlabel\tneutral\twords
            say\t010\t01\tmake a statement\tyes\t
            ask\t020\t02\task\tyes\t
            report\t010\t01\treport\tyes\t
            deny\t016\t01\tdeny\tno\tdeny|denies|baseless
            reject\t120\t12\treject\tno\treject|unacceptable
            criticize\t111\t11\tcriticize\tno\tcriticize|irresponsible
            condemn\t111\t11\tcondemn\tno\tcondemn|condemns|brutal
            demand\t100\t10\tdemand\tno\tmust stop
            urge\t020\t02\turge\tno\tneeds to|should
            warn\t130\t13\twarn\tno\tdangerous
            support\t051\t05\tsupport\tno\tsupports|welcomes
            hope\t013\t01\thope\tno\thopeful
            defend\t015\t01\tdefend\tno\tjustified
            promise\t030\t03\tpromise\tno\tpledge
            """,
        "events.tsv": """
            kind\tforms
            talks\ttalks|peace talks|negotiations
            air strike\tair strike|air strikes|airstrikes
            offensive\toffensive
            summit\tsummit
            vote\tvote|referendum
            """,
        "places.tsv": """
            name\tcountry\tkind\taliases
            Lindholm\tNOR\tcity\t
            Port Arvel\tFRA\tcity\t
            Geneva\tCHE\tcity\tGenf
            """,
        "speaker_nouns.tsv": """
            singular\tplural
            official\tofficials
            diplomat\tdiplomats
            spokesman\tspokesmen
            analyst\tanalysts
            source\tsources
            """,
        "honorifics.tsv": """
            form\tgender
            Mr.\tm
            Mrs.\tf
            Ms.\tf
            Dr.\t
            """,
    ]

    static let lexicon: Lexicon = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-extract-fixture-\(getpid())")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files {
            try! text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return try! Lexicon.load(from: dir)
    }()

    static let extractor = Extractor(lexicon: lexicon)

    /// Each statement as `kind|speaker|text|rule`, for exact expectations.
    static func summary(_ e: Extraction) -> [String] {
        e.statements.map { "\($0.kind.rawValue)|\($0.speaker?.name ?? "-")|\($0.text)|\($0.rule)" }
    }

    /// Each statement as `kind|speaker kind|speaker|text`.
    static func speakerSummary(_ e: Extraction) -> [String] {
        e.statements.map { "\($0.kind.rawValue)|\($0.speaker?.kind.rawValue ?? "-")|\($0.speaker?.name ?? "-")|\($0.text)" }
    }

    /// An article with a title and the given body paragraphs, separated by blank lines.
    static func article(_ paragraphs: [String], title: String = "A headline") -> ParsedArticle {
        var text = title + "\n\n"
        var ranges: [Range<Int>] = []
        for p in paragraphs {
            let start = text.utf8.count
            text += p
            ranges.append(start..<text.utf8.count)
            text += "\n\n"
        }
        var article = ParsedArticle(text: text)
        article.title = 0..<title.utf8.count
        article.paragraphs = ranges
        return article
    }

    static func extract(_ paragraphs: String...) -> Extraction {
        extractor.extract(article(paragraphs))
    }
}

@Test func fixtureLexiconLoads() {
    #expect(Fixture.lexicon.countries.count == 7)
    #expect(Fixture.lexicon.speechCues.count == 18)
    #expect(Fixture.lexicon.acts.count == 14)
    #expect(Fixture.lexicon.eventKinds.map(\.kind) == ["talks", "air strike", "offensive", "summit", "vote"])
}

@Test func statementTextMatchesItsRange() {
    let a = Fixture.article(["“We will not bend,” said Ingrid Halvorsen, the mayor’s spokeswoman. Óscar Núñez said the vote was fair."])
    let e = Fixture.extractor.extract(a)
    #expect(!e.statements.isEmpty)
    for s in e.statements {
        #expect(a.string(s.range) == s.text)
        #expect(s.context.contains(s.range.lowerBound))
        if let c = s.cueRange { #expect(a.string(c) == s.cue) }
        if let sp = s.speaker { #expect(a.string(sp.mention) == sp.mentionText) }
    }
}
