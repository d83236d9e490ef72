-- 0034 online payments (SQLite variant; keep in step with 0034_online_payments.pg.sql).
-- A pledge may be paid online through a payment provider (features/payments; today HelloAsso
-- checkout). One row per checkout the platform asked the provider for: the pledge it was made
-- for, and once the provider said a payment of it was authorised, that payment's id. The
-- provider's ids are unique per provider: a checkout is recorded once, and a payment confirms
-- one pledge once, however often the provider notifies it.
CREATE TABLE online_payments (
  id INTEGER PRIMARY KEY,
  provider TEXT NOT NULL,
  checkout_id TEXT NOT NULL,
  pledge_id INTEGER NOT NULL REFERENCES pledges (id) ON DELETE CASCADE,
  amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
  currency TEXT NOT NULL,
  -- created: the donor was sent to the provider; paid: a payment confirmed the pledge.
  state TEXT NOT NULL DEFAULT 'created' CHECK (state IN ('created', 'paid')),
  payment_id TEXT,
  created_at TEXT NOT NULL,
  paid_at TEXT,
  UNIQUE (provider, checkout_id),
  UNIQUE (provider, payment_id)
);
CREATE INDEX online_payments_pledge ON online_payments (pledge_id);
