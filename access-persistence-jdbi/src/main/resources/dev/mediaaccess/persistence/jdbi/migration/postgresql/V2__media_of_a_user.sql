-- Listing a user's media: what they own (MediaCatalog.listOwnedBy), and what they are a member of by their verified
-- email (Participants.listMemberships), each in the listing's order so no sort is needed.

CREATE INDEX media_by_owner ON media (tenant, owner, created_at, id);
CREATE INDEX participant_member_by_email ON participant (tenant, email, joined_at, id) WHERE kind = 'MEMBER';
