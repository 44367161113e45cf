CREATE TABLE "request_escalations" (
	"request_id" bigint NOT NULL,
	"deadline" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"escalated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "request_escalations_request_id_deadline_pk" PRIMARY KEY("request_id","deadline")
);
--> statement-breakpoint
ALTER TABLE "reply_templates" ADD COLUMN "body_zh" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "reply_templates" ADD COLUMN "body_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Existing bodies held both languages, one paragraph each: paragraphs with
-- hanzi become the Chinese body, the rest the English one. A body in one
-- language only is copied to both, for a moderator to translate.
UPDATE "reply_templates" AS t
SET "body_zh" = coalesce(p.zh, t."body"), "body_en" = coalesce(p.en, t."body")
FROM (
	SELECT r."id",
		string_agg(btrim(s.part, E' \t\n'), E'\n\n' ORDER BY s.n) FILTER (WHERE s.part ~ '[\u4e00-\u9fff]') AS zh,
		string_agg(btrim(s.part, E' \t\n'), E'\n\n' ORDER BY s.n) FILTER (WHERE s.part !~ '[\u4e00-\u9fff]') AS en
	FROM "reply_templates" AS r, regexp_split_to_table(r."body", E'\n[ \t]*\n') WITH ORDINALITY AS s(part, n)
	WHERE btrim(s.part, E' \t\n') <> ''
	GROUP BY r."id"
) AS p
WHERE p."id" = t."id";--> statement-breakpoint
ALTER TABLE "reply_templates" ALTER COLUMN "body_zh" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "reply_templates" ALTER COLUMN "body_en" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "reopened_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "locale" text DEFAULT 'zh-CN' NOT NULL;--> statement-breakpoint
ALTER TABLE "request_escalations" ADD CONSTRAINT "request_escalations_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reply_templates" DROP COLUMN "body";