package vn.citizenhub.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import vn.citizenhub.contract.Topics;

/**
 * Creates the hub's topics on a broker or cluster, with the partitions, replication factor and
 * min.insync.replicas given; existing topics are left as they are.
 *
 * <pre>java -cp deploy.jar vn.citizenhub.deploy.HubTopics BOOTSTRAP [PARTITIONS] [REPLICAS] [MIN_ISR]</pre>
 */
public final class HubTopics {

  private HubTopics() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: HubTopics BOOTSTRAP [PARTITIONS=12] [REPLICAS=1] [MIN_ISR=1]");
      System.exit(2);
    }
    int partitions = args.length > 1 ? Integer.parseInt(args[1]) : 12;
    short replicas = args.length > 2 ? Short.parseShort(args[2]) : 1;
    String minIsr = args.length > 3 ? args[3] : "1";
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
    try (Admin admin = Admin.create(p)) {
      Set<String> existing = admin.listTopics().names().get();
      List<NewTopic> missing = new ArrayList<>();
      for (String name : List.of(Topics.INTAKE, Topics.TICKET_EVENTS, Topics.NOTIFY,
          Topics.INTAKE_DLQ)) {
        if (!existing.contains(name)) {
          // The DLQ is read by people, not by a consumer group: one partition keeps it in order.
          int n = name.equals(Topics.INTAKE_DLQ) ? 1 : partitions;
          missing.add(new NewTopic(name, n, replicas).configs(Map.of(
              "min.insync.replicas", minIsr,
              "retention.ms", name.equals(Topics.INTAKE_DLQ) ? "-1" : "1209600000")));
        }
      }
      admin.createTopics(missing).all().get();
      System.out.println("created " + missing.stream().map(NewTopic::name).toList()
          + "; already there: " + existing.stream().filter(t -> t.startsWith("hub.")).toList());
    }
  }
}
