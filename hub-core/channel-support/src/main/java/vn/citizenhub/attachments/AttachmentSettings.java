package vn.citizenhub.attachments;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Which attachment store this process uses ({@code hub.attachments.*}); docs/attachments.md.
 * Every process of one hub (hub-core and each channel) must name the same store.
 */
@ConfigurationProperties("hub.attachments")
public interface AttachmentSettings {

  /** Property naming the store: {@value #FOLDER} (the default) or {@value #S3}. */
  String STORE = "hub.attachments.store";
  String FOLDER = "folder";
  String S3 = "s3";

  /** {@code folder} or {@code s3}; anything else stops the process at start. */
  @Bindable(defaultValue = FOLDER)
  String getStore();

  /**
   * The folder of the {@code folder} store. The all-in-one hub sets it under {@code HUB_DATA_DIR}
   * ({@code $HUB_DATA_DIR/attachments}).
   */
  @Bindable(defaultValue = "./data/attachments")
  String getFolder();
}
