-- 0005 territories and organisations (SQLite variant; keep in step with the other one).
-- The real places of the communities (région → province → commune → douar), which communities
-- they anchor, who joined which community, the organisations of those places and who speaks in
-- their name (a representative counts only once an animator has verified them).

-- Names are kept in French and Arabic (Arabic may be '' when its spelling is not certain);
-- aliases holds spelling variants found in the sources, comma-separated, for search.
-- Coordinates only where known; a douar placed at its commune's seat says so with
-- position_approximate = 1.
CREATE TABLE territories (
  id INTEGER PRIMARY KEY,
  parent_id INTEGER REFERENCES territories (id) ON DELETE RESTRICT,
  kind TEXT NOT NULL CHECK (kind IN ('region', 'province', 'commune', 'douar')),
  commune_kind TEXT CHECK (commune_kind IN ('rurale', 'urbaine')),
  slug TEXT NOT NULL UNIQUE,
  name_fr TEXT NOT NULL,
  name_ar TEXT NOT NULL DEFAULT '',
  aliases TEXT NOT NULL DEFAULT '',
  lat REAL,
  lon REAL,
  position_approximate INTEGER NOT NULL DEFAULT 0 CHECK (position_approximate IN (0, 1))
);
CREATE INDEX territories_parent ON territories (parent_id);

-- The territories a community is anchored to (it stays open to members from anywhere).
CREATE TABLE community_territories (
  community_id INTEGER NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
  territory_id INTEGER NOT NULL REFERENCES territories (id) ON DELETE CASCADE,
  PRIMARY KEY (community_id, territory_id)
);

-- A member may join several communities.
CREATE TABLE community_members (
  community_id INTEGER NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  joined_at TEXT NOT NULL,
  PRIMARY KEY (community_id, member_id)
);
CREATE INDEX community_members_member ON community_members (member_id);

CREATE TABLE organisations (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL CHECK (type IN ('commune', 'village_association', 'federation',
    'cooperative', 'gie', 'enterprise', 'administration', 'diaspora_association', 'coordination',
    'ngo')),
  name TEXT NOT NULL UNIQUE,
  territory_id INTEGER REFERENCES territories (id) ON DELETE SET NULL,
  description TEXT NOT NULL DEFAULT '',
  is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  created_at TEXT NOT NULL
);
CREATE INDEX organisations_territory ON organisations (territory_id);

-- A person asking to speak in an organisation's name, and the animator's answer with how it was
-- checked (verification_note, e.g. "phone call to the commune's secretariat").
CREATE TABLE organisation_members (
  organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('member', 'representative')),
  status TEXT NOT NULL CHECK (status IN ('requested', 'verified', 'refused')),
  message TEXT NOT NULL DEFAULT '',
  requested_at TEXT NOT NULL,
  verified_by INTEGER REFERENCES members (id) ON DELETE SET NULL,
  verified_at TEXT,
  verification_note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (organisation_id, member_id)
);
CREATE INDEX organisation_members_member ON organisation_members (member_id, status);
CREATE INDEX organisation_members_status ON organisation_members (status, requested_at);
