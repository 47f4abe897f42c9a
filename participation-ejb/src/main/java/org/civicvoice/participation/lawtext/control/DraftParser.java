package org.civicvoice.participation.lawtext.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.civicvoice.participation.lawtext.entity.LawStyle;
import org.civicvoice.participation.lawtext.entity.ParseIssue;
import org.civicvoice.participation.lawtext.entity.ParsedDraft;
import org.civicvoice.participation.lawtext.entity.ParsedUnit;
import org.civicvoice.participation.lawtext.entity.UnitKind;
import org.civicvoice.participation.lawtext.entity.UnitNumber;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a draft law written as plain text or Markdown into its units, line by line: a line that starts with a
 * unit's label (in the draft's numbering style) opens that unit, any other line belongs to the unit before it.
 * Markdown's heading marks, emphasis, list marks and escapes are dropped first, so {@code ## § 2. Terms} reads as
 * {@code § 2. Terms}. Bracketed amendment notes ({@code [RT I, 12.03.2015, 3 – entry into force 01.07.2015]}) are
 * kept as the unit's notes, not as its text.
 *
 * <p>Every sequence of units is checked: it starts at 1 and each unit follows the one before (the next number, or
 * the next inserted one: {@code 2¹)} after {@code 2)}); a gap, a repeat or a number going back is an issue, as is a
 * unit where it cannot stand (a clause under a chapter) and text inside a grouping after its heading. Sections and
 * articles are numbered through the whole act; their parts restart in each parent.
 */
@ApplicationScoped
public class DraftParser {

    private static final String NUM = "([0-9០-៩]+)((?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+)|(?:\\^[0-9]+))?";
    private static final String ROMAN_OR_NUM = "([IVXLCivxlc]+|[0-9]+|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE)";
    private static final Pattern NOTE = Pattern.compile(
            "\\[[^\\[\\]]*(?:RT\\s*I{1,3}\\b|entry into force|jõust|OJ\\s+L\\s)[^\\[\\]]*]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^\\s{0,3}(?:#{1,6}\\s+|>\\s?|[-*+]\\s+)");
    private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>])");
    private static final Pattern MARKDOWN_EMPHASIS = Pattern.compile("(\\*\\*|__)(.+?)\\1");
    private static final int HEADING_LENGTH = 150;

    /** How a unit takes the text after its label and the plain lines after it. */
    enum HeadingRule {
        /** A grouping: the rest of its line, or else the next line, is its heading; nothing more. */
        GROUP,
        /** The rest of the line is the heading, later lines the text (Estonian {@code § 2. Terms}). */
        SAME_LINE,
        /** As {@link #SAME_LINE}, and a short first line below it is the heading when the line had none (EU). */
        NEXT_LINE,
        /** A short rest of the line without a full stop is the heading, a longer one the text (Khmer). */
        SHORT_SAME_LINE,
        /** Everything is text. */
        TEXT
    }

    enum Numbering { DIGITS, ANY, LETTERS, ROMAN, KHMER_LETTERS, DIGITS_LETTER_SUFFIX }

    record Level(UnitKind kind, List<Pattern> patterns, Numbering numbering, boolean continuous,
                 Set<UnitKind> parents, boolean rootAllowed, HeadingRule rule, boolean eIdAnchor) {
    }

    private static final Map<LawStyle, List<Level>> LEVELS = Map.of(
            LawStyle.ESTONIAN, List.of(
                    level(UnitKind.PART, Numbering.DIGITS, true, Set.of(), true, HeadingRule.GROUP,
                            "^Part\\s+" + NUM + "\\.?\\s*(.*)$", "^" + NUM + "\\.\\s*osa\\b\\.?\\s*(.*)$"),
                    level(UnitKind.CHAPTER, Numbering.DIGITS, true, Set.of(UnitKind.PART), true, HeadingRule.GROUP,
                            "^Chapter\\s+" + NUM + "\\.?\\s*(.*)$", "^" + NUM + "\\.\\s*peatükk\\b\\.?\\s*(.*)$"),
                    level(UnitKind.DIVISION, Numbering.DIGITS, false, Set.of(UnitKind.CHAPTER), false, HeadingRule.GROUP,
                            "^Division\\s+" + NUM + "\\.?\\s*(.*)$", "^" + NUM + "\\.\\s*jagu\\b\\.?\\s*(.*)$"),
                    level(UnitKind.SECTION, Numbering.DIGITS, true,
                            Set.of(UnitKind.PART, UnitKind.CHAPTER, UnitKind.DIVISION), true, HeadingRule.SAME_LINE,
                            "^§\\s*" + NUM + "\\s*\\.?\\s*(.*)$"),
                    level(UnitKind.SUBSECTION, Numbering.DIGITS, false, Set.of(UnitKind.SECTION), false,
                            HeadingRule.TEXT, "^\\(" + NUM + "\\)\\s*(.*)$"),
                    level(UnitKind.PARAGRAPH, Numbering.DIGITS, false, Set.of(UnitKind.SECTION, UnitKind.SUBSECTION),
                            false, HeadingRule.TEXT, "^" + NUM + "\\)\\s*(.*)$")),
            LawStyle.EU, List.of(
                    level(UnitKind.PART, Numbering.ANY, false, Set.of(), true, HeadingRule.GROUP,
                            "^(?:PART|Part)\\s+" + ROMAN_OR_NUM + "\\b\\.?\\s*[-–—:]?\\s*(.*)$"),
                    level(UnitKind.TITLE, Numbering.ANY, false, Set.of(UnitKind.PART), true, HeadingRule.GROUP,
                            "^(?:TITLE|Title)\\s+" + ROMAN_OR_NUM + "\\b\\.?\\s*[-–—:]?\\s*(.*)$"),
                    level(UnitKind.CHAPTER, Numbering.ANY, false, Set.of(UnitKind.PART, UnitKind.TITLE), true,
                            HeadingRule.GROUP, "^(?:CHAPTER|Chapter)\\s+" + ROMAN_OR_NUM + "\\b\\.?\\s*[-–—:]?\\s*(.*)$"),
                    level(UnitKind.SECTION, Numbering.ANY, false, Set.of(UnitKind.CHAPTER), false, HeadingRule.GROUP,
                            "^(?:SECTION|Section)\\s+" + ROMAN_OR_NUM + "\\b\\.?\\s*[-–—:]?\\s*(.*)$"),
                    level(UnitKind.ARTICLE, Numbering.DIGITS_LETTER_SUFFIX, true,
                            Set.of(UnitKind.PART, UnitKind.TITLE, UnitKind.CHAPTER, UnitKind.SECTION), true,
                            HeadingRule.NEXT_LINE, "^Article\\s+([0-9]+)([a-z])?\\b\\.?\\s*[-–—:]?\\s*(.*)$"),
                    level(UnitKind.PARAGRAPH, Numbering.DIGITS, false, Set.of(UnitKind.ARTICLE), false,
                            HeadingRule.TEXT, "^([0-9]+)()\\.\\s+(.*)$"),
                    level(UnitKind.POINT, Numbering.LETTERS, false, Set.of(UnitKind.ARTICLE, UnitKind.PARAGRAPH),
                            false, HeadingRule.TEXT, "^\\(([a-z]{1,2})()\\)\\s*(.*)$"),
                    level(UnitKind.SUBPOINT, Numbering.ROMAN, false, Set.of(UnitKind.POINT), false,
                            HeadingRule.TEXT, "^\\(([ivxl]+)()\\)\\s*(.*)$")),
            LawStyle.KHMER, List.of(
                    level(UnitKind.PART, Numbering.DIGITS, true, Set.of(), true, HeadingRule.GROUP,
                            "^ភាគទី\\s*" + NUM + "\\s*[.:៖-]?\\s*(.*)$"),
                    level(UnitKind.CHAPTER, Numbering.DIGITS, true, Set.of(UnitKind.PART), true, HeadingRule.GROUP,
                            "^ជំពូកទី\\s*" + NUM + "\\s*[.:៖-]?\\s*(.*)$"),
                    level(UnitKind.SECTION, Numbering.DIGITS, false, Set.of(UnitKind.CHAPTER), false, HeadingRule.GROUP,
                            "^ផ្នែកទី\\s*" + NUM + "\\s*[.:៖-]?\\s*(.*)$"),
                    level(UnitKind.ARTICLE, Numbering.DIGITS, true,
                            Set.of(UnitKind.PART, UnitKind.CHAPTER, UnitKind.SECTION), true,
                            HeadingRule.SHORT_SAME_LINE, "^មាត្រា\\s*" + NUM + "\\s*(?:\\.-|\\.|-|៖|:)?\\s*(.*)$"),
                    level(UnitKind.PARAGRAPH, Numbering.DIGITS, false, Set.of(UnitKind.ARTICLE), false,
                            HeadingRule.TEXT, "^" + NUM + "\\s*[.)]\\s+(.*)$"),
                    level(UnitKind.POINT, Numbering.KHMER_LETTERS, false, Set.of(UnitKind.ARTICLE, UnitKind.PARAGRAPH),
                            false, HeadingRule.TEXT, "^([" + Numerals.KHMER_LETTERS + "])()\\s*[.)]\\s+(.*)$")));

    private static Level level(UnitKind kind, Numbering numbering, boolean continuous, Set<UnitKind> parents,
                               boolean rootAllowed, HeadingRule rule, String... patterns) {
        List<Pattern> compiled = new ArrayList<>();
        for (String pattern : patterns) {
            compiled.add(Pattern.compile(pattern, Pattern.UNICODE_CASE));
        }
        boolean anchor = kind == UnitKind.ARTICLE;
        return new Level(kind, List.copyOf(compiled), numbering, continuous,
                parents.isEmpty() ? EnumSet.noneOf(UnitKind.class) : EnumSet.copyOf(parents), rootAllowed, rule,
                anchor);
    }

    /** The style a draft is written in, judged by the labels it uses. */
    public LawStyle detect(String source) {
        String text = source == null ? "" : source;
        if (text.contains("មាត្រា") || text.contains("ជំពូកទី")) {
            return LawStyle.KHMER;
        }
        for (String raw : text.split("\\R")) {
            String line = normalise(raw);
            if (line.startsWith("§") || line.matches("(?iu)^[0-9]+\\.\\s*peatükk.*")) {
                return LawStyle.ESTONIAN;
            }
        }
        return LawStyle.EU;
    }

    public ParsedDraft parse(String source) {
        return parse(source, detect(source));
    }

    public ParsedDraft parse(String source, LawStyle style) {
        return new Run(LEVELS.get(style), style).read(source == null ? "" : source);
    }

    /** One reading of one draft. */
    private static final class Run {

        private final List<Level> levels;
        private final LawStyle style;
        private final List<Node> nodes = new ArrayList<>();
        private final List<Node> open = new ArrayList<>();
        private final List<ParseIssue> issues = new ArrayList<>();
        private final Map<String, UnitNumber> lastInSequence = new HashMap<>();
        private final Map<String, String> lastLabel = new HashMap<>();
        private final StringBuilder preamble = new StringBuilder();
        private boolean blankBefore;

        Run(List<Level> levels, LawStyle style) {
            this.levels = levels;
            this.style = style;
        }

        ParsedDraft read(String source) {
            String[] lines = source.split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                line(i + 1, lines[i]);
            }
            if (nodes.isEmpty()) {
                issues.add(ParseIssue.of(1, ParseIssue.EMPTY));
            }
            List<ParsedUnit> units = new ArrayList<>(nodes.size());
            for (Node node : nodes) {
                units.add(node.toUnit());
            }
            return new ParsedDraft(style, preamble.toString().strip(), units, issues);
        }

        private void line(int number, String raw) {
            String line = normalise(raw);
            List<String> notes = new ArrayList<>();
            Matcher note = NOTE.matcher(line);
            while (note.find()) {
                notes.add(note.group().substring(1, note.group().length() - 1).strip());
            }
            if (!notes.isEmpty()) {
                line = NOTE.matcher(line).replaceAll("").strip();
            }
            if (line.isEmpty()) {
                blankBefore = true;
                attachNotes(number, notes);
                return;
            }
            if (!openUnit(number, line)) {
                plain(number, line);
            }
            attachNotes(number, notes);
            blankBefore = false;
        }

        private void attachNotes(int number, List<String> notes) {
            if (notes.isEmpty()) {
                return;
            }
            if (open.isEmpty()) {
                issues.add(ParseIssue.of(number, ParseIssue.UNPLACED, snippet(notes.get(0))));
                return;
            }
            open.get(open.size() - 1).notes.addAll(notes);
        }

        private boolean openUnit(int number, String line) {
            for (int index = 0; index < levels.size(); index++) {
                Level level = levels.get(index);
                for (Pattern pattern : level.patterns()) {
                    Matcher m = pattern.matcher(line);
                    if (m.matches()) {
                        int chosen = choose(index, m);
                        if (chosen != index) {
                            Matcher again = levels.get(chosen).patterns().get(0).matcher(line);
                            if (again.matches()) {
                                add(number, chosen, again, line);
                                return true;
                            }
                        }
                        UnitNumber value = numberOf(level, m);
                        if (value == null) {
                            continue;
                        }
                        add(number, index, m, line);
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * EU points and their subpoints share a form: {@code (i)} is the ninth point after {@code (h)}, otherwise
         * the first subpoint of the open point; {@code (v)} continues subpoints after {@code (iv)}.
         */
        private int choose(int index, Matcher m) {
            Level level = levels.get(index);
            if (style != LawStyle.EU || level.kind() != UnitKind.POINT || index + 1 >= levels.size()) {
                return index;
            }
            String token = m.group(1);
            int roman = Numerals.roman(token);
            if (roman < 0) {
                return index;
            }
            Node point = null;
            for (int i = open.size() - 1; i >= 0; i--) {
                if (open.get(i).kind() == UnitKind.POINT) {
                    point = open.get(i);
                    break;
                }
            }
            if (point == null) {
                return index;
            }
            int letter = Numerals.letters(token);
            UnitNumber lastSub = lastInSequence.get(point.position + ":" + UnitKind.SUBPOINT);
            if (lastSub != null && roman == lastSub.base() + 1) {
                return index + 1;
            }
            boolean letterContinues = letter > 0 && point.number.base() == letter - 1;
            if (lastSub == null && roman == 1 && !letterContinues) {
                return index + 1;
            }
            return index;
        }

        private void add(int lineNumber, int index, Matcher m, String line) {
            Level level = levels.get(index);
            UnitNumber number = numberOf(level, m);
            if (number == null) {
                plain(lineNumber, line);
                return;
            }
            while (!open.isEmpty() && open.get(open.size() - 1).levelIndex >= index) {
                open.remove(open.size() - 1);
            }
            Node parent = open.isEmpty() ? null : open.get(open.size() - 1);
            String label = label(level, m, line);
            if (parent == null ? !level.rootAllowed() : !level.parents().contains(parent.kind())) {
                issues.add(ParseIssue.of(lineNumber, ParseIssue.MISPLACED, label));
            }
            checkSequence(lineNumber, level, parent, number, label);
            Node node = new Node(nodes.size(), index, level, number, label, parent, open.size(), lineNumber);
            node.eId = (parent == null || level.eIdAnchor() ? "" : parent.eId + "__")
                    + level.kind().eIdPrefix() + "_" + eIdNumber(level, m, number);
            String rest = m.group(m.groupCount()).strip();
            switch (level.rule()) {
                case GROUP, SAME_LINE, NEXT_LINE -> node.heading = rest;
                case SHORT_SAME_LINE -> {
                    if (!rest.contains("។") && !rest.endsWith("៖") && !rest.endsWith(":") && rest.length() <= 80) {
                        node.heading = rest;
                    } else {
                        node.text.append(rest);
                    }
                }
                case TEXT -> node.text.append(rest);
            }
            nodes.add(node);
            open.add(node);
        }

        private void checkSequence(int line, Level level, Node parent, UnitNumber number, String label) {
            String key = (level.continuous() ? "" : (parent == null ? "-1" : Integer.toString(parent.position)))
                    + ":" + level.kind();
            UnitNumber previous = lastInSequence.get(key);
            String previousLabel = lastLabel.get(key);
            if (previous == null) {
                if (!number.equals(UnitNumber.FIRST)) {
                    issues.add(ParseIssue.of(line, ParseIssue.GAP, label, display(level, UnitNumber.FIRST)));
                }
            } else if (number.equals(previous)) {
                issues.add(ParseIssue.of(line, ParseIssue.REPEAT, label, previousLabel));
            } else if (number.compareTo(previous) < 0) {
                issues.add(ParseIssue.of(line, ParseIssue.BACKWARDS, label, previousLabel));
            } else if (!number.follows(previous)) {
                issues.add(ParseIssue.of(line, ParseIssue.GAP, label,
                        display(level, new UnitNumber(previous.base() + 1, 0))));
            }
            lastInSequence.put(key, number);
            lastLabel.put(key, label);
        }

        private void plain(int number, String line) {
            if (open.isEmpty()) {
                if (!preamble.isEmpty()) {
                    preamble.append(blankBefore ? "\n" : " ");
                }
                preamble.append(line);
                return;
            }
            Node node = open.get(open.size() - 1);
            switch (node.level.rule()) {
                case GROUP -> {
                    if (node.heading.isEmpty()) {
                        node.heading = line;
                    } else {
                        issues.add(ParseIssue.of(number, ParseIssue.UNPLACED, snippet(line)));
                    }
                }
                case NEXT_LINE -> {
                    if (node.heading.isEmpty() && node.text.isEmpty() && looksLikeHeading(line)) {
                        node.heading = line;
                    } else {
                        node.append(line, blankBefore);
                    }
                }
                default -> node.append(line, blankBefore);
            }
        }

        private static boolean looksLikeHeading(String line) {
            return line.length() <= HEADING_LENGTH && !line.endsWith(".") && !line.endsWith(":")
                    && !line.endsWith(";") && !line.endsWith(",");
        }

        private static String label(Level level, Matcher m, String line) {
            String rest = m.group(m.groupCount());
            String head = line.substring(0, line.length() - rest.length()).strip();
            if (head.endsWith(".-")) {
                head = head.substring(0, head.length() - 2);
            }
            while (!head.isEmpty() && ".:៖-–—".indexOf(head.charAt(head.length() - 1)) >= 0
                    && level.kind() != UnitKind.PARAGRAPH) {
                head = head.substring(0, head.length() - 1).strip();
            }
            return head;
        }

        private static String display(Level level, UnitNumber number) {
            return switch (level.numbering()) {
                case LETTERS -> Numerals.letterOf(number.base());
                case ROMAN -> Numerals.toRoman(number.base()).toLowerCase(java.util.Locale.ROOT);
                case KHMER_LETTERS -> number.base() >= 1 && number.base() <= Numerals.KHMER_LETTERS.length()
                        ? String.valueOf(Numerals.KHMER_LETTERS.charAt(number.base() - 1)) : number.toString();
                default -> number.toString();
            };
        }

        private static String eIdNumber(Level level, Matcher m, UnitNumber number) {
            return switch (level.numbering()) {
                case LETTERS, ROMAN -> m.group(1).toLowerCase(java.util.Locale.ROOT);
                default -> number.eIdPart();
            };
        }

        private static UnitNumber numberOf(Level level, Matcher m) {
            String main = m.group(1);
            String extra = m.groupCount() >= 3 ? m.group(2) : null;
            int base = switch (level.numbering()) {
                case DIGITS, DIGITS_LETTER_SUFFIX -> Numerals.digits(main);
                case ANY -> Numerals.any(main);
                case LETTERS -> Numerals.letters(main);
                case ROMAN -> Numerals.roman(main);
                case KHMER_LETTERS -> Numerals.khmerLetter(main);
            };
            int inserted = level.numbering() == Numbering.DIGITS_LETTER_SUFFIX
                    ? (extra == null || extra.isEmpty() ? 0 : extra.charAt(0) - 'a' + 1)
                    : Numerals.superscript(extra);
            if (base < 0 || inserted < 0) {
                return null;
            }
            return new UnitNumber(base, inserted);
        }

        private static String snippet(String line) {
            return line.length() <= 60 ? line : line.substring(0, 57) + "...";
        }
    }

    static String normalise(String raw) {
        String line = raw == null ? "" : raw.replace('\u00A0', ' ').strip();
        line = MARKDOWN_HEADING.matcher(line).replaceFirst("");
        line = MARKDOWN_EMPHASIS.matcher(line).replaceAll("$2");
        line = MARKDOWN_ESCAPE.matcher(line).replaceAll("$1");
        return line.strip();
    }

    /** A unit while its text is read. */
    private static final class Node {
        final int position;
        final int levelIndex;
        final Level level;
        final UnitNumber number;
        final String label;
        final int parent;
        final int depth;
        final int line;
        final List<String> notes = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        String heading = "";
        String eId;

        Node(int position, int levelIndex, Level level, UnitNumber number, String label, Node parent, int depth,
             int line) {
            this.position = position;
            this.levelIndex = levelIndex;
            this.level = level;
            this.number = number;
            this.label = label;
            this.parent = parent == null ? -1 : parent.position;
            this.depth = depth;
            this.line = line;
        }

        UnitKind kind() {
            return level.kind();
        }

        void append(String more, boolean newParagraph) {
            if (!text.isEmpty()) {
                text.append(newParagraph ? "\n" : " ");
            }
            text.append(more);
        }

        ParsedUnit toUnit() {
            return new ParsedUnit(position, level.kind(), number, label, heading, text.toString(), notes, eId, depth,
                    parent, line);
        }
    }
}
