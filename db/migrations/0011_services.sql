ALTER TYPE "public"."request_status" ADD VALUE 'approved' BEFORE 'resolved';--> statement-breakpoint
CREATE TABLE "service_units" (
	"service_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "service_units_service_id_unit_id_pk" PRIMARY KEY("service_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "services_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"category" text NOT NULL,
	"title_zh" text NOT NULL,
	"title_en" text NOT NULL,
	"summary_zh" text DEFAULT '' NOT NULL,
	"summary_en" text DEFAULT '' NOT NULL,
	"eligibility_zh" text DEFAULT '' NOT NULL,
	"eligibility_en" text DEFAULT '' NOT NULL,
	"keywords" text DEFAULT '' NOT NULL,
	"search_pinyin" text DEFAULT '' NOT NULL,
	"online" boolean DEFAULT false NOT NULL,
	"materials" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"steps" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"time_limit_days" integer NOT NULL,
	"fee_zh" text DEFAULT '' NOT NULL,
	"fee_en" text DEFAULT '' NOT NULL,
	"local" boolean DEFAULT false NOT NULL,
	"legal_basis_zh" text DEFAULT '' NOT NULL,
	"legal_basis_en" text DEFAULT '' NOT NULL,
	"fields" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "services_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "service_id" integer;--> statement-breakpoint
ALTER TABLE "service_units" ADD CONSTRAINT "service_units_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_units" ADD CONSTRAINT "service_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_units_unit_id_index" ON "service_units" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "services_category_sort_index" ON "services" USING btree ("category","sort");--> statement-breakpoint
CREATE INDEX "services_title_zh_trgm" ON "services" USING gin ("title_zh" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "services_search_pinyin_trgm" ON "services" USING gin ("search_pinyin" gin_trgm_ops);--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "requests_service" ON "requests" USING btree ("service_id","created_at");