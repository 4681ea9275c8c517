package org.clientela.news;

/** A translation became public: its immediate subscribers are due a mail, once. */
public record TranslationPublished(long translationId) {}
