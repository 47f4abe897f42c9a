package org.civicvoice.participation.consultation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import org.civicvoice.participation.consultation.entity.CommentingClosed;
import org.civicvoice.participation.consultation.entity.Consultation;
import org.civicvoice.participation.consultation.entity.ConsultationNumber;
import org.civicvoice.participation.consultation.entity.ConsultationState;
import org.civicvoice.participation.consultation.entity.InvalidConsultation;
import org.civicvoice.participation.consultation.entity.NotOfficialOfBody;
import org.civicvoice.participation.consultation.entity.QuestionDraft;
import org.civicvoice.participation.consultation.entity.QuestionKind;
import org.civicvoice.participation.consultation.entity.QuestionView;
import org.civicvoice.participation.consultation.entity.UnknownConsultation;
import org.civicvoice.participation.consultation.entity.WrongConsultationState;
import org.civicvoice.participation.identity.boundary.MyAccount;
import org.civicvoice.participation.identity.boundary.Officials;
import org.civicvoice.participation.identity.entity.BodyRole;
import org.civicvoice.participation.organisation.entity.BodySlug;
import org.civicvoice.participation.shared.Roles;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The questions a body asks with a consultation: officials of the body add them while it is a draft; verified
 * people answer each once (the unique key decides) and may change their answer while it is open; the numbers per
 * option are shown once it has closed. Reading a consultation's questions costs three queries, however many.
 */
@Stateless
@PermitAll
public class ConsultationQuestions {

    static final int MAX_QUESTIONS = 30;
    static final int ANSWER_LENGTH = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Officials officials;

    @Inject
    MyAccount myAccount;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @RolesAllowed({Roles.OFFICIAL, Roles.PLATFORM_ADMIN})
    public long add(ConsultationNumber number, QuestionDraft draft) {
        Consultation consultation = em.find(Consultation.class, number.value());
        if (consultation == null) {
            throw new UnknownConsultation(number.toString());
        }
        String body = consultation.getBody().getSlug();
        officials.actingIn(List.of(BodySlug.of(body)), EnumSet.allOf(BodyRole.class))
                .orElseThrow(() -> new NotOfficialOfBody(body));
        if (consultation.getState() != ConsultationState.DRAFT) {
            throw new WrongConsultationState(consultation.getState().name());
        }
        int position = ((Number) em.createNativeQuery(
                        "SELECT COALESCE(MAX(position), 0) FROM con_question WHERE consultation_id = ? FOR UPDATE")
                .setParameter(1, consultation.getId()).getSingleResult()).intValue() + 1;
        if (position > MAX_QUESTIONS) {
            throw new InvalidConsultation("consultation.question.tooMany", MAX_QUESTIONS);
        }
        em.createNativeQuery("""
                        INSERT INTO con_question (consultation_id, position, kind, text, created_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .setParameter(1, consultation.getId())
                .setParameter(2, position)
                .setParameter(3, draft.kind().name())
                .setParameter(4, draft.text())
                .setParameter(5, Timestamp.from(clock.instant()))
                .executeUpdate();
        long id = ((Number) em.createNativeQuery(
                        "SELECT id FROM con_question WHERE consultation_id = ? AND position = ?")
                .setParameter(1, consultation.getId()).setParameter(2, position).getSingleResult()).longValue();
        int option = 0;
        for (String text : draft.options()) {
            em.createNativeQuery("INSERT INTO con_question_option (question_id, position, text) VALUES (?, ?, ?)")
                    .setParameter(1, id).setParameter(2, ++option).setParameter(3, text).executeUpdate();
        }
        return id;
    }

    /** The questions of a public consultation, with the counts once it has closed and the caller's answers. */
    public List<QuestionView> questions(ConsultationNumber number) {
        Consultation consultation = publicConsultation(number);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT q.id, q.position, q.kind, q.text, o.id, o.text FROM con_question q
                        LEFT JOIN con_question_option o ON o.question_id = q.id
                        WHERE q.consultation_id = ? ORDER BY q.position, o.position""")
                .setParameter(1, consultation.getId())
                .getResultList();
        boolean counted = !consultation.isOpen();
        Map<Long, Long> chosen = new HashMap<>();
        Map<Long, Long> answered = new HashMap<>();
        if (counted) {
            @SuppressWarnings("unchecked")
            List<Object[]> counts = em.createNativeQuery("""
                            SELECT r.question_id, ro.option_id, COUNT(DISTINCT r.id) FROM con_response r
                            JOIN con_question q ON q.id = r.question_id
                            LEFT JOIN con_response_option ro ON ro.response_id = r.id
                            WHERE q.consultation_id = ? GROUP BY r.question_id, ro.option_id WITH ROLLUP""")
                    .setParameter(1, consultation.getId())
                    .getResultList();
            for (Object[] c : counts) {
                if (c[0] == null) {
                    continue;
                }
                long question = ((Number) c[0]).longValue();
                if (c[1] == null) {
                    answered.put(question, ((Number) c[2]).longValue());
                } else {
                    chosen.put(((Number) c[1]).longValue(), ((Number) c[2]).longValue());
                }
            }
        }
        Map<Long, List<Long>> myOptions = new HashMap<>();
        Map<Long, String> myTexts = new HashMap<>();
        if (context.isCallerInRole(Roles.CITIZEN)) {
            @SuppressWarnings("unchecked")
            List<Object[]> mine = em.createNativeQuery("""
                            SELECT r.question_id, r.text, ro.option_id FROM con_response r
                            JOIN con_question q ON q.id = r.question_id JOIN idn_account a ON a.id = r.account_id
                            LEFT JOIN con_response_option ro ON ro.response_id = r.id
                            WHERE q.consultation_id = ? AND a.id = ?""")
                    .setParameter(1, consultation.getId())
                    .setParameter(2, myAccount.me().getId())
                    .getResultList();
            for (Object[] m : mine) {
                long question = ((Number) m[0]).longValue();
                myTexts.put(question, (String) m[1]);
                List<Long> options = myOptions.computeIfAbsent(question, k -> new ArrayList<>());
                if (m[2] != null) {
                    options.add(((Number) m[2]).longValue());
                }
            }
        }
        Map<Long, Object[]> questions = new LinkedHashMap<>();
        Map<Long, List<QuestionView.Option>> options = new HashMap<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            questions.putIfAbsent(id, row);
            List<QuestionView.Option> list = options.computeIfAbsent(id, k -> new ArrayList<>());
            if (row[4] != null) {
                long option = ((Number) row[4]).longValue();
                list.add(new QuestionView.Option(option, (String) row[5],
                        counted ? chosen.getOrDefault(option, 0L) : null));
            }
        }
        List<QuestionView> views = new ArrayList<>();
        questions.forEach((id, row) -> views.add(new QuestionView(id, ((Number) row[1]).intValue(),
                QuestionKind.valueOf((String) row[2]), (String) row[3], options.get(id),
                counted ? answered.getOrDefault(id, 0L) : null, myOptions.getOrDefault(id, List.of()),
                myTexts.get(id))));
        return views;
    }

    /**
     * Answers a question of an open consultation, or changes the answer: one option for a single choice, one or
     * more for a multiple choice, a text for a free one.
     */
    @RolesAllowed(Roles.VERIFIED)
    public void answer(ConsultationNumber number, long questionId, Set<Long> optionIds, String text) {
        Consultation consultation = publicConsultation(number);
        if (!consultation.isOpen()) {
            throw new CommentingClosed(consultation.getState().name());
        }
        @SuppressWarnings("unchecked")
        List<Object> kinds = em.createNativeQuery("SELECT kind FROM con_question WHERE id = ? AND consultation_id = ?")
                .setParameter(1, questionId).setParameter(2, consultation.getId()).getResultList();
        if (kinds.isEmpty()) {
            throw new InvalidConsultation("consultation.question.unknown", questionId);
        }
        QuestionKind kind = QuestionKind.valueOf((String) kinds.get(0));
        Set<Long> chosen = optionIds == null ? Set.of() : new LinkedHashSet<>(optionIds);
        String answer = text == null || text.isBlank() ? null : text.strip();
        if (kind == QuestionKind.FREE_TEXT) {
            if (answer == null || answer.length() > ANSWER_LENGTH || !chosen.isEmpty()) {
                throw new InvalidConsultation("consultation.question.freeText", ANSWER_LENGTH);
            }
        } else {
            if (chosen.isEmpty() || (kind == QuestionKind.SINGLE && chosen.size() > 1) || answer != null) {
                throw new InvalidConsultation("consultation.question.choose." + kind.name());
            }
            @SuppressWarnings("unchecked")
            List<Number> known = em.createNativeQuery("SELECT id FROM con_question_option WHERE question_id = ?")
                    .setParameter(1, questionId).getResultList();
            if (!known.stream().map(Number::longValue).toList().containsAll(chosen)) {
                throw new InvalidConsultation("consultation.question.choose." + kind.name());
            }
        }
        long account = myAccount.me().getId();
        em.createNativeQuery("""
                        INSERT INTO con_response (question_id, account_id, text, answered_at) VALUES (?, ?, ?, ?)
                        ON DUPLICATE KEY UPDATE text = VALUES(text), answered_at = VALUES(answered_at)""")
                .setParameter(1, questionId)
                .setParameter(2, account)
                .setParameter(3, answer)
                .setParameter(4, Timestamp.from(clock.instant()))
                .executeUpdate();
        long response = ((Number) em.createNativeQuery(
                        "SELECT id FROM con_response WHERE question_id = ? AND account_id = ? FOR UPDATE")
                .setParameter(1, questionId).setParameter(2, account).getSingleResult()).longValue();
        em.createNativeQuery("DELETE FROM con_response_option WHERE response_id = ?").setParameter(1, response)
                .executeUpdate();
        for (Long option : chosen) {
            em.createNativeQuery("INSERT INTO con_response_option (response_id, option_id) VALUES (?, ?)")
                    .setParameter(1, response).setParameter(2, option).executeUpdate();
        }
    }

    private Consultation publicConsultation(ConsultationNumber number) {
        Consultation consultation = em.find(Consultation.class, number.value());
        if (consultation == null || !consultation.isPublic()) {
            throw new UnknownConsultation(number.toString());
        }
        return consultation;
    }
}
