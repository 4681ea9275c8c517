-- Work journal: calls, meetings, e-mails and notes staff log on a customer's or company's record
create sequence journal_entry_seq start with 1 increment by 50;
create table journal_entry (
    id             bigint        not null,
    customer_id    bigint        not null,
    kind           varchar(10)   not null,
    -- inbound or outbound for calls, meetings and e-mails; none for a note
    direction      varchar(10),
    summary        varchar(2000) not null,
    next_step      varchar(500),
    task_id        bigint,
    author_subject varchar(64)   not null,
    author_name    varchar(200)  not null,
    occurred_at    timestamp(6) with time zone not null,
    constraint pk_journal_entry primary key (id),
    constraint fk_journal_entry_customer foreign key (customer_id) references customer (id),
    constraint fk_journal_entry_task foreign key (task_id) references follow_up_task (id)
);
create index ix_journal_entry_customer on journal_entry (customer_id, occurred_at desc);

-- manual tasks: about a customer or about nothing in particular, made by someone, with a reminder
alter table follow_up_task alter column customer_id drop not null;
alter table follow_up_task add column created_by_subject varchar(64);
alter table follow_up_task add column remind_at timestamp(6) with time zone;
alter table follow_up_task add column reminded_at timestamp(6) with time zone;
create index ix_follow_up_task_remind on follow_up_task (remind_at);
create index ix_follow_up_task_assignee on follow_up_task (assignee_subject, done_at);

-- the staff the portal has seen, so that a task can be given to a colleague and a team's listed
create table staff_member (
    subject varchar(64)  not null,
    name    varchar(200) not null,
    team    varchar(30)  not null,
    seen_at timestamp(6) with time zone not null,
    constraint pk_staff_member primary key (subject)
);
create index ix_staff_member_team on staff_member (team);
