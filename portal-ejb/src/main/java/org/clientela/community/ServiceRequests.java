package org.clientela.community;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.clientela.account.AccessRight;
import org.clientela.account.AccountAccess;
import org.clientela.community.CommunityRefusal.Reason;
import org.clientela.crm.FollowUpReason;
import org.clientela.crm.FollowUpTasks;
import org.clientela.crm.InteractionRecorder;
import org.clientela.crm.InteractionType;
import org.clientela.crm.LifecycleStage;
import org.clientela.crm.StaffDirectory;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;
import org.clientela.platform.CustomerNotice;
import org.clientela.platform.Language;
import org.clientela.platform.NoticeKind;
import org.clientela.platform.Roles;
import org.clientela.platform.StaffNotice;
import org.clientela.store.CustomerOrder;
import org.hibernate.Hibernate;

/**
 * Private service requests: a customer (or somebody acting for the account with the right to
 * see its orders, and to place them for writing) opens a request about an order, a product or
 * anything else; the rules give it a priority and the service levels its due times. Staff
 * assign, answer (the answer is mailed), note internally, merge duplicates, link knowledge and
 * close; the customer replies, reopens within a time, rates the answer, or makes the request a
 * public question. Every step lands on the customer's timeline in its own transaction.
 *
 * <p>The customer side also serves cases escalated from questions: both are {@link SupportCase}s.
 * A case of another account answers as one that does not exist.
 */
@Stateless
public class ServiceRequests {

    /** Seeing the account's requests: they are mostly about its orders. */
    static final AccessRight READ = AccessRight.VIEW_ORDERS;
    /** Opening and answering requests: who may act on the account's orders. */
    static final AccessRight WRITE = AccessRight.PLACE_ORDERS;

    static final Duration REPEAT_WINDOW = Duration.ofDays(30);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountAccess access;

    @Inject
    private InteractionRecorder interactions;

    @Inject
    private FollowUpTasks followUps;

    @Inject
    private StaffDirectory staff;

    @Inject
    private CaseAnswerMail answerMail;

    @Inject
    private AttachmentScanner scanner;

    @Inject
    private Event<CustomerNotice> customerNotices;

    @Inject
    private Event<StaffNotice> staffNotices;

    // ---------------------------------------------------------------- the customer's side

    @RolesAllowed(Roles.CUSTOMER)
    public SupportCase open(Actor actor, long accountId, RequestForm form, Language language) {
        Customer account = access.require(actor, accountId, WRITE);
        validate(form);
        BigDecimal orderTotal = null;
        if (form.orderId() != null) {
            CustomerOrder order = em.find(CustomerOrder.class, form.orderId());
            if (order == null || !order.getCustomer().getId().equals(account.getId())) {
                throw new CommunityRefusal(Reason.UNKNOWN_ORDER);
            }
            orderTotal = order.getTotal();
        }
        if (form.productSku() != null
                && em.createQuery("select count(p) from Product p where p.sku = :sku", Long.class)
                                .setParameter("sku", form.productSku())
                                .getSingleResult()
                        == 0) {
            throw new CommunityRefusal(Reason.UNKNOWN_PRODUCT);
        }
        List<AttachmentType> types = checkAttachments(form.attachments());
        // the database keeps microseconds: the due times computed here are the ones read back
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        PriorityRules.Decision decision = PriorityRules.decide(
                new PriorityRules.Facts(form.category(), orderTotal, hasRecentRequest(account, now), stageOf(account)),
                RequestSettings.priorityRules());
        SupportCase request = SupportCase.request(
                account,
                form,
                language == null ? account.getPreferredLanguage() : language,
                decision,
                RequestSla.configured(),
                now);
        em.persist(request);
        em.flush(); // the number names it on the timeline
        for (int i = 0; i < types.size(); i++) {
            RequestForm.Upload upload = form.attachments().get(i);
            em.persist(new CaseAttachment(request, fileName(upload.fileName()), types.get(i), upload.content(), now));
        }
        interactions.record(
                account,
                InteractionType.CASE_OPENED,
                Channel.WEB,
                actor,
                SupportCases.reference(request),
                request.getNumber() + " " + request.getCategory() + ", " + request.getPriority() + ": "
                        + request.getSubject());
        return request;
    }

    /** The account's cases and requests, newest first. */
    @RolesAllowed(Roles.CUSTOMER)
    public List<SupportCase> mine(Actor actor, long accountId) {
        access.require(actor, accountId, READ);
        return em.createQuery(
                        "select c from SupportCase c where c.customer.id = :customer order by c.openedAt desc, c.id desc",
                        SupportCase.class)
                .setParameter("customer", accountId)
                .setMaxResults(SupportCases.LIST_LIMIT)
                .getResultList();
    }

    /** One of the account's cases, with what its page shows; any other answers CASE_NOT_FOUND. */
    @RolesAllowed(Roles.CUSTOMER)
    public SupportCase mine(Actor actor, long accountId, long caseId) {
        SupportCase supportCase = owned(actor, accountId, caseId, READ);
        initialise(supportCase);
        return supportCase;
    }

    @RolesAllowed(Roles.CUSTOMER)
    public List<CaseAttachment.Info> attachments(Actor actor, long accountId, long caseId) {
        owned(actor, accountId, caseId, READ);
        return attachmentsOf(caseId);
    }

    /** A file of one of the account's requests, for download; another's answers CASE_NOT_FOUND. */
    @RolesAllowed(Roles.CUSTOMER)
    public CaseAttachment attachment(Actor actor, long accountId, long attachmentId) {
        CaseAttachment attachment = em.find(CaseAttachment.class, attachmentId);
        if (attachment == null) {
            throw new CommunityRefusal(Reason.CASE_NOT_FOUND);
        }
        owned(actor, accountId, attachment.getSupportCase().getId(), READ);
        return attachment;
    }

    /** The customer writes to staff; a request waiting for them goes back to staff. */
    @RolesAllowed(Roles.CUSTOMER)
    public SupportCase reply(Actor actor, long accountId, long caseId, String body) {
        SupportCase supportCase = owned(actor, accountId, caseId, WRITE);
        supportCase.requireNotMerged();
        if (supportCase.getStatus() == CaseStatus.SOLVED) {
            throw new CommunityRefusal(Reason.CASE_SOLVED);
        }
        Instant now = Instant.now();
        supportCase.note(actor, false, body, now);
        if (supportCase.getStatus() == CaseStatus.PENDING) {
            supportCase.moveTo(CaseStatus.OPEN, now);
        }
        interactions.record(
                supportCase.getCustomer(),
                InteractionType.CASE_UPDATED,
                Channel.WEB,
                actor,
                SupportCases.reference(supportCase),
                supportCase.getNumber() + ": " + body.strip());
        tellAssignee(supportCase);
        return supportCase;
    }

    /**
     * "Not solved after all", within {@link RequestSettings#reopenWindow()} of the solving: the
     * case opens again and staff get a follow-up task.
     */
    @RolesAllowed(Roles.CUSTOMER)
    public SupportCase reopen(Actor actor, long accountId, long caseId, String why) {
        SupportCase supportCase = owned(actor, accountId, caseId, WRITE);
        Instant now = Instant.now();
        supportCase.reopenWithin(RequestSettings.reopenWindow(), RequestSla.configured(), now);
        supportCase.note(actor, false, why, now);
        String summary = supportCase.getNumber() + ": " + why.strip();
        interactions.record(
                supportCase.getCustomer(),
                InteractionType.CASE_REOPENED,
                Channel.WEB,
                actor,
                SupportCases.reference(supportCase),
                summary);
        followUps.open(
                supportCase.getCustomer(), FollowUpReason.CASE_REOPENED, SupportCases.reference(supportCase), summary);
        tellAssignee(supportCase);
        return supportCase;
    }

    /**
     * The customer rates staff's answer, one to five stars; like a review's stars it counts in
     * the customer's satisfaction, and one or two stars ask staff to follow up.
     */
    @RolesAllowed(Roles.CUSTOMER)
    public SupportCase rate(Actor actor, long accountId, long caseId, int stars) {
        SupportCase supportCase = owned(actor, accountId, caseId, WRITE);
        supportCase.rate(stars, Instant.now());
        String summary = supportCase.getNumber() + " rated " + stars + "/5: " + supportCase.getSubject();
        interactions.record(
                supportCase.getCustomer(),
                InteractionType.CASE_RATED,
                Channel.WEB,
                actor,
                SupportCases.reference(supportCase),
                summary);
        if (stars <= 2) {
            followUps.open(
                    supportCase.getCustomer(),
                    FollowUpReason.LOW_REQUEST_RATING,
                    "case-rating:" + supportCase.getId(),
                    summary);
        }
        return supportCase;
    }

    /**
     * The customer consents to make the request a public community question: only who manages
     * the account (the person themself; a company's owners and admins) may.
     */
    @RolesAllowed(Roles.CUSTOMER)
    public Question publish(Actor actor, long accountId, long caseId) {
        SupportCase supportCase = owned(actor, accountId, caseId, READ);
        access.requireManager(actor, accountId);
        return publish(supportCase, actor, Channel.WEB);
    }

    // ---------------------------------------------------------------- staff's side

    /** Staff's view of any case, with its files listed. */
    @RolesAllowed({Roles.SUPPORT_AGENT, Roles.SALES_MANAGER, Roles.ADMIN})
    public List<CaseAttachment.Info> attachments(long caseId) {
        return attachmentsOf(caseId);
    }

    @RolesAllowed({Roles.SUPPORT_AGENT, Roles.SALES_MANAGER, Roles.ADMIN})
    public CaseAttachment attachment(long attachmentId) {
        CaseAttachment attachment = em.find(CaseAttachment.class, attachmentId);
        if (attachment == null) {
            throw new CommunityRefusal(Reason.CASE_NOT_FOUND);
        }
        return attachment;
    }

    /**
     * Gives the case to a colleague who looks after customers (as the staff directory knows them,
     * by their subject) or to oneself; the colleague is told.
     */
    @RolesAllowed({Roles.SUPPORT_AGENT, Roles.ADMIN})
    public SupportCase assign(Actor actor, long caseId, String assigneeSubject) {
        if (assigneeSubject == null || assigneeSubject.isBlank()) {
            throw new CommunityRefusal(Reason.ASSIGNEE_REQUIRED);
        }
        Actor assignee = assigneeSubject.equals(actor.subject())
                ? actor
                : staff.colleague(assigneeSubject)
                        .map(member -> new Actor(member.getSubject(), member.getName()))
                        .orElseThrow(() -> new CommunityRefusal(Reason.ASSIGNEE_UNKNOWN));
        SupportCase supportCase = find(caseId);
        supportCase.assignTo(assignee);
        interactions.record(
                supportCase.getCustomer(),
                InteractionType.CASE_ASSIGNED,
                Channel.STAFF,
                actor,
                SupportCases.reference(supportCase),
                supportCase.getNumber() + " to " + assignee.name());
        staffNotices.fire(new StaffNotice(
                assignee.subject(), NoticeKind.ASSIGNED, supportCase.getNumber(), staffLink(supportCase)));
        return supportCase;
    }

    /**
     * Staff answer the customer: the message is on the page, mailed in the customer's language,
     * and stops the first-answer clock; the request then waits for the customer.
     */
    @RolesAllowed({Roles.SUPPORT_AGENT, Roles.ADMIN})
    public SupportCase answer(Actor actor, long caseId, String body) {
        SupportCase supportCase = find(caseId);
        Instant now = Instant.now();
        CaseNote note = supportCase.answer(actor, body, now);
        Customer customer = supportCase.getCustomer();
        interactions.record(
                customer,
                InteractionType.CASE_ANSWERED,
                Channel.STAFF,
                actor,
                SupportCases.reference(supportCase),
                supportCase.getNumber() + ": " + note.getBody());
        answerMail.send(supportCase, note.getBody());
        customerNotices.fire(new CustomerNotice(
                customer.getId(), NoticeKind.CASE_ANSWERED, supportCase.getNumber(), customerLink(supportCase)));
        return supportCase;
    }

    /** A note for staff only: on the staff page and the 360's timeline, never the customer's page. */
    @RolesAllowed({Roles.SUPPORT_AGENT, Roles.ADMIN})
    public SupportCase noteInternally(Actor actor, long caseId, String body) {
        SupportCase supportCase = find(caseId);
        CaseNote note = supportCase.internalNote(actor, body, Instant.now());
        interactions.record(
                supportCase.getCustomer(),
                InteractionType.CASE_NOTED,
                Channel.STAFF,
                actor,
                SupportCases.reference(supportCase),
                supportCase.getNumber() + ": " + note.getBody());
        return supportCase;
    }

    /** Staff overrule the rules; the due times follow the new priority. */
    @RolesAllowed({Roles.SUPPORT_AGENT, Roles.ADMIN})
    public SupportCase prioritise(Actor actor, long caseId, CasePriority priority) {
        SupportCase supportCase = find(caseId);
        if (priority == null || priority == supportCase.getPriority()) {
            return supportCase;
        }
        supportCase.reprioritise(priority, RequestSla.configured());
        interactions.record(
                supportCase.getCustomer(),
                InteractionType.CASE_UPDATED,
                Channel.STAFF,
                actor,
                SupportCases.reference(supportCase),
                supportCase.getNumber() + " priority " + priority);
        return supportCase;
    }

    /**
     * The case duplicates {@code targetId} (the same customer's): it is solved there, and the
     * target gets a note of what it said.
     */
    @RolesAllowed({Roles.SUPPORT_AGENT, Roles.ADMIN})
    public SupportCase merge(Actor actor, long caseId, long targetId) {
        SupportCase duplicate = find(caseId);
        SupportCase target = find(targetId);
        Instant now = Instant.now();
        duplicate.mergeInto(target, now);
        String said = duplicate.getDescription() == null ? duplicate.getSubject() : duplicate.getDescription();
        target.internalNote(actor, clip(duplicate.getNumber() + " (" + duplicate.getSubject() + "): " + said), now);
        interactions.record(
                duplicate.getCustomer(),
                InteractionType.CASE_MERGED,
                Channel.STAFF,
                actor,
                SupportCases.reference(duplicate),
                duplicate.getNumber() + " into " + target.getNumber());
        customerNotices.fire(new CustomerNotice(
                duplicate.getCustomer().getId(),
                NoticeKind.CASE_CHANGED,
                duplicate.getNumber(),
                customerLink(duplicate)));
        return duplicate;
    }

    /** Points the customer at a knowledge-base entry (a question with an accepted, visible answer). */
    @RolesAllowed({Roles.SUPPORT_AGENT, Roles.ADMIN})
    public SupportCase linkArticle(Actor actor, long caseId, long questionId) {
        SupportCase supportCase = find(caseId);
        Question article = em.find(Question.class, questionId);
        if (article == null || !article.isKnowledge()) {
            throw new CommunityRefusal(Reason.NOT_KNOWLEDGE);
        }
        supportCase.linkArticle(article, Instant.now());
        interactions.record(
                supportCase.getCustomer(),
                InteractionType.CASE_UPDATED,
                Channel.STAFF,
                actor,
                SupportCases.reference(supportCase),
                supportCase.getNumber() + " article: " + article.getTitle());
        return supportCase;
    }

    /** Solved: the customer may reopen it within the reopen window. */
    @RolesAllowed({Roles.SUPPORT_AGENT, Roles.ADMIN})
    public SupportCase close(Actor actor, long caseId) {
        SupportCase supportCase = find(caseId);
        if (supportCase.getStatus() == CaseStatus.SOLVED) {
            return supportCase;
        }
        supportCase.moveTo(CaseStatus.SOLVED, Instant.now());
        interactions.record(
                supportCase.getCustomer(),
                InteractionType.CASE_SOLVED,
                Channel.STAFF,
                actor,
                SupportCases.reference(supportCase),
                supportCase.getNumber() + " solved");
        customerNotices.fire(new CustomerNotice(
                supportCase.getCustomer().getId(),
                NoticeKind.CASE_CHANGED,
                supportCase.getNumber(),
                customerLink(supportCase)));
        return supportCase;
    }

    /** Staff make the request public on the customer's say-so (a clear action of its own). */
    @RolesAllowed({Roles.SUPPORT_AGENT, Roles.ADMIN})
    public Question publishForCustomer(Actor actor, long caseId) {
        return publish(find(caseId), actor, Channel.STAFF);
    }

    // ---------------------------------------------------------------- inside

    /**
     * The customer's change (a reply, a reopening) is the staff side's CASE_CHANGED: the assignee
     * hears of it, as the customer hears of staff's changes. A case nobody has is back in the
     * queue, where the team sees it (and a reopening opened a task besides).
     */
    private void tellAssignee(SupportCase supportCase) {
        if (supportCase.getAssigneeSubject() != null) {
            staffNotices.fire(new StaffNotice(
                    supportCase.getAssigneeSubject(),
                    NoticeKind.CASE_CHANGED,
                    supportCase.getNumber(),
                    staffLink(supportCase)));
        }
    }

    private Question publish(SupportCase supportCase, Actor actor, Channel channel) {
        if (!supportCase.isPrivate()) {
            throw new CommunityRefusal(Reason.ALREADY_PUBLIC);
        }
        supportCase.requireNotMerged();
        Instant now = Instant.now();
        String body = supportCase.getDescription() == null ? supportCase.getSubject() : supportCase.getDescription();
        Language language = supportCase.getLanguage() == null
                ? supportCase.getCustomer().getPreferredLanguage()
                : supportCase.getLanguage();
        Question question = new Question(
                supportCase.getCustomer(),
                supportCase.getSubject(),
                body,
                language,
                supportCase.getProductSku(),
                null,
                null,
                now);
        em.persist(question);
        em.flush();
        question.escalatedTo(supportCase.getId());
        supportCase.publishedAs(question, now);
        interactions.record(
                supportCase.getCustomer(),
                InteractionType.CASE_PUBLISHED,
                channel,
                actor,
                SupportCases.reference(supportCase),
                supportCase.getNumber() + " → " + Questions.reference(question));
        return question;
    }

    private static void validate(RequestForm form) {
        if (form.category() == null) {
            throw new CommunityRefusal(Reason.CATEGORY_REQUIRED);
        }
        if (form.subject() == null || form.subject().isEmpty()) {
            throw new CommunityRefusal(Reason.SUBJECT_REQUIRED);
        }
        if (form.subject().length() > Question.TITLE_MAX) {
            throw new CommunityRefusal(Reason.SUBJECT_TOO_LONG);
        }
        if (form.description() == null || form.description().isEmpty()) {
            throw new CommunityRefusal(Reason.DESCRIPTION_REQUIRED);
        }
        if (form.description().length() > CaseNote.BODY_MAX) {
            throw new CommunityRefusal(Reason.DESCRIPTION_TOO_LONG);
        }
    }

    /** Count, size, type by content (and by claim), then the scanner; the types in order. */
    private List<AttachmentType> checkAttachments(List<RequestForm.Upload> uploads) {
        if (uploads.size() > RequestSettings.attachmentMaxCount()) {
            throw new CommunityRefusal(Reason.TOO_MANY_ATTACHMENTS);
        }
        List<AttachmentType> types = new ArrayList<>();
        for (RequestForm.Upload upload : uploads) {
            byte[] content = upload.content() == null ? new byte[0] : upload.content();
            if (content.length > RequestSettings.attachmentMaxBytes()) {
                throw new CommunityRefusal(Reason.ATTACHMENT_TOO_LARGE);
            }
            AttachmentType type = AttachmentType.of(content)
                    .filter(t -> t.matchesClaim(upload.contentType()))
                    .orElseThrow(() -> new CommunityRefusal(Reason.ATTACHMENT_TYPE));
            if (!scanner.accepts(upload.fileName(), content)) {
                throw new CommunityRefusal(Reason.ATTACHMENT_REFUSED);
            }
            types.add(type);
        }
        return types;
    }

    /** The last part of whatever path a browser sent, without characters that break a header. */
    static String fileName(String sent) {
        String name = sent == null ? "" : sent.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .strip();
        if (name.isEmpty()) {
            name = "attachment";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private boolean hasRecentRequest(Customer account, Instant now) {
        return em.createQuery(
                                "select count(c) from SupportCase c where c.customer.id = :customer"
                                        + " and c.category is not null and c.openedAt > :since",
                                Long.class)
                        .setParameter("customer", account.getId())
                        .setParameter("since", now.minus(REPEAT_WINDOW))
                        .getSingleResult()
                > 0;
    }

    private LifecycleStage stageOf(Customer account) {
        List<?> stages = em.createNativeQuery("select stage from customer_stage where customer_id = ?1")
                .setParameter(1, account.getId())
                .getResultList();
        if (stages.isEmpty()) {
            return LifecycleStage.PROSPECT;
        }
        try {
            return LifecycleStage.valueOf(String.valueOf(stages.get(0)).strip());
        } catch (IllegalArgumentException e) {
            return LifecycleStage.PROSPECT;
        }
    }

    private List<CaseAttachment.Info> attachmentsOf(long caseId) {
        return em.createQuery(
                        "select new org.clientela.community.CaseAttachment$Info(a.id, a.fileName, a.contentType,"
                                + " a.byteSize) from CaseAttachment a where a.supportCase.id = :case order by a.id",
                        CaseAttachment.Info.class)
                .setParameter("case", caseId)
                .getResultList();
    }

    private SupportCase owned(Actor actor, long accountId, long caseId, AccessRight right) {
        Customer account = access.require(actor, accountId, right);
        SupportCase supportCase = em.find(SupportCase.class, caseId);
        if (supportCase == null || !supportCase.getCustomer().getId().equals(account.getId())) {
            // another account's case is one the customer cannot know exists
            throw new CommunityRefusal(Reason.CASE_NOT_FOUND);
        }
        return supportCase;
    }

    /** Staff's view of any case, with what its page shows. */
    @RolesAllowed({Roles.SUPPORT_AGENT, Roles.SALES_MANAGER, Roles.ADMIN})
    public SupportCase staffView(long caseId) {
        SupportCase supportCase = find(caseId);
        initialise(supportCase);
        if (supportCase.getQuestion() != null) {
            Hibernate.initialize(supportCase.getQuestion().getAnswers());
        }
        return supportCase;
    }

    private static void initialise(SupportCase supportCase) {
        Hibernate.initialize(supportCase.getCustomer());
        Hibernate.initialize(supportCase.getNotes());
        Hibernate.initialize(supportCase.getQuestion());
        Hibernate.initialize(supportCase.getArticle());
        Hibernate.initialize(supportCase.getMergedInto());
    }

    private SupportCase find(long caseId) {
        SupportCase supportCase = em.find(SupportCase.class, caseId);
        if (supportCase == null) {
            throw new CommunityRefusal(Reason.CASE_NOT_FOUND);
        }
        return supportCase;
    }

    private static String clip(String text) {
        return text.length() > CaseNote.BODY_MAX ? text.substring(0, CaseNote.BODY_MAX - 1) + "…" : text;
    }

    static String customerLink(SupportCase supportCase) {
        return "/account/case?id=" + supportCase.getId();
    }

    static String staffLink(SupportCase supportCase) {
        return "/staff/case?id=" + supportCase.getId();
    }
}
