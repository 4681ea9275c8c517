package org.clientela.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.WebSession;
import org.clientela.it.support.WebSession.Page;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A page has one address, without ".xhtml": its file name sends the browser there, so web.xml's
 * constraint for the page holds however it is asked for.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageAddressesIT {

    @Test
    void aFileNameLeadsToThePageAndItsConstraint() throws Exception {
        // the news desk is for content managers; /staff/* alone would let them see customers
        WebSession editor = WebSession.signIn("editor", WebSession.DEMO_PASSWORD, "/");

        Page byFileName = editor.get(portal("/staff/customers.xhtml?q=petrov"));
        assertThat(byFileName.status()).isEqualTo(301);
        assertThat(byFileName.location()).isEqualTo(portal("/staff/customers?q=petrov"));
        Page refused = editor.follow(byFileName);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("results")).isNull();

        assertThat(editor.browse(portal("/staff/crm/settings.xhtml")).status()).isEqualTo(403);
        assertThat(editor.browse(portal("/staff/news.xhtml")).status()).isEqualTo(200);
    }

    @Test
    void aCustomerNeverSeesAStaffPageByItsFileName() throws Exception {
        WebSession customer = WebSession.signIn("customer");
        for (String page : new String[] {"/staff/customers.xhtml", "/staff/orders.xhtml", "/staff/catalog.xhtml"}) {
            Page answer = customer.get(portal(page));
            assertThat(answer.status()).as(page).isIn(301, 403);
            assertThat(customer.follow(answer).status()).as(page).isEqualTo(403);
        }
    }

    @Test
    void staffWithTheRoleReachThePageByItsFileName() throws Exception {
        WebSession sales = WebSession.signIn("sales", WebSession.DEMO_PASSWORD, "/");
        Page page = sales.browse(portal("/staff/customers.xhtml"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.uri()).isEqualTo(portal("/staff/customers"));
    }

    @Test
    void aVisitorIsSentToSignInForAPageThatNeedsIt() throws Exception {
        WebSession visitor = new WebSession();
        Page byFileName = visitor.get(portal("/community/ask.xhtml"));
        assertThat(byFileName.location()).isEqualTo(portal("/community/ask"));
        Page signIn = visitor.get(byFileName.location());
        assertThat(signIn.status()).isEqualTo(302);
        assertThat(signIn.location().toString()).startsWith(TestEnvironment.REALM);
    }

    @Test
    void formsPostToTheAddressNotTheFileName() throws Exception {
        WebSession sales = WebSession.signIn("sales", WebSession.DEMO_PASSWORD, "/");
        assertThat(sales.post(portal("/staff/customers.xhtml"), "q=x").status()).isEqualTo(404);
    }

    @Test
    void theHomePageAndFacesResourcesKeepTheirAddresses() throws Exception {
        WebSession visitor = new WebSession();
        Page home = visitor.get(portal("/"));
        assertThat(home.status()).isEqualTo(200);
        String resource = home
                .document()
                .select("link[href*=/jakarta.faces.resource/], script[src*=/jakarta.faces.resource/]")
                .stream()
                .map(element -> element.hasAttr("href") ? element.attr("abs:href") : element.attr("abs:src"))
                .filter(url -> url.contains(".xhtml"))
                .findFirst()
                .orElseThrow();
        assertThat(visitor.get(URI.create(resource)).status()).isEqualTo(200);
        assertThat(visitor.browse(portal("/index.xhtml")).uri()).isIn(portal("/"), portal("/index"));
    }

    @Test
    void aFileNameNeverLeadsOffTheSite() throws Exception {
        Page answer = new WebSession().get(portal("//elsewhere.example/page.xhtml"));
        if (answer.isRedirect()) {
            assertThat(answer.location().getHost()).isEqualTo("localhost");
        }
    }

    private static URI portal(String path) {
        return URI.create(TestEnvironment.PORTAL + path);
    }
}
