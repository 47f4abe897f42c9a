-- Demo data: a fictional country with its government, parliament, municipalities, topics and regions.
-- Applied only when the demo data set is switched on (PARTICIPATION_DEMO_DATA=true).

INSERT INTO org_region (code, name, kind, parent_id, population) VALUES
    ('DR', 'Demo Republic', 'COUNTRY', NULL, 5400000);
INSERT INTO org_region (code, name, kind, parent_id, population)
SELECT v.code, v.name, 'PROVINCE', c.id, v.population
FROM (SELECT 'DR-N' AS code, 'Northern Province' AS name, 1500000 AS population
      UNION ALL SELECT 'DR-S', 'Southern Province', 1300000
      UNION ALL SELECT 'DR-E', 'Eastern Province', 1100000
      UNION ALL SELECT 'DR-W', 'Western Province', 1500000) v
JOIN org_region c ON c.code = 'DR';
INSERT INTO org_region (code, name, kind, parent_id, population)
SELECT v.code, v.name, v.kind, p.id, v.population
FROM (SELECT 'DR-N-01' AS code, 'Lakeside District' AS name, 'DISTRICT' AS kind, 'DR-N' AS parent, 400000 AS population
      UNION ALL SELECT 'DR-N-02', 'Highland District', 'DISTRICT', 'DR-N', 350000
      UNION ALL SELECT 'DR-N-CAP', 'Capital City', 'MUNICIPALITY', 'DR-N', 750000
      UNION ALL SELECT 'DR-S-01', 'Coastal District', 'DISTRICT', 'DR-S', 500000
      UNION ALL SELECT 'DR-S-02', 'Delta District', 'DISTRICT', 'DR-S', 520000
      UNION ALL SELECT 'DR-S-RIV', 'Riverside', 'MUNICIPALITY', 'DR-S', 280000
      UNION ALL SELECT 'DR-E-01', 'Forest District', 'DISTRICT', 'DR-E', 600000
      UNION ALL SELECT 'DR-E-02', 'Plains District', 'DISTRICT', 'DR-E', 500000
      UNION ALL SELECT 'DR-W-01', 'Harbour District', 'DISTRICT', 'DR-W', 700000
      UNION ALL SELECT 'DR-W-02', 'Valley District', 'DISTRICT', 'DR-W', 560000
      UNION ALL SELECT 'DR-W-HIL', 'Hillview', 'MUNICIPALITY', 'DR-W', 240000) v
JOIN org_region p ON p.code = v.parent;

INSERT INTO org_topic (slug, name, description) VALUES
    ('health', 'Health', 'Hospitals, public health, medicines and care.'),
    ('education', 'Education', 'Schools, universities, teachers and lifelong learning.'),
    ('economy', 'Economy and taxes', 'Public finances, taxes, jobs and business.'),
    ('environment', 'Environment and climate', 'Nature, pollution, climate and energy.'),
    ('transport', 'Transport', 'Roads, public transport, cycling and road safety.'),
    ('safety', 'Public safety', 'Police, emergency services and civil protection.'),
    ('justice', 'Justice and rights', 'Courts, human rights, equality and the rule of law.'),
    ('agriculture', 'Agriculture and food', 'Farming, fisheries, rural life and food safety.'),
    ('housing', 'Housing and urban life', 'Housing, planning, water, waste and public spaces.'),
    ('culture', 'Culture and sport', 'Heritage, arts, media, sport and youth.');

INSERT INTO org_body (slug, name, short_name, kind, parent_id, region_id, description, contact_email, contact_phone, website, address)
SELECT 'government', 'Government of the Demo Republic', 'Government', 'GOVERNMENT', NULL, r.id,
       'The national government coordinates the ministries and answers for national policy.',
       'info@gov.example', '+000 100 000', 'https://gov.example', '1 Government Square, Capital City'
FROM org_region r WHERE r.code = 'DR';

INSERT INTO org_body (slug, name, short_name, kind, parent_id, region_id, description, contact_email, contact_phone, website, address)
SELECT v.slug, v.name, v.short_name, 'MINISTRY', g.id, g.region_id, v.description, v.email, v.phone, NULL, v.address
FROM (SELECT 'ministry-of-health' AS slug, 'Ministry of Health' AS name, 'MoH' AS short_name,
             'Responsible for hospitals, public health programmes, medicines and health insurance.' AS description,
             'contact@health.gov.example' AS email, '+000 100 101' AS phone, '12 Health Avenue, Capital City' AS address
      UNION ALL SELECT 'ministry-of-education', 'Ministry of Education, Youth and Sport', 'MoEYS',
             'Responsible for schools, universities, teachers, youth and sport.',
             'contact@education.gov.example', '+000 100 102', '80 Learning Street, Capital City'
      UNION ALL SELECT 'ministry-of-finance', 'Ministry of Economy and Finance', 'MEF',
             'Responsible for the state budget, taxes, customs and economic policy.',
             'contact@finance.gov.example', '+000 100 103', '5 Treasury Road, Capital City'
      UNION ALL SELECT 'ministry-of-environment', 'Ministry of Environment', 'MoE',
             'Responsible for nature protection, pollution control, climate policy and energy.',
             'contact@environment.gov.example', '+000 100 104', '3 Green Lane, Capital City'
      UNION ALL SELECT 'ministry-of-transport', 'Ministry of Public Works and Transport', 'MPWT',
             'Responsible for national roads, railways, public transport and road safety.',
             'contact@transport.gov.example', '+000 100 105', '21 Bridge Street, Capital City'
      UNION ALL SELECT 'ministry-of-interior', 'Ministry of Interior', 'MoI',
             'Responsible for police, civil protection, local government and civil registration.',
             'contact@interior.gov.example', '+000 100 106', '7 Civic Square, Capital City'
      UNION ALL SELECT 'ministry-of-justice', 'Ministry of Justice', 'MoJ',
             'Responsible for courts, prisons, human rights and the drafting of laws.',
             'contact@justice.gov.example', '+000 100 107', '9 Law Court Road, Capital City'
      UNION ALL SELECT 'ministry-of-agriculture', 'Ministry of Agriculture, Forestry and Fisheries', 'MAFF',
             'Responsible for farming, forests, fisheries, rural development and food safety.',
             'contact@agriculture.gov.example', '+000 100 108', '44 Harvest Road, Capital City') v
JOIN org_body g ON g.slug = 'government';

INSERT INTO org_body (slug, name, short_name, kind, parent_id, region_id, description, contact_email, contact_phone, website, address)
SELECT v.slug, v.name, NULL, v.kind, m.id, m.region_id, v.description, v.email, NULL, NULL, NULL
FROM (SELECT 'department-of-public-health' AS slug, 'Department of Public Health' AS name, 'DEPARTMENT' AS kind,
             'ministry-of-health' AS parent, 'Vaccination, disease prevention and health promotion.' AS description,
             'public.health@health.gov.example' AS email
      UNION ALL SELECT 'department-of-schools', 'Department of Schools', 'DEPARTMENT', 'ministry-of-education',
             'Primary and secondary schools, curricula and school buildings.', 'schools@education.gov.example'
      UNION ALL SELECT 'tax-department', 'General Department of Taxation', 'DEPARTMENT', 'ministry-of-finance',
             'Collection of taxes and service to taxpayers.', 'tax@finance.gov.example'
      UNION ALL SELECT 'road-safety-agency', 'Road Safety Agency', 'AGENCY', 'ministry-of-transport',
             'Road safety campaigns, driving licences and accident statistics.', 'roads@transport.gov.example') v
JOIN org_body m ON m.slug = v.parent;

INSERT INTO org_body (slug, name, short_name, kind, parent_id, region_id, description, contact_email, contact_phone, website, address)
SELECT 'parliament', 'National Assembly', 'Parliament', 'PARLIAMENT', NULL, r.id,
       'The elected parliament makes laws, approves the budget and holds the government to account.',
       'info@parliament.example', '+000 200 000', 'https://parliament.example', '2 Assembly Square, Capital City'
FROM org_region r WHERE r.code = 'DR';

INSERT INTO org_body (slug, name, short_name, kind, parent_id, region_id, description, contact_email, contact_phone, website, address)
SELECT 'petitions-committee', 'Petitions Committee', NULL, 'COMMITTEE', p.id, p.region_id,
       'Reviews petitions that reach the parliament threshold, holds hearings and reports to the Assembly.',
       'petitions@parliament.example', '+000 200 010', NULL, '2 Assembly Square, Capital City'
FROM org_body p WHERE p.slug = 'parliament';

INSERT INTO org_body (slug, name, short_name, kind, parent_id, region_id, description, contact_email, contact_phone, website, address)
SELECT v.slug, v.name, NULL, 'MUNICIPALITY', NULL, r.id, v.description, v.email, v.phone, NULL, v.address
FROM (SELECT 'capital-city' AS slug, 'Capital City Hall' AS name, 'DR-N-CAP' AS region,
             'The city government of the capital: local roads, waste, parks, markets and housing.' AS description,
             'cityhall@capital.example' AS email, '+000 300 001' AS phone, '1 Market Square, Capital City' AS address
      UNION ALL SELECT 'riverside', 'Riverside Municipality', 'DR-S-RIV',
             'Local services of Riverside: water, waste, local roads and public spaces.',
             'info@riverside.example', '+000 300 002', '4 River Road, Riverside'
      UNION ALL SELECT 'hillview', 'Hillview Municipality', 'DR-W-HIL',
             'Local services of Hillview: water, waste, local roads and public spaces.',
             'info@hillview.example', '+000 300 003', '10 Hill Street, Hillview') v
JOIN org_region r ON r.code = v.region;

INSERT INTO org_body_topic (body_id, topic_id)
SELECT b.id, t.id
FROM (SELECT 'government' AS body, 'economy' AS topic
      UNION ALL SELECT 'ministry-of-health', 'health'
      UNION ALL SELECT 'ministry-of-education', 'education'
      UNION ALL SELECT 'ministry-of-education', 'culture'
      UNION ALL SELECT 'ministry-of-finance', 'economy'
      UNION ALL SELECT 'ministry-of-environment', 'environment'
      UNION ALL SELECT 'ministry-of-transport', 'transport'
      UNION ALL SELECT 'ministry-of-transport', 'housing'
      UNION ALL SELECT 'ministry-of-interior', 'safety'
      UNION ALL SELECT 'ministry-of-justice', 'justice'
      UNION ALL SELECT 'ministry-of-agriculture', 'agriculture'
      UNION ALL SELECT 'department-of-public-health', 'health'
      UNION ALL SELECT 'department-of-schools', 'education'
      UNION ALL SELECT 'tax-department', 'economy'
      UNION ALL SELECT 'road-safety-agency', 'transport'
      UNION ALL SELECT 'road-safety-agency', 'safety'
      UNION ALL SELECT 'parliament', 'justice'
      UNION ALL SELECT 'petitions-committee', 'justice'
      UNION ALL SELECT 'capital-city', 'housing'
      UNION ALL SELECT 'capital-city', 'transport'
      UNION ALL SELECT 'capital-city', 'environment'
      UNION ALL SELECT 'riverside', 'housing'
      UNION ALL SELECT 'riverside', 'environment'
      UNION ALL SELECT 'hillview', 'housing'
      UNION ALL SELECT 'hillview', 'culture') v
JOIN org_body b ON b.slug = v.body
JOIN org_topic t ON t.slug = v.topic;
