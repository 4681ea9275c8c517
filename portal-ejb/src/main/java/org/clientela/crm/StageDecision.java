package org.clientela.crm;

/** A stage and, in words for staff, why the rules chose it. */
public record StageDecision(LifecycleStage stage, String reason) {}
