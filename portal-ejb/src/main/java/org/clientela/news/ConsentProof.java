package org.clientela.news;

/** What an anonymous subscriber agreed to, and from where: kept as proof of the opt-in. */
public record ConsentProof(String text, String ip, String userAgent) {}
