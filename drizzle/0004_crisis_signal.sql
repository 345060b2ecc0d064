ALTER TABLE "cases" ADD COLUMN "crisis_family" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "to_check" boolean DEFAULT false NOT NULL;