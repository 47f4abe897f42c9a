package org.civicvoice.participation.budget.control;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A participatory budget in the {@code .pb} format of the participatory budgeting library (pabulib.org): three
 * sections, each a line with its name ({@code META}, {@code PROJECTS}, {@code VOTES}), a header row and
 * {@code ;}-separated rows:
 * <pre>
 * META
 * key;value
 * description;Green projects 2026
 * num_projects;3
 * num_votes;4
 * budget;1000
 * vote_type;approval
 * rule;greedy
 * PROJECTS
 * project_id;cost;votes;name
 * 1;600;3;Bike lanes
 * VOTES
 * voter_id;vote
 * 1;1,3
 * </pre>
 * {@code PROJECTS} needs the columns {@code project_id} and {@code cost} (a whole number above zero), {@code VOTES}
 * needs {@code voter_id} and {@code vote} (the ids of the projects voted for, comma-separated). All other columns,
 * in either section, are kept as they are in each row's {@code columns} (in the header's order), so that writing a
 * parsed file keeps them. Reading accepts UTF-8 with or without a byte order mark, CRLF or LF line ends and fields
 * quoted with {@code "} (Commons CSV does the splitting and quoting); writing produces UTF-8 without a mark, LF
 * line ends and quotes only where a field needs them.
 *
 * <p>Whatever the vote type, {@link #toElection(String)} reads each vote as the approval of the projects it names.
 */
public record PabulibFile(Map<String, String> meta, List<Project> projects, List<Vote> votes) {

    static final String PROJECT_ID = "project_id";
    static final String COST = "cost";
    static final String VOTER_ID = "voter_id";
    static final String VOTE = "vote";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(';')
            .setQuote('"')
            .setQuoteMode(QuoteMode.MINIMAL)
            .setRecordSeparator("\n")
            .setIgnoreEmptyLines(true)
            .build();

    /** A project: its id, its cost and its other columns ({@code name}, {@code votes}, {@code category}, ...). */
    public record Project(String id, BigInteger cost, Map<String, String> columns) {

        public Project {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(cost, "cost");
            columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        }

        public static Project of(String id, long cost, String name) {
            return new Project(id, BigInteger.valueOf(cost), Map.of("name", name));
        }

        public String name() {
            return columns.get("name");
        }
    }

    /** A vote: the voter's id, the ids of the projects voted for, in the order written, and its other columns. */
    public record Vote(String voterId, List<String> projects, Map<String, String> columns) {

        public Vote {
            Objects.requireNonNull(voterId, "voterId");
            projects = List.copyOf(projects);
            columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        }

        public static Vote of(String voterId, String... projects) {
            return new Vote(voterId, List.of(projects), Map.of());
        }
    }

    public PabulibFile {
        meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
        projects = List.copyOf(projects);
        votes = List.copyOf(votes);
    }

    /**
     * A file for an election: the given META entries (with {@code num_projects}, {@code num_votes} and
     * {@code budget} set from the election, {@code vote_type} approval unless given), the candidates as projects
     * with their {@code votes} and, where {@code names} has one, their {@code name}, and one vote per ballot
     * (project ids in the order of the candidates).
     */
    public static PabulibFile of(Election election, Map<String, String> meta, Map<String, String> names) {
        Map<String, String> entries = new LinkedHashMap<>(meta);
        entries.put("num_projects", String.valueOf(election.candidates().size()));
        entries.put("num_votes", String.valueOf(election.ballots().size()));
        entries.put("budget", election.budget().toString());
        entries.putIfAbsent("vote_type", "approval");
        Map<String, Integer> votes = election.votes();
        List<Project> projects = new ArrayList<>();
        for (Candidate candidate : election.candidates()) {
            Map<String, String> columns = new LinkedHashMap<>();
            columns.put("votes", String.valueOf(votes.get(candidate.id())));
            columns.put("name", names.getOrDefault(candidate.id(), ""));
            projects.add(new Project(candidate.id(), candidate.cost(), columns));
        }
        List<Vote> ballots = new ArrayList<>();
        for (Ballot ballot : election.ballots()) {
            List<String> chosen = election.candidates().stream().map(Candidate::id)
                    .filter(ballot.approved()::contains).toList();
            ballots.add(new Vote(ballot.voterId(), chosen, Map.of()));
        }
        return new PabulibFile(entries, projects, ballots);
    }

    /** The election in this file: the budget from META {@code budget}, the projects and the votes as approvals. */
    public Election toElection(String seed) {
        String budget = meta.get("budget");
        if (budget == null) {
            throw new PabulibFormatException(0, "pabulib.missingBudget", "META has no budget");
        }
        List<Candidate> candidates = projects.stream().map(p -> new Candidate(p.id(), p.cost())).toList();
        List<Ballot> ballots = votes.stream().map(v -> new Ballot(v.voterId(), Set.copyOf(v.projects()))).toList();
        return new Election(wholeNumber(budget, 0, "pabulib.badBudget"), candidates, ballots, seed);
    }

    public static PabulibFile parse(InputStream in) {
        try {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PabulibFile parse(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new Reading(text).read();
    }

    public String write() {
        StringWriter out = new StringWriter();
        write(out);
        return out.toString();
    }

    public void write(OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(writer);
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(Writer out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, FORMAT);
            printer.printRecord("META");
            printer.printRecord("key", "value");
            for (Map.Entry<String, String> entry : meta.entrySet()) {
                printer.printRecord(entry.getKey(), entry.getValue());
            }
            List<String> projectColumns = columns(projects.stream().map(Project::columns).toList());
            printer.printRecord("PROJECTS");
            printer.printRecord(concat(List.of(PROJECT_ID, COST), projectColumns));
            for (Project project : projects) {
                printer.printRecord(concat(List.of(project.id(), project.cost().toString()),
                        values(project.columns(), projectColumns)));
            }
            List<String> voteColumns = columns(votes.stream().map(Vote::columns).toList());
            printer.printRecord("VOTES");
            printer.printRecord(concat(List.of(VOTER_ID, VOTE), voteColumns));
            for (Vote vote : votes) {
                printer.printRecord(concat(List.of(vote.voterId(), String.join(",", vote.projects())),
                        values(vote.columns(), voteColumns)));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> columns(List<Map<String, String>> rows) {
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(row -> columns.addAll(row.keySet()));
        return new ArrayList<>(columns);
    }

    private static List<String> values(Map<String, String> row, List<String> columns) {
        return columns.stream().map(column -> row.getOrDefault(column, "")).toList();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    static BigInteger wholeNumber(String text, int line, String key) {
        try {
            BigDecimal value = new BigDecimal(text.trim());
            return value.toBigIntegerExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new PabulibFormatException(line, key, "not a whole number: " + text);
        }
    }

    /** One pass over the records of a file, section by section. */
    private static final class Reading {
        private final String text;
        private final int[] lineStarts;
        private final Map<String, String> meta = new LinkedHashMap<>();
        private final List<Project> projects = new ArrayList<>();
        private final List<Vote> votes = new ArrayList<>();
        private final List<Integer> voteLines = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        private final Map<String, Integer> projectLines = new HashMap<>();
        private final Set<String> voterIds = new HashSet<>();
        private String section;
        private List<String> header;

        Reading(String text) {
            this.text = text;
            List<Integer> starts = new ArrayList<>(List.of(0));
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == '\n' || ch == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        PabulibFile read() {
            try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
                for (CSVRecord record : parser) {
                    row(record, lineOf(record.getCharacterPosition()));
                }
            } catch (IOException | UncheckedIOException | IllegalStateException e) {
                // Commons CSV reports a broken quote as an IOException (wrapped when iterating)
                throw new PabulibFormatException(lineAtEnd(), "pabulib.badQuoting", String.valueOf(e.getMessage()));
            }
            for (String name : List.of("META", "PROJECTS", "VOTES")) {
                if (!seen.contains(name)) {
                    throw new PabulibFormatException(lineAtEnd(), "pabulib.missingSection", name);
                }
            }
            for (int i = 0; i < votes.size(); i++) {
                for (String project : votes.get(i).projects()) {
                    if (!projectLines.containsKey(project)) {
                        throw new PabulibFormatException(voteLines.get(i), "pabulib.unknownProject", project);
                    }
                }
            }
            return new PabulibFile(meta, projects, votes);
        }

        private int lineAtEnd() {
            return text.endsWith("\n") || text.endsWith("\r") ? lineStarts.length - 1 : lineStarts.length;
        }

        private int lineOf(long position) {
            int found = Arrays.binarySearch(lineStarts, (int) position);
            return (found >= 0 ? found : -found - 2) + 1;
        }

        private void row(CSVRecord record, int line) {
            List<String> fields = record.toList();
            if (fields.size() == 1) {
                String name = fields.get(0).trim().toUpperCase(java.util.Locale.ROOT);
                if (name.equals("META") || name.equals("PROJECTS") || name.equals("VOTES")) {
                    if (!seen.add(name)) {
                        throw new PabulibFormatException(line, "pabulib.repeatedSection", name);
                    }
                    section = name;
                    header = null;
                    return;
                }
            }
            if (section == null) {
                throw new PabulibFormatException(line, "pabulib.outsideSection", "a row before the first section");
            }
            if (header == null) {
                header(fields, line);
                return;
            }
            if (fields.size() != header.size()) {
                throw new PabulibFormatException(line, "pabulib.columnCount",
                        fields.size() + " fields where the header has " + header.size());
            }
            switch (section) {
                case "META" -> meta(fields, line);
                case "PROJECTS" -> project(fields, line);
                default -> vote(fields, line);
            }
        }

        private void header(List<String> fields, int line) {
            List<String> names = fields.stream().map(String::trim).toList();
            List<String> required = switch (section) {
                case "META" -> List.of("key", "value");
                case "PROJECTS" -> List.of(PROJECT_ID, COST);
                default -> List.of(VOTER_ID, VOTE);
            };
            if (!names.containsAll(required) || section.equals("META") && names.size() != 2) {
                throw new PabulibFormatException(line, "pabulib.badHeader", section + " needs " + required);
            }
            if (new HashSet<>(names).size() != names.size()) {
                throw new PabulibFormatException(line, "pabulib.badHeader", "a column appears twice");
            }
            header = names;
        }

        private void meta(List<String> fields, int line) {
            String key = fields.get(header.indexOf("key")).trim();
            String value = fields.get(header.indexOf("value"));
            if (meta.containsKey(key)) {
                throw new PabulibFormatException(line, "pabulib.repeatedKey", key);
            }
            if (key.equals("budget")) {
                wholeNumber(value, line, "pabulib.badBudget");
            }
            meta.put(key, value);
        }

        private void project(List<String> fields, int line) {
            Map<String, String> columns = columns(fields, PROJECT_ID, COST);
            String id = fields.get(header.indexOf(PROJECT_ID)).trim();
            BigInteger cost = wholeNumber(fields.get(header.indexOf(COST)), line, "pabulib.badCost");
            if (id.isEmpty()) {
                throw new PabulibFormatException(line, "pabulib.missingProjectId", "empty project_id");
            }
            if (cost.signum() <= 0) {
                throw new PabulibFormatException(line, "pabulib.badCost", "cost is not above zero: " + cost);
            }
            if (projectLines.putIfAbsent(id, line) != null) {
                throw new PabulibFormatException(line, "pabulib.repeatedProject", id);
            }
            projects.add(new Project(id, cost, columns));
        }

        private void vote(List<String> fields, int line) {
            Map<String, String> columns = columns(fields, VOTER_ID, VOTE);
            String voterId = fields.get(header.indexOf(VOTER_ID)).trim();
            if (!voterIds.add(voterId)) {
                throw new PabulibFormatException(line, "pabulib.repeatedVoter", voterId);
            }
            List<String> chosen = new ArrayList<>();
            for (String project : fields.get(header.indexOf(VOTE)).split(",")) {
                if (!project.isBlank()) {
                    chosen.add(project.trim());
                }
            }
            if (new HashSet<>(chosen).size() != chosen.size()) {
                throw new PabulibFormatException(line, "pabulib.repeatedProjectInVote", String.join(",", chosen));
            }
            votes.add(new Vote(voterId, chosen, columns));
            voteLines.add(line);
        }

        private Map<String, String> columns(List<String> fields, String... known) {
            Map<String, String> columns = new LinkedHashMap<>();
            List<String> skip = List.of(known);
            for (int i = 0; i < header.size(); i++) {
                if (!skip.contains(header.get(i))) {
                    columns.put(header.get(i), fields.get(i));
                }
            }
            return columns;
        }
    }
}
