-- Visits sent from one phone by this many accounts within window_days days (issue 18, item 2).
insert into flag_rule (kind, threshold, window_days) values ('SHARED_DEVICE', 2, 7);
