package org.clientela.community;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.clientela.account.AccountContext;
import org.clientela.community.CommunityRefusal.Reason;
import org.clientela.platform.Texts;
import org.clientela.platform.UiLanguage;
import org.clientela.store.CustomerOrder;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /account/request-new: a private service request, from the cases list, an order ("problem with
 * this order", {@code ?order=}) or a product ({@code ?product=}); up to three files. The service
 * checks the files, the order and who may open it.
 */
@Named
@ViewScoped
public class RequestFormView implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The server's limit on a request's size (WildFly's default max-post-size, which the server
     * configuration keeps): a larger one is cut off before this page sees it.
     */
    static final long SERVER_POST_LIMIT = 10L * 1024 * 1024;

    /** Room for the form's other fields and the multipart framing. */
    private static final long FORM_ALLOWANCE = 64L * 1024;

    @Inject
    private ServiceRequests requests;

    @Inject
    private AccountContext account;

    @Inject
    private UiLanguage uiLanguage;

    private Long order;
    private String product;
    private RequestCategory category;
    private String subject;
    private String description;
    private transient Part file1;
    private transient Part file2;
    private transient Part file3;

    /** From an order, the category most problems with orders are about. */
    public void load() {
        if (category == null && order != null) {
            category = RequestCategory.DELIVERY;
        } else if (category == null && product != null && !product.isBlank()) {
            category = RequestCategory.PRODUCT_DEFECT;
        }
    }

    public void open() throws IOException {
        List<RequestForm.Upload> uploads = new ArrayList<>();
        for (Part part : new Part[] {file1, file2, file3}) {
            if (part != null && part.getSize() > 0) {
                if (part.getSize() > RequestSettings.attachmentMaxBytes()) {
                    // refused before reading it into memory
                    Messages.addError(
                            "request:file1", CommunityTexts.refusal(new CommunityRefusal(Reason.ATTACHMENT_TOO_LARGE)));
                    return;
                }
                try (InputStream in = part.getInputStream()) {
                    uploads.add(new RequestForm.Upload(
                            part.getSubmittedFileName(), part.getContentType(), in.readAllBytes()));
                }
            }
        }
        try {
            SupportCase opened = requests.open(
                    account.actor(),
                    account.id(),
                    new RequestForm(category, subject, description, order, product, uploads),
                    uiLanguage.getLanguage());
            Messages.addFlashGlobalInfo(Texts.get("request.opened", opened.getNumber()));
            Faces.redirect("/account/case?id=" + opened.getId());
        } catch (CommunityRefusal refusal) {
            Messages.addError(fieldOf(refusal.getReason()), CommunityTexts.refusal(refusal));
        }
    }

    private static String fieldOf(Reason reason) {
        return switch (reason) {
            case CATEGORY_REQUIRED -> "request:category";
            case SUBJECT_REQUIRED, SUBJECT_TOO_LONG -> "request:subject";
            case TOO_MANY_ATTACHMENTS, ATTACHMENT_TYPE, ATTACHMENT_TOO_LARGE, ATTACHMENT_REFUSED -> "request:file1";
            case DESCRIPTION_REQUIRED, DESCRIPTION_TOO_LONG -> "request:description";
            default -> null;
        };
    }

    /** The order's number as the customer knows it; the service checks the order is theirs. */
    public String getOrderNumber() {
        return order == null ? null : CustomerOrder.numberOf(order);
    }

    /** "PNG, JPEG or PDF, up to 3 files of 5 MB each". */
    public String getFilesHint() {
        return Texts.get(
                "request.filesHint",
                RequestSettings.attachmentMaxCount(),
                RequestSettings.attachmentMaxBytes() / (1024 * 1024));
    }

    /** The browser checks the sizes before sending (clientela/file-size.js), against these. */
    public long getMaxFileBytes() {
        return RequestSettings.attachmentMaxBytes();
    }

    public long getMaxTotalBytes() {
        return SERVER_POST_LIMIT - FORM_ALLOWANCE;
    }

    public String getFileTooLarge() {
        return CommunityTexts.refusal(new CommunityRefusal(Reason.ATTACHMENT_TOO_LARGE));
    }

    public String getFilesTooLarge() {
        return Texts.get("request.filesTooLarge", getMaxTotalBytes() / (1024 * 1024));
    }

    public RequestCategory[] getCategories() {
        return RequestCategory.values();
    }

    public Long getOrder() {
        return order;
    }

    public void setOrder(Long order) {
        this.order = order;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public RequestCategory getCategory() {
        return category;
    }

    public void setCategory(RequestCategory category) {
        this.category = category;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Part getFile1() {
        return file1;
    }

    public void setFile1(Part file1) {
        this.file1 = file1;
    }

    public Part getFile2() {
        return file2;
    }

    public void setFile2(Part file2) {
        this.file2 = file2;
    }

    public Part getFile3() {
        return file3;
    }

    public void setFile3(Part file3) {
        this.file3 = file3;
    }
}
