package org.clientela.crm;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clientela.platform.Texts;
import org.clientela.platform.UiLanguage;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /staff/crm/segments[?id=…]: the saved segments, and the editor of one (new without an id):
 * criteria, a preview of the count and the first members, save, delete, CSV export. The view
 * keeps the segment's id and the form, never an entity.
 */
@Named
@ViewScoped
public class SegmentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Segments segments;

    @Inject
    private UiLanguage uiLanguage;

    private Long id;
    private String name;
    private List<String> languages = new ArrayList<>();
    private List<String> categories = new ArrayList<>();
    private List<String> stages = new ArrayList<>();
    private BigDecimal minSpend;
    private BigDecimal maxSpend;
    private Integer activeWithinDays;
    private SegmentPreview preview;

    private transient List<Segment> saved;
    private transient List<Segments.CategoryChoice> categoryChoices;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            Segment segment = segments.find(id);
            name = segment.getName();
            SegmentCriteria criteria = segment.criteria();
            languages = new ArrayList<>(criteria.languages());
            categories = new ArrayList<>(criteria.categories());
            stages = new ArrayList<>(criteria.stages());
            minSpend = criteria.minSpend();
            maxSpend = criteria.maxSpend();
            activeWithinDays = criteria.activeWithinDays();
        } catch (SegmentRefusal e) {
            id = null;
            refuse(e);
        }
    }

    SegmentCriteria criteria() {
        return new SegmentCriteria(
                Set.copyOf(languages),
                Set.copyOf(categories),
                Set.copyOf(stages),
                minSpend,
                maxSpend,
                activeWithinDays);
    }

    public void preview() {
        try {
            preview = segments.preview(criteria());
        } catch (SegmentRefusal e) {
            preview = null;
            refuse(e);
        }
    }

    public void save() throws IOException {
        try {
            Segment segment = segments.save(id, name, criteria());
            Messages.addFlashGlobalInfo(Texts.get("crm.segments.saved", segment.getName()));
            Faces.redirect("/staff/crm/segments?id=" + segment.getId());
        } catch (SegmentRefusal e) {
            refuse(e);
        }
    }

    public void delete() throws IOException {
        try {
            segments.delete(id);
            Messages.addFlashGlobalInfo(Texts.get("crm.segments.deleted", name));
            Faces.redirect("/staff/crm/segments");
        } catch (SegmentRefusal e) {
            refuse(e);
        }
    }

    /** The export of what the form holds now, saved or not. */
    public String getExportLink() {
        try {
            String json = criteria().validate().toJson();
            return "/staff/crm/segment.csv?criteria=" + URLEncoder.encode(json, StandardCharsets.UTF_8);
        } catch (SegmentRefusal e) {
            return null;
        }
    }

    private static void refuse(SegmentRefusal e) {
        Messages.addGlobalError(Texts.get("crm.segments.refusal." + e.getReason()));
        FacesContext.getCurrentInstance().validationFailed();
    }

    public List<Segment> getSaved() {
        if (saved == null) {
            saved = segments.list();
        }
        return saved;
    }

    public List<Segments.CategoryChoice> getCategoryChoices() {
        if (categoryChoices == null) {
            categoryChoices = segments.categoryChoices(uiLanguage.getLanguage().name());
        }
        return categoryChoices;
    }

    public List<String> getLanguageChoices() {
        return SegmentCriteria.LANGUAGES;
    }

    public List<String> getStageChoices() {
        return SegmentCriteria.STAGES;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : languages;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories == null ? new ArrayList<>() : categories;
    }

    public List<String> getStages() {
        return stages;
    }

    public void setStages(List<String> stages) {
        this.stages = stages == null ? new ArrayList<>() : stages;
    }

    public BigDecimal getMinSpend() {
        return minSpend;
    }

    public void setMinSpend(BigDecimal minSpend) {
        this.minSpend = minSpend;
    }

    public BigDecimal getMaxSpend() {
        return maxSpend;
    }

    public void setMaxSpend(BigDecimal maxSpend) {
        this.maxSpend = maxSpend;
    }

    public Integer getActiveWithinDays() {
        return activeWithinDays;
    }

    public void setActiveWithinDays(Integer activeWithinDays) {
        this.activeWithinDays = activeWithinDays;
    }

    public SegmentPreview getPreview() {
        return preview;
    }
}
