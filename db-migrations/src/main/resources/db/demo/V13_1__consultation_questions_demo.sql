-- Demo questions (development only): the open transport draft asks three questions, answered by some demo
-- supporters (the numbers show when it closes); the closed drinking-water draft asked one, whose counts show.

SET @transport = (SELECT id FROM con_consultation WHERE title = 'Draft Public Transport Act' ORDER BY id DESC LIMIT 1);
SET @water = (SELECT id FROM con_consultation WHERE title = 'Draft Drinking Water Act' ORDER BY id DESC LIMIT 1);

INSERT INTO con_question (consultation_id, position, kind, text, created_at)
SELECT c.id, q.position, q.kind, q.text, DATE_SUB(c.opens_at, INTERVAL 1 DAY)
FROM con_consultation c
JOIN (SELECT 'transport' AS draft, 1 AS position, 'SINGLE' AS kind,
             'How often should buses run on main lines at rush hour?' AS text
      UNION ALL SELECT 'transport', 2, 'MULTIPLE', 'Which of these would make you take the bus more often?'
      UNION ALL SELECT 'transport', 3, 'FREE_TEXT', 'What else should the act say about night services?'
      UNION ALL SELECT 'water', 1, 'SINGLE', 'Should every school have a drinking fountain by 2030?') q
  ON (q.draft = 'transport' AND c.id = @transport) OR (q.draft = 'water' AND c.id = @water);

INSERT INTO con_question_option (question_id, position, text)
SELECT q.id, o.position, o.text
FROM con_question q
JOIN (SELECT @transport AS consultation, 1 AS question, 1 AS position, 'Every 5 minutes' AS text
      UNION ALL SELECT @transport, 1, 2, 'Every 10 minutes'
      UNION ALL SELECT @transport, 1, 3, 'Every 15 minutes'
      UNION ALL SELECT @transport, 2, 1, 'Cheaper tickets'
      UNION ALL SELECT @transport, 2, 2, 'Shelters at every stop'
      UNION ALL SELECT @transport, 2, 3, 'Buses that run on time'
      UNION ALL SELECT @transport, 2, 4, 'Safe cycle parking at stations'
      UNION ALL SELECT @water, 1, 1, 'Yes'
      UNION ALL SELECT @water, 1, 2, 'No'
      UNION ALL SELECT @water, 1, 3, 'Only in new schools') o
  ON o.consultation = q.consultation_id AND o.question = q.position;

-- Answers of demo supporters 1..120 (each once per question), spread over the options by number.
INSERT INTO con_response (question_id, account_id, text, answered_at)
SELECT q.id, a.id,
       IF(q.kind = 'FREE_TEXT', ELT(CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(a.email, '@', 1), '-', -1) AS UNSIGNED) % 3 + 1,
          'Night buses every half hour to the hospitals.', 'A night line along the river.',
          'Lit stops and a phone number to call.'), NULL),
       DATE_ADD(c.opens_at, INTERVAL 2 DAY)
FROM con_question q
JOIN con_consultation c ON c.id = q.consultation_id
JOIN idn_account a ON a.email LIKE 'supporter-%@demo.invalid'
     AND CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(a.email, '@', 1), '-', -1) AS UNSIGNED) <= 120
WHERE q.consultation_id IN (@transport, @water)
  AND (q.kind <> 'FREE_TEXT' OR CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(a.email, '@', 1), '-', -1) AS UNSIGNED) <= 12);

INSERT INTO con_response_option (response_id, option_id)
SELECT r.id, o.id
FROM con_response r
JOIN con_question q ON q.id = r.question_id
JOIN idn_account a ON a.id = r.account_id
JOIN con_question_option o ON o.question_id = q.id
WHERE q.kind = 'SINGLE'
  AND o.position = CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(a.email, '@', 1), '-', -1) AS UNSIGNED) % 3 + 1
  AND q.consultation_id IN (@transport, @water);

INSERT INTO con_response_option (response_id, option_id)
SELECT r.id, o.id
FROM con_response r
JOIN con_question q ON q.id = r.question_id
JOIN idn_account a ON a.id = r.account_id
JOIN con_question_option o ON o.question_id = q.id
WHERE q.kind = 'MULTIPLE' AND q.consultation_id = @transport
  AND (o.position = CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(a.email, '@', 1), '-', -1) AS UNSIGNED) % 4 + 1
       OR (o.position = 3 AND CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(a.email, '@', 1), '-', -1) AS UNSIGNED) % 2 = 0));
