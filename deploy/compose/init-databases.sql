-- One database per service. PostgreSQL's image runs this once, on an empty data directory
-- (docker-compose.yml mounts it into /docker-entrypoint-initdb.d; the Kubernetes sandbox overlay holds a copy).
-- Each service creates its own tables at start.
CREATE DATABASE gateway_intake;
CREATE DATABASE gateway_results;
CREATE DATABASE gateway_webhooks;
CREATE DATABASE gateway_identity;
CREATE DATABASE gateway_rodin;
CREATE DATABASE gateway_hunyuan;
CREATE DATABASE gateway_dashscope;
CREATE DATABASE gateway_aholo;
CREATE DATABASE gateway_portrait;
