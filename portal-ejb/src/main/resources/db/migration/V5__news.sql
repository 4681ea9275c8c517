-- News: hierarchical categories named per language, articles with one translation per language,
-- the publishing workflow and its history.

create sequence news_category_seq start with 1 increment by 50;
create sequence article_seq start with 1 increment by 50;
create sequence article_translation_seq start with 1 increment by 50;
create sequence translation_step_seq start with 1 increment by 50;

create table news_category (
    id        bigint      not null,
    parent_id bigint,
    slug      varchar(80) not null,
    active    boolean     not null,
    version   bigint      not null,
    constraint pk_news_category primary key (id),
    constraint uq_news_category_slug unique (slug),
    constraint fk_news_category_parent foreign key (parent_id) references news_category (id)
);

create table news_category_name (
    category_id bigint       not null,
    language    varchar(2)   not null,
    name        varchar(120) not null,
    constraint pk_news_category_name primary key (category_id, language),
    constraint fk_news_category_name_category foreign key (category_id) references news_category (id)
);

create table article (
    id             bigint       not null,
    author_subject varchar(64)  not null,
    author_name    varchar(200) not null,
    image_url      varchar(500),
    tags           varchar(500),
    created_at     timestamp(6) with time zone not null,
    version        bigint       not null,
    constraint pk_article primary key (id)
);

create table article_category (
    article_id  bigint not null,
    category_id bigint not null,
    constraint pk_article_category primary key (article_id, category_id),
    constraint fk_article_category_article foreign key (article_id) references article (id),
    constraint fk_article_category_category foreign key (category_id) references news_category (id)
);
create index ix_article_category_category on article_category (category_id);

create table article_translation (
    id           bigint        not null,
    article_id   bigint        not null,
    language     varchar(2)    not null,
    title        varchar(200)  not null,
    summary      varchar(1000),
    body         varchar(200000) not null,
    slug         varchar(120)  not null,
    status       varchar(12)   not null,
    publish_at   timestamp(6) with time zone,
    published_at timestamp(6) with time zone,
    updated_at   timestamp(6) with time zone not null,
    version      bigint        not null,
    constraint pk_article_translation primary key (id),
    constraint uq_article_translation_language unique (article_id, language),
    constraint uq_article_translation_slug unique (language, slug),
    constraint fk_article_translation_article foreign key (article_id) references article (id)
);
-- Readers list what is published in a language, newest first; the timer looks for what is due
create index ix_article_translation_public on article_translation (language, status, published_at desc);
create index ix_article_translation_due on article_translation (status, publish_at);

create table translation_step (
    id             bigint       not null,
    translation_id bigint       not null,
    from_status    varchar(12),
    to_status      varchar(12)  not null,
    actor_subject  varchar(64),
    actor_name     varchar(200) not null,
    occurred_at    timestamp(6) with time zone not null,
    constraint pk_translation_step primary key (id),
    constraint fk_translation_step_translation foreign key (translation_id) references article_translation (id)
);
create index ix_translation_step_translation on translation_step (translation_id, occurred_at);
