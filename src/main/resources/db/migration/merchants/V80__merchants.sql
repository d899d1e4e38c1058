-- Cashless acceptance points: commercial centres, supermarkets, convenience stores, markets and the
-- stalls within a market. The id is a UUID so that a file or a phone can name a point before it is
-- saved. No personal data: a point is a business.
create table merchant (
    id            uuid         primary key,
    kind          varchar(20)  not null
        check (kind in ('COMMERCIAL_CENTRE', 'SUPERMARKET', 'CONVENIENCE_STORE', 'MARKET', 'MARKET_STALL')),
    name          text         not null,
    name_folded   text         not null,  -- lower case, no diacritics: what search matches
    address       text         not null,
    unit_id       bigint       not null references admin_unit (id),  -- a commune or a hamlet
    unit_path     ltree        not null,
    province_code varchar(2)   not null,
    latitude      numeric(9,6),
    longitude     numeric(9,6),
    methods       varchar(15)[] not null check (cardinality(methods) > 0),
    started_on    date         not null,
    team_id       bigint       references team (id),
    market_id     uuid         references merchant (id),
    created_by    varchar(50)  not null,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    constraint merchant_stall_has_market check ((kind = 'MARKET_STALL') = (market_id is not null)),
    constraint merchant_position check ((latitude is null) = (longitude is null))
);
create index merchant_path on merchant using gist (unit_path);
create index merchant_unit on merchant (unit_id, kind);
create index merchant_market on merchant (market_id) where market_id is not null;
