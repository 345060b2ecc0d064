CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"case_reference" text,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "case_notes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"author" text NOT NULL,
	"text" text NOT NULL,
	"slack_ts" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"kind" text NOT NULL,
	"priority" text NOT NULL,
	"status" text NOT NULL,
	"closing_reason" text,
	"source_channel" text NOT NULL,
	"conversation_id" uuid,
	"person_id" uuid,
	"sentinel_id" uuid,
	"language" text NOT NULL,
	"region" text,
	"sector" text,
	"activity_status" text,
	"signals" text[] DEFAULT '{}'::text[] NOT NULL,
	"context" text,
	"best_moments" text,
	"modality" text,
	"notify_sentinel" boolean DEFAULT false NOT NULL,
	"survey_opt_in" boolean DEFAULT false NOT NULL,
	"immediate_danger" boolean DEFAULT false NOT NULL,
	"sessions_used" integer DEFAULT 0 NOT NULL,
	"max_sessions" integer NOT NULL,
	"psychologist_id" uuid,
	"claimed_by" text,
	"slack_channel" text,
	"slack_ts" text,
	"created_at" timestamp with time zone NOT NULL,
	"claimed_at" timestamp with time zone,
	"assigned_at" timestamp with time zone,
	"contacted_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"erased_at" timestamp with time zone,
	"erased_reason" text
);
--> statement-breakpoint
CREATE TABLE "consents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid,
	"person_id" uuid,
	"conversation_id" uuid,
	"given_by" text NOT NULL,
	"purpose" text NOT NULL,
	"text_version" text NOT NULL,
	"channel" text NOT NULL,
	"given_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "conversations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"channel" text NOT NULL,
	"user_key" text NOT NULL,
	"user_id" text NOT NULL,
	"address" text,
	"language" text NOT NULL,
	"state" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"dedupe_key" text,
	"payload" jsonb NOT NULL,
	"priority" text DEFAULT 'normal' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"available_at" timestamp with time zone NOT NULL,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone NOT NULL,
	"delivered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY NOT NULL,
	"first_name" text,
	"last_name" text,
	"phone" text,
	"phone_hash" text,
	"email" text,
	"language" text,
	"postal_code" text,
	"region" text,
	"activity_status" text,
	"sector" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "processed_messages" (
	"channel" text NOT NULL,
	"platform_message_id" text NOT NULL,
	"conversation_id" uuid,
	"processed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "processed_messages_channel_platform_message_id_pk" PRIMARY KEY("channel","platform_message_id")
);
--> statement-breakpoint
CREATE TABLE "psychologists" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"languages" text[] NOT NULL,
	"regions" text[] NOT NULL,
	"postal_codes" text[] NOT NULL,
	"modalities" text[] NOT NULL,
	"capacity" integer NOT NULL,
	"contact" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sentinels" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"organisation" text,
	"role" text,
	"phone" text,
	"phone_hash" text,
	"email" text,
	"teams_id" text,
	"teams_hash" text,
	"verified" boolean DEFAULT false NOT NULL,
	"trained_on" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "slack_messages" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid,
	"channel" text NOT NULL,
	"ts" text NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transcript_lines" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"conversation_id" uuid NOT NULL,
	"form_run" text,
	"direction" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_sentinel_id_sentinels_id_fk" FOREIGN KEY ("sentinel_id") REFERENCES "public"."sentinels"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_psychologist_id_psychologists_id_fk" FOREIGN KEY ("psychologist_id") REFERENCES "public"."psychologists"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slack_messages" ADD CONSTRAINT "slack_messages_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transcript_lines" ADD CONSTRAINT "transcript_lines_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_case" ON "audit_log" USING btree ("case_reference");--> statement-breakpoint
CREATE UNIQUE INDEX "case_notes_slack_ts" ON "case_notes" USING btree ("case_id","slack_ts");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_reference" ON "cases" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "cases_status" ON "cases" USING btree ("status","priority");--> statement-breakpoint
CREATE UNIQUE INDEX "conversations_channel_user" ON "conversations" USING btree ("channel","user_key");--> statement-breakpoint
CREATE UNIQUE INDEX "conversations_reference" ON "conversations" USING btree ("reference");--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_dedupe" ON "outbox" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "outbox_due" ON "outbox" USING btree ("status","available_at");--> statement-breakpoint
CREATE INDEX "sentinels_phone" ON "sentinels" USING btree ("phone_hash");--> statement-breakpoint
CREATE INDEX "sentinels_teams" ON "sentinels" USING btree ("teams_hash");--> statement-breakpoint
CREATE INDEX "slack_messages_case" ON "slack_messages" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "transcript_conversation" ON "transcript_lines" USING btree ("conversation_id","id");