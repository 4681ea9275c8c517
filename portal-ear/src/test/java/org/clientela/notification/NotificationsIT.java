package org.clientela.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.clientela.account.CustomerDirectory;
import org.clientela.community.CasePriority;
import org.clientela.community.CaseStatus;
import org.clientela.community.Question;
import org.clientela.community.QuestionForm;
import org.clientela.community.Questions;
import org.clientela.community.RequestCategory;
import org.clientela.community.RequestForm;
import org.clientela.community.ServiceRequests;
import org.clientela.community.SupportCase;
import org.clientela.community.SupportCases;
import org.clientela.it.support.incontainer.AsAdmin;
import org.clientela.it.support.incontainer.AsCustomer;
import org.clientela.it.support.incontainer.AsSupportAgent;
import org.clientela.it.support.incontainer.Mailbox;
import org.clientela.it.support.incontainer.Outbox;
import org.clientela.notification.NotificationRefusal.Reason;
import org.clientela.notification.NotificationSettings.Switch;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.clientela.platform.NoticeKind;
import org.clientela.platform.SignInIdentity;
import org.clientela.platform.StaffNotice;
import org.clientela.store.CatalogSync;
import org.clientela.store.CategoryData;
import org.clientela.store.Checkout;
import org.clientela.store.CheckoutRequest;
import org.clientela.store.DeliveryMethod;
import org.clientela.store.OrderAddress;
import org.clientela.store.OrderDesk;
import org.clientela.store.OrderReceipt;
import org.clientela.store.OrderStatus;
import org.clientela.store.PaymentMethod;
import org.clientela.store.ProductData;
import org.clientela.store.Shipment;
import org.clientela.store.SyncReport;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notifications inside the server: an answer to a customer's question makes an entry and a mail
 * in the customer's language, in the answer's transaction (a rollback leaves neither); switched
 * off channels are honoured, required kinds cannot be switched off; the unread count, opening and
 * marking read, each person only their own; the shipping mail is sent once; export and erasure.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

    @Inject
    Notifications notifications;

    @Inject
    NotificationSettings settings;

    @Inject
    NotificationPersonalData personalData;

    @Inject
    Questions questions;

    @Inject
    SupportCases cases;

    @Inject
    ServiceRequests requests;

    @Inject
    CustomerDirectory directory;

    @Inject
    Checkout checkout;

    @Inject
    OrderDesk desk;

    @Inject
    CatalogSync catalog;

    @Inject
    AsCustomer asCustomer;

    @Inject
    AsSupportAgent asAgent;

    @Inject
    AsAdmin asAdmin;

    @Inject
    Event<StaffNotice> staffNotices;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    String key;
    Actor agent;

    @BeforeEach
    void names() {
        key = UUID.randomUUID().toString().substring(0, 8);
        agent = new Actor("agent-" + key, "Sam Support");
    }

    @Test
    void anAnswerToTheQuestionMakesAnEntryAndAMailInTheCustomersLanguage() throws Exception {
        Customer ivan = customer("Ivan", Language.BG);
        Question question = ask(ivan, "Кой кабел пасва " + key);

        asAgent.call(() -> questions.answer(agent, null, question.getId(), "USB-C."));

        List<Notification> list = asCustomer.call(() -> notifications.recent(Actor.of(ivan)));
        assertEquals(1, list.size());
        Notification entry = list.get(0);
        assertEquals(NoticeKind.QUESTION_ANSWERED, entry.getKind());
        assertEquals(question.getTitle(), entry.getReference());
        assertEquals("/community/question?id=" + question.getId(), entry.getLink());
        assertEquals(1L, unread(ivan));

        Outbox.awaitSent(ivan.getEmail());
        assertTrue(Mailbox.subjects(ivan.getEmail()).contains("Въпросът ви има нов отговор: " + question.getTitle()));
        assertTrue(Mailbox.texts(ivan.getEmail()).stream()
                .anyMatch(text -> text.contains("/community/question?id=" + question.getId())
                        && text.contains("/account/notifications")));
    }

    @Test
    void ownAnswersTellNobodyAndAnAcceptedAnswerTellsItsAuthor() throws Exception {
        Customer olena = customer("Olena", Language.EN);
        Customer petro = customer("Petro", Language.UK);
        Question question = ask(olena, "Which charger " + key);

        asCustomer.call(() -> questions.answer(Actor.of(olena), olena.getId(), question.getId(), "Found it."));
        assertEquals(0L, unread(olena), "the asker's own answer tells them nothing");

        var answer = asCustomer.call(
                () -> questions.answer(Actor.of(petro), petro.getId(), question.getId(), "The 65 W one."));
        assertEquals(1L, unread(olena));
        asCustomer.call(() -> questions.accept(Actor.of(olena), answer.getId()));
        List<Notification> petros = asCustomer.call(() -> notifications.recent(Actor.of(petro)));
        assertEquals(
                List.of(NoticeKind.ANSWER_ACCEPTED),
                petros.stream().map(Notification::getKind).toList());
        Outbox.awaitSent(petro.getEmail());
        assertTrue(Mailbox.subjects(petro.getEmail()).contains("Вашу відповідь прийнято: " + question.getTitle()));
    }

    @Test
    void staffChangingOrAnsweringACaseTellTheCustomer() throws Exception {
        Customer olena = customer("Olena", Language.EN);
        Question question = ask(olena, "Router case " + key);
        SupportCase opened = asAgent.call(() -> cases.escalate(agent, question.getId(), CasePriority.HIGH));
        asAgent.call(() -> cases.update(agent, opened.getId(), CasePriority.URGENT, null, true, null));
        asAgent.call(() -> cases.update(agent, opened.getId(), null, CaseStatus.PENDING, false, "Which model?"));

        List<Notification> list = asCustomer.call(() -> notifications.recent(Actor.of(olena)));
        assertEquals(
                List.of(NoticeKind.CASE_ANSWERED, NoticeKind.CASE_CHANGED, NoticeKind.CASE_CHANGED),
                list.stream().map(Notification::getKind).toList(),
                "the answer, the priority and the escalation itself");
        assertEquals("/account/case?id=" + opened.getId(), list.get(0).getLink());
        assertEquals("/account/case?id=" + opened.getId(), list.get(2).getLink());
        Outbox.awaitSent(olena.getEmail());
        List<String> subjects = Mailbox.subjects(olena.getEmail());
        assertTrue(
                subjects.contains("Your support case has changed: " + opened.getNumber() + " " + question.getTitle()));
        // the answer comes once, in the mail that carries it
        assertTrue(subjects.contains("Answer to your request " + opened.getNumber() + ": " + question.getTitle()));
        assertTrue(subjects.stream().noneMatch(subject -> subject.startsWith("Support answered your case")));
    }

    @Test
    void theCustomersReplyAndReopeningTellTheAssignee() throws Exception {
        Customer olena = customer("Olena", Language.EN);
        Question question = ask(olena, "Still broken " + key);
        SupportCase opened = asAgent.call(() -> cases.escalate(agent, question.getId(), CasePriority.NORMAL));
        assertTrue(asAgent.call(() -> notifications.recent(agent)).isEmpty(), "who escalated took it: no word");
        asAgent.call(() -> cases.update(agent, opened.getId(), null, CaseStatus.PENDING, false, "Which model?"));

        asCustomer.call(() -> requests.reply(Actor.of(olena), olena.getId(), opened.getId(), "The X1."));
        asAgent.call(() -> requests.close(agent, opened.getId()));
        asCustomer.call(() -> requests.reopen(Actor.of(olena), olena.getId(), opened.getId(), "It broke again."));

        List<Notification> agents = asAgent.call(() -> notifications.recent(agent));
        assertEquals(
                List.of(NoticeKind.CASE_CHANGED, NoticeKind.CASE_CHANGED),
                agents.stream().map(Notification::getKind).toList(),
                "the reply and the reopening");
        assertTrue(agents.stream().allMatch(Notification::isForStaff));
        assertEquals(opened.getNumber(), agents.get(0).getReference());
        assertEquals("/staff/case?id=" + opened.getId(), agents.get(0).getLink());
        assertEquals(
                List.of(NoticeKind.CASE_CHANGED, NoticeKind.CASE_ANSWERED, NoticeKind.CASE_CHANGED),
                asCustomer.call(() -> notifications.recent(Actor.of(olena))).stream()
                        .map(Notification::getKind)
                        .toList(),
                "the customer hears of staff's doings (closing, answering, escalating), not of their own");

        // a request nobody has taken waits in the queue, where the team sees the reply
        SupportCase request = asCustomer.call(() -> requests.open(
                Actor.of(olena),
                olena.getId(),
                new RequestForm(RequestCategory.OTHER, "Nobody's " + key, "Hello?", null, null, List.of()),
                Language.EN));
        asCustomer.call(() -> requests.reply(Actor.of(olena), olena.getId(), request.getId(), "Anyone?"));
        assertEquals(
                0L,
                em.createQuery("select count(n) from Notification n where n.link = ?1", Long.class)
                        .setParameter(1, "/staff/case?id=" + request.getId())
                        .getSingleResult());
    }

    @Test
    void aSwitchedOffChannelIsHonoured() throws Exception {
        Customer olena = customer("Olena", Language.EN);
        asCustomer.call(() -> {
            settings.choose(
                    Actor.of(olena),
                    olena.getId(),
                    Set.of(new Switch(NoticeKind.QUESTION_ANSWERED, NoticeChannel.MAIL)));
            return null;
        });
        Question first = ask(olena, "Mail off " + key);
        asAgent.call(() -> questions.answer(agent, null, first.getId(), "Here."));
        assertEquals(1L, unread(olena), "the list still has it");
        Outbox.awaitSent(olena.getEmail());
        assertFalse(
                Mailbox.subjects(olena.getEmail()).stream().anyMatch(subject -> subject.contains(first.getTitle())));

        asCustomer.call(() -> {
            settings.choose(
                    Actor.of(olena),
                    olena.getId(),
                    Set.of(new Switch(NoticeKind.QUESTION_ANSWERED, NoticeChannel.PORTAL)));
            return null;
        });
        Question second = ask(olena, "List off " + key);
        asAgent.call(() -> questions.answer(agent, null, second.getId(), "There."));
        assertEquals(1L, unread(olena), "no new entry in the list");
        Outbox.awaitSent(olena.getEmail());
        assertTrue(Mailbox.subjects(olena.getEmail()).contains("Your question has a new answer: " + second.getTitle()));
        assertEquals(
                Set.of(new Switch(NoticeKind.QUESTION_ANSWERED, NoticeChannel.PORTAL)),
                asCustomer.call(() -> settings.switchedOff(Actor.of(olena), olena.getId())));
    }

    @Test
    void aRequiredKindCannotBeSwitchedOff() throws Exception {
        Customer olena = customer("Olena", Language.EN);
        NotificationRefusal refusal = assertThrows(
                NotificationRefusal.class,
                () -> asCustomer.call(() -> {
                    settings.choose(
                            Actor.of(olena),
                            olena.getId(),
                            Set.of(
                                    new Switch(NoticeKind.ORDER_DELIVERED, NoticeChannel.MAIL),
                                    new Switch(NoticeKind.INVOICE_OVERDUE, NoticeChannel.MAIL)));
                    return null;
                }));
        assertEquals(Reason.REQUIRED_KIND, refusal.getReason());
        assertEquals(
                Set.of(),
                asCustomer.call(() -> settings.switchedOff(Actor.of(olena), olena.getId())),
                "nothing of the refused choice is kept");
        assertTrue(asCustomer.call(() -> settings.wants(olena.getId(), NoticeKind.INVOICE_DUE, NoticeChannel.MAIL)));
        NotificationRefusal staffKind = assertThrows(
                NotificationRefusal.class,
                () -> asCustomer.call(() -> {
                    settings.choose(
                            Actor.of(olena),
                            olena.getId(),
                            Set.of(new Switch(NoticeKind.ASSIGNED, NoticeChannel.PORTAL)));
                    return null;
                }));
        assertEquals(Reason.NOT_A_CUSTOMER_KIND, staffKind.getReason());
    }

    @Test
    void theUnreadCountFallsAsEntriesAreOpenedOrAllMarkedReadAndNobodyOpensAnothersEntry() throws Exception {
        Customer olena = customer("Olena", Language.EN);
        Customer other = customer("Ivan", Language.EN);
        for (int i = 0; i < 3; i++) {
            Question question = ask(olena, "Count " + i + " " + key);
            asAgent.call(() -> questions.answer(agent, null, question.getId(), "Answer."));
        }
        assertEquals(3L, unread(olena));
        List<Notification> list = asCustomer.call(() -> notifications.recent(Actor.of(olena)));
        assertTrue(list.get(0).getReference().startsWith("Count 2"), "newest first");

        Notification oldest = list.get(2);
        NotificationRefusal refused = assertThrows(
                NotificationRefusal.class,
                () -> asCustomer.call(() -> notifications.open(Actor.of(other), oldest.getId())));
        assertEquals(Reason.NOT_FOUND, refused.getReason());
        assertEquals(3L, unread(olena), "somebody else's look reads nothing");
        assertEquals(0, asCustomer.call(() -> notifications.markAllRead(Actor.of(other))));
        assertEquals(3L, unread(olena));

        assertEquals(oldest.getLink(), asCustomer.call(() -> notifications.open(Actor.of(olena), oldest.getId())));
        assertEquals(2L, unread(olena));
        asCustomer.call(() -> notifications.open(Actor.of(olena), oldest.getId()));
        assertEquals(2L, unread(olena), "opening twice reads once");
        assertEquals(2, asCustomer.call(() -> notifications.markAllRead(Actor.of(olena))));
        assertEquals(0L, unread(olena));
        assertEquals(
                3, asCustomer.call(() -> notifications.recent(Actor.of(olena))).size(), "read ones stay listed");
    }

    @Test
    void aRolledBackAnswerLeavesNoNotification() throws Exception {
        Customer olena = customer("Olena", Language.EN);
        Question question = ask(olena, "Rolled back " + key);
        tx.begin();
        try {
            asAgent.call(() -> questions.answer(agent, null, question.getId(), "Never sent."));
        } finally {
            tx.rollback();
        }
        assertEquals(0L, unread(olena));
        assertEquals(
                0L,
                em.createQuery("select count(n) from Notification n where n.customer.id = ?1", Long.class)
                        .setParameter(1, olena.getId())
                        .getSingleResult());
        assertEquals(
                0L,
                em.createQuery(
                                "select count(m) from OutboxMail m where m.recipient = ?1 and m.subject like ?2",
                                Long.class)
                        .setParameter(1, olena.getEmail())
                        .setParameter(2, "%" + question.getTitle())
                        .getSingleResult());
    }

    @Test
    void shippingSendsTheStoresMailOnceAndItsMailSwitchStopsIt() throws Exception {
        String sku = product();
        Customer olena = customer("Olena", Language.EN);
        Customer ivan = customer("Ivan", Language.EN);
        asCustomer.call(() -> {
            settings.choose(
                    Actor.of(ivan), ivan.getId(), Set.of(new Switch(NoticeKind.ORDER_SHIPPED, NoticeChannel.MAIL)));
            return null;
        });
        OrderReceipt olenas = place(olena, sku);
        OrderReceipt ivans = place(ivan, sku);
        Actor erp = new Actor(null, "ERP");
        for (OrderReceipt order : List.of(olenas, ivans)) {
            asAdmin.call(() -> desk.move(order.id(), OrderStatus.CONFIRMED, null, erp, Channel.API));
            asAdmin.call(() -> desk.move(
                    order.id(), OrderStatus.SHIPPED, new Shipment("DHL", "JD" + key, null), erp, Channel.API));
        }

        assertEquals(
                List.of(NoticeKind.ORDER_SHIPPED, NoticeKind.ORDER_CONFIRMED),
                asCustomer.call(() -> notifications.recent(Actor.of(olena))).stream()
                        .map(Notification::getKind)
                        .toList());
        Outbox.awaitSent(olena.getEmail(), ivan.getEmail());
        List<String> olenasMails = Mailbox.subjects(olena.getEmail());
        assertEquals(
                Set.of(
                        "Your Clientela order " + olenas.number(),
                        "Your order is confirmed: " + olenas.number(),
                        "Your order " + olenas.number() + " is on its way"),
                Set.copyOf(olenasMails.stream()
                        .filter(s -> s.contains(olenas.number()))
                        .toList()));
        assertEquals(
                3, olenasMails.stream().filter(s -> s.contains(olenas.number())).count(), "one mail each");
        assertFalse(
                Mailbox.subjects(ivan.getEmail()).stream().anyMatch(s -> s.contains("on its way")),
                "no shipping mail when its mail is switched off");
        assertEquals(2L, unread(ivan), "the list still tells of it");
    }

    @Test
    void staffHearOfTheirNoticesInTheirOwnList() throws Exception {
        String subject = "staff-" + key;
        tx.begin();
        staffNotices.fire(new StaffNotice(subject, NoticeKind.ASSIGNED, "CASE-" + key, "/staff/tasks"));
        tx.commit();
        Actor staff = new Actor(subject, "Sam Support");
        assertEquals(1L, asAgent.call(() -> notifications.unread(staff)));
        assertEquals(
                "/staff/tasks",
                asAgent.call(() -> notifications.recent(staff)).get(0).getLink());
    }

    @Test
    void theExportHasTheEntriesAndTheSwitchesAndClosingErasesThem() throws Exception {
        Customer olena = customer("Olena", Language.EN);
        Question question = ask(olena, "Export " + key);
        asAgent.call(() -> questions.answer(agent, null, question.getId(), "Answer."));
        asCustomer.call(() -> {
            settings.choose(
                    Actor.of(olena), olena.getId(), Set.of(new Switch(NoticeKind.GRANT_REVOKED, NoticeChannel.MAIL)));
            return null;
        });

        JsonObject export = personalData.export(olena.getId()).asJsonObject();
        assertEquals(1, export.getJsonArray("entries").size());
        assertEquals(
                "QUESTION_ANSWERED",
                export.getJsonArray("entries").getJsonObject(0).getString("kind"));
        assertEquals(
                "GRANT_REVOKED",
                export.getJsonArray("switchedOff").getJsonObject(0).getString("kind"));

        tx.begin();
        personalData.erase(olena.getId());
        tx.commit();
        JsonObject erased = personalData.export(olena.getId()).asJsonObject();
        assertTrue(erased.getJsonArray("entries").isEmpty());
        assertTrue(erased.getJsonArray("switchedOff").isEmpty());
    }

    private long unread(Customer customer) throws Exception {
        return asCustomer.call(() -> notifications.unread(Actor.of(customer)));
    }

    private Question ask(Customer asker, String title) throws Exception {
        return asCustomer.call(() -> questions.ask(
                Actor.of(asker), asker.getId(), new QuestionForm(title, "Details.", null, null, null, null)));
    }

    private Customer customer(String name, Language language) throws Exception {
        String subject = UUID.randomUUID().toString();
        tx.begin();
        Customer customer = directory.recogniseSignIn(
                new SignInIdentity(subject, subject + "@clientela.test", name, "K", language, true));
        tx.commit();
        return customer;
    }

    private String product() throws Exception {
        String category = "notices-" + key;
        String sku = "NOTICE-" + key.toUpperCase();
        asAdmin.call(() -> catalog.upsertCategories(
                List.of(new CategoryData(category, null, true, Map.of("en", "Notices " + key)))));
        SyncReport report = asAdmin.call(() -> catalog.upsert(List.of(new ProductData(
                sku,
                category,
                new BigDecimal("10.00"),
                new BigDecimal("20"),
                10,
                true,
                null,
                null,
                null,
                Map.of("en", new ProductData.Text("notice kettle " + key, null))))));
        assertTrue(report.errors().isEmpty(), report::toString);
        return sku;
    }

    private OrderReceipt place(Customer customer, String sku) throws Exception {
        OrderAddress address = new OrderAddress("Olena Kovalenko", "ul. Vitosha 1", "1000", "Sofia", "BG");
        Map<String, Integer> lines = new LinkedHashMap<>();
        lines.put(sku, 2);
        CheckoutRequest request = new CheckoutRequest(
                UUID.randomUUID().toString(),
                lines,
                new BigDecimal("28.90"),
                address,
                address,
                DeliveryMethod.STANDARD,
                PaymentMethod.INVOICE,
                null,
                Language.EN);
        return asCustomer.call(() -> checkout.place(Actor.of(customer), customer.getId(), request));
    }
}
