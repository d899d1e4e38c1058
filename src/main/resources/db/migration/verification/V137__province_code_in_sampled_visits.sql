-- The verification side of V135/V136: a sampled visit is reached through its province code, as
-- every foreign key into the distributed tables is.

alter table verification_item add column province_code varchar(2);
update verification_item i set province_code = v.province_code from visit v where v.id = i.visit_id;
alter table verification_item alter column province_code set not null;
alter table verification_item add constraint verification_item_visit foreign key (province_code, visit_id)
    references visit (province_code, id) on update cascade deferrable;

-- A flag keeps the household it names as a plain id: flags are recomputed every night from the
-- visits, and on a distributed database they stay on the coordinator, which cannot hold a foreign
-- key into a sharded table. V135 dropped the old one with the household's key.

-- the sampled visits are sharded with the visits: the province code leads their key too
alter table verification_item drop constraint verification_item_pkey;
alter table verification_item add primary key (province_code, sample_id, visit_id);
