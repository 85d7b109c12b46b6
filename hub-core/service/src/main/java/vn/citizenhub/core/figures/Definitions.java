package vn.citizenhub.core.figures;

import java.util.List;
import java.util.Optional;

/**
 * What each public figure means, in the words the API, the figures page and docs/figures.md all
 * give: one text, so that a figure is never shown with a definition it does not follow.
 */
public final class Definitions {

  /** One figure: its API key, its name and definition in Vietnamese and English, its unit. */
  public record Definition(String key, String name, String nameEn, String definition,
      String definitionEn, String unit) {

    /** Shown as a percentage (the API gives a share from 0 to 1). */
    boolean isShare() {
      return "share".equals(unit);
    }
  }

  public static final List<Definition> ALL = List.of(
      new Definition("received", "Số phản ánh tiếp nhận", "Items received",
          "Số phản ánh, kiến nghị tiếp nhận trong tháng (theo giờ Việt Nam), kể cả phản ánh sau đó"
              + " được gộp vào một phản ánh trùng.",
          "Reports received in the month (Vietnam time), including those later merged into a"
              + " duplicate.", "count"),
      new Definition("resolved", "Số phản ánh đã giải quyết", "Items resolved",
          "Số phản ánh được giải quyết trong tháng, tính theo lần giải quyết gần nhất; phản ánh"
              + " trùng đã gộp không được tính.",
          "Reports resolved in the month, counted at their latest resolution; merged duplicates do"
              + " not count.", "count"),
      new Definition("resolvedOnTime", "Số giải quyết đúng hạn", "Resolved on time",
          "Trong số phản ánh giải quyết trong tháng, số được giải quyết không muộn hơn hạn giải"
              + " quyết theo quy định (tính tại thời điểm giải quyết thực tế).",
          "Of the reports resolved in the month, those resolved no later than their legal due date"
              + " (judged at the real resolution).", "count"),
      new Definition("onTimeRate", "Tỷ lệ đúng hạn", "On-time rate",
          "Số giải quyết đúng hạn chia cho số đã giải quyết trong tháng; để trống khi chưa giải"
              + " quyết phản ánh nào.",
          "Resolved on time divided by resolved in the month; empty when nothing was resolved.",
          "share"),
      new Definition("medianWorkingDaysToResolve", "Số ngày làm việc trung vị để giải quyết",
          "Median working days to resolve",
          "Trung vị số ngày làm việc (theo lịch làm việc chính thức, không tính ngày tiếp nhận) từ"
              + " khi tiếp nhận đến khi giải quyết, của các phản ánh giải quyết trong tháng.",
          "The median number of working days (official calendar; the day of receipt not counted)"
              + " from receipt to resolution, over the reports resolved in the month.",
          "working days"),
      new Definition("ticketsRated", "Số phản ánh được đánh giá", "Items rated",
          "Trong số phản ánh giải quyết trong tháng, số có ít nhất một đánh giá của người dân.",
          "Of the reports resolved in the month, those with at least one citizen's rating.",
          "count"),
      new Definition("ratedShare", "Tỷ lệ được đánh giá", "Share rated",
          "Số phản ánh được đánh giá chia cho số đã giải quyết trong tháng.",
          "Items rated divided by items resolved in the month.", "share"),
      new Definition("satisfaction", "Mức độ hài lòng", "Satisfaction",
          "Tỷ lệ đánh giá 4 hoặc 5 sao trong tất cả các đánh giá của các phản ánh giải quyết trong"
              + " tháng (mỗi người dân một đánh giá cho mỗi phản ánh).",
          "The share of ratings of 4 or 5 stars among all ratings of the reports resolved in the"
              + " month (one rating per citizen and report).", "share"),
      new Definition("reopened", "Số phản ánh bị mở lại", "Items reopened",
          "Trong số phản ánh giải quyết trong tháng, số đã từng bị mở lại (người dân báo chưa"
              + " khắc phục, hoặc cán bộ mở lại) trước lần giải quyết đó.",
          "Of the reports resolved in the month, those that had been reopened (the citizen said it"
              + " was not fixed, or staff reopened it) before that resolution.", "count"),
      new Definition("reopenRate", "Tỷ lệ mở lại", "Reopen rate",
          "Số phản ánh bị mở lại chia cho số đã giải quyết trong tháng.",
          "Items reopened divided by items resolved in the month.", "share"),
      new Definition("openBacklog", "Tồn đọng đang mở", "Open backlog",
          "Số phản ánh đã tiếp nhận nhưng chưa giải quyết vào cuối tháng (với tháng hiện tại:"
              + " vào lúc cập nhật); không tính phản ánh trùng đã gộp.",
          "Reports received but not resolved at the end of the month (for the current month: at"
              + " the update); merged duplicates not counted.", "count"),
      new Definition("overdueBacklog", "Tồn đọng quá hạn", "Overdue backlog",
          "Trong tồn đọng đang mở, số đã quá hạn giải quyết vào cuối tháng (với tháng hiện tại:"
              + " hôm nay); phản ánh đang chờ người dân bổ sung (tạm dừng tính hạn) không tính.",
          "Of the open backlog, those past their due date at the end of the month (for the current"
              + " month: today); reports waiting for the citizen (clock paused) not counted.",
          "count"));

  private Definitions() {}

  public static Optional<Definition> find(String key) {
    return ALL.stream().filter(d -> d.key().equals(key)).findFirst();
  }
}
