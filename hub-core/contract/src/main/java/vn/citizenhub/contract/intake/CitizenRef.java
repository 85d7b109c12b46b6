package vn.citizenhub.contract.intake;

/**
 * Who sent an intake, as the channel knows them. {@code identity} is the channel identity that
 * keys the Kafka record ({@code web:…}, {@code zalo:…}, {@code phone:+84…}, {@code app:partner:uid});
 * name, phone and email are personal data and never leave the hub's private tables.
 */
public record CitizenRef(String identity, String name, String phone, String email) {}
