package vn.citizenhub.contract;

/** Every message names its schema and version, so a reader can refuse what it does not understand. */
public record SchemaId(String name, int version) {
  public static final SchemaId INTAKE_V1 = new SchemaId("hub.intake", 1);
  public static final SchemaId TICKET_EVENT_V1 = new SchemaId("hub.ticket-event", 1);
  public static final SchemaId NOTIFICATION_V1 = new SchemaId("hub.notification", 1);
}
