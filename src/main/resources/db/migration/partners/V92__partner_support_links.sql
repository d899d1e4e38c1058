-- Outreach sessions and service-desk days now exist: a support entry's link to one becomes a real
-- foreign key. A link to nothing (from before the check existed) can only be dropped.
update partner_support s set session_id = null
 where session_id is not null and not exists (select 1 from outreach_session o where o.id = s.session_id);
update partner_support s set desk_day_id = null
 where desk_day_id is not null and not exists (select 1 from service_desk_day d where d.id = s.desk_day_id);

alter table partner_support
    add constraint partner_support_session foreign key (session_id) references outreach_session (id),
    add constraint partner_support_desk_day foreign key (desk_day_id) references service_desk_day (id);

-- The session and desk-day pages list the support linked to them.
create index partner_support_session_id on partner_support (session_id) where session_id is not null;
create index partner_support_desk_day_id on partner_support (desk_day_id) where desk_day_id is not null;
