-- The emulator's tables. Types and constraints are portable SQL (SQLite reads the declared types loosely;
-- PostgreSQL would take them as written, with BIGSERIAL for the two INTEGER PRIMARY KEY AUTOINCREMENT keys).
-- Times are milliseconds since the epoch.

CREATE TABLE bots (
    username    VARCHAR(32)   NOT NULL PRIMARY KEY,
    api_key     VARCHAR(200)  NOT NULL,
    -- The configuration as the bot last set it (webhook, features, static keyboard, unknown fields).
    config_json TEXT          NOT NULL,
    created_at  BIGINT        NOT NULL
);

CREATE TABLE users (
    username                  VARCHAR(32)   NOT NULL PRIMARY KEY,
    first_name                VARCHAR(200)  NOT NULL,
    last_name                 VARCHAR(200)  NOT NULL,
    profile_pic_url           VARCHAR(5120),
    -- Seconds since the epoch, the unit of the SDKs' fixtures.
    profile_pic_last_modified BIGINT,
    timezone                  VARCHAR(64),
    created_at                BIGINT        NOT NULL
);

CREATE TABLE chats (
    chat_id    VARCHAR(64)  NOT NULL PRIMARY KEY,
    bot        VARCHAR(32)  NOT NULL REFERENCES bots (username) ON DELETE CASCADE,
    chat_type  VARCHAR(16)  NOT NULL,
    created_at BIGINT       NOT NULL
);

CREATE TABLE chat_participants (
    chat_id  VARCHAR(64)  NOT NULL REFERENCES chats (chat_id) ON DELETE CASCADE,
    username VARCHAR(32)  NOT NULL REFERENCES users (username) ON DELETE CASCADE,
    position INTEGER      NOT NULL,
    PRIMARY KEY (chat_id, username)
);
CREATE INDEX chat_participants_by_user ON chat_participants (username);
CREATE INDEX chats_by_bot ON chats (bot, created_at);

-- Every message in both directions. bot_json is the Bot API JSON (for messages to the bot, the exact
-- object its webhook receives); core_json and core_proto are the CoreMessage of the bot's messages.
CREATE TABLE messages (
    seq          INTEGER       PRIMARY KEY AUTOINCREMENT,
    chat_id      VARCHAR(64)   NOT NULL REFERENCES chats (chat_id) ON DELETE CASCADE,
    bot          VARCHAR(32)   NOT NULL,
    direction    VARCHAR(8)    NOT NULL,
    message_id   VARCHAR(100)  NOT NULL,
    username     VARCHAR(32)   NOT NULL,
    type         VARCHAR(64)   NOT NULL,
    bot_json     TEXT          NOT NULL,
    core_json    TEXT,
    core_proto   BLOB,
    created_at   BIGINT        NOT NULL,
    attempts     INTEGER       NOT NULL DEFAULT 0,
    delivered_at BIGINT,
    UNIQUE (bot, direction, message_id)
);
CREATE INDEX messages_by_chat ON messages (chat_id, seq);

-- Messages waiting for the bot's webhook. A row is written in the transaction that stores its message and
-- deleted in the one that records the delivery that took it.
CREATE TABLE outbox (
    seq BIGINT       NOT NULL PRIMARY KEY REFERENCES messages (seq) ON DELETE CASCADE,
    bot VARCHAR(32)  NOT NULL
);
CREATE INDEX outbox_by_bot ON outbox (bot, seq);

CREATE TABLE delivery_attempts (
    id           INTEGER      PRIMARY KEY AUTOINCREMENT,
    bot          VARCHAR(32)  NOT NULL,
    attempted_at BIGINT       NOT NULL,
    -- A JSON array of the ids of the messages the request carried.
    message_ids  TEXT         NOT NULL,
    status       INTEGER,
    latency_ms   BIGINT       NOT NULL,
    error        TEXT
);
CREATE INDEX delivery_attempts_by_bot ON delivery_attempts (bot, id);

CREATE TABLE codes (
    id         VARCHAR(40)  NOT NULL PRIMARY KEY,
    bot        VARCHAR(32)  NOT NULL REFERENCES bots (username) ON DELETE CASCADE,
    data       TEXT,
    created_at BIGINT       NOT NULL
);
