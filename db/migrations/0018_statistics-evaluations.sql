ALTER TABLE "statistics_monthly" ADD COLUMN "evaluations" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "statistics_monthly" ADD COLUMN "evaluation_points" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- hand-written: the next refresh recomputes every month, so the ratings of past months are counted at once.
UPDATE "statistics_refreshes" SET "full_at" = 'epoch';
