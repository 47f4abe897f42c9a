-- A consultation in drafting (development only): the Ministry of Health's official of the demo accounts prepares it,
-- so the officials' "drafts of your bodies" list and the draft's pages have something to show. It has no text yet,
-- so it does not open at its date until a text is imported.
INSERT INTO con_consultation (body_id, topic_id, region_id, title, summary, contact, opens_at, closes_at, state,
                              text_version, created_by_id, created_at)
SELECT b.id, t.id, NULL, 'Draft Tobacco Control Act',
       'Where smoking is allowed, how tobacco may be sold and advertised, and how the rules are enforced. The ministry will ask for comments on every provision.',
       'tobacco-draft@health.example', UTC_TIMESTAMP() + INTERVAL 30 DAY, UTC_TIMESTAMP() + INTERVAL 72 DAY, 'DRAFT',
       NULL, o.id, UTC_TIMESTAMP() - INTERVAL 2 DAY
FROM org_body b, org_topic t, idn_account o
WHERE b.slug = 'ministry-of-health' AND t.slug = 'health' AND o.email = 'official@demo.invalid';
