-- Changes made without signing in were logged under Spring's placeholder "anonymousUser", which
-- the audit page showed as if it were a person. They came from citizens on the public pages,
-- or from partner applications through Open311 (feedback whose channel is API).
update audit_log set actor = case when entity_type = 'FEEDBACK' and after ->> 'channel' = 'API' then 'open311' else 'citizen' end
where actor = 'anonymousUser';
