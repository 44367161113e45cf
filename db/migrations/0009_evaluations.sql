CREATE TABLE "evaluations" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "evaluations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"officer_id" integer,
	"unit_id" integer,
	"attitude" smallint NOT NULL,
	"efficiency" smallint NOT NULL,
	"fairness" smallint NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"comment_public" text DEFAULT '' NOT NULL,
	"comment_state" text,
	"hidden_reason" text,
	"moderated_by" integer,
	"moderated_at" timestamp with time zone,
	"contact" text DEFAULT '' NOT NULL,
	"verified_request_id" bigint,
	"state" text DEFAULT 'counted' NOT NULL,
	"rater_token" text DEFAULT '' NOT NULL,
	"ip_bucket" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluations_verifiedRequestId_unique" UNIQUE("verified_request_id"),
	CONSTRAINT "evaluations_one_target" CHECK (("evaluations"."officer_id" is null) <> ("evaluations"."unit_id" is null)),
	CONSTRAINT "evaluations_scores" CHECK ("evaluations"."attitude" between 1 and 5 and "evaluations"."efficiency" between 1 and 5 and "evaluations"."fairness" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "priorities" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "priorities_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"issue" text NOT NULL,
	"action" text NOT NULL,
	"due_on" date NOT NULL,
	"outcome" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visit_officers" (
	"visit_id" integer NOT NULL,
	"officer_id" integer NOT NULL,
	CONSTRAINT "visit_officers_visit_id_officer_id_pk" PRIMARY KEY("visit_id","officer_id")
);
--> statement-breakpoint
CREATE TABLE "visits" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "visits_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"area_id" integer,
	"place" text NOT NULL,
	"purpose" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"households_visited" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "visits_ends_after_start" CHECK ("visits"."ends_at" > "visits"."starts_at")
);
--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_officer_id_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."officers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_moderated_by_users_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_verified_request_id_requests_id_fk" FOREIGN KEY ("verified_request_id") REFERENCES "public"."requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priorities" ADD CONSTRAINT "priorities_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_officers" ADD CONSTRAINT "visit_officers_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_officers" ADD CONSTRAINT "visit_officers_officer_id_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."officers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluations_officer_id_created_at_index" ON "evaluations" USING btree ("officer_id","created_at");--> statement-breakpoint
CREATE INDEX "evaluations_unit_id_created_at_index" ON "evaluations" USING btree ("unit_id","created_at");--> statement-breakpoint
CREATE INDEX "evaluations_rater_token_created_at_index" ON "evaluations" USING btree ("rater_token","created_at");--> statement-breakpoint
CREATE INDEX "evaluations_comment_queue" ON "evaluations" USING btree ("comment_state","created_at");--> statement-breakpoint
CREATE INDEX "priorities_unit_id_due_on_index" ON "priorities" USING btree ("unit_id","due_on");--> statement-breakpoint
CREATE INDEX "visit_officers_officer_id_index" ON "visit_officers" USING btree ("officer_id");--> statement-breakpoint
CREATE INDEX "visits_unit_id_starts_at_index" ON "visits" USING btree ("unit_id","starts_at");--> statement-breakpoint
CREATE INDEX "visits_area_id_starts_at_index" ON "visits" USING btree ("area_id","starts_at");