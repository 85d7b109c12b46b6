package vn.citizenhub.core.agencies;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;

/** The published contact columns of {@code agency}: read for the console, written by an edit. */
@Singleton
class AgencyContacts {

  private static final String COLUMNS = "code, name_vi, name_en, level, focal_point_vi,"
      + " focal_point_en, contact_phone, contact_email, address_vi, address_en, hours_vi,"
      + " hours_en, rules_vi, rules_en, info_rules_url, rules_updated_on, contact_updated_at,"
      + " contact_updated_by";

  private final JdbcDatabase database;

  AgencyContacts(JdbcDatabase database) {
    this.database = database;
  }

  List<AgencyContactView> all() throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
            + " FROM agency ORDER BY level DESC, code");
        ResultSet rs = s.executeQuery()) {
      List<AgencyContactView> views = new ArrayList<>();
      while (rs.next()) {
        views.add(view(rs));
      }
      return views;
    }
  }

  Optional<AgencyContactView> find(String code) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
            + " FROM agency WHERE code = ?")) {
      s.setString(1, code);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(view(rs)) : Optional.empty();
      }
    }
  }

  /**
   * Replaces the agency's published contact, recording who and when; the rules' date moves only
   * when the rules' text changed. False when there is no such agency.
   */
  boolean replace(String code, Contact contact, String by, Instant at, LocalDate today)
      throws SQLException {
    try (Connection c = database.pool().getConnection()) {
      c.setAutoCommit(false);
      try {
        boolean done = replace(c, code, contact, by, at, today);
        c.commit();
        return done;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  private static boolean replace(Connection c, String code, Contact contact, String by,
      Instant at, LocalDate today) throws SQLException {
    LocalDate rulesOn;
    try (PreparedStatement s = c.prepareStatement("SELECT rules_vi, rules_en, rules_updated_on"
        + " FROM agency WHERE code = ? FOR UPDATE")) {
      s.setString(1, code);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return false;
        }
        boolean same = Objects.equals(rs.getString(1), contact.rulesVi())
            && Objects.equals(rs.getString(2), contact.rulesEn());
        LocalDate was = rs.getObject(3, LocalDate.class);
        rulesOn = same && was != null ? was : today;
      }
    }
    try (PreparedStatement s = c.prepareStatement("UPDATE agency SET focal_point_vi = ?,"
        + " focal_point_en = ?, contact_phone = ?, contact_email = ?, address_vi = ?,"
        + " address_en = ?, hours_vi = ?, hours_en = ?, rules_vi = ?, rules_en = ?,"
        + " info_rules_url = ?, rules_updated_on = ?, contact_updated_at = ?,"
        + " contact_updated_by = ? WHERE code = ?")) {
      s.setString(1, contact.focalPointVi());
      s.setString(2, contact.focalPointEn());
      s.setString(3, contact.phone());
      s.setString(4, contact.email());
      s.setString(5, contact.addressVi());
      s.setString(6, contact.addressEn());
      s.setString(7, contact.hoursVi());
      s.setString(8, contact.hoursEn());
      s.setString(9, contact.rulesVi());
      s.setString(10, contact.rulesEn());
      s.setString(11, contact.infoRulesUrl());
      s.setString(12, rulesOn.toString()); // a date literal: no zone can shift it
      s.setObject(13, UtcTime.column(at));
      s.setString(14, by);
      s.setString(15, code);
      return s.executeUpdate() == 1;
    }
  }

  private static AgencyContactView view(ResultSet rs) throws SQLException {
    return new AgencyContactView(rs.getString("code"), rs.getString("name_vi"),
        rs.getString("name_en"), rs.getString("level"), rs.getString("focal_point_vi"),
        rs.getString("focal_point_en"), rs.getString("contact_phone"),
        rs.getString("contact_email"), rs.getString("address_vi"), rs.getString("address_en"),
        rs.getString("hours_vi"), rs.getString("hours_en"), rs.getString("rules_vi"),
        rs.getString("rules_en"), rs.getString("info_rules_url"),
        rs.getObject("rules_updated_on", LocalDate.class),
        UtcTime.read(rs, "contact_updated_at"), rs.getString("contact_updated_by"));
  }
}
