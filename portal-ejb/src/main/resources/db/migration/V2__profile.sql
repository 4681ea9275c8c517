-- The customer's own profile details and the history of their marketing consents.

alter table customer add column phone varchar(16);
alter table customer add column date_of_birth date;

create sequence consent_record_seq start with 1 increment by 50;

create table consent_record (
    id            bigint      not null,
    customer_id   bigint      not null,
    topic         varchar(30) not null,
    granted       boolean     not null,
    recorded_at   timestamp(6) with time zone not null,
    actor_subject varchar(64),
    constraint pk_consent_record primary key (id),
    constraint fk_consent_record_customer foreign key (customer_id) references customer (id)
);
-- The consent in force is the newest record per topic
create index ix_consent_record_customer_time on consent_record (customer_id, recorded_at desc, id desc);
