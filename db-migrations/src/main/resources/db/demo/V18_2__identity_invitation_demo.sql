-- An invitation the Ministry of Health's administrator sent and nobody has accepted yet, so the officials page shows
-- one waiting, to send again or cancel (development only). Its link was never mailed: only a resend makes a usable one.
INSERT INTO idn_token (token_hash, purpose, email, body_id, position, body_role, created_at, expires_at)
SELECT SHA2(CONCAT('demo invitation ', UUID()), 256), 'INVITATION', 'press.officer.demo@demo.invalid', b.id,
       'Press officer', 'OFFICIAL', UTC_TIMESTAMP() - INTERVAL 2 DAY, UTC_TIMESTAMP() + INTERVAL 5 DAY
FROM org_body b WHERE b.slug = 'ministry-of-health';
