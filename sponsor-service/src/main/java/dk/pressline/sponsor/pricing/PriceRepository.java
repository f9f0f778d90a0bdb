package dk.pressline.sponsor.pricing;

import dk.pressline.events.placement.Product;
import dk.pressline.platform.web.ConflictException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Prices in PostgreSQL; the database refuses two prices for one product on the same day. */
@Repository
class PriceRepository {

    private static final String COLUMNS =
            "id, product, valid_from, valid_until, price_per_day_ore, currency, created_at";

    private final JdbcClient jdbc;

    PriceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Price price) {
        try {
            jdbc.sql("insert into price (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            price.id(),
                            price.product().name(),
                            Date.valueOf(price.validFrom()),
                            price.validUntil() == null ? null : Date.valueOf(price.validUntil()),
                            price.pricePerDay(),
                            price.currency(),
                            Timestamp.from(price.createdAt()))
                    .update();
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("Another price for " + price.product() + " applies on some of these days; "
                    + "end or remove it first.");
        }
    }

    boolean delete(UUID id) {
        return jdbc.sql("delete from price where id = ?").param(id).update() == 1;
    }

    List<Price> list(Product product) {
        if (product == null) {
            return jdbc.sql("select " + COLUMNS + " from price order by product, valid_from")
                    .query((rs, row) -> price(rs))
                    .list();
        }
        return jdbc.sql("select " + COLUMNS + " from price where product = ? order by valid_from")
                .param(product.name())
                .query((rs, row) -> price(rs))
                .list();
    }

    /** The prices of a product that apply on any day from {@code firstDay} to {@code lastDay}, both included. */
    List<Price> applying(Product product, LocalDate firstDay, LocalDate lastDay) {
        return jdbc.sql("""
                        select %s from price where product = ?
                          and daterange(valid_from, valid_until) && daterange(?, ?, '[]')
                        order by valid_from""".formatted(COLUMNS))
                .params(product.name(), Date.valueOf(firstDay), Date.valueOf(lastDay))
                .query((rs, row) -> price(rs))
                .list();
    }

    private static Price price(ResultSet rs) throws SQLException {
        var validUntil = rs.getDate("valid_until");
        return new Price(
                rs.getObject("id", UUID.class),
                Product.valueOf(rs.getString("product")),
                rs.getDate("valid_from").toLocalDate(),
                validUntil == null ? null : validUntil.toLocalDate(),
                rs.getLong("price_per_day_ore"),
                rs.getString("currency"),
                rs.getTimestamp("created_at").toInstant());
    }
}
