import Testing
@testable import VerbatimText

/// Dates as the text gives them, resolved against the article's date (2016-02-05 was a Friday).
struct EventDateTests {
    @Test func weekdaysCountFromTheArticleDate() {
        #expect(EventDate.weekday(4, .last).resolve(against: "2016-02-05") == "2016-02-04")  // on Thursday
        #expect(EventDate.weekday(5, .last).resolve(against: "2016-02-05") == "2016-02-05")  // on Friday (today)
        #expect(EventDate.weekday(1, .next).resolve(against: "2016-02-05") == "2016-02-08")  // next Monday
        #expect(EventDate.weekday(7, .nearest).resolve(against: "2016-02-05") == "2016-02-07")  // this Sunday
        #expect(EventDate.weekday(4, .last).resolve(against: nil) == nil)
    }

    @Test func daysTakeTheArticleYearOrTheOneBefore() {
        #expect(EventDate.day(year: nil, month: 2, day: 25).resolve(against: "2016-02-05") == "2016-02-25")
        #expect(EventDate.day(year: nil, month: 12, day: 30).resolve(against: "2017-01-02") == "2016-12-30")
        #expect(EventDate.day(year: 2015, month: 3, day: 1).resolve(against: nil) == "2015-03-01")
        #expect(EventDate.day(year: nil, month: 2, day: 30).resolve(against: "2016-02-05") == nil)
        #expect(EventDate.offset(days: -1).resolve(against: "2016-03-01") == "2016-02-29")
    }
}

/// Events in one article.
struct EventExtractionTests {
    func events(_ paragraphs: String...) -> [EventMention] {
        Fixture.extractor.extract(Fixture.article(paragraphs)).events
    }

    @Test func kindPlaceAndDates() {
        let e = events("Norwegian air strikes around Lindholm resumed on Thursday.",
                       "The envoy suspended the Geneva talks until February 25.")
        #expect(e.map(\.kind) == ["air strike", "talks"])
        #expect(e.map { $0.place ?? "-" } == ["Lindholm", "Geneva"])
        #expect(e[0].country == "NOR")
        #expect(e[0].when == .weekday(4, .last))
        #expect(e[1].until == .day(year: nil, month: 2, day: 25))
    }

    @Test func theFutureTurnsAWeekdayForward() {
        let e = events("The summit in Geneva will open on Monday.")
        #expect(e.map(\.when) == [.weekday(1, .next)])
    }

    @Test func laterMentionsOfTheSameKindAreOneEvent() {
        let e = events("Peace talks in Geneva began with Lev Orlov.", "The talks stalled when Norway walked out.",
                       "A vote in Oslo followed.")
        #expect(e.map(\.kind) == ["talks", "vote"])
        #expect(e[0].ranges.count == 2)
        #expect(e[0].participants.map(\.key).sorted() == ["Lev Orlov", "NOR"])
    }

    @Test func aDifferentPlaceIsAnotherEvent() {
        let e = events("Talks in Geneva ended.", "Talks in Oslo began.")
        #expect(e.map { $0.place ?? "-" } == ["Geneva", "Oslo"])
    }
}
