package vn.citizenhub.schema;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The connection pool for code that writes plain JDBC (hot paths with batched statements).
 * Micronaut's contextual data source only hands out connections inside its own transactions;
 * this is the pool underneath, so such code owns its transactions explicitly.
 */
@Singleton
public class JdbcDatabase {

  private final DataSource pool;

  public JdbcDatabase(DataSource dataSource) {
    this.pool = DelegatingDataSource.unwrapDataSource(dataSource);
  }

  public DataSource pool() {
    return pool;
  }

  /**
   * Runs {@code work} in one READ COMMITTED transaction: committed when it returns, rolled back
   * when it throws. Read committed, so that a row another transaction committed meanwhile (the
   * winner of a unique-key race) is visible, and InnoDB takes no gap locks.
   */
  public <T> T inTransaction(TransactionalWork<T> work) throws SQLException {
    try (Connection connection = pool.getConnection()) {
      int pooledIsolation = connection.getTransactionIsolation();
      connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
        connection.setTransactionIsolation(pooledIsolation);
      }
    }
  }

  /** Work that runs on one connection inside a transaction. */
  @FunctionalInterface
  public interface TransactionalWork<T> {
    T run(Connection connection) throws SQLException;
  }
}
