package org.clientela.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.clientela.account.CustomerDirectory;
import org.clientela.community.CommunityRefusal.Reason;
import org.clientela.crm.FollowUpReason;
import org.clientela.crm.InteractionType;
import org.clientela.it.support.incontainer.AsCustomer;
import org.clientela.it.support.incontainer.AsSupportAgent;
import org.clientela.platform.AccessDeniedException;
import org.clientela.platform.Actor;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.clientela.platform.SignInIdentity;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Questions, answers and cases inside the server: who may accept, one accepted answer, votes,
 * refused posts that keep nothing, escalation linked both ways, reopening that asks staff to
 * follow up, the knowledge base per language, and the SLA timer.
 */
@ExtendWith(ArquillianExtension.class)
class CommunityIT {

    @Inject
    Questions questions;

    @Inject
    SupportCases cases;

    @Inject
    ServiceRequests requests;

    @Inject
    KnowledgeBase knowledge;

    @Inject
    QuestionSla sla;

    @Inject
    ContentReports reports;

    @Inject
    CustomerDirectory directory;

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
    void theAskerOrStaffAcceptOneAnswerAndTheTimelinesShowWhoDidWhat() throws Exception {
        Customer asker = customer("Olena");
        Customer helper = customer("Ivan");
        Question question = ask(asker, "How do I reset the router " + key, "It blinks **red**.", null);

        Answer byHelper = asCustomer.call(
                () -> questions.answer(Actor.of(helper), helper.getId(), question.getId(), "Hold the button."));
        Answer byStaff = asAgent.call(() -> questions.answer(agent, null, question.getId(), "Unplug it first."));
        assertTrue(byStaff.isStaff(), "staff answers carry the badge");
        assertFalse(byHelper.isStaff());
        assertNotNull(scalar("select q.answeredAt from Question q where q.id = ?1", question.getId()));

        assertThrows(
                AccessDeniedException.class,
                () -> asCustomer.call(() -> questions.accept(Actor.of(helper), byHelper.getId())),
                "only the asker or staff accept");

        asCustomer.call(() -> questions.accept(Actor.of(asker), byHelper.getId()));
        assertEquals(
                byHelper.getId(),
                scalar("select q.acceptedAnswerId from Question q where q.id = ?1", question.getId()));
        asAgent.call(() -> questions.accept(agent, byStaff.getId()));
        assertEquals(
                byStaff.getId(), scalar("select q.acceptedAnswerId from Question q where q.id = ?1", question.getId()));
        assertEquals(
                List.of(byStaff.getId()),
                em.createQuery("select a.id from Answer a where a.question.id = ?1 and a.accepted = true", Long.class)
                        .setParameter(1, question.getId())
                        .getResultList(),
                "one accepted answer at a time");

        assertEquals(1, interactions(asker, InteractionType.QUESTION_ASKED));
        assertEquals(2, interactions(asker, InteractionType.ANSWER_POSTED), "both answers reached the asker's record");
        assertEquals(1, interactions(helper, InteractionType.ANSWER_POSTED));
        assertEquals(1, interactions(helper, InteractionType.ANSWER_ACCEPTED), "the helper was credited");
        assertEquals(
                1, interactions(asker, InteractionType.ANSWER_ACCEPTED), "a staff answer credits the asker's record");
    }

    @Test
    void votesCountOncePerPersonAndNeverForOneself() throws Exception {
        Customer asker = customer("Olena");
        Customer helper = customer("Ivan");
        Customer reader = customer("Petro");
        Question question = ask(asker, "Which cable fits " + key, "USB-C or micro?", null);
        Answer answer =
                asCustomer.call(() -> questions.answer(Actor.of(helper), helper.getId(), question.getId(), "USB-C."));

        CommunityRefusal own = assertThrows(
                CommunityRefusal.class,
                () -> asCustomer.call(() -> questions.vote(Actor.of(helper), answer.getId(), 1)));
        assertEquals(Reason.OWN_ANSWER_VOTE, own.getReason());
        assertEquals(1, asCustomer.call(() -> questions.vote(Actor.of(reader), answer.getId(), 1)));
        assertEquals(2, asCustomer.call(() -> questions.vote(Actor.of(asker), answer.getId(), 1)));
        assertEquals(
                1,
                asCustomer.call(() -> questions.vote(Actor.of(reader), answer.getId(), 1)),
                "the same vote again takes it back");
        assertEquals(0, asCustomer.call(() -> questions.vote(Actor.of(reader), answer.getId(), -1)));
        assertEquals(0, ((Number) scalar("select a.score from Answer a where a.id = ?1", answer.getId())).intValue());
    }

    @Test
    void badPostsAreRefusedWithTheirReasonAndKeepNothing() throws Exception {
        Customer asker = customer("Olena");
        assertEquals(Reason.TITLE_REQUIRED, refusal(() -> ask(asker, "  ", "body", null)));
        assertEquals(Reason.TITLE_TOO_LONG, refusal(() -> ask(asker, "x".repeat(201), "body", null)));
        assertEquals(Reason.BODY_REQUIRED, refusal(() -> ask(asker, "Title", "   ", null)));
        assertEquals(Reason.BODY_TOO_LONG, refusal(() -> ask(asker, "Title", "y".repeat(20_001), null)));
        assertEquals(Reason.TOO_MANY_TAGS, refusal(() -> ask(asker, "Title", "body", "a b c d e f")));
        assertEquals(Reason.TAG_INVALID, refusal(() -> ask(asker, "Title", "body", "<b>")));
        assertEquals(
                Reason.UNKNOWN_PRODUCT,
                refusal(() -> asCustomer.call(() -> questions.ask(
                        Actor.of(asker),
                        asker.getId(),
                        new QuestionForm("Title", "body", Language.EN, "NO-SUCH-" + key, null, null)))));
        assertEquals(0L, scalar("select count(q) from Question q where q.author.id = ?1", asker.getId()));
        assertEquals(0, interactions(asker, InteractionType.QUESTION_ASKED), "a refused post leaves no trace");

        Question question = ask(asker, "Script " + key, "<script>alert(1)</script>\n\nand **bold**", "Wi-Fi router");
        String html = questions.question(question.getId()).orElseThrow().getBodyHtml();
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("&lt;script&gt;"), "raw HTML shows as text: " + html);
        assertTrue(html.contains("<strong>bold</strong>"), html);
        assertEquals("wi-fi router", scalar("select q.tags from Question q where q.id = ?1", question.getId()));

        Customer other = customer("Ivan");
        assertThrows(
                AccessDeniedException.class,
                () -> asCustomer.call(() -> questions.ask(
                        Actor.of(other), asker.getId(), new QuestionForm("T", "b", Language.EN, null, null, null))),
                "nobody asks in another customer's name");
        assertThrows(
                EJBAccessException.class,
                () -> asCustomer.call(() -> questions.queue(null, null, 10)),
                "the queue is for support staff");
    }

    @Test
    void anEscalatedQuestionBecomesACaseTheCustomerFollowsAndMayReopen() throws Exception {
        Customer asker = customer("Olena");
        Question question = ask(asker, "My order never came " + key, "Order CL-000001 is late.", null);
        assertTrue(
                asAgent.call(() -> questions.queue(null, null, 100)).stream()
                        .anyMatch(q -> q.getId().equals(question.getId())),
                "an unanswered question waits in the queue");

        SupportCase opened = asAgent.call(() -> cases.escalate(agent, question.getId(), CasePriority.HIGH));
        assertEquals(opened.getId(), scalar("select q.caseId from Question q where q.id = ?1", question.getId()));
        assertEquals(
                question.getId(), scalar("select c.question.id from SupportCase c where c.id = ?1", opened.getId()));
        assertEquals("Sam Support", opened.getAssigneeName());
        CommunityRefusal twice = assertThrows(
                CommunityRefusal.class,
                () -> asAgent.call(() -> cases.escalate(agent, question.getId(), CasePriority.LOW)));
        assertEquals(Reason.ALREADY_ESCALATED, twice.getReason());

        assertEquals(
                List.of(opened.getId()),
                asCustomer.call(() -> requests.mine(Actor.of(asker), asker.getId())).stream()
                        .map(SupportCase::getId)
                        .toList());
        Customer stranger = customer("Ivan");
        CommunityRefusal notTheirs = assertThrows(
                CommunityRefusal.class,
                () -> asCustomer.call(() -> requests.mine(Actor.of(stranger), stranger.getId(), opened.getId())));
        assertEquals(Reason.CASE_NOT_FOUND, notTheirs.getReason(), "another customer's case is one they cannot see");

        asAgent.call(() -> cases.update(agent, opened.getId(), null, CaseStatus.PENDING, false, "Which address?"));
        asCustomer.call(() -> requests.reply(Actor.of(asker), asker.getId(), opened.getId(), "Main street 1"));
        assertEquals(CaseStatus.OPEN, status(opened), "the customer's reply hands the case back to staff");
        asAgent.call(
                () -> cases.update(agent, opened.getId(), CasePriority.NORMAL, CaseStatus.SOLVED, true, "Resent."));
        assertEquals(CaseStatus.SOLVED, status(opened));
        assertEquals(1, interactions(asker, InteractionType.CASE_SOLVED));

        CommunityRefusal emptyWhy = assertThrows(
                CommunityRefusal.class,
                () -> asCustomer.call(() -> requests.reopen(Actor.of(asker), asker.getId(), opened.getId(), " ")));
        assertEquals(Reason.BODY_REQUIRED, emptyWhy.getReason());
        assertEquals(CaseStatus.SOLVED, status(opened), "a refused reopen changes nothing");

        asCustomer.call(() -> requests.reopen(Actor.of(asker), asker.getId(), opened.getId(), "Still nothing came."));
        assertEquals(CaseStatus.OPEN, status(opened));
        assertEquals(
                1,
                ((Number) scalar("select c.reopenCount from SupportCase c where c.id = ?1", opened.getId()))
                        .intValue());
        assertEquals(1, interactions(asker, InteractionType.CASE_REOPENED));
        assertEquals(
                FollowUpReason.CASE_REOPENED,
                scalar(
                        "select t.reason from FollowUpTask t where t.reference = ?1 and t.doneAt is null",
                        "case:" + opened.getId()));
        CommunityRefusal notSolved = assertThrows(
                CommunityRefusal.class,
                () -> asCustomer.call(() -> requests.reopen(Actor.of(asker), asker.getId(), opened.getId(), "again")));
        assertEquals(Reason.CASE_NOT_SOLVED, notSolved.getReason());
    }

    @Test
    void staffSeeUrgentCasesFirst() throws Exception {
        List<Long> opened = new ArrayList<>();
        for (CasePriority priority :
                List.of(CasePriority.LOW, CasePriority.NORMAL, CasePriority.URGENT, CasePriority.HIGH)) {
            Customer asker = customer("Olena");
            Question question =
                    ask(asker, priority + " trouble with the modem " + key, "It is " + priority + ".", null);
            opened.add(asAgent.call(() -> cases.escalate(agent, question.getId(), priority))
                    .getId());
        }
        assertEquals(
                List.of(CasePriority.URGENT, CasePriority.HIGH, CasePriority.NORMAL, CasePriority.LOW),
                asAgent.call(() -> StaffQueue.whole(cases)).stream()
                        .filter(c -> opened.contains(c.getId()))
                        .map(SupportCase::getPriority)
                        .toList(),
                "by rank, not by the name's letters");
    }

    @Test
    void acceptedAnswersAreFoundInTheKnowledgeBaseOfTheirLanguage() throws Exception {
        Customer asker = customer("Olena");
        String word = "zq" + key.replaceAll("[^a-z]", "x");
        Question english = ask(asker, "Pairing headphones " + word, "How do I pair them?", null);
        Answer answer = asAgent.call(() -> questions.answer(agent, null, english.getId(), "Hold the pairing button."));
        assertEquals(0, knowledge.search(Language.EN, word, 0).total(), "not knowledge before an answer is accepted");

        asCustomer.call(() -> questions.accept(Actor.of(asker), answer.getId()));
        assertEquals(
                List.of(english.getId()),
                knowledge.search(Language.EN, "pairing " + word, 0).questions().stream()
                        .map(Question::getId)
                        .toList());
        assertEquals(0, knowledge.search(Language.RU, word, 0).total(), "each language has its own knowledge base");

        Question russian = asCustomer.call(() -> questions.ask(
                Actor.of(asker),
                asker.getId(),
                new QuestionForm("Наушники " + word, "Как подключить наушники?", Language.RU, null, null, null)));
        Answer staffAnswer =
                asAgent.call(() -> questions.answer(agent, null, russian.getId(), "Зажмите кнопку сопряжения."));
        asAgent.call(() -> {
            questions.markKnowledge(staffAnswer.getId(), true);
            return null;
        });
        assertEquals(
                List.of(russian.getId()),
                knowledge.search(Language.RU, "наушник " + word, 0).questions().stream()
                        .map(Question::getId)
                        .toList(),
                "Russian words match by their stem");
    }

    @Test
    void aQuestionLeftUnansweredPastItsSlaOpensOneTask() throws Exception {
        Customer asker = customer("Olena");
        Question question = ask(asker, "Nobody answers " + key, "Hello?", null);
        String reference = "question:" + question.getId();
        Instant later = Instant.now().plus(Duration.ofHours(25));

        sla.flagOverdue(Instant.now());
        assertEquals(
                0L, scalar("select count(t) from FollowUpTask t where t.reference = ?1", reference), "within the SLA");
        sla.flagOverdue(later);
        sla.flagOverdue(later);
        assertEquals(1L, scalar("select count(t) from FollowUpTask t where t.reference = ?1", reference), "once");
        assertEquals(
                FollowUpReason.QUESTION_PAST_SLA,
                scalar("select t.reason from FollowUpTask t where t.reference = ?1", reference));
    }

    @Test
    void askingTooOftenIsRefusedAndAPostIsReportedOncePerReader() throws Exception {
        Customer asker = customer("Olena");
        Customer reader = customer("Ivan");
        String previous = System.getProperty("clientela.community.limit.questions");
        System.setProperty("clientela.community.limit.questions", "2");
        Question first;
        try {
            first = ask(asker, "First " + key, "one", null);
            ask(asker, "Second " + key, "two", null);
            PostingLimitExceeded limit =
                    assertThrows(PostingLimitExceeded.class, () -> ask(asker, "Third " + key, "three", null));
            assertEquals(2, limit.getLimit());
        } finally {
            if (previous == null) {
                System.clearProperty("clientela.community.limit.questions");
            } else {
                System.setProperty("clientela.community.limit.questions", previous);
            }
        }
        assertEquals(2L, scalar("select count(q) from Question q where q.author.id = ?1", asker.getId()));

        Question reported = first;
        asCustomer.call(() -> {
            reports.report(PostKind.QUESTION, reported.getId(), Actor.of(reader), "Advertising");
            return null;
        });
        assertThrows(
                ReportRefusal.class,
                () -> asCustomer.call(() -> {
                    reports.report(PostKind.QUESTION, reported.getId(), Actor.of(reader), "Again");
                    return null;
                }),
                "once per reader");
        assertThrows(
                ReportRefusal.class,
                () -> asCustomer.call(() -> {
                    reports.report(PostKind.QUESTION, reported.getId(), Actor.of(asker), "Mine");
                    return null;
                }),
                "not one's own post");
        assertEquals(1L, scalar("select count(r) from ContentReport r where r.targetId = ?1", reported.getId()));
    }

    private Question ask(Customer asker, String title, String body, String tags) throws Exception {
        return asCustomer.call(() -> questions.ask(
                Actor.of(asker), asker.getId(), new QuestionForm(title, body, Language.EN, null, null, tags)));
    }

    private Reason refusal(Callable<?> post) {
        return assertThrows(CommunityRefusal.class, post::call).getReason();
    }

    private CaseStatus status(SupportCase supportCase) {
        return (CaseStatus) scalar("select c.status from SupportCase c where c.id = ?1", supportCase.getId());
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

    private Customer customer(String name) throws Exception {
        String subject = UUID.randomUUID().toString();
        tx.begin();
        Customer customer = directory.recogniseSignIn(
                new SignInIdentity(subject, subject + "@clientela.test", name, "K", Language.EN, true));
        tx.commit();
        return customer;
    }
}
