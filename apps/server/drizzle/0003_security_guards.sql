-- Guards the database enforces whatever the application does.
-- 1. The audit trail is append-only: no UPDATE, DELETE or TRUNCATE. The ledger gets the same
--    TRUNCATE refusal (its row-level guards are in 0001).
-- 2. A session's authentication level only climbs one step at a time, and only for one customer:
--    it starts at 0, identification (or a change of customer) gives at most 1, and each later
--    rise is by exactly one level. No code path can skip the one-time code or the question.
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION bankdesk_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION bankdesk_refuse_change();
--> statement-breakpoint
CREATE TRIGGER journals_no_truncate BEFORE TRUNCATE ON journals
  FOR EACH STATEMENT EXECUTE FUNCTION bankdesk_refuse_change();
--> statement-breakpoint
CREATE TRIGGER ledger_entries_no_truncate BEFORE TRUNCATE ON ledger_entries
  FOR EACH STATEMENT EXECUTE FUNCTION bankdesk_refuse_change();
--> statement-breakpoint
CREATE FUNCTION bankdesk_check_level_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.level <> 0 THEN
      RAISE EXCEPTION 'LEVEL_RULE: a session starts at level 0' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  IF NEW.level > 0 AND NEW.customer_id IS NULL THEN
    RAISE EXCEPTION 'LEVEL_RULE: a level above 0 needs an identified customer' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.customer_id IS DISTINCT FROM OLD.customer_id THEN
    IF NEW.level > 1 THEN
      RAISE EXCEPTION 'LEVEL_RULE: a new customer starts again from level 1' USING ERRCODE = 'check_violation';
    END IF;
  ELSIF NEW.level > OLD.level + 1 THEN
    RAISE EXCEPTION 'LEVEL_RULE: level % cannot jump to %', OLD.level, NEW.level USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER auth_sessions_level_steps BEFORE INSERT OR UPDATE ON auth_sessions
  FOR EACH ROW EXECUTE FUNCTION bankdesk_check_level_change();
