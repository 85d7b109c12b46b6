package vn.citizenhub.core.reference;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Read access to the reference tables; they change through migrations or an administrator. */
final class ReferenceRepositories {
  private ReferenceRepositories() {}

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Categories extends GenericRepository<CategoryRow, String> {
    List<CategoryRow> findAllOrderByCode();
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Agencies extends GenericRepository<AgencyRow, String> {
    List<AgencyRow> findAllOrderByCode();
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Communes extends GenericRepository<CommuneRow, String> {
    List<CommuneRow> findAllOrderByName();
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface ClockRules extends GenericRepository<ClockRuleRow, String> {
    List<ClockRuleRow> findAllOrderByCode();
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface RoutingRules extends GenericRepository<RoutingRuleRow, Integer> {
    List<RoutingRuleRow> findAllOrderById();
  }
}
