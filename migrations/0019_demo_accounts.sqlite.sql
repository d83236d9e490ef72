-- 0019 demo accounts (SQLite variant; keep in step with the PostgreSQL one).
-- The sign-in accounts `comdev demo` makes so a newcomer can try every role of the demo
-- community (a commune representative, an association leader, two diaspora experts, an animator,
-- an administrator). A row marks its member as demo data; the /try page lists them while the
-- database is a demo. Passwords live only in members.password_hash, as for everyone.
CREATE TABLE demo_accounts (
  role TEXT PRIMARY KEY,
  member_id INTEGER NOT NULL UNIQUE REFERENCES members (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL
);
