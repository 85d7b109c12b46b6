-- The agency workspace: staff accounts and sessions, the ticket lifecycle's own columns, canned
-- answers, and the audit of who opened which citizen's data.

CREATE TABLE staff_account (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username        VARCHAR(60)  NOT NULL,
  display_name    VARCHAR(120) NOT NULL,
  role            VARCHAR(20)  NOT NULL,
  agency_code     VARCHAR(40)  NULL,
  password_hash   VARCHAR(200) NOT NULL,
  failed_attempts INT          NOT NULL DEFAULT 0,
  locked_until    DATETIME(3)  NULL,
  active          BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at      DATETIME(3)  NOT NULL,
  CONSTRAINT uk_staff_username UNIQUE (username)
) ${table_options};

CREATE INDEX ix_staff_agency ON staff_account (agency_code, role);

-- One row per sign-in: a signed-out or expired session refuses its token even before it expires.
CREATE TABLE staff_session (
  id         VARCHAR(36) NOT NULL PRIMARY KEY,
  staff_id   BIGINT      NOT NULL,
  created_at DATETIME(3) NOT NULL,
  expires_at DATETIME(3) NOT NULL,
  ended_at   DATETIME(3) NULL
) ${table_options};

-- The key that signs staff tokens when the platform gives none (HUB_STAFF_TOKEN_SECRET): made once,
-- shared by every hub-core replica through the database.
CREATE TABLE staff_token_key (
  id         INT          NOT NULL PRIMARY KEY,
  secret     VARCHAR(100) NOT NULL,
  created_at DATETIME(3)  NOT NULL
) ${table_options};

-- Who opened a ticket that shows a citizen's personal data, and when (Decree 13/2023).
CREATE TABLE personal_data_access (
  id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  staff_id    BIGINT      NOT NULL,
  ticket_id   BIGINT      NOT NULL,
  accessed_at DATETIME(3) NOT NULL
) ${table_options};

CREATE INDEX ix_pda_ticket ON personal_data_access (ticket_id);

CREATE TABLE canned_answer (
  id            INT           NOT NULL PRIMARY KEY,
  category_code VARCHAR(40)   NULL,
  title_vi      VARCHAR(120)  NOT NULL,
  text_vi       VARCHAR(1000) NOT NULL,
  text_en       VARCHAR(1000) NOT NULL
) ${table_options};

-- Lifecycle columns on the ticket.
ALTER TABLE ticket ADD COLUMN assignee_id BIGINT NULL;
ALTER TABLE ticket ADD COLUMN first_response_at DATETIME(3) NULL;
ALTER TABLE ticket ADD COLUMN resolved_at DATETIME(3) NULL;
ALTER TABLE ticket ADD COLUMN closed_at DATETIME(3) NULL;
ALTER TABLE ticket ADD COLUMN closure_code VARCHAR(24) NULL;
ALTER TABLE ticket ADD COLUMN on_time BOOLEAN NULL;
-- The clock is paused since this local date while the agency waits for the citizen.
ALTER TABLE ticket ADD COLUMN paused_since DATE NULL;
ALTER TABLE ticket ADD COLUMN extended BOOLEAN NOT NULL DEFAULT FALSE;
-- 0 none, 1 due soon (the agency's lead was told), 2 overdue (the coordinator was told).
ALTER TABLE ticket ADD COLUMN escalation INT NOT NULL DEFAULT 0;
-- Set on a duplicate merged into another ticket. Not "merged_into_id": MySQL Connector/J 9.5
-- reads the INTO in that name as SELECT ... INTO and refuses the query.
ALTER TABLE ticket ADD COLUMN duplicate_of_id BIGINT NULL;
ALTER TABLE ticket ADD COLUMN transfer_to VARCHAR(40) NULL;
ALTER TABLE ticket ADD COLUMN transfer_reason VARCHAR(500) NULL;
-- Lower-case text without diacritics for staff search ("duong" finds "đường").
ALTER TABLE ticket ADD COLUMN search_text VARCHAR(700) NULL;

CREATE INDEX ix_ticket_assignee ON ticket (assignee_id, status);
CREATE INDEX ix_ticket_duplicate_of ON ticket (duplicate_of_id);
CREATE INDEX ix_ticket_transfer ON ticket (transfer_to);
CREATE INDEX ix_ticket_league ON ticket (agency_code, status, on_time, due_date);

INSERT INTO canned_answer (id, category_code, title_vi, text_vi, text_en) VALUES
(1, NULL, 'Đã tiếp nhận, đang kiểm tra', 'Cơ quan đã tiếp nhận phản ánh và đang cử cán bộ kiểm tra thực tế. Kết quả sẽ được thông báo đến ông/bà.', 'The agency has received the report and is sending an officer to check on site. You will be told the result.'),
(2, NULL, 'Đề nghị bổ sung vị trí', 'Đề nghị ông/bà cung cấp vị trí cụ thể (số nhà, tên đường hoặc điểm mốc gần nhất) để cơ quan xác minh.', 'Please give the exact location (house number, street or nearest landmark) so the agency can check it.'),
(3, 'ROAD_DAMAGE', 'Đã vá, sửa mặt đường', 'Đơn vị quản lý đường bộ đã sửa chữa, vá mặt đường tại vị trí phản ánh. Trân trọng cảm ơn ông/bà.', 'The road authority has repaired the road surface at the reported spot. Thank you.'),
(4, 'STREET_LIGHT', 'Đã thay bóng đèn', 'Đơn vị quản lý chiếu sáng công cộng đã thay thế, sửa chữa đèn tại vị trí phản ánh.', 'The public lighting unit has replaced or repaired the light at the reported spot.'),
(5, 'FLOOD_DRAINAGE', 'Đã nạo vét cống', 'Đơn vị thoát nước đã nạo vét, khơi thông hệ thống cống tại khu vực phản ánh.', 'The drainage unit has cleared the drains in the reported area.'),
(6, 'WASTE_SANITATION', 'Đã thu gom rác', 'Đơn vị vệ sinh môi trường đã thu gom rác thải tại vị trí phản ánh và tăng tần suất thu gom.', 'The sanitation unit has collected the waste at the reported spot and will collect more often.'),
(7, 'ILLEGAL_CONSTRUCTION', 'Đã kiểm tra, lập biên bản', 'Cơ quan đã kiểm tra hiện trạng công trình, lập biên bản vi phạm và xử lý theo quy định.', 'The agency inspected the construction, recorded the violation and is acting under the rules.'),
(8, 'INFO_REQUEST', 'Cung cấp thông tin có sẵn', 'Thông tin ông/bà yêu cầu đã được công khai tại Cổng thông tin điện tử của cơ quan; cơ quan gửi kèm đường dẫn và bản sao.', 'The information you asked for is published on the agency''s portal; the link and a copy are attached.'),
(9, 'TRAFFIC_SAFETY', 'Đã phối hợp lực lượng chức năng', 'Cơ quan đã phối hợp với lực lượng cảnh sát giao thông tăng cường tuần tra, xử lý vi phạm tại khu vực phản ánh.', 'The agency has asked the traffic police to patrol the area and act on violations.'),
(10, NULL, 'Không thuộc thẩm quyền', 'Nội dung phản ánh không thuộc thẩm quyền giải quyết của cơ quan; cơ quan đã hướng dẫn ông/bà liên hệ cơ quan có thẩm quyền.', 'This matter is outside the agency''s competence; the agency has told you which body is competent.');
