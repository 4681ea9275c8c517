-- News delivery: a run per published translation (later per digest period) walks the matching
-- subscribers in id order; a delivery row per (subscriber, what was sent) makes sending at most once.

create sequence news_run_seq start with 1 increment by 50;
create sequence news_delivery_seq start with 1 increment by 50;

create table news_run (
    id             bigint      not null,
    kind           varchar(10) not null,
    run_key        varchar(60) not null,
    translation_id bigint,
    status         varchar(10) not null,
    cursor_id      bigint      not null,
    queued         integer     not null,
    started_at     timestamp(6) with time zone not null,
    finished_at    timestamp(6) with time zone,
    version        bigint      not null,
    constraint pk_news_run primary key (id),
    constraint uq_news_run_key unique (run_key),
    constraint fk_news_run_translation foreign key (translation_id) references article_translation (id)
);
create index ix_news_run_status on news_run (status);

create table news_delivery (
    id              bigint      not null,
    run_id          bigint      not null,
    subscription_id bigint      not null,
    delivery_key    varchar(60) not null,
    mail_id         bigint      not null,
    created_at      timestamp(6) with time zone not null,
    constraint pk_news_delivery primary key (id),
    constraint uq_news_delivery_once unique (subscription_id, delivery_key),
    constraint fk_news_delivery_run foreign key (run_id) references news_run (id),
    constraint fk_news_delivery_subscription foreign key (subscription_id) references news_subscription (id),
    constraint fk_news_delivery_mail foreign key (mail_id) references outbox_mail (id)
);
create index ix_news_delivery_run on news_delivery (run_id);

-- Mails that a subscriber can leave at once carry List-Unsubscribe (RFC 2369 / 8058)
alter table outbox_mail add column list_unsubscribe varchar(600);
