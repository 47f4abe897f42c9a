-- Commitments are watched: the owner body's administrators are reminded some days before the due date, and a
-- commitment not settled by its date is marked overdue, once each. Both columns are claimed by the case schedule
-- with a conditional update (... WHERE reminded_at IS NULL), so each step happens once on any number of nodes.
ALTER TABLE rte_commitment
    ADD COLUMN reminded_at DATETIME(6) NULL AFTER done_at,
    ADD COLUMN overdue_at  DATETIME(6) NULL AFTER reminded_at;

-- The scan: open commitments not yet reminded (or not yet marked overdue), by due date.
CREATE INDEX ix_rte_commitment_remind ON rte_commitment (state, reminded_at, due_on);
CREATE INDEX ix_rte_commitment_overdue ON rte_commitment (state, overdue_at, due_on);
