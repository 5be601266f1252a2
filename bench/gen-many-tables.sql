-- The benchmark's many-table dataset (bench/run-bench.sh --dataset many): about :tables tables
-- (default 2000) whose sizes follow a log-normal law (median ~100 kB, a few near the 200 MB
-- cap, ~5% empty; about 1.5 GB in all at scale 1), each with a primary key, most with a
-- secondary index, every tenth with a foreign key to the table before it, three partitioned
-- tables (8 partitions each) and large objects. :scale multiplies every size (0.05 for a quick
-- run). Deterministic: setseed() fixes every random draw.
--
--   psql -v tables=2000 -v scale=1 -d bench -f bench/gen-many-tables.sql
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
SELECT setseed(0.42);

CREATE TABLE bench_sizes AS
SELECT i,
       CASE WHEN random() < 0.05 THEN 0
            -- ~110 bytes a row on disk: rows = bytes / 110; Box-Muller for the normal draw.
            ELSE least(200e6, exp(ln(100e3) + 2.0 * sqrt(-2 * ln(1 - random())) *
                                  cos(2 * pi() * random())))::bigint * :scale / 110
       END::bigint AS nrows
FROM generate_series(1, :tables) AS i;

DO $$
DECLARE
    r record;
    parent bigint := 0;
BEGIN
    FOR r IN SELECT i, nrows FROM bench_sizes ORDER BY i LOOP
        EXECUTE format('CREATE TABLE %I (id bigint PRIMARY KEY, k int NOT NULL, ref bigint, '
                       'label text, amount numeric(12, 2), at timestamptz, flag boolean)',
                       't' || r.i);
        -- bigint g: g * 7919 leaves int's range from 271 000 rows on.
        EXECUTE format('INSERT INTO %I SELECT g, (g * 7919) %% 100003, '
                       'CASE WHEN %s > 0 THEN 1 + g %% greatest(%s, 1) END, '
                       'md5(g::text || %s), (g %% 100000) / 100.0, '
                       'timestamptz ''2024-01-01'' + g * interval ''1 second'', g %% 3 = 0 '
                       'FROM generate_series(1::bigint, %s) g',
                       't' || r.i, parent, parent, r.i, r.nrows);
        IF r.i % 4 <> 0 THEN
            EXECUTE format('CREATE INDEX ON %I (k)', 't' || r.i);
        END IF;
        IF r.i % 10 = 0 AND r.i > 1 THEN
            EXECUTE format('ALTER TABLE %I ADD FOREIGN KEY (ref) REFERENCES %I (id)',
                           't' || r.i, 't' || (r.i - 1));
        END IF;
        parent := r.nrows;
    END LOOP;
END
$$;

-- Partitioned tables: range over id, 8 partitions, together about 2% of the data each.
DO $$
DECLARE
    total bigint := (SELECT sum(nrows) FROM bench_sizes) / 50;
    step bigint;
BEGIN
    step := greatest(total / 8, 1);
    FOR p IN 1..3 LOOP
        EXECUTE format('CREATE TABLE %I (id bigint NOT NULL, k int, label text, '
                       'PRIMARY KEY (id)) PARTITION BY RANGE (id)', 'part' || p);
        FOR q IN 0..7 LOOP
            EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%s) TO (%s)',
                           'part' || p || '_' || q, 'part' || p, q * step + 1,
                           CASE WHEN q = 7 THEN 'MAXVALUE' ELSE ((q + 1) * step + 1)::text END);
        END LOOP;
        EXECUTE format('CREATE INDEX ON %I (k)', 'part' || p);
        EXECUTE format('INSERT INTO %I SELECT g, g %% 1000, md5(g::text) '
                       'FROM generate_series(1, %s) g', 'part' || p, total);
    END LOOP;
END
$$;

-- Large objects: 16 bytes to 128 kB each, 100 at scale 1.
SELECT count(lo_from_bytea(0, decode(repeat(md5(g::text), 1 + (g * 37) % 8192), 'hex')))
FROM generate_series(1, greatest(1, (100 * :scale)::int)) AS g;

DROP TABLE bench_sizes;
