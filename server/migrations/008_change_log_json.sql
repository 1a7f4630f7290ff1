-- The change log keeps each change's data as the JSON text pulls send (type json, not jsonb): a
-- pull page is then the stored texts joined, with no jsonb-to-text rendering of every row (about
-- two thirds of the database's time per page). Nothing queries inside `data`.
ALTER TABLE changes ALTER COLUMN data TYPE json USING data::json;
