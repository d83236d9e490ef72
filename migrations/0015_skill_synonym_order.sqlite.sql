-- 0015 skill synonym order (SQLite variant; keep in step with the PostgreSQL one).
-- Synonyms keep the order they have in data/skills.json, so that /admin/skills.json exports the
-- file back unchanged when nobody edited it (a diff then shows only an administrator's edits).
ALTER TABLE skill_synonyms ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
