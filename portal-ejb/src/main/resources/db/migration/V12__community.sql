-- Community: questions and answers, votes, support cases escalated from questions, product
-- reviews, and reports of posts that break the rules. Authors who are customers are linked to
-- their customer record (the CRM counts what they did); staff authors are kept by subject and
-- name, because staff have no customer record.

create sequence question_seq start with 1 increment by 50;
create sequence answer_seq start with 1 increment by 50;
create sequence support_case_seq start with 1 increment by 50;
create sequence case_note_seq start with 1 increment by 50;
create sequence review_seq start with 1 increment by 50;
create sequence content_report_seq start with 1 increment by 50;

create table question (
    id                 bigint        not null,
    author_id          bigint        not null,
    title              varchar(200)  not null,
    -- sanitised HTML, never shown unsanitised
    body               varchar(20000) not null,
    language           varchar(2)    not null,
    product_sku        varchar(40),
    category_slug      varchar(80),
    -- lower-case, space separated, at most five
    tags               varchar(300),
    created_at         timestamp(6) with time zone not null,
    -- when the first answer came, staff or customer: the queue and the SLA look at it
    answered_at        timestamp(6) with time zone,
    accepted_answer_id bigint,
    case_id            bigint,
    hidden_at          timestamp(6) with time zone,
    hidden_reason      varchar(500),
    version            bigint        not null,
    constraint pk_question primary key (id),
    constraint fk_question_author foreign key (author_id) references customer (id)
);
create index ix_question_open on question (answered_at, created_at);
create index ix_question_author on question (author_id, created_at desc);
create index ix_question_created on question (created_at desc);

create table answer (
    id                 bigint        not null,
    question_id        bigint        not null,
    -- a customer's answer; null for staff
    author_id          bigint,
    author_subject     varchar(64)   not null,
    author_name        varchar(200)  not null,
    staff              boolean       not null,
    body               varchar(20000) not null,
    created_at         timestamp(6) with time zone not null,
    accepted           boolean       not null,
    -- marked by staff as knowledge: it goes to the knowledge base even when not accepted
    knowledge          boolean       not null,
    score              integer       not null,
    hidden_at          timestamp(6) with time zone,
    hidden_reason      varchar(500),
    version            bigint        not null,
    constraint pk_answer primary key (id),
    constraint fk_answer_question foreign key (question_id) references question (id),
    constraint fk_answer_author foreign key (author_id) references customer (id)
);
create index ix_answer_question on answer (question_id, created_at);
create index ix_answer_author on answer (author_id, created_at desc);

-- one vote per person and answer, up (+1) or down (-1)
create table answer_vote (
    answer_id     bigint      not null,
    voter_subject varchar(64) not null,
    vote          integer     not null,
    constraint pk_answer_vote primary key (answer_id, voter_subject),
    constraint fk_answer_vote_answer foreign key (answer_id) references answer (id),
    constraint ck_answer_vote check (vote in (-1, 1))
);

create table support_case (
    id               bigint       not null,
    customer_id      bigint       not null,
    question_id      bigint,
    subject          varchar(200) not null,
    priority         varchar(10)  not null,
    status           varchar(10)  not null,
    assignee_subject varchar(64),
    assignee_name    varchar(200),
    opened_at        timestamp(6) with time zone not null,
    updated_at       timestamp(6) with time zone not null,
    solved_at        timestamp(6) with time zone,
    -- how it ended for the customer: SOLVED, or UNSOLVED when reopened; satisfaction reads it
    reopen_count     integer      not null,
    version          bigint       not null,
    constraint pk_support_case primary key (id),
    constraint uq_support_case_question unique (question_id),
    constraint fk_support_case_customer foreign key (customer_id) references customer (id),
    constraint fk_support_case_question foreign key (question_id) references question (id)
);
create index ix_support_case_customer on support_case (customer_id, opened_at desc);
create index ix_support_case_status on support_case (status, priority, opened_at);
alter table question add constraint fk_question_case foreign key (case_id) references support_case (id);
alter table question add constraint fk_question_accepted foreign key (accepted_answer_id) references answer (id);

-- what staff and the customer write on a case, besides the question's thread
create table case_note (
    id           bigint        not null,
    case_id      bigint        not null,
    author_subject varchar(64),
    author_name  varchar(200)  not null,
    staff        boolean       not null,
    body         varchar(4000) not null,
    created_at   timestamp(6) with time zone not null,
    constraint pk_case_note primary key (id),
    constraint fk_case_note_case foreign key (case_id) references support_case (id)
);
create index ix_case_note_case on case_note (case_id, created_at);

create table review (
    id            bigint        not null,
    product_id    bigint        not null,
    author_id     bigint        not null,
    rating        integer       not null,
    title         varchar(200),
    body          varchar(4000) not null,
    language      varchar(2)    not null,
    -- the author had a delivered order with this product when they wrote or last changed it
    verified      boolean       not null,
    created_at    timestamp(6) with time zone not null,
    updated_at    timestamp(6) with time zone not null,
    hidden_at     timestamp(6) with time zone,
    hidden_reason varchar(500),
    hidden_by     varchar(200),
    version       bigint        not null,
    constraint pk_review primary key (id),
    constraint uq_review_author_product unique (product_id, author_id),
    constraint fk_review_product foreign key (product_id) references product (id),
    constraint fk_review_author foreign key (author_id) references customer (id),
    constraint ck_review_rating check (rating between 1 and 5)
);
create index ix_review_product on review (product_id, created_at desc);
create index ix_review_author on review (author_id, created_at desc);

-- a reader reports a post (QUESTION, ANSWER or REVIEW) once; moderators resolve reports
create table content_report (
    id            bigint       not null,
    kind          varchar(10)  not null,
    target_id     bigint       not null,
    reporter_id   bigint       not null,
    reason        varchar(500) not null,
    created_at    timestamp(6) with time zone not null,
    resolved_at   timestamp(6) with time zone,
    resolved_by   varchar(200),
    constraint pk_content_report primary key (id),
    constraint uq_content_report unique (kind, target_id, reporter_id),
    constraint fk_content_report_reporter foreign key (reporter_id) references customer (id)
);
create index ix_content_report_open on content_report (resolved_at, created_at);
