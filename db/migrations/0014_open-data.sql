CREATE TABLE "open_data_changes" (
	"source" text PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
-- hand-written:
-- The open-data files' validators: every write to the tables behind them bumps
-- its source's version and time, whoever writes (pages, imports, the seed).
-- Statement-level, so an import of a thousand rows is one bump.
CREATE FUNCTION open_data_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO open_data_changes (source, version, changed_at) VALUES (TG_ARGV[0], 1, clock_timestamp())
  ON CONFLICT (source) DO UPDATE SET version = open_data_changes.version + 1, changed_at = clock_timestamp();
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A published request's category, topic or unit shows in the published replies.
CREATE FUNCTION open_data_touch_published_request() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM publications WHERE request_id = NEW.id) THEN
    INSERT INTO open_data_changes (source, version, changed_at) VALUES ('replies', 1, clock_timestamp())
    ON CONFLICT (source) DO UPDATE SET version = open_data_changes.version + 1, changed_at = clock_timestamp();
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER units_open_data AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON units FOR EACH STATEMENT EXECUTE FUNCTION open_data_touch('directory');--> statement-breakpoint
CREATE TRIGGER officers_open_data AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON officers FOR EACH STATEMENT EXECUTE FUNCTION open_data_touch('directory');--> statement-breakpoint
CREATE TRIGGER areas_open_data AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON areas FOR EACH STATEMENT EXECUTE FUNCTION open_data_touch('directory');--> statement-breakpoint
CREATE TRIGGER services_open_data AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON services FOR EACH STATEMENT EXECUTE FUNCTION open_data_touch('services');--> statement-breakpoint
CREATE TRIGGER service_units_open_data AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON service_units FOR EACH STATEMENT EXECUTE FUNCTION open_data_touch('services');--> statement-breakpoint
CREATE TRIGGER publications_open_data AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON publications FOR EACH STATEMENT EXECUTE FUNCTION open_data_touch('replies');--> statement-breakpoint
CREATE TRIGGER requests_open_data AFTER UPDATE OF category, topic, unit_id, kind ON requests FOR EACH ROW
  WHEN (OLD.category IS DISTINCT FROM NEW.category OR OLD.topic IS DISTINCT FROM NEW.topic OR OLD.unit_id IS DISTINCT FROM NEW.unit_id OR OLD.kind IS DISTINCT FROM NEW.kind)
  EXECUTE FUNCTION open_data_touch_published_request();--> statement-breakpoint
INSERT INTO open_data_changes (source, version, changed_at) VALUES ('directory', 1, now()), ('services', 1, now()), ('replies', 1, now());
--> statement-breakpoint
-- The published replies file walks the visible publications in this order, a thousand at a time.
CREATE INDEX publications_open_data ON publications (published_at, request_id) WHERE hidden_at IS NULL;
