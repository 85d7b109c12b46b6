-- A resolved ticket's question and answer, published by a lead for everyone to read
-- (docs/knowledge.md). The texts are stored already masked (names, phones, e-mails, plates, house
-- numbers); nothing is public until status is PUBLISHED. Category, commune and agency are the
-- ticket's, read by join. masked_kinds records what the masking hid, as kinds and counts only
-- ("PHONE:1,NAME:2"), never the hidden values, so the lead reviewing the draft knows what to check.
CREATE TABLE published_answer (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  ticket_id    BIGINT        NOT NULL,
  question_vi  VARCHAR(4000) NOT NULL,
  answer_vi    VARCHAR(4000) NOT NULL,
  status       VARCHAR(12)   NOT NULL,
  drafted_by   VARCHAR(60)   NOT NULL,
  drafted_at   DATETIME(3)   NOT NULL,
  published_by VARCHAR(60)   NULL,
  published_at DATETIME(3)   NULL,
  updated_at   DATETIME(3)   NOT NULL,
  masked_kinds VARCHAR(200)  NULL,
  CONSTRAINT uk_published_answer_ticket UNIQUE (ticket_id)
) ${table_options};

CREATE INDEX ix_published_answer_updated ON published_answer (updated_at, id);
CREATE INDEX ix_published_answer_status ON published_answer (status, published_at, id);
