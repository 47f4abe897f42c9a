-- A signer without account takes their signature back through a private link, sent with the confirmation mail
-- and shown after confirming. As for confirmation tokens, only the SHA-256 of the link's secret is kept; it is
-- erased with the signer's other personal data.
ALTER TABLE pet_signature
    ADD COLUMN withdrawal_hash CHAR(64) NULL AFTER token_hash,
    ADD CONSTRAINT uq_pet_signature_withdrawal UNIQUE (withdrawal_hash);
