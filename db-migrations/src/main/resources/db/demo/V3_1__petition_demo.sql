-- Demo petition types: a national petition answered by the government at 10,000 and debated in parliament
-- at 100,000; a citizens' initiative that reaches parliament at 1,000; a local initiative of the capital city
-- for its residents whose threshold is 1 % of the city's population.

INSERT INTO pet_type (body_id, code, name, description, collection_days, sponsors_required, min_assurance, region_id)
SELECT b.id, 'national-petition', 'National petition',
       'Ask the government to act. At 10,000 signatures the government answers; at 100,000 parliament debates it.',
       182, 5, 'EMAIL_VERIFIED', NULL
FROM org_body b WHERE b.slug = 'government';

INSERT INTO pet_type (body_id, code, name, description, collection_days, sponsors_required, min_assurance, region_id)
SELECT b.id, 'citizens-initiative', 'Citizens'' initiative',
       'A proposal to parliament. With 1,000 signatures it goes to the petitions committee.',
       182, 5, 'EMAIL_VERIFIED', NULL
FROM org_body b WHERE b.slug = 'parliament';

INSERT INTO pet_type (body_id, code, name, description, collection_days, sponsors_required, min_assurance, region_id)
SELECT b.id, 'local-initiative', 'Local initiative',
       'Residents of the city ask the city hall to act. 1 % of the residents make the city council answer.',
       90, 5, 'EMAIL_VERIFIED', b.region_id
FROM org_body b WHERE b.slug = 'capital-city';

INSERT INTO pet_type_threshold (type_id, position, signatures, population_percent, consequence)
SELECT t.id, v.position, v.signatures, v.percent, v.consequence
FROM (SELECT 'national-petition' AS code, 1 AS position, 10000 AS signatures, NULL AS percent,
             'GOVERNMENT_RESPONSE' AS consequence
      UNION ALL SELECT 'national-petition', 2, 100000, NULL, 'PARLIAMENT_DEBATE'
      UNION ALL SELECT 'citizens-initiative', 1, 1000, NULL, 'PARLIAMENT_REFERRAL'
      UNION ALL SELECT 'local-initiative', 1, NULL, 1.000, 'BODY_RESPONSE') v
JOIN pet_type t ON t.code = v.code;
