CREATE TABLE "publications" (
	"request_id" bigint PRIMARY KEY NOT NULL,
	"public_title" text NOT NULL,
	"public_question" text NOT NULL,
	"public_reply" text NOT NULL,
	"published_by" integer,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"hidden_at" timestamp with time zone,
	"hidden_reason" text
);
--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "publications_visible" ON "publications" USING btree ("published_at") WHERE "publications"."hidden_at" is null;