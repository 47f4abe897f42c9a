-- Demo participatory budgets (development only): Capital City's budget in its voting phase, with projects on the
-- ballot, one found unfeasible, one merged into a duplicate, and 240 money ballots; and Riverside's finished
-- budget (approval ballots, most votes first) whose result the platform counts on its first scan after start,
-- with milestones of its three winning projects, one of them late. Voters are the demo supporters; ballots are
-- generated in bulk from patterns, each within its limits.


INSERT INTO bud_process (slug, body_id, name, description, currency, ballot_kind, max_choices, min_projects,
                         max_projects, min_share_percent, result_rule, min_assurance, phase, review_at, voting_at,
                         results_at, seed, imported, created_at)
SELECT 'capital-city-2027', b.id, 'Capital City participatory budget 2027',
       'Residents decide how 350,000 of next year''s city budget is spent: 200,000 in the city centre and 150,000 on parks and green spaces.',
       'USD', 'MONEY', NULL, 1, NULL, 0, 'EQUAL_SHARES', 'EMAIL_VERIFIED', 'VOTING', '2026-09-01 00:00:00',
       '2026-11-01 00:00:00', '2027-03-01 00:00:00', '5f2d8c41a7e94b0c9d3e6f1a2b4c7d90', FALSE, '2026-07-01 09:00:00'
FROM org_body b WHERE b.slug = 'capital-city';

INSERT INTO bud_process (slug, body_id, name, description, currency, ballot_kind, max_choices, min_projects,
                         max_projects, min_share_percent, result_rule, min_assurance, phase, review_at, voting_at,
                         results_at, seed, imported, created_at)
SELECT 'riverside-2026', b.id, 'Riverside participatory budget 2026',
       'Riverside''s residents chose up to three projects each for 300,000 of this year''s budget; the winners are being built.',
       'USD', 'APPROVAL', 3, 1, NULL, 0, 'GREEDY', 'EMAIL_VERIFIED', 'EXECUTION', '2026-02-01 00:00:00',
       '2026-03-15 00:00:00', '2026-04-15 00:00:00', 'a91c07e35d2b48f6b0e4c8d17f3a6e25', FALSE, '2026-01-10 09:00:00'
FROM org_body b WHERE b.slug = 'riverside';

INSERT INTO bud_heading (process_id, slug, name, amount, region_id, position)
SELECT p.id, v.slug, v.name, v.amount, NULL, v.position
FROM (SELECT 'capital-city-2027' AS process, 'city-centre' AS slug, 'City centre' AS name, 200000 AS amount, 0 AS position
      UNION ALL SELECT 'capital-city-2027', 'parks', 'Parks and green spaces', 150000, 1
      UNION ALL SELECT 'riverside-2026', 'whole-town', 'The whole town', 300000, 0) v
JOIN bud_process p ON p.slug = v.process;

CREATE TEMPORARY TABLE bud_demo_project (code VARCHAR(20) NOT NULL, process VARCHAR(40) NOT NULL,
                                         heading VARCHAR(40) NOT NULL, title VARCHAR(200) NOT NULL,
                                         description VARCHAR(1000) NOT NULL, cost BIGINT NOT NULL,
                                         state VARCHAR(12) NOT NULL, reason VARCHAR(500) NULL, supports INT NOT NULL,
                                         author VARCHAR(60) NOT NULL);
INSERT INTO bud_demo_project VALUES
    ('bike', 'capital-city-2027', 'city-centre', 'Protected bike lanes on Market Street', 'Two kerb-protected bike lanes along Market Street, from the station to the river.', 90000, 'FEASIBLE', NULL, 64, 'dara.demo@demo.invalid'),
    ('lights', 'capital-city-2027', 'city-centre', 'LED street lights in the old town', 'Replace the old street lamps of the old town by LED lights that use less power and light the pavements.', 60000, 'FEASIBLE', 'The city''s lighting office corrected the estimate of 52,000 to include the new cabling.', 41, 'malis.demo@demo.invalid'),
    ('toilets', 'capital-city-2027', 'city-centre', 'Public toilets at the bus station', 'Clean, free public toilets with access for wheelchairs at the central bus station.', 45000, 'FEASIBLE', NULL, 38, 'sophea.demo@demo.invalid'),
    ('trees', 'capital-city-2027', 'city-centre', 'Shade trees along Main Avenue', 'Plant 120 shade trees along Main Avenue, with watering for their first two years.', 30000, 'FEASIBLE', NULL, 52, 'sophea.demo@demo.invalid'),
    ('library', 'capital-city-2027', 'city-centre', 'A children''s reading corner in the town hall', 'A reading corner with books for children and young people in the town hall''s entrance hall.', 25000, 'FEASIBLE', NULL, 29, 'malis.demo@demo.invalid'),
    ('gym', 'capital-city-2027', 'city-centre', 'An outdoor gym on Cathedral Square', 'Outdoor fitness machines on Cathedral Square.', 40000, 'UNFEASIBLE', 'Cathedral Square is a protected heritage site: no fixed equipment may be installed there. The parks heading can take an outdoor gym in a park.', 17, 'dara.demo@demo.invalid'),
    ('garden', 'capital-city-2027', 'parks', 'A community garden in North Park', 'Raised beds, a tool shed and water for a community garden that neighbours run together.', 50000, 'FEASIBLE', NULL, 47, 'sophea.demo@demo.invalid'),
    ('benches', 'capital-city-2027', 'parks', 'Benches and shade along the river walk', 'Forty benches, half of them shaded, along the river walk.', 20000, 'FEASIBLE', NULL, 35, 'dara.demo@demo.invalid'),
    ('playground', 'capital-city-2027', 'parks', 'Renovate the South Park playground', 'New safe play equipment, soft ground and a fence around the South Park playground.', 80000, 'FEASIBLE', NULL, 58, 'malis.demo@demo.invalid'),
    ('meadow', 'capital-city-2027', 'parks', 'Wildflower meadows instead of lawns', 'Sow wildflowers on five lawns of the city parks, for bees and butterflies, and mow them twice a year.', 15000, 'FEASIBLE', NULL, 22, 'sophea.demo@demo.invalid'),
    ('playground2', 'capital-city-2027', 'parks', 'New swings for the South Park playground', 'Put new swings in the South Park playground.', 12000, 'MERGED', NULL, 6, 'dara.demo@demo.invalid'),
    ('sirens', 'riverside-2026', 'whole-town', 'Flood warning sirens', 'Sirens along the river that warn everyone when the water rises fast.', 60000, 'FEASIBLE', NULL, 88, 'dara.demo@demo.invalid'),
    ('bridge', 'riverside-2026', 'whole-town', 'A footbridge to the east bank', 'A footbridge so that people on the east bank can walk to the market and the school.', 150000, 'FEASIBLE', 'The engineers corrected the estimate of 130,000 for the longer ramps that wheelchairs need.', 76, 'sophea.demo@demo.invalid'),
    ('roof', 'riverside-2026', 'whole-town', 'A roof over the riverside market', 'A roof over the market stalls so that traders and buyers stay dry in the rainy season.', 90000, 'FEASIBLE', NULL, 69, 'malis.demo@demo.invalid'),
    ('roadlights', 'riverside-2026', 'whole-town', 'Street lights on River Road', 'Lights along River Road, where people walk home from the bus in the dark.', 45000, 'FEASIBLE', NULL, 40, 'dara.demo@demo.invalid'),
    ('pitch', 'riverside-2026', 'whole-town', 'A football pitch for young people', 'A small football pitch with goals and a fence next to the secondary school.', 120000, 'FEASIBLE', NULL, 33, 'malis.demo@demo.invalid');

INSERT INTO bud_project (process_id, heading_id, external_id, title, description, language, region_id, estimated_cost,
                         cost, state, review_reason, author_id, supports, created_at, reviewed_at)
SELECT p.id, h.id, d.code, d.title, d.description, 'en', NULL,
       CASE d.code WHEN 'lights' THEN 52000 WHEN 'bridge' THEN 130000 ELSE d.cost END,
       IF(d.state = 'FEASIBLE', d.cost, NULL), d.state, d.reason, a.id, d.supports,
       DATE_SUB(p.review_at, INTERVAL 20 DAY), IF(d.state = 'PROPOSED', NULL, DATE_SUB(p.voting_at, INTERVAL 10 DAY))
FROM bud_demo_project d
JOIN bud_process p ON p.slug = d.process
JOIN bud_heading h ON h.process_id = p.id AND h.slug = d.heading
JOIN idn_account a ON a.email = d.author;

UPDATE bud_project dup JOIN bud_project kept ON kept.external_id = 'playground' AND kept.process_id = dup.process_id
SET dup.merged_into_id = kept.id
WHERE dup.external_id = 'playground2';

INSERT INTO bud_project_author (project_id, account_id)
SELECT kept.id, a.id FROM bud_project kept JOIN idn_account a ON a.email IN ('malis.demo@demo.invalid', 'dara.demo@demo.invalid')
WHERE kept.external_id = 'playground';

-- Which projects each voting pattern chooses: Capital City (money ballots within each heading's money) by
-- n mod 6, Riverside (at most three projects) by n mod 10.
CREATE TEMPORARY TABLE bud_demo_pattern (process VARCHAR(40) NOT NULL, heading VARCHAR(40) NOT NULL,
                                         pattern INT NOT NULL, code VARCHAR(20) NOT NULL);
INSERT INTO bud_demo_pattern VALUES
    ('capital-city-2027', 'city-centre', 0, 'bike'), ('capital-city-2027', 'city-centre', 0, 'lights'), ('capital-city-2027', 'city-centre', 0, 'trees'),
    ('capital-city-2027', 'city-centre', 1, 'toilets'), ('capital-city-2027', 'city-centre', 1, 'trees'), ('capital-city-2027', 'city-centre', 1, 'library'), ('capital-city-2027', 'city-centre', 1, 'bike'),
    ('capital-city-2027', 'city-centre', 2, 'lights'), ('capital-city-2027', 'city-centre', 2, 'toilets'), ('capital-city-2027', 'city-centre', 2, 'library'),
    ('capital-city-2027', 'city-centre', 3, 'bike'), ('capital-city-2027', 'city-centre', 3, 'library'),
    ('capital-city-2027', 'city-centre', 4, 'lights'), ('capital-city-2027', 'city-centre', 4, 'trees'), ('capital-city-2027', 'city-centre', 4, 'library'),
    ('capital-city-2027', 'city-centre', 5, 'bike'), ('capital-city-2027', 'city-centre', 5, 'toilets'), ('capital-city-2027', 'city-centre', 5, 'trees'),
    ('capital-city-2027', 'parks', 0, 'playground'), ('capital-city-2027', 'parks', 0, 'garden'),
    ('capital-city-2027', 'parks', 1, 'garden'), ('capital-city-2027', 'parks', 1, 'benches'), ('capital-city-2027', 'parks', 1, 'meadow'),
    ('capital-city-2027', 'parks', 2, 'playground'), ('capital-city-2027', 'parks', 2, 'benches'), ('capital-city-2027', 'parks', 2, 'meadow'),
    ('capital-city-2027', 'parks', 3, 'playground'), ('capital-city-2027', 'parks', 3, 'meadow'),
    ('capital-city-2027', 'parks', 4, 'garden'), ('capital-city-2027', 'parks', 4, 'benches'),
    ('capital-city-2027', 'parks', 5, 'playground'), ('capital-city-2027', 'parks', 5, 'benches'), ('capital-city-2027', 'parks', 5, 'meadow'),
    ('riverside-2026', 'whole-town', 0, 'sirens'), ('riverside-2026', 'whole-town', 0, 'bridge'), ('riverside-2026', 'whole-town', 0, 'roof'),
    ('riverside-2026', 'whole-town', 1, 'sirens'), ('riverside-2026', 'whole-town', 1, 'bridge'), ('riverside-2026', 'whole-town', 1, 'roof'),
    ('riverside-2026', 'whole-town', 2, 'sirens'), ('riverside-2026', 'whole-town', 2, 'bridge'), ('riverside-2026', 'whole-town', 2, 'roadlights'),
    ('riverside-2026', 'whole-town', 3, 'sirens'), ('riverside-2026', 'whole-town', 3, 'bridge'), ('riverside-2026', 'whole-town', 3, 'pitch'),
    ('riverside-2026', 'whole-town', 4, 'sirens'), ('riverside-2026', 'whole-town', 4, 'roof'), ('riverside-2026', 'whole-town', 4, 'roadlights'),
    ('riverside-2026', 'whole-town', 5, 'sirens'), ('riverside-2026', 'whole-town', 5, 'bridge'), ('riverside-2026', 'whole-town', 5, 'roof'),
    ('riverside-2026', 'whole-town', 6, 'bridge'), ('riverside-2026', 'whole-town', 6, 'roof'), ('riverside-2026', 'whole-town', 6, 'pitch'),
    ('riverside-2026', 'whole-town', 7, 'sirens'), ('riverside-2026', 'whole-town', 7, 'roadlights'), ('riverside-2026', 'whole-town', 7, 'pitch'),
    ('riverside-2026', 'whole-town', 8, 'sirens'), ('riverside-2026', 'whole-town', 8, 'bridge'),
    ('riverside-2026', 'whole-town', 9, 'roof'), ('riverside-2026', 'whole-town', 9, 'roadlights');

-- The voters: demo supporters 1..240 vote in Capital City (both headings), 1..200 in Riverside; their regions are
-- spread over the districts, their ballots over the voting weeks.
CREATE TEMPORARY TABLE bud_demo_voter (n INT NOT NULL, account_key CHAR(36) NOT NULL);
INSERT INTO bud_demo_voter (n, account_key)
SELECT CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(a.email, '@', 1), '-', -1) AS UNSIGNED), a.account_key
FROM idn_account a WHERE a.email LIKE 'supporter-%@demo.invalid';

INSERT INTO bud_ballot (heading_id, voter_key, region_id, created_at, changed_at)
SELECT h.id, v.account_key, r.id,
       DATE_ADD(p.voting_at, INTERVAL (v.n * 7) % (IF(p.slug = 'riverside-2026', 30, 28) * 24) HOUR),
       DATE_ADD(p.voting_at, INTERVAL (v.n * 7) % (IF(p.slug = 'riverside-2026', 30, 28) * 24) HOUR)
FROM bud_demo_voter v
JOIN bud_heading h
JOIN bud_process p ON p.id = h.process_id
JOIN org_region r ON r.code = IF(p.slug = 'riverside-2026', 'DR-S-RIV',
        ELT(v.n % 4 + 1, 'DR-N-CAP', 'DR-N-01', 'DR-N-02', 'DR-N-CAP'))
WHERE (p.slug = 'capital-city-2027' AND v.n <= 240) OR (p.slug = 'riverside-2026' AND v.n <= 200);

INSERT INTO bud_ballot_line (ballot_id, project_id)
SELECT b.id, pr.id
FROM bud_ballot b
JOIN bud_demo_voter v ON v.account_key = b.voter_key
JOIN bud_heading h ON h.id = b.heading_id
JOIN bud_process p ON p.id = h.process_id
JOIN bud_demo_pattern pt ON pt.process = p.slug AND pt.heading = h.slug
     AND pt.pattern = v.n % IF(p.slug = 'riverside-2026', 10, 6)
JOIN bud_project pr ON pr.process_id = p.id AND pr.external_id = pt.code;

-- Riverside's winners, as its rule selects them from these ballots (sirens 160 votes, footbridge 140, market
-- roof 120: 300,000 together), and their milestones; the footbridge's construction is past its date.
INSERT INTO bud_milestone (project_id, title, description, due_on, status, progress, spent, created_at, updated_at)
SELECT pr.id, v.title, v.description, v.due_on, v.status, v.progress, v.spent, '2026-05-01 09:00:00', v.updated_at
FROM (SELECT 'sirens' AS code, 'Sirens installed and tested' AS title,
             'Six sirens along the river, tested with the fire brigade.' AS description, '2026-08-01' AS due_on,
             'DONE' AS status, 100 AS progress, 58000 AS spent, '2026-07-28 10:00:00' AS updated_at
      UNION ALL SELECT 'bridge', 'Design approved', 'The footbridge''s design and its ramps approved by the council.',
             '2026-07-01', 'DONE', 100, 12000, '2026-06-25 10:00:00'
      UNION ALL SELECT 'bridge', 'Construction', 'Foundations poured; the steel deck is being assembled.',
             '2026-11-15', 'IN_PROGRESS', 40, 50000, '2026-11-05 10:00:00'
      UNION ALL SELECT 'roof', 'Tender for the market roof', 'Builders are invited to bid for the roof.',
             '2027-02-01', 'PLANNED', 0, 0, '2026-10-01 10:00:00') v
JOIN bud_process p ON p.slug = 'riverside-2026'
JOIN bud_project pr ON pr.process_id = p.id AND pr.external_id = v.code;

INSERT INTO bud_follower (project_id, account_id, created_at)
SELECT pr.id, a.id, '2026-05-02 09:00:00' FROM bud_project pr JOIN idn_account a ON a.email = 'sophea.demo@demo.invalid'
WHERE pr.external_id = 'bridge';

INSERT INTO bud_process_event (process_id, message_key, arguments, occurred_at)
SELECT p.id, s.message_key, IF(s.step = 0, JSON_ARRAY(b.name), NULL),
       CASE s.step WHEN 0 THEN p.created_at WHEN 1 THEN p.review_at WHEN 2 THEN p.voting_at
                   WHEN 3 THEN p.results_at ELSE DATE_ADD(p.results_at, INTERVAL 14 DAY) END
FROM bud_process p
JOIN org_body b ON b.id = p.body_id
JOIN (SELECT 'budget.timeline.created' AS message_key, 0 AS step
      UNION ALL SELECT 'budget.timeline.phase.REVIEW', 1
      UNION ALL SELECT 'budget.timeline.phase.VOTING', 2
      UNION ALL SELECT 'budget.timeline.phase.RESULTS', 3
      UNION ALL SELECT 'budget.timeline.phase.EXECUTION', 4) s
WHERE (p.slug = 'capital-city-2027' AND s.step <= 2) OR p.slug = 'riverside-2026';

DROP TEMPORARY TABLE bud_demo_voter;
DROP TEMPORARY TABLE bud_demo_pattern;
DROP TEMPORARY TABLE bud_demo_project;
