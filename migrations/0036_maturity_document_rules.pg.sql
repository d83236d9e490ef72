-- 0036 maturity document rules (PostgreSQL variant; keep in step with the SQLite one).
-- Two more computed items of the maturity path, read from the team's documents (0026):
-- study_uploaded (a document of kind study) and budget_uploaded (a document of kind budget).
ALTER TABLE maturity_items DROP CONSTRAINT maturity_items_rule_check;
ALTER TABLE maturity_items ADD CONSTRAINT maturity_items_rule_check CHECK (rule IN ('',
  'confirmed_expert', 'carrier_person', 'need_recorded', 'study_uploaded', 'budget_uploaded'));
