-- The language a petition's text is written in, so pages mark it (lang) and screen readers pronounce it right.
-- New petitions take the language of the page they were written on; earlier ones the author's language.
ALTER TABLE pet_petition ADD COLUMN language VARCHAR(8) NULL AFTER background;

UPDATE pet_petition p JOIN idn_account a ON a.id = p.author_id SET p.language = a.language;
