-- SPDX-License-Identifier: Apache-2.0
-- A project at the design's size for the console load benchmark: 5,000 households with
-- 2 members, 2 buildings and 10 measured parts per building (100,000 parts), and a change log
-- row per record as pushes would have left. Run by load.mjs against a demo data directory
-- after `survey-server project add BENCH`. Plain SQL so that seeding takes seconds, not a push.
PRAGMA journal_mode = WAL;
BEGIN;
CREATE TEMP TABLE ctx AS SELECT
  (SELECT id FROM projects WHERE code = 'BENCH') AS project,
  (SELECT id FROM users WHERE username = 'surveyor1') AS surveyor;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
INSERT INTO households (id, project_id, rev, updated_at, updated_by, device_id, code, address,
  door_no, head_name, head_id_number, head_phone, tenure, approved_use, actual_use, lat, lon,
  gps_accuracy_m, status)
SELECT printf('bench-h-%05d', i), ctx.project, 1, printf('2026-11-%02dT08:%02d:00Z', 1 + i % 28, i % 60),
  ctx.surveyor, 'tablet-bench', printf('B%05d', i),
  '湖北省武汉市武昌区' || CASE i % 5 WHEN 0 THEN '示范路' WHEN 1 THEN '建设街' WHEN 2 THEN '和平巷'
    WHEN 3 THEN '解放路' ELSE '中山大道' END || (i % 300) || '号',
  printf('%d-%d', i % 300, 1 + i % 6),
  substr('王李张刘陈杨赵黄周吴', 1 + i % 10, 1) || substr('建华秀英志强丽娟国平', 1 + (i / 10) % 10, 1) || substr('明芳军敏伟静', 1 + i % 6, 1),
  NULL, printf('138%08d', i), 'private', 'residential', 'residential',
  30.54 + (i % 100) * 0.0001, 114.31 + (i / 100) * 0.0001, 4.5,
  CASE i % 8 WHEN 0 THEN 'approved' WHEN 1 THEN 'returned' WHEN 2 THEN 'in_progress'
    WHEN 3 THEN 'signed' ELSE 'submitted' END
FROM n, ctx;

INSERT INTO members (id, project_id, rev, updated_at, updated_by, household_id, name, relation, phone)
SELECT h.id || '-m' || k.k, h.project_id, 1, h.updated_at, h.updated_by, h.id,
  h.head_name || CASE k.k WHEN 1 THEN '' ELSE '妻' END, CASE k.k WHEN 1 THEN 'self' ELSE 'spouse' END, h.head_phone
FROM households h, (SELECT 1 AS k UNION ALL SELECT 2) k WHERE h.id LIKE 'bench-h-%';

INSERT INTO buildings (id, project_id, rev, updated_at, updated_by, household_id, no, structure,
  floors_above, year_built, registered, cert_area_dm2, measured_area_dm2, approved_use, actual_use, recognition)
SELECT h.id || '-b' || k.k, h.project_id, 1, h.updated_at, h.updated_by, h.id, k.k, '04', 2, 1995,
  CASE WHEN k.k = 2 AND substr(h.id, -1) IN ('3', '7') THEN 0 ELSE 1 END,
  CASE WHEN k.k = 2 AND substr(h.id, -1) IN ('3', '7') THEN NULL ELSE 12000 END, 12000,
  'residential', 'residential',
  CASE WHEN k.k = 2 AND substr(h.id, -1) IN ('3', '7') THEN 'pending' ELSE 'registered' END
FROM households h, (SELECT 1 AS k UNION ALL SELECT 2) k WHERE h.id LIKE 'bench-h-%';

-- Ten 3 m × 4 m rooms of 2.80 m storey height per building: 12.00 m² each by the shared rule.
WITH RECURSIVE p(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM p WHERE k < 10)
INSERT INTO parts (id, project_id, rev, updated_at, updated_by, building_id, floor, kind,
  lengths_mm, height_mm, area_dm2)
SELECT b.id || '-p' || p.k, b.project_id, 1, b.updated_at, b.updated_by, b.id, 1 + (p.k - 1) / 5,
  'room', '[3000,4000]', 2800, 1200
FROM buildings b, p WHERE b.id LIKE 'bench-h-%';

INSERT INTO change_log (project_id, entity, entity_id, op, fields_json, user_id, device_id, at)
SELECT project_id, 'household', id, 'upsert', json_object('code', code, 'status', status), updated_by, device_id, updated_at
FROM households WHERE id LIKE 'bench-h-%';
INSERT INTO change_log (project_id, entity, entity_id, op, fields_json, user_id, device_id, at)
SELECT project_id, 'building', id, 'upsert', json_object('no', no), updated_by, 'tablet-bench', updated_at
FROM buildings WHERE id LIKE 'bench-h-%';
INSERT INTO change_log (project_id, entity, entity_id, op, fields_json, user_id, device_id, at)
SELECT project_id, 'part', id, 'upsert', json_object('kind', kind, 'area_dm2', area_dm2), updated_by, 'tablet-bench', updated_at
FROM parts WHERE id LIKE 'bench-h-%';
COMMIT;
ANALYZE;
