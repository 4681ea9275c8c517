package org.clientela.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
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
