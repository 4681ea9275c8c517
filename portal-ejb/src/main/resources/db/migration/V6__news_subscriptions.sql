-- News subscriptions: by languages and categories, with a frequency; customers' own, or an
-- anonymous address confirmed by double opt-in (with the proof of consent kept).

create sequence news_subscription_seq start with 1 increment by 50;

create table news_subscription (
    id                 bigint        not null,
    customer_id        bigint,
    email              varchar(254),
    languages          varchar(20)   not null,
    frequency          varchar(10)   not null,
    status             varchar(10)   not null,
    language           varchar(2)    not null,
    created_at         timestamp(6) with time zone not null,
    confirmed_at       timestamp(6) with time zone,
    ended_at           timestamp(6) with time zone,
    token_digest       varchar(64),
    consent_text       varchar(1000),
    consent_ip         varchar(64),
    consent_user_agent varchar(500),
    last_digest_at     timestamp(6) with time zone,
    version            bigint        not null,
    constraint pk_news_subscription primary key (id),
    constraint fk_news_subscription_customer foreign key (customer_id) references customer (id)
);
create index ix_news_subscription_customer on news_subscription (customer_id);
create index ix_news_subscription_email on news_subscription (email);
create index ix_news_subscription_status on news_subscription (status, frequency);

create table news_subscription_category (
    subscription_id bigint not null,
    category_id     bigint not null,
    constraint pk_news_subscription_category primary key (subscription_id, category_id),
    constraint fk_news_subscription_category_subscription foreign key (subscription_id) references news_subscription (id),
    constraint fk_news_subscription_category_category foreign key (category_id) references news_category (id)
);
create index ix_news_subscription_category_category on news_subscription_category (category_id);
