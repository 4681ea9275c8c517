package org.clientela.community;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.clientela.platform.Language;
import org.hibernate.search.mapper.orm.Search;

/**
 * Accepted answers, and answers staff marked as knowledge, searchable in each language: the
 * question and its answers are one document analysed for the question's language.
 */
@Stateless
@PermitAll
public class KnowledgeBase {

    public static final int PAGE = 20;

    @PersistenceContext
    private EntityManager em;

    public record Hits(List<Question> questions, long total) {}

    /** The best matches for the words, or the newest entries when there are none. */
    public Hits search(Language language, String text, int page) {
        String words = text == null ? "" : text.strip();
        var result = Search.session(em)
                .search(Question.class)
                .where(f -> f.bool(b -> {
                    b.filter(f.match().field(KnowledgeBinder.KNOWLEDGE).matching(true));
                    b.filter(f.match().field(KnowledgeBinder.LANGUAGE).matching(language.tag()));
                    if (!words.isEmpty()) {
                        b.must(f.match().field(KnowledgeBinder.text(language)).matching(words));
                    }
                }))
                .sort(f -> words.isEmpty()
                        ? f.field(KnowledgeBinder.CREATED).desc()
                        : f.score().then().field(KnowledgeBinder.CREATED).desc())
                .fetch(Math.max(0, page) * PAGE, PAGE);
        return new Hits(result.hits(), result.total().hitCount());
    }
}
