-- Contacts of the email channel (bundle org.pipedesk.channel.email): whether the contact agreed to marketing email
-- (automation sends marketing templates only to those), and a version for the contacts API's optimistic locking.
-- Existing contacts are not marketing contacts: consent is never assumed.
ALTER TABLE email_contact ADD COLUMN marketing_contact BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE email_contact ADD COLUMN version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE email_contact ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;

-- A ticket's contact is the sender of its first received inbound message, looked up once per automated email: this
-- index holds exactly that range of a ticket's messages, in id order, with the contact, so the lookup is one index
-- range read that never touches the message rows (their bodies are large), whatever the number of tickets.
CREATE INDEX email_message_ticket_contact_idx ON email_message (ticket_id, direction, state, id, contact_id);
