-- One database per service, each with its own tables and migration history: hub-core owns the
-- tickets, a channel only its own small tables. The image's entrypoint has already made the user
-- named by MYSQL_USER (hub) with the password from the platform's secret; this file runs once, on
-- an empty data volume. utf8mb4_0900_ai_ci compares without accents, so "duong" finds "đường".
CREATE DATABASE IF NOT EXISTS hub CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
CREATE DATABASE IF NOT EXISTS hub_web CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
CREATE DATABASE IF NOT EXISTS hub_zalo CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
CREATE DATABASE IF NOT EXISTS hub_hotline CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
CREATE DATABASE IF NOT EXISTS hub_app CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
CREATE DATABASE IF NOT EXISTS hub_open311 CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
GRANT ALL PRIVILEGES ON hub.* TO 'hub'@'%';
GRANT ALL PRIVILEGES ON hub_web.* TO 'hub'@'%';
GRANT ALL PRIVILEGES ON hub_zalo.* TO 'hub'@'%';
GRANT ALL PRIVILEGES ON hub_hotline.* TO 'hub'@'%';
GRANT ALL PRIVILEGES ON hub_app.* TO 'hub'@'%';
GRANT ALL PRIVILEGES ON hub_open311.* TO 'hub'@'%';
