package vn.citizenhub.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.citizenhub.core.routing.RoutingRule;
import vn.citizenhub.core.routing.RoutingRules;
import vn.citizenhub.core.sla.ClockRule;
import vn.citizenhub.core.sla.DayType;

/**
 * The reference data the generator draws from, read from the migrated database itself (agencies,
 * communes, categories, clocks, routing rules), so synthetic tickets use the same codes as real ones.
 */
record BenchReference(
    Map<String, Agency> agencies,
    List<Commune> communes,
    List<Category> categories,
    Map<String, ClockRule> clocks,
    RoutingRules routing) {

  record Agency(String code, String nameVi, String nameEn, String communeCode) {}

  record Commune(String code, String name, boolean ward) {}

  record Category(String code, String kind, String clockCode) {}

  static BenchReference read(Connection c) throws SQLException {
    Map<String, Agency> agencies = new LinkedHashMap<>();
    List<Commune> communes = new ArrayList<>();
    List<Category> categories = new ArrayList<>();
    Map<String, ClockRule> clocks = new LinkedHashMap<>();
    List<RoutingRule> rules = new ArrayList<>();
    try (Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery(
          "SELECT code, name_vi, name_en, commune_code FROM agency ORDER BY code")) {
        while (rs.next()) {
          agencies.put(rs.getString(1),
              new Agency(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT code, name, kind FROM commune ORDER BY code")) {
        while (rs.next()) {
          communes.add(new Commune(rs.getString(1), rs.getString(2), "ward".equals(rs.getString(3))));
        }
      }
      try (ResultSet rs = s.executeQuery(
          "SELECT code, kind, clock_code FROM category ORDER BY code")) {
        while (rs.next()) {
          categories.add(new Category(rs.getString(1), rs.getString(2), rs.getString(3)));
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT code, day_type, first_response_days,"
          + " resolution_days, extension_days FROM clock_rule")) {
        while (rs.next()) {
          clocks.put(rs.getString(1), new ClockRule(rs.getString(1),
              DayType.valueOf(rs.getString(2)), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
        }
      }
      try (ResultSet rs = s.executeQuery(
          "SELECT id, category_code, commune_code, agency_code FROM routing_rule")) {
        while (rs.next()) {
          rules.add(new RoutingRule(rs.getInt(1), rs.getString(2), rs.getString(3),
              rs.getString(4)));
        }
      }
    }
    if (agencies.isEmpty() || communes.isEmpty() || categories.isEmpty()) {
      throw new IllegalStateException("no reference data: is the database migrated?");
    }
    return new BenchReference(agencies, communes, categories, clocks, new RoutingRules(rules));
  }
}
