package dk.pressline.sponsor.advertiser;

import dk.pressline.platform.web.ConflictException;
import dk.pressline.platform.web.PageOf;
import dk.pressline.platform.web.PageQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Advertisers in PostgreSQL. */
@Repository
class AdvertiserRepository {

    private static final String COLUMNS = """
            id, name, logo_url, contact_name, contact_email, contact_phone, invoice_company, invoice_cvr,
            invoice_address, invoice_email, revision, created_at, updated_at""";

    private final JdbcClient jdbc;

    AdvertiserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Advertiser advertiser) {
        try {
            jdbc.sql("insert into advertiser (" + COLUMNS + ") values (:id, :name, :logoUrl, :contactName,"
                            + " :contactEmail, :contactPhone, :invoiceCompany, :invoiceCvr, :invoiceAddress,"
                            + " :invoiceEmail, :revision, :createdAt, :updatedAt)")
                    .params(parameters(advertiser))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("There is already an advertiser with id " + advertiser.id() + ".");
        }
    }

    /** Stores the advertiser's new state; callers hold its row lock. */
    void update(Advertiser advertiser) {
        jdbc.sql("""
                        update advertiser set name = :name, logo_url = :logoUrl, contact_name = :contactName,
                          contact_email = :contactEmail, contact_phone = :contactPhone,
                          invoice_company = :invoiceCompany, invoice_cvr = :invoiceCvr,
                          invoice_address = :invoiceAddress, invoice_email = :invoiceEmail, revision = :revision,
                          updated_at = :updatedAt
                        where id = :id""").params(parameters(advertiser)).update();
    }

    Optional<Advertiser> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from advertiser where id = ?")
                .param(id)
                .query((rs, row) -> advertiser(rs))
                .optional();
    }

    Optional<Advertiser> findForUpdate(String id) {
        return jdbc.sql("select " + COLUMNS + " from advertiser where id = ? for update")
                .param(id)
                .query((rs, row) -> advertiser(rs))
                .optional();
    }

    PageOf<Advertiser> list(PageQuery page) {
        long total =
                jdbc.sql("select count(*) from advertiser").query(Long.class).single();
        var items = jdbc.sql("select " + COLUMNS + " from advertiser order by name, id limit ? offset ?")
                .params(page.size(), page.offset())
                .query((rs, row) -> advertiser(rs))
                .list();
        return PageOf.of(items, page, total);
    }

    private static Map<String, Object> parameters(Advertiser advertiser) {
        var details = advertiser.details();
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("id", advertiser.id());
        parameters.put("name", details.name());
        parameters.put("logoUrl", details.logoUrl());
        parameters.put("contactName", details.contact().name());
        parameters.put("contactEmail", details.contact().email());
        parameters.put("contactPhone", details.contact().phone());
        parameters.put("invoiceCompany", details.invoicing().companyName());
        parameters.put("invoiceCvr", details.invoicing().cvr());
        parameters.put("invoiceAddress", details.invoicing().address());
        parameters.put("invoiceEmail", details.invoicing().email());
        parameters.put("revision", advertiser.revision());
        parameters.put("createdAt", Timestamp.from(advertiser.createdAt()));
        parameters.put("updatedAt", Timestamp.from(advertiser.updatedAt()));
        return parameters;
    }

    private static Advertiser advertiser(ResultSet rs) throws SQLException {
        var id = rs.getString("id");
        var details = new AdvertiserDetails(
                id,
                rs.getString("name"),
                rs.getString("logo_url"),
                new AdvertiserDetails.Contact(
                        rs.getString("contact_name"), rs.getString("contact_email"), rs.getString("contact_phone")),
                new AdvertiserDetails.Invoicing(
                        rs.getString("invoice_company"),
                        rs.getString("invoice_cvr"),
                        rs.getString("invoice_address"),
                        rs.getString("invoice_email")));
        return new Advertiser(
                id,
                details,
                rs.getLong("revision"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
