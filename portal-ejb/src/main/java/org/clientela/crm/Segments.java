package org.clientela.crm;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.clientela.crm.SegmentRefusal.Reason;
import org.clientela.platform.Roles;

/**
 * Saved segments and what their criteria select. Sales managers and admins define them; support
 * agents may look (list and preview); content managers see the names to pick a news audience.
 */
@Stateless
@RolesAllowed({Roles.SALES_MANAGER, Roles.ADMIN})
public class Segments {

    /** How many members a preview lists. */
    public static final int PREVIEW_SIZE = 50;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @RolesAllowed({Roles.SALES_MANAGER, Roles.ADMIN, Roles.SUPPORT_AGENT, Roles.CONTENT_MANAGER})
    public List<Segment> list() {
        return em.createQuery("select s from Segment s order by lower(s.name), s.id", Segment.class)
                .getResultList();
    }

    /** A category a segment may name: a catalog or a news category, named in the language asked. */
    public record CategoryChoice(String slug, String name, String kind) implements java.io.Serializable {}

    /**
     * The active catalog categories, then the active news categories, each by slug, named in
     * {@code language} (the enum's name, as the name tables keep it).
     */
    @RolesAllowed({Roles.SALES_MANAGER, Roles.ADMIN, Roles.SUPPORT_AGENT})
    @SuppressWarnings("unchecked")
    public List<CategoryChoice> categoryChoices(String language) {
        List<Object[]> rows = em.createNativeQuery("select c.slug, n.name, 'catalog' as kind, 1 as part"
                        + " from catalog_category c left join catalog_category_name n"
                        + " on n.category_id = c.id and n.language = :language where c.active = true"
                        + " union all select c.slug, n.name, 'news' as kind, 2 as part"
                        + " from news_category c left join news_category_name n"
                        + " on n.category_id = c.id and n.language = :language where c.active = true"
                        + " order by 4, 1")
                .setParameter("language", language)
                .getResultList();
        return rows.stream()
                .map(row -> new CategoryChoice(
                        (String) row[0], row[1] == null ? (String) row[0] : (String) row[1], (String) row[2]))
                .toList();
    }

    @RolesAllowed({Roles.SALES_MANAGER, Roles.ADMIN, Roles.SUPPORT_AGENT})
    public Segment find(long id) {
        Segment segment = em.find(Segment.class, id);
        if (segment == null) {
            throw new SegmentRefusal(Reason.SEGMENT_NOT_FOUND);
        }
        return segment;
    }

    /** A new segment, or the segment {@code id} renamed and redefined. */
    public Segment save(Long id, String name, SegmentCriteria criteria) {
        Instant now = Instant.now();
        String checkedName = Segment.checkedName(name);
        ensureNameFree(checkedName, id);
        if (id == null) {
            Segment segment = new Segment(
                    checkedName, criteria, context.getCallerPrincipal().getName(), now);
            em.persist(segment);
            return segment;
        }
        Segment segment = find(id);
        segment.rename(checkedName, now);
        segment.redefine(criteria, now);
        return segment;
    }

    public Segment rename(long id, String name) {
        Segment segment = find(id);
        String checkedName = Segment.checkedName(name);
        ensureNameFree(checkedName, id);
        segment.rename(checkedName, Instant.now());
        return segment;
    }

    /** Deletes a segment no news article is meant for: dropping it would widen that audience. */
    public void delete(long id) {
        Segment segment = find(id);
        Number uses = (Number) em.createNativeQuery("select count(*) from article where audience_segment_id = :id")
                .setParameter("id", id)
                .getSingleResult();
        if (uses.longValue() > 0) {
            throw new SegmentRefusal(Reason.SEGMENT_IN_USE);
        }
        em.remove(segment);
    }

    private void ensureNameFree(String name, Long ownId) {
        List<Long> holders = em.createQuery("select s.id from Segment s where lower(s.name) = lower(:name)", Long.class)
                .setParameter("name", name)
                .getResultList();
        if (holders.stream().anyMatch(holder -> !holder.equals(ownId))) {
            throw new SegmentRefusal(Reason.NAME_TAKEN);
        }
    }

    /** How many customers the criteria select now, and the first {@value #PREVIEW_SIZE} of them. */
    @RolesAllowed({Roles.SALES_MANAGER, Roles.ADMIN, Roles.SUPPORT_AGENT})
    @SuppressWarnings("unchecked")
    public SegmentPreview preview(SegmentCriteria criteria) {
        SegmentQuery query = new SegmentQuery(criteria.validate(), Instant.now());
        Query count = em.createNativeQuery(query.count());
        query.parameters.forEach(count::setParameter);
        Query members = em.createNativeQuery(query.members());
        query.parameters.forEach(members::setParameter);
        members.setMaxResults(PREVIEW_SIZE);
        List<SegmentMember> first = ((List<Object[]>) members.getResultList())
                .stream().map(SegmentMember::of).toList();
        return new SegmentPreview(((Number) count.getSingleResult()).longValue(), first);
    }

    /**
     * Hands every member to {@code sink}, in id order, while the rows stream from the database:
     * an export of any size keeps memory flat.
     */
    @SuppressWarnings("unchecked")
    public long members(SegmentCriteria criteria, Consumer<SegmentMember> sink) {
        SegmentQuery query = new SegmentQuery(criteria.validate(), Instant.now());
        Query members = em.createNativeQuery(query.members());
        query.parameters.forEach(members::setParameter);
        members.setHint("org.hibernate.fetchSize", 500);
        long count = 0;
        try (Stream<Object[]> rows = members.getResultStream()) {
            for (Object[] row : (Iterable<Object[]>) rows::iterator) {
                sink.accept(SegmentMember.of(row));
                count++;
            }
        }
        return count;
    }
}
