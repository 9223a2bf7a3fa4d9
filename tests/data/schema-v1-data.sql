INSERT INTO call_plans (id, name, internal_number, steps) VALUES (1, 'Belroute vd garage', '3031', '[]');
INSERT INTO numbers (digits, call_plan_id) VALUES ('31502053031', 1);
INSERT INTO numbers (digits) VALUES ('31502053380');
INSERT INTO settings (key, value) VALUES ('sip.realm', 'centrale');
