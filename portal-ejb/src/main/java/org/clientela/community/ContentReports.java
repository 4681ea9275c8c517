package org.clientela.community;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.clientela.account.CustomerDirectory;
import org.clientela.community.ReportRefusal.Reason;
import org.clientela.crm.InteractionRecorder;
import org.clientela.crm.InteractionType;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;
import org.clientela.platform.Roles;

/**
 * Reports of questions, answers and reviews. A customer reports a post once, never their own;
 * moderators (content managers, support agents, admins) see the open reports and resolve them.
 * The post's author is looked up in the kind's table ({@code author_id}), so any kind whose table
 * exists can be reported without the capability that writes it knowing about reports.
 */
@Stateless
public class ContentReports {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CustomerDirectory directory;

    @Inject
    private InteractionRecorder interactions;

    /**
     * Records the report and a CONTENT_REPORTED interaction on the reporter's record.
     *
     * @throws ReportRefusal for a missing or overlong reason, an unknown post, the reporter's own
     *     post, or a second report of the same post by the same person
     */
    @RolesAllowed(Roles.CUSTOMER)
    public ContentReport report(@NotNull PostKind kind, long targetId, @NotNull Actor reporter, String reason) {
        String why = ContentReport.checkedReason(reason);
        Customer customer = directory
                .findBySubject(reporter.subject())
                .filter(Customer::isUsable)
                .orElseThrow(() -> new ReportRefusal(Reason.NOT_A_CUSTOMER));
        Long author = authorOf(kind, targetId);
        if (Objects.equals(author, customer.getId())) {
            throw new ReportRefusal(Reason.OWN_POST);
        }
        if (reported(kind, targetId, customer)) {
            throw new ReportRefusal(Reason.ALREADY_REPORTED);
        }
        ContentReport report = new ContentReport(kind, targetId, customer, why, Instant.now());
        em.persist(report);
        try {
            // the same report sent twice at once: the unique constraint decides
            em.flush();
        } catch (PersistenceException e) {
            throw new ReportRefusal(Reason.ALREADY_REPORTED);
        }
        interactions.record(
                customer,
                InteractionType.CONTENT_REPORTED,
                Channel.WEB,
                reporter,
                kind.reference(targetId),
                "Reported " + kind.reference(targetId) + ": " + why);
        return report;
    }

    /** Open reports, oldest first: the longest waiting come first. */
    @RolesAllowed({Roles.CONTENT_MANAGER, Roles.SUPPORT_AGENT, Roles.ADMIN})
    public List<OpenReport> open(int max) {
        return em.createQuery(
                        "select c from ContentReport c join fetch c.reporter where c.resolvedAt is null"
                                + " order by c.createdAt, c.id",
                        ContentReport.class)
                .setMaxResults(max)
                .getResultStream()
                .map(OpenReport::of)
                .toList();
    }

    /**
     * Closes a report; resolving it again changes nothing.
     *
     * @return whether it was open
     */
    @RolesAllowed({Roles.CONTENT_MANAGER, Roles.SUPPORT_AGENT, Roles.ADMIN})
    public boolean resolve(@NotNull Actor moderator, long reportId) {
        ContentReport report = em.find(ContentReport.class, reportId);
        if (report == null) {
            throw new ReportRefusal(Reason.POST_UNKNOWN);
        }
        return report.resolve(moderator.name(), Instant.now());
    }

    private boolean reported(PostKind kind, long targetId, Customer reporter) {
        return !em.createQuery(
                        "select c.id from ContentReport c where c.kind = :kind and c.targetId = :target"
                                + " and c.reporter = :reporter",
                        Long.class)
                .setParameter("kind", kind)
                .setParameter("target", targetId)
                .setParameter("reporter", reporter)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** The post's author's customer id; null for a staff answer. */
    private Long authorOf(PostKind kind, long targetId) {
        List<?> rows = em.createNativeQuery("select author_id from " + kind.table() + " where id = ?1")
                .setParameter(1, targetId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new ReportRefusal(Reason.POST_UNKNOWN);
        }
        Object author = rows.get(0);
        return author == null ? null : ((Number) author).longValue();
    }
}
