package org.clientela.crm;

import java.io.Serializable;
import java.util.List;

/** How many customers the criteria select, and the first of them in id order. */
public record SegmentPreview(long count, List<SegmentMember> first) implements Serializable {}
