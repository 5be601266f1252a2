-- The cross-version dataset (tests/versions/tst_versions): what changed between majors 10 and 18.
-- Loaded with Debian's psql 15 into a fresh source of any major 10..15, as postgres:
--   psql -v ON_ERROR_STOP=1 -f dataset.sql
-- Creates the roles v_owner (SCRAM), v_md5 (an md5 verifier), v_reader (NOLOGIN) and the
-- database vdata owned by v_owner. Features a major lacks are left out on it (\if below).
SELECT current_setting('server_version_num')::int >= 110000 AS v11,
       current_setting('server_version_num')::int >= 120000 AS v12,
       current_setting('server_version_num')::int >= 130000 AS v13 \gset

SET password_encryption = 'scram-sha-256';
CREATE ROLE v_owner LOGIN CREATEDB PASSWORD 'owner-pass';
CREATE ROLE v_reader NOLOGIN;
SET password_encryption = 'md5';
CREATE ROLE v_md5 LOGIN PASSWORD 'md5-pass' IN ROLE v_reader;
RESET password_encryption;
ALTER ROLE v_owner SET work_mem = '8MB';
CREATE DATABASE vdata OWNER v_owner;
\c vdata
CREATE EXTENSION hstore;
CREATE EXTENSION citext;
CREATE EXTENSION pg_trgm;
-- Before 15, PUBLIC may create in schema public: pg_dump carries the source's grants.
GRANT USAGE ON SCHEMA public TO v_reader;
-- ICU collations (every major here is built with ICU, of different versions: 53 on 10, 60 on
-- the others, 72 on Debian's 15): one with a keyword, and from 12 a nondeterministic one that a
-- primary key uses (equal keys that differ in bytes must keep their bytes).
CREATE COLLATION german_phone (provider = icu, locale = 'de-u-co-phonebk');
\if :v12
CREATE COLLATION caseless (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
\endif
SET ROLE v_owner;

CREATE TABLE words (id int PRIMARY KEY, w text COLLATE german_phone, u varchar(40) COLLATE "und-x-icu");
INSERT INTO words SELECT g, (ARRAY['Müller', 'Mueller', 'Muller', 'Ärger', 'Zebra', 'ß'])[g % 6 + 1] || g,
  'Ünïcødé ' || g FROM generate_series(1, 600) g;
CREATE INDEX words_w ON words (w);
CREATE INDEX words_u_c ON words (u COLLATE "C");
\if :v12
CREATE TABLE tags (name text COLLATE caseless PRIMARY KEY, uses int);
INSERT INTO tags VALUES ('PostgreSQL', 1), ('Straße', 2), ('ÉCOLE', 3), ('mixedCase', 4);
\endif

-- Floats whose text changed in 12 (shortest-exact output), with the values a lossy copy breaks.
CREATE TABLE floats (id int PRIMARY KEY, f8 float8, f4 float4, n numeric, r real[]);
INSERT INTO floats VALUES
  (1, 0.1, 0.1, 0.1, '{0.1,0.2}'), (2, 1e308, 3.4e38, 'NaN', NULL),
  (3, 'NaN', 'Infinity', 12345678901234567890.123456789, '{1.5}'), (4, '-Infinity', '-0', -0.0, '{}'),
  (5, 4.9e-324, 1.4e-45, 1e-30, NULL), (6, -0.0, 1.17549435e-38, NULL, '{NULL}'),
  (7, 2.2250738585072014e-308, 3.14159274, 3.141592653589793238462643383279, NULL);
INSERT INTO floats SELECT g, g / 7.0::float8, g / 3.0::float4, g / 7.0, ARRAY[g / 11.0::real]
  FROM generate_series(8, 2000) g;

-- A NaN with its sign bit set (0 * -Infinity): its text is NaN, and so is it on a target
-- copied in text, whose bits then differ. PostgreSQL holds all NaNs equal.
INSERT INTO floats VALUES (2001, '-Infinity'::float8 * 0, '-Infinity'::float4 * 0, NULL,
  ARRAY['-Infinity'::real * 0]);

-- Geometric values hold floats: their text changed in 12 too.
CREATE TABLE geometry (id int PRIMARY KEY, p point, b box, c circle, s lseg, pg polygon,
  pa path, l line, ps point[]);
INSERT INTO geometry VALUES (1, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '{}');
INSERT INTO geometry SELECT g, point(g / 7.0, 0.1), box(point(0, 0), point(g / 9.0, 0.1)),
  circle(point(0.1, 0.2), g / 11.0), lseg(point(0.1, 0.3), point(g / 13.0, 1)),
  polygon(box(point(0, 0), point(0.1, g / 7.0))), path(polygon(box(point(0, 0),
  point(0.3, g / 3.0)))), line(point(0.1, 0.2), point(g / 7.0 + 1, 0.7)),
  ARRAY[point(0.1, g / 3.0), NULL] FROM generate_series(2, 300) g;

-- Floats inside a domain, a composite and an array of composites: their text changed in 12 too.
CREATE DOMAIN price AS float8 CHECK (VALUE >= 0);
CREATE TYPE point3 AS (x float8, y real, label text);
CREATE TABLE shapes (id int PRIMARY KEY, p price, c point3, cs point3[]);
INSERT INTO shapes VALUES (1, NULL, NULL, NULL), (2, 0, ROW(NULL, NULL, NULL), '{}'),
  (3, 1e308, ROW('NaN', '-Infinity', 'q"uote,'), ARRAY[NULL, ROW(-0.0, 1.4e-45, NULL)]::point3[]);
INSERT INTO shapes SELECT g, g / 7.0, ROW(g / 3.0::float8, g / 11.0::real, 'l' || g)::point3,
  ARRAY[ROW(0.1, 0.2, NULL)::point3, ROW(g / 9.0::float8, g / 13.0::real, ' ')::point3]
  FROM generate_series(4, 300) g;

-- Dates and times (DateStyle, IntervalStyle, TimeZone), jsonb, arrays, bytea.
CREATE TABLE times (id bigserial PRIMARY KEY, ts timestamp, tstz timestamptz, d date, t time,
  tz timetz, iv interval, j jsonb, a text[], b bytea, h hstore, c citext);
INSERT INTO times (ts, tstz, d, t, tz, iv, j, a, b, h, c) VALUES
  ('infinity', '-infinity', '0044-03-15 BC', '24:00', '12:00+05:30', '1 year 2 mons -3 days 04:05:06.789',
   '{"a": 1.10, "b": [1e400, null, "ü"], "c": {"d": true}}', '{"x,y","q\"uote",NULL,"NULL"}',
   '\x00ff00', 'a=>1, "b c"=>NULL', 'MiXeD'),
  ('2000-02-29 23:59:59.999999', '1999-12-31 23:59:59.5+14', 'epoch', 'allballs', '00:00-12',
   '-178000000 years', '[]', '{}', '', '', 'ß');
INSERT INTO times (ts, tstz, d, t, tz, iv, j, a, b, h, c)
  SELECT '2020-01-01'::timestamp + g * interval '37 min 13.25 s',
         '2020-01-01 00:00+00'::timestamptz + g * interval '1 day 1 sec',
         '2020-01-01'::date + g, '00:00'::time + g * interval '1.5 s', '10:00+02'::timetz,
         g * interval '1 mon 1 day 1.000001 s', jsonb_build_object('g', g, 'f', g / 7.0),
         ARRAY['v' || g, NULL], decode(md5(g::text), 'hex'), hstore('k', g::text), 'Name' || g
  FROM generate_series(1, 3000) g;
CREATE INDEX times_trgm ON times USING gin (c gin_trgm_ops);
CREATE INDEX times_tstz ON times (tstz DESC NULLS LAST) WHERE id > 10;

-- Identity columns (10+) and a standalone sequence far from its table's max.
CREATE TABLE ident (id int GENERATED ALWAYS AS IDENTITY (START 100 INCREMENT 3) PRIMARY KEY,
  v text NOT NULL CHECK (v <> ''), parent int REFERENCES ident DEFERRABLE INITIALLY DEFERRED);
INSERT INTO ident (v) SELECT 'i' || g FROM generate_series(1, 500) g;
CREATE SEQUENCE invoice_no START 1000 INCREMENT 7 CACHE 5;
SELECT setval('invoice_no', 987654321);

-- Range partitions with a primary key on the parent (11+); 10 has partitions without it.
\if :v11
CREATE TABLE measures (id int, at date, val numeric(12, 3), PRIMARY KEY (id, at))
  PARTITION BY RANGE (at);
\else
CREATE TABLE measures (id int, at date, val numeric(12, 3)) PARTITION BY RANGE (at);
\endif
CREATE TABLE measures_2020 PARTITION OF measures FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
CREATE TABLE measures_2021 PARTITION OF measures FOR VALUES FROM ('2021-01-01') TO ('2022-01-01');
INSERT INTO measures SELECT g, '2020-01-01'::date + g % 700, g * 1.125 FROM generate_series(1, 3000) g;
\if :v11
CREATE TABLE hashed (id int PRIMARY KEY, v text) PARTITION BY HASH (id);
CREATE TABLE hashed_0 PARTITION OF hashed FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE hashed_1 PARTITION OF hashed FOR VALUES WITH (MODULUS 2, REMAINDER 1);
INSERT INTO hashed SELECT g, 'h' || g FROM generate_series(1, 1000) g;
\endif

-- Stored generated columns (12+).
\if :v12
CREATE TABLE priced (id int PRIMARY KEY, net numeric, gross numeric GENERATED ALWAYS AS (net * 1.24) STORED);
INSERT INTO priced (id, net) SELECT g, g * 0.5 FROM generate_series(1, 1000) g;
\endif

-- A trigger, a view, grants and a large object.
CREATE TABLE audit (id serial PRIMARY KEY, what text, at timestamptz DEFAULT now());
CREATE FUNCTION audit_ident() RETURNS trigger LANGUAGE plpgsql AS
  $$BEGIN INSERT INTO audit (what) VALUES (TG_OP || ' ' || NEW.id); RETURN NEW; END$$;
CREATE TRIGGER ident_audit AFTER UPDATE ON ident FOR EACH ROW EXECUTE PROCEDURE audit_ident();
UPDATE ident SET v = v || '!' WHERE id < 110;
-- Triggers that fire on replicated rows too (ENABLE ALWAYS), as the writes while it replicates
-- fire them on the source: the target keeps them disabled until the cut-over. A partitioned
-- table's (11+), its partitions' clones internal until 14: on 13+ one with a state of its own
-- (11 and 12 refuse a table's owner that is not a superuser to change a clone's state).
CREATE TRIGGER ident_insert_audit AFTER INSERT ON ident FOR EACH ROW EXECUTE PROCEDURE audit_ident();
ALTER TABLE ident ENABLE ALWAYS TRIGGER ident_insert_audit;
\if :v11
CREATE FUNCTION audit_measure() RETURNS trigger LANGUAGE plpgsql AS
  $$BEGIN INSERT INTO audit (what) VALUES ('gone ' || OLD.id); RETURN OLD; END$$;
CREATE TRIGGER measures_audit AFTER DELETE ON measures FOR EACH ROW EXECUTE PROCEDURE audit_measure();
\endif
\if :v13
ALTER TABLE measures ENABLE ALWAYS TRIGGER measures_audit;
ALTER TABLE measures_2021 DISABLE TRIGGER measures_audit;
\endif
CREATE VIEW recent AS SELECT id, tstz FROM times WHERE tstz > '2021-01-01';
GRANT SELECT ON times, recent TO v_reader;
GRANT SELECT, INSERT (v) ON ident TO v_md5;
REVOKE EXECUTE ON FUNCTION audit_ident() FROM PUBLIC;
SELECT lo_from_bytea(0, convert_to(repeat('large object ü ', 5000), 'UTF8')) IS NOT NULL AS lo;
ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO v_reader;
RESET ROLE;
