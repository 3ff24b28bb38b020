-- by_platform: 1 for a message the platform itself sent in a bot's name (the "still getting set up" answer to
-- a user of a bot without a webhook), 0 for what the bot or a user sent.
ALTER TABLE messages ADD COLUMN by_platform SMALLINT NOT NULL DEFAULT 0;
-- When a user's message was marked read on the bot's side, and by whom: 'platform' (automatic read receipts,
-- features.manuallySendReadReceipts false) or 'bot' (a read-receipt the bot sent). NULL while unread.
ALTER TABLE messages ADD COLUMN read_at BIGINT;
ALTER TABLE messages ADD COLUMN read_by VARCHAR(8);
