-- Whether an item's text may be read by anyone (Open311's list, the public page): the citizen's
-- choice on the public form, a staff member's mark for what they wrote down from the hotline or a
-- visit. Open311 posts are published by the spec's nature. Earlier items from the public page
-- were never asked, so they stay unpublished; what anyone sees of those is the category, status,
-- dates, commune and agency.
alter table feedback add column published boolean not null default false;
update feedback set published = true where channel = 'API';
