-- Demo proposals (development only): one in moderation, two published with many supports, one answered on time,
-- one answered late, one rejected, and a closed call of the Ministry of Environment whose two most supported
-- proposals were forwarded. Demo citizens and officials cannot sign in (no password); supporters are generated in
-- bulk. The cases of the published proposals are written into routing's tables here, as routing would have.

-- Digits 0..9; three of them crossed give the numbers 0..999 for rows made in bulk.
CREATE TEMPORARY TABLE prp_demo_digit (d INT NOT NULL);
INSERT INTO prp_demo_digit (d) VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9);

INSERT INTO idn_account (account_key, email, email_verified_at, display_name, language, assurance, created_at)
VALUES (UUID(), 'sophea.demo@demo.invalid', '2026-01-05 09:00:00', 'Sophea Chan', 'km', 'EMAIL_VERIFIED', '2026-01-05 09:00:00'),
       (UUID(), 'dara.demo@demo.invalid', '2026-01-06 09:00:00', 'Dara Keo', 'en', 'EMAIL_VERIFIED', '2026-01-06 09:00:00'),
       (UUID(), 'malis.demo@demo.invalid', '2026-01-07 09:00:00', 'Malis Sok', 'en', 'EMAIL_VERIFIED', '2026-01-07 09:00:00'),
       (UUID(), 'env.officer.demo@demo.invalid', '2026-01-02 09:00:00', 'Vanna Officer', 'en', 'EMAIL_VERIFIED', '2026-01-02 09:00:00'),
       (UUID(), 'env.approver.demo@demo.invalid', '2026-01-02 09:00:00', 'Rachana Approver', 'en', 'EMAIL_VERIFIED', '2026-01-02 09:00:00');

INSERT INTO idn_account (account_key, email, email_verified_at, display_name, language, assurance, created_at)
SELECT UUID(), CONCAT('supporter-', n, '@demo.invalid'), '2026-02-01 09:00:00', CONCAT('Supporter ', n),
       IF(n % 3 = 0, 'km', 'en'), 'EMAIL_VERIFIED', '2026-02-01 09:00:00'
FROM (SELECT a.d * 100 + b.d * 10 + c.d + 1 AS n FROM prp_demo_digit a, prp_demo_digit b, prp_demo_digit c) seq
WHERE n <= 300;

-- The call: open from March to the end of May, its two most supported proposals forwarded to the ministry.
INSERT INTO prp_call (body_id, title, question, opens_at, closes_at, top_n, forward_body_id, opened_by_id, created_at,
                      closed_at)
SELECT b.id, 'Ideas for cleaner rivers', 'What should the ministry do first so that our rivers are clean again?',
       '2026-03-01 00:00:00', '2026-06-01 00:00:00', 2, b.id, o.id, '2026-02-25 10:00:00', '2026-06-01 00:00:10'
FROM org_body b, idn_account o WHERE b.slug = 'ministry-of-environment' AND o.email = 'env.officer.demo@demo.invalid';

-- The proposals, each with its state and dates (key: a short code used below to find each one).
CREATE TEMPORARY TABLE prp_demo_proposal (code VARCHAR(20) NOT NULL, title VARCHAR(150) NOT NULL,
                                          supports INT NOT NULL);
INSERT INTO prp_demo_proposal (code, title, supports) VALUES
    ('moderation', 'Recycling bins at every bus stop', 0),
    ('mangroves', 'Protect the mangroves of the southern coast', 240),
    ('markets', 'Weekly farmers'' markets in every district', 120),
    ('seeds', 'Free seed banks for smallholder farmers', 75),
    ('bags', 'Ban single-use plastic bags in markets', 180),
    ('rejected', 'Close the noisy shop next to my house', 0),
    ('river-1', 'Fine factories that dump waste into rivers', 90),
    ('river-2', 'Volunteer river clean-up days every month', 60),
    ('river-3', 'Floating litter traps at river mouths', 30);

INSERT INTO prp_proposal (author_id, on_behalf_of, title, kind, change_text, reason_text, language, topic_id, region_id,
                          body_id, call_id, state, created_at, submitted_at, published_at, answered_at, rejected_at,
                          rejection_reason, rejection_note, moderator_id)
SELECT a.id, v.on_behalf_of, d.title, v.kind, v.change_text, v.reason_text, v.language, t.id, r.id, b.id,
       IF(v.in_call, (SELECT c.id FROM prp_call c WHERE c.title = 'Ideas for cleaner rivers'), NULL), v.state,
       v.created_at, v.submitted_at, v.published_at, v.answered_at, v.rejected_at, v.rejection_reason,
       v.rejection_note, IF(v.state IN ('PUBLISHED', 'ANSWERED', 'REJECTED'), a.id, NULL)
FROM (SELECT 'moderation' AS code, 'malis.demo@demo.invalid' AS author, NULL AS on_behalf_of,
             'ADMINISTRATIVE_ACTION' AS kind,
             'Put separate bins for paper, plastic and glass at every bus stop of the capital.' AS change_text,
             'People would sort their waste if the bins were where they wait every day.' AS reason_text, 'en' AS language,
             'environment' AS topic, 'DR-N-CAP' AS region, 'ministry-of-environment' AS body, FALSE AS in_call,
             'IN_MODERATION' AS state, '2026-11-20 08:00:00' AS created_at, '2026-11-20 08:30:00' AS submitted_at,
             NULL AS published_at, NULL AS answered_at, NULL AS rejected_at, NULL AS rejection_reason,
             NULL AS rejection_note
      UNION ALL SELECT 'mangroves', 'sophea.demo@demo.invalid', 'Coastal Friends Association', 'NEW_LAW',
             'A law that protects the remaining mangrove forests and forbids clearing them for shrimp farms.',
             'Mangroves protect villages from storms and are the nursery of the fish the coast lives on.', 'en',
             'environment', NULL, 'ministry-of-environment', FALSE, 'PUBLISHED', '2026-09-01 10:00:00',
             '2026-09-01 11:00:00', '2026-09-03 09:00:00', NULL, NULL, NULL, NULL
      UNION ALL SELECT 'markets', 'dara.demo@demo.invalid', NULL, 'ADMINISTRATIVE_ACTION',
             'Give farmers a free place once a week in every district town to sell their produce directly.',
             'Farmers would earn more and townspeople would buy fresh food for less.', 'en', 'agriculture', NULL,
             'ministry-of-agriculture', FALSE, 'PUBLISHED', '2026-10-01 10:00:00', '2026-10-01 10:30:00',
             '2026-10-02 09:00:00', NULL, NULL, NULL, NULL
      UNION ALL SELECT 'seeds', 'malis.demo@demo.invalid', NULL, 'ADMINISTRATIVE_ACTION',
             'Open a seed bank in every province where smallholders borrow seed and return it after the harvest.',
             'Seed prices rise every year and small farms lose their own local varieties.', 'en', 'agriculture', NULL,
             'ministry-of-agriculture', FALSE, 'ANSWERED', '2026-04-01 10:00:00', '2026-04-01 10:30:00',
             '2026-04-02 09:00:00', '2026-04-20 15:00:00', NULL, NULL, NULL
      UNION ALL SELECT 'bags', 'dara.demo@demo.invalid', NULL, 'AMENDMENT',
             'Amend the waste law so that markets may no longer hand out single-use plastic bags.',
             'Plastic bags block the drains and flood the streets in the rainy season.', 'en', 'environment', NULL,
             'ministry-of-environment', FALSE, 'ANSWERED', '2026-05-01 10:00:00', '2026-05-01 10:30:00',
             '2026-05-02 09:00:00', '2026-07-15 15:00:00', NULL, NULL, NULL
      UNION ALL SELECT 'rejected', 'malis.demo@demo.invalid', NULL, 'ADMINISTRATIVE_ACTION',
             'The shop next to my house plays music all night and should be closed.',
             'I cannot sleep.', 'en', 'environment', 'DR-N-CAP', 'ministry-of-environment', FALSE, 'REJECTED',
             '2026-10-10 10:00:00', '2026-10-10 10:30:00', NULL, NULL, '2026-10-11 09:00:00', 'PERSONAL_CASE',
             'Noise from one shop is a matter for the city''s inspectors: please contact the city hall.'
      UNION ALL SELECT 'river-1', 'sophea.demo@demo.invalid', NULL, 'AMENDMENT',
             'Raise the fines for factories that dump untreated waste into rivers, and publish their names.',
             'Fines today are cheaper than treating the waste.', 'en', 'environment', NULL, 'ministry-of-environment',
             TRUE, 'PUBLISHED', '2026-03-05 10:00:00', '2026-03-05 10:30:00', '2026-03-06 09:00:00', NULL, NULL, NULL,
             NULL
      UNION ALL SELECT 'river-2', 'dara.demo@demo.invalid', NULL, 'ADMINISTRATIVE_ACTION',
             'Organise a river clean-up day every month in each province, with bags and gloves for volunteers.',
             'Many people would help if someone organised it.', 'en', 'environment', NULL, 'ministry-of-environment',
             TRUE, 'PUBLISHED', '2026-03-10 10:00:00', '2026-03-10 10:30:00', '2026-03-11 09:00:00', NULL, NULL, NULL,
             NULL
      UNION ALL SELECT 'river-3', 'malis.demo@demo.invalid', NULL, 'ADMINISTRATIVE_ACTION',
             'Install floating litter traps where rivers meet the sea.',
             'They stop plastic before it reaches the ocean.', 'en', 'environment', NULL, 'ministry-of-environment',
             TRUE, 'PUBLISHED', '2026-03-15 10:00:00', '2026-03-15 10:30:00', '2026-03-16 09:00:00', NULL, NULL, NULL,
             NULL) v
JOIN prp_demo_proposal d ON d.code = v.code
JOIN idn_account a ON a.email = v.author
JOIN org_topic t ON t.slug = v.topic
JOIN org_body b ON b.slug = v.body
LEFT JOIN org_region r ON r.code = v.region;

-- Supports: the first N demo supporters of each proposal, in bulk; the tallies are their counts.
INSERT INTO prp_support (proposal_id, account_id, state, created_at, counted_at)
SELECT p.id, s.id, 'ACTIVE', p.published_at + INTERVAL s.id MINUTE, p.published_at + INTERVAL s.id MINUTE
FROM prp_proposal p
JOIN prp_demo_proposal d ON d.title = p.title
JOIN (SELECT a.id, CAST(SUBSTRING_INDEX(SUBSTRING(a.email, 11), '@', 1) AS UNSIGNED) AS n
      FROM idn_account a WHERE a.email LIKE 'supporter-%@demo.invalid') s ON s.n <= d.supports;

INSERT INTO prp_tally (proposal_id, supports, updated_at)
SELECT p.id, (SELECT COUNT(*) FROM prp_support s WHERE s.proposal_id = p.id AND s.state = 'ACTIVE'), NOW(6)
FROM prp_proposal p JOIN prp_demo_proposal d ON d.title = p.title;

-- Some supporters follow what happens, and the authors follow their own proposals.
INSERT INTO prp_follower (proposal_id, account_id, created_at)
SELECT s.proposal_id, s.account_id, s.created_at FROM prp_support s
JOIN prp_proposal p ON p.id = s.proposal_id JOIN prp_demo_proposal d ON d.title = p.title
WHERE s.account_id % 4 = 0;
INSERT IGNORE INTO prp_follower (proposal_id, account_id, created_at)
SELECT p.id, p.author_id, p.published_at FROM prp_proposal p JOIN prp_demo_proposal d ON d.title = p.title
WHERE p.published_at IS NOT NULL;

-- The forwarding of the closed call: its two most supported proposals, recorded once.
INSERT INTO prp_forward (call_id, proposal_id, rank_no, supports, forwarded_at)
SELECT p.call_id, p.id, IF(d.code = 'river-1', 1, 2), d.supports, '2026-06-01 00:00:10'
FROM prp_proposal p JOIN prp_demo_proposal d ON d.title = p.title WHERE d.code IN ('river-1', 'river-2');

-- The cases routing opened: one per published proposal outside the call, one per forwarded proposal. Due in 20
-- working days (about four weeks); the seed bank was answered in time, the plastic bag ban late.
INSERT INTO rte_case (case_type, item_kind, item_id, title, item_link, topic_id, region_id, body_id, state,
                      route_reason_key, route_reason_args, created_at, due_at, answered_at)
SELECT 'PROPOSAL', 'PROPOSAL', p.id, p.title, CONCAT('/proposal/view.xhtml?number=', p.id), p.topic_id, p.region_id,
       p.body_id, IF(p.state = 'ANSWERED', 'ANSWERED', 'NEW'),
       'routing.reason.addressed', JSON_ARRAY(b.name),
       COALESCE(f.forwarded_at, p.published_at), COALESCE(f.forwarded_at, p.published_at) + INTERVAL 28 DAY,
       p.answered_at
FROM prp_proposal p
JOIN prp_demo_proposal d ON d.title = p.title
JOIN org_body b ON b.id = p.body_id
LEFT JOIN prp_forward f ON f.proposal_id = p.id
WHERE p.state IN ('PUBLISHED', 'ANSWERED') AND (p.call_id IS NULL OR f.id IS NOT NULL);

INSERT INTO rte_answer (case_id, text, drafted_by, drafted_at, submitted_by, submitted_at, approved_by, published_at)
SELECT c.id,
       IF(d.code = 'seeds',
          'The ministry will open seed banks in five provinces next year and in every province by 2028.',
          'A ban on single-use plastic bags in markets will be part of the amended waste law presented this year.'),
       o.id, c.answered_at - INTERVAL 2 DAY, o.id, c.answered_at - INTERVAL 1 DAY, ap.id, c.answered_at
FROM rte_case c
JOIN prp_proposal p ON p.id = c.item_id AND c.item_kind = 'PROPOSAL'
JOIN prp_demo_proposal d ON d.title = p.title
JOIN idn_account o ON o.email = 'env.officer.demo@demo.invalid'
JOIN idn_account ap ON ap.email = 'env.approver.demo@demo.invalid'
WHERE c.state = 'ANSWERED';

INSERT INTO rte_commitment (case_id, action, owner_body_id, due_on, state, created_at)
SELECT c.id, 'Open seed banks in the first five provinces.', c.body_id, '2027-06-30', 'OPEN', c.answered_at
FROM rte_case c JOIN prp_proposal p ON p.id = c.item_id AND c.item_kind = 'PROPOSAL'
JOIN prp_demo_proposal d ON d.title = p.title WHERE d.code = 'seeds';

INSERT INTO rte_case_event (case_id, kind, occurred_at, body_id, detail_key, detail_args, is_public, delivered_at)
SELECT c.id, 'ROUTED', c.created_at, c.body_id, c.route_reason_key, c.route_reason_args, TRUE, c.created_at
FROM rte_case c JOIN prp_proposal p ON p.id = c.item_id AND c.item_kind = 'PROPOSAL'
JOIN prp_demo_proposal d ON d.title = p.title;
INSERT INTO rte_case_event (case_id, kind, occurred_at, actor_name, body_id, detail, is_public, delivered_at)
SELECT c.id, 'ANSWERED', c.answered_at, 'Rachana Approver', c.body_id, a.text, TRUE, c.answered_at
FROM rte_case c JOIN rte_answer a ON a.case_id = c.id
JOIN prp_proposal p ON p.id = c.item_id AND c.item_kind = 'PROPOSAL'
JOIN prp_demo_proposal d ON d.title = p.title;

-- The proposals' timelines, as bundle keys with their arguments (a JSON array).
INSERT INTO prp_event (proposal_id, message_key, arguments, public_step, occurred_at)
SELECT p.id, 'proposal.timeline.SUBMITTED', NULL, TRUE, p.submitted_at
FROM prp_proposal p JOIN prp_demo_proposal d ON d.title = p.title;
INSERT INTO prp_event (proposal_id, message_key, arguments, public_step, occurred_at)
SELECT p.id, 'proposal.timeline.PUBLISHED', NULL, TRUE, p.published_at
FROM prp_proposal p JOIN prp_demo_proposal d ON d.title = p.title WHERE p.published_at IS NOT NULL;
INSERT INTO prp_event (proposal_id, message_key, arguments, public_step, occurred_at)
SELECT p.id, 'proposal.timeline.REJECTED', JSON_ARRAY(CONCAT('proposal.rejection.', p.rejection_reason)), TRUE, p.rejected_at
FROM prp_proposal p JOIN prp_demo_proposal d ON d.title = p.title WHERE p.state = 'REJECTED';
INSERT INTO prp_event (proposal_id, message_key, arguments, public_step, occurred_at)
SELECT f.proposal_id, 'proposal.timeline.FORWARDED',
       JSON_ARRAY(c.title, b.name, CAST(f.rank_no AS CHAR), CAST(f.supports AS CHAR)), TRUE, f.forwarded_at
FROM prp_forward f JOIN prp_call c ON c.id = f.call_id JOIN org_body b ON b.id = c.forward_body_id;
INSERT INTO prp_event (proposal_id, message_key, arguments, public_step, occurred_at)
SELECT c.item_id, 'proposal.timeline.ROUTED', JSON_ARRAY(b.name), TRUE, c.created_at
FROM rte_case c JOIN org_body b ON b.id = c.body_id
JOIN prp_proposal p ON p.id = c.item_id AND c.item_kind = 'PROPOSAL' JOIN prp_demo_proposal d ON d.title = p.title;
INSERT INTO prp_event (proposal_id, message_key, arguments, public_step, occurred_at)
SELECT c.item_id, 'proposal.timeline.ANSWERED', JSON_ARRAY(b.name), TRUE, c.answered_at
FROM rte_case c JOIN org_body b ON b.id = c.body_id
JOIN prp_proposal p ON p.id = c.item_id AND c.item_kind = 'PROPOSAL' JOIN prp_demo_proposal d ON d.title = p.title
WHERE c.answered_at IS NOT NULL;

-- Comments, one with a reply.
INSERT INTO prp_comment (proposal_id, author_id, text, created_at)
SELECT p.id, a.id, 'The fishing villages near Kep lost half their catch since the mangroves were cut.', '2026-09-05 18:00:00'
FROM prp_proposal p JOIN idn_account a ON a.email = 'dara.demo@demo.invalid'
WHERE p.title = 'Protect the mangroves of the southern coast';
INSERT INTO prp_comment (proposal_id, parent_id, author_id, text, created_at)
SELECT c.proposal_id, c.id, a.id, 'Replanting works too: our school planted 2,000 seedlings last year.', '2026-09-06 08:00:00'
FROM prp_comment c JOIN prp_proposal p ON p.id = c.proposal_id JOIN idn_account a ON a.email = 'malis.demo@demo.invalid'
WHERE p.title = 'Protect the mangroves of the southern coast';

DROP TEMPORARY TABLE prp_demo_proposal;
DROP TEMPORARY TABLE prp_demo_digit;
