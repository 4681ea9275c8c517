package org.clientela.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.clientela.crm.ServiceLevel;
import org.clientela.platform.Texts;

/** Labels the community pages share: refusals, priorities, statuses, ages against the SLA. */
@Named
@ApplicationScoped
public class CommunityTexts {

    public static String refusal(CommunityRefusal refusal) {
        return Texts.get("community.refusal." + refusal.getReason().name());
    }

    /** A bundle text with one number in it, e.g. "{0} answers". */
    public String count(String key, long number) {
        return Texts.get(key, number);
    }

    public String priority(CasePriority priority) {
        return Texts.get("case.priority." + priority.name());
    }

    public String category(RequestCategory category) {
        return category == null ? "" : Texts.get("request.category." + category.name());
    }

    /** Why the rules chose the priority, e.g. "order over the value, repeat request". */
    public String rules(List<String> rules) {
        return rules.stream()
                .map(rule -> Texts.get("request.rule." + rule))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** "in 3 h 20 min" or "overdue by 1 h 5 min": the time left until a service level breaks. */
    public String due(Instant due) {
        if (due == null) {
            return "";
        }
        Duration left = Duration.between(Instant.now(), due);
        Duration abs = left.abs();
        long days = abs.toDays();
        String span = days > 0
                ? Texts.get("community.age.days", days, abs.minusDays(days).toHours())
                : Texts.get("community.age.hours", abs.toHours(), abs.toMinutesPart());
        return Texts.get(left.isNegative() ? "request.due.overdue" : "request.due.left", span);
    }

    public boolean pastDue(Instant due) {
        return due != null && due.isBefore(Instant.now());
    }

    public String status(CaseStatus status) {
        return Texts.get("case.status." + status.name());
    }

    /** "3 h" or "2 d 4 h": how long a question has waited. */
    public String age(Instant since) {
        Duration age = Duration.between(since, Instant.now());
        long days = age.toDays();
        long hours = age.minusDays(days).toHours();
        return days > 0
                ? Texts.get("community.age.days", days, hours)
                : Texts.get("community.age.hours", Math.max(0, age.toHours()), age.toMinutesPart());
    }

    /** Past the SLA: the queue shows it red. */
    public boolean overdue(Instant since) {
        return since.plus(ServiceLevel.questionSla()).isBefore(Instant.now());
    }

    public long getSlaHours() {
        return ServiceLevel.questionSla().toHours();
    }
}
