package org.clientela.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.clientela.account.AccountClosure;
import org.clientela.account.CustomerDataExport;
import org.clientela.account.CustomerDirectory;
import org.clientela.it.support.incontainer.AsCustomer;
import org.clientela.it.support.incontainer.AsCustomerSteps;
import org.clientela.it.support.incontainer.AsSupportAgent;
import org.clientela.it.support.incontainer.KeycloakUp;
import org.clientela.platform.Actor;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.clientela.platform.SignInIdentity;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The community's part of "my data" inside the server: questions, answers, votes, cases and their
 * notes are in the export, and closing the account erases their words and the name, takes the
 * votes back and keeps the cases for the figures.
 */
@ExtendWith(ArquillianExtension.class)
class CommunityPersonalDataIT {

    @Inject
    AsCustomerSteps asCustomerSteps;

    @Inject
    Questions questions;

    @Inject
    SupportCases cases;

    @Inject
    ServiceRequests requests;

    @Inject
    CustomerDataExport export;

    @Inject
    AccountClosure closure;

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

    @Test
    void theExportHoldsThePostsAndCasesAndClosingErasesThem() throws Exception {
        KeycloakUp.await();
        String key = UUID.randomUUID().toString().substring(0, 8);
        Actor agent = new Actor("agent-" + key, "Sam Support");
        Customer leaving = customer("Leaving");
        Customer other = customer("Other");
        Question asked = ask(leaving, "The router of " + key, "It blinks at 12 Erased Street.");
        Question othersQuestion = ask(other, "A question of " + key, "Which cable?");
        Answer answered = asCustomer.call(() -> questions.answer(
                Actor.of(leaving), leaving.getId(), othersQuestion.getId(), "The grey one, says " + key));
        Answer othersAnswer = asCustomer.call(
                () -> questions.answer(Actor.of(other), other.getId(), othersQuestion.getId(), "The black one."));
        asCustomer.call(() -> questions.vote(Actor.of(leaving), othersAnswer.getId(), 1));
        SupportCase opened = asAgent.call(() -> cases.escalate(agent, asked.getId(), CasePriority.NORMAL));
        asAgent.call(() -> cases.update(agent, opened.getId(), null, CaseStatus.PENDING, false, "Which flat?"));
        asCustomer.call(
                () -> requests.reply(Actor.of(leaving), leaving.getId(), opened.getId(), "Flat 3, 12 Erased Street"));

        JsonObject community = asCustomer
                .call(() -> export.export(leaving.getId(), Actor.of(leaving)))
                .getJsonObject("community");
        assertNotNull(community, "the export has a community section");
        assertEquals(
                "The router of " + key,
                community.getJsonArray("questions").getJsonObject(0).getString("title"));
        assertEquals(
                "The grey one, says " + key,
                community.getJsonArray("answers").getJsonObject(0).getString("body"));
        JsonObject vote = community.getJsonArray("votes").getJsonObject(0);
        assertEquals(
                othersAnswer.getId().longValue(), vote.getJsonNumber("answerId").longValue());
        assertEquals("up", vote.getString("vote"));
        JsonObject supportCase = community.getJsonArray("cases").getJsonObject(0);
        assertEquals(opened.getNumber(), supportCase.getString("number"));
        assertEquals(
                List.of("Which flat?", "Flat 3, 12 Erased Street"),
                supportCase.getJsonArray("notes").getValuesAs(JsonObject.class).stream()
                        .map(n -> n.getString("body"))
                        .toList());

        asCustomerSteps.run(() -> closure.close(leaving.getId(), Actor.of(leaving), Instant.now()));

        Object[] question =
                (Object[]) single("select title, body, hidden_at from question where id = ?1", asked.getId());
        assertEquals("(erased)", question[0]);
        assertEquals("(erased)", question[1]);
        assertNotNull(question[2], "the thread left the pages");
        Object[] answer = (Object[]) single("select body, author_name from answer where id = ?1", answered.getId());
        assertEquals("(erased)", answer[0]);
        assertEquals("(closed account)", answer[1]);
        assertEquals(
                0,
                ((Number) single("select count(*) from answer_vote where voter_subject = ?1", leaving.getSubject()))
                        .intValue(),
                "the votes went");
        assertEquals(
                0,
                ((Number) single("select score from answer where id = ?1", othersAnswer.getId())).intValue(),
                "and the score without them");
        assertEquals("(erased)", single("select subject from support_case where id = ?1", opened.getId()));
        assertEquals(
                List.of("(erased)"),
                em.createNativeQuery("select distinct body from case_note where case_id = ?1")
                        .setParameter(1, opened.getId())
                        .getResultList());
        assertTrue(
                em
                        .createNativeQuery("select author_name from case_note where case_id = ?1")
                        .setParameter(1, opened.getId())
                        .getResultList()
                        .stream()
                        .noneMatch(name -> String.valueOf(name).contains("Leaving")),
                "the customer's notes no longer name them");
    }

    private Object single(String sql, Object parameter) {
        return em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult();
    }

    private Question ask(Customer asker, String title, String body) throws Exception {
        return asCustomer.call(() -> questions.ask(
                Actor.of(asker), asker.getId(), new QuestionForm(title, body, Language.EN, null, null, null)));
    }

    private Customer customer(String lastName) throws Exception {
        String subject = UUID.randomUUID().toString();
        tx.begin();
        Customer customer = directory.recogniseSignIn(
                new SignInIdentity(subject, subject + "@clientela.test", "Olena", lastName, Language.EN, true));
        tx.commit();
        return customer;
    }
}
