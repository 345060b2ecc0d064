CREATE TABLE "training_registrations" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"training_id" uuid NOT NULL,
	"conversation_id" uuid,
	"name" text NOT NULL,
	"organisation" text,
	"role" text,
	"email" text,
	"phone" text,
	"status" text NOT NULL,
	"attended" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trainings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"video_link" text,
	"seats" integer NOT NULL,
	"language" text NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "training_registrations" ADD CONSTRAINT "training_registrations_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_registrations" ADD CONSTRAINT "training_registrations_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "training_registrations_training" ON "training_registrations" USING btree ("training_id","status","id");--> statement-breakpoint
CREATE UNIQUE INDEX "trainings_code" ON "trainings" USING btree ("code");