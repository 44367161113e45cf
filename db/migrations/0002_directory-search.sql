CREATE TABLE "directory_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"csv" text NOT NULL,
	"row_count" integer NOT NULL,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "officers" ADD COLUMN "search_pinyin" text GENERATED ALWAYS AS (lower(replace(name_pinyin, ' ', ''))) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "areas_name_zh_trgm" ON "areas" USING gin ("name_zh" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "areas_name_pinyin_trgm" ON "areas" USING gin ("name_pinyin" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "officers_name_zh_trgm" ON "officers" USING gin ("name_zh" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "officers_search_pinyin_trgm" ON "officers" USING gin ("search_pinyin" gin_trgm_ops);