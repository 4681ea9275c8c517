package org.clientela.crm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A member of staff as the portal last saw them sign in: Keycloak keeps the identity, this keeps
 * what tasks need of it, a name to give a task to and the team (their role) whose tasks they see.
 */
@Entity
@Table(name = "staff_member")
public class StaffMember {

    @Id
    @Column(name = "subject", length = 64)
    private String subject;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "team", nullable = false, length = 30)
    private String team;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    protected StaffMember() {}

    StaffMember(String subject, String name, String team, Instant now) {
        this.subject = Objects.requireNonNull(subject, "subject");
        seen(name, team, now);
    }

    void seen(String name, String team, Instant now) {
        this.name = name == null || name.isBlank() ? subject : name.length() > 200 ? name.substring(0, 200) : name;
        this.team = Objects.requireNonNull(team, "team");
        this.seenAt = now;
    }

    public String getSubject() {
        return subject;
    }

    public String getName() {
        return name;
    }

    public String getTeam() {
        return team;
    }

    public Instant getSeenAt() {
        return seenAt;
    }
}
