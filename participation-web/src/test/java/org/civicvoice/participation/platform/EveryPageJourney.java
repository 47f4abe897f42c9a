package org.civicvoice.participation.platform;

import org.civicvoice.participation.testsupport.BrowserJourney;
import org.civicvoice.participation.testsupport.TestAccounts;
import org.civicvoice.participation.testsupport.TestCitizens;
import org.civicvoice.participation.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page of the platform, each role's pages too, on a 360 px phone screen in English and in Khmer: no page is
 * wider than the screen, every focusable element shows a focus indicator when the keyboard reaches it, PrimeFaces'
 * widgets (the case table) speak in the page's own type, and axe-core finds no violation of any impact. The pages show the demo country's content (petitions in every state, cases,
 * consultations, budgets); every finding of every page is gathered and reported together.
 */
class EveryPageJourney extends BrowserJourney {

    private static final String[] LANGUAGES = {"en", "km"};

    /**
     * The focusable elements on the page that look the same focused as unfocused: outline, shadow, background,
     * border and underline are compared before and after focus (the keyboard was used last, so focus-visible holds).
     */
    private static final String UNFOCUSED_LOOK = """
            const look = el => { const s = getComputedStyle(el);
              return [s.outlineStyle === 'none' || parseFloat(s.outlineWidth) === 0 ? 'none' : s.outlineStyle
                      + s.outlineWidth + s.outlineColor, s.boxShadow, s.backgroundColor, s.borderColor,
                      s.textDecorationLine, s.color].join('|'); };
            const shown = el => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
              return r.width > 0 && r.height > 0 && s.visibility !== 'hidden'; };
            const all = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea,'
                + ' summary, [tabindex]:not([tabindex="-1"])')].filter(el => !el.disabled && shown(el));
            if (document.activeElement) document.activeElement.blur();
            const same = [];
            for (const el of all) {
              const before = look(el);
              el.focus({preventScroll: true});
              if (document.activeElement !== el) continue;
              const after = look(el);
              el.blur();
              if (before === after) same.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                  + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                  + ' "' + (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 40) + '"');
            }
            return same.join('\\n');""";

    /** PrimeFaces' widgets (the case table, menus) whose text is set in another type than the page's own. */
    private static final String OTHER_TYPE = """
            const page = getComputedStyle(document.body).fontFamily;
            return [...document.querySelectorAll('.ui-widget, .ui-widget td, .ui-widget th, .ui-widget a')]
              .filter(el => getComputedStyle(el).fontFamily !== page)
              .slice(0, 3).map(el => el.tagName.toLowerCase() + (typeof el.className === 'string' && el.className
                ? '.' + el.className.trim().split(/\\s+/).join('.') : '') + ': ' + getComputedStyle(el).fontFamily)
              .join('\\n');""";

    private final List<String> findings = new ArrayList<>();
    private int pagesLookedAt;

    @Test
    void everyPageFitsAPhoneShowsWhereTheKeyboardIsAndPassesEveryAccessibilityRuleInEnglishAndKhmer() {
        Demo demo = Demo.read();
        browser.resize(360, 740);

        lookAt("anonymous", "", "transparency.xhtml", "status.xhtml", "open-data.xhtml", "petition/index.xhtml",
                "petition/view.xhtml?number=" + demo.openPetition,
                "petition/view.xhtml?number=" + demo.answeredPetition,
                "petition/sign.xhtml?number=" + demo.openPetition,
                "petition/sponsor.xhtml?code=" + demo.sponsorCode,
                "proposal/index.xhtml", "proposal/view.xhtml?number=" + demo.proposal,
                "proposal/calls.xhtml?call=" + demo.call,
                "consultation/index.xhtml", "consultation/view.xhtml?number=" + demo.publicConsultation,
                "budget/index.xhtml", "budget/process.xhtml?slug=" + demo.votingBudget,
                "budget/process.xhtml?slug=" + demo.builtBudget, "budget/results.xhtml?slug=" + demo.builtBudget,
                "organisation/body.xhtml?slug=ministry-of-health",
                "account/login.xhtml", "account/register.xhtml", "account/forgot.xhtml");
        lookAtError("no-such-page.xhtml");

        as("citizen@demo.invalid", "account/index.xhtml", "petition/new.xhtml", "petition/mine.xhtml",
                "petition/view.xhtml?number=" + demo.citizensSponsoringPetition,
                "petition/edit.xhtml?number=" + demo.citizensSponsoringPetition,
                "petition/sign.xhtml?number=" + demo.openPetition, "proposal/new.xhtml", "proposal/mine.xhtml",
                "consultation/comment.xhtml?number=" + demo.openConsultation + "&unit=" + demo.openConsultationUnit,
                "budget/ballot.xhtml?slug=" + demo.votingBudget + "&heading=" + demo.votingHeading,
                "consultation/questions.xhtml?number=" + demo.openConsultation);
        as("official@demo.invalid", "case/index.xhtml", "case/view.xhtml?number=" + demo.healthCase,
                "consultation/new.xhtml", "consultation/draft.xhtml?number=" + demo.draftConsultation,
                "consultation/documents.xhtml?number=" + demo.draftConsultation);
        as("transport.officer.demo@demo.invalid", "case/index.xhtml",
                "consultation/documents.xhtml?number=" + demo.publicConsultation);
        as("body-admin@demo.invalid", "organisation/officials.xhtml?slug=ministry-of-health",
                "organisation/edit-body.xhtml?slug=ministry-of-health");
        as("committee@demo.invalid", "case/index.xhtml");
        as("moderator@demo.invalid", "petition/moderation.xhtml",
                "petition/moderation.xhtml?number=" + demo.petitionInModeration, "proposal/moderation.xhtml",
                "consultation/moderation.xhtml");
        TestAccounts.platformAdministrator(base);
        signInAs(TestAccounts.ADMIN_EMAIL, TestAccounts.PASSWORD);
        lookAt("platform administrator", "routing/rules.xhtml", "routing/deadlines.xhtml", "petition/types.xhtml",
                "case/index.xhtml", "account/roles.xhtml");
        signOut();

        System.out.printf("[it] %d pages looked at on a 360 px screen, %d findings%n", pagesLookedAt,
                findings.size());
        assertTrue(findings.isEmpty(), findings.size() + " findings on " + pagesLookedAt + " pages:\n\n"
                + String.join("\n\n", findings));
    }

    @Test
    void theFootersOpenDataLeadsToAPageListingTheApiFromItsOwnDescription() {
        driver().get(base.toString());
        driver().findElement(By.cssSelector(".site-footer a[href$='open-data.xhtml']")).click();
        waiting().until(d -> d.findElements(By.cssSelector("#endpoint-list li")).size() > 10);
        String endpoints = driver().findElement(By.id("endpoint-list")).getText();
        assertTrue(endpoints.contains("GET /api/petitions/{number}"), endpoints);
        assertTrue(driver().findElement(By.tagName("main")).getText().contains("/api/petitions.csv"));
        assertAccessible("open-data");
    }

    @Test
    void onAPhoneTheMenuFoldsTheSignBoxIsOnTheFirstScreenAndAFailedSubmitSumsUpItsErrorsAtTheTop() {
        browser.resize(360, 740);
        driver().get(base + "?lang=en");
        WebElement toggle = driver().findElement(By.cssSelector(".menu-toggle"));
        assertTrue(toggle.isDisplayed(), "a narrow screen shows the menu button");
        assertFalse(driver().findElement(By.id("site-menu")).isDisplayed(), "the menus are folded");
        long header = ((Number) browser.script(
                "return document.querySelector('.site-header').getBoundingClientRect().height")).longValue();
        assertTrue(header < 100, "the folded header takes " + header + " px");
        assertEquals("false", toggle.getAttribute("aria-expanded"));
        toggle.click();
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        assertTrue(driver().findElement(By.cssSelector(".site-nav a[href$='petition/index.xhtml']")).isDisplayed());

        driver().get(base + "petition/view.xhtml?number=" + Demo.read().openPetition + "&lang=en");
        WebElement jump = driver().findElement(By.cssSelector(".jump-to-sign a"));
        assertTrue(jump.isDisplayed() && ((Number) browser.script(
                "return arguments[0].getBoundingClientRect().bottom", jump)).longValue() < 740,
                "the way to sign is on the first screen of a phone");

        TestCitizens.givePassword("citizen@demo.invalid");
        signInAs("citizen@demo.invalid", TestCitizens.PASSWORD);
        driver().get(base + "petition/new.xhtml?lang=en");
        WebElement warning = driver().findElement(By.id("session-warning"));
        assertEquals("1800", warning.getAttribute("data-seconds"), "the notice knows when the session would end");
        assertFalse(warning.isDisplayed(), "the notice waits until two minutes before the end");
        browser.script("arguments[0].hidden = false", warning);
        driver().findElement(By.id("session-extend")).click();
        waiting().until(d -> !d.findElement(By.id("session-warning")).isDisplayed());
        browser.script("const t = document.getElementById('petition:title'); t.removeAttribute('maxlength');"
                + " t.value = 'x'.repeat(5000);");
        driver().findElement(By.id("petition:save")).click();
        WebElement summary = waiting().until(d -> d.findElement(By.cssSelector(".error-summary")));
        assertTrue(summary.getText().startsWith("There is a problem"), summary.getText());
        assertEquals(summary, driver().switchTo().activeElement(), "the summary takes the focus");
        assertTrue(summary.getText().contains("This is too long: at most 150 characters."), summary.getText());
        assertTrue(summary.getText().contains("Please choose one of the options."), summary.getText());
        WebElement titleMessage = driver().findElement(By.xpath(
                "//input[@id='petition:title']/ancestor::div[contains(@class,'field')][1]//*[contains(@class,'field__message')]"));
        assertEquals("This is too long: at most 150 characters.", titleMessage.getText());
        summary.findElement(By.xpath(".//a[contains(., 'too long')]")).click();
        assertEquals("petition:title", driver().switchTo().activeElement().getAttribute("id"),
                "the summary's link takes the keyboard to its field");
        assertAccessible("error-summary-phone");
        signOut();
        browser.resize(1280, 900);
    }

    private void as(String email, String... pages) {
        TestCitizens.givePassword(email);
        signInAs(email, TestCitizens.PASSWORD);
        lookAt(email, pages);
        signOut();
    }

    private void signInAs(String email, String password) {
        driver().get(base + "account/login.xhtml");
        signIn(email, password);
    }

    private void lookAt(String who, String... pages) {
        for (String page : pages) {
            if (page.contains("=null")) {
                System.out.printf("[it] %s: %s not looked at, the other test classes left no such item%n", who, page);
                continue;
            }
            for (String language : LANGUAGES) {
                open(page, language);
                String where = who + " · " + page + " · " + language;
                if (!driver().findElements(By.cssSelector(".error-page")).isEmpty()) {
                    findings.add(where + ": answers an error page ("
                            + driver().findElement(By.tagName("h1")).getText() + ")");
                    continue;
                }
                check(where);
            }
        }
    }

    private void lookAtError(String page) {
        for (String language : LANGUAGES) {
            open(page, language);
            check("anonymous · " + page + " (the not-found page) · " + language);
        }
    }

    private void open(String page, String language) {
        driver().get(base + page + (page.contains("?") ? "&" : "?") + "lang=" + language);
        waiting().until(d -> "complete".equals(browser.script("return document.readyState")));
        pagesLookedAt++;
    }

    private void check(String where) {
        long width = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
        long screen = ((Number) browser.script("return document.documentElement.clientWidth")).longValue();
        if (width > screen) {
            findings.add(where + ": " + width + " px wide on a " + screen + " px screen, widest: "
                    + browser.script("""
                    const w = document.documentElement.clientWidth;
                    return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1)
                      .slice(-3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                        + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)').join(', ');"""));
        }
        new Actions(driver()).sendKeys(Keys.TAB).perform();
        String unfocused = (String) browser.script(UNFOCUSED_LOOK);
        if (!unfocused.isEmpty()) {
            findings.add(where + ": no visible focus on\n" + unfocused);
        }
        String otherType = (String) browser.script(OTHER_TYPE);
        if (!otherType.isEmpty()) {
            findings.add(where + ": text in another type than the page's\n" + otherType);
        }
        String violations = browser.accessibilityViolations();
        if (!violations.isEmpty()) {
            findings.add(where + ": axe-core\n" + violations);
        }
        String refused = browser.securityPolicyViolations();
        if (!refused.isEmpty()) {
            findings.add(where + ": the Content-Security-Policy refused\n" + refused);
        }
    }

    /**
     * What the demo country holds, looked up by state and owner rather than by number; null where the test classes
     * run before this one moved it on (a page that needs it is then left out and said so).
     */
    private record Demo(Long openPetition, Long answeredPetition, String sponsorCode, Long citizensSponsoringPetition,
                        Long petitionInModeration, Long proposal, Long call, Long openConsultation,
                        Long publicConsultation, String openConsultationUnit, Long draftConsultation,
                        String votingBudget, String votingHeading, String builtBudget, Long healthCase) {

        static Demo read() {
            try (Connection db = DriverManager.getConnection(TestDatabase.jdbcUrl(), "root", "")) {
                Long openConsultation = number(db, "SELECT MIN(id) FROM con_consultation WHERE state = 'OPEN'");
                return new Demo(
                        number(db, "SELECT MIN(id) FROM pet_petition WHERE state = 'OPEN'"),
                        number(db, """
                                SELECT MIN(p.id) FROM pet_petition p
                                WHERE EXISTS (SELECT 1 FROM pet_event e WHERE e.petition_id = p.id AND e.kind = 'ANSWERED')"""),
                        text(db, "SELECT sponsor_code FROM pet_petition WHERE state = 'SPONSORING' ORDER BY id LIMIT 1"),
                        number(db, """
                                SELECT MIN(p.id) FROM pet_petition p JOIN idn_account a ON a.id = p.author_id
                                WHERE a.email = 'citizen@demo.invalid' AND p.state = 'SPONSORING'"""),
                        number(db, "SELECT MIN(id) FROM pet_petition WHERE state = 'MODERATION'"),
                        number(db, "SELECT MIN(id) FROM prp_proposal WHERE state IN ('PUBLISHED', 'ANSWERED')"),
                        number(db, "SELECT MIN(id) FROM prp_call"),
                        openConsultation,
                        number(db, "SELECT MIN(id) FROM con_consultation WHERE state <> 'DRAFT'"),
                        openConsultation == null ? null : text(db, """
                                SELECT u.unit_key FROM con_unit u JOIN con_version v ON v.id = u.version_id
                                WHERE v.consultation_id = %d ORDER BY v.number DESC, u.position LIMIT 1"""
                                .formatted(openConsultation)),
                        number(db, """
                                SELECT MIN(c.id) FROM con_consultation c JOIN org_body b ON b.id = c.body_id
                                WHERE c.state = 'DRAFT' AND b.slug = 'ministry-of-health'"""),
                        text(db, "SELECT slug FROM bud_process WHERE phase = 'VOTING' ORDER BY id LIMIT 1"),
                        text(db, """
                                SELECT h.slug FROM bud_heading h JOIN bud_process p ON p.id = h.process_id
                                WHERE p.phase = 'VOTING' ORDER BY p.id, h.position LIMIT 1"""),
                        text(db, "SELECT slug FROM bud_process WHERE phase = 'EXECUTION' ORDER BY id LIMIT 1"),
                        number(db, """
                                SELECT MIN(c.id) FROM rte_case c JOIN org_body b ON b.id = c.body_id
                                WHERE b.slug = 'ministry-of-health'"""));
            } catch (SQLException e) {
                throw new IllegalStateException("the demo content could not be read: " + e.getMessage(), e);
            }
        }

        private static Long number(Connection db, String query) throws SQLException {
            String found = text(db, query);
            return found == null ? null : Long.valueOf(found);
        }

        private static String text(Connection db, String query) throws SQLException {
            try (PreparedStatement statement = db.prepareStatement(query); ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
