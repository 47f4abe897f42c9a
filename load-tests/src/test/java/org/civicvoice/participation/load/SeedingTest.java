package org.civicvoice.participation.load;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeedingTest {

    private static final Pattern INSERT = Pattern.compile(
            "INSERT INTO (\\w+) \\(([^)]*)\\) (?:VALUES \\((.*)\\)|SELECT (.*))", Pattern.DOTALL);

    @Test
    void everyInsertNamesAsManyColumnsAsItGivesValues() {
        for (String sql : List.of(Seeding.INSERT_ACCOUNT, Seeding.INSERT_TOKEN, Seeding.INSERT_PETITION,
                Seeding.INSERT_MILESTONES, Seeding.INSERT_TALLY)) {
            Matcher insert = INSERT.matcher(sql);
            assertTrue(insert.matches(), sql);
            int columns = insert.group(2).split(",").length;
            String values = insert.group(3) != null ? insert.group(3) : beforeTopLevelFrom(insert.group(4));
            assertEquals(columns, topLevelItems(values), sql);
        }
    }

    @Test
    void statementsTakeTheParametersTheSeederBinds() {
        assertEquals(5, placeholders(Seeding.INSERT_ACCOUNT));
        assertEquals(4, placeholders(Seeding.INSERT_TOKEN));
        assertEquals(8, placeholders(Seeding.INSERT_PETITION));
        assertEquals(1, placeholders(Seeding.INSERT_MILESTONES));
        assertEquals(2, placeholders(Seeding.INSERT_TALLY));
    }

    @Test
    void seededCitizensAreVerifiedAndOpenPetitionsAreOpen() {
        assertTrue(Seeding.INSERT_ACCOUNT.contains("'EMAIL_VERIFIED', 'ACTIVE'"));
        assertTrue(Seeding.INSERT_ACCOUNT.contains("email_verified_at"));
        assertTrue(Seeding.INSERT_PETITION.contains("'OPEN'"));
        assertTrue(Seeding.INSERT_PETITION.contains("t.code = 'national-petition' AND b.slug = 'government'"));
        assertTrue(Seeding.sponsorCode().matches("[0-9a-f]{32}"));
    }

    @Test
    void citizensAreDistinctAndTheirTokensHashLikeThePlatformsTokens() {
        List<Citizen> citizens = IntStream.range(0, 1000).mapToObj(i -> Citizen.make("run1", i)).toList();
        Set<String> keys = new HashSet<>();
        Set<String> emails = new HashSet<>();
        Set<String> hashes = new HashSet<>();
        for (Citizen citizen : citizens) {
            keys.add(citizen.accountKey());
            emails.add(citizen.email());
            hashes.add(citizen.tokenHash());
            assertTrue(citizen.token().matches("[A-Za-z0-9_-]{43}"), citizen.token());
            assertTrue(citizen.tokenHash().matches("[0-9a-f]{64}"));
        }
        assertEquals(1000, keys.size());
        assertEquals(1000, emails.size());
        assertEquals(1000, hashes.size());
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Citizen.sha256Hex("abc"));
    }

    private static int placeholders(String sql) {
        return (int) sql.chars().filter(c -> c == '?').count();
    }

    /** The select list: what comes before the FROM that is not inside parentheses. */
    private static String beforeTopLevelFrom(String select) {
        int depth = 0;
        for (int i = 0; i < select.length(); i++) {
            char c = select.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && select.startsWith(" FROM ", i)) {
                return select.substring(0, i);
            }
        }
        throw new AssertionError("no FROM in " + select);
    }

    /** Items of a comma-separated list, not counting commas inside parentheses or quotes. */
    private static int topLevelItems(String list) {
        int depth = 0;
        int items = 1;
        boolean quoted = false;
        for (char c : list.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                items++;
            }
        }
        return items;
    }
}
