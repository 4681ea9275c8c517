-- /subscribe counts a client address's requests of the last hour before it mails a confirmation:
-- without this index every anonymous subscription scans all subscriptions.
create index ix_news_subscription_consent_ip on news_subscription (consent_ip, created_at);
