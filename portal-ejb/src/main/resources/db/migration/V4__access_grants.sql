-- Access grants (people acting for an account), company accounts, account closure, signed tokens.

-- Companies are customers too: members reach them through grants; nobody signs in as one
alter table customer add column kind varchar(10) default 'PERSON' not null;
alter table customer alter column subject drop not null;
alter table customer add column company_name varchar(200);
alter table customer add column vat_number varchar(20);
-- Keycloak's email_verified, as of the last sign-in; the realm verifies before a first sign-in
alter table customer add column email_verified boolean default true not null;
alter table customer add column closed_at timestamp(6) with time zone;
alter table customer add column disabled_at timestamp(6) with time zone;

create sequence access_grant_seq start with 1 increment by 50;

create table access_grant (
    id                    bigint       not null,
    owner_id              bigint       not null,
    invitee_email         varchar(254) not null,
    grantee_id            bigint,
    rights                varchar(200) not null,
    member_role           varchar(10),
    expires_on            date,
    invited_at            timestamp(6) with time zone not null,
    invitation_expires_at timestamp(6) with time zone not null,
    token_digest          varchar(64),
    accepted_at           timestamp(6) with time zone,
    ended_at              timestamp(6) with time zone,
    ending                varchar(10),
    version               bigint       not null,
    constraint pk_access_grant primary key (id),
    constraint fk_access_grant_owner foreign key (owner_id) references customer (id),
    constraint fk_access_grant_grantee foreign key (grantee_id) references customer (id)
);
-- The owner's list, and "whom may this person act for" on every request that acts for someone
create index ix_access_grant_owner on access_grant (owner_id);
create index ix_access_grant_grantee on access_grant (grantee_id);
create index ix_access_grant_invitee on access_grant (invitee_email);

-- The key that signs tokens in links, when none is configured (see TokenSigner)
create table signing_key (
    name   varchar(40)  not null,
    secret varchar(200) not null,
    constraint pk_signing_key primary key (name)
);
