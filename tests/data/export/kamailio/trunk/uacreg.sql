-- Centrale export for PBX kantoor: uacreg rows for Kamailio's uac module (5.6).
-- Load into the database named by reg_db_url, then run: kamcmd uac.reg_reload
DELETE FROM uacreg WHERE l_uuid = 'centrale-pbx-kantoor-primary';
INSERT INTO uacreg (l_uuid, l_username, l_domain, r_username, r_domain, realm, auth_username, auth_password, auth_ha1, auth_proxy, expires, flags, reg_delay)
  VALUES ('centrale-pbx-kantoor-primary', '31502053031', 'pbx-kantoor', '31502053031', '127.0.0.1', 'centrale', '31502053031', '<PASSWORD-OF-31502053031>', '', 'sip:127.0.0.1:5060', 3600, 0, 0);
DELETE FROM uacreg WHERE l_uuid = 'centrale-pbx-kantoor-secondary';
INSERT INTO uacreg (l_uuid, l_username, l_domain, r_username, r_domain, realm, auth_username, auth_password, auth_ha1, auth_proxy, expires, flags, reg_delay)
  VALUES ('centrale-pbx-kantoor-secondary', '31502053031-2', 'pbx-kantoor', '31502053031-2', '127.0.0.1', 'centrale', '31502053031-2', '<PASSWORD-OF-31502053031-2>', '', 'sip:127.0.0.1:5062', 3600, 0, 0);
