-- When a household, and each resident, entered the commune's register: a fact about them (a
-- column of the household file, the day of a form), not the moment a row was inserted. The
-- figures count households and residents from these dates. Rows already stored take their
-- insert day, which is what the figures counted until now.
alter table household add column registered_on date;
update household set registered_on = (created_at at time zone 'Asia/Ho_Chi_Minh')::date;
alter table household alter column registered_on set not null,
    alter column registered_on set default ((now() at time zone 'Asia/Ho_Chi_Minh')::date);

alter table resident add column registered_on date;
update resident set registered_on = (created_at at time zone 'Asia/Ho_Chi_Minh')::date;
alter table resident alter column registered_on set not null,
    alter column registered_on set default ((now() at time zone 'Asia/Ho_Chi_Minh')::date);
