-- Quant SDK schema (H2 dialect), part 7: model experiments of a discovery run are keyed by their window, so that
-- re-running the same window replaces them instead of duplicating (experiments from other sources,
-- such as futures research, leave the key NULL; NULLs never collide in a UNIQUE constraint).

ALTER TABLE model_experiments ADD COLUMN window_start DATE;
ALTER TABLE model_experiments ADD COLUMN window_end DATE;
ALTER TABLE model_experiments ADD COLUMN natural_key VARCHAR(200);
ALTER TABLE model_experiments ADD CONSTRAINT model_experiments_natural_key UNIQUE (natural_key);
