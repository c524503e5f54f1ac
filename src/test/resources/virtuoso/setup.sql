-- Run as dba (password 'dba') by VirtuosoServer once a fresh server answers: replaces the
-- well-known dba password and creates the user that the tests' SPARQL updates authenticate as.
USER_SET_PASSWORD ('dba', '${dbaPassword}');
DB.DBA.USER_CREATE ('${user}', '${password}');
GRANT SPARQL_UPDATE TO "${user}";
