ALTER TABLE "processed_messages" ADD COLUMN "pending_replies" text;--> statement-breakpoint
ALTER TABLE "processed_messages" ADD COLUMN "replied_at" timestamp with time zone;