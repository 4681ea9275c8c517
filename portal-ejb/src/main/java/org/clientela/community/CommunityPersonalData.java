package org.clientela.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.clientela.platform.PersonalData;

/**
 * The community's part of "my data": the customer's questions, answers and votes, their support
 * cases with every note. Closing the account erases the texts and the name and takes the votes
 * back; the cases stay, without their words, because the support figures count them.
 */
@ApplicationScoped
public class CommunityPersonalData implements PersonalData {

    static final String ERASED = "(erased)";
    static final String CLOSED_ACCOUNT = "(closed account)";

    @PersistenceContext
    private EntityManager em;

    @Override
    public String section() {
        return "community";
    }

    @Override
    public JsonValue export(long customerId) {
        JsonArrayBuilder questions = Json.createArrayBuilder();
        questionsOf(customerId).forEach(q -> {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("id", q.getId())
                    .add("title", q.getTitle())
                    .add("body", q.getBody())
                    .add("language", q.getLanguage().tag())
                    .add("createdAt", q.getCreatedAt().toString());
            optional(json, "tags", q.getTags());
            optional(json, "productSku", q.getProductSku());
            optional(json, "category", q.getCategorySlug());
            optional(json, "hiddenAt", q.getHiddenAt());
            questions.add(json);
        });
        JsonArrayBuilder answers = Json.createArrayBuilder();
        answersOf(customerId)
                .forEach(a -> answers.add(Json.createObjectBuilder()
                        .add("id", a.getId())
                        .add("questionId", a.getQuestion().getId())
                        .add("body", a.getBody())
                        .add("accepted", a.isAccepted())
                        .add("createdAt", a.getCreatedAt().toString())));
        JsonArrayBuilder votes = Json.createArrayBuilder();
        votesOf(subjectOf(customerId))
                .forEach(row -> votes.add(Json.createObjectBuilder()
                        .add("answerId", ((Number) row[0]).longValue())
                        .add("vote", ((Number) row[1]).intValue() > 0 ? "up" : "down")));
        JsonArrayBuilder cases = Json.createArrayBuilder();
        casesOf(customerId).forEach(c -> {
            JsonArrayBuilder notes = Json.createArrayBuilder();
            c.getNotes()
                    .forEach(n -> notes.add(Json.createObjectBuilder()
                            .add("author", n.getAuthorName())
                            .add("staff", n.isStaff())
                            .add("body", n.getBody())
                            .add("createdAt", n.getCreatedAt().toString())));
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("number", c.getNumber())
                    .add("subject", c.getSubject())
                    .add("status", c.getStatus().name())
                    .add("priority", c.getPriority().name())
                    .add("openedAt", c.getOpenedAt().toString())
                    .add("notes", notes);
            optional(json, "solvedAt", c.getSolvedAt());
            if (c.isRequest()) {
                json.add("category", c.getCategory().name());
                optional(json, "description", c.getDescription());
                optional(json, "rating", c.getRating());
            }
            cases.add(json);
        });
        return Json.createObjectBuilder()
                .add("questions", questions)
                .add("answers", answers)
                .add("votes", votes)
                .add("cases", cases)
                .build();
    }

    @Override
    public void erase(long customerId) {
        String subject = subjectOf(customerId);
        if (subject != null) {
            // the votes go, and the answers they were given to count without them; native updates
            // before any answer is loaded, so no stale score is written back
            List<?> rows = em.createNativeQuery("select answer_id from answer_vote where voter_subject = ?1")
                    .setParameter(1, subject)
                    .getResultList();
            List<Long> voted =
                    rows.stream().map(id -> ((Number) id).longValue()).toList();
            if (!voted.isEmpty()) {
                em.createNativeQuery("delete from answer_vote where voter_subject = ?1")
                        .setParameter(1, subject)
                        .executeUpdate();
                em.createNativeQuery("update answer set score = (select coalesce(sum(v.vote), 0) from answer_vote v"
                                + " where v.answer_id = answer.id) where id in (?1)")
                        .setParameter(1, voted)
                        .executeUpdate();
            }
        }
        Instant now = Instant.now();
        // through the entities, so that the knowledge base's index follows
        questionsOf(customerId).forEach(q -> q.eraseForClosedAccount(now));
        answersOf(customerId).forEach(a -> a.eraseForClosedAccount(now));
        // staff's notes answer the person and quote them: erased too; who wrote them stays
        em.createNativeQuery("update case_note set body = ?2,"
                        + " author_name = case when staff then author_name else ?3 end,"
                        + " author_subject = case when staff then author_subject else null end"
                        + " where case_id in (select c.id from support_case c where c.customer_id = ?1)")
                .setParameter(1, customerId)
                .setParameter(2, ERASED)
                .setParameter(3, CLOSED_ACCOUNT)
                .executeUpdate();
        // a request's own words and files go with the rest
        em.createNativeQuery("delete from case_attachment where case_id in"
                        + " (select c.id from support_case c where c.customer_id = ?1)")
                .setParameter(1, customerId)
                .executeUpdate();
        em.createNativeQuery("update support_case set description = case when description is null then null"
                        + " else ?2 end where customer_id = ?1")
                .setParameter(1, customerId)
                .setParameter(2, ERASED)
                .executeUpdate();
        em.createNativeQuery("update support_case set subject = ?2 where customer_id = ?1")
                .setParameter(1, customerId)
                .setParameter(2, ERASED)
                .executeUpdate();
    }

    private String subjectOf(long customerId) {
        return em.createQuery("select c.subject from Customer c where c.id = :id", String.class)
                .setParameter("id", customerId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private List<Question> questionsOf(long customerId) {
        return em.createQuery(
                        "select q from Question q where q.author.id = :customer order by q.createdAt, q.id",
                        Question.class)
                .setParameter("customer", customerId)
                .getResultList();
    }

    private List<Answer> answersOf(long customerId) {
        return em.createQuery(
                        "select a from Answer a join fetch a.question where a.author.id = :customer"
                                + " order by a.createdAt, a.id",
                        Answer.class)
                .setParameter("customer", customerId)
                .getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> votesOf(String subject) {
        if (subject == null) {
            return List.of();
        }
        return em.createNativeQuery(
                        "select answer_id, vote from answer_vote where voter_subject = ?1 order by answer_id")
                .setParameter(1, subject)
                .getResultList();
    }

    private List<SupportCase> casesOf(long customerId) {
        return em.createQuery(
                        "select distinct c from SupportCase c left join fetch c.notes where c.customer.id = :customer"
                                + " order by c.openedAt",
                        SupportCase.class)
                .setParameter("customer", customerId)
                .getResultList();
    }

    private static void optional(JsonObjectBuilder json, String name, Object value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }
}
