-- A cell of an open-data CSV file as lib/core/csv.ts writes one, for the
-- files the database writes itself (domain/open-data/sql-dataset.ts):
-- null as an empty cell; a value a spreadsheet would take for a formula after
-- an apostrophe; quoted when it holds a quote, a comma or a line break.
-- tests/integration/open-data-csv-cell.test.ts holds the two writers equal.
-- One expression without FROM, so the planner inlines it.
CREATE FUNCTION open_data_csv_cell(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN value IS NULL THEN ''
    WHEN value ~ E'[",\r\n]' THEN
      '"' || CASE WHEN value ~ E'^[=+@\t\r-]' THEN '''' ELSE '' END || replace(value, '"', '""') || '"'
    WHEN value ~ E'^[=+@\t\r-]' THEN '''' || value
    ELSE value
  END
$$;
