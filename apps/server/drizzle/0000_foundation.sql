CREATE TYPE "public"."account_status" AS ENUM('open', 'frozen', 'closed');--> statement-breakpoint
CREATE TYPE "public"."account_type" AS ENUM('checking', 'savings', 'credit_card', 'loan', 'internal');--> statement-breakpoint
CREATE TYPE "public"."audit_result" AS ENUM('success', 'failure', 'denied', 'blocked');--> statement-breakpoint
CREATE TYPE "public"."bill_payment_frequency" AS ENUM('once', 'weekly', 'biweekly', 'monthly');--> statement-breakpoint
CREATE TYPE "public"."bill_payment_status" AS ENUM('scheduled', 'processing', 'sent', 'cancelled', 'failed');--> statement-breakpoint
CREATE TYPE "public"."card_brand" AS ENUM('visa', 'mastercard', 'amex', 'discover');--> statement-breakpoint
CREATE TYPE "public"."card_kind" AS ENUM('debit', 'credit');--> statement-breakpoint
CREATE TYPE "public"."card_status" AS ENUM('active', 'frozen', 'lost', 'stolen', 'closed', 'pending_activation');--> statement-breakpoint
CREATE TYPE "public"."channel" AS ENUM('chat', 'voice', 'phone', 'mcp');--> statement-breakpoint
CREATE TYPE "public"."check_status" AS ENUM('issued', 'cleared', 'stopped', 'void');--> statement-breakpoint
CREATE TYPE "public"."consent_kind" AS ENUM('recording_disclosure', 'recording_consent', 'data_processing');--> statement-breakpoint
CREATE TYPE "public"."dispute_network" AS ENUM('visa', 'mastercard', 'amex', 'discover', 'ach', 'zelle', 'other');--> statement-breakpoint
CREATE TYPE "public"."dispute_reason" AS ENUM('fraudulent', 'product_not_received', 'duplicate', 'product_unacceptable', 'subscription_canceled', 'credit_not_processed', 'unrecognized', 'general');--> statement-breakpoint
CREATE TYPE "public"."dispute_status" AS ENUM('warning_needs_response', 'warning_under_review', 'warning_closed', 'needs_response', 'under_review', 'won', 'lost');--> statement-breakpoint
CREATE TYPE "public"."evidence_type" AS ENUM('access_activity_log', 'billing_address', 'cancellation_policy_disclosure', 'customer_communication', 'customer_email_address', 'customer_name', 'customer_purchase_ip', 'product_description', 'shipping_documentation', 'shipping_tracking_number', 'uncategorized_text');--> statement-breakpoint
CREATE TYPE "public"."hold_status" AS ENUM('active', 'captured', 'released', 'expired');--> statement-breakpoint
CREATE TYPE "public"."journal_kind" AS ENUM('opening_deposit', 'deposit', 'internal_transfer', 'external_transfer', 'fee', 'provisional_credit', 'provisional_credit_reversal', 'card_capture', 'card_refund', 'bill_payment', 'card_payment', 'check', 'interest', 'loan_disbursement', 'reversal');--> statement-breakpoint
CREATE TYPE "public"."payee_status" AS ENUM('active', 'removed');--> statement-breakpoint
CREATE TYPE "public"."provisional_credit_status" AS ENUM('not_eligible', 'pending', 'credited', 'reversed', 'final');--> statement-breakpoint
CREATE TYPE "public"."regulation" AS ENUM('reg_e', 'reg_z');--> statement-breakpoint
CREATE TYPE "public"."shipping_status" AS ENUM('ordered', 'shipped', 'in_transit', 'delivered', 'returned');--> statement-breakpoint
CREATE TYPE "public"."stop_payment_status" AS ENUM('active', 'expired', 'cancelled', 'released');--> statement-breakpoint
CREATE TYPE "public"."transaction_kind" AS ENUM('opening_deposit', 'deposit', 'payroll', 'card_purchase', 'card_refund', 'atm_withdrawal', 'transfer_in', 'transfer_out', 'zelle_out', 'zelle_in', 'ach_out', 'ach_in', 'wire_out', 'check', 'bill_payment', 'card_payment', 'fee', 'provisional_credit', 'provisional_credit_reversal', 'interest', 'loan_disbursement', 'adjustment');--> statement-breakpoint
CREATE TYPE "public"."transaction_status" AS ENUM('pending', 'posted', 'declined', 'reversed');--> statement-breakpoint
CREATE TYPE "public"."transfer_direction" AS ENUM('outbound', 'inbound');--> statement-breakpoint
CREATE TYPE "public"."transfer_rail" AS ENUM('internal', 'zelle', 'ach', 'wire');--> statement-breakpoint
CREATE TYPE "public"."transfer_status" AS ENUM('pending', 'pending_enrollment', 'processing', 'sent', 'delivered', 'completed', 'held_for_review', 'expired_returned', 'returned', 'cancelled', 'failed');--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" text PRIMARY KEY NOT NULL,
	"customer_id" text,
	"type" "account_type" NOT NULL,
	"internal_code" text,
	"nickname" text NOT NULL,
	"number_last4" text NOT NULL,
	"currency" text DEFAULT 'usd' NOT NULL,
	"status" "account_status" DEFAULT 'open' NOT NULL,
	"posted_balance_cents" bigint DEFAULT 0 NOT NULL,
	"held_cents" bigint DEFAULT 0 NOT NULL,
	"credit_limit_cents" bigint DEFAULT 0 NOT NULL,
	"apr_basis_points" integer,
	"statement_day" integer,
	"opened_at" timestamp with time zone NOT NULL,
	"first_deposit_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accounts_internal_has_no_customer" CHECK (("accounts"."type" = 'internal') = ("accounts"."customer_id" IS NULL)),
	CONSTRAINT "accounts_internal_has_code" CHECK (("accounts"."type" = 'internal') = ("accounts"."internal_code" IS NOT NULL)),
	CONSTRAINT "accounts_held_not_negative" CHECK ("accounts"."held_cents" >= 0),
	CONSTRAINT "accounts_limit_not_negative" CHECK ("accounts"."credit_limit_cents" >= 0),
	CONSTRAINT "accounts_available_within_limit" CHECK ("accounts"."type" = 'internal' OR "accounts"."posted_balance_cents" - "accounts"."held_cents" >= -"accounts"."credit_limit_cents"),
	CONSTRAINT "accounts_last4_digits" CHECK ("accounts"."number_last4" ~ '^[0-9]{4}$')
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"id" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"customer_id" text,
	"session_id" text,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"resource" text,
	"result" "audit_result" NOT NULL,
	"auth_level" smallint,
	"ip_address" text,
	"jurisdiction" text,
	"pii_accessed" boolean DEFAULT false NOT NULL,
	"compliance_flags" text[] DEFAULT '{}' NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "auth_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"customer_id" text,
	"channel" "channel" NOT NULL,
	"level" smallint DEFAULT 0 NOT NULL,
	"jurisdiction" text,
	"ip_address" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"idle_expires_at" timestamp with time zone NOT NULL,
	"absolute_expires_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"end_reason" text,
	CONSTRAINT "auth_sessions_level_range" CHECK ("auth_sessions"."level" BETWEEN 0 AND 3)
);
--> statement-breakpoint
CREATE TABLE "bill_payments" (
	"id" text PRIMARY KEY NOT NULL,
	"customer_id" text NOT NULL,
	"payee_id" text NOT NULL,
	"from_account_id" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"frequency" "bill_payment_frequency" NOT NULL,
	"send_on" date NOT NULL,
	"next_send_on" date,
	"end_on" date,
	"status" "bill_payment_status" NOT NULL,
	"confirmation_number" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bill_payments_amount_positive" CHECK ("bill_payments"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "cards" (
	"id" text PRIMARY KEY NOT NULL,
	"customer_id" text NOT NULL,
	"account_id" text NOT NULL,
	"kind" "card_kind" NOT NULL,
	"brand" "card_brand" NOT NULL,
	"last4" text NOT NULL,
	"exp_month" integer NOT NULL,
	"exp_year" integer NOT NULL,
	"cardholder_name" text NOT NULL,
	"status" "card_status" DEFAULT 'active' NOT NULL,
	"status_reason" text,
	"status_changed_at" timestamp with time zone,
	"replaces_card_id" text,
	"shipping_status" "shipping_status",
	"shipped_at" timestamp with time zone,
	"expected_delivery_on" date,
	"delivered_at" timestamp with time zone,
	"tracking_number" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cards_last4_digits" CHECK ("cards"."last4" ~ '^[0-9]{4}$'),
	CONSTRAINT "cards_exp_month" CHECK ("cards"."exp_month" BETWEEN 1 AND 12)
);
--> statement-breakpoint
CREATE TABLE "checks" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"check_number" integer NOT NULL,
	"amount_cents" bigint NOT NULL,
	"payee_name" text NOT NULL,
	"issued_on" date NOT NULL,
	"status" "check_status" DEFAULT 'issued' NOT NULL,
	"cleared_at" timestamp with time zone,
	"transaction_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checks_amount_positive" CHECK ("checks"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "consents" (
	"id" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"customer_id" text,
	"kind" "consent_kind" NOT NULL,
	"jurisdiction" text NOT NULL,
	"granted" boolean NOT NULL,
	"method" text NOT NULL,
	"disclosure_version" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "customers" (
	"id" text PRIMARY KEY NOT NULL,
	"customer_number" text NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text NOT NULL,
	"date_of_birth" date NOT NULL,
	"address_line1" text NOT NULL,
	"city" text NOT NULL,
	"region" text NOT NULL,
	"postal_code" text NOT NULL,
	"jurisdiction" text NOT NULL,
	"security_question" text NOT NULL,
	"security_answer_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dispute_events" (
	"id" text PRIMARY KEY NOT NULL,
	"dispute_id" text NOT NULL,
	"type" text NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dispute_evidence" (
	"id" text PRIMARY KEY NOT NULL,
	"dispute_id" text NOT NULL,
	"type" "evidence_type" NOT NULL,
	"content" text NOT NULL,
	"submitted_to_network_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dispute_evidence_content_length" CHECK (char_length("dispute_evidence"."content") <= 20000)
);
--> statement-breakpoint
CREATE TABLE "disputes" (
	"id" text PRIMARY KEY NOT NULL,
	"case_number" text NOT NULL,
	"customer_id" text NOT NULL,
	"account_id" text NOT NULL,
	"transaction_id" text NOT NULL,
	"card_id" text,
	"amount_cents" bigint NOT NULL,
	"currency" text DEFAULT 'usd' NOT NULL,
	"reason" "dispute_reason" NOT NULL,
	"status" "dispute_status" NOT NULL,
	"network" "dispute_network" NOT NULL,
	"network_reason_code" text,
	"regulation" "regulation" NOT NULL,
	"complaint_narrative" text,
	"notice_received_at" timestamp with time zone NOT NULL,
	"is_new_account" boolean DEFAULT false NOT NULL,
	"is_foreign_transaction" boolean DEFAULT false NOT NULL,
	"is_point_of_sale" boolean DEFAULT false NOT NULL,
	"evidence_due_by" timestamp with time zone,
	"evidence_submission_count" integer DEFAULT 0 NOT NULL,
	"is_charge_refundable" boolean DEFAULT false NOT NULL,
	"provisional_credit_status" "provisional_credit_status" NOT NULL,
	"provisional_credit_cents" bigint,
	"provisional_credit_journal_id" text,
	"provisional_credit_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"resolution" text,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disputes_amount_positive" CHECK ("disputes"."amount_cents" > 0),
	CONSTRAINT "disputes_narrative_length" CHECK (char_length("disputes"."complaint_narrative") <= 5000)
);
--> statement-breakpoint
CREATE TABLE "holds" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"status" "hold_status" DEFAULT 'active' NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"capture_journal_id" text,
	CONSTRAINT "holds_amount_positive" CHECK ("holds"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"operation" text NOT NULL,
	"request_hash" text NOT NULL,
	"response" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "idempotency_keys_scope_key_pk" PRIMARY KEY("scope","key")
);
--> statement-breakpoint
CREATE TABLE "journals" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" "journal_kind" NOT NULL,
	"description" text NOT NULL,
	"ref_type" text,
	"ref_id" text,
	"reverses_journal_id" text,
	"effective_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ledger_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"journal_id" text NOT NULL,
	"account_id" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_entries_amount_not_zero" CHECK ("ledger_entries"."amount_cents" <> 0)
);
--> statement-breakpoint
CREATE TABLE "payees" (
	"id" text PRIMARY KEY NOT NULL,
	"customer_id" text NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"account_last4" text,
	"nickname" text,
	"status" "payee_status" DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stop_payments" (
	"id" text PRIMARY KEY NOT NULL,
	"customer_id" text NOT NULL,
	"account_id" text NOT NULL,
	"check_id" text,
	"check_number" integer NOT NULL,
	"amount_cents" bigint,
	"payee_name" text,
	"fee_cents" bigint NOT NULL,
	"fee_journal_id" text,
	"status" "stop_payment_status" DEFAULT 'active' NOT NULL,
	"confirmation_number" text NOT NULL,
	"effective_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transactions" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"card_id" text,
	"kind" "transaction_kind" NOT NULL,
	"status" "transaction_status" NOT NULL,
	"amount_cents" bigint NOT NULL,
	"description" text NOT NULL,
	"merchant_name" text,
	"merchant_category_code" text,
	"category" text,
	"card_present" boolean,
	"merchant_city" text,
	"merchant_region" text,
	"merchant_country" text,
	"memo" text,
	"check_number" integer,
	"counterparty" text,
	"transfer_id" text,
	"hold_id" text,
	"journal_id" text,
	"authorized_at" timestamp with time zone,
	"posted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "transactions_amount_not_zero" CHECK ("transactions"."amount_cents" <> 0),
	CONSTRAINT "transactions_posted_has_journal" CHECK ("transactions"."status" <> 'posted' OR ("transactions"."journal_id" IS NOT NULL AND "transactions"."posted_at" IS NOT NULL)),
	CONSTRAINT "transactions_mcc_format" CHECK ("transactions"."merchant_category_code" IS NULL OR "transactions"."merchant_category_code" ~ '^[0-9]{4}$')
);
--> statement-breakpoint
CREATE TABLE "transfers" (
	"id" text PRIMARY KEY NOT NULL,
	"customer_id" text NOT NULL,
	"rail" "transfer_rail" NOT NULL,
	"direction" "transfer_direction" NOT NULL,
	"from_account_id" text,
	"to_account_id" text,
	"counterparty_name" text,
	"counterparty_handle" text,
	"counterparty_bank" text,
	"counterparty_account_last4" text,
	"amount_cents" bigint NOT NULL,
	"fee_cents" bigint DEFAULT 0 NOT NULL,
	"currency" text DEFAULT 'usd' NOT NULL,
	"status" "transfer_status" NOT NULL,
	"confirmation_number" text NOT NULL,
	"memo" text,
	"same_day" boolean DEFAULT false NOT NULL,
	"scheduled_for" date,
	"expected_by" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"journal_id" text,
	"fee_journal_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "transfers_amount_positive" CHECK ("transfers"."amount_cents" > 0),
	CONSTRAINT "transfers_fee_not_negative" CHECK ("transfers"."fee_cents" >= 0)
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "auth_sessions" ADD CONSTRAINT "auth_sessions_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bill_payments" ADD CONSTRAINT "bill_payments_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bill_payments" ADD CONSTRAINT "bill_payments_payee_id_payees_id_fk" FOREIGN KEY ("payee_id") REFERENCES "public"."payees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bill_payments" ADD CONSTRAINT "bill_payments_from_account_id_accounts_id_fk" FOREIGN KEY ("from_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cards" ADD CONSTRAINT "cards_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cards" ADD CONSTRAINT "cards_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cards" ADD CONSTRAINT "cards_replaces_card_id_cards_id_fk" FOREIGN KEY ("replaces_card_id") REFERENCES "public"."cards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checks" ADD CONSTRAINT "checks_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checks" ADD CONSTRAINT "checks_transaction_id_transactions_id_fk" FOREIGN KEY ("transaction_id") REFERENCES "public"."transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_session_id_auth_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."auth_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispute_events" ADD CONSTRAINT "dispute_events_dispute_id_disputes_id_fk" FOREIGN KEY ("dispute_id") REFERENCES "public"."disputes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispute_evidence" ADD CONSTRAINT "dispute_evidence_dispute_id_disputes_id_fk" FOREIGN KEY ("dispute_id") REFERENCES "public"."disputes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disputes" ADD CONSTRAINT "disputes_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disputes" ADD CONSTRAINT "disputes_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disputes" ADD CONSTRAINT "disputes_transaction_id_transactions_id_fk" FOREIGN KEY ("transaction_id") REFERENCES "public"."transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disputes" ADD CONSTRAINT "disputes_card_id_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."cards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disputes" ADD CONSTRAINT "disputes_provisional_credit_journal_id_journals_id_fk" FOREIGN KEY ("provisional_credit_journal_id") REFERENCES "public"."journals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "holds" ADD CONSTRAINT "holds_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "holds" ADD CONSTRAINT "holds_capture_journal_id_journals_id_fk" FOREIGN KEY ("capture_journal_id") REFERENCES "public"."journals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journals" ADD CONSTRAINT "journals_reverses_journal_id_journals_id_fk" FOREIGN KEY ("reverses_journal_id") REFERENCES "public"."journals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_journal_id_journals_id_fk" FOREIGN KEY ("journal_id") REFERENCES "public"."journals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payees" ADD CONSTRAINT "payees_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stop_payments" ADD CONSTRAINT "stop_payments_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stop_payments" ADD CONSTRAINT "stop_payments_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stop_payments" ADD CONSTRAINT "stop_payments_check_id_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."checks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stop_payments" ADD CONSTRAINT "stop_payments_fee_journal_id_journals_id_fk" FOREIGN KEY ("fee_journal_id") REFERENCES "public"."journals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transactions" ADD CONSTRAINT "transactions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transactions" ADD CONSTRAINT "transactions_card_id_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."cards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transactions" ADD CONSTRAINT "transactions_transfer_id_transfers_id_fk" FOREIGN KEY ("transfer_id") REFERENCES "public"."transfers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transactions" ADD CONSTRAINT "transactions_hold_id_holds_id_fk" FOREIGN KEY ("hold_id") REFERENCES "public"."holds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transactions" ADD CONSTRAINT "transactions_journal_id_journals_id_fk" FOREIGN KEY ("journal_id") REFERENCES "public"."journals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_from_account_id_accounts_id_fk" FOREIGN KEY ("from_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_to_account_id_accounts_id_fk" FOREIGN KEY ("to_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_journal_id_journals_id_fk" FOREIGN KEY ("journal_id") REFERENCES "public"."journals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_fee_journal_id_journals_id_fk" FOREIGN KEY ("fee_journal_id") REFERENCES "public"."journals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accounts_customer_id_index" ON "accounts" USING btree ("customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_internal_code_index" ON "accounts" USING btree ("internal_code");--> statement-breakpoint
CREATE UNIQUE INDEX "audit_log_id_index" ON "audit_log" USING btree ("id");--> statement-breakpoint
CREATE INDEX "audit_log_customer_id_occurred_at_index" ON "audit_log" USING btree ("customer_id","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_log_action_occurred_at_index" ON "audit_log" USING btree ("action","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "auth_sessions_token_hash_index" ON "auth_sessions" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "auth_sessions_customer_id_index" ON "auth_sessions" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "bill_payments_customer_id_index" ON "bill_payments" USING btree ("customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "bill_payments_confirmation_number_index" ON "bill_payments" USING btree ("confirmation_number");--> statement-breakpoint
CREATE INDEX "cards_customer_id_index" ON "cards" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "cards_account_id_index" ON "cards" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "checks_account_id_check_number_index" ON "checks" USING btree ("account_id","check_number");--> statement-breakpoint
CREATE INDEX "consents_session_id_index" ON "consents" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "consents_customer_id_index" ON "consents" USING btree ("customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "customers_customer_number_index" ON "customers" USING btree ("customer_number");--> statement-breakpoint
CREATE INDEX "customers_phone_index" ON "customers" USING btree ("phone");--> statement-breakpoint
CREATE INDEX "dispute_events_dispute_id_created_at_index" ON "dispute_events" USING btree ("dispute_id","created_at");--> statement-breakpoint
CREATE INDEX "dispute_evidence_dispute_id_index" ON "dispute_evidence" USING btree ("dispute_id");--> statement-breakpoint
CREATE UNIQUE INDEX "disputes_case_number_index" ON "disputes" USING btree ("case_number");--> statement-breakpoint
CREATE INDEX "disputes_customer_id_created_at_index" ON "disputes" USING btree ("customer_id","created_at");--> statement-breakpoint
CREATE INDEX "disputes_transaction_id_index" ON "disputes" USING btree ("transaction_id");--> statement-breakpoint
CREATE INDEX "holds_account_id_status_index" ON "holds" USING btree ("account_id","status");--> statement-breakpoint
CREATE INDEX "journals_ref_type_ref_id_index" ON "journals" USING btree ("ref_type","ref_id");--> statement-breakpoint
CREATE UNIQUE INDEX "journals_reverses_journal_id_index" ON "journals" USING btree ("reverses_journal_id");--> statement-breakpoint
CREATE INDEX "ledger_entries_journal_id_index" ON "ledger_entries" USING btree ("journal_id");--> statement-breakpoint
CREATE INDEX "ledger_entries_account_id_index" ON "ledger_entries" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payees_customer_id_name_index" ON "payees" USING btree ("customer_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "stop_payments_confirmation_number_index" ON "stop_payments" USING btree ("confirmation_number");--> statement-breakpoint
CREATE INDEX "stop_payments_customer_id_index" ON "stop_payments" USING btree ("customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stop_payments_one_active_per_check" ON "stop_payments" USING btree ("account_id","check_number") WHERE "stop_payments"."status" = 'active';--> statement-breakpoint
CREATE INDEX "transactions_account_id_posted_at_index" ON "transactions" USING btree ("account_id","posted_at");--> statement-breakpoint
CREATE INDEX "transactions_account_id_authorized_at_index" ON "transactions" USING btree ("account_id","authorized_at");--> statement-breakpoint
CREATE INDEX "transactions_card_id_index" ON "transactions" USING btree ("card_id");--> statement-breakpoint
CREATE INDEX "transfers_customer_id_created_at_index" ON "transfers" USING btree ("customer_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "transfers_confirmation_number_index" ON "transfers" USING btree ("confirmation_number");