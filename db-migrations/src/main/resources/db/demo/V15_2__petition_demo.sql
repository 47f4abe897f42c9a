-- Demo petitions (development only), one in each state a visitor should see: collecting sponsors, in moderation,
-- open with signatures, open past its threshold (the platform claims it on its first second and routing puts a
-- case in the Ministry of Health's queue), answered with commitments, heard by the petitions committee with an
-- outcome, closed below its threshold, rejected with a reason. Signatures are generated in bulk, spread over
-- regions and days as real ones are: most in the first days, and a second wave when the press picks a petition
-- up. Dates are relative to the first start, so the open petitions are open and the charts end today. The routing
-- steps of the answered petitions are written into routing's tables as routing would have written them, not yet
-- delivered: routing hands them to the petitions on start, which puts them on their timelines.

CREATE TEMPORARY TABLE pet_demo_digit (d INT NOT NULL);
INSERT INTO pet_demo_digit (d) VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9);

-- The numbers 1..13,000, for the signatures of the largest petition.
CREATE TEMPORARY TABLE pet_demo_n (n INT NOT NULL, PRIMARY KEY (n));
INSERT INTO pet_demo_n (n)
SELECT a.d * 10000 + b.d * 1000 + c.d * 100 + e.d * 10 + f.d + 1
FROM pet_demo_digit a, pet_demo_digit b, pet_demo_digit c, pet_demo_digit e, pet_demo_digit f
WHERE a.d * 10000 + b.d * 1000 + c.d * 100 + e.d * 10 + f.d + 1 <= 13000;

SET @demo_now = UTC_TIMESTAMP() - INTERVAL 1 HOUR;

-- One account per role for trying the platform (a password is set only by the launcher's demo accounts, in
-- development; the platform administrator comes with it): a citizen, an official, an approver and an
-- administrator of the Ministry of Health, a member of the petitions committee, a moderator. Two officials of the
-- Ministry of Transport answered the bus lanes petition.
INSERT INTO idn_account (account_key, email, email_verified_at, display_name, region_id, language, assurance, created_at)
SELECT UUID(), v.email, @demo_now - INTERVAL 300 DAY, v.name, (SELECT r.id FROM org_region r WHERE r.code = v.region),
       v.language, 'EMAIL_VERIFIED', @demo_now - INTERVAL 300 DAY
FROM (SELECT 'citizen@demo.invalid' AS email, 'Chenda Citizen' AS name, 'DR-N-CAP' AS region, 'en' AS language
      UNION ALL SELECT 'official@demo.invalid', 'Oudom Official', NULL, 'en'
      UNION ALL SELECT 'approver@demo.invalid', 'Arun Approver', NULL, 'en'
      UNION ALL SELECT 'body-admin@demo.invalid', 'Bora Administrator', NULL, 'en'
      UNION ALL SELECT 'committee@demo.invalid', 'Kanika Committee', NULL, 'en'
      UNION ALL SELECT 'moderator@demo.invalid', 'Mony Moderator', NULL, 'en'
      UNION ALL SELECT 'transport.officer.demo@demo.invalid', 'Tola Officer', NULL, 'en'
      UNION ALL SELECT 'transport.approver.demo@demo.invalid', 'Sothea Approver', NULL, 'en') v;

INSERT INTO idn_membership (account_id, body_id, position, body_role, created_at)
SELECT a.id, b.id, v.position, v.body_role, @demo_now - INTERVAL 300 DAY
FROM (SELECT 'official@demo.invalid' AS email, 'ministry-of-health' AS body, 'Petitions officer' AS position,
             'OFFICIAL' AS body_role
      UNION ALL SELECT 'approver@demo.invalid', 'ministry-of-health', 'Head of citizens'' services', 'APPROVER'
      UNION ALL SELECT 'body-admin@demo.invalid', 'ministry-of-health', 'Platform coordinator', 'BODY_ADMIN'
      UNION ALL SELECT 'committee@demo.invalid', 'petitions-committee', 'Member of the committee', 'APPROVER'
      UNION ALL SELECT 'transport.officer.demo@demo.invalid', 'ministry-of-transport', 'Petitions officer', 'OFFICIAL'
      UNION ALL SELECT 'transport.approver.demo@demo.invalid', 'ministry-of-transport', 'Deputy director', 'APPROVER') v
JOIN idn_account a ON a.email = v.email
JOIN org_body b ON b.slug = v.body;

INSERT INTO idn_role (account_id, role)
SELECT a.id, 'MODERATOR' FROM idn_account a WHERE a.email = 'moderator@demo.invalid';

-- Each petition: its text, whom it addresses, its author, its state, and its life in days before @demo_now.
CREATE TEMPORARY TABLE pet_demo_petition (
    code        VARCHAR(20)   NOT NULL,
    title       VARCHAR(150)  NOT NULL,
    action      VARCHAR(1000) NOT NULL,
    background  TEXT          NOT NULL,
    type_code   VARCHAR(64)   NOT NULL,
    body        VARCHAR(80)   NOT NULL,
    topic       VARCHAR(64)   NOT NULL,
    region      VARCHAR(32)   NULL,
    author      VARCHAR(254)  NOT NULL,
    state       VARCHAR(20)   NOT NULL,
    created_ago INT           NOT NULL,
    moderation_ago INT        NULL,
    opened_ago  INT           NULL,
    collect     INT           NULL,
    signatures  INT           NOT NULL,
    wave_day    INT           NULL,
    reason      VARCHAR(30)   NULL,
    note        VARCHAR(2000) NULL,
    PRIMARY KEY (code)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO pet_demo_petition VALUES
    ('meals', 'Free school meals in every primary school',
     'Provide a free warm lunch every school day to every pupil of a public primary school.',
     'Many children come to school hungry and cannot follow lessons. Countries that feed their pupils see more of them finish school, and local farmers gain a steady buyer.',
     'national-petition', 'ministry-of-education', 'education', NULL, 'citizen@demo.invalid', 'SPONSORING',
     3, NULL, NULL, NULL, 2, NULL, NULL, NULL),
    ('lights', 'Street lights on the road to Riverside',
     'Install street lights along the twelve kilometres of the provincial road between the capital and Riverside.',
     'The road is dark after six in the evening. Three people walking home were hit by cars this year, and parents no longer let their children cycle to the evening classes.',
     'national-petition', 'ministry-of-transport', 'transport', 'DR-S-RIV', 'dara.demo@demo.invalid', 'MODERATION',
     6, 4, NULL, NULL, 5, NULL, NULL, NULL),
    ('water', 'Clean drinking water for every village',
     'Connect every village to safe drinking water by 2030, starting with the villages that have none today.',
     'One village in five still draws its water from open wells and ponds. Children miss school with diarrhoea every rainy season, and women walk hours a day to carry water.',
     'national-petition', 'ministry-of-health', 'health', NULL, 'malis.demo@demo.invalid', 'OPEN',
     44, 42, 41, 182, 3840, 26, NULL, NULL),
    ('insulin', 'Lower the price of insulin',
     'Cap the price of insulin in pharmacies and include it in the list of medicines that public clinics give free of charge.',
     'A month of insulin costs more than a week''s wage. People with diabetes skip doses to make it last, and end up in hospital with complications that cost the health system far more.',
     'national-petition', 'ministry-of-health', 'health', NULL, 'sophea.demo@demo.invalid', 'OPEN',
     62, 60, 58, 182, 10460, 31, NULL, NULL),
    ('buslanes', 'Bus lanes on the capital''s main avenues',
     'Reserve one lane for buses on the six main avenues of the capital during the morning and evening rush hours.',
     'Buses stand in the same traffic as cars, so a trip across the city takes over an hour. With their own lane they would be faster than a car, and more people would leave the car at home.',
     'national-petition', 'ministry-of-transport', 'transport', 'DR-N-CAP', 'dara.demo@demo.invalid', 'CLOSED',
     205, 203, 200, 182, 12250, 44, NULL, NULL),
    ('information', 'A law on access to public information',
     'Pass a law that gives everyone the right to ask any public body for the documents it holds, with an answer within fifteen working days.',
     'Citizens, journalists and businesses have no right today to see the contracts, studies and decisions of the bodies they pay for. Most democracies have such a law; ours has none.',
     'citizens-initiative', 'parliament', 'justice', NULL, 'malis.demo@demo.invalid', 'CLOSED',
     176, 174, 172, 150, 1720, 20, NULL, NULL),
    ('library', 'Keep the national library open on Sundays',
     'Open the reading rooms of the national library on Sundays from ten to four.',
     'Students who work during the week and families have no other day to use the library. Its reading rooms are full on Saturdays and closed on Sundays.',
     'national-petition', 'ministry-of-education', 'culture', NULL, 'dara.demo@demo.invalid', 'CLOSED',
     214, 212, 210, 182, 2130, 9, NULL, NULL),
    ('pothole', 'Fix the pothole outside my house',
     'Fill the pothole in front of number 14 on Market Street.',
     'The hole has been there since the rains and my car was damaged twice.',
     'national-petition', 'ministry-of-transport', 'transport', 'DR-N-CAP', 'malis.demo@demo.invalid', 'REJECTED',
     12, 10, NULL, NULL, 5, NULL, 'PERSONAL_CASE',
     'Repairs to one street are a matter for the city hall: please report the pothole at the city''s service desk, which answers within a week.');

INSERT INTO pet_petition (type_id, body_id, topic_id, region_id, author_id, title, action, background, state,
                          sponsor_code, created_at, sponsoring_at, moderation_at, opened_at, closes_at, closed_at,
                          rejected_at, rejection_reason, rejection_note)
SELECT ty.id, b.id, t.id, r.id, a.id, d.title, d.action, d.background, d.state,
       MD5(CONCAT('demo-sponsor-', d.code, '-', UUID())),
       @demo_now - INTERVAL d.created_ago DAY,
       @demo_now - INTERVAL d.created_ago DAY + INTERVAL 1 HOUR,
       IF(d.moderation_ago IS NULL, NULL, @demo_now - INTERVAL d.moderation_ago DAY),
       IF(d.opened_ago IS NULL, NULL, @demo_now - INTERVAL d.opened_ago DAY),
       IF(d.opened_ago IS NULL, NULL, @demo_now - INTERVAL d.opened_ago DAY + INTERVAL d.collect DAY),
       IF(d.state = 'CLOSED', @demo_now - INTERVAL d.opened_ago DAY + INTERVAL d.collect DAY, NULL),
       IF(d.state = 'REJECTED', @demo_now - INTERVAL d.moderation_ago DAY + INTERVAL 1 DAY, NULL),
       d.reason, d.note
FROM pet_demo_petition d
JOIN pet_type ty ON ty.code = d.type_code
JOIN org_body b ON b.slug = d.body
JOIN org_topic t ON t.slug = d.topic
JOIN idn_account a ON a.email = d.author
LEFT JOIN org_region r ON r.code = d.region;

-- The signatures: the first five are the sponsors; the others come from the day the petition opened until it
-- closed (or until now), most in the first days, a quarter of them in a three-day wave. Signers are demo mailboxes,
-- some of them signing several petitions, from all regions of the country (the capital most), a third of them
-- reading in Khmer.
INSERT INTO pet_signature (petition_id, signer_key, name, email, email_domain, region_code, language, public_name,
                           notify, sponsor, status, created_at, counted_at)
SELECT s.petition_id, CONCAT('m:', SHA2(s.email, 256)), s.name, s.email, 'demo.invalid', s.region_code,
       s.language, s.public_name, FALSE, s.sponsor, 'VALID', s.created_at, s.created_at
FROM (SELECT p.id AS petition_id, CONCAT('signer-', n.n, '@demo.invalid') AS email,
             CONCAT(ELT(1 + (n.n DIV 4) % 12, 'Sokha', 'Dara', 'Vanna', 'Malis', 'Piseth', 'Chantrea', 'Bopha',
                        'Kosal', 'Sreymom', 'Rithy', 'Maly', 'Sophal'), ' ',
                    ELT(1 + (n.n * 5 DIV 3) % 8, 'C.', 'K.', 'S.', 'L.', 'M.', 'T.', 'P.', 'H.')) AS name,
             ELT(1 + FLOOR(11 * POW((((n.n + 7 * p.id) * 104729) % 10007) / 10007, 1.7)), 'DR-N-CAP', 'DR-S-RIV',
                 'DR-N-01', 'DR-E-01', 'DR-W-HIL', 'DR-N-02', 'DR-S-01', 'DR-E-02', 'DR-W-01', 'DR-S-02',
                 'DR-W-02') AS region_code,
             IF(n.n % 3 = 0, 'km', 'en') AS language,
             n.n % 4 = 1 AS public_name,
             n.n <= 5 AS sponsor,
             CASE
                 WHEN n.n <= 5 THEN p.sponsoring_at + INTERVAL n.n HOUR
                 WHEN n.n % 4 = 0 AND d.wave_day IS NOT NULL
                     THEN p.opened_at + INTERVAL d.wave_day DAY
                          + INTERVAL FLOOR(3 * 86400 * ((n.n * 7919) % 10007) / 10007) SECOND
                 ELSE p.opened_at + INTERVAL FLOOR(TIMESTAMPDIFF(SECOND, p.opened_at, LEAST(COALESCE(p.closed_at, @demo_now), @demo_now))
                                                   * POW(((n.n * 7919) % 10007) / 10007, 2)) SECOND
             END AS created_at
      FROM pet_petition p
      JOIN pet_demo_petition d ON d.title = p.title
      JOIN pet_demo_n n ON n.n <= d.signatures) s;

-- The demo citizen signed the water petition while signed in, and asked to hear what becomes of it.
INSERT INTO pet_signature (petition_id, signer_key, account_id, name, email, email_domain, region_code, language,
                           public_name, notify, sponsor, status, created_at, counted_at)
SELECT p.id, CONCAT('m:', SHA2(a.email, 256)), a.id, a.display_name, a.email, 'demo.invalid', 'DR-N-CAP', 'en', TRUE,
       TRUE, FALSE, 'VALID', p.opened_at + INTERVAL 2 DAY, p.opened_at + INTERVAL 2 DAY
FROM pet_petition p JOIN pet_demo_petition d ON d.title = p.title JOIN idn_account a ON a.email = 'citizen@demo.invalid'
WHERE d.code = 'water';

-- The counts, per region and per day, as the folds would have made them. The insulin petition's signatures
-- still wait as deltas: the first fold after start counts them and claims its threshold.
INSERT INTO pet_tally (petition_id, signatures, updated_at)
SELECT p.id, IF(d.code = 'insulin', 0, COUNT(s.id)), @demo_now
FROM pet_petition p JOIN pet_demo_petition d ON d.title = p.title
LEFT JOIN pet_signature s ON s.petition_id = p.id AND s.status = 'VALID'
GROUP BY p.id, d.code;

INSERT INTO pet_tally_region (petition_id, region_code, signatures)
SELECT s.petition_id, s.region_code, COUNT(*)
FROM pet_signature s JOIN pet_petition p ON p.id = s.petition_id JOIN pet_demo_petition d ON d.title = p.title
WHERE d.code <> 'insulin'
GROUP BY s.petition_id, s.region_code;

INSERT INTO pet_tally_day (petition_id, day, signatures)
SELECT s.petition_id, DATE(s.created_at), COUNT(*)
FROM pet_signature s JOIN pet_petition p ON p.id = s.petition_id JOIN pet_demo_petition d ON d.title = p.title
WHERE d.code <> 'insulin'
GROUP BY s.petition_id, DATE(s.created_at);

INSERT INTO pet_tally_delta (petition_id, region_code, day, n)
SELECT s.petition_id, s.region_code, DATE(s.created_at), COUNT(*)
FROM pet_signature s JOIN pet_petition p ON p.id = s.petition_id JOIN pet_demo_petition d ON d.title = p.title
WHERE d.code = 'insulin'
GROUP BY s.petition_id, s.region_code, DATE(s.created_at);

-- Thresholds, copied from the type on submission; reached when the signature of that rank came in (the insulin
-- petition's is left to the platform).
INSERT INTO pet_milestone (petition_id, position, signatures, consequence, reached_at)
SELECT p.id, th.position, th.signatures, th.consequence, IF(d.code = 'insulin', NULL, ranked.created_at)
FROM pet_petition p
JOIN pet_demo_petition d ON d.title = p.title
JOIN pet_type_threshold th ON th.type_id = p.type_id AND th.signatures IS NOT NULL
LEFT JOIN (SELECT s.petition_id, s.created_at,
                  ROW_NUMBER() OVER (PARTITION BY s.petition_id ORDER BY s.created_at, s.id) AS position_no
           FROM pet_signature s JOIN pet_petition sp ON sp.id = s.petition_id
           JOIN pet_demo_petition sd ON sd.title = sp.title) ranked
       ON ranked.petition_id = p.id AND ranked.position_no = th.signatures;

-- The petitions' own steps on their timelines.
INSERT INTO pet_event (petition_id, kind, occurred_at, detail, figure)
SELECT v.petition_id, v.kind, v.occurred_at, v.detail, v.figure
FROM (SELECT p.id AS petition_id, 'CREATED' AS kind, p.created_at AS occurred_at, NULL AS detail, NULL AS figure
      FROM pet_petition p
      UNION ALL SELECT p.id, 'SPONSORING', p.sponsoring_at, NULL, ty.sponsors_required
      FROM pet_petition p JOIN pet_type ty ON ty.id = p.type_id
      UNION ALL SELECT p.id, 'MODERATION', p.moderation_at, NULL, NULL FROM pet_petition p
      UNION ALL SELECT p.id, 'OPENED', p.opened_at, NULL, NULL FROM pet_petition p
      UNION ALL SELECT p.id, 'REJECTED', p.rejected_at, p.rejection_reason, NULL FROM pet_petition p
      UNION ALL SELECT p.id, 'CLOSED', p.closed_at, NULL, t.signatures
      FROM pet_petition p JOIN pet_tally t ON t.petition_id = p.id) v
JOIN pet_petition p ON p.id = v.petition_id
JOIN pet_demo_petition d ON d.title = p.title
WHERE v.occurred_at IS NOT NULL
ORDER BY v.occurred_at;
INSERT INTO pet_event (petition_id, kind, occurred_at, detail, figure)
SELECT m.petition_id, 'THRESHOLD_REACHED', m.reached_at, m.consequence, m.signatures
FROM pet_milestone m JOIN pet_petition p ON p.id = m.petition_id JOIN pet_demo_petition d ON d.title = p.title
WHERE m.reached_at IS NOT NULL;

-- The cases routing opened when the thresholds were reached: the bus lanes to the Ministry of Transport by the
-- transport rule, the information law to the petitions committee by the parliament rule.
INSERT INTO rte_case (case_type, item_kind, item_id, title, item_link, topic_id, region_id, body_id, state,
                      rule_version_id, route_reason_key, route_reason_args, created_at, due_at, answered_at)
SELECT IF(m.consequence = 'PARLIAMENT_REFERRAL', 'PARLIAMENT_REVIEW', 'PETITION_RESPONSE'), 'PETITION', p.id,
       p.title, CONCAT('/petition/view.xhtml?number=', p.id), p.topic_id, p.region_id, b.id, 'ANSWERED', rv.id,
       'routing.reason.rule', JSON_ARRAY(b.name, CAST(rv.rule_id AS CHAR), CAST(rv.version AS CHAR)),
       m.reached_at + INTERVAL 1 MINUTE, m.reached_at + INTERVAL 28 DAY,
       m.reached_at + INTERVAL IF(d.code = 'buslanes', 24, 40) DAY
FROM pet_milestone m
JOIN pet_petition p ON p.id = m.petition_id
JOIN pet_demo_petition d ON d.title = p.title
JOIN org_body b ON b.slug = IF(d.code = 'buslanes', 'ministry-of-transport', 'petitions-committee')
JOIN rte_rule_version rv ON rv.rule_id = IF(d.code = 'buslanes', 7, 1) AND rv.version = 1
WHERE d.code IN ('buslanes', 'information') AND m.position = 1 AND m.reached_at IS NOT NULL;

INSERT INTO rte_case_request (case_type, item_kind, item_id, title, item_link, topic_slug, region_code, body_slug,
                              requested_at, next_attempt_at, attempts, routed_at, case_id)
SELECT c.case_type, c.item_kind, c.item_id, c.title, c.item_link, t.slug, r.code, pb.slug,
       c.created_at - INTERVAL 1 MINUTE, c.created_at - INTERVAL 1 MINUTE, 1, c.created_at, c.id
FROM rte_case c
JOIN pet_petition p ON p.id = c.item_id AND c.item_kind = 'PETITION'
JOIN pet_demo_petition d ON d.title = p.title
JOIN org_body pb ON pb.id = p.body_id
LEFT JOIN org_topic t ON t.id = p.topic_id
LEFT JOIN org_region r ON r.id = p.region_id;

INSERT INTO rte_answer (case_id, text, drafted_by, drafted_at, submitted_by, submitted_at, approved_by, published_at)
SELECT c.id,
       'The ministry agrees that buses must be faster than cars. Bus lanes will be painted on Independence Avenue and Riverside Road first, and on the four other main avenues once the first two have been measured for a year. Buses on the new lanes will run every eight minutes at rush hours.',
       o.id, c.answered_at - INTERVAL 3 DAY, o.id, c.answered_at - INTERVAL 2 DAY, ap.id, c.answered_at
FROM rte_case c
JOIN pet_petition p ON p.id = c.item_id AND c.item_kind = 'PETITION'
JOIN pet_demo_petition d ON d.title = p.title
JOIN idn_account o ON o.email = 'transport.officer.demo@demo.invalid'
JOIN idn_account ap ON ap.email = 'transport.approver.demo@demo.invalid'
WHERE d.code = 'buslanes';

INSERT INTO rte_commitment (case_id, action, owner_body_id, due_on, state, created_at, done_at, reminded_at)
SELECT c.id, v.action, c.body_id, DATE(c.answered_at + INTERVAL v.due_days DAY), v.state, c.answered_at,
       IF(v.state = 'DONE', c.answered_at + INTERVAL (TIMESTAMPDIFF(HOUR, c.answered_at, @demo_now) DIV 2) HOUR, NULL),
       IF(v.state = 'DONE', c.answered_at + INTERVAL (TIMESTAMPDIFF(HOUR, c.answered_at, @demo_now) DIV 2) HOUR, NULL)
FROM rte_case c
JOIN pet_petition p ON p.id = c.item_id AND c.item_kind = 'PETITION'
JOIN pet_demo_petition d ON d.title = p.title
CROSS JOIN (SELECT 'Paint bus lanes on Independence Avenue and Riverside Road.' AS action, 60 AS due_days,
                   'DONE' AS state
            UNION ALL SELECT 'Bus lanes on the four other main avenues of the capital.', 420, 'OPEN') v
WHERE d.code = 'buslanes';

INSERT INTO prl_hearing (case_id, scheduled_at, place, stream_url, created_at)
SELECT c.id, c.created_at + INTERVAL 30 DAY + INTERVAL 5 HOUR, 'Committee Room 2, National Assembly',
       'https://parliament.example/live', c.created_at + INTERVAL 9 DAY
FROM rte_case c
JOIN pet_petition p ON p.id = c.item_id AND c.item_kind = 'PETITION'
JOIN pet_demo_petition d ON d.title = p.title
WHERE d.code = 'information';

-- The cases' histories, in the order they happened. Public steps wait for delivery to the petitions' timelines;
-- internal ones never go there.
CREATE TEMPORARY TABLE pet_demo_step (
    case_id     BIGINT        NOT NULL,
    seq         INT           NOT NULL,
    kind        VARCHAR(30)   NOT NULL,
    occurred_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(254)  NULL,
    body_id     BIGINT        NULL,
    detail      VARCHAR(4000) NULL,
    detail_key  VARCHAR(120)  NULL,
    detail_args VARCHAR(2000) NULL,
    is_public   BOOLEAN       NOT NULL
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO pet_demo_step
SELECT c.id, 1, 'ROUTED', c.created_at, NULL, c.body_id, NULL, c.route_reason_key, c.route_reason_args, TRUE
FROM rte_case c JOIN pet_petition p ON p.id = c.item_id AND c.item_kind = 'PETITION'
JOIN pet_demo_petition d ON d.title = p.title;
INSERT INTO pet_demo_step
SELECT c.id, 2, 'CLAIMED', c.created_at + INTERVAL 1 DAY, 'transport.officer.demo@demo.invalid', c.body_id, NULL, NULL,
       NULL, FALSE
FROM rte_case c JOIN pet_petition p ON p.id = c.item_id AND c.item_kind = 'PETITION'
JOIN pet_demo_petition d ON d.title = p.title WHERE d.code = 'buslanes';
INSERT INTO pet_demo_step
SELECT a.case_id, 3, 'SUBMITTED', a.submitted_at, 'transport.officer.demo@demo.invalid', NULL, NULL, NULL, NULL, FALSE
FROM rte_answer a JOIN rte_case c ON c.id = a.case_id JOIN pet_petition p ON p.id = c.item_id AND c.item_kind = 'PETITION'
JOIN pet_demo_petition d ON d.title = p.title;
INSERT INTO pet_demo_step
SELECT a.case_id, 4, 'ANSWERED', a.published_at, 'transport.approver.demo@demo.invalid', c.body_id, a.text, NULL, NULL,
       TRUE
FROM rte_answer a JOIN rte_case c ON c.id = a.case_id JOIN pet_petition p ON p.id = c.item_id AND c.item_kind = 'PETITION'
JOIN pet_demo_petition d ON d.title = p.title;
INSERT INTO pet_demo_step
SELECT m.case_id, 5, 'COMMITMENT_MADE', m.created_at, 'transport.approver.demo@demo.invalid', m.owner_body_id,
       CONCAT(m.action, ' (', m.due_on, ')'), NULL, NULL, TRUE
FROM rte_commitment m JOIN rte_case c ON c.id = m.case_id JOIN pet_petition p ON p.id = c.item_id AND c.item_kind = 'PETITION'
JOIN pet_demo_petition d ON d.title = p.title;
INSERT INTO pet_demo_step
SELECT m.case_id, 6, 'COMMITMENT_DONE', m.done_at, 'transport.officer.demo@demo.invalid', m.owner_body_id, m.action, NULL,
       NULL, TRUE
FROM rte_commitment m JOIN rte_case c ON c.id = m.case_id JOIN pet_petition p ON p.id = c.item_id AND c.item_kind = 'PETITION'
JOIN pet_demo_petition d ON d.title = p.title WHERE m.state = 'DONE';
INSERT INTO pet_demo_step
SELECT h.case_id, 3, 'HEARING_SCHEDULED', h.created_at, NULL, c.body_id,
       CONCAT(DATE_FORMAT(h.scheduled_at, '%Y-%m-%d %H:%i UTC'), ', ', h.place, ', ', h.stream_url), NULL, NULL, TRUE
FROM prl_hearing h JOIN rte_case c ON c.id = h.case_id JOIN pet_petition p ON p.id = c.item_id AND c.item_kind = 'PETITION'
JOIN pet_demo_petition d ON d.title = p.title;
INSERT INTO pet_demo_step
SELECT c.id, 4, 'OUTCOME_RECORDED', c.answered_at, NULL, c.body_id,
       'The committee heard the initiators, the Ministry of Justice and two press associations, and asked the Assembly to debate the initiative. The Assembly debated it and asked the government to present a bill within six months.',
       'case.outcome.DEBATED', NULL, TRUE
FROM rte_case c JOIN pet_petition p ON p.id = c.item_id AND c.item_kind = 'PETITION'
JOIN pet_demo_petition d ON d.title = p.title WHERE d.code = 'information';
UPDATE pet_demo_step s JOIN idn_account a ON a.email = 'committee@demo.invalid'
SET s.actor = a.email WHERE s.kind IN ('HEARING_SCHEDULED', 'OUTCOME_RECORDED');

INSERT INTO rte_case_event (case_id, kind, occurred_at, actor_id, actor_name, body_id, detail, detail_key, detail_args,
                            is_public, delivered_at)
SELECT s.case_id, s.kind, s.occurred_at, a.id, a.display_name, s.body_id, s.detail, s.detail_key, s.detail_args,
       s.is_public, IF(s.is_public, NULL, s.occurred_at)
FROM pet_demo_step s LEFT JOIN idn_account a ON a.email = s.actor
ORDER BY s.occurred_at, s.case_id, s.seq;

DROP TEMPORARY TABLE pet_demo_step;
DROP TEMPORARY TABLE pet_demo_petition;
DROP TEMPORARY TABLE pet_demo_n;
DROP TEMPORARY TABLE pet_demo_digit;
