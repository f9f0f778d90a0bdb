-- Runs once, as the superuser, when the data volume is first initialised. Each service that keeps state gets a login
-- role of its own, with no power over the server (no superuser, CREATEDB, CREATEROLE, replication), owning a database
-- of the same name: it runs its own Flyway migrations there, in the public schema the owner holds. Only the owner
-- and the superuser may connect to a service's database. The passwords come from the container's environment.
\getenv article_service_password ARTICLE_SERVICE_DB_PASSWORD
\getenv sponsor_service_password SPONSOR_SERVICE_DB_PASSWORD
\getenv notification_service_password NOTIFICATION_SERVICE_DB_PASSWORD
\getenv auth_server_password AUTH_SERVER_DB_PASSWORD

CREATE ROLE article_service LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
  PASSWORD :'article_service_password';
CREATE DATABASE article_service OWNER article_service;
REVOKE ALL ON DATABASE article_service FROM PUBLIC;

CREATE ROLE sponsor_service LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
  PASSWORD :'sponsor_service_password';
CREATE DATABASE sponsor_service OWNER sponsor_service;
REVOKE ALL ON DATABASE sponsor_service FROM PUBLIC;

CREATE ROLE notification_service LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
  PASSWORD :'notification_service_password';
CREATE DATABASE notification_service OWNER notification_service;
REVOKE ALL ON DATABASE notification_service FROM PUBLIC;

-- The demo token issuer's people (it runs only with the demo switched on).
CREATE ROLE auth_server LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
  PASSWORD :'auth_server_password';
CREATE DATABASE auth_server OWNER auth_server;
REVOKE ALL ON DATABASE auth_server FROM PUBLIC;

-- Nor to the server's own databases.
REVOKE ALL ON DATABASE postgres FROM PUBLIC;
REVOKE ALL ON DATABASE template1 FROM PUBLIC;
