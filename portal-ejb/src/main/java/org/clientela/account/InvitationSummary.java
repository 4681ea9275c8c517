package org.clientela.account;

import java.time.Instant;
import java.util.Set;

/** What the invitation page shows before the invitee accepts. */
public record InvitationSummary(
        long grantId,
        String accountName,
        boolean company,
        String inviteeEmail,
        Set<AccessRight> rights,
        CompanyRole role,
        java.time.LocalDate expiresOn,
        Instant invitationExpiresAt) {}
