CREATE TABLE "me_too_challenges" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "me_too_challenges_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"request_id" bigint NOT NULL,
	"challenge_hash" text NOT NULL,
	"contact_hash" text NOT NULL,
	"code_hash" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "me_too_challenges_challengeHash_unique" UNIQUE("challenge_hash")
);
--> statement-breakpoint
ALTER TABLE "me_too_challenges" ADD CONSTRAINT "me_too_challenges_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "me_too_challenges_expires_at_index" ON "me_too_challenges" USING btree ("expires_at");