package org.clientela.community;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clientela.account.AccountAccess;
import org.clientela.community.CommunityRefusal.Reason;
import org.clientela.crm.InteractionRecorder;
import org.clientela.crm.InteractionType;
import org.clientela.platform.AccessDeniedException;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;
import org.clientela.platform.CustomerNotice;
import org.clientela.platform.Language;
import org.clientela.platform.NoticeKind;
import org.clientela.platform.Roles;
import org.hibernate.Hibernate;

/**
 * Asking, answering, voting and accepting. Customers post as themselves (never for an account
 * they act for: a post speaks for its author); support agents and admins answer as staff.
 */
@Stateless
public class Questions {

    /** The most questions a list shows. */
    public static final int LIST_LIMIT = 100;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountAccess access;

    @Inject
    private InteractionRecorder interactions;

    @Inject
    private PostingLimits limits;

    @Resource
    private SessionContext context;

    @Inject
    private Event<CustomerNotice> notices;

    @RolesAllowed(Roles.CUSTOMER)
    public Question ask(Actor actor, long customerId, QuestionForm form) {
        Customer asker = access.requireSelf(actor, customerId);
        limits.check(PostKind.QUESTION, asker.getId());
        String sku = blankToNull(form.productSku());
        String category = blankToNull(form.categorySlug());
        if (sku != null && count("select count(p) from Product p where p.sku = :value", sku) == 0) {
            throw new CommunityRefusal(Reason.UNKNOWN_PRODUCT);
        }
        if (category != null && count("select count(c) from CatalogCategory c where c.slug = :value", category) == 0) {
            throw new CommunityRefusal(Reason.UNKNOWN_CATEGORY);
        }
        Language language = form.language() == null ? asker.getPreferredLanguage() : form.language();
        Question question =
                new Question(asker, form.title(), form.body(), language, sku, category, form.tags(), Instant.now());
        em.persist(question);
        em.flush(); // the id names the question in the timeline
        interactions.record(
                asker, InteractionType.QUESTION_ASKED, Channel.WEB, actor, reference(question), question.getTitle());
        return question;
    }

    /**
     * An answer from a customer (as themselves) or from staff. The asker's timeline gets it, and
     * so does the answering customer's: both took part.
     */
    @RolesAllowed({Roles.CUSTOMER, Roles.SUPPORT_AGENT, Roles.ADMIN})
    public Answer answer(Actor actor, Long customerId, long questionId, String body) {
        Question question = visible(questionId);
        Instant now = Instant.now();
        Answer answer;
        Customer answerer = null;
        if (isStaff()) {
            answer = Answer.byStaff(question, actor, body, now);
        } else {
            if (customerId == null) {
                throw new AccessDeniedException("an answer needs the customer's own account");
            }
            answerer = access.requireSelf(actor, customerId);
            limits.check(PostKind.ANSWER, answerer.getId());
            answer = Answer.byCustomer(question, answerer, actor, body, now);
        }
        em.persist(answer);
        question.answered(now);
        em.flush();
        String summary = question.getTitle();
        interactions.record(
                question.getAuthor(),
                InteractionType.ANSWER_POSTED,
                answer.isStaff() ? Channel.STAFF : Channel.WEB,
                actor,
                reference(question),
                summary);
        if (answerer != null && !answerer.getId().equals(question.getAuthor().getId())) {
            interactions.record(
                    answerer, InteractionType.ANSWER_POSTED, Channel.WEB, actor, reference(question), summary);
        }
        if (answerer == null || !answerer.getId().equals(question.getAuthor().getId())) {
            notices.fire(new CustomerNotice(
                    question.getAuthor().getId(), NoticeKind.QUESTION_ANSWERED, summary, link(question)));
        }
        return answer;
    }

    /**
     * The asker, or staff, marks the answer that solved it. Accepting is what makes an answer
     * knowledge, and what counts for its author on the relationship ladder.
     */
    @RolesAllowed({Roles.CUSTOMER, Roles.SUPPORT_AGENT, Roles.ADMIN})
    public Question accept(Actor actor, long answerId) {
        Answer answer = visibleAnswer(answerId);
        Question question = answer.getQuestion();
        boolean staff = isStaff();
        if (!staff && !question.getAuthor().getSubject().equals(actor.subject())) {
            throw new AccessDeniedException("only the asker or staff accept an answer");
        }
        if (answer.isAccepted()) {
            return question;
        }
        question.accept(answer);
        Customer credited = answer.getAuthor() != null ? answer.getAuthor() : question.getAuthor();
        interactions.record(
                credited,
                InteractionType.ANSWER_ACCEPTED,
                staff ? Channel.STAFF : Channel.WEB,
                actor,
                reference(question),
                question.getTitle());
        // the author hears of it, unless they accepted it themselves (their own answer to their question)
        if (answer.getAuthor() != null && !answer.getAuthor().getSubject().equals(actor.subject())) {
            notices.fire(new CustomerNotice(
                    answer.getAuthor().getId(), NoticeKind.ANSWER_ACCEPTED, question.getTitle(), link(question)));
        }
        return question;
    }

    private static String link(Question question) {
        return "/community/question?id=" + question.getId();
    }

    /** Staff put a good answer in the knowledge base even though the asker did not accept it. */
    @RolesAllowed({Roles.SUPPORT_AGENT, Roles.ADMIN})
    public void markKnowledge(long answerId, boolean knowledge) {
        visibleAnswer(answerId).markKnowledge(knowledge);
    }

    /**
     * Up (+1) or down (-1); voting again the same way takes the vote back. Returns the new score.
     * The score is recounted from the votes, so concurrent votes cannot lose one another.
     */
    @RolesAllowed(Roles.CUSTOMER)
    public int vote(Actor actor, long answerId, int direction) {
        if (direction != 1 && direction != -1) {
            throw new IllegalArgumentException("vote " + direction);
        }
        Answer answer = visibleAnswer(answerId);
        if (answer.isBy(actor.subject())) {
            throw new CommunityRefusal(Reason.OWN_ANSWER_VOTE);
        }
        List<?> previous = em.createNativeQuery(
                        "select vote from answer_vote where answer_id = ?1 and voter_subject = ?2")
                .setParameter(1, answerId)
                .setParameter(2, actor.subject())
                .getResultList();
        em.createNativeQuery("delete from answer_vote where answer_id = ?1 and voter_subject = ?2")
                .setParameter(1, answerId)
                .setParameter(2, actor.subject())
                .executeUpdate();
        boolean takeBack = !previous.isEmpty() && ((Number) previous.get(0)).intValue() == direction;
        if (!takeBack) {
            em.createNativeQuery("insert into answer_vote (answer_id, voter_subject, vote) values (?1, ?2, ?3)")
                    .setParameter(1, answerId)
                    .setParameter(2, actor.subject())
                    .setParameter(3, direction)
                    .executeUpdate();
        }
        int score = ((Number)
                        em.createNativeQuery("select coalesce(sum(vote), 0) from answer_vote where answer_id = ?1")
                                .setParameter(1, answerId)
                                .getSingleResult())
                .intValue();
        em.createNativeQuery("update answer set score = ?1 where id = ?2")
                .setParameter(1, score)
                .setParameter(2, answerId)
                .executeUpdate();
        return score;
    }

    /** A question anyone may read, with its answers; hidden ones are gone for readers. */
    @PermitAll
    public Optional<Question> question(long id) {
        Optional<Question> found = em.createQuery(
                        "select q from Question q join fetch q.author left join fetch q.answers where q.id = :id",
                        Question.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
        return found.filter(question -> !question.isHidden());
    }

    /**
     * The newest questions, in one language or all.
     *
     * @param tag only questions with this tag, or all for blank
     * @param unanswered only those still waiting for an answer
     */
    @PermitAll
    public List<Question> recent(Language language, String tag, boolean unanswered, int max) {
        String normalisedTag = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(java.util.Locale.ROOT);
        var query = em.createQuery(
                        "select q from Question q join fetch q.author where q.hiddenAt is null"
                                + (language == null ? "" : " and q.language = :language")
                                + (unanswered ? " and q.answeredAt is null" : "")
                                + (normalisedTag == null ? "" : " and concat(' ', q.tags, ' ') like :tag")
                                + " order by q.createdAt desc, q.id desc",
                        Question.class)
                .setMaxResults(Math.min(max, LIST_LIMIT));
        if (language != null) {
            query.setParameter("language", language);
        }
        if (normalisedTag != null) {
            query.setParameter("tag", "% " + normalisedTag.replace("%", "").replace("_", "") + " %");
        }
        return withAnswers(query.getResultList());
    }

    /** A customer's own questions, newest first. */
    @RolesAllowed(Roles.CUSTOMER)
    public List<Question> askedBy(Actor actor, long customerId) {
        access.requireSelf(actor, customerId);
        return withAnswers(em.createQuery(
                        "select q from Question q where q.author.id = :customer order by q.createdAt desc",
                        Question.class)
                .setParameter("customer", customerId)
                .setMaxResults(LIST_LIMIT)
                .getResultList());
    }

    /**
     * The support queue: questions nobody answered yet, oldest first, so the one closest to (or
     * past) its SLA comes first.
     */
    @RolesAllowed({Roles.SUPPORT_AGENT, Roles.ADMIN})
    public List<Question> queue(Language language, String categorySlug, int max) {
        String category = blankToNull(categorySlug);
        var query = em.createQuery(
                        "select q from Question q join fetch q.author where q.hiddenAt is null and q.answeredAt is null"
                                + (language == null ? "" : " and q.language = :language")
                                + (category == null ? "" : " and q.categorySlug = :category")
                                + " order by q.createdAt, q.id",
                        Question.class)
                .setMaxResults(Math.min(max, LIST_LIMIT));
        if (language != null) {
            query.setParameter("language", language);
        }
        if (category != null) {
            query.setParameter("category", category);
        }
        return query.getResultList();
    }

    /** Lists show answer counts after the transaction: load the answers (in batches) now. */
    private static List<Question> withAnswers(List<Question> questions) {
        questions.forEach(question -> Hibernate.initialize(question.getAnswers()));
        return questions;
    }

    private boolean isStaff() {
        for (String role : Roles.SUPPORT) {
            if (context.isCallerInRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** A question that is there for readers, else refused; cases start from it. */
    @PermitAll
    public Question visible(long questionId) {
        Question question = em.find(Question.class, questionId);
        if (question == null || question.isHidden()) {
            throw new CommunityRefusal(Reason.QUESTION_NOT_FOUND);
        }
        return question;
    }

    private Answer visibleAnswer(long answerId) {
        Answer answer = em.find(Answer.class, answerId);
        if (answer == null || answer.isHidden() || answer.getQuestion().isHidden()) {
            throw new CommunityRefusal(Reason.ANSWER_NOT_FOUND);
        }
        return answer;
    }

    private long count(String jpql, String value) {
        return em.createQuery(jpql, Long.class).setParameter("value", value).getSingleResult();
    }

    static String reference(Question question) {
        return "question:" + question.getId();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
