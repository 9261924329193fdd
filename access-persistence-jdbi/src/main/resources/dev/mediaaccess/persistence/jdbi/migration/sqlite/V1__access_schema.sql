-- Media Access schema, SQLite dialect. Instants are INTEGER nanoseconds since the epoch (exact round trip),
-- booleans are 0/1. Only digests of tokens and codes are stored, never a token.
-- Each port stands on its own (a link may be stored before its media item), so tables reference each other
-- by id without foreign keys; every guarantee the ports promise is a key, a unique index or a conditional write.

CREATE TABLE media (
    tenant               TEXT    NOT NULL,
    id                   TEXT    NOT NULL,
    owner                TEXT    NOT NULL,
    title                TEXT    NOT NULL,
    kind                 TEXT    NOT NULL,
    guest_access_enabled INTEGER NOT NULL CHECK (guest_access_enabled IN (0, 1)),
    created_at           INTEGER NOT NULL,
    PRIMARY KEY (tenant, id)
) STRICT;

CREATE TABLE guest_link (
    tenant          TEXT    NOT NULL,
    id              TEXT    NOT NULL,
    media           TEXT    NOT NULL,
    label           TEXT,
    expires_at      INTEGER,
    max_joins       INTEGER CHECK (max_joins IS NULL OR max_joins >= 1),
    allowed_domains TEXT    NOT NULL,
    admission       TEXT    NOT NULL,
    token_seed      TEXT    NOT NULL,
    token_digest    TEXT    NOT NULL,
    join_count      INTEGER NOT NULL DEFAULT 0 CHECK (join_count >= 0),
    revoked         INTEGER NOT NULL CHECK (revoked IN (0, 1)),
    created_at      INTEGER NOT NULL,
    revoked_at      INTEGER,
    PRIMARY KEY (tenant, id)
) STRICT;
CREATE UNIQUE INDEX guest_link_by_token_digest ON guest_link (token_digest);
CREATE INDEX guest_link_by_media ON guest_link (tenant, media, created_at, id);

CREATE TABLE invitation (
    tenant       TEXT    NOT NULL,
    id           TEXT    NOT NULL,
    media        TEXT    NOT NULL,
    email        TEXT    NOT NULL,
    role         TEXT    NOT NULL,
    message      TEXT,
    invited_by   TEXT    NOT NULL,
    token_digest TEXT    NOT NULL,
    status       TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    accepted_at  INTEGER,
    member       TEXT,
    PRIMARY KEY (tenant, id)
) STRICT;
CREATE UNIQUE INDEX invitation_by_token_digest ON invitation (token_digest);
CREATE UNIQUE INDEX invitation_one_pending_per_email ON invitation (tenant, media, email) WHERE status = 'PENDING';
CREATE INDEX invitation_by_media ON invitation (tenant, media, created_at, id);

CREATE TABLE one_time_code (
    tenant      TEXT    NOT NULL,
    invitation  TEXT    NOT NULL,
    code_digest TEXT    NOT NULL,
    expires_at  INTEGER NOT NULL,
    attempts    INTEGER NOT NULL CHECK (attempts >= 0),
    PRIMARY KEY (tenant, invitation)
) STRICT;

CREATE TABLE participant (
    tenant     TEXT    NOT NULL,
    id         TEXT    NOT NULL,
    media      TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    email      TEXT    NOT NULL,
    role       TEXT    NOT NULL,
    status     TEXT    NOT NULL,
    link       TEXT,
    invitation TEXT,
    user_id    TEXT,
    joined_at  INTEGER NOT NULL,
    PRIMARY KEY (tenant, id)
) STRICT;
-- Members have no link, and NULLs are distinct in a unique index: this is one guest per (link, email).
CREATE UNIQUE INDEX participant_guest_by_link_email ON participant (tenant, link, email);
CREATE UNIQUE INDEX participant_member_by_media_email ON participant (tenant, media, email) WHERE kind = 'MEMBER';
CREATE INDEX participant_by_media ON participant (tenant, media, joined_at, id);

CREATE TABLE pass (
    tenant       TEXT    NOT NULL,
    id           TEXT    NOT NULL,
    media        TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    participant  TEXT    NOT NULL,
    role         TEXT    NOT NULL,
    token_digest TEXT    NOT NULL,
    state        TEXT    NOT NULL,
    link         TEXT,
    issued_at    INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    PRIMARY KEY (tenant, id)
) STRICT;
CREATE UNIQUE INDEX pass_by_token_digest ON pass (token_digest);
CREATE INDEX pass_by_participant ON pass (tenant, participant);
CREATE INDEX pass_by_link ON pass (tenant, link);
CREATE INDEX pass_by_media ON pass (tenant, media);

CREATE TABLE audit_event (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant      TEXT    NOT NULL,
    media       TEXT    NOT NULL,
    at          INTEGER NOT NULL,
    action      TEXT    NOT NULL,
    actor       TEXT    NOT NULL,
    subject     TEXT,
    link        TEXT,
    invitation  TEXT,
    participant TEXT,
    reason      TEXT
) STRICT;
CREATE INDEX audit_event_by_media ON audit_event (tenant, media, seq);
CREATE INDEX audit_event_by_link ON audit_event (tenant, link, seq);
