-- Ledger guards the database enforces on its own, whatever the application does.
-- 1. Journals and ledger entries are append-only: a mistake is corrected by a reversing journal.
-- 2. Every journal balances (its entries sum to zero) and has at least two entries, checked at
--    commit so the entries of one journal can be inserted one by one inside the transaction.
CREATE FUNCTION bankdesk_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'APPEND_ONLY: % rows cannot be updated or deleted', TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER journals_append_only BEFORE UPDATE OR DELETE ON journals
  FOR EACH ROW EXECUTE FUNCTION bankdesk_refuse_change();
--> statement-breakpoint
CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries
  FOR EACH ROW EXECUTE FUNCTION bankdesk_refuse_change();
--> statement-breakpoint
CREATE FUNCTION bankdesk_check_journal_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  -- The trigger's argument names the column holding the journal id on this table.
  journal text := to_jsonb(NEW) ->> TG_ARGV[0];
  total numeric;
  entry_count integer;
BEGIN
  SELECT coalesce(sum(amount_cents), 0), count(*) INTO total, entry_count
    FROM ledger_entries WHERE journal_id = journal;
  IF total <> 0 OR entry_count < 2 THEN
    RAISE EXCEPTION 'LEDGER_UNBALANCED: journal % has % entries summing to %', journal, entry_count, total
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER journals_balanced AFTER INSERT ON journals
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION bankdesk_check_journal_balanced('id');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER ledger_entries_balanced AFTER INSERT ON ledger_entries
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION bankdesk_check_journal_balanced('journal_id');
