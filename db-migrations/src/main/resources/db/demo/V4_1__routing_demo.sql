-- Demo routing rules: petitions for a government response go to the ministry of their topic, petitions for
-- parliament to the petitions committee, housing in the capital to the city hall. Demo public holidays.
INSERT INTO rte_rule (id, created_at) VALUES
    (1, '2026-01-01 00:00:00'), (2, '2026-01-01 00:00:00'), (3, '2026-01-01 00:00:00'), (4, '2026-01-01 00:00:00'),
    (5, '2026-01-01 00:00:00'), (6, '2026-01-01 00:00:00'), (7, '2026-01-01 00:00:00'), (8, '2026-01-01 00:00:00'),
    (9, '2026-01-01 00:00:00'), (10, '2026-01-01 00:00:00'), (11, '2026-01-01 00:00:00');

INSERT INTO rte_rule_version (rule_id, version, case_type, topic_id, region_id, body_id, priority, note, created_at)
SELECT v.rule_id, 1, v.case_type, t.id, r.id, b.id, v.priority, v.note, '2026-01-01 00:00:00'
FROM (SELECT 1 AS rule_id, 'PARLIAMENT_REVIEW' AS case_type, NULL AS topic, NULL AS region, 'petitions-committee' AS body,
             100 AS priority, 'Petitions for parliament go to the petitions committee.' AS note
      UNION ALL SELECT 2, NULL, 'health', NULL, 'ministry-of-health', 0, NULL
      UNION ALL SELECT 3, NULL, 'education', NULL, 'ministry-of-education', 0, NULL
      UNION ALL SELECT 4, NULL, 'culture', NULL, 'ministry-of-education', 0, NULL
      UNION ALL SELECT 5, NULL, 'economy', NULL, 'ministry-of-finance', 0, NULL
      UNION ALL SELECT 6, NULL, 'environment', NULL, 'ministry-of-environment', 0, NULL
      UNION ALL SELECT 7, NULL, 'transport', NULL, 'ministry-of-transport', 0, NULL
      UNION ALL SELECT 8, NULL, 'safety', NULL, 'ministry-of-interior', 0, NULL
      UNION ALL SELECT 9, NULL, 'justice', NULL, 'ministry-of-justice', 0, NULL
      UNION ALL SELECT 10, NULL, 'agriculture', NULL, 'ministry-of-agriculture', 0, NULL
      UNION ALL SELECT 11, NULL, 'housing', 'DR-N-CAP', 'capital-city', 10,
                       'Housing in the capital is the city''s responsibility.') v
JOIN org_body b ON b.slug = v.body
LEFT JOIN org_topic t ON t.slug = v.topic
LEFT JOIN org_region r ON r.code = v.region;

INSERT INTO rte_holiday (day, name) VALUES
    ('2026-12-25', 'Christmas Day'),
    ('2027-01-01', 'New Year''s Day'),
    ('2027-01-07', 'Victory Day'),
    ('2027-04-14', 'New Year (Khmer)'),
    ('2027-04-15', 'New Year (Khmer)'),
    ('2027-04-16', 'New Year (Khmer)'),
    ('2027-05-01', 'Labour Day');
