-- 0002 members (SQLite variant; keep in step with the other one).
-- The people who sign in. The foundation needs only what `comdev user create` writes to
-- bootstrap the first administrator or animator; profiles, consent and organisations come with
-- the members feature. Passwords are argon2id strings from libsodium, never plain text.
CREATE TABLE members (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  is_admin INTEGER NOT NULL DEFAULT 0 CHECK (is_admin IN (0, 1)),
  is_animator INTEGER NOT NULL DEFAULT 0 CHECK (is_animator IN (0, 1)),
  email_verified_at TEXT,
  created_at TEXT NOT NULL
);
