-- A consultation is a draft until a publisher publishes it; only published ones are public.
ALTER TABLE consultation ADD COLUMN published_at DATETIME(6) NULL;
