-- Core of every capability: the customer record, the CRM timeline and the mail outbox.
-- Portable SQL: the same script runs on H2 (embedded default) and PostgreSQL.

create sequence customer_seq start with 1 increment by 50;
create sequence interaction_seq start with 1 increment by 50;
create sequence outbox_mail_seq start with 1 increment by 50;

create table customer (
    id                 bigint       not null,
    subject            varchar(64)  not null,
    email              varchar(254) not null,
    first_name         varchar(100),
    last_name          varchar(100),
    preferred_language varchar(2)   not null,
    registered_at      timestamp(6) with time zone not null,
    version            bigint       not null,
    constraint pk_customer primary key (id),
    constraint uq_customer_subject unique (subject)
);
create index ix_customer_email on customer (email);

create table interaction (
    id            bigint       not null,
    customer_id   bigint       not null,
    actor_subject varchar(64),
    actor_name    varchar(200),
    type          varchar(40)  not null,
    channel       varchar(20)  not null,
    occurred_at   timestamp(6) with time zone not null,
    reference     varchar(120),
    summary       varchar(500) not null,
    constraint pk_interaction primary key (id),
    constraint fk_interaction_customer foreign key (customer_id) references customer (id)
);
-- The timeline reads a customer's interactions newest first
create index ix_interaction_customer_time on interaction (customer_id, occurred_at desc, id desc);

create table outbox_mail (
    id              bigint         not null,
    recipient       varchar(254)   not null,
    language        varchar(2)     not null,
    template        varchar(60)    not null,
    subject         varchar(500)   not null,
    text_body       varchar(200000) not null,
    html_body       varchar(200000),
    customer_id     bigint,
    dedup_key       varchar(200),
    status          varchar(10)    not null,
    attempts        integer        not null,
    next_attempt_at timestamp(6) with time zone not null,
    lease_until     timestamp(6) with time zone,
    last_error      varchar(1000),
    created_at      timestamp(6) with time zone not null,
    sent_at         timestamp(6) with time zone,
    version         bigint         not null,
    constraint pk_outbox_mail primary key (id),
    constraint uq_outbox_mail_dedup unique (dedup_key),
    constraint fk_outbox_mail_customer foreign key (customer_id) references customer (id)
);
-- The dispatcher looks for due mails by status and time
create index ix_outbox_mail_due on outbox_mail (status, next_attempt_at);
