ALTER TABLE "evaluations" DROP CONSTRAINT "evaluations_one_target";--> statement-breakpoint
ALTER TABLE "evaluations" ADD COLUMN "service_id" integer;--> statement-breakpoint
ALTER TABLE "priorities" ADD COLUMN "issue_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "priorities" ADD COLUMN "action_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "priorities" ADD COLUMN "outcome_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "priorities" ADD COLUMN "request_id" bigint;--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "place_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "purpose_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "summary_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priorities" ADD CONSTRAINT "priorities_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluations_service_id_created_at_index" ON "evaluations" USING btree ("service_id","created_at");--> statement-breakpoint
ALTER TABLE "priorities" ADD CONSTRAINT "priorities_requestId_unique" UNIQUE("request_id");--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_one_target" CHECK (num_nonnulls("evaluations"."officer_id", "evaluations"."unit_id", "evaluations"."service_id") = 1);