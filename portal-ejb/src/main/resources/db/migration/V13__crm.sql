-- CRM: follow-up tasks for staff, each customer's lifecycle stage with its history, the
-- thresholds of the stage rules (admins change them), and saved segments.

create sequence follow_up_task_seq start with 1 increment by 50;
create sequence stage_change_seq start with 1 increment by 50;
create sequence segment_seq start with 1 increment by 50;

create table follow_up_task (
    id               bigint       not null,
    customer_id      bigint       not null,
    reason           varchar(30)  not null,
    -- what it is about, e.g. review:42, question:7, case:3; one open task per reference
    reference        varchar(120) not null,
    summary          varchar(500) not null,
    assignee_subject varchar(64),
    assignee_name    varchar(200),
    created_at       timestamp(6) with time zone not null,
    due_at           timestamp(6) with time zone not null,
    done_at          timestamp(6) with time zone,
    done_by          varchar(200),
    outcome          varchar(500),
    version          bigint       not null,
    constraint pk_follow_up_task primary key (id),
    constraint fk_follow_up_task_customer foreign key (customer_id) references customer (id)
);
create index ix_follow_up_task_open on follow_up_task (done_at, due_at);
create index ix_follow_up_task_customer on follow_up_task (customer_id, created_at desc);
create index ix_follow_up_task_reference on follow_up_task (reference);

-- the current rung of each customer; a customer without a row is a prospect
create table customer_stage (
    customer_id bigint      not null,
    stage       varchar(20) not null,
    since       timestamp(6) with time zone not null,
    computed_at timestamp(6) with time zone not null,
    version     bigint      not null,
    constraint pk_customer_stage primary key (customer_id),
    constraint fk_customer_stage_customer foreign key (customer_id) references customer (id)
);
create index ix_customer_stage_stage on customer_stage (stage);

create table stage_change (
    id          bigint       not null,
    customer_id bigint       not null,
    from_stage  varchar(20),
    to_stage    varchar(20)  not null,
    changed_at  timestamp(6) with time zone not null,
    reason      varchar(500) not null,
    constraint pk_stage_change primary key (id),
    constraint fk_stage_change_customer foreign key (customer_id) references customer (id)
);
create index ix_stage_change_customer on stage_change (customer_id, changed_at desc);
create index ix_stage_change_time on stage_change (changed_at);

-- "value" is a keyword in H2
create table crm_setting (
    name          varchar(60)  not null,
    setting_value varchar(200) not null,
    updated_at timestamp(6) with time zone not null,
    updated_by varchar(200),
    constraint pk_crm_setting primary key (name)
);

create table segment (
    id          bigint       not null,
    name        varchar(120) not null,
    -- the criteria as JSON: languages, category slugs, stages, spend range, active within days
    criteria    varchar(4000) not null,
    created_by  varchar(200) not null,
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null,
    version     bigint       not null,
    constraint pk_segment primary key (id),
    constraint uq_segment_name unique (name)
);
