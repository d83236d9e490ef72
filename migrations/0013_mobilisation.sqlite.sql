-- 0013 mobilisation (SQLite variant; keep in step with the PostgreSQL one).
-- Targeted, personal mobilisation (BRIEF §3, function 3): the carrier of a skill need invites a
-- few well-chosen experts; an expert offers help (invited or not); the carrier accepts or
-- declines; an accepted expert joins the project's team. Every invitation, offer and answer keeps
-- its time, for the time-to-first-answer indicator and the "usually answers within" figure.
-- Times are ISO-8601 UTC text, which compare in time order.

-- A member may turn invitations off (they stay in the directory if their profile says so, but
-- the matching engine never proposes them).
ALTER TABLE profiles ADD COLUMN open_to_invitations INTEGER NOT NULL DEFAULT 1
  CHECK (open_to_invitations IN (0, 1));

-- status: open → offered (the expert answered by offering help: see need_offers.invitation_id)
--              | declined (the expert said no) | expired (unanswered after the delay)
--              | withdrawn (the carrier took it back, or the need closed).
-- reasons: why the engine proposed this expert, frozen at invitation time (JSON reason codes),
-- so the e-mail and the page tell the same story later.
CREATE TABLE need_invitations (
  id INTEGER PRIMARY KEY,
  need_id INTEGER NOT NULL REFERENCES needs (id) ON DELETE CASCADE,
  expert_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  invited_by INTEGER REFERENCES members (id) ON DELETE SET NULL,
  message TEXT NOT NULL DEFAULT '',
  reasons TEXT NOT NULL DEFAULT '[]',
  score REAL NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'open'
    CHECK (status IN ('open', 'offered', 'declined', 'expired', 'withdrawn')),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  answered_at TEXT,
  UNIQUE (need_id, expert_id)
);
CREATE INDEX need_invitations_expert ON need_invitations (expert_id, status);
CREATE INDEX need_invitations_open ON need_invitations (status, expires_at);

-- An expert's offer of help on a need, with a message; answered by the carrier.
-- status: open → accepted | declined | expired | withdrawn (by the expert, or the need closed).
CREATE TABLE need_offers (
  id INTEGER PRIMARY KEY,
  need_id INTEGER NOT NULL REFERENCES needs (id) ON DELETE CASCADE,
  expert_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  invitation_id INTEGER REFERENCES need_invitations (id) ON DELETE SET NULL,
  message TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'open'
    CHECK (status IN ('open', 'accepted', 'declined', 'expired', 'withdrawn')),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  answered_at TEXT,
  answered_by INTEGER REFERENCES members (id) ON DELETE SET NULL,
  answer_note TEXT NOT NULL DEFAULT '',
  UNIQUE (need_id, expert_id)
);
CREATE INDEX need_offers_need ON need_offers (need_id, status);
CREATE INDEX need_offers_expert ON need_offers (expert_id, status);
CREATE INDEX need_offers_open ON need_offers (status, expires_at);

-- The project's team: members who work on it, with their role ("sanitation study", "treasurer").
-- need_id: the need that brought them, when they joined through an accepted offer.
CREATE TABLE project_team (
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  role TEXT NOT NULL DEFAULT '',
  need_id INTEGER REFERENCES needs (id) ON DELETE SET NULL,
  joined_at TEXT NOT NULL,
  PRIMARY KEY (project_id, member_id)
);
CREATE INDEX project_team_member ON project_team (member_id);

-- In-app notifications: what happened to a member (an invitation, an answer, an expiry). The
-- text is made at reading time in the reader's language from kind and ids; no message body here.
-- kind: invitation_received | invitation_declined | invitation_expired | offer_received
--       | offer_accepted | offer_declined | offer_expired
CREATE TABLE notifications (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  need_id INTEGER REFERENCES needs (id) ON DELETE CASCADE,
  other_member_id INTEGER REFERENCES members (id) ON DELETE SET NULL,
  invitation_id INTEGER REFERENCES need_invitations (id) ON DELETE CASCADE,
  offer_id INTEGER REFERENCES need_offers (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  read_at TEXT
);
CREATE INDEX notifications_member ON notifications (member_id, created_at);
