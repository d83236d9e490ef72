-- 0018 experts (PostgreSQL variant; keep in step with the SQLite one).
-- The expert pool (/experts) lists the most recently updated profiles first: an index on that
-- order lets a page stop after its 20 rows instead of sorting every profile.
CREATE INDEX profiles_updated ON profiles (updated_at, member_id);
