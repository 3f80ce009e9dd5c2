CREATE TYPE "public"."handoff_reason" AS ENUM('customer_request', 'not_understood', 'verification_locked', 'account_closure', 'bereavement', 'legal', 'complaint', 'fraud', 'other');--> statement-breakpoint
CREATE TYPE "public"."handoff_status" AS ENUM('waiting', 'assigned', 'resolved', 'abandoned');--> statement-breakpoint
CREATE TYPE "public"."statement_delivery" AS ENUM('email', 'mail', 'download');--> statement-breakpoint
CREATE TABLE "handoffs" (
	"id" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"customer_id" text,
	"reason" "handoff_reason" NOT NULL,
	"status" "handoff_status" DEFAULT 'waiting' NOT NULL,
	"auth_level" smallint NOT NULL,
	"summary" text,
	"packet" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"assigned_to" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"assigned_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "handoffs_summary_length" CHECK (char_length("handoffs"."summary") <= 1000)
);
--> statement-breakpoint
CREATE TABLE "statement_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"customer_id" text NOT NULL,
	"account_id" text NOT NULL,
	"period" text NOT NULL,
	"delivery" "statement_delivery" NOT NULL,
	"destination" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "statement_requests_period" CHECK ("statement_requests"."period" ~ '^\d{4}-\d{2}$')
);
--> statement-breakpoint
ALTER TABLE "handoffs" ADD CONSTRAINT "handoffs_session_id_auth_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."auth_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handoffs" ADD CONSTRAINT "handoffs_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_requests" ADD CONSTRAINT "statement_requests_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_requests" ADD CONSTRAINT "statement_requests_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "handoffs_status_created_at_index" ON "handoffs" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "handoffs_session_id_index" ON "handoffs" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "statement_requests_customer_id_index" ON "statement_requests" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "audit_log_session_id_occurred_at_index" ON "audit_log" USING btree ("session_id","occurred_at");