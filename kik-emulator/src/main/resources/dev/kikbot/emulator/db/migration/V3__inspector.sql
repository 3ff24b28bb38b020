-- What the web page's inspector shows: each webhook request as it was sent, which messages each request
-- carried, and the bot's Bot API calls, accepted (linked from the messages they carried) and refused.

-- The request as sent: its URL, its headers (a JSON object, in the order sent) and its exact body.
-- NULL for attempts recorded before this migration.
ALTER TABLE delivery_attempts ADD COLUMN url VARCHAR(5120);
ALTER TABLE delivery_attempts ADD COLUMN request_headers TEXT;
ALTER TABLE delivery_attempts ADD COLUMN request_body TEXT;

-- Which messages each webhook request carried, to find a message's attempts without searching JSON.
CREATE TABLE delivery_attempt_messages (
    attempt_id BIGINT  NOT NULL REFERENCES delivery_attempts (id) ON DELETE CASCADE,
    seq        BIGINT  NOT NULL,
    PRIMARY KEY (attempt_id, seq)
);
CREATE INDEX delivery_attempt_messages_by_seq ON delivery_attempt_messages (seq, attempt_id);

-- A bot's POST /v1/message or /v1/broadcast. status 200 for an accepted call; anything else is a refusal,
-- with the answer's body. after_seq is the newest message stored when the call was answered, so that a
-- refusal can be shown in place in a chat's history.
CREATE TABLE api_calls (
    id           INTEGER       PRIMARY KEY AUTOINCREMENT,
    bot          VARCHAR(32)   NOT NULL,
    received_at  BIGINT        NOT NULL,
    method       VARCHAR(8)    NOT NULL,
    path         VARCHAR(200)  NOT NULL,
    status       INTEGER       NOT NULL,
    request_body TEXT          NOT NULL,
    answer_body  TEXT,
    after_seq    BIGINT        NOT NULL
);
CREATE INDEX api_calls_by_bot ON api_calls (bot, id);

-- The chats a refused call concerned, as far as its body tells (chatId, or the direct chat of to).
CREATE TABLE api_call_chats (
    call_id BIGINT       NOT NULL REFERENCES api_calls (id) ON DELETE CASCADE,
    chat_id VARCHAR(64)  NOT NULL,
    PRIMARY KEY (call_id, chat_id)
);
CREATE INDEX api_call_chats_by_chat ON api_call_chats (chat_id, call_id);

-- The accepted call that carried a bot's message.
ALTER TABLE messages ADD COLUMN api_call_id BIGINT;
