package vn.citizenhub.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Captures everything the test class's JVM logs (the hub's own code at DEBUG, the rest at the
 * configured levels) and fails the class if a line holds any of the test citizens' personal data:
 * the {@link #value() values} given here and those the class {@link PersonalDataLogScan#remember
 * remembers} as it makes them up (random phones, Zalo ids). Phones count in every format.
 * Put it before {@code @MicronautTest}, so that the hub's start and stop are captured too.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(PersonalDataLogScan.class)
public @interface ScanLogsForPersonalData {
  /** Names, phones, e-mail addresses, street addresses, Zalo ids the test sends. */
  String[] value() default {};
}
