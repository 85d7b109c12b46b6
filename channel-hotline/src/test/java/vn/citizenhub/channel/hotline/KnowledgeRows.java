package vn.citizenhub.channel.hotline;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * Two published articles in the province's knowledge store, for the operator's F3 lookup (which
 * searches hub-core's index of it): a street light and a birth registration, as the hotline's
 * own knowledge base used to hold them.
 */
public final class KnowledgeRows {

  public static final String STREET_LIGHT = "Đèn chiếu sáng công cộng hư hỏng, tắt";

  private KnowledgeRows() {}

  /**
   * Writes the rows (once) and waits until {@code indexed} says the search finds them: it must
   * look for these rows themselves (the street light's is {@code /articles/9001}), as the store's
   * own seeded guides answer the same words from the start.
   */
  public static void publish(SqlProbe db, BooleanSupplier indexed) {
    db.update("INSERT IGNORE INTO knowledge_article (id, kind, category_code, title_vi, body_vi,"
        + " keywords, published, review_by, updated_at) VALUES (9001, 'FAQ', 'STREET_LIGHT', ?,"
        + " 'Ghi nhận vị trí cụ thể (tên đường, điểm mốc, số hiệu cột đèn nếu có) và từ khi nào"
        + " đèn tắt. Phản ánh được chuyển đến Ủy ban nhân dân xã, phường.', 'den duong, cot den,"
        + " chieu sang, toi', TRUE, '2027-12-31', UTC_TIMESTAMP(3))", STREET_LIGHT);
    db.update("INSERT IGNORE INTO knowledge_article (id, kind, category_code, title_vi, body_vi,"
        + " keywords, published, review_by, updated_at) VALUES (9002, 'FAQ', 'ADMIN_PROCEDURE',"
        + " 'Làm giấy khai sinh cho con', 'Đăng ký khai sinh tại Ủy ban nhân dân xã, phường nơi"
        + " cư trú của cha hoặc mẹ, trong 60 ngày kể từ ngày sinh.', 'khai sinh, ho tich', TRUE,"
        + " '2027-12-31', UTC_TIMESTAMP(3))");
    await().atMost(Duration.ofSeconds(30)).until(indexed::getAsBoolean);
  }
}
