// The libFuzzer target of the text library: one input is decoded as an article file would be, then parsed and
// extracted twice, as a plain-text article (title line first) and as the text of a JSON line. Any trap is a crash
// the fuzzer reports; any input that takes seconds is a hang. Built and run by `scripts/fuzz`.
import Foundation

/// The extractor over the shipped lexicon, built once for all inputs (`VERBATIM_DATA` names the `data/` folder).
let fuzzExtractor: Extractor = {
    let directory = ProcessInfo.processInfo.environment["VERBATIM_DATA"].map { URL(fileURLWithPath: $0) }
    do {
        return Extractor(lexicon: try Lexicon.load(from: directory))
    } catch {
        fatalError("the fuzzer cannot read the lexicon: \(error)")
    }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard case .success(let decoded) = TextDecoder.decode(bytes) else { return 0 }
    for hasTitleLine in [true, false] {
        let parsed = ArticleParser.parse(decoded.text, hasTitleLine: hasTitleLine)
        let extraction = fuzzExtractor.extract(parsed)
        // What the importer reads of the extraction: offsets in scalars, and the text of each span.
        let offsets = ScalarOffsets(decoded.text)
        for statement in extraction.statements {
            _ = offsets.scalars(statement.range)
            _ = offsets.scalars(statement.context)
            _ = parsed.string(statement.context)
            if let mention = statement.unresolvedMention { _ = parsed.string(mention) }
        }
        for mention in extraction.mentions { _ = offsets.scalars(mention.range) }
        for event in extraction.events { _ = offsets.scalars(event.range) }
    }
    return 0
}
