-- 0019 demo accounts (PostgreSQL variant; keep in step with the SQLite one).
-- The sign-in accounts `comdev demo` makes so a newcomer can try every role of the demo
-- community (a commune representative, an association leader, two diaspora experts, an animator,
-- an administrator). A row marks its member as demo data; the /try page lists them while the
-- database is a demo. Passwords live only in members.password_hash, as for everyone.
CREATE TABLE demo_accounts (
  role TEXT PRIMARY KEY,
  member_id BIGINT NOT NULL UNIQUE REFERENCES members (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL
);
