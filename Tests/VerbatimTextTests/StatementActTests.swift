import Testing
@testable import VerbatimText

/// What a statement does, and at whom.
struct StatementActTests {
    /// Each statement as `act>target` items (`-` for no target), the main act first.
    func acts(_ paragraphs: String...) -> [String] {
        Fixture.extractor.extract(Fixture.article(paragraphs)).statements.map { s in
            s.acts.map { "\($0.act)>\($0.target?.key ?? "-")" }.joined(separator: ",")
        }
    }

    @Test func anEvaluativeCueGivesTheActAndItsObjectTheTarget() {
        #expect(acts("The British envoy Hugh Dane criticized the Russian campaign in the north.") == ["criticize>RUS"])
        #expect(acts("Mara Quill urged Russia to stop the bombing.") == ["urge>RUS"])
    }

    @Test func wordsInsideTheStatementGiveTheAct() {
        #expect(acts("“We condemn the brutal attack on the harbour,” said Lev Orlov.") == ["condemn>-"])
        #expect(acts("Lev Orlov said his government supports Norway and condemns the attack.") == ["support>NOR,condemn>-"])
        #expect(acts("“The talks will go well, I am hopeful,” said Lev Orlov.") == ["hope>-"])
    }

    @Test func aNeutralCueWithNoActWordIsASaying() {
        #expect(acts("“The ferry leaves at noon,” said Lev Orlov.") == ["say>-"])
    }

    @Test func aCorrectiveDenialIsADenial() {
        #expect(acts("“It is not an escalation but a defence of the harbour,” said Lev Orlov.") == ["deny>-"])
    }

    @Test func theOneAStatementIsSaidOfIsTheTarget() {
        #expect(acts("Ingrid Halvorsen spoke after Lev Orlov.",
                     "“The harbour needs to reopen,” she said of Lev Orlov.") == ["urge>Lev Orlov"])
    }

    @Test func tellingOffSomeoneAbsentCriticizesThem() {
        #expect(acts("Ingrid Halvorsen spoke after Lev Orlov.",
                     "“He needs to look at the facts,” she said of Lev Orlov.") == ["criticize>Lev Orlov"])
    }

    @Test func everyStatementHasAnAct() {
        let e = Fixture.extract("Lev Orlov said the harbour would reopen.", "“It is late,” said Ingrid Halvorsen.",
                                "Diplomats said the talks were over.")
        #expect(e.statements.count == 3)
        #expect(e.statements.allSatisfy { !$0.acts.isEmpty })
    }
}

/// What does not make an act.
struct StatementActNegationTests {
    func acts(_ paragraphs: String...) -> [String] {
        Fixture.extractor.extract(Fixture.article(paragraphs)).statements.map { s in
            s.acts.map { "\($0.act)>\($0.target?.key ?? "-")" }.joined(separator: ",")
        }
    }

    @Test func aNegatedActWordIsNotThatAct() {
        #expect(acts("“I don't criticize Norway for this,” said Lev Orlov.") == ["say>-"])
    }

    @Test func onlyANegatedCopulaMakesACorrectiveDenial() {
        #expect(acts("“I do not see a deal today, but one may come,” said Lev Orlov.") == ["say>-"])
        #expect(acts("“This isn't a blockade but a patrol,” said Lev Orlov.") == ["deny>-"])
    }

    @Test func anInvertedModalIsAConditionNotACall() {
        #expect(acts("“We will talk should they begin the patrols,” said Lev Orlov.") == ["say>-"])
    }
}
