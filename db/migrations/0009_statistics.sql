CREATE TABLE "statistics_monthly" (
	"month" date NOT NULL,
	"scope" text NOT NULL,
	"scope_id" integer NOT NULL,
	"requests" integer NOT NULL,
	"applications" integer NOT NULL,
	"questions" integer NOT NULL,
	"feedback" integer NOT NULL,
	"incident" integer NOT NULL,
	"case" integer NOT NULL,
	"dispute" integer NOT NULL,
	"hazard" integer NOT NULL,
	"petition" integer NOT NULL,
	"difficulty" integer NOT NULL,
	"due" integer NOT NULL,
	"on_time" integer NOT NULL,
	"resolved" integer NOT NULL,
	"rated" integer NOT NULL,
	"satisfied" integer NOT NULL,
	"reopened" integer NOT NULL,
	"first_response_hours" jsonb NOT NULL,
	"answer_days" jsonb NOT NULL,
	CONSTRAINT "statistics_monthly_scope_scope_id_month_pk" PRIMARY KEY("scope","scope_id","month")
);
--> statement-breakpoint
CREATE TABLE "statistics_refreshes" (
	"id" integer PRIMARY KEY NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL,
	"full_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "statistics_monthly_month_index" ON "statistics_monthly" USING btree ("month");--> statement-breakpoint
CREATE INDEX "requests_updated" ON "requests" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "requests_created" ON "requests" USING btree ("created_at");