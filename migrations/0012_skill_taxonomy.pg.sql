-- 0012 skill taxonomy (PostgreSQL variant; keep in step with the SQLite one).
-- The skills become a tree (BRIEF §3, function 2): domains (parent_id NULL) and the skills under
-- them, each with French, Arabic and English labels and synonyms. data/skills.json is the
-- reference list kept in the repository: at start the application inserts the slugs the database
-- lacks and refreshes the rows no administrator has edited (edited_at NULL); an administrator's
-- edit is kept and can be exported back to the file. Rows are found by slug, never by id.
ALTER TABLE skills ADD COLUMN parent_id BIGINT REFERENCES skills (id) ON DELETE RESTRICT;
ALTER TABLE skills ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
ALTER TABLE skills ADD COLUMN edited_at TEXT;
ALTER TABLE skills ADD COLUMN edited_by BIGINT REFERENCES members (id) ON DELETE SET NULL;
CREATE INDEX skills_parent ON skills (parent_id, position);

-- Other words people use for a skill ("AEP" for drinking water supply), per language; for
-- search and for the skill pickers' filtering.
CREATE TABLE skill_synonyms (
  skill_id BIGINT NOT NULL REFERENCES skills (id) ON DELETE CASCADE,
  lang TEXT NOT NULL CHECK (lang IN ('fr', 'ar', 'en')),
  synonym TEXT NOT NULL,
  PRIMARY KEY (skill_id, lang, synonym)
);
