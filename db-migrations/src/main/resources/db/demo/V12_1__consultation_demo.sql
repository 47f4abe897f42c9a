-- Demo consultations (development only): an open one of the Ministry of Transport on a four-chapter draft in the
-- Estonian style with comments on units and on the whole draft, replies, supports and followers; and a closed one of
-- the Ministry of Health whose comments all have their dispositions, with a second version of its text and its
-- published report. The units were read from the texts below by the platform's own parser, so their eIds and keys
-- are what an import would store; version 2 keeps the keys of version 1's units. Demo people cannot sign in.

INSERT INTO idn_account (account_key, email, email_verified_at, display_name, region_id, language, assurance, created_at)
SELECT UUID(), v.email, '2026-01-10 09:00:00', v.name, (SELECT r.id FROM org_region r WHERE r.code = v.region), v.language,
       'EMAIL_VERIFIED', '2026-01-10 09:00:00'
FROM (SELECT 'kosal.demo@demo.invalid' AS email, 'Kosal Meas' AS name, 'DR-N-CAP' AS region, 'km' AS language
      UNION ALL SELECT 'bopha.demo@demo.invalid', 'Bopha Lim', 'DR-S', 'en'
      UNION ALL SELECT 'piret.demo@demo.invalid', 'Piret Tamm', 'DR-E', 'en'
      UNION ALL SELECT 'transport.drafter.demo@demo.invalid', 'Tiit Drafter', NULL, 'en'
      UNION ALL SELECT 'health.drafter.demo@demo.invalid', 'Heli Drafter', NULL, 'en') v;

-- The open consultation: version 1 published when it opened.
INSERT INTO con_consultation (body_id, topic_id, region_id, title, summary, contact, opens_at, closes_at, state,
                              text_version, created_by_id, created_at, opened_at)
SELECT b.id, t.id, NULL, 'Draft Public Transport Act',
       'How buses, trams and ferries are planned, contracted and paid for, and what passengers may expect. Comment on the whole draft or on any provision.',
       'transport-drafts@transport.example', '2026-11-20 00:00:00', '2027-02-28 00:00:00', 'OPEN', 1, o.id,
       '2026-11-10 10:00:00', '2026-11-20 00:00:05'
FROM org_body b, org_topic t, idn_account o
WHERE b.slug = 'ministry-of-transport' AND t.slug = 'transport' AND o.email = 'transport.drafter.demo@demo.invalid';

SET @transport = (SELECT id FROM con_consultation WHERE title = 'Draft Public Transport Act' ORDER BY id DESC LIMIT 1);

INSERT INTO con_version (consultation_id, number, style, source, preamble, imported_by_id, created_at, published_at)
SELECT @transport, 1, 'ESTONIAN', 'Public Transport Act
Draft of the Ministry of Transport

1. peatükk
ÜLDSÄTTED

§ 1. Scope of the Act
(1) This Act regulates the organisation of public bus, tram and ferry transport.
(2) This Act applies to the state, to provinces and to municipalities.

§ 2. Definitions
In this Act:
1) carrier means a company that carries passengers for payment;
2) route means a line served on a timetable;
2¹) on-demand service means a route served only when booked; [RT I, 02.02.2024, 4 – entry into force 01.03.2024]
3) fare means the price of one journey.

2. peatükk
ORGANISATION OF TRANSPORT

§ 3. Planning of routes
(1) Every province plans the routes between its municipalities.
(2) A municipality plans the routes within its territory.
(3) The plans are published for comment for at least four weeks.

§ 4. Contracts with carriers
(1) A route is served by a carrier chosen in a public tender.
(2) A contract runs for at most ten years.

3. peatükk
PASSENGERS

§ 5. Fares
(1) Children under seven years and persons over seventy travel free of charge.
(2) Fares are the same on every route of a province.

§ 6. Accessibility
(1) Every new vehicle has a low floor and room for a wheelchair.
(2) Stops announce the next departure in sound and in writing.

4. peatükk
FINAL PROVISIONS

§ 7. Entry into force
This Act enters into force on 1 July 2027.
', 'Public Transport Act Draft of the Ministry of Transport', o.id,
       '2026-11-10 10:30:00', '2026-11-20 00:00:05'
FROM idn_account o WHERE o.email = 'transport.drafter.demo@demo.invalid';

SET @transport_v1 = (SELECT id FROM con_version WHERE consultation_id = @transport AND number = 1);

INSERT INTO con_unit (version_id, position, unit_key, eid, kind, label, number_base, number_inserted,
                      heading, text, notes, depth, parent_position) VALUES
    (@transport_v1, 0, '68fce7f9-3d8b-454f-8351-6868f931d839', 'chp_1', 'CHAPTER', '1. peatükk', 1, 0, 'ÜLDSÄTTED', '', NULL, 0, -1),
    (@transport_v1, 1, '66e89882-2cb2-4fa0-875c-901dec612366', 'chp_1__sec_1', 'SECTION', '§ 1', 1, 0, 'Scope of the Act', '', NULL, 1, 0),
    (@transport_v1, 2, '9081045b-8435-4b75-a187-cd0d71cf8266', 'chp_1__sec_1__subsec_1', 'SUBSECTION', '(1)', 1, 0, '', 'This Act regulates the organisation of public bus, tram and ferry transport.', NULL, 2, 1),
    (@transport_v1, 3, 'f8536c55-367a-45f6-9eba-beadcfda8701', 'chp_1__sec_1__subsec_2', 'SUBSECTION', '(2)', 2, 0, '', 'This Act applies to the state, to provinces and to municipalities.', NULL, 2, 1),
    (@transport_v1, 4, 'ef705867-fd23-4fda-8c2a-0d05a791dfaa', 'chp_1__sec_2', 'SECTION', '§ 2', 2, 0, 'Definitions', 'In this Act:', NULL, 1, 0),
    (@transport_v1, 5, 'da3a0dd1-14e9-4fb0-98bf-fd118a7e5511', 'chp_1__sec_2__para_1', 'PARAGRAPH', '1)', 1, 0, '', 'carrier means a company that carries passengers for payment;', NULL, 2, 4),
    (@transport_v1, 6, 'ced17092-d61b-4d24-a597-8b2fb03b7fab', 'chp_1__sec_2__para_2', 'PARAGRAPH', '2)', 2, 0, '', 'route means a line served on a timetable;', NULL, 2, 4),
    (@transport_v1, 7, 'a6445a87-94e6-4bed-99be-d908e7604e6d', 'chp_1__sec_2__para_2-1', 'PARAGRAPH', '2¹)', 2, 1, '', 'on-demand service means a route served only when booked;', 'RT I, 02.02.2024, 4 – entry into force 01.03.2024', 2, 4),
    (@transport_v1, 8, 'ccb0ef0c-0194-4bb4-b549-e802bea3627d', 'chp_1__sec_2__para_3', 'PARAGRAPH', '3)', 3, 0, '', 'fare means the price of one journey.', NULL, 2, 4),
    (@transport_v1, 9, '49e7a7ab-d22d-4eb2-8de0-d3eb5193de34', 'chp_2', 'CHAPTER', '2. peatükk', 2, 0, 'ORGANISATION OF TRANSPORT', '', NULL, 0, -1),
    (@transport_v1, 10, '816dcd0d-5faa-4535-9f84-ab6c75276a4a', 'chp_2__sec_3', 'SECTION', '§ 3', 3, 0, 'Planning of routes', '', NULL, 1, 9),
    (@transport_v1, 11, 'dc2c22b2-feae-4ee6-8cc4-c32d75b24389', 'chp_2__sec_3__subsec_1', 'SUBSECTION', '(1)', 1, 0, '', 'Every province plans the routes between its municipalities.', NULL, 2, 10),
    (@transport_v1, 12, '9dd6aa72-d62c-464c-bab5-3272353721d4', 'chp_2__sec_3__subsec_2', 'SUBSECTION', '(2)', 2, 0, '', 'A municipality plans the routes within its territory.', NULL, 2, 10),
    (@transport_v1, 13, 'a6dd0284-7e93-4766-8aad-9dcab0b00fd9', 'chp_2__sec_3__subsec_3', 'SUBSECTION', '(3)', 3, 0, '', 'The plans are published for comment for at least four weeks.', NULL, 2, 10),
    (@transport_v1, 14, '4fc22506-76cf-42ce-ac1d-d83446eb2789', 'chp_2__sec_4', 'SECTION', '§ 4', 4, 0, 'Contracts with carriers', '', NULL, 1, 9),
    (@transport_v1, 15, '2d5c28ed-14bf-4074-8c89-a4f632c39980', 'chp_2__sec_4__subsec_1', 'SUBSECTION', '(1)', 1, 0, '', 'A route is served by a carrier chosen in a public tender.', NULL, 2, 14),
    (@transport_v1, 16, '8ab40613-bca6-4a92-a8c5-11c6ac3b9b5b', 'chp_2__sec_4__subsec_2', 'SUBSECTION', '(2)', 2, 0, '', 'A contract runs for at most ten years.', NULL, 2, 14),
    (@transport_v1, 17, 'b4c4f2b5-1c35-4f35-8cdf-b3ed3d7dc2bd', 'chp_3', 'CHAPTER', '3. peatükk', 3, 0, 'PASSENGERS', '', NULL, 0, -1),
    (@transport_v1, 18, '53305d0b-3971-4b67-bce7-2a2275927fe9', 'chp_3__sec_5', 'SECTION', '§ 5', 5, 0, 'Fares', '', NULL, 1, 17),
    (@transport_v1, 19, 'aaf526ab-33e9-4ff4-b6d7-e91e8720da20', 'chp_3__sec_5__subsec_1', 'SUBSECTION', '(1)', 1, 0, '', 'Children under seven years and persons over seventy travel free of charge.', NULL, 2, 18),
    (@transport_v1, 20, '0be988ee-60a3-4679-89e8-822ad39d0284', 'chp_3__sec_5__subsec_2', 'SUBSECTION', '(2)', 2, 0, '', 'Fares are the same on every route of a province.', NULL, 2, 18),
    (@transport_v1, 21, '9efe983d-4cf1-4e36-a41e-12b87debe121', 'chp_3__sec_6', 'SECTION', '§ 6', 6, 0, 'Accessibility', '', NULL, 1, 17),
    (@transport_v1, 22, 'abc87936-7637-45b3-b2a6-7f9125b18782', 'chp_3__sec_6__subsec_1', 'SUBSECTION', '(1)', 1, 0, '', 'Every new vehicle has a low floor and room for a wheelchair.', NULL, 2, 21),
    (@transport_v1, 23, 'bab83ad2-91f4-4b33-8c62-78640facb304', 'chp_3__sec_6__subsec_2', 'SUBSECTION', '(2)', 2, 0, '', 'Stops announce the next departure in sound and in writing.', NULL, 2, 21),
    (@transport_v1, 24, '5dc8d5ac-9b62-4199-a541-ef8e8d5e1402', 'chp_4', 'CHAPTER', '4. peatükk', 4, 0, 'FINAL PROVISIONS', '', NULL, 0, -1),
    (@transport_v1, 25, '2d7dcbf3-1599-40c5-b371-16756d5e1843', 'chp_4__sec_7', 'SECTION', '§ 7', 7, 0, 'Entry into force', 'This Act enters into force on 1 July 2027.', NULL, 1, 24);

INSERT INTO con_comment (consultation_id, unit_key, version_number, parent_id, author_id, on_behalf_of, quote, text,
                         created_at)
SELECT @transport, v.unit_key, 1, NULL, a.id, v.on_behalf_of, v.quote, v.text, v.created_at
FROM (SELECT 'aaf526ab-33e9-4ff4-b6d7-e91e8720da20' AS unit_key, 'kosal.demo@demo.invalid' AS author, NULL AS on_behalf_of,
             'persons over seventy' AS quote,
             'Why seventy? Most people retire at sixty-five and many cannot afford the fare from their pension.' AS text,
             '2026-11-21 08:15:00' AS created_at
      UNION ALL SELECT 'a6445a87-94e6-4bed-99be-d908e7604e6d', 'bopha.demo@demo.invalid', NULL, NULL,
             'On-demand services should have to answer a booking within one hour, or villages are left without buses.',
             '2026-11-22 19:40:00'
      UNION ALL SELECT 'abc87936-7637-45b3-b2a6-7f9125b18782', 'piret.demo@demo.invalid', 'Disabled Persons'' Union', NULL,
             'Low floors are not enough: ramps must be required, and drivers trained to use them.',
             '2026-11-23 11:05:00'
      UNION ALL SELECT '8ab40613-bca6-4a92-a8c5-11c6ac3b9b5b', 'dara.demo@demo.invalid', NULL, 'at most ten years',
             'Ten years is too long to be stuck with a bad carrier. Five years with one extension would be better.',
             '2026-11-25 07:30:00'
      UNION ALL SELECT NULL, 'malis.demo@demo.invalid', NULL, NULL,
             'The draft says nothing about night buses. Workers on night shifts need them too.',
             '2026-11-26 21:00:00') v
JOIN idn_account a ON a.email = v.author;

INSERT INTO con_comment (consultation_id, unit_key, version_number, parent_id, author_id, text, created_at)
SELECT @transport, p.unit_key, 1, p.id, a.id, v.text, v.created_at
FROM (SELECT 'persons over seventy' AS quote, 'sophea.demo@demo.invalid' AS author,
             'Agreed. My mother is sixty-eight and pays full fare every day.' AS text, '2026-11-21 12:00:00' AS created_at
      UNION ALL SELECT 'at most ten years', 'bopha.demo@demo.invalid',
             'Carriers need long contracts to buy new buses. Perhaps ten years, but with quality checks every year.',
             '2026-11-26 09:10:00') v
JOIN con_comment p ON p.consultation_id = @transport AND p.quote = v.quote AND p.parent_id IS NULL
JOIN idn_account a ON a.email = v.author;

INSERT INTO con_support (comment_id, account_id, created_at)
SELECT c.id, a.id, '2026-11-27 10:00:00'
FROM con_comment c JOIN idn_account a ON a.email IN ('sophea.demo@demo.invalid', 'dara.demo@demo.invalid',
                                                     'malis.demo@demo.invalid', 'bopha.demo@demo.invalid')
WHERE c.consultation_id = @transport AND c.parent_id IS NULL AND c.author_id <> a.id AND c.unit_key IS NOT NULL;

INSERT INTO con_follower (consultation_id, account_id, created_at)
SELECT @transport, a.id, '2026-11-21 08:16:00' FROM idn_account a
WHERE a.email IN ('kosal.demo@demo.invalid', 'piret.demo@demo.invalid');

-- The closed consultation: two versions, every comment with its disposition, and the published report.
INSERT INTO con_consultation (body_id, topic_id, region_id, title, summary, contact, opens_at, closes_at, state,
                              text_version, created_by_id, created_at, opened_at, closed_at, report_published_at,
                              version)
SELECT b.id, t.id, NULL, 'Draft Drinking Water Act',
       'The quality of drinking water, how often suppliers test it and how they warn consumers.',
       'water-drafts@health.example', '2026-06-01 00:00:00', '2026-07-15 00:00:00', 'REPORT_PUBLISHED', 2, o.id,
       '2026-05-20 10:00:00', '2026-06-01 00:00:05', '2026-07-15 00:00:05', '2026-09-01 09:00:00', 8
FROM org_body b, org_topic t, idn_account o
WHERE b.slug = 'ministry-of-health' AND t.slug = 'health' AND o.email = 'health.drafter.demo@demo.invalid';

SET @water = (SELECT id FROM con_consultation WHERE title = 'Draft Drinking Water Act' ORDER BY id DESC LIMIT 1);

INSERT INTO con_version (consultation_id, number, style, source, preamble, imported_by_id, created_at, published_at)
SELECT @water, v.number, 'ESTONIAN', v.source, 'Drinking Water Act Draft of the Ministry of Health', o.id, v.created_at,
       v.published_at
FROM (SELECT 1 AS number, 'Drinking Water Act
Draft of the Ministry of Health

1. peatükk
ÜLDSÄTTED

§ 1. Scope of the Act
(1) This Act sets the quality of drinking water and the duties of water suppliers.
(2) This Act does not apply to bottled water.

§ 2. Definitions
In this Act:
1) supplier means a company or municipality that supplies drinking water;
2) network means the pipes that carry water to consumers.

2. peatükk
QUALITY AND CONTROL

§ 3. Testing
(1) A supplier tests the water of its network every month.
(2) The results are published within thirty days.

§ 4. Warnings
(1) When water is unsafe, the supplier warns consumers without delay.

3. peatükk
FINAL PROVISIONS

§ 5. Entry into force
This Act enters into force on 1 January 2027.
' AS source, '2026-05-20 10:30:00' AS created_at,
             '2026-06-01 00:00:05' AS published_at
      UNION ALL SELECT 2, 'Drinking Water Act
Draft of the Ministry of Health

1. peatükk
ÜLDSÄTTED

§ 1. Scope of the Act
(1) This Act sets the quality of drinking water and the duties of water suppliers.
(2) This Act does not apply to bottled water.

§ 2. Definitions
In this Act:
1) supplier means a company or municipality that supplies drinking water;
2) network means the pipes that carry water to consumers.

2. peatükk
QUALITY AND CONTROL

§ 3. Testing
(1) A supplier tests the water of its network every month.
(2) The results are published within seven days on the website of the supplier.

§ 4. Warnings
(1) When water is unsafe, the supplier warns consumers without delay by text message and on the radio.
(2) The supplier offers safe water at public points until the water is safe again.

3. peatükk
FINAL PROVISIONS

§ 5. Entry into force
This Act enters into force on 1 January 2027.
', '2026-08-20 14:00:00', '2026-08-20 14:00:00') v
JOIN idn_account o ON o.email = 'health.drafter.demo@demo.invalid';

SET @water_v1 = (SELECT id FROM con_version WHERE consultation_id = @water AND number = 1);
SET @water_v2 = (SELECT id FROM con_version WHERE consultation_id = @water AND number = 2);

INSERT INTO con_unit (version_id, position, unit_key, eid, kind, label, number_base, number_inserted,
                      heading, text, notes, depth, parent_position) VALUES
    (@water_v1, 0, '1bd8f4c0-906c-4d91-9041-80c2c2148fdf', 'chp_1', 'CHAPTER', '1. peatükk', 1, 0, 'ÜLDSÄTTED', '', NULL, 0, -1),
    (@water_v1, 1, '4c0204d8-8771-4b2c-8a95-cda6e99f7626', 'chp_1__sec_1', 'SECTION', '§ 1', 1, 0, 'Scope of the Act', '', NULL, 1, 0),
    (@water_v1, 2, '3a27ba18-e15d-4e23-86cc-f5c74cdea3d3', 'chp_1__sec_1__subsec_1', 'SUBSECTION', '(1)', 1, 0, '', 'This Act sets the quality of drinking water and the duties of water suppliers.', NULL, 2, 1),
    (@water_v1, 3, 'ad7cb188-5f3c-4e80-a8d0-4e7eba2502e1', 'chp_1__sec_1__subsec_2', 'SUBSECTION', '(2)', 2, 0, '', 'This Act does not apply to bottled water.', NULL, 2, 1),
    (@water_v1, 4, 'e220be08-ec6d-4ff1-940c-1d5f1ae453a0', 'chp_1__sec_2', 'SECTION', '§ 2', 2, 0, 'Definitions', 'In this Act:', NULL, 1, 0),
    (@water_v1, 5, '4afd870e-7d4b-45c6-8d40-f2234536b5b6', 'chp_1__sec_2__para_1', 'PARAGRAPH', '1)', 1, 0, '', 'supplier means a company or municipality that supplies drinking water;', NULL, 2, 4),
    (@water_v1, 6, '514dc913-e670-4d2c-adb6-3271507ddf6d', 'chp_1__sec_2__para_2', 'PARAGRAPH', '2)', 2, 0, '', 'network means the pipes that carry water to consumers.', NULL, 2, 4),
    (@water_v1, 7, '8f6b2b86-061d-4e0e-8840-a5cfa52aa2d5', 'chp_2', 'CHAPTER', '2. peatükk', 2, 0, 'QUALITY AND CONTROL', '', NULL, 0, -1),
    (@water_v1, 8, '9ae030ee-fd25-4700-a113-46a5b401da1f', 'chp_2__sec_3', 'SECTION', '§ 3', 3, 0, 'Testing', '', NULL, 1, 7),
    (@water_v1, 9, 'c069c0aa-d308-4a9d-9cf3-e75ab948295a', 'chp_2__sec_3__subsec_1', 'SUBSECTION', '(1)', 1, 0, '', 'A supplier tests the water of its network every month.', NULL, 2, 8),
    (@water_v1, 10, '13a8a5f3-acf8-443b-9690-f07021ff6466', 'chp_2__sec_3__subsec_2', 'SUBSECTION', '(2)', 2, 0, '', 'The results are published within thirty days.', NULL, 2, 8),
    (@water_v1, 11, '0775c79e-c2d8-4c45-90be-7859796f9829', 'chp_2__sec_4', 'SECTION', '§ 4', 4, 0, 'Warnings', '', NULL, 1, 7),
    (@water_v1, 12, '08c26d9c-4e9f-4eb3-b97c-0742d96b76d9', 'chp_2__sec_4__subsec_1', 'SUBSECTION', '(1)', 1, 0, '', 'When water is unsafe, the supplier warns consumers without delay.', NULL, 2, 11),
    (@water_v1, 13, '77549af2-6b65-4c9b-8103-8c84b448f065', 'chp_3', 'CHAPTER', '3. peatükk', 3, 0, 'FINAL PROVISIONS', '', NULL, 0, -1),
    (@water_v1, 14, '58c323d7-023d-48f4-8a5e-a7a7dd444502', 'chp_3__sec_5', 'SECTION', '§ 5', 5, 0, 'Entry into force', 'This Act enters into force on 1 January 2027.', NULL, 1, 13);

INSERT INTO con_unit (version_id, position, unit_key, eid, kind, label, number_base, number_inserted,
                      heading, text, notes, depth, parent_position) VALUES
    (@water_v2, 0, '1bd8f4c0-906c-4d91-9041-80c2c2148fdf', 'chp_1', 'CHAPTER', '1. peatükk', 1, 0, 'ÜLDSÄTTED', '', NULL, 0, -1),
    (@water_v2, 1, '4c0204d8-8771-4b2c-8a95-cda6e99f7626', 'chp_1__sec_1', 'SECTION', '§ 1', 1, 0, 'Scope of the Act', '', NULL, 1, 0),
    (@water_v2, 2, '3a27ba18-e15d-4e23-86cc-f5c74cdea3d3', 'chp_1__sec_1__subsec_1', 'SUBSECTION', '(1)', 1, 0, '', 'This Act sets the quality of drinking water and the duties of water suppliers.', NULL, 2, 1),
    (@water_v2, 3, 'ad7cb188-5f3c-4e80-a8d0-4e7eba2502e1', 'chp_1__sec_1__subsec_2', 'SUBSECTION', '(2)', 2, 0, '', 'This Act does not apply to bottled water.', NULL, 2, 1),
    (@water_v2, 4, 'e220be08-ec6d-4ff1-940c-1d5f1ae453a0', 'chp_1__sec_2', 'SECTION', '§ 2', 2, 0, 'Definitions', 'In this Act:', NULL, 1, 0),
    (@water_v2, 5, '4afd870e-7d4b-45c6-8d40-f2234536b5b6', 'chp_1__sec_2__para_1', 'PARAGRAPH', '1)', 1, 0, '', 'supplier means a company or municipality that supplies drinking water;', NULL, 2, 4),
    (@water_v2, 6, '514dc913-e670-4d2c-adb6-3271507ddf6d', 'chp_1__sec_2__para_2', 'PARAGRAPH', '2)', 2, 0, '', 'network means the pipes that carry water to consumers.', NULL, 2, 4),
    (@water_v2, 7, '8f6b2b86-061d-4e0e-8840-a5cfa52aa2d5', 'chp_2', 'CHAPTER', '2. peatükk', 2, 0, 'QUALITY AND CONTROL', '', NULL, 0, -1),
    (@water_v2, 8, '9ae030ee-fd25-4700-a113-46a5b401da1f', 'chp_2__sec_3', 'SECTION', '§ 3', 3, 0, 'Testing', '', NULL, 1, 7),
    (@water_v2, 9, 'c069c0aa-d308-4a9d-9cf3-e75ab948295a', 'chp_2__sec_3__subsec_1', 'SUBSECTION', '(1)', 1, 0, '', 'A supplier tests the water of its network every month.', NULL, 2, 8),
    (@water_v2, 10, '13a8a5f3-acf8-443b-9690-f07021ff6466', 'chp_2__sec_3__subsec_2', 'SUBSECTION', '(2)', 2, 0, '', 'The results are published within seven days on the website of the supplier.', NULL, 2, 8),
    (@water_v2, 11, '0775c79e-c2d8-4c45-90be-7859796f9829', 'chp_2__sec_4', 'SECTION', '§ 4', 4, 0, 'Warnings', '', NULL, 1, 7),
    (@water_v2, 12, '08c26d9c-4e9f-4eb3-b97c-0742d96b76d9', 'chp_2__sec_4__subsec_1', 'SUBSECTION', '(1)', 1, 0, '', 'When water is unsafe, the supplier warns consumers without delay by text message and on the radio.', NULL, 2, 11),
    (@water_v2, 13, 'b32a070d-ae34-43f7-a0e8-097f9db5cd98', 'chp_2__sec_4__subsec_2', 'SUBSECTION', '(2)', 2, 0, '', 'The supplier offers safe water at public points until the water is safe again.', NULL, 2, 11),
    (@water_v2, 14, '77549af2-6b65-4c9b-8103-8c84b448f065', 'chp_3', 'CHAPTER', '3. peatükk', 3, 0, 'FINAL PROVISIONS', '', NULL, 0, -1),
    (@water_v2, 15, '58c323d7-023d-48f4-8a5e-a7a7dd444502', 'chp_3__sec_5', 'SECTION', '§ 5', 5, 0, 'Entry into force', 'This Act enters into force on 1 January 2027.', NULL, 1, 14);

INSERT INTO con_comment (consultation_id, unit_key, version_number, parent_id, author_id, on_behalf_of, quote, text,
                         created_at)
SELECT @water, v.unit_key, 1, NULL, a.id, v.on_behalf_of, v.quote, v.text, v.created_at
FROM (SELECT '13a8a5f3-acf8-443b-9690-f07021ff6466' AS unit_key, 'kosal.demo@demo.invalid' AS author, NULL AS on_behalf_of,
             'within thirty days' AS quote,
             'Thirty days is far too late: by then everyone has drunk the water. Publish within a week, online.' AS text,
             '2026-06-03 09:00:00' AS created_at
      UNION ALL SELECT '08c26d9c-4e9f-4eb3-b97c-0742d96b76d9', 'piret.demo@demo.invalid', 'Consumers'' Association', NULL,
             'Say how consumers are warned. Many old people have no internet; use text messages and the radio.',
             '2026-06-10 16:20:00'
      UNION ALL SELECT '08c26d9c-4e9f-4eb3-b97c-0742d96b76d9', 'bopha.demo@demo.invalid', NULL, NULL,
             'When the water is unsafe, people need safe water from somewhere until it is fixed.',
             '2026-06-18 08:45:00'
      UNION ALL SELECT 'ad7cb188-5f3c-4e80-a8d0-4e7eba2502e1', 'dara.demo@demo.invalid', NULL, 'does not apply to bottled water',
             'Bottled water should be covered too: it is sold as drinking water.', '2026-06-25 13:00:00'
      UNION ALL SELECT NULL, 'malis.demo@demo.invalid', NULL, NULL,
             'Water prices should be set by this Act as well.', '2026-07-02 10:10:00') v
JOIN idn_account a ON a.email = v.author;

INSERT INTO con_comment (consultation_id, unit_key, version_number, parent_id, author_id, text, created_at)
SELECT @water, p.unit_key, 1, p.id, a.id, 'The laboratories can do it in a week; other countries manage.',
       '2026-06-04 10:00:00'
FROM con_comment p JOIN idn_account a ON a.email = 'sophea.demo@demo.invalid'
WHERE p.consultation_id = @water AND p.quote = 'within thirty days' AND p.parent_id IS NULL;

INSERT INTO con_disposition (comment_id, consultation_id, disposition, reason, changed_unit_key, decided_by_id,
                             decided_at)
SELECT c.id, @water, v.disposition, v.reason, v.changed_unit_key, o.id, '2026-08-25 11:00:00'
FROM (SELECT 'Thirty days is far too late%' AS text, 'ACCEPTED' AS disposition,
             'Results are now published within seven days on the supplier''s website.' AS reason,
             '13a8a5f3-acf8-443b-9690-f07021ff6466' AS changed_unit_key
      UNION ALL SELECT 'Say how consumers are warned%', 'ACCEPTED',
             'Warnings now go out by text message and on the radio.', '08c26d9c-4e9f-4eb3-b97c-0742d96b76d9'
      UNION ALL SELECT 'When the water is unsafe%', 'PARTLY_ACCEPTED',
             'Suppliers offer safe water at public points; delivery to homes would cost too much.',
             'b32a070d-ae34-43f7-a0e8-097f9db5cd98'
      UNION ALL SELECT 'Bottled water should be covered%', 'NOT_ACCEPTED',
             'Bottled water is covered by the Food Act, which already sets its quality.', NULL
      UNION ALL SELECT 'Water prices should be set%', 'OUT_OF_SCOPE',
             'Prices are set by the utilities regulator under the Public Utilities Act.', NULL) v
JOIN con_comment c ON c.consultation_id = @water AND c.parent_id IS NULL AND c.text LIKE v.text
JOIN idn_account o ON o.email = 'health.drafter.demo@demo.invalid';

INSERT INTO con_follower (consultation_id, account_id, created_at)
SELECT @water, a.id, '2026-06-03 09:01:00' FROM idn_account a
WHERE a.email IN ('kosal.demo@demo.invalid', 'bopha.demo@demo.invalid');
