CREATE TABLE "audit_chain_head" (
	"chain" smallint PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL,
	"prev_hash" text NOT NULL,
	"legacy_through" bigint NOT NULL
);
--> statement-breakpoint
-- The head starts where the chain already is. Records written before this migration keep the
-- hashes they were written with; verification reads `legacy_through` to know which rule applies.
INSERT INTO "audit_chain_head" ("chain", "seq", "hash", "prev_hash", "legacy_through")
SELECT 1,
       coalesce(max("seq"), 0),
       coalesce((SELECT "hash" FROM "audit_log" ORDER BY "seq" DESC LIMIT 1), repeat('0', 64)),
       coalesce((SELECT "prev_hash" FROM "audit_log" ORDER BY "seq" DESC LIMIT 1), repeat('0', 64)),
       coalesce(max("seq"), 0)
  FROM "audit_log";
--> statement-breakpoint
-- The head only ever moves one link forward, and the one row is never removed or joined by another.
CREATE FUNCTION bankdesk_check_audit_head() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    RAISE EXCEPTION 'APPEND_ONLY: the audit chain has one head' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.chain <> OLD.chain OR NEW.seq <> OLD.seq + 1 OR NEW.prev_hash <> OLD.hash
     OR NEW.legacy_through <> OLD.legacy_through THEN
    RAISE EXCEPTION 'APPEND_ONLY: the audit chain head only moves one record forward'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_chain_head_forward_only BEFORE INSERT OR UPDATE ON audit_chain_head
  FOR EACH ROW EXECUTE FUNCTION bankdesk_check_audit_head();
--> statement-breakpoint
CREATE TRIGGER audit_chain_head_no_delete BEFORE DELETE ON audit_chain_head
  FOR EACH ROW EXECUTE FUNCTION bankdesk_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON audit_chain_head
  FOR EACH STATEMENT EXECUTE FUNCTION bankdesk_refuse_change();
