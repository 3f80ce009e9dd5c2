CREATE TYPE "public"."capture_channel" AS ENUM('web', 'keypad');--> statement-breakpoint
CREATE TYPE "public"."capture_status" AS ENUM('awaiting_card', 'awaiting_expiry', 'awaiting_cvv', 'authorized', 'declined', 'failed', 'expired', 'cancelled', 'used');--> statement-breakpoint
CREATE TYPE "public"."card_payment_status" AS ENUM('succeeded', 'failed');--> statement-breakpoint
CREATE TYPE "public"."payment_card_brand" AS ENUM('visa', 'mastercard', 'amex', 'discover', 'jcb', 'diners', 'unionpay', 'maestro');--> statement-breakpoint
CREATE TABLE "card_captures" (
	"id" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"account_id" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"channel" "capture_channel" NOT NULL,
	"status" "capture_status" NOT NULL,
	"vault_token" text,
	"processor" text,
	"authorization_id" text,
	"decline_code" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "card_captures_amount_positive" CHECK ("card_captures"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "card_payments" (
	"id" text PRIMARY KEY NOT NULL,
	"capture_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"account_id" text NOT NULL,
	"vault_token" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"status" "card_payment_status" NOT NULL,
	"processor" text NOT NULL,
	"processor_payment_id" text,
	"failure_code" text,
	"confirmation_number" text NOT NULL,
	"journal_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "card_payments_amount_positive" CHECK ("card_payments"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "vault_cards" (
	"token" text PRIMARY KEY NOT NULL,
	"customer_id" text,
	"key_id" text NOT NULL,
	"sealed_pan" text NOT NULL,
	"fingerprint" text NOT NULL,
	"brand" "payment_card_brand" NOT NULL,
	"last4" text NOT NULL,
	"exp_month" smallint,
	"exp_year" smallint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	CONSTRAINT "vault_cards_token_shape" CHECK ("vault_cards"."token" ~ '^tok_[A-Za-z0-9]{24}$'),
	CONSTRAINT "vault_cards_last4_shape" CHECK ("vault_cards"."last4" ~ '^[0-9]{4}$'),
	CONSTRAINT "vault_cards_exp_month" CHECK ("vault_cards"."exp_month" IS NULL OR "vault_cards"."exp_month" BETWEEN 1 AND 12)
);
--> statement-breakpoint
ALTER TABLE "card_captures" ADD CONSTRAINT "card_captures_session_id_auth_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."auth_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_captures" ADD CONSTRAINT "card_captures_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_captures" ADD CONSTRAINT "card_captures_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_captures" ADD CONSTRAINT "card_captures_vault_token_vault_cards_token_fk" FOREIGN KEY ("vault_token") REFERENCES "public"."vault_cards"("token") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_payments" ADD CONSTRAINT "card_payments_capture_id_card_captures_id_fk" FOREIGN KEY ("capture_id") REFERENCES "public"."card_captures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_payments" ADD CONSTRAINT "card_payments_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_payments" ADD CONSTRAINT "card_payments_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_payments" ADD CONSTRAINT "card_payments_vault_token_vault_cards_token_fk" FOREIGN KEY ("vault_token") REFERENCES "public"."vault_cards"("token") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_payments" ADD CONSTRAINT "card_payments_journal_id_journals_id_fk" FOREIGN KEY ("journal_id") REFERENCES "public"."journals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vault_cards" ADD CONSTRAINT "vault_cards_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "card_captures_session_id_created_at_index" ON "card_captures" USING btree ("session_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "card_payments_capture_id_index" ON "card_payments" USING btree ("capture_id");--> statement-breakpoint
CREATE UNIQUE INDEX "card_payments_confirmation_number_index" ON "card_payments" USING btree ("confirmation_number");--> statement-breakpoint
CREATE INDEX "card_payments_customer_id_created_at_index" ON "card_payments" USING btree ("customer_id","created_at");--> statement-breakpoint
CREATE INDEX "vault_cards_fingerprint_index" ON "vault_cards" USING btree ("fingerprint");--> statement-breakpoint
CREATE INDEX "vault_cards_key_id_index" ON "vault_cards" USING btree ("key_id");