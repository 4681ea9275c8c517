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

-- a company's relation to us; people have none
alter table customer add column relationship_type varchar(10);

-- contact persons of a company account, who need no login; linked to the person once they register
create sequence contact_person_seq start with 1 increment by 50;
create table contact_person (
    id                 bigint       not null,
    company_id         bigint       not null,
    name               varchar(200) not null,
    position           varchar(200),
    phone              varchar(16),
    -- kept in lower case, as registration compares it
    email              varchar(254),
    preferred_language varchar(2)   not null,
    marketing_consent  boolean      not null,
    consent_changed_at timestamp(6) with time zone,
    customer_id        bigint,
    created_at         timestamp(6) with time zone not null,
    version            bigint       not null,
    constraint pk_contact_person primary key (id),
    constraint fk_contact_person_company foreign key (company_id) references customer (id),
    constraint fk_contact_person_customer foreign key (customer_id) references customer (id)
);
create index ix_contact_person_company on contact_person (company_id, name);
create index ix_contact_person_email on contact_person (email);
