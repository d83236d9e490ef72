-- 0031 investment opportunities (SQLite variant; keep in step with 0031_opportunities.pg.sql).
-- An investment opportunity offered by a territory or an organisation (kind 'offer'), or a
-- diaspora member's own investment project looking for partners or support (kind
-- 'migrant_project', public only once an animator has published it). Amounts are integer minor
-- units of `currency` (MAD or EUR). `contact` is how the publishing side is reached: shown only
-- to the people an animator has introduced. The platform takes no money for investments.
CREATE TABLE opportunities (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('offer', 'migrant_project')),
  state TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'published', 'closed')),
  lang TEXT NOT NULL DEFAULT 'fr' CHECK (lang IN ('fr', 'ar', 'en')),
  title TEXT NOT NULL,
  description_md TEXT NOT NULL,
  sector TEXT NOT NULL,
  stage TEXT NOT NULL CHECK (stage IN ('idea', 'study', 'ready', 'operating')),
  commune_id INTEGER NOT NULL REFERENCES territories (id) ON DELETE RESTRICT,
  amount_min INTEGER NOT NULL CHECK (amount_min > 0),
  amount_max INTEGER NOT NULL CHECK (amount_max >= amount_min),
  currency TEXT NOT NULL CHECK (currency IN ('MAD', 'EUR')),
  publisher_org_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
  contact_org_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
  contact TEXT NOT NULL,
  review_note TEXT NOT NULL DEFAULT '',
  is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  created_by INTEGER REFERENCES members (id) ON DELETE SET NULL,
  reviewed_by INTEGER REFERENCES members (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  published_at TEXT
);
CREATE INDEX opportunities_state ON opportunities (state, published_at);
CREATE INDEX opportunities_creator ON opportunities (created_by);

-- "I'm interested": what a member tells the animators, who introduce both sides (the contact
-- details of each are shared only then) or decline with a reason. One open request per member
-- and opportunity.
CREATE TABLE opportunity_interests (
  id INTEGER PRIMARY KEY,
  opportunity_id INTEGER NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  state TEXT NOT NULL DEFAULT 'requested'
    CHECK (state IN ('requested', 'introduced', 'declined', 'withdrawn')),
  about TEXT NOT NULL,
  interest TEXT NOT NULL,
  amount INTEGER CHECK (amount IS NULL OR amount > 0),
  currency TEXT NOT NULL DEFAULT 'MAD' CHECK (currency IN ('MAD', 'EUR')),
  contact TEXT NOT NULL,
  decision_note TEXT NOT NULL DEFAULT '',
  decided_by INTEGER REFERENCES members (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  decided_at TEXT
);
CREATE UNIQUE INDEX opportunity_interests_open ON opportunity_interests (opportunity_id, member_id)
  WHERE state = 'requested';
CREATE INDEX opportunity_interests_state ON opportunity_interests (state, created_at);
CREATE INDEX opportunity_interests_member ON opportunity_interests (member_id);
