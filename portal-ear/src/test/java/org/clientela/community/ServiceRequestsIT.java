package org.clientela.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.clientela.account.CustomerDirectory;
import org.clientela.community.CommunityRefusal.Reason;
import org.clientela.community.RequestForm.Upload;
import org.clientela.crm.CrmDashboard;
import org.clientela.crm.FollowUpReason;
import org.clientela.crm.InteractionType;
import org.clientela.crm.StaffDirectory;
import org.clientela.it.support.incontainer.AsCustomer;
import org.clientela.it.support.incontainer.AsSupportAgent;
import org.clientela.it.support.incontainer.GrantRows;
import org.clientela.it.support.incontainer.Outbox;
import org.clientela.mail.MailTemplate;
import org.clientela.platform.AccessDeniedException;
import org.clientela.platform.Actor;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.clientela.platform.Roles;
import org.clientela.platform.SignInIdentity;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Private service requests inside the server: the priority rules on real data, the service
 * levels and their warning task (once), assignment, the answer that is mailed while internal
 * notes stay internal, the reopen window, rating, merging, attachments refused by type, size
 * and number, and what another customer or a grantee without the right meets.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceRequestsIT {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
    static final byte[] PDF = "%PDF-1.4\n%fake but well started\n".getBytes();

    @Inject
    ServiceRequests requests;

    @Inject
    SupportCases cases;

    @Inject
    RequestSlaCheck slaCheck;

    @Inject
    CustomerDirectory directory;

    @Inject
    CrmDashboard dashboard;

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    AsCustomer asCustomer;

    @Inject
    AsSupportAgent asAgent;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    String key;
    Actor agent;

    @BeforeEach
    void names() {
        key = UUID.randomUUID().toString().substring(0, 8);
        agent = new Actor("agent-" + key, "Sam Support");
    }

    @Test
    void theRulesSetThePriorityFromOrderHistoryAndStage() throws Exception {
        Customer olena = customer("Olena", null);
        long big = order(olena, "750.00");
        long small = order(olena, "20.00");

        SupportCase other = open(olena, form(RequestCategory.OTHER, null));
        assertEquals(CasePriority.LOW, other.getPriority(), "a first request about nothing urgent");

        SupportCase second = open(olena, form(RequestCategory.ACCOUNT, null));
        assertEquals(CasePriority.HIGH, second.getPriority(), "a repeat within 30 days");
        assertTrue(second.getPriorityReasons().contains("REPEAT_REQUEST"));

        Customer ivan = customer("Ivan", null);
        long ivansBig = order(ivan, "750.00");
        SupportCase highValue = open(ivan, form(RequestCategory.DELIVERY, ivansBig));
        assertEquals(CasePriority.HIGH, highValue.getPriority(), "an order over the configured value");
        assertEquals(List.of("CATEGORY", "HIGH_VALUE_ORDER"), highValue.getPriorityReasons());

        Customer petro = customer("Petro", "ADVOCATE");
        assertEquals(
                CasePriority.NORMAL,
                open(petro, form(RequestCategory.OTHER, null)).getPriority(),
                "an advocate's request goes one level up");

        Customer maria = customer("Maria", null);
        assertEquals(
                CasePriority.NORMAL,
                open(maria, form(RequestCategory.PAYMENT, null)).getPriority(),
                "payment problems are at least normal");

        CommunityRefusal notTheirs =
                assertThrows(CommunityRefusal.class, () -> open(maria, form(RequestCategory.DELIVERY, small)));
        assertEquals(Reason.UNKNOWN_ORDER, notTheirs.getReason(), "another account's order is unknown");
        assertNotNull(big);
        assertEquals(1, interactions(ivan, InteractionType.CASE_OPENED));
    }

    @Test
    void theServiceLevelsGiveDueTimesAndTheCheckWarnsOncePerClock() throws Exception {
        Customer olena = customer("Olena", null);
        SupportCase request = open(olena, form(RequestCategory.DELIVERY, null));
        assertEquals(CasePriority.NORMAL, request.getPriority());
        RequestSla sla = RequestSla.configured();
        assertEquals(request.getOpenedAt().plus(sla.firstAnswer(CasePriority.NORMAL)), request.getFirstAnswerDue());
        assertEquals(request.getOpenedAt().plus(sla.resolution(CasePriority.NORMAL)), request.getResolutionDue());
        assertEquals(request.getFirstAnswerDue(), request.getNextDue(), "the first answer's clock runs first");

        Instant early =
                request.getOpenedAt().plus(sla.firstAnswer(CasePriority.NORMAL).dividedBy(2));
        tx.begin();
        slaCheck.warn(early);
        tx.commit();
        assertEquals(0, warnings(request), "half the time gone: no warning yet");

        Instant late = request.getFirstAnswerDue().minusSeconds(60);
        for (int run = 0; run < 3; run++) {
            tx.begin();
            slaCheck.warn(late.plusSeconds(run));
            tx.commit();
        }
        assertEquals(1, warnings(request), "the first answer's clock is warned about once");

        // staff raise it: the clocks follow the priority from the opening
        SupportCase urgent = asAgent.call(() -> requests.prioritise(agent, request.getId(), CasePriority.URGENT));
        assertEquals(request.getOpenedAt().plus(sla.firstAnswer(CasePriority.URGENT)), urgent.getFirstAnswerDue());

        asAgent.call(() -> requests.answer(agent, request.getId(), "It left the warehouse today."));
        SupportCase answered = reload(request);
        assertEquals(answered.getResolutionDue(), answered.getNextDue(), "answered: the resolution's clock runs");
        tx.begin();
        slaCheck.warn(answered.getResolutionDue().minusSeconds(1));
        slaCheck.warn(answered.getResolutionDue().plusSeconds(1));
        tx.commit();
        assertEquals(2, warnings(request), "and the resolution's clock once more");
    }

    @Test
    void theQueueShowsUrgentFirstThenTheNearestBreach() throws Exception {
        List<Long> mine = new ArrayList<>();
        SupportCase low = open(customer("A", null), form(RequestCategory.OTHER, null));
        SupportCase normalLater = open(customer("B", null), form(RequestCategory.DELIVERY, null));
        SupportCase normalSooner = open(customer("C", null), form(RequestCategory.DELIVERY, null));
        SupportCase urgent = open(customer("D", null), form(RequestCategory.OTHER, null));
        asAgent.call(() -> requests.prioritise(agent, urgent.getId(), CasePriority.URGENT));
        // the sooner one was opened earlier: its clock ends first
        sql(
                "update support_case set opened_at = opened_at - interval '2' hour,"
                        + " first_answer_due = first_answer_due - interval '2' hour,"
                        + " next_due = next_due - interval '2' hour where id = ?1",
                normalSooner.getId());
        mine.addAll(List.of(low.getId(), normalLater.getId(), normalSooner.getId(), urgent.getId()));
        assertEquals(
                List.of(urgent.getId(), normalSooner.getId(), normalLater.getId(), low.getId()),
                asAgent.call(() -> StaffQueue.whole(cases)).stream()
                        .map(SupportCase::getId)
                        .filter(mine::contains)
                        .toList());

        // solved, a request leaves the queue; answered, its resolution's clock (days) orders it
        asAgent.call(() -> cases.update(agent, urgent.getId(), null, CaseStatus.SOLVED, false, null));
        asAgent.call(() -> requests.answer(agent, normalSooner.getId(), "We are on it."));
        assertEquals(
                List.of(normalLater.getId(), normalSooner.getId(), low.getId()),
                asAgent.call(() -> StaffQueue.whole(cases)).stream()
                        .map(SupportCase::getId)
                        .filter(mine::contains)
                        .toList());
    }

    @Test
    void theQueueIsReadAPageAtATime() throws Exception {
        int open = asAgent.call(() -> StaffQueue.whole(cases)).size();
        Customer many = customer("Many", null);
        for (int i = open; i <= SupportCases.QUEUE_PAGE_SIZE; i++) {
            open(many, form(RequestCategory.OTHER, null));
        }
        List<Long> whole = asAgent.call(() -> StaffQueue.whole(cases)).stream()
                .map(SupportCase::getId)
                .toList();
        CaseQueuePage first = asAgent.call(() -> cases.queue(0));
        CaseQueuePage second = asAgent.call(() -> cases.queue(1));
        assertEquals(whole.subList(0, SupportCases.QUEUE_PAGE_SIZE), ids(first));
        assertEquals(
                whole.subList(SupportCases.QUEUE_PAGE_SIZE, Math.min(whole.size(), 2 * SupportCases.QUEUE_PAGE_SIZE)),
                ids(second),
                "the second page goes on where the first ended");
        assertTrue(first.hasNext());
        assertFalse(first.hasPrevious());
        assertTrue(second.hasPrevious());
        assertEquals(whole.size() > 2 * SupportCases.QUEUE_PAGE_SIZE, second.hasNext());
        CaseQueuePage beyond = asAgent.call(() -> cases.queue(10_000));
        assertTrue(beyond.cases().isEmpty(), "a page past the end is empty");
        assertFalse(beyond.hasNext());
        assertTrue(asAgent.call(() -> cases.queue(Integer.MAX_VALUE)).cases().isEmpty(), "even one far past it");
    }

    private static List<Long> ids(CaseQueuePage page) {
        return page.cases().stream().map(SupportCase::getId).toList();
    }

    @Test
    void staffAssignAnswerByMailAndTheirInternalNotesStayInternal() throws Exception {
        Customer olena = customer("Olena", null);
        SupportCase request = open(olena, form(RequestCategory.PRODUCT_DEFECT, null));
        asAgent.call(() -> staffDirectory.recognise("colleague-" + key, "Kim Colleague", Roles.SUPPORT_AGENT));
        asAgent.call(() -> staffDirectory.recognise("writer-" + key, "Wes Writer", Roles.CONTENT_MANAGER));

        asAgent.call(() -> requests.assign(agent, request.getId(), "colleague-" + key));
        assertEquals("Kim Colleague", reload(request).getAssigneeName());
        assertEquals(1, interactions(olena, InteractionType.CASE_ASSIGNED));
        assertEquals(
                Reason.ASSIGNEE_REQUIRED,
                assertThrows(
                                CommunityRefusal.class,
                                () -> asAgent.call(() -> requests.assign(agent, request.getId(), null)))
                        .getReason());
        // only someone the staff directory knows as looking after customers
        for (String stranger : List.of("nobody-" + key, "writer-" + key)) {
            CommunityRefusal refused = assertThrows(
                    CommunityRefusal.class,
                    () -> asAgent.call(() -> requests.assign(agent, request.getId(), stranger)));
            assertEquals(Reason.ASSIGNEE_UNKNOWN, refused.getReason());
        }
        assertEquals("Kim Colleague", reload(request).getAssigneeName(), "a refused assignment changes nothing");
        asAgent.call(() -> requests.assign(agent, request.getId(), agent.subject()));
        assertEquals(agent.name(), reload(request).getAssigneeName(), "anyone may take a case themselves");

        asAgent.call(() -> requests.noteInternally(agent, request.getId(), "Probably a bad batch " + key));
        asAgent.call(() -> requests.answer(agent, request.getId(), "A new one is on its way " + key));
        SupportCase seen = asCustomer.call(() -> requests.mine(Actor.of(olena), olena.getId(), request.getId()));
        assertEquals(CaseStatus.PENDING, seen.getStatus(), "answered, it waits for the customer");
        assertNotNull(seen.getFirstAnsweredAt());
        assertTrue(seen.getCustomerNotes().stream().anyMatch(n -> n.getBody().contains("A new one is on its way")));
        assertFalse(
                seen.getCustomerNotes().stream().anyMatch(n -> n.getBody().contains("bad batch")),
                "the customer never sees internal notes");
        assertEquals(1, interactions(olena, InteractionType.CASE_NOTED));
        assertEquals(1, interactions(olena, InteractionType.CASE_ANSWERED));
        assertEquals(
                1L,
                scalar(
                        "select count(m) from OutboxMail m where m.recipient = ?1 and m.template = ?2",
                        olena.getEmail(),
                        MailTemplate.REQUEST_ANSWERED.key()),
                "the answer is mailed");
        Outbox.awaitSent(olena.getEmail());

        asAgent.call(() -> requests.close(agent, request.getId()));
        asCustomer.call(() -> requests.rate(Actor.of(olena), olena.getId(), request.getId(), 2));
        assertEquals(2, reload(request).getRating());
        assertEquals(1, interactions(olena, InteractionType.CASE_RATED));
        assertEquals(
                FollowUpReason.LOW_REQUEST_RATING,
                scalar("select t.reason from FollowUpTask t where t.reference = ?1", "case-rating:" + request.getId()),
                "a low rating asks staff to follow up, as a negative review does");
        CrmDashboard.CustomerSatisfaction satisfaction =
                asAgent.call(() -> dashboard.customerSatisfaction(olena.getId()));
        assertEquals(new BigDecimal("2.00"), satisfaction.averageRating(), "the stars count like a review's");
        assertEquals(0, satisfaction.reviews());
        CommunityRefusal outOfRange = assertThrows(
                CommunityRefusal.class,
                () -> asCustomer.call(() -> requests.rate(Actor.of(olena), olena.getId(), request.getId(), 6)));
        assertEquals(Reason.RATING_OUT_OF_RANGE, outOfRange.getReason());
    }

    @Test
    void aSolvedRequestReopensOnlyWithinTheWindow() throws Exception {
        Customer olena = customer("Olena", null);
        SupportCase recent = open(olena, form(RequestCategory.DELIVERY, null));
        SupportCase old = open(olena, form(RequestCategory.DELIVERY, null));
        asAgent.call(() -> requests.close(agent, recent.getId()));
        asAgent.call(() -> requests.close(agent, old.getId()));
        Duration window = RequestSettings.reopenWindow();
        sql(
                "update support_case set solved_at = ?2 where id = ?1",
                old.getId(),
                OffsetDateTime.ofInstant(Instant.now().minus(window).minusSeconds(60), ZoneOffset.UTC));

        CommunityRefusal late = assertThrows(
                CommunityRefusal.class,
                () -> asCustomer.call(
                        () -> requests.reopen(Actor.of(olena), olena.getId(), old.getId(), "Still broken")));
        assertEquals(Reason.REOPEN_TOO_LATE, late.getReason());
        assertEquals(CaseStatus.SOLVED, reload(old).getStatus());

        asCustomer.call(() -> requests.reopen(Actor.of(olena), olena.getId(), recent.getId(), "Still broken"));
        SupportCase reopened = reload(recent);
        assertEquals(CaseStatus.OPEN, reopened.getStatus());
        assertEquals(1, reopened.getReopenCount());
        assertEquals(1, interactions(olena, InteractionType.CASE_REOPENED));
    }

    @Test
    void attachmentsAreRefusedByTypeSizeAndNumberAndNothingIsKept() throws Exception {
        Customer olena = customer("Olena", null);
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0};
        assertEquals(
                Reason.ATTACHMENT_TYPE,
                refusal(() -> open(olena, withFiles(new Upload("photo.png", "image/png", program)))),
                "a program named like an image");
        assertEquals(
                Reason.ATTACHMENT_TYPE,
                refusal(() -> open(olena, withFiles(new Upload("scan.pdf", "application/pdf", PNG)))),
                "an image that claims to be a PDF");
        byte[] huge = Arrays.copyOf(PDF, RequestSettings.attachmentMaxBytes() + 1);
        assertEquals(
                Reason.ATTACHMENT_TOO_LARGE,
                refusal(() -> open(olena, withFiles(new Upload("big.pdf", "application/pdf", huge)))));
        Upload one = new Upload("a.png", "image/png", PNG);
        assertEquals(Reason.TOO_MANY_ATTACHMENTS, refusal(() -> open(olena, withFiles(one, one, one, one))));
        assertEquals(
                0L,
                scalar("select count(c) from SupportCase c where c.customer.id = ?1", olena.getId()),
                "a refused request keeps nothing");

        SupportCase kept = open(
                olena,
                withFiles(
                        new Upload("C:\\fakepath\\photo.png", "image/png", PNG),
                        new Upload("invoice.pdf", "application/pdf", PDF)));
        List<CaseAttachment.Info> files =
                asCustomer.call(() -> requests.attachments(Actor.of(olena), olena.getId(), kept.getId()));
        assertEquals(
                List.of("photo.png", "invoice.pdf"),
                files.stream().map(CaseAttachment.Info::fileName).toList());
        assertEquals("application/pdf", files.get(1).contentType());
    }

    @Test
    void anotherCustomersRequestIsNotFoundAndAGranteeNeedsTheRight() throws Exception {
        Customer olena = customer("Olena", null);
        Customer ivan = customer("Ivan", null);
        SupportCase request = open(olena, form(RequestCategory.DELIVERY, null));

        assertEquals(
                Reason.CASE_NOT_FOUND,
                refusal(() -> asCustomer.call(() -> requests.mine(Actor.of(ivan), ivan.getId(), request.getId()))),
                "another customer's request answers as unknown (404)");
        assertEquals(
                Reason.CASE_NOT_FOUND,
                refusal(() -> asCustomer.call(
                        () -> requests.reply(Actor.of(ivan), ivan.getId(), request.getId(), "Mine now"))));

        assertThrows(
                AccessDeniedException.class,
                () -> asCustomer.call(() -> requests.mine(Actor.of(ivan), olena.getId())),
                "no grant: refused (403)");
        GrantRows.inForce(em, tx, olena, ivan, "VIEW_PROFILE");
        assertThrows(
                AccessDeniedException.class,
                () -> asCustomer.call(() -> requests.mine(Actor.of(ivan), olena.getId(), request.getId())),
                "a grant without the right to see orders is not enough");
        assertThrows(
                AccessDeniedException.class,
                () -> asCustomer.call(
                        () -> requests.open(Actor.of(ivan), olena.getId(), form(RequestCategory.OTHER, null), null)));

        Customer maria = customer("Maria", null);
        GrantRows.inForce(em, tx, olena, maria, "PLACE_ORDERS,VIEW_ORDERS");
        SupportCase forOlena = asCustomer.call(
                () -> requests.open(Actor.of(maria), olena.getId(), form(RequestCategory.PAYMENT, null), Language.UK));
        assertEquals(olena.getId(), forOlena.getCustomer().getId(), "the grantee opens it on the owner's account");
        assertEquals(Language.UK, forOlena.getLanguage());
        assertEquals(
                maria.getSubject(),
                scalar(
                        "select i.actorSubject from Interaction i where i.customer.id = ?1 and i.type = ?2"
                                + " and i.reference = ?3",
                        olena.getId(),
                        InteractionType.CASE_OPENED,
                        "case:" + forOlena.getId()),
                "the timeline says who acted");
        assertThrows(
                AccessDeniedException.class,
                () -> asCustomer.call(() -> requests.publish(Actor.of(maria), olena.getId(), forOlena.getId())),
                "only the customer consents to making it public");
    }

    @Test
    void duplicatesMergeKnowledgeIsLinkedAndTheCustomerMayMakeItPublic() throws Exception {
        Customer olena = customer("Olena", null);
        SupportCase first = open(olena, form(RequestCategory.DELIVERY, null));
        SupportCase again = open(olena, form(RequestCategory.DELIVERY, null));
        SupportCase other = open(customer("Ivan", null), form(RequestCategory.DELIVERY, null));

        assertEquals(
                Reason.MERGE_OTHER_CUSTOMER,
                refusal(() -> asAgent.call(() -> requests.merge(agent, again.getId(), other.getId()))));
        assertEquals(
                Reason.MERGE_SELF,
                refusal(() -> asAgent.call(() -> requests.merge(agent, again.getId(), again.getId()))));
        asAgent.call(() -> requests.merge(agent, again.getId(), first.getId()));
        SupportCase merged = reload(again);
        assertEquals(CaseStatus.SOLVED, merged.getStatus());
        assertEquals(first.getId(), merged.getMergedInto().getId());
        assertEquals(1, interactions(olena, InteractionType.CASE_MERGED));

        assertEquals(
                Reason.NOT_KNOWLEDGE,
                refusal(() -> asAgent.call(() -> requests.linkArticle(agent, first.getId(), Long.MAX_VALUE))));

        Question asked = asCustomer.call(() -> requests.publish(Actor.of(olena), olena.getId(), first.getId()));
        SupportCase published = reload(first);
        assertFalse(published.isPrivate());
        assertEquals(asked.getId(), published.getQuestion().getId());
        assertEquals(first.getId(), scalar("select q.caseId from Question q where q.id = ?1", asked.getId()));
        assertEquals(1, interactions(olena, InteractionType.CASE_PUBLISHED));
        assertEquals(
                Reason.ALREADY_PUBLIC,
                refusal(() -> asAgent.call(() -> requests.publishForCustomer(agent, first.getId()))));
        assertNull(reload(other).getMergedInto());
    }

    // ------------------------------------------------------------------ helpers

    private RequestForm form(RequestCategory category, Long orderId) {
        return new RequestForm(
                category, "Trouble " + category + " " + key, "What happened, " + key, orderId, null, List.of());
    }

    private RequestForm withFiles(Upload... uploads) {
        return new RequestForm(
                RequestCategory.PRODUCT_DEFECT, "Cracked " + key, "See the photo", null, null, List.of(uploads));
    }

    private SupportCase open(Customer customer, RequestForm form) throws Exception {
        return asCustomer.call(() -> requests.open(Actor.of(customer), customer.getId(), form, null));
    }

    private SupportCase reload(SupportCase supportCase) throws Exception {
        return asAgent.call(() -> requests.staffView(supportCase.getId()));
    }

    private static Reason refusal(Callable<?> attempt) {
        return assertThrows(CommunityRefusal.class, attempt::call).getReason();
    }

    private long warnings(SupportCase request) {
        return (Long) scalar(
                "select count(t) from FollowUpTask t where t.reason = ?1 and t.reference like ?2",
                FollowUpReason.REQUEST_SLA_AT_RISK,
                "case:" + request.getId() + ":%");
    }

    private long interactions(Customer customer, InteractionType type) {
        return (Long) scalar(
                "select count(i) from Interaction i where i.customer.id = ?1 and i.type = ?2", customer.getId(), type);
    }

    private Object scalar(String jpql, Object... parameters) {
        var query = em.createQuery(jpql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getSingleResult();
    }

    /** A customer, at {@code stage} when given (the sign-in computed theirs; the test's stands). */
    private Customer customer(String name, String stage) throws Exception {
        String subject = UUID.randomUUID().toString();
        tx.begin();
        Customer customer = directory.recogniseSignIn(
                new SignInIdentity(subject, subject + "@clientela.test", name, "K", Language.EN, true));
        tx.commit();
        if (stage != null) {
            sql("delete from customer_stage where customer_id = ?1", customer.getId());
            sql(
                    "insert into customer_stage (customer_id, stage, since, computed_at, version)"
                            + " values (?1, ?2, ?3, ?3, 0)",
                    customer.getId(),
                    stage,
                    OffsetDateTime.now(ZoneOffset.UTC));
        }
        return customer;
    }

    private long order(Customer customer, String total) throws Exception {
        long id = 6_000_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000_000L);
        sql(
                "insert into customer_order (id, customer_id, placed_by_subject, idempotency_key, status, language,"
                        + " delivery_method, delivery_price, payment_method, payment_reference, ship_postal_code,"
                        + " ship_city, ship_country, bill_postal_code, bill_city, bill_country, total, currency,"
                        + " placed_at, updated_at, version) values (?1, ?2, 'fixture', ?3, 'PLACED', 'EN',"
                        + " 'STANDARD', 0, 'INVOICE', 'fixture', '1000', 'Sofia', 'BG', '1000', 'Sofia', 'BG', ?4,"
                        + " 'EUR', ?5, ?5, 0)",
                id,
                customer.getId(),
                "request-" + id,
                new BigDecimal(total),
                OffsetDateTime.now(ZoneOffset.UTC));
        return id;
    }

    private void sql(String statement, Object... parameters) throws Exception {
        tx.begin();
        try {
            Query query = em.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
            tx.commit();
        } catch (Exception | Error e) {
            tx.rollback();
            throw e;
        }
    }
}
