package org.clientela.crm;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import org.clientela.platform.Texts;
import org.clientela.platform.UiLanguage;

/**
 * /staff/crm/dashboard: each figure of {@link CrmDashboard} once per request, and the Chart.js
 * configuration {@code p:chart} draws from it; the page shows the same numbers in a table under
 * each chart.
 */
@Named
@RequestScoped
public class CrmDashboardView {

    @Inject
    private CrmDashboard dashboard;

    @Inject
    private UiLanguage uiLanguage;

    private List<CrmDashboard.StageCount> stages;
    private List<CrmDashboard.StageMove> moves;
    private List<CrmDashboard.WeekFigures> weeks;
    private CrmDashboard.QuestionBacklog backlog;
    private List<CrmDashboard.CategoryRating> ratings;
    private List<CrmDashboard.ProductSatisfaction> products;
    private List<CrmDashboard.CustomerSatisfaction> customers;

    public List<CrmDashboard.StageCount> getStages() {
        if (stages == null) {
            stages = dashboard.customersPerStage();
        }
        return stages;
    }

    public List<CrmDashboard.StageMove> getMoves() {
        if (moves == null) {
            moves = dashboard.stageMovesThisMonth();
        }
        return moves;
    }

    public List<CrmDashboard.WeekFigures> getWeeks() {
        if (weeks == null) {
            weeks = dashboard.ordersPerWeek();
        }
        return weeks;
    }

    public CrmDashboard.QuestionBacklog getBacklog() {
        if (backlog == null) {
            backlog = dashboard.questionBacklog();
        }
        return backlog;
    }

    public List<CrmDashboard.CategoryRating> getRatings() {
        if (ratings == null) {
            ratings = dashboard.ratingPerCategory(uiLanguage.getLanguage());
        }
        return ratings;
    }

    public List<CrmDashboard.ProductSatisfaction> getProducts() {
        if (products == null) {
            products = dashboard.productSatisfaction(uiLanguage.getLanguage());
        }
        return products;
    }

    public List<CrmDashboard.CustomerSatisfaction> getCustomers() {
        if (customers == null) {
            customers = dashboard.customerSatisfaction();
        }
        return customers;
    }

    public List<YearMonth> getMonths() {
        return dashboard.satisfactionMonths();
    }

    public String stageLabel(String stage) {
        return Texts.get("crm.segments.stage." + stage);
    }

    // --- Chart.js configurations

    public String getStageChart() {
        return bar(
                getStages(),
                s -> stageLabel(s.stage()),
                s -> BigDecimal.valueOf(s.customers()),
                Texts.get("crm.dashboard.customers"));
    }

    public String getMovesChart() {
        return bar(
                getMoves(),
                m -> stageLabel(m.from()) + " → " + stageLabel(m.to()),
                m -> BigDecimal.valueOf(m.customers()),
                Texts.get("crm.dashboard.customers"));
    }

    public String getOrdersChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder orders = Json.createArrayBuilder();
        JsonArrayBuilder revenue = Json.createArrayBuilder();
        for (CrmDashboard.WeekFigures week : getWeeks()) {
            labels.add(week.week());
            orders.add(week.orders());
            revenue.add(week.revenue());
        }
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                        "datasets",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("type", "bar")
                                        .add("label", Texts.get("crm.dashboard.orders"))
                                        .add("data", orders)
                                        .add("yAxisID", "orders"))
                                .add(Json.createObjectBuilder()
                                        .add("type", "line")
                                        .add("label", Texts.get("crm.dashboard.revenue"))
                                        .add("data", revenue)
                                        .add("yAxisID", "revenue")));
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add(
                        "scales",
                        Json.createObjectBuilder()
                                .add(
                                        "orders",
                                        Json.createObjectBuilder()
                                                .add("position", "left")
                                                .add("beginAtZero", true))
                                .add(
                                        "revenue",
                                        Json.createObjectBuilder()
                                                .add("position", "right")
                                                .add("beginAtZero", true)));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", data)
                .add("options", options)
                .build()
                .toString();
    }

    public String getRatingChart() {
        return bar(
                getRatings(),
                CrmDashboard.CategoryRating::name,
                CrmDashboard.CategoryRating::average,
                Texts.get("crm.dashboard.averageRating"));
    }

    public String getProductChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        getMonths().forEach(month -> labels.add(month.toString()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (CrmDashboard.ProductSatisfaction product : getProducts()) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            product.monthly().forEach(value -> {
                if (value == null) {
                    values.addNull();
                } else {
                    values.add(value);
                }
            });
            datasets.add(Json.createObjectBuilder()
                    .add("label", product.name())
                    .add("data", values)
                    .add("spanGaps", true));
        }
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("min", 1)
                                                                .add("max", 5))))
                .build()
                .toString();
    }

    private static <T> String bar(
            List<T> rows, Function<T, String> label, Function<T, BigDecimal> value, String seriesName) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (T row : rows) {
            labels.add(label.apply(row));
            values.add(value.apply(row));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", seriesName)
                                                        .add("data", values))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        Json.createObjectBuilder()
                                                                .add("display", false))))
                .build()
                .toString();
    }
}
