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
CREATE TABLE "articles" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "articles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"section" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"title_zh" text DEFAULT '' NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"body_zh" text DEFAULT '' NOT NULL,
	"body_en" text DEFAULT '' NOT NULL,
	"published_at" timestamp with time zone,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "functions_zh" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "functions_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "statistics_monthly_month_index" ON "statistics_monthly" USING btree ("month");--> statement-breakpoint
CREATE INDEX "articles_published" ON "articles" USING btree ("section","published_at") WHERE "articles"."status" = 'published';--> statement-breakpoint
CREATE INDEX "requests_updated" ON "requests" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "requests_created" ON "requests" USING btree ("created_at");