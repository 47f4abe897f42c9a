package org.civicvoice.participation.budget.control;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PabulibFileTest {

    /** The equalshares.net example as a Pabulib file, with a quoted name, extra columns and non-Latin text. */
    static final String SAMPLE = """
            META
            key;value
            description;Example heading from equalshares.net
            country;Cambodia
            unit;Phnom Penh
            instance;2026
            num_projects;5
            num_votes;11
            budget;1100
            vote_type;approval
            rule;greedy
            PROJECTS
            project_id;cost;votes;name;category
            bike;700;7;Bike lanes;transport
            gym;400;6;"Gym; outdoor";sport
            park;250;5;"The ""green"" park";environment
            playground;200;4;សួនកុមារ;children
            library;100;3;Library;culture
            VOTES
            voter_id;age;vote
            1;34;bike,gym
            2;27;bike,gym,park
            3;61;bike,gym
            4;45;bike,gym,park
            5;19;bike,gym,park
            6;52;bike,gym
            7;38;park,playground,library
            8;70;playground
            9;23;playground,library
            10;41;park,playground,library
            11;30;bike
            """;

    @Test
    void parsesMetaProjectsAndVotesKeepingOtherColumns() {
        PabulibFile file = PabulibFile.parse(SAMPLE);

        assertEquals("1100", file.meta().get("budget"));
        assertEquals("greedy", file.meta().get("rule"));
        assertEquals("approval", file.meta().get("vote_type"));
        assertEquals(9, file.meta().size());
        assertEquals(5, file.projects().size());
        PabulibFile.Project gym = file.projects().get(1);
        assertEquals("gym", gym.id());
        assertEquals(BigInteger.valueOf(400), gym.cost());
        assertEquals("Gym; outdoor", gym.name());
        assertEquals(Map.of("votes", "6", "name", "Gym; outdoor", "category", "sport"), gym.columns());
        assertEquals("The \"green\" park", file.projects().get(2).name());
        assertEquals("សួនកុមារ", file.projects().get(3).name());
        assertEquals(11, file.votes().size());
        PabulibFile.Vote second = file.votes().get(1);
        assertEquals("2", second.voterId());
        assertEquals(List.of("bike", "gym", "park"), second.projects());
        assertEquals(Map.of("age", "27"), second.columns());
    }

    @Test
    void toElectionGivesTheBudgetCandidatesAndApprovals() {
        Election election = PabulibFile.parse(SAMPLE).toElection("seed");

        assertEquals(BigInteger.valueOf(1_100), election.budget());
        assertEquals(new Candidate("bike", BigInteger.valueOf(700)), election.candidates().get(0));
        assertEquals(Set.of("park", "playground", "library"), election.ballots().get(6).approved());
        assertEquals(List.of("bike", "playground", "library"), new EqualSharesRule().compute(election).selected());
        assertEquals(List.of("bike", "gym"), new GreedyRule().compute(election).selected());
    }

    @Test
    void writingAParsedFileAndParsingItAgainKeepsEverything() {
        PabulibFile file = PabulibFile.parse(SAMPLE);

        String written = file.write();

        assertEquals(file, PabulibFile.parse(written));
        assertTrue(written.contains("\"Gym; outdoor\""));
        assertTrue(written.startsWith("META\nkey;value\ndescription;"));
        assertTrue(written.contains("\nVOTES\nvoter_id;vote;age\n1;bike,gym;34\n"));
    }

    @Test
    void writesAFileBuiltFromAModel() {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("description", "Built by hand");
        meta.put("budget", "500");
        meta.put("vote_type", "approval");
        PabulibFile file = new PabulibFile(meta,
                List.of(PabulibFile.Project.of("a", 300, "Trees"), PabulibFile.Project.of("b", 200, "Benches")),
                List.of(PabulibFile.Vote.of("v1", "a", "b"), PabulibFile.Vote.of("v2", "b")));

        String written = file.write();

        assertEquals("""
                META
                key;value
                description;Built by hand
                budget;500
                vote_type;approval
                PROJECTS
                project_id;cost;name
                a;300;Trees
                b;200;Benches
                VOTES
                voter_id;vote
                v1;a,b
                v2;b
                """, written);
        assertEquals(file, PabulibFile.parse(written));
    }

    @Test
    void readsUtf8WithAByteOrderMarkAndCrLfLineEnds() {
        byte[] body = SAMPLE.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);

        PabulibFile file = PabulibFile.parse(new ByteArrayInputStream(bytes));

        assertEquals(PabulibFile.parse(SAMPLE), file);
        assertEquals("description", file.meta().keySet().iterator().next());
    }

    @Test
    void writesUtf8Bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PabulibFile.parse(SAMPLE).write(out);

        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("សួនកុមារ"));
        assertFalse(text.startsWith("\uFEFF"));
    }

    @Test
    void aMissingSectionIsReportedAtTheEndOfTheFile() {
        String withoutVotes = SAMPLE.substring(0, SAMPLE.indexOf("VOTES"));

        PabulibFormatException e = assertThrows(PabulibFormatException.class, () -> PabulibFile.parse(withoutVotes));

        assertEquals("pabulib.missingSection", e.key());
        assertEquals(18, e.line());
        assertTrue(e.getMessage().contains("VOTES"));
    }

    @Test
    void aVoteNamingAnUnknownProjectIsReportedAtItsLine() {
        String text = SAMPLE.replace("8;70;playground", "8;70;playground,pool");

        PabulibFormatException e = assertThrows(PabulibFormatException.class, () -> PabulibFile.parse(text));

        assertEquals("pabulib.unknownProject", e.key());
        assertEquals(28, e.line());
    }

    @Test
    void aCostThatIsNotANumberIsReportedAtItsLine() {
        String text = SAMPLE.replace("park;250;", "park;about 250;");

        PabulibFormatException e = assertThrows(PabulibFormatException.class, () -> PabulibFile.parse(text));

        assertEquals("pabulib.badCost", e.key());
        assertEquals(16, e.line());
    }

    @Test
    void lineNumbersCountQuotedLineBreaksAndCrLf() {
        String text = SAMPLE.replace("Bike lanes", "\"Bike\nlanes\"").replace("park;250;", "park;x;")
                .replace("\n", "\r\n");

        PabulibFormatException e = assertThrows(PabulibFormatException.class, () -> PabulibFile.parse(text));

        assertEquals(17, e.line());
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsReportedAtItsLine() {
        String text = SAMPLE.replace("9;23;playground,library", "9;playground,library");

        PabulibFormatException e = assertThrows(PabulibFormatException.class, () -> PabulibFile.parse(text));

        assertEquals("pabulib.columnCount", e.key());
        assertEquals(29, e.line());
    }

    @Test
    void aRowBeforeAnySectionIsReported() {
        PabulibFormatException e = assertThrows(PabulibFormatException.class,
                () -> PabulibFile.parse("key;value\n" + SAMPLE));

        assertEquals("pabulib.outsideSection", e.key());
        assertEquals(1, e.line());
    }

    @Test
    void aVotesHeaderWithoutTheVoteColumnIsReported() {
        PabulibFormatException e = assertThrows(PabulibFormatException.class,
                () -> PabulibFile.parse(SAMPLE.replace("voter_id;age;vote", "voter_id;age;ballot")));

        assertEquals("pabulib.badHeader", e.key());
        assertEquals(20, e.line());
    }

    @Test
    void toElectionNeedsABudget() {
        PabulibFile file = PabulibFile.parse(SAMPLE.replace("budget;1100\n", ""));

        PabulibFormatException e = assertThrows(PabulibFormatException.class, () -> file.toElection("s"));

        assertEquals("pabulib.missingBudget", e.key());
        assertEquals(0, e.line());
    }

    @Test
    void anUnclosedQuoteIsReported() {
        PabulibFormatException e = assertThrows(PabulibFormatException.class,
                () -> PabulibFile.parse(SAMPLE.replace("\"Gym; outdoor\"", "\"Gym; outdoor")));

        assertEquals("pabulib.badQuoting", e.key());
    }

    @Test
    void anElectionWrittenAsAFileReadsBackAsTheSameElection() {
        Election election = Examples.equalSharesNet();

        PabulibFile file = PabulibFile.of(election, Map.of("description", "equalshares.net"), Map.of("Bike", "Bikes"));
        PabulibFile read = PabulibFile.parse(file.write());

        assertEquals(file, read);
        assertEquals(election, read.toElection(election.seed()));
        assertEquals("11", read.meta().get("num_votes"));
        assertEquals("Bikes", read.projects().get(0).name());
        assertEquals("7", read.projects().get(0).columns().get("votes"));
    }
}
