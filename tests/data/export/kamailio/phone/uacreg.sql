-- Centrale export for +31502053033: uacreg rows for Kamailio's uac module (5.6).
-- Load into the database named by reg_db_url, then run: kamcmd uac.reg_reload
DELETE FROM uacreg WHERE l_uuid = 'centrale-phone-31502053033';
INSERT INTO uacreg (l_uuid, l_username, l_domain, r_username, r_domain, realm, auth_username, auth_password, auth_ha1, auth_proxy, expires, flags, reg_delay)
  VALUES ('centrale-phone-31502053033', '31502053033', 'phone-31502053033', '31502053033', '127.0.0.1', 'centrale', '31502053033', '<PASSWORD-OF-31502053033>', '', 'sip:127.0.0.1:5060', 3600, 0, 0);
